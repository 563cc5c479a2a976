//! The storage interface served by a cluster: every answer is a query to the
//! `Distributed` tables, and what korpus ranks (related articles, search
//! hits) is ranked by the same code as the embedded index, over candidates
//! the shards select.
//!
//! - lists and facets: scans and `GROUP BY` over `articles`;
//! - an article's text and mentions: primary-key lookups (`ORDER BY article`);
//! - entity cards and the top entities: aggregations over `entity_articles`;
//! - related: the shards score every article sharing a feature with the
//!   selected one (`postings`, a cosine in SQL), korpus takes the best few
//!   times the limit and ranks them again exactly with their stored vectors;
//! - search: every shard selects the lines the matcher would score and sends
//!   its best few by a bound on the score (`search.rs`); korpus ranks the
//!   union with the same matcher, and asks a shard for more only when what it
//!   left out could still rank. A stale search is killed on the shards by its query id.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use super::ingest::{entity_kind_code, kind_code, sql_string};
use super::rowbinary::{DecodeError, RowReader};
use super::{Cluster, ClusterAddress, ClusterError, schema, search};
use crate::corpus::LoadWarning;
use crate::entities::{EntityId, EntityKind, Mention};
use crate::lang::{Language, Script};
use crate::related::{Related, RelatedIndex, StoredEntry, StoredVector};
use crate::search::{CandidateLine, CandidateName, Hit, HitKind, Query, Scope, SearchIndex, SearchSession};
use crate::store::{
    ArticleFacet, ArticleMeta, DatedCount, EntityView, SearchRequest, Store, StoreError, StoreResult, Text,
};

/// Article descriptions fetched per query when the list asks for them.
const PAGE: usize = 4096;

/// One article's description as the cluster holds it.
#[derive(Debug, Clone)]
struct StoredMeta {
    id: String,
    title: String,
    language: Language,
    script: Script,
    bytes: usize,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

/// The candidates of the last search, kept so a query that only grew is
/// filtered here instead of asked of the shards again.
struct LastSearch {
    query: String,
    scope: Scope,
    lines: Vec<(u32, u32, CandidateLine)>,
    names: Vec<(u32, CandidateName)>,
}

pub struct ClickHouseStore {
    cluster: Cluster,
    name: String,
    articles: usize,
    entities: usize,
    pages: Vec<OnceLock<Vec<StoredMeta>>>,
    last_search: Mutex<Option<LastSearch>>,
    /// The text last asked for: a view asks for the selected article's text again and again.
    last_text: Mutex<Option<(usize, Arc<str>)>>,
    search_number: AtomicU64,
    search_stats: Mutex<SearchStats>,
}

/// What the last search asked of the shards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SearchStats {
    /// Rounds of questions to the shards (0: filtered from the search before).
    pub rounds: usize,
    /// Matching lines the shards sent, and matching lines they hold.
    pub lines_sent: u64,
    pub lines_matched: u64,
    /// Answered by the word tier (no scan but the count's).
    pub by_words: bool,
}

fn unavailable(e: ClusterError) -> StoreError {
    StoreError::Unavailable { source_name: "ClickHouse".into(), reason: e.to_string() }
}

impl ClickHouseStore {
    /// Connect and check the corpus is there, complete, in this schema version.
    pub fn open(address: &ClusterAddress) -> Result<ClickHouseStore, ClusterError> {
        let cluster = Cluster::connect(address)?;
        // a shard down fails the queries below with the query server's words: name the shard
        if let Some(down) = cluster.shards_down(super::SHARD_NEEDED).into_iter().next() {
            return Err(down);
        }
        schema::check(&cluster)?;
        let db = &cluster.address.database;
        let text = |sql: &str| cluster.on_query_server(|server| cluster.http.query_text(server, sql));
        let merged = text(&format!("SELECT articles, corpus FROM {db}.merges FORMAT TSV"))?;
        let slices = text(&format!("SELECT corpus FROM {db}.slices LIMIT 1 FORMAT TSV"))?;
        let Some((count, identity)) = merged.lines().next().and_then(|l| l.split_once('\t')) else {
            return Err(ClusterError::Schema(format!(
                "the corpus in {} is not complete: its slices are not merged yet (`korpus index --to … --merge`)",
                address.display_name()
            )));
        };
        if identity != slices.trim() {
            return Err(ClusterError::Schema(format!(
                "the corpus in {} was written again after its last merge: run `korpus index --to … --merge`",
                address.display_name()
            )));
        }
        let articles: usize = count.parse().unwrap_or(0);
        let stored = text(&format!("SELECT count() FROM {}", cluster.table("articles")))?;
        if stored.trim().parse::<usize>().ok() != Some(articles) {
            return Err(ClusterError::Schema(format!(
                "{} holds {} articles, its merge {articles}: a shard is missing data or a slice was written twice",
                address.display_name(),
                stored.trim()
            )));
        }
        let entities = text(&format!("SELECT count() FROM {}", cluster.table("entities")))?;
        let entities = entities.trim().parse().unwrap_or(0);
        Ok(ClickHouseStore {
            name: address.display_name(),
            pages: (0..articles.div_ceil(PAGE)).map(|_| OnceLock::new()).collect(),
            cluster,
            articles,
            entities,
            last_search: Mutex::new(None),
            last_text: Mutex::new(None),
            search_number: AtomicU64::new(0),
            search_stats: Mutex::new(SearchStats::default()),
        })
    }

