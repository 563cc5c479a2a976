//! The `--json` contract: one type per row that `list`, `show`, `search`,
//! `entities` and `related` print. The README's "JSON output" table names the
//! same keys, and a test below holds the two together.
//!
//! Rows borrow plain strings and numbers and are built from the core's types
//! in one constructor each, so where the data comes from (the corpus in
//! memory, an index on disk) can change without touching the contract.
//!
//! Fields are declared in alphabetical order of their JSON keys: the output
//! had sorted keys when it was built from `serde_json::Value` maps, and
//! keeping that order keeps it byte for byte what it was.

use serde::Serialize;

use korpus::entities::Mention;
use korpus::related::Related;
use korpus::search::{Hit, HitKind};
use korpus::store::{ArticleMeta, EntityView};

/// Entities by number, looked up once for the rows that name them.
pub type Entities<'s> = std::collections::HashMap<usize, EntityView<'s>>;

/// `list`: one article.
#[derive(Serialize)]
pub struct ArticleRow<'a> {
    pub bytes: usize,
    pub date: Option<&'a str>,
    /// The id again, under the name older scripts read.
    pub file: &'a str,
    pub id: &'a str,
    pub lang: &'a str,
    pub script: &'a str,
    pub source: Option<&'a str>,
    pub title: &'a str,
    pub url: Option<&'a str>,
}

impl<'a> ArticleRow<'a> {
    pub fn new(article: &'a ArticleMeta<'_>) -> Self {
        ArticleRow {
            bytes: article.bytes,
            date: article.date.as_deref(),
            file: &article.id,
            id: &article.id,
            lang: article.language.code(),
            script: article.script.code(),
            source: article.source.as_deref(),
            title: &article.title,
            url: article.url.as_deref(),
        }
    }
}

/// `show`: one article with its text and metadata (one object, not an array).
#[derive(Serialize)]
pub struct ArticleText<'a> {
    pub bytes: usize,
    pub date: Option<&'a str>,
    pub file: &'a str,
    pub id: &'a str,
    pub lang: &'a str,
    pub script: &'a str,
    pub source: Option<&'a str>,
    pub text: &'a str,
    pub title: &'a str,
    pub url: Option<&'a str>,
}

impl<'a> ArticleText<'a> {
    pub fn new(article: &'a ArticleMeta<'_>, text: &'a str) -> Self {
        ArticleText {
            bytes: article.bytes,
            date: article.date.as_deref(),
            file: &article.id,
            id: &article.id,
            lang: article.language.code(),
            script: article.script.code(),
            source: article.source.as_deref(),
            text,
            title: &article.title,
            url: article.url.as_deref(),
        }
    }
}

/// `search`: one hit. `entity` and `name` only on entity hits.
#[derive(Serialize)]
pub struct HitRow<'a> {
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<&'a str>,
    pub file: &'a str,
    pub kind: HitKind,
    pub lang: &'a str,
    /// Matched byte ranges as `[start, end]` pairs.
    pub matched: &'a [(usize, usize)],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'a str>,
    pub score: i64,
    pub start: usize,
    pub text: &'a str,
}

impl<'a> HitRow<'a> {
    pub fn new(hit: &'a Hit, article: &'a ArticleMeta<'_>, entity: Option<&'a EntityView<'_>>) -> Self {
        HitRow {
            end: hit.end,
            entity: entity.map(|e| e.id.0.as_str()),
            file: &article.id,
            kind: hit.kind,
            lang: article.language.code(),
            matched: &hit.matched,
            name: entity.map(|e| e.name.as_ref()),
            score: hit.score,
            start: hit.start,
            text: &hit.text,
        }
    }
}

/// `entities`: one article's mentions.
#[derive(Serialize)]
pub struct ArticleMentions<'a> {
    pub file: &'a str,
    pub lang: &'a str,
    pub mentions: MentionRows<'a>,
    pub title: &'a str,
}

#[derive(Serialize)]
pub struct MentionRow<'a> {
    pub end: u32,
    pub entity: &'a str,
    pub name: &'a str,
    pub start: u32,
    pub text: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

/// An article's mentions, each made into a row as it is written: a 50 MB
/// article has 1.6 million mentions, and a `Vec` of their rows took 190 MB.
pub struct MentionRows<'a> {
    text: &'a str,
    mentions: &'a [Mention],
    entities: &'a Entities<'a>,
}

impl<'a> MentionRows<'a> {
    /// The rows of the mentions whose entity `entities` holds.
    pub fn iter(&self) -> impl Iterator<Item = MentionRow<'a>> + use<'a> {
        let (text, entities) = (self.text, self.entities);
        self.mentions.iter().filter_map(move |m| {
            let entity = entities.get(&m.entity())?;
            Some(MentionRow {
                end: m.end,
                entity: &entity.id.0,
                name: &entity.name,
                start: m.start,
                text: text.get(m.range()).unwrap_or(""),
                kind: m.kind.tag(),
            })
        })
    }
}

