//! Writing an analysed corpus as an index file, section by section, in one
//! sequential pass (see [`super::format`] for the layout).

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::format::{SectionId, UNIT_SHARED, UNIT_SPAN_BLOCK, UNIT_TITLE, Writer, get_varint, put_str, put_varint};
use super::records::{ArticleRecord, EntityRecord, FileStamp, kind_number};
use crate::Analysis;
use crate::corpus::{Article, ArticleTexts, Corpus, LineCheck, Listing, LoadWarning, SourceSpan, SourceTexts};

/// The small facts about an index, stored as JSON in its meta section.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Meta {
    pub name: String,
    pub articles: u64,
    pub entities: u64,
    pub units: u64,
    /// Language codes; article records name them by position.
    pub languages: Vec<String>,
    /// Script codes, the same way.
    pub scripts: Vec<String>,
    pub language_counts: Vec<(String, u64)>,
    pub script_counts: Vec<(String, u64)>,
    pub warnings: Vec<LoadWarning>,
    /// What listing the corpus reported ([`super::listing_fingerprint`]);
    /// 0 for an index without source files.
    pub listing: u64,
}

/// Where the index finds its articles' texts.
pub enum Texts<'a> {
    /// In the index itself (the bundled seeds, which have no files).
    Inline,
    /// In the corpus's files, where the listing found them.
    Sources { listing: &'a Listing, spans: &'a [SourceSpan] },
    /// In the corpus's files, and the articles no longer hold them (a build
    /// lets them go once linking is done): read back from there, in order,
    /// and checked against the length and CRC-32 of each text analysed.
    ReadBack(&'a SourceTexts<'a>),
}

impl<'a> Texts<'a> {
    /// The listing and spans of texts in the corpus's files.
    fn sources(&self) -> Option<(&'a Listing, &'a [SourceSpan])> {
        match *self {
            Texts::Inline => None,
            Texts::Sources { listing, spans } => Some((listing, spans)),
            Texts::ReadBack(source) => Some((source.listing(), source.spans())),
        }
    }
}

/// Write the whole index of an analysed corpus; returns the file's length.
pub fn write_index<W: Write>(out: W, corpus: &Corpus, analysis: &Analysis, texts: &Texts) -> io::Result<(W, u64)> {
    write_grown_index(out, corpus, analysis, texts, None)
}

/// [`write_index`] for a corpus that grew at its end, given the index of
/// its first articles (`earlier`, whose articles the caller has found
/// unchanged with [`super::IndexStore::analysed_as`]): their search units
/// are read back from it rather than made again. The file is the one
/// [`write_index`] writes (`tests/append_props.rs`).
pub fn write_grown_index<W: Write>(
    out: W,
    corpus: &Corpus,
    analysis: &Analysis,
    texts: &Texts,
    earlier: Option<&super::IndexStore>,
) -> io::Result<(W, u64)> {
    write_index_with(out, corpus, analysis, texts, earlier, None)
}

