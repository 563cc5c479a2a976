//! One search pass, over any store of search keys: the in-memory index while
//! a corpus is being analysed, the index file afterwards. Both answer the
//! same questions ([`SearchData`]), so both give the same hits.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{
    Hit, HitKind, KEY_END, Place, Query, Request, SHARED_BIT, Scope, Scratch, SearchSession, TITLE_BIT, highlight,
};
use crate::parallel::{map_chunks, threads};
use crate::store::{StoreResult, Text};

/// Units scored per chunk; partial results may be published after each.
const CHUNK: usize = 1 << 15;
/// How often partial results are published while a pass runs.
const PARTIAL_EVERY: Duration = Duration::from_millis(30);

/// The keys of a run of consecutive units.
pub(crate) struct UnitKeys<'a> {
    /// The first unit's number.
    pub first: usize,
    /// Each unit's key end (in the whole key store), with [`TITLE_BIT`] on
    /// titles and [`SHARED_BIT`] on keys that begin where the previous one does.
    pub ends: std::borrow::Cow<'a, [u64]>,
    /// The keys from `base` (where the first unit's key starts) to the last one's end.
    pub keys: &'a [u8],
    pub base: u64,
    /// Which units are titles, when `ends` does not say.
    pub titles: Option<Vec<bool>>,
}

impl<'a> UnitKeys<'a> {
    /// Unit `first + i`'s key and whether it is a title.
    fn get(&self, i: usize) -> Option<(&'a [u8], bool)> {
        let end = *self.ends.get(i)?;
        // a shared key begins where the unit before it begins
        let mut first = i;
        while first > 0 && self.ends[first] & SHARED_BIT != 0 {
            first -= 1;
        }
        let start = if first == 0 { self.base } else { self.ends[first - 1] & KEY_END };
        let range = (start.checked_sub(self.base)? as usize)..((end & KEY_END).checked_sub(self.base)? as usize);
        let key = self.keys.get(range)?;
        let title = match &self.titles {
            Some(titles) => titles.get(i).copied().unwrap_or(false),
            None => end & TITLE_BIT != 0,
        };
        Some((key, title))
    }
}

/// One title or text line.
pub(crate) struct Unit {
    pub article: usize,
    pub start: usize,
    pub end: usize,
    pub title: bool,
}

/// One name of an entity, as a key.
pub(crate) struct Variant<'a> {
    pub key: &'a str,
    pub owner: usize,
    /// The name as the corpus writes it.
    pub text: &'a str,
}

/// What a search pass reads.
pub(crate) trait SearchData: Sync {
    fn unit_count(&self) -> usize;
    /// The keys of units `range` (consecutive; at most [`CHUNK`] at a time).
    fn unit_keys(&self, range: Range<usize>) -> StoreResult<UnitKeys<'_>>;
    fn unit(&self, id: usize) -> StoreResult<Unit>;
    /// Row `bigram` of the n-gram prefilter's table (see
    /// [`super::prefilter`]), when the store keeps one.
    fn bigram_blocks(&self, _bigram: usize) -> StoreResult<Option<&[u64]>> {
        Ok(None)
    }
    fn variant_count(&self) -> usize;
    fn variant(&self, i: usize) -> StoreResult<Variant<'_>>;
    fn entity_count(&self) -> usize;
    /// How many articles mention an entity, and the first mention in each of
    /// the first `limit` of them.
    fn places(&self, entity: usize, limit: usize) -> StoreResult<(usize, Vec<Place>)>;
    fn text(&self, article: usize) -> StoreResult<Text<'_>>;
}

/// A run of keys a pass reads.
enum Job {
    /// These units (the previous query's matches).
    Ids(Vec<u32>),
    /// Consecutive units.
    Units(Range<usize>),
}

#[derive(Debug, Clone, Copy)]
enum Candidate {
    Line(u32),
    Entity { entity: u32, variant: u32, place: Place },
}

