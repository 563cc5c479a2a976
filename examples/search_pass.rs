//! Time what the TUI waits for on a keystroke: one in-process search pass
//! over an opened corpus (its index, built first if need be), per query,
//! median of several runs, and the time to the first streamed results; each
//! with the n-gram prefilter and without (every key read).
//!
//! cargo run --release --example search_pass [--features skim-baseline] -- CORPUS QUERY...

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use korpus::search::{Engine, SearchSession};
use korpus::store::SearchRequest;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: search_pass CORPUS QUERY...");
        std::process::exit(2);
    };
    let queries: Vec<String> = args.collect();
    let cache = std::env::var_os("KORPUS_CACHE_DIR").map(std::path::PathBuf::from);
    let started = Instant::now();
    let (store, cache_use) =
        match korpus::open::open_store(Some(std::path::Path::new(&path)), cache.as_deref(), &mut korpus::open::Quiet) {
            Ok(opened) => opened,
            Err(e) => {
                eprintln!("search_pass: {e}");
                std::process::exit(2);
            }
        };
    eprintln!("opened {} articles in {:.2} s ({cache_use:?})", store.len(), started.elapsed().as_secs_f64());
    let cancel = AtomicBool::new(false);
    for &engine in Engine::ALL {
        for (query, prefilter) in queries.iter().flat_map(|q| [(q, true), (q, false)]) {
            let mut full = Vec::new();
            let mut first = Vec::new();
            for _ in 0..5 {
                let t = Instant::now();
                let mut first_at: Option<Duration> = None;
                let request = SearchRequest { engine, prefilter, ..SearchRequest::new(query, 200) };
                let hits = store.search(&mut SearchSession::default(), &request, &cancel, &mut |_| {
                    first_at.get_or_insert(t.elapsed());
                });
                let done = t.elapsed();
                std::hint::black_box(hits.ok());
                full.push(done);
                first.push(first_at.unwrap_or(done));
            }
            full.sort();
            first.sort();
            println!(
                "{engine:?}\t{query}\t{}\tpass_ms {:.1}\tfirst_ms {:.1}",
                if prefilter { "prefilter" } else { "every key" },
                full[2].as_secs_f64() * 1e3,
                first[2].as_secs_f64() * 1e3
            );
        }
    }
}
