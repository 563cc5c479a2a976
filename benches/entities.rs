//! Entity recognition and linking throughput.
//! `cargo bench --bench entities`: MB/s of article text
//! - on generated multilingual news (`tests/synth`, the generator every bench
//!   uses), on one thread and on all cores;
//! - per script family, one thread, on the ner19 development articles
//!   (`tests/data/ner19/dev`) repeated to about 1 MB per family: Latin,
//!   Cyrillic, Greek, Arabic script, Hebrew, Devanagari, Chinese, Japanese.

#[path = "common/families.rs"]
mod families;
#[path = "../tests/synth/mod.rs"]
mod synth;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use families::{FAMILIES, family_articles};
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

    let mut group = c.benchmark_group("entities-by-script");
    group.sample_size(10);
    for &(family, langs) in FAMILIES {
        let articles = family_articles(langs, 1 << 20);
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        if articles.is_empty() {
            continue;
        }
        let _ = EntityIndex::build(&articles[..1]);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new("build-1-thread", family), &articles, |b, a| {
            b.iter(|| EntityIndex::build_with_threads(a, 1))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
