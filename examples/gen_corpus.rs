//! Write a deterministic multilingual corpus as JSON Lines.
//!
//! cargo run --release --example gen_corpus -- ARTICLES OUT.jsonl
//! (10k, 100k and 1M articles: about 15 MB, 150 MB and 1.5 GB; ~10 lines each)

#[path = "../tests/synth/mod.rs"]
mod synth;

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(count), Some(out)) = (args.next(), args.next()) else {
        eprintln!("usage: gen_corpus ARTICLES OUT.jsonl");
        std::process::exit(2);
    };
    let Ok(count) = count.replace('_', "").parse::<usize>() else {
        eprintln!("gen_corpus: ARTICLES must be a number, not {count:?}");
        std::process::exit(2);
    };
    let mut file = BufWriter::new(std::fs::File::create(&out)?);
    for n in 0..count {
        writeln!(file, "{}", synth::jsonl_line(&synth::article(n)))?;
    }
    file.flush()?;
    eprintln!("gen_corpus: wrote {count} articles to {out}");
    Ok(())
}
