use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use super::*;
use crate::corpus::{Article, Corpus};

fn store_at(dir: &Path) -> ReviewStore {
    let (store, warnings) = ReviewStore::open(&dir.join("review.json")).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    store
}

fn corpus(ids: &[(&str, &str)]) -> Corpus {
    Corpus {
        name: "test corpus".into(),
        articles: ids.iter().map(|(id, text)| Article::new((*id).into(), text, None, Some("en"))).collect(),
        warnings: Vec::new(),
    }
}

#[test]
fn default_path_is_stable_and_per_corpus() {
    let a = ReviewStore::default_path(Path::new("/data/korpus"), "/srv/news");
    assert_eq!(a, ReviewStore::default_path(Path::new("/data/korpus"), "/srv/news"));
    assert_ne!(a, ReviewStore::default_path(Path::new("/data/korpus"), "seeds"));
    assert!(a.starts_with("/data/korpus/review"));
    assert_eq!(a.extension().unwrap(), "json");
}

#[test]
fn marks_survive_save_and_reload() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_at(dir.path());
    store
        .update("001_ru.txt", |m| {
            m.read = true;
            m.starred = true;
            m.relevance = Some(Relevance::NotRelevant);
            m.note = "line one\nline two, with \"quotes\"".into();
            m.tags = vec!["dprk".into(), "lavrov".into()];
        })
        .unwrap();
    store.update("002_en.txt", |m| m.relevance = Some(Relevance::Relevant)).unwrap();
    let reopened = store_at(dir.path());
    assert_eq!(reopened.get("001_ru.txt"), store.get("001_ru.txt"));
    assert_eq!(reopened.get("002_en.txt").unwrap().relevance, Some(Relevance::Relevant));
    assert_eq!(reopened.reviewed_count(), 2);
    assert!(reopened.get("003").is_none());
    let text = fs::read_to_string(dir.path().join("review.json")).unwrap();
    assert!(text.contains("\"version\": 1") && text.contains("\"not_relevant\""), "{text}");
}

#[test]
fn reviewed_count_counts_read_or_flagged_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_at(dir.path());
    store.update("a", |m| m.starred = true).unwrap();
    store.update("b", |m| m.note = "just a note".into()).unwrap();
    assert_eq!(store.reviewed_count(), 0);
    store.update("a", |m| m.read = true).unwrap();
    store.update("c", |m| m.relevance = Some(Relevance::Relevant)).unwrap();
    assert_eq!(store.reviewed_count(), 2);
}

#[test]
fn escapes_in_notes_and_tags_never_reach_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_at(dir.path());
    store
        .update("a", |m| {
            m.note = "x\x1b]52;c;ZXZpbA==\x07y\u{202e}z\nsecond".into();
            m.tags = vec!["  \x1b[2J ".into(), "ok\ntag".into()];
        })
        .unwrap();
    let mark = store.get("a").unwrap();
    assert!(!mark.note.chars().any(crate::corpus::is_terminal_hazard), "{:?}", mark.note);
    assert!(mark.note.ends_with("\nsecond"));
    assert_eq!(mark.tags, vec!["[2J".to_owned(), "ok tag".to_owned()]);
}

#[test]
fn a_corrupt_file_is_moved_aside_and_reported_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    fs::write(&path, b"{\"format\": \"korpus-review\", \"version\": 1, \"marks\": {\"a\": {\"read\": tr").unwrap();
    let (mut store, warnings) = ReviewStore::open(&path).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("not valid JSON") && warnings[0].contains(".corrupt-"), "{warnings:?}");
    assert!(!path.exists());
    let aside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("review.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert!(fs::read(aside[0].path()).unwrap().ends_with(b"tr"), "the bad file is kept byte for byte");
    store.update("b", |m| m.read = true).unwrap();
    assert!(store_at(dir.path()).get("b").unwrap().read);
}

#[test]
fn a_foreign_json_file_is_moved_aside_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    fs::write(&path, b"{\"name\": \"some other program\"}").unwrap();
    let (_, warnings) = ReviewStore::open(&path).unwrap();
    assert!(warnings[0].contains("not a korpus review file"), "{warnings:?}");
    assert!(!path.exists());
}

