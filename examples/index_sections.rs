//! What an index file is made of: each section's size and share of the
//! file, largest first (to see what to make smaller).
//!
//! cargo run --release --example index_sections -- CACHE_DIR/corpus-….kix

use korpus::index::format::{Layout, SectionId};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: index_sections INDEX_FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("index_sections: {path}: {e}");
            std::process::exit(2);
        }
    };
    let layout = match Layout::open(bytes.as_slice()) {
        Ok(layout) => layout,
        Err(e) => {
            eprintln!("index_sections: {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut sizes: Vec<(usize, SectionId)> =
        SectionId::ALL.iter().filter_map(|&id| layout.section(id).ok().map(|s| (s.len(), id))).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    let total = bytes.len();
    let in_sections: usize = sizes.iter().map(|(len, _)| len).sum();
    for (len, id) in sizes {
        println!("{:<22} {:>10.1} MB {:>5.1}%", format!("{id:?}"), len as f64 / 1e6, 100.0 * len as f64 / total as f64);
    }
    println!(
        "{:<22} {:>10.1} MB {:>5.1}%",
        "table, checksums, pad",
        (total - in_sections) as f64 / 1e6,
        100.0 * (total - in_sections) as f64 / total as f64
    );
    println!("{:<22} {:>10.1} MB", "file", total as f64 / 1e6);
}
