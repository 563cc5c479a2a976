//! The command line on the real binary: every subcommand, its JSON contract,
//! and each kind of bad input.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// This run's analysis cache: under cargo's scratch folder for integration tests (target/tmp), so
/// test runs leave nothing behind in the system's temporary folder.
fn test_cache_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("korpus-cli-test-cache-{}", std::process::id()))
}

/// The binary, with its analysis cache in a directory of this test run's own.
fn korpus() -> Command {
    let mut cmd = Command::cargo_bin("korpus").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd.env("KORPUS_CACHE_DIR", test_cache_dir());
    cmd
}

fn json_of(args: &[&str]) -> Value {
    let out = korpus().args(args).arg("--json").assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("valid JSON")
}

fn seeds_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").leak()
}

#[test]
fn list_json_tags_the_five_seeds_tr_ru_en_hi_sr() {
    let list = json_of(&["list"]);
    let rows = list.as_array().unwrap();
    let langs: Vec<&str> = rows.iter().map(|r| r["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, vec!["tr", "ru", "en", "hi", "sr"]);
    let scripts: Vec<&str> = rows.iter().map(|r| r["script"].as_str().unwrap()).collect();
    assert_eq!(scripts, vec!["Latn", "Cyrl", "Latn", "Deva", "Latn"]);
    for r in rows {
        for key in ["file", "id", "title", "lang", "script", "bytes"] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
        let file = seeds_dir().join(r["file"].as_str().unwrap());
        assert_eq!(r["bytes"].as_u64().unwrap(), fs::metadata(file).unwrap().len());
    }
}

#[test]
fn bundled_seeds_open_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    korpus()
        .current_dir(dir.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("004_93f6b093c237fd2d.txt"));
}

#[test]
fn explicit_corpus_directory_matches_the_bundled_one() {
    let bundled = json_of(&["list"]);
    let dir = seeds_dir().to_str().unwrap();
    let opened = json_of(&["list", "--corpus", dir]);
    assert_eq!(bundled, opened);
}

#[test]
fn list_takes_the_corpus_after_the_command_as_ls_takes_a_folder() {
    let dir = seeds_dir().to_str().unwrap();
    assert_eq!(json_of(&["list", dir]), json_of(&["list", "--corpus", dir]));
    let other = tempfile::tempdir().unwrap();
    fs::write(other.path().join("a.txt"), "Angela Merkel traf Emmanuel Macron in Paris.").unwrap();
    korpus()
        .args(["list", other.path().to_str().unwrap(), "--corpus", dir])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("two corpora"));
}

