//! Review marks (read, starred, relevant or not, a note, tags) kept per corpus
//! in one JSON file that is never lost and never silently overwritten.
//!
//! Every change is saved at once and atomically: the whole file is written to
//! a temporary file in the same directory, synced, renamed over the old one
//! and the directory synced, so a `kill -9` at any moment leaves either the
//! old file or the new one. Before writing, the file is re-read under an
//! advisory lock (a `<name>.lock` beside it: the file itself is replaced on
//! every save, so its inode cannot carry the lock) and merged article by
//! article, newest `updated_ms` winning, so two korpus processes reviewing the
//! same corpus keep each other's work.
//!
//! The file carries a format tag and a schema version. A file that is not
//! JSON, or JSON of some other program, is moved aside to
//! `<name>.corrupt-<unix time>` and reported; a file written by a newer korpus
//! is refused and left alone.
//!
//! Notes and tags are sanitised like article text (no escape sequences,
//! controls or bidi overrides) whenever they enter the store, from the
//! keyboard, the file or an import, so nothing stored can act on a terminal.

mod export;
mod saver;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::corpus::{sanitize_for_terminal, sanitize_line};
use crate::fsio::{self, Existing, FileLock, stable_hash};

pub use export::{ExportFormat, ReviewImport};
pub use saver::{ReviewSaver, SaveReport};

/// The schema version this korpus writes and the newest it reads.
pub const SCHEMA_VERSION: u64 = 1;
/// The `format` field that marks a file as a korpus review store.
const FORMAT_TAG: &str = "korpus-review";

/// A reviewer's judgement of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relevance {
    Relevant,
    NotRelevant,
}

impl Relevance {
    pub fn label(self) -> &'static str {
        match self {
            Relevance::Relevant => "relevant",
            Relevance::NotRelevant => "not_relevant",
        }
    }
}

/// Everything a reviewer has said about one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewMark {
    pub read: bool,
    pub starred: bool,
    pub relevance: Option<Relevance>,
    pub note: String,
    pub tags: Vec<String>,
    /// When this mark last changed (ms since the Unix epoch); the newer wins a merge.
    pub updated_ms: u64,
}

impl ReviewMark {
    /// True when the mark says nothing (a mark cleared again).
    pub fn is_blank(&self) -> bool {
        !self.read && !self.starred && self.relevance.is_none() && self.note.is_empty() && self.tags.is_empty()
    }

    /// Read or flagged relevant/not relevant: counts towards review progress.
    pub fn is_reviewed(&self) -> bool {
        self.read || self.relevance.is_some()
    }

    /// Make the note and tags safe to show: no terminal hazards, tags one
    /// trimmed line each, no empty tags.
    fn sanitise(&mut self) {
        self.note = sanitize_for_terminal(&self.note);
        let tags = std::mem::take(&mut self.tags);
        self.tags = tags
            .into_iter()
            .map(|t| sanitize_for_terminal(&t).replace('\n', " ").trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
    }
}

/// Why the review store could not be read or saved.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("{}: {source}", fsio::quoted(path))]
    Io { path: PathBuf, source: io::Error },
    #[error(
        "{}: written by a newer korpus (review schema version {found}, this korpus reads up to {SCHEMA_VERSION}); left untouched",
        fsio::quoted(path)
    )]
    NewerVersion { path: PathBuf, found: u64 },
    /// The reason is safe to print (parser messages quote the input, which
    /// may hold escapes: they are made inert when the error is made).
    #[error("not a korpus review export: {0}")]
    BadImport(String),
    #[error("cannot read the import: {0}")]
    ImportRead(io::Error),
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> ReviewError + '_ {
    move |source| ReviewError::Io { path: path.to_path_buf(), source }
}

/// The file as stored.
#[derive(Serialize)]
struct StoreFile<'a> {
    format: &'static str,
    version: u64,
    marks: &'a BTreeMap<String, ReviewMark>,
}

/// What is on disk at the store's path.
enum OnDisk {
    Missing,
    Marks(BTreeMap<String, ReviewMark>),
    /// Not a review file of ours: the reason.
    Unusable(String),
}

/// Parse a review file's bytes. A newer schema is an error; anything else
/// that is not ours is `Unusable`. Never panics, whatever the bytes.
fn parse_store(path: &Path, bytes: &[u8]) -> Result<OnDisk, ReviewError> {
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return Ok(OnDisk::Unusable(format!("not valid JSON ({})", sanitize_line(&e.to_string())))),
    };
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_TAG) {
        return Ok(OnDisk::Unusable("not a korpus review file (no \"format\": \"korpus-review\")".into()));
    }
    let Some(version) = value.get("version").and_then(|v| v.as_u64()) else {
        return Ok(OnDisk::Unusable("no schema version".into()));
    };
    if version > SCHEMA_VERSION {
        return Err(ReviewError::NewerVersion { path: path.to_path_buf(), found: version });
    }
    let marks = value.get("marks").cloned().unwrap_or(serde_json::Value::Object(Default::default()));
    match serde_json::from_value::<BTreeMap<String, ReviewMark>>(marks) {
        Ok(marks) => Ok(OnDisk::Marks(sanitised(marks))),
        // serde's message quotes the bad value ("unknown variant `…`"), escapes and all
        Err(e) => Ok(OnDisk::Unusable(format!("marks unreadable ({})", sanitize_line(&e.to_string())))),
    }
}

