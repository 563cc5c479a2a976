//! How many keys survive the prefilter for a query, and what the prefilter and
//! the scoring each cost, on one thread (a diagnostic for search tuning).
//!
//! cargo run --release --example prefilter_probe -- CORPUS QUERY

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(query)) = (args.next(), args.next()) else {
        eprintln!("usage: prefilter_probe CORPUS QUERY");
        std::process::exit(2);
    };
    let Ok((corpus, analysis)) =
        korpus::open::open_analysed(Some(std::path::Path::new(&path)), &mut korpus::open::Quiet)
    else {
        eprintln!("prefilter_probe: cannot open {path}");
        std::process::exit(2);
    };
    let search = korpus::search::SearchIndex::build(&corpus, &analysis.entities);
    let (survivors, matched, prefilter, scoring) = search.probe(&query);
    println!(
        "{query}: {survivors} keys pass the prefilter, {matched} match; prefilter {:.1} ms, scoring {:.1} ms",
        prefilter * 1e3,
        scoring * 1e3
    );
}
