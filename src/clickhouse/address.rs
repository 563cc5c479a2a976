//! `clickhouse://HOST:PORT[,HOST:PORT…]/DATABASE?cluster=NAME` — where a
//! corpus lives on a ClickHouse cluster, and who logs in.
//!
//! The first server that answers is the one queries go to (it fans
//! `Distributed` queries out to every shard); every listed server is a
//! replica of the shard it says it serves, and replicas not listed are
//! found in `system.clusters` (at the first server's HTTP port). Credentials never come from the command line: the
//! user from `KORPUS_CLICKHOUSE_USER` (or the address's `user@`), the
//! password from `KORPUS_CLICKHOUSE_PASSWORD` or the file named by
//! `KORPUS_CLICKHOUSE_PASSWORD_FILE`. `clickhouses://` or `?secure=1` speaks
//! HTTPS.

use std::time::Duration;

use super::ClusterError;

/// Default HTTP ports of ClickHouse.
const HTTP_PORT: u16 = 8123;
const HTTPS_PORT: u16 = 8443;
/// How long a query may take before korpus gives up on it by default.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// One server's HTTP endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// A parsed `clickhouse://` address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterAddress {
    pub servers: Vec<Endpoint>,
    pub database: String,
    /// The `remote_servers` cluster the tables are spread over; `None`: one server, plain tables.
    pub cluster: Option<String>,
    pub secure: bool,
    pub user: Option<String>,
    pub timeout: Duration,
    /// Ask for gzip-compressed answers (worth it over a slow network, not on loopback).
    pub gzip: bool,
}

/// Credentials, from the environment only.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    pub user: Option<String>,
    pub password: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // never print the password, even in a debug dump
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .finish()
    }
}

impl ClusterAddress {
    /// Is this corpus argument a cluster address rather than a path?
    pub fn is_cluster_address(text: &str) -> bool {
        text.starts_with("clickhouse://") || text.starts_with("clickhouses://")
    }

