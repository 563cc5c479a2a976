//! Property tests: the recogniser eats any text without panicking, and every
//! mention it reports is a non-empty byte range on char boundaries of its article.

use korpus::{Article, EntityIndex};
use proptest::prelude::*;

/// Pieces that exercise the recogniser's rules: names in every script,
/// apostrophes, hyphens, initialisms, titles, Devanagari marks, odd spacing.
const PIECES: &[&str] = &[
    "Lavrov",
    "Лаврова",
    "लावरोव",
    "Kuzey Kore'nin",
    "Rusya’nın",
    "U.S.",
    "U.",
    "G20",
    "Ri Son-gwon",
    "Kim",
    "Džong",
    "Ыном",
    "राष्ट्रपति",
    "किम जोंग उन",
    "डीपीआरके",
    "के",
    "Security Council",
    "Шанхайской организации",
    "bin",
    "İ",
    "ı",
    "'",
    "’",
    "-",
    ".",
    "\n",
    " ",
    "\u{a0}",
    "।",
    "ं",
    "्",
    "a",
    "Ä",
    "ß",
    "Ǆ",
    "ǅ",
    "\u{301}",
    "1",
    "Ⅻ",
    "𝔘",
    "🙂",
    "«",
    "»",
    "Москва",
    "Pjongjangu",
    "President",
    "министр",
    "Министерство",
    "обороны",
    "Council",
    "X",
];

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn check(texts: &[String]) -> Result<(), TestCaseError> {
    let langs = ["tr", "ru", "en", "hi", "sr", "de", ""];
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(format!("a{i}"), t, None, Some(langs[i % langs.len()])))
        .collect();
    let index = EntityIndex::build_with_threads(&articles, 1 + texts.len() % 2);
    prop_assert_eq!(index.mentions.len(), articles.len());
    for (a, mentions) in index.mentions.iter().enumerate() {
        let text = &articles[a].text;
        let mut last_end = 0;
        for m in mentions {
            let (start, end) = m.span();
            prop_assert!(start < end && end <= text.len(), "span {start}..{end} outside text of {} bytes", text.len());
            prop_assert!(
                text.is_char_boundary(start) && text.is_char_boundary(end),
                "span {start}..{end} splits a char"
            );
            prop_assert!(start >= last_end, "mentions overlap or are unsorted");
            prop_assert!(m.entity() < index.entities.len());
            last_end = end;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic_and_spans_are_on_char_boundaries(texts in prop::collection::vec(any::<String>(), 1..4)) {
        check(&texts)?;
    }

    #[test]
    fn mixed_script_name_soup_never_panics_and_spans_are_on_char_boundaries(texts in prop::collection::vec(mixed_text(), 1..5)) {
        check(&texts)?;
    }
}
