//! Related-article quality against gold, the same measures as
//! `shared/eval/score_related.py`: MAP and cross-language MAP on the held-out
//! topic corpus in `tests/data/related/`, P@1 and nDCG on the seeds.
//!
//! The floors sit just below what the ranking reaches with the entity
//! recogniser (held-out P@1 1.000, MAP 0.976, xMAP 0.982; seeds P@1 1.000,
//! nDCG 0.991); they catch regressions, not noise. File names encode the
//! topics and are read here only as labels, never by the ranking.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use korpus::corpus::{load_path, load_seeds};
use korpus::{Analysis, Corpus};
use serde_json::Value;

fn basename(id: &str) -> &str {
    id.rsplit('/').next().unwrap_or(id)
}

/// Every article's ranking as base file names, best first.
fn rankings(corpus: &Corpus) -> HashMap<String, Vec<String>> {
    let analysis = Analysis::build(corpus);
    (0..corpus.len())
        .map(|a| {
            let ranked = analysis
                .related
                .related(a, corpus.len())
                .iter()
                .map(|r| basename(&corpus.articles[r.article].id).to_owned())
                .collect();
            (basename(&corpus.articles[a].id).to_owned(), ranked)
        })
        .collect()
}

fn average_precision(ranking: &[&String], relevant: &HashSet<&String>) -> Option<f64> {
    if relevant.is_empty() {
        return None;
    }
    let (mut hits, mut total) = (0usize, 0.0);
    for (i, f) in ranking.iter().enumerate() {
        if relevant.contains(f) {
            hits += 1;
            total += hits as f64 / (i + 1) as f64;
        }
    }
    Some(total / relevant.len() as f64)
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len().max(1) as f64
}

/// (P@1, MAP, cross-language MAP) against `{"articles": {file: {topic, lang}}}`.
fn topic_scores(corpus: &Corpus, gold: &Value) -> (f64, f64, f64) {
    let arts = gold["articles"].as_object().expect("articles");
    let topic = |f: &String| arts[f.as_str()]["topic"].as_str().unwrap_or("").to_owned();
    let lang = |f: &String| arts[f.as_str()]["lang"].as_str().unwrap_or("").to_owned();
    let ranks = rankings(corpus);
    let (mut p1, mut aps, mut xaps) = (0, Vec::new(), Vec::new());
    for f in arts.keys() {
        let ranking: Vec<&String> = ranks[f].iter().filter(|x| arts.contains_key(x.as_str())).collect();
        let relevant: HashSet<&String> = arts.keys().filter(|x| *x != f && topic(x) == topic(f)).collect();
        if ranking.first().is_some_and(|x| relevant.contains(x)) {
            p1 += 1;
        }
        if let Some(ap) = average_precision(&ranking, &relevant) {
            aps.push(ap);
        }
        let cross: Vec<&String> = ranking.iter().copied().filter(|x| lang(x) != lang(f)).collect();
        let cross_relevant: HashSet<&String> = relevant.iter().copied().filter(|x| lang(x) != lang(f)).collect();
        if let Some(ap) = average_precision(&cross, &cross_relevant) {
            xaps.push(ap);
        }
    }
    (p1 as f64 / aps.len().max(1) as f64, mean(&aps), mean(&xaps))
}

#[test]
fn held_out_topics_map_and_cross_language_map() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/related");
    let corpus = load_path(&dir).expect("held-out corpus loads");
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("topics.json")).expect("topics.json")).expect("json");
    let (p1, map, xmap) = topic_scores(&corpus, &gold);
    eprintln!("held-out: P@1 {p1:.3} MAP {map:.3} xMAP {xmap:.3}");
    assert!(p1 >= 0.96, "P@1 {p1:.3}");
    assert!(map >= 0.95, "MAP {map:.3}");
    assert!(xmap >= 0.95, "xMAP {xmap:.3}");
}

#[test]
fn seeds_graded_p_at_1_and_ndcg() {
    let corpus = load_seeds();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds-related-gold.json");
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("gold")).expect("json");
    let ranks = rankings(&corpus);
    let graded = gold["graded"].as_object().expect("graded");
    let (mut p1, mut ndcg) = (0.0, 0.0);
    for (f, grades) in graded {
        let grades = grades.as_object().expect("grades");
        let ranking = &ranks[f];
        let top1: Vec<&str> = gold["top1"][f].as_array().expect("top1").iter().filter_map(Value::as_str).collect();
        if ranking.first().is_some_and(|x| top1.contains(&x.as_str())) {
            p1 += 1.0;
        }
        let grade = |x: &str| grades.get(x).and_then(Value::as_f64).unwrap_or(0.0);
        let dcg: f64 = ranking
            .iter()
            .take(grades.len())
            .enumerate()
            .map(|(i, x)| (2f64.powf(grade(x)) - 1.0) / (i as f64 + 2.0).log2())
            .sum();
        let mut ideal: Vec<f64> = grades.values().filter_map(Value::as_f64).collect();
        ideal.sort_by(|a, b| b.total_cmp(a));
        let idcg: f64 = ideal.iter().enumerate().map(|(i, g)| (2f64.powf(*g) - 1.0) / (i as f64 + 2.0).log2()).sum();
        ndcg += if idcg > 0.0 { dcg / idcg } else { 0.0 };
    }
    let n = graded.len() as f64;
    let (p1, ndcg) = (p1 / n, ndcg / n);
    eprintln!("seeds: P@1 {p1:.3} nDCG {ndcg:.3}");
    assert!(p1 >= 1.0, "P@1 {p1:.3}");
    assert!(ndcg >= 0.95, "nDCG {ndcg:.3}");
}
