//! Writing a corpus to a cluster: slices, then a merge.
//!
//! A slice (`--slice K/N`) is the K-th of N contiguous runs of the corpus's
//! articles (in corpus order, so article numbers are those of a one-machine
//! build). Its process writes those articles and their search keys — the
//! work that needs nothing from other articles — straight to each shard's
//! local tables, into partition K. Then it recognises its own articles'
//! names: it counts how its articles write their words
//! ([`crate::WordStats`]), writes that to the `parts` table, waits until
//! every slice's statistics are there (recognition weighs a capitalised word
//! by how the whole corpus writes it), and writes its candidates
//! ([`crate::Recognised`]) there too. The merge reads every article back,
//! links the slices' candidates in corpus order (one person, one id,
//! whichever slice saw them) — recognising itself any slice that did not
//! (one that stopped waiting) — builds the related-article vectors, and
//! writes mentions, entities, vectors and postings. Each half is the core's
//! own, so the result is a one-machine build's.
//!
//! Nothing is half-written for long: the rows of a slice for one shard are
//! sent in batches; if any batch fails, that shard's partition of the slice
//! is dropped and every batch sent again (ClickHouse keeps a batch that
//! reached it even when the answer was lost, so resending only the failed
//! one could duplicate rows). A re-run of a slice first drops its partitions,
//! so it is idempotent; the merge empties what it writes before writing it.

use std::time::Duration;

use super::rowbinary::{RowReader, RowWriter};
use super::schema::{MERGED_TABLES, shard_table};
use super::{Cluster, ClusterError, Endpoint};
use crate::EntityKind;
use crate::corpus::{Article, Corpus};
use crate::entities::{EntityIndex, Recognised, WordStats};
use crate::lang::{Language, Script, ascii_key};
use crate::related::RelatedIndex;
use crate::search::{HitKind, text_lines};

/// The K-th of N parts of a corpus (1-based, as written on the command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slice {
    pub index: u16,
    pub count: u16,
}

impl Slice {
    pub const WHOLE: Slice = Slice { index: 1, count: 1 };

    /// `3/8`.
    pub fn parse(text: &str) -> Result<Slice, String> {
        let (k, n) = text.split_once('/').ok_or_else(|| format!("{text:?}: a slice is K/N, such as 3/8"))?;
        let (Ok(index), Ok(count)) = (k.trim().parse::<u16>(), n.trim().parse::<u16>()) else {
            return Err(format!("{text:?}: a slice is K/N with whole numbers, such as 3/8"));
        };
        if count == 0 || index == 0 || index > count {
            return Err(format!("{text:?}: K must be between 1 and N"));
        }
        Ok(Slice { index, count })
    }

    /// The articles of this slice among `articles`: contiguous, the last slices one shorter.
    pub fn range(self, articles: usize) -> std::ops::Range<usize> {
        let (k, n) = (usize::from(self.index - 1), usize::from(self.count));
        (k * articles / n)..((k + 1) * articles / n)
    }
}

/// Who counted the rows an ingest reports written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowsCounted {
    /// The server, in its progress headers (`written_rows`; current releases).
    ByServer,
    /// korpus: the rows of the batches the server acknowledged (a server that
    /// sends no progress headers, as Debian's 18.16).
    Acknowledged,
}

/// What an ingest tells its caller as it goes.
pub trait IngestObserver {
    /// `done` of `total` units (articles or rows) of a stage.
    fn progress(&mut self, _stage: &str, _done: u64, _total: u64) {}
    /// Rows a stage (`writing TABLE to shard N`) has written so far, and who counted them.
    fn rows_written(&mut self, _stage: &str, _rows: u64, _counted: RowsCounted) {}
    /// Something went wrong and is being retried.
    fn retry(&mut self, _what: &str) {}
}

/// An observer that wants nothing.
pub struct Quiet;
impl IngestObserver for Quiet {}

/// What a slice or a merge wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestReport {
    pub articles: usize,
    /// Where the recognition of names was done (for the summary).
    pub notes: Vec<String>,
    /// Rows per table, in the order written.
    pub rows: Vec<(&'static str, u64)>,
    /// Rows per shard (1-based order), all tables together.
    pub rows_per_shard: Vec<u64>,
}

/// Rows of one table batched for one shard before they are sent.
const BATCH_BYTES: usize = 8 << 20;
/// Attempts at a shard's rows of a slice before giving up.
const ATTEMPTS: usize = 3;
/// An insert may take far longer than a query.
const INSERT_TIMEOUT: Duration = Duration::from_secs(300);

/// Writes the rows of one item (an article or an entity).
type FillRows<'a> = Box<dyn Fn(u32, &mut RowWriter) + 'a>;

/// A table's rows for one shard.
struct TableRows<'a> {
    table: &'static str,
    items: Vec<u32>,
    fill: FillRows<'a>,
}

