//! One search pass, over any store of search keys: the in-memory index while
//! a corpus is being analysed, the index file afterwards. Both answer the
//! same questions ([`SearchData`]), so both give the same hits.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{
    Hit, HitKind, KEY_END, Place, Query, Request, SHARED_BIT, Scope, Scratch, SearchSession, TITLE_BIT, highlight,
};
use crate::parallel::{map_chunks, threads};
use crate::store::{StoreResult, Text};

/// Units scored per chunk; partial results may be published after each.
pub(crate) const CHUNK: usize = 1 << 15;
/// How often partial results are published while a pass runs.
const PARTIAL_EVERY: Duration = Duration::from_millis(30);
/// Units in a pass's first run of keys: the runs after it double up to
/// [`CHUNK`], so the first results are out after a few thousand keys.
pub(crate) const FIRST_RUN: usize = 1 << 10;

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
    /// Every entity name's key, as one run (see [`UnitKeys`]; no titles, no
    /// shared keys): scanned in one go, the names that may match are then
    /// read one by one with [`SearchData::variant`].
    fn variant_keys(&self) -> StoreResult<UnitKeys<'_>>;
    fn variant(&self, i: usize) -> StoreResult<Variant<'_>>;
    fn entity_count(&self) -> usize;
    /// How many articles mention an entity, and the first mention in each of
    /// the first `limit` of them.
    fn places(&self, entity: usize, limit: usize) -> StoreResult<(usize, Vec<Place>)>;
    /// How many articles mention an entity.
    fn place_count(&self, entity: usize) -> StoreResult<usize>;
    fn text(&self, article: usize) -> StoreResult<Text<'_>>;
}

/// A run of keys a pass reads.
enum Job {
    /// These units (the previous query's matches).
    Ids(Vec<u32>),
    /// Consecutive units.
    Units(Range<usize>),
}

impl Job {
    fn len(&self) -> usize {
        match self {
            Job::Ids(ids) => ids.len(),
            Job::Units(range) => range.len(),
        }
    }

    /// The job cut in two: its first `at` keys, and the rest.
    fn split(self, at: usize) -> (Job, Job) {
        match self {
            Job::Ids(mut ids) => {
                let rest = ids.split_off(at);
                (Job::Ids(ids), Job::Ids(rest))
            }
            Job::Units(range) => (Job::Units(range.start..range.start + at), Job::Units(range.start + at..range.end)),
        }
    }
}

/// `jobs` with the first ones cut to [`FIRST_RUN`] keys, then twice that,
/// and so on up to [`CHUNK`]: results can be published after each job, and
/// the first ones should not wait for a whole chunk.
/// The matchers' scratches of one pass, kept from one run of keys to the next: each
/// run is scored on threads made for it, and a scratch made per run and thread
/// zeroed a matcher's 135 KB each time (779 of them in a search of 100,000
/// one-line articles). A scratch's state changes no score.
#[derive(Default)]
struct Scratches(std::sync::Mutex<Vec<Scratch>>);

impl Scratches {
    fn take(&self) -> Scratch {
        self.0.lock().ok().and_then(|mut kept| kept.pop()).unwrap_or_default()
    }

    fn give(&self, scratch: Scratch) {
        if let Ok(mut kept) = self.0.lock() {
            kept.push(scratch);
        }
    }
}

fn lead_in(jobs: Vec<Job>) -> Vec<Job> {
    let mut out = Vec::with_capacity(jobs.len() + 8);
    let mut size = FIRST_RUN;
    for mut job in jobs {
        while size < CHUNK && job.len() > size {
            let (head, rest) = job.split(size);
            out.push(head);
            job = rest;
            size *= 2;
        }
        if size < CHUNK {
            size *= 2;
        }
        out.push(job);
    }
    out
}

#[derive(Debug, Clone, Copy)]
enum Candidate {
    Line(u32),
    Entity { entity: u32, variant: u32, place: Place },
}