    fn shard_down(&self, shard: usize, error: ClusterError, then: &str) -> ClusterError {
        self.cluster.shard_down(shard, error, then)
    }

    /// What the last search asked of the shards (for tests and measurements).
    pub fn last_search_stats(&self) -> SearchStats {
        *self.search_stats.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn table(&self, name: &str) -> String {
        self.cluster.table(name)
    }

    /// Run a query and decode its RowBinary rows with `row`.
    fn rows<T>(&self, sql: &str, row: impl FnMut(&mut RowReader<'_>) -> Result<T, DecodeError>) -> StoreResult<Vec<T>> {
        self.rows_with(sql, &[], row)
    }

    /// [`Self::rows`] with settings for the query.
    fn rows_with<T>(
        &self,
        sql: &str,
        settings: &[(&str, &str)],
        mut row: impl FnMut(&mut RowReader<'_>) -> Result<T, DecodeError>,
    ) -> StoreResult<Vec<T>> {
        let sql = format!("{sql} FORMAT RowBinary");
        let (server, bytes) = self
            .cluster
            .on_query_server(|server| Ok((server.clone(), self.cluster.http.query(server, &sql, settings)?)))
            .map_err(unavailable)?;
        let mut reader = RowReader::new(&bytes);
        let mut out = Vec::new();
        while !reader.is_done() {
            out.push(row(&mut reader).map_err(|e| unavailable(ClusterError::bad_answer(&server, &bytes, e)))?);
        }
        Ok(out)
    }

    fn check_article(&self, article: usize) -> StoreResult<()> {
        if article < self.articles { Ok(()) } else { Err(StoreError::NoArticle(article)) }
    }

    fn check_entity(&self, entity: usize) -> StoreResult<()> {
        if entity < self.entities { Ok(()) } else { Err(StoreError::NoEntity(entity)) }
    }

    fn page(&self, page: usize) -> StoreResult<&Vec<StoredMeta>> {
        let cell = self.pages.get(page).ok_or(StoreError::NoArticle(page * PAGE))?;
        if let Some(rows) = cell.get() {
            return Ok(rows);
        }
        let (from, to) = (page * PAGE, ((page + 1) * PAGE).min(self.articles));
        let rows = self.rows(
            &format!(
                "SELECT id, title, lang, script, bytes, date, url, source FROM {} \
                 WHERE article >= {from} AND article < {to} ORDER BY article",
                self.table("articles")
            ),
            |r| {
                Ok(StoredMeta {
                    id: r.string()?,
                    title: r.string()?,
                    language: Language::from_code(r.str()?),
                    script: script_of(r.str()?),
                    bytes: r.u64()? as usize,
                    date: r.nullable_string()?,
                    url: r.nullable_string()?,
                    source: r.nullable_string()?,
                })
            },
        )?;
        if rows.len() != to - from {
            return Err(StoreError::Unavailable {
                source_name: self.name.clone(),
                reason: format!("articles {from}..{to} are incomplete: is a shard missing data?"),
            });
        }
        Ok(cell.get_or_init(|| rows))
    }

    fn vectors(&self, articles: &[usize]) -> StoreResult<HashMap<usize, StoredVector>> {
        let list = join_numbers(articles.iter().copied());
        let rows = self.rows(
            &format!(
                "SELECT article, feature, weight, count, surface, entity, norm, language FROM {} \
                 WHERE article IN ({list}) ORDER BY article, feature",
                self.table("vectors")
            ),
            |r| {
                let article = r.u32()? as usize;
                let entry = StoredEntry {
                    feature: r.u32()?,
                    weight: r.f32()?,
                    count: r.u32()?,
                    surface: r.string()?,
                    entity: usize::try_from(r.i64()?).ok(),
                };
                Ok((article, entry, r.f32()?, r.u32()?))
            },
        )?;
        let mut out: HashMap<usize, StoredVector> = HashMap::new();
        for (article, entry, norm, language) in rows {
            out.entry(article)
                .or_insert_with(|| StoredVector { norm, language, entries: Vec::new() })
                .entries
                .push(entry);
        }
        Ok(out)
    }
}

fn script_of(code: &str) -> Script {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).unwrap_or(Script::Other)
}

fn join_numbers(numbers: impl Iterator<Item = usize>) -> String {
    numbers.map(|n| n.to_string()).collect::<Vec<_>>().join(",")
}

fn entity_kind_of(code: u8) -> EntityKind {
    match code {
        0 => EntityKind::Person,
        2 => EntityKind::Organization,
        _ => EntityKind::Location,
    }
}

pub(super) fn hit_kind_of(code: u8) -> HitKind {
    match code {
        0 => HitKind::Title,
        1 => HitKind::Entity,
        _ => HitKind::Text,
    }
}

fn scope_sql(scope: Scope) -> String {
    match scope {
        Scope::All => "1".into(),
        Scope::Only(kind) => format!("kind = {}", kind_code(kind)),
    }
}

impl Store for ClickHouseStore {
    fn name(&self) -> &str {
        &self.name
    }

    fn warnings(&self) -> &[LoadWarning] {
        &[]
    }

    fn len(&self) -> usize {
        self.articles
    }

    fn article(&self, article: usize) -> StoreResult<ArticleMeta<'_>> {
        self.check_article(article)?;
        let m = self.page(article / PAGE)?.get(article % PAGE).ok_or(StoreError::NoArticle(article))?;
        Ok(ArticleMeta {
            id: Cow::Borrowed(&m.id),
            title: Cow::Borrowed(&m.title),
            language: Cow::Borrowed(&m.language),
            script: m.script,
            bytes: m.bytes,
            date: m.date.as_deref().map(Cow::Borrowed),
            url: m.url.as_deref().map(Cow::Borrowed),
            source: m.source.as_deref().map(Cow::Borrowed),
        })
    }

    fn text(&self, article: usize) -> StoreResult<Text<'_>> {
        self.check_article(article)?;
        let mut last = self.last_text.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((number, text)) = last.as_ref()
            && *number == article
        {
            return Ok(Text::Shared(Arc::clone(text)));
        }
        let texts = self
            .rows(&format!("SELECT text FROM {} WHERE article = {article}", self.table("articles")), |r| r.string())?;
        let text: Arc<str> = texts.into_iter().next().ok_or(StoreError::NoArticle(article))?.into();
        *last = Some((article, Arc::clone(&text)));
        Ok(Text::Shared(text))
    }

