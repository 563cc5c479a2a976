//! Related articles: rank the other articles of a corpus by how likely they
//! report the same story, in any language, and say why.
//!
//! Each article becomes a sparse vector of evidence:
//! - linked entities, weighted by rarity (IDF) and kind (a person says more
//!   than a place);
//! - language-independent terms (see [`terms`]): consonant skeletons of
//!   transliterated words, numbers, and dates with month names as numbers.
//!
//! Evidence counts as far as it *bridges languages* in this corpus: a key
//! found mostly in articles of one language is that language's vocabulary,
//! shared by every report written in it whatever the story, so counting it
//! would rank same-language articles on other stories above other-language
//! reports of the same story. Each side of a match is therefore weighted by
//! how spread over languages the feature is (relative to the corpus's own
//! language mix), by how rare it is among its own language's articles, and,
//! for words, by skeleton length and by whether the word is written like a
//! name. Entities get the same bridge weight: a linker that works across
//! scripts keeps it at 1, a weak one (English capitalises weekdays) is kept
//! from favouring one language. In a one-language corpus everything counts.
//!
//! The score is the cosine of two vectors, so it lies in 0..1 and is
//! comparable across articles. Scoring walks an inverted index; features in a
//! large share of the corpus (stop features) have no postings, so one query
//! touches few articles.

mod terms;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use std::borrow::Cow;

use serde::Serialize;

use crate::corpus::{ArticleTexts, Corpus};
use crate::entities::fxhash::FxHashMap;
use crate::entities::{EntityIndex, EntityKind};
use crate::lang::Language;
use crate::store::StoreResult;

use terms::TermKind;

/// One shared entity and how often each side mentions it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedEntity {
    pub entity: usize,
    pub here: usize,
    pub there: usize,
}

/// One shared term, in the words each article uses for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedTerm {
    /// The surface in the selected article (`Kahramanmaraş`, `6 Şubat`).
    pub here: String,
    /// The surface in the related article (`Кахраманмараш`, `6 февраля`).
    pub there: String,
    pub here_count: usize,
    pub there_count: usize,
}

/// Another article, its score and the reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub article: usize,
    /// 0..1, comparable across articles.
    pub score: f64,
    /// Shared entities, strongest evidence first.
    pub shared: Vec<SharedEntity>,
    /// Shared terms as the related article writes them, strongest first.
    pub terms: Vec<String>,
    /// The same terms with both sides' surfaces and counts.
    pub shared_terms: Vec<SharedTerm>,
}

/// How much a shared entity of each kind says about a shared story: people
/// are specific, places include the countries every article on a region shares.
fn kind_weight(kind: EntityKind) -> f32 {
    match kind {
        EntityKind::Person => 1.5,
        EntityKind::Organization => 1.2,
        EntityKind::Location => 1.0,
    }
}

/// How much a shared term says: a date is specific, a number or a word less so.
fn term_weight(kind: TermKind) -> f32 {
    match kind {
        // `krn` is Korean and करने ("to do"); `krmnm` is only Kahramanmaraş
        TermKind::Word(len) if (len as usize) < 4 => 0.25,
        TermKind::Word(4) => 0.45,
        TermKind::Word(_) => 0.6,
        TermKind::Number => 0.8,
        TermKind::Date => 1.2,
    }
}

/// A feature in more than this share of the corpus is a stop feature: it
/// says little and its postings would make every query touch the corpus.
const STOP_SHARE: f64 = 0.05;
/// ...but in a small corpus a share is a handful of articles; IDF alone
/// handles frequent features there.
const STOP_MIN_DF: usize = 200;
/// How generously a term counts as bridging: with 2, a term whose articles
/// are half as often in other languages as the corpus is still counts fully.
const BRIDGE_SLACK: f32 = 1.5;
/// Most term reasons returned per related article.
const MAX_TERM_REASONS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RawFeature {
    Entity(usize),
    Term(u64, TermKind),
}

impl RawFeature {
    /// The feature's hash, one word: a term's key is a hash already, and an
    /// entity's number is spread over the word. The derived hash of the enum's
    /// four fields, and a general table's lookups, were most of counting features
    /// (each article's table and the census's, once per feature of every article).
    fn hash_word(self) -> u64 {
        match self {
            RawFeature::Entity(entity) => (entity as u64 ^ 0x5bd1_e995).wrapping_mul(0x9e37_79b9_7f4a_7c15),
            RawFeature::Term(key, _) => key,
        }
    }
}

/// Features numbered as they are first met: looked up, never iterated, so
/// the table's order is no answer's.
#[derive(Default)]
pub(crate) struct FeatureNumbers(hashbrown::HashTable<(RawFeature, usize)>);

