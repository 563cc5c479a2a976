//! `korpus review export|import` on the real binary. Every run gets its own
//! data directory through `KORPUS_DATA_DIR`, so nothing reaches the real home.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::PredicateBooleanExt;
use serde_json::Value;

use korpus::corpus::load_seeds;
use korpus::review::{Relevance, ReviewStore};

fn korpus(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("korpus").unwrap();
    cmd.env("KORPUS_DATA_DIR", data).env("KORPUS_CACHE_DIR", data.join("cache"));
    cmd
}

const NOTE: &str = "Lavrov, \"invincible brotherhood\"\nsecond line | with a pipe";

/// Mark two seed articles in the default review file of the seeds corpus.
fn review_seeds(data: &Path) -> Vec<String> {
    let ids: Vec<String> = load_seeds().articles.iter().map(|a| a.id.clone()).collect();
    let (mut store, _) = ReviewStore::open(&ReviewStore::default_path(data, "seeds")).unwrap();
    store
        .update(&ids[1], |m| {
            m.read = true;
            m.relevance = Some(Relevance::Relevant);
            m.note = NOTE.into();
            m.tags = vec!["dprk".into(), "diplomacy".into()];
        })
        .unwrap();
    store.update(&ids[3], |m| m.starred = true).unwrap();
    ids
}

fn export(data: &Path, format: &str) -> String {
    let out =
        korpus(data).args(["review", "export", "--format", format]).assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn export_json_has_ids_titles_languages_and_marks() {
    let data = tempfile::tempdir().unwrap();
    let ids = review_seeds(data.path());
    let json: Value = serde_json::from_str(&export(data.path(), "json")).unwrap();
    assert_eq!(json["format"], "korpus-review-export");
    let rows = json["articles"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], ids[1].as_str());
    assert_eq!(rows[0]["language"], "ru");
    assert!(rows[0]["title"].as_str().unwrap().starts_with("Россия"), "{}", rows[0]);
    assert_eq!(rows[0]["read"], true);
    assert_eq!(rows[0]["relevance"], "relevant");
    assert_eq!(rows[0]["note"], NOTE);
    assert_eq!(rows[0]["tags"], serde_json::json!(["dprk", "diplomacy"]));
    assert_eq!(rows[1]["id"], ids[3].as_str());
    assert_eq!(rows[1]["language"], "hi");
    assert_eq!(rows[1]["starred"], true);
}

#[test]
fn export_csv_quotes_the_note_and_parses_back() {
    let data = tempfile::tempdir().unwrap();
    let ids = review_seeds(data.path());
    let text = export(data.path(), "csv");
    assert!(
        text.starts_with("id,title,language,read,starred,relevance,note,tags,updated_ms,updated,date,source,url\n"),
        "{text}"
    );
    assert!(text.contains("\"Lavrov, \"\"invincible brotherhood\"\"\nsecond line | with a pipe\""), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[1].starts_with(&format!("{},", ids[1])));
    assert!(text.contains(&format!("\n{},", ids[3])));
}