    pub fn parse(text: &str) -> Result<ClusterAddress, ClusterError> {
        let shown = redacted(text);
        let bad = |why: &str| ClusterError::Address(format!("{shown}: {why}"));
        let (secure_scheme, rest) = if let Some(rest) = text.strip_prefix("clickhouses://") {
            (true, rest)
        } else if let Some(rest) = text.strip_prefix("clickhouse://") {
            (false, rest)
        } else {
            return Err(bad("it must start with clickhouse:// or clickhouses://"));
        };
        let (location, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, database) = location.split_once('/').unwrap_or((location, ""));
        let database = database.trim_end_matches('/');
        let (user, hosts) = match authority.rsplit_once('@') {
            Some((userinfo, hosts)) => {
                if userinfo.contains(':') {
                    return Err(bad("a password does not belong in the address (it would show in the process list): \
                         set KORPUS_CLICKHOUSE_PASSWORD or KORPUS_CLICKHOUSE_PASSWORD_FILE"));
                }
                (Some(userinfo.to_owned()).filter(|u| !u.is_empty()), hosts)
            }
            None => (None, authority),
        };
        let mut secure = secure_scheme;
        let mut cluster = None;
        let mut timeout = DEFAULT_TIMEOUT;
        let mut gzip = false;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "cluster" if !value.is_empty() => cluster = Some(value.to_owned()),
                "secure" => secure = matches!(value, "1" | "true" | ""),
                "timeout" => {
                    let secs: f64 = value.parse().map_err(|_| bad("timeout must be a number of seconds"))?;
                    if !(secs > 0.0 && secs < 1e6) {
                        return Err(bad("timeout must be a positive number of seconds"));
                    }
                    timeout = Duration::from_secs_f64(secs);
                }
                "compression" => gzip = value == "gzip",
                "password" => {
                    return Err(bad("a password does not belong in the address: set KORPUS_CLICKHOUSE_PASSWORD"));
                }
                _ => return Err(bad(&format!("unknown parameter {key:?} (cluster, secure, timeout, compression)"))),
            }
        }
        if !valid_identifier(database) {
            return Err(bad("the database name must be letters, digits and _ (clickhouse://HOST:PORT/DATABASE)"));
        }
        if let Some(c) = &cluster
            && !valid_identifier(c)
        {
            return Err(bad("the cluster name must be letters, digits and _"));
        }
        let default_port = if secure { HTTPS_PORT } else { HTTP_PORT };
        let servers = hosts
            .split(',')
            .map(|h| {
                parse_endpoint(h, default_port).ok_or_else(|| bad(&format!("bad server {h:?} (HOST or HOST:PORT)")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ClusterAddress { servers, database: database.to_owned(), cluster, secure, user, timeout, gzip })
    }

    /// The credentials to log in with: the environment wins over the address's user.
    pub fn credentials(&self) -> Result<Credentials, ClusterError> {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let user = env("KORPUS_CLICKHOUSE_USER").or_else(|| self.user.clone());
        let password = match (env("KORPUS_CLICKHOUSE_PASSWORD"), env("KORPUS_CLICKHOUSE_PASSWORD_FILE")) {
            (Some(p), _) => Some(p),
            (None, Some(file)) => {
                let text = std::fs::read_to_string(&file).map_err(|e| {
                    ClusterError::Address(format!("cannot read KORPUS_CLICKHOUSE_PASSWORD_FILE {file}: {e}"))
                })?;
                Some(text.trim_end_matches(['\r', '\n']).to_owned())
            }
            (None, None) => None,
        };
        Ok(Credentials { user, password })
    }

    /// The address as shown to people: no credentials in it.
    pub fn display_name(&self) -> String {
        let servers: Vec<String> = self.servers.iter().map(Endpoint::to_string).collect();
        let scheme = if self.secure { "clickhouses" } else { "clickhouse" };
        match &self.cluster {
            Some(c) => format!("{scheme}://{}/{}?cluster={c}", servers.join(","), self.database),
            None => format!("{scheme}://{}/{}", servers.join(","), self.database),
        }
    }
}

/// The address with anything after `user:` or `password=` hidden, for messages.
pub(crate) fn redacted(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(scheme_end) = out.find("://") {
        let authority_end = out[scheme_end + 3..].find('/').map_or(out.len(), |i| scheme_end + 3 + i);
        if let Some(at) = out[..authority_end].rfind('@')
            && let Some(colon) = out[scheme_end + 3..at].find(':')
        {
            out.replace_range(scheme_end + 3 + colon + 1..at, "***");
        }
    }
    if let Some(p) = out.find("password=") {
        let end = out[p..].find('&').map_or(out.len(), |i| p + i);
        out.replace_range(p + "password=".len()..end, "***");
    }
    out
}

fn parse_endpoint(text: &str, default_port: u16) -> Option<Endpoint> {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('[') {
        // [::1]:8123
        let (host, after) = rest.split_once(']')?;
        let port = match after.strip_prefix(':') {
            Some(p) => p.parse().ok()?,
            None if after.is_empty() => default_port,
            None => return None,
        };
        return Some(Endpoint { host: host.to_owned(), port });
    }
    let (host, port) = match text.rsplit_once(':') {
        Some((h, p)) => (h, p.parse().ok()?),
        None => (text, default_port),
    };
    let ok = !host.is_empty() && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    ok.then(|| Endpoint { host: host.to_owned(), port })
}

/// Names korpus puts into SQL unquoted.
pub(crate) fn valid_identifier(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_address_parses() {
        let a = ClusterAddress::parse("clickhouse://127.0.0.1:18200,127.0.0.1:18202/korpus?cluster=korpus&timeout=5")
            .expect("parses");
        assert_eq!(a.servers.len(), 2);
        assert_eq!(a.servers[1], Endpoint { host: "127.0.0.1".into(), port: 18202 });
        assert_eq!(a.database, "korpus");
        assert_eq!(a.cluster.as_deref(), Some("korpus"));
        assert_eq!(a.timeout, Duration::from_secs(5));
        assert!(!a.secure);
    }

    #[test]
    fn defaults_follow_the_scheme() {
        let a = ClusterAddress::parse("clickhouses://reader@ch.example/news").expect("parses");
        assert_eq!(a.servers[0].port, 8443);
        assert!(a.secure);
        assert_eq!(a.user.as_deref(), Some("reader"));
        assert_eq!(a.cluster, None);
        let b = ClusterAddress::parse("clickhouse://[::1]/news").expect("parses");
        assert_eq!(b.servers[0], Endpoint { host: "::1".into(), port: 8123 });
        assert_eq!(b.servers[0].to_string(), "[::1]:8123");
    }

    #[test]
    fn a_password_on_the_command_line_is_refused() {
        for bad in ["clickhouse://u:secret@h/db", "clickhouse://h/db?password=secret"] {
            let e = ClusterAddress::parse(bad).expect_err("refused").to_string();
            assert!(e.contains("KORPUS_CLICKHOUSE_PASSWORD"), "{e}");
            assert!(!e.contains("secret"), "the message repeats the password: {e}");
        }
    }

    #[test]
    fn names_that_would_inject_sql_are_refused() {
        for bad in [
            "clickhouse://h/db;DROP",
            "clickhouse://h/db?cluster=a%20b",
            "clickhouse://h/",
            "clickhouse://h:port/db",
            "clickhouse://h/db?nope=1",
        ] {
            assert!(ClusterAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn credentials_are_never_printed() {
        let c = Credentials { user: Some("u".into()), password: Some("secret".into()) };
        assert!(!format!("{c:?}").contains("secret"));
    }
}
