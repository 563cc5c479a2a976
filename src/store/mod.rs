//! The storage interface: everything the TUI and the CLI show of a corpus,
//! asked of one [`Store`], whatever holds the data.
//!
//! Every question is one a table store can answer with scans and
//! aggregations over five tables:
//!
//! | table | rows | answers |
//! |---|---|---|
//! | articles | one per article: index, id, title, language, script, size, date, url, source, text | [`Store::article`], [`Store::text`], [`Store::find`], [`Store::article_counts`] |
//! | mentions | (article, start, end, kind, entity) | [`Store::mentions`], [`Store::entity_articles`] (grouped by article) |
//! | entities (+ variants) | (entity, id, name, kind), (entity, variant) | [`Store::entity`], [`Store::entity_position`], [`Store::top_entities`] (mentions grouped by entity) |
//! | related postings | (feature, article, weight) and per-article vectors | [`Store::related`] |
//! | search keys | (unit, article, start, end, kind, ASCII key) | [`Store::search`] (a prefilter scan, then the matcher on the candidates) |
//!
//! Methods that can fail say so: a remote backend's shard may be down, an
//! index's source file may have gone. The embedded backend borrows what it
//! holds ([`Cow::Borrowed`]), so going through the interface copies nothing.

pub mod compare;
mod memory;

pub use memory::MemoryStore;

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::corpus::LoadWarning;
use crate::entities::{EntityId, EntityKind, Mention};
use crate::lang::{Language, Script};
use crate::related::Related;
use crate::search::{Engine, Hit, Scope, SearchSession};

/// Why a store could not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("no article number {0}")]
    NoArticle(usize),
    #[error("no entity number {0}")]
    NoEntity(usize),
    /// A server, shard or file the data lives on did not answer.
    #[error("{source_name} is unavailable: {reason}")]
    Unavailable { source_name: String, reason: String },
    /// Stored data failed a check; the store should be rebuilt.
    #[error("the index is damaged ({0}); it will be rebuilt on the next opening")]
    Damaged(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// An article's text: borrowed from the store, or shared with a cache of
/// the store's (a store that reads texts from files keeps the last ones
/// read, so a view that asks again on every frame costs nothing).
#[derive(Debug, Clone)]
pub enum Text<'a> {
    Borrowed(&'a str),
    Shared(Arc<str>),
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Borrowed(text) => text,
            Text::Shared(text) => text,
        }
    }
}

impl PartialEq for Text<'_> {
    fn eq(&self, other: &Text<'_>) -> bool {
        **self == **other
    }
}

/// One article's description: everything the list shows, without its text.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleMeta<'a> {
    /// Stable id: the file name relative to the corpus root, or the JSON Lines `id`.
    pub id: Cow<'a, str>,
    pub title: Cow<'a, str>,
    pub language: Cow<'a, Language>,
    pub script: Script,
    /// Size of the text in bytes.
    pub bytes: usize,
    pub date: Option<Cow<'a, str>>,
    pub url: Option<Cow<'a, str>>,
    pub source: Option<Cow<'a, str>>,
}

/// One entity: its names, and how much the corpus mentions it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityView<'a> {
    pub id: Cow<'a, EntityId>,
    /// Display name: Latin script, English form where known.
    pub name: Cow<'a, str>,
    pub kind: EntityKind,
    /// Distinct surface forms seen, most frequent first.
    pub variants: Cow<'a, [String]>,
    /// Articles that mention it.
    pub articles: usize,
    /// Mentions in all.
    pub mentions: usize,
}

/// An article property that articles are counted by (the overview's charts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleFacet {
    Language,
    Script,
}

/// How many articles share a date and a language ([`Store::dated_counts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCount {
    pub date: Option<String>,
    pub language: String,
    pub articles: u64,
}

impl DatedCount {
    /// (date, language code, articles) summed per date and language, in the
    /// order each pair first comes.
    pub fn tally(counts: impl IntoIterator<Item = (Option<String>, String, u64)>) -> Vec<DatedCount> {
        let mut tallied: Vec<DatedCount> = Vec::new();
        let mut position: std::collections::HashMap<(Option<String>, String), usize> = Default::default();
        for (date, language, articles) in counts {
            let key = (date, language);
            match position.get(&key) {
                Some(&at) => tallied[at].articles += articles,
                None => {
                    position.insert(key.clone(), tallied.len());
                    tallied.push(DatedCount { date: key.0, language: key.1, articles });
                }
            }
        }
        tallied
    }
}

/// What a search asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchRequest<'q> {
    /// fzf's syntax (see [`crate::search::Query`]).
    pub query: &'q str,
    pub scope: Scope,
    pub limit: usize,
    pub engine: Engine,
    /// Skip the units the n-gram prefilter rules out, and score only what
    /// may be among the best `limit` (the default); off, every key is read
    /// and every match scored (to measure the shortcuts against: same answers).
    pub prefilter: bool,
}

