//! What the end-to-end tests share: a private tmux server running a plain
//! shell, driven with send-keys and read with capture-pane.

// each test binary uses a different part of this
#![allow(dead_code)]

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

static SESSION: AtomicUsize = AtomicUsize::new(0);

pub struct Tmux {
    socket: String,
    /// Temp folders the session's shell uses, removed when the session ends (after tmux is killed).
    folders: Vec<tempfile::TempDir>,
}

impl Tmux {
    /// A tmux server of this test's own, its shell started with `env` (for
    /// example `KORPUS_CACHE_DIR=… TERM=xterm`; TERM defaults to xterm-256color).
    /// Without tmux: a failure in CI, elsewhere `None` and a notice.
    pub fn start(name: &str, width: u16, height: u16, env: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(std::env::var("CI").is_err(), "tmux is required in CI");
            eprintln!("tmux not installed: skipping {name}");
            return None;
        }
        let socket = format!("korpus-{name}-{}-{}", std::process::id(), SESSION.fetch_add(1, Ordering::SeqCst));
        let tmux = Tmux { socket, folders: Vec::new() };
        let shell = format!("env PS1='$ ' TERM=xterm-256color {env} sh");
        let out = tmux.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &shell,
        ]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        Some(tmux)
    }

    /// Like `start`, with korpus's cache and data folders (`KORPUS_CACHE_DIR`,
    /// `KORPUS_DATA_DIR`) in a temp folder of this session's own, removed with
    /// it, so test runs leave nothing behind in the temp directory.
    pub fn start_with_own_folders(name: &str, width: u16, height: u16, env: &str) -> Option<Tmux> {
        let folder = tempfile::tempdir().expect("a temp folder for the session's korpus folders");
        let env = format!(
            "KORPUS_CACHE_DIR={} KORPUS_DATA_DIR={} {env}",
            folder.path().join("cache").display(),
            folder.path().join("data").display()
        );
        let mut tmux = Tmux::start(name, width, height, &env)?;
        tmux.folders.push(folder);
        Some(tmux)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux").arg("-L").arg(&self.socket).args(args).output().expect("tmux runs")
    }

    /// Named keys, one at a time: a lone Esc followed at once by a key reads
    /// as Alt-key, so there is a pause between them.
    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "main", key]);
            sleep(Duration::from_millis(70));
        }
    }

    /// Text typed as it is (no key names).
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "main", "-l", text]);
    }

    /// A shell command line, then Enter.
    pub fn type_line(&self, text: &str) {
        self.type_text(text);
        self.keys(&["Enter"]);
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "main"]).stdout).into_owned()
    }

    /// A tmux format, such as `#{alternate_on}` or `#{pane_title}`.
    pub fn format(&self, fmt: &str) -> String {
        String::from_utf8_lossy(&self.run(&["display-message", "-p", "-t", "main", fmt]).stdout).trim().to_owned()
    }

    /// The paste buffers tmux holds: OSC 52 writes land here with set-clipboard on.
    pub fn buffers(&self) -> String {
        String::from_utf8_lossy(&self.run(&["list-buffers", "-F", "#{buffer_name}: #{buffer_sample}"]).stdout)
            .trim()
            .to_owned()
    }

    /// Wait (20 s at most) until the screen satisfies `ok`, or fail showing it.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        self.wait_for_secs(what, 20, ok)
    }

    /// A screen that satisfies `ok` is captured once more before it is returned:
    /// a capture can land in the middle of a frame (half a row redrawn), so the
    /// answer is a screen seen twice alike, or after a second of trying, the last
    /// one that satisfied `ok` (a screen with a running clock never settles).
    pub fn wait_for_secs(&self, what: &str, secs: u64, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return self.settled(screen, &ok);
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            sleep(Duration::from_millis(100));
        }
    }

    fn settled(&self, mut screen: String, ok: &impl Fn(&str) -> bool) -> String {
        for _ in 0..10 {
            sleep(Duration::from_millis(100));
            let again = self.screen();
            if again == screen {
                break;
            }
            if ok(&again) {
                screen = again;
            }
        }
        screen
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// All four pane titles are on screen.
pub fn four_panes(s: &str) -> bool {
    s.contains("1 Articles") && s.contains("2 Text") && s.contains("3 Search") && s.contains("4 Related")
}

/// The status bar's words for each stage of opening a corpus (`korpus::open::Stage::label`).
const OPENING_STAGES: [&str; 9] = [
    "waiting for another korpus",
    "rebuilding it",
    "indexing it again",
    "loading articles",
    "articles loaded",
    "recognising entities",
    "indexing related articles",
    "building the search index",
    "writing the index",
];

/// The four panes, with the corpus opened and analysed: the first screen
/// comes before the analysis, and keys that need it (overview, related,
/// entities) only say "still analysing" until then.
pub fn analysed(s: &str) -> bool {
    four_panes(s) && !opening(s)
}

/// The status bar names a stage of opening the corpus: it is still being loaded or analysed.
pub fn opening(s: &str) -> bool {
    OPENING_STAGES.iter().any(|stage| s.contains(stage))
}
