//! The index: an analysed corpus as one file that is mapped, not decoded.
//!
//! Opening a corpus that was indexed before reads the file's table and
//! nothing else: the list, the text view, search, entities and related
//! articles read the tables where they lie (see [`format`] for the layout,
//! [`records`] for the rows). Article texts stay in the corpus's own files
//! and are read again when shown, checked against a CRC-32 of what was
//! analysed.
//!
//! The file is trusted only as far as it is checked: a footer and a table
//! with their own checksum, a checksum per 1 MiB of every section checked
//! the first time it is read, bounds on every read. A file that fails is
//! rebuilt; a file of another build (korpus's version, the analysis code,
//! the embedded data: see `build.rs`) or of a corpus that changed (any
//! file's size, modification time, inode or status change time) is rebuilt.
//! Writing goes to a temporary file created exclusively beside the target,
//! synced, renamed over it, and the directory synced; a lock file keeps two
//! processes from building the same index at once.

pub mod append;
pub mod blob;
pub mod format;
pub mod records;
mod store;
mod write;

#[cfg(test)]
mod tests;

pub use store::{Bytes, IndexStore};
pub use write::{ArticleStrings, Meta, Texts, write_grown_index, write_index, write_index_with};

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::Analysis;
use crate::corpus::{Corpus, Listing};
use crate::fsio::{self, Existing, FileLock, stable_hash};

/// What an index must have been made by: this version of korpus, this
/// analysis code and data, this layout, this byte order.
pub fn identity() -> u64 {
    let parts: [&[u8]; 4] = [
        env!("CARGO_PKG_VERSION").as_bytes(),
        env!("ANALYSIS_HASH_FOR_THE_INDEX").as_bytes(),
        &format::FORMAT.to_le_bytes(),
        if cfg!(target_endian = "little") { b"le" } else { b"be" },
    ];
    // each part ends in a zero byte, so no two different lists hash alike by running together
    let joined: Vec<u8> = parts.iter().flat_map(|part| part.iter().copied().chain([0])).collect();
    stable_hash(&joined)
}

/// Where the index of a corpus lives in `cache_dir`: named after the
/// corpus's canonical path.
pub fn index_path(cache_dir: &Path, corpus_path: &Path) -> PathBuf {
    let canonical = fs::canonicalize(corpus_path).unwrap_or_else(|_| corpus_path.to_path_buf());
    cache_dir.join(format!("corpus-{:016x}.kix", stable_hash(canonical.as_os_str().as_encoded_bytes())))
}

/// What looking for an index found.
pub enum Found {
    /// An index of this corpus as it is now.
    Fresh(Box<IndexStore>),
    /// Nothing there.
    Missing,
    /// Something there that cannot serve, and why (stale, damaged, not a file).
    Unusable(Unusable),
    /// An index of the corpus as it was (files changed, came or went), and
    /// why it is out of date: its analysis may be kept for the articles that
    /// are still the same ([`append`]).
    Stale(Box<IndexStore>, String),
}

/// Why an index found cannot serve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// Damaged, made by another version of korpus, or not a regular file.
    Damaged(String),
    /// An index of the corpus as it was: files changed, came or went.
    Stale(String),
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unusable::Damaged(why) => write!(f, "unusable ({why})"),
            Unusable::Stale(why) => write!(f, "out of date ({why})"),
        }
    }
}

/// A fingerprint of what listing the corpus reported (unreadable
/// directories, symlink loops) and of the JSON field names its records are
/// read with (`--field`): a change there is a change of the corpus.
pub fn listing_fingerprint(listing: &Listing) -> u64 {
    stable_hash(format!("{:?}{}", listing.warnings, crate::corpus::field_map().key()).as_bytes())
}

/// Open the index at `path` for the corpus `listing` describes, if it is
/// an index of it as it is now. A FIFO, socket or symlink at `path` is
/// never followed or waited on.
pub fn open_fresh(path: &Path, listing: &Listing) -> Found {
    let file = match open_regular(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Found::Missing,
        Err(e) => return Found::Unusable(Unusable::Damaged(e.to_string())),
    };
    let map = match map(&file) {
        Ok(map) => map,
        Err(e) => return Found::Unusable(Unusable::Damaged(format!("cannot map it: {e}"))),
    };
    let mut store = match IndexStore::from_bytes(Bytes::Mapped(map), Some(listing.root.clone())) {
        Ok(store) => store,
        Err(e) => return Found::Unusable(Unusable::Damaged(e.to_string())),
    };
    if let Ok(meta) = file.metadata() {
        use std::os::unix::fs::MetadataExt;
        store.discard_on_damage(format::DiscardOnDamage {
            path: path.to_path_buf(),
            device: meta.dev(),
            inode: meta.ino(),
        });
    }
    match stale(&store, listing) {
        None => Found::Fresh(Box::new(store)),
        Some(Unusable::Stale(why)) => Found::Stale(Box::new(store), why),
        Some(why) => Found::Unusable(why),
    }
}

