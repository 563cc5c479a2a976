//! Growing an index by appending: what recognition learnt is kept in the
//! index, so a corpus that only gained articles at its end is recognised
//! again only where that can change anything.
//!
//! Recognition reads two things: the article, and the corpus's word
//! statistics (which words it writes in lower case, which it capitalises
//! mid-sentence). The index keeps those statistics and each run of articles'
//! candidates ([`Recognised`], one segment per run of about [`SEGMENT`]
//! articles). An append then
//! 1. counts the new articles' words and unites them with the kept statistics;
//! 2. re-recognises the old segments that hold an article reading a word key
//!    the new articles added (their candidates may change), keeps the rest;
//! 3. recognises the new articles, and links the whole corpus again (linking,
//!    related articles and search are corpus-wide and rebuilt from there).
//!
//! Candidates of runs recognised apart, appended in corpus order, are those
//! of the whole corpus recognised at once, so the index is the one a full
//! build makes (`tests/append_props.rs` holds it to that).

use crate::corpus::Article;
use crate::entities::fxhash::FxHashSet;
use crate::entities::{Recognised, WordStats};

/// Articles per kept segment: a segment that must be recognised again is
/// recognised whole, and each one costs a decoding at every append.
pub const SEGMENT: usize = 4096;

/// What recognition learnt of a corpus, encoded as the index keeps it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recognition {
    /// The corpus's [`WordStats`].
    pub stats: Vec<u8>,
    /// Runs of articles in corpus order.
    pub segments: Vec<Segment>,
}

/// A run of articles as recognised.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// How many articles the run holds.
    pub articles: u64,
    /// Their [`Recognised`] candidates.
    pub recognised: Vec<u8>,
    /// Every key recognising them may read, sorted ([`WordStats::of_with_keys`]).
    pub keys: Vec<u8>,
}

impl Recognition {
    /// Articles the segments cover.
    pub fn articles(&self) -> u64 {
        self.segments.iter().map(|s| s.articles).sum()
    }
}

/// How much of an append was recognised again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AppendCounts {
    /// Articles that were in the index.
    pub kept: usize,
    /// Old articles recognised again (their whole segments).
    pub recognised_again: usize,
    pub appended: usize,
}

/// postcard, then zstd (candidates compress about threefold), after the
/// decoded length (a u64), so decoding allocates no more than was encoded.
fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // encoding into memory fails only on types postcard cannot write; ours are plain data
    let plain = postcard::to_stdvec(value).unwrap_or_default();
    let mut out = (plain.len() as u64).to_le_bytes().to_vec();
    match zstd::bulk::compress(&plain, 3) {
        Ok(packed) => out.extend_from_slice(&packed),
        Err(_) => out.clear(),
    }
    out
}

/// Plain bytes past this ratio to the packed ones are damage, not data.
const MAX_RATIO: usize = 1024;

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, String> {
    let fail = |e: &dyn std::fmt::Display| format!("the kept {what} do not decode: {e}");
    let (Some(len), Some(packed)) = (bytes.get(..8), bytes.get(8..)) else { return Err(fail(&"too short")) };
    let len = u64::from_le_bytes(len.try_into().map_err(|e| fail(&e))?);
    let len = usize::try_from(len).ok().filter(|&n| n <= packed.len().saturating_mul(MAX_RATIO));
    let Some(len) = len else { return Err(fail(&"an impossible length")) };
    let plain = zstd::bulk::decompress(packed, len).map_err(|e| fail(&e))?;
    postcard::from_bytes(&plain).map_err(|e| fail(&e))
}

fn threads() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(16)
}

/// Recognise a corpus from the start, keeping what an append needs.
pub fn recognise(articles: &[Article]) -> (Recognised, Recognition) {
    recognise_in(articles, SEGMENT)
}

/// The same in segments of `segment` articles (tests use small ones).
pub fn recognise_in(articles: &[Article], segment: usize) -> (Recognised, Recognition) {
    let threads = threads();
    let mut stats = WordStats::default();
    let runs: Vec<(&[Article], Vec<u8>)> = articles
        .chunks(segment.max(1))
        .map(|run| {
            let (learnt, keys) = WordStats::of_with_keys(run, threads);
            stats.unite(learnt);
            (run, encode(&sorted(keys)))
        })
        .collect();
    let mut whole = Recognised::default();
    let mut segments = Vec::with_capacity(runs.len());
    for (run, keys) in runs {
        segments.push(recognise_segment(run, keys, &stats, threads, &mut whole));
    }
    (whole, Recognition { stats: encode(&stats), segments })
}