/// [`write_grown_index`] given the articles' strings made before
/// ([`ArticleStrings::take_from`]: the corpus's articles then hold none).
pub fn write_index_with<W: Write>(
    out: W,
    corpus: &Corpus,
    analysis: &Analysis,
    texts: &Texts,
    earlier: Option<&super::IndexStore>,
    strings: Option<&ArticleStrings>,
) -> io::Result<(W, u64)> {
    let mut w = Writer::new(out)?;
    let mut languages: Vec<String> = Vec::new();
    let mut scripts: Vec<String> = Vec::new();
    let number = |list: &mut Vec<String>, code: &str| match list.iter().position(|c| c == code) {
        Some(i) => i,
        None => {
            list.push(code.to_owned());
            list.len() - 1
        }
    };
    let made;
    let strings = match strings {
        Some(strings) if strings.flags.len() == corpus.len() => strings,
        Some(_) => return Err(io::Error::other("the articles' strings are not those of this corpus")),
        None => {
            made = ArticleStrings::of(&corpus.articles)?;
            &made
        }
    };

    // articles: records, their texts when inline (their strings are made above)
    let mut records: Vec<ArticleRecord> = Vec::with_capacity(corpus.len());
    let mut line_checks: Vec<[u32; 2]> = Vec::with_capacity(corpus.len());
    let mut inline: Vec<u8> = Vec::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        let mut flags = strings.flags[i];
        let (file, source_at) = match texts.sources() {
            None => {
                flags |= ArticleRecord::INLINE;
                let at = inline.len() as u64;
                inline.extend_from_slice(a.text.as_bytes());
                (u32::MAX, at)
            }
            Some((_, spans)) => {
                let span = spans.get(i).copied().unwrap_or(SourceSpan {
                    file: u32::MAX,
                    line_at: None,
                    language_detected: false,
                    title_derived: false,
                    line_check: None,
                });
                if let Some(check) = span.line_check {
                    line_checks.resize(i, [0, LineCheck::NONE]);
                    line_checks.push([check.line_crc, check.text_at]);
                }
                if span.line_at.is_some() {
                    flags |= ArticleRecord::JSONL;
                }
                if span.language_detected {
                    flags |= ArticleRecord::LANGUAGE_DETECTED;
                }
                if span.title_derived {
                    flags |= ArticleRecord::TITLE_DERIVED;
                }
                (span.file, span.line_at.unwrap_or(0))
            }
        };
        let language = number(&mut languages, a.language.code());
        let script = number(&mut scripts, a.script.code());
        let (text_len, text_crc) = match texts {
            Texts::ReadBack(source) => source
                .sums()
                .get(i)
                .copied()
                .ok_or_else(|| io::Error::other(format!("article {}: no length and CRC-32 of its text", i + 1)))?,
            _ => (a.text.len() as u64, crc32fast::hash(a.text.as_bytes())),
        };
        let text_bytes = u32::try_from(text_len)
            .map_err(|_| io::Error::other(format!("article {}: more than 4 GiB of text", i + 1)))?;
        records.push(ArticleRecord {
            text_bytes,
            source_at,
            text_crc,
            file,
            language: u16::try_from(language).map_err(|_| io::Error::other("more than 65,535 languages"))?,
            script: u8::try_from(script).map_err(|_| io::Error::other("more than 255 scripts"))?,
            flags,
        });
    }
    w.begin(SectionId::Articles)?;
    w.rows(&records)?;
    drop(records);
    w.section(SectionId::ArticleStrings, &strings.packed)?;
    w.begin(SectionId::ArticleStringBlocks)?;
    w.rows(&strings.starts)?;
    w.section(SectionId::Texts, &inline)?;
    drop(inline);
    // (none at all when no article has one: a corpus of text files)
    if !line_checks.is_empty() {
        line_checks.resize(corpus.len(), [0, LineCheck::NONE]);
    }
    w.begin(SectionId::LineChecks)?;
    w.rows(&line_checks)?;
    drop(line_checks);

    // the files the texts are in, and what each looked like
    match texts.sources() {
        Some((listing, _)) => {
            let stamps: Vec<FileStamp> = listing.files.iter().map(|f| FileStamp::of(&f.stat)).collect();
            w.begin(SectionId::Sources)?;
            w.rows(&stamps)?;
            let paths: Vec<&[u8]> = listing
                .files
                .iter()
                .map(|f| f.path.strip_prefix(&listing.root).unwrap_or(&f.path).as_os_str().as_encoded_bytes())
                .collect();
            w.strings(SectionId::SourcePaths, &paths)?;
        }
        None => {
            w.section(SectionId::Sources, &[])?;
            w.strings::<&[u8]>(SectionId::SourcePaths, &[])?;
        }
    }

    // articles by id, and by file name when that is unique
    w.section(SectionId::ArticleIds, &strings.ids)?;
    w.section(SectionId::ArticleBasenames, &strings.basenames)?;

    write_entities(&mut w, analysis)?;
    let earlier_units = earlier.and_then(|store| store.earlier_units(&corpus.articles));
    let read = match texts {
        Texts::ReadBack(source) => ArticleTexts::Files(source),
        _ => ArticleTexts::Held(&corpus.articles),
    };
    let units = write_search(&mut w, corpus, read, &analysis.entities, earlier_units)?;
    write_related(&mut w, analysis)?;
    write_recognition(&mut w, &analysis.recognition)?;

    let meta = Meta {
        name: corpus.name.clone(),
        articles: corpus.len() as u64,
        entities: analysis.entities.entities.len() as u64,
        units,
        language_counts: crate::store::counted(corpus.articles.iter().map(|a| a.language.code())),
        script_counts: crate::store::counted(corpus.articles.iter().map(|a| a.script.code())),
        languages,
        scripts,
        warnings: corpus.warnings.clone(),
        listing: match texts.sources() {
            Some((listing, _)) => super::listing_fingerprint(listing),
            None => 0,
        },
    };
    w.section(SectionId::Meta, &serde_json::to_vec(&meta).map_err(io::Error::other)?)?;
    w.finish(super::identity())
}

/// Articles whose strings (id, title, date, url, source) are compressed
/// together: a list view reads a screenful of neighbours, and one block's
/// decompression serves them all. 512 rather than 128: ids and titles
/// repeat their neighbours' words, and a 1M one-line corpus's strings take
/// 11.3 MB instead of 18.5 (examples/index_sections); a block is ~40 KB
/// plain, tens of microseconds to decompress for a search hit's title.
pub const STRING_BLOCK: usize = 512;

/// What the index keeps of its articles' own strings (id, title, date,
/// url, source), made into its sections: the strings compressed a block of
/// articles at a time, the ids and file names as sorted maps. Made ahead of
/// the analysis, it lets a build drop the strings while it analyses, since
/// nothing but the index's article sections reads them
/// ([`ArticleStrings::take_from`]).
#[derive(Debug, Default)]
pub struct ArticleStrings {
    /// The article strings section, and where each block of it begins.
    packed: Vec<u8>,
    starts: Vec<u64>,
    /// Per article, which strings it has ([`ArticleRecord::TITLE`], `DATE`, `URL`, `SOURCE`).
    flags: Vec<u8>,
    /// The ids section (an fst map of id to article) and the file names section.
    ids: Vec<u8>,
    basenames: Vec<u8>,
}

impl ArticleStrings {
    /// The sections of these articles' strings.
    pub fn of(articles: &[Article]) -> io::Result<ArticleStrings> {
        ArticleStrings::keeping(articles, None)
    }

