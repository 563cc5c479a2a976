//! Fuzzy search over titles, entity names (every variant the corpus uses) and
//! text lines, in every script at once.
//!
//! Each searchable unit is kept as an ASCII key (see [`crate::lang::ascii_key`]):
//! `лавров`, `Lavrov` and `लावरोव` all become `lavrov`, so one fast ASCII
//! matcher serves every language and a query in one script finds the others.
//! Entity names add what transliteration cannot: `пхеньян` finds the Turkish
//! `Pyongyang` because the entity linker knows they are one city.
//!
//! A pass is: a memchr prefilter that can only reject, then scoring with
//! nucleo-matcher (or fuzzy-matcher, for comparison), on both cores, in
//! chunks so first results stream out early (an index file's n-gram
//! prefilter, [`prefilter`], skips blocks that cannot match and reads the
//! likeliest first); a query that only grew rescans
//! the previous matches. Highlights are recomputed for the shown hits only and
//! mapped back to byte ranges of the original text.

pub(crate) mod pass;
pub mod prefilter;
mod query;

pub use query::{Engine, Query, Scratch, Term, TermKind};

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::entities::EntityIndex;
use crate::lang::ascii_key;
use crate::parallel::{map_chunks, threads};
use crate::store::StoreResult;

/// What a hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
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

    /// A title or a named entity is worth more than a passing word in the text.
    pub(crate) fn bonus(self) -> u32 {
        match self {
            HitKind::Title => 12,
            HitKind::Entity => 8,
            HitKind::Text => 0,
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

/// A search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub article: usize,
    pub kind: HitKind,
    pub score: i64,
    /// Byte span of the matched unit in the article text (the mention, for entities).
    pub start: usize,
    pub end: usize,
    /// Matched byte ranges in the article text, inside `start..end`.
    pub matched: Vec<(usize, usize)>,
    pub entity: Option<usize>,
    /// The matched unit's text, `article text[start..end]`: what a result
    /// list shows, without reading the whole article.
    pub text: String,
}

/// Where an entity is mentioned: its first mention in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub article: u32,
    pub start: u32,
    pub end: u32,
}

/// Marks a title in [`SearchIndex::unit_ends`].
pub(crate) const TITLE_BIT: u64 = 1 << 63;
/// Marks, in the index file's unit ends, a unit whose key begins where the
/// previous unit's key begins: a one-line article's line key starts with its
/// title's key, so the title's bytes are stored once.
pub(crate) const SHARED_BIT: u64 = 1 << 62;
/// What is left of a unit end without its marks: where its key ends.
pub(crate) const KEY_END: u64 = !(TITLE_BIT | SHARED_BIT);

/// A title or text line that passed a prefilter elsewhere, with its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateLine {
    pub article: u32,
    pub start: u32,
    pub end: u32,
    pub kind: HitKind,
    pub key: String,
}

/// An entity name that passed a prefilter elsewhere: its key and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateName {
    pub entity: u32,
    pub key: String,
    pub text: String,
}

/// A title or a text line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineUnit {
    pub(crate) article: u32,
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) kind: HitKind,
}

/// Everything searchable in a corpus, prepared once. The index file keeps
/// the same keys (see `crate::index`), and finds the entities' places
/// from the mentions instead.
#[derive(Debug, Default)]
pub struct SearchIndex {
    pub(crate) lines: Vec<LineUnit>,
    /// All line keys, concatenated; line `i` is `line_keys[line_key_ends[i-1]..line_key_ends[i]]`.
    pub(crate) line_keys: String,
    pub(crate) line_key_ends: Vec<u64>,
    /// Every variant and display name of every entity, as keys, with its owner.
    pub(crate) variant_keys: String,
    pub(crate) variant_key_ends: Vec<u64>,
    pub(crate) variant_owner: Vec<u32>,
    pub(crate) variant_text: Vec<String>,
    places: Vec<Vec<Place>>,
}

/// What a search worker remembers between keystrokes.
#[derive(Debug, Default)]
pub struct SearchSession {
    last_query: String,
    last_scope: Option<Scope>,
    /// Line units the last completed query matched.
    last_matches: Option<Vec<u32>>,
    /// Hits the last completed query had in all, before the limit.
    last_total: usize,
    /// Line units the last completed query read the keys of.
    pub(crate) last_scanned: usize,
    /// Lines it scored (the others that matched could not be shown).
    pub(crate) last_scored: usize,
    /// Entity places it placed (the others could not be shown).
    pub(crate) last_placed: usize,
    /// What the last pass read that the next one asks for again (see [`pass::Kept`]).
    kept: Option<pass::Kept>,
}

impl SearchSession {
    /// How many hits (entity places and lines) the last completed search
    /// found in all, of which it returned at most its limit.
    pub fn total(&self) -> usize {
        self.last_total
    }

    /// Record the count of all hits when the matching was done elsewhere
    /// (a cluster's shards count the lines they did not send).
    pub fn set_total(&mut self, total: usize) {
        self.last_total = total;
    }
}

/// Articles whose keys one worker makes per batch.
const KEY_BATCH: usize = 512;
/// Longest text line unit, in bytes, before it is cut at a sentence end.
const MAX_LINE_BYTES: usize = 320;