impl FeatureNumbers {
    /// `feature`'s number, or `next` given to it when it has none (then `false` beside it).
    fn number_or(&mut self, feature: RawFeature, next: usize) -> (usize, bool) {
        use hashbrown::hash_table::Entry;
        let same = |(f, _): &(RawFeature, usize)| *f == feature;
        match self.0.entry(feature.hash_word(), same, |(f, _)| f.hash_word()) {
            Entry::Occupied(slot) => (slot.get().1, true),
            Entry::Vacant(slot) => {
                slot.insert((feature, next));
                (next, false)
            }
        }
    }

    fn clear(&mut self) {
        self.0.clear();
    }

    fn capacity(&self) -> usize {
        self.0.capacity()
    }
}

/// A feature's kind as stored: the entity's number, or [`TERM`] for a term.
pub(crate) const TERM: u32 = u32::MAX;

/// One feature of one article: a row of the index file as it is in memory.
#[derive(Debug, Clone, Copy, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
#[repr(C)]
pub(crate) struct Entry {
    pub(crate) feature: u32,
    pub(crate) weight: f32,
    pub(crate) count: u32,
    /// Index into `surfaces`: how this article writes the feature first.
    pub(crate) surface: u32,
}

/// One article with a feature, and the feature's weight there.
#[derive(Debug, Clone, Copy, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
#[repr(C)]
pub(crate) struct Posting {
    pub(crate) article: u32,
    pub(crate) weight: f32,
}

/// One feature of an article's vector, outside the index.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEntry {
    /// The feature's number in the full index (features in one or more articles' vectors).
    pub feature: u32,
    pub weight: f32,
    pub count: u32,
    /// How the article writes it first.
    pub surface: String,
    /// The entity (an index into the corpus's entities), for an entity feature.
    pub entity: Option<usize>,
}

/// An article's vector outside the index: its entries, norm and language index.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredVector {
    pub norm: f32,
    pub language: u32,
    pub entries: Vec<StoredEntry>,
}

/// Per-article feature vectors and an inverted index over them, each kept
/// flat in one allocation: a vector or a posting list per article or feature
/// would cost an allocation and its slack each. The index file stores these
/// tables as they are.
pub struct RelatedIndex {
    /// Every article's linkable entries (in two or more articles), each
    /// article's sorted by feature; article `i` owns `entries[vector_starts[i]..vector_starts[i + 1]]`.
    pub(crate) entries: Vec<Entry>,
    pub(crate) vector_starts: Vec<u64>,
    pub(crate) norms: Vec<f32>,
    /// Each article's language as an index: only equality is asked of it.
    languages: Vec<u32>,
    /// Every article with a feature, feature after feature; feature `f`
    /// owns `postings[posting_starts[f]..posting_starts[f + 1]]`.
    pub(crate) postings: Vec<Posting>,
    pub(crate) posting_starts: Vec<u64>,
    /// Linkable features only, numbered in the order of their first
    /// article: the entity's number, or [`TERM`].
    pub(crate) kinds: Vec<u32>,
    pub(crate) surfaces: Vec<String>,
}

/// What ranking reads: the in-memory index while a corpus is analysed, the
/// index file afterwards.
pub(crate) trait RelatedData {
    fn article_count(&self) -> usize;
    /// Article `a`'s entries, sorted by feature.
    fn vector(&self, article: usize) -> StoreResult<Cow<'_, [Entry]>>;
    fn norm(&self, article: usize) -> StoreResult<f32>;
    /// Only equality is asked of it.
    fn language(&self, article: usize) -> StoreResult<u32>;
    fn postings(&self, feature: u32) -> StoreResult<Cow<'_, [Posting]>>;
    /// The entity's number, or [`TERM`].
    fn kind(&self, feature: u32) -> StoreResult<u32>;
    fn surface(&self, surface: u32) -> StoreResult<Cow<'_, str>>;
}

/// What one article contributes before corpus statistics are known.
struct Extracted {
    /// (feature, count, first surface, how name-like its most name-like occurrence is)
    features: Vec<(RawFeature, u32, (usize, usize), f32)>,
}

