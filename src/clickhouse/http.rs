//! Talking to one ClickHouse server over its HTTP interface, with ureq: a
//! blocking client, so the TUI's and CLI's worker threads use it as they
//! are, with no async runtime (see the README's cluster section for the
//! measurement against the official `clickhouse` crate).
//!
//! SQL goes in the request body (or, for an INSERT, in the `query`
//! parameter with the rows as the body); settings are URL parameters; the
//! login goes in `X-ClickHouse-User`/`X-ClickHouse-Key` headers, which 18.16
//! and current releases read. Every error names the server.

use std::io::Read;
use std::sync::Arc;
use std::time::Duration;

use super::ClusterError;
use super::address::{ClusterAddress, Credentials, Endpoint};

/// A connection pool and login for every server of one cluster address.
#[derive(Clone)]
pub struct Http {
    agent: ureq::Agent,
    credentials: Arc<Credentials>,
    secure: bool,
    gzip: bool,
    /// The certificates trusted in place of Mozilla's roots (`ca_file`).
    roots: Option<Arc<Vec<ureq::tls::Certificate<'static>>>>,
    pub timeout: Duration,
}

/// Progress a server reported in `X-ClickHouse-Progress` or `X-ClickHouse-Summary`
/// headers (current releases; Debian's 18.16 sends neither).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ServerProgress {
    pub read_rows: u64,
    pub written_rows: u64,
    pub total_rows_to_read: u64,
    /// Whether the server sent any such header at all.
    pub reported: bool,
}

impl ServerProgress {
    /// The rows the server says it wrote, when it said so: a header with
    /// `written_rows` 0 is no word (releases of 2020 sent a summary of zeros
    /// unless asked for progress headers).
    pub fn rows_written(&self) -> Option<u64> {
        (self.reported && self.written_rows > 0).then_some(self.written_rows)
    }

    /// Fold one header's JSON (`{"read_rows":"123",…}`: numbers quoted in every
    /// release) into what is known; `false` when it is not such JSON.
    pub fn read_header(&mut self, text: &str) -> bool {
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(text) else {
            return false;
        };
        let number = |key: &str| {
            let value = fields.get(key)?;
            value.as_str().and_then(|s| s.parse::<u64>().ok()).or(value.as_u64())
        };
        for (key, field) in [
            ("read_rows", &mut self.read_rows),
            ("written_rows", &mut self.written_rows),
            ("total_rows_to_read", &mut self.total_rows_to_read),
        ] {
            if let Some(n) = number(key) {
                *field = n;
            }
        }
        self.reported = true;
        true
    }
}

impl Http {
    pub fn new(address: &ClusterAddress) -> Result<Http, ClusterError> {
        let credentials = address.credentials()?;
        let roots = match &credentials.ca_file {
            Some(file) => Some(Arc::new(certificates(file)?)),
            None => None,
        };
        Ok(Http {
            agent: agent(address.timeout, roots.clone()),
            credentials: Arc::new(credentials),
            secure: address.secure,
            gzip: address.gzip,
            roots,
            timeout: address.timeout,
        })
    }

    /// The same login with another overall time limit (an ingest's inserts may take minutes).
    pub fn with_timeout(&self, timeout: Duration) -> Http {
        Http { agent: agent(timeout, self.roots.clone()), timeout, ..self.clone() }
    }

    fn url(&self, server: &Endpoint) -> String {
        format!("{}://{}/", if self.secure { "https" } else { "http" }, server)
    }

    /// Send one request; `Ok` only for a 200 answer, whose body is returned unread.
    fn send(
        &self,
        server: &Endpoint,
        params: &[(&str, &str)],
        body: &[u8],
    ) -> Result<(ureq::Body, ServerProgress), ClusterError> {
        let mut request = self.agent.post(self.url(server)).query_pairs(params.iter().copied());
        if let Some(user) = &self.credentials.user {
            request = request.header("X-ClickHouse-User", user);
        }
        if let Some(password) = &self.credentials.password {
            request = request.header("X-ClickHouse-Key", password);
        }
        if self.gzip {
            request = request.query("enable_http_compression", "1");
        }
        let response = request.send(body).map_err(|e| transport_error(server, self.timeout, e))?;
        let status = response.status().as_u16();
        let progress = progress_of(response.headers());
        let mut body = response.into_body();
        if status == 200 {
            return Ok((body, progress));
        }
        let mut message = String::new();
        let _ = body.as_reader().take(64 * 1024).read_to_string(&mut message);
        Err(server_error(server, status, &message, self.credentials.user.as_deref()))
    }

