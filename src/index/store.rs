//! The store over an index file's bytes (mapped, or held in memory): every
//! answer is read from the tables where they lie, checked on the way.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, OnceLock};

use super::format::{
    Checked, Damaged, Layout, Offsets, Section, SectionId, StrTable, UNIT_SHARED, UNIT_SPAN_BLOCK, UNIT_TITLE, get_str,
    get_varint, skip_str, to_usize,
};
use super::records::{ArticleRecord, EntityArticle, EntityRecord, MentionRecord, kind_of};
use super::write::{EarlierUnits, KEYS_COPY_CHUNK, Meta, STRING_BLOCK, UnitTables};
use crate::corpus::LoadWarning;
use crate::entities::{EntityId, EntityKind, Mention};
use crate::lang::{Language, Script};
use crate::related::{Entry, Posting, Related, RelatedData};
use crate::search::pass::{SearchData, Unit, UnitKeys, Variant};
use crate::search::{Hit, KEY_END, Place, Request, SHARED_BIT, SearchSession, TITLE_BIT};
use crate::store::{ArticleFacet, ArticleMeta, EntityView, SearchRequest, Store, StoreError, StoreResult, Text};

/// An index file's bytes: mapped from disk, or made in memory.
pub enum Bytes {
    Mapped(memmap2::Mmap),
    /// Words, so the tables inside are aligned; `usize` bytes of them are the file.
    Owned(Vec<u64>, usize),
}

impl Bytes {
    /// What an index writer wrote into memory.
    pub fn owned(bytes: &[u8]) -> Bytes {
        let mut words = vec![0u64; bytes.len().div_ceil(8)];
        bytemuck::cast_slice_mut::<u64, u8>(&mut words)[..bytes.len()].copy_from_slice(bytes);
        Bytes::Owned(words, bytes.len())
    }

    /// Take the pages under `part` (bytes of these) out of this process's
    /// resident set. A mapped index's pages read once, as an append copies
    /// the old index into the new one, would otherwise count in its peak
    /// until the old index is let go. Nothing for bytes in memory.
    #[allow(
        unsafe_code,
        reason = "MADV_DONTNEED on a shared read-only file mapping: the pages are read from the file again"
    )]
    pub(crate) fn release(&self, part: &[u8]) {
        let Bytes::Mapped(map) = self else { return };
        let offset = (part.as_ptr() as usize).wrapping_sub(map.as_ptr() as usize);
        if offset.checked_add(part.len()).is_none_or(|end| end > map.len()) || part.is_empty() {
            return;
        }
        // SAFETY: the map is shared and read-only (`Mmap::map`), so a dropped
        // page is read again from the file when it is touched; an index file is
        // never written in place (a new one is renamed over it), so what is
        // read back is what was there. Failure only leaves the pages resident.
        let _ = unsafe { map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, offset, part.len()) };
    }

    /// Read a mapped index only where it is read, a chunk at a time: the
    /// system's read-ahead around a page fault (8 MB on some disks) made a
    /// cold first screen of a 1.8 GB index read some 150 MB for the twenty
    /// chunks it touches. [`Bytes::read_chunk`] then reads each chunk in one
    /// request before its check.
    pub(crate) fn read_where_read(&self) {
        if let Bytes::Mapped(map) = self {
            // failure only leaves the usual read-ahead
            let _ = map.advise(memmap2::Advice::Random);
        }
    }

    /// Ask for the pages under file bytes `range` at once (a chunk about to
    /// be checked), then give them back the usual read-ahead, should they be
    /// dropped and read again.
    pub(crate) fn read_chunk(&self, range: std::ops::Range<usize>) {
        let Bytes::Mapped(map) = self else { return };
        if range.end > map.len() || range.is_empty() {
            return;
        }
        let _ = map.advise_range(memmap2::Advice::WillNeed, range.start, range.len());
        let _ = map.advise_range(memmap2::Advice::Normal, range.start, range.len());
    }

    /// [`Bytes::release`] of all of them.
    pub(crate) fn release_all(&self) {
        self.release(self.as_ref());
    }
}

/// An index written straight into words, as [`Bytes::Owned`] holds it:
/// written into bytes and then copied into words, a build without a cache
/// held its index twice at its end (a 50 MB article's index is 65 MB).
#[derive(Default)]
pub struct WordSink {
    words: Vec<u64>,
    len: usize,
}

impl WordSink {
    pub fn into_bytes(self) -> Bytes {
        Bytes::Owned(self.words, self.len)
    }
}

impl std::io::Write for WordSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let end = self.len + buf.len();
        let words = end.div_ceil(8);
        if words > self.words.len() {
            // `reserve` grows by doubling, so appends stay amortised
            self.words.reserve(words - self.words.len());
            self.words.resize(words, 0);
        }
        bytemuck::cast_slice_mut::<u64, u8>(&mut self.words)[self.len..end].copy_from_slice(buf);
        self.len = end;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        match self {
            Bytes::Mapped(map) => map,
            Bytes::Owned(words, len) => &bytemuck::cast_slice::<u64, u8>(words)[..*len],
        }
    }
}

/// Texts read from the corpus's files that are kept, so a view asking again
/// on every frame reads nothing.
const TEXTS_KEPT: usize = 8;

/// A text at least this long is read with the index's pages let go first.
const LET_PAGES_GO_BEFORE: u32 = 16 << 20;

pub struct IndexStore {
    layout: Layout<Bytes>,
    meta: Meta,
    languages: Vec<Language>,
    scripts: Vec<Script>,
    /// The corpus path as opened: source paths are relative to it.
    root: Option<PathBuf>,
    texts: Mutex<VecDeque<(usize, Arc<str>)>>,
    /// The article strings blocks read last, decompressed: a list view asks
    /// for neighbours, and they share one; a ranking names articles all over
    /// the corpus, and each block is decompressed once, not once an article.
    strings_blocks: Mutex<KeptBlocks>,
    /// One zstd context for every block: making one each time cost as much
    /// as a block's decompression.
    decompressor: Mutex<Option<zstd::bulk::Decompressor<'static>>>,
    /// Each term dictionary's own checksum, verified on first use: the
    /// section CRCs cover the bytes as written, but fst walks its nodes
    /// trusting them and panics on a damaged one, so a dictionary whose
    /// checksum fails is never walked.
    fst_checks: [OnceLock<Result<(), String>>; FST_SECTIONS.len()],
}

/// The sections that hold an fst map.
const FST_SECTIONS: [SectionId; 3] = [SectionId::ArticleIds, SectionId::ArticleBasenames, SectionId::EntityIds];

fn damaged(e: Damaged) -> StoreError {
    StoreError::Damaged(e.0)
}

impl From<Damaged> for StoreError {
    fn from(e: Damaged) -> Self {
        damaged(e)
    }
}

