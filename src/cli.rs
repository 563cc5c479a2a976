//! The command line: every pane has a headless twin that prints readable text
//! or, with `--json`, the stable JSON contract.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use std::sync::Arc;

use korpus::entities::NameScript;
use korpus::lang::Script;
use korpus::search::{HitKind, Scope, SearchSession};
use korpus::store::{SearchRequest, Store, StoreError};

mod args;
mod help;
mod output;
mod paint;
mod rows;

pub use args::{Cli, ColorChoice, Command, ScopeArg, TuiArgs};

use output::Output;
use paint::Paint;
use rows::{ArticleMentions, ArticleRow, ArticleText, Entities, EntityRow, HitRow, RelatedArticle, RelatedRow};

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
    korpus::fsio::dirs::cache_dir()
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
    let (store, cache_use) = korpus::open::open_store(path, cache, &mut NoticesToStderr).map_err(load_error)?;
    report_warnings(store.as_ref());
    if cache_use == korpus::open::CacheUse::StoreFailed {
        eprintln!(
            "korpus: warning: could not write the analysis cache in {}",
            cache.map(korpus::fsio::quoted).unwrap_or_default()
        );
    }
    Ok(store)
}

/// An opening's notices (an index rebuilt, and why) said on stderr.
struct NoticesToStderr;

impl korpus::open::OpenObserver for NoticesToStderr {
    fn notice(&mut self, message: &str) {
        eprintln!("korpus: note: {message}");
    }
}

/// The corpus `korpus list PATH` names, or the one named before the command: not two.
fn one_corpus<'p>(before: Option<&'p Path>, after: Option<&'p Path>) -> Result<Option<&'p Path>, CliError> {
    match (before, after) {
        (Some(a), Some(b)) if a != b => Err(CliError::Usage(format!(
            "two corpora named, {} and {}: name one",
            korpus::fsio::quoted(a),
            korpus::fsio::quoted(b)
        ))),
        (before, after) => Ok(after.or(before)),
    }
}

/// `korpus show news.jsonl 3`, `korpus search news.jsonl lavrov`: a command's article or query may
/// follow the corpus it is in, as `grep PATTERN FILE` names its file. Two words are the corpus, then
/// the article or query; one word is the article or query, in the corpus named before the command.
fn corpus_then<'a>(named: Option<&'a Path>, words: &'a [String]) -> Result<(Option<&'a Path>, &'a str), CliError> {
    match words {
        [corpus, word] => Ok((one_corpus(named, Some(Path::new(corpus)))?, word)),
        [word] => Ok((named, word)),
        _ => Err(CliError::Usage(format!("expected [PATH] and one more argument, got {} arguments", words.len()))),
    }
}

/// As [`corpus_then`] for `entities` and `related`, whose article is optional: a lone word that is
/// a file or folder, when no corpus is named before the command, is the corpus (`korpus entities
/// news.jsonl`), as `list` takes it; any other lone word is an article.
fn corpus_then_maybe<'a>(
    named: Option<&'a Path>,
    words: &'a [String],
) -> Result<(Option<&'a Path>, Option<&'a str>), CliError> {
    match words {
        [] => Ok((named, None)),
        [word] if named.is_none() && Path::new(word).exists() => Ok((Some(Path::new(word)), None)),
        words => corpus_then(named, words).map(|(corpus, word)| (corpus, Some(word))),
    }
}