/// An article's units in order: its title's span, then every text line's
/// but the title's. Derived from the text alone.
pub fn article_units(text: &str, title_span: (usize, usize)) -> Vec<(usize, usize, HitKind)> {
    let (ts, te) = title_span;
    let mut units = Vec::new();
    if te > ts {
        units.push((ts, te, HitKind::Title));
    }
    for (s, e) in text_lines(text) {
        if (s, e) != (ts, te) {
            units.push((s, e, HitKind::Text));
        }
    }
    units
}

/// Every article's line units and their keys, made on every core a batch
/// of articles at a time and handed to `take` in corpus order: the batch's
/// units, their keys one after another, and where each unit's key ends
/// there. Only one batch's keys are held at a time, so the index file can
/// write them as they come.
pub(crate) fn unit_keys_in_batches(
    articles: &[crate::corpus::Article],
    take: impl FnMut(Vec<LineUnit>, String, Vec<usize>),
) {
    unit_keys_in_pieces(articles, MAX_KEY_PIECE, take);
}

/// Key bytes held before they are handed over, for an article longer than
/// this: its keys are about its size, and a 300 MB article's were held whole.
const MAX_KEY_PIECE: usize = 8 << 20;

/// [`unit_keys_in_batches`], an article longer than `piece` bytes keyed on
/// this thread and handed over about `piece` bytes of keys at a time.
fn unit_keys_in_pieces(
    articles: &[crate::corpus::Article],
    piece: usize,
    mut take: impl FnMut(Vec<LineUnit>, String, Vec<usize>),
) {
    let workers = threads(4);
    for (batch_index, batch) in articles.chunks(workers * KEY_BATCH).enumerate() {
        let batch_offset = batch_index * workers * KEY_BATCH;
        let mut run_start = 0;
        for (i, article) in batch.iter().enumerate() {
            if article.text.len() > piece {
                keys_of_run(&batch[run_start..i], batch_offset + run_start, workers, &mut take);
                let mut keyed = KeyedUnits::default();
                keyed.add(article, (batch_offset + i) as u32, &mut |keyed| {
                    if keyed.keys.len() >= piece {
                        let KeyedUnits { lines, keys, ends } = std::mem::take(keyed);
                        take(lines, keys, ends);
                    }
                });
                if !keyed.lines.is_empty() {
                    take(keyed.lines, keyed.keys, keyed.ends);
                }
                run_start = i + 1;
            }
        }
        keys_of_run(&batch[run_start..], batch_offset + run_start, workers, &mut take);
    }
}

/// The units and keys of a run of articles (the first is article `first`), on every core.
fn keys_of_run(
    run: &[crate::corpus::Article],
    first: usize,
    workers: usize,
    take: &mut impl FnMut(Vec<LineUnit>, String, Vec<usize>),
) {
    if run.is_empty() {
        return;
    }
    let parts = map_chunks(workers, run, 64, |offset, articles| {
        let mut keyed = KeyedUnits::default();
        for (i, article) in articles.iter().enumerate() {
            keyed.add(article, (first + offset + i) as u32, &mut |_| {});
        }
        keyed
    });
    for KeyedUnits { lines, keys, ends } in parts {
        take(lines, keys, ends);
    }
}

/// Line units, their keys one after another, and where each key ends.
#[derive(Default)]
struct KeyedUnits {
    lines: Vec<LineUnit>,
    keys: String,
    ends: Vec<usize>,
}

impl KeyedUnits {
    /// Add article `ai`'s units, calling `after_unit` after each.
    fn add(&mut self, article: &crate::corpus::Article, ai: u32, after_unit: &mut dyn FnMut(&mut KeyedUnits)) {
        for (start, end, kind) in article_units(&article.text, article.title_span) {
            // beyond 4 GiB into one article: not searchable rather than wrapped
            let (Ok(s), Ok(e)) = (u32::try_from(start), u32::try_from(end)) else { continue };
            ascii_key(&article.text[start..end], &mut self.keys, None);
            self.ends.push(self.keys.len());
            self.lines.push(LineUnit { article: ai, start: s, end: e, kind });
            after_unit(self);
        }
    }
}

impl SearchIndex {
    pub fn build(corpus: &Corpus, entities: &EntityIndex) -> SearchIndex {
        let mut index = SearchIndex::variants_only(entities);
        // Keys are rarely longer than the text they come from: reserving that
        // much up front means the key store is never copied as it grows, and
        // pages it does not use are never touched.
        let text_bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
        index.line_keys.reserve(text_bytes);
        unit_keys_in_batches(&corpus.articles, |lines, keys, ends| {
            let base = index.line_keys.len();
            index.line_keys.push_str(&keys);
            index.line_key_ends.extend(ends.into_iter().map(|e| (base + e) as u64));
            index.lines.extend(lines);
        });
        index.line_keys.shrink_to_fit();
        index.line_key_ends.shrink_to_fit();
        index.lines.shrink_to_fit();

        // one place per entity and article, counted first so each list is allocated once
        let mut place_counts: Vec<usize> = vec![0; entities.entities.len()];
        let mut counted_in: Vec<u32> = vec![u32::MAX; entities.entities.len()];
        for (ai, mentions) in entities.mentions.iter().enumerate() {
            for m in mentions {
                if counted_in[m.entity()] != ai as u32 {
                    counted_in[m.entity()] = ai as u32;
                    place_counts[m.entity()] += 1;
                }
            }
        }
        index.places = place_counts.into_iter().map(Vec::with_capacity).collect();
        for (ai, mentions) in entities.mentions.iter().enumerate() {
            for m in mentions {
                let places = &mut index.places[m.entity()];
                if places.last().is_none_or(|p| p.article != ai as u32) {
                    places.push(Place { article: ai as u32, start: m.start, end: m.end });
                }
            }
        }
        index
    }

