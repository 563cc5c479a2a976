//! Copying to the user's clipboard: over SSH through the terminal with an
//! OSC 52 escape (the only way to reach the user's machine), locally through
//! a clipboard tool when one is installed.

use std::io::Write;
use std::process::{Command, Stdio};

use base64::Engine as _;
use serde::Deserialize;

/// How copying works, from `clipboard = "..."` in config.toml.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClipboardMode {
    /// OSC 52 over SSH, a local tool otherwise.
    #[default]
    Auto,
    Osc52,
    Tool,
    Off,
}

/// The escape sequence that asks the terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64::engine::general_purpose::STANDARD.encode(text))
}

/// True when this process runs in an SSH session.
pub fn over_ssh(get: impl Fn(&str) -> Option<String>) -> bool {
    ["SSH_TTY", "SSH_CONNECTION", "SSH_CLIENT"].into_iter().any(|k| get(k).is_some_and(|v| !v.is_empty()))
}

/// A local clipboard tool for this session, if one is installed.
fn local_tool(get: &impl Fn(&str) -> Option<String>) -> Option<(&'static str, &'static [&'static str])> {
    let candidates: [(&str, &[&str], Option<&str>); 4] = [
        ("wl-copy", &[], Some("WAYLAND_DISPLAY")),
        ("xclip", &["-selection", "clipboard"], Some("DISPLAY")),
        ("xsel", &["--clipboard", "--input"], Some("DISPLAY")),
        ("pbcopy", &[], None),
    ];
    candidates
        .into_iter()
        .find(|(tool, _, needs)| needs.is_none_or(|var| get(var).is_some()) && which(tool))
        .map(|(t, a, _)| (t, a))
}

fn which(tool: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join(tool).is_file()))
}

/// Copy `text`; `terminal` receives the OSC 52 sequence when that is the way.
/// Returns the message for the status bar.
pub fn copy(text: &str, mode: ClipboardMode, terminal: &mut dyn Write, get: impl Fn(&str) -> Option<String>) -> String {
    let shown: String = text.chars().take(40).collect();
    let use_osc52 = match mode {
        ClipboardMode::Off => return "copying is off (clipboard = \"off\" in config.toml)".into(),
        ClipboardMode::Osc52 => true,
        ClipboardMode::Tool => false,
        ClipboardMode::Auto => over_ssh(&get),
    };
    if use_osc52 {
        return match terminal.write_all(osc52(text).as_bytes()).and_then(|()| terminal.flush()) {
            Ok(()) => format!("copied through the terminal (OSC 52): {shown}"),
            Err(e) => format!("could not copy: {e}"),
        };
    }
    let Some((tool, args)) = local_tool(&get) else {
        return "no clipboard tool found (wl-copy, xclip, xsel, pbcopy); set clipboard = \"osc52\" in config.toml"
            .into();
    };
    let result = Command::new(tool)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .and_then(|mut child| {
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(text.as_bytes())?;
            }
            child.wait()
        });
    match result {
        Ok(status) if status.success() => format!("copied with {tool}: {shown}"),
        Ok(status) => format!("{tool} failed ({status})"),
        Err(e) => format!("could not run {tool}: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_base64_of_the_text() {
        assert_eq!(osc52("Лавров"), "\x1b]52;c;0JvQsNCy0YDQvtCy\x07");
    }

    #[test]
    fn over_ssh_copies_through_the_terminal() {
        let mut out = Vec::new();
        let message =
            copy("id\ttitle", ClipboardMode::Auto, &mut out, |k| (k == "SSH_TTY").then(|| "/dev/pts/3".to_owned()));
        assert_eq!(out, osc52("id\ttitle").into_bytes());
        assert!(message.contains("OSC 52"));
    }

    #[test]
    fn off_writes_nothing() {
        let mut out = Vec::new();
        let message = copy("x", ClipboardMode::Off, &mut out, |_| None);
        assert!(out.is_empty());
        assert!(message.contains("off"));
    }

    #[test]
    fn locally_without_a_tool_nothing_reaches_the_terminal() {
        let mut out = Vec::new();
        let _ = copy("x", ClipboardMode::Tool, &mut out, |_| None);
        assert!(out.is_empty());
    }
}
