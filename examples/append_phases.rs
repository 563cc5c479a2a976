//! Time the halves of entity recognition on a corpus: word statistics,
//! recognition, linking (what an append can keep and what it must redo).
//!
//! cargo run --release --example append_phases -- CORPUS

use std::time::Instant;

use korpus::entities::{EntityIndex, Recognised, WordStats};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: append_phases CORPUS");
        std::process::exit(2);
    };
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let t = Instant::now();
    let corpus = match korpus::corpus::load_path(std::path::Path::new(&path)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("append_phases: {e}");
            std::process::exit(2);
        }
    };
    println!("load       {:>8.3} s  {} articles", t.elapsed().as_secs_f64(), corpus.len());
    let t = Instant::now();
    let stats = WordStats::of(&corpus.articles, threads);
    println!("stats      {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let recognised = Recognised::of(&corpus.articles, &stats, threads);
    println!("recognise  {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let entities = EntityIndex::link(&corpus.articles, recognised, threads);
    println!("link       {:>8.3} s  {} entities", t.elapsed().as_secs_f64(), entities.entities.len());
    let t = Instant::now();
    let _related = korpus::related::RelatedIndex::build(&corpus, &entities);
    println!("related    {:>8.3} s", t.elapsed().as_secs_f64());
}