    /// [`ArticleStrings::of`], a block whose strings are those of the same
    /// block of an earlier index (an append's old blocks) taking that
    /// block's frame as it is: compressing the old articles' strings again
    /// was about half of making the section in an append.
    pub fn keeping(articles: &[Article], earlier: Option<&super::IndexStore>) -> io::Result<ArticleStrings> {
        let mut blocks = StringBlocks::default();
        let mut strings: Vec<u8> = Vec::new();
        let mut flags = Vec::with_capacity(articles.len());
        let earlier_run = |block: usize| earlier.and_then(|store| store.article_strings_run(block));
        for (i, a) in articles.iter().enumerate() {
            if i.is_multiple_of(STRING_BLOCK) && i > 0 {
                blocks.seal(&mut strings, earlier_run(i / STRING_BLOCK - 1))?;
            }
            put_str(&mut strings, &a.id);
            let mut flag = ArticleRecord::TITLE;
            put_str(&mut strings, &a.title);
            for (field, bit) in
                [(&a.date, ArticleRecord::DATE), (&a.url, ArticleRecord::URL), (&a.source, ArticleRecord::SOURCE)]
            {
                if let Some(value) = field {
                    flag |= bit;
                    put_str(&mut strings, value);
                }
            }
            flags.push(flag);
        }
        if !articles.is_empty() {
            blocks.seal(&mut strings, earlier_run((articles.len() - 1) / STRING_BLOCK))?;
        }
        drop(strings);
        let mut ids: Vec<(&str, u64)> = articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i as u64)).collect();
        ids.sort_unstable();
        ids.dedup_by(|later, earlier| later.0 == earlier.0);
        let id_map = fst_map(ids.iter().copied())?;
        let distinct = ids.len() == articles.len();
        drop(ids);
        let basenames =
            if basenames_are_the_ids(articles, distinct) { id_map.clone() } else { basename_map(articles)? };
        let StringBlocks { packed, starts, .. } = blocks;
        Ok(ArticleStrings { packed, starts, flags, ids: id_map, basenames })
    }

    /// The same, and the articles' strings given up (left empty): the
    /// index is then written with these ([`write_index_with`]). On a
    /// million one-line articles the ids and titles were about a tenth of
    /// the build's peak.
    pub fn take_from(articles: &mut [Article], earlier: Option<&super::IndexStore>) -> io::Result<ArticleStrings> {
        let strings = ArticleStrings::keeping(articles, earlier)?;
        for a in articles.iter_mut() {
            a.id = String::new();
            a.title = String::new();
            a.date = None;
            a.url = None;
            a.source = None;
        }
        Ok(strings)
    }

    /// Articles they are the strings of.
    pub fn len(&self) -> usize {
        self.flags.len()
    }

    pub fn is_empty(&self) -> bool {
        self.flags.is_empty()
    }
}

/// The article strings section being made: zstd frames, one per block, each
/// after its plain length (a varint); and where each block begins.
struct StringBlocks {
    packed: Vec<u8>,
    starts: Vec<u64>,
    /// One compression context for every block: making one per block (what
    /// `zstd::bulk::compress` does) was most of the section's cost, its
    /// tables allocated, faulted in and cleared 200 times for 100,000
    /// articles, more than the compressing itself.
    compressor: Option<zstd::bulk::Compressor<'static>>,
    /// Reads an earlier index's blocks back, to tell whether one is the same.
    decompressor: Option<zstd::bulk::Decompressor<'static>>,
}

impl Default for StringBlocks {
    fn default() -> Self {
        StringBlocks { packed: Vec::new(), starts: vec![0], compressor: None, decompressor: None }
    }
}

/// zstd's level for the article strings.
const STRINGS_LEVEL: i32 = 3;

impl StringBlocks {
    /// Compress a block's strings after the others, and empty it. The
    /// frame is the one a fresh context makes: zstd starts every frame of
    /// `compress2` anew, with the same parameters.
    /// `earlier`: the same block of an earlier index (its length and frame),
    /// taken instead when it holds these strings.
    fn seal(&mut self, block: &mut Vec<u8>, earlier: Option<&[u8]>) -> io::Result<()> {
        if let Some(run) = earlier
            && self.holds(run, block)
        {
            self.packed.extend_from_slice(run);
            self.starts.push(self.packed.len() as u64);
            block.clear();
            return Ok(());
        }
        put_varint(&mut self.packed, block.len() as u64);
        let compressor = match &mut self.compressor {
            Some(compressor) => compressor,
            None => self.compressor.insert(zstd::bulk::Compressor::new(STRINGS_LEVEL)?),
        };
        self.packed.extend_from_slice(&compressor.compress(block)?);
        self.starts.push(self.packed.len() as u64);
        block.clear();
        Ok(())
    }

    /// Whether a block as stored (its plain length, then its frame) holds
    /// exactly `plain`: it is read back and compared, so a kept frame is
    /// never trusted for strings that changed (a damaged one fails here).
    fn holds(&mut self, run: &[u8], plain: &[u8]) -> bool {
        let mut at = 0;
        if get_varint(run, &mut at).ok() != Some(plain.len() as u64) {
            return false;
        }
        let Some(frame) = run.get(at..) else { return false };
        let decompressor = match &mut self.decompressor {
            Some(decompressor) => decompressor,
            None => match zstd::bulk::Decompressor::new() {
                Ok(made) => self.decompressor.insert(made),
                Err(_) => return false,
            },
        };
        decompressor.decompress(frame, plain.len()).is_ok_and(|read| read == plain)
    }
}

