//! Entity recognition and linking throughput on generated multilingual news
//! (`tests/synth`, the generator every bench uses).
//! `cargo bench --bench entities`: MB/s of article text, on one thread and on all cores.

#[path = "../tests/synth/mod.rs"]
mod synth;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use korpus::EntityIndex;

fn bench(c: &mut Criterion) {
    let articles = synth::corpus(2_000).articles;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    // warm the embedded gazetteer once, outside the measurement
    let _ = EntityIndex::build(&articles[..1]);
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    for threads in [1, cores] {
        group.bench_with_input(BenchmarkId::new("build", format!("{threads}-threads")), &threads, |b, &t| {
            b.iter(|| EntityIndex::build_with_threads(&articles, t))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