impl IndexStore {
    /// Check an index's bytes (footer, table, identity, meta) and serve them;
    /// `root` is where the corpus's files are, when the texts are there.
    /// Remove the index file this store maps when damage is found in it
    /// (the store's answers are then errors; the next opening rebuilds).
    pub fn discard_on_damage(&mut self, discard: super::format::DiscardOnDamage) {
        self.layout.discard_on_damage(discard);
    }

    pub fn from_bytes(bytes: Bytes, root: Option<PathBuf>) -> Checked<IndexStore> {
        bytes.read_where_read();
        let mut layout = Layout::open(bytes)?;
        layout.before_first_read(Bytes::read_chunk);
        if layout.identity() != super::identity() {
            return Err(Damaged("made by another version of korpus".into()));
        }
        let meta: Meta = serde_json::from_slice(layout.section(SectionId::Meta)?.all()?)
            .map_err(|e| Damaged(format!("meta: {e}")))?;
        let languages = meta.languages.iter().map(|code| Language::from_code(code)).collect();
        let scripts = meta
            .scripts
            .iter()
            .map(|code| serde_json::from_value(serde_json::Value::String(code.clone())).unwrap_or(Script::Other))
            .collect();
        let store = IndexStore {
            layout,
            meta,
            languages,
            scripts,
            root,
            texts: Mutex::new(VecDeque::new()),
            strings_blocks: Mutex::new(KeptBlocks::default()),
            decompressor: Mutex::new(None),
            fst_checks: Default::default(),
        };
        // the tables every answer needs must be as long as the meta says
        let articles = store.meta.articles as usize;
        let fits = |id: SectionId, rows: usize, size: usize| -> Checked<()> {
            let section = store.layout.section(id)?;
            if section.len() == rows.saturating_mul(size) {
                Ok(())
            } else {
                Err(Damaged(format!("{id:?} is not {rows} rows long")))
            }
        };
        fits(SectionId::Articles, articles, std::mem::size_of::<ArticleRecord>())?;
        fits(SectionId::ArticleStringBlocks, articles.div_ceil(STRING_BLOCK) + 1, 8)?;
        fits(SectionId::MentionStarts, articles + 1, 4)?;
        fits(SectionId::ArticleUnits, articles + 1, 4)?;
        fits(SectionId::RelatedVectorStarts, articles + 1, 4)?;
        fits(SectionId::RelatedNorms, articles, 4)?;
        fits(SectionId::Entities, store.meta.entities as usize, std::mem::size_of::<EntityRecord>())?;
        fits(SectionId::UnitEnds, store.meta.units as usize, 4)?;
        fits(SectionId::UnitFlags, store.meta.units as usize, 1)?;
        let bigram_words = crate::search::prefilter::row_words(store.meta.units as usize);
        fits(SectionId::UnitBigrams, crate::search::prefilter::BIGRAMS * bigram_words, 8)?;
        fits(SectionId::UnitSpanBlocks, (store.meta.units as usize).div_ceil(UNIT_SPAN_BLOCK), 8)?;
        Ok(store)
    }

    /// Whether the index is a mapped file (the system's pages, which it can
    /// drop and read again) rather than memory of this process.
    pub fn is_mapped(&self) -> bool {
        matches!(self.layout.source(), Bytes::Mapped(_))
    }

    /// What listing the corpus reported when it was indexed.
    pub fn listing_fingerprint(&self) -> Option<u64> {
        (self.meta.listing != 0).then_some(self.meta.listing)
    }

    /// Check every chunk now, before an answer that must not stop half-way.
    pub fn check_all(&self) -> StoreResult<()> {
        Ok(self.layout.check_all()?)
    }

    /// The stamps of the files the texts are in, with their paths relative
    /// to the corpus root.
    pub fn sources(&self) -> Checked<Vec<(PathBuf, super::records::FileStamp)>> {
        use std::os::unix::ffi::OsStrExt;
        let stamps = self.section(SectionId::Sources)?;
        let paths = StrTable::new(self.section(SectionId::SourcePaths)?)?;
        let rows = stamps.rows::<super::records::FileStamp>(0..stamps.row_count::<super::records::FileStamp>())?;
        if rows.len() != paths.len() {
            return Err(Damaged("sources and their paths differ in number".into()));
        }
        rows.iter()
            .enumerate()
            .map(|(i, stamp)| Ok((PathBuf::from(std::ffi::OsStr::from_bytes(paths.bytes(i)?)), *stamp)))
            .collect()
    }

    /// What recognition learnt of the indexed articles (copied out), for an append.
    pub fn recognition(&self) -> Checked<super::append::Recognition> {
        let stats = self.section(SectionId::RecognitionStats)?.all()?.to_vec();
        let ends_section = self.section(SectionId::RecognitionSegmentEnds)?;
        let ends = ends_section.rows::<[u64; 3]>(0..ends_section.row_count::<[u64; 3]>())?;
        let (candidates, keys) =
            (self.section(SectionId::RecognitionSegments)?, self.section(SectionId::RecognitionKeys)?);
        let mut start = [0u64; 3];
        let mut segments = Vec::with_capacity(ends.len());
        for &end in ends {
            if end.iter().zip(start).any(|(&e, s)| e < s) {
                return Err(Damaged("recognition segments run backwards".into()));
            }
            segments.push(super::append::Segment {
                articles: end[0] - start[0],
                recognised: candidates.bytes(to_usize(start[1])?..to_usize(end[1])?)?.to_vec().into(),
                keys: keys.bytes(to_usize(start[2])?..to_usize(end[2])?)?.to_vec(),
            });
            start = end;
        }
        let dictionaries = self.section(SectionId::RecognitionDictionaries)?;
        let candidates_len = to_usize(dictionaries.row::<u64>(0)?)?;
        let dictionaries = dictionaries.all()?;
        let Some((candidates, keys)) = 8usize
            .checked_add(candidates_len)
            .filter(|&end| end <= dictionaries.len())
            .map(|end| (&dictionaries[8..end], &dictionaries[end..]))
        else {
            return Err(Damaged("the recognition dictionaries run past their section".into()));
        };
        let dictionaries = super::append::Dictionaries { candidates: candidates.to_vec(), keys: keys.to_vec() };
        Ok(super::append::Recognition { stats, segments, dictionaries })
    }

    /// Whether the first articles of `articles` are the indexed ones as they
    /// were analysed: the same texts (length and CRC-32), languages and scripts.
    pub fn analysed_as(&self, articles: &[crate::Article]) -> Checked<bool> {
        let count = self.meta.articles as usize;
        if articles.len() < count {
            return Ok(false);
        }
        let records = self.section(SectionId::Articles)?;
        let records = records.rows::<ArticleRecord>(0..count)?;
        Ok(records.iter().zip(articles).all(|(record, article)| {
            u64::from(record.text_bytes) == article.text.len() as u64
                && self.meta.languages.get(usize::from(record.language)).map(String::as_str)
                    == Some(article.language.code())
                && self.meta.scripts.get(usize::from(record.script)).map(String::as_str) == Some(article.script.code())
                && record.text_crc == crc32fast::hash(article.text.as_bytes())
        }))
    }