/// A sorted map of byte strings to numbers.
/// Whether the basename map is the id map byte for byte: ids without a
/// `/` are their own basenames, and when they are all distinct no basename
/// is marked ambiguous. A JSON Lines corpus's ids are so (the map was built
/// twice, a sort and an fst of every id each time, at every write).
fn basenames_are_the_ids(articles: &[Article], distinct_ids: bool) -> bool {
    distinct_ids && articles.iter().all(|a| !a.id.contains('/'))
}

/// Each id's last path component to its article, [`u64::MAX`] for a basename two articles share.
fn basename_map(articles: &[Article]) -> io::Result<Vec<u8>> {
    let mut basenames: Vec<(&str, u64)> =
        articles.iter().enumerate().map(|(i, a)| (a.id.rsplit('/').next().unwrap_or(""), i as u64)).collect();
    basenames.sort_unstable();
    let mut unique: Vec<(&str, u64)> = Vec::with_capacity(basenames.len());
    for (name, i) in basenames {
        match unique.last_mut() {
            Some(last) if last.0 == name => last.1 = u64::MAX,
            _ => unique.push((name, i)),
        }
    }
    fst_map(unique.into_iter())
}

fn fst_map<'k>(sorted: impl Iterator<Item = (&'k str, u64)>) -> io::Result<Vec<u8>> {
    let mut builder = fst::MapBuilder::memory();
    for (key, value) in sorted {
        builder.insert(key, value).map_err(io::Error::other)?;
    }
    builder.into_inner().map_err(io::Error::other)
}

fn write_entities<W: Write>(w: &mut Writer<W>, analysis: &Analysis) -> io::Result<()> {
    let entities = &analysis.entities;
    let mut records = Vec::with_capacity(entities.entities.len());
    let mut strings: Vec<u8> = Vec::new();
    let mut articles: Vec<u8> = Vec::new();
    for e in &entities.entities {
        let strings_at = strings.len() as u64;
        put_str(&mut strings, &e.id.0);
        put_str(&mut strings, &e.name);
        put_varint(&mut strings, e.variants.len() as u64);
        for v in &e.variants {
            put_str(&mut strings, v);
        }
        records.push(EntityRecord {
            strings_at,
            articles_at: articles.len() as u64, // in bytes
            mentions: e.mention_count() as u64,
            articles: e.articles.len() as u32,
            kind: kind_number(e.kind),
        });
        // each article as the step from the one before (they come in order), and its mentions there
        let mut previous = 0u32;
        for &(article, mentions) in &e.articles {
            put_varint(&mut articles, u64::from((article as u32).wrapping_sub(previous)));
            put_varint(&mut articles, mentions as u64);
            previous = article as u32;
        }
    }
    w.begin(SectionId::Entities)?;
    w.rows(&records)?;
    w.section(SectionId::EntityStrings, &strings)?;
    w.section(SectionId::EntityArticles, &articles)?;
    drop(articles);
    let order: Vec<u32> = entities.by_frequency().into_iter().map(|e| e as u32).collect();
    w.begin(SectionId::EntityOrder)?;
    w.rows(&order)?;
    let mut ids: Vec<(&str, u64)> =
        entities.entities.iter().enumerate().map(|(i, e)| (e.id.0.as_str(), i as u64)).collect();
    ids.sort_unstable();
    ids.dedup_by(|later, earlier| later.0 == earlier.0);
    w.section(SectionId::EntityIds, &fst_map(ids.into_iter())?)?;

    // each mention: its start as the step from the one before (they come
    // in order), its length, its entity and kind as one number
    let mut starts: Vec<u64> = Vec::with_capacity(entities.mentions.len() + 1);
    starts.push(0);
    w.begin(SectionId::Mentions)?;
    let mut count = 0u64;
    let mut packed = Vec::new();
    for mentions in &entities.mentions {
        packed.clear();
        let mut previous = 0u32;
        for m in mentions {
            put_varint(&mut packed, u64::from(m.start.wrapping_sub(previous)));
            put_varint(&mut packed, u64::from(m.end.wrapping_sub(m.start)));
            put_varint(&mut packed, (u64::from(m.entity) << 2) | u64::from(kind_number(m.kind)));
            previous = m.start;
        }
        w.put(&packed)?;
        count += packed.len() as u64;
        starts.push(count);
    }
    w.offsets(SectionId::MentionStarts, &starts)
}

