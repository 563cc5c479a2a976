//! Property tests for everything that eats user bytes: the sanitiser, the
//! loaders, titles, language detection, folding and search never panic, and
//! every span they report lies on char boundaries of the original text.

use std::sync::atomic::AtomicBool;

use proptest::prelude::*;

use korpus::corpus::{Article, Corpus, derive_title, is_terminal_hazard, load_path, sanitize_for_terminal};
use korpus::entities::EntityIndex;
use korpus::lang::{detect_language, fold_for_search, latin_key};
use korpus::search::{Scope, SearchIndex};

/// Strings mixing the scripts korpus cares about with controls and escapes.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-zA-ZçğıİöşüÇĞÖŞÜ ,.'’-]{1,12}",
            "[а-яА-ЯёЁ ,.]{1,12}",
            "[\u{900}-\u{97f} ।]{1,8}",
            "[šđčćžŠĐČĆŽ ]{1,6}",
            Just("\x1b]52;c;ZXZpbA==\x07".to_owned()),
            Just("\x1b[2J".to_owned()),
            Just("\u{202e}".to_owned()),
            Just("\u{9b}".to_owned()),
            Just("\n".to_owned()),
            Just("\0".to_owned()),
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn sanitiser_keeps_every_offset_and_removes_every_hazard(text in hostile_text()) {
        let clean = sanitize_for_terminal(&text);
        prop_assert_eq!(clean.len(), text.len());
        prop_assert!(!clean.chars().any(is_terminal_hazard));
        // char boundaries of the original stay char boundaries
        for (i, _) in text.char_indices() {
            prop_assert!(clean.is_char_boundary(i));
        }
    }

    #[test]
    fn articles_titles_and_languages_never_panic(text in hostile_text()) {
        let article = Article::new("x".into(), &text, None, None);
        let (s, e) = article.title_span;
        prop_assert!(s <= e && e <= article.text.len());
        prop_assert!(article.text.is_char_boundary(s) && article.text.is_char_boundary(e));
        let _ = derive_title(&article.text, 3);
        let _ = detect_language(&text);
    }

    #[test]
    fn folding_origins_point_at_original_chars(text in hostile_text()) {
        for folded in [fold_for_search(&text), latin_key(&text)] {
            prop_assert_eq!(folded.text.chars().count(), folded.origin.len());
            for &(s, e) in &folded.origin {
                prop_assert!(s < e && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }

    #[test]
    fn search_and_entities_never_panic_and_spans_stay_on_boundaries(texts in prop::collection::vec(hostile_text(), 1..4), query in hostile_text()) {
        let articles: Vec<Article> = texts.iter().enumerate().map(|(i, t)| Article::new(format!("{i}"), t, None, None)).collect();
        let corpus = Corpus { name: "prop".into(), articles, warnings: Vec::new() };
        let entities = EntityIndex::build(&corpus.articles);
        for (ai, article) in corpus.articles.iter().enumerate() {
            for m in entities.mentions_in(ai) {
                let range = m.range();
                prop_assert!(range.start < range.end && range.end <= article.text.len());
                prop_assert!(article.text.is_char_boundary(range.start) && article.text.is_char_boundary(range.end));
            }
        }
        let index = SearchIndex::build(&corpus, &entities);
        for hit in index.search(&corpus, &query, Scope::All, 50, &AtomicBool::new(false)) {
            let text = &corpus.articles[hit.article].text;
            prop_assert!(text.is_char_boundary(hit.start) && text.is_char_boundary(hit.end));
            for (s, e) in hit.matched {
                prop_assert!(s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }

    #[test]
    fn loaders_survive_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400), as_jsonl in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(if as_jsonl { "x.jsonl" } else { "x.txt" });
        std::fs::write(&path, &bytes).unwrap();
        let corpus = load_path(&path).unwrap();
        for a in &corpus.articles {
            prop_assert!(!a.text.chars().any(is_terminal_hazard));
            prop_assert!(!a.title.chars().any(is_terminal_hazard));
        }
        let _ = load_path(dir.path()).unwrap();
    }
}

/// Review files: arbitrary bytes, and JSON that looks like a review file with
/// arbitrary marks in it.
fn review_file_bytes() -> impl Strategy<Value = Vec<u8>> {
    let value = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        hostile_text().prop_map(|t| serde_json::to_string(&t).unwrap()),
        Just("[\"a\", 1, {}]".to_owned()),
        Just("{\"read\": true, \"relevance\": \"relevant\", \"tags\": [\"x\"]}".to_owned()),
        Just("{\"relevance\": \"maybe\"}".to_owned()),
    ];
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        (any::<u64>(), prop::collection::vec((hostile_text(), value), 0..6)).prop_map(|(version, marks)| {
            let marks: Vec<String> =
                marks.iter().map(|(k, v)| format!("{}: {v}", serde_json::to_string(k).unwrap())).collect();
            format!(
                "{{\"format\": \"korpus-review\", \"version\": {}, \"marks\": {{{}}}}}",
                version % 3,
                marks.join(", ")
            )
            .into_bytes()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn review_files_of_arbitrary_bytes_are_an_error_or_a_warning_never_a_panic(bytes in review_file_bytes()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("review.json");
        std::fs::write(&path, &bytes).unwrap();
        match korpus::review::ReviewStore::open(&path) {
            Ok((store, warnings)) => {
                if warnings.is_empty() {
                    // accepted as is: the file is still there, untouched
                    prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
                } else {
                    // moved aside, byte for byte
                    prop_assert!(!path.exists());
                }
                for (_, mark) in store.marks() {
                    prop_assert!(!mark.note.chars().any(|c| c != '\n' && is_terminal_hazard(c)));
                    prop_assert!(!mark.tags.iter().any(|t| t.chars().any(is_terminal_hazard)));
                }
            }
            Err(e) => {
                prop_assert!(matches!(e, korpus::review::ReviewError::NewerVersion { .. }), "{}", e);
                prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
            }
        }
    }
}

/// One of the field names a record's value may be under (the names news
/// datasets use, and a few that mean nothing to korpus).
fn field_name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "text",
        "content",
        "body",
        "maintext",
        "id",
        "title",
        "headline",
        "lang",
        "language",
        "date",
        "published",
        "pubDate",
        "url",
        "link",
        "source",
        "outlet",
        "other",
    ])
}

fn inert_line(field: &str) -> bool {
    !field.chars().any(|c| c == '\n' || is_terminal_hazard(c))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_record_field_is_inert_whatever_its_name_and_value(
        records in prop::collection::vec(prop::collection::vec((field_name(), hostile_text()), 0..8), 1..6)
    ) {
        let lines: Vec<String> = records
            .iter()
            .map(|fields| {
                let object: serde_json::Map<String, serde_json::Value> =
                    fields.iter().map(|(k, v)| ((*k).to_owned(), serde_json::Value::String(v.clone()))).collect();
                serde_json::Value::Object(object).to_string()
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.jsonl");
        std::fs::write(&path, lines.join("\n")).unwrap();
        let corpus = load_path(&path).unwrap();
        for a in &corpus.articles {
            prop_assert!(!a.text.chars().any(is_terminal_hazard));
            for field in [a.id.as_str(), &a.title, a.language.code()].into_iter().chain([&a.date, &a.url, &a.source].into_iter().filter_map(|f| f.as_deref())) {
                prop_assert!(inert_line(field), "{:?}", field);
            }
        }
        for w in &corpus.warnings {
            prop_assert!(inert_line(&w.to_string()), "{}", w);
        }
    }

    #[test]
    fn imports_and_every_export_format_stay_inert(
        marks in prop::collection::vec((hostile_text(), hostile_text(), hostile_text(), any::<u64>()), 0..5)
    ) {
        use korpus::review::{ExportFormat, ReviewStore};
        let articles: Vec<serde_json::Value> = marks
            .iter()
            .map(|(id, note, tag, ms)| serde_json::json!({"id": id, "read": true, "note": note, "tags": [tag], "updated_ms": ms}))
            .collect();
        let import = serde_json::json!({"format": "korpus-review-export", "version": 1, "articles": articles}).to_string();
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = ReviewStore::open(&dir.path().join("review.json")).unwrap();
        store.import_json(&mut import.as_bytes()).unwrap();
        let corpus = Corpus { name: "p\u{1b}]2;x\u{7}".into(), articles: Vec::new(), warnings: Vec::new() };
        let store_of_articles = korpus::store::MemoryStore::articles_only(std::sync::Arc::new(corpus));
        for format in [ExportFormat::Json, ExportFormat::Csv, ExportFormat::CsvRaw, ExportFormat::Markdown] {
            let mut out = Vec::new();
            store.export(&store_of_articles, format, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            prop_assert!(!text.chars().any(|c| c != '\n' && c != '\r' && is_terminal_hazard(c)), "{:?}: {}", format, text);
        }
        for (id, mark) in store.marks() {
            prop_assert!(inert_line(id));
            // at most a minute ahead of the clock
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as u64;
            prop_assert!(mark.updated_ms <= now + 60_000);
        }
    }
}
