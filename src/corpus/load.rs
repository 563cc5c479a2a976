//! Loaders: embedded seeds, a directory tree, one text file, JSON Lines.

use std::fs;
use std::hash::BuildHasher as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use serde::de::DeserializeSeed;

use super::fields::{Field, FieldMap, Record, RecordSeed, field_map, keys_of};
use super::headline::text_with_title;
use super::walk::{DirCursor, FileStat, ListedDir, NO_DIR, walk};
use super::{Article, Corpus, KnownReading, KnownReadings, LoadWarning, given_language, sanitize_line, sanitize_owned};

static SEEDS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/seeds");

/// Why a corpus could not be opened at all (a bad file inside one is a warning).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file or directory", crate::fsio::quoted(.0))]
    NotFound(PathBuf),
    #[error("{}: {source}", crate::fsio::quoted(path))]
    Io { path: PathBuf, source: std::io::Error },
}

/// The bundled corpus compiled into the binary.
pub fn load_seeds() -> Corpus {
    let mut files: Vec<_> = SEEDS.files().filter(|f| is_article_file(f.path())).collect();
    files.sort_by(|a, b| a.path().cmp(b.path()));
    let mut corpus = Corpus { name: "seeds (bundled)".into(), ..Corpus::default() };
    for file in files {
        let id = file.path().to_string_lossy().into_owned();
        match std::str::from_utf8(file.contents()) {
            Ok(text) => corpus.articles.push(Article::new(id, text, None, None)),
            Err(e) => corpus.warnings.push(not_utf8(&id, &e)),
        }
    }
    corpus
}

/// The extension, in any case: `A.TXT` and `b.Md` are articles too.
fn has_extension(path: &Path, wanted: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| wanted.iter().any(|w| e.eq_ignore_ascii_case(w)))
}

fn is_article_file(path: &Path) -> bool {
    has_extension(path, &["txt", "md"])
}

fn is_jsonl_file(path: &Path) -> bool {
    has_extension(path, &["jsonl", "ndjson"])
}

fn not_utf8(path: &str, e: &std::str::Utf8Error) -> LoadWarning {
    LoadWarning {
        path: path.into(),
        line: None,
        reason: format!("not UTF-8 (invalid byte at offset {}), skipped", e.valid_up_to()),
    }
}

/// Open a directory (recursively, .txt/.md/.jsonl), a text file or a JSON Lines file.
pub fn load_path(path: &Path) -> Result<Corpus, LoadError> {
    load_path_observed(path, &mut |_| {})
}

/// How far a loading has got: the articles so far, in corpus order (a later
/// report only adds to them), and the bytes read of all there are.
pub struct LoadProgress<'a> {
    pub articles: &'a [Article],
    pub bytes_read: u64,
    pub bytes_total: u64,
}

/// [`load_path`], reporting after every block of files or lines, so a screen
/// can show the first articles while the rest are still being read.
pub fn load_path_observed(path: &Path, observe: &mut dyn FnMut(LoadProgress)) -> Result<Corpus, LoadError> {
    load_path_with(path, field_map(), observe)
}

/// [`load_path_observed`] reading JSON Lines records with `fields`.
pub fn load_path_with(
    path: &Path,
    fields: &FieldMap,
    observe: &mut dyn FnMut(LoadProgress),
) -> Result<Corpus, LoadError> {
    Ok(load_listing_with(&list_corpus(path)?, fields, observe).0)
}

/// A corpus's article files as one walk found them, with what each looked
/// like then: the one listing an opening makes, for loading and for
/// knowing later whether the corpus changed.
#[derive(Debug)]
pub struct Listing {
    /// What the user opened.
    pub root: PathBuf,
    pub is_dir: bool,
    /// The folders walked (the root first), which the files are opened from.
    pub dirs: Vec<ListedDir>,
    /// Article files in corpus order.
    pub files: Vec<ListedFile>,
    /// What could not be listed, and why.
    pub warnings: Vec<LoadWarning>,
}

#[derive(Debug)]
pub struct ListedFile {
    pub path: PathBuf,
    /// Its name relative to the root (the whole root itself: its file name).
    pub name: String,
    pub jsonl: bool,
    pub stat: FileStat,
    /// Its folder in [`Listing::dirs`] ([`NO_DIR`] when the root is this file).
    pub dir: u32,
}

/// Walk a corpus path once: a directory's article files, or the one file.
pub fn list_corpus(path: &Path) -> Result<Listing, LoadError> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound(path.to_path_buf()),
        _ => LoadError::Io { path: path.to_path_buf(), source: e },
    })?;
    let mut listing = Listing {
        root: path.to_path_buf(),
        is_dir: meta.is_dir(),
        dirs: Vec::new(),
        files: Vec::new(),
        warnings: Vec::new(),
    };
    if !meta.is_dir() && !meta.is_file() {
        // reading a FIFO blocks forever and a device may never end
        listing.warnings.push(LoadWarning {
            path: one_line(&path.display().to_string()),
            line: None,
            reason: NOT_REGULAR.into(),
        });
    } else if meta.is_dir() {
        let walked = walk(path, is_listed);
        listing.warnings = walked.warnings;
        listing.dirs = walked.dirs;
        listing.files = walked
            .files
            .into_iter()
            .map(|file| ListedFile {
                name: relative_id(path, &file.path),
                jsonl: is_jsonl_file(&file.path),
                path: file.path,
                stat: file.stat,
                dir: file.dir,
            })
            .collect();
    } else {
        let name = path.file_name().map(|n| one_line(&n.to_string_lossy())).unwrap_or_default();
        let jsonl = is_jsonl_file(path) || looks_like_jsonl(path);
        listing.files.push(ListedFile {
            path: path.to_path_buf(),
            name,
            jsonl,
            stat: FileStat::of_metadata(&meta),
            dir: NO_DIR,
        });
    }
    Ok(listing)
}

/// Load the articles of a listing, reporting after every block of files or
/// lines; with each article, where its text is.
pub fn load_listing(listing: &Listing, observe: &mut dyn FnMut(LoadProgress)) -> (Corpus, Vec<SourceSpan>) {
    load_listing_with(listing, field_map(), observe)
}

/// [`load_listing`] reading JSON Lines records with `fields`.
pub fn load_listing_with(
    listing: &Listing,
    fields: &FieldMap,
    observe: &mut dyn FnMut(LoadProgress),
) -> (Corpus, Vec<SourceSpan>) {
    load_listing_in(listing, fields, &KnownReadings::default(), observe)
}

/// [`load_listing`] where an earlier index read some of the articles
/// before: how it read them is taken where the text is still the same.
pub fn load_listing_knowing(
    listing: &Listing,
    known: &KnownReadings,
    observe: &mut dyn FnMut(LoadProgress),
) -> (Corpus, Vec<SourceSpan>) {
    load_listing_in(listing, field_map(), known, observe)
}

fn load_listing_in(
    listing: &Listing,
    fields: &FieldMap,
    known: &KnownReadings,
    observe: &mut dyn FnMut(LoadProgress),
) -> (Corpus, Vec<SourceSpan>) {
    let name = one_line(&listing.root.display().to_string());
    let mut loader = Loader::new(observe);
    loader.expect(known.len());
    loader.known = Some(known);
    loader.fields = fields.clone();
    loader.warnings.extend(listing.warnings.iter().cloned());
    loader.bytes_total = listing.files.iter().map(|f| f.stat.size).sum();
    // files are opened from their folders' handles, in the listing's order
    let mut folders = DirCursor::default();
    let mut text_files: Vec<u32> = Vec::new();
    for (number, file) in listing.files.iter().enumerate() {
        let number = number as u32;
        if file.jsonl {
            loader.text_files(listing, &mut folders, std::mem::take(&mut text_files));
            let opened = folders.open_file(&listing.dirs, file.dir, &file.path);
            loader.jsonl(opened, &file.name, number);
        } else {
            text_files.push(number);
            if text_files.len() == TEXT_FILES_PER_BATCH {
                loader.text_files(listing, &mut folders, std::mem::take(&mut text_files));
            }
        }
    }
    loader.text_files(listing, &mut folders, text_files);
    if listing.is_dir && loader.articles.is_empty() && loader.warnings.is_empty() {
        loader.warnings.push(LoadWarning {
            path: name.clone(),
            line: None,
            reason: "no .txt, .md or .jsonl files found".into(),
        });
    }
    let mut corpus = Corpus { name, articles: loader.articles, warnings: loader.warnings };
    corpus.articles.shrink_to_fit();
    // file names and parser messages reach the terminal too
    for warning in &mut corpus.warnings {
        warning.path = one_line(&warning.path);
        warning.reason = one_line(&warning.reason);
    }
    (corpus, loader.spans)
}

/// Text files read, checked and analysed together (in parallel) before the
/// progress is reported.
const TEXT_FILES_PER_BATCH: usize = 512;
/// Text files opened at once while a batch is read.
const OPEN_AT_ONCE: usize = 64;
/// JSON Lines are read in blocks of about this size, so the raw bytes never
/// sit in memory next to the whole corpus.
const JSONL_BLOCK_BYTES: usize = 8 << 20;

