//! The analysed corpus cached on disk, so the second opening of a large
//! corpus is a single sequential read instead of a full analysis.
//!
//! A cache file is keyed by the corpus's canonical path and stamped with a
//! fingerprint of every article file's path, size and modification time, the
//! cache format and korpus's version: any change and it is rebuilt. Files are
//! written to a temporary name, synced and renamed, so a crash never leaves a
//! half-written cache behind.

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::UNIX_EPOCH;

use bincode::Options;

use crate::Analysis;
use crate::corpus::{Corpus, LoadWarning, article_files};
use crate::open::{OpenObserver, Stage};

const MAGIC: &[u8; 8] = b"KORPUSC\0";
/// Bump when any cached type changes shape, or when the analysis would give
/// different results for the same files (a new recogniser, a new ranking):
/// the fingerprint includes it, so old caches are then rebuilt, not trusted.
const FORMAT: u32 = 6;

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
    // records are read differently with another `--field` mapping
    hash.write(crate::corpus::field_map().key().as_bytes());
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

/// A reader that counts what it has read, where another thread can see it,
/// and fails once `stop` is raised (the other half of the cache was bad).
struct Counting<'s, R> {
    inner: R,
    read: Arc<AtomicU64>,
    stop: Option<&'s AtomicBool>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stop.is_some_and(|stop| stop.load(Ordering::Relaxed)) {
            return Err(io::Error::other("cache read abandoned"));
        }
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Articles are reported to the observer in runs of this many.
const ARTICLES_PER_REPORT: usize = 4096;
/// Magic, format, fingerprint, then where the analysis starts.
const HEADER_BYTES: usize = 28;

/// A cache file that matches the fingerprint: its size and where its
/// analysis starts (the corpus starts right after the header).
struct Layout {
    size: u64,
    analysis_at: u64,
}

fn open_matching(path: &Path, expected: Fingerprint) -> Option<(File, Layout)> {
    let mut file = File::open(path).ok()?;
    let size = file.metadata().ok()?.len();
    let mut header = [0u8; HEADER_BYTES];
    file.read_exact(&mut header).ok()?;
    if &header[..8] != MAGIC || header[8..12] != FORMAT.to_le_bytes() || header[12..20] != expected.0.to_le_bytes() {
        return None;
    }
    let analysis_at = u64::from_le_bytes(header[20..28].try_into().ok()?);
    (HEADER_BYTES as u64..=size).contains(&analysis_at).then_some((file, Layout { size, analysis_at }))
}

/// Read the corpus part (the file is just past the header), telling the
/// observer about the articles as they come and `read` the bytes so far.
fn read_corpus(file: File, layout: &Layout, read: Arc<AtomicU64>, observer: &mut dyn OpenObserver) -> Option<Corpus> {
    let report = |observer: &mut dyn OpenObserver| {
        observer.stage(Stage::ReadingCache { read: read.load(Ordering::Relaxed), total: layout.size })
    };
    let mut reader = Counting { inner: BufReader::with_capacity(1 << 20, file), read: Arc::clone(&read), stop: None };
    // the limit makes a corrupt length a decoding error instead of a huge allocation;
    // articles come one by one so the first ones can be shown while the rest are read
    let mut deserializer =
        bincode::Deserializer::with_reader(&mut reader, bincode_options().with_limit(layout.analysis_at));
    let name: String = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    let warnings: Vec<LoadWarning> = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    let count: u64 = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    // a corrupt count must not reserve memory it will never fill
    let mut articles = Vec::with_capacity((count as usize).min((layout.size / 64) as usize));
    for _ in 0..count {
        articles.push(serde::Deserialize::deserialize(&mut deserializer).ok()?);
        if articles.len() % ARTICLES_PER_REPORT == 0 {
            observer.articles_so_far(&articles);
            report(observer);
        }
    }
    observer.articles_so_far(&articles);
    report(observer);
    Some(Corpus { name, articles, warnings })
}