    fn article_by_id(&self, id: &str) -> StoreResult<Option<usize>> {
        let rows = self.rows(
            &format!(
                "SELECT article FROM {} WHERE id = '{}' ORDER BY article LIMIT 1",
                self.table("articles"),
                sql_string(id)
            ),
            |r| Ok(r.u32()? as usize),
        )?;
        Ok(rows.into_iter().next())
    }

    fn find(&self, key: &str) -> StoreResult<Option<usize>> {
        let key = key.trim();
        let quoted = sql_string(key);
        let rows = self.rows(
            &format!(
                "SELECT article, id = '{quoted}' FROM {} WHERE id = '{quoted}' OR endsWith(id, '/{quoted}') ORDER BY article",
                self.table("articles")
            ),
            |r| Ok((r.u32()? as usize, r.u8()? == 1)),
        )?;
        if let Some(&(article, _)) = rows.iter().find(|(_, exact)| *exact) {
            return Ok(Some(article));
        }
        if rows.len() == 1 {
            return Ok(Some(rows[0].0));
        }
        Ok(match key.parse::<usize>() {
            Ok(n) if n >= 1 && n <= self.articles => Some(n - 1),
            _ => None,
        })
    }

    fn mentions(&self, article: usize) -> StoreResult<Cow<'_, [Mention]>> {
        self.check_article(article)?;
        let mentions = self.rows(
            &format!(
                "SELECT start, end, kind, entity FROM {} WHERE article = {article} ORDER BY start",
                self.table("mentions")
            ),
            |r| Ok(Mention { start: r.u32()?, end: r.u32()?, kind: entity_kind_of(r.u8()?), entity: r.u32()? }),
        )?;
        Ok(Cow::Owned(mentions))
    }

    fn entity_count(&self) -> usize {
        self.entities
    }

    fn entity(&self, entity: usize) -> StoreResult<EntityView<'_>> {
        self.check_entity(entity)?;
        let rows = self.rows(
            &format!("SELECT id, name, kind, variants FROM {} WHERE entity = {entity}", self.table("entities")),
            |r| Ok((r.string()?, r.string()?, r.u8()?, r.str_array()?)),
        )?;
        let Some((id, name, kind, variants)) = rows.into_iter().next() else {
            return Err(StoreError::NoEntity(entity));
        };
        let counts = self.rows(
            &format!("SELECT count(), sum(mentions) FROM {} WHERE entity = {entity}", self.table("entity_articles")),
            |r| Ok((r.u64()?, r.u64()?)),
        )?;
        let (articles, mentions) = counts.first().copied().unwrap_or((0, 0));
        Ok(EntityView {
            id: Cow::Owned(EntityId(id)),
            name: Cow::Owned(name),
            kind: entity_kind_of(kind),
            variants: Cow::Owned(variants),
            articles: articles as usize,
            mentions: mentions as usize,
        })
    }

    fn entity_articles(&self, entity: usize) -> StoreResult<Cow<'_, [(usize, usize)]>> {
        self.check_entity(entity)?;
        let rows = self.rows(
            &format!(
                "SELECT article, mentions FROM {} WHERE entity = {entity} ORDER BY article",
                self.table("entity_articles")
            ),
            |r| Ok((r.u32()? as usize, r.u32()? as usize)),
        )?;
        Ok(Cow::Owned(rows))
    }

    fn entity_position(&self, id: &EntityId) -> StoreResult<Option<usize>> {
        let rows = self.rows(
            &format!("SELECT entity FROM {} WHERE id = '{}' LIMIT 1", self.table("entities"), sql_string(&id.0)),
            |r| Ok(r.u32()? as usize),
        )?;
        Ok(rows.into_iter().next())
    }

    fn top_entities(&self, kind: Option<EntityKind>, limit: usize) -> StoreResult<Vec<usize>> {
        let kind_filter = kind.map(|k| format!("WHERE kind = {}", entity_kind_code(k))).unwrap_or_default();
        let limit = limit.min(u32::MAX as usize);
        self.rows(
            &format!(
                "SELECT entity FROM (SELECT entity, count() AS articles, sum(mentions) AS mentions FROM {} GROUP BY entity) \
                 ANY INNER JOIN (SELECT entity, name, kind FROM {}) USING entity {kind_filter} \
                 ORDER BY articles DESC, mentions DESC, name ASC, entity ASC LIMIT {limit}",
                self.table("entity_articles"),
                self.table("entities")
            ),
            |r| Ok(r.u32()? as usize),
        )
    }

    fn article_counts(&self, facet: ArticleFacet) -> StoreResult<Vec<(String, u64)>> {
        let column = match facet {
            ArticleFacet::Language => "lang",
            ArticleFacet::Script => "script",
        };
        self.rows(
            &format!(
                "SELECT {column} AS value, count() AS n FROM {} GROUP BY value ORDER BY n DESC, value ASC",
                self.table("articles")
            ),
            |r| Ok((r.string()?, r.u64()?)),
        )
    }

    fn dated_counts(&self) -> StoreResult<Vec<DatedCount>> {
        // ordered by each pair's first article, as the corpus meets them
        let counts = self.rows(
            &format!(
                "SELECT date, lang, count() AS n, min(article) AS first FROM {} GROUP BY date, lang ORDER BY first",
                self.table("articles")
            ),
            |r| Ok((r.nullable_string()?, Language::from_code(r.str()?).code().to_owned(), r.u64()?, r.u32()?)),
        )?;
        // two codes the reader takes for one language are counted as one
        Ok(DatedCount::tally(counts.into_iter().map(|(date, language, articles, _)| (date, language, articles))))
    }

    fn related(&self, article: usize, limit: usize, other_languages_only: bool) -> StoreResult<Vec<Related>> {
        self.check_article(article)?;
        let Some(here) = self.vectors(&[article])?.remove(&article) else { return Ok(Vec::new()) };
        if limit == 0 || here.entries.is_empty() {
            return Ok(Vec::new());
        }
        // the shards score every article sharing a feature (a cosine in Float64);
        // the best few times the limit are ranked again here, exactly
        let features = join_numbers(here.entries.iter().map(|e| e.feature as usize));
        let weights: Vec<String> = here.entries.iter().map(|e| format!("{:e}", f64::from(e.weight))).collect();
        let language_filter =
            if other_languages_only { format!("AND language != {}", here.language) } else { String::new() };
        let candidates = limit.saturating_mul(3).max(limit.saturating_add(50)).min(100_000);
        let ranked = self.rows(
            &format!(
                "SELECT article FROM {} WHERE feature IN ({features}) AND article != {article} {language_filter} \
                 GROUP BY article \
                 ORDER BY sum(weight * transform(feature, [{features}], [{}], 0.)) / greatest(any(norm) * {:e}, 1e-30) DESC, \
                 article ASC LIMIT {candidates}",
                self.table("postings"),
                weights.join(","),
                f64::from(here.norm)
            ),
            |r| Ok(r.u32()? as usize),
        )?;
        let mut chosen: Vec<usize> = ranked.into_iter().chain([article]).collect();
        chosen.sort_unstable();
        chosen.dedup();
        let mut vectors = self.vectors(&chosen)?;
        let stored: Vec<StoredVector> = chosen
            .iter()
            .map(|a| vectors.remove(a).unwrap_or(StoredVector { norm: 0.0, language: u32::MAX, entries: Vec::new() }))
            .collect();
        let index = RelatedIndex::from_vectors(&stored);
        let here_local = chosen.binary_search(&article).unwrap_or(0);
        let mut out = index.related_filtered(here_local, limit, other_languages_only);
        for r in &mut out {
            r.article = chosen[r.article];
        }
        Ok(out)
    }

    fn search(
        &self,
        session: &mut SearchSession,
        request: &SearchRequest<'_>,
        cancel: &AtomicBool,
        on_partial: &mut dyn FnMut(Vec<Hit>),
    ) -> StoreResult<Vec<Hit>> {
        let query = Query::parse_with(request.query, request.engine);
        if query.is_empty() || request.limit == 0 {
            return Ok(Vec::new());
        }
        let mut last = self.last_search.lock().unwrap_or_else(|p| p.into_inner());
        let reuse = last.as_ref().is_some_and(|l| {
            l.scope == request.scope && Query::narrows(request.query, &l.query) && !Query::parse(&l.query).is_empty()
        });
        // the session's count of all hits is the caller's; what it remembers of earlier
        // passes is about other candidate indexes, so it starts afresh
        *session = SearchSession::default();
        if let (true, Some(previous)) = (reuse, last.take()) {
            // the last search had every matching line: a query that only grew is filtered here
            let lines: Vec<_> =
                previous.lines.into_iter().filter(|(_, _, l)| query.may_match(l.key.as_bytes())).collect();
            let names: Vec<_> = previous.names.into_iter().filter(|(_, n)| query.may_match(n.key.as_bytes())).collect();
            let hits = self.rank(&query, request, &lines, &names, cancel, session, Shards::All)?;
            let stats = SearchStats { rounds: 0, lines_sent: 0, lines_matched: lines.len() as u64, by_words: false };
            *self.search_stats.lock().unwrap_or_else(|p| p.into_inner()) = stats;
            *last = Some(LastSearch { query: request.query.to_owned(), scope: request.scope, lines, names });
            return Ok(hits);
        }
        let (names, names_failure) = self.matching_names(&query, request.scope);
        let Some((hits, lines, complete)) =
            self.search_shards(&query, request, &names, names_failure, cancel, session, on_partial)?
        else {
            return Ok(Vec::new());
        };
        if complete {
            *last = Some(LastSearch { query: request.query.to_owned(), scope: request.scope, lines, names });
        }
        Ok(hits)
    }
}

