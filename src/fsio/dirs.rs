//! Where korpus keeps things: the one place that knows.
//!
//! | what | where | override |
//! |---|---|---|
//! | config (`config.toml`, `keymap.toml`, `themes/`) | `$XDG_CONFIG_HOME/korpus`, else `~/.config/korpus` | |
//! | data (`review/`) | `$XDG_DATA_HOME/korpus`, else `~/.local/share/korpus` | `$KORPUS_DATA_DIR` |
//! | cache (the analysed corpora) | `$XDG_CACHE_HOME/korpus`, else `~/.cache/korpus` | `$KORPUS_CACHE_DIR` |
//! | state (logs) | `$XDG_STATE_HOME/korpus`, else `~/.local/state/korpus` | |
//!
//! The same on Linux and macOS: a terminal program there keeps its dotfiles
//! under `~/.config`, as helix and yazi do (and as people who share dotfiles
//! between machines expect), not under `~/Library/Application Support`.
//! Windows gets its known folders (`%APPDATA%\korpus\…`). The XDG variables
//! count only when they hold an absolute path, as the specification says;
//! the `KORPUS_*` overrides count whenever they are set and not empty.

use std::ffi::OsString;
use std::path::PathBuf;

use etcetera::AppStrategy;

/// The variable that overrides the data directory.
pub const DATA_DIR_VAR: &str = "KORPUS_DATA_DIR";
/// The variable that overrides the cache directory.
pub const CACHE_DIR_VAR: &str = "KORPUS_CACHE_DIR";

fn strategy() -> Option<impl AppStrategy> {
    etcetera::choose_app_strategy(etcetera::AppStrategyArgs {
        top_level_domain: String::new(),
        author: String::new(),
        app_name: "korpus".into(),
    })
    .ok()
}

/// A `KORPUS_*` override: set and not empty.
fn env_override(var: &str) -> Option<PathBuf> {
    override_from(std::env::var_os(var))
}

fn override_from(value: Option<OsString>) -> Option<PathBuf> {
    value.filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// `config.toml`, `keymap.toml` and `themes/` live here. `None` without a home directory.
pub fn config_dir() -> Option<PathBuf> {
    strategy().map(|s| s.config_dir())
}

/// Review marks live here (`review/`). `$KORPUS_DATA_DIR` wins.
pub fn data_dir() -> Option<PathBuf> {
    env_override(DATA_DIR_VAR).or_else(|| strategy().map(|s| s.data_dir()))
}

/// Analysed corpora are cached here. `$KORPUS_CACHE_DIR` wins.
pub fn cache_dir() -> Option<PathBuf> {
    env_override(CACHE_DIR_VAR).or_else(|| strategy().map(|s| s.cache_dir()))
}

/// Logs and other state that is neither data nor cache.
pub fn state_dir() -> Option<PathBuf> {
    let s = strategy()?;
    s.state_dir().or_else(|| Some(s.data_dir()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_override_is_no_override() {
        assert_eq!(override_from(Some(OsString::new())), None);
        assert_eq!(override_from(None), None);
        assert_eq!(override_from(Some("/srv/k".into())), Some(PathBuf::from("/srv/k")));
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    #[test]
    fn every_directory_is_named_korpus_and_apart() {
        // the process environment is the user's: only the shape is checked here;
        // the XDG and override variables are checked through the binary in tests/cli.rs
        let dirs = [config_dir(), strategy().map(|s| s.data_dir()), strategy().map(|s| s.cache_dir()), state_dir()];
        if dirs.iter().all(Option::is_some) {
            let dirs: Vec<PathBuf> = dirs.into_iter().flatten().collect();
            assert!(dirs.iter().all(|d| d.ends_with("korpus")), "{dirs:?}");
            let distinct: std::collections::HashSet<_> = dirs.iter().collect();
            assert_eq!(distinct.len(), 4, "{dirs:?}");
        }
    }
}