    /// Run a statement that returns nothing korpus reads (DDL, ALTER, KILL).
    pub fn execute(&self, server: &Endpoint, sql: &str) -> Result<(), ClusterError> {
        let (mut body, _) = self.send(server, &[], sql.as_bytes())?;
        let mut sink = Vec::new();
        body.as_reader().read_to_end(&mut sink).map_err(|e| read_error(server, self.timeout, e))?;
        Ok(())
    }

    /// Run a SELECT and return its whole answer (the SQL chooses the format).
    pub fn query(&self, server: &Endpoint, sql: &str, settings: &[(&str, &str)]) -> Result<Vec<u8>, ClusterError> {
        let (mut body, _) = self.send(server, settings, sql.as_bytes())?;
        let mut bytes = Vec::new();
        body.as_reader().read_to_end(&mut bytes).map_err(|e| read_error(server, self.timeout, e))?;
        Ok(bytes)
    }

    /// Run a SELECT and return its answer as it arrives.
    pub fn query_stream(
        &self,
        server: &Endpoint,
        sql: &str,
        settings: &[(&str, &str)],
    ) -> Result<ureq::BodyReader<'static>, ClusterError> {
        let (body, _) = self.send(server, settings, sql.as_bytes())?;
        Ok(body.into_reader())
    }

    /// Run a SELECT whose answer is text (a count, a version, TSV rows).
    pub fn query_text(&self, server: &Endpoint, sql: &str) -> Result<String, ClusterError> {
        let bytes = self.query(server, sql, &[])?;
        if let Some(message) = trailing_exception(&bytes) {
            return Err(ClusterError::Server { server: server.to_string(), message });
        }
        String::from_utf8(bytes)
            .map(|s| s.trim_end().to_owned())
            .map_err(|_| ClusterError::Protocol { server: server.to_string(), detail: "answer is not UTF-8".into() })
    }

    /// `INSERT INTO table FORMAT RowBinary` with `rows` (`row_count` of them) as
    /// the body, asking for progress headers. A server that reports what it
    /// wrote (current releases' headers) and wrote fewer rows than were sent
    /// has failed the batch.
    pub fn insert(
        &self,
        server: &Endpoint,
        table: &str,
        rows: &[u8],
        row_count: usize,
    ) -> Result<ServerProgress, ClusterError> {
        let query = format!("INSERT INTO {table} FORMAT RowBinary");
        let params = [("query", query.as_str()), ("send_progress_in_http_headers", "1")];
        let (mut body, progress) = self.send(server, &params, rows)?;
        let mut answer = Vec::new();
        body.as_reader().read_to_end(&mut answer).map_err(|e| read_error(server, self.timeout, e))?;
        // a server that sent progress headers sent its 200 status with the first: a
        // failure after that can only come as an exception in the body
        if let Some(message) = trailing_exception(&answer) {
            return Err(ClusterError::Server { server: server.to_string(), message });
        }
        written_whole(server, table, progress, row_count)?;
        Ok(progress)
    }

    /// Ask a server to stop a query (used when a newer keystroke makes a
    /// search stale: 18.16 has no `cancel_http_readonly_queries_on_client_close`).
    pub fn kill_query(&self, server: &Endpoint, query_id: &str) -> Result<(), ClusterError> {
        let id: String = query_id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        self.execute(server, &format!("KILL QUERY WHERE query_id = '{id}' ASYNC"))
    }
}