/// How far ahead of the clock a time stamp may be: saves in one millisecond
/// each take the next one, so a burst of changes runs a little ahead.
const FUTURE_ALLOWANCE_MS: u64 = 60_000;

/// Marks as they may enter the store: ids, notes and tags made safe to print,
/// and no time stamp far in the future (one of u64::MAX would win every merge
/// against every later change). Two ids that differ only in escapes become
/// one, the newer mark kept.
fn sanitised(marks: impl IntoIterator<Item = (String, ReviewMark)>) -> BTreeMap<String, ReviewMark> {
    let latest = now_ms().saturating_add(FUTURE_ALLOWANCE_MS);
    let mut out: BTreeMap<String, ReviewMark> = BTreeMap::new();
    for (id, mut mark) in marks {
        mark.sanitise();
        mark.updated_ms = mark.updated_ms.min(latest);
        let id = sanitize_line(&id);
        if out.get(&id).is_none_or(|ours| ours.updated_ms < mark.updated_ms) {
            out.insert(id, mark);
        }
    }
    out
}

fn read_disk(path: &Path) -> Result<OnDisk, ReviewError> {
    match fs::read(path) {
        Ok(bytes) => parse_store(path, &bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(OnDisk::Missing),
        Err(e) => Err(io_error(path)(e)),
    }
}

fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// The lock that serialises every save of `store`: `<store>.lock` beside
/// it (the store itself is replaced at every save, so its inode cannot carry
/// the lock).
fn lock(store: &Path) -> Result<FileLock, ReviewError> {
    let path = sidecar(store, ".lock");
    FileLock::acquire(&path).map_err(io_error(&path))
}

/// `<dir>/<name><suffix>` for the store at `<dir>/<name>`.
fn sidecar(store: &Path, suffix: &str) -> PathBuf {
    let mut name = store.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "review.json".into());
    name.push(suffix);
    store.with_file_name(name)
}

/// The review marks of one corpus, backed by one file.
#[derive(Debug)]
pub struct ReviewStore {
    path: PathBuf,
    marks: BTreeMap<String, ReviewMark>,
    /// Problems met after opening (a corrupt file found at a later save).
    warnings: Vec<String>,
}

impl ReviewStore {
    /// `<data_dir>/review/<hash of corpus_key>.json`; `corpus_key` is the
    /// corpus's canonical path (see [`ReviewStore::corpus_key`]) or "seeds".
    pub fn default_path(data_dir: &Path, corpus_key: &str) -> PathBuf {
        data_dir.join("review").join(format!("{:016x}.json", stable_hash(corpus_key.as_bytes())))
    }

