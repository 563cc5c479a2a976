//! korpus on a two-shard ClickHouse cluster of the test's own (two server
//! processes on loopback ports): the cluster serves the same answers as the
//! embedded index, holds data on both shards, and fails clearly.

mod clickhouse_cluster;
mod common;
mod synth;

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use clickhouse_cluster::TestCluster;
use korpus::clickhouse::{ClickHouseStore, ClusterAddress, Endpoint, Http};
use korpus::review::{Relevance, ReviewStore};
use korpus::search::SearchSession;
use korpus::store::{MemoryStore, SearchRequest, Store, StoreError, compare};

fn ingest(cluster: &TestCluster, url: &str, extra: &[&str]) {
    let mut args = vec!["index", "--to", url];
    args.extend_from_slice(extra);
    let out = cluster.run(&args);
    assert!(out.status.success(), "korpus index {extra:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Every slice of `count` written at once by its own process, as on as many
/// machines; their standard errors.
fn ingest_slices_at_once(cluster: &TestCluster, url: &str, count: usize, extra: &[&str]) -> Vec<String> {
    let children: Vec<_> = (1..=count)
        .map(|k| {
            cluster
                .korpus()
                .args(["index", "--to", url, "--slice", &format!("{k}/{count}")])
                .args(extra)
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("korpus starts")
        })
        .collect();
    children
        .into_iter()
        .map(|child| {
            let out = child.wait_with_output().expect("korpus runs");
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            assert!(out.status.success(), "{stderr}");
            stderr
        })
        .collect()
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
    ingest(&cluster, &cluster.url, &[]);
    let remote = open(&cluster.url);
    assert_eq!(differences(&seeds_store(), &remote), Vec::<String>::new());
    // the comparison saw real answers, not two empty stores
    assert!(!remote.related(0, 5, false).expect("related").is_empty());
    assert!(!search(&remote, "lavrov").expect("search").is_empty());
    // the count of all hits (the search pane's title) too
    let totals: Vec<usize> = [&seeds_store() as &dyn Store, &remote]
        .iter()
        .map(|store| {
            let mut session = SearchSession::default();
            let request = SearchRequest::new("пхеньян", 5);
            store.search(&mut session, &request, &AtomicBool::new(false), &mut |_| {}).expect("search");
            session.total()
        })
        .collect();
    assert!(totals[0] > 5 && totals[0] == totals[1], "{totals:?}");
    let queries = ["lavrov", "пхеньян", "kim jong", "'pyong", "putin !moskva", "Lav", "^Rus", "ov$", "北京"];
    same_hits_per_keystroke(&seeds_store(), &remote, &queries);
    let address = ClusterAddress::parse(&cluster.url).expect("address");
    let http = Http::new(&address).expect("client");
    for shard in 1..=2 {
        let server = Endpoint { host: "127.0.0.1".into(), port: cluster.http_port(shard) };
        for table in ["articles", "lines", "mentions", "postings"] {
            let n = http.query_text(&server, &format!("SELECT count() FROM korpus.{table}_local")).expect("count");
            assert!(n.parse::<usize>().unwrap_or(0) > 0, "shard {shard} holds no {table}");
        }
    }
}

/// Every keystroke of each query, at the CLI's and the TUI's limits: the
/// cluster's hits (the shards send their best lines by a bound on the
/// score, korpus ranks the union) equal the embedded index's, and so does
/// the count of all hits. Returns the matching lines the shards sent and
/// the matching lines they hold, summed over the searches that asked them,
/// and how many searches the word tier answered.
fn same_hits_per_keystroke(embedded: &dyn Store, remote: &ClickHouseStore, queries: &[&str]) -> (u64, u64, usize) {
    let (mut sent, mut matched, mut by_words) = (0, 0, 0);
    let running = AtomicBool::new(false);
    for limit in [20, 200] {
        for query in queries {
            // one session per store, as the TUI keeps: a query that grows reuses what it can
            let (mut here, mut there) = (SearchSession::default(), SearchSession::default());
            for (at, c) in query.char_indices() {
                let typed = &query[..at + c.len_utf8()];
                let request = SearchRequest::new(typed, limit);
                let expected = embedded.search(&mut here, &request, &running, &mut |_| {}).expect("embedded search");
                let got = remote.search(&mut there, &request, &running, &mut |_| {}).expect("cluster search");
                assert!(got == expected, "{typed:?} (limit {limit}): the cluster's hits differ");
                assert_eq!(there.total(), here.total(), "{typed:?} (limit {limit}): count of all hits");
                let stats = remote.last_search_stats();
                if stats.rounds > 0 {
                    sent += stats.lines_sent;
                    matched += stats.lines_matched;
                    by_words += usize::from(stats.by_words);
                }
            }
        }
    }
    (sent, matched, by_words)
}

/// The bound the shards compute in SQL is never below the matcher's score,
/// on every matching line of the cluster, for every keystroke of each query.
fn bound_holds_on_the_shards(cluster: &TestCluster, queries: &[&str]) {
    let address = ClusterAddress::parse(&cluster.url).expect("address");
    let http = Http::new(&address).expect("client");
    let shards: Vec<Endpoint> =
        (1..=2).map(|shard| Endpoint { host: "127.0.0.1".into(), port: cluster.http_port(shard) }).collect();
    let mut scratch = korpus::search::Scratch::default();
    let mut checked = 0;
    for query in queries {
        for (at, c) in query.char_indices() {
            let typed = &query[..at + c.len_utf8()];
            let parsed = korpus::search::Query::parse(typed);
            let bound = korpus::clickhouse::search_bound_sql(typed).expect("a bound for nucleo");
            let sql = format!(
                "SELECT key, kind, {bound} FROM korpus.lines_local WHERE {} FORMAT JSONCompact",
                parsed
                    .terms
                    .iter()
                    // the needle's letters in order, anything between: the scattered matches too
                    .map(|t| format!(
                        "like(lower(key), '{}%')",
                        t.needle.chars().map(|c| format!("%{c}")).collect::<String>()
                    ))
                    .collect::<Vec<_>>()
                    .join(" AND ")
            );
            // each shard's own table, as a search asks it
            let answers: Vec<serde_json::Value> = shards
                .iter()
                .map(|server| serde_json::from_slice(&http.query(server, &sql, &[]).expect("bounds")).expect("JSON"))
                .collect();
            for row in answers.iter().flat_map(|answer| answer["data"].as_array().expect("rows")) {
                let (key, kind, bound) =
                    (row[0].as_str().expect("key"), row[1].as_u64(), row[2].as_u64().expect("bound"));
                let Some(score) = parsed.score(&mut scratch, key, None) else { continue };
                // a title's bonus (HitKind::Title), kind 0
                let title = if kind == Some(0) { 12 } else { 0 };
                assert!(
                    bound >= u64::from(score) + title,
                    "{typed:?} on {key:?}: score {score} + {title} above the bound {bound}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked} lines checked");
}

fn search(store: &dyn Store, query: &str) -> Result<Vec<korpus::search::Hit>, StoreError> {
    store.search(&mut SearchSession::default(), &SearchRequest::new(query, 20), &AtomicBool::new(false), &mut |_| {})
}

#[test]
fn two_slices_written_by_two_processes_equal_one_ingest() {
    let Some(cluster) = TestCluster::start("slices", 2) else { return };
    let (whole, sliced) = (cluster.url_for("whole"), cluster.url_for("sliced"));
    ingest(&cluster, &whole, &[]);
    // the two slices at once, as two machines would: each recognises its own articles' names
    for stderr in ingest_slices_at_once(&cluster, &sliced, 2, &[]) {
        assert!(stderr.contains("recognised here"), "{stderr}");
    }
    let merged = cluster.run(&["index", "--to", &sliced, "--merge"]);
    let stderr = String::from_utf8_lossy(&merged.stderr);
    assert!(merged.status.success() && stderr.contains("names recognised by all 2 slices, linked here"), "{stderr}");
    assert_eq!(differences(&open(&whole), &open(&sliced)), Vec::<String>::new());
    // a slice written again changes nothing once merged again
    ingest(&cluster, &sliced, &["--slice", "2/2"]);
    ingest(&cluster, &sliced, &["--merge"]);
    assert_eq!(differences(&open(&whole), &open(&sliced)), Vec::<String>::new());
    // a slice that does not wait for the others leaves its names to the merge: the same answers
    let mixed = cluster.url_for("mixed");
    let out = cluster.run(&["index", "--to", &mixed, "--slice", "1/2", "--wait", "0"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.contains("left to the merge"), "{stderr}");
    ingest(&cluster, &mixed, &["--slice", "2/2", "--wait", "0"]);
    let merged = cluster.run(&["index", "--to", &mixed, "--merge"]);
    let stderr = String::from_utf8_lossy(&merged.stderr);
    assert!(stderr.contains("names of slices 1 recognised here"), "{stderr}");
    assert_eq!(differences(&open(&whole), &open(&mixed)), Vec::<String>::new());
}

#[test]
fn a_shard_killed_mid_session_gives_a_message_naming_it_and_no_hang() {
    let Some(cluster) = TestCluster::start("kill", 2) else { return };
    ingest(&cluster, &cluster.url, &[]);
    let store = open(&cluster.url);
    assert!(!search(&store, "putin").expect("both shards up").is_empty());
    cluster.kill_shard(2);
    let shard_two = format!("shard 2 of 2 (127.0.0.1:{})", cluster.http_port(2));
    // a search answers from the shard that is up, then says which is missing
    let started = Instant::now();
    let mut shown = Vec::new();
    let request = SearchRequest::new("kim", 50);
    let error = store
        .search(&mut SearchSession::default(), &request, &AtomicBool::new(false), &mut |hits| shown = hits)
        .expect_err("a shard is down");
    assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
    let message = error.to_string();
    assert!(message.contains(&shard_two) && message.contains("from the other shards"), "{message}");
    // articles live on shard `article % 2 + 1`: what is shown is shard 1's
    assert!(!shown.is_empty() && shown.iter().all(|hit| hit.article % 2 == 0), "{shown:?}");
    // opening refuses, naming the shard; so does the CLI, with a non-zero exit
    let Err(error) = ClickHouseStore::open(&ClusterAddress::parse(&cluster.url).expect("address")) else {
        panic!("opened with a shard down")
    };
    assert!(error.to_string().contains(&shard_two), "{error}");
    let out = cluster.run(&["--corpus", &cluster.url, "search", "kim"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains(&shard_two), "{stderr}");
    // the server queries go to, down: named too, and the CLI says so and exits non-zero
    cluster.kill_shard(1);
    let started = Instant::now();
    let message = store.text(0).expect_err("no server").to_string();
    assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
    assert!(message.contains(&format!("127.0.0.1:{}", cluster.http_port(1))), "{message}");
    let out = cluster.run(&["index", "--to", &cluster.url, "--merge"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("127.0.0.1:{}", cluster.http_port(1))), "{stderr}");
}

/// Two replicas a shard: a replica killed mid-session (the server queries go
/// to among them) changes no answer; with every replica of a shard gone the
/// search, the opening and the CLI name the shard and its servers, promptly.
#[test]
fn replicas_take_over_and_a_shard_with_none_left_is_named() {
    let Some(cluster) = TestCluster::start_replicated("replicas", 2, 2) else { return };
    ingest(&cluster, &cluster.url, &[]);
    // every replica holds its shard's rows
    for (shard, replica) in [(1, 1), (1, 2), (2, 1), (2, 2)] {
        let server = Endpoint { host: "127.0.0.1".into(), port: cluster.replica_port(shard, replica) };
        let count = Http::new(&ClusterAddress::parse(&cluster.url).expect("address"))
            .and_then(|http| http.query_text(&server, "SELECT count() FROM korpus.lines_local"))
            .expect("count");
        assert!(count.parse::<usize>().unwrap_or(0) > 0, "shard {shard} replica {replica} holds no lines");
    }
    let embedded = seeds_store();
    let store = open(&cluster.url);
    assert_eq!(differences(&embedded, &store), Vec::<String>::new());
    // the first server (where queries go) and one replica of the other shard
    cluster.kill_replica(1, 1);
    cluster.kill_replica(2, 2);
    let started = Instant::now();
    same_hits_per_keystroke(&embedded, &store, &["putin", "kim"]);
    assert_eq!(differences(&embedded, &store), Vec::<String>::new());
    assert_eq!(differences(&embedded, &open(&cluster.url)), Vec::<String>::new());
    assert!(started.elapsed() < Duration::from_secs(60), "took {:?}", started.elapsed());
    // shard 2's last replica gone: named with both its servers
    cluster.kill_replica(2, 1);
    let servers = format!("127.0.0.1:{}, 127.0.0.1:{}", cluster.replica_port(2, 1), cluster.replica_port(2, 2));
    let started = Instant::now();
    let request = SearchRequest::new("kim", 50);
    let error = store
        .search(&mut SearchSession::default(), &request, &AtomicBool::new(false), &mut |_| {})
        .expect_err("shard 2 is down");
    assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
    let message = error.to_string();
    assert!(message.contains(&format!("shard 2 of 2 ({servers})")), "{message}");
    let out = cluster.run(&["--corpus", &cluster.url, "search", "kim"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains("shard 2 of 2"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(30), "took {:?}", started.elapsed());
}

#[test]
fn a_refused_login_and_an_unmerged_corpus_are_explained() {
    let Some(cluster) = TestCluster::start("login", 2) else { return };
    let out = cluster
        .korpus()
        .args(["index", "--to", &cluster.url])
        .env("KORPUS_CLICKHOUSE_USER", "korpus")
        .env("KORPUS_CLICKHOUSE_PASSWORD", "wrong")
        .output()
        .expect("korpus runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("refused the login") && stderr.contains("korpus") && !stderr.contains("wrong"), "{stderr}");
    // the right password from the environment
    let out = cluster
        .korpus()
        .args(["index", "--to", &cluster.url, "--slice", "1/2", "--wait", "0"])
        .env("KORPUS_CLICKHOUSE_USER", "korpus")
        .env("KORPUS_CLICKHOUSE_PASSWORD", "korpus-test")
        .output()
        .expect("korpus runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = cluster.run(&["index", "--to", &cluster.url, "--merge"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("slices 2 of 2 are not written yet"));
    let Err(e) = ClickHouseStore::open(&ClusterAddress::parse(&cluster.url).expect("address")) else {
        panic!("an unmerged corpus opened")
    };
    assert!(e.to_string().contains("not merged yet"), "{e}");
    // a database of an older schema (2: no words table) is refused for reading and for writing, with the way out
    let http = Http::new(&ClusterAddress::parse(&cluster.url).expect("address")).expect("client");
    for shard in 1..=2 {
        let server = Endpoint { host: "127.0.0.1".into(), port: cluster.http_port(shard) };
        http.execute(&server, "TRUNCATE TABLE korpus.meta").expect("meta emptied");
        http.execute(&server, "INSERT INTO korpus.meta VALUES ('schema_version', '2')").expect("version 2");
    }
    for args in [&["--corpus", cluster.url.as_str(), "list"][..], &["index", "--to", cluster.url.as_str()]] {
        let out = cluster.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let named = stderr.contains("schema version 2") && stderr.contains("ingest into a new database");
        assert!(!out.status.success() && named, "{args:?}: {stderr}");
    }
}

/// HTTPS with a private CA, and the login from korpus's config.toml: the
/// certificate is refused with a message saying how to trust the CA, then
/// trusted from the environment or the config; the cluster answers as the
/// embedded index.
#[test]
fn tls_with_a_private_ca_and_the_login_from_the_config() {
    let Some(cluster) = TestCluster::start_tls("tls", 1) else { return };
    let url = format!("clickhouses://127.0.0.1:{}/korpus?cluster=korpus", cluster.https_port(1));
    let ca = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tls/ca.pem");
    let config_home = cluster.dir.path().join("config");
    std::fs::create_dir_all(config_home.join("korpus")).expect("config folder");
    let korpus = |config: Option<&str>| {
        let mut command = cluster.korpus();
        command.env("XDG_CONFIG_HOME", &config_home).env_remove("KORPUS_CLICKHOUSE_CA_FILE");
        command.env_remove("KORPUS_CLICKHOUSE_USER").env_remove("KORPUS_CLICKHOUSE_PASSWORD");
        if let Some(config) = config {
            std::fs::write(config_home.join("korpus/config.toml"), config).expect("config written");
        }
        command
    };
    // Mozilla's roots do not know the test CA: refused, the server named, the way out said
    let out = korpus(None).args(["index", "--to", &url]).output().expect("korpus runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let server = format!("127.0.0.1:{}", cluster.https_port(1));
    assert!(
        !out.status.success() && stderr.contains(&server) && stderr.contains("KORPUS_CLICKHOUSE_CA_FILE"),
        "{stderr}"
    );
    // the CA from the environment, the login from the config (a password file)
    let password_file = cluster.dir.path().join("password");
    std::fs::write(&password_file, "korpus-test\n").expect("password written");
    let config =
        format!("[clickhouse]\nuser = \"korpus\"\npassword_file = {:?}\n", password_file.display().to_string());
    let out = korpus(Some(&config)).args(["index", "--to", &url]).env("KORPUS_CLICKHOUSE_CA_FILE", ca).output();
    let out = out.expect("korpus runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // the CA from the config too; a wrong password there is refused, named
    let config = format!("[clickhouse]\nuser = \"korpus\"\npassword = \"wrong\"\nca_file = {ca:?}\n");
    let out = korpus(Some(&config)).args(["--corpus", &url, "list"]).output().expect("korpus runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains("refused the login") && !stderr.contains("wrong"), "{stderr}");
    let config = format!("[clickhouse]\nca_file = {ca:?}\n");
    let embedded = cluster.run(&["search", "lavrov", "--json"]);
    let remote = korpus(Some(&config)).args(["--corpus", &url, "search", "lavrov", "--json"]).output();
    let remote = remote.expect("korpus runs");
    assert!(remote.status.success(), "{}", String::from_utf8_lossy(&remote.stderr));
    assert!(!embedded.stdout.is_empty() && embedded.stdout == remote.stdout, "search differs over HTTPS");
}

/// The same command's standard output on the embedded corpus and on the cluster.
fn same_output(cluster: &TestCluster, corpus: &[&str], command: &[&str]) {
    let embedded = cluster.run(&[corpus, command].concat());
    let remote = cluster.run(&[&["--corpus", cluster.url.as_str()][..], command].concat());
    assert!(embedded.status.success(), "{command:?}: {}", String::from_utf8_lossy(&embedded.stderr));
    assert!(remote.status.success(), "{command:?} on the cluster: {}", String::from_utf8_lossy(&remote.stderr));
    assert!(!embedded.stdout.is_empty(), "{command:?} printed nothing");
    assert!(embedded.stdout == remote.stdout, "{command:?} differs on the cluster");
}

#[test]
fn every_command_prints_the_same_json_from_the_cluster() {
    let Some(cluster) = TestCluster::start("cli", 2) else { return };
    ingest(&cluster, &cluster.url, &[]);
    let seeds: &[&str] = &[];
    for command in [
        &["list", "--json"][..],
        &["show", "2", "--json"],
        &["search", "lavrov", "--json"],
        &["search", "пхеньян", "--limit", "50", "--json"],
        &["search", "'kim !jong", "--scope", "text", "--json"],
        &["entities", "--json"],
        &["entities", "--index", "--json"],
        &["related", "--json"],
        &["related", "3", "--limit", "2"],
        &["list"],
    ] {
        same_output(&cluster, seeds, command);
    }
    // review marks stay local, keyed by article id: the seeds' marks, exported and imported
    // into the cluster's corpus (another corpus name, so --force), export the same articles
    let data = cluster.dir.path().join("data");
    let ids: Vec<String> = korpus::corpus::load_seeds().articles.iter().map(|a| a.id.clone()).collect();
    let (mut marks, _) = ReviewStore::open(&ReviewStore::default_path(&data, "seeds")).expect("review file");
    marks
        .update(&ids[1], |m| {
            m.read = true;
            m.note = "Lavrov in Pyongyang".into();
        })
        .expect("marked");
    marks.update(&ids[4], |m| m.relevance = Some(Relevance::Relevant)).expect("marked");
    drop(marks);
    let review = |args: &[&str]| {
        let out = cluster.korpus().env("KORPUS_DATA_DIR", &data).args(args).output().expect("korpus runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success() && !stderr.contains("match no article"), "{args:?}: {stderr}");
        serde_json::from_slice::<serde_json::Value>(&out.stdout).map(|json| json["articles"].clone())
    };
    let exported = data.join("seeds-review.json");
    let path = exported.to_string_lossy();
    review(&["review", "export", "--output", &path]).expect_err("written to the file");
    review(&["--corpus", &cluster.url, "review", "import", &path, "--force"]).expect_err("nothing on stdout");
    let from_seeds = review(&["review", "export"]).expect("json");
    assert_eq!(from_seeds.as_array().map(Vec::len), Some(2), "{from_seeds}");
    assert_eq!(review(&["--corpus", &cluster.url, "review", "export"]).expect("json"), from_seeds);
}

#[test]
fn a_generated_corpus_of_ten_thousand_articles_answers_the_same_on_the_cluster() {
    let Some(cluster) = TestCluster::start("10k", 2) else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("10k.jsonl");
    // dated over two years, every seventh article undated: the overview's timeline has something to count
    let lines: Vec<String> = (0..10_000)
        .map(|n| {
            let line = synth::jsonl_line(&synth::article(n));
            let Ok(serde_json::Value::Object(mut fields)) = serde_json::from_str(&line) else { return line };
            if n % 7 != 0 {
                let date = format!("{}-{:02}-{:02}", 2023 + n / 336 % 2, 1 + n / 28 % 12, 1 + n % 28);
                fields.insert("date".into(), serde_json::Value::String(date));
            }
            serde_json::Value::Object(fields).to_string()
        })
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").expect("corpus written");
    let path = path.to_string_lossy().into_owned();
    // two slices at once: names recognised apart and linked by the merge answer as one build
    ingest_slices_at_once(&cluster, &cluster.url, 2, &["--corpus", &path]);
    ingest(&cluster, &cluster.url, &["--merge"]);
    let corpus: &[&str] = &["--corpus", &path];
    // ranked on the shards first: the same hits for every keystroke, from a fraction of the matching lines
    let (embedded, _) = korpus::open::open_store(
        Some(std::path::Path::new(&path)),
        Some(&cluster.dir.path().join("cache")),
        &mut korpus::open::Quiet,
    )
    .expect("embedded index");
    // "korea": few lines hold it whole, tens of thousands its letters scattered
    let queries = ["lavrov", "moskva kim", "pyongyang", "Kim", "korea"];
    let remote = open(&cluster.url);
    // the timeline's counts per date and language: one GROUP BY on the cluster, article by article embedded
    let dated = remote.dated_counts().expect("dated counts");
    assert_eq!(dated, embedded.dated_counts().expect("dated counts"));
    assert!(dated.len() > 300 && dated.iter().any(|c| c.date.is_none()), "{} dated counts", dated.len());
    let (sent, matched, by_words) = same_hits_per_keystroke(embedded.as_ref(), &remote, &queries);
    assert!(sent * 4 < matched, "the shards sent {sent} of {matched} matching lines");
    // the lines where every needle begins a word, found without a scan, were final for some keystrokes
    assert!(by_words > 0, "the word tier answered no search");
    bound_holds_on_the_shards(&cluster, &["korea", "lavrov", "kim jong", "pyong"]);
    for command in [
        &["list", "--json"][..],
        &["show", "9999", "--json"],
        &["search", "lavrov", "--json"],
        &["search", "moskva kim", "--limit", "40", "--json"],
        &["search", "^Rus", "--scope", "title", "--json"],
        &["entities", "1", "--json"],
        &["entities", "5000", "--json"],
        &["related", "1", "--json"],
        &["related", "7777", "--limit", "5", "--json"],
    ] {
        same_output(&cluster, corpus, command);
    }
}

#[test]
fn the_tui_explores_the_cluster_and_says_what_a_dead_shard_takes_away() {
    let Some(cluster) = TestCluster::start("tui", 2) else { return };
    ingest(&cluster, &cluster.url, &[]);
    let cache = cluster.dir.path().join("cache");
    let Some(tmux) = common::Tmux::start("clickhouse", 140, 40, &format!("KORPUS_CACHE_DIR={}", cache.display()))
    else {
        return;
    };
    tmux.type_line(&format!("{} --corpus '{}'; echo korpus-exit-$?", env!("CARGO_BIN_EXE_korpus"), cluster.url));
    tmux.wait_for("the four panes on the cluster", |s| common::four_panes(s) && s.contains("1/5"));
    tmux.keys(&["/"]);
    tmux.type_text("пхеньян");
    // the same hits as the embedded index: the city in four scripts, 21 in all
    tmux.wait_for("search hits from the shards", |s| s.contains("21 hits") && s.contains("Pjongjangu"));
    tmux.keys(&["Escape"]);
    cluster.kill_shard(2);
    // article 2 lives on shard 2: the text pane says why it is missing, the TUI stays
    tmux.keys(&["j"]);
    let screen = tmux.wait_for("the missing shard's message", |s| s.contains("cannot be shown"));
    assert!(screen.contains("127.0.0.1"), "{screen}");
    // a search the dead shard cannot answer: the search pane names it, not "no matches"
    tmux.keys(&["/"]);
    tmux.type_text("kim");
    let screen = tmux.wait_for("the failed search", |s| s.contains("the search failed"));
    let shard_two = format!("127.0.0.1:{}", cluster.http_port(2) + 1);
    assert!(screen.contains(&shard_two) && !screen.contains("no matches"), "{screen}");
    tmux.keys(&["Escape", "q"]);
    tmux.wait_for("exit", |s| s.contains("korpus-exit-0"));
}

/// Generated search keys added to each shard's `lines` for the stale-search
/// test: dense in one-letter words, which the score bound splits into runs,
/// so each costs the shard tens of microseconds; every one holds L, a, v,
/// r, o, v in order (the `like` prefilter of `Lavrov` passes) but never the
/// word whole. Rows per shard: a scan of them takes seconds on two cores.
const STALE_PADDING_ROWS: u64 = 600_000;
const STALE_PADDING_KEY: &str = "L a v r o v e s i n a m o s t u n u s u a l w a y o f t e x t w i t h m a n y \
     s h o r t w o r d s i n i t L a v r o v e s i n a m o s t u n u s u a l w a y o f t e x t w i t h";

/// One shard's scans of `lines` for this process's searches: (query id, rows
/// read, rows to read, seconds running).
fn running_scans(http: &Http, server: &Endpoint) -> Vec<(String, u64, u64, f64)> {
    let sql = format!(
        "SELECT query_id, read_rows, total_rows_approx, elapsed FROM system.processes \
         WHERE query_id LIKE 'korpus-search-{}-%' AND position(query, 'lines_local') > 0 FORMAT TSV",
        std::process::id()
    );
    let text = http.query_text(server, &sql).expect("system.processes");
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [id, read, total, elapsed] = fields[..] else { return None };
            Some((id.to_owned(), read.parse().ok()?, total.parse().ok()?, elapsed.parse().ok()?))
        })
        .collect()
}

/// A search made stale by a newer keystroke is stopped on the shards, not
/// left to scan on: the real search of the store, its cancel flag raised (as
/// the TUI's search worker raises it when a newer keystroke arrives) while
/// every shard is still scanning, kills each shard's query by its id.
/// `system.processes` must let go of them well before the scans could have
/// ended by themselves, at the rate they were reading (with the kill left
/// out, the queries run to their end and this fails).
#[test]
fn a_stale_search_is_killed_on_every_shard() {
    let Some(cluster) = TestCluster::start("stale", 2) else { return };
    ingest(&cluster, &cluster.url, &[]);
    let http = Http::new(&ClusterAddress::parse(&cluster.url).expect("address")).expect("client");
    let servers: Vec<Endpoint> =
        (1..=2).map(|shard| Endpoint { host: "127.0.0.1".into(), port: cluster.http_port(shard) }).collect();
    let padding = format!(
        "INSERT INTO korpus.lines_local SELECT 1, 100000 + number, 0, 1, 0, 1, concat(toString(number), ' {STALE_PADDING_KEY}') \
         FROM numbers({STALE_PADDING_ROWS})"
    );
    for server in &servers {
        http.with_timeout(Duration::from_secs(300)).execute(server, &padding).expect("padding written");
    }
    let store = Arc::new(open(&cluster.url));
    let cancel = Arc::new(AtomicBool::new(false));
    // a capital letter: no word tier, the shards scan their keys at once
    let search = {
        let (store, cancel) = (Arc::clone(&store), Arc::clone(&cancel));
        std::thread::spawn(move || {
            let request = SearchRequest::new("Lavrov", 50);
            let answer = store.search(&mut SearchSession::default(), &request, &cancel, &mut |_| {});
            (answer.map(|hits| hits.len()), Instant::now())
        })
    };
    let started = Instant::now();
    let scans = loop {
        let scans: Vec<_> = servers.iter().flat_map(|server| running_scans(&http, server)).collect();
        // a twentieth read: the rate is the scan's, not its start's
        if scans.len() == servers.len() && scans.iter().all(|&(_, read, total, _)| read > 0 && read >= total / 20) {
            break scans;
        }
        assert!(!search.is_finished(), "the search ended before every shard was seen scanning: {scans:?}");
        assert!(started.elapsed() < Duration::from_secs(120), "the shards never scanned together: {scans:?}");
        std::thread::sleep(Duration::from_millis(20));
    };
    // the shortest time a scan would still run by itself, at its rate so far
    let left = scans
        .iter()
        .map(|&(_, read, total, elapsed)| total.saturating_sub(read) as f64 * elapsed / read as f64)
        .fold(f64::INFINITY, f64::min);
    assert!(left > 1.0, "the scans were nearly done when the search went stale: {scans:?}");
    cancel.store(true, std::sync::atomic::Ordering::Relaxed);
    let raised = Instant::now();
    let ids: Vec<&str> = scans.iter().map(|(id, _, _, _)| id.as_str()).collect();
    let deadline = Duration::from_secs_f64(left / 2.0);
    loop {
        let still: Vec<_> = servers
            .iter()
            .flat_map(|server| running_scans(&http, server))
            .filter(|(id, _, _, _)| ids.contains(&id.as_str()))
            .collect();
        if still.is_empty() {
            break;
        }
        assert!(
            raised.elapsed() < deadline,
            "{:.1} s after the search went stale the shards still scan ({still:?}); by themselves they would for {left:.1} s",
            raised.elapsed().as_secs_f64()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    eprintln!(
        "stale search: scans {scans:?}, {left:.1} s left by themselves, gone {:.2} s after",
        raised.elapsed().as_secs_f64()
    );
    // the search itself returned at once, with nothing
    let (answer, returned) = search.join().expect("search thread");
    assert_eq!(answer.expect("a cancelled search is no error"), 0);
    assert!(returned.saturating_duration_since(raised) < deadline, "the cancelled search returned late");
}

#[test]
fn the_cross_language_set_gives_the_same_hits_from_the_cluster() {
    let Some(cluster) = TestCluster::start("xlang", 2) else { return };
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/xlang/dev");
    ingest(&cluster, &cluster.url, &["--corpus", corpus]);
    let (embedded, _) = korpus::open::open_store(
        Some(std::path::Path::new(corpus)),
        Some(&cluster.dir.path().join("cache")),
        &mut korpus::open::Quiet,
    )
    .expect("embedded index");
    let queries = ["derna", "Дерна", "درنة", "abe shinzo", "'brasil", "ballon", "^The", "флуд", "阿部"];
    same_hits_per_keystroke(embedded.as_ref(), &open(&cluster.url), &queries);
}

/// Debian's 18.16 sends no progress headers (`X-ClickHouse-Progress`,
/// `X-ClickHouse-Summary`), even asked with `send_progress_in_http_headers=1`
/// (every insert asks): the ingest's bar then counts the rows of the batches
/// the servers acknowledged, and ends full for every table on every shard.
#[test]
fn without_progress_headers_the_bar_counts_acknowledged_batches() {
    use korpus::clickhouse::ingest::{IngestObserver, RowsCounted, Slice, write_slice};
    use korpus::clickhouse::{Cluster, schema};

    #[derive(Default)]
    struct Recorded(Vec<(String, u64, u64)>, Vec<(String, u64, RowsCounted)>);
    impl IngestObserver for Recorded {
        fn progress(&mut self, stage: &str, done: u64, total: u64) {
            self.0.push((stage.to_owned(), done, total));
        }
        fn rows_written(&mut self, stage: &str, rows: u64, counted: RowsCounted) {
            self.1.push((stage.to_owned(), rows, counted));
        }
    }

    let Some(cluster) = TestCluster::start("progress", 2) else { return };
    let connected = Cluster::connect(&ClusterAddress::parse(&cluster.url).expect("address")).expect("connects");
    schema::ensure(&connected).expect("tables");
    let version = connected.http.query_text(&connected.shards[0][0], "SELECT version()").expect("version");
    let acknowledged = connected
        .http
        .insert(&connected.shards[0][0], &connected.local_table("lines"), &[], 0)
        .expect("an empty insert");
    if version.starts_with("18.") {
        // the case this test is for: nothing in the headers
        assert_eq!(acknowledged, korpus::clickhouse::http::ServerProgress::default(), "{version}");
    }
    let mut recorded = Recorded::default();
    let seeds = korpus::corpus::load_seeds();
    let report = write_slice(&connected, &seeds, Slice::WHOLE, None, &mut recorded).expect("slice written");
    for table in ["articles", "lines", "words"] {
        let mut rows_on_shards = 0;
        for shard in 1..=2 {
            let stage = format!("writing {table} to shard {shard}");
            let steps: Vec<(u64, u64)> =
                recorded.0.iter().filter(|(s, _, _)| *s == stage).map(|&(_, done, total)| (done, total)).collect();
            let Some(&(done, total)) = steps.last() else { panic!("no progress for {stage}: {:?}", recorded.0) };
            assert!(total > 0 && done == total, "{stage}: ends at {done} of {total}");
            assert!(steps.windows(2).all(|w| w[0].0 < w[1].0), "{stage}: {steps:?}");
            let rows: Vec<&(String, u64, RowsCounted)> = recorded.1.iter().filter(|(s, _, _)| *s == stage).collect();
            let Some(&&(_, written, counted)) = rows.last() else { panic!("no rows for {stage}: {:?}", recorded.1) };
            if version.starts_with("18.") {
                assert_eq!(counted, RowsCounted::Acknowledged, "{stage}");
            }
            rows_on_shards += written;
        }
        // the rows counted as written are the rows the ingest reports, table by table
        let reported = report.rows.iter().find(|(t, _)| *t == table).map(|&(_, n)| n);
        assert_eq!(Some(rows_on_shards), reported, "{table}");
    }
}