/// Search, publishing partial results (best so far) while the pass runs,
/// and narrowing from the session's previous query when it only grew.
pub(crate) fn run<D: SearchData>(
    data: &D,
    session: &mut SearchSession,
    request: Request<'_>,
    cancel: &AtomicBool,
    on_partial: &mut dyn FnMut(Vec<Hit>),
) -> StoreResult<Vec<Hit>> {
    let Request { input, engine, scope, limit, prefilter } = request;
    let query = Query::parse_with(input, engine);
    if query.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    let previous = match (&session.last_matches, session.last_scope) {
        (Some(m), Some(s))
            if s == scope
                && Query::narrows(input, &session.last_query)
                && !Query::parse(&session.last_query).is_empty() =>
        {
            Some(m.clone())
        }
        _ => None,
    };
    session.last_matches = None;

    // entities first: few units, and they stand for many mentions
    let mut scored: Vec<(u32, Candidate)> = Vec::new();
    // every place of a matched entity is a hit, though only `limit` are scored
    let mut entity_places = 0;
    if scope.admits(HitKind::Entity) {
        let mut scratch = Scratch::default();
        let mut best: Vec<Option<(u32, u32)>> = vec![None; data.entity_count()];
        for vi in 0..data.variant_count() {
            let variant = data.variant(vi)?;
            if !query.may_match(variant.key.as_bytes()) {
                continue;
            }
            if let Some(score) = query.score(&mut scratch, variant.key, None)
                && let Some(slot) = best.get_mut(variant.owner)
                && slot.is_none_or(|(s, _)| score > s)
            {
                *slot = Some((score, vi as u32));
            }
        }
        for (entity, b) in best.into_iter().enumerate() {
            if let Some((score, variant)) = b {
                let (count, places) = data.places(entity, limit)?;
                entity_places += count;
                for place in places {
                    scored.push((
                        score + HitKind::Entity.bonus(),
                        Candidate::Entity { entity: entity as u32, variant, place },
                    ));
                }
            }
        }
    }

    let mut line_matches: Vec<(u32, u32)> = Vec::new();
    let mut last_publish: Option<Instant> = None;
    let score_keys = |keys: &[(u32, &[u8], bool)]| {
        map_chunks(threads(4), keys, 2048, |_, part| {
            let mut scratch = Scratch::default();
            let mut out = Vec::new();
            for &(id, key, title) in part {
                let kind = if title { HitKind::Title } else { HitKind::Text };
                if !scope.admits(kind) || !query.may_match(key) {
                    continue;
                }
                // keys are ASCII; anything else is a damaged store and matches nothing
                let Ok(key) = std::str::from_utf8(key) else { continue };
                if let Some(score) = query.score(&mut scratch, key, None) {
                    out.push((score + kind.bonus(), id));
                }
            }
            out
        })
    };
    let all = data.unit_count();
    let plan = if prefilter { super::prefilter::plan(&query, |row| data.bigram_blocks(row))? } else { None };
    // what to read, in order: the previous query's matches when this one
    // narrows it, else the units (the blocks with the query's bigrams first)
    let mut jobs: Vec<Job> = Vec::new();
    let mut first_phase = 0;
    let possible = plan.as_ref().and_then(|p| p.possible.as_deref());
    match (&previous, &plan) {
        (Some(matches), _) => {
            let admitted: Vec<u32> = match possible {
                Some(blocks) => matches
                    .iter()
                    .copied()
                    .filter(|&id| super::prefilter::has(blocks, id as usize / super::prefilter::BLOCK))
                    .collect(),
                None => matches.to_vec(),
            };
            jobs.extend(admitted.chunks(CHUNK).map(|ids| Job::Ids(ids.to_vec())));
        }
        (None, Some(plan)) => {
            let first = |b| super::prefilter::has(&plan.first, b);
            jobs.extend(super::prefilter::ranges(all, CHUNK, first).into_iter().map(Job::Units));
            first_phase = jobs.len();
            let later = |b| !first(b) && possible.is_none_or(|p| super::prefilter::has(p, b));
            jobs.extend(super::prefilter::ranges(all, CHUNK, later).into_iter().map(Job::Units));
        }
        (None, None) => {
            jobs.extend((0..all.div_ceil(CHUNK)).map(|c| Job::Units(c * CHUNK..((c + 1) * CHUNK).min(all))))
        }
    }
    let (mut scanned, mut since_publish) = (0, 0);
    for (j, job) in jobs.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Ok(Vec::new());
        }
        let mut keys: Vec<(u32, &[u8], bool)> = Vec::with_capacity(CHUNK);
        match job {
            Job::Ids(ids) => {
                for &id in ids {
                    let run = data.unit_keys(id as usize..id as usize + 1)?;
                    if let Some((key, title)) = run.get(0) {
                        keys.push((id, key, title));
                    }
                }
                line_matches.extend(score_keys(&keys).into_iter().flatten());
            }
            Job::Units(range) => {
                let run = data.unit_keys(range.clone())?;
                for i in 0..range.len() {
                    if let Some((key, title)) = run.get(i) {
                        keys.push(((run.first + i) as u32, key, title));
                    }
                }
                line_matches.extend(score_keys(&keys).into_iter().flatten());
            }
        }
        scanned += keys.len();
        since_publish += keys.len();
        // the likely blocks are read: their best hits are the first results
        let first_phase_done = j + 1 == first_phase && j + 1 < jobs.len() && !line_matches.is_empty();
        let due = last_publish.is_none_or(|t| t.elapsed() >= PARTIAL_EVERY);
        if (due && since_publish >= CHUNK) || first_phase_done {
            last_publish = Some(Instant::now());
            since_publish = 0;
            on_partial(top_hits(data, &query, &scored, &line_matches, limit)?);
        }
    }
    let mut matched: Vec<u32> = line_matches.iter().map(|&(_, id)| id).collect();
    if first_phase > 0 {
        // read out of order: kept in unit order for the next narrowing
        matched.sort_unstable();
    }
    session.last_scanned = scanned;
    session.last_query = input.to_owned();
    session.last_scope = Some(scope);
    session.last_matches = Some(matched);
    session.last_total = entity_places + line_matches.len();
    top_hits(data, &query, &scored, &line_matches, limit)
}

