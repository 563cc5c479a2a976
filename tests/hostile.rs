//! Hostile input: nothing lost, nothing injected.
//!
//! A corpus built at test time holds escape sequences (OSC 52 clipboard
//! writes, OSC 0/2 title changes, clear screen, reset), bidi overrides and
//! isolates, NUL bytes, invalid UTF-8, a 50 MB single line, many tiny files, a
//! symlink loop of directories and one of files, a dangling symlink, an
//! unreadable file, a FIFO named like an article, a file name with escapes in
//! it, and a JSON Lines file with broken lines. Every command must succeed,
//! name every file it skipped and why, and print no byte that could act on a
//! terminal; the TUI in tmux must show no effect of the escapes.
//!
//! Tiny files: 2,000 by default; `KORPUS_HOSTILE_FILES=100000` for the full
//! 100k run (about a minute of loading and analysis on two cores, so not on
//! every CI run).

mod common;

use common::{Tmux, four_panes};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

use korpus::corpus::is_terminal_hazard;

const LONG_LINE_BYTES: usize = 50 * 1024 * 1024;

const ESCAPES: &str = "Escapes headline with \x1b]0;PWNED-OSC0\x07 a title change\n\n\
clipboard \x1b]52;c;cHduZWQ=\x07 written, title \x1b]2;PWNED-OSC2\x1b\\ set,\n\
screen \x1b[2J cleared, terminal \x1bc reset, \x1b[31mred\x1b[0m, bell \x07,\n\
8-bit CSI \u{9b}2J and 8-bit OSC \u{9d}52;c;cHduZWQ=\u{9c}, DCS \x1bP+q544e\x1b\\ query.\n\
Lavrov met Kim Jong Un in Wonsan.\n";

const BIDI: &str = "Bidi headline \u{202e}txt.exe\u{202c} and isolates\n\n\
access \u{2067}level\u{2069} admin \u{2066}isolated\u{2069} \u{2068}first strong\u{2069}\n\
embedding \u{202a}LRE\u{202c} \u{202b}RLE\u{202c} \u{202d}LRO\u{202c}, line\u{2028}separator\u{2029}paragraph.\n";

const NULS: &str = "NUL headline\n\nbytes \0 in \0\0 the middle of Moscow text.\n";

/// Name of the file with escapes in its name (a title change and a clear).
const EVIL_NAME: &str = "m_name\x1b]2;PWNED-NAME\x07\x1b[2J.txt";

/// Files that are skipped, and a word of the reason each must give.
fn expected_skips(root_is_readable_by_everyone: bool) -> Vec<(&'static str, &'static str)> {
    let mut skips = vec![
        ("d_invalid_utf8.txt", "not UTF-8"),
        ("g_fifo.txt", "not a regular file"),
        ("h_loop/again", "symlink loop"),
        ("i_loop_a.txt", "cannot open"),
        ("i_loop_b.txt", "cannot open"),
        ("j_dangling.txt", "cannot open"),
        ("k_unreadable.txt", "cannot read"),
        ("f_broken.jsonl:2", "not a JSON article"),
        ("f_broken.jsonl:3", "not a JSON article"),
        ("f_broken.jsonl:4", "not UTF-8"),
        ("f_broken.jsonl:5", "the text field is not a string"),
        ("f_broken.jsonl:7", "duplicate id"),
    ];
    if !root_is_readable_by_everyone {
        skips.push(("l_mode000.txt", "cannot read"));
    }
    skips
}

fn is_root() -> bool {
    // a process's /proc entry belongs to its effective user
    std::os::unix::fs::MetadataExt::uid(&std::fs::metadata("/proc/self").unwrap()) == 0
}

fn tiny_files() -> usize {
    std::env::var("KORPUS_HOSTILE_FILES").ok().and_then(|v| v.parse().ok()).unwrap_or(2_000)
}

