//! Time each phase of an append against a full build, each in a fresh
//! process as korpus runs them (so the first use of the gazetteer and the
//! language data is paid by both, and the search keys are made while the
//! index is written): the corpus's first articles are indexed to a
//! temporary file, then one child process appends the rest to that index
//! and another builds the whole corpus's index from nothing. Each phase's
//! wall time and the CPU time of all threads (which other programs on a
//! loaded machine disturb less).
//!
//! cargo run --release --example append_phases -- CORPUS [APPENDED_ARTICLES]
//!
//! KEEP_INDEX=FILE keeps the old index there and uses it again in later
//! runs (to time or profile an append alone: `append_phases --append FILE
//! CORPUS`); SKIP_FULL=1 leaves out the full build.

use std::path::Path;
use std::time::Instant;

use korpus::Analysis;
use korpus::corpus::{Article, Corpus, list_corpus, load_listing_knowing};
use korpus::entities::EntityIndex;
use korpus::index::append;
use korpus::index::{Bytes, IndexStore, Texts, write_grown_index, write_index};
use korpus::related::RelatedIndex;
use korpus::search::SearchIndex;

/// Seconds of CPU this process has used, on all its threads (Linux; 0 elsewhere).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // the fields after the command's closing parenthesis; utime and stime are the 12th and 13th
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: f64 = fields.get(11..13).map_or(0.0, |f| f.iter().filter_map(|v| v.parse::<f64>().ok()).sum());
    ticks / 100.0
}

/// Phase timings of one process, printed as they end and summed at the end.
struct Laps {
    at: Instant,
    cpu: f64,
    total: (f64, f64),
}

impl Laps {
    fn start() -> Laps {
        Laps { at: Instant::now(), cpu: cpu_seconds(), total: (0.0, 0.0) }
    }

    fn lap(&mut self, name: &str) {
        let (wall, cpu) = (self.at.elapsed().as_secs_f64(), cpu_seconds() - self.cpu);
        println!("  {name:<34} {wall:>8.3} s  (cpu {cpu:>6.2} s)");
        self.total = (self.total.0 + wall, self.total.1 + cpu);
        self.at = Instant::now();
        self.cpu = cpu_seconds();
    }

    fn finish(&self, what: &str) {
        println!("  {:<34} {:>8.3} s  (cpu {:>6.2} s)", format!("{what}, in all"), self.total.0, self.total.1);
    }
}

fn fail(message: &str) -> ! {
    eprintln!("append_phases: {message}");
    std::process::exit(2);
}

/// Load the corpus as korpus does (its listing, for texts kept in its
/// files); an append as korpus appends, taking the language and script its
/// old index read for each old article whose text is unchanged.
fn load(
    path: &Path,
    earlier: Option<&IndexStore>,
    laps: &mut Laps,
) -> (korpus::corpus::Listing, Corpus, Vec<korpus::corpus::SourceSpan>) {
    let listing = list_corpus(path).unwrap_or_else(|e| fail(&e.to_string()));
    let known = earlier.map(|store| store.known_readings(&listing)).unwrap_or_default();
    let (corpus, spans) = load_listing_knowing(&listing, &known, &mut |_| {});
    laps.lap("load");
    (listing, corpus, spans)
}

/// The gazetteer and the language data, on their first use. korpus reads
/// the parsed gazetteer it keeps in its cache folder rather than parsing the
/// embedded sources at every start; so does this, in GAZETTEER_DIR (else
/// the temporary folder), unless COLD_GAZETTEER=1 (the first run there
/// parses it and keeps it).
fn first_use(laps: &mut Laps) {
    if std::env::var_os("COLD_GAZETTEER").is_none() {
        let dir = std::env::var_os("GAZETTEER_DIR").map(std::path::PathBuf::from).unwrap_or_else(std::env::temp_dir);
        korpus::entities::keep_parsed_in(&dir);
    }
    let one = [Article::new("warm".into(), "Putin met Erdoğan in Ankara.", None, Some("en"))];
    let _ = EntityIndex::build(&one);
    laps.lap("gazetteer and language data");
}

/// The rest of a build once recognition is done, as `Analysis` and the index writer do it.
fn link_related_write(
    corpus: &Corpus,
    listing: &korpus::corpus::Listing,
    spans: &[korpus::corpus::SourceSpan],
    recognised: korpus::entities::Recognised,
    recognition: append::Recognition,
    earlier: Option<&IndexStore>,
    laps: &mut Laps,
) {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(16);
    let entities = EntityIndex::link(&corpus.articles, recognised, threads);
    laps.lap("link");
    let related = RelatedIndex::build(corpus, &entities);
    laps.lap("related");
    let analysis = Analysis { entities, search: SearchIndex::default(), related, recognition };
    let texts = Texts::Sources { listing, spans };
    // an append writes its old articles' search units as the old index has them
    let _ = write_grown_index(Vec::new(), corpus, &analysis, &texts, earlier).unwrap_or_else(|e| fail(&e.to_string()));
    laps.lap("write (search keys too; in memory)");
}

