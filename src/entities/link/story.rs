//! Stories: the entities two articles have in common, which tell whether
//! they tell one story.

use super::{HashMap, HashSet, Item, Kept, Origin, UnionFind, cand_range};

/// Entities two articles must both name before a name in one part written by
/// its sound in one of them is linked to a name of the other.
pub(super) const MIN_SHARED_ENTITIES_OF_A_SOUND_LINK: usize = 2;
/// The articles of each candidate a transcription's article is compared with
/// when two candidates are named as often (bounds the work on a large corpus).
pub(super) const STORY_ARTICLES: usize = 64;

/// An entity named by more than this share (one in N) of the corpus's articles
/// tells little of a story: it counts half among the entities two articles
/// share, and only beside one that is not common (rule `a_common_entity_tells_no_story`).
pub(super) const COMMON_ENTITY_SHARE: usize = 8;
/// ... nor is any entity named by this many articles or fewer common, so a
/// small corpus compares its articles as before (and an entity of one story
/// told in every language stays a story's).
pub(super) const MIN_ARTICLES_OF_A_COMMON_ENTITY: usize = 24;

/// The entities each article names (gazetteer entries, places decided, and
/// the clusters of its other names), built when first asked for.
#[derive(Default)]
pub(super) struct ArticleEntities {
    pub(super) of: HashMap<u32, HashSet<u64>>,
    /// The entities named by many of the corpus's articles, found when first asked for.
    pub(super) common: Option<HashSet<u64>>,
}

/// Marks a gazetteer entry apart from a cluster's root among an article's entities.
pub(super) const GAZETTEER_ENTRY: u64 = 1 << 40;

impl ArticleEntities {
    pub(super) fn entities(
        &mut self,
        art: u32,
        (items, cands, cand_starts): (&[Item], &[Kept], &[u32]),
        placed: &HashMap<usize, u32>,
        uf: &mut UnionFind,
    ) -> &HashSet<u64> {
        self.of.entry(art).or_insert_with(|| {
            let mut keys = Vec::new();
            entities_named(art, (items, cands, cand_starts), placed, uf, &mut keys);
            keys.into_iter().collect()
        })
    }

    /// Rule `a_common_entity_tells_no_story`: the entities named by more than one
    /// article in [`COMMON_ENTITY_SHARE`] of the corpus (and by more than
    /// [`MIN_ARTICLES_OF_A_COMMON_ENTITY`]). Two articles that both name Russia and
    /// Putin, or the USA and China, may tell any two stories: such entities count
    /// half in [`ArticleEntities::shared`].
    pub(super) fn common(
        &mut self,
        all: (&[Item], &[Kept], &[u32]),
        placed: &HashMap<usize, u32>,
        uf: &mut UnionFind,
    ) -> &HashSet<u64> {
        self.common.get_or_insert_with(|| {
            let articles = all.2.len().saturating_sub(1);
            let most = (articles / COMMON_ENTITY_SHARE).max(MIN_ARTICLES_OF_A_COMMON_ENTITY);
            let mut named_by: HashMap<u64, usize> = HashMap::default();
            if articles > most {
                let mut keys = Vec::new();
                for art in 0..articles {
                    keys.clear();
                    entities_named(art as u32, all, placed, uf, &mut keys);
                    keys.sort_unstable();
                    keys.dedup();
                    for &k in &keys {
                        *named_by.entry(k).or_default() += 1;
                    }
                }
            }
            named_by.into_iter().filter(|&(_, n)| n > most).map(|(k, _)| k).collect()
        })
    }