#[test]
fn a_corrupt_file_met_at_save_time_is_moved_aside_and_our_marks_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    let mut store = store_at(dir.path());
    store.update("a", |m| m.read = true).unwrap();
    fs::write(&path, b"garbage").unwrap();
    store.update("b", |m| m.starred = true).unwrap();
    let warnings = store.take_warnings();
    assert!(warnings.len() == 1 && warnings[0].contains("moved aside"), "{warnings:?}");
    let reopened = store_at(dir.path());
    assert!(reopened.get("a").unwrap().read && reopened.get("b").unwrap().starred);
}

#[test]
fn a_newer_schema_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    let newer = b"{\"format\": \"korpus-review\", \"version\": 99, \"marks\": {}}";
    fs::write(&path, newer).unwrap();
    let err = ReviewStore::open(&path).unwrap_err();
    assert!(matches!(err, ReviewError::NewerVersion { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("newer korpus"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), newer);
}

#[test]
fn two_stores_on_one_file_interleave_without_losing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = store_at(dir.path());
    let mut b = store_at(dir.path());
    a.update("x", |m| m.starred = true).unwrap();
    b.update("y", |m| m.read = true).unwrap();
    // a has never seen y: its change lands on top of b's mark
    a.update("y", |m| m.note = "from a".into()).unwrap();
    b.update("x", |m| m.tags.push("from-b".into())).unwrap();
    a.update("z", |m| m.relevance = Some(Relevance::Relevant)).unwrap();
    let reopened = store_at(dir.path());
    let x = reopened.get("x").unwrap();
    assert!(x.starred && x.tags == ["from-b"], "{x:?}");
    let y = reopened.get("y").unwrap();
    assert!(y.read && y.note == "from a", "{y:?}");
    assert_eq!(reopened.get("z").unwrap().relevance, Some(Relevance::Relevant));
}

