//! Encoded bytes kept until the index is written: in memory, or past a size
//! in an unnamed temporary file, so that the kept recognition of a huge
//! article is not resident beside its analysis while linking runs (it was a
//! third of the article's size).

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Write};
use std::os::unix::fs::FileExt;
use std::sync::Arc;

/// Bytes past this go to a temporary file: runs of ordinary articles stay
/// far below it and in memory.
pub const SPILL_AT: usize = 8 << 20;

/// One blob past this goes to a temporary file as it is written: a huge
/// article's kept recognition (8 MB packed for a 50 MB line) is written while
/// its candidates and text are all held, at the run's peak. A run of
/// [`super::append::SEGMENT`] ordinary articles packs to far less.
pub const BLOB_SPILL_AT: usize = 1 << 20;

/// How much of a spilled blob is read back at a time.
const READ_PIECE: usize = 1 << 20;

#[derive(Debug)]
pub enum Blob {
    Memory(Vec<u8>),
    /// An unnamed file in the system's temporary directory (removed when it
    /// is closed, even after a crash) and how many bytes it holds.
    File(File, u64),
    /// A stretch of an unnamed temporary file that holds other blobs too
    /// ([`Spill`]): where it begins and how long it is.
    Part(Arc<File>, u64, u64),
}

impl Default for Blob {
    fn default() -> Blob {
        Blob::Memory(Vec::new())
    }
}

impl From<Vec<u8>> for Blob {
    fn from(bytes: Vec<u8>) -> Blob {
        Blob::Memory(bytes)
    }
}

impl Blob {
    pub fn len(&self) -> u64 {
        match self {
            Blob::Memory(bytes) => bytes.len() as u64,
            Blob::File(_, len) | Blob::Part(_, _, len) => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes, read back whole if they were spilled.
    pub fn bytes(&self) -> io::Result<Cow<'_, [u8]>> {
        match self {
            Blob::Memory(bytes) => Ok(Cow::Borrowed(bytes)),
            Blob::File(..) | Blob::Part(..) => {
                let mut all = Vec::new();
                self.each_piece(|piece| {
                    all.extend_from_slice(piece);
                    Ok(())
                })?;
                Ok(Cow::Owned(all))
            }
        }
    }

    /// Hand the bytes to `put` in order, a piece of at most 1 MiB at a time
    /// when spilled, so writing them never holds them whole.
    pub fn each_piece(&self, mut put: impl FnMut(&[u8]) -> io::Result<()>) -> io::Result<()> {
        match self {
            Blob::Memory(bytes) => put(bytes),
            Blob::File(file, len) => read_pieces(file, 0, *len, put),
            Blob::Part(file, start, len) => read_pieces(file, *start, *len, put),
        }
    }
}

/// `len` bytes of `file` from `start`, handed to `put` a piece at a time.
fn read_pieces(file: &File, start: u64, len: u64, mut put: impl FnMut(&[u8]) -> io::Result<()>) -> io::Result<()> {
    let mut piece = vec![0u8; READ_PIECE.min(usize::try_from(len).unwrap_or(READ_PIECE))];
    let mut at = 0u64;
    while at < len {
        let take = piece.len().min(usize::try_from(len - at).unwrap_or(piece.len()));
        // positioned reads: clones of the handle share no cursor to disturb
        file.read_exact_at(&mut piece[..take], start + at)?;
        put(&piece[..take])?;
        at += take as u64;
    }
    Ok(())
}

/// Keeps many small blobs (the kept recognition of each run of articles)
/// until the index is written: in memory up to [`SPILL_AT`] in all, then one
/// after another in one unnamed temporary file. Each run's blob is far below
/// the size [`BlobWriter`] spills at, but together they grow with the corpus
/// (44 MB at a million one-line articles, beside linking and related).
/// Where no temporary file can be made, they stay in memory.
#[derive(Debug, Default)]
pub struct Spill {
    file: Option<Arc<File>>,
    /// Bytes written to the file so far.
    written: u64,
    /// Bytes kept in memory so far.
    held: usize,
    no_file: bool,
}

impl Spill {
    /// Spill at a size other than [`SPILL_AT`] (tests).
    pub fn spilling_at(held_before: usize) -> Spill {
        Spill { held: SPILL_AT.saturating_sub(held_before), ..Spill::default() }
    }