/// Every certificate in a PEM file (a private CA's, or a server's own).
fn certificates(file: &std::path::Path) -> Result<Vec<ureq::tls::Certificate<'static>>, ClusterError> {
    let bad = |why: String| ClusterError::Address(format!("CA file {}: {why}", file.display()));
    let pem = std::fs::read(file).map_err(|e| bad(e.to_string()))?;
    let mut certificates = Vec::new();
    for item in ureq::tls::parse_pem(&pem) {
        if let ureq::tls::PemItem::Certificate(certificate) = item.map_err(|e| bad(e.to_string()))? {
            certificates.push(certificate);
        }
    }
    if certificates.is_empty() {
        return Err(bad("no PEM certificate in it".into()));
    }
    Ok(certificates)
}

fn agent(timeout: Duration, roots: Option<Arc<Vec<ureq::tls::Certificate<'static>>>>) -> ureq::Agent {
    let mut tls = ureq::tls::TlsConfig::builder();
    if let Some(roots) = roots {
        tls = tls.root_certs(ureq::tls::RootCerts::Specific(roots));
    }
    ureq::Agent::config_builder()
        .tls_config(tls.build())
        // errors arrive as 4xx/5xx with ClickHouse's message in the body: read it
        .http_status_as_error(false)
        .timeout_connect(Some(Duration::from_secs(5).min(timeout)))
        .timeout_global(Some(timeout))
        .max_idle_connections_per_host(8)
        .user_agent(concat!("korpus/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// The batch was written whole, as far as the server says (18.16 says nothing:
/// its 200 answer is all there is).
fn written_whole(server: &Endpoint, table: &str, said: ServerProgress, sent: usize) -> Result<(), ClusterError> {
    match said.rows_written() {
        Some(written) if written != sent as u64 => Err(ClusterError::Server {
            server: server.to_string(),
            message: format!("wrote {written} of the {sent} rows sent to {table}"),
        }),
        _ => Ok(()),
    }
}

fn progress_of(headers: &ureq::http::HeaderMap) -> ServerProgress {
    let mut progress = ServerProgress::default();
    // each progress header counts everything so far, the last the most; the summary (at the end) wins over all
    let values = headers.get_all("x-clickhouse-progress").iter().chain(headers.get_all("x-clickhouse-summary").iter());
    for value in values {
        if let Ok(text) = value.to_str() {
            progress.read_header(text);
        }
    }
    progress
}

/// `Code: 279, e.displayText() = DB::Exception: …, e.what() = DB::Exception`
/// (18.16) or `Code: 279. DB::Exception: … (ALL_CONNECTION_TRIES_FAILED) (version …)`
/// (current): the message without the C++ decoration, on one line. Nested
/// exceptions (a shard's, inside the server's) are kept: they name the shard.
pub(crate) fn clean_message(raw: &str) -> String {
    let mut text = raw.trim().replace("e.displayText() = ", "");
    // `, e.what() = DB::NetException` after each message
    while let Some(at) = text.find(", e.what() = ") {
        let rest = &text[at + ", e.what() = ".len()..];
        let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '_')).unwrap_or(rest.len());
        text.replace_range(at..at + ", e.what() = ".len() + name_len, "");
    }
    for decoration in ["DB::Exception: ", "DB::NetException: "] {
        text = text.replace(decoration, "");
    }
    if let Some(at) = text.find(" (version ") {
        text.truncate(at);
    }
    let mut text: &str = &text;
    // the leading `Code: N, ` (18.16) or `Code: N. ` (current)
    if let Some(rest) = text.strip_prefix("Code: ") {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let after = &rest[digits..];
        text = after.strip_prefix(", ").or_else(|| after.strip_prefix(". ")).unwrap_or(text);
    }
    let one_line: Vec<&str> = text.split_whitespace().collect();
    one_line.join(" ").chars().take(1000).collect()
}

fn code_of(raw: &str) -> Option<u32> {
    let rest = raw.trim_start().strip_prefix("Code: ")?;
    rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// An exception a server appended to an answer it had started to stream
/// (HTTP offers no other way to say so once the status line is sent).
pub(crate) fn trailing_exception(bytes: &[u8]) -> Option<String> {
    let tail = &bytes[bytes.len().saturating_sub(4096)..];
    let text = String::from_utf8_lossy(tail);
    // the earliest `Code: ` starting a line from which the rest is an exception
    // (a shard's failure nests other exceptions, each on its own lines)
    let starts = text.match_indices("Code: ").map(|(i, _)| i).filter(|&i| i == 0 || text[..i].ends_with('\n'));
    for at in starts {
        let rest = &text[at..];
        let decorated = rest.contains("e.what() = DB::") || rest.contains(". DB::Exception: ");
        if decorated && code_of(rest).is_some() {
            return Some(clean_message(rest));
        }
    }
    None
}

fn server_error(server: &Endpoint, status: u16, body: &str, user: Option<&str>) -> ClusterError {
    let server = server.to_string();
    let message = clean_message(body);
    // 192 unknown user, 193 wrong password, 194 password required, 516 authentication failed
    let login_codes = [192, 193, 194, 516];
    if status == 401 || status == 403 || code_of(body).is_some_and(|c| login_codes.contains(&c)) {
        return ClusterError::Login { server, user: user.unwrap_or("default").to_owned(), message };
    }
    if message.is_empty() {
        return ClusterError::Protocol { server, detail: format!("HTTP status {status} with no message") };
    }
    ClusterError::Server { server, message }
}

fn transport_error(server: &Endpoint, timeout: Duration, e: ureq::Error) -> ClusterError {
    let server_name = server.to_string();
    let detail = match e {
        ureq::Error::Timeout(_) => {
            return ClusterError::Timeout { server: server_name, seconds: timeout.as_secs_f64() };
        }
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                return ClusterError::Timeout { server: server_name, seconds: timeout.as_secs_f64() };
            }
            _ => io.to_string(),
        },
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        other => other.to_string(),
    };
    ClusterError::Unreachable { server: server_name, detail: with_certificate_hint(detail) }
}