/// The best `limit` of what has matched so far, with highlights.
fn top_hits<D: SearchData>(
    data: &D,
    query: &Query,
    entities: &[(u32, Candidate)],
    lines: &[(u32, u32)],
    limit: usize,
) -> StoreResult<Vec<Hit>> {
    let mut best_lines: Vec<(u32, u32)> = lines.to_vec();
    if best_lines.len() > limit {
        best_lines.select_nth_unstable_by(limit, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        best_lines.truncate(limit);
    }
    // ties break by article, then position: results read in corpus order
    let mut all: Vec<(u32, Candidate, (usize, usize, u8))> =
        entities.iter().map(|&(s, c)| Ok((s, c, order_key(data, &c)?))).collect::<StoreResult<Vec<_>>>()?;
    for (s, id) in best_lines {
        let c = Candidate::Line(id);
        all.push((s, c, order_key(data, &c)?));
    }
    all.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
    all.truncate(limit);
    let mut scratch = Scratch::default();
    all.into_iter().map(|(score, c, _)| hit(data, query, &mut scratch, score, c)).collect()
}

fn order_key<D: SearchData>(data: &D, c: &Candidate) -> StoreResult<(usize, usize, u8)> {
    Ok(match *c {
        Candidate::Line(id) => {
            let u = data.unit(id as usize)?;
            (u.article, u.start, 1)
        }
        Candidate::Entity { place, .. } => (place.article as usize, place.start as usize, 0),
    })
}

fn hit<D: SearchData>(
    data: &D,
    query: &Query,
    scratch: &mut Scratch,
    score: u32,
    candidate: Candidate,
) -> StoreResult<Hit> {
    Ok(match candidate {
        Candidate::Line(id) => {
            let u = data.unit(id as usize)?;
            let text = data.text(u.article)?;
            let matched = highlight(query, scratch, &text, u.start, u.end);
            Hit {
                article: u.article,
                kind: if u.title { HitKind::Title } else { HitKind::Text },
                score: score as i64,
                start: u.start,
                end: u.end,
                matched,
                entity: None,
                text: text.get(u.start..u.end).unwrap_or("").to_owned(),
            }
        }
        Candidate::Entity { entity, variant, place } => {
            let (start, end) = (place.start as usize, place.end as usize);
            let text = data.text(place.article as usize)?;
            // the matched variant is written here: highlight its letters; else the whole mention
            let written_here = text.get(start..end) == Some(data.variant(variant as usize)?.text);
            let mut matched = if written_here { highlight(query, scratch, &text, start, end) } else { Vec::new() };
            if matched.is_empty() {
                matched = vec![(start, end)];
            }
            Hit {
                article: place.article as usize,
                kind: HitKind::Entity,
                score: score as i64,
                start,
                end,
                matched,
                entity: Some(entity as usize),
                text: text.get(start..end).unwrap_or("").to_owned(),
            }
        }
    })
}

impl Scope {
    pub(crate) fn admits(self, kind: HitKind) -> bool {
        match self {
            Scope::All => true,
            Scope::Only(k) => k == kind,
        }
    }
}
