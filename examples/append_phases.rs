//! Time each phase of an append against a full build: the corpus's first
//! articles are indexed (in memory), then the whole corpus is appended to
//! that index, phase by phase.
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

fn lap(name: &str, t: &mut Instant) {
    println!("{name:<22} {:>8.3} s", t.elapsed().as_secs_f64());
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
    t = Instant::now();
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
    let _ = Analysis::build(&corpus);
    lap("full analysis", &mut t);
}
