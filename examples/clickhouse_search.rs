//! Search per keystroke, the embedded index beside a ClickHouse cluster
//! holding the same corpus: each query is typed one letter at a time, and
//! for every keystroke the time to the first results (the first partial
//! answer, or the final one when none came first) and to the full ranking
//! is measured, with one search session per store as the TUI keeps.
//!
//! cargo run --release --example clickhouse_search -- CORPUS.jsonl clickhouse://… [QUERY…]
//! (CORPUS `-`: the cluster alone, when building the embedded index would take too long.)
//! cargo run --release --example clickhouse_search -- --bound-sql QUERY  (the shards' score bound, as SQL)
//! (scripts/clickhouse/measure.sh runs it after an ingest.)

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use korpus::clickhouse::{ClickHouseStore, ClusterAddress};
use korpus::search::SearchSession;
use korpus::store::{SearchRequest, Store};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() { 0.0 } else { v[v.len() / 2] }
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() { 0.0 } else { v[((v.len() - 1) as f64 * p).round() as usize] }
}

/// (first results, full ranking) in ms for every keystroke of every query.
fn type_queries(store: &dyn Store, queries: &[String]) -> (Vec<f64>, Vec<f64>) {
    let (mut first, mut full) = (Vec::new(), Vec::new());
    let cancel = AtomicBool::new(false);
    for query in queries {
        let mut session = SearchSession::default();
        let chars: Vec<(usize, char)> = query.char_indices().collect();
        for &(i, c) in &chars {
            let typed = &query[..i + c.len_utf8()];
            let started = Instant::now();
            let mut first_at: Option<f64> = None;
            let request = SearchRequest::new(typed, 50);
            let result = store.search(&mut session, &request, &cancel, &mut |hits| {
                if first_at.is_none() && !hits.is_empty() {
                    first_at = Some(started.elapsed().as_secs_f64() * 1e3);
                }
            });
            let total = started.elapsed().as_secs_f64() * 1e3;
            if let Err(e) = result {
                eprintln!("{typed:?}: {e}");
                continue;
            }
            first.push(first_at.unwrap_or(total));
            full.push(total);
        }
    }
    (first, full)
}

fn main() {
    let mut args = std::env::args().skip(1);
    // `--bound-sql QUERY`: the SQL of the score bound a shard ranks QUERY's lines by (for measure.sh)
    if std::env::args().nth(1).as_deref() == Some("--bound-sql") {
        let query = std::env::args().nth(2).unwrap_or_default();
        match korpus::clickhouse::search_bound_sql(&query) {
            Some(sql) => println!("{sql}"),
            None => std::process::exit(1),
        }
        return;
    }
    let (Some(corpus), Some(url)) = (args.next(), args.next()) else {
        eprintln!("usage: clickhouse_search CORPUS clickhouse://… [QUERY…]");
        std::process::exit(2);
    };
    let mut queries: Vec<String> = args.collect();
    if queries.is_empty() {
        queries = ["lavrov", "путин", "पुतिन", "korea !north", "'pyong"].iter().map(|s| s.to_string()).collect();
    }
    let started = Instant::now();
    let cache = std::env::var_os("KORPUS_CACHE_DIR").map(std::path::PathBuf::from);
    let embedded = if corpus == "-" {
        None
    } else {
        match korpus::open::open_store(Some(std::path::Path::new(&corpus)), cache.as_deref(), &mut korpus::open::Quiet)
        {
            Ok((store, _)) => Some(store),
            Err(e) => {
                eprintln!("cannot open {corpus}: {e}");
                std::process::exit(1);
            }
        }
    };
    if embedded.is_some() {
        eprintln!("embedded index open in {:.1} s", started.elapsed().as_secs_f64());
    }
    let address = match ClusterAddress::parse(&url) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let cluster = match ClickHouseStore::open(&address) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!("store       query          keystrokes  first median  first p90  full median  full p90  (ms)");
    let stores = [("embedded", embedded.as_deref()), ("clickhouse", Some(&cluster as &dyn Store))];
    for (name, store) in stores.into_iter().filter_map(|(name, store)| Some((name, store?))) {
        let (mut all_first, mut all_full) = (Vec::new(), Vec::new());
        // each query on its own row, then all of them together
        for query in queries.iter().map(Some).chain(std::iter::once(None)) {
            let (first, full) = match query {
                Some(query) => type_queries(store, std::slice::from_ref(query)),
                None => (std::mem::take(&mut all_first), std::mem::take(&mut all_full)),
            };
            if query.is_some() {
                // every keystroke, for the record
                eprintln!("{name} {query:?}: first {first:.0?} full {full:.0?}");
                all_first.extend(&first);
                all_full.extend(&full);
            }
            println!(
                "{name:<10}  {:<14} {:>10}  {:>12.1}  {:>9.1}  {:>11.1}  {:>8.1}",
                query.map_or("(all)", |q| q.as_str()),
                full.len(),
                median(first.clone()),
                percentile(first, 0.9),
                median(full.clone()),
                percentile(full, 0.9)
            );
        }
    }
    // what ranking on the shards saved: the matching lines they sent of those they hold
    let mut rounds = [0usize; 4];
    let (mut sent, mut matched, mut by_words) = (0u64, 0u64, 0usize);
    let cancel = AtomicBool::new(false);
    for query in &queries {
        let chars: Vec<(usize, char)> = query.char_indices().collect();
        for &(i, c) in &chars {
            let request = SearchRequest::new(&query[..i + c.len_utf8()], 50);
            // a query with no positive term yet asks nothing
            let asks = !korpus::search::Query::parse(request.query).is_empty();
            if asks && cluster.search(&mut SearchSession::default(), &request, &cancel, &mut |_| {}).is_ok() {
                let stats = cluster.last_search_stats();
                rounds[stats.rounds.min(3)] += 1;
                sent += stats.lines_sent;
                matched += stats.lines_matched;
                by_words += usize::from(stats.by_words);
            }
        }
    }
    println!(
        "clickhouse: {sent} of {matched} matching lines sent; searches answered in 1, 2, 3 rounds: {:?}; \
         {by_words} by the word tier (no scan but the count)",
        &rounds[1..]
    );
}
