//! The command line: every pane has a headless twin that prints readable text
//! or, with `--json`, the stable JSON contract.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use clap::{Args, Parser, Subcommand, ValueEnum};

use korpus::Analysis;
use korpus::corpus::Corpus;
use korpus::search::{HitKind, Scope};

mod output;
mod rows;

use output::Output;
use rows::{ArticleMentions, ArticleRow, ArticleText, EntityRow, HitRow, RelatedArticle, RelatedRow};

#[derive(Parser, Debug)]
#[command(name = "korpus", version, about = "Explore multilingual news corpora in the terminal", long_about = None)]
pub struct Cli {
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

    #[command(flatten)]
    pub tui: TuiArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Args, Debug, Default, Clone)]
pub struct TuiArgs {
    /// Colour theme: a built-in name (dark, light, high-contrast), a name in the
    /// user's themes directory, or a path to a TOML file.
    #[arg(long, global = true, value_name = "NAME|PATH")]
    pub theme: Option<String>,

    /// When to use colour.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Capture the mouse (wheel scroll, click to focus and select). Off by
    /// default: capturing the mouse breaks text selection over SSH.
    #[arg(long, global = true)]
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
    /// List the articles: id, language, script, size, title.
    List(JsonFlag),
    /// Print one article's text (ID: file name, JSON Lines id, or 1-based index).
    Show {
        id: String,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Fuzzy search titles, entity names and text lines.
    Search {
        query: String,
        /// Most results to print.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Only this kind of unit.
        #[arg(long, value_enum)]
        scope: Option<ScopeArg>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Named entities: mentions per article, or (with --index) the entities with variants and counts.
    Entities {
        id: Option<String>,
        /// List entities with their variants and article counts instead of mentions.
        #[arg(long)]
        index: bool,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Related articles, best first, with the shared entities that explain each.
    Related {
        id: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Review marks: export them (json, csv, md) or import an export.
    #[command(subcommand)]
    Review(crate::cli_review::ReviewCommand),
}

#[derive(Args, Debug, Clone, Copy)]
pub struct JsonFlag {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum ScopeArg {
    Title,
    Entity,
    Text,
}

/// Errors the CLI maps to exit codes.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Exit code 2: the user named something that is not there.
    #[error("{0}")]
    Usage(String),
    /// Standard output could not be written: a message and exit code 1, except
    /// for a closed pipe (`korpus list | head`), which ends korpus quietly.
    #[error("cannot write to standard output: {0}")]
    Write(#[from] std::io::Error),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// Where analysed corpora are cached: `$KORPUS_CACHE_DIR`, else the user's
/// cache directory (`$XDG_CACHE_HOME/korpus`).
pub fn cache_dir(no_cache: bool) -> Option<PathBuf> {
    if no_cache {
        return None;
    }
    std::env::var_os("KORPUS_CACHE_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::ProjectDirs::from("", "", "korpus").map(|d| d.cache_dir().to_path_buf()))
}

fn load_error(e: korpus::corpus::LoadError) -> CliError {
    match e {
        korpus::corpus::LoadError::NotFound(_) => CliError::Usage(format!("cannot open corpus: {e}")),
        other => CliError::Other(anyhow::anyhow!("cannot open corpus: {other}")),
    }
}

fn report_warnings(corpus: &Corpus) {
    for warning in &corpus.warnings {
        eprintln!("korpus: warning: {warning}");
    }
}

/// The articles alone (for `list` and `show`), from the cache when valid.
pub fn open_corpus(path: Option<&Path>, cache: Option<&Path>) -> Result<Corpus, CliError> {
    let corpus = korpus::open::open_corpus(path, cache).map_err(load_error)?;
    report_warnings(&corpus);
    Ok(corpus)
}

/// The articles and their analysis, from the cache when valid, else analysed and cached.
pub fn open_analysed(
    path: Option<&Path>,
    cache: Option<&Path>,
) -> Result<(std::sync::Arc<Corpus>, Analysis), CliError> {
    let (corpus, analysis, cache_use) =
        korpus::open::open_analysed(path, cache, &mut korpus::open::Quiet).map_err(load_error)?;
    report_warnings(&corpus);
    if cache_use == korpus::open::CacheUse::StoreFailed {
        eprintln!(
            "korpus: warning: could not write the analysis cache in {}",
            cache.map(|c| c.display().to_string()).unwrap_or_default()
        );
    }
    Ok((corpus, analysis))
}

fn find_article(corpus: &Corpus, id: &str) -> Result<usize, CliError> {
    corpus.find(id).ok_or_else(|| {
        CliError::Usage(format!(
            "no article {id:?} in {} (use a file name, id or 1-based index; `korpus list` shows them)",
            corpus.name
        ))
    })
}

pub fn run(
    command: Command,
    path: Option<&Path>,
    cache: Option<&Path>,
    review_file: Option<&Path>,
) -> Result<(), CliError> {
    let mut out = Output::stdout();
    match command {
        Command::Review(review) => return crate::cli_review::run(review, path, cache, review_file),
        Command::List(flag) => list(&mut out, &open_corpus(path, cache)?, flag.json)?,
        Command::Show { id, json } => show(&mut out, &open_corpus(path, cache)?, &id, json.json)?,
        Command::Search { query, limit, scope, json } => {
            let (corpus, analysis) = open_analysed(path, cache)?;
            search(&mut out, &corpus, &analysis, &query, limit, scope, json.json)?
        }
        Command::Entities { id, index, json } => {
            let (corpus, analysis) = open_analysed(path, cache)?;
            if index {
                entity_index(&mut out, &corpus, &analysis, json.json)?
            } else {
                entities(&mut out, &corpus, &analysis, id.as_deref(), json.json)?
            }
        }
        Command::Related { id, limit, json } => {
            let (corpus, analysis) = open_analysed(path, cache)?;
            related(&mut out, &corpus, &analysis, id.as_deref(), limit, json.json)?
        }
    }
    out.finish()?;
    Ok(())
}

fn list(out: &mut Output, corpus: &Corpus, json: bool) -> Result<(), CliError> {
    if json {
        let mut rows = out.json_array()?;
        for article in &corpus.articles {
            rows.push(&ArticleRow::new(article))?;
        }
        rows.finish()?;
        return Ok(());
    }
    for (i, a) in corpus.articles.iter().enumerate() {
        writeln!(
            out,
            "{:>3}  {:<3} {:<4} {:>7}  {}  {}",
            i + 1,
            a.language.code(),
            a.script.code(),
            a.bytes(),
            a.id,
            a.title
        )?;
    }
    Ok(())
}

fn show(out: &mut Output, corpus: &Corpus, id: &str, json: bool) -> Result<(), CliError> {
    let a = &corpus.articles[find_article(corpus, id)?];
    if json {
        out.json(&ArticleText::new(a))?;
        return Ok(());
    }
    writeln!(out, "{}  [{} {}]  {}\n", a.id, a.language.code(), a.script.code(), a.title)?;
    writeln!(out, "{}", a.text.trim_end())?;
    Ok(())
}

fn search(
    out: &mut Output,
    corpus: &Corpus,
    analysis: &Analysis,
    query: &str,
    limit: usize,
    scope: Option<ScopeArg>,
    json: bool,
) -> Result<(), CliError> {
    let scope = match scope {
        None => Scope::All,
        Some(ScopeArg::Title) => Scope::Only(HitKind::Title),
        Some(ScopeArg::Entity) => Scope::Only(HitKind::Entity),
        Some(ScopeArg::Text) => Scope::Only(HitKind::Text),
    };
    let hits = analysis.search.search(corpus, query, scope, limit, &AtomicBool::new(false));
    if json {
        let mut rows = out.json_array()?;
        for hit in &hits {
            rows.push(&HitRow::new(hit, &corpus.articles[hit.article], &analysis.entities))?;
        }
        rows.finish()?;
        return Ok(());
    }
    if hits.is_empty() {
        writeln!(out, "no matches for {query:?}")?;
    }
    for h in &hits {
        let a = &corpus.articles[h.article];
        let shown = &a.text[h.start..h.end];
        let label = match h.entity {
            Some(e) => format!("{} ({})", shown, analysis.entities.entities[e].name),
            None => shown.to_owned(),
        };
        writeln!(out, "{:>5}  {:<6} {:<3} {}  {}", h.score, h.kind.label(), a.language.code(), a.id, label)?;
    }
    Ok(())
}

fn entities(
    out: &mut Output,
    corpus: &Corpus,
    analysis: &Analysis,
    id: Option<&str>,
    json: bool,
) -> Result<(), CliError> {
    let chosen: Vec<usize> = match id {
        Some(id) => vec![find_article(corpus, id)?],
        None => (0..corpus.len()).collect(),
    };
    if json {
        let mut rows = out.json_array()?;
        for ai in chosen {
            let mentions = analysis.entities.mentions_in(ai);
            rows.push(&ArticleMentions::new(&corpus.articles[ai], mentions, &analysis.entities))?;
        }
        rows.finish()?;
        return Ok(());
    }
    for ai in chosen {
        let a = &corpus.articles[ai];
        writeln!(out, "{}  [{}]  {}", a.id, a.language.code(), a.title)?;
        for m in analysis.entities.mentions_in(ai) {
            let e = &analysis.entities.entities[m.entity()];
            writeln!(out, "  {:>6}..{:<6} {}  {:<28} → {}", m.start, m.end, m.kind.tag(), &a.text[m.range()], e.name)?;
        }
    }
    Ok(())
}

fn entity_index(out: &mut Output, corpus: &Corpus, analysis: &Analysis, json: bool) -> Result<(), CliError> {
    let order = analysis.entities.by_frequency();
    if json {
        let mut rows = out.json_array()?;
        for i in order {
            rows.push(&EntityRow::new(&analysis.entities.entities[i], |a| &corpus.articles[a].id))?;
        }
        rows.finish()?;
        return Ok(());
    }
    for i in order {
        let e = &analysis.entities.entities[i];
        writeln!(
            out,
            "{}  {:<28} {:>2} articles {:>3} mentions  {}",
            e.kind.tag(),
            e.name,
            e.articles.len(),
            e.mention_count(),
            e.variants.join(", ")
        )?;
    }
    Ok(())
}

fn related(
    out: &mut Output,
    corpus: &Corpus,
    analysis: &Analysis,
    id: Option<&str>,
    limit: usize,
    json: bool,
) -> Result<(), CliError> {
    let chosen: Vec<usize> = match id {
        Some(id) => vec![find_article(corpus, id)?],
        None => (0..corpus.len()).collect(),
    };
    if json {
        let mut rows = out.json_array()?;
        for ai in chosen {
            let found = analysis.related.related(ai, limit);
            let related =
                found.iter().map(|r| RelatedArticle::new(r, &corpus.articles[r.article], &analysis.entities)).collect();
            rows.push(&RelatedRow { file: &corpus.articles[ai].id, related })?;
        }
        rows.finish()?;
        return Ok(());
    }
    let entity_name = |e: usize| analysis.entities.entities[e].name.as_str();
    for ai in chosen {
        let a = &corpus.articles[ai];
        writeln!(out, "{}  [{}]  {}", a.id, a.language.code(), a.title)?;
        for r in analysis.related.related(ai, limit) {
            let b = &corpus.articles[r.article];
            let reasons: Vec<String> =
                r.shared.iter().take(5).map(|s| format!("{} ×{}/{}", entity_name(s.entity), s.here, s.there)).collect();
            writeln!(
                out,
                "  {:.3}  [{}] {}  {}\n         shared: {}",
                r.score,
                b.language.code(),
                b.id,
                b.title,
                reasons.join(", ")
            )?;
        }
    }
    Ok(())
}
