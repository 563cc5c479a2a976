//! Compiles trimmed MeCab dictionary files into korpus's Japanese dictionary
//! (run by `scripts/build_ja_dict.py`, which writes the inputs):
//!
//!     cargo run --release --example build_ja_dict -- DIR OUT.dic.zst [SAMPLE.txt ...]
//!
//! DIR holds lex.csv, matrix.def, char.def and unk.def. The sample texts only
//! reorder connection ids by use (vibrato's id mapping): the same analysis,
//! with the costs it reads most often close together in memory.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use vibrato::{Dictionary, SystemDictionaryBuilder, Tokenizer};

fn compile(dir: &Path) -> Result<Dictionary> {
    let open = |name: &str| File::open(dir.join(name)).with_context(|| format!("{}/{name}", dir.display()));
    Ok(SystemDictionaryBuilder::from_readers(
        open("lex.csv")?,
        open("matrix.def")?,
        open("char.def")?,
        open("unk.def")?,
    )?)
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, out, samples @ ..] = args.as_slice() else {
        bail!("usage: build_ja_dict DIR OUT.dic.zst [SAMPLE.txt ...]");
    };
    let dir = PathBuf::from(dir);
    let mut dict = compile(&dir)?;
    if !samples.is_empty() {
        let tokenizer = Tokenizer::new(dict);
        let mut worker = tokenizer.new_worker();
        worker.init_connid_counter();
        for sample in samples {
            let text = std::fs::read_to_string(sample).with_context(|| sample.clone())?;
            for line in text.lines() {
                worker.reset_sentence(line);
                worker.tokenize();
                worker.update_connid_counts();
            }
        }
        let (left, right) = worker.compute_connid_probs();
        drop(worker);
        drop(tokenizer);
        // the tokenizer owns the dictionary: compile it again to map it
        dict = compile(&dir)?.map_connection_ids_from_iter(
            left.iter().map(|&(id, _)| id as u16),
            right.iter().map(|&(id, _)| id as u16),
        )?;
    }
    let mut raw = Vec::new();
    dict.write(&mut raw)?;
    let packed = zstd::encode_all(raw.as_slice(), 19)?;
    // read back what will be shipped before replacing anything
    Dictionary::read(zstd::decode_all(packed.as_slice())?.as_slice())?;
    std::fs::write(out, &packed).with_context(|| out.clone())?;
    eprintln!("{out}: {} bytes ({} uncompressed)", packed.len(), raw.len());
    Ok(())
}
