//! End to end in a real terminal: the korpus binary inside tmux, driven with
//! send-keys and read with capture-pane, the way a person would use it.
//! tmux is required in CI (`.ci/run` installs it); elsewhere a missing tmux
//! skips these tests with a notice.

mod common;
mod synth;

use common::{Tmux, analysed, four_panes};
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

/// A tmux session whose korpus caches and review files stay in temp folders of its own.
fn start(width: u16, height: u16) -> Option<Tmux> {
    Tmux::start_with_own_folders("e2e", width, height, "")
}

/// The search pane's title says the search ended (`N hits`, not `N+ hits, searching…`).
fn search_done(screen: &str) -> bool {
    screen.contains(" hits") && !screen.contains("searching…")
}

/// Run korpus (with `args`) in the session's shell and wait for the four panes.
fn start_korpus(tmux: &Tmux, args: &str) {
    let bin = env!("CARGO_BIN_EXE_korpus");
    tmux.type_line(&format!("{bin} {args}; echo korpus-exit-$?"));
    tmux.wait_for("the four panes, analysed", analysed);
}

#[test]
fn explore_search_open_related_help_resize_and_quit_cleanly() {
    let Some(tmux) = start(100, 30) else { return };
    start_korpus(&tmux, "");
    assert_eq!(tmux.format("#{alternate_on}"), "1", "korpus draws on the alternate screen");
    let screen = tmux.screen();
    assert!(screen.contains("seeds (bundled)") && screen.contains("1/5"), "{screen}");

    // `/` then typing: live hits
    tmux.keys(&["/"]);
    tmux.type_text("lavrov");
    let screen = tmux.wait_for("search hits", |s| s.contains("/ lavrov") && search_done(s));
    assert!(screen.contains("Лавров") || screen.contains("Lavrov"), "{screen}");

    // Enter opens the hit in the text view, which takes focus (its hints show)
    tmux.keys(&["Enter"]);
    tmux.wait_for("text view focused", |s| s.contains("next entity"));

    // Tab reaches related (from text: search, then related)
    tmux.keys(&["Tab", "Tab"]);
    tmux.wait_for("related focused", |s| s.lines().any(|l| l.contains("┏ 4 Related")));

    // help overlay and back
    tmux.keys(&["?"]);
    tmux.wait_for("help overlay", |s| s.contains("keys in force") && s.contains("page_down"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |s| !s.contains("keys in force"));

    // resize smaller: still four panes at 60x20, only one below that
    tmux.run(&["resize-window", "-t", "main", "-x", "60", "-y", "20"]);
    tmux.wait_for("four panes at 60x20", |s| {
        s.lines().count() <= 20 && s.contains("1 Articles") && s.contains("3 Search")
    });
    tmux.run(&["resize-window", "-t", "main", "-x", "50", "-y", "14"]);
    tmux.wait_for("one pane at 50x14", |s| s.contains("4 Related") && !s.contains("1 Articles"));
    tmux.run(&["resize-window", "-t", "main", "-x", "100", "-y", "30"]);
    tmux.wait_for("four panes again", |s| s.contains("1 Articles") && s.contains("2 Text"));

    // q leaves a clean shell: normal screen, cursor visible, exit code 0
    tmux.keys(&["q"]);
    tmux.wait_for("shell prompt after quit", |s| s.contains("korpus-exit-0"));
    assert_eq!(tmux.format("#{alternate_on}"), "0", "alternate screen left");
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "cursor shown again");
}

