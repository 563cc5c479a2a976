//! How long a cached opening spends on the articles and on the analysis.
//!
//! cargo run --release --example cache_timing -- CORPUS CACHE_DIR   (the cache must exist)

use std::time::Instant;

struct Clock {
    started: Instant,
}

impl korpus::open::OpenObserver for Clock {
    fn loaded(&mut self, corpus: &std::sync::Arc<korpus::Corpus>) {
        println!("articles  {:>7.3} s  ({} articles)", self.started.elapsed().as_secs_f64(), corpus.len());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [corpus, cache] = args.as_slice() else {
        eprintln!("usage: cache_timing CORPUS CACHE_DIR");
        std::process::exit(2);
    };
    let corpus = std::path::Path::new(corpus);
    let Ok(fingerprint) = korpus::cache::fingerprint(corpus) else {
        eprintln!("cache_timing: cannot read {}", corpus.display());
        std::process::exit(2);
    };
    let mut clock = Clock { started: Instant::now() };
    match korpus::cache::load(std::path::Path::new(cache), corpus, fingerprint, &mut clock) {
        Some(_) => println!("analysis  {:>7.3} s", clock.started.elapsed().as_secs_f64()),
        None => println!("no valid cache for {}", corpus.display()),
    }
}
