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
use crate::entities::{Recognised, WordStats};

/// Articles per kept segment: a segment that must be recognised again is
/// recognised whole, and each one costs a decoding at every append.
pub const SEGMENT: usize = 4096;

/// What recognition learnt of a corpus, encoded as the index keeps it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recognition {
    /// The corpus's [`WordStats`] (postcard).
    pub stats: Vec<u8>,
    /// Runs of articles in corpus order, each with its [`Recognised`] (postcard).
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// How many articles the run holds.
    pub articles: u64,
    pub recognised: Vec<u8>,
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

fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // encoding into memory fails only on types postcard cannot write; ours are plain data
    postcard::to_stdvec(value).unwrap_or_default()
}

fn decode<'b, T: serde::Deserialize<'b>>(bytes: &'b [u8], what: &str) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("the kept {what} do not decode: {e}"))
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
    let stats = WordStats::of(articles, threads);
    let mut whole = Recognised::default();
    let mut kept = Recognition { stats: encode(&stats), segments: Vec::new() };
    recognise_segments(articles, segment, &stats, threads, &mut whole, &mut kept.segments);
    (whole, kept)
}

/// Recognise `articles` in segments, appending each to `whole` and keeping it.
fn recognise_segments(
    articles: &[Article],
    segment: usize,
    stats: &WordStats,
    threads: usize,
    whole: &mut Recognised,
    segments: &mut Vec<Segment>,
) {
    for run in articles.chunks(segment.max(1)) {
        let part = Recognised::of(run, stats, threads);
        segments.push(Segment { articles: run.len() as u64, recognised: encode(&part) });
        whole.append(part);
    }
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
    let segment_len = segment.max(1);
    let threads = threads();
    let kept = usize::try_from(old.articles()).map_err(|e| e.to_string())?;
    if kept > articles.len() {
        return Err("the kept recognition covers more articles than the corpus has".into());
    }
    let (old_articles, new_articles) = articles.split_at(kept);
    let mut stats: WordStats = decode(&old.stats, "word statistics")?;
    let learnt = WordStats::of(new_articles, threads);
    let added = learnt.added_to(&stats);
    stats.unite(learnt);
    let reads_added = added.read_by(old_articles, threads);
    drop(added);

    let mut counts = AppendCounts { kept, appended: new_articles.len(), ..AppendCounts::default() };
    let mut whole = Recognised::default();
    let mut segments: Vec<Segment> = Vec::with_capacity(old.segments.len() + new_articles.len() / SEGMENT + 1);
    let mut first = 0usize;
    let last = old.segments.len().saturating_sub(1);
    let mut fill_from = kept;
    for (n, segment) in old.segments.iter().enumerate() {
        let end = first + segment.articles as usize;
        let run = &old_articles[first..end];
        if reads_added[first..end].iter().any(|&reads| reads) {
            counts.recognised_again += run.len();
            let part = Recognised::of(run, &stats, threads);
            segments.push(Segment { articles: run.len() as u64, recognised: encode(&part) });
            whole.append(part);
        } else if n == last && run.len() < segment_len && !new_articles.is_empty() {
            // a short last segment takes the first new articles, so small appends do not make many segments
            let mut part: Recognised = decode(&segment.recognised, "candidates")?;
            let take = (segment_len - run.len()).min(new_articles.len());
            part.append(Recognised::of(&new_articles[..take], &stats, threads));
            fill_from = kept + take;
            segments.push(Segment { articles: (run.len() + take) as u64, recognised: encode(&part) });
            whole.append(part);
        } else {
            whole.append(decode(&segment.recognised, "candidates")?);
            segments.push(segment.clone());
        }
        first = end;
    }
    recognise_segments(&articles[fill_from..], segment_len, &stats, threads, &mut whole, &mut segments);
    Ok((whole, Recognition { stats: encode(&stats), segments }, counts))
}
