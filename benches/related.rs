//! Related-article ranking at scale on generated multilingual corpora:
//! one query in a 100k-article corpus (target < 50 ms) and every ranking of
//! a 10k-article corpus (target < 10 s on two cores).

#[path = "../tests/synth/mod.rs"]
mod synth;

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use korpus::entities::EntityIndex;
use korpus::related::RelatedIndex;

fn bench_related(c: &mut Criterion) {
    let small = synth::corpus(10_000);
    let entities = EntityIndex::build(&small.articles);
    let started = Instant::now();
    let index = RelatedIndex::build(&small, &entities);
    eprintln!("build 10k: {:?}", started.elapsed());
    let mut group = c.benchmark_group("related");
    group.sample_size(10);
    group.bench_function("all rankings 10k (limit 10)", |b| b.iter(|| black_box(index.related_all(10))));
    group.bench_function("one query 10k", |b| {
        let mut a = 0;
        b.iter(|| {
            a = (a + 7919) % small.len();
            black_box(index.related(a, 20))
        })
    });
    drop(index);

    let large = synth::corpus(100_000);
    let entities = EntityIndex::build(&large.articles);
    let started = Instant::now();
    let index = RelatedIndex::build(&large, &entities);
    eprintln!("build 100k: {:?}", started.elapsed());
    group.sample_size(50);
    group.bench_function("one query 100k", |b| {
        let mut a = 0;
        b.iter(|| {
            a = (a + 7919) % large.len();
            black_box(index.related(a, 20))
        })
    });
    group.finish();
}

criterion_group!(benches, bench_related);
criterion_main!(benches);