/// Send every table's rows to one shard, in batches; on any failure drop the
/// shard's partitions `clear` names and start that shard over.
fn write_shard(
    cluster: &Cluster,
    shard: usize,
    tables: &[TableRows<'_>],
    clear: &dyn Fn(&Endpoint) -> Result<(), ClusterError>,
    observer: &mut dyn IngestObserver,
    report: &mut IngestReport,
) -> Result<(), ClusterError> {
    let http = cluster.http.with_timeout(INSERT_TIMEOUT);
    // every replica gets every row: the tables are plain MergeTree, so no replica copies another
    for (replica, server) in cluster.shards[shard].iter().enumerate() {
        let counts = write_server(&http, cluster, shard, server, tables, clear, observer)?;
        if replica > 0 {
            continue;
        }
        for (table, rows) in counts {
            match report.rows.iter_mut().find(|(t, _)| *t == table) {
                Some((_, n)) => *n += rows,
                None => report.rows.push((table, rows)),
            }
            report.rows_per_shard[shard] += rows;
        }
    }
    Ok(())
}

/// [`write_shard`] for one of its servers: the rows written per table.
fn write_server(
    http: &super::Http,
    cluster: &Cluster,
    shard: usize,
    server: &Endpoint,
    tables: &[TableRows<'_>],
    clear: &dyn Fn(&Endpoint) -> Result<(), ClusterError>,
    observer: &mut dyn IngestObserver,
) -> Result<Vec<(&'static str, u64)>, ClusterError> {
    let mut attempt = 0;
    'attempts: loop {
        attempt += 1;
        let mut counts: Vec<(&'static str, u64)> = Vec::new();
        for t in tables {
            let target = cluster.local_table(t.table);
            let stage = format!("writing {} to shard {}", t.table, shard + 1);
            let mut batch = RowWriter::default();
            let (mut sent, mut written) = (0u64, 0u64);
            let total = t.items.len() as u64;
            for (done, &item) in t.items.iter().enumerate() {
                (t.fill)(item, &mut batch);
                let last = done + 1 == t.items.len();
                if batch.bytes.len() >= BATCH_BYTES || (last && !batch.is_empty()) {
                    let said = match http.insert(server, &target, &batch.bytes, batch.rows) {
                        Ok(said) => said,
                        Err(e) => {
                            if attempt >= ATTEMPTS {
                                return Err(e);
                            }
                            observer.retry(&format!("{e}; writing shard {} again", shard + 1));
                            std::thread::sleep(Duration::from_millis(200 * attempt as u64));
                            clear(server)?;
                            continue 'attempts;
                        }
                    };
                    let (rows, counted) = batch_rows(said, batch.rows);
                    written += rows;
                    sent += batch.rows as u64;
                    batch.clear();
                    observer.rows_written(&stage, written, counted);
                    observer.progress(&stage, done as u64 + 1, total);
                }
            }
            counts.push((t.table, sent));
        }
        return Ok(counts);
    }
}

/// The rows a batch of `sent` rows the server accepted adds to the count of
/// rows written: the server's own count when its headers gave one (the
/// insert already failed when that fell short), else the batch's.
fn batch_rows(said: super::http::ServerProgress, sent: usize) -> (u64, RowsCounted) {
    match said.rows_written() {
        Some(rows) => (rows, RowsCounted::ByServer),
        None => (sent as u64, RowsCounted::Acknowledged),
    }
}

fn drop_slice_partitions(
    cluster: &Cluster,
    server: &Endpoint,
    tables: &[&str],
    slice: u16,
) -> Result<(), ClusterError> {
    for table in tables {
        cluster.http.execute(server, &format!("ALTER TABLE {} DROP PARTITION {slice}", shard_table(cluster, table)))?;
    }
    Ok(())
}

/// Items (article numbers) of `range` that live on `shard`.
fn items_on(cluster: &Cluster, shard: usize, range: std::ops::Range<usize>) -> Vec<u32> {
    range.map(|a| a as u32).filter(|&a| cluster.shard_of(a) == shard).collect()
}

/// Write one slice's articles and search keys, then recognise its names if
/// every slice's word statistics arrive within `wait` (`None`: leave the
/// recognition to the merge, as a whole-corpus ingest does). `corpus` is the
/// whole corpus (article numbers are positions in it); only the slice's
/// articles are written.
pub fn write_slice(
    cluster: &Cluster,
    corpus: &Corpus,
    slice: Slice,
    wait: Option<Duration>,
    observer: &mut dyn IngestObserver,
) -> Result<IngestReport, ClusterError> {
    let range = slice.range(corpus.len());
    let articles = &corpus.articles;
    let mut report = IngestReport {
        articles: range.len(),
        notes: Vec::new(),
        rows: Vec::new(),
        rows_per_shard: vec![0; cluster.shards.len()],
    };
    let slice_tables = ["articles", "lines", "words"];
    for server in cluster.every_server() {
        // a re-run replaces what an earlier run of this slice wrote, and the slice is not done until it is all there
        drop_slice_partitions(cluster, server, &slice_tables, slice.index)?;
        drop_slice_partitions(cluster, server, &["slices", "parts"], slice.index)?;
    }
    for shard in 0..cluster.shards.len() {
        let items = items_on(cluster, shard, range.clone());
        let tables = [
            TableRows {
                table: "articles",
                items: items.clone(),
                fill: Box::new(|a, w| write_article(w, slice.index, a, &articles[a as usize])),
            },
            TableRows {
                table: "lines",
                items: items.clone(),
                fill: Box::new(|a, w| write_lines(w, slice.index, a, &articles[a as usize])),
            },
            TableRows {
                table: "words",
                items,
                fill: Box::new(|a, w| write_words(w, slice.index, a, &articles[a as usize])),
            },
        ];
        let clear = |server: &Endpoint| drop_slice_partitions(cluster, server, &slice_tables, slice.index);
        write_shard(cluster, shard, &tables, &clear, observer, &mut report)?;
    }
    let identity = corpus_identity(corpus);
    if let Some(wait) = wait {
        let note = recognise_slice(cluster, &articles[range.clone()], slice, &identity, wait, observer)?;
        report.notes.push(note);
    }
    let row =
        format!("({}, {}, {}, {}, '{}')", slice.count, slice.index, range.start, range.len(), sql_string(&identity));
    for server in cluster.every_server() {
        cluster.http.execute(server, &format!("INSERT INTO {}.slices VALUES {row}", cluster.address.database))?;
    }
    Ok(report)
}

/// Threads the analysis of a slice or a merge takes (as a one-machine build).
fn analysis_threads() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(16)
}

/// The stages of a slice's analysis kept in the `parts` table.
const STATS: &str = "stats";
const RECOGNISED: &str = "recognised";
/// Bytes per row of a part.
const PART_CHUNK: usize = 8 << 20;
/// How often a slice looks for the other slices' statistics.
const POLL: Duration = Duration::from_millis(500);

/// Count the slice's words, wait for every slice's counts, then recognise
/// the slice's articles; what it did, for the summary.
fn recognise_slice(
    cluster: &Cluster,
    articles: &[Article],
    slice: Slice,
    identity: &str,
    wait: Duration,
    observer: &mut dyn IngestObserver,
) -> Result<String, ClusterError> {
    let threads = analysis_threads();
    observer.progress("counting words", 0, 1);
    let stats = WordStats::of(articles, threads);
    write_part(cluster, slice, identity, STATS, &encode(&stats)?, observer)?;
    drop(stats);
    let started = std::time::Instant::now();
    loop {
        let ready = stats_ready(cluster, slice.count, identity)?;
        observer.progress("waiting for every slice's word counts", ready as u64, u64::from(slice.count));
        if ready >= usize::from(slice.count) {
            break;
        }
        if started.elapsed() >= wait {
            return Ok(format!(
                "{ready} of {} slices' word counts were there after {:.0} s: this slice's recognition is left to the merge",
                slice.count,
                wait.as_secs_f64()
            ));
        }
        std::thread::sleep(POLL);
    }
    let mut all = WordStats::default();
    for k in 1..=slice.count {
        let Some(bytes) = read_part(cluster, Slice { index: k, count: slice.count }, identity, STATS)? else {
            return Err(ClusterError::Ingest(format!(
                "slice {k}'s word counts went away while slice {} read them: write it again",
                slice.index
            )));
        };
        all.unite(decode(cluster, &bytes)?);
    }
    observer.progress("recognising names", 0, 1);
    let recognised = Recognised::of(articles, &all, threads);
    drop(all);
    write_part(cluster, slice, identity, RECOGNISED, &encode(&recognised)?, observer)?;
    Ok(format!("names in the slice's {} articles recognised here", articles.len()))
}

/// The first bytes of a part: its encoding. Parts written by a korpus that
/// encoded them with bincode 1 lack it, so they are refused, never misread.
const PART_FORMAT: &[u8] = b"korpus-postcard-1\n";

fn encode<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, ClusterError> {
    postcard::to_extend(value, PART_FORMAT.to_vec())
        .map_err(|e| ClusterError::Ingest(format!("cannot encode a slice's analysis: {e}")))
}

fn decode<T: serde::de::DeserializeOwned>(cluster: &Cluster, bytes: &[u8]) -> Result<T, ClusterError> {
    decode_part(bytes).map_err(|detail| ClusterError::Protocol { server: cluster.shards[0][0].to_string(), detail })
}

fn decode_part<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let Some(body) = bytes.strip_prefix(PART_FORMAT) else {
        return Err(
            "a slice's analysis in the parts table was written by another korpus version: write the slice again"
                .to_string(),
        );
    };
    match postcard::take_from_bytes(body) {
        Ok((value, [])) => Ok(value),
        Ok((_, rest)) => Err(format!(
            "a slice's analysis in the parts table has {} bytes past its end: write the slice again",
            rest.len()
        )),
        Err(e) => Err(format!("a slice's analysis in the parts table does not decode ({e}): write the slice again")),
    }
}