fn extract(
    article: &crate::corpus::Article,
    text: &str,
    mentions: &[crate::entities::Mention],
    cache: &mut terms::WordCache,
) -> Extracted {
    // the table is the cache's, emptied: only looked up, never iterated, so its capacity kept is all that stays
    let mut at = std::mem::take(&mut cache.features_at);
    at.clear();
    // room for every mention and, window by window, every term: grown by doubling, the list
    // was reallocated and copied about three times an article
    let mut features: Vec<(RawFeature, u32, (usize, usize), f32)> = Vec::with_capacity(mentions.len());
    let mut add = |features: &mut Vec<(RawFeature, u32, (usize, usize), f32)>,
                   f: RawFeature,
                   span: (usize, usize),
                   name_like: f32| match at.number_or(f, features.len()) {
        (i, true) => {
            features[i].1 += 1;
            // show the name-like surface (`Severne`, not `severne`) when there is one
            if name_like > features[i].3 {
                features[i].2 = span;
                features[i].3 = name_like;
            }
        }
        (_, false) => features.push((f, 1, span, name_like)),
    };
    for m in mentions {
        add(&mut features, RawFeature::Entity(m.entity()), (m.start as usize, m.end as usize), 1.0);
    }
    // a long article a window at a time, as recognition reads it: its terms are not held all at once
    for window in crate::entities::windows(text, crate::entities::WINDOW) {
        let Some(part) = text.get(window.clone()) else { continue };
        let terms = terms::terms_cached(part, article.language.profile(article.script), cache);
        features.reserve(terms.len());
        for t in terms {
            let span = (window.start + t.start, window.start + t.end);
            add(&mut features, RawFeature::Term(t.key, t.kind), span, t.name_like);
        }
    }
    // a long article's terms repeat: its list waits for the census with no more than twice its room
    if features.capacity() > 2 * features.len() {
        features.shrink_to_fit();
    }
    if at.capacity() <= terms::KEPT_BUFFER {
        cache.features_at = at;
    }
    Extracted { features }
}

/// Articles a worker extracts before handing them over: small enough that
/// the batches in flight cost little memory.
const BATCH: usize = 256;
/// Distinct words a worker's cache holds before it starts over, so a corpus
/// with a huge vocabulary does not grow the cache without bound.
const WORD_CACHE_MAX: usize = 1 << 16;
/// Fewer dead occurrences than this are not worth a pass over the store.
const DEAD_OCCURRENCES_MIN: usize = 1 << 16;

/// One batch's articles extracted, each with its text (read back from the
/// corpus's files, or borrowed from the articles).
type ExtractedBatch<'a> = std::io::Result<Vec<(Extracted, Cow<'a, str>)>>;

/// Extract a batch of articles, reading their texts from `texts`.
fn extract_batch<'a>(
    corpus: &Corpus,
    entities: &EntityIndex,
    texts: ArticleTexts<'a>,
    range: std::ops::Range<usize>,
    cache: &mut terms::WordCache,
) -> ExtractedBatch<'a> {
    let read = texts.read(range.clone())?;
    Ok(range
        .zip(read)
        .filter_map(|(ai, text)| {
            let article = corpus.articles.get(ai)?;
            Some((extract(article, &text, entities.mentions_in(ai), cache), text))
        })
        .collect())
}

/// Extract every article on worker threads, a batch at a time, and hand the
/// results to `consume` in article order, each dropped (with its text) as
/// soon as it is consumed. Each worker keeps one word cache over all its batches.
fn extract_in_order(
    corpus: &Corpus,
    entities: &EntityIndex,
    texts: ArticleTexts,
    mut consume: impl FnMut(usize, Extracted, &str),
) -> std::io::Result<()> {
    let articles = &corpus.articles;
    let workers = crate::parallel::threads(16);
    let batches = articles.len().div_ceil(BATCH);
    let range_of = |batch: usize| batch * BATCH..((batch + 1) * BATCH).min(articles.len());
    if workers <= 1 || batches <= 1 {
        let mut cache = terms::WordCache::default();
        for batch in 0..batches {
            let range = range_of(batch);
            for (i, (ex, text)) in
                extract_batch(corpus, entities, texts, range.clone(), &mut cache)?.into_iter().enumerate()
            {
                consume(range.start + i, ex, &text);
            }
        }
        return Ok(());
    }
    std::thread::scope(|scope| {
        // batch b is extracted by worker b % workers; one batch may wait in each channel
        let receivers: Vec<std::sync::mpsc::Receiver<ExtractedBatch>> = (0..workers)
            .map(|worker| {
                let (sender, receiver) = std::sync::mpsc::sync_channel(1);
                scope.spawn(move || {
                    let mut cache = terms::WordCache::default();
                    for batch in (worker..batches).step_by(workers) {
                        if cache.len() > WORD_CACHE_MAX {
                            cache.clear();
                        }
                        let extracted = extract_batch(corpus, entities, texts, range_of(batch), &mut cache);
                        let failed = extracted.is_err();
                        if sender.send(extracted).is_err() || failed {
                            return;
                        }
                    }
                });
                receiver
            })
            .collect();
        for batch in 0..batches {
            // a worker hangs up early only when it panicked; the scope re-raises that panic
            let Ok(extracted) = receivers[batch % workers].recv() else { break };
            // (the other workers stop at their next send, once the receivers are dropped)
            for (i, (ex, text)) in extracted?.into_iter().enumerate() {
                consume(batch * BATCH + i, ex, &text);
            }
        }
        Ok(())
    })
}

