//! Search benchmarks on a generated multilingual corpus (tests/synth):
//! one full pass per query for nucleo-matcher (and fuzzy-matcher with
//! `--features skim-baseline`), and a typed
//! query keystroke by keystroke (narrowing, time to first partial results).
//!
//! KORPUS_BENCH_ARTICLES sets the corpus size (default 100000 articles, about
//! 1.1M text lines). cargo bench --bench search [--features skim-baseline]

#[path = "../tests/synth/mod.rs"]
mod synth;

use std::hint::black_box;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use korpus::Analysis;
use korpus::corpus::Corpus;
use korpus::search::{Engine, Scope, SearchIndex, SearchSession};

fn corpus() -> (Corpus, Analysis) {
    let n: usize = std::env::var("KORPUS_BENCH_ARTICLES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let corpus = synth::corpus(n);
    let started = Instant::now();
    let analysis = Analysis::build(&corpus);
    eprintln!(
        "corpus: {n} articles, {} search units, analysed in {:.1} s",
        analysis.search.len(),
        started.elapsed().as_secs_f64()
    );
    (corpus, analysis)
}

const QUERIES: [&str; 6] = ["lavrov", "лавров", "लावरोव", "lavrov pyong", "e", "lavorv"];

fn full_pass(c: &mut Criterion) {
    let (corpus, analysis) = corpus();
    let index: &SearchIndex = &analysis.search;
    let cancel = AtomicBool::new(false);
    let mut group = c.benchmark_group("search_pass");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for &engine in Engine::ALL {
        for q in QUERIES {
            group.bench_with_input(BenchmarkId::new(format!("{engine:?}"), q), &q, |b, q| {
                b.iter(|| {
                    black_box(index.search_with(
                        &corpus,
                        &mut SearchSession::default(),
                        q,
                        engine,
                        Scope::All,
                        50,
                        &cancel,
                        &mut |_| {},
                    ))
                })
            });
        }
    }
    group.finish();

    // keystroke by keystroke, as the TUI's worker sees it: time to the first
    // results on screen (first partial or the final answer) and to the final answer
    for typed in ["lavrov", "пхеньян", "kim jong"] {
        let mut first = Vec::new();
        let mut total = Vec::new();
        for _ in 0..5 {
            let mut session = SearchSession::default();
            for end in typed.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let started = Instant::now();
                let mut first_at: Option<Duration> = None;
                let hits = index.search_with(
                    &corpus,
                    &mut session,
                    &typed[..end],
                    Engine::Nucleo,
                    Scope::All,
                    200,
                    &cancel,
                    &mut |_| {
                        first_at.get_or_insert(started.elapsed());
                    },
                );
                let done = started.elapsed();
                black_box(hits);
                first.push(first_at.unwrap_or(done));
                total.push(done);
            }
        }
        first.sort();
        total.sort();
        eprintln!(
            "keystrokes {typed:?}: first results median {:.1} ms (max {:.1}), complete median {:.1} ms (max {:.1})",
            first[first.len() / 2].as_secs_f64() * 1e3,
            first[first.len() - 1].as_secs_f64() * 1e3,
            total[total.len() / 2].as_secs_f64() * 1e3,
            total[total.len() - 1].as_secs_f64() * 1e3
        );
    }
}

criterion_group!(benches, full_pass);
criterion_main!(benches);