/// What the word tier of a search came to.
enum TierOutcome {
    Cancelled,
    /// The hits, final, and the lines they were ranked from.
    Done(Vec<Hit>, CandidateLines),
    /// Lines outside the tier could still rank: scan.
    Unproved,
}

/// The lines the shards sent, in corpus order.
fn union(answered: &[Option<search::ShardLines>]) -> CandidateLines {
    let mut lines: CandidateLines = answered.iter().flatten().flat_map(|a| a.lines.iter().cloned()).collect();
    lines.sort_by_key(|(article, unit, _)| (*article, *unit));
    lines
}

/// The first shard that did not answer, and why.
type ShardFailure = Option<(usize, ClusterError)>;

/// Which shards a query must hear from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shards {
    All,
    /// Those that answer (a partial answer while one is down).
    Up,
}

impl Shards {
    fn settings(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Shards::All => &[],
            Shards::Up => &[("skip_unavailable_shards", "1")],
        }
    }
}

/// An entity's first mention in articles: (article, start, end).
type Places = Vec<(u32, u32, u32)>;

/// (article, unit, line) rows that passed the prefilter.
type CandidateLines = Vec<(u32, u32, CandidateLine)>;

impl ClickHouseStore {
    /// The entity names (every variant) a query matches, in variant order,
    /// asked of every shard; and the first shard that did not answer.
    fn matching_names(&self, query: &Query, scope: Scope) -> (Vec<(u32, CandidateName)>, ShardFailure) {
        let mut names = Vec::new();
        let mut failure = None;
        if !matches!(scope, Scope::All | Scope::Only(HitKind::Entity)) {
            return (names, failure);
        }
        let sql = format!(
            "SELECT variant, entity, key, text FROM {} WHERE {} FORMAT RowBinary",
            self.cluster.local_table("entity_keys"),
            search::matches_sql(query, "key")
        );
        // every shard at once: the names come before any line can be ranked
        let sql = sql.as_str();
        let answers: Vec<_> = std::thread::scope(|scope| {
            let asking: Vec<_> =
                (0..self.cluster.shards.len()).map(|shard| scope.spawn(move || self.shard_names(shard, sql))).collect();
            asking.into_iter().enumerate().map(|(shard, ask)| (shard, ask.join())).collect()
        });
        for (shard, answer) in answers {
            match answer {
                Ok(Ok(rows)) => names.extend(rows),
                Ok(Err(e)) => {
                    failure.get_or_insert((shard, e));
                }
                Err(_) => {
                    let e = ClusterError::Ingest(format!("reading shard {}'s entity names failed", shard + 1));
                    failure.get_or_insert((shard, e));
                }
            }
        }
        names.sort_by_key(|(variant, _)| *variant);
        (names, failure)
    }

