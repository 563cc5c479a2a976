//! korpus on a ClickHouse cluster: the tables (one local table per shard, a
//! `Distributed` table over them), ingest by slices with a merge step, and
//! the reads that serve the CLI and TUI views.
//!
//! - `address`: `clickhouse://…` addresses and credentials from the environment;
//! - `http`: one server over HTTP (ureq, blocking), errors naming the server;
//! - `rowbinary`: the `RowBinary` rows korpus reads and writes;
//! - `schema`: the versioned tables, created when missing;
//! - `ingest`: slices of a corpus written to the shards, and the merge;
//! - `search`: search ranked on the shards first, by a bound on the matcher's score.

pub mod address;
pub mod http;
pub mod ingest;
pub mod rowbinary;
pub mod schema;
mod search;
pub mod store;

pub use address::{ClusterAddress, Endpoint};
pub use http::Http;
pub use store::{ClickHouseStore, SearchStats};

/// The SQL for the upper bound of korpus's score a shard ranks a query's
/// lines by (columns `kind` and `key` of the `lines` tables), if the engine
/// has one; for tests that check it against the matcher on a real cluster.
#[doc(hidden)]
pub fn search_bound_sql(query: &str) -> Option<String> {
    search::bound_sql(&crate::search::Query::parse(query))
}

/// What can go wrong between korpus and a cluster; every message names the server.
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error("bad ClickHouse address {0}")]
    Address(String),
    #[error("ClickHouse server {server} cannot be reached: {detail}")]
    Unreachable { server: String, detail: String },
    #[error("ClickHouse server {server} did not answer within {seconds} s")]
    Timeout { server: String, seconds: f64 },
    #[error("ClickHouse server {server} refused the login of user {user:?}: {message}")]
    Login { server: String, user: String, message: String },
    #[error("ClickHouse server {server}: {message}")]
    Server { server: String, message: String },
    #[error("ClickHouse server {server} gave an answer korpus cannot read: {detail}")]
    Protocol { server: String, detail: String },
    /// A shard's server does not answer; `then` says what korpus does without it.
    #[error("ClickHouse shard {shard} of {shards} ({server}) is down: {detail}; {then}")]
    ShardDown { shard: usize, shards: usize, server: String, detail: String, then: String },
    #[error("{0}")]
    Schema(String),
    #[error("{0}")]
    Ingest(String),
}

impl ClusterError {
    /// What went wrong, for a message that names the server itself.
    pub fn without_server(&self) -> String {
        match self {
            ClusterError::Unreachable { detail, .. } => format!("cannot be reached ({detail})"),
            ClusterError::Timeout { seconds, .. } => format!("did not answer within {seconds} s"),
            ClusterError::Server { message, .. } => message.clone(),
            other => other.to_string(),
        }
    }

    /// A bad `RowBinary` answer: the exception the server appended if there is
    /// one (a shard failing mid-answer), else the decoding error.
    pub fn bad_answer(server: &Endpoint, bytes: &[u8], error: rowbinary::DecodeError) -> ClusterError {
        match http::trailing_exception(bytes) {
            Some(message) => ClusterError::Server { server: server.to_string(), message },
            None => ClusterError::Protocol { server: server.to_string(), detail: error.to_string() },
        }
    }
}

/// Why a corpus with a shard down is not opened.
const SHARD_NEEDED: &str = "korpus opens a corpus only when every shard answers (it reads each shard from one server)";

/// A connected cluster: where queries go, and each shard's HTTP endpoint
/// (ingest writes each shard's rows to it directly, and creates the tables there).
#[derive(Clone)]
pub struct Cluster {
    pub address: ClusterAddress,
    pub http: Http,
    /// HTTP endpoint of each shard, in `shard_num` order (the first replica of each).
    pub shards: Vec<Endpoint>,
}