    /// The key a corpus's review file is named after: its canonical path, or
    /// "seeds" for the bundled corpus.
    pub fn corpus_key(corpus_path: Option<&Path>) -> String {
        match corpus_path {
            None => "seeds".into(),
            Some(p) => fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf()).to_string_lossy().into_owned(),
        }
    }

    /// Open the store at `path` (created on first save). A corrupt or foreign
    /// file is moved aside and named in the returned warnings; a file of a
    /// newer schema is an error and is left alone. A symlink is followed to
    /// its target, which is then the file saved and locked (so a process
    /// given the link and one given the target exclude each other, and the
    /// link stays a link).
    pub fn open(path: &Path) -> Result<(ReviewStore, Vec<String>), ReviewError> {
        let path = &fsio::resolve_symlinks(path).map_err(io_error(path))?;
        let mut store = ReviewStore { path: path.to_path_buf(), marks: BTreeMap::new(), warnings: Vec::new() };
        match read_disk(path)? {
            OnDisk::Missing => {}
            OnDisk::Marks(marks) => store.marks = marks,
            OnDisk::Unusable(_) => {
                // look again under the lock: another process may be mid-save
                let _lock = lock(path)?;
                store.merge_from_disk()?;
            }
        }
        let warnings = std::mem::take(&mut store.warnings);
        Ok((store, warnings))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn get(&self, article_id: &str) -> Option<&ReviewMark> {
        self.marks.get(article_id)
    }

    /// Every mark, by article id.
    pub fn marks(&self) -> impl Iterator<Item = (&str, &ReviewMark)> {
        self.marks.iter().map(|(id, m)| (id.as_str(), m))
    }

    /// Articles marked read or flagged relevant/not relevant.
    pub fn reviewed_count(&self) -> usize {
        self.marks.values().filter(|m| m.is_reviewed()).count()
    }

    /// Reviewed articles among those of `corpus` (marks of articles no longer
    /// in it left out): the 12 of "12/40 reviewed".
    pub fn reviewed_in(&self, corpus: &crate::corpus::Corpus) -> usize {
        corpus.articles.iter().filter(|a| self.marks.get(&a.id).is_some_and(ReviewMark::is_reviewed)).count()
    }

    /// Problems met since opening (for example a corrupt file found and moved
    /// aside at a save), each once.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// Change one article's mark and save at once, merged with whatever
    /// another process saved meanwhile.
    pub fn update(&mut self, article_id: &str, change: impl FnOnce(&mut ReviewMark)) -> Result<(), ReviewError> {
        self.update_many([(article_id.to_owned(), change)])
    }

    /// Change several marks in one save (one lock, one write).
    pub fn update_many<F: FnOnce(&mut ReviewMark)>(
        &mut self,
        changes: impl IntoIterator<Item = (String, F)>,
    ) -> Result<(), ReviewError> {
        self.ensure_dir()?;
        let _lock = lock(&self.path)?;
        self.merge_from_disk()?;
        for (article_id, change) in changes {
            let mut mark = self.marks.get(&article_id).cloned().unwrap_or_default();
            let before = mark.updated_ms;
            change(&mut mark);
            mark.sanitise();
            // strictly newer than what it was based on, even if the clock stepped back
            mark.updated_ms = now_ms().max(before.saturating_add(1));
            self.marks.insert(article_id, mark);
        }
        self.save_locked()
    }

    /// Merge marks in (the newer of each article's wins) and save; how many changed.
    fn merge_in_and_save(&mut self, incoming: Vec<(String, ReviewMark)>) -> Result<usize, ReviewError> {
        self.ensure_dir()?;
        let _lock = lock(&self.path)?;
        self.merge_from_disk()?;
        let mut changed = 0;
        for (id, mark) in sanitised(incoming) {
            if self.take_if_newer(id, mark) {
                changed += 1;
            }
        }
        self.save_locked()?;
        Ok(changed)
    }

    /// Keep `theirs` when it is newer than ours (or we have none).
    fn take_if_newer(&mut self, id: String, theirs: ReviewMark) -> bool {
        match self.marks.get(&id) {
            Some(ours) if ours.updated_ms >= theirs.updated_ms => false,
            _ => {
                self.marks.insert(id, theirs);
                true
            }
        }
    }

    fn ensure_dir(&self) -> Result<(), ReviewError> {
        let dir = fsio::parent_dir(&self.path);
        fs::create_dir_all(dir).map_err(io_error(dir))
    }

    /// Re-read the file (the caller holds the lock) and take every newer mark.
    fn merge_from_disk(&mut self) -> Result<(), ReviewError> {
        match read_disk(&self.path)? {
            OnDisk::Missing => {}
            OnDisk::Marks(marks) => {
                for (id, mark) in marks {
                    self.take_if_newer(id, mark);
                }
            }
            OnDisk::Unusable(reason) => {
                let aside = self.move_aside()?;
                self.warnings.push(format!(
                    "{}: {reason}; moved aside to {}",
                    fsio::quoted(&self.path),
                    fsio::quoted(&aside)
                ));
            }
        }
        Ok(())
    }

    /// Rename the file at our path to `<name>.corrupt-<unix time>` (never over another).
    fn move_aside(&self) -> Result<PathBuf, ReviewError> {
        let secs = now_ms() / 1000;
        let mut aside = sidecar(&self.path, &format!(".corrupt-{secs}"));
        let mut n = 1;
        while aside.exists() {
            aside = sidecar(&self.path, &format!(".corrupt-{secs}-{n}"));
            n += 1;
        }
        fs::rename(&self.path, &aside).map_err(io_error(&self.path))?;
        Ok(aside)
    }

    /// Write every mark atomically (see [`fsio::AtomicFile`]). The caller
    /// holds the lock, so a temporary file left beside the store is from a
    /// writer that died mid-save, and is removed.
    fn save_locked(&self) -> Result<(), ReviewError> {
        fsio::remove_leftover_temps(&self.path);
        let body = StoreFile { format: FORMAT_TAG, version: SCHEMA_VERSION, marks: &self.marks };
        fsio::write_atomic(&self.path, Existing::Replace, |out| {
            serde_json::to_writer_pretty(&mut *out, &body)?;
            out.write_all(b"\n")
        })
        .map_err(io_error(&self.path))
    }
}
