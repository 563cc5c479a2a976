//! Two stores of the same corpus must give the same answers: the check every
//! backend's tests run against the in-memory store (or any other).

use std::sync::atomic::AtomicBool;

use super::{ArticleFacet, SearchRequest, Store};
use crate::search::{HitKind, Scope, SearchSession};

/// What to ask besides walking every article and entity.
pub struct Questions<'q> {
    pub queries: &'q [&'q str],
    pub search_limit: usize,
    pub related_limit: usize,
}

impl Default for Questions<'_> {
    fn default() -> Self {
        Questions {
            queries: &["lavrov", "лавров", "पुतिन", "korea !north", "'pyong", "^rus", "moskva$", "e"],
            search_limit: 50,
            related_limit: 10,
        }
    }
}

/// Every answer on which `a` and `b` differ, described; empty when they agree.
pub fn differences(a: &dyn Store, b: &dyn Store, questions: &Questions) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |what: String, left: String, right: String| {
        if left != right && out.len() < 20 {
            out.push(format!("{what}: {left} ≠ {right}"));
        }
    };
    check("name".into(), a.name().into(), b.name().into());
    check("warnings".into(), format!("{:?}", a.warnings()), format!("{:?}", b.warnings()));
    check("articles".into(), a.len().to_string(), b.len().to_string());
    check("entities".into(), a.entity_count().to_string(), b.entity_count().to_string());
    for i in 0..a.len().max(b.len()) {
        check(format!("article {i}"), format!("{:?}", a.article(i)), format!("{:?}", b.article(i)));
        check(
            format!("text {i} size"),
            format!("{:?}", a.text(i).map(|t| t.len())),
            format!("{:?}", b.text(i).map(|t| t.len())),
        );
        if let (Ok(left), Ok(right)) = (a.text(i), b.text(i)) {
            check(format!("text {i}"), left.to_string(), right.to_string());
        }
        check(
            format!("id {i}"),
            format!("{:?}", a.article(i).map(|m| a.article_by_id(&m.id))),
            format!("{:?}", b.article(i).map(|m| b.article_by_id(&m.id))),
        );
        check(format!("mentions {i}"), format!("{:?}", a.mentions(i)), format!("{:?}", b.mentions(i)));
        for other_languages_only in [false, true] {
            check(
                format!("related {i} {other_languages_only}"),
                format!("{:?}", a.related(i, questions.related_limit, other_languages_only)),
                format!("{:?}", b.related(i, questions.related_limit, other_languages_only)),
            );
        }
        if let Ok(meta) = a.article(i) {
            check(format!("find {:?}", meta.id), format!("{:?}", a.find(&meta.id)), format!("{:?}", b.find(&meta.id)));
        }
    }
    for e in 0..a.entity_count().max(b.entity_count()) {
        check(format!("entity {e}"), format!("{:?}", a.entity(e)), format!("{:?}", b.entity(e)));
        check(
            format!("entity {e} articles"),
            format!("{:?}", a.entity_articles(e)),
            format!("{:?}", b.entity_articles(e)),
        );
        if let Ok(view) = a.entity(e) {
            check(
                format!("entity id {}", view.id),
                format!("{:?}", a.entity_position(&view.id)),
                format!("{:?}", b.entity_position(&view.id)),
            );
        }
    }
    for kind in [None, Some(crate::EntityKind::Person), Some(crate::EntityKind::Location)] {
        check(
            format!("top {kind:?}"),
            format!("{:?}", a.top_entities(kind, 12)),
            format!("{:?}", b.top_entities(kind, 12)),
        );
    }
    for facet in [ArticleFacet::Language, ArticleFacet::Script] {
        check(format!("{facet:?}"), format!("{:?}", a.article_counts(facet)), format!("{:?}", b.article_counts(facet)));
    }
    check("dated counts".into(), format!("{:?}", a.dated_counts()), format!("{:?}", b.dated_counts()));
    let cancel = AtomicBool::new(false);
    for &query in questions.queries {
        for scope in [Scope::All, Scope::Only(HitKind::Title), Scope::Only(HitKind::Entity)] {
            let request = SearchRequest { scope, ..SearchRequest::new(query, questions.search_limit) };
            let search = |store: &dyn Store| {
                format!("{:?}", store.search(&mut SearchSession::default(), &request, &cancel, &mut |_| {}))
            };
            check(format!("search {query:?} {scope:?}"), search(a), search(b));
        }
    }
    out
}