    /// An index of the entities' names alone: every variant and display
    /// name of every entity as a key, with its owner (the index file keeps
    /// these as they are, and makes its line keys as it writes them: see
    /// [`unit_keys_in_batches`]).
    pub(crate) fn variants_only(entities: &EntityIndex) -> SearchIndex {
        let mut index = SearchIndex::default();
        for (ei, entity) in entities.entities.iter().enumerate() {
            let mut names: Vec<&String> = entity.variants.iter().collect();
            if !names.contains(&&entity.name) {
                names.push(&entity.name);
            }
            for name in names {
                ascii_key(name, &mut index.variant_keys, None);
                index.variant_key_ends.push(index.variant_keys.len() as u64);
                index.variant_owner.push(ei as u32);
                index.variant_text.push(name.clone());
            }
        }
        index
    }

    /// An index of candidates only, found by a prefilter elsewhere (the
    /// ClickHouse backend's shards): `lines` in corpus order, `names` in the
    /// full index's variant order (each naming an entity of `places` by
    /// position), and per entity its first mention in each article,
    /// `(article, start, end)` in article order. Numbers are the caller's
    /// own, in the same order as the full index's; a search then ranks and
    /// highlights these units exactly as the full index ranks them.
    pub fn from_candidates(
        lines: &[CandidateLine],
        names: &[CandidateName],
        places: &[Vec<(u32, u32, u32)>],
    ) -> SearchIndex {
        let mut index = SearchIndex::default();
        for line in lines {
            index.line_keys.push_str(&line.key);
            index.line_key_ends.push(index.line_keys.len() as u64);
            index.lines.push(LineUnit { article: line.article, start: line.start, end: line.end, kind: line.kind });
        }
        for name in names {
            index.variant_keys.push_str(&name.key);
            index.variant_key_ends.push(index.variant_keys.len() as u64);
            index.variant_owner.push(name.entity);
            index.variant_text.push(name.text.clone());
        }
        index.places = places
            .iter()
            .map(|list| list.iter().map(|&(article, start, end)| Place { article, start, end }).collect())
            .collect();
        index
    }

    /// Searchable units (titles, text lines, entity names).
    pub fn len(&self) -> usize {
        self.lines.len() + self.variant_owner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn line_key(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.line_key_ends[i - 1] as usize };
        &self.line_keys[start..self.line_key_ends[i] as usize]
    }

    /// Diagnostics on one thread: keys passing the prefilter, keys matching,
    /// and seconds spent prefiltering and scoring.
    pub fn probe(&self, input: &str) -> (usize, usize, f64, f64) {
        let query = Query::parse(input);
        let mut scratch = Scratch::default();
        let t = Instant::now();
        let survivors: Vec<usize> =
            (0..self.lines.len()).filter(|&i| query.may_match(self.line_key(i).as_bytes())).collect();
        let prefilter = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let matched =
            survivors.iter().filter(|&&i| query.score(&mut scratch, self.line_key(i), None).is_some()).count();
        (survivors.len(), matched, prefilter, t.elapsed().as_secs_f64())
    }

    /// One complete search, best first. `cancel` stops a stale pass early.
    pub fn search(&self, corpus: &Corpus, query: &str, scope: Scope, limit: usize, cancel: &AtomicBool) -> Vec<Hit> {
        self.search_with(
            corpus,
            &mut SearchSession::default(),
            query,
            Engine::default(),
            scope,
            limit,
            cancel,
            &mut |_| {},
        )
    }

    /// Search, publishing partial results (best so far) while the pass runs,
    /// and narrowing from the session's previous query when it only grew.
    #[allow(clippy::too_many_arguments)]
    pub fn search_with(
        &self,
        corpus: &Corpus,
        session: &mut SearchSession,
        input: &str,
        engine: Engine,
        scope: Scope,
        limit: usize,
        cancel: &AtomicBool,
        on_partial: &mut dyn FnMut(Vec<Hit>),
    ) -> Vec<Hit> {
        let data = InMemory { index: self, corpus };
        let request = Request { input, engine, scope, limit, prefilter: true };
        // held in memory, nothing can fail
        pass::run(&data, session, request, cancel, on_partial).unwrap_or_default()
    }
}

/// A search's question, as the pass takes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Request<'q> {
    pub input: &'q str,
    pub engine: Engine,
    pub scope: Scope,
    pub limit: usize,
    /// Whether the pass takes its shortcuts: blocks of units the n-gram
    /// prefilter rules out are skipped, and lines and entities that cannot
    /// be among the best `limit` are counted but not scored or placed.
    pub prefilter: bool,
}

/// The in-memory index with the corpus it was built from.
struct InMemory<'a> {
    index: &'a SearchIndex,
    corpus: &'a Corpus,
}

