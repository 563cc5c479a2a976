//! Opening a corpus the way both shells do: from its index when the index
//! is still that of the corpus as it is now, else load and analyse it
//! (reporting each stage), write the index, and serve from it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::Analysis;
use crate::corpus::{
    Corpus, Listing, LoadError, list_corpus, load_listing, load_listing_knowing, load_path, load_seeds,
};
use crate::fsio;
use crate::index::append::{AppendCounts, SEGMENT};
use crate::index::{self, Found, IndexStore, Texts};
use crate::memory;
use crate::store::{MemoryStore, Store};

/// Where an opening has got to, for a progress indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Another korpus is building this corpus's index: wait for it.
    Waiting,
    /// The index found could not serve: rebuilt from the corpus.
    Rebuilding {
        damaged: bool,
    },
    /// Bytes of the corpus's files read so far.
    Loading {
        read: u64,
        total: u64,
    },
    /// The articles are in; analysis follows.
    Loaded {
        articles: usize,
    },
    Entities,
    Related,
    SearchIndex,
    WritingCache,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Waiting => "waiting for another korpus to index it",
            Stage::Rebuilding { damaged: true } => "the index was damaged: rebuilding it",
            Stage::Rebuilding { damaged: false } => "the corpus changed: indexing it again",
            Stage::Loading { .. } => "loading articles",
            Stage::Loaded { .. } => "articles loaded",
            Stage::Entities => "recognising entities",
            Stage::Related => "indexing related articles",
            Stage::SearchIndex => "building the search index",
            Stage::WritingCache => "writing the index",
        }
    }

    /// Rough share of the work done at this point.
    pub fn fraction(self) -> f64 {
        let share = |read: u64, total: u64| if total == 0 { 0.0 } else { (read as f64 / total as f64).clamp(0.0, 1.0) };
        match self {
            Stage::Waiting | Stage::Rebuilding { .. } => 0.0,
            Stage::Loading { read, total } => 0.2 * share(read, total),
            Stage::Loaded { .. } => 0.2,
            Stage::Entities => 0.25,
            Stage::Related => 0.7,
            Stage::SearchIndex => 0.85,
            Stage::WritingCache => 0.95,
        }
    }
}

/// What an opening tells its caller as it goes; every method has a default
/// that ignores it.
pub trait OpenObserver {
    /// A new stage, or more of the current one done.
    fn stage(&mut self, _stage: Stage) {}
    /// The articles read so far, in corpus order (later calls only add to
    /// them): enough to show a first screen while the rest loads.
    fn articles_so_far(&mut self, _articles: &[crate::Article]) {}
    /// All the articles, before analysis: the same shared corpus the opening returns.
    fn loaded(&mut self, _corpus: &Arc<Corpus>) {}
    /// Something the user should hear of (an index rebuilt, and why), as a sentence.
    fn notice(&mut self, _message: &str) {}
}

/// An observer that wants nothing.
pub struct Quiet;
impl OpenObserver for Quiet {}

/// How an opening went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheUse {
    /// The bundled seeds: small, never cached.
    NotCached,
    Hit,
    /// Analysed now and the index written.
    Stored,
    /// Analysed now; the index could not be written (reason on stderr for the CLI).
    StoreFailed,
}

/// Load a corpus's articles (no analysis, no index).
pub fn open_corpus(path: Option<&Path>, _cache_dir: Option<&Path>) -> Result<Corpus, LoadError> {
    match path {
        None => Ok(load_seeds()),
        Some(path) => load_path(path),
    }
}

/// Load and analyse a corpus, without an index (benchmarks and examples
/// that look at the analysis itself).
pub fn open_analysed(
    path: Option<&Path>,
    observer: &mut dyn OpenObserver,
) -> Result<(Arc<Corpus>, Analysis), LoadError> {
    memory::map_large_allocations();
    let corpus = Arc::new(open_corpus(path, None)?);
    observer.loaded(&corpus);
    let analysis = Analysis::build_with_progress(&corpus, &mut |stage| observer.stage(stage));
    Ok((corpus, analysis))
}

/// The articles alone behind the storage interface, for commands that list
/// and show: from the index when it is fresh, else loaded (not analysed).
pub fn open_articles(path: Option<&Path>, cache_dir: Option<&Path>) -> Result<Arc<dyn Store>, LoadError> {
    if let Some(remote) = open_cluster(path) {
        return remote;
    }
    let Some(path) = path else { return Ok(Arc::new(MemoryStore::articles_only(Arc::new(load_seeds())))) };
    let listing = list_corpus(path)?;
    if let Some(dir) = cache_dir
        && let Found::Fresh(store) = index::open_fresh(&index::index_path(dir, path), &listing)
    {
        return Ok(Arc::new(*store));
    }
    Ok(Arc::new(MemoryStore::articles_only(Arc::new(load_listing(&listing, &mut |_| {}).0))))
}