/// One stage of a slice's analysis, on the first shard, in chunks. A chunk
/// sent twice (a retry after a lost answer) is read once.
fn write_part(
    cluster: &Cluster,
    slice: Slice,
    identity: &str,
    stage: &str,
    bytes: &[u8],
    observer: &mut dyn IngestObserver,
) -> Result<(), ClusterError> {
    let http = cluster.http.with_timeout(INSERT_TIMEOUT);
    let table = format!("{}.parts", cluster.address.database);
    let chunks: Vec<&[u8]> = if bytes.is_empty() { vec![bytes] } else { bytes.chunks(PART_CHUNK).collect() };
    for (n, chunk) in chunks.iter().enumerate() {
        let mut row = RowWriter::default();
        row.u16(slice.count).u16(slice.index).str(identity).str(stage).u32(n as u32).u32(chunks.len() as u32);
        row.binary(chunk).end_row();
        for server in &cluster.shards[0] {
            let mut attempt = 0;
            while let Err(e) = http.insert(server, &table, &row.bytes, row.rows) {
                attempt += 1;
                if attempt >= ATTEMPTS {
                    return Err(e);
                }
                observer.retry(&format!("{e}; writing slice {}'s {stage} again", slice.index));
                std::thread::sleep(Duration::from_millis(200 * attempt as u64));
            }
        }
        observer.progress(&format!("writing the slice's {stage}"), n as u64 + 1, chunks.len() as u64);
    }
    Ok(())
}

/// The filter on `parts` for the rows of one run over one corpus.
fn parts_of(slices: u16, identity: &str, stage: &str) -> String {
    format!("slices = {slices} AND corpus = '{}' AND stage = '{stage}'", sql_string(identity))
}

