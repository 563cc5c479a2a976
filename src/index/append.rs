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
use zstd::dict::{DecoderDictionary, EncoderDictionary};

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
    /// What the segments are packed with.
    pub dictionaries: Dictionaries,
}

/// zstd dictionaries trained on a corpus's own kept segments (empty: none),
/// its candidates' and its keys'. A segment of 256 one-line articles packs
/// alone to ~11 KB and zstd's window learns little in that; with a
/// dictionary of what such runs share, a 1M one-line corpus's candidates
/// take 26.7 MB instead of 43.4. Trained once, when a corpus's recognition
/// is first kept ([`with_dictionaries`]), then kept by its appends, so a
/// kept segment is never packed again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dictionaries {
    pub candidates: Vec<u8>,
    pub keys: Vec<u8>,
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
/// decoded length (a u64, [`WITH_DICTIONARY`] set when packed with one), so
/// decoding allocates no more than was encoded. The plain encoding is
/// streamed into zstd, never held whole: a huge article's candidates would
/// be held twice.
fn encode<T: serde::Serialize>(value: &T, codec: &Codec) -> Vec<u8> {
    encode_into(value, Vec::new(), codec).unwrap_or_default()
}

/// Encoded candidates, spilled to a temporary file when large.
fn encode_blob<T: serde::Serialize>(value: &T, codec: &Codec) -> Blob {
    encode_into(value, BlobWriter::new(blob::BLOB_SPILL_AT), codec).and_then(BlobWriter::finish).unwrap_or_default()
}

/// zstd's level without a dictionary.
const PLAIN_LEVEL: i32 = 3;
/// zstd's level with one: the segments are small, and 9 rather than 3
/// packs them 10 % smaller for 3 s more of a 1M one-line build (zstd's CLI
/// on its 3,907 segments).
const DICTIONARY_LEVEL: i32 = 9;
/// Set in a packed blob's length: it was packed with its kind's dictionary.
const WITH_DICTIONARY: u64 = 1 << 63;

/// A dictionary made ready to pack and unpack with, or none.
#[derive(Default)]
struct Codec {
    packer: Option<EncoderDictionary<'static>>,
    unpacker: Option<DecoderDictionary<'static>>,
}

impl Codec {
    fn of(dictionary: &[u8]) -> Result<Codec, String> {
        if dictionary.is_empty() {
            return Ok(Codec::default());
        }
        let fail = |e: std::io::Error| format!("the kept dictionary does not load: {e}");
        Ok(Codec {
            packer: Some(EncoderDictionary::try_copy(dictionary, DICTIONARY_LEVEL).map_err(fail)?),
            unpacker: Some(DecoderDictionary::try_copy(dictionary).map_err(fail)?),
        })
    }
}

/// The candidates' codec and the keys'.
struct Codecs {
    candidates: Codec,
    keys: Codec,
}

impl Codecs {
    fn of(dictionaries: &Dictionaries) -> Result<Codecs, String> {
        Ok(Codecs { candidates: Codec::of(&dictionaries.candidates)?, keys: Codec::of(&dictionaries.keys)? })
    }
}

fn encode_into<T: serde::Serialize, W: std::io::Write>(value: &T, mut out: W, codec: &Codec) -> std::io::Result<W> {
    // encoding fails only on types postcard cannot write; ours are plain data
    let mut plain = ByteCount(0);
    let _ = postcard::to_io(value, &mut plain);
    let flag = if codec.packer.is_some() { WITH_DICTIONARY } else { 0 };
    out.write_all(&(plain.0 | flag).to_le_bytes())?;
    let mut encoder = match &codec.packer {
        Some(dictionary) => zstd::stream::Encoder::with_prepared_dictionary(out, dictionary)?,
        None => zstd::stream::Encoder::new(out, PLAIN_LEVEL)?,
    };
    encoder.set_pledged_src_size(Some(plain.0))?;
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, encoder);
    postcard::to_io(value, &mut buffered).map_err(std::io::Error::other)?;
    buffered.into_inner().map_err(|e| e.into_error())?.finish()
}

/// Plain bytes packed as [`encode_into`] packs them.
fn pack_plain(plain: &[u8], codec: &Codec) -> std::io::Result<Vec<u8>> {
    let (flag, packed) = match &codec.packer {
        Some(dictionary) => {
            (WITH_DICTIONARY, zstd::bulk::Compressor::with_prepared_dictionary(dictionary)?.compress(plain)?)
        }
        None => (0, zstd::bulk::compress(plain, PLAIN_LEVEL)?),
    };
    let mut out = Vec::with_capacity(8 + packed.len());
    out.extend_from_slice(&(plain.len() as u64 | flag).to_le_bytes());
    out.extend_from_slice(&packed);
    Ok(out)
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

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str, codec: &Codec) -> Result<T, String> {
    Unpacker::new(codec).decode(bytes, what)
}