/// Build the hostile corpus under `dir`; returns its root.
fn build_corpus(dir: &Path, tiny: usize) -> PathBuf {
    let root = dir.join("corpus");
    fs::create_dir_all(root.join("h_loop")).unwrap();
    fs::create_dir_all(root.join("zz_many")).unwrap();
    fs::write(root.join("a_escapes.txt"), ESCAPES).unwrap();
    fs::write(root.join("b_bidi.txt"), BIDI).unwrap();
    fs::write(root.join("c_nul.txt"), NULS).unwrap();
    fs::write(root.join("d_invalid_utf8.txt"), b"Latin-1 headline\n\nna\xefve caf\xe9 \xff\xfe\n").unwrap();
    let mut long = Vec::with_capacity(LONG_LINE_BYTES);
    long.extend_from_slice(b"Long line ");
    let words: &[&[u8]] = &[
        b"Lavrov ",
        b"Pyongyang ",
        b"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 ",
        b"diplomacy ",
        b"talks ",
        b"\x1b[2J ",
        b"the ",
        b"minister ",
    ];
    let mut i = 0;
    while long.len() < LONG_LINE_BYTES {
        long.extend_from_slice(words[i % words.len()]);
        i += 7;
    }
    fs::write(root.join("e_long_line.txt"), &long).unwrap();
    let mut jsonl = Vec::new();
    jsonl.extend_from_slice(b"{\"id\": \"good-1\", \"text\": \"Good article one about Lavrov.\", \"title\": \"Good \\u001b]2;PWNED-JSON\\u0007 one\", \"url\": \"http://x/\\u009b2J\", \"lang\": \"\\u001b]2;PWNED-LANG\\u0007\\u202e\"}\n");
    jsonl.extend_from_slice(b"{\"id\": \"broken\", \"text\": \"unterminated\n");
    jsonl.extend_from_slice(b"not json at all\n");
    jsonl.extend_from_slice(b"{\"id\": \"bad-utf8\", \"text\": \"\xff\xfe\"}\n");
    jsonl.extend_from_slice(b"{\"id\": \"no-text\", \"text\": 5}\n");
    jsonl.extend_from_slice(
        b"{\"id\": \"evil\\u001b]0;PWNED-ID\\u0007\", \"text\": \"Second good article from Moscow.\"}\n",
    );
    jsonl.extend_from_slice(b"{\"id\": \"good-1\", \"text\": \"Duplicate id.\"}\n");
    fs::write(root.join("f_broken.jsonl"), jsonl).unwrap();
    assert!(Command::new("mkfifo").arg(root.join("g_fifo.txt")).status().unwrap().success());
    std::os::unix::fs::symlink("..", root.join("h_loop/again")).unwrap();
    std::os::unix::fs::symlink("i_loop_b.txt", root.join("i_loop_a.txt")).unwrap();
    std::os::unix::fs::symlink("i_loop_a.txt", root.join("i_loop_b.txt")).unwrap();
    std::os::unix::fs::symlink("/nonexistent/korpus/target.txt", root.join("j_dangling.txt")).unwrap();
    // unreadable even for root: a regular file whose read fails (EIO at offset 0; EACCES without ptrace rights)
    std::os::unix::fs::symlink("/proc/1/mem", root.join("k_unreadable.txt")).unwrap();
    if !is_root() {
        let path = root.join("l_mode000.txt");
        fs::write(&path, "mode 000\n").unwrap();
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    }
    fs::write(root.join(EVIL_NAME), "Evil name headline\n\nThe file name carries escapes.\n").unwrap();
    for n in 0..tiny {
        fs::write(root.join("zz_many").join(format!("{n:06}.txt")), format!("Tiny {n}\n")).unwrap();
    }
    root
}

/// The articles that load: the hostile ones that can be opened, two JSON
/// Lines articles and the tiny files.
fn expected_articles(tiny: usize) -> usize {
    5 + 2 + tiny
}

/// Every character printed, checked: nothing that acts on a terminal.
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Some((n, c)) = text.chars().enumerate().find(|&(_, c)| c != '\n' && is_terminal_hazard(c)) {
        let around: String = text.chars().skip(n.saturating_sub(60)).take(80).collect();
        panic!("{what}: terminal hazard {c:?} at char {n}: {around:?}");
    }
}