    /// Keep `blob`: as it is while little is held, else moved to the file
    /// (a blob already in a file of its own stays there).
    pub fn keep(&mut self, blob: Blob) -> Blob {
        let Blob::Memory(bytes) = blob else { return blob };
        if self.file.is_none() && (self.no_file || self.held + bytes.len() <= SPILL_AT) {
            self.held += bytes.len();
            return Blob::Memory(bytes);
        }
        if self.file.is_none() {
            match tempfile::tempfile() {
                Ok(file) => self.file = Some(Arc::new(file)),
                Err(_) => {
                    self.no_file = true;
                    return Blob::Memory(bytes);
                }
            }
        }
        let Some(file) = &self.file else { return Blob::Memory(bytes) };
        if file.write_all_at(&bytes, self.written).is_err() {
            return Blob::Memory(bytes);
        }
        let part = Blob::Part(Arc::clone(file), self.written, bytes.len() as u64);
        self.written += bytes.len() as u64;
        part
    }
}

/// A copy is another handle on the same unnamed file (it is never written
/// again); if the system refuses one, the bytes are copied into memory.
impl Clone for Blob {
    fn clone(&self) -> Blob {
        match self {
            Blob::Memory(bytes) => Blob::Memory(bytes.clone()),
            Blob::File(file, len) => match file.try_clone() {
                Ok(file) => Blob::File(file, *len),
                Err(_) => Blob::Memory(self.bytes().map(Cow::into_owned).unwrap_or_default()),
            },
            Blob::Part(file, start, len) => Blob::Part(Arc::clone(file), *start, *len),
        }
    }
}

/// Equal bytes, wherever they are kept.
impl PartialEq for Blob {
    fn eq(&self, other: &Blob) -> bool {
        self.len() == other.len() && matches!((self.bytes(), other.bytes()), (Ok(a), Ok(b)) if a == b)
    }
}

/// Collects bytes in memory until they pass `spill_at`, then moves them to
/// an unnamed temporary file and writes the rest there. Where no temporary
/// file can be made, everything stays in memory.
pub struct BlobWriter {
    memory: Vec<u8>,
    file: Option<(io::BufWriter<File>, u64)>,
    spill_at: usize,
    /// A temporary file could not be made: do not try again for every write.
    no_file: bool,
}

impl BlobWriter {
    pub fn new(spill_at: usize) -> BlobWriter {
        BlobWriter { memory: Vec::new(), file: None, spill_at, no_file: false }
    }

    pub fn finish(self) -> io::Result<Blob> {
        match self.file {
            None => Ok(Blob::Memory(self.memory)),
            Some((file, len)) => {
                let file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
                Ok(Blob::File(file, len))
            }
        }
    }
}

impl Write for BlobWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.file.is_none() && !self.no_file && self.memory.len() + bytes.len() > self.spill_at {
            match tempfile::tempfile() {
                Ok(file) => {
                    let mut file = io::BufWriter::with_capacity(1 << 16, file);
                    file.write_all(&self.memory)?;
                    let len = self.memory.len() as u64;
                    self.memory = Vec::new();
                    self.file = Some((file, len));
                }
                Err(_) => self.no_file = true,
            }
        }
        match &mut self.file {
            Some((file, len)) => {
                file.write_all(bytes)?;
                *len += bytes.len() as u64;
            }
            None => self.memory.extend_from_slice(bytes),
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            Some((file, _)) => file.flush(),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(spill_at: usize, pieces: &[&[u8]]) -> Blob {
        let mut w = BlobWriter::new(spill_at);
        for piece in pieces {
            w.write_all(piece).unwrap();
        }
        w.finish().unwrap()
    }

    #[test]
    fn bytes_past_the_spill_size_go_to_a_file_and_read_back_the_same() {
        let blob = written(4, &[b"abc", b"defg", b"h"]);
        assert!(matches!(blob, Blob::File(_, 8)), "{blob:?}");
        assert_eq!(&*blob.bytes().unwrap(), b"abcdefgh");
        let mut copied = Vec::new();
        blob.each_piece(|p| {
            copied.extend_from_slice(p);
            Ok(())
        })
        .unwrap();
        assert_eq!(copied, b"abcdefgh");
        assert_eq!(blob.clone(), Blob::from(b"abcdefgh".to_vec()));
    }

    #[test]
    fn small_blobs_past_the_spill_size_share_a_file_and_read_back_the_same() {
        let mut spill = Spill::spilling_at(5);
        let kept: Vec<Blob> =
            [&b"abc"[..], b"de", b"fgh", b"", b"ijkl"].iter().map(|b| spill.keep(Blob::from(b.to_vec()))).collect();
        assert!(matches!(kept[0], Blob::Memory(_)) && matches!(kept[1], Blob::Memory(_)), "{kept:?}");
        assert!(matches!(kept[2], Blob::Part(_, 0, 3)) && matches!(kept[4], Blob::Part(_, 3, 4)), "{kept:?}");
        let read: Vec<Vec<u8>> = kept.iter().map(|b| b.bytes().unwrap().into_owned()).collect();
        assert_eq!(read, [&b"abc"[..], b"de", b"fgh", b"", b"ijkl"]);
        let mut copied = Vec::new();
        kept[4]
            .clone()
            .each_piece(|p| {
                copied.extend_from_slice(p);
                Ok(())
            })
            .unwrap();
        assert_eq!(copied, b"ijkl");
        assert_eq!(kept[2], Blob::from(b"fgh".to_vec()));
    }

    #[test]
    fn bytes_within_the_spill_size_stay_in_memory() {
        let blob = written(8, &[b"abc", b"defg"]);
        assert_eq!(blob, Blob::Memory(b"abcdefg".to_vec()));
        assert!(matches!(blob, Blob::Memory(_)));
    }

    #[test]
    fn a_spilled_blob_longer_than_a_read_piece_is_read_in_order() {
        let big: Vec<u8> = (0..READ_PIECE * 2 + 5).map(|i| (i % 251) as u8).collect();
        let blob = written(16, &[&big[..10], &big[10..]]);
        assert!(matches!(blob, Blob::File(..)));
        let mut pieces = 0;
        let mut copied = Vec::new();
        blob.each_piece(|p| {
            pieces += 1;
            copied.extend_from_slice(p);
            Ok(())
        })
        .unwrap();
        assert_eq!(pieces, 3);
        assert!(copied == big);
    }
}