/// One feature of one article, kept from the counting pass for weighting.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    feature: u32,
    /// Index into [`Census::surfaces`].
    surface: u32,
    count: u32,
    name_like: f32,
}

/// The first pass over the corpus: how many articles (in all, and per
/// language) have each feature, and each article's occurrences of the
/// features that may still be evidence. A feature found in more than
/// `stop_df` articles never will be, so once its count passes that its
/// occurrences are no longer kept, and those kept earlier are dropped
/// once they are a good share of the store.
struct Census {
    stop_df: usize,
    /// Kept occurrences of features that have since become stop features.
    dead: usize,
    ids: FeatureNumbers,
    raws: Vec<RawFeature>,
    df: Vec<u32>,
    /// (language, articles) per feature; most features live in one or two languages
    df_by_language: Vec<Vec<(u8, u32)>>,
    /// All articles' occurrences, article after article.
    occurrences: Vec<Occurrence>,
    /// Article `i` owns `occurrences[article_ends[i - 1]..article_ends[i]]`.
    article_ends: Vec<usize>,
    /// Distinct surfaces of the occurrences, copied out of the texts (which
    /// may be read back from the corpus's files a batch at a time).
    surfaces: Surfaces,
}

impl Census {
    fn new(stop_df: usize, articles: usize) -> Census {
        Census {
            stop_df,
            dead: 0,
            ids: FeatureNumbers::default(),
            raws: Vec::new(),
            df: Vec::new(),
            df_by_language: Vec::new(),
            occurrences: Vec::new(),
            article_ends: Vec::with_capacity(articles),
            surfaces: Surfaces::default(),
        }
    }

    fn add_article(&mut self, text: &str, language: u8, extracted: Extracted) {
        // a quarter of the store dead: compact, so it never holds much more than what is live
        if self.dead >= DEAD_OCCURRENCES_MIN && self.dead * 4 >= self.occurrences.len() {
            self.drop_stop_occurrences();
        }
        for (raw, count, (start, end), name_like) in extracted.features {
            let id = match self.ids.number_or(raw, self.raws.len()) {
                (id, true) => id as u32,
                (id, false) => {
                    self.raws.push(raw);
                    self.df.push(0);
                    self.df_by_language.push(Vec::new());
                    id as u32
                }
            };
            self.df[id as usize] += 1;
            let per = &mut self.df_by_language[id as usize];
            match per.iter_mut().find(|(l, _)| *l == language) {
                Some((_, c)) => *c += 1,
                None => per.push((language, 1)),
            }
            let df = self.df[id as usize] as usize;
            if df > self.stop_df {
                if df == self.stop_df + 1 {
                    // its occurrence in each of the articles before this one was kept
                    self.dead += self.stop_df;
                }
                continue;
            }
            let surface = self.surfaces.intern(text.get(start..end).unwrap_or(""));
            self.occurrences.push(Occurrence { feature: id, surface, count, name_like });
        }
        self.article_ends.push(self.occurrences.len());
    }

    /// Forget the occurrences of features that have become stop features
    /// since they were kept.
    fn drop_stop_occurrences(&mut self) {
        let (df, stop_df) = (&self.df, self.stop_df);
        let mut kept = 0;
        let mut read = 0;
        for end in &mut self.article_ends {
            while read < *end {
                let occurrence = self.occurrences[read];
                if df[occurrence.feature as usize] as usize <= stop_df {
                    self.occurrences[kept] = occurrence;
                    kept += 1;
                }
                read += 1;
            }
            *end = kept;
        }
        self.occurrences.truncate(kept);
        self.dead = 0;
    }

    fn occurrences_of(&self, article: usize) -> &[Occurrence] {
        let start = if article == 0 { 0 } else { self.article_ends[article - 1] };
        &self.occurrences[start..self.article_ends[article]]
    }
}

/// Distinct strings numbered in order of first use, in one buffer: a table
/// of a million words costs their bytes and a few words each, not an
/// allocation each, and keeps no text it was copied from alive.
#[derive(Default)]
struct Surfaces {
    bytes: String,
    /// Where each string ends in `bytes`.
    ends: Vec<usize>,
    /// The first string of each hash; a string of the same hash that is not
    /// that one in `others`.
    by_hash: FxHashMap<u64, u32>,
    others: FxHashMap<Box<str>, u32>,
}

