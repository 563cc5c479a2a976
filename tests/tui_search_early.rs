//! The TUI searches titles and texts as soon as a corpus's articles are in,
//! while entities are still being recognised (stop 43's CI typed a query and
//! waited two minutes for a 50 MB article's analysis to end before any hit).

mod common;

use common::{Tmux, four_panes, opening};

/// One long article: ordinary sentences, about 24 MB on one line, and a word
/// found nowhere else at its end.
fn write_long_article(dir: &std::path::Path) {
    let sentence = "The minister met the delegation in Geneva on Tuesday and spoke of trade, \
                    harvests and the river ports before the talks ended. ";
    let mut text = String::from("A long report from the talks\n\n");
    while text.len() < 24 << 20 {
        text.push_str(sentence);
    }
    text.push_str("Quillfeather closed the report.\n");
    std::fs::write(dir.join("long-report.txt"), text).expect("the article is written");
}

#[test]
fn search_hits_appear_while_the_analysis_still_runs() {
    let dir = tempfile::tempdir().expect("a temp folder");
    write_long_article(dir.path());
    let Some(tmux) = Tmux::start_with_own_folders("early-search", 120, 40, "") else { return };
    tmux.type_line(&format!("{} --corpus {}; echo korpus-exit-$?", env!("CARGO_BIN_EXE_korpus"), dir.path().display()));
    tmux.wait_for_secs("the article listed", 120, |s| four_panes(s) && s.contains("1/1 "));
    tmux.keys(&["/"]);
    tmux.type_text("quillfeather");
    let screen = tmux.wait_for_secs("search hits", 120, |s| s.contains("/ quillfeather") && s.contains("1 hit"));
    assert!(screen.contains("Quillfeather closed"), "the hit is listed:\n{screen}");
    assert!(opening(&screen), "hits came before the analysis ended:\n{screen}");
    assert!(screen.contains("entity names once analysed"), "what is still to come is said:\n{screen}");
    // once the analysis is done the same query answers from the analysed index
    let screen = tmux.wait_for_secs("the analysis", 240, |s| !opening(s) && s.contains("1 hit"));
    assert!(screen.contains("Quillfeather closed") && !screen.contains("once analysed"), "{screen}");
    tmux.keys(&["Escape", "q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}
