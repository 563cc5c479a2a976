//! A private ClickHouse cluster for a test: `scripts/clickhouse/cluster.sh`
//! starts N server processes on free loopback ports with data in a
//! temporary folder; dropping the cluster stops them.

// each test binary uses a different part of this
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU16, Ordering};

pub struct TestCluster {
    pub dir: tempfile::TempDir,
    pub url: String,
    pub base_port: u16,
    pub replicas: u16,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/clickhouse/cluster.sh")
}

fn server_installed() -> bool {
    ["/usr/sbin/clickhouse-server", "/usr/bin/clickhouse-server", "/usr/bin/clickhouse"]
        .iter()
        .any(|p| Path::new(p).exists())
}

/// Ports handed out in this process: tests run in parallel threads, and two
/// must never check the same ports free before either binds them.
static NEXT_BLOCK: AtomicU16 = AtomicU16::new(0);

/// `count` consecutive loopback ports nobody listens on (at most 16).
fn free_ports(count: u16) -> u16 {
    let process_offset = (std::process::id() % 1000) as u16 * 16;
    for _ in 0..200 {
        let block = NEXT_BLOCK.fetch_add(1, Ordering::SeqCst);
        let base = 21000 + (process_offset + block * 16) % 20000;
        if (0..count).all(|i| TcpListener::bind(("127.0.0.1", base + i)).is_ok()) {
            return base;
        }
    }
    panic!("no free loopback ports for a test cluster");
}

impl TestCluster {
    /// Start `shards` servers; without clickhouse-server: a failure in CI,
    /// elsewhere `None` and a notice.
    pub fn start(name: &str, shards: u16) -> Option<TestCluster> {
        TestCluster::start_replicated(name, shards, 1)
    }

    /// Start `shards` servers that also speak HTTPS with the test certificate
    /// (tests/data/tls, signed by its own CA): server j on `https_port(j)`.
    pub fn start_tls(name: &str, shards: u16) -> Option<TestCluster> {
        let tls = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tls");
        TestCluster::start_with(name, shards, 1, Some(&tls))
    }

    /// Start `shards` × `replicas` servers (the URL lists every one).
    pub fn start_replicated(name: &str, shards: u16, replicas: u16) -> Option<TestCluster> {
        TestCluster::start_with(name, shards, replicas, None)
    }

    fn start_with(name: &str, shards: u16, replicas: u16, tls: Option<&Path>) -> Option<TestCluster> {
        if !server_installed() {
            assert!(std::env::var("CI").is_err(), "clickhouse-server is required in CI (.ci/run installs it)");
            eprintln!("clickhouse-server not installed: skipping {name}");
            return None;
        }
        let dir = tempfile::Builder::new().prefix(&format!("korpus-ch-{name}-")).tempdir().expect("temp dir");
        // two tries: another test may take the ports between the check and the start
        for _ in 0..2 {
            let base = free_ports(shards * replicas * if tls.is_some() { 3 } else { 2 });
            let mut command = Command::new("bash");
            if let Some(tls) = tls {
                command.env("TLS_DIR", tls);
            }
            let out = command
                .arg(script())
                .args(["start", &dir.path().to_string_lossy(), &shards.to_string(), &base.to_string()])
                .arg(replicas.to_string())
                .output()
                .expect("bash runs");
            if out.status.success() {
                let url = String::from_utf8_lossy(&out.stdout).trim().to_owned();
                return Some(TestCluster { dir, url, base_port: base, replicas });
            }
            let _ = Command::new("bash").arg(script()).args(["stop", &dir.path().to_string_lossy()]).output();
            eprintln!("cluster start failed: {}", String::from_utf8_lossy(&out.stderr));
        }
        panic!("could not start a test cluster");
    }

    /// The same cluster in another database.
    pub fn url_for(&self, database: &str) -> String {
        self.url.replace("/korpus?", &format!("/{database}?"))
    }

    /// kill -9 one shard (1-based; its first replica).
    pub fn kill_shard(&self, shard: u16) {
        self.kill_replica(shard, 1);
    }

    /// kill -9 one replica of a shard (both 1-based).
    pub fn kill_replica(&self, shard: u16, replica: u16) {
        let out = Command::new("bash")
            .arg(script())
            .args(["kill", &self.dir.path().to_string_lossy(), &shard.to_string(), &replica.to_string()])
            .output()
            .expect("bash runs");
        assert!(out.status.success());
    }

    /// The HTTP port of a shard (1-based; its first replica).
    pub fn http_port(&self, shard: u16) -> u16 {
        self.replica_port(shard, 1)
    }

    /// The HTTPS port of a shard's first server (1-based), when started with TLS.
    pub fn https_port(&self, shard: u16) -> u16 {
        let servers = (self.url.matches(',').count() + 1) as u16;
        self.base_port + 2 * servers + (shard - 1) * self.replicas
    }

    /// The HTTP port of one replica of a shard (both 1-based).
    pub fn replica_port(&self, shard: u16, replica: u16) -> u16 {
        self.base_port + 2 * ((shard - 1) * self.replicas + replica - 1)
    }
}

impl Drop for TestCluster {
    fn drop(&mut self) {
        let _ = Command::new("bash").arg(script()).args(["stop", &self.dir.path().to_string_lossy()]).output();
    }
}

impl TestCluster {
    /// The korpus binary with these arguments, its analysis cache in the cluster's folder.
    pub fn korpus(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_korpus"));
        command.env("KORPUS_CACHE_DIR", self.dir.path().join("cache"));
        command
    }

    /// Run the korpus binary with these arguments.
    pub fn run(&self, args: &[&str]) -> Output {
        self.korpus().args(args).output().expect("korpus runs")
    }
}
