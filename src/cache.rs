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
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use bincode::Options;

use crate::corpus::{article_files, Corpus, LoadWarning};
use crate::open::{OpenObserver, Stage};
use crate::Analysis;

const MAGIC: &[u8; 8] = b"KORPUSC\0";
/// Bump when any cached type changes shape, or when the analysis would give
/// different results for the same files (a new recogniser, a new ranking):
/// the fingerprint includes it, so old caches are then rebuilt, not trusted.
const FORMAT: u32 = 4;

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

fn bincode_options() -> impl bincode::Options + Copy {
    bincode::DefaultOptions::new()
}

/// A reader that counts what it has read and, when given an observer,
/// reports it every few megabytes as progress through the cache.
struct Counting<'o, R> {
    inner: R,
    /// Shared, so progress can be read while a deserializer holds the reader.
    read: Rc<Cell<u64>>,
    total: u64,
    next_report: u64,
    observer: Option<&'o mut dyn OpenObserver>,
}

const REPORT_EVERY_BYTES: u64 = 16 << 20;

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let read = self.read.get() + n as u64;
        self.read.set(read);
        if read >= self.next_report {
            self.next_report = read + REPORT_EVERY_BYTES;
            if let Some(observer) = self.observer.as_deref_mut() {
                observer.stage(Stage::ReadingCache { read, total: self.total });
            }
        }
        Ok(n)
    }
}

/// Articles are reported to the observer in runs of this many.
const ARTICLES_PER_REPORT: usize = 4096;

/// Open the cache file and read its corpus part, if the cache matches the
/// fingerprint. The reader is left at the start of the analysis.
fn read_corpus<'o>(cache_dir: &Path, corpus_path: &Path, expected: Fingerprint, observer: &mut dyn OpenObserver) -> Option<(Corpus, Counting<'o, BufReader<File>>)> {
    let file = File::open(cache_file(cache_dir, corpus_path)).ok()?;
    let size = file.metadata().ok()?.len();
    let read = Rc::new(Cell::new(0));
    let mut reader = Counting { inner: BufReader::with_capacity(1 << 20, file), read: Rc::clone(&read), total: size, next_report: 0, observer: None };
    let mut header = [0u8; 20];
    reader.read_exact(&mut header).ok()?;
    if &header[..8] != MAGIC || header[8..12] != FORMAT.to_le_bytes() || header[12..20] != expected.0.to_le_bytes() {
        return None;
    }
    observer.stage(Stage::ReadingCache { read: read.get(), total: size });
    // the limit makes a corrupt length a decoding error instead of a huge allocation;
    // articles come one by one so the first ones can be shown while the rest are read
    let options = bincode_options().with_limit(size);
    let mut deserializer = bincode::Deserializer::with_reader(&mut reader, options);
    let name: String = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    let warnings: Vec<LoadWarning> = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    let count: u64 = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    // a corrupt count must not reserve memory it will never fill
    let mut articles = Vec::with_capacity((count as usize).min((size / 64) as usize));
    for _ in 0..count {
        articles.push(serde::Deserialize::deserialize(&mut deserializer).ok()?);
        if articles.len() % ARTICLES_PER_REPORT == 0 {
            observer.articles_so_far(&articles);
            observer.stage(Stage::ReadingCache { read: read.get(), total: size });
        }
    }
    drop(deserializer);
    observer.articles_so_far(&articles);
    observer.stage(Stage::ReadingCache { read: read.get(), total: size });
    Some((Corpus { name, articles, warnings }, reader))
}

/// The cached corpus alone, without its analysis.
pub fn load_corpus(cache_dir: &Path, corpus_path: &Path, expected: Fingerprint, observer: &mut dyn OpenObserver) -> Option<Corpus> {
    read_corpus(cache_dir, corpus_path, expected, observer).map(|(corpus, _)| corpus)
}

