//! The analysed corpus cached on disk, so the second opening of a large
//! corpus is a single sequential read instead of a full analysis.
//!
//! A cache file is keyed by the corpus's canonical path and stamped with a
//! fingerprint of every article file's path, size and modification time, the
//! cache format and korpus's version: any change and it is rebuilt. Files are
//! written to a temporary name, synced and renamed, so a crash never leaves a
//! half-written cache behind.

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use bincode::Options;

use crate::corpus::{article_files, Corpus};
use crate::Analysis;

const MAGIC: &[u8; 8] = b"KORPUSC\0";
/// Bump when any cached type changes shape, or when the analysis would give
/// different results for the same files (a new recogniser, a new ranking):
/// the fingerprint includes it, so old caches are then rebuilt, not trusted.
const FORMAT: u32 = 3;

/// What a corpus's files looked like when it was analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(pub u64);

/// FNV-1a: stable across builds and platforms, unlike std's hasher.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}

fn stamp(hash: &mut Fnv, path: &Path, name: &str) -> io::Result<()> {
    let meta = fs::metadata(path)?;
    let mtime = meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map(|d| d.as_nanos()).unwrap_or(0);
    hash.write(name.as_bytes());
    hash.write(&[0]);
    hash.write(&meta.len().to_le_bytes());
    hash.write(&mtime.to_le_bytes());
    Ok(())
}

/// Fingerprint a corpus path: a file's own stamp, or every article file of a tree.
pub fn fingerprint(path: &Path) -> io::Result<Fingerprint> {
    let mut hash = Fnv::new();
    hash.write(env!("CARGO_PKG_VERSION").as_bytes());
    hash.write(&FORMAT.to_le_bytes());
    if fs::metadata(path)?.is_dir() {
        let (files, _) = article_files(path);
        for file in files {
            let name = file.strip_prefix(path).unwrap_or(&file).to_string_lossy().into_owned();
            // a file that vanished since the listing still changes the fingerprint
            if stamp(&mut hash, &file, &name).is_err() {
                hash.write(name.as_bytes());
            }
        }
    } else {
        stamp(&mut hash, path, "")?;
    }
    Ok(Fingerprint(hash.0))
}

/// Where the cache of a corpus lives inside `cache_dir`.
pub fn cache_file(cache_dir: &Path, corpus_path: &Path) -> PathBuf {
    let canonical = fs::canonicalize(corpus_path).unwrap_or_else(|_| corpus_path.to_path_buf());
    let mut hash = Fnv::new();
    hash.write(canonical.to_string_lossy().as_bytes());
    cache_dir.join(format!("corpus-{:016x}.bin", hash.0))
}

fn bincode_options() -> impl bincode::Options {
    bincode::DefaultOptions::new()
}

/// The cached corpus and analysis, if the cache matches the fingerprint.
/// `on_corpus` gets the articles as soon as they are read, before the
/// (larger) analysis, so a screen can show them early.
pub fn load(cache_dir: &Path, corpus_path: &Path, expected: Fingerprint, on_corpus: &mut dyn FnMut(&Arc<Corpus>)) -> Option<(Arc<Corpus>, Analysis)> {
    let file = File::open(cache_file(cache_dir, corpus_path)).ok()?;
    let size = file.metadata().ok()?.len();
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut header = [0u8; 20];
    reader.read_exact(&mut header).ok()?;
    if &header[..8] != MAGIC || header[8..12] != FORMAT.to_le_bytes() || header[12..20] != expected.0.to_le_bytes() {
        return None;
    }
    // the limit makes a corrupt length a decoding error instead of a huge allocation;
    // a tuple is its fields one after the other, so the corpus can come first
    let options = bincode_options().with_limit(size);
    let mut deserializer = bincode::Deserializer::with_reader(reader, options);
    let corpus: Corpus = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    let corpus = Arc::new(corpus);
    on_corpus(&corpus);
    let mut analysis: Analysis = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    analysis.rebuild_lookups();
    Some((corpus, analysis))
}

/// Write the cache atomically: temporary file, fsync, rename.
pub fn store(cache_dir: &Path, corpus_path: &Path, fingerprint: Fingerprint, corpus: &Corpus, analysis: &Analysis) -> io::Result<()> {
    fs::create_dir_all(cache_dir)?;
    let target = cache_file(cache_dir, corpus_path);
    let temporary = target.with_extension(format!("tmp{}", std::process::id()));
    let result = (|| {
        let mut writer = BufWriter::with_capacity(1 << 20, File::create(&temporary)?);
        writer.write_all(MAGIC)?;
        writer.write_all(&FORMAT.to_le_bytes())?;
        writer.write_all(&fingerprint.0.to_le_bytes())?;
        bincode_options().serialize_into(&mut writer, &(corpus, analysis)).map_err(io::Error::other)?;
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&temporary, &target)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Moscow talks\nSergey Lavrov met officials in Moscow.").unwrap();
        fs::write(dir.path().join("b.txt"), "Визит в Пхеньян\nСергей Лавров прибыл в Пхеньян.").unwrap();
        dir
    }

    #[test]
    fn a_stored_cache_loads_back_the_same_analysis() {
        let dir = corpus_dir();
        let cache = tempfile::tempdir().unwrap();
        let fp = fingerprint(dir.path()).unwrap();
        let corpus = crate::corpus::load_path(dir.path()).unwrap();
        let analysis = Analysis::build(&corpus);
        store(cache.path(), dir.path(), fp, &corpus, &analysis).unwrap();
        let (cached_corpus, cached) = load(cache.path(), dir.path(), fp, &mut |_| {}).expect("cache hit");
        assert_eq!(cached_corpus.articles.len(), 2);
        assert_eq!(cached_corpus.articles[1].text, corpus.articles[1].text);
        assert_eq!(cached.entities.mentions, analysis.entities.mentions);
        let id = &analysis.entities.entities[0].id;
        assert!(cached.entities.get(id).is_some(), "lookups rebuilt");
    }

    #[test]
    fn changing_a_file_invalidates_the_cache() {
        let dir = corpus_dir();
        let cache = tempfile::tempdir().unwrap();
        let fp = fingerprint(dir.path()).unwrap();
        let corpus = crate::corpus::load_path(dir.path()).unwrap();
        store(cache.path(), dir.path(), fp, &corpus, &Analysis::build(&corpus)).unwrap();
        fs::write(dir.path().join("a.txt"), "Something else entirely, and longer").unwrap();
        let changed = fingerprint(dir.path()).unwrap();
        assert_ne!(fp, changed);
        assert!(load(cache.path(), dir.path(), changed, &mut |_| {}).is_none());
        fs::write(dir.path().join("c.txt"), "A new article").unwrap();
        assert_ne!(fingerprint(dir.path()).unwrap(), changed);
    }

    #[test]
    fn a_corrupt_cache_is_a_miss_not_a_crash() {
        let dir = corpus_dir();
        let cache = tempfile::tempdir().unwrap();
        let fp = fingerprint(dir.path()).unwrap();
        fs::write(cache_file(cache.path(), dir.path()), b"KORPUSC\0garbage").unwrap();
        assert!(load(cache.path(), dir.path(), fp, &mut |_| {}).is_none());
        let mut header = MAGIC.to_vec();
        header.extend(FORMAT.to_le_bytes());
        header.extend(fp.0.to_le_bytes());
        header.extend([0xff; 64]);
        fs::write(cache_file(cache.path(), dir.path()), header).unwrap();
        assert!(load(cache.path(), dir.path(), fp, &mut |_| {}).is_none());
    }
}