/// The articles read so far, their ids (which must be unique) and what was skipped.
struct Loader<'o> {
    articles: Vec<Article>,
    /// Where each article's text is, in article order.
    spans: Vec<SourceSpan>,
    /// Every id taken, as the number of its article in `articles`, with the
    /// number of the JSON Lines file that gave it ([`TEXT_FILES`] for text
    /// files): the ids are the articles' own, not copies (a copy and SipHash
    /// per article were 3 % of loading an append's corpus).
    ids: hashbrown::HashTable<(u32, u32)>,
    /// What hashes the ids in `ids` (foldhash, seeded per run).
    id_hasher: hashbrown::DefaultHashBuilder,
    fields: FieldMap,
    warnings: Vec<LoadWarning>,
    bytes_read: u64,
    bytes_total: u64,
    /// [`JSONL_BLOCK_BYTES`]; smaller in tests, to cross many block edges.
    block_bytes: usize,
    /// How an earlier index read the articles.
    known: Option<&'o KnownReadings>,
    observe: &'o mut dyn FnMut(LoadProgress),
}

/// One article or line as it comes back from a parallel worker: the
/// article, its JSON Lines line number, and where its text is.
type Parsed = Result<(Article, Option<usize>, SourceSpan), LoadWarning>;

/// Where an article's text is in the corpus's files, so it can be read
/// again without loading the rest (see [`read_article_text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceSpan {
    /// Index into the listing's files ([`Listing::files`]).
    pub file: u32,
    /// Byte offset of the article's JSON Lines line; `None` for a text file.
    pub line_at: Option<u64>,
    /// Whether the article's language was detected (not given by its record),
    /// so an index can say an unchanged text needs no detecting again.
    pub language_detected: bool,
    /// Whether the article's title was derived from its text and reads back
    /// ([`Article::title_reads_back`]): an index keeps it for the same text.
    pub title_derived: bool,
    /// How an index can take the article of an unchanged JSON Lines line
    /// again without reading its record (see [`LineCheck`]); `None` when it must read it.
    pub line_check: Option<LineCheck>,
}

/// What an index keeps of a JSON Lines line so that an append takes the
/// line's article again without reading the record (serde_json's reading
/// was most of loading an append's old articles): the line's CRC-32, and
/// where the article's text lies in it. Kept only where the line's bytes
/// alone make the article: its record gives the id (not made of the line's
/// number, nor qualified by the file's name) and gives a title or derives
/// one that reads back, and its text is a run of the line's bytes or one
/// string literal's contents unescaped ([`article_of_unchanged_line`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCheck {
    pub line_crc: u32,
    /// The text's byte offset in the line, as it is there; with
    /// [`LineCheck::ESCAPED`] set, the offset of the string literal (its
    /// opening quote) whose contents unescaped are the text.
    pub text_at: u32,
}

impl LineCheck {
    pub const ESCAPED: u32 = 1 << 31;
    /// A `text_at` that is no place: the line has no check (as the index stores it).
    pub const NONE: u32 = u32::MAX;
}

/// What an index kept of an article read from a JSON Lines line, with its
/// [`LineCheck`]: what the loader takes when the line is unchanged.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownLine {
    pub check: LineCheck,
    /// The block of the index's article strings and where this article's
    /// begin there: its id, its title, then its date, url and source where
    /// `has` says (as [`crate::index::records::ArticleRecord`]'s flags do).
    pub strings: (std::sync::Arc<[u8]>, usize),
    pub has: u8,
    /// The text's length and CRC-32.
    pub text_bytes: u32,
    pub text_crc: u32,
    pub language: crate::lang::Language,
    pub script: crate::lang::Script,
    pub language_detected: bool,
    pub title_derived: bool,
}

impl KnownReadings {
    fn of_unchanged_line(&self, file: u32, line_at: u64) -> Option<&KnownLine> {
        self.unchanged_lines.get(&(file, line_at))
    }
}