impl pass::SearchData for InMemory<'_> {
    fn unit_count(&self) -> usize {
        self.index.lines.len()
    }

    fn unit_keys(&self, range: std::ops::Range<usize>) -> StoreResult<pass::UnitKeys<'_>> {
        let index = self.index;
        let ends = index.line_key_ends.get(range.clone()).unwrap_or(&[]);
        let base = if range.start == 0 { 0 } else { index.line_key_ends.get(range.start - 1).copied().unwrap_or(0) };
        let end = ends.last().copied().unwrap_or(base);
        let keys = index.line_keys.as_bytes().get(base as usize..end as usize).unwrap_or(&[]);
        let titles = index.lines.get(range.clone()).unwrap_or(&[]).iter().map(|u| u.kind == HitKind::Title).collect();
        Ok(pass::UnitKeys {
            first: range.start,
            ends: std::borrow::Cow::Borrowed(ends),
            keys,
            base,
            titles: Some(titles),
        })
    }

    fn unit(&self, id: usize) -> StoreResult<pass::Unit> {
        let u =
            self.index.lines.get(id).copied().unwrap_or(LineUnit { article: 0, start: 0, end: 0, kind: HitKind::Text });
        Ok(pass::Unit {
            article: u.article as usize,
            start: u.start as usize,
            end: u.end as usize,
            title: u.kind == HitKind::Title,
        })
    }

    fn variant_count(&self) -> usize {
        self.index.variant_owner.len()
    }

    fn variant_keys(&self) -> StoreResult<pass::UnitKeys<'_>> {
        let index = self.index;
        Ok(pass::UnitKeys {
            first: 0,
            ends: std::borrow::Cow::Borrowed(&index.variant_key_ends),
            keys: index.variant_keys.as_bytes(),
            base: 0,
            titles: None,
        })
    }

    fn variant(&self, i: usize) -> StoreResult<pass::Variant<'_>> {
        let index = self.index;
        let start = if i == 0 { 0 } else { index.variant_key_ends[i - 1] as usize };
        Ok(pass::Variant {
            key: &index.variant_keys[start..index.variant_key_ends[i] as usize],
            owner: index.variant_owner[i] as usize,
            text: &index.variant_text[i],
        })
    }

    fn entity_count(&self) -> usize {
        self.index.places.len()
    }

    fn places(&self, entity: usize, limit: usize) -> StoreResult<(usize, Vec<Place>)> {
        let places = self.index.places.get(entity).map(Vec::as_slice).unwrap_or(&[]);
        Ok((places.len(), places.iter().take(limit).copied().collect()))
    }

    fn place_count(&self, entity: usize) -> StoreResult<usize> {
        Ok(self.index.places.get(entity).map_or(0, Vec::len))
    }

    fn text(&self, article: usize) -> StoreResult<crate::store::Text<'_>> {
        Ok(crate::store::Text::Borrowed(self.corpus.articles.get(article).map_or("", |a| a.text.as_str())))
    }
}

/// Re-derive the key of `text[start..end]` with origins, match again, and map
/// the matched key bytes to merged byte ranges of the original text.
pub(crate) fn highlight(
    query: &Query,
    scratch: &mut Scratch,
    text: &str,
    start: usize,
    end: usize,
) -> Vec<(usize, usize)> {
    let Some(slice) = text.get(start..end) else { return Vec::new() };
    let mut key = String::with_capacity(slice.len());
    let mut origins = Vec::with_capacity(slice.len());
    ascii_key(slice, &mut key, Some(&mut origins));
    let mut indices = Vec::new();
    if query.score(scratch, &key, Some(&mut indices)).is_none() {
        return Vec::new();
    }
    indices.sort_unstable();
    indices.dedup();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for i in indices {
        let Some(&(s, e)) = origins.get(i as usize) else { continue };
        let (s, e) = (start + s as usize, start + e as usize);
        match ranges.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => ranges.push((s, e)),
        }
    }
    ranges
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
            let cut = line_piece_len(&text[s..line_end]);
            if let Some(unit) = trimmed_span(&text[s..s + cut], s) {
                out.push(unit);
            }
            s += cut;
        }
        line_start = line_end;
    }
    out
}

/// How many bytes of `rest`, the rest of a line, the next text line unit
/// takes. Reads at most [`LINE_LOOKAHEAD`] bytes of it: a rest known only
/// that far (a line still being read) is cut where the whole would be.
fn line_piece_len(rest: &str) -> usize {
    let mut cut = rest.len();
    if rest.len() > MAX_LINE_BYTES {
        // last sentence end before the limit, else the first after it;
        // looked for only within 4 × the limit, so a 50 MB line is cut
        // in linear time rather than rescanned for every piece
        let mut window = rest.len().min(4 * MAX_LINE_BYTES);
        while !rest.is_char_boundary(window) {
            window -= 1;
        }
        let ends: Vec<usize> = rest[..window]
            .char_indices()
            .filter(|&(i, c)| matches!(c, '.' | '!' | '?' | '।') && rest[i + c.len_utf8()..].starts_with(' '))
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        if let Some(&e) = ends.iter().rev().find(|&&e| e <= MAX_LINE_BYTES).or_else(|| ends.first()) {
            cut = e;
        } else if rest.len() > 4 * MAX_LINE_BYTES {
            // one enormous sentence: cut at a space (or any char boundary) so units stay small
            let mut at = 2 * MAX_LINE_BYTES;
            while !rest.is_char_boundary(at) {
                at -= 1;
            }
            cut = rest[..at].rfind(' ').map(|i| i + 1).filter(|&i| i > 0).unwrap_or(at);
        }
    }
    cut
}

