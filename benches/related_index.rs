//! Related articles read from an index, as `korpus related --json --limit
//! 1000` reads them: each ranking, then the ids and titles of the articles
//! it names. Those articles lie all over the corpus, and an index keeps
//! articles' strings compressed a block of neighbours at a time; at base42
//! each article named decompressed its block again (2,000 long generated
//! articles: 35 s of CPU for the command, 6 s after).
//!
//! KORPUS_BENCH_ARTICLES sets the corpus's size (default 5000 long
//! generated articles). cargo bench --bench related_index

#[path = "../tests/synth/mod.rs"]
mod synth;

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use korpus::Store;
use korpus::index::Texts;

fn bench_related_from_index(c: &mut Criterion) {
    let n: usize = std::env::var("KORPUS_BENCH_ARTICLES").ok().and_then(|v| v.parse().ok()).unwrap_or(5_000);
    let corpus = synth::corpus(n);
    let started = Instant::now();
    let analysis = korpus::Analysis::build(&corpus);
    let store = korpus::index::in_memory(&corpus, &analysis, &Texts::Inline, None).unwrap();
    eprintln!("{n} articles analysed and indexed in {:.1} s", started.elapsed().as_secs_f64());
    drop(analysis);
    let mut group = c.benchmark_group("related from an index");
    group.sample_size(10);
    group.bench_function(format!("every tenth article of {n}: ranking (limit 1000) and its articles"), |b| {
        b.iter(|| {
            for article in (0..n).step_by(10) {
                let found = store.related(article, 1000, false).unwrap();
                let named: Vec<usize> = found.iter().map(|r| r.article).collect();
                black_box(store.articles(&named).unwrap());
            }
        })
    });
    group.bench_function(format!("one ranking of {n} (limit 20) and its articles"), |b| {
        let mut article = 0;
        b.iter(|| {
            article = (article + 7919) % n;
            let found = store.related(article, 20, false).unwrap();
            let named: Vec<usize> = found.iter().map(|r| r.article).collect();
            black_box(store.articles(&named).unwrap())
        })
    });
    group.finish();
}

criterion_group!(benches, bench_related_from_index);
criterion_main!(benches);
