//! What `--help` says beyond the options (FILES, ENVIRONMENT), the manual page
//! and the shell completions, all from the one clap definition and the two
//! tables below, so they cannot say different things.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_mangen::roff::{Roff, bold, italic, roman};

use super::Cli;

/// The files korpus reads and writes, with the variables that move them.
/// Linux and macOS alike (see `korpus::fsio::dirs`).
pub const FILES: &[(&str, &str)] = &[
    (
        "~/.config/korpus/config.toml",
        "settings: theme, mouse, clipboard, mark_read_on_open, bidi (the directory is $XDG_CONFIG_HOME/korpus when set)",
    ),
    ("~/.config/korpus/keymap.toml", "the keys that differ from the defaults"),
    ("~/.config/korpus/themes/NAME.toml", "user themes, chosen with --theme NAME or theme = \"NAME\""),
    (
        "~/.local/share/korpus/review/",
        "review marks, notes and tags, one file per corpus ($KORPUS_DATA_DIR, else $XDG_DATA_HOME/korpus)",
    ),
    (
        "~/.cache/korpus/",
        "analysed corpora, rebuilt when a corpus file changes ($KORPUS_CACHE_DIR, else $XDG_CACHE_HOME/korpus)",
    ),
    (
        "~/.local/state/korpus/korpus.log",
        "the log, with KORPUS_LOG set ($KORPUS_DATA_DIR, else $XDG_STATE_HOME/korpus)",
    ),
];

/// Every environment variable korpus reads (a test keeps this list complete).
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("KORPUS_CACHE_DIR", "where analysed corpora are cached"),
    ("KORPUS_DATA_DIR", "where review marks (and the log) are kept"),
    (
        "KORPUS_CLICKHOUSE_USER",
        "the user for a clickhouse:// corpus (else [clickhouse] in config.toml, else the address's user@)",
    ),
    ("KORPUS_CLICKHOUSE_PASSWORD, KORPUS_CLICKHOUSE_PASSWORD_FILE", "its password, or a file holding it"),
    ("KORPUS_CLICKHOUSE_CA_FILE", "PEM certificates to trust for clickhouses:// (a private CA)"),
    (
        "KORPUS_LOG",
        "write a log: a level (debug) or levels by target (warn,korpus::keystroke=debug for the search timings)",
    ),
    ("XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME", "base directories (absolute paths only)"),
    ("PAGER, VISUAL, EDITOR", "the programs the explorer's v and V show an article in (less, vi when unset)"),
    ("NO_COLOR", "when set and not empty, no colour at all (as --color never)"),
    ("COLORTERM, TERM", "colour depth: COLORTERM=truecolor or 24bit, TERM=*-256color, else 16 colours"),
    ("LC_ALL, LC_CTYPE, LANG", "without a UTF-8 locale the explorer draws its borders and bars in ASCII"),
    ("SSH_TTY, SSH_CONNECTION, SSH_CLIENT", "over SSH, copying goes through the terminal (OSC 52)"),
];

/// `--help`'s closing part.
pub fn files_and_environment() -> String {
    let mut text = String::from("Files:\n");
    for (name, what) in FILES {
        text.push_str(&format!("  {name}\n          {what}\n"));
    }
    text.push_str("\nEnvironment:\n");
    for (name, what) in ENVIRONMENT {
        text.push_str(&format!("  {name}\n          {what}\n"));
    }
    text.push_str("\nExit status: 0 success, 1 error, 2 a path or id that is not there, 128+N ended by signal N.");
    text
}