    /// How this index read the articles of the corpus `listing` lists: a
    /// text file's by file number, a JSON Lines record's by file number and
    /// line offset; the language only where it was detected. And what it
    /// kept of the JSON Lines lines whose articles their bytes alone make
    /// ([`crate::corpus::KnownLine`]), when the corpus's records are read
    /// with the same field names as the index's were. A damaged index reads
    /// as knowing nothing: this only spares work.
    pub fn known_readings(&self, listing: &crate::corpus::Listing) -> crate::corpus::KnownReadings {
        let mut known = crate::corpus::KnownReadings { files: vec![None; listing.files.len()], ..Default::default() };
        let count = self.meta.articles as usize;
        let Ok(records) = self.section(SectionId::Articles) else { return known };
        let Ok(records) = records.rows::<ArticleRecord>(0..count) else { return known };
        // (a record read with other field names is another article)
        let same_fields = self.listing_fingerprint() == Some(super::listing_fingerprint(listing));
        let line_checks = match self.section(SectionId::LineChecks) {
            Ok(checks) if same_fields && checks.len() == count * 8 => checks.rows::<[u32; 2]>(0..count).ok(),
            _ => None,
        };
        // the block of article strings the titles are read from
        let mut block: Option<(usize, Arc<StringsBlock>, Arc<[u8]>)> = None;
        for (article, record) in records.iter().enumerate() {
            if record.flags & ArticleRecord::INLINE != 0 {
                continue;
            }
            let (Some(language), Some(&script)) =
                (self.languages.get(usize::from(record.language)), self.scripts.get(usize::from(record.script)))
            else {
                continue;
            };
            let detected = record.flags & ArticleRecord::LANGUAGE_DETECTED != 0;
            let title = match record.flags & (ArticleRecord::TITLE_DERIVED | ArticleRecord::TITLE) {
                both if both == ArticleRecord::TITLE_DERIVED | ArticleRecord::TITLE => {
                    self.kept_title(article, &mut block)
                }
                _ => None,
            };
            let reading = crate::corpus::KnownReading {
                text_bytes: record.text_bytes,
                text_crc: record.text_crc,
                language: detected.then(|| language.clone()),
                script,
                title,
            };
            if record.flags & ArticleRecord::JSONL != 0 {
                let check = line_checks.and_then(|checks| checks.get(article)).copied();
                if let Some([line_crc, text_at]) = check.filter(|&[_, at]| at != crate::corpus::LineCheck::NONE)
                    && let Some(strings) = self.kept_strings(article, &mut block)
                {
                    let line = crate::corpus::KnownLine {
                        check: crate::corpus::LineCheck { line_crc, text_at },
                        strings,
                        has: record.flags,
                        text_bytes: record.text_bytes,
                        text_crc: record.text_crc,
                        language: language.clone(),
                        script,
                        language_detected: detected,
                        title_derived: record.flags & ArticleRecord::TITLE_DERIVED != 0,
                    };
                    known.unchanged_lines.insert((record.file, record.source_at), line);
                }
                known.lines.insert((record.file, record.source_at), reading);
            } else if let Some(slot) = known.files.get_mut(record.file as usize) {
                *slot = Some(reading);
            }
        }
        known
    }

    /// Where article `article`'s strings begin in its strings block (read
    /// into `block` unless it is there already), shared by the block's articles.
    #[allow(clippy::type_complexity)]
    fn kept_strings(
        &self,
        article: usize,
        block: &mut Option<(usize, Arc<StringsBlock>, Arc<[u8]>)>,
    ) -> Option<(Arc<[u8]>, usize)> {
        let number = article / STRING_BLOCK;
        if block.as_ref().is_none_or(|(read, ..)| *read != number) {
            let strings = self.strings_block(number).ok()?;
            let shared = Arc::from(strings.plain.as_slice());
            *block = Some((number, strings, shared));
        }
        let (_, strings, shared) = block.as_ref()?;
        Some((Arc::clone(shared), *strings.starts.get(article % STRING_BLOCK)?))
    }

    /// Article `article`'s title, its strings block read into `block` unless
    /// it is there already (none when damaged: a title is then derived).
    /// Its bytes are a range of the block's, shared by the block's titles.
    #[allow(clippy::type_complexity)]
    fn kept_title(
        &self,
        article: usize,
        block: &mut Option<(usize, Arc<StringsBlock>, Arc<[u8]>)>,
    ) -> Option<(Arc<[u8]>, std::ops::Range<usize>)> {
        let number = article / STRING_BLOCK;
        if block.as_ref().is_none_or(|(read, ..)| *read != number) {
            let strings = self.strings_block(number).ok()?;
            let shared = Arc::from(strings.plain.as_slice());
            *block = Some((number, strings, shared));
        }
        let (_, strings, shared) = block.as_ref()?;
        let mut at = *strings.starts.get(article % STRING_BLOCK)?;
        skip_str(&strings.plain, &mut at).ok()?;
        // its length, and the bytes checked to be there (they are checked to be the text's when used)
        let len = to_usize(get_varint(&strings.plain, &mut at).ok()?).ok()?;
        let range = at..at.checked_add(len)?;
        strings.plain.get(range.clone())?;
        Some((Arc::clone(shared), range))
    }

