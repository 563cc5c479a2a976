//! Growing an index by appending: what recognition learnt is kept in the
//! index, so a corpus that only gained articles at its end is recognised
//! again only where that can change anything.
//!
//! Recognition reads two things: the article, and the corpus's word
//! statistics (which words it writes in lower case, in which language, which
//! it capitalises mid-sentence). The index keeps those statistics and each
//! run of articles' candidates ([`Recognised`], one segment per run of about
//! [`SEGMENT`] articles) with the keys of the statistics recognising the run
//! looked up. An append then
//! 1. counts the new articles' words and unites them with the kept statistics;
//! 2. re-recognises the old segments that looked up a key the new articles
//!    added (only there can an answer, and so a candidate, change), keeps the rest;
//! 3. recognises the new articles, and links the whole corpus again (linking,
//!    related articles and search are corpus-wide and rebuilt from there).
//!
//! Candidates of runs recognised apart, appended in corpus order, are those
//! of the whole corpus recognised at once, so the index is the one a full
//! build makes (`tests/append_props.rs` holds it to that).

use crate::corpus::Article;
use crate::entities::fxhash::FxHashSet;
use crate::entities::{Recognised, WordStats};
use crate::index::blob::{self, Blob, BlobWriter};

/// Articles per kept segment: a segment that must be recognised again is
/// recognised whole, and each one costs a decoding at every append. Segments
/// are also what recognition runs in parallel.
pub const SEGMENT: usize = 256;

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
    /// Their [`Recognised`] candidates (a huge article's in a temporary file: see [`blob`]).
    pub recognised: Blob,
    /// The keys of the word statistics recognising them looked up, sorted
    /// ([`Recognised::of_recording`]).
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
/// The plain encoding is streamed into zstd, never held whole: a huge
/// article's candidates would be held twice.
fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    encode_into(value, Vec::new()).unwrap_or_default()
}

/// Encoded candidates, spilled to a temporary file when large.
fn encode_blob<T: serde::Serialize>(value: &T) -> Blob {
    encode_into(value, BlobWriter::new(blob::BLOB_SPILL_AT)).and_then(BlobWriter::finish).unwrap_or_default()
}

fn encode_into<T: serde::Serialize, W: std::io::Write>(value: &T, mut out: W) -> std::io::Result<W> {
    // encoding fails only on types postcard cannot write; ours are plain data
    let mut plain = ByteCount(0);
    let _ = postcard::to_io(value, &mut plain);
    out.write_all(&plain.0.to_le_bytes())?;
    let mut encoder = zstd::stream::Encoder::new(out, 3)?;
    encoder.set_pledged_src_size(Some(plain.0))?;
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, encoder);
    postcard::to_io(value, &mut buffered).map_err(std::io::Error::other)?;
    buffered.into_inner().map_err(|e| e.into_error())?.finish()
}

/// A writer that only counts what it is given.
struct ByteCount(u64);

impl std::io::Write for ByteCount {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len() as u64;
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
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

fn kept_bytes(recognised: &Blob) -> Result<std::borrow::Cow<'_, [u8]>, String> {
    recognised.bytes().map_err(|e| format!("the kept candidates cannot be read: {e}"))
}

fn threads() -> usize {
    crate::parallel::threads(16)
}

/// Recognise a corpus from the start, keeping what an append needs.
pub fn recognise(articles: &[Article]) -> (Recognised, Recognition) {
    recognise_in(articles, SEGMENT)
}

/// The same in segments of `segment` articles (tests use small ones).
pub fn recognise_in(articles: &[Article], segment: usize) -> (Recognised, Recognition) {
    let stats = WordStats::of(articles, threads());
    let parts: Vec<Part> = articles.chunks(segment.max(1)).map(Part::Recognise).collect();
    // nothing kept is decoded, so nothing can fail
    let (whole, segments) = assemble(&parts, &stats).unwrap_or_default();
    (whole, Recognition { stats: encode(&stats), segments })
}