#[test]
fn cyrillic_query_finds_latin_script_text() {
    let Some(tmux) = start(120, 32) else { return };
    start_korpus(&tmux, "");
    tmux.keys(&["/"]);
    tmux.type_text("пхеньян");
    // the hit must be in the search pane: the rows under the query, right of where it starts
    tmux.wait_for("a Latin-script hit for a Cyrillic query", |s| {
        let lines: Vec<&str> = s.lines().collect();
        let Some(row) = lines.iter().position(|l| l.contains("/ пхеньян")) else { return false };
        let column = lines[row].find("/ пхеньян").map(|b| lines[row][..b].chars().count()).unwrap_or(0);
        lines[row + 1..].iter().any(|l| {
            let right: String = l.chars().skip(column).collect();
            right.contains("Pyongyang") || right.contains("Pjongjang")
        })
    });
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for signal in ["TERM", "HUP"] {
        let Some(tmux) = start(90, 26) else { return };
        start_korpus(&tmux, "");
        // korpus is the child of this session's shell (other tests run their own korpus at the same time)
        let shell = tmux.format("#{pane_pid}");
        let pid = String::from_utf8_lossy(&Command::new("pgrep").args(["-P", &shell]).output().expect("pgrep").stdout)
            .trim()
            .to_owned();
        assert!(!pid.is_empty(), "korpus is running");
        Command::new("kill").args([&format!("-{signal}"), &pid]).status().expect("kill");
        tmux.wait_for("shell after signal", |s| s.contains("korpus-exit-"));
        assert_eq!(tmux.format("#{alternate_on}"), "0", "alternate screen left after SIG{signal}");
        assert_eq!(tmux.format("#{cursor_flag}"), "1", "cursor back after SIG{signal}");
    }
}