#[test]
fn two_stores_on_two_threads_lose_no_update() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    let threads: Vec<_> = (0..2)
        .map(|t| {
            let path = path.clone();
            std::thread::spawn(move || {
                let (mut store, _) = ReviewStore::open(&path).unwrap();
                for i in 0..60 {
                    store.update(&format!("t{t}-{i}"), |m| m.read = true).unwrap();
                    // both threads also add a tag to one shared article
                    store.update("shared", |m| m.tags.push(format!("t{t}-{i}"))).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let reopened = store_at(dir.path());
    for t in 0..2 {
        for i in 0..60 {
            assert!(reopened.get(&format!("t{t}-{i}")).is_some_and(|m| m.read), "t{t}-{i} lost");
        }
    }
    assert_eq!(reopened.get("shared").unwrap().tags.len(), 120);
}

#[test]
fn an_older_mark_never_overwrites_a_newer_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = store_at(dir.path());
    let mut b = store_at(dir.path());
    a.update("x", |m| m.read = true).unwrap();
    b.update("x", |m| m.read = false).unwrap();
    // a saves something else: its stale in-memory "x read" must not come back
    a.update("y", |m| m.starred = true).unwrap();
    assert!(!store_at(dir.path()).get("x").unwrap().read);
    assert!(!a.get("x").unwrap().read, "a took b's newer mark");
}

const CSV_NOTE: &str = "a note, with \"quotes\"\nand a second line";

fn reviewed_store(dir: &Path) -> ReviewStore {
    let mut store = store_at(dir);
    store
        .update("b.txt", |m| {
            m.read = true;
            m.note = CSV_NOTE.into();
            m.tags = vec!["x".into(), "y".into()];
        })
        .unwrap();
    store
        .update("a.txt", |m| {
            m.starred = true;
            m.relevance = Some(Relevance::Relevant);
            m.note = "pipe | and back\\slash <b>".into();
        })
        .unwrap();
    store.update("gone.txt", |m| m.read = true).unwrap();
    store.update("blank.txt", |m| m.read = false).unwrap();
    store
}

#[test]
fn csv_export_quotes_commas_quotes_and_newlines_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let store = reviewed_store(dir.path());
    let corpus = corpus(&[("a.txt", "Alpha headline\n\nBody text here."), ("b.txt", "Beta, with comma\n\nBody.")]);
    let mut out = Vec::new();
    store
        .export(
            &crate::store::MemoryStore::articles_only(std::sync::Arc::new(corpus.clone())),
            ExportFormat::Csv,
            &mut out,
        )
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let b_ms = store.get("b.txt").unwrap().updated_ms;
    let b_time = crate::dates::rfc3339_utc(b_ms);
    let expected_b = format!(
        "b.txt,\"Beta, with comma\",en,true,false,,\"a note, with \"\"quotes\"\"\nand a second line\",x; y,{b_ms},{b_time},,,\n"
    );
    assert!(
        text.starts_with(
            "id,title,language,read,starred,relevance,note,tags,updated_ms,updated,date,source,url\na.txt,Alpha headline,"
        ),
        "{text}"
    );
    assert!(text.contains(&expected_b), "{text}");
    assert!(text.contains("\ngone.txt,,,true,"), "marks of articles not in the corpus are kept: {text}");
    assert_eq!((store.reviewed_count(), store.reviewed_in(&corpus)), (3, 2), "gone.txt counts only outside the corpus");
    assert!(!text.contains("blank.txt"), "blank marks are left out: {text}");
    // and a CSV reader gets the note back byte for byte
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let notes: Vec<String> = reader.records().map(|r| r.unwrap()[6].to_owned()).collect();
    assert!(notes.contains(&CSV_NOTE.to_owned()));
}

#[test]
fn markdown_export_escapes_pipes_backslashes_and_html() {
    assert_eq!(export::markdown_cell("a|b\\c<d>&\ne"), "a\\|b\\\\c&lt;d&gt;&amp;<br>e");
    let dir = tempfile::tempdir().unwrap();
    let store = reviewed_store(dir.path());
    let corpus = corpus(&[("a.txt", "Alpha headline\n\nBody."), ("b.txt", "Beta\n\nBody.")]);
    let mut out = Vec::new();
    store
        .export(
            &crate::store::MemoryStore::articles_only(std::sync::Arc::new(corpus.clone())),
            ExportFormat::Markdown,
            &mut out,
        )
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let row = text.lines().find(|l| l.starts_with("| a.txt")).unwrap();
    assert_eq!(
        row,
        "| a.txt | Alpha headline | en |  |  | no | yes | relevant |  | pipe \\| and back\\\\slash &lt;b&gt; |"
    );
    // every row has the header's cell count: no unescaped pipe split a cell
    for line in text.lines().filter(|l| l.starts_with('|')) {
        assert_eq!(line.replace("\\|", "").matches('|').count(), 11, "{line}");
    }
    assert!(text.contains("a note, with \"quotes\"<br>and a second line"));
}

#[test]
fn json_export_imports_back_into_an_empty_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = reviewed_store(dir.path());
    let corpus = corpus(&[("a.txt", "Alpha\n\nBody."), ("b.txt", "Beta\n\nBody.")]);
    let mut out = Vec::new();
    store
        .export(
            &crate::store::MemoryStore::articles_only(std::sync::Arc::new(corpus.clone())),
            ExportFormat::Json,
            &mut out,
        )
        .unwrap();
    let other = tempfile::tempdir().unwrap();
    let mut fresh = store_at(other.path());
    assert_eq!(fresh.import_json(&mut out.as_slice()).unwrap(), 4);
    for id in ["a.txt", "b.txt", "gone.txt", "blank.txt"] {
        assert_eq!(fresh.get(id), store.get(id), "{id}");
    }
    assert_eq!(store_at(other.path()).get("b.txt").unwrap().note, CSV_NOTE);
    // importing the same again changes nothing; an older export never wins
    assert_eq!(fresh.import_json(&mut out.as_slice()).unwrap(), 0);
    fresh.update("a.txt", |m| m.starred = false).unwrap();
    assert_eq!(fresh.import_json(&mut out.as_slice()).unwrap(), 0);
    assert!(!fresh.get("a.txt").unwrap().starred);
}

#[test]
fn import_refuses_what_is_not_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_at(dir.path());
    for bad in [
        &b"not json"[..],
        b"{\"format\": \"other\"}",
        b"{\"format\": \"korpus-review-export\", \"version\": 7, \"articles\": []}",
    ] {
        assert!(matches!(store.import_json(&mut &bad[..]), Err(ReviewError::BadImport(_))));
    }
    assert!(!dir.path().join("review.json").exists(), "a refused import writes nothing");
}