#[test]
fn an_article_id_that_is_a_path_says_how_to_open_it_as_the_corpus() {
    let dir = seeds_dir().to_str().unwrap();
    let other = tempfile::tempdir().unwrap();
    fs::write(other.path().join("a.txt"), "Angela Merkel traf Emmanuel Macron in Paris.").unwrap();
    // a corpus named before the command makes the lone word an article of it
    korpus()
        .args(["--corpus", dir, "entities", other.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no article").and(predicate::str::contains("name it before the command")));
    korpus().args(["show", "nope.txt"]).assert().code(2).stderr(predicate::str::contains("korpus list"));
}

#[test]
fn a_command_takes_its_corpus_before_its_article_or_query() {
    let dir = seeds_dir().to_str().unwrap();
    let other = tempfile::tempdir().unwrap();
    fs::write(other.path().join("a.txt"), "Angela Merkel traf Emmanuel Macron in Paris.").unwrap();
    let path = other.path().to_str().unwrap();
    let shown = json_of(&["show", path, "a.txt"]);
    assert!(shown["text"].as_str().unwrap().contains("Merkel"));
    assert_eq!(json_of(&["search", path, "merkel"]), json_of(&["--corpus", path, "search", "merkel"]));
    assert_eq!(json_of(&["search", dir, "lavrov"]), json_of(&["search", "lavrov"]));
    // `entities PATH` and `related PATH`, as `list PATH`: the lone word is the corpus
    assert_eq!(json_of(&["entities", path]), json_of(&["--corpus", path, "entities"]));
    assert_eq!(json_of(&["entities", path, "a.txt"]), json_of(&["--corpus", path, "entities", "a.txt"]));
    assert_eq!(json_of(&["related", dir, "2"]), json_of(&["related", "2"]));
    assert_eq!(json_of(&["entities", path, "--index"]), json_of(&["--corpus", path, "entities", "--index"]));
    korpus()
        .args(["entities", "--index", "--corpus", path, "a.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("takes no article"));
    korpus()
        .args(["show", path, "a.txt", "--corpus", dir])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("two corpora"));
}

#[test]
fn show_prints_the_article_by_name_by_index_and_as_json() {
    korpus().args(["show", "2"]).assert().success().stdout(predicate::str::contains("Лавров"));
    korpus().args(["show", "003_459a41d07263d3c8.txt"]).assert().success().stdout(predicate::str::contains("प्योंगयांग"));
    let shown = json_of(&["show", "5"]);
    let original = fs::read_to_string(seeds_dir().join("004_93f6b093c237fd2d.txt")).unwrap();
    assert_eq!(shown["text"].as_str().unwrap(), original);
    assert_eq!(shown["lang"], "sr");
}

#[test]
fn show_unknown_id_is_exit_code_2() {
    korpus().args(["show", "nope.txt"]).assert().code(2).stderr(predicate::str::contains("no article"));
    korpus().args(["show", "99"]).assert().code(2);
}

#[test]
fn entities_json_has_byte_offsets_whose_slices_are_the_text() {
    let out = json_of(&["entities"]);
    let articles = out.as_array().unwrap();
    assert_eq!(articles.len(), 5);
    let mut total = 0;
    for a in articles {
        let bytes = fs::read(seeds_dir().join(a["file"].as_str().unwrap())).unwrap();
        assert!(a["lang"].is_string() && a["title"].is_string());
        for m in a["mentions"].as_array().unwrap() {
            let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert_eq!(&bytes[s..e], m["text"].as_str().unwrap().as_bytes());
            assert!(["PER", "LOC", "ORG"].contains(&m["type"].as_str().unwrap()));
            assert!(m["entity"].is_string() && m["name"].is_string());
            total += 1;
        }
    }
    assert!(total > 20);
}

#[test]
fn entities_for_one_article_and_the_index() {
    let one = json_of(&["entities", "2"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    let index = json_of(&["entities", "--index"]);
    let first = &index.as_array().unwrap()[0];
    for key in ["entity", "name", "type", "variants", "mentions", "articles"] {
        assert!(first.get(key).is_some(), "{key}");
    }
}

#[test]
fn related_json_contract_never_lists_an_article_itself() {
    let out = json_of(&["related"]);
    let rows = out.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    for row in rows {
        let me = row["file"].as_str().unwrap();
        let related = row["related"].as_array().unwrap();
        let mut last = f64::INFINITY;
        for r in related {
            assert_ne!(r["file"].as_str().unwrap(), me);
            let score = r["score"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&score));
            assert!(score <= last, "best first");
            last = score;
            assert!(r["shared"].is_array());
        }
    }
    let one = json_of(&["related", "1"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
}

#[test]
fn search_json_contract_and_cross_script_hit() {
    let out = json_of(&["search", "лавров"]);
    let hits = out.as_array().unwrap();
    assert!(!hits.is_empty());
    let mut langs = std::collections::BTreeSet::new();
    for h in hits {
        for key in ["file", "kind", "score", "text", "start", "end", "matched"] {
            assert!(h.get(key).is_some(), "{key}");
        }
        let bytes = fs::read(seeds_dir().join(h["file"].as_str().unwrap())).unwrap();
        let (s, e) = (h["start"].as_u64().unwrap() as usize, h["end"].as_u64().unwrap() as usize);
        assert_eq!(&bytes[s..e], h["text"].as_str().unwrap().as_bytes());
        for pair in h["matched"].as_array().unwrap() {
            let (ms, me) = (pair[0].as_u64().unwrap() as usize, pair[1].as_u64().unwrap() as usize);
            assert!(std::str::from_utf8(&bytes[ms..me]).is_ok(), "highlight on char boundaries");
        }
        langs.insert(h["lang"].as_str().unwrap().to_owned());
    }
    assert!(langs.contains("tr") || langs.contains("en"), "a Cyrillic query finds Latin-script text: {langs:?}");
}

#[test]
fn search_scope_and_limit() {
    let out = json_of(&["search", "korea", "--scope", "title", "--limit", "2"]);
    let hits = out.as_array().unwrap();
    assert!(hits.len() <= 2);
    assert!(hits.iter().all(|h| h["kind"] == "title"));
}

#[test]
fn missing_corpus_path_is_exit_code_2() {
    korpus()
        .args(["list", "--corpus", "/no/such/corpus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/no/such/corpus"));
}

#[test]
fn empty_directory_says_so() {
    let dir = tempfile::tempdir().unwrap();
    korpus().args(["list", "--corpus"]).arg(dir.path()).assert().success().stderr(predicate::str::contains("no .txt"));
}

#[test]
fn bad_files_are_reported_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), "A good article\nWith a body about Moscow and Ankara.").unwrap();
    fs::write(dir.path().join("latin1.txt"), b"caf\xe9 au lait\n").unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("sub/deep.md"), "Deep one\nText.").unwrap();
    std::os::unix::fs::symlink("/no/such/target", dir.path().join("dangling.txt")).unwrap();
    let out = korpus().args(["list", "--json", "--corpus"]).arg(dir.path()).assert().success();
    let output = out.get_output();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("latin1.txt") && stderr.contains("not UTF-8"), "{stderr}");
    assert!(stderr.contains("dangling.txt"), "{stderr}");
    let list: Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = list.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec!["good.txt", "sub/deep.md"]);
}