/// Read the analysis part from its own handle on the file, giving up when `stop` is raised.
fn read_analysis(path: &Path, layout: &Layout, read: Arc<AtomicU64>, stop: &AtomicBool) -> Option<Analysis> {
    let mut file = File::open(path).ok()?;
    file.seek(SeekFrom::Start(layout.analysis_at)).ok()?;
    let mut reader = Counting { inner: BufReader::with_capacity(1 << 20, file), read, stop: Some(stop) };
    let mut deserializer =
        bincode::Deserializer::with_reader(&mut reader, bincode_options().with_limit(layout.size - layout.analysis_at));
    let mut analysis: Analysis = serde::Deserialize::deserialize(&mut deserializer).ok()?;
    analysis.rebuild_lookups();
    Some(analysis)
}

/// The cached corpus alone, without its analysis.
pub fn load_corpus(
    cache_dir: &Path,
    corpus_path: &Path,
    expected: Fingerprint,
    observer: &mut dyn OpenObserver,
) -> Option<Corpus> {
    let (file, layout) = open_matching(&cache_file(cache_dir, corpus_path), expected)?;
    read_corpus(file, &layout, Arc::new(AtomicU64::new(HEADER_BYTES as u64)), observer)
}

/// The cached corpus and analysis, if the cache matches the fingerprint.
/// The two parts are decoded at once on two threads; the observer sees the
/// articles as they are read, then the whole corpus, then progress through
/// the rest of the analysis.
pub fn load(
    cache_dir: &Path,
    corpus_path: &Path,
    expected: Fingerprint,
    observer: &mut dyn OpenObserver,
) -> Option<(Arc<Corpus>, Analysis)> {
    let path = cache_file(cache_dir, corpus_path);
    let (file, layout) = open_matching(&path, expected)?;
    let read = Arc::new(AtomicU64::new(HEADER_BYTES as u64));
    observer.stage(Stage::ReadingCache { read: HEADER_BYTES as u64, total: layout.size });
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let analysis = scope.spawn(|| read_analysis(&path, &layout, Arc::clone(&read), &stop));
        let corpus = read_corpus(file, &layout, Arc::clone(&read), observer).map(Arc::new);
        match &corpus {
            Some(corpus) => {
                observer.loaded(corpus);
                while !analysis.is_finished() {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    observer.stage(Stage::ReadingCache { read: read.load(Ordering::Relaxed), total: layout.size });
                }
            }
            // a miss: the analysis would be thrown away, so stop decoding it
            None => stop.store(true, Ordering::Relaxed),
        }
        // a worker panics only on a bug; re-raise it rather than report a miss
        let analysis = analysis.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        Some((corpus?, analysis?))
    })
}