fn find_article(store: &dyn Store, id: &str) -> Result<usize, CliError> {
    store.find(id)?.ok_or_else(|| {
        // `korpus entities corpus.jsonl` means the corpus, as `korpus corpus.jsonl` does
        let hint = if Path::new(id).exists() {
            format!("; {id:?} is a file or folder: to open it as the corpus, name it before the command (`korpus {id} …`) or before the article (`korpus show {id} ID`)")
        } else {
            " (use a file name, id or 1-based index; `korpus list` shows them)".to_owned()
        };
        CliError::Usage(format!("no article {id:?} in {}{hint}", store.name()))
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

/// Shows the entities' names as `--names` asks, for an article in `script`.
fn rename(entities: &mut Entities<'_>, names: NameScript, script: Script) {
    if names == NameScript::Latin {
        return;
    }
    for e in entities.values_mut() {
        let shown = korpus::entities::shown_name(&e.name, &e.variants, names, Some(script)).to_owned();
        e.name = std::borrow::Cow::Owned(shown);
    }
}

/// Where a command reads from: the corpus, its cache and its review file.
pub struct Sources<'a> {
    pub corpus: Option<&'a Path>,
    pub cache: Option<&'a Path>,
    pub review_file: Option<&'a Path>,
}

pub fn run(command: Command, from: Sources<'_>, color: ColorChoice) -> Result<(), CliError> {
    let Sources { corpus: path, cache, review_file } = from;
    let mut out = Output::stdout(Paint::new(color));
    match command {
        Command::Review(review) => return crate::cli_review::run(review, path, cache, review_file),
        Command::Index(args) => return crate::cli_clickhouse::run(args, path, cache),
        Command::Completions { shell } => help::completions(shell, &mut out)?,
        Command::Man => help::manual(&mut out)?,
        Command::List { path: listed, json } => {
            let path = one_corpus(path, listed.as_deref())?;
            list(&mut out, open_articles(path, cache)?.as_ref(), json.json)?
        }
        Command::Show { id, json } => {
            let (path, id) = corpus_then(path, &id)?;
            // coloured text needs the entities, which need the analysis
            let store =
                if out.paint().is_on() && !json.json { open_store(path, cache)? } else { open_articles(path, cache)? };
            show(&mut out, store.as_ref(), id, json.json)?
        }
        Command::Search { query, limit, scope, json } => {
            let (path, query) = corpus_then(path, &query)?;
            search(&mut out, open_store(path, cache)?.as_ref(), query, limit.get(), scope, json.json)?
        }
        Command::Entities { id, index, names, json } => {
            let (path, id) = corpus_then_maybe(path, &id)?;
            if let (true, Some(id)) = (index, id) {
                // the index is the whole corpus's: an article named with it would be silently ignored
                return Err(CliError::Usage(format!(
                    "--index lists the entities of the whole corpus and takes no article ({id:?} given)"
                )));
            }
            let store = open_store(path, cache)?;
            if index {
                entity_index(&mut out, store.as_ref(), names.names.into(), json.json)?
            } else {
                entities(&mut out, store.as_ref(), id, names.names.into(), json.json)?
            }
        }
        Command::Related { id, limit, names, json } => {
            let (path, id) = corpus_then_maybe(path, &id)?;
            let store = open_store(path, cache)?;
            related(&mut out, store.as_ref(), id, limit.get(), names.names.into(), json.json)?
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
    writeln!(out, "  #  lang script   bytes  id  title")?;
    for i in 0..store.len() {
        let a = store.article(i)?;
        writeln!(
            out,
            "{:>3}  {:<4} {:<6} {:>7}  {}  {}",
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
    writeln!(out, "{}  [{} {}]  {}", a.id, a.language.code(), a.script.code(), a.title)?;
    // the record's date, source and url, when it gives them
    let metadata: Vec<&str> = [&a.date, &a.source, &a.url].into_iter().filter_map(|m| m.as_deref()).collect();
    if !metadata.is_empty() {
        writeln!(out, "{}", metadata.join("  ·  "))?;
    }
    writeln!(out)?;
    let paint = out.paint();
    // mentions only when there is colour to give them (and so an analysis to take them from)
    let mentions = if paint.is_on() { store.mentions(i)?.into_owned() } else { Vec::new() };
    let styled = mentions.iter().map(|m| (m.range().start, m.range().end, paint::entity(m.kind)));
    writeln!(out, "{}", paint.spans(text.trim_end(), 0, styled))?;
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
    let paint = out.paint();
    for h in &hits {
        let a = store.article(h.article)?;
        let text = paint.spans(&h.text, h.start, h.matched.iter().map(|&(s, e)| (s, e, paint::MATCH)));
        let label = match h.entity.and_then(|e| entities.get(&e)) {
            Some(e) => format!("{text} ({})", e.name),
            None => text,
        };
        writeln!(out, "{:>5}  {:<6} {:<3} {}  {}", h.score, h.kind.label(), a.language.code(), a.id, label)?;
    }
    Ok(())
}

fn entities(
    out: &mut Output,
    store: &dyn Store,
    id: Option<&str>,
    names: NameScript,
    json: bool,
) -> Result<(), CliError> {
    let chosen: Vec<usize> = match id {
        Some(id) => vec![find_article(store, id)?],
        None => (0..store.len()).collect(),
    };
    if json {
        let mut rows = out.json_array()?;
        for ai in chosen {
            let (a, text, mentions) = (store.article(ai)?, store.text(ai)?, store.mentions(ai)?);
            let mut entities = entities_named(store, mentions.iter().map(|m| m.entity()))?;
            rename(&mut entities, names, a.script);
            rows.push(&ArticleMentions::new(&a, &text, &mentions, &entities))?;
        }
        rows.finish()?;
        return Ok(());
    }
    for ai in chosen {
        let (a, text, mentions) = (store.article(ai)?, store.text(ai)?, store.mentions(ai)?);
        let mut entities = entities_named(store, mentions.iter().map(|m| m.entity()))?;
        rename(&mut entities, names, a.script);
        writeln!(out, "{}  [{}]  {}", a.id, a.language.code(), a.title)?;
        for m in mentions.iter() {
            let name = entities.get(&m.entity()).map(|e| e.name.as_ref()).unwrap_or("");
            let surface = text.get(m.range()).unwrap_or("");
            // padded by characters, as `{:<28}` pads, outside the colour codes
            let pad = " ".repeat(28usize.saturating_sub(surface.chars().count()));
            let surface = out.paint().all(surface, paint::entity(m.kind));
            writeln!(out, "  {:>6}..{:<6} {}  {surface}{pad} → {}", m.start, m.end, m.kind.tag(), name)?;
        }
    }
    Ok(())
}

fn entity_index(out: &mut Output, store: &dyn Store, names: NameScript, json: bool) -> Result<(), CliError> {
    let order = store.top_entities(None, usize::MAX)?;
    // a list of all articles has no one script: `native` shows the Latin names there
    let entity = |e: usize| -> Result<_, CliError> {
        let mut entity = store.entity(e)?;
        let shown = korpus::entities::shown_name(&entity.name, &entity.variants, names, None).to_owned();
        entity.name = std::borrow::Cow::Owned(shown);
        Ok(entity)
    };
    if json {
        let ids: Vec<String> =
            (0..store.len()).map(|a| Ok(store.article(a)?.id.into_owned())).collect::<Result<_, StoreError>>()?;
        let mut rows = out.json_array()?;
        for e in order {
            let (entity, articles) = (entity(e)?, store.entity_articles(e)?);
            rows.push(&EntityRow::new(&entity, &articles, |a| ids.get(a).map(String::as_str).unwrap_or("")))?;
        }
        rows.finish()?;
        return Ok(());
    }
    for e in order {
        let e = entity(e)?;
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

fn related(
    out: &mut Output,
    store: &dyn Store,
    id: Option<&str>,
    limit: usize,
    names: NameScript,
    json: bool,
) -> Result<(), CliError> {
    let chosen: Vec<usize> = match id {
        Some(id) => vec![find_article(store, id)?],
        None => (0..store.len()).collect(),
    };
    // one article's ranking, the articles it names and the entities they share
    let ranked = |ai: usize| -> Result<_, CliError> {
        let found = store.related(ai, limit, false)?;
        let mut entities = entities_named(store, found.iter().flat_map(|r| r.shared.iter().map(|s| s.entity)))?;
        let others = store.articles(&found.iter().map(|r| r.article).collect::<Vec<_>>())?;
        let article = store.article(ai)?;
        rename(&mut entities, names, article.script);
        Ok((article, found, others, entities))
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
