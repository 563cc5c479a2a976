//! The index file's layout: sections of fixed-width little-endian tables and
//! byte heaps, written one after another, then a table saying where each
//! section is, its checksums, and a fixed footer.
//!
//! ```text
//! offset 0    "KORPUSIX" · format u32 · 0u32                      (16 bytes)
//! 16          section bytes, each section starting on an 8-byte boundary
//! table_at    per section: id u32 · 0u32 · offset u64 · length u64 · first chunk u64
//!             then one CRC-32 per chunk of every section, in section order
//! end - 48    footer: table_at u64 · sections u32 · chunks u32 · identity u64 ·
//!             file length u64 · CRC-32 of table, checksums and footer so far u32 ·
//!             format u32 · "KORPUSIX"
//! ```
//!
//! Sections are cut into chunks of [`CHUNK`] bytes, each with its own CRC-32
//! (crc32fast; see `examples/checksum_speed.rs` for why that one). Nothing is
//! trusted until checked: the footer and table when the file is opened, a
//! chunk the first time a read touches it. Every read is bounds-checked and
//! returns [`Damaged`] instead of panicking, so a torn or flipped file is a
//! rebuild, never a crash or a wrong answer.
//!
//! Tables read a row at a time by position are fixed-width rows; runs read
//! whole (an article's mentions, an entity's articles, a related-article
//! vector or posting list) are packed with varints, found through a table
//! of byte offsets.

use std::ops::Range;
use std::sync::atomic::{AtomicU8, Ordering};

pub const MAGIC: &[u8; 8] = b"KORPUSIX";
/// The layout's version: bump it whenever any section changes shape (the
/// golden test in `tests.rs` fails until it is).
pub const FORMAT: u32 = 13;
/// Bytes per checksummed chunk.
pub const CHUNK: usize = 1 << 20;
pub const PREFIX_LEN: usize = 16;
pub const FOOTER_LEN: usize = 48;
const TABLE_ENTRY_LEN: usize = 32;

/// Stored data failed a check: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged(pub String);

impl std::fmt::Display for Damaged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub type Checked<T> = Result<T, Damaged>;

fn damaged<T>(what: impl Into<String>) -> Checked<T> {
    Err(Damaged(what.into()))
}

/// A section's id: what it holds. The numbers are part of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u32)]
pub enum SectionId {
    Meta = 1,
    Sources = 2,
    SourcePaths = 3,
    Articles = 4,
    /// Article strings, zstd-compressed a block of articles at a time
    /// (see `write::STRING_BLOCK`), found through
    ArticleStrings = 5,
    /// where each block begins (u64, one more than blocks).
    ArticleStringBlocks = 9,
    Texts = 6,
    /// Per article, the CRC-32 of its JSON Lines line and where its text is
    /// in it ([`crate::corpus::LineCheck`]; `text_at` [`crate::corpus::LineCheck::NONE`]: none
    /// kept), as `[u32; 2]`: an append takes an unchanged line's article without reading it.
    LineChecks = 45,
    ArticleIds = 7,
    ArticleBasenames = 8,
    Entities = 10,
    EntityStrings = 11,
    EntityArticles = 12,
    EntityOrder = 13,
    EntityIds = 14,
    Mentions = 15,
    MentionStarts = 16,
    UnitEnds = 20,
    ArticleUnits = 21,
    Keys = 22,
    VariantEnds = 23,
    VariantKeys = 24,
    VariantOwners = 25,
    // 26 held the names' texts until format 11: they are the entities' own strings
    RelatedEntries = 30,
    RelatedVectorStarts = 31,
    RelatedNorms = 32,
    RelatedPostings = 33,
    RelatedPostingStarts = 34,
    RelatedKinds = 35,
    RelatedSurfaces = 36,
    /// Each related feature's distinct weights (f32), in the order its
    /// postings first give them: entries and postings name a weight by its
    /// place there rather than holding its four bytes (see `write::WeightTables`),
    RelatedWeights = 37,
    /// and where each feature's weights begin (u64, one more than features).
    RelatedWeightStarts = 38,
    UnitSpans = 27,
    /// What recognition learnt, for appends (see [`super::append`]): the word statistics,
    RecognitionStats = 40,
    /// each segment's candidates one after another,
    RecognitionSegments = 41,
    /// each segment's keys one after another,
    RecognitionKeys = 43,
    /// and per segment (articles, candidate bytes and key bytes it ends at);
    RecognitionSegmentEnds = 42,
    /// the zstd dictionaries the segments are packed with: the candidates'
    /// length (u64), the candidates', the keys' (see [`super::append::Dictionaries`]).
    RecognitionDictionaries = 44,
    /// Where the high 32 bits of an offsets table change (see [`Writer::offsets`]).
    UnitEndsHigh = 50,
    ArticleUnitsHigh = 51,
    MentionStartsHigh = 52,
    RelatedVectorStartsHigh = 53,
    /// Per unit: [`UNIT_TITLE`] and [`UNIT_SHARED`].
    UnitFlags = 54,
    /// Where each block of [`UNIT_SPAN_BLOCK`] units' spans begins in `UnitSpans` (u64).
    UnitSpanBlocks = 55,
    /// The n-gram prefilter: per bigram, a bit per block of units holding
    /// it (see [`crate::search::prefilter`]).
    UnitBigrams = 56,
}

