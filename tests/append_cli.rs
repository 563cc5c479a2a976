//! A corpus that grows, through the real binary: a folder that gains a file
//! and a JSON Lines file that gains lines are appended to their index, the
//! user hears so, and every answer is the one a build without any index gives.

use std::fs;
use std::io::Write;
use std::path::Path;

use assert_cmd::Command;

fn korpus(cache: &Path) -> Command {
    let mut cmd = Command::cargo_bin("korpus").unwrap();
    cmd.env("KORPUS_CACHE_DIR", cache);
    cmd
}

/// (stdout, stderr) of a successful korpus run.
fn run(cache: &Path, args: &[&str], corpus: &Path) -> (String, String) {
    let out = korpus(cache).args(args).arg("--corpus").arg(corpus).assert().success();
    let out = out.get_output();
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Every answer korpus gives about `corpus` as JSON, from its index.
fn answers(cache: &Path, corpus: &Path, article: &str) -> Vec<String> {
    let questions: [&[&str]; 6] = [
        &["list", "--json"],
        &["entities", "--index", "--json"],
        &["entities", article, "--json"],
        &["related", article, "--json"],
        &["search", "lavrov", "--json"],
        &["search", "kim", "--json"],
    ];
    questions.iter().map(|args| run(cache, args, corpus).0).collect()
}

/// The same answers from a build that neither reads nor writes an index.
fn answers_without_index(corpus: &Path, article: &str) -> Vec<String> {
    let none = tempfile::tempdir().unwrap();
    let questions: [&[&str]; 6] = [
        &["--no-cache", "list", "--json"],
        &["--no-cache", "entities", "--index", "--json"],
        &["--no-cache", "entities", article, "--json"],
        &["--no-cache", "related", article, "--json"],
        &["--no-cache", "search", "lavrov", "--json"],
        &["--no-cache", "search", "kim", "--json"],
    ];
    questions.iter().map(|args| run(none.path(), args, corpus).0).collect()
}

#[test]
fn a_folder_that_gains_a_file_is_appended_to_its_index() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("2024-06-18.txt"), "Moscow talks\nSergey Lavrov met officials in Moscow.").unwrap();
    fs::write(dir.path().join("2024-06-19.txt"), "Визит в Пхеньян\nСергей Лавров прибыл в Пхеньян.").unwrap();
    let (_, stderr) = run(cache.path(), &["search", "lavrov"], dir.path());
    assert!(stderr.is_empty(), "a first build says nothing: {stderr}");

    fs::write(
        dir.path().join("2024-06-20.txt"),
        "Kim meets Lavrov in Pyongyang\nKim Jong Un received Sergey Lavrov in Pyongyang on Thursday.",
    )
    .unwrap();
    let (found, stderr) = run(cache.path(), &["search", "pyongyang"], dir.path());
    assert!(stderr.contains("grew: 1 article appended to its index of 2 articles"), "{stderr}");
    assert!(found.contains("2024-06-20.txt"), "the new article is found: {found}");
    let (listed, stderr) = run(cache.path(), &["list"], dir.path());
    assert!(stderr.is_empty(), "the appended index is fresh: {stderr}");
    assert!(listed.contains("2024-06-20.txt") && listed.contains("Kim meets Lavrov"), "{listed}");
    assert_eq!(
        answers(cache.path(), dir.path(), "2024-06-20.txt"),
        answers_without_index(dir.path(), "2024-06-20.txt")
    );

    // a file changed in the middle: not an append, the index is built again
    fs::write(dir.path().join("2024-06-18.txt"), "Moscow talks\nSergey Lavrov met Kim Jong Un in Moscow.").unwrap();
    let (_, stderr) = run(cache.path(), &["search", "lavrov"], dir.path());
    assert!(stderr.contains("cannot grow") && stderr.contains("indexing the corpus again"), "{stderr}");
    assert_eq!(
        answers(cache.path(), dir.path(), "2024-06-18.txt"),
        answers_without_index(dir.path(), "2024-06-18.txt")
    );
}

#[test]
fn a_json_lines_file_that_grows_at_its_end_is_appended_to_its_index() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let file = dir.path().join("news.jsonl");
    let line = |id: &str, lang: &str, text: &str| serde_json::json!({"id": id, "lang": lang, "text": text}).to_string();
    fs::write(
        &file,
        [
            line("a", "en", "Lavrov in Moscow. Sergey Lavrov met officials in Moscow."),
            line("b", "ru", "Лавров в Пхеньяне. Сергей Лавров прибыл в Пхеньян."),
        ]
        .join("\n")
            + "\n",
    )
    .unwrap();
    run(cache.path(), &["search", "lavrov"], &file);

    let mut grown = fs::OpenOptions::new().append(true).open(&file).unwrap();
    writeln!(grown, "{}", line("c", "en", "Kim Jong Un met Sergey Lavrov in Pyongyang on Thursday.")).unwrap();
    writeln!(grown, "{}", line("d", "de", "Kim Jong Un empfing Sergej Lawrow in Pjöngjang.")).unwrap();
    drop(grown);
    let (found, stderr) = run(cache.path(), &["search", "kim"], &file);
    assert!(stderr.contains("grew: 2 articles appended to its index of 2 articles"), "{stderr}");
    assert!(found.contains("Pyongyang"), "{found}");
    assert_eq!(answers(cache.path(), &file, "c"), answers_without_index(&file, "c"));
}
