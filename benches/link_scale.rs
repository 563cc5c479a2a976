//! Linking at scale: the joins of names read otherwise (rule
//! `a_q_read_as_g_meets_its_g_spelling` and the other readings,
//! src/entities/link/uvular.rs) on generated mentions of one common name.
//! `cargo bench --bench link_scale`: 1k, 10k and 100k mentions of one story,
//! each spelling one cluster already (the shape of the 1M build, where almost
//! every pair met was in one cluster), joined by clusters (`by-clusters`) and
//! one pair at a time as first written (`one-by-one`, quadratic in the
//! mentions: 100k only with `LINK_SCALE_ONE_BY_ONE_100K=1`, seconds a run).
//! (Pairs of stories that differ are asked of the story test either way.)

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use korpus::entities::CommonNameMentions;

const STORIES: usize = 1;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("link-scale");
    group.sample_size(10);
    let one_by_one_100k = std::env::var_os("LINK_SCALE_ONE_BY_ONE_100K").is_some();
    for mentions in [1_000, 10_000, 100_000] {
        let load = CommonNameMentions::new(mentions, STORIES);
        // both ways make the same clusters
        let joined = load.join(false);
        assert_eq!(joined.0, STORIES);
        group.bench_with_input(BenchmarkId::new("by-clusters", mentions), &load, |b, load| b.iter(|| load.join(false)));
        if mentions < 100_000 || one_by_one_100k {
            assert_eq!(load.join(true), joined);
            group.bench_with_input(BenchmarkId::new("one-by-one", mentions), &load, |b, load| {
                b.iter(|| load.join(true))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
