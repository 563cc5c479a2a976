//! The JSON Lines loader on any bytes: never a panic, and every article it
//! makes is safe to print (no terminal hazard in any field).
#![no_main]

use libfuzzer_sys::fuzz_target;

use korpus::corpus::{is_terminal_hazard, load_path};

fn inert(field: &str) -> bool {
    !field.chars().any(|c| c == '\n' || is_terminal_hazard(c))
}

fuzz_target!(|bytes: &[u8]| {
    let dir = tempfile::tempdir_in(std::env::temp_dir()).expect("a temporary directory");
    let path = dir.path().join("c.jsonl");
    std::fs::write(&path, bytes).expect("written");
    let corpus = load_path(&path).expect("an existing file always loads");
    for a in &corpus.articles {
        assert!(!a.text.trim().is_empty());
        assert!(!a.text.chars().any(is_terminal_hazard), "text {:?}", a.text);
        for field in [a.id.as_str(), &a.title, a.language.code()]
            .into_iter()
            .chain([&a.date, &a.url, &a.source].into_iter().filter_map(|f| f.as_deref()))
        {
            assert!(inert(field), "{field:?}");
        }
        assert!(a.text.is_char_boundary(a.title_span.0) && a.text.is_char_boundary(a.title_span.1));
    }
    for w in &corpus.warnings {
        assert!(inert(&w.to_string()), "{w}");
    }
});
