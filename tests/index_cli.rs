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