impl Serialize for MentionRows<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'a> ArticleMentions<'a> {
    /// `entities` holds every entity the mentions name; `text` is the article's.
    pub fn new(
        article: &'a ArticleMeta<'_>,
        text: &'a str,
        mentions: &'a [Mention],
        entities: &'a Entities<'_>,
    ) -> Self {
        let mentions = MentionRows { text, mentions, entities };
        ArticleMentions { file: &article.id, lang: article.language.code(), mentions, title: &article.title }
    }
}

/// `entities --index`: one entity, its names and where it is mentioned.
#[derive(Serialize)]
pub struct EntityRow<'a> {
    pub articles: Vec<ArticleCount<'a>>,
    pub entity: &'a str,
    pub mentions: usize,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub variants: &'a [String],
}

#[derive(Serialize)]
pub struct ArticleCount<'a> {
    pub count: usize,
    pub file: &'a str,
}

impl<'a> EntityRow<'a> {
    /// `articles` are the entity's (article, mentions) pairs; `article_id`
    /// names an article by its number in the corpus.
    pub fn new(entity: &'a EntityView<'_>, articles: &[(usize, usize)], article_id: impl Fn(usize) -> &'a str) -> Self {
        EntityRow {
            articles: articles.iter().map(|&(a, count)| ArticleCount { count, file: article_id(a) }).collect(),
            entity: &entity.id.0,
            mentions: entity.mentions,
            name: &entity.name,
            kind: entity.kind.tag(),
            variants: &entity.variants,
        }
    }
}

/// `related`: one article and the articles related to it, best first.
#[derive(Serialize)]
pub struct RelatedRow<'a> {
    pub file: &'a str,
    pub related: Vec<RelatedArticle<'a>>,
}

#[derive(Serialize)]
pub struct RelatedArticle<'a> {
    pub file: &'a str,
    pub lang: &'a str,
    /// Rounded to three decimals.
    pub score: f64,
    /// The shared entities' names, strongest evidence first.
    pub shared: Vec<&'a str>,
    pub shared_counts: Vec<SharedCount<'a>>,
    pub shared_terms: Vec<SharedTermRow<'a>>,
    pub terms: &'a [String],
    pub title: &'a str,
}

#[derive(Serialize)]
pub struct SharedCount<'a> {
    pub entity: &'a str,
    pub here: usize,
    pub name: &'a str,
    pub there: usize,
}

#[derive(Serialize)]
pub struct SharedTermRow<'a> {
    pub here: &'a str,
    pub here_count: usize,
    pub there: &'a str,
    pub there_count: usize,
}

impl<'a> RelatedArticle<'a> {
    /// `entities` holds every entity the ranking shares.
    pub fn new(related: &'a Related, article: &'a ArticleMeta<'_>, entities: &'a Entities<'_>) -> Self {
        let shared: Vec<(&EntityView, usize, usize)> =
            related.shared.iter().filter_map(|s| Some((entities.get(&s.entity)?, s.here, s.there))).collect();
        RelatedArticle {
            file: &article.id,
            lang: article.language.code(),
            score: (related.score * 1000.0).round() / 1000.0,
            shared: shared.iter().map(|(e, _, _)| e.name.as_ref()).collect(),
            shared_counts: shared
                .iter()
                .map(|&(e, here, there)| SharedCount { entity: &e.id.0, here, name: &e.name, there })
                .collect(),
            shared_terms: related
                .shared_terms
                .iter()
                .map(|t| SharedTermRow {
                    here: &t.here,
                    here_count: t.here_count,
                    there: &t.there,
                    there_count: t.there_count,
                })
                .collect(),
            terms: &related.terms,
            title: &article.title,
        }
    }
}

#[cfg(test)]
mod tests {
    //! The README's "JSON output" table against these types, on the seeds.

    use std::collections::{BTreeMap, BTreeSet};
    use std::sync::atomic::AtomicBool;

    use serde_json::Value;

    use super::*;
    use korpus::search::SearchSession;
    use korpus::store::SearchRequest;

    /// Each documented key path (`related.shared_counts.here`; arrays are
    /// looked through) and whether every row has it.
    type Shape = BTreeMap<String, bool>;

    /// The table's rows: command → documented shape.
    fn documented() -> BTreeMap<String, Shape> {
        let readme = include_str!("../../README.md");
        let section = readme.split("### JSON output").nth(1).expect("README has a JSON output section");
        let section = section.split("\n#").next().unwrap_or(section);
        let mut shapes = BTreeMap::new();
        for line in section.lines().filter(|l| l.starts_with("| `")) {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let command = cells[1].trim_matches('`').to_owned();
            shapes.insert(command, parse_shape(cells[2].trim_matches('`')));
        }
        shapes
    }

