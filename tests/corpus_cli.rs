//! Loading news datasets from the command line: the field names they use,
//! `--field` mappings, per-file ids, and the metadata shown.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn korpus(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("korpus").unwrap();
    cmd.env("KORPUS_CACHE_DIR", dir.join("cache")).env("KORPUS_DATA_DIR", dir.join("data"));
    cmd
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let out = korpus(dir).args(args).assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn news_dataset_field_names_are_read_and_the_metadata_shown() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("news.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"id":"np-1","headline":"Kim meets Putin","maintext":"Kim Jong Un met Vladimir Putin in Pyongyang.","date_publish":"2024-06-19 08:00:00","url":"https://example.org/a","source_domain":"example.org"}"#,
            "\n",
            r#"{"id":"np-2","title":"Lavrov in Wonsan","content":"Sergey Lavrov arrived in Wonsan.","pubDate":"Tue, 11 Jul 2025 10:00:00 GMT","link":"https://example.org/b","outlet":"Example Daily"}"#,
            "\n"
        ),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    // a search analyses the corpus and writes its index; what follows is served from the index
    json(dir.path(), &["--corpus", path, "search", "Kim", "--json"]);
    assert!(
        std::fs::read_dir(dir.path().join("cache"))
            .unwrap()
            .flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "kix"))
    );
    let list = json(dir.path(), &["--corpus", path, "list", "--json"]);
    let titles: Vec<&str> = list.as_array().unwrap().iter().map(|r| r["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Kim meets Putin", "Lavrov in Wonsan"]);
    assert_eq!(list[0]["date"], "2024-06-19 08:00:00");
    assert_eq!(list[1]["source"], "Example Daily");
    let shown = json(dir.path(), &["--corpus", path, "show", "np-2", "--json"]);
    // the record's title heads its text
    assert_eq!(shown["text"], "Lavrov in Wonsan\n\nSergey Lavrov arrived in Wonsan.");
    assert_eq!(shown["date"], "Tue, 11 Jul 2025 10:00:00 GMT");
    assert_eq!(shown["url"], "https://example.org/b");
    assert_eq!(shown["source"], "Example Daily");
    let text =
        korpus(dir.path()).args(["--corpus", path, "show", "np-1"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(text).unwrap();
    for shown in ["2024-06-19 08:00:00", "https://example.org/a", "example.org"] {
        assert!(text.contains(shown), "{shown} missing from show:\n{text}");
    }
}

#[test]
fn records_without_a_known_text_field_are_said_once_and_field_maps_them() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stories.jsonl");
    let lines: Vec<String> = (1..=50)
        .map(|n| {
            format!(r#"{{"id":{n},"story":"Story {n} about Lavrov in Moscow.","when":"2024-01-{:02}"}}"#, n % 28 + 1)
        })
        .collect();
    std::fs::write(&file, lines.join("\n")).unwrap();
    let path = file.to_str().unwrap();
    let out = korpus(dir.path()).args(["--corpus", path, "list"]).assert().success().get_output().stderr.clone();
    let stderr = String::from_utf8(out).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one message, not one per record:\n{stderr}");
    for said in ["no record has a text field", "all 50", "id, story, when", "content", "--field text=NAME"] {
        assert!(stderr.contains(said), "{said:?} not in {stderr}");
    }
    let list = json(dir.path(), &["--corpus", path, "--field", "text=story", "--field", "date=when", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 50);
    assert_eq!(list[0]["date"], "2024-01-02");
    korpus(dir.path())
        .args(["--corpus", path, "--field", "txt=story", "list"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no field \"txt\""));
}

#[test]
fn a_field_mapping_is_not_served_from_the_cache_of_another() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("both.jsonl");
    std::fs::write(&file, r#"{"id":"a","text":"The text field.","body":"The body field."}"#).unwrap();
    let path = file.to_str().unwrap();
    let text = |extra: &[&str]| {
        let mut args = vec!["--corpus", path];
        args.extend_from_slice(extra);
        // each search builds the index of the mapping it reads with, or finds it
        let mut search = args.clone();
        search.extend_from_slice(&["search", "field", "--json"]);
        json(dir.path(), &search);
        args.extend_from_slice(&["show", "a", "--json"]);
        json(dir.path(), &args)["text"].as_str().unwrap().to_owned()
    };
    assert_eq!(text(&[]), "The text field.");
    assert_eq!(text(&["--field", "text=body"]), "The body field.");
    assert_eq!(text(&[]), "The text field.");
}

#[test]
fn ids_are_unique_per_file_so_daily_files_keep_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("daily");
    std::fs::create_dir(&corpus).unwrap();
    for day in ["2024-06-18", "2024-06-19"] {
        let records: Vec<String> = (1..=3)
            .map(|n| format!(r#"{{"id":{n},"text":"Report {n} of {day} from Pyongyang."}}"#))
            .chain([format!(r#"{{"id":3,"text":"A duplicate within {day}."}}"#)])
            .collect();
        std::fs::write(corpus.join(format!("{day}.jsonl")), records.join("\n")).unwrap();
    }
    let path = corpus.to_str().unwrap();
    let assert = korpus(dir.path()).args(["--corpus", path, "list", "--json"]).assert().success();
    let list: Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let ids: Vec<&str> = list.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["1", "2", "3", "2024-06-19.jsonl#1", "2024-06-19.jsonl#2", "2024-06-19.jsonl#3"]);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(stderr.matches("duplicate id").count(), 2, "a duplicate inside one file is still one: {stderr}");
    let shown = json(dir.path(), &["--corpus", path, "show", "2024-06-19.jsonl#2", "--json"]);
    assert_eq!(shown["text"], "Report 2 of 2024-06-19 from Pyongyang.");
}