/// The search sections, made as they are written: the units' keys a batch
/// of articles at a time straight into the file (never the whole corpus's
/// keys in memory), with what is kept per unit (key end, flags, span,
/// bigrams) to write after them. Returns the number of units.
fn write_search<W: Write>(
    w: &mut Writer<W>,
    corpus: &Corpus,
    texts: ArticleTexts,
    entities: &crate::entities::EntityIndex,
    earlier: Option<EarlierUnits>,
) -> io::Result<u64> {
    w.begin(SectionId::Keys)?;
    // an earlier index's units are its articles' as they are now: written as
    // they were, and the units of the articles after them added
    let (mut units, first_new) = match earlier {
        Some(earlier) => {
            // a chunk at a time, each let go once written: the old keys (the
            // largest section) never all resident at once
            for chunk in earlier.keys.chunks(KEYS_COPY_CHUNK) {
                w.put(chunk)?;
                earlier.source.release(chunk);
            }
            (earlier.tables, earlier.articles)
        }
        None => (UnitTables::default(), 0),
    };
    let mut failed: io::Result<()> = Ok(());
    let mut add_keys = |first: usize, lines: Vec<crate::search::LineUnit>, keys: String, ends: Vec<usize>| {
        let mut start = 0usize;
        for (unit, end) in lines.iter().zip(ends) {
            let key = keys.as_bytes().get(start..end).unwrap_or(&[]);
            start = end;
            // numbered from the first article keyed
            let unit = crate::search::LineUnit { article: unit.article + first as u32, ..*unit };
            if failed.is_ok() {
                failed = units.add(w, &unit, key);
            }
        }
    };
    match texts {
        ArticleTexts::Held(_) => {
            let new_articles = corpus.articles.get(first_new..).unwrap_or(&[]);
            crate::search::unit_keys_in_batches(new_articles, |lines, keys, ends| {
                add_keys(first_new, lines, keys, ends)
            });
        }
        ArticleTexts::Files(source) => {
            // a run of articles at a time, each given its text back while it is keyed
            // (units are written one by one in article order, whatever the runs)
            let mut first = first_new;
            while first < corpus.len() {
                // a huge text file is keyed a window at a time as it is read, never held whole
                if let Some(windows) = source.windows_of_long_text(first, LONG_TEXT) {
                    let mut windows = windows?;
                    crate::search::unit_keys_of_windows(
                        first as u32,
                        corpus.articles[first].title_span,
                        &mut |text| windows.next_into(text),
                        |lines, keys, ends| add_keys(0, lines, keys, ends),
                    )?;
                    first += 1;
                    continue;
                }
                let end = (first + 1..(first + READ_BACK_RUN).min(corpus.len()))
                    .find(|&i| source.is_long_text(i, LONG_TEXT))
                    .unwrap_or((first + READ_BACK_RUN).min(corpus.len()));
                let run: Vec<Article> = texts
                    .read(first..end)?
                    .into_iter()
                    .zip(&corpus.articles[first..end])
                    .map(|(text, a)| Article {
                        id: String::new(),
                        title: String::new(),
                        title_span: a.title_span,
                        text: text.into_owned(),
                        language: a.language.clone(),
                        script: a.script,
                        date: None,
                        url: None,
                        source: None,
                    })
                    .collect();
                crate::search::unit_keys_in_batches(&run, |lines, keys, ends| add_keys(first, lines, keys, ends));
                first = end;
            }
        }
    }
    failed?;
    let count = units.ends.len();
    w.offsets(SectionId::UnitEnds, &units.ends)?;
    drop(units.ends);
    w.section(SectionId::UnitFlags, &units.flags)?;
    drop(units.flags);
    w.section(SectionId::UnitSpans, &units.spans)?;
    drop(units.spans);
    w.begin(SectionId::UnitSpanBlocks)?;
    w.rows(&units.span_blocks)?;
    // each article's first unit (units come in article order), then the end
    let mut starts = units.article_starts;
    starts.resize(corpus.len(), count as u64);
    starts.push(count as u64);
    w.offsets(SectionId::ArticleUnits, &starts)?;
    drop(starts);
    w.begin(SectionId::UnitBigrams)?;
    w.rows(&units.bigrams.rows(count))?;
    drop(units.bigrams);

    let names = crate::search::SearchIndex::variants_only(entities);
    w.begin(SectionId::VariantEnds)?;
    w.rows(&names.variant_key_ends)?;
    w.section(SectionId::VariantKeys, names.variant_keys.as_bytes())?;
    w.begin(SectionId::VariantOwners)?;
    // (each name's text is read from its entity's strings: written there already)
    w.rows(&names.variant_owner)?;
    Ok(count as u64)
}

/// Articles whose texts are read back and keyed at a time, for a build that
/// let the texts go: a few batches of every core's keying.
const READ_BACK_RUN: usize = 1 << 14;

/// A text file longer than this is read back and keyed a window at a time
/// (as long as the pieces its keys are handed over in).
const LONG_TEXT: u64 = 8 << 20;

/// The search units of an index's first articles read back from it
/// ([`super::IndexStore::earlier_units`]): an article's units, keys and
/// spans depend on its text alone (its title's span is derived from it), so
/// those of articles unchanged are written again as they are.
pub(crate) struct EarlierUnits<'a> {
    /// How many articles they are the units of.
    pub(crate) articles: usize,
    /// The keys section as written (titles' keys shared as there).
    pub(crate) keys: &'a [u8],
    /// The tables as they stood after the last of those articles.
    pub(crate) tables: UnitTables,
    /// The old index's bytes, whose pages are let go as they are copied.
    pub(crate) source: &'a super::Bytes,
}

/// How much of an old index's keys section is copied before its pages are let go.
pub(crate) const KEYS_COPY_CHUNK: usize = 8 << 20;

/// What the index keeps per unit besides its key, gathered while the keys
/// are written.
#[derive(Default)]
pub(crate) struct UnitTables {
    /// Where each unit's key ends in the keys section.
    pub(crate) ends: Vec<u64>,
    /// [`UNIT_TITLE`] on titles, [`UNIT_SHARED`] on a text line whose key
    /// begins with its article's title's key (a one-line article's line
    /// starts with its title): the file keeps only the rest of it.
    pub(crate) flags: Vec<u8>,
    /// The units' spans, [`UNIT_SPAN_BLOCK`] to a block: each unit's start
    /// as the step from the one before in its block (zigzag, a line can come
    /// before its title), then its length, both varints;
    pub(crate) spans: Vec<u8>,
    /// and where each block begins.
    pub(crate) span_blocks: Vec<u64>,
    /// Each article's first unit, for the articles seen so far.
    pub(crate) article_starts: Vec<u64>,
    pub(crate) bigrams: crate::search::prefilter::BigramBlocks,
    /// Keys bytes written so far.
    pub(crate) written: u64,
    /// The title just stored: its article and its key.
    pub(crate) title: Option<(u32, Vec<u8>)>,
    /// The span of the unit before in its block.
    pub(crate) previous_start: u32,
}

