//! The words a segmenter cuts a text into, one a line with its class and
//! whether the dictionary knows it, to see why a name came out as it did:
//!
//!     echo '雅伊尔·博索纳罗在巴西利亚' | cargo run --release --example segment_words -- zh

use std::io::Read;

use anyhow::{Context, Result, bail};
use korpus::lang::segment::{Segmenter, names};

fn main() -> Result<()> {
    let segmenter = match std::env::args().nth(1).as_deref() {
        Some("zh") => Segmenter::Chinese,
        Some("ja") => Segmenter::Japanese,
        _ => bail!("usage: segment_words zh|ja < text"),
    };
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).context("reading stdin")?;
    let words = segmenter.segment(&text);
    for w in &words {
        println!("{}\t{:?}\t{}", &text[w.start..w.end], w.class, if w.known { "known" } else { "unknown" });
    }
    println!("-- names");
    for w in names(&text, &words) {
        println!("{}\t{:?}", &text[w.start..w.end], w.class);
    }
    Ok(())
}
