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

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

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
const SHARD_NEEDED: &str = "korpus opens a corpus only when every shard answers";

/// A connected cluster: the servers queries may go to, and each shard's
/// replicas (ingest writes each shard's rows to every replica directly, and
/// creates the tables there; a search asks one replica of each shard).
///
/// Reads fail over: a server that cannot be reached is skipped for the next
/// one of the same role, and the one that answered is asked first next time.
#[derive(Clone)]
pub struct Cluster {
    pub address: ClusterAddress,
    pub http: Http,
    /// HTTP endpoints of each shard's replicas, in `shard_num` order.
    pub shards: Vec<Vec<Endpoint>>,
    /// Where `Distributed` queries may go: the address's servers, in its order.
    query_servers: Vec<Endpoint>,
    /// Per shard (and last, for the query servers) the replica that answered last.
    preferred: Arc<Vec<AtomicUsize>>,
}

/// Is this a failure of the connection (worth asking another replica) rather
/// than the server's answer (the same on every replica)?
fn is_connection_error(e: &ClusterError) -> bool {
    matches!(e, ClusterError::Unreachable { .. })
}

/// Did the server fail on its own link to another server (18.16 answers
/// `Unexpected packet Data received from client` now and then when it reuses
/// a pooled inter-server connection)? Asking again gets a fresh link; every
/// query korpus retries this way only reads.
fn is_broken_server_link(e: &ClusterError) -> bool {
    matches!(e, ClusterError::Server { message, .. } if message.contains("Unexpected packet"))
}

impl Cluster {
    /// Connect: find a listed server that answers, learn the shards of the
    /// cluster and their replicas from it, and each listed server's shard.
    pub fn connect(address: &ClusterAddress) -> Result<Cluster, ClusterError> {
        let http = Http::new(address)?;
        let listed = address.servers.clone();
        let Some(cluster) = &address.cluster else {
            let cluster = Cluster::with(address, http, vec![listed.clone()], listed);
            cluster.on_query_server(|server| cluster.http.query_text(server, "SELECT 1"))?;
            return Ok(cluster);
        };
        // the replicas system.clusters lists, on the first server that answers
        let sql = format!(
            "SELECT shard_num, host_name FROM system.clusters WHERE cluster = '{cluster}' \
             ORDER BY shard_num, replica_num FORMAT TSV"
        );
        let probe = Cluster::with(address, http.clone(), Vec::new(), listed.clone());
        let rows = probe.on_query_server(|server| http.query_text(server, &sql))?;
        let hosts: Vec<(usize, String)> = rows
            .lines()
            .filter_map(|line| {
                let (num, host) = line.split_once('\t')?;
                Some((num.parse().ok()?, host.to_owned()))
            })
            .collect();
        let shard_count = hosts.iter().map(|(num, _)| *num).max().unwrap_or(0);
        if shard_count == 0 {
            return Err(ClusterError::Schema(format!(
                "no server of {} knows a cluster {cluster:?} (its remote_servers configuration)",
                address.display_name()
            )));
        }
        // each listed server says which shard it is (is_local: its own entry);
        // one that does not answer now is left out
        let mut shards: Vec<Vec<Endpoint>> = vec![Vec::new(); shard_count];
        let mut silent = Vec::new();
        for server in &listed {
            let own = http.query_text(
                server,
                &format!("SELECT shard_num FROM system.clusters WHERE cluster = '{cluster}' AND is_local = 1 LIMIT 1"),
            );
            match own {
                Ok(own) => {
                    let Some(slot) = own.trim().parse::<usize>().ok().and_then(|n| shards.get_mut(n.wrapping_sub(1)))
                    else {
                        return Err(ClusterError::Schema(format!(
                            "ClickHouse server {server} is not a shard of cluster {cluster:?} (is_local is 0 for every shard)"
                        )));
                    };
                    slot.push(server.clone());
                }
                Err(e) if is_connection_error(&e) => silent.push(server.to_string()),
                Err(e) => return Err(e),
            }
        }
        // replicas the address does not list: on their host, at the first server's HTTP port
        // (a listed endpoint is never taken again for another shard)
        let port = listed[0].port;
        for (num, host) in hosts {
            let endpoint = Endpoint { host, port };
            if let Some(replicas) = shards.get_mut(num.wrapping_sub(1))
                && !listed.contains(&endpoint)
                && !replicas.contains(&endpoint)
            {
                replicas.push(endpoint);
            }
        }
        if let Some(empty) = shards.iter().position(Vec::is_empty) {
            return Err(ClusterError::ShardDown {
                shard: empty + 1,
                shards: shard_count,
                server: silent.join(", "),
                detail: "no server of it answers (it is among these listed ones, which do not)".into(),
                then: SHARD_NEEDED.into(),
            });
        }
        Ok(Cluster::with(address, http, shards, listed))
    }

    fn with(address: &ClusterAddress, http: Http, shards: Vec<Vec<Endpoint>>, query_servers: Vec<Endpoint>) -> Cluster {
        let preferred = Arc::new((0..=shards.len()).map(|_| AtomicUsize::new(0)).collect());
        Cluster { address: address.clone(), http, shards, query_servers, preferred }
    }

