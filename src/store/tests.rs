use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use super::*;
use crate::Analysis;
use crate::corpus::load_seeds;

fn seeds_store() -> MemoryStore {
    let corpus = Arc::new(load_seeds());
    let analysis = Arc::new(Analysis::build(&corpus));
    MemoryStore::new(corpus, analysis)
}

#[test]
fn the_memory_store_answers_from_the_corpus_and_analysis() {
    let store = seeds_store();
    let (corpus, analysis) = (Arc::clone(store.corpus()), Arc::clone(store.analysis()));
    assert_eq!(store.len(), corpus.len());
    for (i, a) in corpus.articles.iter().enumerate() {
        let meta = store.article(i).unwrap();
        assert_eq!((meta.id.as_ref(), meta.title.as_ref(), meta.bytes), (a.id.as_str(), a.title.as_str(), a.bytes()));
        assert!(matches!(store.text(i).unwrap(), Text::Borrowed(t) if t == a.text), "borrowed, not copied");
        assert_eq!(store.article_by_id(&a.id).unwrap(), Some(i));
        assert_eq!(store.mentions(i).unwrap().as_ref(), analysis.entities.mentions_in(i));
        assert_eq!(store.find(&a.id).unwrap(), Some(i));
    }
    let top = store.top_entities(None, usize::MAX).unwrap();
    assert_eq!(top, analysis.entities.by_frequency());
    let people = store.top_entities(Some(EntityKind::Person), 3).unwrap();
    assert!(people.len() <= 3 && people.iter().all(|&e| store.entity(e).unwrap().kind == EntityKind::Person));
    let first = store.entity(top[0]).unwrap();
    assert_eq!(store.entity_position(&first.id).unwrap(), Some(top[0]));
    assert_eq!(first.articles, store.entity_articles(top[0]).unwrap().len());
    let languages = store.article_counts(ArticleFacet::Language).unwrap();
    assert_eq!(languages.iter().map(|(_, n)| n).sum::<u64>(), corpus.len() as u64);
}

#[test]
fn out_of_range_numbers_are_errors_not_panics() {
    let store = seeds_store();
    let past = store.len();
    assert_eq!(store.article(past), Err(StoreError::NoArticle(past)));
    assert_eq!(store.article_by_id("no such article").unwrap(), None);
    assert_eq!(store.find("no such article").unwrap(), None);
    assert!(matches!(store.text(past), Err(StoreError::NoArticle(_))));
    assert_eq!(store.mentions(past), Err(StoreError::NoArticle(past)));
    assert_eq!(store.related(past, 5, false), Err(StoreError::NoArticle(past)));
    let none = store.entity_count();
    assert!(matches!(store.entity(none), Err(StoreError::NoEntity(_))));
    assert!(matches!(store.entity_articles(none), Err(StoreError::NoEntity(_))));
}

#[test]
fn search_streams_and_carries_each_hits_text() {
    let store = seeds_store();
    let hits = store
        .search(&mut SearchSession::default(), &SearchRequest::new("лавров", 20), &AtomicBool::new(false), &mut |_| {})
        .unwrap();
    assert!(!hits.is_empty());
    for hit in &hits {
        assert_eq!(hit.text, store.text(hit.article).unwrap()[hit.start..hit.end]);
        assert_eq!(store.find(&(hit.article + 1).to_string()).unwrap(), Some(hit.article), "by 1-based position");
    }
}

#[test]
fn an_articles_only_store_lists_and_shows_but_has_no_analysis() {
    let corpus = Arc::new(load_seeds());
    let store = MemoryStore::articles_only(Arc::clone(&corpus));
    assert_eq!(store.len(), corpus.len());
    assert_eq!(store.entity_count(), 0);
    assert!(store.mentions(0).unwrap().is_empty());
    assert!(store.related(0, 5, false).unwrap().is_empty());
}

#[test]
fn a_store_agrees_with_itself_and_differences_are_found() {
    let store = seeds_store();
    assert_eq!(compare::differences(&store, &seeds_store(), &compare::Questions::default()), Vec::<String>::new());
    let mut fewer = load_seeds();
    fewer.articles.pop();
    let fewer = MemoryStore::articles_only(Arc::new(fewer));
    assert!(!compare::differences(&store, &fewer, &compare::Questions::default()).is_empty());
}