impl Surfaces {
    fn get(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends.get(id - 1).copied().unwrap_or(0) };
        let end = self.ends.get(id).copied().unwrap_or(start);
        self.bytes.get(start..end).unwrap_or("")
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn intern(&mut self, s: &str) -> u32 {
        use std::hash::BuildHasher;
        let hash = self.by_hash.hasher().hash_one(s);
        match self.by_hash.get(&hash) {
            Some(&id) if self.get(id) == s => return id,
            Some(_) => {
                if let Some(&id) = self.others.get(s) {
                    return id;
                }
                let id = self.push(s);
                self.others.insert(s.into(), id);
                return id;
            }
            None => {}
        }
        let id = self.push(s);
        self.by_hash.insert(hash, id);
        id
    }

    fn push(&mut self, s: &str) -> u32 {
        let id = self.ends.len() as u32;
        self.bytes.push_str(s);
        self.ends.push(self.bytes.len());
        id
    }

    /// The lookup tables go; the strings stay readable by number.
    fn forget_lookups(&mut self) {
        self.by_hash = FxHashMap::default();
        self.others = FxHashMap::default();
    }
}

/// Postings by counting sort: each feature's (article, weight) list in
/// article order, and where each feature's list starts.
fn invert(entries: &[Entry], vector_starts: &[u64], features: usize) -> (Vec<Posting>, Vec<u64>) {
    let mut posting_starts: Vec<u64> = vec![0; features + 1];
    for e in entries {
        posting_starts[e.feature as usize + 1] += 1;
    }
    for f in 0..features {
        posting_starts[f + 1] += posting_starts[f];
    }
    let mut postings: Vec<Posting> = vec![Posting { article: 0, weight: 0.0 }; entries.len()];
    let mut next: Vec<u64> = posting_starts[..features].to_vec();
    for (ai, vector) in vector_starts.windows(2).enumerate() {
        for e in &entries[vector[0] as usize..vector[1] as usize] {
            let slot = &mut next[e.feature as usize];
            postings[*slot as usize] = Posting { article: ai as u32, weight: e.weight };
            *slot += 1;
        }
    }
    (postings, posting_starts)
}

impl RelatedIndex {
    pub fn build(corpus: &Corpus, entities: &EntityIndex) -> RelatedIndex {
        // the articles hold their texts: reading them cannot fail
        match RelatedIndex::build_reading(corpus, entities, ArticleTexts::Held(&corpus.articles)) {
            Ok(index) => index,
            Err(_) => RelatedIndex::build_reading(&Corpus::default(), &EntityIndex::default(), ArticleTexts::Held(&[]))
                .unwrap_or_else(|_| unreachable!("no articles, no texts to read")),
        }
    }