impl UnitTables {
    /// Write the next unit's key (or what its title's does not hold) and note the rest.
    fn add<W: Write>(&mut self, w: &mut Writer<W>, unit: &crate::search::LineUnit, key: &[u8]) -> io::Result<()> {
        use crate::search::HitKind;
        let index = self.ends.len();
        while self.article_starts.len() <= unit.article as usize {
            self.article_starts.push(index as u64);
        }
        let shared = self.title.take().filter(|(article, title)| {
            *article == unit.article && unit.kind != HitKind::Title && key.starts_with(title)
        });
        let mut flag = 0;
        match &shared {
            Some((_, title)) => {
                w.put(&key[title.len()..])?;
                self.written += (key.len() - title.len()) as u64;
                flag |= UNIT_SHARED;
            }
            None => {
                w.put(key)?;
                self.written += key.len() as u64;
            }
        }
        if unit.kind == HitKind::Title {
            self.title = Some((unit.article, key.to_vec()));
            flag |= UNIT_TITLE;
        }
        self.ends.push(self.written);
        self.flags.push(flag);
        self.bigrams.add(index, key);
        if index.is_multiple_of(UNIT_SPAN_BLOCK) {
            self.span_blocks.push(self.spans.len() as u64);
            self.previous_start = 0;
        }
        put_varint(&mut self.spans, zigzag(i64::from(unit.start) - i64::from(self.previous_start)));
        put_varint(&mut self.spans, u64::from(unit.end.wrapping_sub(unit.start)));
        self.previous_start = unit.start;
        Ok(())
    }
}

/// A signed step as an unsigned number, small either way.
pub fn zigzag(step: i64) -> u64 {
    ((step << 1) ^ (step >> 63)) as u64
}

fn write_related<W: Write>(w: &mut Writer<W>, analysis: &Analysis) -> io::Result<()> {
    let related = &analysis.related;
    let tables = WeightTables::of(related);
    // a feature's postings come in article order: an article's entry of it is its next posting
    let mut next_posting: Vec<u64> = related.posting_starts.iter().take(tables.features()).copied().collect();
    let mut misplaced = false;
    let starts = packed_runs(w, SectionId::RelatedEntries, &related.vector_starts, |i, out| {
        let mut feature = 0;
        for e in &related.entries[i] {
            let place = next_posting.get_mut(e.feature as usize).and_then(|next| {
                let place = tables.of_posting.get(*next as usize).copied();
                *next += 1;
                place
            });
            match place.filter(|&place| tables.weight_bits(e.feature, place) == Some(e.weight.to_bits())) {
                Some(place) => put_entry(out, e, feature, place, tables.len(e.feature)),
                None => misplaced = true,
            }
            feature = e.feature;
        }
    })?;
    if misplaced {
        return Err(io::Error::other("a related entry's weight is not its posting's"));
    }
    w.offsets(SectionId::RelatedVectorStarts, &starts)?;
    w.begin(SectionId::RelatedNorms)?;
    w.rows(&related.norms)?;
    // runs come feature after feature
    let mut feature = 0u32;
    let starts = packed_runs(w, SectionId::RelatedPostings, &related.posting_starts, |i, out| {
        let weights = tables.len(feature);
        let mut article = 0;
        for (p, &place) in related.postings[i.clone()].iter().zip(tables.of_posting.get(i).unwrap_or(&[])) {
            put_varint(out, with_place(u64::from(p.article.wrapping_sub(article)), place, weights));
            article = p.article;
        }
        feature += 1;
    })?;
    w.begin(SectionId::RelatedPostingStarts)?;
    w.rows(&starts)?;
    w.begin(SectionId::RelatedWeights)?;
    w.rows(&tables.weights)?;
    w.begin(SectionId::RelatedWeightStarts)?;
    w.rows(&tables.starts)?;
    w.begin(SectionId::RelatedKinds)?;
    w.rows(&related.kinds)?;
    w.strings(SectionId::RelatedSurfaces, &related.surfaces)
}

/// Runs of rows (`starts`: where each run begins and the last ends) packed
/// by `pack` one after another into section `id`, a run at a time (the
/// packed section is never held whole: it was tens of MB of a 1M build's
/// peak); returns where each run's bytes begin (and the last end).
fn packed_runs<W: Write>(
    w: &mut Writer<W>,
    id: SectionId,
    starts: &[u64],
    mut pack: impl FnMut(std::ops::Range<usize>, &mut Vec<u8>),
) -> io::Result<Vec<u64>> {
    w.begin(id)?;
    let mut run_bytes = Vec::new();
    let mut byte_starts = Vec::with_capacity(starts.len());
    let mut written = 0u64;
    byte_starts.push(written);
    for run in starts.windows(2) {
        run_bytes.clear();
        pack(run[0] as usize..run[1] as usize, &mut run_bytes);
        w.put(&run_bytes)?;
        written += run_bytes.len() as u64;
        byte_starts.push(written);
    }
    Ok(byte_starts)
}

