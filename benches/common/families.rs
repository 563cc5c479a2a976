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

/// Where a file name (without `.txt`) gives the article's language.
type LangOf = fn(&str) -> Option<&str>;

/// The real news articles of the 19-language test sets (`tests/data`), each
/// folder with where its file names give the language: ner19 `LANG_NN_story.txt`,
/// xlang `story_LANG.txt`.
const SOURCES: &[(&str, LangOf)] = &[
    ("tests/data/ner19/dev", |stem| stem.split_once('_').map(|(lang, _)| lang)),
    ("tests/data/ner19/test", |stem| stem.split_once('_').map(|(lang, _)| lang)),
    ("tests/data/xlang/dev", |stem| stem.rsplit_once('_').map(|(_, lang)| lang)),
    ("tests/data/xlang/test", |stem| stem.rsplit_once('_').map(|(_, lang)| lang)),
];

/// Every article of the family's languages in the test sets, in a fixed
/// order, copied (with fresh ids) until about `target` bytes: as much distinct
/// text as there is, so linking sees each story a few times, not hundreds.
/// `KORPUS_BENCH_ROOT` names another checkout to read them from, so two builds
/// compared side by side measure the same text while the test sets grow.
pub fn family_articles(langs: &[&str], target: usize) -> Vec<Article> {
    let root_override = std::env::var_os("KORPUS_BENCH_ROOT");
    let root = root_override.as_deref().map_or(Path::new(env!("CARGO_MANIFEST_DIR")), Path::new);
    let mut texts = Vec::new();
    for (folder, lang_of) in SOURCES {
        for entry in std::fs::read_dir(root.join(folder)).into_iter().flatten().flatten() {
            let path = entry.path();
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
            let Some(lang) = lang_of(stem).filter(|lang| langs.contains(lang)) else { continue };
            if path.extension().is_some_and(|e| e == "txt")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                texts.push((lang.to_owned(), path, text));
            }
        }
    }
    texts.sort();
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < target && !texts.is_empty() {
        for (lang, _, text) in &texts {
            out.push(Article::new(format!("{lang}-{}", out.len()), text, None, Some(lang)));
            bytes += text.len();
        }
    }
    out
}