    /// [`RelatedIndex::build`] reading the articles' texts from `texts` (the
    /// corpus's files, for a build that let them go after linking), a batch
    /// of articles at a time. An error is a text that could not be read back.
    pub fn build_reading(
        corpus: &Corpus,
        entities: &EntityIndex,
        texts: ArticleTexts,
    ) -> std::io::Result<RelatedIndex> {
        let n = corpus.articles.len();

        // languages as small indexes, so a feature can count its articles per language
        let mut language_ids: HashMap<&Language, u8> = HashMap::new();
        let mut language_sizes: Vec<usize> = Vec::new();
        let article_language: Vec<u8> = corpus
            .articles
            .iter()
            .map(|a| {
                let next = language_ids.len().min(255) as u8;
                let id = *language_ids.entry(&a.language).or_insert(next);
                if language_sizes.len() <= id as usize {
                    language_sizes.resize(id as usize + 1, 0);
                }
                language_sizes[id as usize] += 1;
                id
            })
            .collect();

        let stop_df = ((n as f64 * STOP_SHARE) as usize).max(STOP_MIN_DF);
        let mut census = Census::new(stop_df, n);
        extract_in_order(corpus, entities, texts, |ai, extracted, text| {
            census.add_article(text, article_language[ai], extracted)
        })?;
        census.drop_stop_occurrences();
        census.occurrences.shrink_to_fit();
        census.ids = FeatureNumbers::default();
        census.surfaces.forget_lookups();
        let (df, df_by_language) = (&census.df, &census.df_by_language);

        // per feature: its weight factor before the language's share, or None when it is no evidence
        let factor: Vec<Option<f32>> = census
            .raws
            .iter()
            .enumerate()
            .map(|(id, &raw)| {
                let d = df[id] as usize;
                if d > stop_df {
                    return None;
                }
                let w = match raw {
                    RawFeature::Entity(e) => {
                        kind_weight(entities.entities.get(e).map(|x| x.kind).unwrap_or(EntityKind::Location))
                    }
                    RawFeature::Term(_, kind) => term_weight(kind),
                };
                let idf = ((n as f64 + 1.0) / d as f64).ln() as f32;
                (idf > 0.0).then_some(w * idf)
            })
            .collect();
        // How far a term bridges languages, seen from an article in `lang`:
        // 1 when the feature's articles are spread over languages about as the
        // corpus is, falling to 0 for a word only that language uses.
        let bridge = |id: usize, lang: u8| -> f32 {
            let own_language_share = language_sizes[lang as usize] as f32 / n as f32;
            if own_language_share >= 1.0 {
                return 1.0; // one language: nothing to bridge, every term counts
            }
            let d = df[id] as f32;
            let d_here = df_by_language[id].iter().find(|(l, _)| *l == lang).map(|&(_, c)| c as f32).unwrap_or(0.0);
            let elsewhere = (d - d_here) / d;
            (BRIDGE_SLACK * elsewhere / (1.0 - own_language_share)).min(1.0)
        };
        // How common a feature is among the articles of one language: its
        // grammar words there collide with names elsewhere (करने with Korean),
        // and global IDF cannot see that when the language is a small share.
        // Smoothed, so a language with one article says nothing.
        let rare_in_language = |id: usize, lang: u8| -> f32 {
            let d_here = df_by_language[id].iter().find(|(l, _)| *l == lang).map(|&(_, c)| c as f32).unwrap_or(0.0);
            1.0 - d_here / (language_sizes[lang as usize] as f32 + 1.0)
        };

        // Features that can link articles get new numbers in the same order,
        // so entries sort as before and features without postings cost nothing.
        let mut linkable_ids: Vec<u32> = vec![u32::MAX; census.raws.len()];
        let mut kinds: Vec<u32> = Vec::new();
        for (id, raw) in census.raws.iter().enumerate() {
            if factor[id].is_some() && df[id] >= 2 {
                linkable_ids[id] = kinds.len() as u32;
                kinds.push(match *raw {
                    RawFeature::Entity(e) => e as u32,
                    RawFeature::Term(..) => TERM,
                });
            }
        }

        // surfaces of linkable entries only, numbered in order of first use
        let mut surface_ids: Vec<u32> = vec![u32::MAX; census.surfaces.len()];
        let mut surfaces: Vec<String> = Vec::new();
        // room for every occurrence of a linkable feature, so the store is allocated once
        let most_entries = census.occurrences.iter().filter(|o| linkable_ids[o.feature as usize] != u32::MAX).count();
        let mut entries: Vec<Entry> = Vec::with_capacity(most_entries);
        let mut vector_starts: Vec<u64> = Vec::with_capacity(n + 1);
        let mut norms = Vec::with_capacity(n);
        for (ai, &lang) in article_language.iter().enumerate() {
            let mut norm2 = 0.0f32;
            let vector_start = entries.len();
            vector_starts.push(vector_start as u64);
            for &Occurrence { feature: id, surface, count, name_like } in census.occurrences_of(ai) {
                let Some(f) = factor[id as usize] else { continue };
                // entities too: a recogniser that links across scripts makes
                // them bridge by itself, and one that does not (English
                // capitalises weekdays and demonyms) must not favour one language
                let f = f * bridge(id as usize, lang) * rare_in_language(id as usize, lang) * name_like;
                if f <= 0.0 {
                    continue;
                }
                let weight = f * (1.0 + (count as f32).ln());
                // features in one article link nothing, but still make the article's vector longer
                norm2 += weight * weight;
                if df[id as usize] < 2 {
                    continue;
                }
                let sid = &mut surface_ids[surface as usize];
                if *sid == u32::MAX {
                    *sid = surfaces.len() as u32;
                    surfaces.push(census.surfaces.get(surface).to_owned());
                }
                entries.push(Entry { feature: linkable_ids[id as usize], weight, count, surface: *sid });
            }
            entries[vector_start..].sort_unstable_by_key(|e| e.feature);
            norms.push(norm2.sqrt());
        }
        vector_starts.push(entries.len() as u64);
        drop(census);
        entries.shrink_to_fit();

        let (postings, posting_starts) = invert(&entries, &vector_starts, kinds.len());

        // languages as indexes that tell every language apart (article_language stops at 255)
        let mut language_index: HashMap<&Language, u32> = HashMap::new();
        let languages = corpus
            .articles
            .iter()
            .map(|a| {
                let next = language_index.len() as u32;
                *language_index.entry(&a.language).or_insert(next)
            })
            .collect();
        Ok(RelatedIndex { entries, vector_starts, norms, languages, postings, posting_starts, kinds, surfaces })
    }

    /// Articles the index covers.
    pub fn article_count(&self) -> usize {
        self.norms.len()
    }