/// A unit's flag: it is its article's title.
pub const UNIT_TITLE: u8 = 1;
/// A unit's flag: its key begins where the key before it begins (it shares its title's).
pub const UNIT_SHARED: u8 = 2;
/// Units whose spans are packed together: reading one decodes at most this many.
pub const UNIT_SPAN_BLOCK: usize = 64;

impl SectionId {
    pub const ALL: [SectionId; 45] = [
        SectionId::Meta,
        SectionId::Sources,
        SectionId::SourcePaths,
        SectionId::Articles,
        SectionId::ArticleStrings,
        SectionId::ArticleStringBlocks,
        SectionId::Texts,
        SectionId::LineChecks,
        SectionId::ArticleIds,
        SectionId::ArticleBasenames,
        SectionId::Entities,
        SectionId::EntityStrings,
        SectionId::EntityArticles,
        SectionId::EntityOrder,
        SectionId::EntityIds,
        SectionId::Mentions,
        SectionId::MentionStarts,
        SectionId::UnitEnds,
        SectionId::ArticleUnits,
        SectionId::Keys,
        SectionId::VariantEnds,
        SectionId::VariantKeys,
        SectionId::VariantOwners,
        SectionId::RelatedEntries,
        SectionId::RelatedVectorStarts,
        SectionId::RelatedNorms,
        SectionId::RelatedPostings,
        SectionId::RelatedPostingStarts,
        SectionId::RelatedKinds,
        SectionId::RelatedSurfaces,
        SectionId::RelatedWeights,
        SectionId::RelatedWeightStarts,
        SectionId::UnitSpans,
        SectionId::RecognitionStats,
        SectionId::RecognitionSegments,
        SectionId::RecognitionKeys,
        SectionId::RecognitionSegmentEnds,
        SectionId::RecognitionDictionaries,
        SectionId::UnitEndsHigh,
        SectionId::ArticleUnitsHigh,
        SectionId::MentionStartsHigh,
        SectionId::RelatedVectorStartsHigh,
        SectionId::UnitFlags,
        SectionId::UnitSpanBlocks,
        SectionId::UnitBigrams,
    ];

    /// The section holding the high words of an offsets table, if `self` is one.
    pub fn high_words(self) -> Option<SectionId> {
        match self {
            SectionId::UnitEnds => Some(SectionId::UnitEndsHigh),
            SectionId::ArticleUnits => Some(SectionId::ArticleUnitsHigh),
            SectionId::MentionStarts => Some(SectionId::MentionStartsHigh),
            SectionId::RelatedVectorStarts => Some(SectionId::RelatedVectorStartsHigh),
            _ => None,
        }
    }

    fn from_u32(id: u32) -> Option<SectionId> {
        SectionId::ALL.into_iter().find(|s| *s as u32 == id)
    }
}

fn le_u32(bytes: &[u8], at: usize) -> Checked<u32> {
    match bytes.get(at..at + 4) {
        Some(b) => Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        None => damaged(format!("a 4-byte field at {at} is past the end")),
    }
}

fn le_u64(bytes: &[u8], at: usize) -> Checked<u64> {
    match bytes.get(at..at + 8) {
        Some(b) => Ok(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])),
        None => damaged(format!("an 8-byte field at {at} is past the end")),
    }
}