/// A `clickhouse://` corpus: the cluster serves the store (nothing is
/// loaded or cached here). `None` for a path.
fn open_cluster(path: Option<&Path>) -> Option<Result<Arc<dyn Store>, LoadError>> {
    let text = path?.to_str()?;
    if !crate::clickhouse::ClusterAddress::is_cluster_address(text) {
        return None;
    }
    let opened =
        crate::clickhouse::ClusterAddress::parse(text).and_then(|a| crate::clickhouse::ClickHouseStore::open(&a));
    Some(match opened {
        Ok(store) => Ok(Arc::new(store)),
        // the message names the server; the path is the address without credentials
        Err(e) => Err(LoadError::Io {
            path: PathBuf::from(crate::clickhouse::address::redacted(text)),
            source: std::io::Error::other(e.to_string()),
        }),
    })
}

/// Open a corpus behind the storage interface, analysed, telling
/// `observer` how it goes: its index when fresh; else the corpus is loaded
/// (the observer sees the articles as they come), analysed, its index
/// written to `cache_dir` and served from there (or from memory, without a
/// cache directory or when it cannot be written).
pub fn open_store(
    path: Option<&Path>,
    cache_dir: Option<&Path>,
    observer: &mut dyn OpenObserver,
) -> Result<(Arc<dyn Store>, CacheUse), LoadError> {
    if let Some(remote) = open_cluster(path) {
        return remote.map(|store| (store, CacheUse::NotCached));
    }
    // before anything is loaded: a huge article's tables are allocated from the start
    memory::map_large_allocations();
    let Some(path) = path else {
        let corpus = Arc::new(load_seeds());
        observer.articles_so_far(&corpus.articles);
        observer.loaded(&corpus);
        let analysis = Analysis::build_with_progress(&corpus, &mut |stage| observer.stage(stage));
        let store =
            index::in_memory(&corpus, &analysis, &Texts::Inline, None).map_err(|e| io_error(Path::new("seeds"), e))?;
        return Ok((Arc::new(store), CacheUse::NotCached));
    };
    let listing = list_corpus(path)?;
    let Some(dir) = cache_dir else {
        let (store, _) = build(path, &listing, None, None, true, observer)?;
        return Ok((store, CacheUse::NotCached));
    };
    // a build reads the parsed gazetteer a run before it kept there, rather than parsing it again
    crate::entities::keep_parsed_in(dir);
    let target = index::index_path(dir, path);
    let found = match index::open_fresh(&target, &listing) {
        Found::Fresh(store) => return Ok((Arc::new(*store), CacheUse::Hit)),
        found => found,
    };
    // one process builds an index at a time; the others wait and use it
    let _ = index::create_private_dir(dir);
    observer.stage(Stage::Waiting);
    let lock = index::lock(&target);
    let found = if lock.is_ok() { index::open_fresh(&target, &listing) } else { found };
    let mut earlier = None;
    match found {
        Found::Fresh(store) => return Ok((Arc::new(*store), CacheUse::Hit)),
        Found::Unusable(why) => {
            let message = format!("the index of {} is {why}; indexing the corpus again", fsio::quoted(path));
            tracing::info!(index = %target.display(), "{message}");
            observer.notice(&message);
            observer.stage(Stage::Rebuilding { damaged: matches!(why, index::Unusable::Damaged(_)) });
        }
        Found::Stale(store, why) => {
            // whether it can grow is known once the articles are read
            observer.stage(Stage::Rebuilding { damaged: false });
            earlier = Some((store, why));
        }
        Found::Missing => {}
    }
    if lock.is_ok() {
        index::remove_leftover_temps(&target);
    }
    let store = build(path, &listing, Some(&target), earlier, true, observer)?;
    let stored = lock.is_ok() && store.1;
    Ok((store.0, if stored { CacheUse::Stored } else { CacheUse::StoreFailed }))
}