    fn section(&self, id: SectionId) -> Checked<Section<'_, Bytes>> {
        self.layout.section(id)
    }

    fn record(&self, article: usize) -> StoreResult<ArticleRecord> {
        if article >= self.meta.articles as usize {
            return Err(StoreError::NoArticle(article));
        }
        Ok(self.section(SectionId::Articles)?.row(article)?)
    }

    /// A run of records' strings: from `at` to where the next record's start.
    fn blob(&self, id: SectionId, at: u64, next_at: Option<u64>) -> Checked<&[u8]> {
        let section = self.section(id)?;
        let end = match next_at {
            Some(next) => to_usize(next)?,
            None => section.len(),
        };
        section.bytes(to_usize(at)?..end)
    }

    /// Block `block` of the article strings, decompressed, with where each
    /// article's strings begin (kept for the next calls).
    fn strings_block(&self, block: usize) -> Checked<Arc<StringsBlock>> {
        if let Ok(mut kept) = self.strings_blocks.lock()
            && let Some(found) = kept.get(block)
        {
            return Ok(found);
        }
        let packed = self.packed_run(SectionId::ArticleStringBlocks, SectionId::ArticleStrings, block)?;
        let mut at = 0;
        let len = to_usize(get_varint(packed, &mut at)?)?;
        let frame = &packed[at..];
        // plain bytes past this ratio to the packed ones are damage, not data
        if len > frame.len().saturating_mul(1024) {
            return Err(Damaged("article strings: an impossible length".into()));
        }
        let plain = match self.decompressor.try_lock() {
            Ok(mut context) => match context.as_mut() {
                Some(context) => context.decompress(frame, len),
                None => zstd::bulk::Decompressor::new().and_then(|made| context.insert(made).decompress(frame, len)),
            },
            // another thread is decompressing: not worth waiting for its context
            Err(_) => zstd::bulk::decompress(frame, len),
        }
        .map_err(|e| Damaged(format!("article strings: {e}")))?;
        if plain.len() != len {
            return Err(Damaged("article strings: a block of the wrong length".into()));
        }
        // where each article's strings begin, as far as they can be read
        let first = block * STRING_BLOCK;
        let last = (first + STRING_BLOCK).min(self.meta.articles as usize);
        let mut starts = Vec::with_capacity(last.saturating_sub(first));
        let mut at = 0;
        'articles: for record in self.section(SectionId::Articles)?.rows::<ArticleRecord>(first..last)? {
            starts.push(at);
            for _ in 0..string_count(record.flags) {
                if skip_str(&plain, &mut at).is_err() {
                    break 'articles;
                }
            }
        }
        let read = Arc::new(StringsBlock { plain, starts });
        if let Ok(mut kept) = self.strings_blocks.lock() {
            kept.keep(block, Arc::clone(&read));
        }
        Ok(read)
    }

    /// A related feature's distinct weights (see `write::WeightTables`).
    fn weights_of(&self, feature: u32) -> Checked<&[f32]> {
        let f = feature as usize;
        let bounds = self.section(SectionId::RelatedWeightStarts)?.rows::<u64>(f..f + 2)?;
        self.section(SectionId::RelatedWeights)?.rows::<f32>(to_usize(bounds[0])?..to_usize(bounds[1])?)
    }

    /// An entity's `nth` searchable name, read where its strings lie: its
    /// variants in order, then its display name when no variant is written
    /// as it is (the order `SearchIndex::variants_only` lists them in).
    fn entity_name(&self, entity: usize, nth: usize) -> StoreResult<&str> {
        let (_, blob) = self.entity_strings(entity)?;
        let mut at = 0;
        get_str(blob, &mut at)?; // its id
        let name = get_str(blob, &mut at)?;
        let count = to_usize(get_varint(blob, &mut at)?)?;
        if nth > count {
            return Err(StoreError::Damaged("an entity with fewer names than its search names".into()));
        }
        if nth == count {
            return Ok(name);
        }
        for _ in 0..nth {
            get_str(blob, &mut at)?;
        }
        Ok(get_str(blob, &mut at)?)
    }

    /// An entity's row and its strings (id, name, count, variants), which end where the next entity's begin.
    fn entity_strings(&self, entity: usize) -> StoreResult<(EntityRecord, &[u8])> {
        let record = self.entity_record(entity)?;
        let next = if entity + 1 < Store::entity_count(self) {
            Some(self.entity_record(entity + 1)?.strings_at)
        } else {
            None
        };
        let blob = self.blob(SectionId::EntityStrings, record.strings_at, next)?;
        Ok((record, blob))
    }

    fn entity_record(&self, entity: usize) -> StoreResult<EntityRecord> {
        if entity >= self.meta.entities as usize {
            return Err(StoreError::NoEntity(entity));
        }
        Ok(self.section(SectionId::Entities)?.row(entity)?)
    }

    fn source_path(&self, file: u32) -> StoreResult<PathBuf> {
        use std::os::unix::ffi::OsStrExt;
        let paths = StrTable::new(self.section(SectionId::SourcePaths)?)?;
        let relative = std::ffi::OsStr::from_bytes(paths.bytes(file as usize)?);
        let Some(root) = &self.root else { return Err(StoreError::Damaged("no corpus to read texts from".into())) };
        Ok(if relative.is_empty() { root.clone() } else { root.join(relative) })
    }

    /// A text read from the corpus's files, checked against what was indexed.
    fn text_from_source(&self, article: usize, record: &ArticleRecord) -> StoreResult<Arc<str>> {
        if let Ok(kept) = self.texts.lock()
            && let Some((_, text)) = kept.iter().find(|(a, _)| *a == article)
        {
            return Ok(Arc::clone(text));
        }
        if record.text_bytes >= LET_PAGES_GO_BEFORE {
            // a search over a huge article has read its keys (about the text's size): they
            // need not stay resident beside the text it reads now (they are read again if used)
            self.release_pages();
        }
        let path = self.source_path(record.file)?;
        let line_at = (record.flags & ArticleRecord::JSONL != 0).then_some(record.source_at);
        let unavailable = |reason: String| StoreError::Unavailable { source_name: path.display().to_string(), reason };
        let text = crate::corpus::read_article_text_shared(&path, line_at).map_err(|e| unavailable(e.to_string()))?;
        if text.len() as u64 != u64::from(record.text_bytes) || crc32fast::hash(text.as_bytes()) != record.text_crc {
            return Err(unavailable("changed since it was indexed; open the corpus again to see it".into()));
        }
        if let Ok(mut kept) = self.texts.lock() {
            if kept.len() == TEXTS_KEPT {
                kept.pop_front();
            }
            kept.push_back((article, Arc::clone(&text)));
        }
        Ok(text)
    }

    /// An article's mentions as stored: each one's start as the step from
    /// the one before, its length, and its entity and kind as one number.
    /// Each made into what the caller keeps (`make`) as it is decoded: a
    /// 50 MB article's 1.6 million rows were a second table beside its mentions.
    fn mention_rows<T>(&self, article: usize, make: impl Fn(MentionRecord) -> StoreResult<T>) -> StoreResult<Vec<T>> {
        if article >= self.meta.articles as usize {
            return Err(StoreError::NoArticle(article));
        }
        let bytes = self.packed_run(SectionId::MentionStarts, SectionId::Mentions, article)?;
        // a mention takes at least three bytes
        let mut rows = Vec::with_capacity(bytes.len() / 3);
        let (mut at, mut start) = (0, 0u32);
        while at < bytes.len() {
            start = start.wrapping_add(small(get_varint(bytes, &mut at)?)?);
            let end = start.wrapping_add(small(get_varint(bytes, &mut at)?)?);
            let entity_and_kind = get_varint(bytes, &mut at)?;
            rows.push(make([start, end, small(entity_and_kind >> 2)?, (entity_and_kind & 3) as u32])?);
        }
        rows.shrink_to_fit();
        Ok(rows)
    }

    fn fst(&self, id: SectionId) -> StoreResult<fst::Map<&[u8]>> {
        let damaged = |e: &dyn std::fmt::Display| StoreError::Damaged(format!("{id:?}: {e}"));
        let map = fst::Map::new(self.section(id)?.all()?).map_err(|e| damaged(&e))?;
        let Some(slot) = FST_SECTIONS.iter().position(|&s| s == id) else {
            return Err(damaged(&"not a term dictionary"));
        };
        let check = self.fst_checks[slot].get_or_init(|| map.as_fst().verify().map_err(|e| e.to_string()));
        match check {
            Ok(()) => Ok(map),
            Err(e) => Err(damaged(e)),
        }
    }

    /// Run `i` of a section of packed runs: its bytes, from where `starts`
    /// (a table of u64 byte offsets, one more than runs) says it begins to
    /// where the next one does.
    /// Block `block` of the article strings as stored (its plain length,
    /// then its zstd frame), if the index has it.
    pub(crate) fn article_strings_run(&self, block: usize) -> Option<&[u8]> {
        self.packed_run(SectionId::ArticleStringBlocks, SectionId::ArticleStrings, block).ok()
    }

    fn packed_run(&self, starts: SectionId, runs: SectionId, i: usize) -> Checked<&[u8]> {
        let rows = i..i.checked_add(2).ok_or(Damaged("no such run".into()))?;
        let bounds = match starts.high_words() {
            Some(_) => Offsets::new(&self.layout, starts)?.range(rows)?,
            None => self.section(starts)?.rows::<u64>(rows)?.to_vec(),
        };
        self.section(runs)?.bytes(to_usize(bounds[0])?..to_usize(bounds[1])?)
    }

    /// The articles that mention an entity, in order, as stored: each
    /// article as the step from the one before, and its mentions there.
    fn articles_of(&self, entity: usize) -> StoreResult<Vec<EntityArticle>> {
        Ok(self.first_articles_of(entity, usize::MAX)?.1)
    }

    /// How many articles mention an entity, and the first `most` of them.
    fn first_articles_of(&self, entity: usize, most: usize) -> StoreResult<(usize, Vec<EntityArticle>)> {
        let record = self.entity_record(entity)?;
        let section = self.section(SectionId::EntityArticles)?;
        let bytes = section.bytes(to_usize(record.articles_at)?..section.len())?;
        let wanted = (record.articles as usize).min(most);
        // two bytes at least per article: a damaged count cannot reserve more than there is
        let mut articles = Vec::with_capacity(wanted.min(bytes.len() / 2));
        let (mut at, mut article) = (0, 0u32);
        for _ in 0..wanted {
            article = article.wrapping_add(small(get_varint(bytes, &mut at)?)?);
            articles.push([article, small(get_varint(bytes, &mut at)?)?]);
        }
        Ok((record.articles as usize, articles))
    }
}