/// The lowest score an entity (as `(entity, score, variant)`, with how many
/// articles mention it in `counts`) needs for one of its places to be among
/// the best `limit`: the entities that score more have `limit` places
/// between them, and each lists at most `limit`.
fn least_entity_score(matched: &[(usize, u32, u32)], counts: &[usize], limit: usize) -> u32 {
    let mut by_score: Vec<(u32, usize)> =
        matched.iter().zip(counts).map(|(&(_, score, _), &count)| (score, count.min(limit))).collect();
    by_score.sort_unstable_by_key(|b| Reverse(b.0));
    let mut places = 0;
    for (i, &(score, count)) in by_score.iter().enumerate() {
        places += count;
        // a score is done when the next entity scores less
        let last_of_score = by_score.get(i + 1).is_none_or(|next| next.0 < score);
        if last_of_score && places >= limit {
            return score;
        }
    }
    0
}

/// Keys a scoring thread reads between looks at its pass's cancel flag.
const CANCEL_EVERY: usize = 512;

/// Whether a scoring thread, at key `i` of its part, stops: a newer
/// keystroke has cancelled its pass. Looked at every [`CANCEL_EVERY`] keys,
/// not only between runs of keys: a run grows to [`CHUNK`] keys, which
/// under load took tens of milliseconds that the next keystroke waited.
fn stopped(i: usize, cancel: &AtomicBool) -> bool {
    i.is_multiple_of(CANCEL_EVERY) && i > 0 && cancel.load(Ordering::Relaxed)
}

/// The places of the entities `tied` (as `(entity, places in all)`) at
/// the lowest score placed ([`least_entity_score`]), each entity's in
/// corpus order. Ties break by place, and entities scored higher take the
/// rest of the best `limit`: of the tied ones' places only the first `need`
/// in corpus order (and any tying with the last of them) can be shown. Each
/// entity's places are read a few at a time, more only while its last one
/// read comes before that cut: a one-letter query ties hundreds of
/// entities, and placing `limit` of each decoded thousands of long articles'
/// mentions before the first results.
fn first_tied_places<D: SearchData>(
    data: &D,
    tied: &[(usize, usize)],
    need: usize,
    limit: usize,
) -> StoreResult<Vec<Vec<Place>>> {
    let at = |p: &Place| (p.article, p.start);
    let wanted: Vec<usize> = tied.iter().map(|&(_, count)| count.min(limit)).collect();
    if need == 0 || wanted.iter().sum::<usize>() <= need {
        // every place is needed (or none)
        let take = if need == 0 { 0 } else { limit };
        return tied.iter().map(|&(entity, _)| Ok(data.places(entity, take)?.1)).collect();
    }
    // a fair share each to begin with, doubled where more may come before the cut
    let share = need.div_ceil(tied.len()).max(1);
    let mut depth: Vec<usize> = wanted.iter().map(|&w| w.min(share)).collect();
    let mut places: Vec<Vec<Place>> = Vec::with_capacity(tied.len());
    for (&(entity, _), &d) in tied.iter().zip(&depth) {
        places.push(data.places(entity, d)?.1);
    }
    let cut = loop {
        let mut all: Vec<(u32, u32)> = places.iter().flatten().map(at).collect();
        // the `need`th place in corpus order of those read; none while fewer are read
        let cut = (all.len() >= need).then(|| *all.select_nth_unstable(need - 1).1);
        let mut more = false;
        for (i, &(entity, _)) in tied.iter().enumerate() {
            let before_cut = places[i].last().is_some_and(|last| cut.is_none_or(|c| at(last) < c));
            if places[i].len() == depth[i] && depth[i] < wanted[i] && before_cut {
                depth[i] = (depth[i] * 2).min(wanted[i]);
                places[i] = data.places(entity, depth[i])?.1;
                more = true;
            }
        }
        if !more {
            break cut;
        }
    };
    for list in &mut places {
        list.retain(|p| cut.is_none_or(|c| at(p) <= c));
    }
    Ok(places)
}

/// What a session keeps from one keystroke's pass for the next, for the
/// store it was read from: each entity name's owner as far as passes have
/// looked it up (a name is read whole to learn it, and a one-letter query
/// reads nearly every name), and the texts of recent hits' articles when
/// they were read from the corpus's files (the next keystroke's first
/// results are mostly the same articles).
#[derive(Debug, Default)]
pub(crate) struct Kept {
    store: StoreMark,
    /// Each name's owner; `u32::MAX` while not looked up.
    owners: Vec<u32>,
    texts: HashMap<usize, Arc<str>>,
    /// Bytes of `texts`.
    text_bytes: usize,
}

/// Which store a session's [`Kept`] came from: where its names' and its
/// units' keys are (an in-memory index's buffers, an index file's mapping:
/// both stay put while the store lives), and its counts of names, entities
/// and units.
type StoreMark = (usize, usize, usize, usize, usize);