#[test]
fn unreadable_file_is_reported() {
    // root reads anything; the check only means something for other users
    if is_root() {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("ok.txt"), "Fine\nbody.").unwrap();
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, "secret").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    korpus()
        .args(["list", "--corpus"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("locked.txt"));
}

fn is_root() -> bool {
    // a process's /proc entry belongs to its effective user
    std::os::unix::fs::MetadataExt::uid(&fs::metadata("/proc/self").unwrap()) == 0
}

#[test]
fn jsonl_loads_with_metadata_and_reports_broken_lines_by_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.jsonl");
    fs::write(
        &path,
        concat!(
            r#"{"id": "a1", "title": "Given title", "lang": "en", "text": "Body of the first article about Berlin.", "url": "https://example.org/a1"}"#, "\n",
            "{not json\n",
            r#"{"name": "no text field"}"#, "\n",
            "\n",
            r#"{"id": 7, "text": "Москва и Пхеньян подписали соглашение о сотрудничестве."}"#, "\n",
        ),
    )
    .unwrap();
    let out = korpus().args(["list", "--json", "--corpus"]).arg(&path).assert().success();
    let output = out.get_output();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("news.jsonl:2:"), "{stderr}");
    assert!(stderr.contains("news.jsonl:3:"), "{stderr}");
    let list: Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], "a1");
    assert_eq!(rows[0]["title"], "Given title");
    assert_eq!(rows[1]["id"], "7");
    assert_eq!(rows[1]["lang"], "ru");
    korpus().args(["show", "a1", "--corpus"]).arg(&path).assert().success().stdout(predicate::str::contains("Berlin"));
}

#[test]
fn escape_sequences_in_articles_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "Title \x1b]0;pwned\x07 here\nBody \x1b[2J with \x1b]52;c;ZXZpbA==\x07 and \u{202e}reversed.";
    fs::write(dir.path().join("evil.txt"), hostile).unwrap();
    let out = korpus().args(["show", "1", "--corpus"]).arg(dir.path()).assert().success();
    let stdout = &out.get_output().stdout;
    assert!(!stdout.contains(&0x1b), "no ESC byte in output");
    assert!(!String::from_utf8_lossy(stdout).contains('\u{202e}'));
    // offsets stay those of the file
    let shown = json_of(&["show", "1", "--corpus", dir.path().to_str().unwrap()]);
    assert_eq!(shown["text"].as_str().unwrap().len(), hostile.len());
}

#[test]
fn tui_without_a_terminal_explains_itself() {
    korpus().assert().code(2).stderr(predicate::str::contains("needs a terminal"));
    // a corpus that is not there is named first: the path is what the user must fix
    korpus()
        .args(["--corpus", "/no/such/korpus/corpus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file or directory"))
        .stderr(predicate::str::contains("needs a terminal").not());
}

#[test]
fn help_and_version() {
    korpus().arg("--help").assert().success().stdout(predicate::str::contains("--corpus"));
    korpus().arg("--version").assert().success().stdout(predicate::str::contains("korpus"));
}