    /// One shard's entity names that `sql` selects.
    fn shard_names(&self, shard: usize, sql: &str) -> Result<Vec<(u32, CandidateName)>, ClusterError> {
        self.cluster.on_shard(shard, |server| {
            let bytes = self.cluster.http.query(server, sql, &[])?;
            let mut reader = RowReader::new(&bytes);
            let mut rows = Vec::new();
            while !reader.is_done() {
                let mut row = || {
                    let variant = reader.u32()?;
                    Ok((
                        variant,
                        CandidateName { entity: reader.u32()?, key: reader.string()?, text: reader.string()? },
                    ))
                };
                rows.push(row().map_err(|e| ClusterError::bad_answer(server, &bytes, e))?);
            }
            Ok(rows)
        })
    }

    /// Every shard sends its best lines by the score bound (`search.rs`),
    /// korpus ranks their union, and asks again, for more, only the shards
    /// whose left-out lines could still be among the best `limit`; the last
    /// round takes all of a shard's matching lines. Partial results go out
    /// as each shard answers. `None` when cancelled; else the hits, the
    /// lines ranked, and whether they are every matching line.
    #[allow(clippy::too_many_arguments)]
    fn search_shards(
        &self,
        query: &Query,
        request: &SearchRequest<'_>,
        names: &[(u32, CandidateName)],
        names_failure: ShardFailure,
        cancel: &AtomicBool,
        session: &mut SearchSession,
        on_partial: &mut dyn FnMut(Vec<Hit>),
    ) -> StoreResult<Option<(Vec<Hit>, CandidateLines, bool)>> {
        if request.scope == Scope::Only(HitKind::Entity) {
            if let Some((shard, e)) = names_failure {
                let mut scratch_session = SearchSession::default();
                if let Ok(partial) = self.rank(query, request, &[], names, cancel, &mut scratch_session, Shards::Up) {
                    on_partial(partial);
                }
                return Err(unavailable(self.shard_down(shard, e, "the hits shown come from the other shards")));
            }
            return Ok(Some((self.rank(query, request, &[], names, cancel, session, Shards::All)?, Vec::new(), true)));
        }
        let filter = format!("{} AND {}", scope_sql(request.scope), search::matches_sql(query, "key"));
        let bound = search::bound_sql(query);
        let table = self.cluster.local_table("lines");
        // enough beyond the limit that the last hit usually beats what is left out
        let first = request.limit.saturating_add(request.limit.max(100));
        let limits = match bound {
            Some(_) => vec![Some(first), Some(first.saturating_mul(16)), None],
            None => vec![None],
        };
        if names_failure.is_none()
            && let Some(tier) = search::word_tier(query)
        {
            let asked = (table.as_str(), filter.as_str(), first);
            match self.search_tier(query, request, names, Arc::new(tier), asked, cancel, session, on_partial)? {
                TierOutcome::Cancelled => return Ok(None),
                TierOutcome::Done(hits, lines) => return Ok(Some((hits, lines, false))),
                TierOutcome::Unproved => {}
            }
        }
        let mut answered: Vec<Option<search::ShardLines>> = self.cluster.shards.iter().map(|_| None).collect();
        let mut asking: Vec<usize> = (0..self.cluster.shards.len()).collect();
        let mut names_failure = names_failure;
        for (round_number, limit) in limits.into_iter().enumerate() {
            let query_id = self.next_query_id();
            let round = search::Round {
                cluster: &self.cluster,
                lines_table: &table,
                filter: &filter,
                bound: bound.as_deref(),
                limit,
                query_id: &query_id,
                ask: search::Ask::Lines,
            };
            let mut failure: Option<(usize, ClusterError)> = names_failure.take();
            let mut waiting = asking.len();
            let finished = round.run(&asking, cancel, &mut |answer| {
                waiting -= 1;
                match answer {
                    Ok(lines) => {
                        let shard = lines.shard;
                        answered[shard] = Some(lines);
                        if waiting > 0 && failure.is_none() {
                            let so_far = union(&answered);
                            let mut scratch_session = SearchSession::default();
                            if let Ok(partial) =
                                self.rank(query, request, &so_far, names, cancel, &mut scratch_session, Shards::All)
                            {
                                on_partial(partial);
                            }
                        }
                    }
                    Err((shard, e)) => {
                        failure.get_or_insert((shard, e));
                    }
                }
            });
            if !finished {
                return Ok(None);
            }
            if let Some((shard, e)) = failure {
                // what the shards that answered hold, shown; the missing one named
                let so_far = union(&answered);
                if let Ok(partial) =
                    self.rank(query, request, &so_far, names, cancel, &mut SearchSession::default(), Shards::Up)
                {
                    on_partial(partial);
                }
                return Err(unavailable(self.shard_down(shard, e, "the hits shown come from the other shards")));
            }
            let lines = union(&answered);
            // each round ranks another candidate index: nothing of the last one's session applies
            *session = SearchSession::default();
            let hits = self.rank(query, request, &lines, names, cancel, session, Shards::All)?;
            let last_hit = hits.get(request.limit.saturating_sub(1)).map(|h| (h.score, h.article));
            asking.retain(|shard| {
                let cut = answered[*shard].as_ref().and_then(|a| a.cut);
                cut.is_some_and(|cut| !search::cut_is_safe(cut, last_hit))
            });
            if asking.is_empty() || limit.is_none() {
                let matched: u64 = answered.iter().flatten().map(|a| a.matched).sum();
                let complete = answered.iter().flatten().all(|a| a.cut.is_none());
                // the lines left on the shards count too
                session.set_total(session.total().saturating_sub(lines.len()) + matched as usize);
                let stats = SearchStats {
                    rounds: round_number + 1,
                    lines_sent: lines.len() as u64,
                    lines_matched: matched,
                    by_words: false,
                };
                tracing::debug!(query = request.query, ?stats, "search on the shards");
                *self.search_stats.lock().unwrap_or_else(|p| p.into_inner()) = stats;
                return Ok(Some((hits, lines, complete)));
            }
            // the best so far while the shards that cut too early are asked again
            on_partial(hits);
        }
        Ok(None)
    }