struct Shared {
    _dir: tempfile::TempDir,
    root: PathBuf,
    cache: PathBuf,
    data: PathBuf,
    tiny: usize,
}

fn korpus(shared: &Shared) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_korpus"));
    cmd.env("KORPUS_CACHE_DIR", &shared.cache).env("KORPUS_DATA_DIR", &shared.data).arg("--corpus").arg(&shared.root);
    cmd
}

fn run(shared: &Shared, args: &[&str]) -> Output {
    let started = Instant::now();
    let out = korpus(shared).args(args).output().unwrap();
    eprintln!("korpus {}: {:?}", args.join(" "), started.elapsed());
    assert!(out.status.success(), "korpus {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    assert_inert(&format!("stdout of {args:?}"), &out.stdout);
    assert_inert(&format!("stderr of {args:?}"), &out.stderr);
    out
}

fn shared_corpus() -> Shared {
    let dir = tempfile::tempdir().unwrap();
    let tiny = tiny_files();
    let started = Instant::now();
    let root = build_corpus(dir.path(), tiny);
    eprintln!("built the hostile corpus with {tiny} tiny files in {:?}", started.elapsed());
    Shared { cache: dir.path().join("cache"), data: dir.path().join("data"), root, tiny, _dir: dir }
}

#[test]
fn every_command_succeeds_names_every_skip_and_prints_nothing_hostile() {
    let shared = shared_corpus();
    let out = run(&shared, &["list", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), expected_articles(shared.tiny), "articles loaded");
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for id in ["a_escapes.txt", "b_bidi.txt", "c_nul.txt", "e_long_line.txt", "good-1", "zz_many/000000.txt"] {
        assert!(ids.contains(&id), "{id} missing from {:?}", &ids[..10]);
    }
    assert!(
        ids.iter().any(|id| id.starts_with("m_name") && id.contains("]2;PWNED-NAME")),
        "the evil name loads, inert"
    );
    assert!(ids.iter().any(|id| id.starts_with("evil") && id.contains("]0;PWNED-ID")), "the evil JSON id loads, inert");
    let long = rows.iter().find(|r| r["id"] == "e_long_line.txt").unwrap();
    assert!(long["bytes"].as_u64().unwrap() >= LONG_LINE_BYTES as u64, "the 50 MB line is kept whole");

    // each skipped file is named, with its reason, on a line of its own
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut tried = 0;
    for (file, reason) in expected_skips(is_root()) {
        tried += 1;
        assert!(
            stderr.lines().any(|l| l.contains(&format!("{file}: ")) && l.contains(reason)),
            "no warning naming {file} ({reason}):\n{stderr}"
        );
    }
    // and nothing else is said but such warnings: "korpus: warning: PATH: REASON"
    for line in stderr.lines() {
        let rest = line.strip_prefix("korpus: warning: ").unwrap_or_else(|| panic!("not a warning: {line:?}"));
        assert!(rest.split_once(": ").is_some_and(|(path, reason)| !path.is_empty() && !reason.is_empty()), "{line:?}");
    }
    eprintln!("{tried} skipped files named with their reason");

    let out = run(&shared, &["list"]);
    // a header row, then one row per article
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1 + expected_articles(shared.tiny));
    for id in ["a_escapes.txt", "b_bidi.txt", "c_nul.txt", "good-1"] {
        run(&shared, &["show", id]);
        run(&shared, &["show", id, "--json"]);
        run(&shared, &["entities", id, "--json"]);
    }
    run(&shared, &["entities", "e_long_line.txt"]);
    let out = run(&shared, &["search", "pwned", "--json"]);
    assert!(
        !serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap().as_array().unwrap().is_empty(),
        "the inert escapes are searchable text"
    );
    run(&shared, &["search", "lavrov"]);
    run(&shared, &["search", "]52;c"]);
    run(&shared, &["related", "a_escapes.txt", "--json"]);
    run(&shared, &["entities", "--index", "--json"]);
}