fn appending(index: &Path, path: &Path) {
    let mut laps = Laps::start();
    // korpus opens the old index before it loads the corpus, whose old articles' readings it holds
    let bytes = std::fs::read(index).unwrap_or_else(|e| fail(&e.to_string()));
    let store = IndexStore::from_bytes(Bytes::owned(&bytes), None).unwrap_or_else(|e| fail(&e.0));
    laps.lap("open the old index");
    let (listing, corpus, spans) = load(path, Some(&store), &mut laps);
    if !store.analysed_as(&corpus.articles).unwrap_or(false) {
        fail("the old index is not of the corpus's first articles");
    }
    laps.lap("check old articles");
    let kept = store.recognition().unwrap_or_else(|e| fail(&e.0));
    laps.lap("read kept recognition");
    first_use(&mut laps);
    let (recognised, recognition, counts) =
        append::recognise_appended(&corpus.articles, &kept).unwrap_or_else(|e| fail(&e));
    laps.lap("recognise appended");
    println!("    ({counts:?})");
    link_related_write(&corpus, &listing, &spans, recognised, recognition, Some(&store), &mut laps);
    laps.finish("append");
}

fn full_build(path: &Path) {
    let mut laps = Laps::start();
    let (listing, corpus, spans) = load(path, None, &mut laps);
    first_use(&mut laps);
    let (recognised, recognition) = append::recognise(&corpus.articles);
    laps.lap("recognise");
    link_related_write(&corpus, &listing, &spans, recognised, recognition, None, &mut laps);
    laps.finish("full build");
}

/// Run this program again on `args`, so a phase starts in a fresh process.
fn child(args: &[&str]) {
    let exe = std::env::current_exe().unwrap_or_else(|e| fail(&e.to_string()));
    match std::process::Command::new(exe).args(args).status() {
        Ok(status) if status.success() => {}
        Ok(status) => fail(&format!("a child run ended with {status}")),
        Err(e) => fail(&e.to_string()),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["--append", index, path] => return appending(Path::new(index), Path::new(path)),
        ["--full", path] => return full_build(Path::new(path)),
        _ => {}
    }
    let Some(path) = args.first() else { fail("usage: append_phases CORPUS [APPENDED_ARTICLES]") };
    let listing = list_corpus(Path::new(path)).unwrap_or_else(|e| fail(&e.to_string()));
    let (corpus, spans) = load_listing_knowing(&listing, &Default::default(), &mut |_| {});
    let added: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(corpus.len() / 100);
    let old_count = corpus.len().saturating_sub(added);
    let old = Corpus { articles: corpus.articles[..old_count].to_vec(), ..corpus.clone() };
    // KEEP_INDEX=FILE keeps the old index there and uses it again when it exists (profiling an append alone)
    let kept = std::env::var_os("KEEP_INDEX").map(std::path::PathBuf::from);
    let index =
        kept.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("append_phases-{}.kix", std::process::id())));
    if kept.as_ref().is_none_or(|k| !k.exists()) {
        // its articles' texts in the corpus's file, as korpus's index has them (so their readings are known)
        let texts = Texts::Sources { listing: &listing, spans: spans.get(..old_count).unwrap_or(&[]) };
        let bytes =
            write_index(Vec::new(), &old, &Analysis::build(&old), &texts).unwrap_or_else(|e| fail(&e.to_string())).0;
        std::fs::write(&index, &bytes).unwrap_or_else(|e| fail(&e.to_string()));
    }
    let size = std::fs::metadata(&index).map_or(0, |m| m.len());
    println!("(old index of {} articles, {} MB; {} appended)", old.len(), size / 1_000_000, added);
    let index_arg = index.to_string_lossy().into_owned();
    println!("append, in a fresh process:");
    child(&["--append", &index_arg, path]);
    if kept.is_none() {
        let _ = std::fs::remove_file(&index);
    }
    // the full build takes as long as building the old index did: skip it with SKIP_FULL=1
    if std::env::var_os("SKIP_FULL").is_none() {
        println!("full build, in a fresh process:");
        child(&["--full", path]);
    }
}
