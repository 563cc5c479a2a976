//! Opening a corpus the way both shells do: from the cache when it is still
//! valid, else load and analyse it (reporting each stage) and cache the result.

use std::path::Path;
use std::sync::Arc;

use crate::cache;
use crate::corpus::{load_path, load_seeds, Corpus, LoadError};
use crate::Analysis;

/// Where an opening has got to, for a progress indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    ReadingCache,
    Loading,
    /// The articles are in; analysis follows.
    Loaded { articles: usize },
    Entities,
    SearchIndex,
    Related,
    WritingCache,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::ReadingCache => "reading the cache",
            Stage::Loading => "loading articles",
            Stage::Loaded { .. } => "articles loaded",
            Stage::Entities => "recognising entities",
            Stage::SearchIndex => "building the search index",
            Stage::Related => "indexing related articles",
            Stage::WritingCache => "writing the cache",
        }
    }

    /// Rough share of the work done when this stage starts.
    pub fn fraction(self) -> f64 {
        match self {
            Stage::ReadingCache | Stage::Loading => 0.0,
            Stage::Loaded { .. } => 0.2,
            Stage::Entities => 0.25,
            Stage::SearchIndex => 0.7,
            Stage::Related => 0.8,
            Stage::WritingCache => 0.95,
        }
    }
}

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
    if let Some(dir) = cache_dir {
        if let Ok(fp) = cache::fingerprint(path) {
            if let Some((corpus, _)) = cache::load(dir, path, fp, &mut |_| {}) {
                return Ok(Arc::unwrap_or_clone(corpus));
            }
        }
    }
    load_path(path)
}

/// Open and analyse a corpus, calling `progress` at each stage and
/// `on_loaded` as soon as the articles are in (before analysis), with the
/// same shared corpus that is returned.
pub fn open_analysed(
    path: Option<&Path>,
    cache_dir: Option<&Path>,
    progress: &mut dyn FnMut(Stage),
    on_loaded: &mut dyn FnMut(&Arc<Corpus>),
) -> Result<(Arc<Corpus>, Analysis, CacheUse), LoadError> {
    let Some(path) = path else {
        let corpus = Arc::new(load_seeds());
        on_loaded(&corpus);
        let analysis = Analysis::build_with_progress(&corpus, progress);
        return Ok((corpus, analysis, CacheUse::NotCached));
    };
    // fingerprint before loading: a file changed during analysis invalidates the next opening
    let fingerprint = cache::fingerprint(path).ok();
    if let (Some(dir), Some(fp)) = (cache_dir, fingerprint) {
        progress(Stage::ReadingCache);
        if let Some((corpus, analysis)) = cache::load(dir, path, fp, on_loaded) {
            return Ok((corpus, analysis, CacheUse::Hit));
        }
    }
    progress(Stage::Loading);
    let corpus = Arc::new(load_path(path)?);
    progress(Stage::Loaded { articles: corpus.len() });
    on_loaded(&corpus);
    let analysis = Analysis::build_with_progress(&corpus, progress);
    let cache_use = match (cache_dir, fingerprint) {
        (Some(dir), Some(fp)) if !corpus.is_empty() => {
            progress(Stage::WritingCache);
            match cache::store(dir, path, fp, &corpus, &analysis) {
                Ok(()) => CacheUse::Stored,
                Err(_) => CacheUse::StoreFailed,
            }
        }
        _ => CacheUse::NotCached,
    };
    Ok((corpus, analysis, cache_use))
}