impl<'q> SearchRequest<'q> {
    /// All kinds of unit, the default matcher.
    pub fn new(query: &'q str, limit: usize) -> SearchRequest<'q> {
        SearchRequest { query, scope: Scope::All, limit, engine: Engine::default(), prefilter: true }
    }
}

/// A corpus and its analysis, wherever they are kept. Articles are numbered
/// `0..len()` in corpus order and entities `0..entity_count()`; those
/// numbers are what every other method takes and returns.
pub trait Store: Send + Sync {
    /// What the user opened: a path, or "seeds (bundled)".
    fn name(&self) -> &str;

    /// Files and lines that could not be loaded, and why.
    fn warnings(&self) -> &[LoadWarning];

    /// Articles in the corpus.
    fn len(&self) -> usize;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn article(&self, article: usize) -> StoreResult<ArticleMeta<'_>>;

    /// These articles, in the order asked, read in corpus order: an index
    /// keeps articles' strings a block of neighbours at a time, and a
    /// ranking's articles lie all over the corpus.
    fn articles(&self, articles: &[usize]) -> StoreResult<Vec<ArticleMeta<'_>>> {
        let mut in_corpus_order: Vec<usize> = (0..articles.len()).collect();
        in_corpus_order.sort_by_key(|&i| articles[i]);
        let mut read: Vec<Option<ArticleMeta<'_>>> = (0..articles.len()).map(|_| None).collect();
        for i in in_corpus_order {
            read[i] = Some(self.article(articles[i])?);
        }
        Ok(read.into_iter().flatten().collect())
    }

    /// The article's text; every offset (mentions, hits) is a byte offset into it.
    fn text(&self, article: usize) -> StoreResult<Text<'_>>;

    /// An article by its exact id.
    fn article_by_id(&self, id: &str) -> StoreResult<Option<usize>>;

    /// An article as a user names it: by id, by file name without
    /// directories, or by 1-based position.
    fn find(&self, key: &str) -> StoreResult<Option<usize>>;

    /// The article's entity mentions, sorted by start, never overlapping.
    fn mentions(&self, article: usize) -> StoreResult<Cow<'_, [Mention]>>;

    fn entity_count(&self) -> usize;

    fn entity(&self, entity: usize) -> StoreResult<EntityView<'_>>;

    /// The articles that mention an entity, in corpus order, with how often each does.
    fn entity_articles(&self, entity: usize) -> StoreResult<Cow<'_, [(usize, usize)]>>;

    /// An entity by its stable id.
    fn entity_position(&self, id: &EntityId) -> StoreResult<Option<usize>>;

    /// The most mentioned entities (of one kind, or all), most articles first,
    /// then most mentions, then by name; at most `limit`.
    fn top_entities(&self, kind: Option<EntityKind>, limit: usize) -> StoreResult<Vec<usize>>;

    /// Articles per value of a facet (`en`, `Latn`), most first; ties in
    /// the values' order.
    fn article_counts(&self, facet: ArticleFacet) -> StoreResult<Vec<(String, u64)>>;

    /// Articles per date (as written; `None` for none) and language code,
    /// in the order each pair first appears in the corpus: the overview's
    /// timeline. Read article by article here; a cluster counts in SQL.
    fn dated_counts(&self) -> StoreResult<Vec<DatedCount>> {
        let mut articles = Vec::with_capacity(self.len());
        for article in 0..self.len() {
            let meta = self.article(article)?;
            articles.push((meta.date.map(Cow::into_owned), meta.language.code().to_owned(), 1));
        }
        Ok(DatedCount::tally(articles))
    }

    /// Other articles ranked for `article`, best first, at most `limit`; with
    /// `other_languages_only`, articles in its language are left out.
    fn related(&self, article: usize, limit: usize, other_languages_only: bool) -> StoreResult<Vec<Related>>;

    /// Search, best first. Partial results (the best so far) go to
    /// `on_partial` while the pass runs; raising `cancel` stops it early with
    /// no results. `session` carries what one search can reuse of the
    /// previous (a query that only grew rescans the last matches); use one
    /// session per store.
    fn search(
        &self,
        session: &mut SearchSession,
        request: &SearchRequest<'_>,
        cancel: &AtomicBool,
        on_partial: &mut dyn FnMut(Vec<Hit>),
    ) -> StoreResult<Vec<Hit>>;
}

/// Counts per key, most first; ties in key order (the overview's charts).
pub(crate) fn counted<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<(String, u64)> {
    let mut counts: std::collections::BTreeMap<&str, u64> = std::collections::BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_default() += 1;
    }
    let mut counts: Vec<(String, u64)> = counts.into_iter().map(|(k, n)| (k.to_owned(), n)).collect();
    counts.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    counts
}

#[cfg(test)]
mod tests;
