//! Time what the TUI waits for on a keystroke: one in-process search pass
//! over an opened corpus (its index, built first if need be), per query,
//! median of several runs, and the time to the first streamed results; each
//! with the n-gram prefilter and without (every key read).
//!
//! cargo run --release --example search_pass [--features skim-baseline] -- [--first] CORPUS QUERY...
//!
//! With `--first`, each pass stops at its first results and only the
//! prefiltered passes run, 25 of each: what a profiler of a keystroke's
//! first results wants to see.

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use korpus::search::{Engine, SearchSession};
use korpus::store::SearchRequest;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let first_only = args.iter().position(|a| a == "--first").map(|i| args.remove(i)).is_some();
    let mut args = args.into_iter();
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
    let prefilters: &[bool] = if first_only { &[true] } else { &[true, false] };
    let runs = if first_only { 25 } else { 5 };
    for &engine in Engine::ALL {
        for (query, prefilter) in queries.iter().flat_map(|q| prefilters.iter().map(move |&p| (q, p))) {
            let mut full = Vec::new();
            let mut first = Vec::new();
            let cpu_before = cpu_seconds();
            for _ in 0..runs {
                let cancel = AtomicBool::new(false);
                let t = Instant::now();
                let mut first_at: Option<Duration> = None;
                let request = SearchRequest { engine, prefilter, ..SearchRequest::new(query, 200) };
                let hits = store.search(&mut SearchSession::default(), &request, &cancel, &mut |_| {
                    first_at.get_or_insert(t.elapsed());
                    if first_only {
                        cancel.store(true, std::sync::atomic::Ordering::Relaxed);
                    }
                });
                let done = t.elapsed();
                std::hint::black_box(hits.ok());
                full.push(done);
                first.push(first_at.unwrap_or(done));
            }
            // the CPU time of every thread, per pass: what the load on a shared machine does not skew
            let cpu_ms = (cpu_seconds() - cpu_before) * 1e3 / runs as f64;
            full.sort();
            first.sort();
            println!(
                "{engine:?}\t{query}\t{}\tpass_ms {:.1}\tfirst_ms {:.1}\tcpu_ms {cpu_ms:.1}",
                if prefilter { "prefilter" } else { "every key" },
                full[runs / 2].as_secs_f64() * 1e3,
                first[runs / 2].as_secs_f64() * 1e3
            );
        }
    }
}

/// User and system CPU seconds of this process so far, all its threads
/// (those ended too), from /proc/self/stat (in clock ticks of 10 ms on Linux).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // the fields after the command's closing parenthesis: utime and stime are the 12th and 13th
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}
