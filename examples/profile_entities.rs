//! Entity throughput per core, in CPU time: the figures of `cargo bench --bench
//! entities -- entities-by-script` (per script family, one thread, the same
//! ~1 MB of ner19 and xlang test-set articles per family, bytes per CPU-second
//! of the thread that does the work, which hold on a machine busy with other
//! work), without criterion's statistics but with each phase apart and the
//! wall clock beside (which also counts the waits for a core).
//!
//! cargo run --release --example profile_entities -- [FAMILY…] [--seconds S] [--phases] [--segment]
//!
//! - FAMILY: latin cyrillic greek arabic hebrew devanagari chinese japanese (default: all);
//! - `--seconds S`: build the index again until S CPU-seconds have gone (default 3), for a
//!   steadier figure or a longer run under `perf record -g`;
//! - `--phases`: the same in the build's three phases, each in CPU time: word statistics
//!   (`WordStats::of`), recognition (`Recognised::of`), linking (`EntityIndex::link`);
//! - `--segment`: for Chinese and Japanese, also the word segmenter alone on the same text.
//!
//! Prints one line per family: MB (10^6 bytes) and MiB per CPU-second, with wall-clock MiB/s
//! beside them; the load average is printed first (`/proc/loadavg`).

// the binary's allocator (src/main.rs), so the figures are those of `korpus`
#[global_allocator]
static GLOBAL_ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[path = "../benches/common/cpu_time.rs"]
mod cpu_time;
#[path = "../benches/common/families.rs"]
mod families;

use std::time::{Duration, Instant};

use cpu_time::thread_cpu_time;
use families::{FAMILIES, family_articles};
use korpus::entities::{Recognised, WordStats};
use korpus::lang::segment::Segmenter;
use korpus::{Article, EntityIndex};

/// Run `work` until `budget` of this thread's CPU time has gone (at least
/// twice); (runs, CPU time, wall time).
fn repeat(budget: Duration, mut work: impl FnMut()) -> (u32, Duration, Duration) {
    let (cpu0, wall0) = (thread_cpu_time(), Instant::now());
    let mut runs = 0;
    while runs < 2 || thread_cpu_time() - cpu0 < budget {
        work();
        runs += 1;
    }
    (runs, thread_cpu_time() - cpu0, wall0.elapsed())
}

/// One result line: `bytes` processed `runs` times in `cpu` CPU time and `wall` wall time.
fn line(what: &str, bytes: usize, (runs, cpu, wall): (u32, Duration, Duration)) {
    let total = bytes as f64 * f64::from(runs);
    let per_cpu = total / cpu.as_secs_f64();
    println!(
        "{what:<24} {:>6.2} MB/cpu-s {:>6.2} MiB/cpu-s {:>6.2} MiB/s wall  ({runs} runs of {:.2} MB, {:.2} cpu-s)",
        per_cpu / 1e6,
        per_cpu / f64::from(1 << 20),
        total / wall.as_secs_f64() / f64::from(1 << 20),
        bytes as f64 / 1e6,
        cpu.as_secs_f64(),
    );
}

fn segmenter_of(family: &str) -> Option<Segmenter> {
    match family {
        "chinese" => Some(Segmenter::Chinese),
        "japanese" => Some(Segmenter::Japanese),
        _ => None,
    }
}

fn main() {
    let mut chosen: Vec<String> = Vec::new();
    let mut budget = Duration::from_secs(3);
    let (mut phases, mut segment) = (false, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--phases" => phases = true,
            "--segment" => segment = true,
            "--seconds" => match args.next().and_then(|s| s.parse::<f64>().ok()) {
                Some(s) if s > 0.0 => budget = Duration::from_secs_f64(s),
                _ => {
                    eprintln!("profile_entities: --seconds needs a positive number");
                    std::process::exit(2);
                }
            },
            family if FAMILIES.iter().any(|(name, _)| *name == family) => chosen.push(family.to_owned()),
            other => {
                eprintln!(
                    "profile_entities: unknown argument {other:?} (families: latin cyrillic greek arabic hebrew devanagari chinese japanese)"
                );
                std::process::exit(2);
            }
        }
    }
    println!("load average: {}", std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim());
    for &(family, langs) in FAMILIES {
        if !chosen.is_empty() && !chosen.iter().any(|c| c == family) {
            continue;
        }
        let articles: Vec<Article> = family_articles(langs, 1 << 20);
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        if articles.is_empty() {
            continue;
        }
        // gazetteer, profiles and dictionaries loaded outside the measurement, as in the bench
        let _ = EntityIndex::build(&articles[..1]);
        line(
            family,
            bytes,
            repeat(budget, || drop(std::hint::black_box(EntityIndex::build_with_threads(&articles, 1)))),
        );
        if phases {
            let stats = WordStats::of(&articles, 1);
            let recognised = || Recognised::of(&articles, &stats, 1);
            line("  word stats", bytes, repeat(budget / 3, || drop(std::hint::black_box(WordStats::of(&articles, 1)))));
            line("  recognise", bytes, repeat(budget / 3, || drop(std::hint::black_box(recognised()))));
            // each run links a fresh recognition, which is not counted
            let (mut runs, mut cpu, mut wall) = (0, Duration::ZERO, Duration::ZERO);
            while runs < 2 || cpu < budget / 3 {
                let r = recognised();
                let (cpu0, wall0) = (thread_cpu_time(), Instant::now());
                drop(std::hint::black_box(EntityIndex::link(&articles, r, 1)));
                (cpu, wall, runs) = (cpu + (thread_cpu_time() - cpu0), wall + wall0.elapsed(), runs + 1);
            }
            line("  link", bytes, (runs, cpu, wall));
        }
        if segment && let Some(segmenter) = segmenter_of(family) {
            segmenter.load();
            let mut words = Vec::new();
            let segment_all = || {
                for article in &articles {
                    words.clear();
                    segmenter.segment_into(&article.text, &mut words);
                    std::hint::black_box(words.len());
                }
            };
            line("  segmenter alone", bytes, repeat(budget, segment_all));
        }
    }
}