#[test]
fn no_color_and_a_bad_theme() {
    let Some(tmux) = start(90, 26) else { return };
    tmux.type_text(&format!("{} --theme /no/such/theme.toml; echo korpus-exit-$?", env!("CARGO_BIN_EXE_korpus")));
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("theme error", |s| s.contains("korpus-exit-1"));
    assert!(screen.contains("no theme named"), "{screen}");
    tmux.type_text(&format!("NO_COLOR=1 {} --theme light; echo korpus-exit-$?", env!("CARGO_BIN_EXE_korpus")));
    tmux.keys(&["Enter"]);
    tmux.wait_for("four panes without colour", |s| s.contains("1 Articles"));
    let styled = String::from_utf8_lossy(&tmux.run(&["capture-pane", "-p", "-e", "-t", "main"]).stdout).into_owned();
    // -e keeps SGR codes: no colour codes (3x/4x/9x/10x, 38;/48;) may appear
    for code in styled.split("\x1b[").skip(1) {
        let params = code.split('m').next().unwrap_or("");
        for p in params.split(';') {
            let n: u32 = p.parse().unwrap_or(0);
            // 39 and 49 are "default colour", which NO_COLOR allows
            let sets_colour = ((30..=49).contains(&n) && n != 39 && n != 49) || (90..=107).contains(&n);
            assert!(!sets_colour, "colour SGR {params:?} under NO_COLOR");
        }
    }
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

#[test]
fn user_keymap_from_the_config_directory_is_merged_over_defaults() {
    let Some(tmux) = start(100, 26) else { return };
    let config = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(config.path().join("korpus")).unwrap();
    std::fs::write(config.path().join("korpus/keymap.toml"), "[global]\nx = \"quit\"\nq = \"none\"\n").unwrap();
    tmux.type_text(&format!(
        "XDG_CONFIG_HOME={} {}; echo korpus-exit-$?",
        config.path().display(),
        env!("CARGO_BIN_EXE_korpus")
    ));
    tmux.keys(&["Enter"]);
    tmux.wait_for("four panes", |s| s.contains("1 Articles"));
    tmux.keys(&["q"]);
    sleep(Duration::from_millis(300));
    assert!(tmux.screen().contains("1 Articles"), "q was unbound");
    tmux.wait_for("status hint shows the new quit key", |s| s.contains(" x  quit"));
    tmux.keys(&["x"]);
    tmux.wait_for("x quits", |s| s.contains("korpus-exit-0"));

    // a typo: korpus starts with the default keys and says which line and what was meant
    std::fs::write(config.path().join("korpus/keymap.toml"), "# my keys\n[global]\nx = \"quitt\"\n").unwrap();
    tmux.type_text(&format!(
        "clear; XDG_CONFIG_HOME={} {}; echo korpus-exit-$?",
        config.path().display(),
        env!("CARGO_BIN_EXE_korpus")
    ));
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the keymap warning on screen", |s| four_panes(s) && s.contains("keymap.toml line 3"));
    assert!(screen.contains("did you mean \"quit\""), "{screen}");
    // the warnings view names the whole file; q (a default key) quits
    tmux.keys(&["W"]);
    tmux.wait_for("the warning in the warnings view", |s| s.contains("korpus/keymap.toml\": line 3"));
    tmux.keys(&["Escape", "q"]);
    let screen = tmux.wait_for("q quits with the defaults", |s| s.contains("korpus-exit-0"));
    assert!(screen.contains("korpus uses the default keys"), "the warning is repeated on stderr:\n{screen}");
}

#[test]
fn without_a_utf8_locale_borders_are_ascii_and_text_still_shows() {
    let Some(tmux) = start(100, 28) else { return };
    tmux.type_text(&format!("LC_ALL= LC_CTYPE= LANG=C {}; echo korpus-exit-$?", env!("CARGO_BIN_EXE_korpus")));
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("panes in ASCII", |s| s.contains("1 Articles") && s.contains("3 Search"));
    for glyph in ['┌', '┏', '│', '┃', '─', '━', '█', '…'] {
        assert!(!screen.contains(glyph), "{glyph} drawn under LANG=C:\n{screen}");
    }
    assert!(screen.contains("+") && screen.contains("|"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

#[test]
fn copy_over_ssh_reaches_the_terminal_clipboard_through_osc52() {
    let Some(tmux) = start(100, 28) else { return };
    tmux.run(&["set-option", "-g", "set-clipboard", "on"]);
    // SSH_TTY tells korpus it runs over SSH: copy through the terminal
    tmux.type_text(&format!("SSH_TTY=/dev/pts/9 {}; echo korpus-exit-$?", env!("CARGO_BIN_EXE_korpus")));
    tmux.keys(&["Enter"]);
    tmux.wait_for("four panes", |s| s.contains("1 Articles"));
    tmux.keys(&["j", "y"]);
    tmux.wait_for("copy message", |s| s.contains("OSC 52"));
    let buffer = String::from_utf8_lossy(&tmux.run(&["show-buffer"]).stdout).into_owned();
    assert!(buffer.starts_with("001_3f4717b877e978cd.txt\t"), "clipboard: {buffer:?}");
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

#[test]
fn overlays_over_devanagari_text_leave_no_stray_letters() {
    let Some(tmux) = start(100, 30) else { return };
    start_korpus(&tmux, "");
    // the Hindi article fills the text and related panes, then the overview covers them
    tmux.keys(&["j", "j", "j"]);
    tmux.wait_for("Hindi article selected", |s| s.contains("4/5"));
    tmux.keys(&["o"]);
    let screen = tmux.wait_for("overview", |s| s.contains("people by articles"));
    let stray: String = screen.chars().filter(|c| ('\u{900}'..='\u{97f}').contains(c)).collect();
    assert!(stray.is_empty(), "Devanagari left behind under the overview: {stray:?}\n{screen}");
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

/// korpus on the seeds with its review (and exports) in `data`, nothing reviewed yet.
fn start_reviewing_seeds(tmux: &Tmux, data: &std::path::Path) {
    let bin = env!("CARGO_BIN_EXE_korpus");
    tmux.type_line(&format!("KORPUS_DATA_DIR={} {bin}; echo korpus-exit-$?", data.display()));
    tmux.wait_for("four panes", |s| s.contains("1 Articles") && s.contains("0/5 reviewed"));
}

#[test]
fn review_marks_and_a_note_survive_quitting_and_export() {
    let Some(tmux) = start(100, 28) else { return };
    let data = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_korpus");
    start_reviewing_seeds(&tmux, data.path());
    tmux.keys(&["j", "m", "s"]);
    tmux.wait_for("progress", |s| s.contains("1/5 reviewed"));
    tmux.keys(&["a"]);
    tmux.wait_for("note editor", |s| s.contains(" note "));
    tmux.type_text("Проверить дату");
    tmux.keys(&["Escape"]);
    tmux.wait_for("editor closed", |s| !s.contains(" note "));
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
    let out = Command::new(bin)
        .args(["review", "export", "--format", "json"])
        .env("KORPUS_DATA_DIR", data.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("export JSON");
    let rows = json["articles"].as_array().expect("articles");
    let row = rows.iter().find(|r| r["id"] == "001_3f4717b877e978cd.txt").expect("the second seed was reviewed");
    let mark = if row.get("mark").is_some() { &row["mark"] } else { row };
    assert_eq!(mark["read"], true, "{row}");
    assert_eq!(mark["starred"], true, "{row}");
    assert_eq!(mark["note"], "Проверить дату", "{row}");
}

#[test]
fn a_large_corpus_can_be_browsed_before_its_analysis_is_done() {
    // 30,000 generated articles: long enough to analyse that the list must come first
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jsonl");
    let lines: Vec<String> = (0..30_000).map(|n| synth::jsonl_line(&synth::article(n))).collect();
    std::fs::write(&path, lines.join("\n")).unwrap();
    let Some(tmux) = start(120, 32) else { return };
    let bin = env!("CARGO_BIN_EXE_korpus");
    tmux.type_line(&format!("{bin} -c {}; echo korpus-exit-$?", path.display()));
    let first = tmux.wait_for("articles listed while the corpus is still being opened", |s| {
        four_panes(s) && common::opening(s) && s.contains("1/")
    });
    assert!(!first.contains("opening "), "the loading screen is gone once articles are in:\n{first}");
    // keys work meanwhile: the selection moves and the text pane follows
    tmux.keys(&["j"]);
    tmux.wait_for("the second article selected", |s| s.contains("│ 2/"));
    let done = tmux.wait_for_secs("the analysis to finish", 120, analysed);
    assert!(done.contains("2/30000"), "the whole corpus, the reader's place kept:\n{done}");
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

#[test]
fn the_log_times_each_keystroke_to_its_results_on_screen() {
    let Some(tmux) = start(120, 32) else { return };
    let log_dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_korpus");
    tmux.type_line(&format!(
        "KORPUS_LOG=korpus::keystroke=debug KORPUS_DATA_DIR={} {bin}; echo korpus-exit-$?",
        log_dir.path().display()
    ));
    tmux.wait_for("the four panes, analysed", analysed);
    tmux.keys(&["/"]);
    for key in ["l", "a", "v"] {
        tmux.type_text(key);
        sleep(Duration::from_millis(300));
    }
    tmux.wait_for("hits for lav", |s| s.contains("Lavrov"));
    tmux.keys(&["Escape", "q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
    let text = std::fs::read_to_string(log_dir.path().join("korpus.log")).unwrap();
    // `… DEBUG main korpus::keystroke: first ms=12.3 query=lav`
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter_map(|l| l.split_once("korpus::keystroke: "))
        .map(|(_, rest)| rest.splitn(3, ' ').collect())
        .collect();
    for query in ["l", "la", "lav"] {
        let first = rows
            .iter()
            .find(|r| r[0] == "first" && r[2] == format!("query={query}"))
            .unwrap_or_else(|| panic!("no first results logged for {query:?}:\n{text}"));
        let ms: f64 = first[1].trim_start_matches("ms=").parse().unwrap();
        assert!(ms > 0.0 && ms < 10_000.0, "{first:?}");
    }
    assert!(
        rows.iter().any(|r| r[0] == "final" && r[2] == "query=lav"),
        "the final ranking of the last query:\n{text}"
    );
}

/// The column (in characters of the captured line) where `needle` starts on `line`.
fn column_of(line: &str, needle: char) -> Option<usize> {
    line.chars().position(|c| c == needle)
}

#[test]
fn devanagari_hits_read_whole_say_their_article_and_overlays_keep_their_border() {
    let Some(tmux) = start(120, 34) else { return };
    start_korpus(&tmux, "");
    tmux.keys(&["/"]);
    tmux.type_text("pyong");
    let screen = tmux.wait_for("hits for pyong", |s| s.contains("/ pyong") && search_done(s));
    // the Hindi city reads whole (no letter dropped at the highlight's edge)
    assert!(screen.contains("प्योंगयांग"), "{screen}");
    assert!(!screen.contains("पयोंगयांग"), "a letter lost inside the highlight:\n{screen}");
    // each text hit names its article: the Hindi article's title starts with रूसी
    let hindi_hit = screen.lines().find(|l| l.contains("text   hi")).expect("a Hindi text hit");
    assert!(hindi_hit.contains("रूसी"), "the hit's article:\n{screen}");
    // Enter on a Hindi text hit: the text view shows the word whole
    let hits: Vec<&str> = screen.lines().skip_while(|l| !l.contains("/ pyong")).skip(1).collect();
    let at = hits.iter().position(|l| l.contains("text   hi")).unwrap();
    for _ in 0..at {
        tmux.keys(&["Down"]);
    }
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the Hindi article opened", |s| s.contains("next entity") && s.contains("│ 4/5"));
    let text_rows: Vec<&str> = screen.lines().take_while(|l| !l.contains("3 Search")).collect();
    assert!(text_rows.iter().any(|l| l.contains("प्योंगयांग")), "{screen}");
    // the help overlay over Hindi rows: its left border is in one column on every row
    tmux.keys(&["?"]);
    let screen = tmux.wait_for("help", |s| s.contains("keys in force"));
    let lines: Vec<&str> = screen.lines().collect();
    let top = lines.iter().position(|l| l.contains('╔')).unwrap();
    let column = column_of(lines[top], '╔').unwrap();
    for line in &lines[top + 1..] {
        if line.contains('╚') {
            break;
        }
        // characters before the border: count display columns (tmux gives one char per cell, marks ride along)
        let cells: usize = line
            .chars()
            .take_while(|&c| c != '║')
            .filter(|c| !('\u{900}'..='\u{97f}').contains(c) || !is_devanagari_mark(*c))
            .count();
        assert_eq!(cells, column, "left border moved on row:\n{line}\n{screen}");
    }
    tmux.keys(&["Escape", "q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

/// Devanagari signs that take no column of their own (virama, nukta, most vowel signs below/above).
fn is_devanagari_mark(c: char) -> bool {
    matches!(c, '\u{900}'..='\u{902}' | '\u{93a}' | '\u{93c}' | '\u{941}'..='\u{948}' | '\u{94d}' | '\u{951}'..='\u{957}' | '\u{962}' | '\u{963}')
}

/// Three news articles as a feed writes them: dates in two formats, sources, links.
const NEWS: &str = r#"{"id":"a","lang":"en","date":"2024-06-18","source":"Reuters","url":"https://example.org/a","text":"Lavrov arrives in Pyongyang\n\nRussian Foreign Minister Sergey Lavrov arrived in Pyongyang on Tuesday. Lavrov will meet Kim Jong Un."}
{"id":"b","lang":"ru","date":"Thu, 20 Jun 2024 09:00:00 GMT","source":"TASS","url":"https://example.org/b","text":"Лавров прибыл в Пхеньян\n\nМинистр иностранных дел России Сергей Лавров прибыл в Пхеньян."}
{"id":"c","lang":"en","date":"2024-06-19","source":"AP","url":"https://example.org/c","text":"Putin and Kim sign a pact\n\nVladimir Putin and Kim Jong Un signed a pact in Pyongyang."}
"#;

#[test]
fn news_metadata_sorts_and_filters_and_the_reader_finds_goes_back_and_pages() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news.jsonl");
    std::fs::write(&corpus, NEWS).unwrap();
    let paged = dir.path().join("paged.txt");
    let Some(tmux) = start(130, 30) else { return };
    let bin = env!("CARGO_BIN_EXE_korpus");
    // the pager copies what it is given, so what korpus handed over can be read
    tmux.type_line(&format!(
        "PAGER='tee {} >/dev/null <' {bin} -c {}; echo korpus-exit-$?",
        paged.display(),
        corpus.display()
    ));
    let screen = tmux.wait_for("the news listed with dates", |s| four_panes(s) && s.contains("2024-06-20"));
    assert!(screen.contains("en Latn · 2024-06-18 · Reuters · https://example.org/a"), "{screen}");
    // S: by date, newest first
    tmux.keys(&["S"]);
    let screen = tmux.wait_for("sorted by date", |s| s.contains("by date"));
    let dated: Vec<&str> = screen.lines().filter(|l| l.contains("2024-06-")).take(3).collect();
    assert!(
        dated[0].contains("2024-06-20") && dated[1].contains("2024-06-19") && dated[2].contains("2024-06-18"),
        "{screen}"
    );
    // f: a filter line, the language and a date range together
    tmux.keys(&["f"]);
    tmux.wait_for("the filter prompt", |s| s.contains(" filter: "));
    tmux.type_text("lang:en date:2024-06-19..");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("one article listed", |s| s.contains("1/1 lang:en date:2024-06-19"));
    // the list is the left 44 columns
    let listed = screen
        .lines()
        .filter(|l| l.starts_with('┃') && l.chars().take(44).collect::<String>().contains("2024-06-"))
        .count();
    assert_eq!(listed, 1, "{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("all listed again", |s| s.contains("3/3") || s.contains("/3 "));
    // find inside the open article, n to the next match
    tmux.keys(&["Enter", "f"]);
    tmux.wait_for("the find prompt", |s| s.contains(" find: "));
    tmux.type_text("kim");
    tmux.keys(&["Enter"]);
    tmux.wait_for("matches counted", |s| s.contains("matches of \"kim\""));
    // v: the article in $PAGER, then korpus is back, whole
    tmux.keys(&["v"]);
    tmux.wait_for("back from the pager", |s| s.contains("back from tee") && four_panes(s));
    let handed = std::fs::read_to_string(&paged).unwrap();
    assert!(handed.contains("2024-06-") && handed.contains("Kim Jong Un"), "{handed}");
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

#[test]
fn a_cluster_that_cannot_be_reached_is_said_in_the_panes_and_after_quitting() {
    // 120 columns: the shell's prompt may or may not precede the closing message,
    // and at 100 that shift moved "cannot be reached" across the wrap
    let Some(tmux) = start(120, 30) else { return };
    // port 1 on loopback: nothing listens there
    start_korpus(&tmux, "--corpus clickhouse://127.0.0.1:1/news");
    tmux.keys(&["/"]);
    tmux.type_text("kim");
    let screen = tmux.wait_for("the reason in the search pane", |s| s.contains("nothing to search: cannot open"));
    assert!(screen.contains("127.0.0.1:1") && !screen.contains("being built"), "{screen}");
    tmux.keys(&["Escape", "q"]);
    let screen = tmux.wait_for("exit", |s| s.contains("korpus-exit-"));
    assert!(screen.contains("korpus: cannot open corpus:") && screen.contains("127.0.0.1:1 cannot be"), "{screen}");
}

/// One report in Arabic, Hebrew and English (written for this test).
const RIGHT_TO_LEFT_NEWS: &str = r#"{"id":"ar1","lang":"ar","text":"لافروف يلتقي كيم جونغ أون في بيونغ يانغ\n\nالتقى وزير الخارجية الروسي سيرغي لافروف بالزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ."}
{"id":"he1","lang":"he","text":"לברוב נפגש עם קים ג'ונג און בפיונגיאנג\n\nשר החוץ הרוסי סרגיי לברוב נפגש עם מנהיג צפון קוריאה קים ג'ונג און בפיונגיאנג."}
{"id":"en1","lang":"en","title":"Lavrov meets Kim Jong Un in Pyongyang","text":"Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang."}
"#;

#[test]
fn arabic_and_hebrew_titles_and_hits_read_right_to_left_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("rtl.jsonl");
    std::fs::write(&corpus, RIGHT_TO_LEFT_NEWS).unwrap();
    let reversed = |s: &str| s.chars().rev().collect::<String>();
    let Some(tmux) = start(120, 30) else { return };
    start_korpus(&tmux, &format!("-c {}", corpus.display()));
    // tmux draws cells left to right as given: the first word read is rightmost
    let screen = tmux.wait_for("the titles listed", |s| s.contains("Lavrov meets"));
    assert!(screen.contains(&reversed("لافروف يلتقي كيم")), "{screen}");
    assert!(screen.contains(&reversed("לברוב נפגש עם קים")), "{screen}");
    tmux.keys(&["/"]);
    tmux.type_text("לברוב");
    let screen = tmux.wait_for("hits", |s| s.contains("title  he"));
    let title_hit = screen.lines().find(|l| l.contains("title  he")).unwrap_or_default();
    assert!(title_hit.contains(&reversed("לברוב נפגש עם קים ג'ונג און בפיונגיאנג")), "{screen}");
    // narrow: the titles are cut at their reading end, which is on the left
    tmux.run(&["resize-window", "-t", "main", "-x", "60", "-y", "24"]);
    // (tmux cuts the old screen at once; korpus's redraw is what is waited for)
    tmux.wait_for("the Hebrew title cut on its left", |s| {
        let listed = s.lines().find(|l| l.contains("he  ")).unwrap_or_default();
        let (cut, first_word) = (listed.find('…'), listed.find(&reversed("לברוב")));
        cut.is_some() && first_word.is_some() && cut < first_word && !listed.contains(&reversed("ג'ונג און"))
    });
    tmux.keys(&["Escape", "q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

#[test]
fn the_export_dialog_asks_for_format_and_file_and_refuses_to_overwrite_unasked() {
    let Some(tmux) = start(100, 30) else { return };
    let data = tempfile::tempdir().unwrap();
    start_reviewing_seeds(&tmux, data.path());
    tmux.keys(&["j", "m", "s"]);
    tmux.wait_for("read and starred", |s| s.contains("1/5 reviewed"));

    // E: CSV first, in the data directory, named by today's date
    let today = korpus::dates::format_day(korpus::dates::today_utc());
    tmux.keys(&["E"]);
    let csv = format!("korpus-review-{today}.csv");
    tmux.wait_for("the dialog", |s| s.contains("export the review") && s.contains("[ CSV ]") && s.contains(&csv));
    // Tab twice: JSON, and the name follows
    tmux.keys(&["Tab", "Tab"]);
    let json = format!("korpus-review-{today}.json");
    tmux.wait_for("JSON chosen", |s| s.contains("[ JSON ]") && s.contains(&json));
    tmux.keys(&["Enter"]);
    tmux.wait_for("written", |s| s.contains("review written to") && !s.contains("export the review"));
    let written = std::fs::read_to_string(data.path().join(&json)).expect("the export in the data directory");
    let export: serde_json::Value = serde_json::from_str(&written).expect("JSON");
    assert_eq!(export["articles"][0]["starred"], true, "{written}");

    // a folder that is not there is said, and the dialog stays to mend the path
    tmux.keys(&["E"]);
    tmux.wait_for("the dialog again, on JSON, with a new name", |s| {
        s.contains("[ JSON ]") && s.contains(&format!("korpus-review-{today}-2.json"))
    });
    tmux.keys(&["C-u"]);
    tmux.type_text(&format!("{}/nowhere/r.json", data.path().display()));
    tmux.keys(&["Enter"]);
    tmux.wait_for("no such folder", |s| s.contains("there is no folder") && s.contains("export the review"));

    // an existing file is refused until a second Enter
    let mine = data.path().join("mine.md");
    std::fs::write(&mine, "keep me").unwrap();
    tmux.keys(&["C-u"]);
    tmux.type_text(&mine.display().to_string());
    tmux.keys(&["Up"]);
    tmux.wait_for("Markdown", |s| s.contains("[ Markdown ]"));
    tmux.keys(&["Enter"]);
    tmux.wait_for("refused", |s| s.contains("exists — enter again to overwrite"));
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "keep me");
    tmux.keys(&["Enter"]);
    tmux.wait_for("overwritten", |s| s.contains("review written to"));
    let markdown = std::fs::read_to_string(&mine).unwrap();
    assert!(markdown.starts_with("# Review of seeds"), "{markdown}");
    tmux.keys(&["q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}
