//! A huge one-line article in a real terminal: its first screen comes while
//! the corpus is still being analysed, `G` reaches its last row, and `q`
//! quits at once (the text view lays out only the rows it shows, a block at
//! a time, so no key waits for a 8 MB line to be wrapped whole).

mod common;

use common::{Tmux, four_panes};

/// The text pane's position (`first-last/rows`) says its last row is shown.
fn at_the_end(screen: &str) -> bool {
    screen.split(|c: char| !(c.is_ascii_digit() || c == '-' || c == '/')).any(|word| {
        let Some((range, total)) = word.split_once('/') else { return false };
        let Some((first, last)) = range.split_once('-') else { return false };
        first.parse::<u64>().is_ok_and(|f| f > 1) && last == total && !total.is_empty()
    })
}

#[test]
fn a_huge_one_line_article_shows_at_once_scrolls_to_its_end_and_quits() {
    let dir = tempfile::tempdir().unwrap();
    // 8.5 MB on one line, Cyrillic among the words
    let text = "Lavrov met officials in Pyongyang and Москва on Wednesday. ".repeat(140_000);
    std::fs::write(dir.path().join("long.txt"), text).unwrap();
    let Some(tmux) = Tmux::start_with_own_folders("huge", 120, 32, "") else { return };
    let bin = env!("CARGO_BIN_EXE_korpus");
    tmux.type_line(&format!("{bin} -c {}; echo korpus-exit-$?", dir.path().display()));
    tmux.wait_for("the article's first rows", |s| four_panes(s) && s.contains("Lavrov met officials in"));
    // Enter gives the text view the keys; G shows the last rows
    tmux.keys(&["Enter"]);
    tmux.wait_for("the text view focused", |s| s.contains("next entity"));
    tmux.keys(&["G"]);
    let end = tmux.wait_for("the last rows", at_the_end);
    assert!(end.contains("Wednesday."), "{end}");
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
    assert_eq!(tmux.format("#{alternate_on}"), "0", "alternate screen left");
}
