//! `korpus index --to clickhouse://…`: write a corpus to a ClickHouse
//! cluster, whole or by slices, and merge the slices.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::Instant;

use clap::Args;

use korpus::clickhouse::ingest::{self, IngestObserver, IngestReport, RowsCounted, Slice};
use korpus::clickhouse::{Cluster, ClusterAddress, schema};

use crate::cli::CliError;

#[derive(Args, Debug)]
pub struct IndexArgs {
    /// Where to write: clickhouse://HOST:PORT[,HOST:PORT…]/DATABASE?cluster=NAME (the password comes from
    /// KORPUS_CLICKHOUSE_PASSWORD or KORPUS_CLICKHOUSE_PASSWORD_FILE or [clickhouse] in config.toml, never
    /// from the command line).
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// Write only the K-th of N parts of the corpus (several processes or machines at once); then run
    /// `--merge` once every slice is written.
    #[arg(long, value_name = "K/N", value_parser = parse_slice, conflicts_with = "merge")]
    pub slice: Option<Slice>,
    /// How long a slice waits for every other slice's word counts before it recognises the names in its
    /// own articles; past that it stops and leaves its recognition to the merge (0: do not wait).
    #[arg(long, value_name = "SECONDS", default_value_t = 600.0, requires = "slice")]
    pub wait: f64,
    /// Analyse the articles every slice wrote, as one machine would, and write the entities, mentions
    /// and related-article postings.
    #[arg(long)]
    pub merge: bool,
}

fn parse_slice(text: &str) -> Result<Slice, String> {
    Slice::parse(text)
}

fn cluster_error(e: korpus::clickhouse::ClusterError) -> CliError {
    CliError::Other(anyhow::anyhow!(e))
}

/// A progress line on standard error when it is a terminal: the stage, done
/// of total, the rows written (as the server counts them when it says), and
/// the time so far.
struct Progress {
    terminal: bool,
    started: Instant,
    last_drawn: Option<Instant>,
    /// The stage whose rows were last reported, their number and who counted them.
    rows: Option<(String, u64, RowsCounted)>,
}

impl IngestObserver for Progress {
    fn progress(&mut self, stage: &str, done: u64, total: u64) {
        if !self.terminal || self.last_drawn.is_some_and(|t| t.elapsed().as_millis() < 100 && done < total) {
            return;
        }
        self.last_drawn = Some(Instant::now());
        let width = 30usize;
        let filled = if total == 0 { width } else { (done as f64 / total as f64 * width as f64) as usize }.min(width);
        let rows = match &self.rows {
            Some((rows_stage, rows, counted)) if rows_stage == stage => format!(
                ", {rows} rows {}",
                match counted {
                    RowsCounted::ByServer => "written (the server's count)",
                    RowsCounted::Acknowledged => "acknowledged",
                }
            ),
            _ => String::new(),
        };
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[2K[{}{}] {stage} {done}/{total}{rows}  {:.1} s",
            "#".repeat(filled),
            "-".repeat(width - filled),
            self.started.elapsed().as_secs_f64()
        );
        let _ = err.flush();
    }

    fn rows_written(&mut self, stage: &str, rows: u64, counted: RowsCounted) {
        self.rows = Some((stage.to_owned(), rows, counted));
    }

    fn retry(&mut self, what: &str) {
        eprintln!("{}korpus: retrying: {what}", if self.terminal { "\r\x1b[2K" } else { "" });
    }
}

impl Progress {
    fn done(&self) {
        if self.terminal {
            eprint!("\r\x1b[2K");
        }
    }
}

fn summary(what: &str, report: &IngestReport, seconds: f64) {
    let rows: Vec<String> = report.rows.iter().map(|(t, n)| format!("{t} {n}")).collect();
    let shards: Vec<String> = report.rows_per_shard.iter().map(u64::to_string).collect();
    for note in &report.notes {
        eprintln!("korpus: {note}");
    }
    eprintln!(
        "korpus: {what}: {} articles in {seconds:.1} s ({:.0} articles/s); rows: {}; rows per shard: {}",
        report.articles,
        report.articles as f64 / seconds.max(1e-9),
        rows.join(", "),
        shards.join(" / ")
    );
}

pub fn run(args: IndexArgs, corpus_path: Option<&Path>, cache: Option<&Path>) -> Result<(), CliError> {
    let address = ClusterAddress::parse(&args.to).map_err(|e| CliError::Usage(e.to_string()))?;
    let cluster = Cluster::connect(&address).map_err(cluster_error)?;
    schema::ensure(&cluster).map_err(cluster_error)?;
    let mut progress =
        Progress { terminal: std::io::stderr().is_terminal(), started: Instant::now(), last_drawn: None, rows: None };
    if !args.merge {
        let started = Instant::now();
        // without --corpus, the bundled seeds, as for every other command
        let corpus = korpus::open::open_corpus(corpus_path, cache).map_err(|e| match e {
            korpus::corpus::LoadError::NotFound(_) => CliError::Usage(format!("cannot open corpus: {e}")),
            other => CliError::Other(anyhow::anyhow!("cannot open corpus: {other}")),
        })?;
        for warning in &corpus.warnings {
            eprintln!("korpus: warning: {warning}");
        }
        let slice = args.slice.unwrap_or(Slice::WHOLE);
        // a whole corpus is recognised by the merge, in this same process
        let wait = args.slice.map(|_| std::time::Duration::from_secs_f64(args.wait.clamp(0.0, 1e9)));
        let report = ingest::write_slice(&cluster, &corpus, slice, wait, &mut progress).map_err(cluster_error)?;
        progress.done();
        summary(
            &format!("slice {}/{} written to {}", slice.index, slice.count, address.display_name()),
            &report,
            started.elapsed().as_secs_f64(),
        );
        if args.slice.is_some() {
            return Ok(());
        }
    }
    let started = Instant::now();
    let report = ingest::merge(&cluster, &mut progress).map_err(cluster_error)?;
    progress.done();
    summary(&format!("merged in {}", address.display_name()), &report, started.elapsed().as_secs_f64());
    Ok(())
}