    fn next_query_id(&self) -> String {
        let number = self.search_number.fetch_add(1, Ordering::Relaxed);
        format!("korpus-search-{}-{number}", std::process::id())
    }

    /// The word tier first (`search.rs`: lines where every needle begins a
    /// word, from the `words` table, no scan): ranked and shown at once, and
    /// final when its best `limit` hits beat every line outside it; then
    /// only the count of all matching lines is asked of the shards.
    /// `asked`: the lines table, `scope AND matches`, lines per shard.
    #[allow(clippy::too_many_arguments)]
    fn search_tier(
        &self,
        query: &Query,
        request: &SearchRequest<'_>,
        names: &[(u32, CandidateName)],
        tier: Arc<search::WordTier>,
        asked: (&str, &str, usize),
        cancel: &AtomicBool,
        session: &mut SearchSession,
        on_partial: &mut dyn FnMut(Vec<Hit>),
    ) -> StoreResult<TierOutcome> {
        let (lines_table, filter, limit) = asked;
        let shards: Vec<usize> = (0..self.cluster.shards.len()).collect();
        let mut answered: Vec<Option<search::ShardLines>> = shards.iter().map(|_| None).collect();
        let mut failed = false;
        let round = |ask, query_id: &str| {
            let round = search::Round {
                cluster: &self.cluster,
                lines_table,
                filter,
                bound: None,
                limit: Some(limit),
                query_id,
                ask,
            };
            let mut answers = Vec::new();
            let finished = round.run(&shards, cancel, &mut |answer| answers.push(answer));
            finished.then_some(answers)
        };
        let words_table = self.cluster.local_table("words");
        let ask = search::Ask::Tier { tier, words_table, scope: scope_sql(request.scope) };
        let Some(answers) = round(ask, &self.next_query_id()) else { return Ok(TierOutcome::Cancelled) };
        for answer in answers {
            match answer {
                Ok(lines) => {
                    let shard = lines.shard;
                    answered[shard] = Some(lines);
                }
                // the scan that follows names what is missing
                Err(_) => failed = true,
            }
        }
        if failed {
            return Ok(TierOutcome::Unproved);
        }
        let lines = union(&answered);
        *session = SearchSession::default();
        let hits = self.rank(query, request, &lines, names, cancel, session, Shards::All)?;
        let last_hit = hits.get(request.limit.saturating_sub(1)).map(|h| (h.score, h.article));
        let proved = answered.iter().flatten().all(|a| a.cut.is_some_and(|cut| search::cut_is_safe(cut, last_hit)));
        if !hits.is_empty() {
            on_partial(hits.clone());
        }
        if !proved {
            *session = SearchSession::default();
            return Ok(TierOutcome::Unproved);
        }
        let Some(counts) = round(search::Ask::Count, &self.next_query_id()) else {
            return Ok(TierOutcome::Cancelled);
        };
        let mut matched = 0u64;
        for count in counts {
            match count {
                Ok(count) => matched += count.matched,
                Err(_) => {
                    *session = SearchSession::default();
                    return Ok(TierOutcome::Unproved);
                }
            }
        }
        // every line of the tier is a hit; the lines left on the shards count too
        session.set_total(session.total().saturating_sub(lines.len()) + matched as usize);
        let stats = SearchStats { rounds: 1, lines_sent: lines.len() as u64, lines_matched: matched, by_words: true };
        tracing::debug!(query = request.query, ?stats, "search on the shards' word tier");
        *self.search_stats.lock().unwrap_or_else(|p| p.into_inner()) = stats;
        Ok(TierOutcome::Done(hits, lines))
    }

