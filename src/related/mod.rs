//! Related articles: rank the other articles of a corpus by how likely they
//! report the same story, in any language, and say why.
//!
//! Evidence is language-independent: linked entities (weighted by rarity and
//! type) and shared Latin keys of numbers and long words. Each article is a
//! sparse vector; the score is their cosine, so it lies in 0..1 and is
//! comparable across articles.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::entities::{EntityIndex, EntityKind};
use crate::lang::latin_key;

/// One shared entity and how often each side mentions it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedEntity {
    pub entity: usize,
    pub here: usize,
    pub there: usize,
}

/// Another article, its score and the reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub article: usize,
    pub score: f64,
    /// Shared entities, strongest evidence first.
    pub shared: Vec<SharedEntity>,
    /// Shared terms (Latin keys of numbers and long words), strongest first.
    pub terms: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
enum Feature {
    Entity(usize),
    Term(u32),
}

/// Per-article feature vectors and an inverted index over them.
#[derive(Serialize, Deserialize)]
pub struct RelatedIndex {
    vectors: Vec<Vec<(Feature, f64)>>,
    norms: Vec<f64>,
    postings: HashMap<Feature, Vec<usize>>,
    terms: Vec<String>,
    entity_counts: Vec<HashMap<usize, usize>>,
}

/// How much a shared entity of each kind says about a shared story: people
/// are specific, countries are what every article on a region shares.
fn kind_weight(kind: EntityKind) -> f64 {
    match kind {
        EntityKind::Person => 1.5,
        EntityKind::Organization => 1.2,
        EntityKind::Location => 1.0,
    }
}

/// Terms weigh less than entities: a shared name is stronger evidence than a shared word.
const TERM_WEIGHT: f64 = 0.35;

impl RelatedIndex {
    pub fn build(corpus: &Corpus, entities: &EntityIndex) -> RelatedIndex {
        let n = corpus.articles.len();
        let mut term_ids: HashMap<String, u32> = HashMap::new();
        let mut terms: Vec<String> = Vec::new();
        let mut raw: Vec<HashMap<Feature, f64>> = Vec::with_capacity(n);
        let mut entity_counts = Vec::with_capacity(n);
        for (ai, article) in corpus.articles.iter().enumerate() {
            let mut features: HashMap<Feature, f64> = HashMap::new();
            let mut counts: HashMap<usize, usize> = HashMap::new();
            for m in entities.mentions_in(ai) {
                *counts.entry(m.entity).or_default() += 1;
            }
            for (&e, &c) in &counts {
                features.insert(Feature::Entity(e), 1.0 + (c as f64).ln());
            }
            entity_counts.push(counts);
            // words inside mentions are already counted as entities
            let mentions = entities.mentions_in(ai);
            for (s, word) in word_spans(&article.text) {
                if mentions.iter().any(|m| m.start <= s && s < m.end) {
                    continue;
                }
                let Some(key) = term_key(word) else { continue };
                let id = *term_ids.entry(key.clone()).or_insert_with(|| {
                    terms.push(key);
                    (terms.len() - 1) as u32
                });
                *features.entry(Feature::Term(id)).or_default() += 1.0;
            }
            for (f, v) in features.iter_mut() {
                if let Feature::Term(_) = f {
                    *v = 1.0 + v.ln();
                }
            }
            raw.push(features);
        }
        // document frequencies → idf weights
        let mut df: HashMap<Feature, usize> = HashMap::new();
        for features in &raw {
            for f in features.keys() {
                *df.entry(*f).or_default() += 1;
            }
        }
        let mut vectors = Vec::with_capacity(n);
        let mut norms = Vec::with_capacity(n);
        let mut postings: HashMap<Feature, Vec<usize>> = HashMap::new();
        for (ai, features) in raw.into_iter().enumerate() {
            let mut v: Vec<(Feature, f64)> = features
                .into_iter()
                .filter_map(|(f, tf)| {
                    let d = df[&f];
                    // a feature in one article links nothing; one in every article says little
                    if d < 2 {
                        return None;
                    }
                    let idf = ((n as f64 + 1.0) / d as f64).ln();
                    let w = match f {
                        Feature::Entity(e) => kind_weight(entities.entities[e].kind),
                        Feature::Term(_) => TERM_WEIGHT,
                    };
                    Some((f, tf * idf * w))
                })
                .filter(|&(_, w)| w > 0.0)
                .collect();
            v.sort_by(|a, b| b.1.total_cmp(&a.1));
            let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            for (f, _) in &v {
                postings.entry(*f).or_default().push(ai);
            }
            vectors.push(v);
            norms.push(norm);
        }
        RelatedIndex { vectors, norms, postings, terms, entity_counts }
    }

    /// Other articles ranked for `article`, best first, at most `limit`.
    pub fn related(&self, article: usize, limit: usize) -> Vec<Related> {
        let Some(vector) = self.vectors.get(article) else { return Vec::new() };
        let mut dots: HashMap<usize, Vec<(Feature, f64)>> = HashMap::new();
        for &(f, w) in vector {
            for &other in self.postings.get(&f).map(Vec::as_slice).unwrap_or(&[]) {
                if other == article {
                    continue;
                }
                if let Some(&(_, wo)) = self.vectors[other].iter().find(|(g, _)| *g == f) {
                    dots.entry(other).or_default().push((f, w * wo));
                }
            }
        }
        let mut out: Vec<Related> = dots
            .into_iter()
            .map(|(other, mut contributions)| {
                let dot: f64 = contributions.iter().map(|(_, c)| c).sum();
                let score = (dot / (self.norms[article] * self.norms[other]).max(f64::EPSILON)).clamp(0.0, 1.0);
                contributions.sort_by(|a, b| b.1.total_cmp(&a.1));
                let mut shared = Vec::new();
                let mut terms = Vec::new();
                for (f, _) in contributions {
                    match f {
                        Feature::Entity(e) => shared.push(SharedEntity {
                            entity: e,
                            here: self.entity_counts[article].get(&e).copied().unwrap_or(0),
                            there: self.entity_counts[other].get(&e).copied().unwrap_or(0),
                        }),
                        Feature::Term(t) => terms.push(self.terms[t as usize].clone()),
                    }
                }
                terms.truncate(8);
                Related { article: other, score, shared, terms }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.article.cmp(&b.article)));
        out.truncate(limit);
        out
    }
}

/// Words with their byte starts (Unicode word boundaries, letters and digits only).
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    use unicode_segmentation::UnicodeSegmentation;
    text.split_word_bound_indices().filter(|(_, w)| w.chars().next().is_some_and(char::is_alphanumeric)).collect()
}

/// A language-independent key for a word: numbers as they are (years, counts),
/// long words as the first six letters of their Latin key, so inflected and
/// transliterated forms of one word tend to meet. Short words are mostly
/// grammar and are skipped.
fn term_key(word: &str) -> Option<String> {
    if word.chars().all(|c| c.is_ascii_digit()) {
        return (word.len() >= 2).then(|| word.to_owned());
    }
    let key = latin_key(word).text;
    let letters: String = key.chars().filter(char::is_ascii_alphabetic).collect();
    if letters.len() < 7 {
        return None;
    }
    Some(letters.chars().take(6).collect())
}
