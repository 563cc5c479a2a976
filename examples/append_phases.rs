//! Time each phase of an append against a full build: the corpus's first
//! articles are indexed (in memory), then the whole corpus is appended to
//! that index, phase by phase: wall time, and the CPU time of all threads
//! (which other programs on a loaded machine disturb less).
//!
//! cargo run --release --example append_phases -- CORPUS [APPENDED_ARTICLES]

use std::time::Instant;

use korpus::Analysis;
use korpus::corpus::Corpus;
use korpus::entities::EntityIndex;
use korpus::index::append;
use korpus::index::{Bytes, IndexStore, Texts, write_index};
use korpus::related::RelatedIndex;
use korpus::search::SearchIndex;

/// Seconds of CPU this process has used, on all its threads (Linux; 0 elsewhere):
/// a measure that other programs on a loaded machine disturb less than wall time.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // the fields after the command's closing parenthesis; utime and stime are the 12th and 13th
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: f64 = fields.get(11..13).map_or(0.0, |f| f.iter().filter_map(|v| v.parse::<f64>().ok()).sum());
    ticks / 100.0
}

fn lap(name: &str, t: &mut Instant) {
    static CPU: std::sync::Mutex<f64> = std::sync::Mutex::new(0.0);
    let cpu = cpu_seconds();
    let mut before = CPU.lock().unwrap_or_else(|e| e.into_inner());
    println!("{name:<22} {:>8.3} s  (cpu {:>8.2} s)", t.elapsed().as_secs_f64(), cpu - *before);
    *before = cpu;
    *t = Instant::now();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: append_phases CORPUS [APPENDED_ARTICLES]");
        std::process::exit(2);
    };
    let mut t = Instant::now();
    let corpus = match korpus::corpus::load_path(std::path::Path::new(path)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("append_phases: {e}");
            std::process::exit(2);
        }
    };
    lap("load", &mut t);
    let added: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(corpus.len() / 100);
    let old = Corpus { articles: corpus.articles[..corpus.len() - added].to_vec(), ..corpus.clone() };
    let bytes = write_index(Vec::new(), &old, &Analysis::build(&old), &Texts::Inline).expect("in memory").0;
    let store = IndexStore::from_bytes(Bytes::owned(&bytes), None).expect("reads back");
    println!("(old index of {} articles built, {} MB)", old.len(), bytes.len() / 1_000_000);
    lap("(building the old index)", &mut t);
    assert!(store.analysed_as(&corpus.articles).expect("records"));
    lap("check old articles", &mut t);
    let kept = store.recognition().expect("kept");
    lap("read kept recognition", &mut t);
    let (recognised, _, counts) = append::recognise_appended(&corpus.articles, &kept).expect("appended");
    lap("recognise appended", &mut t);
    println!("  ({counts:?})");
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let entities = EntityIndex::link(&corpus.articles, recognised, threads);
    lap("link", &mut t);
    let related = RelatedIndex::build(&corpus, &entities);
    lap("related", &mut t);
    let search = SearchIndex::build(&corpus, &entities);
    lap("search", &mut t);
    let analysis = Analysis { entities, search, related, recognition: append::Recognition::default() };
    let _ = write_index(Vec::new(), &corpus, &analysis, &Texts::Inline).expect("in memory");
    lap("write (in memory)", &mut t);
    // the full analysis takes as long as building the old index did: skip it with SKIP_FULL=1
    if std::env::var_os("SKIP_FULL").is_none() {
        let _ = Analysis::build(&corpus);
        lap("full analysis", &mut t);
    }
}