fn sorted(mut keys: Vec<String>) -> Vec<String> {
    keys.sort_unstable();
    keys
}

/// Recognise a run, append its candidates to `whole` and keep them.
fn recognise_segment(
    run: &[Article],
    keys: Vec<u8>,
    stats: &WordStats,
    threads: usize,
    whole: &mut Recognised,
) -> Segment {
    let part = Recognised::of(run, stats, threads);
    let segment = Segment { articles: run.len() as u64, recognised: encode(&part), keys };
    whole.append(part);
    segment
}

/// Recognise a corpus whose first articles were recognised before, as `old`
/// says (the caller has checked they are unchanged: same texts, languages
/// and scripts). An error is kept data that does not decode: build afresh.
pub fn recognise_appended(
    articles: &[Article],
    old: &Recognition,
) -> Result<(Recognised, Recognition, AppendCounts), String> {
    recognise_appended_in(articles, old, SEGMENT)
}

/// The same, new segments of `segment` articles.
pub fn recognise_appended_in(
    articles: &[Article],
    old: &Recognition,
    segment: usize,
) -> Result<(Recognised, Recognition, AppendCounts), String> {
    let segment = segment.max(1);
    let threads = threads();
    let kept = usize::try_from(old.articles()).map_err(|e| e.to_string())?;
    if kept > articles.len() {
        return Err("the kept recognition covers more articles than the corpus has".into());
    }
    let mut stats: WordStats = decode(&old.stats, "word statistics")?;

    // the new runs: a short last segment takes the first new articles (so
    // small appends do not make many segments), then whole segments
    let mut old_segments: &[Segment] = &old.segments;
    let mut first_new_run = kept;
    if let Some((last, before)) = old.segments.split_last()
        && (last.articles as usize) < segment
        && kept < articles.len()
    {
        old_segments = before;
        first_new_run = kept - last.articles as usize;
    }
    let mut learnt = WordStats::default();
    let mut new_runs: Vec<(&[Article], Vec<u8>)> = Vec::new();
    let mut at = first_new_run;
    while at < articles.len() {
        // the run starting in the old short segment ends where a whole segment would
        let end = (at + segment).min(articles.len());
        let run = &articles[at..end];
        let (run_stats, keys) = WordStats::of_with_keys(run, threads);
        learnt.unite(run_stats);
        new_runs.push((run, encode(&sorted(keys))));
        at = end;
    }
    let added: FxHashSet<String> = learnt.added_to(&stats).keys().into_iter().collect();
    stats.unite(learnt);

    let mut counts = AppendCounts { kept, appended: articles.len() - kept, ..AppendCounts::default() };
    let mut whole = Recognised::default();
    let mut segments: Vec<Segment> = Vec::with_capacity(old_segments.len() + new_runs.len());
    let mut first = 0usize;
    for segment in old_segments {
        let end = first + segment.articles as usize;
        let run = articles.get(first..end).ok_or("the kept segments run past the corpus")?;
        if reads_any(segment, &added)? {
            counts.recognised_again += run.len();
            segments.push(recognise_segment(run, segment.keys.clone(), &stats, threads, &mut whole));
        } else {
            whole.append(decode(&segment.recognised, "candidates")?);
            segments.push(segment.clone());
        }
        first = end;
    }
    // the old short segment's articles, recognised again with the new ones (few, and it keeps segments few)
    counts.recognised_again += kept - first;
    for (run, keys) in new_runs {
        segments.push(recognise_segment(run, keys, &stats, threads, &mut whole));
    }
    Ok((whole, Recognition { stats: encode(&stats), segments }, counts))
}

/// Whether a segment's articles read any of the keys `added`.
fn reads_any(segment: &Segment, added: &FxHashSet<String>) -> Result<bool, String> {
    if added.is_empty() {
        return Ok(false);
    }
    let keys: Vec<String> = decode(&segment.keys, "keys")?;
    Ok(keys.iter().any(|key| added.contains(key)))
}