/// The plain bytes of a packed blob.
fn unpack(bytes: &[u8], what: &str, codec: &Codec) -> Result<Vec<u8>, String> {
    Unpacker::new(codec).unpack(bytes, what)
}

/// Unpacks blobs of one kind with one decompression context each way (with
/// the kind's dictionary, without), made at first use and kept: an append
/// unpacks every kept segment, and a context made per segment (its tables
/// allocated and faulted in) cost about a sixth of unpacking them.
struct Unpacker<'c> {
    codec: &'c Codec,
    plain: Option<zstd::bulk::Decompressor<'c>>,
    with_dictionary: Option<zstd::bulk::Decompressor<'c>>,
}

impl<'c> Unpacker<'c> {
    fn new(codec: &'c Codec) -> Unpacker<'c> {
        Unpacker { codec, plain: None, with_dictionary: None }
    }

    fn decode<T: serde::de::DeserializeOwned>(&mut self, bytes: &[u8], what: &str) -> Result<T, String> {
        let plain = self.unpack(bytes, what)?;
        postcard::from_bytes(&plain).map_err(|e| format!("the kept {what} do not decode: {e}"))
    }

    /// The plain bytes of a packed blob.
    fn unpack(&mut self, bytes: &[u8], what: &str) -> Result<Vec<u8>, String> {
        let fail = |e: &dyn std::fmt::Display| format!("the kept {what} do not decode: {e}");
        let (Some(len), Some(packed)) = (bytes.get(..8), bytes.get(8..)) else { return Err(fail(&"too short")) };
        let len = u64::from_le_bytes(len.try_into().map_err(|e| fail(&e))?);
        let with_dictionary = len & WITH_DICTIONARY != 0;
        let len = usize::try_from(len & !WITH_DICTIONARY).ok().filter(|&n| n <= packed.len().saturating_mul(MAX_RATIO));
        let Some(len) = len else { return Err(fail(&"an impossible length")) };
        let context = match (with_dictionary, &self.codec.unpacker) {
            (false, _) => match &mut self.plain {
                Some(context) => context,
                None => self.plain.insert(zstd::bulk::Decompressor::new().map_err(|e| fail(&e))?),
            },
            (true, Some(dictionary)) => match &mut self.with_dictionary {
                Some(context) => context,
                None => self
                    .with_dictionary
                    .insert(zstd::bulk::Decompressor::with_prepared_dictionary(dictionary).map_err(|e| fail(&e))?),
            },
            (true, None) => return Err(fail(&"packed with a dictionary the index does not hold")),
        };
        context.decompress(packed, len).map_err(|e| fail(&e))
    }
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
    let none = Codecs { candidates: Codec::default(), keys: Codec::default() };
    let (whole, segments) = assemble(&parts, &stats, &none).unwrap_or_default();
    let (dictionaries, segments) = with_dictionaries(segments, MIN_SAMPLE);
    (whole, Recognition { stats: encode(&stats, &Codec::default()), segments, dictionaries })
}

/// Plain bytes sampled to train each dictionary on, at most: about 200
/// segments of one-line articles (training takes ~0.4 s).
const SAMPLE_BYTES: usize = 4 << 20;
/// Segments sampled, evenly spread, at most.
const SAMPLE_SEGMENTS: usize = 400;
/// Fewer plain bytes sampled than this train no dictionary: a small corpus
/// packs well enough alone, and a dictionary is a tenth of its sample.
pub const MIN_SAMPLE: usize = 256 << 10;
/// A dictionary's size, at most and at least (a tenth of its sample between).
const MAX_DICTIONARY: usize = 256 << 10;
const MIN_DICTIONARY: usize = 4 << 10;

/// Train dictionaries on a sample of the segments (packed without one) and
/// pack them again with them; as they were when the sample is smaller than
/// `min_sample` or training fails. A segment spilled to a file of its own (a
/// huge article's) stays as it is, never unpacked whole here.
fn with_dictionaries(segments: Vec<Segment>, min_sample: usize) -> (Dictionaries, Vec<Segment>) {
    let none = Codec::default();
    let step = segments.len().div_ceil(SAMPLE_SEGMENTS).max(1);
    let train = |blob_of: &dyn Fn(&Segment) -> Option<Vec<u8>>| -> Vec<u8> {
        let (mut sample, mut sizes) = (Vec::new(), Vec::new());
        for segment in segments.iter().step_by(step) {
            if sample.len() >= SAMPLE_BYTES {
                break;
            }
            if let Some(plain) = blob_of(segment) {
                sizes.push(plain.len());
                sample.extend_from_slice(&plain);
            }
        }
        if sample.len() < min_sample || sizes.len() < 8 {
            return Vec::new();
        }
        let size = (sample.len() / 10).clamp(MIN_DICTIONARY, MAX_DICTIONARY);
        zstd::dict::from_continuous(&sample, &sizes, size).unwrap_or_default()
    };
    let dictionaries = Dictionaries {
        candidates: train(&|s: &Segment| match &s.recognised {
            Blob::File(..) => None,
            blob => unpack(&kept_bytes(blob).ok()?, "candidates", &none).ok(),
        }),
        keys: train(&|s: &Segment| unpack(&s.keys, "keys", &none).ok()),
    };
    if dictionaries == Dictionaries::default() {
        return (dictionaries, segments);
    }
    let Ok(codecs) = Codecs::of(&dictionaries) else { return (Dictionaries::default(), segments) };
    match repack(&segments, &codecs) {
        Ok(repacked) => (dictionaries, repacked),
        Err(_) => (Dictionaries::default(), segments),
    }
}

/// The segments packed again with `codecs` (what has no dictionary kept as
/// it is), a window at a time on every core (only a window's packed bytes
/// held beside the spill).
fn repack(segments: &[Segment], codecs: &Codecs) -> Result<Vec<Segment>, String> {
    let none = Codec::default();
    let threads = threads();
    let mut spill = blob::Spill::default();
    let mut out = Vec::with_capacity(segments.len());
    for window in segments.chunks(threads * 16) {
        let packed = crate::parallel::map_chunks(threads, window, 2, |_, run| {
            run.iter()
                .map(|segment| -> Result<(Option<Vec<u8>>, Vec<u8>), String> {
                    let again = |bytes: &[u8], what: &str, codec: &Codec| -> Result<Vec<u8>, String> {
                        if codec.packer.is_none() {
                            return Ok(bytes.to_vec());
                        }
                        pack_plain(&unpack(bytes, what, &none)?, codec).map_err(|e| e.to_string())
                    };
                    let recognised = match &segment.recognised {
                        Blob::File(..) => None,
                        _ if codecs.candidates.packer.is_none() => None,
                        blob => Some(again(&kept_bytes(blob)?, "candidates", &codecs.candidates)?),
                    };
                    Ok((recognised, again(&segment.keys, "keys", &codecs.keys)?))
                })
                .collect::<Vec<_>>()
        });
        for (segment, packed) in window.iter().zip(packed.into_iter().flatten()) {
            let (recognised, keys) = packed?;
            out.push(Segment {
                articles: segment.articles,
                recognised: match recognised {
                    Some(bytes) => spill.keep(Blob::Memory(bytes)),
                    None => segment.recognised.clone(),
                },
                keys,
            });
        }
    }
    Ok(out)
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
fn assemble(parts: &[Part], stats: &WordStats, codecs: &Codecs) -> Result<(Recognised, Vec<Segment>), String> {
    let threads = threads();
    if parts.iter().any(|part| !matches!(part, Part::Kept(_))) {
        // the tables recognition reads are parsed now, so the program's pages they were
        // parsed from are let go before recognition, not held through its peak
        crate::entities::parse_recognition_tables();
        crate::memory::release_free_memory();
    }
    let mut whole = Recognised::default();
    let mut segments = Vec::with_capacity(parts.len());
    let (mut candidates, mut keys_of) = (Unpacker::new(&codecs.candidates), Unpacker::new(&codecs.keys));
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
                    whole.append(candidates.decode(&kept_bytes(&segment.recognised)?, "candidates")?);
                    segments.push((*segment).clone());
                }
                Part::Recognise(run) => {
                    let (part, lookups) = recognised.next().ok_or("a run was not recognised")?;
                    segments.push(Segment {
                        articles: run.len() as u64,
                        recognised: spill.keep(encode_blob(&part, &codecs.candidates)),
                        keys: encode(&lookups, &codecs.keys),
                    });
                    whole.append(part);
                }
                Part::Join(before, run) => {
                    let (part, lookups) = recognised.next().ok_or("a run was not recognised")?;
                    let mut joined: Recognised = candidates.decode(&kept_bytes(&before.recognised)?, "candidates")?;
                    joined.append(part);
                    let mut keys: Vec<String> = keys_of.decode(&before.keys, "keys")?;
                    keys.extend(lookups);
                    keys.sort_unstable();
                    keys.dedup();
                    segments.push(Segment {
                        articles: before.articles + run.len() as u64,
                        recognised: spill.keep(encode_blob(&joined, &codecs.candidates)),
                        keys: encode(&keys, &codecs.keys),
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
    let mut stats: WordStats = decode(&old.stats, "word statistics", &Codec::default())?;
    let codecs = Codecs::of(&old.dictionaries)?;
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
    let mut keys_of = Unpacker::new(&codecs.keys);
    for (i, segment_kept) in old.segments.iter().enumerate() {
        let end = first + segment_kept.articles as usize;
        let run = articles.get(first..end).ok_or("the kept segments run past the corpus")?;
        let stale = looks_up_any(segment_kept, &added, &mut keys_of)?;
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
    let (whole, segments) = assemble(&parts, &stats, &codecs)?;
    // a corpus too small for dictionaries when first indexed may have grown enough
    let (dictionaries, segments) = match old.dictionaries.candidates.is_empty() && old.dictionaries.keys.is_empty() {
        true => with_dictionaries(segments, MIN_SAMPLE),
        false => (old.dictionaries.clone(), segments),
    };
    Ok((whole, Recognition { stats: encode(&stats, &Codec::default()), segments, dictionaries }, counts))
}

/// Whether recognising a segment's articles looked up any of the keys `added`.
fn looks_up_any(segment: &Segment, added: &FxHashSet<String>, keys_of: &mut Unpacker) -> Result<bool, String> {
    if added.is_empty() {
        return Ok(false);
    }
    let keys: Vec<String> = keys_of.decode(&segment.keys, "keys")?;
    Ok(keys.iter().any(|key| added.contains(key)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_streamed_into_zstd_decodes_to_itself_after_its_plain_length() {
        let keys: Vec<String> = (0..20_000).map(|n| format!("key {n} Лавров")).collect();
        let encoded = encode(&keys, &Codec::default());
        let plain = postcard::to_stdvec(&keys).unwrap();
        assert_eq!(encoded[..8], (plain.len() as u64).to_le_bytes());
        assert!(encoded.len() < plain.len() / 2, "compressed");
        assert_eq!(decode::<Vec<String>>(&encoded, "keys", &Codec::default()).unwrap(), keys);
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
        let blob = encode_blob(&noise, &Codec::default());
        assert!(blob.len() > blob::BLOB_SPILL_AT as u64);
        assert!(matches!(blob, Blob::File(..)), "held in memory");
        assert_eq!(decode::<Vec<u64>>(&blob.bytes().unwrap(), "numbers", &Codec::default()).unwrap(), noise);
        assert!(
            matches!(encode_blob(&vec![7u64; 400_000], &Codec::default()), Blob::Memory(_)),
            "a small blob stays in memory"
        );
    }

    /// Segments alike in what they hold (as a corpus's runs of articles are),
    /// each with its candidates and keys packed without a dictionary.
    /// A segment's candidates and keys as values.
    type Values = (Vec<String>, Vec<String>);

    fn segments_alike(count: usize) -> (Vec<Segment>, Vec<Values>) {
        let names = ["Lavrov", "Kim Jong Un", "Erdoğan", "Лавров", "Пхеньян", "Seoul", "Xi Jinping", "Merkez Bankası"];
        let none = Codec::default();
        let values: Vec<Values> = (0..count)
            .map(|i| {
                let candidates = (0..60)
                    .map(|n| format!("{} met {} on {} February", names[(i + n) % 8], names[(i * 3 + n) % 8], n % 28))
                    .collect();
                let keys = (0..40).map(|n| format!("{}:{}", names[(i + n) % 8].to_lowercase(), n % 9)).collect();
                (candidates, keys)
            })
            .collect();
        let segments = values
            .iter()
            .map(|(candidates, keys)| Segment {
                articles: 1,
                recognised: encode_blob(candidates, &none),
                keys: encode(keys, &none),
            })
            .collect();
        (segments, values)
    }

    fn packed_len(segments: &[Segment]) -> u64 {
        segments.iter().map(|s| s.recognised.len() + s.keys.len() as u64).sum()
    }

    #[test]
    fn segments_packed_again_with_dictionaries_trained_on_them_are_smaller_and_read_the_same() {
        let (segments, values) = segments_alike(300);
        let before = packed_len(&segments);
        let (dictionaries, packed) = with_dictionaries(segments, 1 << 10);
        assert!(!dictionaries.candidates.is_empty() && !dictionaries.keys.is_empty(), "dictionaries trained");
        let after = packed_len(&packed);
        assert!(after * 10 < before * 7, "{before} bytes packed alone, {after} with dictionaries");
        let codecs = Codecs::of(&dictionaries).unwrap();
        for (segment, (candidates, keys)) in packed.iter().zip(&values) {
            let bytes = segment.recognised.bytes().unwrap();
            assert_ne!(bytes[7] & 0x80, 0, "packed with the dictionary");
            assert_eq!(&decode::<Vec<String>>(&bytes, "candidates", &codecs.candidates).unwrap(), candidates);
            assert_eq!(&decode::<Vec<String>>(&segment.keys, "keys", &codecs.keys).unwrap(), keys);
            assert!(decode::<Vec<String>>(&segment.keys, "keys", &Codec::default()).is_err(), "needs its dictionary");
        }
    }

    #[test]
    fn one_unpacker_reads_segments_packed_with_and_without_the_dictionary_one_after_another() {
        let (plain, values) = segments_alike(300);
        let (dictionaries, packed) = with_dictionaries(plain.clone(), 1 << 10);
        let codecs = Codecs::of(&dictionaries).unwrap();
        let mut unpacker = Unpacker::new(&codecs.candidates);
        // alternately with the dictionary and without: each way's context is kept and reused
        for (i, (candidates, _)) in values.iter().enumerate() {
            let segment = if i % 3 == 0 { &plain[i] } else { &packed[i] };
            let bytes = segment.recognised.bytes().unwrap();
            assert_eq!(&unpacker.decode::<Vec<String>>(&bytes, "candidates").unwrap(), candidates, "segment {i}");
        }
        assert!(unpacker.plain.is_some() && unpacker.with_dictionary.is_some(), "both contexts kept");
        assert!(unpacker.decode::<Vec<String>>(&[0; 12], "candidates").is_err(), "damage is an error, not a panic");
    }

    #[test]
    fn too_small_a_sample_trains_no_dictionary_and_leaves_the_segments_as_they_were() {
        let (segments, _) = segments_alike(20);
        let (dictionaries, packed) = with_dictionaries(segments.clone(), MIN_SAMPLE);
        assert_eq!(dictionaries, Dictionaries::default());
        assert_eq!(packed, segments);
    }

    #[test]
    fn an_append_packs_its_new_segments_with_the_kept_dictionaries_and_recognises_the_same() {
        // the seeds many times over, each round's ids apart: enough segments to train on
        let seeds = crate::corpus::load_seeds().articles;
        let articles: Vec<Article> = (0..64)
            .flat_map(|round| seeds.iter().map(move |a| Article { id: format!("{round}/{}", a.id), ..a.clone() }))
            .collect();
        let (half, segment) = (articles.len() / 2, 4);
        let (_, first) = recognise_in(&articles[..half], segment);
        let (dictionaries, segments) = with_dictionaries(first.segments.clone(), 1 << 10);
        assert!(!dictionaries.candidates.is_empty(), "the seeds' halves train a dictionary");
        let old = Recognition { stats: first.stats.clone(), segments, dictionaries: dictionaries.clone() };
        let (whole, grown, counts) = recognise_appended_in(&articles, &old, segment).unwrap();
        assert_eq!(grown.dictionaries, dictionaries, "kept, not trained again");
        let codecs = Codecs::of(&dictionaries).unwrap();
        for new in &grown.segments[grown.segments.len() - (articles.len() - half) / segment / 2..] {
            let bytes = new.recognised.bytes().unwrap();
            assert_ne!(bytes[7] & 0x80, 0, "a new segment packed with the kept dictionary");
            decode::<Recognised>(&bytes, "candidates", &codecs.candidates).unwrap();
        }
        assert!(counts.appended > 0);
        // what the append recognises is what it recognises from segments packed without one
        let (plain, _, _) = recognise_appended_in(&articles, &first, segment).unwrap();
        assert_eq!(postcard::to_stdvec(&whole).unwrap(), postcard::to_stdvec(&plain).unwrap());
    }
}
