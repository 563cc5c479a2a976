//! Over SSH, for real: OpenSSH's sshd on a loopback port with throwaway keys,
//! `ssh -tt` inside tmux, the release binary on the far side.
//!
//! Checked: the four panes appear over SSH and `q` quits cleanly; the same
//! with TERM=xterm (16 colours), TERM=xterm-256color, LANG=C and a 60x20
//! window; cutting the connection (kill -9 of the ssh client) while a note
//! is being typed makes korpus on the server exit within seconds, keeps the
//! typed note and leaves nothing running.
//!
//! sshd is installed by `.ci/run`; in CI (`CI` set) a missing sshd fails the
//! test, elsewhere it is skipped with a notice.

mod common;

use common::{Tmux, analysed};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

const SSHD: &str = "/usr/sbin/sshd";

/// A private sshd, stopped when dropped.
struct Sshd {
    child: Child,
    dir: tempfile::TempDir,
    port: u16,
    user: String,
}

fn run_ok(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

impl Sshd {
    fn start() -> Option<Sshd> {
        let have = |bin: &str| Command::new(bin).arg("-V").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok();
        if !Path::new(SSHD).exists() || !have("ssh") || !have("tmux") {
            assert!(std::env::var("CI").is_err(), "sshd, ssh and tmux are required in CI (.ci/run installs them)");
            eprintln!("sshd, ssh or tmux not installed: skipping the SSH end-to-end test");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for key in ["host_key", "user_key"] {
            run_ok(Command::new("ssh-keygen").args(["-q", "-N", "", "-t", "ed25519", "-f"]).arg(d.join(key)));
        }
        std::fs::copy(d.join("user_key.pub"), d.join("authorized_keys")).unwrap();
        // sshd wants its privilege separation directory (the package's service unit makes it)
        let _ = std::fs::create_dir_all("/run/sshd");
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let config = format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host_key\nAuthorizedKeysFile {d}/authorized_keys\n\
             UsePAM no\nStrictModes no\nPidFile {d}/sshd.pid\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n\
             PubkeyAuthentication yes\nPermitRootLogin prohibit-password\nLogLevel ERROR\n",
            d = d.display()
        );
        std::fs::write(d.join("sshd_config"), config).unwrap();
        let child = Command::new(SSHD)
            .args(["-D", "-e", "-f"])
            .arg(d.join("sshd_config"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(d.join("sshd.log")).unwrap())
            .spawn()
            .expect("sshd starts");
        let user = String::from_utf8(run_ok(Command::new("id").arg("-un")).stdout).unwrap().trim().to_owned();
        let sshd = Sshd { child, dir, port, user };
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "sshd did not listen: {}", sshd.log());
            sleep(Duration::from_millis(50));
        }
        Some(sshd)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("sshd.log")).unwrap_or_default()
    }

    /// The ssh command line that runs `remote` on this server.
    fn ssh(&self, remote: &str) -> String {
        format!(
            "ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes -i {} -p {} {}@127.0.0.1 '{remote}'",
            self.dir.path().join("user_key").display(),
            self.port,
            self.user
        )
    }

    /// Connection handlers still alive (one per open SSH session).
    fn sessions(&self) -> Vec<String> {
        let out = Command::new("pgrep").args(["-P", &self.child.id().to_string()]).output().expect("pgrep");
        String::from_utf8_lossy(&out.stdout).split_whitespace().map(str::to_owned).collect()
    }

    fn wait_no_sessions(&self, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while !self.sessions().is_empty() {
            assert!(Instant::now() < deadline, "{what}: sshd sessions left running: {:?}", self.sessions());
            sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Sshd {
    fn drop(&mut self) {
        for pid in self.sessions() {
            let _ = Command::new("kill").args(["-KILL", &pid]).status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One korpus session over SSH: its own data directory and review file,
/// whose path is unique and so finds the remote processes.
struct Remote {
    data: tempfile::TempDir,
}

impl Remote {
    fn new() -> Remote {
        Remote { data: tempfile::tempdir().unwrap() }
    }

    fn review_file(&self) -> PathBuf {
        self.data.path().join("review.json")
    }

    fn command(&self, term: &str, lang: &str) -> String {
        format!(
            "env TERM={term} LANG={lang} LC_ALL={lang} KORPUS_DATA_DIR={data} KORPUS_CACHE_DIR={data}/cache {bin} --review-file {review}; echo korpus-exit-$?",
            data = self.data.path().display(),
            bin = env!("CARGO_BIN_EXE_korpus"),
            review = self.review_file().display()
        )
    }

    /// korpus processes (and their shells) still running for this session.
    fn processes(&self) -> Vec<String> {
        let out = Command::new("pgrep")
            .args([
                "-a",
                "-f",
                &format!("{} --review-file {}", env!("CARGO_BIN_EXE_korpus"), self.review_file().display()),
            ])
            .output()
            .expect("pgrep");
        String::from_utf8_lossy(&out.stdout).lines().filter(|l| !l.contains("ssh -tt")).map(str::to_owned).collect()
    }
}

/// Mark the selected (first) article read (`m`) and starred (`s`); checked in
/// the review file by `assert_review_saved`.
fn review_an_article(tmux: &Tmux) {
    tmux.keys(&["m", "s"]);
    sleep(Duration::from_millis(300));
}

fn assert_review_saved(remote: &Remote) -> korpus::review::ReviewMark {
    let first = korpus::corpus::load_seeds().articles[0].id.clone();
    let (store, warnings) = korpus::review::ReviewStore::open(&remote.review_file()).expect("review file readable");
    assert!(warnings.is_empty(), "{warnings:?}");
    let mark = store.get(&first).unwrap_or_else(|| panic!("no mark for {first} in {}", remote.review_file().display()));
    assert!(mark.read && mark.starred, "{mark:?}");
    mark.clone()
}

/// Log in, see the four panes, review, quit with `q`.
fn session_quits_cleanly(sshd: &Sshd, width: u16, height: u16, term: &str, lang: &str) {
    let what = format!("{width}x{height} TERM={term} LANG={lang}");
    let Some(tmux) = Tmux::start("ssh", width, height, &format!("TERM={term}")) else { return };
    let remote = Remote::new();
    tmux.type_line(&sshd.ssh(&remote.command(term, lang)));
    let screen = tmux.wait_for(&format!("the four panes over SSH ({what})"), analysed);
    assert!(screen.lines().count() <= height as usize, "{screen}");
    review_an_article(&tmux);
    tmux.keys(&["q"]);
    tmux.wait_for(&format!("korpus exits 0 over SSH ({what})"), |s| s.contains("korpus-exit-0"));
    assert_eq!(tmux.format("#{alternate_on}"), "0", "alternate screen left ({what})");
    assert_review_saved(&remote);
    sshd.wait_no_sessions(&what);
    assert!(remote.processes().is_empty(), "{what}: left running: {:?}", remote.processes());
    eprintln!("ssh: {what}: four panes, q quit cleanly");
}

#[test]
fn korpus_over_ssh_renders_quits_and_dies_with_its_connection() {
    let Some(sshd) = Sshd::start() else { return };

    session_quits_cleanly(&sshd, 100, 30, "xterm-256color", "C.UTF-8");
    session_quits_cleanly(&sshd, 100, 30, "xterm", "C.UTF-8");
    session_quits_cleanly(&sshd, 100, 30, "xterm-256color", "C");
    session_quits_cleanly(&sshd, 60, 20, "xterm-256color", "C.UTF-8");

    // the connection cut mid-session: kill -9 the ssh client
    let Some(tmux) = Tmux::start("ssh", 100, 30, "") else { return };
    let remote = Remote::new();
    tmux.type_line(&sshd.ssh(&remote.command("xterm-256color", "C.UTF-8")));
    tmux.wait_for("the four panes before the cut", analysed);
    review_an_article(&tmux);
    // the note editor open, a note half typed: it must survive the cut
    tmux.keys(&["a"]);
    tmux.wait_for("the note editor", |s| s.contains(" note ") && s.contains("keep"));
    tmux.type_text("typed before the cut: Пхеньян");
    tmux.wait_for("the typed note on screen", |s| s.contains("typed before the cut"));
    assert!(!remote.processes().is_empty(), "korpus runs on the server side");
    let shell = tmux.format("#{pane_pid}");
    let client =
        String::from_utf8_lossy(&Command::new("pgrep").args(["-P", &shell, "ssh"]).output().expect("pgrep").stdout)
            .trim()
            .to_owned();
    assert!(!client.is_empty() && !client.contains('\n'), "one ssh client: {client:?}");
    let cut = Instant::now();
    run_ok(Command::new("kill").args(["-KILL", &client]));
    while !remote.processes().is_empty() {
        assert!(
            cut.elapsed() < Duration::from_secs(5),
            "korpus still running 5 s after the cut: {:?}",
            remote.processes()
        );
        sleep(Duration::from_millis(50));
    }
    eprintln!("ssh: connection cut; korpus on the server gone after {:?}", cut.elapsed());
    sshd.wait_no_sessions("after the cut");
    let mark = assert_review_saved(&remote);
    assert_eq!(mark.note, "typed before the cut: Пхеньян", "the note typed when the connection dropped");
    assert!(!sshd.log().contains("fatal"), "sshd log: {}", sshd.log());
}