impl Cluster {
    /// Connect: check the first server answers, learn the shards of the
    /// cluster from it, and find each shard's HTTP endpoint.
    pub fn connect(address: &ClusterAddress) -> Result<Cluster, ClusterError> {
        let http = Http::new(address)?;
        let first = address.servers[0].clone();
        let Some(cluster) = &address.cluster else {
            http.query_text(&first, "SELECT 1")?;
            return Ok(Cluster { address: address.clone(), http, shards: vec![first] });
        };
        let rows = http.query_text(
            &first,
            &format!(
                "SELECT shard_num, host_name FROM system.clusters WHERE cluster = '{cluster}' \
                 AND replica_num = 1 ORDER BY shard_num FORMAT TSV"
            ),
        )?;
        let hosts: Vec<(u32, String)> = rows
            .lines()
            .filter_map(|line| {
                let (num, host) = line.split_once('\t')?;
                Some((num.parse().ok()?, host.to_owned()))
            })
            .collect();
        if hosts.is_empty() {
            return Err(ClusterError::Schema(format!(
                "ClickHouse server {first} knows no cluster {cluster:?} (its remote_servers configuration)"
            )));
        }
        // servers named in the address stand for their own shard; the rest are
        // reached on their host at the first server's HTTP port
        let mut shards: Vec<Option<Endpoint>> = vec![None; hosts.len()];
        for (at, server) in address.servers.iter().enumerate() {
            let own = http
                .query_text(
                    server,
                    &format!(
                        "SELECT shard_num FROM system.clusters WHERE cluster = '{cluster}' AND is_local = 1 LIMIT 1"
                    ),
                )
                .map_err(|e| match e {
                    ClusterError::Unreachable { .. } | ClusterError::Timeout { .. } if at > 0 => {
                        ClusterError::ShardDown {
                            shard: at + 1,
                            shards: hosts.len(),
                            server: server.to_string(),
                            detail: e.without_server(),
                            then: SHARD_NEEDED.into(),
                        }
                    }
                    other => other,
                })?;
            let Ok(num) = own.trim().parse::<usize>() else {
                return Err(ClusterError::Schema(format!(
                    "ClickHouse server {server} is not a shard of cluster {cluster:?} (is_local is 0 for every shard)"
                )));
            };
            if let Some(slot) = shards.get_mut(num.wrapping_sub(1)) {
                *slot = Some(server.clone());
            }
        }
        let shards = shards
            .into_iter()
            .zip(&hosts)
            .map(|(known, (_, host))| known.unwrap_or_else(|| Endpoint { host: host.clone(), port: first.port }))
            .collect();
        Ok(Cluster { address: address.clone(), http, shards })
    }

    /// The shards whose servers do not answer, as errors saying so and `then`.
    pub fn shards_down(&self, then: &str) -> Vec<ClusterError> {
        let shards = self.shards.len();
        self.shards
            .iter()
            .enumerate()
            .filter_map(|(at, server)| {
                let error = self.http.query_text(server, "SELECT 1").err()?;
                Some(ClusterError::ShardDown {
                    shard: at + 1,
                    shards,
                    server: server.to_string(),
                    detail: error.without_server(),
                    then: then.to_owned(),
                })
            })
            .collect()
    }

    /// The server queries go to.
    pub fn query_server(&self) -> &Endpoint {
        &self.address.servers[0]
    }

    /// The table queries read: the `Distributed` one on a cluster.
    pub fn table(&self, name: &str) -> String {
        format!("{}.{}", self.address.database, name)
    }

    /// The table rows are written to on each shard.
    pub fn local_table(&self, name: &str) -> String {
        match self.address.cluster {
            Some(_) => format!("{}.{}_local", self.address.database, name),
            None => format!("{}.{}", self.address.database, name),
        }
    }

    /// The shard a row with this sharding key lives on, as `Distributed` computes
    /// it for a key of an unsigned integer type (every shard of weight 1).
    pub fn shard_of(&self, key: u32) -> usize {
        key as usize % self.shards.len()
    }
}