#[test]
fn analysis_is_cached_and_a_changed_file_is_seen() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Talks in Moscow\nSergey Lavrov met officials in Moscow on Monday.").unwrap();
    let run = |query: &str| -> Value {
        let out = korpus()
            .env("KORPUS_CACHE_DIR", cache.path())
            .args(["search", query, "--json", "--corpus"])
            .arg(dir.path())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    assert!(!run("lavrov").as_array().unwrap().is_empty());
    // the index, beside its (hidden) build lock and the parsed gazetteer korpus keeps
    let files: Vec<String> = fs::read_dir(cache.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.'))
        .collect();
    assert_eq!(files.iter().filter(|name| name.ends_with(".kix")).count(), 1, "one index file written: {files:?}");
    assert_eq!(files.len(), 2, "and the gazetteer: {files:?}");
    // the cached run gives the same answer
    assert!(!run("lavrov").as_array().unwrap().is_empty());
    // change the article (size changes too): the cache must not answer for the old text
    fs::write(
        dir.path().join("a.txt"),
        "Talks in Ankara\nHakan Fidan met officials in Ankara on Tuesday, later than planned.",
    )
    .unwrap();
    assert!(run("'lavrov").as_array().unwrap().is_empty());
    assert!(!run("fidan").as_array().unwrap().is_empty());
}

/// An article whose path is longer than the system opens in one call
/// (4,096 bytes): listed by the walk, then shown and analysed again from the
/// written index, which reads it by its whole path.
#[test]
fn an_article_past_the_path_limit_is_shown_from_the_index() {
    use rustix::fs::{Mode, OFlags, mkdirat, openat};
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let name = "n".repeat(200);
    let folder = |from: &dyn std::os::fd::AsFd, name: &str| {
        openat(from, name, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty()).unwrap()
    };
    let mut handle = folder(&rustix::fs::CWD, &dir.path().display().to_string());
    for _ in 0..24 {
        mkdirat(&handle, name.as_str(), Mode::from_raw_mode(0o755)).unwrap();
        handle = folder(&handle, &name);
    }
    let file = openat(&handle, "deep.txt", OFlags::WRONLY | OFlags::CREATE, Mode::from_raw_mode(0o644)).unwrap();
    std::io::Write::write_all(&mut fs::File::from(file), b"Deep talks\nSergey Lavrov arrived in Pyongyang.").unwrap();
    let run = |args: &[&str]| -> String {
        let out = korpus().env("KORPUS_CACHE_DIR", cache.path()).args(args).arg("--corpus").arg(dir.path()).assert();
        String::from_utf8(out.success().get_output().stdout.clone()).unwrap()
    };
    // the first run writes the index; the later ones read the text again by path
    assert!(run(&["list"]).contains("Deep talks"));
    for _ in 0..2 {
        assert!(run(&["show", "1"]).contains("Sergey Lavrov arrived in Pyongyang."));
        let entities = run(&["entities", "1", "--json"]);
        assert!(entities.contains("Lavrov") && entities.contains("Pyongyang"), "{entities}");
    }
}

#[test]
fn no_cache_flag_writes_nothing() {
    let cache = tempfile::tempdir().unwrap();
    korpus()
        .env("KORPUS_CACHE_DIR", cache.path())
        .args(["entities", "--no-cache", "--corpus"])
        .arg(seeds_dir())
        .assert()
        .success();
    assert_eq!(fs::read_dir(cache.path()).unwrap().count(), 0);
}

/// Every command that prints data, in text and JSON.
fn printing_commands(review_file: &Path) -> Vec<Vec<String>> {
    let review = ["--review-file".to_owned(), review_file.display().to_string()];
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["list"],
        vec!["show", "2"],
        vec!["search", "лавров"],
        vec!["search", "xyzzyqq"],
        vec!["entities"],
        vec!["entities", "--index"],
        vec!["related"],
    ];
    for with_json in commands.clone() {
        commands.push([with_json, vec!["--json"]].concat());
    }
    let mut commands: Vec<Vec<String>> =
        commands.into_iter().map(|c| c.into_iter().map(str::to_owned).collect()).collect();
    for format in ["json", "csv", "md"] {
        commands
            .push([vec!["review".into(), "export".into(), "--format".into(), format.into()], review.to_vec()].concat());
    }
    commands
}

/// The binary as a plain process, for what assert_cmd cannot set up (a closed pipe).
fn korpus_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("korpus"));
    cmd.env_remove("NO_COLOR");
    cmd.env("KORPUS_CACHE_DIR", test_cache_dir());
    cmd
}

#[test]
fn a_full_disk_is_a_message_and_exit_code_1_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    for command in printing_commands(&dir.path().join("review.json")) {
        let full = fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = korpus_process().args(&command).stdout(full).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command:?}: {stderr}");
        assert!(stderr.contains("No space left on device"), "{command:?}: {stderr}");
    }
}