/// Texts kept between keystrokes, at most: a few screens of results.
const KEPT_TEXTS: usize = 2048;
/// Their bytes, at most; a longer text is not kept (the store keeps the huge ones).
const KEPT_TEXT_BYTES: usize = 16 << 20;

impl Kept {
    /// The session's, when it came from `data`; else a new one.
    fn of<D: SearchData>(kept: Option<Kept>, data: &D) -> StoreResult<Kept> {
        let names = data.variant_keys()?.keys.as_ptr().addr();
        let units = data.unit_keys(0..data.unit_count().min(1))?.keys.as_ptr().addr();
        let store = (names, units, data.variant_count(), data.entity_count(), data.unit_count());
        Ok(match kept {
            Some(kept) if kept.store == store => kept,
            _ => Kept { store, owners: vec![u32::MAX; data.variant_count()], ..Kept::default() },
        })
    }

    fn owner(&self, name: usize) -> Option<usize> {
        self.owners.get(name).filter(|&&o| o != u32::MAX).map(|&o| o as usize)
    }

    fn learn(&mut self, name: usize, owner: usize) {
        if let (Some(slot), Ok(owner)) = (self.owners.get_mut(name), u32::try_from(owner)) {
            *slot = owner;
        }
    }

    #[cfg(test)]
    pub(crate) fn learned(&self) -> usize {
        self.owners.iter().filter(|&&o| o != u32::MAX).count()
    }

