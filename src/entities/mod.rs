//! Named entities: recognise people, places and organisations in every
//! script and link their mentions across articles, scripts and inflections.
//!
//! The public surface is [`EntityIndex::build`]: the whole corpus goes in at
//! once, because linking (and finding names in scripts without capitals) uses
//! what the other articles say.

mod cues;
mod devanagari;
mod fxhash;
mod gazetteer;
mod link;
mod recognise;
mod skeleton;
mod suffixes;
mod tokens;

use std::collections::HashMap;

use serde::Serialize;

use crate::corpus::Article;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityKind {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "LOC")]
    Location,
    #[serde(rename = "ORG")]
    Organization,
}

impl EntityKind {
    pub const ALL: [EntityKind; 3] = [EntityKind::Person, EntityKind::Location, EntityKind::Organization];

    /// Short tag used in JSON and the legend: `PER`, `LOC`, `ORG`.
    pub fn tag(self) -> &'static str {
        match self {
            EntityKind::Person => "PER",
            EntityKind::Location => "LOC",
            EntityKind::Organization => "ORG",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Location => "place",
            EntityKind::Organization => "organisation",
        }
    }
}

/// A stable id for one real-world entity, the same in every article
/// (`loc:kp`, `per:sergey-lavrov`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct EntityId(pub String);

impl std::fmt::Display for EntityId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One mention: a byte range of an article's text naming an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// Index into [`EntityIndex::entities`].
    pub entity: usize,
}

/// One real-world entity with every way the corpus names it.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub id: EntityId,
    /// Display name: Latin script, English form where known.
    pub name: String,
    pub kind: EntityKind,
    /// Distinct surface forms seen, most frequent first.
    pub variants: Vec<String>,
    /// (article index, mention count), in corpus order.
    pub articles: Vec<(usize, usize)>,
}

impl Entity {
    pub fn mention_count(&self) -> usize {
        self.articles.iter().map(|&(_, n)| n).sum()
    }
}

/// Every entity of a corpus and every mention, per article.
#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    pub entities: Vec<Entity>,
    /// `mentions[article]`, sorted by start, never overlapping.
    pub mentions: Vec<Vec<Mention>>,
    by_id: HashMap<EntityId, usize>,
}

impl EntityIndex {
    /// Recognise and link the entities of all the given articles.
    pub fn build(articles: &[Article]) -> EntityIndex {
        let raw = recognise::recognise_corpus(articles);
        EntityIndex::from_raw(articles, raw)
    }

    /// The same with at most `threads` worker threads (`1`: the calling thread
    /// only), for benchmarks and for callers that share the machine.
    pub fn build_with_threads(articles: &[Article], threads: usize) -> EntityIndex {
        let raw = recognise::recognise_corpus_threads(articles, threads.max(1));
        EntityIndex::from_raw(articles, raw)
    }

    /// Assemble the index from per-article (span, kind, id, display name)
    /// tuples: entity records, variants and article counts are derived here once.
    pub fn from_raw(articles: &[Article], raw: Vec<Vec<RawMention>>) -> EntityIndex {
        let mut index = EntityIndex::default();
        let mut variant_counts: Vec<HashMap<String, usize>> = Vec::new();
        for (article_index, found) in raw.into_iter().enumerate() {
            let text = articles.get(article_index).map(|a| a.text.as_str()).unwrap_or("");
            let mut mentions = Vec::with_capacity(found.len());
            for m in found {
                let Some(surface) = text.get(m.start..m.end) else { continue };
                let slot = match index.by_id.get(&m.id) {
                    Some(&slot) => slot,
                    None => {
                        let slot = index.entities.len();
                        index.by_id.insert(m.id.clone(), slot);
                        index.entities.push(Entity { id: m.id.clone(), name: m.name.clone(), kind: m.kind, variants: Vec::new(), articles: Vec::new() });
                        variant_counts.push(HashMap::new());
                        slot
                    }
                };
                *variant_counts[slot].entry(surface.to_owned()).or_default() += 1;
                let entity = &mut index.entities[slot];
                match entity.articles.last_mut() {
                    Some((a, n)) if *a == article_index => *n += 1,
                    _ => entity.articles.push((article_index, 1)),
                }
                mentions.push(Mention { start: m.start, end: m.end, kind: entity.kind, entity: slot });
            }
            mentions.sort_by_key(|m| (m.start, m.end));
            mentions.dedup_by(|later, earlier| later.start < earlier.end);
            index.mentions.push(mentions);
        }
        while index.mentions.len() < articles.len() {
            index.mentions.push(Vec::new());
        }
        for (entity, counts) in index.entities.iter_mut().zip(variant_counts) {
            let mut variants: Vec<(String, usize)> = counts.into_iter().collect();
            variants.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            entity.variants = variants.into_iter().map(|(v, _)| v).collect();
        }
        index
    }

    pub fn get(&self, id: &EntityId) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    pub fn position(&self, id: &EntityId) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Mentions in one article, sorted by start.
    pub fn mentions_in(&self, article: usize) -> &[Mention] {
        self.mentions.get(article).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Entities ordered by how often they are mentioned, most first.
    pub fn by_frequency(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.entities.len()).collect();
        order.sort_by(|&a, &b| {
            let (ea, eb) = (&self.entities[a], &self.entities[b]);
            eb.articles.len().cmp(&ea.articles.len()).then(eb.mention_count().cmp(&ea.mention_count())).then(ea.name.cmp(&eb.name))
        });
        order
    }
}

/// What a recogniser reports before the index is assembled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMention {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub id: EntityId,
    pub name: String,
}