impl IndexStore {
    /// Take this index's pages out of the process's resident set
    /// ([`Bytes::release`]); they are read from the file again if used.
    pub(crate) fn release_pages(&self) {
        self.layout.source().release_all();
    }

    /// This index's search units, to be written again in the index of a
    /// corpus whose first articles are this index's, unchanged (the caller
    /// has checked that with [`IndexStore::analysed_as`]). `None` when they
    /// do not read back whole, or an article's title is not where its units
    /// say (`articles` made otherwise than a loader makes them): the units
    /// are then made again.
    pub(crate) fn earlier_units(&self, articles: &[crate::Article]) -> Option<EarlierUnits<'_>> {
        self.read_earlier_units(articles).ok().flatten()
    }

    fn read_earlier_units(&self, articles: &[crate::Article]) -> Checked<Option<EarlierUnits<'_>>> {
        let count = to_usize(self.meta.articles)?;
        let units = to_usize(self.meta.units)?;
        let Some(old) = articles.get(..count) else { return Ok(None) };
        // the keys (the largest section) checked a part at a time and each part
        // let go once checked: the copy reads them again a part at a time
        let keys = self.section(SectionId::Keys)?;
        for start in (0..keys.len()).step_by(KEYS_COPY_CHUNK) {
            self.layout.source().release(keys.bytes(start..keys.len().min(start + KEYS_COPY_CHUNK))?);
        }
        let keys = keys.all()?;
        let ends = Offsets::new(&self.layout, SectionId::UnitEnds)?.range(0..units)?;
        let starts = Offsets::new(&self.layout, SectionId::ArticleUnits)?.range(0..count + 1)?;
        let flags = self.section(SectionId::UnitFlags)?.all()?;
        let spans = self.section(SectionId::UnitSpans)?.all()?;
        let blocks = self.section(SectionId::UnitSpanBlocks)?;
        let span_blocks = blocks.rows::<u64>(0..blocks.row_count::<u64>())?;
        let table = self.section(SectionId::UnitBigrams)?;
        let table = table.rows::<u64>(0..table.row_count::<u64>())?;
        let Some(bigrams) = crate::search::prefilter::BigramBlocks::from_rows(table, units) else { return Ok(None) };
        if ends.last().copied().unwrap_or(0) != keys.len() as u64
            || flags.len() != units
            || span_blocks.len() != units.div_ceil(UNIT_SPAN_BLOCK)
        {
            return Ok(None);
        }
        // every span decoded in order (the last one's start continues its block),
        // and each article's first unit checked against its title
        let (mut at, mut previous_start) = (0usize, 0u32);
        let mut next_span = |unit: usize| -> Checked<Option<(usize, usize)>> {
            if unit.is_multiple_of(UNIT_SPAN_BLOCK) {
                if span_blocks.get(unit / UNIT_SPAN_BLOCK) != Some(&(at as u64)) {
                    return Ok(None);
                }
                previous_start = 0;
            }
            let (start, len) = next_packed_span(spans, &mut at, previous_start)?;
            previous_start = start;
            Ok(Some((start as usize, start as usize + len as usize)))
        };
        let mut unit = 0usize;
        for (article, pair) in old.iter().zip(starts.windows(2)) {
            let (first, end) = (to_usize(pair[0])?, to_usize(pair[1])?);
            if first != unit || end < first || end > units {
                return Ok(None);
            }
            let (title_start, title_end) = article.title_span;
            let has_title = title_end > title_start;
            let Some(article_flags) = flags.get(first..end) else { return Ok(None) };
            for (i, flag) in article_flags.iter().enumerate() {
                let Some(span) = next_span(first + i)? else { return Ok(None) };
                let is_title = flag & UNIT_TITLE != 0;
                if i == 0 && (has_title != is_title || (is_title && span != article.title_span)) {
                    return Ok(None);
                }
            }
            if first == end && has_title {
                return Ok(None);
            }
            unit = end;
        }
        if unit != units || at != spans.len() {
            return Ok(None);
        }
        let tables = UnitTables {
            ends,
            flags: flags.to_vec(),
            spans: spans.to_vec(),
            span_blocks: span_blocks.to_vec(),
            article_starts: starts[..count].to_vec(),
            bigrams,
            written: keys.len() as u64,
            title: None,
            previous_start,
        };
        // what is kept was copied out; the keys are read again as they are copied
        self.release_pages();
        Ok(Some(EarlierUnits { articles: count, keys, tables, source: self.layout.source() }))
    }

    /// Unit `id`'s span: decoded from its block of packed spans.
    fn unit_span(&self, id: usize) -> Checked<(u32, u32)> {
        let block = id / UNIT_SPAN_BLOCK;
        let blocks = self.section(SectionId::UnitSpanBlocks)?;
        let spans = self.section(SectionId::UnitSpans)?;
        let start = to_usize(blocks.row::<u64>(block)?)?;
        let end =
            if block + 1 < blocks.row_count::<u64>() { to_usize(blocks.row::<u64>(block + 1)?)? } else { spans.len() };
        let bytes = spans.bytes(start..end)?;
        let (mut at, mut span_start) = (0, 0u32);
        for i in 0..=id % UNIT_SPAN_BLOCK {
            let (start, len) = next_packed_span(bytes, &mut at, span_start)?;
            span_start = start;
            if i == id % UNIT_SPAN_BLOCK {
                let span_end = span_start.checked_add(len).ok_or(Damaged("a unit span out of range".into()))?;
                return Ok((span_start, span_end));
            }
        }
        Err(Damaged("a unit span out of range".into()))
    }
}

