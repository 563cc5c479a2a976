//! The command line's grammar: what clap parses, with the help people read.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::help;

#[derive(Parser, Debug)]
#[command(
    name = "korpus",
    version,
    about = "Explore multilingual news corpora in the terminal",
    long_about = "Explore multilingual news corpora in the terminal.\n\n\
        Without a command, korpus opens the explorer on PATH (or --corpus PATH, or the bundled seed \
        corpus). With one, it prints what a pane would show, as text or --json.",
    after_help = "Files and environment variables: korpus --help (or man korpus).",
    after_long_help = help::files_and_environment(),
)]
pub struct Cli {
    /// Corpus to open in the explorer, as `less FILE` opens a file (the same as --corpus).
    /// A corpus named like a command needs a path: `korpus ./list`.
    #[arg(value_name = "PATH", conflicts_with = "corpus")]
    pub path: Option<PathBuf>,

    /// Corpus to open: a directory (recursively: .txt, .md, .jsonl), a text file or a JSON Lines file.
    /// Without it, the bundled seed corpus.
    #[arg(short = 'c', long, global = true, value_name = "PATH")]
    pub corpus: Option<PathBuf>,

    /// Neither read nor write the analysis cache.
    #[arg(long, global = true)]
    pub no_cache: bool,

    /// The review marks file (default: one per corpus in korpus's data
    /// directory, `$KORPUS_DATA_DIR` or `$XDG_DATA_HOME/korpus`).
    #[arg(long, global = true, value_name = "PATH")]
    pub review_file: Option<PathBuf>,

    /// Which JSON Lines field holds what, when the names korpus looks for are not those of your data:
    /// `--field text=body --field date=published_at`. FIELD is one of text, id, title, lang, date, url,
    /// source. Without it the text is looked for in text, content, body, article or maintext, the title
    /// in title or headline, the date in date, published, date_publish or pubDate, the url in url or
    /// link, the source in source, source_domain or outlet.
    #[arg(long = "field", global = true, value_name = "FIELD=NAME")]
    pub fields: Vec<String>,

    #[command(flatten)]
    pub tui: TuiArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The corpus named on the command line, as PATH or as --corpus.
    pub fn corpus_path(&self) -> Option<&std::path::Path> {
        self.path.as_deref().or(self.corpus.as_deref())
    }
}

/// How the explorer looks. `--theme` and `--mouse` only mean something there,
/// so they are not offered to the commands; `--color` is (it colours `show`,
/// `search` and `entities`).
#[derive(Args, Debug, Default, Clone)]
pub struct TuiArgs {
    /// Colour theme: a built-in name (dark, light, high-contrast), a name in the
    /// user's themes directory, or a path to a TOML file.
    #[arg(long, value_name = "NAME|PATH")]
    pub theme: Option<String>,

