//! The command line: every pane has a headless twin that prints readable text
//! or, with `--json`, the stable JSON contract.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use korpus::Analysis;
use korpus::corpus::Corpus;
use korpus::search::{HitKind, Scope};

mod args;
mod help;
mod output;
mod paint;
mod rows;

pub use args::{Cli, ColorChoice, Command, ScopeArg, TuiArgs};

use output::Output;
use paint::Paint;
use rows::{ArticleMentions, ArticleRow, ArticleText, EntityRow, HitRow, RelatedArticle, RelatedRow};

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
        Command::Completions { shell } => help::completions(shell, &mut out)?,
        Command::Man => help::manual(&mut out)?,
        Command::List(flag) => list(&mut out, &open_corpus(path, cache)?, flag.json)?,
        Command::Show { id, json } => {
            if json.json {
                show(&mut out, &open_corpus(path, cache)?, &id)?
            } else {
                // the text is coloured by its entities, which need the analysis
                let (corpus, analysis) = open_analysed_when(out.paint().is_on(), path, cache)?;
                show_text(&mut out, &corpus, analysis.as_ref(), &id)?
            }
        }
        Command::Search { query, limit, scope, json } => {
            let (corpus, analysis) = open_analysed(path, cache)?;
            search(&mut out, &corpus, &analysis, &query, limit.get(), scope, json.json)?
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
            related(&mut out, &corpus, &analysis, id.as_deref(), limit.get(), json.json)?
        }
    }
    out.finish()?;
    Ok(())
}

/// The articles, with their analysis only when it is `wanted`.
fn open_analysed_when(
    wanted: bool,
    path: Option<&Path>,
    cache: Option<&Path>,
) -> Result<(std::sync::Arc<Corpus>, Option<Analysis>), CliError> {
    if wanted {
        let (corpus, analysis) = open_analysed(path, cache)?;
        Ok((corpus, Some(analysis)))
    } else {
        Ok((std::sync::Arc::new(open_corpus(path, cache)?), None))
    }
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
    writeln!(out, "  #  lang script   bytes  id  title")?;
    for (i, a) in corpus.articles.iter().enumerate() {
        writeln!(
            out,
            "{:>3}  {:<4} {:<6} {:>7}  {}  {}",
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

fn show(out: &mut Output, corpus: &Corpus, id: &str) -> Result<(), CliError> {
    let a = &corpus.articles[find_article(corpus, id)?];
    out.json(&ArticleText::new(a))?;
    Ok(())
}

/// The text, its mentions coloured when there is an analysis to colour them from.
fn show_text(out: &mut Output, corpus: &Corpus, analysis: Option<&Analysis>, id: &str) -> Result<(), CliError> {
    let paint = out.paint();
    let ai = find_article(corpus, id)?;
    let a = &corpus.articles[ai];
    writeln!(out, "{}  [{} {}]  {}\n", a.id, a.language.code(), a.script.code(), a.title)?;
    let text = a.text.trim_end();
    let mentions = analysis.map(|an| an.entities.mentions_in(ai)).unwrap_or_default();
    writeln!(
        out,
        "{}",
        paint.spans(text, 0, mentions.iter().map(|m| (m.range().start, m.range().end, paint::entity(m.kind))))
    )?;
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
    let paint = out.paint();
    for h in &hits {
        let a = &corpus.articles[h.article];
        let shown = paint.spans(&a.text[h.start..h.end], h.start, h.matched.iter().map(|&(s, e)| (s, e, paint::MATCH)));
        let label = match h.entity {
            Some(e) => format!("{} ({})", shown, analysis.entities.entities[e].name),
            None => shown,
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
    let paint = out.paint();
    for ai in chosen {
        let a = &corpus.articles[ai];
        writeln!(out, "{}  [{}]  {}", a.id, a.language.code(), a.title)?;
        for m in analysis.entities.mentions_in(ai) {
            let e = &analysis.entities.entities[m.entity()];
            let text = &a.text[m.range()];
            // padded by characters, as `{:<28}` pads, outside the colour codes
            let pad = " ".repeat(28usize.saturating_sub(text.chars().count()));
            let text = paint.all(text, paint::entity(m.kind));
            writeln!(out, "  {:>6}..{:<6} {}  {text}{pad} → {}", m.start, m.end, m.kind.tag(), e.name)?;
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