/// A run of the corpus as an append treats it.
enum Part<'a> {
    /// An old segment kept as it is.
    Kept(&'a Segment),
    /// Articles recognised now, as a segment of their own.
    Recognise(&'a [Article]),
    /// Articles recognised now, joining the short old segment before them.
    Join(&'a Segment, &'a [Article]),
}

/// The candidates of the parts in corpus order, and their segments. Parts to
/// recognise are recognised a few at a time on all threads, each on one.
fn assemble(parts: &[Part], stats: &WordStats) -> Result<(Recognised, Vec<Segment>), String> {
    let threads = threads();
    if parts.iter().any(|part| !matches!(part, Part::Kept(_))) {
        // the tables recognition reads are parsed now, so the program's pages they were
        // parsed from are let go before recognition, not held through its peak
        crate::entities::parse_recognition_tables();
        crate::memory::release_free_memory();
    }
    let mut whole = Recognised::default();
    let mut segments = Vec::with_capacity(parts.len());
    // what is kept of each run waits for the index in a file, not beside linking
    let mut spill = blob::Spill::default();
    // a few parts per thread at once, so only their candidates are held twice
    for window in parts.chunks(threads * 4) {
        let runs: Vec<&[Article]> = window
            .iter()
            .filter_map(|part| match part {
                Part::Kept(_) => None,
                Part::Recognise(run) | Part::Join(_, run) => Some(*run),
            })
            .collect();
        let recognised = crate::parallel::map_chunks(threads, &runs, 2, |_, runs| {
            runs.iter()
                .map(|run| {
                    let (part, lookups) = Recognised::of_recording(run, stats);
                    (part, sorted(lookups))
                })
                .collect::<Vec<_>>()
        });
        let mut recognised = recognised.into_iter().flatten();
        for part in window {
            match part {
                Part::Kept(segment) => {
                    whole.append(decode(&kept_bytes(&segment.recognised)?, "candidates")?);
                    segments.push((*segment).clone());
                }
                Part::Recognise(run) => {
                    let (part, lookups) = recognised.next().ok_or("a run was not recognised")?;
                    segments.push(Segment {
                        articles: run.len() as u64,
                        recognised: spill.keep(encode_blob(&part)),
                        keys: encode(&lookups),
                    });
                    whole.append(part);
                }
                Part::Join(before, run) => {
                    let (part, lookups) = recognised.next().ok_or("a run was not recognised")?;
                    let mut joined: Recognised = decode(&kept_bytes(&before.recognised)?, "candidates")?;
                    joined.append(part);
                    let mut keys: Vec<String> = decode(&before.keys, "keys")?;
                    keys.extend(lookups);
                    keys.sort_unstable();
                    keys.dedup();
                    segments.push(Segment {
                        articles: before.articles + run.len() as u64,
                        recognised: spill.keep(encode_blob(&joined)),
                        keys: encode(&keys),
                    });
                    whole.append(joined);
                }
            }
        }
    }
    Ok((whole, segments))
}

fn sorted(mut keys: Vec<String>) -> Vec<String> {
    keys.sort_unstable();
    keys
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
    let kept = usize::try_from(old.articles()).map_err(|e| e.to_string())?;
    if kept > articles.len() {
        return Err("the kept recognition covers more articles than the corpus has".into());
    }
    let mut stats: WordStats = decode(&old.stats, "word statistics")?;
    let learnt = WordStats::of(&articles[kept..], threads());
    let added: FxHashSet<String> = learnt.added_to(&stats).lookup_keys().into_iter().collect();
    stats.unite(learnt);

    let mut counts = AppendCounts { kept, appended: articles.len() - kept, ..AppendCounts::default() };
    let mut parts: Vec<Part> = Vec::with_capacity(old.segments.len() + 1);
    // a short last segment takes the first new articles (so small appends do
    // not make many segments): kept and joined, or recognised again with them
    let mut short_last: Option<&Segment> = None;
    let mut new_from = kept;
    let mut first = 0usize;
    for (i, segment_kept) in old.segments.iter().enumerate() {
        let end = first + segment_kept.articles as usize;
        let run = articles.get(first..end).ok_or("the kept segments run past the corpus")?;
        let stale = looks_up_any(segment_kept, &added)?;
        let joins_new = i + 1 == old.segments.len() && run.len() < segment && kept < articles.len();
        if stale {
            counts.recognised_again += run.len();
        }
        match (joins_new, stale) {
            (true, true) => new_from = first,
            (true, false) => short_last = Some(segment_kept),
            (false, true) => parts.push(Part::Recognise(run)),
            (false, false) => parts.push(Part::Kept(segment_kept)),
        }
        first = end;
    }
    let mut at = new_from;
    while at < articles.len() {
        // the run after the short last segment ends where a whole segment would
        let room = segment - short_last.map_or(0, |s| s.articles as usize);
        let end = (at + room.max(1)).min(articles.len());
        let run = &articles[at..end];
        parts.push(match short_last.take() {
            Some(before) => Part::Join(before, run),
            None => Part::Recognise(run),
        });
        at = end;
    }
    let (whole, segments) = assemble(&parts, &stats)?;
    Ok((whole, Recognition { stats: encode(&stats), segments }, counts))
}

/// Whether recognising a segment's articles looked up any of the keys `added`.
fn looks_up_any(segment: &Segment, added: &FxHashSet<String>) -> Result<bool, String> {
    if added.is_empty() {
        return Ok(false);
    }
    let keys: Vec<String> = decode(&segment.keys, "keys")?;
    Ok(keys.iter().any(|key| added.contains(key)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_streamed_into_zstd_decodes_to_itself_after_its_plain_length() {
        let keys: Vec<String> = (0..20_000).map(|n| format!("key {n} Лавров")).collect();
        let encoded = encode(&keys);
        let plain = postcard::to_stdvec(&keys).unwrap();
        assert_eq!(encoded[..8], (plain.len() as u64).to_le_bytes());
        assert!(encoded.len() < plain.len() / 2, "compressed");
        assert_eq!(decode::<Vec<String>>(&encoded, "keys").unwrap(), keys);
    }

    #[test]
    fn a_blob_packed_past_a_mebibyte_is_written_to_a_file_not_held() {
        // numbers that pack poorly: more than a mebibyte once packed
        let mut x = 0x2545_f491_4f6c_dd1d_u64;
        let noise: Vec<u64> = (0..400_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x
            })
            .collect();
        let blob = encode_blob(&noise);
        assert!(blob.len() > blob::BLOB_SPILL_AT as u64);
        assert!(matches!(blob, Blob::File(..)), "held in memory");
        assert_eq!(decode::<Vec<u64>>(&blob.bytes().unwrap(), "numbers").unwrap(), noise);
        assert!(matches!(encode_blob(&vec![7u64; 400_000]), Blob::Memory(_)), "a small blob stays in memory");
    }
}