/// One entry of a related-article vector: its feature as the step from the
/// one before (vectors are sorted by feature), its count with its weight's
/// place in the feature's table of `weights` ([`with_place`]), its surface
/// (see [`super::store`]'s reader).
fn put_entry(out: &mut Vec<u8>, e: &crate::related::Entry, previous_feature: u32, place: u32, weights: u32) {
    // wrapping, so a vector out of order would still read back as written
    put_varint(out, u64::from(e.feature.wrapping_sub(previous_feature)));
    put_varint(out, with_place(u64::from(e.count), place, weights));
    put_varint(out, u64::from(e.surface));
}

/// A number and a weight's place in a table of `weights` as one number
/// (`number * weights + place`): a feature of one weight, most of them,
/// costs nothing more than the number.
pub fn with_place(number: u64, place: u32, weights: u32) -> u64 {
    number * u64::from(weights.max(1)) + u64::from(place)
}

/// Each related feature's distinct weights, in the order its postings first
/// give them, and each posting's place in its feature's table. A feature's
/// weight is its factor times its bridge and rarity in the article's
/// language, its name-likeness and its count: a few values, where a posting
/// and an entry each held its four bytes (a third of the related sections).
struct WeightTables {
    weights: Vec<f32>,
    /// Feature `f`'s table is `weights[starts[f]..starts[f + 1]]`.
    starts: Vec<u64>,
    /// Per posting, its weight's place in its feature's table.
    of_posting: Vec<u32>,
}

/// A feature with more distinct weights than this finds a weight's place
/// by hash, not by a scan of its table.
const WEIGHT_SCAN: usize = 16;

impl WeightTables {
    fn of(related: &crate::related::RelatedIndex) -> WeightTables {
        let mut weights: Vec<f32> = Vec::new();
        let mut starts: Vec<u64> = Vec::with_capacity(related.posting_starts.len());
        let mut of_posting: Vec<u32> = Vec::with_capacity(related.postings.len());
        let mut by_bits: crate::entities::fxhash::FxHashMap<u32, u32> = Default::default();
        for run in related.posting_starts.windows(2) {
            let start = weights.len();
            starts.push(start as u64);
            by_bits.clear();
            let postings = related.postings.get(run[0] as usize..run[1] as usize).unwrap_or(&[]);
            for p in postings {
                let bits = p.weight.to_bits();
                let table = &weights[start..];
                let found = match table.len() <= WEIGHT_SCAN {
                    true => table.iter().position(|w| w.to_bits() == bits),
                    false => by_bits.get(&bits).map(|&place| place as usize),
                };
                let place = found.unwrap_or_else(|| {
                    weights.push(p.weight);
                    let place = weights.len() - 1 - start;
                    if place == WEIGHT_SCAN {
                        // the table outgrows a scan: all of it by hash from now on
                        by_bits.extend(weights[start..].iter().enumerate().map(|(i, w)| (w.to_bits(), i as u32)));
                    } else if place > WEIGHT_SCAN {
                        by_bits.insert(bits, place as u32);
                    }
                    place
                });
                of_posting.push(place as u32);
            }
        }
        starts.push(weights.len() as u64);
        WeightTables { weights, starts, of_posting }
    }

