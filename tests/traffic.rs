//! Bytes korpus writes to its terminal per redraw, through a real pty: the
//! release binary in a 120x40 tmux pane, whose output is copied byte for byte
//! to a file with `pipe-pane`. Measured: one line scrolled in the text view
//! (`j`) and one keystroke typed into search. Run with `--nocapture` to see
//! the figures; the test fails if a scroll step costs 4 KiB or more.

mod common;

use common::Tmux;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// Wait until nothing more is written for `quiet`, and return the total.
fn settle(log: &Path, quiet: Duration) -> u64 {
    let mut last = size(log);
    let mut since = Instant::now();
    let deadline = Instant::now() + Duration::from_secs(10);
    while since.elapsed() < quiet && Instant::now() < deadline {
        sleep(Duration::from_millis(20));
        let now = size(log);
        if now != last {
            last = now;
            since = Instant::now();
        }
    }
    last
}

/// Wait (10 s at most) until korpus has written anything past `before`: on a
/// loaded machine a key's answer can start later than the quiet time of `settle`.
fn first_output(log: &Path, before: u64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while size(log) == before && Instant::now() < deadline {
        sleep(Duration::from_millis(20));
    }
}

/// Bytes written in answer to each key.
fn per_key(tmux: &Tmux, log: &Path, keys: &[&str]) -> Vec<u64> {
    let mut before = settle(log, Duration::from_millis(300));
    keys.iter()
        .map(|k| {
            tmux.keys(&[k]);
            first_output(log, before);
            let after = settle(log, Duration::from_millis(250));
            let bytes = after - before;
            before = after;
            bytes
        })
        .collect()
}

fn summary(bytes: &[u64]) -> String {
    let mean = bytes.iter().sum::<u64>() as f64 / bytes.len() as f64;
    format!(
        "mean {mean:.0} B, min {} B, max {} B over {} keys",
        bytes.iter().min().unwrap(),
        bytes.iter().max().unwrap(),
        bytes.len()
    )
}

#[test]
fn bytes_per_scroll_step_and_per_search_keystroke_at_120x40() {
    if Command::new("tmux").arg("-V").output().is_err() {
        assert!(std::env::var("CI").is_err(), "tmux is required in CI");
        eprintln!("tmux not installed: skipping the traffic measurement");
        return;
    }
    // one long article (every seed one after the other) so there is text to scroll
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let seeds = korpus::corpus::load_seeds();
    let long: Vec<&str> = seeds.articles.iter().map(|a| a.text.as_str()).collect();
    std::fs::write(corpus.join("long.txt"), long.join("\n\n")).unwrap();
    let log = dir.path().join("pane.bytes");

    let env = format!("KORPUS_CACHE_DIR={0}/cache KORPUS_DATA_DIR={0}/data", dir.path().display());
    let Some(tmux) = Tmux::start("traffic", 120, 40, &env) else { return };
    tmux.run(&[
        "send-keys",
        "-t",
        "main",
        "-l",
        &format!("{} --corpus {}", env!("CARGO_BIN_EXE_korpus"), corpus.display()),
    ]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the four panes, analysed", common::analysed);
    tmux.keys(&["Tab"]);
    tmux.wait_for("text view focused", |s| s.contains("next entity"));

    tmux.run(&["pipe-pane", "-t", "main", "-O", &format!("cat >> {}", log.display())]);
    sleep(Duration::from_millis(200));
    let scroll = per_key(&tmux, &log, &["j"; 20]);
    let back = per_key(&tmux, &log, &["k"; 5]);
    tmux.keys(&["/"]);
    settle(&log, Duration::from_millis(300));
    let typing = per_key(&tmux, &log, &["l", "a", "v", "r", "o", "v", "BSpace", "BSpace"]);
    tmux.run(&["pipe-pane", "-t", "main"]);
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);

    eprintln!("text view, one line down (j): {}  {scroll:?}", summary(&scroll));
    eprintln!("text view, one line up (k):   {}  {back:?}", summary(&back));
    eprintln!("search, one keystroke:        {}  {typing:?}", summary(&typing));
    assert!(scroll.iter().all(|&b| b > 0), "every scroll step redraws: {scroll:?}");
    assert!(scroll.iter().all(|&b| b < 4096), "a line scrolled costs under 4 KiB: {scroll:?}");
}
