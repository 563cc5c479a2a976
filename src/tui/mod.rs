//! The terminal shell: state, update, keymap, theme, panes and the loop.

pub mod action;
pub mod app;
pub mod bidi;
pub mod clipboard;
pub mod export;
pub mod filter;
pub mod keymap;
pub mod keys;
pub mod panes;
pub mod run;
pub mod theme;
pub mod timeline;
pub mod update;
pub mod wrap;

// the calendar lives in the library: the review exports write dates too
pub use korpus::dates;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_huge;
#[cfg(test)]
mod tests_reading;

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

use korpus::review::ReviewStore;

use crate::cli::{CliError, ColorChoice, TuiArgs};
use app::App;
use keymap::Keymap;
use theme::{BUILTIN, ColorDepth, Theme};

/// Settings a user may keep in `config.toml` beside `keymap.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserConfig {
    theme: Option<String>,
    mouse: Option<bool>,
    #[serde(default)]
    clipboard: clipboard::ClipboardMode,
    /// Opening an article marks it read (as newsboat does); `false` leaves marking to `m`.
    mark_read_on_open: Option<bool>,
    #[serde(default)]
    bidi: BidiMode,
    /// Entity names: `latin` (the default) or `native`, as the article's script spells them.
    #[serde(default)]
    names: korpus::entities::NameScript,
    /// Login and certificates for a cluster, read by the client itself (`korpus::clickhouse`).
    #[serde(default, rename = "clickhouse")]
    _clickhouse: Option<toml::Table>,
}

/// Who puts right-to-left text in order: korpus (the default), or the
/// terminal, for terminals that reorder by themselves (mlterm, Konsole with bidi on).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum BidiMode {
    #[default]
    Reorder,
    Terminal,
}

/// korpus's config directory (see [`korpus::fsio::dirs`]).
pub fn config_dir() -> Option<PathBuf> {
    korpus::fsio::dirs::config_dir()
}

pub fn run(
    path: Option<&Path>,
    cache: Option<&Path>,
    review_file: Option<&Path>,
    args: &TuiArgs,
) -> Result<(), CliError> {
    // a corpus that is not there is a usage error before any screen is drawn, with or
    // without a terminal (a script learns the path is wrong, not that it has no tty)
    // (a clickhouse:// address is no file: the opening says what is wrong with it)
    let is_cluster = |p: &Path| p.to_str().is_some_and(korpus::clickhouse::ClusterAddress::is_cluster_address);
    if let Some(p) = path.filter(|p| !p.exists() && !is_cluster(p)) {
        return Err(CliError::Usage(format!(
            "cannot open corpus: {}: no such file or directory",
            korpus::fsio::quoted(p)
        )));
    }
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(
            "the explorer needs a terminal; use a subcommand (`korpus list`, `korpus search QUERY`, ...) in scripts"
                .into(),
        ));
    }
    let config_dir = config_dir();
    let config: UserConfig = match config_dir.as_ref().map(|d| d.join("config.toml")).filter(|p| p.exists()) {
        Some(file) => {
            let text =
                std::fs::read_to_string(&file).with_context(|| format!("reading {}", korpus::fsio::quoted(&file)))?;
            toml::from_str(&text)
                .with_context(|| format!("{}: not a valid korpus config", korpus::fsio::quoted(&file)))?
        }
        None => UserConfig::default(),
    };
    // a keymap korpus cannot use is set aside: the defaults, and a warning on screen
    let (keymap, keymap_warning) = Keymap::load(config_dir.as_ref().map(|d| d.join("keymap.toml")).as_deref());
    let depth = match args.color {
        ColorChoice::Never => ColorDepth::None,
        ColorChoice::Auto => ColorDepth::detect(|k| std::env::var(k).ok()),
        ColorChoice::Always => match ColorDepth::detect(|k| if k == "NO_COLOR" { None } else { std::env::var(k).ok() })
        {
            ColorDepth::None => ColorDepth::Ansi16,
            d => d,
        },
    };
    let wanted = args.theme.clone().or(config.theme).unwrap_or_else(|| "dark".into());
    let user_themes = config_dir.as_ref().map(|d| d.join("themes"));
    let mut themes: Vec<Theme> = BUILTIN
        .iter()
        .map(|(name, _)| Theme::load(name, None, depth))
        .collect::<Result<_, _>>()
        .map_err(anyhow::Error::from)?;
    let start = match themes.iter().position(|t| t.name == wanted) {
        Some(i) => i,
        None => {
            themes.push(Theme::load(&wanted, user_themes.as_deref(), depth).map_err(anyhow::Error::from)?);
            themes.len() - 1
        }
    };
    let name = path.map(|p| p.display().to_string()).unwrap_or_else(|| "seeds (bundled)".into());
    let mut app = App::loading(name, keymap, themes, start);
    app.ascii_only = panes::locale_is_ascii(|k| std::env::var(k).ok());
    app.review.read_on_open = config.mark_read_on_open.unwrap_or(true);
    app.reorder_bidi = config.bidi == BidiMode::Reorder;
    app.names = config.names;
    let opener = run::Opener { path: path.map(Path::to_path_buf), cache: cache.map(Path::to_path_buf) };
    // the review file: opened before the screen, so its problems can be said plainly
    let mut review_notes: Vec<String> = Vec::new();
    let review = match crate::cli_review::review_path(review_file, path) {
        Ok(file) => match ReviewStore::open(&file) {
            Ok((store, warnings)) => {
                review_notes.extend(warnings);
                Some(store)
            }
            Err(e) => {
                review_notes.push(format!("review marks are off: {e}"));
                None
            }
        },
        Err(e) => {
            review_notes.push(format!("review marks are off: {e}"));
            None
        }
    };
    if let Some(warning) = keymap_warning {
        app.status = Some(warning.short());
        review_notes.insert(0, warning.to_string());
    }
    app.notes = review_notes.clone();
    let settings =
        run::Settings { mouse: args.mouse || config.mouse.unwrap_or(false), clipboard: config.clipboard, review };
    let (failed, warnings) = run::run_loop(app, opener, settings).map_err(CliError::Other)?;
    // the alternate screen hid stderr: say now what could not be opened or loaded
    if let Some(failed) = failed {
        eprintln!("korpus: {failed}");
    }
    for warning in warnings {
        eprintln!("korpus: warning: {warning}");
    }
    for note in review_notes {
        eprintln!("korpus: warning: {note}");
    }
    Ok(())
}