#[test]
fn arbitrary_bytes_as_a_review_file_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    for bytes in [
        &b""[..],
        b"\xff\xfe",
        b"null",
        b"[]",
        b"{\"format\":\"korpus-review\",\"version\":-1}",
        b"{\"format\":\"korpus-review\",\"version\":1,\"marks\":[1]}",
    ] {
        fs::write(&path, bytes).unwrap();
        let (_, warnings) = ReviewStore::open(&path).unwrap();
        assert_eq!(warnings.len(), 1, "{:?}", String::from_utf8_lossy(bytes));
    }
}

/// The child side of the crash test: save in a tight loop until killed,
/// printing each update once it is saved.
#[test]
fn crash_child_saves_in_a_loop() {
    let Some(path) = std::env::var_os("KORPUS_REVIEW_CRASH_CHILD") else { return };
    let (mut store, warnings) = ReviewStore::open(Path::new(&path)).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut n = store.marks().count();
    loop {
        store.update(&format!("a{n:06}"), |m| m.note = n.to_string()).unwrap();
        println!("saved {n}");
        n += 1;
    }
}

/// kill -9 at random moments while saving: the file always parses, holds
/// exactly a prefix of the updates, and at most the one in flight is lost.
#[test]
fn kill_9_mid_save_never_corrupts_and_loses_at_most_the_update_in_flight() {
    const KILLS: usize = 60;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    let exe = std::env::current_exe().unwrap();
    // a small xorshift: random kill moments without a dependency
    let mut seed = std::time::SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    let mut total = 0;
    let mut mid_save = 0;
    for kill in 0..KILLS {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = Command::new(&exe)
            .args(["--exact", "review::tests::crash_child_saves_in_a_loop", "--test-threads=1", "--nocapture"])
            .env("KORPUS_REVIEW_CRASH_CHILD", &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(3_000 + seed % 80_000));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let mut out = String::new();
        child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        // a temp file left behind means this kill landed mid-save
        if fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with(".review.json.tmp-"))
        {
            mid_save += 1;
        }
        let confirmed =
            out.lines().filter_map(|l| l.strip_prefix("saved ")).filter_map(|n| n.parse::<usize>().ok()).max();

        let (store, warnings) = ReviewStore::open(&path).unwrap_or_else(|e| panic!("kill {kill}: {e}"));
        assert!(warnings.is_empty(), "kill {kill}: file corrupt: {warnings:?}");
        let ids: Vec<&str> = store.marks().map(|(id, _)| id).collect();
        for (i, (id, mark)) in store.marks().enumerate() {
            assert_eq!(id, format!("a{i:06}"), "kill {kill}: not a prefix: {ids:?}");
            assert_eq!(mark.note, i.to_string());
        }
        if let Some(c) = confirmed {
            // every confirmed save is there; at most one more (saved, not yet printed)
            assert!(ids.len() == c + 1 || ids.len() == c + 2, "kill {kill}: confirmed {c}, file has {}", ids.len());
        }
        assert!(ids.len() >= total, "kill {kill}: updates went missing");
        total = ids.len();
    }
    eprintln!(
        "kill -9 test: {KILLS} kills ({mid_save} left a half-written temp file), {total} updates saved, file intact after each"
    );
}

#[cfg(unix)]
#[test]
fn a_review_file_that_is_a_symlink_stays_a_link_and_is_locked_by_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("real.json");
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    let (mut through_link, _) = ReviewStore::open(&link).unwrap();
    through_link.update("a", |m| m.read = true).unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert!(store_at_path(&target).get("a").unwrap().read, "the target was not written");
    // one lock for both names: the target's
    assert!(dir.path().join("real.json.lock").exists() && !dir.path().join("link.json.lock").exists());
    let (mut through_target, _) = ReviewStore::open(&target).unwrap();
    through_target.update("b", |m| m.starred = true).unwrap();
    through_link.update("c", |m| m.read = true).unwrap();
    let after = store_at_path(&link);
    assert!(after.get("a").is_some() && after.get("b").is_some() && after.get("c").is_some());
}

