//! Write a deterministic multilingual corpus as JSON Lines.
//!
//! cargo run --release --example gen_corpus -- [--one-line] ARTICLES OUT.jsonl
//! (10k, 100k and 1M articles: about 18 MB, 179 MB and 1.8 GB; ~10 lines
//! each). With `--one-line`, each article is one line of text (its headline
//! and lede, about 180 bytes a record): the shape of a headline corpus.

#[path = "../tests/synth/mod.rs"]
mod synth;

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let one_line = args.iter().position(|a| a == "--one-line").map(|i| args.remove(i)).is_some();
    let (Some(count), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("usage: gen_corpus [--one-line] ARTICLES OUT.jsonl");
        std::process::exit(2);
    };
    let Ok(count) = count.replace('_', "").parse::<usize>() else {
        eprintln!("gen_corpus: ARTICLES must be a number, not {count:?}");
        std::process::exit(2);
    };
    let mut file = BufWriter::new(std::fs::File::create(out)?);
    for n in 0..count {
        let article = synth::article(n);
        if one_line {
            // the headline and the lede's first sentence
            let lede = article.text.lines().nth(1).unwrap_or("");
            let first = lede.find(['.', '।']).map_or(lede, |end| &lede[..end]);
            let text = format!("{}. {first}.", article.title.trim_end_matches('.'));
            let record = serde_json::json!({"id": article.id, "lang": article.lang, "text": text});
            writeln!(file, "{record}")?;
        } else {
            writeln!(file, "{}", synth::jsonl_line(&article))?;
        }
    }
    file.flush()?;
    eprintln!("gen_corpus: wrote {count} articles to {out}");
    Ok(())
}
