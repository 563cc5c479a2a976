//! Print the entity scorer's JSON for a corpus directory:
//! `cargo run --release --example entities_json -- DIR > out.json`, then
//! `python3 score_entities.py --gold GOLD --corpus DIR out.json`.

use std::path::PathBuf;
use std::process::ExitCode;

use korpus::EntityIndex;
use korpus::corpus::load_path;
use serde_json::json;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: entities_json CORPUS_DIR");
        return ExitCode::from(2);
    };
    let corpus = match load_path(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            return ExitCode::from(1);
        }
    };
    for w in &corpus.warnings {
        eprintln!("warning: {w}");
    }
    // ENTITIES_THREADS=1 measures one core; the embedded gazetteer is parsed before the clock starts
    let threads: Option<usize> = std::env::var("ENTITIES_THREADS").ok().and_then(|t| t.parse().ok());
    let _ = EntityIndex::build(&[]);
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let started = std::time::Instant::now();
    let index = match threads {
        Some(t) => EntityIndex::build_with_threads(&corpus.articles, t),
        None => EntityIndex::build(&corpus.articles),
    };
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} articles, {} entities in {:.1} ms ({:.1} MB/s)",
        corpus.articles.len(),
        index.entities.len(),
        secs * 1000.0,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    let out: Vec<_> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(a, article)| {
            let mentions: Vec<_> = index
                .mentions_in(a)
                .iter()
                .map(|m| {
                    let e = &index.entities[m.entity()];
                    json!({"start": m.start, "end": m.end, "text": &article.text[m.range()], "type": m.kind.tag(), "entity": e.id, "name": e.name})
                })
                .collect();
            json!({"file": article.id, "lang": article.language, "title": article.title, "mentions": mentions})
        })
        .collect();
    match serde_json::to_string_pretty(&out) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