    /// When to use colour: in the explorer, and for matches and entities in the text of `show`,
    /// `search` and `entities` (auto: when standard output is a terminal and NO_COLOR is unset).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Capture the mouse (wheel scroll, click to focus and select). Off by
    /// default: capturing the mouse breaks text selection over SSH.
    #[arg(long)]
    pub mouse: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the articles: index, language, script, size in bytes, id, title.
    List {
        /// The corpus to list, as `ls DIR` lists a folder (the same as `korpus PATH list` or --corpus).
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Print one article's text, or with --json its text and metadata.
    #[command(override_usage = "korpus show [PATH] <ID> [--json]")]
    Show {
        /// The article: its id (a file name relative to the corpus, or a JSON Lines id), its file name
        /// alone when no other article has it, or its 1-based position in `korpus list`. After a
        /// corpus PATH, an article of that corpus (`korpus show news.jsonl 3`).
        #[arg(value_name = "ID", required = true, num_args = 1..=2)]
        id: Vec<String>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Fuzzy search titles, entity names and text lines (fzf's syntax: 'exact ^prefix suffix$ !not).
    #[command(override_usage = "korpus search [PATH] <QUERY> [OPTIONS]")]
    Search {
        /// What to look for, in any script: `лавров` also finds Lavrov and लावरोव. After a corpus
        /// PATH, looked for in that corpus (`korpus search news.jsonl lavrov`).
        #[arg(value_name = "QUERY", required = true, num_args = 1..=2, value_parser = not_blank)]
        query: Vec<String>,
        /// Print at most N hits, best first (N ≥ 1).
        #[arg(long, value_name = "N", default_value = "20", value_parser = at_least_one)]
        limit: NonZeroUsize,
        /// Only this kind of unit.
        #[arg(long, value_enum)]
        scope: Option<ScopeArg>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Named entities: mentions per article, or (with --index) the entities with variants and counts.
    #[command(override_usage = "korpus entities [PATH] [ID] [OPTIONS]")]
    Entities {
        /// Only this article (as for `show`); without it, every article. A lone argument that is a
        /// file or folder, with no corpus named before the command, is the corpus (`korpus entities
        /// news.jsonl`), as for `list`.
        #[arg(value_name = "ID", num_args = 0..=2)]
        id: Vec<String>,
        /// List entities with their variants and article counts instead of mentions.
        #[arg(long)]
        index: bool,
        #[command(flatten)]
        names: NamesFlag,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Related articles, best first, with the shared entities that explain each.
    #[command(override_usage = "korpus related [PATH] [ID] [OPTIONS]")]
    Related {
        /// Only this article (as for `show`); without it, every article. A lone argument that is a
        /// file or folder, with no corpus named before the command, is the corpus, as for `entities`.
        #[arg(value_name = "ID", num_args = 0..=2)]
        id: Vec<String>,
        /// Print at most N related articles per article, best first (N ≥ 1).
        #[arg(long, value_name = "N", default_value = "10", value_parser = at_least_one)]
        limit: NonZeroUsize,
        #[command(flatten)]
        names: NamesFlag,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Review marks: export them (json, csv, md) or import an export.
    #[command(subcommand)]
    Review(crate::cli_review::ReviewCommand),
    /// Write the corpus to a ClickHouse cluster (whole, or one slice of it), or merge the slices written.
    Index(crate::cli_clickhouse::IndexArgs),
    /// Print a completion script for a shell: korpus completions bash > ~/.local/share/bash-completion/completions/korpus
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print korpus's manual page (roff): korpus man | man -l -
    Man,
}

/// `--limit`: a count of rows to print. Zero would print nothing at all, and
/// "no limit" could be millions of rows, so both are refused here.
fn at_least_one(text: &str) -> Result<NonZeroUsize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("0 would print nothing; give 1 or more".into()),
        Ok(n) => NonZeroUsize::new(n).ok_or_else(|| "must be 1 or more".into()),
        Err(e) => Err(format!("not a count ({e})")),
    }
}

/// The search query: an empty one would be answered "no matches", which reads
/// as if the corpus held nothing, so it is refused with what to give instead.
fn not_blank(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("an empty query matches nothing; give a word or a name (`korpus list` shows every article)".into());
    }
    Ok(text.to_string())
}

#[derive(Args, Debug, Clone, Copy)]
pub struct JsonFlag {
    /// Print JSON instead of text (see the README's "JSON output" for the keys).
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug, Clone, Copy)]
pub struct NamesFlag {
    /// Entity names in Latin letters (the spelling most used across the corpus), or native: as the
    /// article's own script spells them (`Лавров` in a Russian article); the explorer's `names` in config.toml.
    #[arg(long, value_enum, default_value_t = NamesArg::Latin)]
    pub names: NamesArg,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamesArg {
    Latin,
    Native,
}

impl From<NamesArg> for korpus::entities::NameScript {
    fn from(names: NamesArg) -> Self {
        match names {
            NamesArg::Latin => korpus::entities::NameScript::Latin,
            NamesArg::Native => korpus::entities::NameScript::Native,
        }
    }
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum ScopeArg {
    Title,
    Entity,
    Text,
}