    /// How many entities articles `a` and `b` both name, besides cluster `root`;
    /// two common entities count as one, and none without a rare one.
    pub(super) fn shared(
        &mut self,
        a: u32,
        b: u32,
        root: usize,
        all: (&[Item], &[Kept], &[u32]),
        placed: &HashMap<usize, u32>,
        uf: &mut UnionFind,
    ) -> usize {
        self.entities(a, all, placed, uf);
        self.entities(b, all, placed, uf);
        self.common(all, placed, uf);
        let (Some(first), Some(second), Some(common)) = (self.of.get(&a), self.of.get(&b), self.common.as_ref()) else {
            return 0;
        };
        // (rule `an_article_s_clusters_are_compared_as_they_are_now`) a set keeps the roots its
        // clusters had when it was built, and clusters joined since have one root now
        let mut now = |e: u64| if e & GAZETTEER_ENTRY != 0 { e } else { uf.find(e as usize) as u64 };
        // (the smaller article's set is made, the other's read against it)
        let (small, large) = if first.len() <= second.len() { (first, second) } else { (second, first) };
        let theirs: HashSet<u64> = small.iter().map(|&e| now(e)).collect();
        let mut both: HashSet<u64> = HashSet::default();
        for &e in large {
            let e = now(e);
            if e != root as u64 && theirs.contains(&e) {
                both.insert(e);
            }
        }
        if both.is_empty() {
            return 0;
        }
        // (rule `a_common_entity_tells_no_story`) two common entities count as one, and
        // only beside a rare one; the common set is read at its roots now only when the
        // articles share something (most pairs asked share nothing)
        let common: HashSet<u64> = common.iter().map(|&e| now(e)).collect();
        let often = both.iter().filter(|e| common.contains(e)).count();
        let rare = both.len() - often;
        if rare == 0 { 0 } else { rare + often / 2 }
    }
}

/// Pushes the entities article `art` names (gazetteer entries, places decided,
/// and the clusters of its other names, by their roots now) onto `out`.
pub(super) fn entities_named(
    art: u32,
    (items, cands, cand_starts): (&[Item], &[Kept], &[u32]),
    placed: &HashMap<usize, u32>,
    uf: &mut UnionFind,
    out: &mut Vec<u64>,
) {
    for c in cands.get(cand_range(cand_starts, art as usize)).into_iter().flatten() {
        match (c.origin(), c.item()) {
            (Origin::Gazetteer(e), _) => out.push(GAZETTEER_ENTRY | u64::from(e)),
            (_, Some(n)) if items.get(n).is_some_and(|it| it.art == art) => out.push(match placed.get(&n) {
                Some(&e) => GAZETTEER_ENTRY | u64::from(e),
                None => uf.find(n) as u64,
            }),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_s_clusters_are_compared_as_they_are_now() {
        // rule `an_article_s_clusters_are_compared_as_they_are_now`: both articles name
        // clusters 6 and 5 = 7, which were two when the sets were built
        let mut uf = UnionFind::new(8);
        let mut context = ArticleEntities::default();
        context.of.insert(0, [5u64, 6].into_iter().collect());
        context.of.insert(1, [6u64, 7].into_iter().collect());
        uf.union(7, 5);
        let none: (&[Item], &[Kept], &[u32]) = (&[], &[], &[]);
        assert_eq!(context.shared(0, 1, 0, none, &HashMap::default(), &mut uf), 2);
    }

    #[test]
    fn a_common_entity_tells_no_story() {
        // rule `a_common_entity_tells_no_story`: articles 0 and 1 both name entities 5, 6
        // and 7; 5 and 6 are named by many of the corpus's articles, and two such count as one
        let mut uf = UnionFind::new(8);
        let mut context = ArticleEntities::default();
        context.of.insert(0, [5u64, 6, 7].into_iter().collect());
        context.of.insert(1, [5u64, 6, 7].into_iter().collect());
        context.common = Some([5u64, 6].into_iter().collect());
        let none: (&[Item], &[Kept], &[u32]) = (&[], &[], &[]);
        assert_eq!(context.shared(0, 1, 0, none, &HashMap::default(), &mut uf), 2);
        // ... and common entities alone say nothing (the Cour of a report on Memorial is
        // not the Cour of a report on Xi's visit to Moscow, though both name Russia, Moscow,
        // Kyiv, Ukraine and Putin)
        context.common = Some([5u64, 6, 7].into_iter().collect());
        assert_eq!(context.shared(0, 1, 0, none, &HashMap::default(), &mut uf), 0);
    }
}