/// The next unit span packed in a block ([`UnitTables::spans`]) after one
/// that started at `previous_start`: its start and its length.
fn next_packed_span(bytes: &[u8], at: &mut usize, previous_start: u32) -> Checked<(u32, u32)> {
    let step = get_varint(bytes, at)?;
    // zigzag back to a signed step
    let step = ((step >> 1) as i64) ^ -((step & 1) as i64);
    let start =
        u32::try_from(i64::from(previous_start) + step).map_err(|_| Damaged("a unit span out of range".into()))?;
    Ok((start, small(get_varint(bytes, at)?)?))
}

/// How many strings an article with `flags` has in its block: its id, and
/// one per field present.
/// Decompressed article strings kept, most recently used first: at most
/// this many plain bytes (and always the last one read). 4 MB holds the
/// strings of about 40,000 long articles' ids and titles.
const STRINGS_KEPT_BYTES: usize = 4 << 20;

/// One block of article strings, decompressed.
pub(crate) struct StringsBlock {
    plain: Vec<u8>,
    /// Where each of the block's articles' strings begin in `plain`.
    starts: Vec<usize>,
}

/// The strings blocks read last, most recently used first.
#[derive(Default)]
struct KeptBlocks {
    blocks: VecDeque<(usize, Arc<StringsBlock>)>,
    bytes: usize,
}

impl KeptBlocks {
    fn get(&mut self, block: usize) -> Option<Arc<StringsBlock>> {
        let at = self.blocks.iter().position(|(b, _)| *b == block)?;
        let found = self.blocks.remove(at)?;
        let read = Arc::clone(&found.1);
        self.blocks.push_front(found);
        Some(read)
    }

    fn keep(&mut self, block: usize, read: Arc<StringsBlock>) {
        if self.blocks.iter().any(|(b, _)| *b == block) {
            return;
        }
        self.bytes += read.plain.len();
        self.blocks.push_front((block, read));
        while self.bytes > STRINGS_KEPT_BYTES && self.blocks.len() > 1 {
            let Some((_, dropped)) = self.blocks.pop_back() else { break };
            self.bytes -= dropped.plain.len();
        }
    }
}

fn string_count(flags: u8) -> u32 {
    1 + (flags & (ArticleRecord::TITLE | ArticleRecord::DATE | ArticleRecord::URL | ArticleRecord::SOURCE)).count_ones()
}

/// A number stored as a varint that must fit 32 bits.
fn small(value: u64) -> Checked<u32> {
    u32::try_from(value).map_err(|_| Damaged("a number too large for its field".into()))
}

/// A number written with its weight's place in `weights` (see
/// `write::with_place`): the number, and the weight.
fn weighted(value: u64, weights: &[f32]) -> Checked<(u32, f32)> {
    let Some(count) = std::num::NonZeroU64::new(weights.len() as u64) else {
        return Err(Damaged("a related feature without weights".into()));
    };
    let weight = weights[(value % count) as usize];
    Ok((small(value / count)?, weight))
}

impl Store for IndexStore {
    fn name(&self) -> &str {
        &self.meta.name
    }

    fn warnings(&self) -> &[LoadWarning] {
        &self.meta.warnings
    }

    fn len(&self) -> usize {
        self.meta.articles as usize
    }

