//! The index through the real binary: what a user hears when an index is
//! rebuilt, and what a second korpus does while another builds.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn korpus(cache: &Path) -> Command {
    let mut cmd = Command::cargo_bin("korpus").unwrap();
    cmd.env("KORPUS_CACHE_DIR", cache);
    cmd
}

fn corpus_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Moscow talks\nSergey Lavrov met officials in Moscow.").unwrap();
    fs::write(dir.path().join("b.txt"), "Визит в Пхеньян\nСергей Лавров прибыл в Пхеньян.").unwrap();
    dir
}

/// `korpus search` on the corpus: (stdout, stderr).
fn search(cache: &Path, corpus: &Path, query: &str) -> (String, String) {
    let out = korpus(cache).args(["search", query, "--json", "--corpus"]).arg(corpus).assert().success();
    let out = out.get_output();
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn index_file(cache: &Path) -> PathBuf {
    let found: Vec<PathBuf> = fs::read_dir(cache)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "kix"))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

#[test]
fn a_stale_or_damaged_index_is_rebuilt_with_a_note_on_stderr_and_a_fresh_one_silently() {
    let dir = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let (first, stderr) = search(cache.path(), dir.path(), "lavrov");
    assert!(stderr.is_empty(), "a first build says nothing: {stderr}");
    let (again, stderr) = search(cache.path(), dir.path(), "lavrov");
    assert_eq!((again.as_str(), stderr.as_str()), (first.as_str(), ""), "a fresh index is used quietly");

    fs::write(dir.path().join("a.txt"), "Moscow talks\nSergey Lavrov met officials in Moscow again.").unwrap();
    let (_, stderr) = search(cache.path(), dir.path(), "lavrov");
    assert!(stderr.contains("out of date") && stderr.contains("a.txt changed"), "{stderr}");

    // damage past the header and table: the next opening notices when it checks the table
    let index = index_file(cache.path());
    let mut bytes = fs::read(&index).unwrap();
    let end = bytes.len() - 20;
    bytes[end] ^= 0x40;
    fs::write(&index, &bytes).unwrap();
    let (after, stderr) = search(cache.path(), dir.path(), "lavrov");
    assert!(stderr.contains("unusable"), "{stderr}");
    let (fresh, stderr) = search(cache.path(), dir.path(), "lavrov");
    assert_eq!((after.as_str(), stderr.as_str()), (fresh.as_str(), ""));
}

/// A JSON Lines corpus of `n` one-line articles in several languages, big
/// enough that writing its index takes a moment.
fn many_articles(dir: &Path, n: usize) -> PathBuf {
    let lines = [
        "Sergey Lavrov met officials in Pyongyang on {i} June.",
        "Сергей Лавров прибыл в Пхеньян, встреча {i}.",
        "Merkez Bankası'ndan {i}. açıklama: Erdoğan Ankara'da.",
        "सर्गेई लावरोव {i} प्योंगयांग पहुंचे।",
    ];
    let text: String = (0..n)
        .map(|i| {
            let line = lines[i % lines.len()].replace("{i}", &i.to_string());
            format!("{{\"id\":\"n{i}\",\"text\":{}}}\n", serde_json::Value::String(line))
        })
        .collect();
    let path = dir.join("many.jsonl");
    fs::write(&path, text).unwrap();
    path
}

/// The index's temporary files (not those of the parsed gazetteer korpus keeps beside it).
fn temp_files(cache: &Path) -> Vec<String> {
    fs::read_dir(cache)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".tmp") && n.contains(".kix."))
                .collect()
        })
        .unwrap_or_default()
}

fn search_no_cache(corpus: &Path, query: &str) -> String {
    let out = Command::cargo_bin("korpus")
        .unwrap()
        .args(["search", query, "--json", "--no-cache", "--corpus"])
        .arg(corpus)
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

#[test]
fn a_build_killed_while_writing_leaves_no_index_and_the_next_opening_answers_right() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = many_articles(dir.path(), 12_000);
    let expected = search_no_cache(&corpus, "lavrov");
    let cache = tempfile::tempdir().unwrap();
    let mut killed_mid_write = false;
    // the window is the write alone: try again if the build ends before it is seen
    for _ in 0..3 {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("korpus"))
            .env("KORPUS_CACHE_DIR", cache.path())
            .args(["search", "lavrov", "--json", "--corpus"])
            .arg(&corpus)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        while child.try_wait().unwrap().is_none() {
            if !temp_files(cache.path()).is_empty() {
                child.kill().unwrap(); // SIGKILL
                killed_mid_write = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_micros(200));
        }
        child.wait().unwrap();
        if killed_mid_write {
            break;
        }
        for entry in fs::read_dir(cache.path()).unwrap().flatten() {
            fs::remove_file(entry.path()).unwrap();
        }
    }
    assert!(killed_mid_write, "the build was never caught writing");
    assert!(!temp_files(cache.path()).is_empty(), "killed: its temporary file is still there");
    let index_written =
        fs::read_dir(cache.path()).unwrap().flatten().any(|e| e.path().extension().is_some_and(|x| x == "kix"));
    assert!(!index_written, "no index under the final name before the write ended");
    let (after, _) = search(cache.path(), &corpus, "lavrov");
    assert_eq!(after, expected);
    assert_eq!(temp_files(cache.path()), Vec::<String>::new(), "the next build cleaned up");
    let (from_index, stderr) = search(cache.path(), &corpus, "lavrov");
    assert_eq!((from_index.as_str(), stderr.as_str()), (expected.as_str(), ""));
}

#[test]
fn two_processes_opening_an_unindexed_corpus_at_once_both_answer_and_one_builds() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = many_articles(dir.path(), 3_000);
    let expected = search_no_cache(&corpus, "lavrov");
    let cache = tempfile::tempdir().unwrap();
    let log = tempfile::tempdir().unwrap();
    let spawn = || {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("korpus"))
            .env("KORPUS_CACHE_DIR", cache.path())
            .env("KORPUS_DATA_DIR", log.path())
            .env("KORPUS_LOG", "info")
            .args(["search", "lavrov", "--json", "--corpus"])
            .arg(&corpus)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (spawn(), spawn());
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
    }
    let logged = fs::read_to_string(log.path().join("korpus.log")).unwrap_or_default();
    assert_eq!(logged.matches("index written").count(), 1, "one process builds:\n{logged}");
    assert_eq!(temp_files(cache.path()), Vec::<String>::new());
}