/// Bytes of a line's rest [`line_piece_len`] reads: its 4 × the limit, and
/// the byte after them (is a sentence end there followed by a space?).
const LINE_LOOKAHEAD: usize = 4 * MAX_LINE_BYTES + 1;

/// The span of `piece` (which starts at byte `at`) without the white space
/// around it, if anything is left.
fn trimmed_span(piece: &str, at: usize) -> Option<(usize, usize)> {
    let trimmed_start = at + (piece.len() - piece.trim_start().len());
    let trimmed_end = at + piece.trim_end().len();
    (trimmed_end > trimmed_start).then_some((trimmed_start, trimmed_end))
}

/// The units and keys of article `ai` (its title at `title_span`) whose
/// text is read a window at a time: `next_window` appends the next part of
/// the text (ending on a char boundary) to the string it is given, and says
/// `false` once there is none. The units, keys and order are those
/// [`unit_keys_in_batches`] makes of the whole text, handed to `take` about
/// [`MAX_KEY_PIECE`] bytes of keys at a time; the text is never held whole
/// (a huge article read back from its file was held once more while its
/// keys were written: a 50 MB line with the index so far was a build's peak).
pub(crate) fn unit_keys_of_windows(
    ai: u32,
    title_span: (usize, usize),
    next_window: &mut dyn FnMut(&mut String) -> std::io::Result<bool>,
    take: impl FnMut(Vec<LineUnit>, String, Vec<usize>),
) -> std::io::Result<()> {
    unit_keys_of_windows_in_pieces(ai, title_span, next_window, MAX_KEY_PIECE, take)
}

