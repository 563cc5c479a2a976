//! A JSON Lines record's title is part of its article, through the real
//! binary: the text is the title, a blank line, then the body (unless the
//! body already opens with the title); a record with a title and no text is
//! its title. Names found only in titles are entities, search hits and
//! spans into that text, from a fresh build, from an index, and after the
//! file grows.

use std::fs;
use std::io::Write;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// (stdout, stderr) of a successful run over `corpus`, its index kept in `cache`.
fn run(cache: &Path, args: &[&str], corpus: &Path) -> (String, String) {
    let mut korpus = Command::cargo_bin("korpus").unwrap();
    let output = korpus.env("KORPUS_CACHE_DIR", cache).args(args).arg("--corpus").arg(corpus).output().unwrap();
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    assert!(output.status.success(), "korpus {args:?}: {}", text(&output.stderr));
    (text(&output.stdout), text(&output.stderr))
}

fn json(cache: &Path, args: &[&str], corpus: &Path) -> Value {
    serde_json::from_str(&run(cache, args, corpus).0).expect("JSON")
}

fn record(id: &str, title: Option<&str>, text: Option<&str>) -> String {
    let mut object = serde_json::json!({ "id": id });
    if let Some(title) = title {
        object["title"] = title.into();
    }
    if let Some(text) = text {
        object["text"] = text.into();
    }
    object.to_string()
}

/// Names only in titles, a body that repeats its title, a title alone, and
/// a record with neither.
fn headline_corpus() -> Vec<String> {
    vec![
        record("a", Some("Putin meets Kim Jong Un in Pyongyang"), Some("The two leaders signed a pact on Tuesday.")),
        record("b", Some("Lavrov arrives in Wonsan"), Some("Lavrov arrives in Wonsan\nThe minister landed on Friday.")),
        record("c", Some("Erdoğan and Lavrov meet in Ankara"), None),
        record("blank", Some("  "), Some(" \n ")),
    ]
}

/// Every mention's span, as (article, text at the span in the shown text, mention's own text).
fn spans_against_shown_texts(cache: &Path, corpus: &Path) -> Vec<(String, String, String)> {
    let entities = json(cache, &["entities", "--json"], corpus);
    let mut spans = Vec::new();
    for article in entities.as_array().unwrap() {
        let id = article["file"].as_str().unwrap();
        let shown = json(cache, &["show", id, "--json"], corpus);
        let text = shown["text"].as_str().unwrap();
        for m in article["mentions"].as_array().unwrap() {
            let (start, end) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            spans.push((id.to_owned(), text[start..end].to_owned(), m["text"].as_str().unwrap().to_owned()));
        }
    }
    spans
}

#[test]
fn names_only_in_titles_are_found_with_spans_into_the_text_shown() {
    let dir = tempfile::tempdir().unwrap();
    let none = tempfile::tempdir().unwrap();
    let file = dir.path().join("headlines.jsonl");
    fs::write(&file, headline_corpus().join("\n") + "\n").unwrap();

    let shown = |id: &str| json(none.path(), &["--no-cache", "show", id, "--json"], &file)["text"].clone();
    assert_eq!(shown("a"), "Putin meets Kim Jong Un in Pyongyang\n\nThe two leaders signed a pact on Tuesday.");
    assert_eq!(shown("b"), "Lavrov arrives in Wonsan\nThe minister landed on Friday.", "a repeated title is not added");
    assert_eq!(shown("c"), "Erdoğan and Lavrov meet in Ankara", "a title alone is the article");
    let (listed, stderr) = run(none.path(), &["--no-cache", "list"], &file);
    assert!(!listed.contains("blank") && stderr.contains("headlines.jsonl:4: empty text"), "{listed}\n{stderr}");

    let entities = json(none.path(), &["--no-cache", "entities", "--json"], &file);
    let names: Vec<&str> =
        entities[0]["mentions"].as_array().unwrap().iter().map(|m| m["text"].as_str().unwrap()).collect();
    for name in ["Putin", "Kim Jong Un", "Pyongyang"] {
        assert!(names.contains(&name), "{name} in the title of a: {names:?}");
    }
    let spans = spans_against_shown_texts(none.path(), &file);
    assert!(spans.iter().any(|(id, at, _)| id == "c" && at == "Ankara"), "{spans:?}");
    for (id, at, text) in &spans {
        assert_eq!(at, text, "article {id}");
    }

    // a search finds the name in the title, as a title hit at its place
    let hits = json(none.path(), &["--no-cache", "search", "pyongyang", "--json"], &file);
    let title_hit = hits.as_array().unwrap().iter().find(|h| h["kind"] == "title").expect("a title hit");
    assert_eq!(title_hit["file"], "a");
    assert_eq!(
        (title_hit["start"].as_u64(), title_hit["text"].as_str()),
        (Some(0), Some("Putin meets Kim Jong Un in Pyongyang"))
    );
}

/// Every answer about `corpus`, from its index (`cache`) or from none.
fn answers(cache: Option<&Path>, corpus: &Path) -> Vec<String> {
    let none = tempfile::tempdir().unwrap();
    let questions: [&[&str]; 6] = [
        &["list", "--json"],
        &["entities", "--json"],
        &["show", "a", "--json"],
        &["show", "d", "--json"],
        &["search", "lavrov", "--json"],
        &["related", "a", "--json"],
    ];
    let with = |args: &[&str]| match cache {
        Some(cache) => run(cache, args, corpus).0,
        None => run(none.path(), &[&["--no-cache"], args].concat(), corpus).0,
    };
    questions.iter().map(|args| with(args)).collect()
}

#[test]
fn titled_records_read_from_an_index_and_appended_to_it_are_a_build_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let file = dir.path().join("news.jsonl");
    let mut lines = headline_corpus();
    lines.push(record("d", Some("Kim Jong Un receives Lavrov"), Some("Talks went on for hours in the capital.")));
    fs::write(&file, lines.join("\n") + "\n").unwrap();
    run(cache.path(), &["search", "kim"], &file);
    assert_eq!(answers(Some(cache.path()), &file), answers(None, &file), "read from the index");

    let mut grown = fs::OpenOptions::new().append(true).open(&file).unwrap();
    writeln!(grown, "{}", record("e", Some("Лавров прибыл в Пхеньян"), Some("Министр встретился с Ким Чен Ыном.")))
        .unwrap();
    writeln!(grown, "{}", record("f", Some("Putin in Pyongyang again"), None)).unwrap();
    drop(grown);
    let (_, stderr) = run(cache.path(), &["search", "kim"], &file);
    assert!(stderr.contains("grew: 2 articles appended"), "{stderr}");
    assert_eq!(answers(Some(cache.path()), &file), answers(None, &file), "appended");
    let shown = json(cache.path(), &["show", "e", "--json"], &file);
    assert_eq!(shown["text"], "Лавров прибыл в Пхеньян\n\nМинистр встретился с Ким Чен Ыном.");
}