    fn features(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// How many distinct weights `feature` has.
    fn len(&self, feature: u32) -> u32 {
        let f = feature as usize;
        match (self.starts.get(f), self.starts.get(f + 1)) {
            (Some(&start), Some(&end)) => (end - start) as u32,
            _ => 0,
        }
    }

    /// The bits of `feature`'s weight at `place`.
    fn weight_bits(&self, feature: u32, place: u32) -> Option<u32> {
        let start = *self.starts.get(feature as usize)?;
        (place < self.len(feature)).then(|| self.weights.get(start as usize + place as usize).map(|w| w.to_bits()))?
    }
}

fn write_recognition<W: Write>(w: &mut Writer<W>, recognition: &super::append::Recognition) -> io::Result<()> {
    w.section(SectionId::RecognitionStats, &recognition.stats)?;
    w.begin(SectionId::RecognitionSegments)?;
    for segment in &recognition.segments {
        segment.recognised.each_piece(|piece| w.put(piece))?;
    }
    w.begin(SectionId::RecognitionKeys)?;
    for segment in &recognition.segments {
        w.put(&segment.keys)?;
    }
    let mut ends: Vec<[u64; 3]> = Vec::with_capacity(recognition.segments.len());
    let mut end = [0u64; 3];
    for segment in &recognition.segments {
        end = [end[0] + segment.articles, end[1] + segment.recognised.len(), end[2] + segment.keys.len() as u64];
        ends.push(end);
    }
    w.begin(SectionId::RecognitionSegmentEnds)?;
    w.rows(&ends)?;
    let dictionaries = &recognition.dictionaries;
    w.begin(SectionId::RecognitionDictionaries)?;
    w.rows(&[dictionaries.candidates.len() as u64])?;
    w.put(&dictionaries.candidates)?;
    w.put(&dictionaries.keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each feature's weights are named by their place in its table, first
    /// given first; a feature with more weights than a scan serves finds them
    /// by hash from its seventeenth on, and every posting names the weight it had.
    #[test]
    fn related_weights_are_named_by_their_place_in_their_features_table() {
        use crate::related::{RelatedIndex, StoredEntry, StoredVector};
        let entry = |feature, weight, count| StoredEntry { feature, weight, count, surface: "x".into(), entity: None };
        // feature 0: two weights over forty articles; feature 1: forty weights; feature 2: one
        let vectors: Vec<StoredVector> = (0..40u16)
            .map(|a| StoredVector {
                norm: 1.0,
                language: 0,
                entries: vec![
                    entry(0, if a % 2 == 0 { 0.5 } else { 0.25 }, 1),
                    entry(1, 1.0 + f32::from(a), 2),
                    entry(2, 0.125, 3),
                ],
            })
            .collect();
        let related = RelatedIndex::from_vectors(&vectors);
        let tables = WeightTables::of(&related);
        assert_eq!(tables.features(), 3);
        assert_eq!((tables.len(0), tables.len(1), tables.len(2)), (2, 40, 1));
        assert_eq!(tables.weights[..2], [0.5, 0.25]);
        for (feature, run) in related.posting_starts.windows(2).enumerate() {
            for p in run[0] as usize..run[1] as usize {
                let named = tables.weight_bits(feature as u32, tables.of_posting[p]);
                assert_eq!(named, Some(related.postings[p].weight.to_bits()), "posting {p}");
            }
        }
        assert_eq!(tables.of_posting[40..80], (0..40).collect::<Vec<u32>>()[..]);
        assert_eq!((tables.weight_bits(0, 2), tables.weight_bits(3, 0)), (None, None));
        // a number and its place come apart again
        assert_eq!(with_place(7, 3, 40), 283);
        assert_eq!(with_place(7, 0, 1), 7);
    }

    /// Blocks sealed one after another with one kept context are the frames
    /// a fresh context makes of each (what the index held before, and what a
    /// full build and an append must both write, byte for byte).
    #[test]
    fn string_blocks_sealed_with_one_context_are_each_the_frame_a_fresh_one_makes() {
        let plains: Vec<Vec<u8>> = [40_000usize, 7, 0, 65_000, 1_200, 40_000]
            .iter()
            .enumerate()
            .map(|(n, &len)| {
                let words = ["Лавров", "Pyongyang", "met", "Kim Jong Un", "2024-06-19", "तब", "https://example.org/"];
                words.iter().cycle().skip(n).take(len / 6).flat_map(|w| w.bytes().chain([b' '])).take(len).collect()
            })
            .collect();
        let mut blocks = StringBlocks::default();
        for plain in &plains {
            blocks.seal(&mut plain.clone(), None).unwrap();
        }
        assert_eq!(blocks.starts.len(), plains.len() + 1);
        for (i, plain) in plains.iter().enumerate() {
            let frame = &blocks.packed[blocks.starts[i] as usize..blocks.starts[i + 1] as usize];
            let mut fresh = Vec::new();
            put_varint(&mut fresh, plain.len() as u64);
            fresh.extend_from_slice(&zstd::bulk::compress(plain, STRINGS_LEVEL).unwrap());
            assert_eq!(frame, &fresh[..], "block {i} of {} bytes", plain.len());
        }
    }

    /// The basename map taken from the id map is the one made from the
    /// basenames, and only when the two must be equal: ids with a folder, or
    /// ids two articles share (a basename marked ambiguous), are mapped apart.
    #[test]
    fn the_basename_map_is_the_id_map_only_when_they_are_equal() {
        let articles = |ids: &[&str]| -> Vec<Article> {
            ids.iter().map(|id| Article::new((*id).into(), "Putin met Erdoğan.", None, Some("en"))).collect()
        };
        for ids in [
            &["synth-2", "synth-0", "synth-1"][..],
            &["a/x.txt", "b/y.txt"],
            &["a/x.txt", "b/x.txt", "c.txt"],
            &["same", "other", "same"],
        ] {
            let articles = articles(ids);
            let strings = ArticleStrings::of(&articles).unwrap();
            assert_eq!(strings.basenames, basename_map(&articles).unwrap(), "{ids:?}");
            let shortcut = strings.basenames == strings.ids;
            let distinct = ids.iter().collect::<std::collections::HashSet<_>>().len() == ids.len();
            assert_eq!(basenames_are_the_ids(&articles, distinct), ids == &["synth-2", "synth-0", "synth-1"][..]);
            assert_eq!(shortcut, ids == &["synth-2", "synth-0", "synth-1"][..], "{ids:?}");
        }
    }

    /// A block whose strings an earlier index's block holds takes that
    /// block as stored (here a frame of another level, which compressing
    /// again would not make); a block of other strings is compressed anew.
    #[test]
    fn a_block_of_the_same_strings_keeps_its_earlier_frame() {
        let plain = b"synth-0000001 Putin met Erdogan in Ankara on 9 August. ".repeat(40);
        let mut run = Vec::new();
        put_varint(&mut run, plain.len() as u64);
        run.extend(zstd::bulk::compress(&plain, 19).unwrap());
        let mut blocks = StringBlocks::default();
        blocks.seal(&mut plain.clone(), Some(&run)).unwrap();
        assert_eq!(blocks.packed, run);
        let mut other = plain.clone();
        other[0] = b'S';
        blocks.seal(&mut other.clone(), Some(&run)).unwrap();
        let second = &blocks.packed[run.len()..];
        assert_ne!(second, &run[..]);
        let mut at = 0;
        assert_eq!(get_varint(second, &mut at).unwrap(), other.len() as u64);
        assert_eq!(zstd::bulk::decompress(&second[at..], other.len()).unwrap(), other);
        assert_eq!(blocks.starts, [0, run.len() as u64, blocks.packed.len() as u64]);
    }
}
