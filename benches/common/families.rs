//! The script families of the entity benchmarks and their articles, shared by
//! `benches/entities.rs` and `examples/profile_entities.rs` so both measure the same text.

use std::path::Path;

use korpus::Article;

/// Script families and the ner19 languages that write them.
pub const FAMILIES: &[(&str, &[&str])] = &[
    ("latin", &["tr", "en", "sr", "de", "fr", "es", "it", "pt", "pl"]),
    ("cyrillic", &["ru", "uk", "bg"]),
    ("greek", &["el"]),
    ("arabic", &["ar", "fa"]),
    ("hebrew", &["he"]),
    ("devanagari", &["hi"]),
    ("chinese", &["zh"]),
    ("japanese", &["ja"]),
];

/// The family's ner19 development articles (`tests/data/ner19/dev`), copied
/// (with fresh ids) until about `target` bytes.
pub fn family_articles(langs: &[&str], target: usize) -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ner19/dev");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((lang, _)) = name.split_once('_') else { continue };
        if name.ends_with(".txt")
            && langs.contains(&lang)
            && let Ok(text) = std::fs::read_to_string(entry.path())
        {
            texts.push((lang.to_owned(), text));
        }
    }
    texts.sort();
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < target && !texts.is_empty() {
        for (lang, text) in &texts {
            out.push(Article::new(format!("{lang}-{}", out.len()), text, None, Some(lang)));
            bytes += text.len();
        }
    }
    out
}