impl<'o> Loader<'o> {
    fn new(observe: &'o mut dyn FnMut(LoadProgress)) -> Loader<'o> {
        Loader {
            articles: Vec::new(),
            spans: Vec::new(),
            ids: hashbrown::HashTable::new(),
            id_hasher: hashbrown::DefaultHashBuilder::default(),
            fields: FieldMap::default(),
            warnings: Vec::new(),
            bytes_read: 0,
            bytes_total: 0,
            block_bytes: JSONL_BLOCK_BYTES,
            known: None,
            observe,
        }
    }

    /// Room for `articles` and a sixteenth more, made at once: the articles
    /// an earlier index read come again when a corpus grows at its end, and
    /// growing the tables by doubling copied every article and rehashed
    /// every id several times over.
    fn expect(&mut self, articles: usize) {
        if articles == 0 || !self.articles.is_empty() {
            return;
        }
        let room = articles + articles / 16;
        self.articles.reserve(room);
        self.spans.reserve(room);
        // the table is empty: nothing is hashed again while it is made
        self.ids.reserve(room, |_| 0);
    }

    /// Keep what a worker made, in order. Ids are unique per file: an id
    /// another JSON Lines file took already is qualified by this file's
    /// name (`b.jsonl#17`: two daily files both numbering from 1 keep every
    /// record); a second one in the same file is skipped with a warning.
    fn add(&mut self, source: &str, parsed: Vec<Parsed>) {
        for item in parsed {
            match item {
                Ok((mut article, line, span)) => {
                    let file = if line.is_some() { span.file } else { TEXT_FILES };
                    let mut span = span;
                    if line.is_some() && self.taken_by(&article.id).is_some_and(|taken_by| taken_by != file) {
                        article.id = format!("{source}#{}", article.id);
                        // the id is no longer the record's alone
                        span.line_check = None;
                    }
                    if self.taken_by(&article.id).is_some() {
                        let reason = match line {
                            Some(_) => format!("duplicate id {:?}, line skipped", article.id),
                            // two names that differ only in control characters
                            None => "duplicate id once control characters are removed, skipped".into(),
                        };
                        let path = if line.is_some() { source.to_owned() } else { article.id.clone() };
                        self.warnings.push(LoadWarning { path, line, reason });
                        continue;
                    }
                    let (articles, hasher) = (&self.articles, &self.id_hasher);
                    let hash_of =
                        |&(at, _): &(u32, u32)| articles.get(at as usize).map_or(0, |a| hasher.hash_one(&a.id));
                    self.ids.insert_unique(hasher.hash_one(&article.id), (articles.len() as u32, file), hash_of);
                    self.articles.push(article);
                    self.spans.push(span);
                }
                Err(warning) => self.warnings.push(warning),
            }
        }
    }

    /// The file that took `id`, if an article has it.
    fn taken_by(&self, id: &str) -> Option<u32> {
        let same = |&(at, _): &(u32, u32)| self.articles.get(at as usize).is_some_and(|a| a.id == id);
        self.ids.find(self.id_hasher.hash_one(id), same).map(|&(_, file)| file)
    }

    fn report(&mut self) {
        (self.observe)(LoadProgress {
            articles: &self.articles,
            bytes_read: self.bytes_read,
            bytes_total: self.bytes_total,
        });
    }

    /// Read, check and analyse a batch of text files (numbers in the
    /// listing) on every core; they are opened here, from their folders, a
    /// few at a time (a system allows a process only so many open files).
    fn text_files(&mut self, listing: &Listing, folders: &mut DirCursor, numbers: Vec<u32>) {
        if numbers.is_empty() {
            return;
        }
        let known = self.known;
        for some in numbers.chunks(OPEN_AT_ONCE) {
            let opened: Vec<(std::io::Result<fs::File>, &ListedFile, u32)> = some
                .iter()
                .filter_map(|&number| listing.files.get(number as usize).map(|file| (file, number)))
                .map(|(file, number)| (folders.open_file(&listing.dirs, file.dir, &file.path), file, number))
                .collect();
            let read: Vec<(Parsed, u64)> =
                crate::parallel::map_chunks(crate::parallel::threads(16), &opened, 16, |_, chunk| {
                    chunk
                        .iter()
                        .map(|(opened, file, number)| {
                            read_text_file(opened, file, *number, known.and_then(|k| k.of_file(*number)))
                        })
                        .collect::<Vec<_>>()
                })
                .into_iter()
                .flatten()
                .collect();
            self.bytes_read += read.iter().map(|(_, bytes)| bytes).sum::<u64>();
            self.add("", read.into_iter().map(|(parsed, _)| parsed).collect());
        }
        self.report();
    }

    /// Read a JSON Lines file block by block; each block's lines are parsed
    /// and analysed on every core.
    fn jsonl(&mut self, opened: std::io::Result<fs::File>, name: &str, file_number: u32) {
        let mut file = match opened {
            Ok(f) => BufReader::new(f),
            Err(e) => {
                self.warnings.push(LoadWarning { path: name.into(), line: None, reason: format!("cannot read: {e}") });
                return;
            }
        };
        let (articles_before, warnings_before) = (self.articles.len(), self.warnings.len());
        let mut buffer: Vec<u8> = Vec::new();
        let mut wanted = self.block_bytes;
        let mut lines_before = 0usize;
        // the file's offset of the buffer's first byte
        let mut buffer_at = 0u64;
        loop {
            let missing = wanted.saturating_sub(buffer.len()) as u64;
            let got = match std::io::Read::read_to_end(&mut std::io::Read::take(&mut file, missing), &mut buffer) {
                Ok(n) => n,
                Err(e) => {
                    self.warnings.push(LoadWarning {
                        path: name.into(),
                        line: Some(lines_before + 1),
                        reason: format!("cannot read: {e}"),
                    });
                    break;
                }
            };
            let at_end = (got as u64) < missing;
            // only whole lines go to the workers; a line longer than a block is read on its own
            let cut = match buffer.iter().rposition(|&b| b == b'\n') {
                _ if at_end => buffer.len(),
                Some(newline) => newline + 1,
                None => {
                    // the buffer holds the start of one line and nothing else
                    if let Err(e) = file.read_until(b'\n', &mut buffer) {
                        self.warnings.push(LoadWarning {
                            path: name.into(),
                            line: Some(lines_before + 1),
                            reason: format!("cannot read: {e}"),
                        });
                        break;
                    }
                    let mut line = std::mem::take(&mut buffer);
                    let read = line.len() as u64;
                    if line.last() == Some(&b'\n') {
                        line.pop();
                    }
                    let span = SourceSpan {
                        file: file_number,
                        line_at: Some(buffer_at),
                        language_detected: false,
                        title_derived: false,
                        line_check: None,
                    };
                    let known = self.known.and_then(|k| k.of_line(file_number, buffer_at));
                    lines_before += 1;
                    let parsed = parse_long_jsonl_line(name, lines_before, line, span, &self.fields, known);
                    self.bytes_read += read;
                    buffer_at += read;
                    wanted = self.block_bytes;
                    self.add(name, parsed.into_iter().collect());
                    self.report();
                    continue;
                }
            };
            wanted = self.block_bytes.max(buffer.len() - cut + self.block_bytes / 2);
            if cut > 0 {
                let block = &buffer[..cut];
                // each line with its offset in the file
                let mut line_at = buffer_at;
                let lines: Vec<(u64, &[u8])> = block
                    .strip_suffix(b"\n")
                    .unwrap_or(block)
                    .split(|&b| b == b'\n')
                    .map(|line| {
                        let at = line_at;
                        line_at += line.len() as u64 + 1;
                        (at, line)
                    })
                    .collect();
                let (fields, known) = (&self.fields, self.known);
                let parsed: Vec<Parsed> =
                    crate::parallel::map_chunks(crate::parallel::threads(16), &lines, 64, |offset, chunk| {
                        chunk
                            .iter()
                            .enumerate()
                            .filter_map(|(k, &(at, line))| {
                                let span = SourceSpan {
                                    file: file_number,
                                    line_at: Some(at),
                                    language_detected: false,
                                    title_derived: false,
                                    line_check: None,
                                };
                                let kept = known.and_then(|k| k.of_unchanged_line(file_number, at));
                                let known = known.and_then(|k| k.of_line(file_number, at));
                                let line_no = lines_before + offset + k + 1;
                                parse_jsonl_line(name, line_no, line, span, fields, known, kept)
                            })
                            .collect::<Vec<_>>()
                    })
                    .into_iter()
                    .flatten()
                    .collect();
                lines_before += lines.len();
                self.bytes_read += cut as u64;
                buffer_at += cut as u64;
                buffer.drain(..cut);
                self.add(name, parsed);
                self.report();
            }
            if at_end {
                break;
            }
        }
        if self.articles.len() == articles_before && self.warnings.len() == warnings_before {
            self.warnings.push(LoadWarning {
                path: name.into(),
                line: None,
                reason: "no articles in this file".into(),
            });
        }
        self.one_warning_when_no_record_has_text(name, articles_before, warnings_before);
    }

    /// A file whose records all lack a text field (a dataset with other
    /// field names) is said once, not once per line.
    fn one_warning_when_no_record_has_text(&mut self, name: &str, articles_before: usize, warnings_before: usize) {
        let new = &self.warnings[warnings_before..];
        if self.articles.len() > articles_before || new.len() < 2 || !new.iter().all(|w| w.reason.starts_with(NO_TEXT))
        {
            return;
        }
        let lines = new.len();
        let detail = new[0].reason.trim_start_matches(NO_TEXT).trim_end_matches(LINE_SKIPPED).to_owned();
        self.warnings.truncate(warnings_before);
        self.warnings.push(LoadWarning {
            path: name.into(),
            line: None,
            reason: format!("no record has a text field, all {lines} skipped{detail}"),
        });
    }
}

/// One text file, opened, as an article (or why not), and how many bytes were read.
fn read_text_file(
    opened: &std::io::Result<fs::File>,
    listed: &ListedFile,
    file: u32,
    known: Option<&KnownReading>,
) -> (Parsed, u64) {
    let id = listed.name.as_str();
    let warn = |reason: String| LoadWarning { path: id.to_owned(), line: None, reason };
    let read = opened.as_ref().map_err(|e| std::io::Error::new(e.kind(), e.to_string())).and_then(|mut opened| {
        // the size listed, and one byte to see the end: the whole file in one read
        let mut bytes = Vec::with_capacity(usize::try_from(listed.stat.size).unwrap_or(0).saturating_add(1));
        std::io::Read::read_to_end(&mut opened, &mut bytes).map(|_| bytes)
    });
    match read {
        Ok(bytes) => {
            let size = bytes.len() as u64;
            let parsed = match String::from_utf8(bytes) {
                Ok(text) if text.trim().is_empty() => Err(warn("empty file, skipped".into())),
                Ok(text) => {
                    let article = Article::from_owned_knowing(id.to_owned(), text, None, None, known);
                    let title_derived = article.title_reads_back(None);
                    Ok((
                        article,
                        None,
                        SourceSpan { file, line_at: None, language_detected: true, title_derived, line_check: None },
                    ))
                }
                Err(e) => Err(not_utf8(id, &e.utf8_error())),
            };
            (parsed, size)
        }
        Err(e) => (Err(warn(format!("cannot read: {e}"))), 0),
    }
}

/// How a record without text begins its warning (and ends it).
const NO_TEXT: &str = "no text field";
const LINE_SKIPPED: &str = ", line skipped";

/// One line of a JSON Lines file: an article, a warning, or nothing (blank).
fn parse_jsonl_line(
    name: &str,
    line_no: usize,
    raw_line: &[u8],
    span: SourceSpan,
    fields: &FieldMap,
    known: Option<&KnownReading>,
    kept: Option<&KnownLine>,
) -> Option<Parsed> {
    if let Some(kept) = kept
        && let Some((article, span)) = article_of_unchanged_line(raw_line, kept, span)
    {
        return Some(Ok((article, Some(line_no), span)));
    }
    let warn = |reason: String| LoadWarning { path: name.into(), line: Some(line_no), reason };
    let Ok(line) = std::str::from_utf8(raw_line) else {
        return Some(Err(warn("not UTF-8, line skipped".into())));
    };
    // a byte order mark (Windows tools write one) starts the file, not the record
    let line = if line_no == 1 { line.strip_prefix('\u{feff}').unwrap_or(line) } else { line };
    if line.trim().is_empty() {
        return None;
    }
    let mut record = match read_record(line, RecordSeed::new(fields)) {
        Ok(record) => record,
        Err(e) => return Some(Err(warn(format!("not a JSON article ({e}){LINE_SKIPPED}")))),
    };
    let Some(text) = text_of_record(&mut record) else {
        let expected = fields.names(Field::Text).join(", ");
        let reason = if record.text_not_a_string {
            format!("the text field is not a string{LINE_SKIPPED}")
        } else {
            let found = keys_of(line, 12).join(", ");
            format!(
                "{NO_TEXT} (fields found: {found}; expected one of: {expected}, or name it with --field text=NAME){LINE_SKIPPED}"
            )
        };
        return Some(Err(warn(reason)));
    };
    let id_given = record.get(Field::Id).is_some();
    let title_given = record.get(Field::Title).is_some_and(|t| !t.trim().is_empty());
    let parsed = article_of_record(name, line_no, record, text, span, known);
    Some(parsed.map(|(article, line, span)| {
        let line_check =
            (id_given && (title_given || span.title_derived)).then(|| line_check_of(raw_line, &article.text)).flatten();
        (article, line, SourceSpan { line_check, ..span })
    }))
}

/// A line's [`LineCheck`], when the article's text is a run of its bytes
/// or the contents of a string literal in it as serde_json writes one.
fn line_check_of(raw_line: &[u8], text: &str) -> Option<LineCheck> {
    let text_at = match places_of(raw_line, &text.as_bytes()[..prefix_len(text)])
        .find(|&at| raw_line.get(at..).is_some_and(|rest| rest.starts_with(text.as_bytes())))
    {
        Some(at) => u32::try_from(at).ok().filter(|&at| at < LineCheck::ESCAPED)?,
        None => {
            // the literal's opening quote and first characters, as serde_json writes them
            let opening = serde_json::to_string(&text[..prefix_len(text)]).ok()?;
            let opening = opening.strip_suffix('"')?;
            places_of(raw_line, opening.as_bytes())
                .filter_map(|at| u32::try_from(at).ok().filter(|&at| at < LineCheck::ESCAPED - 1))
                .map(|at| at | LineCheck::ESCAPED)
                .find(|&at| text_in_line(raw_line, at, text.len()).is_some_and(|read| read == text))?
        }
    };
    Some(LineCheck { line_crc: crc32fast::hash(raw_line), text_at })
}

/// Bytes of a text's start looked for in its line (a finder made for the
/// whole text cost more than reading the record: its tables grow with it).
const TEXT_PREFIX: usize = 16;
/// Places of that start tried, at most: a line that repeats it more often
/// keeps no check (a bound on the work, never on what is found).
const PLACES_TRIED: usize = 8;

/// The length of a text's start that is looked for: [`TEXT_PREFIX`] bytes or fewer, whole characters.
fn prefix_len(text: &str) -> usize {
    let mut len = text.len().min(TEXT_PREFIX);
    while !text.is_char_boundary(len) {
        len -= 1;
    }
    len
}

/// Where `needle` begins in `haystack`, the first [`PLACES_TRIED`] places.
fn places_of<'h>(haystack: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    memchr::memmem::find_iter(haystack, needle).take(PLACES_TRIED)
}

