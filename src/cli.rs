//! The command line: every pane has a headless twin that prints readable text
//! or, with `--json`, the stable JSON contract.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use clap::{Args, Parser, Subcommand, ValueEnum};

use std::sync::Arc;

use korpus::search::{HitKind, Scope, SearchSession};
use korpus::store::{SearchRequest, Store, StoreError};

mod output;
mod rows;

use output::Output;
use rows::{ArticleMentions, ArticleRow, ArticleText, Entities, EntityRow, HitRow, RelatedArticle, RelatedRow};

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
    /// Write the corpus to a ClickHouse cluster (whole, or one slice of it), or merge the slices written.
    Index(crate::cli_clickhouse::IndexArgs),
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

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        CliError::Other(e.into())
    }
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

fn report_warnings(store: &dyn Store) {
    for warning in store.warnings() {
        eprintln!("korpus: warning: {warning}");
    }
}

/// The articles alone (for `list` and `show`), from the cache when valid.
pub fn open_articles(path: Option<&Path>, cache: Option<&Path>) -> Result<Arc<dyn Store>, CliError> {
    let store = korpus::open::open_articles(path, cache).map_err(load_error)?;
    report_warnings(store.as_ref());
    Ok(store)
}

/// The articles and their analysis, from the cache when valid, else analysed and cached.
pub fn open_store(path: Option<&Path>, cache: Option<&Path>) -> Result<Arc<dyn Store>, CliError> {
    let (store, cache_use) = korpus::open::open_store(path, cache, &mut korpus::open::Quiet).map_err(load_error)?;
    report_warnings(store.as_ref());
    if cache_use == korpus::open::CacheUse::StoreFailed {
        eprintln!(
            "korpus: warning: could not write the analysis cache in {}",
            cache.map(|c| c.display().to_string()).unwrap_or_default()
        );
    }
    Ok(store)
}

fn find_article(store: &dyn Store, id: &str) -> Result<usize, CliError> {
    store.find(id)?.ok_or_else(|| {
        CliError::Usage(format!(
            "no article {id:?} in {} (use a file name, id or 1-based index; `korpus list` shows them)",
            store.name()
        ))
    })
}

/// The entities these numbers name, looked up once.
fn entities_named<'s>(
    store: &'s dyn Store,
    numbers: impl IntoIterator<Item = usize>,
) -> Result<Entities<'s>, CliError> {
    let mut entities = Entities::new();
    for e in numbers {
        if let std::collections::hash_map::Entry::Vacant(slot) = entities.entry(e) {
            slot.insert(store.entity(e)?);
        }
    }
    Ok(entities)
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
        Command::Index(args) => return crate::cli_clickhouse::run(args, path, cache),
        Command::List(flag) => list(&mut out, open_articles(path, cache)?.as_ref(), flag.json)?,
        Command::Show { id, json } => show(&mut out, open_articles(path, cache)?.as_ref(), &id, json.json)?,
        Command::Search { query, limit, scope, json } => {
            search(&mut out, open_store(path, cache)?.as_ref(), &query, limit, scope, json.json)?
        }
        Command::Entities { id, index, json } => {
            let store = open_store(path, cache)?;
            if index {
                entity_index(&mut out, store.as_ref(), json.json)?
            } else {
                entities(&mut out, store.as_ref(), id.as_deref(), json.json)?
            }
        }
        Command::Related { id, limit, json } => {
            related(&mut out, open_store(path, cache)?.as_ref(), id.as_deref(), limit, json.json)?
        }
    }
    out.finish()?;
    Ok(())
}

fn list(out: &mut Output, store: &dyn Store, json: bool) -> Result<(), CliError> {
    if json {
        let mut rows = out.json_array()?;
        for i in 0..store.len() {
            rows.push(&ArticleRow::new(&store.article(i)?))?;
        }
        rows.finish()?;
        return Ok(());
    }
    for i in 0..store.len() {
        let a = store.article(i)?;
        writeln!(
            out,
            "{:>3}  {:<3} {:<4} {:>7}  {}  {}",
            i + 1,
            a.language.code(),
            a.script.code(),
            a.bytes,
            a.id,
            a.title
        )?;
    }
    Ok(())
}

fn show(out: &mut Output, store: &dyn Store, id: &str, json: bool) -> Result<(), CliError> {
    let i = find_article(store, id)?;
    let (a, text) = (store.article(i)?, store.text(i)?);
    if json {
        out.json(&ArticleText::new(&a, &text))?;
        return Ok(());
    }
    writeln!(out, "{}  [{} {}]  {}\n", a.id, a.language.code(), a.script.code(), a.title)?;
    writeln!(out, "{}", text.trim_end())?;
    Ok(())
}