#[test]
fn a_closed_pipe_ends_every_command_quietly_with_exit_code_0() {
    let dir = tempfile::tempdir().unwrap();
    for command in printing_commands(&dir.path().join("review.json")) {
        let mut child = korpus_process()
            .args(&command)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // the reader goes away before anything is written, as `| head` does once it has its lines
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{command:?}: {stderr}");
        assert!(stderr.is_empty(), "{command:?}: {stderr}");
    }
}

#[test]
fn head_on_a_large_json_list_reads_the_first_lines_and_korpus_exits_0() {
    // a corpus whose list is far larger than a pipe's buffer, read only in part
    let dir = tempfile::tempdir().unwrap();
    let lines: String =
        (0..20_000).map(|i| format!("{{\"id\":\"a{i}\",\"text\":\"Article number {i} about Berlin.\"}}\n")).collect();
    fs::write(dir.path().join("many.jsonl"), lines).unwrap();
    let mut child = korpus_process()
        .args(["list", "--json", "--no-cache", "--corpus"])
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 4096];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with(b"[\n  {\n"), "{}", String::from_utf8_lossy(&first[..40]));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn stdout_of(args: &[&str]) -> String {
    String::from_utf8(korpus().args(args).assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn completions_for_every_shell_name_the_commands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(&["completions", shell]);
        for word in ["korpus", "search", "entities", "corpus", "json", "limit"] {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
    }
    // the bash script is valid bash
    let script = stdout_of(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("korpus.bash");
    fs::write(&file, &script).unwrap();
    let checked = std::process::Command::new("bash").arg("-n").arg(&file).output().unwrap();
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stderr));
    korpus().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn man_page_has_the_commands_files_and_environment() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH korpus 1"), "{}", &page[..200]);
    for section in ["NAME", "SYNOPSIS", "OPTIONS", "COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS"] {
        let heading = if section.contains(' ') { format!(".SH \"{section}\"") } else { format!(".SH {section}") };
        assert!(page.contains(&heading), "{section} missing");
    }
    for text in ["korpus search", "keymap.toml", "KORPUS_CACHE_DIR", "NO_COLOR", "Print at most N hits"] {
        assert!(page.contains(text), "{text} missing");
    }
    assert_eq!(page.matches(".ds Aq").count(), 2, "one roff preamble");
    // man renders it without a complaint, where man is installed
    if let Ok(rendered) = std::process::Command::new("sh")
        .arg("-c")
        .arg("command -v groff >/dev/null && groff -k -man -Tutf8 -ww -z 2>&1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            std::io::Write::write_all(child.stdin.as_mut().unwrap(), page.as_bytes())?;
            child.wait_with_output()
        })
    {
        let warnings = String::from_utf8_lossy(&rendered.stdout);
        assert!(warnings.trim().is_empty(), "groff warnings: {warnings}");
    }
}

#[test]
fn long_help_lists_files_and_environment_and_short_help_points_there() {
    let help = stdout_of(&["--help"]);
    let files = help.split("Files:").nth(1).expect("a Files section");
    let environment = files.split("Environment:").nth(1).expect("an Environment section after it");
    for file in ["config.toml", "keymap.toml", "themes/", "review/", ".cache/korpus"] {
        assert!(files.contains(file), "{file} not in Files");
    }
    for var in ["KORPUS_CACHE_DIR", "KORPUS_DATA_DIR", "XDG_CONFIG_HOME", "NO_COLOR", "COLORTERM"] {
        assert!(environment.contains(var), "{var} not in Environment");
    }
    assert!(stdout_of(&["-h"]).contains("korpus --help"));
}

#[test]
fn explorer_only_flags_are_not_offered_to_commands() {
    for command in ["list", "show", "search", "entities", "related"] {
        let help = stdout_of(&[command, "--help"]);
        assert!(!help.contains("--theme") && !help.contains("--mouse"), "{command}:\n{help}");
        assert!(help.contains("--color"), "{command}: --color colours the commands too");
    }
    korpus().args(["list", "--theme", "dark"]).assert().code(2).stderr(predicate::str::contains("--theme"));
    korpus().args(["list", "--mouse"]).assert().code(2);
}

#[test]
fn show_id_and_limit_explain_themselves() {
    assert!(stdout_of(&["show", "--help"]).contains("1-based position"));
    assert!(stdout_of(&["search", "--help"]).contains("Print at most N hits"));
    assert!(stdout_of(&["related", "--help"]).contains("at most N related articles"));
}