/// An offset read from the file, as a `usize` this machine can index with.
pub fn to_usize(value: u64) -> Checked<usize> {
    usize::try_from(value).or_else(|_| damaged(format!("offset {value} does not fit this machine")))
}

/// Where one section lies and which checksums guard it.
#[derive(Debug, Clone, Copy)]
struct SectionPlace {
    offset: usize,
    len: usize,
    first_chunk: usize,
}

/// A whole index file's bytes with its table checked: sections are handed
/// out whole, their chunks checked the first time they are read.
pub struct Layout<B> {
    bytes: B,
    identity: u64,
    places: Vec<Option<SectionPlace>>,
    checksums: Vec<u32>,
    /// Per chunk: 0 unchecked, 1 good, 2 bad.
    checked: Vec<AtomicU8>,
    /// The file these bytes were mapped from, removed when a chunk fails its
    /// check so the next opening rebuilds it.
    discard: Option<DiscardOnDamage>,
    /// Told the bytes (of the whole file) a chunk covers just before its
    /// first check reads them: a mapped file reads them in one request.
    before_first_read: Option<fn(&B, Range<usize>)>,
}

/// An index file to remove once damage is found in it: its path, and which
/// file (device, inode) was mapped, so a fresh index renamed over it since
/// is left alone.
#[derive(Debug, Clone)]
pub struct DiscardOnDamage {
    pub path: std::path::PathBuf,
    pub device: u64,
    pub inode: u64,
}

