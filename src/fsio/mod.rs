//! korpus's one way to write a file and its one place for directories.
//!
//! - [`AtomicFile`]: write a whole file or nothing. The bytes go to a
//!   uniquely named temporary file created exclusively beside the target,
//!   are synced, renamed over the target and the directory is synced, so a
//!   crash, a `kill -9` or a full disk leaves the old file (or none), never a
//!   torn or empty one, and an error never leaves the temporary file behind.
//! - [`FileLock`]: an exclusive advisory lock (`std::fs::File::lock`).
//! - [`dirs`]: where korpus keeps its configuration, data, cache and state.
//! - [`resolve_symlinks`] and [`stable_hash`] for the callers that name files.

pub mod dirs;

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// What to do when the target of an [`AtomicFile`] already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Replace it (a symlink is replaced, not written through).
    Replace,
    /// Fail with [`io::ErrorKind::AlreadyExists`], checked again at the
    /// rename, so a file created meanwhile is not overwritten either.
    Refuse,
}

/// A file written to a temporary name and put in place by [`AtomicFile::commit`].
/// Dropped without a commit (an error, a panic), the temporary file is removed.
pub struct AtomicFile {
    target: PathBuf,
    existing: Existing,
    out: BufWriter<File>,
    /// The temporary file's name, removed when dropped before the rename.
    temp_path: tempfile::TempPath,
}

impl AtomicFile {
    /// Start writing `target`. With [`Existing::Refuse`], an existing file or
    /// symlink (even a dangling one) at `target` is refused at once.
    pub fn create(target: &Path, existing: Existing) -> io::Result<AtomicFile> {
        if existing == Existing::Refuse && fs::symlink_metadata(target).is_ok() {
            return Err(io::Error::new(io::ErrorKind::AlreadyExists, "already exists"));
        }
        let prefix = temp_prefix(target);
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(TEMP_SUFFIX);
        // the mode a plain `File::create` gives (0666 less the umask), not tempfile's private 0600
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        let temp = builder.tempfile_in(parent_dir(target)).map_err(without_temp_name)?;
        // writes go to the plain file: tempfile's own `Write` names the
        // temporary file in its errors, which means nothing to the user
        let (file, temp_path) = temp.into_parts();
        Ok(AtomicFile {
            target: target.to_path_buf(),
            existing,
            out: BufWriter::with_capacity(1 << 16, file),
            temp_path,
        })
    }

    /// Flush, sync, rename over the target and sync the directory, so the
    /// new name survives a power cut.
    pub fn commit(self) -> io::Result<()> {
        let file = self.out.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        drop(file);
        let persisted = match self.existing {
            Existing::Replace => self.temp_path.persist(&self.target),
            Existing::Refuse => self.temp_path.persist_noclobber(&self.target),
        };
        // on failure the error owns the temporary file and removes it when dropped
        persisted.map_err(|e| e.error)?;
        sync_dir(parent_dir(&self.target))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Write `target` atomically with what `fill` writes.
pub fn write_atomic(
    target: &Path,
    existing: Existing,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = AtomicFile::create(target, existing)?;
    fill(&mut file)?;
    file.commit()
}

/// Remove temporary files that an [`AtomicFile`] for `target` left behind
/// when its process was killed mid-write. Only safe while the caller holds a
/// lock that keeps every other writer of `target` out.
pub fn remove_leftover_temps(target: &Path) {
    let prefix = temp_prefix(target);
    let Ok(entries) = fs::read_dir(parent_dir(target)) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

const TEMP_SUFFIX: &str = ".tmp";

/// tempfile adds the temporary file's name to a creation error (`No such
/// file or directory (os error 2) at path ".x.csv.6oILxM.tmp"`, its
/// `PathError`, whose cause is private); callers name the target, so keep
/// only the cause.
fn without_temp_name(error: io::Error) -> io::Error {
    let message = error.to_string();
    match message.rfind(" at path \"") {
        Some(end) if error.raw_os_error().is_none() => io::Error::new(error.kind(), &message[..end]),
        _ => error,
    }
}

/// `.<name>.` — hidden, and named after the file it will become.
fn temp_prefix(target: &Path) -> String {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!(".{name}.")
}

/// The directory a path's file is in (`.` for a bare name).
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Make a rename in `dir` durable.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// An exclusive advisory lock on a file, held until dropped.
pub struct FileLock {
    _file: File,
}

impl FileLock {
    /// Open (creating it) and lock `path`, waiting for another holder. A
    /// symlink at `path` is not followed (someone could point it anywhere).
    pub fn acquire(path: &Path) -> io::Result<FileLock> {
        let mut options = fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NOFOLLOW);
        }
        let file = options.open(path)?;
        loop {
            match file.lock() {
                Ok(()) => return Ok(FileLock { _file: file }),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }
}

/// Follow `path` through symlinks to what it finally names, even when that
/// does not exist yet (a dangling link names the file it would create).
/// Relative link targets are taken from the link's directory. A loop of
/// links is an error.
pub fn resolve_symlinks(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    // as the kernel's limit on links followed in one lookup
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = if target.is_absolute() { target } else { parent_dir(&current).join(target) };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(format!("too many levels of symbolic links at {}", crate::fsio::quoted(path))))
}

/// A hash of bytes that never changes between builds, versions or machines
/// (FNV-1a, 64 bits), for names of files korpus finds again later.
pub fn stable_hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

/// A path as it is shown in a message: quoted and escaped like a Rust
/// string, so a name with spaces, quotes, controls or bidi characters reads
/// as one unambiguous token and never acts on the terminal.
pub fn quoted(path: &Path) -> String {
    quote(&path.to_string_lossy())
}

/// Any user-given value (a path as text, a config value) in a message,
/// quoted as [`quoted`] does. Non-ASCII letters stay readable; controls,
/// bidi and separator characters are escaped.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if crate::corpus::is_terminal_hazard(c) || is_invisible_format(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Format characters that draw nothing but change what a name seems to be
/// (zero-width joiners and marks, the BOM, soft hyphen, bidi marks).
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{061c}')
}

#[cfg(test)]
mod tests;