#[test]
fn limit_zero_is_refused_not_answered_with_no_matches() {
    for command in [&["search", "korea"][..], &["related"][..]] {
        korpus()
            .args(command)
            .args(["--limit", "0"])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("0 would print nothing"));
    }
    let one = json_of(&["search", "korea", "--limit", "1"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
}

#[test]
fn an_empty_query_is_refused_not_answered_with_no_matches() {
    for query in ["", "   "] {
        korpus()
            .args(["search", query])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("an empty query matches nothing"));
    }
}

#[test]
fn list_text_has_a_header_row_and_json_has_none() {
    let text = stdout_of(&["list"]);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["#", "lang", "script", "bytes", "id", "title"]);
    assert!(lines.next().unwrap().trim_start().starts_with("1  tr   Latn"));
    assert_eq!(json_of(&["list"]).as_array().unwrap().len(), 5);
}

#[test]
fn a_positional_path_is_the_corpus_and_cannot_be_given_twice() {
    let dir = seeds_dir().to_str().unwrap();
    let positional: Value = serde_json::from_str(&stdout_of(&[dir, "list", "--json"])).unwrap();
    assert_eq!(positional, json_of(&["list"]));
    korpus().args([dir, "--corpus", dir]).assert().code(2).stderr(predicate::str::contains("cannot be used with"));
}

#[test]
fn color_always_marks_matches_and_entities_and_never_touches_json() {
    let has_escape = |s: &str| s.contains('\x1b');
    let styled = stdout_of(&["search", "лавров", "--color", "always"]);
    assert!(styled.contains("\x1b[1m\x1b[4m\x1b[91mLavrov\x1b[0m"), "{styled}");
    for command in [&["show", "3"][..], &["entities", "3"][..]] {
        let out = stdout_of(&[command, &["--color", "always"]].concat());
        assert!(out.contains("\x1b[1m\x1b[93mSergey Lavrov\x1b[0m"), "{command:?}: a person in bold yellow");
        assert!(out.contains("\x1b[92mRussia\x1b[0m"), "{command:?}: a place in green");
        // without colour, the same text
        let plain = stdout_of(&[command, &["--color", "never"]].concat());
        let stripped = out.replace("\x1b[1m", "").replace("\x1b[4m", "").replace("\x1b[91m", "");
        let stripped =
            stripped.replace("\x1b[92m", "").replace("\x1b[93m", "").replace("\x1b[95m", "").replace("\x1b[0m", "");
        assert_eq!(stripped, plain, "{command:?}");
        // auto, into a pipe: none
        assert!(!has_escape(&stdout_of(command)), "{command:?}");
    }
    for command in [&["search", "лавров"][..], &["show", "3"][..], &["entities", "3"][..]] {
        let json = stdout_of(&[command, &["--json", "--color", "always"]].concat());
        assert!(!has_escape(&json), "{command:?} --json");
    }
}

#[test]
fn korpus_log_writes_the_command_and_its_error_to_a_file_not_the_output() {
    let data = tempfile::tempdir().unwrap();
    let log = data.path().join("korpus.log");
    // no KORPUS_LOG: no file
    korpus().env("KORPUS_DATA_DIR", data.path()).args(["list"]).assert().success();
    assert!(!log.exists());
    let quiet = korpus().env("KORPUS_DATA_DIR", data.path()).args(["list", "--json"]).output().unwrap();
    let logged = korpus()
        .env("KORPUS_DATA_DIR", data.path())
        .env("KORPUS_LOG", "info")
        .args(["list", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(logged.stdout, quiet.stdout, "the output is the same with the log on");
    assert!(logged.stderr.is_empty(), "{}", String::from_utf8_lossy(&logged.stderr));
    korpus()
        .env("KORPUS_DATA_DIR", data.path())
        .env("KORPUS_LOG", "info")
        .args(["show", "no-such-article"])
        .assert()
        .code(2);
    let text = fs::read_to_string(&log).unwrap();
    assert!(text.lines().any(|l| l.contains("INFO") && l.contains(r#"args=["list", "--json"]"#)), "{text}");
    assert!(text.lines().any(|l| l.contains("usage: no article \"no-such-article\"")), "{text}");
    // a level that is not one is said, and korpus runs on without a log
    korpus()
        .env("KORPUS_DATA_DIR", data.path())
        .env("KORPUS_LOG", "korpus=loud")
        .args(["list"])
        .assert()
        .success()
        .stderr(predicate::str::contains("KORPUS_LOG=\"korpus=loud\" is not a log level"));
}