fn unit_keys_of_windows_in_pieces(
    ai: u32,
    title_span: (usize, usize),
    next_window: &mut dyn FnMut(&mut String) -> std::io::Result<bool>,
    piece: usize,
    mut take: impl FnMut(Vec<LineUnit>, String, Vec<usize>),
) -> std::io::Result<()> {
    let mut keyed = KeyedUnits::default();
    let mut push = |keyed: &mut KeyedUnits, start: usize, end: usize, kind: HitKind, unit_text: &str| {
        // beyond 4 GiB into one article: not searchable rather than wrapped
        let (Ok(s), Ok(e)) = (u32::try_from(start), u32::try_from(end)) else { return };
        ascii_key(unit_text, &mut keyed.keys, None);
        keyed.ends.push(keyed.keys.len());
        keyed.lines.push(LineUnit { article: ai, start: s, end: e, kind });
        if keyed.keys.len() >= piece {
            let KeyedUnits { lines, keys, ends } = std::mem::take(keyed);
            take(lines, keys, ends);
        }
    };
    // `held` is the text from byte `base` on; `at` is where the next unit begins
    let (mut held, mut base, mut at, mut more) = (String::new(), 0usize, 0usize, true);
    let (ts, te) = title_span;
    while more && held.len() < te {
        more = next_window(&mut held)?;
    }
    if te > ts {
        let title = held.get(ts..te).ok_or_else(|| std::io::Error::other("a title beyond its article's text"))?;
        push(&mut keyed, ts, te, HitKind::Title, title);
    }
    loop {
        if more && base + held.len() < at + LINE_LOOKAHEAD {
            // what was keyed goes before the next window comes
            held.drain(..at - base);
            base = at;
            while more && held.len() < LINE_LOOKAHEAD {
                more = next_window(&mut held)?;
            }
        }
        let ahead = &held[at - base..];
        if ahead.is_empty() {
            break;
        }
        // the rest of the line, as far as it is known (at least the lookahead)
        let line_end = memchr::memchr(b'\n', &ahead.as_bytes()[..ahead.len().min(LINE_LOOKAHEAD)]);
        let rest = line_end.map_or(ahead, |nl| &ahead[..=nl]);
        let cut = line_piece_len(rest);
        if let Some((start, end)) = trimmed_span(&rest[..cut], at)
            && (start, end) != (ts, te)
        {
            push(&mut keyed, start, end, HitKind::Text, &held[start - base..end - base]);
        }
        at += cut;
    }
    if !keyed.lines.is_empty() {
        take(keyed.lines, keyed.keys, keyed.ends);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_articles_keys_handed_over_in_pieces_are_its_keys_whole() {
        let text = format!("Talks in Pyongyang\n{}", "Лавров прибыл в Пхеньян.\nKim met him.\n".repeat(200));
        let articles = vec![
            crate::corpus::Article::new("a".into(), "Kim in Moscow\nShort.", None, None),
            crate::corpus::Article::new("b".into(), &text, None, None),
            crate::corpus::Article::new("c".into(), "Lavrov in Seoul\nShort too.", None, None),
        ];
        let collect = |piece| {
            let (mut lines, mut keys, mut ends, mut takes) = (Vec::new(), String::new(), Vec::new(), 0);
            super::unit_keys_in_pieces(&articles, piece, |l, k, e| {
                ends.extend(e.into_iter().map(|e| e + keys.len()));
                keys.push_str(&k);
                lines.extend(l.into_iter().map(|u| (u.article, u.start, u.end)));
                takes += 1;
            });
            (lines, keys, ends, takes)
        };
        let (whole, pieces) = (collect(usize::MAX), collect(256));
        assert!(pieces.3 > 10, "{} pieces", pieces.3);
        assert_eq!((&whole.0, &whole.1, &whole.2), (&pieces.0, &pieces.1, &pieces.2));
    }

    #[test]
    fn an_articles_keys_made_a_window_at_a_time_are_those_of_its_whole_text() {
        let (long_word, many_words) = ("x".repeat(700), "word ".repeat(300));
        // fragments whose joins make long lines with and without sentence ends,
        // blank and space-only lines, multibyte characters across every cut
        let fragments = [
            "Лавров прибыл в Пхеньян. ",
            "Kim met him",
            " and talked ",
            "\n",
            "\n  \n",
            "सर्गेई लावरोव प्योंगयांग पहुंचे। ",
            "Erdoğan? ",
            &long_word,
            &many_words,
            "\x1b[2J Pyongyang! ",
            "Москва",
        ];
        let mut texts = vec![
            format!("Talks in Pyongyang\n{}", "Лавров прибыл в Пхеньян.\nKim met him.\n".repeat(200)),
            format!("Long line {}", "Lavrov Москва \x1b[2J minister ".repeat(500)),
            format!("  \n  {}", "Лавров прибыл в Пхеньян. ".repeat(300)),
            "A headline alone".to_owned(),
        ];
        let mut seed = 7u64;
        for _ in 0..12 {
            let mut text = String::new();
            for _ in 0..60 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(fragments[(seed >> 33) as usize % fragments.len()]);
            }
            texts.push(text);
        }
        for text in &texts {
            let article = Article::new("a".into(), text, None, None);
            let collect_whole = || {
                let (mut units, mut keys) = (Vec::new(), Vec::new());
                super::unit_keys_in_pieces(std::slice::from_ref(&article), 256, |l, k, e| {
                    let mut start = 0;
                    for (u, end) in l.into_iter().zip(e) {
                        units.push((u.article, u.start, u.end, u.kind));
                        keys.push(k[start..end].to_owned());
                        start = end;
                    }
                });
                (units, keys)
            };
            let whole = collect_whole();
            for window in [1, 3, 50, 1281, 5000, usize::MAX] {
                let mut at = 0;
                let text = &article.text;
                let mut next = |into: &mut String| {
                    if at == text.len() {
                        return Ok(false);
                    }
                    let mut end = at.saturating_add(window).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    into.push_str(&text[at..end]);
                    at = end;
                    Ok(true)
                };
                let (mut units, mut keys, mut takes) = (Vec::new(), Vec::new(), 0);
                super::unit_keys_of_windows_in_pieces(0, article.title_span, &mut next, 256, |l, k, e| {
                    let mut start = 0;
                    for (u, end) in l.into_iter().zip(e) {
                        units.push((u.article, u.start, u.end, u.kind));
                        keys.push(k[start..end].to_owned());
                        start = end;
                    }
                    takes += 1;
                })
                .unwrap();
                assert_eq!((&units, &keys), (&whole.0, &whole.1), "window {window} of {text:?}");
                assert!(text.len() < 2000 || takes > 1, "keys handed over in pieces");
            }
        }
    }

    use super::*;
    use crate::corpus::{Article, load_seeds};

    fn seeds_index() -> (Corpus, SearchIndex) {
        let corpus = load_seeds();
        let entities = EntityIndex::build(&corpus.articles);
        let index = SearchIndex::build(&corpus, &entities);
        (corpus, index)
    }

    #[test]
    fn latin_query_finds_every_script() {
        let (corpus, index) = seeds_index();
        let hits = index.search(&corpus, "lavrov", Scope::Only(HitKind::Text), 200, &AtomicBool::new(false));
        let langs: std::collections::BTreeSet<&str> =
            hits.iter().map(|h| corpus.articles[h.article].language.code()).collect();
        for lang in ["tr", "ru", "en", "hi"] {
            assert!(langs.contains(lang), "{lang} missing from {langs:?}");
        }
    }

    #[test]
    fn highlights_land_on_the_original_letters() {
        let (corpus, index) = seeds_index();
        let hits = index.search(&corpus, "'лавров", Scope::Only(HitKind::Text), 50, &AtomicBool::new(false));
        assert!(!hits.is_empty());
        for h in &hits {
            let text = &corpus.articles[h.article].text;
            let shown: String = h.matched.iter().map(|&(s, e)| &text[s..e]).collect();
            let folded = crate::lang::ascii_key_string(&shown).to_lowercase();
            assert_eq!(folded, "lavrov", "in {:?}", &text[h.start..h.end]);
        }
    }

    #[test]
    fn serbian_inflection_is_found_from_the_stem() {
        let (corpus, index) = seeds_index();
        let hits = index.search(&corpus, "kozlov", Scope::All, 20, &AtomicBool::new(false));
        assert!(hits.iter().any(|h| corpus.articles[h.article].text[h.start..h.end].contains("Kozlovom")));
    }

    #[test]
    fn narrowing_gives_the_same_results_as_a_full_pass() {
        let (corpus, index) = seeds_index();
        let mut session = SearchSession::default();
        let cancel = AtomicBool::new(false);
        let mut narrowed = Vec::new();
        for q in ["p", "pu", "put", "puti", "putin", "putin k"] {
            narrowed =
                index.search_with(&corpus, &mut session, q, Engine::Nucleo, Scope::All, 500, &cancel, &mut |_| {});
            let full = index.search(&corpus, q, Scope::All, 500, &cancel);
            assert_eq!(narrowed, full, "query {q:?}");
        }
        assert!(!narrowed.is_empty());
    }

    /// One pass over the in-memory index, with or without its shortcuts.
    fn pass_over(
        corpus: &Corpus,
        index: &SearchIndex,
        session: &mut SearchSession,
        input: &str,
        scope: Scope,
        limit: usize,
        shortcuts: bool,
    ) -> Vec<Hit> {
        let request = Request { input, engine: Engine::Nucleo, scope, limit, prefilter: shortcuts };
        let data = InMemory { index, corpus };
        pass::run(&data, session, request, &AtomicBool::new(false), &mut |_| {}).unwrap()
    }

    #[test]
    fn lines_and_entities_that_cannot_be_shown_are_counted_not_scored() {
        let (corpus, index) = seeds_index();
        let mut pruned_somewhere = false;
        for scope in [Scope::All, Scope::Only(HitKind::Text), Scope::Only(HitKind::Entity)] {
            for query in ["a", "e", "lavrov", "'kim", "pyong lav", "^Rus", "kim !putin", "пхеньян", "o$"] {
                for limit in [1, 3, 10, 60] {
                    let (mut plain, mut quick) = (SearchSession::default(), SearchSession::default());
                    let expected = pass_over(&corpus, &index, &mut plain, query, scope, limit, false);
                    let got = pass_over(&corpus, &index, &mut quick, query, scope, limit, true);
                    assert_eq!(expected, got, "{query} {scope:?} {limit}");
                    assert_eq!(plain.total(), quick.total(), "{query} {scope:?} {limit}");
                    assert_eq!(plain.last_matches, quick.last_matches, "{query} {scope:?} {limit}");
                    pruned_somewhere |= quick.last_scored < plain.last_scored;
                }
            }
        }
        assert!(pruned_somewhere, "some line that could not be shown was left unscored");
        // typed a key at a time with a small limit: each pass narrows the last one's matches
        for query in ["lavrov", "kim jong", "e a"] {
            let (mut plain, mut quick) = (SearchSession::default(), SearchSession::default());
            let mut typed = String::new();
            for c in query.chars() {
                typed.push(c);
                let expected = pass_over(&corpus, &index, &mut plain, &typed, Scope::All, 5, false);
                assert_eq!(expected, pass_over(&corpus, &index, &mut quick, &typed, Scope::All, 5, true), "{typed}");
            }
        }
    }

    #[test]
    fn of_entities_tied_at_the_last_score_placed_only_their_first_places_are_read() {
        let (corpus, index) = seeds_index();
        let mut crossed = 0;
        for scope in [Scope::All, Scope::Only(HitKind::Entity)] {
            for query in ["a", "e", "k", "o", "r", "ka", "'a"] {
                for limit in [1, 2, 5, 20] {
                    let (mut plain, mut quick) = (SearchSession::default(), SearchSession::default());
                    let expected = pass_over(&corpus, &index, &mut plain, query, scope, limit, false);
                    let got = pass_over(&corpus, &index, &mut quick, query, scope, limit, true);
                    assert_eq!(expected, got, "{query} {scope:?} {limit}");
                    assert_eq!(plain.total(), quick.total(), "{query} {scope:?} {limit}");
                    // no more places than can be shown (two entities' first places never coincide)
                    assert!(quick.last_placed <= limit, "{query} {scope:?} {limit}: {} placed", quick.last_placed);
                    crossed += usize::from(plain.last_placed > limit);
                }
            }
        }
        assert!(crossed > 10, "entities tied across the limit in {crossed} cases");
    }

    #[test]
    fn owners_learned_in_a_session_serve_only_the_store_they_came_from() {
        let (corpus, index) = seeds_index();
        // the seeds but their first articles: mostly the same names, numbered otherwise
        let articles = corpus.articles[3..].to_vec();
        let other_corpus = Corpus { name: "other".into(), articles, warnings: Vec::new() };
        let other_index = SearchIndex::build(&other_corpus, &EntityIndex::build(&other_corpus.articles));
        assert_ne!(index.variant_owner[..20], other_index.variant_owner[..20]);
        let mut session = SearchSession::default();
        // no query narrows the one before it: the matches a pass narrows are of one store too
        let queries = [("a", false), ("e", true), ("o", false), ("ki", true), ("r", false), ("n", true), ("e", false)];
        for (query, other) in queries {
            let (c, i) = if other { (&other_corpus, &other_index) } else { (&corpus, &index) };
            for shortcuts in [true, false] {
                let fresh = pass_over(c, i, &mut SearchSession::default(), query, Scope::All, 30, shortcuts);
                assert_eq!(pass_over(c, i, &mut session, query, Scope::All, 30, shortcuts), fresh, "{query} {other}");
            }
            let learned = session.kept.as_ref().map_or(0, |o| o.learned());
            assert!(learned > 0, "{query}: owners kept for the next keystroke");
        }
    }

    /// The in-memory index, its texts handed out as a store reading them
    /// from the corpus's files does (shared, made anew), counted.
    struct ReadTexts<'a> {
        inner: InMemory<'a>,
        reads: std::sync::atomic::AtomicUsize,
    }

    impl pass::SearchData for ReadTexts<'_> {
        fn unit_count(&self) -> usize {
            self.inner.unit_count()
        }
        fn unit_keys(&self, range: std::ops::Range<usize>) -> StoreResult<pass::UnitKeys<'_>> {
            self.inner.unit_keys(range)
        }
        fn unit(&self, id: usize) -> StoreResult<pass::Unit> {
            self.inner.unit(id)
        }
        fn variant_count(&self) -> usize {
            self.inner.variant_count()
        }
        fn variant_keys(&self) -> StoreResult<pass::UnitKeys<'_>> {
            self.inner.variant_keys()
        }
        fn variant(&self, i: usize) -> StoreResult<pass::Variant<'_>> {
            self.inner.variant(i)
        }
        fn entity_count(&self) -> usize {
            self.inner.entity_count()
        }
        fn places(&self, entity: usize, limit: usize) -> StoreResult<(usize, Vec<Place>)> {
            self.inner.places(entity, limit)
        }
        fn place_count(&self, entity: usize) -> StoreResult<usize> {
            self.inner.place_count(entity)
        }
        fn text(&self, article: usize) -> StoreResult<crate::store::Text<'_>> {
            self.reads.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok(crate::store::Text::Shared(std::sync::Arc::from(&*self.inner.text(article)?)))
        }
    }

    #[test]
    fn texts_read_for_one_keystrokes_hits_serve_the_next() {
        let (corpus, index) = seeds_index();
        let data = ReadTexts { inner: InMemory { index: &index, corpus: &corpus }, reads: Default::default() };
        let mut session = SearchSession::default();
        let cancel = AtomicBool::new(false);
        let reads = || data.reads.load(std::sync::atomic::Ordering::Relaxed);
        let (mut typed, mut read_fresh, mut read_typed) = (String::new(), 0, 0);
        for c in "lavrov".chars() {
            typed.push(c);
            let request =
                Request { input: &typed, engine: Engine::Nucleo, scope: Scope::All, limit: 40, prefilter: true };
            let before = reads();
            let fresh = pass::run(&data, &mut SearchSession::default(), request, &cancel, &mut |_| {}).unwrap();
            read_fresh += reads() - before;
            let before = reads();
            let typed_on = pass::run(&data, &mut session, request, &cancel, &mut |_| {}).unwrap();
            read_typed += reads() - before;
            assert_eq!(typed_on, fresh, "{typed}");
        }
        // the first keystroke reads as many; the next ones mostly show articles already read
        assert!(read_typed * 2 < read_fresh, "{read_typed} texts read typed a key at a time, {read_fresh} afresh");
    }

    #[test]
    fn first_results_come_before_a_whole_chunk_is_read() {
        let articles: Vec<Article> = (0..3000)
            .map(|i| Article::new(format!("a{i}"), &format!("Lavrov met Kim in Pyongyang, day {i}."), None, None))
            .collect();
        let corpus = Corpus { name: "many".into(), articles, warnings: Vec::new() };
        let index = SearchIndex::build(&corpus, &EntityIndex::build(&corpus.articles));
        assert!(index.lines.len() > 2 * pass::FIRST_RUN && index.lines.len() < pass::CHUNK);
        let mut partials = 0;
        let hits = index.search_with(
            &corpus,
            &mut SearchSession::default(),
            "day",
            Engine::Nucleo,
            Scope::All,
            10,
            &AtomicBool::new(false),
            &mut |_| partials += 1,
        );
        assert_eq!(hits.len(), 10);
        assert!(partials >= 1, "results were published while the pass ran");
    }

    #[test]
    fn cancelled_search_returns_nothing() {
        let (corpus, index) = seeds_index();
        assert!(index.search(&corpus, "a", Scope::All, 10, &AtomicBool::new(true)).is_empty());
    }

    #[test]
    #[cfg(feature = "skim-baseline")]
    fn both_engines_agree_on_what_matches() {
        let (corpus, index) = seeds_index();
        let cancel = AtomicBool::new(false);
        for q in ["korea", "'moskva", "^Rus", "пхеньян", "kim !putin"] {
            let run = |engine| {
                let mut hits: Vec<(usize, usize)> = index
                    .search_with(
                        &corpus,
                        &mut SearchSession::default(),
                        q,
                        engine,
                        Scope::Only(HitKind::Text),
                        10_000,
                        &cancel,
                        &mut |_| {},
                    )
                    .iter()
                    .map(|h| (h.article, h.start))
                    .collect();
                hits.sort();
                hits
            };
            assert_eq!(run(Engine::Nucleo), run(Engine::Skim), "{q}");
        }
    }

    #[test]
    fn huge_single_line_is_cut_into_small_units() {
        let text = "word ".repeat(10_000);
        let article = Article::new("big".into(), &text, None, None);
        let lines = text_lines(&article.text);
        assert!(lines.len() > 10);
        assert!(lines.iter().all(|&(s, e)| e - s <= 4 * MAX_LINE_BYTES));
    }

    #[test]
    fn a_sentence_end_far_down_a_huge_line_does_not_make_a_huge_unit() {
        // the only full stop is 50 kB in: units stay small all the same
        let text = format!("{}end. {}", "word ".repeat(10_000), "more ".repeat(1_000));
        let lines = text_lines(&text);
        assert!(
            lines.iter().all(|&(s, e)| e - s <= 4 * MAX_LINE_BYTES),
            "{:?}",
            lines.iter().map(|(s, e)| e - s).max()
        );
        assert_eq!(lines.iter().map(|&(s, e)| text[s..e].split_whitespace().count()).sum::<usize>(), 11_001);
    }
}
