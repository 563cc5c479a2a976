//! Names from the Chinese and Japanese dictionaries' classes alone, as
//! `korpus entities --json` writes mentions, to score what the segmenters
//! know before any recognition rule (`src/lang/segment`):
//!
//!     cargo run --release --example segment_names -- tests/data/ner19/dev > /tmp/seg.json
//!     python3 tests/data/ner19/ner19.py score --gold tests/data/ner19/dev/gold.json \
//!         --corpus tests/data/ner19/dev /tmp/seg.json --lang ja
//!
//! A file with kana is Japanese, one with Han and no kana Chinese; others are
//! left out. Each distinct name is its own entity. Load time and resident
//! memory go to stderr.

use std::time::Instant;

use anyhow::{Context, Result};
use korpus::lang::segment::{Segmenter, WordClass, names};
use serde_json::json;

fn resident_mb() -> f64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<f64>().ok()))
        .unwrap_or(0.0);
    pages * 4096.0 / 1e6
}

fn main() -> Result<()> {
    let dir = std::env::args().nth(1).context("usage: segment_names CORPUS_DIR")?;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
        let kana = text.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}'));
        let han = text.chars().any(|c| matches!(c, '\u{4e00}'..='\u{9fff}'));
        let segmenter = match (kana, han) {
            (true, _) => Segmenter::Japanese,
            (false, true) => Segmenter::Chinese,
            _ => continue,
        };
        if !segmenter.is_loaded() {
            let (before, t) = (resident_mb(), Instant::now());
            segmenter.load();
            eprintln!("{segmenter:?}: loaded in {:?}, resident {before:.1} -> {:.1} MB", t.elapsed(), resident_mb());
        }
        let words = segmenter.segment(&text);
        let mentions: Vec<_> = names(&text, &words)
            .into_iter()
            .filter_map(|w| {
                let kind = match w.class {
                    WordClass::Person | WordClass::Surname | WordClass::GivenName | WordClass::ForeignName => "PER",
                    WordClass::Place | WordClass::Country => "LOC",
                    WordClass::Organisation => "ORG",
                    _ => return None,
                };
                let surface = &text[w.start..w.end];
                Some(json!({"start": w.start, "end": w.end, "text": surface, "type": kind, "entity": format!("seg:{surface}")}))
            })
            .collect();
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        out.push(json!({"file": file, "mentions": mentions}));
    }
    println!("{}", serde_json::to_string(&out)?);
    Ok(())
}