    /// Reads `{"a","b":[{"c"}],"d"?}`: a quoted key, an optional `?`, and
    /// the objects nested under the last key; everything else is layout.
    fn parse_shape(text: &str) -> Shape {
        let mut shape = Shape::new();
        let mut prefixes: Vec<String> = Vec::new();
        let mut last_key = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => {
                    let key: String = chars.by_ref().take_while(|&c| c != '"').collect();
                    let optional = chars.peek() == Some(&'?');
                    last_key = match prefixes.last() {
                        Some(p) if !p.is_empty() => format!("{p}.{key}"),
                        _ => key,
                    };
                    shape.insert(last_key.clone(), !optional);
                }
                // the outermost object is the row; a nested one belongs to the key before it
                '{' => prefixes.push(if prefixes.is_empty() { String::new() } else { last_key.clone() }),
                '}' => {
                    prefixes.pop();
                }
                _ => {}
            }
        }
        shape
    }

    /// The key paths of real rows, and whether every object at that place has the key.
    fn observed(rows: &[Value]) -> Shape {
        fn walk(
            value: &Value,
            prefix: &str,
            seen: &mut BTreeMap<String, (usize, usize)>,
            objects: &mut BTreeMap<String, usize>,
        ) {
            match value {
                Value::Object(map) => {
                    *objects.entry(prefix.to_owned()).or_default() += 1;
                    for (key, inner) in map {
                        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                        seen.entry(path.clone()).or_default().0 += 1;
                        walk(inner, &path, seen, objects);
                    }
                }
                Value::Array(items) => items.iter().for_each(|item| walk(item, prefix, seen, objects)),
                _ => {}
            }
        }
        let (mut seen, mut objects) = (BTreeMap::new(), BTreeMap::new());
        for row in rows {
            walk(row, "", &mut seen, &mut objects);
        }
        seen.into_iter()
            .map(|(path, (count, _))| {
                let parent = path.rsplit_once('.').map_or("", |(p, _)| p);
                let always = count == objects[parent];
                (path, always)
            })
            .collect()
    }

    fn value<T: Serialize>(row: &T) -> Value {
        serde_json::to_value(row).unwrap()
    }

    fn rows_of_every_command() -> BTreeMap<String, Vec<Value>> {
        let (store, _) = korpus::open::open_store(None, None, &mut korpus::open::Quiet).unwrap();
        let store = store.as_ref();
        let articles: Vec<_> = (0..store.len()).map(|a| store.article(a).unwrap()).collect();
        let all_entities: Entities = (0..store.entity_count()).map(|e| (e, store.entity(e).unwrap())).collect();
        let mut rows = BTreeMap::new();
        rows.insert("list".into(), articles.iter().map(|a| value(&ArticleRow::new(a))).collect());
        let texts: Vec<_> = (0..store.len()).map(|a| store.text(a).unwrap()).collect();
        rows.insert("show".into(), articles.iter().zip(&texts).map(|(a, t)| value(&ArticleText::new(a, t))).collect());
        let mut hits = Vec::new();
        for query in ["pyongyang", "lavrov", "korea"] {
            let request = SearchRequest::new(query, 50);
            let found = store.search(&mut SearchSession::default(), &request, &AtomicBool::new(false), &mut |_| {});
            for hit in found.unwrap() {
                let entity = hit.entity.and_then(|e| all_entities.get(&e));
                hits.push(value(&HitRow::new(&hit, &articles[hit.article], entity)));
            }
        }
        rows.insert("search".into(), hits);
        let mentions = (0..articles.len())
            .map(|a| {
                let mentions = store.mentions(a).unwrap();
                value(&ArticleMentions::new(&articles[a], &texts[a], &mentions, &all_entities))
            })
            .collect();
        rows.insert("entities".into(), mentions);
        let index = (0..store.entity_count())
            .map(|e| {
                let places = store.entity_articles(e).unwrap();
                value(&EntityRow::new(&all_entities[&e], &places, |a| &articles[a].id))
            })
            .collect();
        rows.insert("entities --index".into(), index);
        let related = (0..articles.len())
            .map(|a| {
                let found = store.related(a, 10, false).unwrap();
                let related =
                    found.iter().map(|r| RelatedArticle::new(r, &articles[r.article], &all_entities)).collect();
                value(&RelatedRow { file: &articles[a].id, related })
            })
            .collect();
        rows.insert("related".into(), related);
        rows
    }

    #[test]
    fn readme_json_table_names_every_key_of_every_row_type() {
        let documented = documented();
        let rows = rows_of_every_command();
        assert_eq!(documented.keys().collect::<Vec<_>>(), rows.keys().collect::<Vec<_>>(), "commands in the table");
        for (command, rows) in &rows {
            assert!(!rows.is_empty(), "{command}: the seeds give rows");
            assert_eq!(observed(rows), documented[command], "{command}: README shape (path → in every row)");
        }
    }

    #[test]
    fn shape_reader_sees_nesting_and_optional_keys() {
        let shape = parse_shape(r#"{"a","b":[{"c","d"?}],"e"?,"f":[[s,e]…]}"#);
        let expected: Shape = [("a", true), ("b", true), ("b.c", true), ("b.d", false), ("e", false), ("f", true)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        assert_eq!(shape, expected);
        let keys: BTreeSet<_> =
            observed(&[serde_json::json!({"a": 1, "b": [{"c": 1}, {"c": 2, "d": 3}]})]).into_iter().collect();
        assert!(keys.contains(&("b.d".to_owned(), false)) && keys.contains(&("b.c".to_owned(), true)));
    }
}