/// Write the cache atomically: temporary file, fsync, rename.
pub fn store(
    cache_dir: &Path,
    corpus_path: &Path,
    fingerprint: Fingerprint,
    corpus: &Corpus,
    analysis: &Analysis,
) -> io::Result<()> {
    fs::create_dir_all(cache_dir)?;
    let target = cache_file(cache_dir, corpus_path);
    let temporary = target.with_extension(format!("tmp{}", std::process::id()));
    let result = (|| {
        let mut writer = BufWriter::with_capacity(1 << 20, File::create(&temporary)?);
        writer.write_all(MAGIC)?;
        writer.write_all(&FORMAT.to_le_bytes())?;
        writer.write_all(&fingerprint.0.to_le_bytes())?;
        // where the analysis starts, filled in once it is known
        writer.write_all(&0u64.to_le_bytes())?;
        let options = bincode_options();
        options.serialize_into(&mut writer, &corpus.name).map_err(io::Error::other)?;
        options.serialize_into(&mut writer, &corpus.warnings).map_err(io::Error::other)?;
        options.serialize_into(&mut writer, &(corpus.articles.len() as u64)).map_err(io::Error::other)?;
        for article in &corpus.articles {
            options.serialize_into(&mut writer, article).map_err(io::Error::other)?;
        }
        let analysis_at = writer.stream_position()?;
        options.serialize_into(&mut writer, analysis).map_err(io::Error::other)?;
        let mut file = writer.into_inner().map_err(|e| e.into_error())?;
        file.seek(SeekFrom::Start(20))?;
        file.write_all(&analysis_at.to_le_bytes())?;
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
        let (cached_corpus, cached) = load(cache.path(), dir.path(), fp, &mut Quiet).expect("cache hit");
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
        let lines: Vec<String> = (0..ARTICLES_PER_REPORT * 2 + 10)
            .map(|i| format!(r#"{{"id":"{i}","text":"Article {i}: Sergey Lavrov in Pyongyang."}}"#))
            .collect();
        fs::write(&corpus_path, lines.join("\n")).unwrap();
        let cache = tempfile::tempdir().unwrap();
        let fp = fingerprint(&corpus_path).unwrap();
        let corpus = crate::corpus::load_path(&corpus_path).unwrap();
        store(cache.path(), &corpus_path, fp, &corpus, &Analysis::build(&corpus)).unwrap();
        let mut recorder = Recorder::default();
        let (cached, _) = load(cache.path(), &corpus_path, fp, &mut recorder).expect("cache hit");
        assert_eq!(
            cached.articles.iter().map(|a| &a.id).collect::<Vec<_>>(),
            corpus.articles.iter().map(|a| &a.id).collect::<Vec<_>>()
        );
        assert_eq!(recorder.seen, vec![ARTICLES_PER_REPORT, ARTICLES_PER_REPORT * 2, corpus.len()]);
        assert_eq!(recorder.loaded, corpus.len());
        assert!(recorder.fractions.windows(2).all(|w| w[0] <= w[1]), "{:?}", recorder.fractions);
        assert!(load_corpus(cache.path(), &corpus_path, fp, &mut Quiet).is_some_and(|c| c.len() == corpus.len()));
    }

    #[test]
    fn a_bad_corpus_part_is_a_miss_even_when_the_analysis_part_is_sound() {
        let dir = corpus_dir();
        let cache = tempfile::tempdir().unwrap();
        let fp = fingerprint(dir.path()).unwrap();
        let corpus = crate::corpus::load_path(dir.path()).unwrap();
        store(cache.path(), dir.path(), fp, &corpus, &Analysis::build(&corpus)).unwrap();
        let file = cache_file(cache.path(), dir.path());
        let mut bytes = fs::read(&file).unwrap();
        // the corpus name's length, right after the header: bincode's marker for a
        // u64 length, so the name's first 8 bytes become a length past the corpus part
        bytes[HEADER_BYTES] = 253;
        fs::write(&file, &bytes).unwrap();
        assert!(load(cache.path(), dir.path(), fp, &mut Quiet).is_none());
        assert!(load_corpus(cache.path(), dir.path(), fp, &mut Quiet).is_none());
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
        assert!(load(cache.path(), dir.path(), changed, &mut Quiet).is_none());
        fs::write(dir.path().join("c.txt"), "A new article").unwrap();
        assert_ne!(fingerprint(dir.path()).unwrap(), changed);
    }

    #[test]
    fn a_corrupt_cache_is_a_miss_not_a_crash() {
        let dir = corpus_dir();
        let cache = tempfile::tempdir().unwrap();
        let fp = fingerprint(dir.path()).unwrap();
        fs::write(cache_file(cache.path(), dir.path()), b"KORPUSC\0garbage").unwrap();
        assert!(load(cache.path(), dir.path(), fp, &mut Quiet).is_none());
        let mut header = MAGIC.to_vec();
        header.extend(FORMAT.to_le_bytes());
        header.extend(fp.0.to_le_bytes());
        header.extend([0xff; 64]);
        fs::write(cache_file(cache.path(), dir.path()), &header).unwrap();
        assert!(load(cache.path(), dir.path(), fp, &mut Quiet).is_none());
        // an analysis offset inside the file, over garbage
        header[20..28].copy_from_slice(&(HEADER_BYTES as u64 + 8).to_le_bytes());
        fs::write(cache_file(cache.path(), dir.path()), &header).unwrap();
        assert!(load(cache.path(), dir.path(), fp, &mut Quiet).is_none());
        assert!(load_corpus(cache.path(), dir.path(), fp, &mut Quiet).is_none());
    }
}