/// A JSON Lines record with escapes, C1 controls and bidi overrides in every
/// field it can carry.
const HOSTILE_FIELDS: &str = concat!(
    r#"{"id":"id\u001b]2;PWNED-ID\u0007\u202e","title":"T \u001b]2;PWNED-TITLE\u0007\u009b8m","#,
    r#""lang":"\u001b]2;PWNED-LANG\u0007\u001b[8m","date":"2024-05-01\u001b[8m\u009b2J","#,
    r#""url":"http://x/\u202eexe.txt","source":"S\u001b]52;c;cHduZWQ=\u0007","#,
    r#""text":"Lavrov met Kim Jong Un in Pyongyang on Tuesday."}"#,
    "\n",
    r#"{"id":"bidi-lang","lang":"\u202e","text":"Putin and Kim signed a pact in Pyongyang."}"#,
    "\n"
);

#[test]
fn escapes_in_every_record_field_never_reach_any_command_or_export() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("fields.jsonl");
    fs::write(&root, HOSTILE_FIELDS).unwrap();
    let shared = Shared { cache: dir.path().join("cache"), data: dir.path().join("data"), root, tiny: 0, _dir: dir };
    let list: serde_json::Value = serde_json::from_slice(&run(&shared, &["list", "--json"]).stdout).unwrap();
    let first = &list[0];
    let lang = first["lang"].as_str().unwrap();
    assert!(
        lang.len() >= 2 && lang.bytes().all(|b| b.is_ascii_lowercase()),
        "an escape sequence is no language: {first}"
    );
    assert!(first["id"].as_str().unwrap().starts_with("id ]2;PWNED-ID"), "{first}");
    // a review mark on the hostile article, imported under its raw id
    let import = shared.data.with_file_name("import.json");
    let export = serde_json::json!({"format": "korpus-review-export", "version": 1, "articles": [
        {"id": "id\u{1b}]2;PWNED-ID\u{7}\u{202e}", "read": true, "starred": true, "note": "n\u{1b}]2;PWNED-NOTE\u{7}",
         "tags": ["t\u{9b}8m"], "updated_ms": 5}]});
    fs::write(&import, export.to_string()).unwrap();
    run(&shared, &["review", "import", import.to_str().unwrap()]);
    for args in [
        &["list"][..],
        &["show", "1"],
        &["show", "1", "--json"],
        &["show", "bidi-lang"],
        &["search", "pyongyang"],
        &["search", "pyongyang", "--json"],
        &["search", "pwned"],
        &["entities", "1"],
        &["entities", "--json"],
        &["related", "1"],
        &["related", "1", "--json"],
        &["review", "export", "--format", "json"],
        &["review", "export", "--format", "md"],
    ] {
        run(&shared, args);
    }
    let csv = run(&shared, &["review", "export", "--format", "csv"]);
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(csv.contains("id ]2;PWNED-ID"), "the imported mark is on the article (ids sanitised alike): {csv}");
}

#[test]
fn a_cache_directory_named_with_escapes_is_quoted_when_it_cannot_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("a.txt");
    fs::write(&corpus, "Lavrov in Pyongyang\n\nTalks.").unwrap();
    // a file where the cache directory's parent should be: the index cannot be written
    fs::write(dir.path().join("blocker"), "").unwrap();
    let cache = dir.path().join("blocker").join("cache\x1b]2;PWNED\x07");
    let out = Command::new(env!("CARGO_BIN_EXE_korpus"))
        .env("KORPUS_CACHE_DIR", &cache)
        .env("KORPUS_DATA_DIR", dir.path().join("data"))
        .args(["search", "Lavrov", "--corpus"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_inert("stderr", &out.stderr);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not write the analysis cache in \""), "{stderr}");
    assert!(stderr.contains("cache\\u{1b}]2;PWNED\\u{7}\""), "{stderr}");
}

// ---- the TUI in tmux ----

