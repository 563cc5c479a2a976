//! `clickhouse://HOST:PORT[,HOST:PORT…]/DATABASE?cluster=NAME` — where a
//! corpus lives on a ClickHouse cluster, and who logs in.
//!
//! The first server that answers is the one queries go to (it fans
//! `Distributed` queries out to every shard); every listed server is a
//! replica of the shard it says it serves, and replicas not listed are
//! found in `system.clusters` (at the first server's HTTP port). Credentials never come from the command line: the
//! user from `KORPUS_CLICKHOUSE_USER`, `user` in the `[clickhouse]` table of
//! korpus's `config.toml`, or the address's `user@`; the password from
//! `KORPUS_CLICKHOUSE_PASSWORD`, the file named by
//! `KORPUS_CLICKHOUSE_PASSWORD_FILE`, or `password` / `password_file` in
//! the config (the environment first). `clickhouses://` or `?secure=1`
//! speaks HTTPS, trusting Mozilla's roots, or only the certificates (PEM) in
//! `KORPUS_CLICKHOUSE_CA_FILE` / the config's `ca_file` (a private CA).

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

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

/// Credentials and the certificates to trust, from the environment or the config, never the command line.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    pub user: Option<String>,
    pub password: Option<String>,
    /// PEM certificates to trust in place of Mozilla's roots (a private CA).
    pub ca_file: Option<PathBuf>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // never print the password, even in a debug dump
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .field("ca_file", &self.ca_file)
            .finish()
    }
}

/// The `[clickhouse]` table of korpus's `config.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClickHouseConfig {
    user: Option<String>,
    password: Option<String>,
    password_file: Option<PathBuf>,
    ca_file: Option<PathBuf>,
}

impl ClickHouseConfig {
    /// The `[clickhouse]` table of the config file `text` (from `file`), if it has one.
    fn parse(text: &str, file: &Path) -> Result<ClickHouseConfig, ClusterError> {
        let bad = |why: String| ClusterError::Address(format!("{}: [clickhouse]: {why}", file.display()));
        let table: toml::Table = toml::from_str(text).map_err(|e| bad(e.message().to_owned()))?;
        match table.get("clickhouse") {
            None => Ok(ClickHouseConfig::default()),
            Some(value) => value.clone().try_into().map_err(|e: toml::de::Error| bad(e.message().to_owned())),
        }
    }

    /// korpus's `config.toml` (`$XDG_CONFIG_HOME/korpus`), if there is one.
    fn load() -> Result<ClickHouseConfig, ClusterError> {
        let Some(file) = crate::fsio::dirs::config_dir().map(|d| d.join("config.toml")).filter(|f| f.exists()) else {
            return Ok(ClickHouseConfig::default());
        };
        let text = std::fs::read_to_string(&file)
            .map_err(|e| ClusterError::Address(format!("cannot read {}: {e}", file.display())))?;
        ClickHouseConfig::parse(&text, &file)
    }
}

/// A password file's text, without the line end an editor leaves.
fn read_password(file: &Path, named_by: &str) -> Result<String, ClusterError> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| ClusterError::Address(format!("cannot read {named_by} {}: {e}", file.display())))?;
    Ok(text.trim_end_matches(['\r', '\n']).to_owned())
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

    /// The credentials to log in with and the certificates to trust: the
    /// environment wins over the config, the config over the address's user.
    pub fn credentials(&self) -> Result<Credentials, ClusterError> {
        let config = ClickHouseConfig::load()?;
        self.credentials_from(&|name| std::env::var(name).ok(), config)
    }

    fn credentials_from(
        &self,
        env: &dyn Fn(&str) -> Option<String>,
        config: ClickHouseConfig,
    ) -> Result<Credentials, ClusterError> {
        let env = |name: &str| env(name).filter(|v| !v.is_empty());
        let user = env("KORPUS_CLICKHOUSE_USER").or(config.user).or_else(|| self.user.clone());
        let password = if let Some(p) = env("KORPUS_CLICKHOUSE_PASSWORD") {
            Some(p)
        } else if let Some(file) = env("KORPUS_CLICKHOUSE_PASSWORD_FILE") {
            Some(read_password(Path::new(&file), "KORPUS_CLICKHOUSE_PASSWORD_FILE")?)
        } else if let Some(p) = config.password {
            Some(p)
        } else if let Some(file) = config.password_file {
            Some(read_password(&file, "the config's password_file")?)
        } else {
            None
        };
        let ca_file = env("KORPUS_CLICKHOUSE_CA_FILE").map(PathBuf::from).or(config.ca_file);
        Ok(Credentials { user, password, ca_file })
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
        let c = Credentials { user: Some("u".into()), password: Some("secret".into()), ca_file: None };
        assert!(!format!("{c:?}").contains("secret"));
    }

    #[test]
    fn the_environment_wins_over_the_config_and_the_config_over_the_address() {
        let file = Path::new("config.toml");
        let config = || {
            ClickHouseConfig::parse(
                "theme = \"dark\"\n[clickhouse]\nuser = \"reader\"\npassword = \"from-config\"\nca_file = \"/etc/ca.pem\"\n",
                file,
            )
            .expect("parses")
        };
        let address = ClusterAddress::parse("clickhouses://writer@ch.example/news").expect("parses");
        let none = |_: &str| None;
        let c = address.credentials_from(&none, config()).expect("credentials");
        assert_eq!(c.user.as_deref(), Some("reader"));
        assert_eq!(c.password.as_deref(), Some("from-config"));
        assert_eq!(c.ca_file.as_deref(), Some(Path::new("/etc/ca.pem")));
        let env = |name: &str| match name {
            "KORPUS_CLICKHOUSE_USER" => Some("ops".to_owned()),
            "KORPUS_CLICKHOUSE_PASSWORD" => Some("from-env".to_owned()),
            "KORPUS_CLICKHOUSE_CA_FILE" => Some("/tmp/ca.pem".to_owned()),
            _ => None,
        };
        let c = address.credentials_from(&env, config()).expect("credentials");
        assert_eq!((c.user.as_deref(), c.password.as_deref()), (Some("ops"), Some("from-env")));
        assert_eq!(c.ca_file.as_deref(), Some(Path::new("/tmp/ca.pem")));
        // no config, no environment: the address's user, no password
        let c = address.credentials_from(&none, ClickHouseConfig::default()).expect("credentials");
        assert_eq!((c.user.as_deref(), c.password), (Some("writer"), None));
    }

    #[test]
    fn a_config_without_the_table_is_empty_and_a_wrong_key_is_named() {
        let file = Path::new("config.toml");
        let empty = ClickHouseConfig::parse("theme = \"dark\"\n", file).expect("parses");
        assert!(empty.user.is_none() && empty.password.is_none() && empty.ca_file.is_none());
        let e = ClickHouseConfig::parse("[clickhouse]\npasword = \"x\"\n", file).expect_err("a typo").to_string();
        assert!(e.contains("config.toml") && e.contains("pasword"), "{e}");
    }
}