/// An unchanged JSON Lines line's article, from what an earlier index kept
/// of it ([`KnownLine`]) and the text where the line holds it, without
/// reading its record: the line is the one indexed (its CRC-32), and so is
/// the text (its length and CRC-32). `None`: read the record.
fn article_of_unchanged_line(raw_line: &[u8], kept: &KnownLine, span: SourceSpan) -> Option<(Article, SourceSpan)> {
    use crate::index::format::get_str;
    use crate::index::records::ArticleRecord;
    if crc32fast::hash(raw_line) != kept.check.line_crc {
        return None;
    }
    let text = text_in_line(raw_line, kept.check.text_at, kept.text_bytes as usize)?;
    if crc32fast::hash(text.as_bytes()) != kept.text_crc {
        return None;
    }
    let (block, mut at) = (&kept.strings.0, kept.strings.1);
    let id = get_str(block, &mut at).ok()?.to_owned();
    let title = get_str(block, &mut at).ok()?.to_owned();
    let mut optional = |bit: u8| match kept.has & bit {
        0 => Some(None),
        _ => get_str(block, &mut at).ok().map(|s| Some(s.to_owned())),
    };
    let (date, url, source) =
        (optional(ArticleRecord::DATE)?, optional(ArticleRecord::URL)?, optional(ArticleRecord::SOURCE)?);
    // the title's span as the record's reading finds it: of a title derived that reads
    // back, or of a title the record gave (a check is kept of no other)
    let title_span = match kept.title_derived {
        true => super::derived_title_span(&text, title.as_bytes())?,
        false => super::given_title_span(&text, &title),
    };
    let article = Article {
        id,
        title,
        title_span,
        text,
        language: kept.language.clone(),
        script: kept.script,
        date,
        url,
        source,
    };
    let span = SourceSpan {
        language_detected: kept.language_detected,
        title_derived: kept.title_derived,
        line_check: Some(kept.check),
        ..span
    };
    Some((article, span))
}

/// The text a [`LineCheck::text_at`] says is in `raw_line`, `len` bytes of
/// it as they are or a string literal's contents unescaped.
fn text_in_line(raw_line: &[u8], text_at: u32, len: usize) -> Option<String> {
    if text_at & LineCheck::ESCAPED == 0 {
        let at = text_at as usize;
        let bytes = raw_line.get(at..at.checked_add(len)?)?;
        return std::str::from_utf8(bytes).ok().map(str::to_owned);
    }
    let open = (text_at & !LineCheck::ESCAPED) as usize;
    if raw_line.get(open) != Some(&b'"') {
        return None;
    }
    // the literal ends at the first quote no backslash escapes
    let mut end = open + 1;
    loop {
        match raw_line.get(end)? {
            b'"' => break,
            b'\\' => end += 2,
            _ => end += 1,
        }
    }
    let contents = raw_line.get(open + 1..end)?;
    if !json_escapes_are_valid(contents) {
        return None;
    }
    let mut bytes = contents.to_vec();
    let plain = unescape_json_in_place(&mut bytes, 0..contents.len());
    bytes.truncate(plain);
    String::from_utf8(bytes).ok()
}

/// A record's text with its title (see [`text_with_title`]): a record with a title and no
/// text field is its title alone; a text that is no string is a fault, and no text.
fn text_of_record(record: &mut Record) -> Option<String> {
    let body = record.take(Field::Text);
    if body.is_none() && record.text_not_a_string {
        return None;
    }
    text_with_title(record.get(Field::Title), body)
}

/// A record's article once its text is read (or why it is none).
fn article_of_record(
    name: &str,
    line_no: usize,
    mut record: Record,
    text: String,
    span: SourceSpan,
    known: Option<&KnownReading>,
) -> Parsed {
    // one rule for every format: text that is only whitespace is no article
    if text.trim().is_empty() {
        return Err(LoadWarning {
            path: name.into(),
            line: Some(line_no),
            reason: format!("empty text{LINE_SKIPPED}"),
        });
    }
    let id = record.take(Field::Id).map(one_line_owned).unwrap_or_else(|| format!("{name}:{line_no}"));
    let title = record.take(Field::Title);
    let lang = record.take(Field::Lang);
    let given = given_language(lang.as_deref());
    let language_detected = given.is_none();
    let article = Article::from_owned_given(id, text, title.as_deref(), given, known).with_metadata(
        record.take(Field::Date).as_deref(),
        record.take(Field::Url).as_deref(),
        record.take(Field::Source).as_deref(),
    );
    let title_derived = article.title_reads_back(title.as_deref());
    let span = SourceSpan { language_detected, title_derived, ..span };
    Ok((article, Some(line_no), span))
}

/// A line longer than a block, read alone: its text is unescaped where it
/// lies, so the line's buffer becomes the article's text and a 300 MB line
/// is never held twice. A line this cannot read is read as any other, for
/// the same warning.
fn parse_long_jsonl_line(
    name: &str,
    line_no: usize,
    raw_line: Vec<u8>,
    span: SourceSpan,
    fields: &FieldMap,
    known: Option<&KnownReading>,
) -> Option<Parsed> {
    match read_line_in_place(raw_line, line_no == 1, fields) {
        Ok((record, text)) => {
            let text = text_with_title(record.get(Field::Title), Some(text)).unwrap_or_default();
            Some(article_of_record(name, line_no, record, text, span, known))
        }
        Err(raw_line) => parse_jsonl_line(name, line_no, &raw_line, span, fields, known, None),
    }
}

/// A record whose text is a string with escapes serde_json reads, and that
/// text, unescaped in the line's own buffer (no second copy of a huge
/// line). Anything else gives the line back untouched, to be read as usual.
fn read_line_in_place(mut raw_line: Vec<u8>, first_line: bool, fields: &FieldMap) -> Result<(Record, String), Vec<u8>> {
    let found = (|| {
        let line = std::str::from_utf8(&raw_line).ok()?;
        // a byte order mark (Windows tools write one) starts the file, not the record
        let bom = if first_line && line.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let line = &line[bom..];
        let seed = RecordSeed { map: fields, text_in_place: Some(line) };
        let mut record = read_record(line, seed).ok()?;
        let (_, literal) = record.text_literal.take()?;
        // the contents between the quotes
        let contents = bom + literal.start + 1..bom + literal.end - 1;
        json_escapes_are_valid(raw_line.get(contents.clone())?).then_some((record, contents))
    })();
    let Some((record, contents)) = found else { return Err(raw_line) };
    let len = unescape_json_in_place(&mut raw_line, contents);
    raw_line.truncate(len);
    // unescaping valid UTF-8 with valid escapes gives valid UTF-8
    String::from_utf8(raw_line).map(|text| (record, text)).map_err(|e| e.into_bytes())
}

/// The escapes of a JSON string literal's contents are ones serde_json reads
/// into a string: simple ones, and `\u` escapes whose surrogates come in pairs.
fn json_escapes_are_valid(contents: &[u8]) -> bool {
    let mut at = 0;
    while let Some(slash) = contents[at..].iter().position(|&b| b == b'\\') {
        match json_escape_at(contents, at + slash) {
            Some((_, next)) => at = next,
            None => return false,
        }
    }
    true
}

/// The character of the escape at `contents[at]` (a backslash) and where the
/// text after it starts; `None` if serde_json would refuse it.
fn json_escape_at(contents: &[u8], at: usize) -> Option<(char, usize)> {
    let hex = |from: usize| -> Option<u32> {
        let digits = std::str::from_utf8(contents.get(from..from + 4)?).ok()?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    };
    let simple = match contents.get(at + 1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let first = hex(at + 2)?;
            if !(0xD800..=0xDBFF).contains(&first) {
                return Some((char::from_u32(first)?, at + 6));
            }
            if contents.get(at + 6..at + 8)? != b"\\u" {
                return None;
            }
            let second = hex(at + 8)?;
            if !(0xDC00..=0xDFFF).contains(&second) {
                return None;
            }
            let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            return Some((char::from_u32(code)?, at + 12));
        }
        _ => return None,
    };
    Some((simple, at + 2))
}

/// Write the unescaped `contents` range of `bytes` at its start, returning
/// its length. An escape is never shorter than what it stands for, so what
/// is written never overtakes what is still to be read. Escapes are checked
/// first ([`json_escapes_are_valid`]); one that is not is copied as it is.
fn unescape_json_in_place(bytes: &mut [u8], contents: std::ops::Range<usize>) -> usize {
    let (mut read, mut written) = (contents.start, 0);
    while read < contents.end {
        let plain = bytes[read..contents.end].iter().position(|&b| b == b'\\').unwrap_or(contents.end - read);
        bytes.copy_within(read..read + plain, written);
        (read, written) = (read + plain, written + plain);
        if read == contents.end {
            break;
        }
        let escape = json_escape_at(&bytes[..contents.end], read);
        let (c, next) = escape.unwrap_or(('\\', read + 1));
        let mut utf8 = [0; 4];
        let encoded = c.encode_utf8(&mut utf8).as_bytes();
        bytes[written..written + encoded.len()].copy_from_slice(encoded);
        (read, written) = (next, written + encoded.len());
    }
    written
}