fn store_at_path(path: &Path) -> ReviewStore {
    ReviewStore::open(path).unwrap().0
}

#[test]
fn the_saver_has_everything_on_disk_when_finished_and_batches_what_queues_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    let (store, _) = ReviewStore::open(&path).unwrap();
    let reports = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let saver = {
        let reports = std::sync::Arc::clone(&reports);
        ReviewSaver::spawn(store, move |r| reports.lock().unwrap().push(r))
    };
    for n in 0..200 {
        saver.save(format!("a{n}"), ReviewMark { read: true, note: format!("note {n}"), ..Default::default() });
    }
    saver.finish();
    let saved = store_at(dir.path());
    assert_eq!(saved.marks().count(), 200);
    assert_eq!(saved.get("a199").unwrap().note, "note 199");
    let reports = reports.lock().unwrap();
    assert!(reports.len() < 200, "changes queued during a save are saved together ({} saves)", reports.len());
    // only the last report, when nothing is queued any more, carries the marks
    assert_eq!(reports.last().unwrap().marks.as_ref().map(Vec::len), Some(200));
    assert!(reports.iter().all(|r| r.message.is_none()), "{reports:?}");
}

#[test]
fn the_saver_exports_after_the_changes_before_it_and_never_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = ReviewStore::open(&dir.path().join("review.json")).unwrap();
    let messages = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let saver = {
        let messages = std::sync::Arc::clone(&messages);
        ReviewSaver::spawn(store, move |r| messages.lock().unwrap().extend(r.message))
    };
    let corpus: std::sync::Arc<dyn crate::store::Store> = std::sync::Arc::new(
        crate::store::MemoryStore::articles_only(std::sync::Arc::new(corpus(&[("a", "Lavrov in Pyongyang")]))),
    );
    let taken = dir.path().join("taken.json");
    fs::write(&taken, "mine").unwrap();
    saver.save("a".into(), ReviewMark { starred: true, ..Default::default() });
    saver.export(std::sync::Arc::clone(&corpus), ExportFormat::Json, dir.path().join("out.json"));
    saver.export(corpus, ExportFormat::Json, taken.clone());
    saver.finish();
    let out = fs::read_to_string(dir.path().join("out.json")).unwrap();
    assert!(out.contains("\"starred\": true"), "{out}");
    assert_eq!(fs::read_to_string(&taken).unwrap(), "mine");
    let messages = messages.lock().unwrap().join("\n");
    assert!(messages.contains("review written to") && messages.contains("could not write"), "{messages}");
}

fn is_inert(text: &str) -> bool {
    !text.chars().any(crate::corpus::is_terminal_hazard)
}

#[test]
fn escapes_in_a_relevance_never_reach_the_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    let file = r#"{"format":"korpus-review","version":1,"marks":{"a":{"relevance":"\u001b]2;PWNED\u0007\u202e"}}}"#;
    fs::write(&path, file).unwrap();
    let (_, warnings) = ReviewStore::open(&path).unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(is_inert(&warnings[0]) && warnings[0].contains("]2;PWNED"), "{:?}", warnings[0]);
}

#[test]
fn import_errors_and_imported_ids_are_inert() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_at(dir.path());
    let bad = r#"{"format":"korpus-review-export","version":1,"articles":[{"id":"a","relevance":"\u001b]2;X\u0007"}]}"#;
    let error = store.import_json(&mut bad.as_bytes()).unwrap_err().to_string();
    assert!(is_inert(&error) && error.contains("unknown variant"), "{error:?}");
    let good = r#"{"format":"korpus-review-export","version":1,"articles":[
        {"id":"evil\u001b]0;PWNED\u0007\u202e","read":true,"updated_ms":1},
        {"id":"evil\u0001]0;PWNED\u0007\u202e","starred":true,"updated_ms":2}]}"#;
    assert_eq!(store.import_json(&mut good.as_bytes()).unwrap(), 1, "two ids alike once inert are one mark");
    let ids: Vec<&str> = store.marks().map(|(id, _)| id).collect();
    assert_eq!(ids, ["evil ]0;PWNED \u{fffd}"]);
    assert!(store.get(ids[0]).unwrap().starred, "the newer of the two");
    let mut out = Vec::new();
    let articles = crate::store::MemoryStore::articles_only(std::sync::Arc::new(corpus(&[])));
    for format in [ExportFormat::Json, ExportFormat::Csv, ExportFormat::CsvRaw, ExportFormat::Markdown] {
        store.export(&articles, format, &mut out).unwrap();
    }
    assert!(is_inert(&String::from_utf8(out).unwrap()));
}

