//! Where building an index holds its memory: the build of `open.rs` (list,
//! load, recognise, link, related, then writing, which makes the search
//! keys as it goes) run phase by phase, with each phase's peak and what
//! stays resident after it.
//!
//! cargo run --release --example build_memory -- CORPUS [KEEP_INDEX_AT]
//!
//! As `open.rs` builds from nothing, the texts are let go after linking and
//! read back from the corpus's files by related articles and the writing;
//! HOLD_TEXTS=1 holds them to the end, as an append (and korpus before) does.

use std::time::Instant;

use korpus::Analysis;
use korpus::entities::EntityIndex;
use korpus::index::{Texts, append};
use korpus::memory;
use korpus::related::RelatedIndex;
use korpus::search::SearchIndex;

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// Print the phase's time, its peak resident size and what stays resident.
fn phase(name: &str, started: Instant) {
    let (rss, peak) = memory::resident().unwrap_or_default();
    println!(
        "{name:<12} {:>8.2} s   peak {:>7.0} MB   after {:>7.0} MB",
        started.elapsed().as_secs_f64(),
        mb(peak),
        mb(rss)
    );
    memory::reset_peak();
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: build_memory CORPUS");
        std::process::exit(2);
    };
    let path = std::path::Path::new(&path);
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    println!("{}: {:.0} MB", path.display(), mb(size));
    memory::map_large_allocations();
    memory::reset_peak();
    let t = Instant::now();
    let listing = match korpus::corpus::list_corpus(path) {
        Ok(listing) => listing,
        Err(e) => {
            eprintln!("build_memory: {e}");
            std::process::exit(2);
        }
    };
    let (mut corpus, spans) = korpus::corpus::load_listing(&listing, &mut |_| {});
    // as `open.rs` does when no one else holds the corpus: its strings made into the index's sections and let go
    let strings = korpus::index::ArticleStrings::take_from(&mut corpus.articles, None).ok();
    memory::release_free_memory();
    phase("load", t);
    let texts: usize = corpus.articles.iter().map(|a| a.text.capacity()).sum();
    let records = corpus.articles.capacity() * std::mem::size_of::<korpus::Article>();
    println!("             texts {:.0} MB, article records {:.0} MB", mb(texts as u64), mb(records as u64));
    let t = Instant::now();
    let (recognised, recognition) = append::recognise(&corpus.articles);
    memory::release_free_memory();
    phase("recognise", t);
    let kept: u64 = recognition.segments.iter().map(|s| s.recognised.len() + s.keys.len() as u64).sum();
    println!("             recognition kept for appends {:.0} MB", mb(kept));
    let t = Instant::now();
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(16);
    let entities = EntityIndex::link(&corpus.articles, recognised, threads);
    memory::release_free_memory();
    phase("link", t);
    let mentions: usize = entities.mentions.iter().map(|m| m.capacity() * std::mem::size_of::<korpus::Mention>()).sum();
    let mention_lists = entities.mentions.capacity() * std::mem::size_of::<Vec<korpus::Mention>>();
    let entity_strings: usize = entities
        .entities
        .iter()
        .map(|e| {
            e.id.0.capacity()
                + e.name.capacity()
                + e.variants.capacity() * std::mem::size_of::<String>()
                + e.variants.iter().map(String::capacity).sum::<usize>()
                + e.articles.capacity() * std::mem::size_of::<(usize, usize)>()
        })
        .sum();
    let entity_records = entities.entities.capacity() * std::mem::size_of::<korpus::Entity>();
    println!(
        "             {} entities: records {:.0} MB, names, variants and article lists {:.0} MB; mentions {:.0} MB (+ {:.0} MB of per-article lists)",
        entities.entities.len(),
        mb(entity_records as u64),
        mb(entity_strings as u64),
        mb(mentions as u64),
        mb(mention_lists as u64)
    );
    let hold = std::env::var_os("HOLD_TEXTS").is_some();
    let mut sums = Vec::new();
    if !hold {
        sums = corpus.articles.iter().map(|a| (a.text.len() as u64, crc32fast::hash(a.text.as_bytes()))).collect();
        for article in &mut corpus.articles {
            article.text = String::new();
        }
        memory::release_free_memory();
    }
    let source = korpus::corpus::SourceTexts::new(&listing, &spans, &sums);
    let t = Instant::now();
    let related = if hold {
        RelatedIndex::build(&corpus, &entities)
    } else {
        match RelatedIndex::build_reading(&corpus, &entities, korpus::corpus::ArticleTexts::Files(&source)) {
            Ok(related) => related,
            Err(e) => {
                eprintln!("build_memory: {e}");
                std::process::exit(1);
            }
        }
    };
    memory::release_free_memory();
    phase("related", t);
    let tables: Vec<String> =
        related.table_bytes().iter().map(|(name, bytes)| format!("{name} {:.0}", mb(*bytes as u64))).collect();
    println!("             related tables (MB): {}", tables.join(", "));
    let analysis = Analysis { entities, search: SearchIndex::default(), related, recognition };
    let t = Instant::now();
    let dir = std::env::temp_dir().join(format!("build-memory-{}", std::process::id()));
    let target = std::env::args().nth(2).map_or_else(|| dir.join("corpus.kix"), Into::into);
    let texts = if hold { Texts::Sources { listing: &listing, spans: &spans } } else { Texts::ReadBack(&source) };
    let written = korpus::index::write_atomic_with(&target, &corpus, &analysis, &texts, None, strings.as_ref());
    phase("write", t);
    let index = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = written {
        eprintln!("build_memory: {e}");
        std::process::exit(1);
    }
    println!("index {:.0} MB ({:.2}x the corpus)", mb(index), index as f64 / size.max(1) as f64);
}
