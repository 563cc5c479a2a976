//! Word segmentation of Chinese and Japanese (`korpus::lang::segment`): MB/s
//! of article text on one thread, per language, and the time to load each
//! dictionary. Text: every zh and ja article of `tests/data` (ner19, xlang).
//! `text` is wall-clock time; `text-cpu` counts the thread's CPU time
//! instead, so it holds on a machine busy with other work (per core).
//! `recognise` is the whole entity index (segmentation, gazetteer, rules,
//! linking) over the same articles on one thread, also in CPU time.
//! `cargo bench --bench segment`.

#[path = "common/cpu_time.rs"]
mod cpu_time;

use std::path::Path;

use cpu_time::thread_cpu_time;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use korpus::lang::segment::Segmenter;
use korpus::{Article, EntityIndex};

/// The articles of `tests/data/<set>/<part>/` whose file name says `lang`.
fn articles(lang: &str) -> String {
    article_texts(lang).join("\n")
}

/// The articles of [`articles`], one by one.
fn article_texts(lang: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut texts = Vec::new();
    for dir in ["ner19/dev", "ner19/test", "xlang/dev", "xlang/test"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let ours = name.starts_with(&format!("{lang}_")) || name.ends_with(&format!("_{lang}.txt"));
            if ours && let Ok(t) = std::fs::read_to_string(&path) {
                texts.push(t);
            }
        }
    }
    texts
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("segment");
    group.sample_size(10);
    for (lang, segmenter) in [("zh", Segmenter::Chinese), ("ja", Segmenter::Japanese)] {
        let text = articles(lang);
        assert!(!text.is_empty(), "no {lang} articles under tests/data");
        segmenter.load();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("text", lang), &text, |b, text| {
            let mut words = Vec::new();
            b.iter(|| {
                words.clear();
                segmenter.segment_into(text, &mut words);
                words.len()
            })
        });
        group.bench_with_input(BenchmarkId::new("text-cpu", lang), &text, |b, text| {
            let mut words = Vec::new();
            b.iter_custom(|iters| {
                let start = thread_cpu_time();
                for _ in 0..iters {
                    words.clear();
                    segmenter.segment_into(text, &mut words);
                    std::hint::black_box(words.len());
                }
                thread_cpu_time() - start
            })
        });
    }
    for lang in ["zh", "ja"] {
        let texts = article_texts(lang);
        let articles: Vec<Article> =
            texts.iter().enumerate().map(|(i, t)| Article::new(format!("{lang}{i}"), t, None, Some(lang))).collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        // dictionaries, gazetteer and profiles loaded outside the measurement
        let _ = EntityIndex::build_with_threads(&articles, 1);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new("recognise-cpu", lang), &articles, |b, articles| {
            b.iter_custom(|iters| {
                let start = thread_cpu_time();
                for _ in 0..iters {
                    std::hint::black_box(EntityIndex::build_with_threads(articles, 1));
                }
                thread_cpu_time() - start
            })
        });
    }
    group.throughput(Throughput::Elements(1));
    for (lang, segmenter) in [("zh", Segmenter::Chinese), ("ja", Segmenter::Japanese)] {
        group.bench_function(BenchmarkId::new("load", lang), |b| b.iter(|| segmenter.load_uncached()));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