    /// Bytes each of the index's tables holds (their capacity), largest
    /// first: what a build holds for related articles until it is written.
    pub fn table_bytes(&self) -> Vec<(&'static str, usize)> {
        use std::mem::size_of;
        let mut tables = vec![
            ("entries", self.entries.capacity() * size_of::<Entry>()),
            ("postings", self.postings.capacity() * size_of::<Posting>()),
            ("vector starts", self.vector_starts.capacity() * size_of::<u64>()),
            ("posting starts", self.posting_starts.capacity() * size_of::<u64>()),
            ("norms and languages", self.norms.capacity() * 4 + self.languages.capacity() * 4),
            ("feature kinds", self.kinds.capacity() * 4),
            (
                "surfaces",
                self.surfaces.capacity() * size_of::<String>()
                    + self.surfaces.iter().map(String::capacity).sum::<usize>(),
            ),
        ];
        tables.sort_by_key(|&(_, bytes)| std::cmp::Reverse(bytes));
        tables
    }

    /// One article's vector as plain rows, for a store that keeps it
    /// elsewhere (the ClickHouse backend): with its norm and language
    /// index, [`RelatedIndex::from_vectors`] ranks exactly as this index does.
    pub fn stored_vector(&self, article: usize) -> Option<StoredVector> {
        let entries = self
            .vector_starts
            .get(article..article + 2)
            .map(|v| &self.entries[v[0] as usize..v[1] as usize])?
            .iter()
            .map(|e| StoredEntry {
                feature: e.feature,
                weight: e.weight,
                count: e.count,
                surface: self.surfaces.get(e.surface as usize).cloned().unwrap_or_default(),
                entity: match self.kinds.get(e.feature as usize) {
                    Some(&TERM) | None => None,
                    Some(&entity) => Some(entity as usize),
                },
            })
            .collect();
        Some(StoredVector { norm: self.norms[article], language: self.languages[article], entries })
    }

    /// An index over a few articles' stored vectors (each with its feature
    /// numbers from the full index): `related(i, …)` ranks them, and explains
    /// each, exactly as the full index ranks the same articles, because
    /// features and articles keep their order and every weight its bits.
    pub fn from_vectors(vectors: &[StoredVector]) -> RelatedIndex {
        let mut features: Vec<u32> = vectors.iter().flat_map(|v| v.entries.iter().map(|e| e.feature)).collect();
        features.sort_unstable();
        features.dedup();
        let local = |feature: u32| features.binary_search(&feature).unwrap_or(0) as u32;
        let mut kinds = vec![TERM; features.len()];
        let mut entries = Vec::new();
        let mut vector_starts = Vec::with_capacity(vectors.len() + 1);
        let mut surfaces = Vec::new();
        for v in vectors {
            vector_starts.push(entries.len() as u64);
            let start = entries.len();
            for e in &v.entries {
                let feature = local(e.feature);
                if let Some(entity) = e.entity {
                    kinds[feature as usize] = entity as u32;
                }
                entries.push(Entry { feature, weight: e.weight, count: e.count, surface: surfaces.len() as u32 });
                surfaces.push(e.surface.clone());
            }
            entries[start..].sort_unstable_by_key(|e| e.feature);
        }
        vector_starts.push(entries.len() as u64);
        let (postings, posting_starts) = invert(&entries, &vector_starts, features.len());
        RelatedIndex {
            entries,
            vector_starts,
            norms: vectors.iter().map(|v| v.norm).collect(),
            languages: vectors.iter().map(|v| v.language).collect(),
            postings,
            posting_starts,
            kinds,
            surfaces,
        }
    }

    /// Other articles ranked for `article`, best first, at most `limit`.
    pub fn related(&self, article: usize, limit: usize) -> Vec<Related> {
        self.related_filtered(article, limit, false)
    }

    /// Like [`related`](Self::related); with `other_languages_only`, articles
    /// in the selected article's language are left out.
    pub fn related_filtered(&self, article: usize, limit: usize, other_languages_only: bool) -> Vec<Related> {
        // held in memory, nothing can fail
        ranked(self, article, limit, other_languages_only).unwrap_or_default()
    }

    /// Rankings for every article (`related(i, limit)` for each i), computed
    /// on all available cores.
    pub fn related_all(&self, limit: usize) -> Vec<Vec<Related>> {
        let articles: Vec<usize> = (0..self.norms.len()).collect();
        crate::parallel::map_chunks(crate::parallel::threads(16), &articles, 2, |_, chunk| {
            chunk.iter().map(|&a| self.related(a, limit)).collect::<Vec<_>>()
        })
        .into_iter()
        .flatten()
        .collect()
    }
}

impl RelatedData for RelatedIndex {
    fn article_count(&self) -> usize {
        self.norms.len()
    }

