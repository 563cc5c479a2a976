//! An article made from any text, title and language: never a panic, byte
//! offsets kept, every field safe to print.
#![no_main]

use libfuzzer_sys::fuzz_target;

use korpus::corpus::{Article, is_terminal_hazard};

fuzz_target!(|input: (String, String, Option<String>, Option<String>, Option<String>)| {
    let (id, text, title, lang, date) = input;
    let a = Article::new(id, &text, title.as_deref(), lang.as_deref()).with_metadata(date.as_deref(), None, None);
    assert_eq!(a.text.len(), text.len(), "offsets are the file's");
    for field in [a.id.as_str(), &a.title, a.language.code()].into_iter().chain(a.date.as_deref()) {
        assert!(!field.chars().any(|c| c == '\n' || is_terminal_hazard(c)), "{field:?}");
    }
});
