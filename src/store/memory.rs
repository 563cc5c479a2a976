//! The store over a corpus and its analysis held in memory: every answer is
//! borrowed from them, and the aggregations are worked out once, on first use.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

use super::{ArticleFacet, ArticleMeta, EntityView, SearchRequest, Store, StoreError, StoreResult, Text, counted};
use crate::Analysis;
use crate::corpus::{Corpus, LoadWarning};
use crate::entities::{EntityId, EntityKind, Mention};
use crate::related::Related;
use crate::search::{Hit, SearchSession};

pub struct MemoryStore {
    corpus: Arc<Corpus>,
    analysis: Arc<Analysis>,
    /// Article numbers by id, made on the first lookup.
    ids: OnceLock<HashMap<String, usize>>,
    /// Entity numbers by frequency, most first.
    by_frequency: OnceLock<Vec<usize>>,
    languages: OnceLock<Vec<(String, u64)>>,
    scripts: OnceLock<Vec<(String, u64)>>,
}

impl MemoryStore {
    pub fn new(corpus: Arc<Corpus>, analysis: Arc<Analysis>) -> MemoryStore {
        MemoryStore {
            corpus,
            analysis,
            ids: OnceLock::new(),
            by_frequency: OnceLock::new(),
            languages: OnceLock::new(),
            scripts: OnceLock::new(),
        }
    }

    /// The articles alone, before analysis: no entities, nothing related,
    /// no search hits.
    pub fn articles_only(corpus: Arc<Corpus>) -> MemoryStore {
        MemoryStore::new(corpus, Arc::new(Analysis::empty()))
    }

    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    pub fn analysis(&self) -> &Arc<Analysis> {
        &self.analysis
    }

    fn article_ref(&self, article: usize) -> StoreResult<&crate::Article> {
        self.corpus.articles.get(article).ok_or(StoreError::NoArticle(article))
    }

    fn entity_ref(&self, entity: usize) -> StoreResult<&crate::Entity> {
        self.analysis.entities.entities.get(entity).ok_or(StoreError::NoEntity(entity))
    }
}

impl Store for MemoryStore {
    fn name(&self) -> &str {
        &self.corpus.name
    }

    fn warnings(&self) -> &[LoadWarning] {
        &self.corpus.warnings
    }

    fn len(&self) -> usize {
        self.corpus.len()
    }

    fn article(&self, article: usize) -> StoreResult<ArticleMeta<'_>> {
        let a = self.article_ref(article)?;
        Ok(ArticleMeta {
            id: Cow::Borrowed(&a.id),
            title: Cow::Borrowed(&a.title),
            language: Cow::Borrowed(&a.language),
            script: a.script,
            bytes: a.bytes(),
            date: a.date.as_deref().map(Cow::Borrowed),
            url: a.url.as_deref().map(Cow::Borrowed),
            source: a.source.as_deref().map(Cow::Borrowed),
        })
    }

    fn text(&self, article: usize) -> StoreResult<Text<'_>> {
        Ok(Text::Borrowed(&self.article_ref(article)?.text))
    }

    fn article_by_id(&self, id: &str) -> StoreResult<Option<usize>> {
        let ids = self.ids.get_or_init(|| {
            let mut ids = HashMap::with_capacity(self.corpus.len());
            for (i, a) in self.corpus.articles.iter().enumerate() {
                ids.entry(a.id.clone()).or_insert(i);
            }
            ids
        });
        Ok(ids.get(id).copied())
    }

    fn find(&self, key: &str) -> StoreResult<Option<usize>> {
        // the exact id through the table, the rest (rare) as the corpus does it
        match self.article_by_id(key.trim())? {
            Some(i) => Ok(Some(i)),
            None => Ok(self.corpus.find(key)),
        }
    }

    fn mentions(&self, article: usize) -> StoreResult<Cow<'_, [Mention]>> {
        self.article_ref(article)?;
        Ok(Cow::Borrowed(self.analysis.entities.mentions_in(article)))
    }

    fn entity_count(&self) -> usize {
        self.analysis.entities.entities.len()
    }

    fn entity(&self, entity: usize) -> StoreResult<EntityView<'_>> {
        let e = self.entity_ref(entity)?;
        Ok(EntityView {
            id: Cow::Borrowed(&e.id),
            name: Cow::Borrowed(&e.name),
            kind: e.kind,
            variants: Cow::Borrowed(&e.variants),
            articles: e.articles.len(),
            mentions: e.mention_count(),
        })
    }

    fn entity_articles(&self, entity: usize) -> StoreResult<Cow<'_, [(usize, usize)]>> {
        Ok(Cow::Borrowed(&self.entity_ref(entity)?.articles))
    }

    fn entity_position(&self, id: &EntityId) -> StoreResult<Option<usize>> {
        Ok(self.analysis.entities.position(id))
    }

    fn top_entities(&self, kind: Option<EntityKind>, limit: usize) -> StoreResult<Vec<usize>> {
        let order = self.by_frequency.get_or_init(|| self.analysis.entities.by_frequency());
        let entities = &self.analysis.entities.entities;
        Ok(order.iter().copied().filter(|&e| kind.is_none_or(|k| entities[e].kind == k)).take(limit).collect())
    }

    fn article_counts(&self, facet: ArticleFacet) -> StoreResult<Vec<(String, u64)>> {
        let articles = &self.corpus.articles;
        Ok(match facet {
            ArticleFacet::Language => {
                self.languages.get_or_init(|| counted(articles.iter().map(|a| a.language.code()))).clone()
            }
            ArticleFacet::Script => {
                self.scripts.get_or_init(|| counted(articles.iter().map(|a| a.script.code()))).clone()
            }
        })
    }

    fn related(&self, article: usize, limit: usize, other_languages_only: bool) -> StoreResult<Vec<Related>> {
        self.article_ref(article)?;
        Ok(self.analysis.related.related_filtered(article, limit, other_languages_only))
    }

    fn search(
        &self,
        session: &mut SearchSession,
        request: &SearchRequest<'_>,
        cancel: &AtomicBool,
        on_partial: &mut dyn FnMut(Vec<Hit>),
    ) -> StoreResult<Vec<Hit>> {
        Ok(self.analysis.search.search_with(
            &self.corpus,
            session,
            request.query,
            request.engine,
            request.scope,
            request.limit,
            cancel,
            on_partial,
        ))
    }
}
