//! Time each phase of opening a corpus (load, entities, related index, search
//! index) and the memory each one needs: resident size after it and the
//! peak while it ran (freed memory is handed back between phases, as
//! `korpus::open` does).
//!
//! cargo run --release --example phases -- CORPUS

use std::time::Instant;

use korpus::memory;

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// Report a finished phase and start the next one's peak.
fn report(name: &str, started: Instant, what: String) {
    let (_, peak) = memory::resident().unwrap_or_default();
    memory::release_free_memory();
    let (rss, _) = memory::resident().unwrap_or_default();
    println!(
        "{name:<9} {:>8.3} s  {what}  [rss {:.0} MB, phase peak {:.0} MB]",
        started.elapsed().as_secs_f64(),
        mb(rss),
        mb(peak)
    );
    memory::reset_peak();
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: phases CORPUS");
        std::process::exit(2);
    };
    let on_disk: u64 = korpus::corpus::article_files(std::path::Path::new(&path))
        .0
        .iter()
        .chain(std::iter::once(&std::path::PathBuf::from(&path)))
        .filter_map(|p| std::fs::metadata(p).ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    memory::reset_peak();
    let t = Instant::now();
    let corpus = match korpus::corpus::load_path(std::path::Path::new(&path)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("phases: {e}");
            std::process::exit(2);
        }
    };
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    report(
        "load",
        t,
        format!("{} articles, {:.1} MB of text, {:.1} MB on disk", corpus.len(), bytes as f64 / 1e6, mb(on_disk)),
    );
    let t = Instant::now();
    let entities = korpus::entities::EntityIndex::build(&corpus.articles);
    let mentions: usize = entities.mentions.iter().map(Vec::len).sum();
    report("entities", t, format!("{} entities, {} mentions", entities.entities.len(), mentions));
    let t = Instant::now();
    let _related = korpus::related::RelatedIndex::build(&corpus, &entities);
    report("related", t, String::new());
    let t = Instant::now();
    let search = korpus::search::SearchIndex::build(&corpus, &entities);
    report("search", t, format!("{} units", search.len()));
    println!("3x the corpus on disk: {:.0} MB", mb(on_disk) * 3.0);
}