#[test]
fn the_tui_shows_hostile_articles_without_any_effect_of_their_escapes() {
    let shared = shared_corpus();
    let env = format!("KORPUS_CACHE_DIR={} KORPUS_DATA_DIR={}", shared.cache.display(), shared.data.display());
    let Some(tmux) = Tmux::start("hostile", 120, 40, &env) else { return };
    tmux.run(&["set-option", "-s", "set-clipboard", "on"]);
    tmux.wait_for_secs("the shell prompt", 10, |s| s.contains('$'));

    // controls: this tmux does honour a title change and a clipboard write
    tmux.type_line("printf '\\033]2;probe-title\\007\\033]52;c;cHJvYmU=\\007'; clear");
    let deadline = Instant::now() + Duration::from_secs(10);
    while tmux.format("#{pane_title}") != "probe-title" && Instant::now() < deadline {
        sleep(Duration::from_millis(50));
    }
    assert_eq!(tmux.format("#{pane_title}"), "probe-title", "control: OSC 2 sets the pane title");
    assert!(tmux.buffers().contains("probe"), "control: OSC 52 reaches tmux's buffers: {:?}", tmux.buffers());
    tmux.run(&["delete-buffer"]);
    assert_eq!(tmux.buffers(), "");
    tmux.run(&["select-pane", "-t", "main", "-T", "korpus-sentinel"]);

    tmux.type_line(&format!(
        "{} --corpus {}; echo korpus-exit-$?",
        env!("CARGO_BIN_EXE_korpus"),
        shared.root.display()
    ));
    let total = expected_articles(shared.tiny);
    tmux.wait_for_secs("the four panes with the corpus loaded", 120, |s| {
        four_panes(s) && s.contains(&format!("/{total}"))
    });

    // walk the list through every hostile article; each is drawn in the text pane
    let mut seen = Vec::new();
    for step in 0..8 {
        // the text pane wraps the whole 50 MB line at every draw (about 20 s a key with 7 builds running
        // beside it on 2 cores): generous, so a loaded machine does not fail what an idle one passes
        let screen = tmux.wait_for_secs(&format!("article {} drawn", step + 1), 120, |s| {
            four_panes(s) && s.contains(&format!(" {}/{total} ", step + 1))
        });
        seen.push(screen.lines().find(|l| l.contains("2 Text")).unwrap_or("").to_owned());
        assert_eq!(
            tmux.format("#{pane_title}"),
            "korpus-sentinel",
            "title changed after article {}:\n{screen}",
            step + 1
        );
        assert_eq!(tmux.buffers(), "", "clipboard written after article {}", step + 1);
        if step == 0 {
            assert!(screen.contains("]52;c;cHduZWQ="), "the escape shows as inert text:\n{screen}");
        }
        // scroll the text a little too, then back to the list
        tmux.keys(&["Tab", "j", "j", "BTab", "j"]);
    }
    eprintln!("hostile articles opened in the TUI: {seen:#?}");

    // search for the escapes' text: hits are drawn inert too
    tmux.keys(&["/"]);
    tmux.run(&["send-keys", "-t", "main", "-l", "pwned"]);
    // the index is built after the corpus loads (its 50 MB line too): as long as the steps above on a loaded machine
    tmux.wait_for_secs("search hits", 120, |s| s.contains("/ pwned") && s.contains(" hits"));
    tmux.keys(&["Enter"]);
    sleep(Duration::from_millis(500));
    let screen = tmux.screen();
    assert!(four_panes(&screen), "screen cleared:\n{screen}");
    assert_eq!(tmux.format("#{pane_title}"), "korpus-sentinel");
    assert_eq!(tmux.buffers(), "");

    tmux.keys(&["q"]);
    tmux.wait_for_secs("exit", 15, |s| s.contains("korpus-exit-0"));
    assert_eq!(tmux.format("#{pane_title}"), "korpus-sentinel", "title unchanged at the end");
    assert_eq!(tmux.buffers(), "", "no clipboard write at the end");
}
