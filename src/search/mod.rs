//! Fuzzy search over titles, entity names (every variant) and text lines.
//!
//! Each searchable unit is folded twice: in its own script (case, Turkish i,
//! diacritics) and as a Latin transliteration key, so `lavrov` finds `Лавров`
//! and `пхеньян` finds `Pyongyang`. Matches are mapped back to byte ranges of
//! the original article text, so highlights always land on what is shown.

mod query;

pub use query::{Query, Term, TermKind};

use std::sync::atomic::{AtomicBool, Ordering};

use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use crate::corpus::Corpus;
use crate::entities::EntityIndex;
use crate::lang::{fold_for_search, latin_key, FoldedText};

/// What a hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    Title,
    Entity,
    Text,
}

impl HitKind {
    pub fn label(self) -> &'static str {
        match self {
            HitKind::Title => "title",
            HitKind::Entity => "entity",
            HitKind::Text => "text",
        }
    }
}

/// Which kinds of unit a search looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    All,
    Only(HitKind),
}

/// One searchable piece of an article.
#[derive(Debug, Clone)]
struct Unit {
    article: usize,
    kind: HitKind,
    /// Byte span in the article text that a hit opens at.
    start: usize,
    end: usize,
    /// Entity index for entity units.
    entity: Option<usize>,
    /// Strings matched against: (folded own-script, Latin key), with origins
    /// in article bytes, or `None` origin when the string is not in the text
    /// (an entity's display name).
    keys: Vec<(FoldedText, FoldedText, bool)>,
}

/// A search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub article: usize,
    pub kind: HitKind,
    pub score: i64,
    pub start: usize,
    pub end: usize,
    /// Matched byte ranges in the article text, inside `start..end` for text
    /// and title hits; on the mention for entity hits.
    pub matched: Vec<(usize, usize)>,
    pub entity: Option<usize>,
}

/// Everything searchable in a corpus, prepared once.
pub struct SearchIndex {
    units: Vec<Unit>,
}

/// Longest text line unit, in bytes, before it is cut at a sentence end.
const MAX_LINE_BYTES: usize = 320;

impl SearchIndex {
    pub fn build(corpus: &Corpus, entities: &EntityIndex) -> SearchIndex {
        let mut units = Vec::new();
        for (ai, article) in corpus.articles.iter().enumerate() {
            let (ts, te) = article.title_span;
            units.push(text_unit(&article.text, ai, HitKind::Title, ts, te));
            for (s, e) in text_lines(&article.text) {
                units.push(text_unit(&article.text, ai, HitKind::Text, s, e));
            }
            // one unit per entity per article, matched on every name the corpus
            // uses for it (so `пхеньян` finds the Turkish article's `Pyongyang`);
            // a variant written in this article highlights where it is written,
            // any other highlights the whole mention
            let mut seen: Vec<usize> = Vec::new();
            for m in entities.mentions_in(ai) {
                if seen.contains(&m.entity) {
                    continue;
                }
                seen.push(m.entity);
                let entity = &entities.entities[m.entity];
                let here = |variant: &str| {
                    entities.mentions_in(ai).iter().find(|o| o.entity == m.entity && &article.text[o.start..o.end] == variant).map(|o| o.start)
                };
                let mut keys = Vec::new();
                for variant in entity.variants.iter().chain(std::iter::once(&entity.name)) {
                    let (folded, key) = (fold_for_search(variant), latin_key(variant));
                    keys.push(match here(variant) {
                        Some(start) => (shifted(folded, start), shifted(key, start), true),
                        None => (whole(folded, m.start, m.end), whole(key, m.start, m.end), false),
                    });
                }
                units.push(Unit { article: ai, kind: HitKind::Entity, start: m.start, end: m.end, entity: Some(m.entity), keys });
            }
        }
        SearchIndex { units }
    }

    pub fn len(&self) -> usize {
        self.units.len()
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Run a query. `cancel` lets a newer keystroke stop a stale pass; a
    /// cancelled search returns what it had (callers drop it by generation).
    pub fn search(&self, query: &str, scope: Scope, limit: usize, cancel: &AtomicBool) -> Vec<Hit> {
        let query = Query::parse(query);
        if query.is_empty() {
            return Vec::new();
        }
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut hits = Vec::new();
        for (n, unit) in self.units.iter().enumerate() {
            if n % 1024 == 0 && cancel.load(Ordering::Relaxed) {
                break;
            }
            if let Scope::Only(kind) = scope {
                if unit.kind != kind {
                    continue;
                }
            }
            if let Some(hit) = match_unit(&matcher, &query, unit) {
                hits.push(hit);
            }
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.article.cmp(&b.article)).then(a.start.cmp(&b.start)));
        hits.truncate(limit);
        hits
    }
}

fn text_unit(text: &str, article: usize, kind: HitKind, start: usize, end: usize) -> Unit {
    let slice = &text[start..end];
    Unit {
        article,
        kind,
        start,
        end,
        entity: None,
        keys: vec![(shifted(fold_for_search(slice), start), shifted(latin_key(slice), start), true)],
    }
}

/// Move origins from slice-relative to article-relative bytes.
fn shifted(mut folded: FoldedText, by: usize) -> FoldedText {
    for o in &mut folded.origin {
        o.0 += by;
        o.1 += by;
    }
    folded
}

/// A string not in the text (a display name): every char points at the mention.
fn whole(mut folded: FoldedText, start: usize, end: usize) -> FoldedText {
    for o in &mut folded.origin {
        *o = (start, end);
    }
    folded
}

/// Lines of text, long ones cut after a sentence end, as byte spans without
/// surrounding whitespace.
pub fn text_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let mut s = line_start;
        while s < line_end {
            let rest = &text[s..line_end];
            let mut cut = rest.len();
            if rest.len() > MAX_LINE_BYTES {
                // last sentence end before the limit, else the first after it
                let ends: Vec<usize> = rest
                    .char_indices()
                    .filter(|&(i, c)| matches!(c, '.' | '!' | '?' | '।') && rest[i + c.len_utf8()..].starts_with(' '))
                    .map(|(i, c)| i + c.len_utf8())
                    .collect();
                if let Some(&e) = ends.iter().rev().find(|&&e| e <= MAX_LINE_BYTES).or_else(|| ends.first()) {
                    cut = e;
                }
            }
            let piece = &text[s..s + cut];
            let trimmed_start = s + (piece.len() - piece.trim_start().len());
            let trimmed_end = s + piece.trim_end().len();
            if trimmed_end > trimmed_start {
                out.push((trimmed_start, trimmed_end));
            }
            s += cut;
        }
        line_start = line_end;
    }
    out
}

fn match_unit(matcher: &SkimMatcherV2, query: &Query, unit: &Unit) -> Option<Hit> {
    let mut best: Option<(i64, Vec<(usize, usize)>)> = None;
    for (folded, key, _in_text) in &unit.keys {
        for candidate in [folded, key] {
            if let Some((score, ranges)) = query.match_folded(matcher, candidate) {
                if best.as_ref().is_none_or(|(b, _)| score > *b) {
                    best = Some((score, ranges));
                }
            }
        }
    }
    let (score, matched) = best?;
    // a title or a named entity is worth more than a passing word in the text
    let bonus = match unit.kind {
        HitKind::Title => 12,
        HitKind::Entity => 8,
        HitKind::Text => 0,
    };
    Some(Hit { article: unit.article, kind: unit.kind, score: score + bonus, start: unit.start, end: unit.end, matched, entity: unit.entity })
}