    /// Article `article`'s text: kept, or read and kept when it came from the corpus's files.
    fn text<'d, D: SearchData>(&mut self, data: &'d D, article: usize) -> StoreResult<Text<'d>> {
        if let Some(text) = self.texts.get(&article) {
            return Ok(Text::Shared(Arc::clone(text)));
        }
        let text = data.text(article)?;
        if let Text::Shared(shared) = &text
            && shared.len() <= KEPT_TEXT_BYTES / 8
        {
            if self.texts.len() >= KEPT_TEXTS || self.text_bytes + shared.len() > KEPT_TEXT_BYTES {
                self.texts.clear();
                self.text_bytes = 0;
            }
            self.text_bytes += shared.len();
            self.texts.insert(article, Arc::clone(shared));
        }
        Ok(text)
    }
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
    let mut kept = Kept::of(session.kept.take(), data)?;
    let scratches = Scratches::default();

    // entities first: few units, and they stand for many mentions
    let mut scored: Vec<(u32, Candidate)> = Vec::new();
    // every place of a matched entity is a hit, though only `limit` are scored
    let mut entity_places = 0;
    if scope.admits(HitKind::Entity) {
        // the keys in one run: most names cannot match, and are never read one by one
        let names = data.variant_keys()?;
        let ids: Vec<u32> = (0..data.variant_count() as u32).collect();
        // (name, owner, score) of the names that match, and the owners looked up
        type Found = (Vec<(u32, usize, u32)>, Vec<(u32, usize)>);
        let found = map_chunks(threads(4), &ids, 4096, |_, part| -> StoreResult<Found> {
            let mut scratch = scratches.take();
            let (mut out, mut learned) = (Vec::new(), Vec::new());
            for &vi in part {
                let name = names.get(vi as usize);
                if name.is_some_and(|(key, _)| !query.may_match(key)) {
                    continue;
                }
                // a name whose owner is known is not read again: its key is the one in the run
                let known = kept.owner(vi as usize).zip(name.and_then(|(key, _)| std::str::from_utf8(key).ok()));
                let (key, owner) = match known {
                    Some((owner, key)) => (key, owner),
                    None => {
                        let variant = data.variant(vi as usize)?;
                        learned.push((vi, variant.owner));
                        if !query.may_match(variant.key.as_bytes()) {
                            continue;
                        }
                        (variant.key, variant.owner)
                    }
                };
                if let Some(score) = query.score(&mut scratch, key, None) {
                    out.push((vi, owner, score));
                }
            }
            scratches.give(scratch);
            Ok((out, learned))
        });
        let mut best: Vec<Option<(u32, u32)>> = vec![None; data.entity_count()];
        let found = found.into_iter().collect::<StoreResult<Vec<_>>>()?;
        for (vi, owner) in found.iter().flat_map(|(_, learned)| learned) {
            kept.learn(*vi as usize, *owner);
        }
        if cancel.load(Ordering::Relaxed) {
            session.kept = Some(kept);
            return Ok(Vec::new());
        }
        for (out, _) in found {
            for (vi, owner, score) in out {
                if let Some(slot) = best.get_mut(owner)
                    && slot.is_none_or(|(s, _)| score > s)
                {
                    *slot = Some((score, vi));
                }
            }
        }
        let matched: Vec<(usize, u32, u32)> =
            best.into_iter().enumerate().filter_map(|(e, b)| b.map(|(score, variant)| (e, score, variant))).collect();
        let mut counts = Vec::with_capacity(matched.len());
        for &(entity, _, _) in &matched {
            let count = data.place_count(entity)?;
            entity_places += count;
            counts.push(count);
        }
        let least = if prefilter { least_entity_score(&matched, &counts, limit) } else { 0 };
        // the entities scored `least` tie: only their first places can be shown
        let tied: Vec<(usize, usize)> = if least > 0 {
            matched.iter().zip(&counts).filter(|(m, _)| m.1 == least).map(|(m, &count)| (m.0, count)).collect()
        } else {
            Vec::new()
        };
        let above: usize = matched.iter().zip(&counts).filter(|(m, _)| m.1 > least).map(|(_, &c)| c.min(limit)).sum();
        let mut tied_places = first_tied_places(data, &tied, limit.saturating_sub(above), limit)?.into_iter();
        session.last_placed = 0;
        for &(entity, score, variant) in matched.iter().filter(|m| m.1 >= least) {
            let places = if score == least && least > 0 {
                tied_places.next().unwrap_or_default()
            } else {
                data.places(entity, limit)?.1
            };
            session.last_placed += places.len();
            for place in places {
                scored.push((
                    score + HitKind::Entity.bonus(),
                    Candidate::Entity { entity: entity as u32, variant, place },
                ));
            }
        }
    }

    // lines scored, as (score, unit); every line matched, in reading order
    let mut line_matches: Vec<(u32, u32)> = Vec::new();
    let mut matched: Vec<u32> = Vec::new();
    // the best `limit` lines scored so far, worst on top: a line that
    // cannot beat the worst of them is counted as a match but not scored
    let mut best_lines: BinaryHeap<(Reverse<u32>, u32)> = BinaryHeap::with_capacity(limit + 1);
    let most = if prefilter { query.most() } else { None };
    let mut last_publish: Option<Instant> = None;
    let mut shown = Shown::default();
    let score_keys = |keys: &[(u32, &[u8], bool)], worst: Option<(u32, u32)>| {
        map_chunks(threads(4), keys, 2048, |_, part| {
            let mut scratch = scratches.take();
            let mut out = Vec::new();
            // this part's own best lines, which the worst of may pass the pass's
            let mut best_here: BinaryHeap<(Reverse<u32>, u32)> = BinaryHeap::new();
            for (i, &(id, key, title)) in part.iter().enumerate() {
                if stopped(i, cancel) {
                    break;
                }
                let kind = if title { HitKind::Title } else { HitKind::Text };
                if !scope.admits(kind) || !query.may_match(key) {
                    continue;
                }
                // keys are ASCII; anything else is a damaged store and matches nothing
                let Ok(key) = std::str::from_utf8(key) else { continue };
                // a line whose score cannot reach the worst of `limit` better
                // lines (or only ties it, later in unit order) would not be shown
                let worst_here = (best_here.len() >= limit).then(|| best_here.peek().map(|&(Reverse(s), w)| (s, w)));
                let beaten = |bound: u32, worst: Option<(u32, u32)>| {
                    worst.is_some_and(|(s, w)| bound < s || (bound == s && id > w))
                };
                let bound = most.map(|m| m + kind.bonus());
                if bound.is_some_and(|b| beaten(b, worst) || beaten(b, worst_here.flatten())) {
                    if query.matches(key) {
                        out.push((None, id));
                    }
                } else if let Some(score) = query.score(&mut scratch, key, None) {
                    let score = score + kind.bonus();
                    out.push((Some(score), id));
                    if most.is_some() {
                        best_here.push((Reverse(score), id));
                        if best_here.len() > limit {
                            best_here.pop();
                        }
                    }
                }
            }
            scratches.give(scratch);
            out
        })
    };
    let all = data.unit_count();
    let plan = if prefilter { super::prefilter::plan(&query, |row| data.bigram_blocks(row))? } else { None };
    // what to read, in order: the previous query's matches when this one
    // narrows it, else the units (the blocks with the query's bigrams first)
    let mut jobs: Vec<Job>;
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
            jobs = lead_in(admitted.chunks(CHUNK).map(|ids| Job::Ids(ids.to_vec())).collect());
        }
        (None, Some(plan)) => {
            let first = |b| super::prefilter::has(&plan.first, b);
            jobs = lead_in(super::prefilter::ranges(all, CHUNK, first).into_iter().map(Job::Units).collect());
            first_phase = jobs.len();
            let later = |b| !first(b) && possible.is_none_or(|p| super::prefilter::has(p, b));
            let later: Vec<Job> = super::prefilter::ranges(all, CHUNK, later).into_iter().map(Job::Units).collect();
            jobs.extend(if first_phase == 0 { lead_in(later) } else { later });
        }
        (None, None) => {
            jobs =
                lead_in((0..all.div_ceil(CHUNK)).map(|c| Job::Units(c * CHUNK..((c + 1) * CHUNK).min(all))).collect())
        }
    }
    let (mut scanned, mut since_publish) = (0, 0);
    for (j, job) in jobs.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            // what was learned serves the pass that cancelled this one
            session.kept = Some(kept);
            return Ok(Vec::new());
        }
        let mut keys: Vec<(u32, &[u8], bool)> = Vec::with_capacity(job.len());
        match job {
            Job::Ids(ids) => {
                for &id in ids {
                    let run = data.unit_keys(id as usize..id as usize + 1)?;
                    if let Some((key, title)) = run.get(0) {
                        keys.push((id, key, title));
                    }
                }
            }
            Job::Units(range) => {
                let run = data.unit_keys(range.clone())?;
                for i in 0..range.len() {
                    if let Some((key, title)) = run.get(i) {
                        keys.push(((run.first + i) as u32, key, title));
                    }
                }
            }
        }
        let worst = (best_lines.len() >= limit).then(|| best_lines.peek().map(|&(Reverse(s), id)| (s, id))).flatten();
        let found = score_keys(&keys, worst);
        if cancel.load(Ordering::Relaxed) {
            session.kept = Some(kept);
            return Ok(Vec::new());
        }
        for (score, id) in found.into_iter().flatten() {
            matched.push(id);
            if let Some(score) = score {
                line_matches.push((score, id));
                best_lines.push((Reverse(score), id));
                if best_lines.len() > limit {
                    best_lines.pop();
                }
            }
        }
        scanned += keys.len();
        since_publish += keys.len();
        // the likely blocks are read: their best hits are the first results
        let first_phase_done = j + 1 == first_phase && j + 1 < jobs.len() && !line_matches.is_empty();
        // the first results as soon as there are any
        let first_results = last_publish.is_none() && (!scored.is_empty() || !line_matches.is_empty());
        let due = last_publish.is_none_or(|t| t.elapsed() >= PARTIAL_EVERY);
        if (due && since_publish >= CHUNK) || first_phase_done || first_results {
            last_publish = Some(Instant::now());
            since_publish = 0;
            on_partial(top_hits(data, &query, &scored, &line_matches, limit, &mut shown, &mut kept)?);
        }
    }
    if first_phase > 0 {
        // read out of order: kept in unit order for the next narrowing
        matched.sort_unstable();
    }
    session.last_scanned = scanned;
    session.last_scored = line_matches.len();
    session.last_query = input.to_owned();
    session.last_scope = Some(scope);
    session.last_total = entity_places + matched.len();
    session.last_matches = Some(matched);
    let hits = top_hits(data, &query, &scored, &line_matches, limit, &mut shown, &mut kept);
    session.kept = Some(kept);
    hits
}

