//! The analysis's identity, for the index files korpus keeps: a hash of the
//! embedded data (`data/`) and of the code that turns articles into the
//! index (loading, languages, entities, related articles, search, the index
//! writer). An index made by any other build is rebuilt, not trusted.

use std::path::{Path, PathBuf};

/// What the index's contents depend on.
const INPUTS: [&str; 8] =
    ["data", "src/corpus", "src/lang", "src/entities", "src/related", "src/search", "src/index", "src/analysis.rs"];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else { return };
        for entry in entries.flatten() {
            files(&entry.path(), out);
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut all = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        files(Path::new(input), &mut all);
    }
    all.sort();
    // FNV-1a: stable across builds and platforms
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x100_0000_01b3);
        }
    };
    for file in &all {
        eat(file.to_string_lossy().as_bytes());
        eat(&[0]);
        eat(&std::fs::read(file).unwrap_or_default());
        eat(&[0]);
    }
    println!("cargo:rustc-env=ANALYSIS_HASH_FOR_THE_INDEX={hash:016x}");
}