/// Load, analyse and index a corpus; with `target`, write the index there
/// and serve it from the file (`true`), else (or when writing fails) from
/// memory. `earlier`: the corpus's out-of-date index and why it is, whose
/// analysis is kept when the corpus only grew at its end. `read_back`: a
/// build from nothing that alone holds the corpus lets its texts go once
/// linking is done and reads them back from the files (a file changed
/// meanwhile: the corpus is read and analysed again, holding them).
fn build(
    path: &Path,
    listing: &Listing,
    target: Option<&Path>,
    earlier: Option<(Box<IndexStore>, String)>,
    read_back: bool,
    observer: &mut dyn OpenObserver,
) -> Result<(Arc<dyn Store>, bool), LoadError> {
    observer.stage(Stage::Loading { read: 0, total: 0 });
    // the articles an out-of-date index read: their languages and scripts need no detecting again
    let known = earlier.as_ref().map(|(store, _)| store.known_readings(listing)).unwrap_or_default();
    let (corpus, spans) = load_listing_knowing(listing, &known, &mut |progress| {
        observer.stage(Stage::Loading { read: progress.bytes_read, total: progress.bytes_total });
        observer.articles_so_far(progress.articles);
    });
    // the kept titles hold the old index's article strings: not past the loading
    drop(known);
    memory::release_free_memory();
    let mut corpus = Arc::new(corpus);
    observer.stage(Stage::Loaded { articles: corpus.len() });
    observer.loaded(&corpus);
    // the analysis reads no article's id, title, date, url or source: unless
    // someone else holds the corpus (the TUI shows it while it is analysed),
    // they are made into the index's sections now and let go (on a million
    // one-line articles the ids and titles were a tenth of the peak)
    // (an out-of-date index's blocks of the same strings are kept as they are)
    let before = earlier.as_ref().map(|(store, _)| &**store);
    let strings =
        Arc::get_mut(&mut corpus).and_then(|c| index::ArticleStrings::take_from(&mut c.articles, before).ok());
    if strings.is_some() {
        memory::release_free_memory();
    }
    let mut sums = None;
    let (analysis, grown_from) = match (&earlier, Arc::get_mut(&mut corpus).filter(|_| read_back)) {
        (Some((earlier, why)), _) => {
            let (analysis, appended) = analyse_grown(path, &corpus, earlier, why, observer);
            (analysis, appended.then_some(earlier.as_ref()))
        }
        (None, Some(alone)) => {
            match Analysis::build_letting_texts_go(alone, listing, &spans, &mut |stage| observer.stage(stage)) {
                Ok((analysis, made)) => {
                    sums = Some(made);
                    (analysis, None)
                }
                Err(e) => return build_again_holding_texts(path, listing, target, observer, &e),
            }
        }
        (None, None) => (Analysis::build_with_progress(&corpus, &mut |stage| observer.stage(stage)), None),
    };
    let source = sums.as_deref().map(|sums| crate::corpus::SourceTexts::new(listing, &spans, sums));
    let texts = match &source {
        Some(source) => Texts::ReadBack(source),
        None => Texts::Sources { listing, spans: &spans },
    };
    if let Some(target) = target {
        observer.stage(Stage::WritingCache);
        // the old index stays mapped (renamed over, its file lives on) while the new one is written from it
        let written = index::write_atomic_with(target, &corpus, &analysis, &texts, grown_from, strings.as_ref());
        drop(earlier);
        match written {
            Ok(()) => {
                tracing::info!(index = %target.display(), articles = corpus.len(), "index written");
                // all of it is in the file now: let it go before the file's
                // search is built (together they were a huge article's peak)
                drop(sums);
                drop((analysis, corpus, spans, strings));
                memory::release_free_memory();
                if let Found::Fresh(store) = index::open_fresh(target, listing) {
                    return Ok((Arc::new(*store), true));
                }
                // the index just written does not open (its disk failed it): from memory, analysed again
                tracing::warn!(index = %target.display(), "the index written could not be opened");
                return build(path, listing, None, None, read_back, observer);
            }
            // a text read back that is not the one analysed: read and analyse the corpus again
            Err(e) if source.is_some() => return build_again_holding_texts(path, listing, Some(target), observer, &e),
            Err(e) => tracing::warn!(index = %target.display(), "the index could not be written: {e}"),
        }
    }
    let store = match index::in_memory_with(&corpus, &analysis, &texts, Some(&listing.root), strings.as_ref()) {
        Ok(store) => store,
        Err(e) if source.is_some() => return build_again_holding_texts(path, listing, None, observer, &e),
        Err(e) => return Err(io_error(path, e)),
    };
    Ok((Arc::new(store), false))
}