/// The cached corpus and analysis, if the cache matches the fingerprint.
/// The observer sees the articles as they are read, then the whole corpus
/// before the (larger) analysis, so a screen can show them early.
pub fn load(cache_dir: &Path, corpus_path: &Path, expected: Fingerprint, observer: &mut dyn OpenObserver) -> Option<(Arc<Corpus>, Analysis)> {
    let (corpus, mut reader) = read_corpus(cache_dir, corpus_path, expected, observer)?;
    let corpus = Arc::new(corpus);
    observer.loaded(&corpus);
    let limit = reader.total;
    reader.observer = Some(observer);
    let mut deserializer = bincode::Deserializer::with_reader(&mut reader, bincode_options().with_limit(limit));
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
        let options = bincode_options();
        options.serialize_into(&mut writer, &corpus.name).map_err(io::Error::other)?;
        options.serialize_into(&mut writer, &corpus.warnings).map_err(io::Error::other)?;
        options.serialize_into(&mut writer, &(corpus.articles.len() as u64)).map_err(io::Error::other)?;
        for article in &corpus.articles {
            options.serialize_into(&mut writer, article).map_err(io::Error::other)?;
        }
        options.serialize_into(&mut writer, analysis).map_err(io::Error::other)?;
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
    use crate::open::Quiet;

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
        let (cached_corpus, cached) = load(cache.path(), dir.path(), fp, &mut crate::open::Quiet).expect("cache hit");
        assert_eq!(cached_corpus.articles.len(), 2);
        assert_eq!(cached_corpus.articles[1].text, corpus.articles[1].text);
        assert_eq!(cached.entities.mentions, analysis.entities.mentions);
        let id = &analysis.entities.entities[0].id;
        assert!(cached.entities.get(id).is_some(), "lookups rebuilt");
    }

    /// Records what an opening reports.
    #[derive(Default)]
    struct Recorder {
        fractions: Vec<f64>,
        seen: Vec<usize>,
        loaded: usize,
    }

    impl OpenObserver for Recorder {
        fn stage(&mut self, stage: Stage) {
            self.fractions.push(stage.fraction());
        }
        fn articles_so_far(&mut self, articles: &[crate::Article]) {
            self.seen.push(articles.len());
        }
        fn loaded(&mut self, corpus: &Arc<Corpus>) {
            self.loaded = corpus.len();
        }
    }

    #[test]
    fn a_cache_load_reports_articles_early_and_progress_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let corpus_path = dir.path().join("c.jsonl");
        let lines: Vec<String> = (0..ARTICLES_PER_REPORT * 2 + 10).map(|i| format!(r#"{{"id":"{i}","text":"Article {i}: Sergey Lavrov in Pyongyang."}}"#)).collect();
        fs::write(&corpus_path, lines.join("\n")).unwrap();
        let cache = tempfile::tempdir().unwrap();
        let fp = fingerprint(&corpus_path).unwrap();
        let corpus = crate::corpus::load_path(&corpus_path).unwrap();
        store(cache.path(), &corpus_path, fp, &corpus, &Analysis::build(&corpus)).unwrap();
        let mut recorder = Recorder::default();
        let (cached, _) = load(cache.path(), &corpus_path, fp, &mut recorder).expect("cache hit");
        assert_eq!(cached.articles.iter().map(|a| &a.id).collect::<Vec<_>>(), corpus.articles.iter().map(|a| &a.id).collect::<Vec<_>>());
        assert_eq!(recorder.seen, vec![ARTICLES_PER_REPORT, ARTICLES_PER_REPORT * 2, corpus.len()]);
        assert_eq!(recorder.loaded, corpus.len());
        assert!(recorder.fractions.windows(2).all(|w| w[0] <= w[1]), "{:?}", recorder.fractions);
        assert!(load_corpus(cache.path(), &corpus_path, fp, &mut Quiet).is_some_and(|c| c.len() == corpus.len()));
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
        assert!(load(cache.path(), dir.path(), changed, &mut crate::open::Quiet).is_none());
        fs::write(dir.path().join("c.txt"), "A new article").unwrap();
        assert_ne!(fingerprint(dir.path()).unwrap(), changed);
    }

    #[test]
    fn a_corrupt_cache_is_a_miss_not_a_crash() {
        let dir = corpus_dir();
        let cache = tempfile::tempdir().unwrap();
        let fp = fingerprint(dir.path()).unwrap();
        fs::write(cache_file(cache.path(), dir.path()), b"KORPUSC\0garbage").unwrap();
        assert!(load(cache.path(), dir.path(), fp, &mut crate::open::Quiet).is_none());
        let mut header = MAGIC.to_vec();
        header.extend(FORMAT.to_le_bytes());
        header.extend(fp.0.to_le_bytes());
        header.extend([0xff; 64]);
        fs::write(cache_file(cache.path(), dir.path()), header).unwrap();
        assert!(load(cache.path(), dir.path(), fp, &mut crate::open::Quiet).is_none());
    }
}
