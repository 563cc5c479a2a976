//! What a terminal program is expected to do, checked in tmux on the real
//! binary: `korpus PATH` opens PATH, a signal ends it with exit status 128+N,
//! ctrl-z suspends it and `fg` brings it back whole, `KORPUS_LOG` writes a
//! log file instead of the screen.

mod common;

use std::process::Command;

use common::{Tmux, analysed, four_panes};

fn start(name: &str) -> Option<Tmux> {
    Tmux::start_with_own_folders(name, 100, 28, "")
}

/// Start korpus with `args`, and after it the exit status, then wait for the four panes.
fn start_korpus(tmux: &Tmux, args: &str) {
    tmux.type_line(&format!("{} {args}; echo korpus-exit-$?", env!("CARGO_BIN_EXE_korpus")));
    tmux.wait_for("the four panes, analysed", analysed);
}

/// The line the shell prints once korpus has ended (not the command line that asks for it).
fn exit_line(screen: &str) -> bool {
    // `korpus-exit-$?` is the command typed; a digit after the dash is the shell's answer
    screen.split("korpus-exit-").skip(1).any(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// The korpus process of this session (the child of its shell).
fn korpus_pid(tmux: &Tmux) -> String {
    let shell = tmux.format("#{pane_pid}");
    let out = Command::new("pgrep").args(["-P", &shell]).output().expect("pgrep");
    let pid = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert!(!pid.is_empty() && !pid.contains('\n'), "one korpus running: {pid:?}");
    pid
}

#[test]
fn korpus_path_opens_that_corpus_as_less_file_does() {
    let Some(tmux) = start("path") else { return };
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let is_article = |e: &std::fs::DirEntry| e.path().extension().is_some_and(|x| x == "txt");
    let articles = std::fs::read_dir(format!("{data}/related")).unwrap().flatten().filter(is_article).count();
    // `related` is also a command's name: a path says it is the corpus
    tmux.type_line(&format!("cd {data}"));
    start_korpus(&tmux, "./related");
    let screen = tmux.wait_for("the corpus's articles listed", |s| s.contains(&format!("/{articles} ")));
    assert!(
        screen.lines().any(|l| l.trim_start().starts_with("./related")),
        "the status bar names the corpus:\n{screen}"
    );
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("exit", exit_line);
    assert!(screen.contains("korpus-exit-0"), "{screen}");
}

#[test]
fn a_signal_ends_the_explorer_with_exit_status_128_plus_its_number() {
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
        let Some(tmux) = start("signal") else { return };
        start_korpus(&tmux, "");
        Command::new("kill").args([&format!("-{signal}"), &korpus_pid(&tmux)]).status().expect("kill");
        let screen = tmux.wait_for("the shell after the signal", exit_line);
        assert!(screen.contains(&format!("korpus-exit-{}", 128 + number)), "SIG{signal}:\n{screen}");
        assert_eq!(tmux.format("#{alternate_on}"), "0", "terminal restored after SIG{signal}");
    }
}

#[test]
fn ctrl_z_suspends_and_fg_resumes_with_the_whole_screen() {
    let Some(tmux) = start("suspend") else { return };
    start_korpus(&tmux, "");
    tmux.keys(&["j"]);
    tmux.wait_for("the second article selected", |s| s.contains("2/5"));
    for suspend in ["key", "signal"] {
        match suspend {
            "key" => tmux.keys(&["C-z"]),
            _ => {
                Command::new("kill").args(["-TSTP", &korpus_pid(&tmux)]).status().expect("kill");
            }
        }
        // the shell has the terminal: the alternate screen is gone and the job is stopped
        tmux.wait_for(&format!("the shell after a suspend by {suspend}"), |s| s.contains("Stopped"));
        assert_eq!(tmux.format("#{alternate_on}"), "0", "suspended by {suspend}: the shell's screen");
        tmux.type_line("clear; fg");
        let screen = tmux.wait_for(&format!("korpus back after a suspend by {suspend}"), four_panes);
        assert!(screen.contains("2/5"), "the same place after {suspend}:\n{screen}");
        assert_eq!(tmux.format("#{alternate_on}"), "1");
    }
    tmux.keys(&["q"]);
    // the shell dropped the rest of the command line when the job stopped: `fg` has the status
    tmux.wait_for("the shell after quitting", |s| s.trim_end().ends_with('$') && !four_panes(s));
    tmux.type_line("echo fg-exit-$?");
    tmux.wait_for("exit 0 after resuming", |s| s.contains("fg-exit-0"));
}

#[test]
fn with_korpus_log_the_explorer_logs_a_failure_and_the_signal_that_ended_it() {
    let Some(tmux) = Tmux::start("log", 100, 28, "") else { return };
    let data = tempfile::tempdir().unwrap();
    // a cluster that is not there: the opener thread fails, the status bar says so
    tmux.type_line(&format!(
        "KORPUS_LOG=info KORPUS_DATA_DIR={} {} clickhouse://127.0.0.1:1/news; echo korpus-exit-$?",
        data.path().display(),
        env!("CARGO_BIN_EXE_korpus")
    ));
    tmux.wait_for("the failure on the status bar", |s| s.contains("cannot open corpus"));
    Command::new("kill").args(["-TERM", &korpus_pid(&tmux)]).status().expect("kill");
    let screen = tmux.wait_for("the shell after the signal", exit_line);
    assert!(screen.contains("korpus-exit-143"), "{screen}");
    let log = std::fs::read_to_string(data.path().join("korpus.log")).expect("korpus.log in KORPUS_DATA_DIR");
    let line = |level: &str, what: &str| log.lines().any(|l| l.contains(level) && l.contains(what));
    assert!(line("INFO", "korpus started"), "{log}");
    assert!(line("WARN", "cannot open corpus: \"clickhouse://127.0.0.1:1/news\""), "{log}");
    assert!(line("INFO", "stopped by signal 15"), "{log}");
    // the level asked for is the level written
    assert!(!log.contains("DEBUG"), "{log}");
}