/// One JSON record read with `seed`: a whole line, nothing after it.
fn read_record(line: &str, seed: RecordSeed) -> serde_json::Result<Record> {
    let mut json = serde_json::Deserializer::from_str(line);
    let record = seed.deserialize(&mut json)?;
    json.end()?;
    Ok(record)
}

/// The file number of text files in [`Loader::ids`].
const TEXT_FILES: u32 = u32::MAX;

/// An article's text read again from its file: what the loader made of it,
/// byte for byte. `line_at` is where its JSON Lines line starts, `None` for
/// a text file (the whole file is the article).
pub fn read_article_text(path: &Path, line_at: Option<u64>) -> std::io::Result<String> {
    use std::io::{Error, ErrorKind};
    let Some(at) = line_at else {
        let text = String::from_utf8(read_whole(path)?).map_err(|e| Error::new(ErrorKind::InvalidData, e))?;
        return Ok(sanitize_owned(text));
    };
    let mut file = super::walk::open_file_by_path(path)?;
    std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(at))?;
    let mut line: Vec<u8> = Vec::new();
    BufReader::with_capacity(64 << 10, file).read_until(b'\n', &mut line)?;
    text_of_jsonl_line(line, at)
}

/// The article text of the JSON Lines line that starts at byte `at` of its
/// file (`line`, with or without its line break), as the loader read it.
fn text_of_jsonl_line(mut line: Vec<u8>, at: u64) -> std::io::Result<String> {
    use std::io::{Error, ErrorKind};
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    // the same field names the loader read it with (`--field`)
    let line = match read_line_in_place(line, at == 0, field_map()) {
        Ok((record, text)) => {
            let text = text_with_title(record.get(Field::Title), Some(text)).unwrap_or_default();
            return Ok(sanitize_owned(text));
        }
        Err(line) => line,
    };
    let line = std::str::from_utf8(&line).map_err(|e| Error::new(ErrorKind::InvalidData, e))?;
    let line = if at == 0 { line.strip_prefix('\u{feff}').unwrap_or(line) } else { line };
    let mut record =
        read_record(line, RecordSeed::new(field_map())).map_err(|e| Error::new(ErrorKind::InvalidData, e))?;
    let text = text_of_record(&mut record).ok_or_else(|| Error::new(ErrorKind::InvalidData, NO_TEXT))?;
    Ok(sanitize_owned(text))
}

/// A whole file's bytes, opened by [`super::walk::open_file_by_path`] (a
/// path past the system's limit too).
fn read_whole(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut file = super::walk::open_file_by_path(path)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// [`read_article_text`] as a shared text, for a store that keeps the
/// texts it read. A text file is read straight into the shared text's own
/// memory and cleaned there: made from a `String`, the shared text is a
/// second copy, and for an article of 60 MB the two together were a
/// search's peak.
pub fn read_article_text_shared(path: &Path, line_at: Option<u64>) -> std::io::Result<std::sync::Arc<str>> {
    if line_at.is_none()
        && let Some(text) = read_clean_text_file(path)?
    {
        return Ok(text);
    }
    read_article_text(path, line_at).map(std::sync::Arc::from)
}

/// Where a pass over a corpus after linking reads its articles' texts: the
/// articles hold them, or they are read back from the corpus's files.
#[derive(Clone, Copy)]
pub enum ArticleTexts<'a> {
    Held(&'a [Article]),
    Files(&'a SourceTexts<'a>),
}

impl<'a> ArticleTexts<'a> {
    /// The texts of articles `range`, in order.
    pub fn read(&self, range: std::ops::Range<usize>) -> std::io::Result<Vec<std::borrow::Cow<'a, str>>> {
        use std::borrow::Cow;
        match *self {
            ArticleTexts::Held(articles) => match articles.get(range.clone()) {
                Some(run) => Ok(run.iter().map(|a| Cow::Borrowed(a.text.as_str())).collect()),
                None => Err(std::io::Error::other(format!("no articles {}..{}", range.start + 1, range.end))),
            },
            ArticleTexts::Files(source) => Ok(source.read(range)?.into_iter().map(Cow::Owned).collect()),
        }
    }
}

/// Articles' texts read back from the corpus's files, a run of articles in
/// corpus order at a time: for a build that lets the texts go once linking
/// is done (related articles and the search keys read them again, in order).
/// Each text is checked against the length and CRC-32 of the one analysed,
/// so a file changed since it was loaded is an error, never another text.
pub struct SourceTexts<'a> {
    listing: &'a Listing,
    spans: &'a [SourceSpan],
    /// (length, CRC-32) of each article's text as analysed.
    sums: &'a [(u64, u32)],
}

impl<'a> SourceTexts<'a> {
    pub fn new(listing: &'a Listing, spans: &'a [SourceSpan], sums: &'a [(u64, u32)]) -> SourceTexts<'a> {
        SourceTexts { listing, spans, sums }
    }

    /// Articles it reads.
    pub fn len(&self) -> usize {
        self.sums.len()
    }

    pub fn listing(&self) -> &'a Listing {
        self.listing
    }

    pub fn spans(&self) -> &'a [SourceSpan] {
        self.spans
    }

    /// (length, CRC-32) of each article's text as analysed.
    pub fn sums(&self) -> &'a [(u64, u32)] {
        self.sums
    }

    pub fn is_empty(&self) -> bool {
        self.sums.is_empty()
    }

    /// The texts of articles `range`, in order. The lines of one JSON Lines
    /// file are read in one pass over the part of it they lie in.
    pub fn read(&self, range: std::ops::Range<usize>) -> std::io::Result<Vec<String>> {
        use std::io::{Error, Seek, SeekFrom};
        let mut texts = Vec::with_capacity(range.len());
        // the JSON Lines file open now: its index, the reader and where it stands
        let mut open: Option<(u32, BufReader<fs::File>, u64)> = None;
        for i in range {
            let (Some(span), Some(&(len, crc))) = (self.spans.get(i), self.sums.get(i)) else {
                return Err(Error::other(format!("article {} has no source to read its text from", i + 1)));
            };
            let file = self
                .listing
                .files
                .get(span.file as usize)
                .ok_or_else(|| Error::other(format!("article {}'s file is not in the corpus's listing", i + 1)))?;
            let text = match span.line_at {
                None => read_article_text(&file.path, None)?,
                Some(at) => {
                    let (_, reader, pos) = match open.take() {
                        Some(state) if state.0 == span.file && state.2 <= at => open.insert(state),
                        _ => {
                            let mut handle = super::walk::open_file_by_path(&file.path)?;
                            handle.seek(SeekFrom::Start(at))?;
                            open.insert((span.file, BufReader::with_capacity(64 << 10, handle), at))
                        }
                    };
                    // lines between (blank or unreadable ones) are skipped unread
                    if *pos < at {
                        reader.seek_relative(i64::try_from(at - *pos).map_err(Error::other)?)?;
                        *pos = at;
                    }
                    let mut line = Vec::new();
                    *pos += reader.read_until(b'\n', &mut line)? as u64;
                    text_of_jsonl_line(line, at)?
                }
            };
            if text.len() as u64 != len || crc32fast::hash(text.as_bytes()) != crc {
                return Err(Error::other(format!("{} changed while it was indexed", crate::fsio::quoted(&file.path))));
            }
            texts.push(text);
        }
        Ok(texts)
    }
}

impl SourceTexts<'_> {
    /// Whether article `i` is read back a window at a time by
    /// [`SourceTexts::windows_of_long_text`].
    pub fn is_long_text(&self, i: usize, longer_than: u64) -> bool {
        matches!((self.spans.get(i), self.sums.get(i)), (Some(span), Some(&(len, _))) if span.line_at.is_none() && len > longer_than)
    }

    /// Article `i`'s text read back a window at a time, when it is a whole
    /// text file longer than `longer_than` bytes (a JSON Lines line is read
    /// whole, by [`SourceTexts::read`]).
    pub fn windows_of_long_text(&self, i: usize, longer_than: u64) -> Option<std::io::Result<TextFileWindows>> {
        if !self.is_long_text(i, longer_than) {
            return None;
        }
        let (span, &(len, crc)) = (self.spans.get(i)?, self.sums.get(i)?);
        let path = &self.listing.files.get(span.file as usize)?.path;
        Some(super::walk::open_file_by_path(path).map(|file| TextFileWindows {
            file,
            path: path.clone(),
            undecoded: Vec::new(),
            read: 0,
            crc: crc32fast::Hasher::new(),
            analysed: (len, crc),
            done: false,
        }))
    }
}

/// A text file's article text read back a window at a time, each window
/// cleaned as the loader cleaned the whole (hazards are replaced a
/// character at a time, by characters as long), and the whole checked at
/// its end against the length and CRC-32 of the text analysed.
pub struct TextFileWindows {
    file: fs::File,
    path: PathBuf,
    /// The bytes of a character the last window ended inside.
    undecoded: Vec<u8>,
    read: u64,
    crc: crc32fast::Hasher,
    analysed: (u64, u32),
    done: bool,
}

/// Bytes of a file read per window.
const TEXT_WINDOW: usize = 1 << 20;