/// How many slices have written all their word statistics.
fn stats_ready(cluster: &Cluster, slices: u16, identity: &str) -> Result<usize, ClusterError> {
    let sql = format!(
        "SELECT count() FROM (SELECT slice FROM {}.parts WHERE {} GROUP BY slice HAVING uniqExact(chunk) = max(chunks))",
        cluster.address.database,
        parts_of(slices, identity, STATS)
    );
    Ok(cluster.on_shard(0, |server| cluster.http.query_text(server, &sql))?.trim().parse().unwrap_or(0))
}

/// One stage of a slice's analysis, if every chunk of it is there.
fn read_part(cluster: &Cluster, slice: Slice, identity: &str, stage: &str) -> Result<Option<Vec<u8>>, ClusterError> {
    let sql = format!(
        "SELECT chunk, chunks, bytes FROM {}.parts WHERE slice = {} AND {} ORDER BY chunk LIMIT 1 BY chunk FORMAT RowBinary",
        cluster.address.database,
        slice.index,
        parts_of(slice.count, identity, stage)
    );
    let http = cluster.http.with_timeout(INSERT_TIMEOUT);
    let (server, answer) = cluster.on_shard(0, |server| Ok((server.clone(), http.query(server, &sql, &[])?)))?;
    let mut r = RowReader::new(&answer);
    let bad = |e| ClusterError::bad_answer(&server, &answer, e);
    let mut bytes = Vec::new();
    let mut expected = None;
    let mut next = 0u32;
    while !r.is_done() {
        let chunk = r.u32().map_err(bad)?;
        let chunks = r.u32().map_err(bad)?;
        let data = r.binary().map_err(bad)?;
        if chunk != next {
            return Ok(None);
        }
        expected = Some(chunks);
        bytes.extend_from_slice(data);
        next += 1;
    }
    Ok((expected == Some(next)).then_some(bytes))
}

/// What tells two runs over the same corpus from runs over different ones:
/// the article count and a hash of the ids in order.
fn corpus_identity(corpus: &Corpus) -> String {
    // FNV-1a: stable across runs and machines, unlike the standard hasher
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for article in &corpus.articles {
        for &b in article.id.as_bytes().iter().chain([0u8].iter()) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{} articles {hash:016x}", corpus.len())
}

/// ClickHouse string literal contents: backslash and quote escaped.
pub(crate) fn sql_string(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\'', "\\'")
}

fn write_article(w: &mut RowWriter, slice: u16, number: u32, a: &Article) {
    w.u16(slice).u32(number).str(&a.id).str(&a.title);
    w.u32(a.title_span.0 as u32).u32(a.title_span.1 as u32);
    w.str(a.language.code()).str(a.script.code()).u64(a.text.len() as u64);
    w.nullable_str(a.date.as_deref()).nullable_str(a.url.as_deref()).nullable_str(a.source.as_deref());
    w.str(&a.text);
    w.end_row();
}

/// The search units of one article, as the embedded search index makes them:
/// the title, then every text line that is not the title.
pub fn article_units(article: &Article) -> Vec<(usize, usize, HitKind)> {
    let (ts, te) = article.title_span;
    let mut units = Vec::new();
    if te > ts {
        units.push((ts, te, HitKind::Title));
    }
    units.extend(
        text_lines(&article.text).into_iter().filter(|&span| span != (ts, te)).map(|(s, e)| (s, e, HitKind::Text)),
    );
    units
}

pub(crate) fn kind_code(kind: HitKind) -> u8 {
    match kind {
        HitKind::Title => 0,
        HitKind::Entity => 1,
        HitKind::Text => 2,
    }
}

fn write_lines(w: &mut RowWriter, slice: u16, number: u32, article: &Article) {
    let mut key = String::new();
    for (unit, (start, end, kind)) in article_units(article).into_iter().enumerate() {
        key.clear();
        ascii_key(&article.text[start..end], &mut key, None);
        w.u16(slice).u32(number).u32(unit as u32).u8(kind_code(kind)).u32(start as u32).u32(end as u32).str(&key);
        w.end_row();
    }
}

/// Bytes of a word the `words` table keeps: a needle up to this long finds
/// the words it begins by their first bytes alone.
pub(crate) const WORD_PREFIX: usize = 16;

