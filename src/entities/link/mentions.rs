//! The mention table: every candidate as a mention of its entity, read once
//! in order and let go behind the reading.

use super::{
    Cluster, EntityId, EntityKind, Gazetteer, HashMap, HashSet, Kept, Linked, LinkedEntity, LinkedMention, NO_STRING,
    Origin, UnionFind, cand_range,
};

/// The first of `base`, `base-2`, `base-3`, ... that is neither in `used`
/// nor `taken`, added to `used`. `next` remembers per base the suffix after
/// the last one given: the ones before it are in `used` for good, so they are
/// not tried again (tens of thousands of clusters without a display name share
/// one base, and trying each suffix from 2 made the ids quadratic).
pub(super) fn unused_id(
    base: String,
    used: &mut HashSet<String>,
    next: &mut HashMap<String, u32>,
    taken: impl Fn(&str) -> bool,
) -> String {
    let free = |id: &str, used: &HashSet<String>| !used.contains(id) && !taken(id);
    let id = if free(&base, used) {
        base
    } else {
        let k = next.entry(base.clone()).or_insert(2);
        loop {
            let id = format!("{base}-{k}");
            *k += 1;
            if free(&id, used) {
                break id;
            }
        }
    };
    used.insert(id.clone());
    id
}

/// The entity table's row of gazetteer entry `e`, added the first time.
pub(super) fn entry_slot(e: u32, gaz: &Gazetteer, slots: &mut HashMap<u32, u32>, table: &mut Vec<LinkedEntity>) -> u32 {
    *slots.entry(e).or_insert_with(|| {
        let entry = gaz.entry(e);
        table.push(LinkedEntity { id: EntityId(entry.id.clone()), name: entry.name.clone(), kind: entry.kind });
        (table.len() - 1) as u32
    })
}

/// A table of candidates read once, in order, that lets go of what was read
/// a block (an eighth of it) at a time: a huge article's candidates (33 MB
/// on a 50 MB line) were held beside its mention table and the sort's
/// scratch, the top of the peak.
pub(super) struct LetGoBehind {
    pub(super) held: Vec<Kept>,
    /// How many of the first candidates were let go: `held[0]` is this one.
    pub(super) gone: usize,
    /// Let go once this many read are held.
    pub(super) block: usize,
}

impl LetGoBehind {
    /// Below this many, a table is let go whole at the end.
    pub(super) const MIN_BLOCK: usize = 1 << 14;

    pub(super) fn new(held: Vec<Kept>) -> LetGoBehind {
        let block = held.len().div_ceil(8).max(LetGoBehind::MIN_BLOCK);
        LetGoBehind { held, gone: 0, block }
    }

    /// The `at`th candidate (counted from the first, let go or not); those
    /// before it are read and may be let go. None for one let go already.
    pub(super) fn read(&mut self, at: usize) -> Option<Kept> {
        let read = at.checked_sub(self.gone)?;
        if read >= self.block {
            self.held.drain(..read);
            self.held.shrink_to_fit();
            self.gone = at;
        }
        self.held.get(at - self.gone).copied()
    }
}

/// What [`mention_table`] reads: the candidates recognition kept and those
/// pass 4 found ([`AllCands`], owned to be let go as they are read).
pub(super) struct MentionCands<'c> {
    pub(super) cands: LetGoBehind,
    pub(super) cand_starts: &'c [u32],
    pub(super) found: LetGoBehind,
    pub(super) found_arts: &'c [u32],
}