    fn article(&self, article: usize) -> StoreResult<ArticleMeta<'_>> {
        let record = self.record(article)?;
        let block = self.strings_block(article / STRING_BLOCK)?;
        let start = block.starts.get(article % STRING_BLOCK).copied();
        let blob = start.and_then(|at| block.plain.get(at..)).ok_or(Damaged("article strings out of place".into()))?;
        let mut at = 0;
        let id = get_str(blob, &mut at)?.to_owned();
        let mut field = |flag: u8| -> Checked<Option<String>> {
            if record.flags & flag != 0 { get_str(blob, &mut at).map(|s| Some(s.to_owned())) } else { Ok(None) }
        };
        let title = field(ArticleRecord::TITLE)?.unwrap_or_default();
        let (date, url, source) =
            (field(ArticleRecord::DATE)?, field(ArticleRecord::URL)?, field(ArticleRecord::SOURCE)?);
        let language = self.languages.get(record.language as usize).ok_or(Damaged("a language out of range".into()))?;
        let script = *self.scripts.get(record.script as usize).ok_or(Damaged("a script out of range".into()))?;
        Ok(ArticleMeta {
            id: Cow::Owned(id),
            title: Cow::Owned(title),
            language: Cow::Borrowed(language),
            script,
            bytes: record.text_bytes as usize,
            date: date.map(Cow::Owned),
            url: url.map(Cow::Owned),
            source: source.map(Cow::Owned),
        })
    }

    fn text(&self, article: usize) -> StoreResult<Text<'_>> {
        let record = self.record(article)?;
        if record.flags & ArticleRecord::INLINE != 0 {
            let start = to_usize(record.source_at)?;
            let end = start.checked_add(record.text_bytes as usize).ok_or(Damaged("a text past the end".into()))?;
            let bytes = self.section(SectionId::Texts)?.bytes(start..end)?;
            let text =
                std::str::from_utf8(bytes).map_err(|_| StoreError::Damaged("a text that is not UTF-8".into()))?;
            return Ok(Text::Borrowed(text));
        }
        Ok(Text::Shared(self.text_from_source(article, &record)?))
    }

    fn article_by_id(&self, id: &str) -> StoreResult<Option<usize>> {
        match self.fst(SectionId::ArticleIds)?.get(id) {
            Some(i) if (i as usize) < self.len() => Ok(Some(i as usize)),
            Some(_) => Err(StoreError::Damaged("an article id names no article".into())),
            None => Ok(None),
        }
    }

    fn find(&self, key: &str) -> StoreResult<Option<usize>> {
        let key = key.trim();
        if let Some(i) = self.article_by_id(key)? {
            return Ok(Some(i));
        }
        // a file name without its directories, when only one article has it
        if let Some(i) = self.fst(SectionId::ArticleBasenames)?.get(key)
            && (i as usize) < self.len()
        {
            return Ok(Some(i as usize));
        }
        Ok(match key.parse::<usize>() {
            Ok(n) if n >= 1 && n <= self.len() => Some(n - 1),
            _ => None,
        })
    }

    fn mentions(&self, article: usize) -> StoreResult<Cow<'_, [Mention]>> {
        let mentions = self.mention_rows(article, |[start, end, entity, kind]| {
            let kind = kind_of(kind).ok_or(StoreError::Damaged("a mention of no kind".into()))?;
            Ok(Mention { start, end, kind, entity })
        })?;
        Ok(Cow::Owned(mentions))
    }

    fn entity_count(&self) -> usize {
        self.meta.entities as usize
    }

    fn entity(&self, entity: usize) -> StoreResult<EntityView<'_>> {
        let (record, blob) = self.entity_strings(entity)?;
        let mut at = 0;
        let id = get_str(blob, &mut at)?;
        let name = get_str(blob, &mut at)?;
        let count = to_usize(get_varint(blob, &mut at)?)?;
        // each variant takes at least a byte: a corrupt count cannot reserve more than the record
        let mut variants = Vec::with_capacity(count.min(blob.len()));
        for _ in 0..count {
            variants.push(get_str(blob, &mut at)?.to_owned());
        }
        Ok(EntityView {
            id: Cow::Owned(EntityId(id.to_owned())),
            name: Cow::Borrowed(name),
            kind: kind_of(record.kind).ok_or(StoreError::Damaged("an entity of no kind".into()))?,
            variants: Cow::Owned(variants),
            articles: record.articles as usize,
            mentions: to_usize(record.mentions)?,
        })
    }

    fn entity_articles(&self, entity: usize) -> StoreResult<Cow<'_, [(usize, usize)]>> {
        Ok(Cow::Owned(self.articles_of(entity)?.iter().map(|&[a, n]| (a as usize, n as usize)).collect()))
    }

    fn entity_position(&self, id: &EntityId) -> StoreResult<Option<usize>> {
        match self.fst(SectionId::EntityIds)?.get(&id.0) {
            Some(e) if (e as usize) < Store::entity_count(self) => Ok(Some(e as usize)),
            Some(_) => Err(StoreError::Damaged("an entity id names no entity".into())),
            None => Ok(None),
        }
    }

    fn top_entities(&self, kind: Option<EntityKind>, limit: usize) -> StoreResult<Vec<usize>> {
        let order = self.section(SectionId::EntityOrder)?;
        let order = order.rows::<u32>(0..order.row_count::<u32>())?;
        let mut top = Vec::new();
        for &e in order {
            if top.len() == limit {
                break;
            }
            let record = self.entity_record(e as usize)?;
            if kind.is_none_or(|k| kind_of(record.kind) == Some(k)) {
                top.push(e as usize);
            }
        }
        Ok(top)
    }

    fn article_counts(&self, facet: ArticleFacet) -> StoreResult<Vec<(String, u64)>> {
        Ok(match facet {
            ArticleFacet::Language => self.meta.language_counts.clone(),
            ArticleFacet::Script => self.meta.script_counts.clone(),
        })
    }

    fn related(&self, article: usize, limit: usize, other_languages_only: bool) -> StoreResult<Vec<Related>> {
        self.record(article)?;
        crate::related::ranked(self, article, limit, other_languages_only)
    }

    fn search(
        &self,
        session: &mut SearchSession,
        request: &SearchRequest<'_>,
        cancel: &AtomicBool,
        on_partial: &mut dyn FnMut(Vec<Hit>),
    ) -> StoreResult<Vec<Hit>> {
        let request = Request {
            input: request.query,
            engine: request.engine,
            scope: request.scope,
            limit: request.limit,
            prefilter: request.prefilter,
        };
        crate::search::pass::run(self, session, request, cancel, on_partial)
    }
}

impl SearchData for IndexStore {
    fn unit_count(&self) -> usize {
        self.meta.units as usize
    }