/// The words of a key, as a search's word starts see them: the runs of
/// ASCII letters and digits, lower-cased, cut to [`WORD_PREFIX`] bytes, each once.
pub(crate) fn key_words(key: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for run in key.split(|c: char| !c.is_ascii_alphanumeric()).filter(|r| !r.is_empty()) {
        let word = run[..run.len().min(WORD_PREFIX)].to_ascii_lowercase();
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

fn write_words(w: &mut RowWriter, slice: u16, number: u32, article: &Article) {
    let mut key = String::new();
    for (unit, (start, end, kind)) in article_units(article).into_iter().enumerate() {
        key.clear();
        ascii_key(&article.text[start..end], &mut key, None);
        for word in key_words(&key) {
            w.u16(slice).str(&word).u32(number).u32(unit as u32).u8(kind_code(kind));
            w.end_row();
        }
    }
}

pub(crate) fn entity_kind_code(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Location => 1,
        EntityKind::Organization => 2,
    }
}

/// The slices the cluster holds, checked to be one complete set over one corpus.
fn finished_slices(cluster: &Cluster) -> Result<(usize, String), ClusterError> {
    let sql = format!(
        "SELECT slices, slice, first_article, articles, corpus FROM {}.slices ORDER BY slice FORMAT TSV",
        cluster.address.database
    );
    let text = cluster.on_query_server(|server| cluster.http.query_text(server, &sql))?;
    let rows: Vec<Vec<&str>> =
        text.lines().map(|l| l.split('\t').collect()).filter(|r: &Vec<&str>| r.len() == 5).collect();
    let Some(first) = rows.first() else {
        return Err(ClusterError::Ingest(format!(
            "no slice has been written to {}: run `korpus index --corpus PATH --to … --slice K/N` first",
            cluster.address.display_name()
        )));
    };
    let count: usize = first[0].parse().unwrap_or(0);
    let identity = first[4].to_owned();
    let mut next_article = 0usize;
    let mut missing = Vec::new();
    let mut seen = 0;
    for k in 1..=count {
        match rows.iter().find(|r| r[1].parse::<usize>().ok() == Some(k)) {
            Some(r) => {
                if r[0].parse::<usize>().ok() != Some(count) || r[4] != identity {
                    return Err(ClusterError::Ingest(format!(
                        "slice {k} was written from another corpus or another split ({} of {}, {}) than slice 1 ({count}, {identity}): write every slice again",
                        r[1], r[0], r[4]
                    )));
                }
                if r[2].parse::<usize>().ok() != Some(next_article) {
                    return Err(ClusterError::Ingest(format!("slice {k} does not start where slice {} ends", k - 1)));
                }
                next_article += r[3].parse::<usize>().unwrap_or(0);
                seen += 1;
            }
            None => missing.push(k.to_string()),
        }
    }
    if !missing.is_empty() || seen != rows.len() {
        return Err(ClusterError::Ingest(format!(
            "slices {} of {count} are not written yet: the merge waits for every slice",
            missing.join(", ")
        )));
    }
    Ok((next_article, identity))
}

/// Articles fetched per query when the merge reads them back.
const READ_BATCH: usize = 20_000;

/// Every article the slices wrote, in corpus order.
pub fn read_articles(
    cluster: &Cluster,
    total: usize,
    observer: &mut dyn IngestObserver,
) -> Result<Corpus, ClusterError> {
    let mut articles = Vec::with_capacity(total);
    let table = cluster.table("articles");
    while articles.len() < total {
        let from = articles.len();
        let to = (from + READ_BATCH).min(total);
        let sql = format!(
            "SELECT article, id, title, title_start, title_end, lang, script, date, url, source, text \
             FROM {table} WHERE article >= {from} AND article < {to} ORDER BY article FORMAT RowBinary"
        );
        let (server, bytes) =
            cluster.on_query_server(|server| Ok((server.clone(), cluster.http.query(server, &sql, &[])?)))?;
        let mut r = RowReader::new(&bytes);
        let bad = |e| ClusterError::bad_answer(&server, &bytes, e);
        while !r.is_done() {
            let number = r.u32().map_err(bad)? as usize;
            if number != articles.len() {
                return Err(ClusterError::Ingest(format!(
                    "article {} is missing from {table} (found {number} next): write its slice again",
                    articles.len()
                )));
            }
            articles.push(read_article(&mut r).map_err(bad)?);
        }
        if articles.len() < to {
            return Err(ClusterError::Ingest(format!(
                "article {} is missing from {table}: write its slice again",
                articles.len()
            )));
        }
        observer.progress("reading articles back", articles.len() as u64, total as u64);
    }
    Ok(Corpus { name: cluster.address.display_name(), articles, warnings: Vec::new() })
}

/// The columns after `article`, as `read_articles` selects them.
pub(crate) fn read_article(r: &mut RowReader<'_>) -> Result<Article, super::rowbinary::DecodeError> {
    let id = r.string()?;
    let title = r.string()?;
    let title_span = (r.u32()? as usize, r.u32()? as usize);
    let language = Language::from_code(r.str()?);
    let script = script_of(r.str()?);
    let date = r.nullable_string()?;
    let url = r.nullable_string()?;
    let source = r.nullable_string()?;
    let text = r.string()?;
    Ok(Article { id, title, title_span, text, language, script, date, url, source })
}

fn script_of(code: &str) -> Script {
    // the same reading as the cache's: Script's serde form is its code
    serde_json::from_value(serde_json::Value::String(code.to_owned())).unwrap_or(Script::Other)
}

/// The merge: link the names the slices recognised (recognising any slice
/// that did not), build the related-article vectors, and write what was found.
pub fn merge(cluster: &Cluster, observer: &mut dyn IngestObserver) -> Result<IngestReport, ClusterError> {
    let (total, identity) = finished_slices(cluster)?;
    let corpus = read_articles(cluster, total, observer)?;
    let slices = slice_count(cluster)?;
    let (entities, notes) = link_slices(cluster, &corpus, slices, &identity, observer)?;
    observer.progress("relating articles", 0, 1);
    let related = RelatedIndex::build(&corpus, &entities);
    observer.progress("relating articles", 1, 1);
    let db = &cluster.address.database;
    // until the merge is complete again, readers are told it is not
    for server in cluster.every_server() {
        cluster.http.execute(server, &format!("TRUNCATE TABLE IF EXISTS {db}.merges"))?;
    }
    let mut report = write_analysis(cluster, &corpus, &entities, &related, slices, observer)?;
    report.notes = notes;
    let row = format!("({}, '{}')", corpus.len(), sql_string(&identity));
    for server in cluster.every_server() {
        cluster.http.execute(server, &format!("INSERT INTO {db}.merges VALUES {row}"))?;
    }
    Ok(report)
}

/// The entities of the corpus: the slices' recognised candidates linked in
/// corpus order; a slice without them (or without its word counts) is
/// counted or recognised here, from the articles read back.
fn link_slices(
    cluster: &Cluster,
    corpus: &Corpus,
    slices: u16,
    identity: &str,
    observer: &mut dyn IngestObserver,
) -> Result<(EntityIndex, Vec<String>), ClusterError> {
    let threads = analysis_threads();
    let run = |k: u16| &corpus.articles[Slice { index: k, count: slices }.range(corpus.len())];
    let mut stats = WordStats::default();
    let mut counted_here = 0;
    for k in 1..=slices {
        observer.progress("uniting the slices' word counts", u64::from(k - 1), u64::from(slices));
        match read_part(cluster, Slice { index: k, count: slices }, identity, STATS)? {
            Some(bytes) => stats.unite(decode(cluster, &bytes)?),
            None => {
                stats.unite(WordStats::of(run(k), threads));
                counted_here += 1;
            }
        }
    }
    let mut recognised = Recognised::default();
    let mut recognised_here = Vec::new();
    for k in 1..=slices {
        observer.progress("gathering the slices' names", u64::from(k - 1), u64::from(slices));
        let part = match read_part(cluster, Slice { index: k, count: slices }, identity, RECOGNISED)? {
            Some(bytes) => decode(cluster, &bytes)?,
            None => {
                recognised_here.push(k.to_string());
                Recognised::of(run(k), &stats, threads)
            }
        };
        recognised.append(part);
    }
    drop(stats);
    observer.progress("linking names across slices", 0, 1);
    let entities = EntityIndex::link(&corpus.articles, recognised, threads);
    let mut notes = Vec::new();
    if counted_here > 0 {
        notes.push(format!("word counts of {counted_here} of {slices} slices taken here"));
    }
    notes.push(match recognised_here.len() {
        0 => format!("names recognised by all {slices} slices, linked here"),
        n if n == usize::from(slices) => "names recognised and linked here".to_owned(),
        _ => format!(
            "names of slices {} recognised here, the others' by their slices; linked here",
            recognised_here.join(", ")
        ),
    });
    Ok((entities, notes))
}

/// Slice of each article, for the partition of the rows the merge writes.
fn slice_of(slices: u16, total: usize, article: usize) -> u16 {
    (1..=slices).find(|&k| Slice { index: k, count: slices }.range(total).contains(&article)).unwrap_or(1)
}

fn write_analysis(
    cluster: &Cluster,
    corpus: &Corpus,
    entities: &EntityIndex,
    related: &RelatedIndex,
    slices: u16,
    observer: &mut dyn IngestObserver,
) -> Result<IngestReport, ClusterError> {
    let mut report = IngestReport {
        articles: corpus.len(),
        notes: Vec::new(),
        rows: Vec::new(),
        rows_per_shard: vec![0; cluster.shards.len()],
    };
    let clear = |server: &Endpoint| -> Result<(), ClusterError> {
        for table in MERGED_TABLES {
            cluster.http.execute(server, &format!("TRUNCATE TABLE IF EXISTS {}", cluster.local_table(table)))?;
        }
        Ok(())
    };
    for server in cluster.every_server() {
        clear(server)?;
    }
    let total = corpus.len();
    // variant numbers as the embedded search index gives them: entity after entity
    let mut variant_base = Vec::with_capacity(entities.entities.len());
    let mut next_variant = 0u32;
    for e in &entities.entities {
        variant_base.push(next_variant);
        next_variant += entity_names(e).len() as u32;
    }
    for shard in 0..cluster.shards.len() {
        let articles = items_on(cluster, shard, 0..total);
        let entity_items = items_on(cluster, shard, 0..entities.entities.len());
        let slice = |a: u32| slice_of(slices, total, a as usize);
        let tables = [
            TableRows {
                table: "mentions",
                items: articles.clone(),
                fill: Box::new(|a, w| {
                    for m in entities.mentions_in(a as usize) {
                        w.u16(slice(a)).u32(a).u32(m.start).u32(m.end).u8(entity_kind_code(m.kind)).u32(m.entity);
                        w.end_row();
                    }
                }),
            },
            TableRows {
                table: "entities",
                items: entity_items.clone(),
                fill: Box::new(|e, w| {
                    let entity = &entities.entities[e as usize];
                    w.u32(e).str(&entity.id.0).str(&entity.name).u8(entity_kind_code(entity.kind));
                    w.str_array(&entity.variants);
                    w.end_row();
                }),
            },
            TableRows {
                table: "entity_keys",
                items: entity_items,
                fill: Box::new(|e, w| {
                    let mut key = String::new();
                    for (i, name) in entity_names(&entities.entities[e as usize]).into_iter().enumerate() {
                        key.clear();
                        ascii_key(name, &mut key, None);
                        w.u32(e).u32(variant_base[e as usize] + i as u32).str(&key).str(name);
                        w.end_row();
                    }
                }),
            },
            TableRows {
                table: "vectors",
                items: articles.clone(),
                fill: Box::new(|a, w| {
                    let Some(v) = related.stored_vector(a as usize) else { return };
                    for e in &v.entries {
                        w.u16(slice(a)).u32(a).u32(e.feature).f32(e.weight).u32(e.count).str(&e.surface);
                        w.i64(e.entity.map_or(-1, |x| x as i64)).f32(v.norm).u32(v.language);
                        w.end_row();
                    }
                }),
            },
            TableRows {
                table: "postings",
                items: articles,
                fill: Box::new(|a, w| {
                    let Some(v) = related.stored_vector(a as usize) else { return };
                    for e in &v.entries {
                        w.u16(slice(a)).u32(e.feature).u32(a).f32(e.weight).f32(v.norm).u32(v.language);
                        w.end_row();
                    }
                }),
            },
        ];
        write_shard(cluster, shard, &tables, &clear_one(cluster), observer, &mut report)?;
    }
    // (article, entity, count) rows live with their article
    let mut per_article: Vec<Vec<(u32, u32)>> = vec![Vec::new(); total];
    for (e, entity) in entities.entities.iter().enumerate() {
        for &(a, n) in &entity.articles {
            if let Some(list) = per_article.get_mut(a) {
                list.push((e as u32, n as u32));
            }
        }
    }
    for shard in 0..cluster.shards.len() {
        let tables = [TableRows {
            table: "entity_articles",
            items: items_on(cluster, shard, 0..total),
            fill: Box::new(|a, w| {
                for &(e, n) in &per_article[a as usize] {
                    w.u16(slice_of(slices, total, a as usize)).u32(a).u32(e).u32(n);
                    w.end_row();
                }
            }),
        }];
        let clear_entity_articles = |server: &Endpoint| {
            cluster
                .http
                .execute(server, &format!("TRUNCATE TABLE IF EXISTS {}", cluster.local_table("entity_articles")))
        };
        write_shard(cluster, shard, &tables, &clear_entity_articles, observer, &mut report)?;
    }
    Ok(report)
}

/// Emptying one shard's merged tables, for a retry of its rows.
fn clear_one(cluster: &Cluster) -> impl Fn(&Endpoint) -> Result<(), ClusterError> + '_ {
    move |server: &Endpoint| {
        for table in MERGED_TABLES.iter().filter(|t| **t != "entity_articles") {
            cluster.http.execute(server, &format!("TRUNCATE TABLE IF EXISTS {}", cluster.local_table(table)))?;
        }
        Ok(())
    }
}