impl DiscardOnDamage {
    fn discard(&self) {
        use std::os::unix::fs::MetadataExt;
        if let Ok(now) = std::fs::symlink_metadata(&self.path)
            && (now.dev(), now.ino()) == (self.device, self.inode)
        {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// What a chunk's check found.
const UNCHECKED: u8 = 0;
const GOOD: u8 = 1;
const BAD: u8 = 2;

impl<B: AsRef<[u8]>> Layout<B> {
    /// Check the prefix, the footer, the section table and its checksum;
    /// nothing in the sections is read yet.
    pub fn open(bytes: B) -> Checked<Layout<B>> {
        let all = bytes.as_ref();
        if all.len() < PREFIX_LEN + FOOTER_LEN {
            return damaged(format!("only {} bytes", all.len()));
        }
        if &all[..8] != MAGIC || le_u32(all, 8)? != FORMAT {
            return damaged("not a korpus index of this format");
        }
        let footer_at = all.len() - FOOTER_LEN;
        let footer = &all[footer_at..];
        if &footer[40..48] != MAGIC || le_u32(footer, 36)? != FORMAT {
            return damaged("the footer is missing (a truncated file?)");
        }
        let table_at = to_usize(le_u64(footer, 0)?)?;
        let sections = le_u32(footer, 8)? as usize;
        let chunks = le_u32(footer, 12)? as usize;
        let identity = le_u64(footer, 16)?;
        if le_u64(footer, 24)? != all.len() as u64 {
            return damaged("the file's length is not the one written");
        }
        let table_len = sections
            .checked_mul(TABLE_ENTRY_LEN)
            .and_then(|t| t.checked_add(chunks.checked_mul(4)?))
            .filter(|&len| table_at.checked_add(len) == Some(footer_at));
        let Some(table_len) = table_len else { return damaged("the section table does not fit") };
        let mut crc = crc32fast::Hasher::new();
        crc.update(&all[table_at..table_at + table_len]);
        crc.update(&footer[..32]);
        if crc.finalize() != le_u32(footer, 32)? {
            return damaged("the section table's checksum does not match");
        }
        let table = &all[table_at..table_at + sections * TABLE_ENTRY_LEN];
        let checksums: Vec<u32> =
            (0..chunks).map(|c| le_u32(all, table_at + sections * TABLE_ENTRY_LEN + 4 * c)).collect::<Checked<_>>()?;
        let mut places: Vec<Option<SectionPlace>> = vec![None; SectionId::ALL.len()];
        let mut next_chunk = 0usize;
        for s in 0..sections {
            let entry = &table[s * TABLE_ENTRY_LEN..(s + 1) * TABLE_ENTRY_LEN];
            let Some(id) = SectionId::from_u32(le_u32(entry, 0)?) else {
                return damaged("an unknown section");
            };
            let offset = to_usize(le_u64(entry, 8)?)?;
            let len = to_usize(le_u64(entry, 16)?)?;
            let first_chunk = to_usize(le_u64(entry, 24)?)?;
            let end = offset.checked_add(len).filter(|&e| e <= table_at);
            if end.is_none() || offset < PREFIX_LEN || offset % 8 != 0 || first_chunk != next_chunk {
                return damaged(format!("section {id:?} lies outside the file"));
            }
            next_chunk += len.div_ceil(CHUNK);
            let slot = SectionId::ALL.iter().position(|x| *x == id).unwrap_or(0);
            if places[slot].replace(SectionPlace { offset, len, first_chunk }).is_some() {
                return damaged(format!("section {id:?} appears twice"));
            }
        }
        if next_chunk != chunks {
            return damaged("the checksums do not cover the sections");
        }
        let checked = (0..chunks).map(|_| AtomicU8::new(UNCHECKED)).collect();
        Ok(Layout { bytes, identity, places, checksums, checked, discard: None, before_first_read: None })
    }

    /// Remove the file at `discard.path` when damage is found in it.
    pub fn discard_on_damage(&mut self, discard: DiscardOnDamage) {
        self.discard = Some(discard);
    }

    /// Call `hook` with the file bytes a chunk covers before the chunk is
    /// first read (to be checked), once a chunk.
    pub fn before_first_read(&mut self, hook: fn(&B, Range<usize>)) {
        self.before_first_read = Some(hook);
    }

    /// The bytes the sections lie in.
    pub fn source(&self) -> &B {
        &self.bytes
    }

    /// What the writer stamped: the analysis code's and data's identity.
    pub fn identity(&self) -> u64 {
        self.identity
    }

    /// A section, or `Damaged` when the file has none of that id.
    pub fn section(&self, id: SectionId) -> Checked<Section<'_, B>> {
        let slot = SectionId::ALL.iter().position(|x| *x == id).unwrap_or(0);
        match self.places.get(slot).copied().flatten() {
            Some(place) => Ok(Section { layout: self, id, place }),
            None => damaged(format!("no section {id:?}")),
        }
    }

    /// Check every chunk of every section now (before a long answer that
    /// must not stop half-way).
    pub fn check_all(&self) -> Checked<()> {
        for id in SectionId::ALL {
            if let Ok(section) = self.section(id) {
                section.bytes(0..section.len())?;
            }
        }
        Ok(())
    }

    /// Check one chunk of a section, once.
    fn check_chunk(&self, id: SectionId, place: SectionPlace, chunk: usize) -> Checked<()> {
        let index = place.first_chunk + chunk;
        let Some(state) = self.checked.get(index) else { return damaged(format!("{id:?}: no checksum")) };
        match state.load(Ordering::Acquire) {
            GOOD => return Ok(()),
            BAD => return damaged(format!("{id:?}: chunk {chunk} fails its checksum")),
            _ => {}
        }
        let start = place.offset + chunk * CHUNK;
        let end = (start + CHUNK).min(place.offset + place.len);
        if let Some(hook) = self.before_first_read {
            hook(&self.bytes, start..end);
        }
        let good =
            self.bytes.as_ref().get(start..end).is_some_and(|b| self.checksums.get(index) == Some(&crc32fast::hash(b)));
        state.store(if good { GOOD } else { BAD }, Ordering::Release);
        if good {
            return Ok(());
        }
        if let Some(discard) = &self.discard {
            discard.discard();
        }
        damaged(format!("{id:?}: chunk {chunk} fails its checksum"))
    }
}

/// One section of a checked layout.
pub struct Section<'l, B> {
    layout: &'l Layout<B>,
    id: SectionId,
    place: SectionPlace,
}

impl<B> Clone for Section<'_, B> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<B> Copy for Section<'_, B> {}

impl<'l, B: AsRef<[u8]>> Section<'l, B> {
    pub fn len(&self) -> usize {
        self.place.len
    }

    pub fn is_empty(&self) -> bool {
        self.place.len == 0
    }