    fn unit_keys(&self, range: std::ops::Range<usize>) -> StoreResult<UnitKeys<'_>> {
        let offsets = Offsets::new(&self.layout, SectionId::UnitEnds)?;
        let flags_section = self.section(SectionId::UnitFlags)?;
        let flags = flags_section.rows::<u8>(range.clone())?;
        let mut ends = offsets.range(range.clone())?;
        for (end, &flag) in ends.iter_mut().zip(flags) {
            if *end & !KEY_END != 0 {
                return Err(StoreError::Damaged("a search key end past its bits".into()));
            }
            *end |= if flag & UNIT_TITLE != 0 { TITLE_BIT } else { 0 }
                | if flag & UNIT_SHARED != 0 { SHARED_BIT } else { 0 };
        }
        // where the first unit's key begins: where the unit before it ends,
        // or, when it shares its key's start, where that unit begins
        let mut first = range.start;
        while first > 0 && first < self.unit_count() && flags_section.row::<u8>(first)? & UNIT_SHARED != 0 {
            first -= 1;
        }
        let base = match first {
            0 => 0,
            i => offsets.get(i - 1)?,
        };
        let end = ends.last().map_or(base, |e| e & KEY_END);
        if end < base {
            return Err(StoreError::Damaged("search keys out of order".into()));
        }
        let keys = self.section(SectionId::Keys)?.bytes(to_usize(base)?..to_usize(end)?)?;
        Ok(UnitKeys { first: range.start, ends: Cow::Owned(ends), keys, base, titles: None })
    }

    fn unit(&self, id: usize) -> StoreResult<Unit> {
        let starts = Offsets::new(&self.layout, SectionId::ArticleUnits)?;
        let article = starts.partition_point_at_most(id as u64)?.saturating_sub(1);
        let (start, end) = self.unit_span(id)?;
        let title = self.section(SectionId::UnitFlags)?.row::<u8>(id)? & UNIT_TITLE != 0;
        Ok(Unit { article, start: start as usize, end: end as usize, title })
    }

    fn bigram_blocks(&self, bigram: usize) -> StoreResult<Option<&[u64]>> {
        let words = crate::search::prefilter::row_words(self.unit_count());
        let rows = bigram.checked_mul(words).map(|start| start..start + words);
        let Some(rows) = rows else { return Err(StoreError::Damaged("no such bigram".into())) };
        Ok(Some(self.section(SectionId::UnitBigrams)?.rows::<u64>(rows)?))
    }

    fn variant_count(&self) -> usize {
        self.section(SectionId::VariantOwners).map_or(0, |s| s.row_count::<u32>())
    }

    fn variant_keys(&self) -> StoreResult<UnitKeys<'_>> {
        let ends = self.section(SectionId::VariantEnds)?;
        let ends = ends.rows::<u64>(0..ends.row_count::<u64>())?;
        let keys = self.section(SectionId::VariantKeys)?;
        let keys = keys.bytes(0..keys.len())?;
        Ok(UnitKeys { first: 0, ends: Cow::Borrowed(ends), keys, base: 0, titles: None })
    }

    fn variant(&self, i: usize) -> StoreResult<Variant<'_>> {
        let ends = self.section(SectionId::VariantEnds)?;
        let start = if i == 0 { 0 } else { ends.row::<u64>(i - 1)? };
        let end = ends.row::<u64>(i)?;
        let key = self.section(SectionId::VariantKeys)?.bytes(to_usize(start)?..to_usize(end)?)?;
        let key = std::str::from_utf8(key).map_err(|_| StoreError::Damaged("a name key that is not UTF-8".into()))?;
        let owners = self.section(SectionId::VariantOwners)?;
        let owners = owners.rows::<u32>(0..owners.row_count::<u32>())?;
        let owner = *owners.get(i).ok_or(StoreError::Damaged("no such name".into()))?;
        // an entity's names come one after another: which of its names this is
        let nth = i
            .checked_sub(owners.partition_point(|&o| o < owner))
            .ok_or(StoreError::Damaged("names out of their entities' order".into()))?;
        let text = self.entity_name(owner as usize, nth)?;
        Ok(Variant { key, owner: owner as usize, text })
    }

    fn entity_count(&self) -> usize {
        self.meta.entities as usize
    }

    fn places(&self, entity: usize, limit: usize) -> StoreResult<(usize, Vec<Place>)> {
        let (count, articles) = self.first_articles_of(entity, limit)?;
        let mut places = Vec::with_capacity(articles.len());
        for &[article, _] in &articles {
            let first = self.mention_rows(article as usize, Ok)?.into_iter().find(|m| m[2] as usize == entity);
            let Some([start, end, ..]) = first else {
                return Err(StoreError::Damaged("an entity's article does not mention it".into()));
            };
            places.push(Place { article, start, end });
        }
        Ok((count, places))
    }

    fn place_count(&self, entity: usize) -> StoreResult<usize> {
        Ok(self.entity_record(entity)?.articles as usize)
    }

    fn text(&self, article: usize) -> StoreResult<Text<'_>> {
        Store::text(self, article)
    }
}

impl RelatedData for IndexStore {
    fn article_count(&self) -> usize {
        self.meta.articles as usize
    }

    fn vector(&self, article: usize) -> StoreResult<Cow<'_, [Entry]>> {
        let bytes = self.packed_run(SectionId::RelatedVectorStarts, SectionId::RelatedEntries, article)?;
        // an entry takes at least three bytes: a damaged run cannot reserve more than it holds
        let mut entries = Vec::with_capacity(bytes.len() / 3);
        let (mut at, mut feature) = (0, 0u32);
        while at < bytes.len() {
            feature = feature.wrapping_add(small(get_varint(bytes, &mut at)?)?);
            let (count, weight) = weighted(get_varint(bytes, &mut at)?, self.weights_of(feature)?)?;
            let surface = small(get_varint(bytes, &mut at)?)?;
            entries.push(Entry { feature, weight, count, surface });
        }
        Ok(Cow::Owned(entries))
    }

    fn norm(&self, article: usize) -> StoreResult<f32> {
        Ok(self.section(SectionId::RelatedNorms)?.row(article)?)
    }

    fn language(&self, article: usize) -> StoreResult<u32> {
        Ok(u32::from(self.record(article)?.language))
    }

    fn postings(&self, feature: u32) -> StoreResult<Cow<'_, [Posting]>> {
        let bytes = self.packed_run(SectionId::RelatedPostingStarts, SectionId::RelatedPostings, feature as usize)?;
        let weights = self.weights_of(feature)?;
        let mut postings = Vec::with_capacity(bytes.len());
        let (mut at, mut article) = (0, 0u32);
        while at < bytes.len() {
            let (step, weight) = weighted(get_varint(bytes, &mut at)?, weights)?;
            article = article.wrapping_add(step);
            postings.push(Posting { article, weight });
        }
        Ok(Cow::Owned(postings))
    }

    fn kind(&self, feature: u32) -> StoreResult<u32> {
        Ok(self.section(SectionId::RelatedKinds)?.row(feature as usize)?)
    }

    fn surface(&self, surface: u32) -> StoreResult<Cow<'_, str>> {
        Ok(Cow::Borrowed(StrTable::new(self.section(SectionId::RelatedSurfaces)?)?.get(surface as usize)?))
    }
}

#[cfg(test)]
mod kept_blocks_tests {
    use super::*;

    fn block(bytes: usize) -> Arc<StringsBlock> {
        Arc::new(StringsBlock { plain: vec![0; bytes], starts: vec![0] })
    }

    /// A ranking reads articles of many blocks in turn: each block read
    /// stays, so coming back to one does not decompress it again.
    #[test]
    fn blocks_read_before_are_kept_while_they_fit() {
        let mut kept = KeptBlocks::default();
        for b in 0..20 {
            kept.keep(b, block(50_000));
        }
        assert!((0..20).all(|b| kept.get(b).is_some()));
        assert!(kept.get(20).is_none());
    }

    /// Past the budget the least recently used block goes, never the one
    /// just read (even when it alone is over the budget).
    #[test]
    fn the_least_recently_used_block_goes_first_and_the_last_read_always_stays() {
        let mut kept = KeptBlocks::default();
        let half = STRINGS_KEPT_BYTES / 2;
        kept.keep(0, block(half));
        kept.keep(1, block(half));
        assert!(kept.get(0).is_some());
        kept.keep(2, block(half));
        assert!(kept.get(1).is_none());
        assert!(kept.get(0).is_some() && kept.get(2).is_some());
        kept.keep(3, block(STRINGS_KEPT_BYTES * 2));
        assert!(kept.get(3).is_some());
        assert!(kept.get(0).is_none() && kept.get(2).is_none());
        assert_eq!(kept.bytes, STRINGS_KEPT_BYTES * 2);
    }
}