/// The manual page: clap_mangen's sections, every command with its own
/// arguments (one page, no `korpus-list(1)` pages to look for), then FILES,
/// ENVIRONMENT and EXIT STATUS.
pub fn manual(out: &mut dyn Write) -> io::Result<()> {
    let mut cmd = Cli::command();
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone()).manual("korpus manual");
    // each part clap_mangen renders starts with the same two-line preamble; one is enough
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;

    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        commands(&mut roff, &format!("korpus {}", sub.get_name()), sub);
    }
    for (title, table) in [("FILES", FILES), ("ENVIRONMENT", ENVIRONMENT)] {
        roff.control("SH", [title]);
        for (name, what) in table {
            roff.control("TP", []);
            roff.text([if title == "FILES" { italic(*name) } else { bold(*name) }]);
            roff.text([roman(*what)]);
        }
    }
    roff.control("SH", ["EXIT STATUS"]);
    roff.text([roman(
        "0 success (also when the reader of a pipe stops early); 1 an error, a failed write among them; \
         2 a path or an article id that is not there, or a command line that does not parse; \
         128+N the explorer was ended by signal N.",
    )]);
    roff.to_writer(&mut page)?;
    man.render_version_section(&mut page)?;
    let page = String::from_utf8_lossy(&page);
    let mut preamble_seen = std::collections::HashSet::new();
    for line in page.lines() {
        let is_preamble = line.starts_with(".ie \\n(.g .ds Aq") || line.starts_with(".el .ds Aq");
        if !is_preamble || preamble_seen.insert(line) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// One command (and its subcommands, for `review`): usage, what it does, its own arguments.
fn commands(roff: &mut Roff, name: &str, cmd: &clap::Command) {
    let subs: Vec<&clap::Command> = cmd.get_subcommands().filter(|s| s.get_name() != "help").collect();
    if !subs.is_empty() {
        for sub in subs {
            commands(roff, &format!("{name} {}", sub.get_name()), sub);
        }
        return;
    }
    roff.control("TP", []);
    let own = || cmd.get_arguments().filter(|a| !a.is_global_set() && !a.is_hide_set() && a.get_id() != "help");
    let mut usage = vec![bold(name)];
    for arg in own() {
        usage.push(roman(" "));
        usage.push(roman(argument_usage(arg)));
    }
    roff.text(usage);
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        roff.text([roman(about.to_string())]);
    }
    for arg in own() {
        roff.control("RS", []);
        roff.control("TP", []);
        roff.text([italic(argument_usage(arg))]);
        let mut help = arg.get_long_help().or(arg.get_help()).map(ToString::to_string).unwrap_or_default();
        let values: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_owned()).collect();
        if !values.is_empty() {
            help.push_str(&format!(" ({})", values.join(", ")));
        }
        if let Some(default) = arg.get_default_values().first().filter(|_| takes_value(arg)) {
            help.push_str(&format!(" [default: {}]", default.to_string_lossy()));
        }
        roff.text([roman(help.trim_start())]);
        roff.control("RE", []);
    }
}

/// `--limit N`, `ID`, `[ID]`, `--json`: how an argument is written.
fn argument_usage(arg: &clap::Arg) -> String {
    let value = arg.get_value_names().map(|names| names.join(" ")).unwrap_or_else(|| arg.get_id().to_string());
    let written = match (arg.get_long(), takes_value(arg)) {
        (Some(long), true) => format!("--{long} {value}"),
        (Some(long), false) => format!("--{long}"),
        (None, _) => value.to_uppercase(),
    };
    if arg.is_required_set() { written } else { format!("[{written}]") }
}

fn takes_value(arg: &clap::Arg) -> bool {
    arg.get_num_args().is_some_and(|n| n.takes_values())
}

/// `korpus completions SHELL`: clap_complete's script. It panics on a failed
/// write, so the script is made in memory and written here, where a failed
/// write is an error like any other.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> io::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "korpus", &mut script);
    out.write_all(&script)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `KORPUS_*`, `XDG_*` or colour variable named in the source is
    /// in ENVIRONMENT, so `--help` and the manual say what korpus reads.
    #[test]
    fn every_environment_variable_read_in_src_is_documented() {
        let documented: Vec<&str> = ENVIRONMENT.iter().flat_map(|(names, _)| names.split(", ")).collect();
        let mut files = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        let mut missing = Vec::new();
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for quoted in source.split('"').skip(1).step_by(2) {
                let looks_like_a_variable = quoted.starts_with("KORPUS_")
                    || quoted.starts_with("XDG_")
                    || ["NO_COLOR", "COLORTERM", "TERM", "LANG", "LC_ALL", "LC_CTYPE"].contains(&quoted);
                let is_a_name = quoted.chars().all(|c| c.is_ascii_uppercase() || c == '_');
                if looks_like_a_variable && is_a_name && !documented.contains(&quoted) {
                    missing.push(format!("{quoted} ({})", path.display()));
                }
            }
        }
        assert!(missing.is_empty(), "not in help::ENVIRONMENT: {missing:?}");
    }
}
