//! How long opening an indexed corpus takes, and what it costs in memory:
//! the opening itself, the first screen's articles and text, the first
//! search, with the resident size after each.
//!
//! cargo run --release --example open_timing -- CORPUS [CACHE_DIR]
//! (the index is built first when it is missing or stale)

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use korpus::search::SearchSession;
use korpus::store::SearchRequest;

fn report(what: &str, started: Instant) {
    let (rss, _) = korpus::memory::resident().unwrap_or_default();
    println!("{what:<14} {:>8.1} ms   rss {:>6.0} MB", started.elapsed().as_secs_f64() * 1e3, rss as f64 / 1e6);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(corpus) = args.first() else {
        eprintln!("usage: open_timing CORPUS [CACHE_DIR]");
        std::process::exit(2);
    };
    let cache = args.get(1).cloned().or_else(|| std::env::var("KORPUS_CACHE_DIR").ok()).map(std::path::PathBuf::from);
    let corpus = std::path::Path::new(corpus);
    let started = Instant::now();
    let Ok((store, cache_use)) = korpus::open::open_store(Some(corpus), cache.as_deref(), &mut korpus::open::Quiet)
    else {
        eprintln!("open_timing: cannot open {}", corpus.display());
        std::process::exit(2);
    };
    report(&format!("open ({cache_use:?})"), started);
    let t = Instant::now();
    let titles: usize = (0..store.len().min(50)).filter_map(|i| store.article(i).ok()).map(|a| a.title.len()).sum();
    std::hint::black_box(titles);
    report("first 50 rows", t);
    let t = Instant::now();
    std::hint::black_box(store.text(0).map(|t| t.len()).ok());
    std::hint::black_box(store.mentions(0).map(|m| m.len()).ok());
    report("first text", t);
    let t = Instant::now();
    let mut first: Option<f64> = None;
    let hits = store.search(
        &mut SearchSession::default(),
        &SearchRequest::new("lavrov", 200),
        &AtomicBool::new(false),
        &mut |_| {
            first.get_or_insert(t.elapsed().as_secs_f64() * 1e3);
        },
    );
    report("search lavrov", t);
    println!("  first results after {:.1} ms, {} hits", first.unwrap_or(0.0), hits.map(|h| h.len()).unwrap_or(0));
    let t = Instant::now();
    std::hint::black_box(store.related(0, 20, false).ok());
    report("related", t);
}