fn slice_count(cluster: &Cluster) -> Result<u16, ClusterError> {
    let sql = format!("SELECT max(slices) FROM {}.slices", cluster.address.database);
    let text = cluster.on_query_server(|server| cluster.http.query_text(server, &sql))?;
    Ok(text.trim().parse().unwrap_or(1).max(1))
}

/// Every name of an entity the search matches: its variants, then its display name if no variant is it.
pub fn entity_names(entity: &crate::Entity) -> Vec<&str> {
    let mut names: Vec<&str> = entity.variants.iter().map(String::as_str).collect();
    if !names.contains(&entity.name.as_str()) {
        names.push(&entity.name);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A failed batch: the shard's partition is cleared and its rows written
    /// again, up to three attempts; the rows counted are the server's.
    #[test]
    fn a_failed_batch_is_written_again_whole_after_the_shard_is_cleared() {
        use super::super::{ClusterAddress, Http};
        #[derive(Default)]
        struct Seen {
            retries: Vec<String>,
            rows: Vec<(u64, RowsCounted)>,
        }
        impl IngestObserver for Seen {
            fn rows_written(&mut self, _stage: &str, rows: u64, counted: RowsCounted) {
                self.rows.push((rows, counted));
            }
            fn retry(&mut self, what: &str) {
                self.retries.push(what.to_owned());
            }
        }
        let failed = (
            "HTTP/1.1 500 Internal Server Error\r\n",
            "Code: 252, e.displayText() = DB::Exception: Too many parts (300), e.what() = DB::Exception\n",
        );
        let written = (
            concat!(
                "HTTP/1.1 200 OK\r\n",
                r#"X-ClickHouse-Summary: {"read_rows":"0","read_bytes":"0","written_rows":"3","written_bytes":"60","total_rows_to_read":"0","result_rows":"3","result_bytes":"60","elapsed_ns":"812000"}"#,
                "\r\n"
            ),
            "",
        );
        let tables = [TableRows {
            table: "lines",
            items: vec![0, 2, 4],
            fill: Box::new(|item, w| {
                w.u16(1).u32(item).str("a key").end_row();
            }),
        }];
        let write = |answers: Vec<(&'static str, &'static str)>, seen: &mut Seen| {
            let (server, serving) = super::super::http::stand_in(answers);
            let address = ClusterAddress::parse(&format!("clickhouse://{server}/korpus")).expect("address");
            let http = Http::new(&address).expect("client");
            let cluster = Cluster::with(&address, http.clone(), vec![vec![server.clone()]], vec![server.clone()]);
            let cleared = std::cell::Cell::new(0);
            let clear = |_: &Endpoint| {
                cleared.set(cleared.get() + 1);
                Ok(())
            };
            let result = write_server(&http, &cluster, 0, &server, &tables, &clear, seen);
            (result, cleared.get(), serving)
        };
        let mut seen = Seen::default();
        let (result, cleared, serving) = write(vec![failed, written], &mut seen);
        assert_eq!(result.expect("written on the second attempt"), vec![("lines", 3)]);
        assert_eq!((cleared, seen.retries.len()), (1, 1));
        assert!(seen.retries[0].contains("Too many parts") && seen.retries[0].contains("writing shard 1 again"));
        assert_eq!(seen.rows, vec![(3, RowsCounted::ByServer)]);
        let requests = serving.join().expect("served");
        assert!(requests.iter().all(|r| r.contains("INSERT") && r.contains("korpus.lines")), "{requests:?}");
        // three failures: given up, the server's error returned
        let mut seen = Seen::default();
        let (result, cleared, _) = write(vec![failed; 3], &mut seen);
        assert!(result.expect_err("three failures").to_string().contains("Too many parts"));
        assert_eq!((cleared, seen.retries.len(), seen.rows.len()), (2, 2, 0));
    }

    #[test]
    fn rows_written_are_the_servers_count_when_it_gives_one() {
        use super::super::http::ServerProgress;
        let mut said = ServerProgress::default();
        // 18.16: no header, the acknowledged batch counts
        assert_eq!(batch_rows(said, 4096), (4096, RowsCounted::Acknowledged));
        // a current release's summary after an insert of 4096 rows
        assert!(said.read_header(
            r#"{"read_rows":"0","read_bytes":"0","written_rows":"4096","written_bytes":"327680","total_rows_to_read":"0","result_rows":"4096","result_bytes":"327680","elapsed_ns":"3120000"}"#
        ));
        assert_eq!(batch_rows(said, 4096), (4096, RowsCounted::ByServer));
        // the server's number, not the batch's (were they to differ, the insert failed already)
        assert_eq!(batch_rows(said, 4000), (4096, RowsCounted::ByServer));
        // a summary of zeros (releases of 2020 without progress headers) says nothing
        let mut zeros = ServerProgress::default();
        assert!(zeros.read_header(
            r#"{"read_rows":"0","read_bytes":"0","written_rows":"0","written_bytes":"0","total_rows_to_read":"0"}"#
        ));
        assert_eq!(batch_rows(zeros, 10), (10, RowsCounted::Acknowledged));
    }

    #[test]
    fn slices_cover_every_article_once_in_order() {
        for total in [0, 1, 5, 7, 100] {
            for count in 1..=8u16 {
                let mut next = 0;
                for index in 1..=count {
                    let r = Slice { index, count }.range(total);
                    assert_eq!(r.start, next);
                    next = r.end;
                }
                assert_eq!(next, total);
            }
        }
    }

    #[test]
    fn slice_arguments_are_checked() {
        assert_eq!(Slice::parse("3/8"), Ok(Slice { index: 3, count: 8 }));
        for bad in ["0/2", "3/2", "1/0", "a/b", "2", "-1/2"] {
            assert!(Slice::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_slice_of_an_article_is_the_one_whose_range_holds_it() {
        for a in 0..10 {
            let k = slice_of(3, 10, a);
            assert!(Slice { index: k, count: 3 }.range(10).contains(&a));
        }
    }

    /// Slices count words apart, recognise apart with the united counts, and
    /// their parts travel as bytes: linked, they are the one-machine index.
    /// On the seeds, the 19-language test set (German capitalises every noun,
    /// and only some slices hold it) and generated articles.
    #[test]
    fn slices_recognised_apart_and_linked_equal_one_build() {
        let xlang = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/xlang/dev");
        let corpora = [
            crate::corpus::load_seeds(),
            crate::corpus::load_path(&xlang).expect("xlang loads"),
            crate::synth::corpus(300),
        ];
        let as_json = |index: &EntityIndex| serde_json::to_string(index).unwrap_or_default();
        for corpus in &corpora {
            let whole = EntityIndex::build(&corpus.articles);
            assert!(!whole.entities.is_empty());
            for count in [2u16, 3, 7] {
                let runs: Vec<&[Article]> =
                    (1..=count).map(|index| &corpus.articles[Slice { index, count }.range(corpus.len())]).collect();
                let mut stats = WordStats::default();
                // statistics arrive in any order
                for run in runs.iter().rev() {
                    let bytes = encode(&WordStats::of(run, 1)).expect("stats encode");
                    stats.unite(decode_part(&bytes).expect("stats decode"));
                }
                let mut recognised = Recognised::default();
                for run in &runs {
                    let bytes = encode(&Recognised::of(run, &stats, 2)).expect("part encode");
                    recognised.append(decode_part(&bytes).expect("part decode"));
                }
                let linked = EntityIndex::link(&corpus.articles, recognised, 2);
                assert!(as_json(&linked) == as_json(&whole), "{}: {count} slices differ", corpus.name);
            }
        }
    }

    /// Parts without the format marker (bincode 1 wrote none), cut short or
    /// with bytes past their end are refused with a message, never misread.
    #[test]
    fn parts_in_another_format_are_refused() {
        let stats = WordStats::of(&crate::corpus::load_seeds().articles, 1);
        let bytes = encode(&stats).expect("stats encode");
        let refusal = |bytes: &[u8]| decode_part::<WordStats>(bytes).err().unwrap_or_default();
        assert_eq!(refusal(&bytes), "");
        assert!(refusal(&bytes[PART_FORMAT.len()..]).contains("another korpus version"));
        assert!(refusal(&bytes[..bytes.len() - 1]).contains("does not decode"));
        let mut long = bytes.clone();
        long.push(0);
        assert!(refusal(&long).contains("1 bytes past its end"));
    }

    #[test]
    fn search_units_are_those_of_the_embedded_index() {
        let corpus = crate::corpus::load_seeds();
        let entities = crate::EntityIndex::build(&corpus.articles);
        let index = crate::search::SearchIndex::build(&corpus, &entities);
        let units: usize = corpus.articles.iter().map(|a| article_units(a).len()).sum();
        let names: usize = entities.entities.iter().map(|e| entity_names(e).len()).sum();
        assert_eq!(units + names, index.len());
    }
}