/// A refused certificate is most often a server's whose certificate a private CA signed: say how to trust it.
fn with_certificate_hint(mut detail: String) -> String {
    if detail.contains("certificate") {
        detail
            .push_str(" (to trust a private CA: KORPUS_CLICKHOUSE_CA_FILE, or ca_file in [clickhouse] of config.toml)");
    }
    detail
}

fn read_error(server: &Endpoint, timeout: Duration, e: std::io::Error) -> ClusterError {
    // ureq reports its own errors through io::Error while a body is read
    let text = e.to_string();
    if e.kind() == std::io::ErrorKind::TimedOut || text.contains("timeout") {
        return ClusterError::Timeout { server: server.to_string(), seconds: timeout.as_secs_f64() };
    }
    ClusterError::Unreachable { server: server.to_string(), detail: format!("answer cut short: {text}") }
}

/// A stand-in for a ClickHouse server on a loopback port, for tests: it
/// answers each request with the next of `answers` (status line and headers,
/// then body; every connection closed after one answer) and hands back the
/// requests' heads (request line and headers) once all are answered.
#[cfg(test)]
pub(crate) fn stand_in(answers: Vec<(&'static str, &'static str)>) -> (Endpoint, std::thread::JoinHandle<Vec<String>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("address").port();
    let serving = std::thread::spawn(move || {
        let mut requests = Vec::new();
        for (head, body) in answers {
            let (stream, _) = listener.accept().expect("a request");
            let mut reader = BufReader::new(stream);
            let (mut request, mut length) = (String::new(), 0usize);
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).expect("request line");
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().expect("a length");
                }
                if line.trim().is_empty() {
                    break;
                }
                request.push_str(&line);
            }
            let mut sent = vec![0; length];
            reader.read_exact(&mut sent).expect("the body");
            let answer = format!("{head}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
            reader.into_inner().write_all(answer.as_bytes()).expect("answer");
            requests.push(request);
        }
        requests
    });
    (Endpoint { host: "127.0.0.1".into(), port }, serving)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_of_both_generations_are_cleaned() {
        let old = "Code: 279, e.displayText() = DB::Exception: All connection tries failed. Log: \n\nCode: 210, e.displayText() = DB::NetException: Connection refused (127.0.0.1:18203), e.what() = DB::NetException\n, e.what() = DB::Exception\n";
        let cleaned = clean_message(old);
        assert_eq!(cleaned, "All connection tries failed. Log: Code: 210, Connection refused (127.0.0.1:18203)");
        let new = "Code: 60. DB::Exception: Table korpus.articles does not exist. (UNKNOWN_TABLE) (version 24.3.1.1)";
        assert_eq!(clean_message(new), "Table korpus.articles does not exist. (UNKNOWN_TABLE)");
        assert_eq!(code_of(new), Some(60));
        assert_eq!(code_of(old), Some(279));
    }

    #[test]
    fn a_refused_login_names_the_server_and_user() {
        let server = Endpoint { host: "127.0.0.1".into(), port: 18200 };
        let e = server_error(
            &server,
            500,
            "Code: 193, e.displayText() = DB::Exception: Wrong password for user korpus, e.what() = DB::Exception",
            Some("korpus"),
        );
        let text = e.to_string();
        assert!(
            text.contains("127.0.0.1:18200") && text.contains("korpus") && text.contains("Wrong password"),
            "{text}"
        );
    }

    /// Header texts as releases sent them (quoted from ClickHouse's own issue
    /// tracker): 21.2's progress (#20043), 22.7's summary with result rows
    /// (#39567), 24.8's summary with elapsed_ns (#68869).
    const PROGRESS_21_2: &str = r#"{"read_rows":"11411456","read_bytes":"324059295","written_rows":"0","written_bytes":"0","total_rows_to_read":"210000000"}"#;
    const SUMMARY_22_7: &str = r#"{"read_rows":"10","read_bytes":"80","written_rows":"0","written_bytes":"0","total_rows_to_read":"0","result_rows":"10","result_bytes":"112"}"#;
    const SUMMARY_24_8: &str = r#"{"read_rows":"1","read_bytes":"1","written_rows":"0","written_bytes":"0","total_rows_to_read":"1","result_rows":"0","result_bytes":"0","elapsed_ns":"869008"}"#;

    #[test]
    fn progress_headers_of_current_releases_are_read() {
        let read = |text: &str| {
            let mut progress = ServerProgress::default();
            assert!(progress.read_header(text), "{text}");
            progress
        };
        let progress = read(PROGRESS_21_2);
        assert_eq!(
            progress,
            ServerProgress { read_rows: 11_411_456, written_rows: 0, total_rows_to_read: 210_000_000, reported: true }
        );
        // a header that says 0 rows written says nothing of a batch
        assert_eq!(progress.rows_written(), None);
        assert_eq!(read(SUMMARY_22_7).read_rows, 10);
        assert_eq!(read(SUMMARY_24_8).total_rows_to_read, 1);
        // an insert's summary, in 24.8's fields
        let insert = SUMMARY_24_8
            .replace(r#""read_rows":"1","#, r#""read_rows":"0","#)
            .replace(r#""written_rows":"0","written_bytes":"0""#, r#""written_rows":"1200","written_bytes":"96000""#);
        assert_eq!(read(&insert).rows_written(), Some(1200));
        // unquoted numbers are read too; anything else is no header
        assert_eq!(read(r#"{"written_rows":7}"#).rows_written(), Some(7));
        for bad in ["", "written_rows=7", "[1,2]", "{\"written_rows\":"] {
            let mut progress = ServerProgress::default();
            assert!(!progress.read_header(bad) && !progress.reported, "{bad}");
        }
    }

    #[test]
    fn the_summary_wins_over_progress_and_a_batch_written_short_is_a_failure() {
        let mut headers = ureq::http::HeaderMap::new();
        let progress = r#"{"read_rows":"0","read_bytes":"0","written_rows":"800","written_bytes":"64000","total_rows_to_read":"0"}"#;
        let summary = r#"{"read_rows":"0","read_bytes":"0","written_rows":"1200","written_bytes":"96000","total_rows_to_read":"0","result_rows":"1200","result_bytes":"96000","elapsed_ns":"5201000"}"#;
        headers.append("x-clickhouse-progress", progress.parse().expect("header"));
        headers.append("x-clickhouse-summary", summary.parse().expect("header"));
        let said = progress_of(&headers);
        assert_eq!(said.rows_written(), Some(1200));
        let server = Endpoint { host: "127.0.0.1".into(), port: 18200 };
        assert!(written_whole(&server, "korpus.lines_local", said, 1200).is_ok());
        let e = written_whole(&server, "korpus.lines_local", said, 1500).expect_err("300 rows short").to_string();
        assert!(e.contains("127.0.0.1:18200") && e.contains("1200 of the 1500"), "{e}");
        // no header (18.16): the 200 answer is the only word
        assert_eq!(progress_of(&ureq::http::HeaderMap::new()), ServerProgress::default());
        assert!(written_whole(&server, "korpus.lines_local", ServerProgress::default(), 1500).is_ok());
    }

    fn client() -> Http {
        Http::new(&ClusterAddress::parse("clickhouse://127.0.0.1:1/korpus").expect("address")).expect("client")
    }

    #[test]
    fn a_server_that_never_answers_is_a_timeout_naming_it() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().expect("address").port();
        // the connection is taken and held, but nothing is ever answered
        let holding = std::thread::spawn(move || listener.accept().map(|(stream, _)| stream));
        let address =
            ClusterAddress::parse(&format!("clickhouse://127.0.0.1:{port}/korpus?timeout=0.5")).expect("address");
        let server = Endpoint { host: "127.0.0.1".into(), port };
        let e = Http::new(&address).expect("client").query(&server, "SELECT 1", &[]).expect_err("no answer");
        assert!(matches!(e, ClusterError::Timeout { .. }), "{e:?}");
        let text = e.to_string();
        assert!(text.contains(&format!("127.0.0.1:{port}")) && text.contains("0.5 s"), "{text}");
        drop(holding.join());
    }

    #[test]
    fn an_insert_asks_for_progress_headers_and_reads_them_through_the_client() {
        let head = concat!(
            "HTTP/1.1 200 OK\r\nX-ClickHouse-Query-Id: 4e9b5a51\r\n",
            r#"X-ClickHouse-Progress: {"read_rows":"0","read_bytes":"0","written_rows":"1048576","written_bytes":"83886080","total_rows_to_read":"0","result_rows":"0","result_bytes":"0","elapsed_ns":"100233000"}"#,
            "\r\n",
            r#"X-ClickHouse-Summary: {"read_rows":"0","read_bytes":"0","written_rows":"1500000","written_bytes":"120000000","total_rows_to_read":"0","result_rows":"1500000","result_bytes":"120000000","elapsed_ns":"160871000"}"#,
            "\r\n"
        );
        let (server, serving) = stand_in(vec![(head, "")]);
        let said = client().insert(&server, "korpus.lines_local", b"rows", 1_500_000).expect("written whole");
        assert_eq!(said.rows_written(), Some(1_500_000));
        let requests = serving.join().expect("served");
        assert!(requests[0].contains("send_progress_in_http_headers=1"), "{requests:?}");
        // the same answer for a batch of more rows: written short, a failure naming the server
        let (server, _) = stand_in(vec![(head, "")]);
        let e = client().insert(&server, "korpus.lines_local", b"rows", 1_600_000).expect_err("short");
        assert!(e.to_string().contains("1500000 of the 1600000") && e.to_string().contains(&server.to_string()), "{e}");
        // a failure after the headers went out comes in the body, under a 200
        let failed = "Code: 252. DB::Exception: Too many parts (300). Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 24.8.4.13 (official build))\n";
        let (server, _) = stand_in(vec![("HTTP/1.1 200 OK\r\n", failed)]);
        let e = client().insert(&server, "korpus.lines_local", b"rows", 10).expect_err("an exception in the body");
        assert!(e.to_string().contains("Too many parts"), "{e}");
    }

    #[test]
    fn an_exception_after_data_is_found() {
        let mut body = b"1\tfoo\n2\tbar\n".to_vec();
        body.extend_from_slice(
            b"Code: 241, e.displayText() = DB::Exception: Memory limit exceeded, e.what() = DB::Exception\n",
        );
        assert_eq!(trailing_exception(&body).as_deref(), Some("Memory limit exceeded"));
        assert_eq!(trailing_exception(b"1\tCode: 5 in a title\n2\tx\n"), None);
    }
}