/// A build that let the texts go could not read one back as it was
/// analysed (its file changed meanwhile): the corpus is loaded and analysed
/// again, and its texts held this time.
fn build_again_holding_texts(
    path: &Path,
    listing: &Listing,
    target: Option<&Path>,
    observer: &mut dyn OpenObserver,
    why: &std::io::Error,
) -> Result<(Arc<dyn Store>, bool), LoadError> {
    let message = format!("{} changed while it was indexed ({why}); indexing it again", fsio::quoted(path));
    tracing::info!("{message}");
    observer.notice(&message);
    observer.stage(Stage::Rebuilding { damaged: false });
    build(path, listing, target, None, false, observer)
}

/// Analyse a corpus that has an out-of-date index: by appending to that
/// index's analysis when its articles are the corpus's first ones,
/// unchanged (`true`: the index then serves their search units too); else
/// afresh. Either way the user hears which.
fn analyse_grown(
    path: &Path,
    corpus: &Corpus,
    earlier: &IndexStore,
    why: &str,
    observer: &mut dyn OpenObserver,
) -> (Analysis, bool) {
    let kept = earlier.len();
    let appended = match earlier.analysed_as(&corpus.articles) {
        Ok(true) => earlier.recognition().map_err(|e| e.0).and_then(|recognition| {
            // the old index's pages read so far (its records, checked above, and its
            // kept recognition) need not stay resident through linking's peak
            let let_go = || earlier.release_pages();
            Analysis::build_appended(corpus, &recognition, &let_go, &mut |stage| observer.stage(stage))
        }),
        Ok(false) => Err("its articles changed".to_owned()),
        Err(e) => Err(e.0),
    };
    match appended {
        Ok((analysis, counts)) => {
            let message = grown_note(path, kept, counts);
            tracing::info!("{message}");
            observer.notice(&message);
            (analysis, true)
        }
        Err(cannot) => {
            let message = format!(
                "the index of {} is out of date ({why}) and cannot grow ({cannot}); indexing the corpus again",
                fsio::quoted(path)
            );
            tracing::info!("{message}");
            observer.notice(&message);
            (Analysis::build_with_progress(corpus, &mut |stage| observer.stage(stage)), false)
        }
    }
}

/// What an append did, for the user: how many articles were added, and
/// which were recognised (linking, related articles and search are brought
/// up to date for the whole corpus either way).
fn grown_note(path: &Path, kept: usize, counts: AppendCounts) -> String {
    let articles = |n: usize| if n == 1 { "1 article".to_owned() } else { format!("{n} articles") };
    let grew = format!(
        "{} grew: {} appended to its index of {}",
        fsio::quoted(path),
        articles(counts.appended),
        articles(kept)
    );
    let again = counts.recognised_again;
    if again == 0 {
        return format!("{grew}; only the new ones were recognised");
    }
    // old articles are recognised again a run at a time: one run when the index is smaller than a run
    let why = "the new articles' words change how they read";
    let whole_run =
        if kept < SEGMENT { format!(" (an index under {SEGMENT} articles is one run)") } else { String::new() };
    if again >= kept {
        let all = if kept == 1 { "it was".to_owned() } else { format!("all {kept} were") };
        format!("{grew}; {all} recognised again with them, as {why}{whole_run}")
    } else {
        format!("{grew}; {again} old ones were recognised again with them (runs of up to {SEGMENT} where {why})")
    }
}

fn io_error(path: &Path, source: std::io::Error) -> LoadError {
    LoadError::Io { path: path.to_path_buf(), source }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(kept: usize, appended: usize, recognised_again: usize) -> String {
        grown_note(Path::new("news.jsonl"), kept, AppendCounts { kept, appended, recognised_again })
    }

    #[test]
    fn the_append_note_says_which_articles_were_recognised() {
        assert_eq!(
            note(100_000, 1_000, 0),
            "\"news.jsonl\" grew: 1000 articles appended to its index of 100000 articles; only the new ones were recognised"
        );
        // an index smaller than a run: every old article is in the run the new words touch
        assert_eq!(
            note(35, 3, 35),
            "\"news.jsonl\" grew: 3 articles appended to its index of 35 articles; all 35 were recognised again \
             with them, as the new articles' words change how they read (an index under 256 articles is one run)"
        );
        assert_eq!(
            note(100_000, 1, 512),
            "\"news.jsonl\" grew: 1 article appended to its index of 100000 articles; 512 old ones were recognised \
             again with them (runs of up to 256 where the new articles' words change how they read)"
        );
    }
}
