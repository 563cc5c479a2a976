//! Opening a corpus the way both shells do: from the cache when it is still
//! valid, else load and analyse it (reporting each stage) and cache the result.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::Analysis;
use crate::cache;
use crate::corpus::{Corpus, LoadError, load_path, load_path_observed, load_seeds};
use crate::memory;
use crate::store::{MemoryStore, Store};

/// Where an opening has got to, for a progress indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Bytes of the cache file read so far.
    ReadingCache {
        read: u64,
        total: u64,
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
            Stage::ReadingCache { .. } => "reading the cache",
            Stage::Loading { .. } => "loading articles",
            Stage::Loaded { .. } => "articles loaded",
            Stage::Entities => "recognising entities",
            Stage::Related => "indexing related articles",
            Stage::SearchIndex => "building the search index",
            Stage::WritingCache => "writing the cache",
        }
    }

    /// Rough share of the work done at this point.
    pub fn fraction(self) -> f64 {
        let share = |read: u64, total: u64| if total == 0 { 0.0 } else { (read as f64 / total as f64).clamp(0.0, 1.0) };
        match self {
            Stage::ReadingCache { read, total } => share(read, total),
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
    /// Analysed now and written to the cache.
    Stored,
    /// Analysed now; the cache could not be written (reason on stderr for the CLI).
    StoreFailed,
}

/// Load a corpus (no analysis), from the cache when valid. For commands that
/// need only the articles.
pub fn open_corpus(path: Option<&Path>, cache_dir: Option<&Path>) -> Result<Corpus, LoadError> {
    let Some(path) = path else { return Ok(load_seeds()) };
    if let Some(dir) = cache_dir
        && let Ok(fp) = cache::fingerprint(path)
        && let Some(corpus) = cache::load_corpus(dir, path, fp, &mut Quiet)
    {
        return Ok(corpus);
    }
    load_path(path)
}

/// Open and analyse a corpus, telling `observer` how it goes.
pub fn open_analysed(
    path: Option<&Path>,
    cache_dir: Option<&Path>,
    observer: &mut dyn OpenObserver,
) -> Result<(Arc<Corpus>, Analysis, CacheUse), LoadError> {
    let Some(path) = path else {
        let corpus = Arc::new(load_seeds());
        observer.articles_so_far(&corpus.articles);
        observer.loaded(&corpus);
        let analysis = Analysis::build_with_progress(&corpus, &mut |stage| observer.stage(stage));
        return Ok((corpus, analysis, CacheUse::NotCached));
    };
    // fingerprint before loading: a file changed during analysis invalidates the next opening
    let fingerprint = cache::fingerprint(path).ok();
    if let (Some(dir), Some(fp)) = (cache_dir, fingerprint)
        && let Some((corpus, analysis)) = cache::load(dir, path, fp, observer)
    {
        return Ok((corpus, analysis, CacheUse::Hit));
    }
    observer.stage(Stage::Loading { read: 0, total: 0 });
    let corpus = load_path_observed(path, &mut |progress| {
        observer.stage(Stage::Loading { read: progress.bytes_read, total: progress.bytes_total });
        observer.articles_so_far(progress.articles);
    })?;
    memory::release_free_memory();
    let corpus = Arc::new(corpus);
    observer.stage(Stage::Loaded { articles: corpus.len() });
    observer.loaded(&corpus);
    let analysis = Analysis::build_with_progress(&corpus, &mut |stage| observer.stage(stage));
    let cache_use = match (cache_dir, fingerprint) {
        (Some(dir), Some(fp)) if !corpus.is_empty() => {
            observer.stage(Stage::WritingCache);
            match cache::store(dir, path, fp, &corpus, &analysis) {
                Ok(()) => CacheUse::Stored,
                Err(_) => CacheUse::StoreFailed,
            }
        }
        _ => CacheUse::NotCached,
    };
    Ok((corpus, analysis, cache_use))
}

/// The articles alone behind the storage interface (no analysis), from the
/// cache when valid: for commands that list and show.
pub fn open_articles(path: Option<&Path>, cache_dir: Option<&Path>) -> Result<Arc<dyn Store>, LoadError> {
    if let Some(remote) = open_cluster(path) {
        return remote;
    }
    Ok(Arc::new(MemoryStore::articles_only(Arc::new(open_corpus(path, cache_dir)?))))
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

/// Open and analyse a corpus behind the storage interface, telling
/// `observer` how it goes.
pub fn open_store(
    path: Option<&Path>,
    cache_dir: Option<&Path>,
    observer: &mut dyn OpenObserver,
) -> Result<(Arc<dyn Store>, CacheUse), LoadError> {
    if let Some(remote) = open_cluster(path) {
        return remote.map(|store| (store, CacheUse::NotCached));
    }
    let (corpus, analysis, cache_use) = open_analysed(path, cache_dir, observer)?;
    Ok((Arc::new(MemoryStore::new(corpus, Arc::new(analysis))), cache_use))
}
