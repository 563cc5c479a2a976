//! korpus on a two-shard ClickHouse cluster of the test's own (two server
//! processes on loopback ports): the cluster serves the same answers as the
//! embedded index, holds data on both shards, and fails clearly.

mod clickhouse_cluster;

use std::sync::Arc;

use clickhouse_cluster::{TestCluster, korpus};
use korpus::clickhouse::{ClickHouseStore, ClusterAddress};
use korpus::store::{MemoryStore, Store, compare};

fn ingest(url: &str, extra: &[&str]) {
    let mut args = vec!["index", "--to", url];
    args.extend_from_slice(extra);
    let out = korpus(&args);
    assert!(out.status.success(), "korpus index {extra:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn seeds_store() -> MemoryStore {
    let corpus = Arc::new(korpus::corpus::load_seeds());
    let analysis = Arc::new(korpus::Analysis::build(&corpus));
    MemoryStore::new(corpus, analysis)
}

fn open(url: &str) -> ClickHouseStore {
    ClickHouseStore::open(&ClusterAddress::parse(url).expect("address")).expect("opens")
}

/// Differences besides the name (a path on one side, an address on the other).
fn differences(a: &dyn Store, b: &dyn Store) -> Vec<String> {
    compare::differences(a, b, &compare::Questions::default()).into_iter().filter(|d| !d.starts_with("name:")).collect()
}

#[test]
fn the_cluster_answers_as_the_embedded_index_and_both_shards_hold_data() {
    let Some(cluster) = TestCluster::start("same", 2) else { return };
    ingest(&cluster.url, &[]);
    let remote = open(&cluster.url);
    assert_eq!(differences(&seeds_store(), &remote), Vec::<String>::new());
    for shard in 1..=2 {
        let counts = std::process::Command::new("curl")
            .args(["-s", "--data-binary", "SELECT count() FROM korpus.articles_local"])
            .arg(format!("http://127.0.0.1:{}/", cluster.http_port(shard)))
            .output()
            .expect("curl");
        let n: usize = String::from_utf8_lossy(&counts.stdout).trim().parse().unwrap_or(0);
        assert!(n > 0, "shard {shard} holds no articles");
    }
}

#[test]
fn two_slices_written_by_two_processes_equal_one_ingest() {
    let Some(cluster) = TestCluster::start("slices", 2) else { return };
    let (whole, sliced) = (cluster.url_for("whole"), cluster.url_for("sliced"));
    ingest(&whole, &[]);
    // the two slices at once, as two machines would
    let children: Vec<_> = ["1/2", "2/2"]
        .iter()
        .map(|slice| {
            std::process::Command::new(env!("CARGO_BIN_EXE_korpus"))
                .args(["index", "--to", &sliced, "--slice", slice])
                .env("KORPUS_CACHE_DIR", "")
                .output()
        })
        .collect();
    for child in children {
        let out = child.expect("korpus runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    ingest(&sliced, &["--merge"]);
    assert_eq!(differences(&open(&whole), &open(&sliced)), Vec::<String>::new());
    // a slice written again changes nothing once merged again
    ingest(&sliced, &["--slice", "2/2"]);
    ingest(&sliced, &["--merge"]);
    assert_eq!(differences(&open(&whole), &open(&sliced)), Vec::<String>::new());
}