/// The entity table and every article's mentions, each naming a table row.
pub(super) fn mention_table(
    mut all: MentionCands,
    uf: &mut UnionFind,
    mut clusters: HashMap<usize, Cluster>,
    gaz: &'static Gazetteer,
) -> Linked {
    // one table row per entity, mentions point into it: an id and a name per
    // mention would be two allocations each, over a million at 100k articles
    let mut table: Vec<LinkedEntity> = Vec::new();
    let mut gaz_slot: HashMap<u32, u32> = HashMap::default();
    let articles_linked = all.cand_starts.len().saturating_sub(1);
    let mut out = Vec::with_capacity(articles_linked);
    let mut found_at = 0;
    // an article's mentions are gathered here, then copied at their size (one allocation each)
    let mut ms: Vec<LinkedMention> = Vec::new();
    for art in 0..articles_linked {
        // the article's own candidates, then those pass 4 found in it
        let found_end = found_at + all.found_arts[found_at..].iter().take_while(|&&a| a as usize == art).count();
        let found = found_at..found_end;
        found_at = found_end;
        let own = cand_range(all.cand_starts, art);
        ms.clear();
        let read = own.map(|g| (false, g)).chain(found.map(|f| (true, f)));
        for c in read.filter_map(|(pass_4, at)| if pass_4 { all.found.read(at) } else { all.cands.read(at) }) {
            let entity = match c.origin() {
                Origin::Gazetteer(e) => entry_slot(e, gaz, &mut gaz_slot, &mut table),
                Origin::Unknown { item: n, .. } | Origin::Known { item: n } => {
                    let root = uf.find(n as usize);
                    let Some(cl) = clusters.get_mut(&root) else { continue };
                    if let Some(e) = cl.entry.filter(|&e| e != NO_STRING) {
                        let entity = entry_slot(e, gaz, &mut gaz_slot, &mut table);
                        ms.push(LinkedMention { start: c.start, end: c.end, entity });
                        continue;
                    }
                    if !cl.vouched {
                        continue;
                    }
                    match cl.slot {
                        Some(slot) => slot,
                        None => {
                            let kind = if cl.votes[0] == 1 {
                                EntityKind::Person
                            } else if cl.votes[1] == 1 {
                                EntityKind::Location
                            } else {
                                EntityKind::Organization
                            };
                            let Some(id) = cl.id.clone() else { continue };
                            table.push(LinkedEntity { id, name: cl.name.clone(), kind });
                            let slot = (table.len() - 1) as u32;
                            cl.slot = Some(slot);
                            slot
                        }
                    }
                }
            };
            ms.push(LinkedMention { start: c.start, end: c.end, entity });
        }
        ms.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        // the first of overlapping mentions wins
        ms.dedup_by(|later, kept| later.start < kept.end);
        let mut kept = Vec::with_capacity(ms.len());
        kept.append(&mut ms);
        out.push(kept);
    }
    Linked { mentions: out, entities: table }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_read_in_order_for_the_mention_table_are_let_go_behind_the_reading() {
        let n = LetGoBehind::MIN_BLOCK * 8 + 5;
        let kind = EntityKind::Person;
        let origin = Origin::Gazetteer(0);
        let cands: Vec<Kept> =
            (0..n as u32).map(|i| Kept::pack(i..i + 1, i..i + 1, kind, origin, (false, false), 1).unwrap()).collect();
        let mut table = LetGoBehind::new(cands);
        for at in 0..n {
            assert_eq!(table.read(at).map(|c| c.start), Some(at as u32));
            // those not read yet and at most a block of those read are held
            assert!(table.held.len() <= n - at + table.block, "{at}: {} held", table.held.len());
        }
        assert!(table.held.len() <= table.block, "{} held of {n}", table.held.len());
        // one let go is not read again
        assert_eq!(table.read(0).map(|c| c.start), None);
    }

    #[test]
    fn clusters_of_one_base_get_the_first_free_suffix_as_when_each_tried_all_from_two() {
        // the ids as they were given before: every suffix tried from 2
        fn tried_from_two(base: &str, used: &mut HashSet<String>, taken: &dyn Fn(&str) -> bool) -> String {
            let mut id = base.to_owned();
            let mut k = 2;
            while used.contains(&id) || taken(&id) {
                id = format!("{base}-{k}");
                k += 1;
            }
            used.insert(id.clone());
            id
        }
        // the gazetteer holds `loc:x-3`; a name's own slug is `per:a-3`, taken before `per:a` needs it
        let taken = |id: &str| id == "loc:x-3";
        let bases = ["per:a", "per:a-3", "loc:x", "per:a", "loc:x", "per:a", "loc:x", "per:a", "per:a-3", "per:a"];
        let (mut used, mut next) = (HashSet::default(), HashMap::default());
        let mut naive = HashSet::default();
        let given: Vec<String> =
            bases.iter().map(|b| unused_id((*b).to_owned(), &mut used, &mut next, taken)).collect();
        let expected: Vec<String> = bases.iter().map(|b| tried_from_two(b, &mut naive, &taken)).collect();
        assert_eq!(given, expected);
        assert_eq!(
            given,
            [
                "per:a",
                "per:a-3",
                "loc:x",
                "per:a-2",
                "loc:x-2",
                "per:a-4",
                "loc:x-4",
                "per:a-5",
                "per:a-3-2",
                "per:a-6"
            ]
        );
    }
}