    fn vector(&self, article: usize) -> StoreResult<Cow<'_, [Entry]>> {
        let range = match (self.vector_starts.get(article), self.vector_starts.get(article + 1)) {
            (Some(&s), Some(&e)) => s as usize..e as usize,
            _ => 0..0,
        };
        Ok(Cow::Borrowed(self.entries.get(range).unwrap_or(&[])))
    }

    fn norm(&self, article: usize) -> StoreResult<f32> {
        Ok(self.norms.get(article).copied().unwrap_or(0.0))
    }

    fn language(&self, article: usize) -> StoreResult<u32> {
        Ok(self.languages.get(article).copied().unwrap_or(u32::MAX))
    }

    fn postings(&self, feature: u32) -> StoreResult<Cow<'_, [Posting]>> {
        let f = feature as usize;
        let range = match (self.posting_starts.get(f), self.posting_starts.get(f + 1)) {
            (Some(&s), Some(&e)) => s as usize..e as usize,
            _ => 0..0,
        };
        Ok(Cow::Borrowed(self.postings.get(range).unwrap_or(&[])))
    }

    fn kind(&self, feature: u32) -> StoreResult<u32> {
        Ok(self.kinds.get(feature as usize).copied().unwrap_or(TERM))
    }

    fn surface(&self, surface: u32) -> StoreResult<Cow<'_, str>> {
        Ok(Cow::Borrowed(self.surfaces.get(surface as usize).map_or("", String::as_str)))
    }
}

/// Score every article sharing a feature with `article` through the
/// postings, best first, at most `limit`; with `other_languages_only`,
/// articles in its language are left out.
pub(crate) fn ranked<D: RelatedData + ?Sized>(
    data: &D,
    article: usize,
    limit: usize,
    other_languages_only: bool,
) -> StoreResult<Vec<Related>> {
    if article >= data.article_count() || limit == 0 {
        return Ok(Vec::new());
    }
    let here_norm = data.norm(article)?;
    if here_norm <= 0.0 {
        return Ok(Vec::new());
    }
    // each article's dot product, summed in the order of the postings
    let mut dots: FxHashMap<u32, f32> = FxHashMap::default();
    let mut touched: Vec<u32> = Vec::new();
    // decoded once: every related article's reasons are read against it
    let here = data.vector(article)?;
    for e in here.iter() {
        for p in data.postings(e.feature)?.iter() {
            let slot = dots.entry(p.article).or_insert_with(|| {
                touched.push(p.article);
                0.0
            });
            *slot += e.weight * p.weight;
        }
    }
    let here_lang = data.language(article)?;
    let mut scored: Vec<(u32, f32)> = Vec::with_capacity(touched.len());
    for &other in &touched {
        let dot = dots.get(&other).copied().unwrap_or(0.0);
        let o = other as usize;
        if o == article || (other_languages_only && data.language(o)? == here_lang) {
            continue;
        }
        let score = (dot / (here_norm * data.norm(o)?).max(f32::EPSILON)).clamp(0.0, 1.0);
        scored.push((other, score));
    }
    let best_first = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    if scored.len() > limit {
        scored.select_nth_unstable_by(limit - 1, best_first);
        scored.truncate(limit);
    }
    scored.sort_unstable_by(best_first);
    scored.into_iter().map(|(other, score)| explain(data, &here, other as usize, score)).collect()
}

/// The reasons two articles are related: shared features, strongest first
/// (`a`: the ranked article's vector).
fn explain<D: RelatedData + ?Sized>(data: &D, a: &[Entry], there: usize, score: f32) -> StoreResult<Related> {
    let b = data.vector(there)?;
    let mut shared: Vec<(f32, &Entry, &Entry)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].feature.cmp(&b[j].feature) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared.push((a[i].weight * b[j].weight, &a[i], &b[j]));
                i += 1;
                j += 1;
            }
        }
    }
    shared.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.feature.cmp(&y.1.feature)));
    let mut entities = Vec::new();
    let mut shared_terms: Vec<SharedTerm> = Vec::new();
    for (_, h, t) in shared {
        match data.kind(h.feature)? {
            TERM if shared_terms.len() < MAX_TERM_REASONS => shared_terms.push(SharedTerm {
                here: data.surface(h.surface)?.into_owned(),
                there: data.surface(t.surface)?.into_owned(),
                here_count: h.count as usize,
                there_count: t.count as usize,
            }),
            TERM => {}
            e => entities.push(SharedEntity { entity: e as usize, here: h.count as usize, there: t.count as usize }),
        }
    }
    Ok(Related {
        article: there,
        score: f64::from(score),
        shared: entities,
        terms: shared_terms.iter().map(|t| t.there.clone()).collect(),
        shared_terms,
    })
}