#[test]
fn export_csv_gives_the_time_of_each_mark_in_utc_beside_its_milliseconds() {
    let data = tempfile::tempdir().unwrap();
    review_seeds(data.path());
    let text = export(data.path(), "csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (ms_column, time_column) = (column("updated_ms"), column("updated"));
    let mut rows = 0;
    for record in reader.records() {
        let record = record.unwrap();
        let ms: u64 = record[ms_column].parse().unwrap();
        let time = &record[time_column];
        // the clock's own reading of the same instant, to the second
        let seconds = ms / 1000;
        // the marks were made moments ago
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        assert!(seconds <= now && now - seconds < 600, "{time} is not about now");
        let (day, clock) = time.split_once('T').unwrap();
        assert_eq!(korpus::dates::day_number(day), Some((seconds / 86_400) as i64), "{time}");
        let hms = (seconds % 86_400) as u32;
        assert_eq!(clock, format!("{:02}:{:02}:{:02}Z", hms / 3600, hms / 60 % 60, hms % 60), "{time}");
        rows += 1;
    }
    assert_eq!(rows, 2, "{text}");
}

#[test]
fn export_markdown_escapes_the_pipe_to_a_file() {
    let data = tempfile::tempdir().unwrap();
    let ids = review_seeds(data.path());
    let out = data.path().join("review.md");
    korpus(data.path())
        .args(["review", "export", "--format", "md", "--output"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# Review of seeds (bundled)\n"), "{text}");
    let row = text.lines().find(|l| l.starts_with(&format!("| {} ", ids[1]))).unwrap();
    assert!(
        row.ends_with("| dprk, diplomacy | Lavrov, \"invincible brotherhood\"<br>second line \\| with a pipe |"),
        "{row}"
    );
    assert!(
        text.lines().any(|l| l.starts_with(&format!("| {} | ", ids[3])) && l.contains("| hi |  |  | no | yes |")),
        "{text}"
    );
}

#[test]
fn import_round_trips_into_another_data_dir_and_a_review_file() {
    let data = tempfile::tempdir().unwrap();
    review_seeds(data.path());
    let exported = data.path().join("export.json");
    korpus(data.path()).args(["review", "export", "--output"]).arg(&exported).assert().success();

    let other = tempfile::tempdir().unwrap();
    korpus(other.path())
        .args(["review", "import"])
        .arg(&exported)
        .assert()
        .success()
        .stderr(predicates::str::contains("imported 2 marks"));
    assert_eq!(export(other.path(), "json"), export(data.path(), "json"));
    // and the same again changes nothing
    korpus(other.path())
        .args(["review", "import"])
        .arg(&exported)
        .assert()
        .success()
        .stderr(predicates::str::contains("imported 0 marks"));

    // --review-file chooses the file
    let file = other.path().join("chosen.json");
    korpus(other.path()).args(["review", "import"]).arg(&exported).arg("--review-file").arg(&file).assert().success();
    let (store, _) = ReviewStore::open(&file).unwrap();
    assert_eq!(store.reviewed_count(), 1);
    assert_eq!(store.marks().count(), 2);
}

#[test]
fn import_of_something_else_is_a_usage_error_and_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let bad = data.path().join("bad.json");
    std::fs::write(&bad, "{\"hello\": 1}").unwrap();
    korpus(data.path())
        .args(["review", "import"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a korpus review export"));
    korpus(data.path()).args(["review", "import", "/no/such/file.json"]).assert().code(2);
    assert!(!data.path().join("review").exists());
}

#[test]
fn a_corrupt_review_file_is_named_on_stderr_and_moved_aside() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("r.json");
    std::fs::write(&file, "\x1b]0;garbage").unwrap();
    korpus(data.path())
        .args(["review", "export", "--review-file"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicates::str::contains("moved aside"));
    assert!(!file.exists());
}

#[test]
fn export_to_a_file_refuses_an_existing_one_unless_forced() {
    let data = tempfile::tempdir().unwrap();
    review_seeds(data.path());
    let out = data.path().join("review.csv");
    std::fs::write(&out, "keep me").unwrap();
    korpus(data.path())
        .args(["review", "export", "--format", "csv", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("already exists; use --force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    // a symlink is refused too, and with --force replaced, never written through
    let target = data.path().join("elsewhere.txt");
    std::fs::write(&target, "other file").unwrap();
    let link = data.path().join("link.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    korpus(data.path()).args(["review", "export", "-o"]).arg(&link).assert().code(2);
    korpus(data.path()).args(["review", "export", "--force", "-o"]).arg(&link).assert().success();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "other file");
    assert!(std::fs::read_to_string(&link).unwrap().contains("korpus-review-export"));
    korpus(data.path()).args(["review", "export", "--format", "csv", "--force", "-o"]).arg(&out).assert().success();
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("id,title,"));
}

#[test]
fn an_export_that_cannot_be_written_leaves_no_file() {
    let data = tempfile::tempdir().unwrap();
    review_seeds(data.path());
    // a directory that is a file: the write fails after the export is made
    let out = data.path().join("not-a-dir").join("review.json");
    std::fs::write(data.path().join("not-a-dir"), "").unwrap();
    korpus(data.path())
        .args(["review", "export", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("cannot write the export to \""));
    assert!(!out.exists());
}

#[test]
fn import_failures_say_which_and_exit_with_the_right_code() {
    let data = tempfile::tempdir().unwrap();
    review_seeds(data.path());
    let exported = data.path().join("export.json");
    korpus(data.path()).args(["review", "export", "--output"]).arg(&exported).assert().success();
    // a store that cannot be saved (its directory is a file) is a failure, exit 1, not "not there"
    std::fs::write(data.path().join("blocker"), "").unwrap();
    korpus(data.path())
        .args(["review", "import"])
        .arg(&exported)
        .arg("--review-file")
        .arg(data.path().join("blocker").join("review.json"))
        .assert()
        .code(1);
    // an endless input is cut off, quickly, as no export
    korpus(data.path())
        .args(["review", "import", "/dev/zero"])
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("larger than 256 MiB"));
    // a file name with escapes is quoted, inert
    let evil = data.path().join("evil\x1b]2;PWNED\x07.json");
    korpus(data.path())
        .args(["review", "import"])
        .arg(&evil)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("evil\\u{1b}]2;PWNED\\u{7}.json\""));
}

/// A corpus folder of two articles whose ids (`a.txt`, `b.txt`) no export of the seeds has.
fn two_article_folder(parent: &Path) -> std::path::PathBuf {
    let folder = parent.join("news");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("a.txt"), "Talks in Pyongyang\n\nThe talks went on for a day.").unwrap();
    std::fs::write(folder.join("b.txt"), "Harvest in Kyiv\n\nThe harvest came early this year.").unwrap();
    folder
}

#[test]
fn import_into_another_corpus_is_refused_unless_forced() {
    let data = tempfile::tempdir().unwrap();
    review_seeds(data.path());
    let exported = data.path().join("export.json");
    korpus(data.path()).args(["review", "export", "--output"]).arg(&exported).assert().success();
    let folder = two_article_folder(data.path());

    korpus(data.path())
        .args(["review", "import", "--corpus"])
        .arg(&folder)
        .arg(&exported)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("exported from the corpus \"seeds (bundled)\""))
        .stderr(predicates::str::contains("nothing imported (--force"));
    let folder_review = ReviewStore::default_path(data.path(), &ReviewStore::corpus_key(Some(&folder)));
    assert!(!folder_review.exists(), "a refused import writes nothing");

    korpus(data.path())
        .args(["review", "import", "--force", "--corpus"])
        .arg(&folder)
        .arg(&exported)
        .assert()
        .success()
        .stderr(predicates::str::contains("2 of 2 ids match no article"))
        .stderr(predicates::str::contains("imported 2 marks"));
    let (store, _) = ReviewStore::open(&folder_review).unwrap();
    assert_eq!(store.marks().count(), 2);
}

#[test]
fn import_into_the_same_folder_named_another_way_is_not_refused() {
    let data = tempfile::tempdir().unwrap();
    let folder = two_article_folder(data.path());
    let exported = data.path().join("export.json");
    let review = data.path().join("review.json");
    let (mut store, _) = ReviewStore::open(&review).unwrap();
    store.update("b.txt", |m| m.starred = true).unwrap();
    korpus(data.path())
        .args(["review", "export", "--review-file"])
        .arg(&review)
        .arg("--corpus")
        .arg(&folder)
        .arg("--output")
        .arg(&exported)
        .assert()
        .success();
    // exported under its absolute path, imported under a relative one
    korpus(data.path())
        .current_dir(data.path())
        .args(["review", "import", "--corpus", "news"])
        .arg(&exported)
        .assert()
        .success()
        .stderr(predicates::str::contains("imported 1 marks"))
        .stderr(predicates::str::contains("match no article").not());
}

#[test]
fn an_export_without_a_corpus_name_is_judged_by_its_ids() {
    let data = tempfile::tempdir().unwrap();
    let folder = two_article_folder(data.path());
    let import = |ids: &[&str]| {
        let rows: Vec<Value> =
            ids.iter().map(|id| serde_json::json!({"id": id, "read": true, "updated_ms": 1})).collect();
        let file = data.path().join("hand-made.json");
        let json = serde_json::json!({"format": "korpus-review-export", "version": 1, "articles": rows});
        std::fs::write(&file, json.to_string()).unwrap();
        korpus(data.path()).args(["review", "import", "--corpus"]).arg(&folder).arg(&file).assert()
    };
    import(&["x.txt", "y.txt"])
        .code(2)
        .stderr(predicates::str::contains("none of the 2 article ids"))
        .stderr(predicates::str::contains("nothing imported"));
    import(&["a.txt", "y.txt"])
        .success()
        .stderr(predicates::str::contains("1 of 2 ids match no article of"))
        .stderr(predicates::str::contains("\"y.txt\""))
        .stderr(predicates::str::contains("imported 2 marks"));
}