/// Why an index no longer answers for the corpus, if it does not.
fn stale(store: &IndexStore, listing: &Listing) -> Option<Unusable> {
    if store.listing_fingerprint() != Some(listing_fingerprint(listing)) {
        return Some(Unusable::Stale("the corpus's folders or its --field names changed".into()));
    }
    let sources = match store.sources() {
        Ok(sources) => sources,
        Err(e) => return Some(Unusable::Damaged(e.to_string())),
    };
    if sources.len() != listing.files.len() {
        return Some(Unusable::Stale("files were added or removed".into()));
    }
    for ((relative, stamp), file) in sources.iter().zip(&listing.files) {
        let now = file.path.strip_prefix(&listing.root).unwrap_or(&file.path);
        if relative != now {
            return Some(Unusable::Stale(format!("{} was added or removed", file.name)));
        }
        if *stamp != records::FileStamp::of(&file.stat) {
            return Some(Unusable::Stale(format!("{} changed", file.name)));
        }
    }
    None
}

/// Open a file for reading only if it is a regular file: a symlink is not
/// followed, and a FIFO is opened without waiting for a writer, then refused.
fn open_regular(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = OpenOptions::new().read(true).custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK).open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    Ok(file)
}

#[allow(
    unsafe_code,
    reason = "memmap2 maps a file; korpus's own index files are only ever replaced by rename, never changed in place"
)]
fn map(file: &File) -> io::Result<memmap2::Mmap> {
    // SAFETY: the mapping is read-only and korpus never truncates or rewrites
    // an index file in place (a new index is renamed over the old name, so
    // this mapping keeps the old inode); every read of it is bounds-checked.
    unsafe { memmap2::Mmap::map(file) }
}

/// Wait for (then take) the lock on building the index at `index`: a
/// hidden `.<name>.lock` beside it.
pub fn lock(index: &Path) -> io::Result<FileLock> {
    let name = index.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    FileLock::acquire(&index.with_file_name(format!(".{name}.lock")))
}

/// Remove temporary files a build of `index` left when its process was
/// killed. Only while holding the build lock.
pub fn remove_leftover_temps(index: &Path) {
    fsio::remove_leftover_temps(index);
}

/// Write the index of an analysed corpus at `index`, atomically (see
/// [`fsio::AtomicFile`]: a temporary file created exclusively, so a symlink
/// planted at its name is never followed; synced, renamed over `index`, the
/// directory synced). On any error the temporary file is removed and
/// whatever was at `index` is untouched.
pub fn write_atomic(index: &Path, corpus: &Corpus, analysis: &Analysis, texts: &Texts) -> io::Result<()> {
    write_atomic_grown(index, corpus, analysis, texts, None)
}

/// [`write_atomic`] for a corpus that grew at its end, given the index of
/// its first articles, unchanged (see [`write_grown_index`]).
pub fn write_atomic_grown(
    index: &Path,
    corpus: &Corpus,
    analysis: &Analysis,
    texts: &Texts,
    earlier: Option<&IndexStore>,
) -> io::Result<()> {
    write_atomic_with(index, corpus, analysis, texts, earlier, None)
}

/// [`write_atomic_grown`] given the articles' strings made before the
/// analysis (see [`write_index_with`]).
pub fn write_atomic_with(
    index: &Path,
    corpus: &Corpus,
    analysis: &Analysis,
    texts: &Texts,
    earlier: Option<&IndexStore>,
    strings: Option<&ArticleStrings>,
) -> io::Result<()> {
    create_private_dir(fsio::parent_dir(index))?;
    fsio::write_atomic(index, Existing::Replace, |out| {
        write_index_with(out, corpus, analysis, texts, earlier, strings).map(|_| ())
    })
}

/// Create the cache directory readable by its owner alone when korpus is
/// the one creating it: an index holds the corpus's titles and names, and
/// its files get the usual mode (0666 less the umask) from [`fsio`].
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.is_dir() {
        return Ok(());
    }
    fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// An index made in memory, never written: the bundled seeds, `--no-cache`.
pub fn in_memory(corpus: &Corpus, analysis: &Analysis, texts: &Texts, root: Option<&Path>) -> io::Result<IndexStore> {
    in_memory_with(corpus, analysis, texts, root, None)
}

/// [`in_memory`] given the articles' strings made before the analysis.
pub fn in_memory_with(
    corpus: &Corpus,
    analysis: &Analysis,
    texts: &Texts,
    root: Option<&Path>,
    strings: Option<&ArticleStrings>,
) -> io::Result<IndexStore> {
    // a corpus's index waits in an unnamed temporary file, mapped as a cached
    // one is: held in memory, its keys were one more copy of the texts beside
    // them (a 50 MB line's index is 70 MB); the bundled seeds' stays in memory
    let bytes = match root.map(|_| in_unnamed_file(|out| write_index_with(out, corpus, analysis, texts, None, strings)))
    {
        Some(Ok(map)) => Bytes::Mapped(map),
        _ => write_index_with(store::WordSink::default(), corpus, analysis, texts, None, strings)?.0.into_bytes(),
    };
    IndexStore::from_bytes(bytes, root.map(Path::to_path_buf)).map_err(|e| io::Error::other(e.0))
}

/// What `write` writes, in an unnamed temporary file (gone once unmapped),
/// mapped read-only: pages the system can drop and read again, rather than
/// the process's own memory.
fn in_unnamed_file(
    write: impl FnOnce(io::BufWriter<File>) -> io::Result<(io::BufWriter<File>, u64)>,
) -> io::Result<memmap2::Mmap> {
    let (out, _) = write(io::BufWriter::with_capacity(1 << 20, tempfile::tempfile()?))?;
    map(&out.into_inner().map_err(io::IntoInnerError::into_error)?)
}