fn search(
    out: &mut Output,
    store: &dyn Store,
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
    let request = SearchRequest { scope, ..SearchRequest::new(query, limit) };
    let hits = store.search(&mut SearchSession::default(), &request, &AtomicBool::new(false), &mut |_| {})?;
    let entities = entities_named(store, hits.iter().filter_map(|h| h.entity))?;
    if json {
        let mut rows = out.json_array()?;
        for hit in &hits {
            let article = store.article(hit.article)?;
            rows.push(&HitRow::new(hit, &article, hit.entity.and_then(|e| entities.get(&e))))?;
        }
        rows.finish()?;
        return Ok(());
    }
    if hits.is_empty() {
        writeln!(out, "no matches for {query:?}")?;
    }
    for h in &hits {
        let a = store.article(h.article)?;
        let label = match h.entity.and_then(|e| entities.get(&e)) {
            Some(e) => format!("{} ({})", h.text, e.name),
            None => h.text.clone(),
        };
        writeln!(out, "{:>5}  {:<6} {:<3} {}  {}", h.score, h.kind.label(), a.language.code(), a.id, label)?;
    }
    Ok(())
}

fn entities(out: &mut Output, store: &dyn Store, id: Option<&str>, json: bool) -> Result<(), CliError> {
    let chosen: Vec<usize> = match id {
        Some(id) => vec![find_article(store, id)?],
        None => (0..store.len()).collect(),
    };
    if json {
        let mut rows = out.json_array()?;
        for ai in chosen {
            let (a, text, mentions) = (store.article(ai)?, store.text(ai)?, store.mentions(ai)?);
            let entities = entities_named(store, mentions.iter().map(|m| m.entity()))?;
            rows.push(&ArticleMentions::new(&a, &text, &mentions, &entities))?;
        }
        rows.finish()?;
        return Ok(());
    }
    for ai in chosen {
        let (a, text, mentions) = (store.article(ai)?, store.text(ai)?, store.mentions(ai)?);
        let entities = entities_named(store, mentions.iter().map(|m| m.entity()))?;
        writeln!(out, "{}  [{}]  {}", a.id, a.language.code(), a.title)?;
        for m in mentions.iter() {
            let name = entities.get(&m.entity()).map(|e| e.name.as_ref()).unwrap_or("");
            let surface = text.get(m.range()).unwrap_or("");
            writeln!(out, "  {:>6}..{:<6} {}  {:<28} → {}", m.start, m.end, m.kind.tag(), surface, name)?;
        }
    }
    Ok(())
}

fn entity_index(out: &mut Output, store: &dyn Store, json: bool) -> Result<(), CliError> {
    let order = store.top_entities(None, usize::MAX)?;
    if json {
        let ids: Vec<String> =
            (0..store.len()).map(|a| Ok(store.article(a)?.id.into_owned())).collect::<Result<_, StoreError>>()?;
        let mut rows = out.json_array()?;
        for e in order {
            let (entity, articles) = (store.entity(e)?, store.entity_articles(e)?);
            rows.push(&EntityRow::new(&entity, &articles, |a| ids.get(a).map(String::as_str).unwrap_or("")))?;
        }
        rows.finish()?;
        return Ok(());
    }
    for e in order {
        let e = store.entity(e)?;
        writeln!(
            out,
            "{}  {:<28} {:>2} articles {:>3} mentions  {}",
            e.kind.tag(),
            e.name,
            e.articles,
            e.mentions,
            e.variants.join(", ")
        )?;
    }
    Ok(())
}

fn related(out: &mut Output, store: &dyn Store, id: Option<&str>, limit: usize, json: bool) -> Result<(), CliError> {
    let chosen: Vec<usize> = match id {
        Some(id) => vec![find_article(store, id)?],
        None => (0..store.len()).collect(),
    };
    // one article's ranking, the articles it names and the entities they share
    let ranked = |ai: usize| -> Result<_, CliError> {
        let found = store.related(ai, limit, false)?;
        let entities = entities_named(store, found.iter().flat_map(|r| r.shared.iter().map(|s| s.entity)))?;
        let others = found.iter().map(|r| store.article(r.article)).collect::<Result<Vec<_>, _>>()?;
        Ok((store.article(ai)?, found, others, entities))
    };
    if json {
        let mut rows = out.json_array()?;
        for ai in chosen {
            let (a, found, others, entities) = ranked(ai)?;
            let related = found.iter().zip(&others).map(|(r, b)| RelatedArticle::new(r, b, &entities)).collect();
            rows.push(&RelatedRow { file: &a.id, related })?;
        }
        rows.finish()?;
        return Ok(());
    }
    for ai in chosen {
        let (a, found, others, entities) = ranked(ai)?;
        writeln!(out, "{}  [{}]  {}", a.id, a.language.code(), a.title)?;
        let name = |e: usize| entities.get(&e).map(|e| e.name.as_ref()).unwrap_or("");
        for (r, b) in found.iter().zip(&others) {
            let reasons: Vec<String> =
                r.shared.iter().take(5).map(|s| format!("{} ×{}/{}", name(s.entity), s.here, s.there)).collect();
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