    /// Run `ask` on one of `servers`: the one that answered last first, then
    /// the others in turn while the connection fails. When none can be
    /// reached: an error naming them all.
    fn fail_over<T>(
        &self,
        slot: usize,
        servers: &[Endpoint],
        mut ask: impl FnMut(&Endpoint) -> Result<T, ClusterError>,
    ) -> Result<T, ClusterError> {
        let Some(preferred) = self.preferred.get(slot) else {
            return Err(ClusterError::Schema(format!("no shard {}", slot + 1)));
        };
        let first = preferred.load(Ordering::Relaxed);
        let mut failures = Vec::new();
        for step in 0..servers.len() {
            let at = (first + step) % servers.len();
            let mut answer = ask(&servers[at]);
            if matches!(&answer, Err(e) if is_broken_server_link(e)) {
                answer = ask(&servers[at]);
            }
            match answer {
                Err(e) if is_connection_error(&e) => failures.push(e),
                answer => {
                    if answer.is_ok() && at != first {
                        preferred.store(at, Ordering::Relaxed);
                    }
                    return answer;
                }
            }
        }
        match failures.len() {
            0 => Err(ClusterError::Schema("no server to ask".into())),
            1 => Err(failures.remove(0)),
            n => Err(ClusterError::Unreachable {
                server: servers.iter().map(Endpoint::to_string).collect::<Vec<_>>().join(", "),
                detail: format!("none of these {n} servers answers ({})", failures[0].without_server()),
            }),
        }
    }

    /// Ask one replica of a shard (failing over to the next).
    pub fn on_shard<T>(
        &self,
        shard: usize,
        ask: impl FnMut(&Endpoint) -> Result<T, ClusterError>,
    ) -> Result<T, ClusterError> {
        self.fail_over(shard, self.shards.get(shard).map_or(&[], Vec::as_slice), ask)
    }

    /// Ask a server that fans `Distributed` queries out (failing over to the next).
    pub fn on_query_server<T>(&self, ask: impl FnMut(&Endpoint) -> Result<T, ClusterError>) -> Result<T, ClusterError> {
        self.fail_over(self.shards.len(), &self.query_servers, ask)
    }

    /// Every server of every shard: what ingest writes to.
    pub fn every_server(&self) -> impl Iterator<Item = &Endpoint> {
        self.shards.iter().flatten()
    }

    /// The shards whose replicas all fail to answer, as errors saying so and `then`.
    pub fn shards_down(&self, then: &str) -> Vec<ClusterError> {
        (0..self.shards.len())
            .filter_map(|shard| {
                let error = self.on_shard(shard, |server| self.http.query_text(server, "SELECT 1")).err()?;
                Some(self.shard_down(shard, error, then))
            })
            .collect()
    }

    /// A shard that failed to answer: down (named, with what korpus does
    /// without it) when no replica answers at all, else its own error.
    pub fn shard_down(&self, shard: usize, error: ClusterError, then: &str) -> ClusterError {
        match error {
            ClusterError::Unreachable { ref server, .. } | ClusterError::Timeout { ref server, .. } => {
                ClusterError::ShardDown {
                    shard: shard + 1,
                    shards: self.shards.len(),
                    server: server.clone(),
                    detail: error.without_server(),
                    then: then.to_owned(),
                }
            }
            other => other,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn two_servers() -> (Cluster, Vec<Endpoint>) {
        let address = ClusterAddress::parse("clickhouse://127.0.0.1:1,127.0.0.1:2/korpus").expect("address");
        let servers = address.servers.clone();
        let http = Http::new(&address).expect("client");
        (Cluster::with(&address, http, vec![servers.clone()], servers.clone()), servers)
    }

    fn broken_link(server: &Endpoint) -> ClusterError {
        ClusterError::Server {
            server: server.to_string(),
            message: "Received from 127.0.0.1:21087. Unexpected packet Data received from client".into(),
        }
    }

    #[test]
    fn a_broken_server_link_is_asked_again_once_on_the_same_server() {
        let (cluster, servers) = two_servers();
        let mut asked = Vec::new();
        let answer = cluster.on_shard(0, |server| {
            asked.push(server.clone());
            if asked.len() == 1 { Err(broken_link(server)) } else { Ok(7) }
        });
        assert_eq!(answer.ok(), Some(7));
        assert_eq!(asked, vec![servers[0].clone(), servers[0].clone()]);
    }

    #[test]
    fn a_link_broken_twice_and_other_server_errors_are_reported_not_retried_for_ever() {
        let (cluster, _) = two_servers();
        let mut asked = 0;
        let answer: Result<u8, _> = cluster.on_shard(0, |server| {
            asked += 1;
            Err(broken_link(server))
        });
        assert!(matches!(answer, Err(ClusterError::Server { .. })));
        assert_eq!(asked, 2, "one retry on the same server, and the server's error is its answer");
        let mut asked = 0;
        let answer: Result<u8, _> = cluster.on_shard(0, |server| {
            asked += 1;
            Err(ClusterError::Server { server: server.to_string(), message: "Table korpus.x does not exist".into() })
        });
        assert!(answer.is_err());
        assert_eq!(asked, 1);
    }
}