    /// Rank candidates with the embedded search's own code, over an index of
    /// the candidates alone (numbered densely, in corpus order).
    #[allow(clippy::too_many_arguments)]
    fn rank(
        &self,
        query: &Query,
        request: &SearchRequest<'_>,
        lines: &[(u32, u32, CandidateLine)],
        names: &[(u32, CandidateName)],
        cancel: &AtomicBool,
        session: &mut SearchSession,
        shards: Shards,
    ) -> StoreResult<Vec<Hit>> {
        let limit = request.limit;
        // entities that matched, and where each is first mentioned in its first `limit` articles
        let mut scratch = crate::search::Scratch::default();
        let mut matched_entities: Vec<u32> = names
            .iter()
            .filter(|(_, n)| query.score(&mut scratch, &n.key, None).is_some())
            .map(|(_, n)| n.entity)
            .collect();
        matched_entities.sort_unstable();
        matched_entities.dedup();
        let (places, all_places) = self.places(&matched_entities, limit, shards)?;
        // dense numbers: articles and entities in their corpus order
        let mut articles: Vec<u32> = lines.iter().map(|(a, _, _)| *a).collect();
        articles.extend(places.iter().flatten().map(|p| p.0));
        articles.sort_unstable();
        articles.dedup();
        let local_article = |a: u32| articles.binary_search(&a).unwrap_or(0) as u32;
        let local_lines: Vec<CandidateLine> =
            lines.iter().map(|(_, _, l)| CandidateLine { article: local_article(l.article), ..l.clone() }).collect();
        let local_names: Vec<CandidateName> = names
            .iter()
            .filter_map(|(_, n)| {
                let entity = matched_entities.binary_search(&n.entity).ok()? as u32;
                Some(CandidateName { entity, ..n.clone() })
            })
            .collect();
        let local_places: Vec<Vec<(u32, u32, u32)>> =
            places.iter().map(|list| list.iter().map(|&(a, s, e)| (local_article(a), s, e)).collect()).collect();
        let index = SearchIndex::from_candidates(&local_lines, &local_names, &local_places);
        // texts are fetched for the final hits only: a first pass ranks without them
        let empty = crate::corpus::Corpus::default();
        let ranked = index.search_with(
            &empty,
            session,
            request.query,
            request.engine,
            request.scope,
            limit,
            cancel,
            &mut |_| {},
        );
        // the pass counted the places it was given; every article of a matched entity counts
        let given: usize = places.iter().map(Vec::len).sum();
        session.set_total(session.total().saturating_sub(given) + all_places);
        let global = |h: &Hit| (articles[h.article], h.entity.map(|e| matched_entities[e]));
        // the second pass: the hits' units alone, with their articles' texts, for highlights
        let hit_articles: Vec<u32> = {
            let mut v: Vec<u32> = ranked.iter().map(|h| articles[h.article]).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let texts = self.texts(&hit_articles, shards)?;
        let small_local = |a: u32| hit_articles.binary_search(&a).unwrap_or(0) as u32;
        let line_hits: HashMap<(usize, usize, HitKind), &str> = {
            let wanted: std::collections::HashSet<(usize, usize, HitKind)> =
                ranked.iter().filter(|h| h.entity.is_none()).map(|h| (h.article, h.start, h.kind)).collect();
            local_lines
                .iter()
                .map(|l| ((l.article as usize, l.start as usize, l.kind), l.key.as_str()))
                .filter(|(k, _)| wanted.contains(k))
                .collect()
        };
        let kept_lines: Vec<CandidateLine> = ranked
            .iter()
            .filter(|h| h.entity.is_none())
            .map(|h| {
                let key = line_hits.get(&(h.article, h.start, h.kind)).map(|k| (*k).to_owned()).unwrap_or_default();
                CandidateLine {
                    article: small_local(articles[h.article]),
                    start: h.start as u32,
                    end: h.end as u32,
                    kind: h.kind,
                    key,
                }
            })
            .collect();
        let hit_entities: Vec<usize> = {
            let mut v: Vec<usize> = ranked.iter().filter_map(|h| h.entity).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let kept_names: Vec<CandidateName> = local_names
            .iter()
            .filter_map(|n| {
                let e = hit_entities.binary_search(&(n.entity as usize)).ok()? as u32;
                Some(CandidateName { entity: e, ..n.clone() })
            })
            .collect();
        let kept_places: Vec<Vec<(u32, u32, u32)>> = hit_entities
            .iter()
            .map(|&e| {
                ranked
                    .iter()
                    .filter(|h| h.entity == Some(e))
                    .map(|h| (small_local(articles[h.article]), h.start as u32, h.end as u32))
                    .collect()
            })
            .collect();
        let small = SearchIndex::from_candidates(&kept_lines, &kept_names, &kept_places);
        let corpus = crate::corpus::Corpus {
            name: String::new(),
            articles: hit_articles
                .iter()
                .map(|a| {
                    let text = texts.get(a).cloned().unwrap_or_default();
                    crate::Article {
                        id: String::new(),
                        title: String::new(),
                        title_span: (0, 0),
                        text,
                        language: Language::Unknown,
                        script: Script::Other,
                        date: None,
                        url: None,
                        source: None,
                    }
                })
                .collect(),
            warnings: Vec::new(),
        };
        let mut hits = small.search_with(
            &corpus,
            &mut SearchSession::default(),
            request.query,
            request.engine,
            request.scope,
            limit,
            cancel,
            &mut |_| {},
        );
        let expected: Vec<_> = ranked.iter().map(global).collect();
        for h in &mut hits {
            h.article = hit_articles[h.article] as usize;
            h.entity = h.entity.map(|e| matched_entities[hit_entities[e]] as usize);
        }
        let got: Vec<_> = hits.iter().map(|h| (h.article as u32, h.entity.map(|e| e as u32))).collect();
        if got != expected {
            return Err(StoreError::Damaged("search ranking changed between passes".into()));
        }
        Ok(hits)
    }

    /// Each entity's first mention in each of its first `limit` articles, in
    /// article order; and how many articles mention them in all.
    fn places(&self, entities: &[u32], limit: usize, shards: Shards) -> StoreResult<(Vec<Places>, usize)> {
        let mut out: Vec<Places> = vec![Vec::new(); entities.len()];
        if entities.is_empty() {
            return Ok((out, 0));
        }
        let all = self.rows_with(
            &format!(
                "SELECT count() FROM {} WHERE entity IN ({})",
                self.table("entity_articles"),
                join_numbers(entities.iter().map(|&e| e as usize))
            ),
            shards.settings(),
            |r| r.u64(),
        )?;
        let rows = self.rows_with(
            &format!(
                "SELECT entity, article, min(start) AS first, argMin(end, start) FROM {} WHERE entity IN ({}) \
                 GROUP BY entity, article ORDER BY entity, article LIMIT {} BY entity",
                self.table("mentions"),
                join_numbers(entities.iter().map(|&e| e as usize)),
                limit.min(u32::MAX as usize)
            ),
            shards.settings(),
            |r| Ok((r.u32()?, r.u32()?, r.u32()?, r.u32()?)),
        )?;
        for (entity, article, start, end) in rows {
            if let Ok(i) = entities.binary_search(&entity) {
                out[i].push((article, start, end));
            }
        }
        Ok((out, all.first().copied().unwrap_or(0) as usize))
    }

    fn texts(&self, articles: &[u32], shards: Shards) -> StoreResult<HashMap<u32, String>> {
        if articles.is_empty() {
            return Ok(HashMap::new());
        }
        let rows = self.rows_with(
            &format!(
                "SELECT article, text FROM {} WHERE article IN ({})",
                self.table("articles"),
                join_numbers(articles.iter().map(|&a| a as usize))
            ),
            shards.settings(),
            |r| Ok((r.u32()?, r.string()?)),
        )?;
        Ok(rows.into_iter().collect())
    }
}