/// What one pass has already looked up for the results it published: the
/// same lines and places come back in the next partial results, and a
/// line's text is read from the corpus's files.
#[derive(Default)]
struct Shown {
    order: HashMap<u32, (usize, usize, u8)>,
    hits: HashMap<(u32, u32, u32), Hit>,
}

/// The best `limit` of what has matched so far, with highlights.
fn top_hits<D: SearchData>(
    data: &D,
    query: &Query,
    entities: &[(u32, Candidate)],
    lines: &[(u32, u32)],
    limit: usize,
    shown: &mut Shown,
    kept: &mut Kept,
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
        let order = match shown.order.get(&id) {
            Some(&order) => order,
            None => *shown.order.entry(id).or_insert(order_key(data, &c)?),
        };
        all.push((s, c, order));
    }
    all.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
    all.truncate(limit);
    let mut scratch = Scratch::default();
    all.into_iter()
        .map(|(score, c, _)| {
            let known = match c {
                Candidate::Line(id) => (0, id, 0),
                Candidate::Entity { entity, place, .. } => (1, entity, place.article),
            };
            if let Some(h) = shown.hits.get(&known) {
                return Ok(h.clone());
            }
            let h = hit(data, kept, query, &mut scratch, score, c)?;
            shown.hits.insert(known, h.clone());
            Ok(h)
        })
        .collect()
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
    kept: &mut Kept,
    query: &Query,
    scratch: &mut Scratch,
    score: u32,
    candidate: Candidate,
) -> StoreResult<Hit> {
    Ok(match candidate {
        Candidate::Line(id) => {
            let u = data.unit(id as usize)?;
            let text = kept.text(data, u.article)?;
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
            let text = kept.text(data, place.article as usize)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scratch_given_back_is_taken_again_with_its_matcher() {
        let scratches = Scratches::default();
        let mut scratch = scratches.take();
        assert!(!scratch.has_matcher());
        assert!(Query::parse("lvrv").score(&mut scratch, "lavrov", None).is_some());
        scratches.give(scratch);
        // the next run of keys takes the matcher made for the first
        assert!(scratches.take().has_matcher());
        assert!(!scratches.take().has_matcher());
    }

    #[test]
    fn the_first_jobs_are_short_and_grow_to_a_chunk() {
        let jobs = lead_in(vec![Job::Units(0..3 * CHUNK), Job::Ids((0..100).collect())]);
        let lengths: Vec<usize> = jobs.iter().map(Job::len).collect();
        assert_eq!(lengths[..5], [FIRST_RUN, 2 * FIRST_RUN, 4 * FIRST_RUN, 8 * FIRST_RUN, 16 * FIRST_RUN]);
        assert_eq!(lengths.iter().sum::<usize>(), 3 * CHUNK + 100);
        // in order, none lost: the units then the ids
        let mut next = 0;
        for job in &jobs[..jobs.len() - 1] {
            let Job::Units(range) = job else { panic!("units first") };
            assert_eq!(range.start, next);
            next = range.end;
        }
        assert_eq!(next, 3 * CHUNK);
        assert!(lengths.iter().all(|&l| l <= 3 * CHUNK));
    }

    #[test]
    fn a_cancelled_pass_stops_scoring_within_a_few_hundred_keys() {
        let (cancelled, running) = (AtomicBool::new(true), AtomicBool::new(false));
        // the first key is always read; then every CANCEL_EVERY keys the flag is looked at
        assert!(!stopped(0, &cancelled));
        assert!(stopped(CANCEL_EVERY, &cancelled) && stopped(7 * CANCEL_EVERY, &cancelled));
        assert!(!stopped(CANCEL_EVERY + 1, &cancelled));
        assert!((0..CHUNK).all(|i| !stopped(i, &running)));
        let first_stop = (0..CHUNK).find(|&i| stopped(i, &cancelled));
        assert!(first_stop.is_some_and(|i| i < CHUNK / 16), "{first_stop:?}");
    }

    #[test]
    fn entities_below_the_best_limit_places_are_not_placed() {
        // (entity, score, variant); places per entity in `counts`
        let matched = [(0, 50, 0), (1, 40, 1), (2, 40, 2), (3, 30, 3), (4, 60, 4)];
        // 60 and 50 give 2 + 3 places; with 40's 1 + 9 (capped at the limit 4) the limit is passed
        assert_eq!(least_entity_score(&matched, &[3, 1, 9, 100, 2], 4), 50);
        assert_eq!(least_entity_score(&matched, &[3, 1, 9, 100, 2], 6), 40);
        // a score's ties are all kept: they break by place, not by entity
        assert_eq!(least_entity_score(&matched, &[0, 1, 9, 100, 2], 3), 40);
        // fewer places than the limit in all: every entity is placed
        assert_eq!(least_entity_score(&matched, &[1, 1, 1, 1, 1], 6), 0);
    }
}
