//! Time each phase of opening a corpus: load, entities, search index, related index.
//!
//! cargo run --release --example phases -- CORPUS

use std::time::Instant;

/// Current and peak resident memory, from /proc (Linux), in MB.
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| status.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0) / 1024.0;
    format!("rss {:.0} MB, peak {:.0} MB", field("VmRSS:"), field("VmHWM:"))
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: phases CORPUS");
        std::process::exit(2);
    };
    let t = Instant::now();
    let corpus = match korpus::corpus::load_path(std::path::Path::new(&path)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("phases: {e}");
            std::process::exit(2);
        }
    };
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    println!("load      {:>8.3} s  {} articles, {:.1} MB  [{}]", t.elapsed().as_secs_f64(), corpus.len(), bytes as f64 / 1e6, memory());
    let t = Instant::now();
    let entities = korpus::entities::EntityIndex::build(&corpus.articles);
    let mentions: usize = entities.mentions.iter().map(Vec::len).sum();
    println!("entities  {:>8.3} s  {} entities, {} mentions  [{}]", t.elapsed().as_secs_f64(), entities.entities.len(), mentions, memory());
    let t = Instant::now();
    let search = korpus::search::SearchIndex::build(&corpus, &entities);
    println!("search    {:>8.3} s  {} units  [{}]", t.elapsed().as_secs_f64(), search.len(), memory());
    let t = Instant::now();
    let _related = korpus::related::RelatedIndex::build(&corpus, &entities);
    println!("related   {:>8.3} s  [{}]", t.elapsed().as_secs_f64(), memory());
}