    /// Bytes `range` of the section, their chunks checked.
    pub fn bytes(&self, range: Range<usize>) -> Checked<&'l [u8]> {
        if range.start > range.end || range.end > self.place.len {
            return damaged(format!("{:?}: bytes {range:?} of {}", self.id, self.place.len));
        }
        if range.start < range.end {
            for chunk in range.start / CHUNK..=(range.end - 1) / CHUNK {
                self.layout.check_chunk(self.id, self.place, chunk)?;
            }
        }
        let start = self.place.offset + range.start;
        let all: &'l [u8] = self.layout.bytes.as_ref();
        all.get(start..start + (range.end - range.start)).map_or_else(|| damaged("past the file"), Ok)
    }

    /// The whole section, checked.
    pub fn all(&self) -> Checked<&'l [u8]> {
        self.bytes(0..self.place.len)
    }

    /// Rows `range` of a table of fixed-width `T`s.
    pub fn rows<T: bytemuck::Pod>(&self, range: Range<usize>) -> Checked<&'l [T]> {
        let size = std::mem::size_of::<T>();
        let bytes = range
            .start
            .checked_mul(size)
            .zip(range.end.checked_mul(size))
            .map_or_else(|| damaged(format!("{:?}: rows {range:?}", self.id)), |(s, e)| self.bytes(s..e))?;
        bytemuck::try_cast_slice(bytes).or_else(|e| damaged(format!("{:?}: rows {range:?}: {e}", self.id)))
    }

    /// Row `i` of a table of `T`s.
    pub fn row<T: bytemuck::Pod>(&self, i: usize) -> Checked<T> {
        self.rows::<T>(i..i + 1).map(|rows| rows[0])
    }

    /// Rows in the table.
    pub fn row_count<T>(&self) -> usize {
        self.place.len / std::mem::size_of::<T>().max(1)
    }
}

/// An offsets table read back (see [`Writer::offsets`]).
pub struct Offsets<'l, B> {
    low: Section<'l, B>,
    changes: &'l [[u64; 2]],
}

