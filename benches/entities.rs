//! Entity recognition and linking throughput.
//! `cargo bench --bench entities`: MB/s of article text
//! - on generated multilingual news (`tests/synth`, the generator every bench
//!   uses), on one thread and on all cores;
//! - per script family (`entities-by-script/cpu-1-thread/FAMILY`): what issue 10
//!   asks, MB of text recognised and linked per core — the whole build
//!   (`EntityIndex::build_with_threads(_, 1)`: word statistics, recognition,
//!   linking, the index) on the real articles of the ner19 and xlang test sets
//!   in the family's languages, repeated to about 1 MB, timed in CPU seconds
//!   of the thread that does the work (criterion's "MB/s" here is MB per
//!   CPU-second, which holds on a busy machine; wall-clock time also counts
//!   the waits for a core). Latin, Cyrillic, Greek, Arabic script, Hebrew,
//!   Devanagari, Chinese, Japanese.

// the binary's allocator (src/main.rs), so the figures are those of `korpus`
#[global_allocator]
static GLOBAL_ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[path = "common/cpu_time.rs"]
mod cpu_time;
#[path = "common/families.rs"]
mod families;
#[path = "../tests/synth/mod.rs"]
mod synth;

use cpu_time::thread_cpu_time;
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
        group.throughput(Throughput::BytesDecimal(bytes as u64));
        group.bench_with_input(BenchmarkId::new("cpu-1-thread", family), &articles, |b, a| {
            b.iter_custom(|iters| {
                let start = thread_cpu_time();
                for _ in 0..iters {
                    drop(std::hint::black_box(EntityIndex::build_with_threads(a, 1)));
                }
                thread_cpu_time() - start
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