impl TextFileWindows {
    /// Append the next window of the text to `text`; `false` once the file
    /// is read to its end (and its text found to be the one analysed).
    pub fn next_into(&mut self, text: &mut String) -> std::io::Result<bool> {
        use std::io::{Error, ErrorKind, Read};
        if self.done {
            return Ok(false);
        }
        let mut bytes = std::mem::take(&mut self.undecoded);
        let kept = bytes.len();
        bytes.resize(kept + TEXT_WINDOW, 0);
        let mut filled = kept;
        while filled < bytes.len() {
            match self.file.read(&mut bytes[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let at_end = filled < bytes.len();
        bytes.truncate(filled);
        let whole = match std::str::from_utf8(&bytes) {
            Ok(_) => bytes.len(),
            // a character cut by the window's end is finished by the next window
            Err(e) if e.error_len().is_none() && !at_end => e.valid_up_to(),
            Err(e) => return Err(Error::new(ErrorKind::InvalidData, e)),
        };
        self.undecoded = bytes.split_off(whole);
        super::sanitize::replace_hazard_bytes(&mut bytes);
        self.crc.update(&bytes);
        self.read += bytes.len() as u64;
        text.push_str(std::str::from_utf8(&bytes).map_err(|e| Error::new(ErrorKind::InvalidData, e))?);
        if at_end {
            self.done = true;
            if (self.read, self.crc.clone().finalize()) != self.analysed {
                return Err(Error::other(format!("{} changed while it was indexed", crate::fsio::quoted(&self.path))));
            }
        }
        Ok(true)
    }
}

/// A text file read into a shared text when it is UTF-8, cleaned there in
/// place (a 50 MB line with escapes was read, cleaned into a copy and copied
/// again into the shared text); `None` when it must be read the ordinary way
/// (it is not UTF-8, or it changed size).
fn read_clean_text_file(path: &Path) -> std::io::Result<Option<std::sync::Arc<str>>> {
    use std::io::Read;
    let mut file = super::walk::open_file_by_path(path)?;
    let Ok(size) = usize::try_from(file.metadata()?.len()) else { return Ok(None) };
    let mut bytes: std::sync::Arc<[u8]> = std::iter::repeat_n(0u8, size).collect();
    let Some(buffer) = std::sync::Arc::get_mut(&mut bytes) else { return Ok(None) };
    file.read_exact(buffer)?;
    // a file that grew since its size was asked is read the ordinary way
    if file.read(&mut [0u8])? != 0 {
        return Ok(None);
    }
    let Ok(text) = std::str::from_utf8(&bytes) else { return Ok(None) };
    if super::sanitize::has_terminal_hazard(text) {
        let Some(buffer) = std::sync::Arc::get_mut(&mut bytes) else { return Ok(None) };
        super::sanitize::replace_hazard_bytes(buffer);
        // whole characters replaced by whole characters: still UTF-8, checked again
        if std::str::from_utf8(&bytes).is_err() {
            return Ok(None);
        }
    }
    Ok(Some(shared_str(bytes)))
}

/// The shared bytes of a checked UTF-8 text as a shared `str`, without a copy.
#[allow(
    unsafe_code,
    reason = "std has no safe Arc<[u8]> to Arc<str>; str is [u8] with the UTF-8 promise, checked by the caller"
)]
fn shared_str(bytes: std::sync::Arc<[u8]>) -> std::sync::Arc<str> {
    debug_assert!(std::str::from_utf8(&bytes).is_ok());
    // SAFETY: str and [u8] have the same layout, and the bytes were checked to be UTF-8
    unsafe { std::sync::Arc::from_raw(std::sync::Arc::into_raw(bytes) as *const str) }
}

pub(super) const NOT_REGULAR: &str = "not a regular file (FIFO, socket or device), skipped";

/// Ids and paths come from file names and JSON and are printed by every command.
fn one_line(text: &str) -> String {
    sanitize_line(text)
}

/// [`one_line`] of a string given up, which is kept when it is one line
/// already (every record's id was copied: an append paid it for every old one).
fn one_line_owned(text: String) -> String {
    if text.contains('\n') || super::sanitize::has_terminal_hazard(&text) { sanitize_line(&text) } else { text }
}

pub(super) fn relative_id(root: &Path, file: &Path) -> String {
    // the walk makes every path its folder's and a name: most are plain
    // text after the root, in one pass (by components, a file thousands of
    // levels deep cost thousands of small strings)
    if let Some(id) = super::walk::path_below(root, file).to_str()
        && id.split('/').all(|name| !name.is_empty() && name != ".")
    {
        return one_line(id);
    }
    let rel = file.strip_prefix(root).unwrap_or(file);
    let id = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/");
    one_line(&id)
}

/// The article files of a directory tree, sorted, with what could not be
/// listed. Hidden entries are skipped; symlinks are followed without looping.
pub fn article_files(root: &Path) -> (Vec<PathBuf>, Vec<LoadWarning>) {
    let walked = walk(root, is_listed);
    (walked.files.into_iter().map(|f| f.path).collect(), walked.warnings)
}

/// Whether the walk lists a file of this name (an article or JSON Lines).
fn is_listed(path: &Path) -> bool {
    is_article_file(path) || is_jsonl_file(path)
}

/// Bytes looked at for the first non-blank byte of a file.
const JSONL_SNIFF_BYTES: u64 = 1 << 20;

/// A single file whose first non-blank byte is `{` is JSON Lines. Only the
/// blank start is read (at most [`JSONL_SNIFF_BYTES`]), never a whole line:
/// a first line can be gigabytes long.
fn looks_like_jsonl(path: &Path) -> bool {
    let Ok(file) = fs::File::open(path) else { return false };
    let mut reader = BufReader::new(std::io::Read::take(file, JSONL_SNIFF_BYTES));
    // a byte order mark (Windows tools write one) is not the first byte of the text
    if reader.fill_buf().is_ok_and(|start| start.starts_with("\u{feff}".as_bytes())) {
        reader.consume(3);
    }
    loop {
        let buffer = match reader.fill_buf() {
            Ok([]) | Err(_) => return false,
            Ok(buffer) => buffer,
        };
        match buffer.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => return buffer[i] == b'{',
            None => {
                let n = buffer.len();
                reader.consume(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An id given up is kept when it is one line, else made one as a borrowed one is.
    #[test]
    fn an_owned_id_is_made_one_line_as_a_borrowed_one() {
        for id in ["synth-0000001", "a\nb", "x\u{1b}[2J", "\u{202e}evil", "", "Лавров"] {
            assert_eq!(one_line_owned(id.to_owned()), one_line(id), "{id:?}");
        }
        let id = String::from("plain-id");
        let at = id.as_ptr();
        let kept = one_line_owned(id);
        assert_eq!(kept.as_ptr(), at, "not copied");
    }

    #[test]
    fn a_loader_expecting_an_earlier_index_s_articles_holds_them_without_growing_and_finds_their_ids() {
        let mut observe = |_: LoadProgress| {};
        let mut loader = Loader::new(&mut observe);
        loader.expect(1_000);
        let room = (loader.articles.capacity(), loader.spans.capacity(), loader.ids.capacity());
        assert!(room.0 >= 1_000 && room.1 >= 1_000 && room.2 >= 1_000, "{room:?}");
        let span =
            SourceSpan { file: 3, line_at: Some(0), language_detected: false, title_derived: false, line_check: None };
        let parsed: Vec<Parsed> =
            (0..1_000).map(|i| Ok((Article::new(format!("id-{i}"), "Lavrov", None, None), Some(i), span))).collect();
        loader.add("a.jsonl", parsed);
        assert_eq!((loader.articles.capacity(), loader.spans.capacity(), loader.ids.capacity()), room, "grown");
        assert_eq!(
            (loader.taken_by("id-0"), loader.taken_by("id-999"), loader.taken_by("id-1000")),
            (Some(3), Some(3), None)
        );
    }

    #[test]
    fn an_entry_is_asked_of_its_directory_and_a_symlink_is_followed() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Lavrov in Moscow").unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("sub/b.txt"), "Kim").unwrap();
        std::os::unix::fs::symlink("a.txt", dir.path().join("link.txt")).unwrap();
        std::os::unix::fs::symlink("sub", dir.path().join("sublink")).unwrap();
        std::os::unix::fs::symlink("nowhere.txt", dir.path().join("dangling.txt")).unwrap();
        let listing = list_corpus(dir.path()).unwrap();
        // (name, size) of what each listed entry leads to
        let files: Vec<(&str, u64)> = listing.files.iter().map(|f| (f.name.as_str(), f.stat.size)).collect();
        assert_eq!(files, [("a.txt", 16), ("link.txt", 16), ("sub/b.txt", 3)]);
        // a second way into a folder is walked once
        let warnings: Vec<(&str, &str)> =
            listing.warnings.iter().map(|w| (w.path.as_str(), w.reason.as_str())).collect();
        assert_eq!(
            warnings,
            [
                ("dangling.txt", "cannot open: No such file or directory (os error 2)"),
                ("sublink", "directory already visited (symlink loop), skipped")
            ]
        );
    }

    #[test]
    fn a_tree_deeper_than_a_whole_path_can_name_is_read_whole() {
        // 1,100 levels of "ddd/": 4,400 bytes below the root, past the
        // 4,096-byte limit of a whole path
        let dir = tempfile::tempdir().unwrap();
        let levels = 1_100;
        let mut handle = fs::File::open(dir.path()).unwrap();
        for i in 0..levels {
            let fd = std::os::fd::AsFd::as_fd(&handle);
            rustix::fs::mkdirat(fd, "ddd", rustix::fs::Mode::from_raw_mode(0o755)).unwrap();
            let flags = rustix::fs::OFlags::WRONLY | rustix::fs::OFlags::CREATE | rustix::fs::OFlags::CLOEXEC;
            let file = rustix::fs::openat(fd, "a.txt", flags, rustix::fs::Mode::from_raw_mode(0o644)).unwrap();
            std::io::Write::write_all(&mut fs::File::from(file), format!("Level {i} of the tree").as_bytes()).unwrap();
            let next = rustix::fs::openat(fd, "ddd", rustix::fs::OFlags::RDONLY, rustix::fs::Mode::empty()).unwrap();
            handle = fs::File::from(next);
        }
        let listing = list_corpus(dir.path()).unwrap();
        assert!(listing.warnings.is_empty(), "{:?}", listing.warnings.first());
        assert!(listing.files.last().unwrap().path.as_os_str().len() > 4096);
        let (corpus, _) = load_listing(&listing, &mut |_| {});
        assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings.first());
        assert_eq!(corpus.len(), levels);
        for (i, article) in corpus.articles.iter().enumerate() {
            assert_eq!(article.id, format!("{}a.txt", "ddd/".repeat(i)));
            assert_eq!(article.text, format!("Level {i} of the tree"));
        }
        // a path that long cannot be removed by name: from the deepest level up
        drop(handle);
        let root = fs::File::open(dir.path()).unwrap();
        for level in (0..levels).rev() {
            let mut folder = root.try_clone().unwrap();
            let mut left = level;
            while left > 0 {
                // a relative path of at most 500 levels, well short of the limit
                let step = left.min(500);
                let below = "ddd/".repeat(step);
                let below = rustix::fs::openat(&folder, &below, rustix::fs::OFlags::RDONLY, rustix::fs::Mode::empty());
                folder = fs::File::from(below.unwrap());
                left -= step;
            }
            rustix::fs::unlinkat(&folder, "a.txt", rustix::fs::AtFlags::empty()).unwrap();
            rustix::fs::unlinkat(&folder, "ddd", rustix::fs::AtFlags::REMOVEDIR).unwrap();
        }
    }

    #[test]
    fn an_id_read_in_one_pass_is_the_one_read_by_components() {
        let by_components = |root: &str, file: &str| {
            let rel = Path::new(file).strip_prefix(root).unwrap_or(Path::new(file));
            one_line(&rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"))
        };
        for (root, file) in [
            ("corpus", "corpus/a/b.txt"),
            ("corpus/", "corpus/a/b.txt"),
            ("./corpus", "./corpus/a.txt"),
            ("corpus/.", "corpus/./a.txt"),
            ("/", "/a/b.txt"),
            ("corpus", "corpus/a//b.txt"),
            ("corpus", "corpus/a/./b.txt"),
            ("corpus", "elsewhere/a.txt"),
            ("corpus", "corpus/\u{1b}[31m.txt"),
            ("corpus", "corpusx/a.txt"),
        ] {
            assert_eq!(relative_id(Path::new(root), Path::new(file)), by_components(root, file), "{root} {file}");
        }
    }

    #[test]
    fn a_shared_text_is_the_text_read_the_ordinary_way() {
        let dir = tempfile::tempdir().unwrap();
        let texts = [
            ("clean.txt", "Лавров в Пхеньяне\nKim Jong Un\n".as_bytes().to_vec()),
            ("hazard.txt", "red \u{1b}[31m text\r\n".as_bytes().to_vec()),
            ("empty.txt", Vec::new()),
            ("latin1.txt", b"caf\xe9".to_vec()),
        ];
        for (name, bytes) in texts {
            let path = dir.path().join(name);
            fs::write(&path, &bytes).unwrap();
            let shared = read_article_text_shared(&path, None).map(|t| t.to_string()).map_err(|e| e.kind());
            let ordinary = read_article_text(&path, None).map_err(|e| e.kind());
            assert_eq!(shared, ordinary, "{name}");
        }
        let line = dir.path().join("c.jsonl");
        fs::write(&line, "{\"text\":\"a\"}\n{\"text\":\"Kim\"}\n").unwrap();
        assert_eq!(&*read_article_text_shared(&line, Some(13)).unwrap(), "Kim");
        assert!(read_article_text_shared(&dir.path().join("none.txt"), None).is_err());
    }

    #[test]
    fn seeds_are_embedded_in_file_order() {
        let corpus = load_seeds();
        assert_eq!(corpus.len(), 5);
        assert!(corpus.warnings.is_empty());
        assert!(corpus.articles[0].id.starts_with("000_"));
        assert!(corpus.articles[4].id.starts_with("004_"));
    }

    #[test]
    fn seed_text_is_verbatim() {
        let corpus = load_seeds();
        let file = SEEDS.files().find(|f| f.path().to_string_lossy().starts_with("001_")).unwrap();
        assert_eq!(corpus.articles[1].text.as_bytes(), file.contents());
    }

    /// Each progress report: the ids so far, bytes read, bytes in all.
    type Reports = Vec<(Vec<String>, u64, u64)>;

    /// Load a JSON Lines file in blocks of `block_bytes`, keeping every progress report.
    fn load_in_blocks(path: &Path, block_bytes: usize) -> (Vec<Article>, Vec<LoadWarning>, Reports) {
        let mut reports = Vec::new();
        let mut observe = |p: LoadProgress| {
            reports.push((p.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>(), p.bytes_read, p.bytes_total))
        };
        let mut loader = Loader::new(&mut observe);
        loader.block_bytes = block_bytes;
        loader.bytes_total = fs::metadata(path).unwrap().len();
        loader.jsonl(fs::File::open(path), "c.jsonl", 0);
        let (articles, warnings) = (loader.articles, loader.warnings);
        (articles, warnings, reports)
    }

    #[test]
    fn a_directory_reports_every_byte_it_reads_and_keeps_file_order() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Lavrov in Moscow").unwrap();
        fs::write(dir.path().join("b.jsonl"), "{\"text\":\"Kim in Pyongyang\"}\n").unwrap();
        fs::write(dir.path().join("c.md"), "Ердоган в Анкарі").unwrap();
        fs::write(dir.path().join("d.txt"), "   ").unwrap();
        let mut last = (0, 0, 0);
        let corpus =
            load_path_observed(dir.path(), &mut |p| last = (p.articles.len(), p.bytes_read, p.bytes_total)).unwrap();
        let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a.txt", "b.jsonl:1", "c.md"]);
        assert_eq!(corpus.warnings.len(), 1, "the blank file: {:?}", corpus.warnings);
        assert_eq!(last.0, 3);
        assert_eq!(last.1, last.2, "everything read is counted");
        assert_eq!(
            last.2,
            ["a.txt", "b.jsonl", "c.md", "d.txt"]
                .iter()
                .map(|f| fs::metadata(dir.path().join(f)).unwrap().len())
                .sum::<u64>()
        );
    }

    #[test]
    fn jsonl_blocks_keep_line_numbers_order_and_long_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        let long = "Лавров ".repeat(200);
        let mut lines = Vec::new();
        for n in 1..=40 {
            lines.push(match n {
                7 => "{broken".to_owned(),
                12 => String::new(),
                20 => r#"{"id":"a3","text":"duplicate of line 3"}"#.to_string(),
                25 => format!(r#"{{"id":"long","text":"{long}"}}"#),
                _ => format!(r#"{{"id":"a{n}","text":"Article {n} about Pyongyang."}}"#),
            });
        }
        fs::write(&path, lines.join("\r\n")).unwrap();
        for block in [16, 100, 333, 1 << 20] {
            let (articles, warnings, reports) = load_in_blocks(&path, block);
            let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(ids.len(), 37, "block {block}");
            assert_eq!(ids[0], "a1");
            assert!(ids.contains(&"long") && !ids.contains(&"a7"));
            assert_eq!(articles.iter().find(|a| a.id == "long").unwrap().text, long);
            let at: Vec<(Option<usize>, &str)> = warnings.iter().map(|w| (w.line, w.reason.as_str())).collect();
            assert_eq!(at.len(), 2, "block {block}: {at:?}");
            assert_eq!(at[0].0, Some(7));
            assert_eq!(at[1], (Some(20), "duplicate id \"a3\", line skipped"));
            // every report extends the one before, and the last has read everything
            assert!(reports.windows(2).all(|w| w[1].0.starts_with(&w[0].0) && w[1].1 >= w[0].1));
            let last = reports.last().unwrap();
            assert_eq!((last.0.len(), last.1), (37, last.2));
            if block < 1000 {
                assert!(reports.len() > 3, "small blocks report as they go");
            }
        }
    }

    #[test]
    fn a_long_line_reads_as_a_short_one_with_every_escape_and_fault() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        let long = "Лавров в Пхеньяне. ".repeat(40);
        let lines = [
            format!("\u{feff}{{\"id\":\"bom\",\"text\":\"{long}\"}}"),
            format!(r#"{{"id":"esc","text":"{long}\n\"q\" \\ \/ \b\f\r\t \u00e9\u0416 \ud83d\ude00 end"}}"#),
            format!(r#"{{"id":"lone","text":"{long}\ud83d x"}}"#),
            format!(r#"{{"id":"trailing","text":"{long}\ude00"}}"#),
            format!(r#"{{"id":"number","text":12, "pad":"{long}"}}"#),
            format!(r#"{{"id":"missing","body2":"{long}"}}"#),
            format!(r#"{{"id":"blank","text":"\n\t   ", "pad":"{long}"}}"#),
            format!(r#"{{"content":"second name {long}","id":"ranked","text":"first name {long}"}}"#),
            format!(r#"{{"id":"broken","text":"{long}\x"}}"#),
            format!("   {}   ", " ".repeat(long.len())),
            format!(r#"{{"id":"last","text":"{long}","title":"Kim\u00e9"}}"#),
        ];
        fs::write(&path, lines.join("\n")).unwrap();
        let read = |block| {
            let (articles, warnings, _) = load_in_blocks(&path, block);
            let articles: Vec<_> = articles.into_iter().map(|a| (a.id, a.title, a.text)).collect();
            (articles, warnings)
        };
        let (short, warnings) = read(1 << 20);
        assert_eq!(read(64), (short.clone(), warnings.clone()), "lines longer than the block read alike");
        let ids: Vec<&str> = short.iter().map(|(id, _, _)| id.as_str()).collect();
        assert_eq!(ids, ["bom", "esc", "ranked", "last"]);
        // controls are spaces once sanitised
        assert!(short[1].2.ends_with("\n\"q\" \\ /      éЖ 😀 end"), "{:?}", &short[1].2[long.len()..]);
        assert!(short[2].2.starts_with("first name"));
        assert_eq!(warnings.len(), 6, "{warnings:?}");
        // read again by its line's offset, a text is the one loaded
        let mut at = 0;
        // a long line's title heads its text, unescaped in place or read as any other line
        assert!(short[3].2.starts_with("Kim\u{e9}\n\nЛавров"), "{:?}", &short[3].2[..20]);
        let slots = [Some(0), Some(1), None, None, None, None, None, Some(2), None, None, Some(3)];
        for (line, text) in lines.iter().zip(slots) {
            if let Some(k) = text {
                assert_eq!(read_article_text(&path, Some(at)).unwrap(), short[k].2);
            }
            at += line.len() as u64 + 1;
        }
    }

    #[test]
    fn a_long_lines_text_is_unescaped_in_the_lines_own_buffer() {
        let line = format!(r#"{{"id":"x","text":"{}\n\u00e9"}}"#, "Kim ".repeat(1000)).into_bytes();
        let buffer = line.as_ptr();
        let (_, text) = read_line_in_place(line, false, &FieldMap::default()).unwrap();
        assert_eq!(text.as_ptr(), buffer, "not copied");
        assert!(text.ends_with("Kim \né"));
    }

    #[test]
    fn a_lines_text_is_found_as_it_is_or_as_the_literal_serde_json_writes_and_read_back_from_there() {
        let plain = br#"{"id":"a","text":"Lavrov met Kim."}"#;
        let check = line_check_of(plain, "Lavrov met Kim.").unwrap();
        assert_eq!(check, LineCheck { line_crc: crc32fast::hash(plain), text_at: 18 });
        assert_eq!(text_in_line(plain, check.text_at, 15).as_deref(), Some("Lavrov met Kim."));
        let escaped = br#"{"id":"b","text":"Kim \"Jong\" Un\nin Seoul \\ Tokyo","date":"x"}"#;
        let text = "Kim \"Jong\" Un\nin Seoul \\ Tokyo";
        let check = line_check_of(escaped, text).unwrap();
        assert_eq!(check.text_at, 17 | LineCheck::ESCAPED, "the literal's opening quote");
        assert_eq!(text_in_line(escaped, check.text_at, text.len()).as_deref(), Some(text));
        // found past a place where only its start is (a title the text begins with)
        let titled = br#"{"title":"Lavrov met Kim","text":"Lavrov met Kim in Seoul."}"#;
        let check = line_check_of(titled, "Lavrov met Kim in Seoul.").unwrap();
        assert_eq!(text_in_line(titled, check.text_at, 24).as_deref(), Some("Lavrov met Kim in Seoul."));
        assert_eq!(check.text_at, 34);
        // a text made of more than the line holds (a title put before it), or whose first
        // characters are escaped otherwise than serde_json writes them
        assert_eq!(line_check_of(plain, "Lavrov talks\n\nLavrov met Kim."), None);
        assert_eq!(line_check_of(br#"{"text":"\u0107"}"#, "ć"), None);
        // a place past the line, or no literal there, reads nothing
        assert_eq!(text_in_line(plain, 30, 15), None);
        assert_eq!(text_in_line(plain, 3 | LineCheck::ESCAPED, 1), None);
        assert_eq!(text_in_line(br#"{"text":"open"#, 8 | LineCheck::ESCAPED, 4), None);
    }

    #[test]
    fn extensions_are_matched_in_any_case() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("A.TXT"), "Upper case name").unwrap();
        fs::write(dir.path().join("b.Md"), "Mixed case name").unwrap();
        fs::write(dir.path().join("d.JSONL"), "{\"text\":\"Kim in Pyongyang\"}\n").unwrap();
        fs::write(dir.path().join("e.csv"), "not an article").unwrap();
        let corpus = load_path(dir.path()).unwrap();
        let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["A.TXT", "b.Md", "d.JSONL:1"], "{:?}", corpus.warnings);
        assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
    }

    #[test]
    fn a_byte_order_mark_does_not_cost_the_first_record() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bom.jsonl");
        fs::write(&path, "\u{feff}{\"id\":\"one\",\"text\":\"First\"}\n{\"id\":\"two\",\"text\":\"Second\"}\n")
            .unwrap();
        let corpus = load_path(&path).unwrap();
        let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["one", "two"], "{:?}", corpus.warnings);
        // and a file without the .jsonl name is still seen as JSON Lines
        let unnamed = dir.path().join("bom.data");
        fs::copy(&path, &unnamed).unwrap();
        assert_eq!(load_path(&unnamed).unwrap().len(), 2);
    }

    #[test]
    fn whitespace_only_text_is_no_article_in_any_format() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), " \n\t ").unwrap();
        fs::write(
            dir.path().join("b.jsonl"),
            "{\"id\":\"blank\",\"text\":\" \\n \"}\n{\"id\":\"ok\",\"text\":\"Text\"}\n",
        )
        .unwrap();
        let corpus = load_path(dir.path()).unwrap();
        let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["ok"]);
        let reasons: Vec<String> = corpus.warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(reasons, ["a.txt: empty file, skipped", "b.jsonl:1: empty text, line skipped"]);
    }

    #[test]
    fn a_long_text_read_back_a_window_at_a_time_is_the_text_loaded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.txt");
        // characters of 1 to 4 bytes and hazards (an escape, a C1 control, a bidi
        // override) over several windows, so some window ends inside a character
        let text = "Long line ".to_owned() + &"Лавров \x1b[2J प्योंगयांग \u{9b}31m 😀 \u{202e}x\n".repeat(60_000);
        assert!(text.len() > 3 * TEXT_WINDOW);
        fs::write(&path, &text).unwrap();
        let listing = list_corpus(dir.path()).unwrap();
        let (corpus, spans) = load_listing(&listing, &mut |_| {});
        let loaded = &corpus.articles[0].text;
        let sums = [(loaded.len() as u64, crc32fast::hash(loaded.as_bytes()))];
        let source = SourceTexts::new(&listing, &spans, &sums);
        assert!(source.windows_of_long_text(0, loaded.len() as u64).is_none(), "not longer than itself");
        let read_back = |source: &SourceTexts| {
            let mut windows = source.windows_of_long_text(0, 1 << 20).unwrap()?;
            let (mut read, mut calls) = (String::new(), 0);
            while windows.next_into(&mut read)? {
                calls += 1;
            }
            Ok::<_, std::io::Error>((read, calls))
        };
        let (read, calls) = read_back(&source).unwrap();
        assert!(calls > 3, "{calls} windows");
        assert!(read == *loaded, "the text read back a window at a time differs from the one loaded");
        // a file changed since it was analysed is an error, never another text
        let mut changed = text.into_bytes();
        changed[0] = b'S';
        fs::write(&path, &changed).unwrap();
        assert!(read_back(&source).unwrap_err().to_string().contains("changed while it was indexed"));
    }

    #[test]
    fn a_text_is_read_again_under_the_name_it_was_loaded_by() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        let first = "\u{feff}{\"id\":\"one\",\"content\":\"Lavrov in \\u001b[31mPyongyang\"}\n";
        fs::write(&path, format!("{first}{{\"id\":\"two\",\"body\":\"Second\"}}\n")).unwrap();
        let (corpus, spans) = load_listing(&list_corpus(&path).unwrap(), &mut |_| {});
        assert_eq!(corpus.len(), 2, "{:?}", corpus.warnings);
        for (article, span) in corpus.articles.iter().zip(&spans) {
            assert_eq!(read_article_text(&path, span.line_at).unwrap(), article.text);
        }
    }

    #[test]
    fn a_text_file_with_escapes_is_read_back_shared_and_cleaned_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hostile.txt");
        fs::write(&path, "Lavrov \x1b[2J in Пхеньян\u{9b}31m \u{202e}x\n").unwrap();
        let (corpus, _) = load_listing(&list_corpus(dir.path()).unwrap(), &mut |_| {});
        // cleaned in the shared text's own buffer, not left to the reading that copies it
        let shared = read_clean_text_file(&path).unwrap().expect("a UTF-8 text file with hazards");
        assert_eq!(*shared, corpus.articles[0].text);
        assert_eq!(*read_article_text_shared(&path, None).unwrap(), corpus.articles[0].text);
    }
}