impl<'l, B: AsRef<[u8]>> Offsets<'l, B> {
    pub fn new(layout: &'l Layout<B>, low: SectionId) -> Checked<Offsets<'l, B>> {
        let Some(high) = low.high_words() else { return damaged(format!("{low:?} is not an offsets table")) };
        let high = layout.section(high)?;
        let changes = high.rows::<[u64; 2]>(0..high.row_count::<[u64; 2]>())?;
        Ok(Offsets { low: layout.section(low)?, changes })
    }

    pub fn len(&self) -> usize {
        self.low.row_count::<u32>()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The high word of row `i`: the last change at or before it.
    fn high(&self, i: usize) -> u64 {
        let after = self.changes.partition_point(|c| c[0] <= i as u64);
        if after == 0 { 0 } else { self.changes[after - 1][1] << 32 }
    }

    pub fn get(&self, i: usize) -> Checked<u64> {
        Ok(self.high(i) | u64::from(self.low.row::<u32>(i)?))
    }

    /// Rows `range`.
    pub fn range(&self, range: Range<usize>) -> Checked<Vec<u64>> {
        let lows = self.low.rows::<u32>(range.clone())?;
        let mut change = self.changes.partition_point(|c| c[0] <= range.start as u64);
        let mut high = if change == 0 { 0 } else { self.changes[change - 1][1] << 32 };
        let mut out = Vec::with_capacity(lows.len());
        for (i, &low) in range.zip(lows) {
            if let Some(&[row, value]) = self.changes.get(change)
                && row == i as u64
            {
                high = value << 32;
                change += 1;
            }
            out.push(high | u64::from(low));
        }
        Ok(out)
    }

    /// How many rows hold a value at most `value` (rows rise).
    pub fn partition_point_at_most(&self, value: u64) -> Checked<usize> {
        let (mut lo, mut hi) = (0usize, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.get(mid)? <= value {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }
}

/// Strings stored as a table: `count` u64, `count + 1` u64 end offsets,
/// then the bytes.
pub struct StrTable<'l, B> {
    section: Section<'l, B>,
    count: usize,
}

impl<'l, B: AsRef<[u8]>> StrTable<'l, B> {
    pub fn new(section: Section<'l, B>) -> Checked<StrTable<'l, B>> {
        let count = to_usize(section.row::<u64>(0)?)?;
        let head = count.checked_add(2).and_then(|n| n.checked_mul(8));
        match head {
            Some(head) if head <= section.len() => Ok(StrTable { section, count }),
            _ => damaged("a string table longer than its section"),
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Bytes of string `i`.
    pub fn bytes(&self, i: usize) -> Checked<&'l [u8]> {
        if i >= self.count {
            return damaged(format!("string {i} of {}", self.count));
        }
        let bounds = self.section.rows::<u64>(1 + i..3 + i)?;
        let heap = (self.count + 2) * 8;
        let (start, end) = (to_usize(bounds[0])?, to_usize(bounds[1])?);
        match heap.checked_add(start).zip(heap.checked_add(end)) {
            Some((s, e)) if s <= e => self.section.bytes(s..e),
            _ => damaged("a string's bounds are reversed"),
        }
    }

    pub fn get(&self, i: usize) -> Checked<&'l str> {
        std::str::from_utf8(self.bytes(i)?).or_else(|_| damaged("a string that is not UTF-8"))
    }
}

/// Builds an index file's bytes in order: sections, then table and footer.
pub struct Writer<W: std::io::Write> {
    out: W,
    written: u64,
    entries: Vec<(SectionId, u64, u64, u64)>,
    checksums: Vec<u32>,
    /// The section being written: its start and the current chunk's hasher.
    open: Option<(SectionId, u64, crc32fast::Hasher, usize)>,
}

impl<W: std::io::Write> Writer<W> {
    pub fn new(mut out: W) -> std::io::Result<Writer<W>> {
        out.write_all(MAGIC)?;
        out.write_all(&FORMAT.to_le_bytes())?;
        out.write_all(&0u32.to_le_bytes())?;
        Ok(Writer { out, written: PREFIX_LEN as u64, entries: Vec::new(), checksums: Vec::new(), open: None })
    }

    /// Start a section; what is written until the next `begin` or `finish` is its body.
    pub fn begin(&mut self, id: SectionId) -> std::io::Result<()> {
        self.end_section()?;
        let pad = (8 - self.written % 8) % 8;
        self.out.write_all(&[0u8; 8][..pad as usize])?;
        self.written += pad;
        self.open = Some((id, self.written, crc32fast::Hasher::new(), 0));
        Ok(())
    }

    /// Append bytes to the open section.
    pub fn put(&mut self, mut bytes: &[u8]) -> std::io::Result<()> {
        let Some((_, _, hasher, in_chunk)) = self.open.as_mut() else {
            return Err(std::io::Error::other("index writer: bytes outside a section"));
        };
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        while !bytes.is_empty() {
            let take = (CHUNK - *in_chunk).min(bytes.len());
            hasher.update(&bytes[..take]);
            *in_chunk += take;
            bytes = &bytes[take..];
            if *in_chunk == CHUNK {
                let done = std::mem::replace(hasher, crc32fast::Hasher::new());
                self.checksums.push(done.finalize());
                *in_chunk = 0;
            }
        }
        Ok(())
    }

    /// Append a table's rows.
    pub fn rows<T: bytemuck::Pod>(&mut self, rows: &[T]) -> std::io::Result<()> {
        self.put(bytemuck::cast_slice(rows))
    }

    /// A whole section at once.
    pub fn section(&mut self, id: SectionId, bytes: &[u8]) -> std::io::Result<()> {
        self.begin(id)?;
        self.put(bytes)
    }

    /// A string table section (see [`StrTable`]).
    pub fn strings<S: AsRef<[u8]>>(&mut self, id: SectionId, strings: &[S]) -> std::io::Result<()> {
        self.begin(id)?;
        self.rows(&[strings.len() as u64, 0])?;
        let mut end = 0u64;
        for s in strings {
            end += s.as_ref().len() as u64;
            self.rows(&[end])?;
        }
        for s in strings {
            self.put(s.as_ref())?;
        }
        Ok(())
    }

    /// An offsets table: a rising sequence of u64s kept as their low 32 bits
    /// (section `low`, four bytes a row) and, in `low.high_words()`, each row
    /// where the high 32 bits change with their new value (`[row, high]`, u64
    /// each; none below 4 GiB). Half the size of u64 rows, and still one
    /// lookup a row (see [`Offsets`]).
    pub fn offsets(&mut self, low: SectionId, values: &[u64]) -> std::io::Result<()> {
        let Some(high) = low.high_words() else {
            return Err(std::io::Error::other(format!("index writer: {low:?} is not an offsets table")));
        };
        let mut changes: Vec<[u64; 2]> = Vec::new();
        let mut current = 0u64;
        self.begin(low)?;
        for (row, chunk) in values.chunks(4096).enumerate() {
            let mut lows: Vec<u32> = Vec::with_capacity(chunk.len());
            for (i, &value) in chunk.iter().enumerate() {
                if value >> 32 != current {
                    current = value >> 32;
                    changes.push([(row * 4096 + i) as u64, current]);
                }
                lows.push(value as u32);
            }
            self.rows(&lows)?;
        }
        self.begin(high)?;
        self.rows(&changes)
    }

    fn end_section(&mut self) -> std::io::Result<()> {
        if let Some((id, start, hasher, in_chunk)) = self.open.take() {
            if in_chunk > 0 {
                self.checksums.push(hasher.finalize());
            }
            let first_chunk = self.entries.last().map_or(0, |&(_, _, len, first)| first + len.div_ceil(CHUNK as u64));
            self.entries.push((id, start, self.written - start, first_chunk));
        }
        Ok(())
    }

    /// Write the table and footer; returns the output and the file's length.
    pub fn finish(mut self, identity: u64) -> std::io::Result<(W, u64)> {
        self.end_section()?;
        let pad = (8 - self.written % 8) % 8;
        self.out.write_all(&[0u8; 8][..pad as usize])?;
        self.written += pad;
        let table_at = self.written;
        let mut tail: Vec<u8> = Vec::with_capacity(self.entries.len() * TABLE_ENTRY_LEN + self.checksums.len() * 4);
        for &(id, offset, len, first_chunk) in &self.entries {
            tail.extend((id as u32).to_le_bytes());
            tail.extend(0u32.to_le_bytes());
            tail.extend(offset.to_le_bytes());
            tail.extend(len.to_le_bytes());
            tail.extend(first_chunk.to_le_bytes());
        }
        for c in &self.checksums {
            tail.extend(c.to_le_bytes());
        }
        let file_len = table_at + tail.len() as u64 + FOOTER_LEN as u64;
        let mut footer: Vec<u8> = Vec::with_capacity(FOOTER_LEN);
        footer.extend(table_at.to_le_bytes());
        footer.extend((self.entries.len() as u32).to_le_bytes());
        footer.extend((self.checksums.len() as u32).to_le_bytes());
        footer.extend(identity.to_le_bytes());
        footer.extend(file_len.to_le_bytes());
        let mut crc = crc32fast::Hasher::new();
        crc.update(&tail);
        crc.update(&footer);
        footer.extend(crc.finalize().to_le_bytes());
        footer.extend(FORMAT.to_le_bytes());
        footer.extend(MAGIC);
        self.out.write_all(&tail)?;
        self.out.write_all(&footer)?;
        Ok((self.out, file_len))
    }
}

/// LEB128: small numbers in one byte.
pub fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Read a LEB128 number at `*at`, moving past it.
pub fn get_varint(bytes: &[u8], at: &mut usize) -> Checked<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let Some(&b) = bytes.get(*at) else { return damaged("a number runs past its record") };
        *at += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(value);
        }
    }
    damaged("a number longer than ten bytes")
}

/// A length-prefixed string at `*at`, moving past it.
pub fn get_str<'b>(bytes: &'b [u8], at: &mut usize) -> Checked<&'b str> {
    let len = to_usize(get_varint(bytes, at)?)?;
    let end = at.checked_add(len).filter(|&e| e <= bytes.len());
    let Some(end) = end else { return damaged("a string runs past its record") };
    let s = std::str::from_utf8(&bytes[*at..end]).or_else(|_| damaged("a string that is not UTF-8"))?;
    *at = end;
    Ok(s)
}

/// Move past a length-prefixed string at `*at` without reading it.
pub fn skip_str(bytes: &[u8], at: &mut usize) -> Checked<()> {
    let len = to_usize(get_varint(bytes, at)?)?;
    match at.checked_add(len).filter(|&e| e <= bytes.len()) {
        Some(end) => {
            *at = end;
            Ok(())
        }
        None => damaged("a string runs past its record"),
    }
}

pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}