#[test]
fn an_import_is_read_only_up_to_a_limit() {
    let mut endless = std::io::repeat(b' ');
    let error = ReviewImport::read_limited(&mut endless, 1 << 20).err().unwrap();
    assert!(matches!(&error, ReviewError::BadImport(m) if m.contains("larger than 1 MiB")), "{error}");
}

#[test]
fn a_time_stamp_from_the_future_never_beats_a_later_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_at(dir.path());
    let import = format!(
        r#"{{"format":"korpus-review-export","version":1,"articles":[{{"id":"a","read":true,"updated_ms":{}}}]}}"#,
        u64::MAX
    );
    assert_eq!(store.import_json(&mut import.as_bytes()).unwrap(), 1);
    assert!(store.get("a").unwrap().updated_ms <= now_ms() + FUTURE_ALLOWANCE_MS);
    store.update("a", |m| m.read = false).unwrap();
    assert!(!store_at(dir.path()).get("a").unwrap().read, "the later change is kept");
    // the same from a store file written with such a stamp: no wrap, no stale win
    let path = dir.path().join("review.json");
    let file = format!(
        r#"{{"format":"korpus-review","version":1,"marks":{{"b":{{"read":true,"updated_ms":{}}}}}}}"#,
        u64::MAX
    );
    fs::write(&path, file).unwrap();
    let mut store = store_at(dir.path());
    store.update("b", |m| m.read = false).unwrap();
    let mark = store_at(dir.path()).get("b").cloned().unwrap();
    assert!(!mark.read && mark.updated_ms <= now_ms() + FUTURE_ALLOWANCE_MS + 1, "{mark:?}");
}

#[test]
fn csv_cells_that_would_be_formulas_are_text_unless_raw() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_at(dir.path());
    store.update("=1+1", |m| m.note = "@SUM(A1)\n-2".into()).unwrap();
    store.update("+x", |m| m.tags = vec!["-tag".into()]).unwrap();
    let corpus = corpus(&[("=1+1", "=HYPERLINK(\"http://evil\",\"click\")\n\nBody.")]);
    let articles = crate::store::MemoryStore::articles_only(std::sync::Arc::new(corpus));
    let cells = |format| {
        let mut out = Vec::new();
        store.export(&articles, format, &mut out).unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        reader.records().flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>()).collect::<Vec<_>>()
    };
    let safe = cells(ExportFormat::Csv);
    assert!(safe.contains(&"'=1+1".to_owned()) && safe.contains(&"'@SUM(A1)\n-2".to_owned()), "{safe:?}");
    assert!(safe.contains(&"'=HYPERLINK(\"http://evil\",\"click\")".to_owned()), "{safe:?}");
    assert!(safe.contains(&"'+x".to_owned()) && safe.contains(&"'-tag".to_owned()), "{safe:?}");
    assert!(!safe.iter().any(|c| c.starts_with(['=', '+', '-', '@'])), "{safe:?}");
    let raw = cells(ExportFormat::CsvRaw);
    assert!(raw.contains(&"=1+1".to_owned()) && raw.contains(&"@SUM(A1)\n-2".to_owned()), "{raw:?}");
}

#[test]
fn markdown_images_and_links_from_the_corpus_are_inert() {
    assert_eq!(export::markdown_cell("![x](http://t/p.png)"), "!\\[x\\](http://t/p.png)");
    assert_eq!(export::markdown_cell("[go](javascript:alert(1))"), "\\[go\\](javascript:alert(1))");
    assert_eq!(export::markdown_cell("<javascript:alert(1)>"), "&lt;javascript:alert(1)&gt;");
}
