//! Rule `a_q_read_as_g_meets_its_g_spelling`: English and French write the
//! Persian and Arabic `ق` and `غ` of a name as `q` (`Varzaqan`, `Qiz Qalasi`)
//! where most other languages write g or gh (`Varzaghan`, `Варзеган`,
//! `Βαρζεγκάν`, `Giz Galasi`, `Гыз Галасы`). The skeleton reads `q` as k, which
//! keeps `Qatar` with `Katar`; a name with a `q` that is not the `qu` of Latin
//! spelling is also read with g there, and meets the names with that reading in
//! another article of its story (two other entities in common).

use super::{
    Casing, HashMap, Item, Kept, Profile, StoryPass, Tables, UnionFind, firm_kinds, items_kinds_firmly_differ,
    push_skeleton, written_name,
};

/// A reading with g shorter than this says too little (`Iraq` as `rg` is `Riga`).
const MIN_G_READING: usize = 4;

/// The word with each `q` that no `u` follows written `g`, if it has one.
fn q_as_g(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    let mut changed = false;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        let before_u = chars.peek().is_some_and(|&next| matches!(next, 'u' | 'U'));
        match c {
            'q' if !before_u => out.push('g'),
            'Q' if !before_u => out.push('G'),
            _ => {
                out.push(c);
                continue;
            }
        }
        changed = true;
    }
    changed.then_some(out)
}

/// The name's joined skeleton read with its `q`s as g, each word cut where the
/// item's own skeleton of it ends (a stem), and read with the whole words: `None`
/// without such a `q`, or when the written words are not the item's. (`read_as`
/// gives a word's other spelling, if it has one: here [`q_as_g`].)
fn read_with(
    written: &str,
    t: &Tables,
    it: &Item,
    lang: &Profile,
    read_as: fn(&str, &Profile) -> Option<String>,
) -> Option<(Option<String>, String)> {
    let words = t.words(it);
    let written: Vec<&str> = written.split_whitespace().collect();
    if written.len() != words.len() {
        return None;
    }
    let (mut key, mut whole) = (Some(String::new()), String::new());
    let mut any = false;
    for (text, word) in written.iter().zip(words) {
        let stem = t.strings.get(word.skel);
        let mut plain = String::new();
        push_skeleton(text, lang.orthography, &mut plain);
        let read = match read_as(text, lang) {
            Some(other) => {
                any = true;
                let mut read = String::new();
                push_skeleton(&other, lang.orthography, &mut read);
                read
            }
            None => plain.clone(),
        };
        whole.push_str(&read);
        // the other reading replaces letters one for one: cut it where the stem's skeleton ends
        // (one that does not, the whole words' reading only)
        let cut = (plain.starts_with(stem) && read.len() == plain.len()).then(|| read.get(..stem.len())).flatten();
        key = key.zip(cut).map(|(key, cut)| key + cut);
    }
    let long = |k: &String| k.len() >= MIN_G_READING;
    (any && long(&whole)).then_some((key.filter(long), whole))
}

/// The `q` read as g (see the module's rule), one of the readings
/// [`join_names_read_otherwise`] meets names by.
pub(super) const Q_READ_AS_G: Reading = Reading { letters: &['q', 'Q'], read_as: q_read_as_g };

/// [`q_as_g`] as a [`Reading`] reads a word, whatever its language.
fn q_read_as_g(word: &str, _: &Profile) -> Option<String> {
    q_as_g(word)
}

/// A way to read a name otherwise: a name of a cased script with a letter of
/// `letters` that `read_as` reads otherwise (a word's other spelling, if it has one).
pub(super) struct Reading {
    pub(super) letters: &'static [char],
    pub(super) read_as: fn(&str, &Profile) -> Option<String>,
}

/// Joins each name of a cased script that a reading of `readings` reads otherwise
/// to the names of other articles of its story whose skeleton is that other
/// reading, reading after reading. The names each reading finds do not depend
/// on the joins, so the items are read once for all of them; the joins are then
/// made reading after reading, in the order one pass per reading made them, as
/// the story test reads the joins so far.
pub(super) fn join_names_read_otherwise(p: &mut StoryPass, readings: &[Reading]) {
    let (articles, items, t, langs, cands) = (p.articles, p.items, p.t, p.langs, p.cands);
    // per reading, the names so spelt, by the joined skeleton their other reading has
    let mut read_so: Vec<HashMap<u32, Vec<usize>>> = readings.iter().map(|_| HashMap::default()).collect();
    for (n, it) in items.iter().enumerate() {
        let Some(lang) = langs.get(it.art as usize) else { continue };
        if lang.casing == Casing::Uncased || t.is_acronym(it) {
            continue;
        }
        let Some(written) = written_name(articles, cands, it) else { continue };
        for (reading, read_so) in readings.iter().zip(&mut read_so) {
            if !written.contains(reading.letters) {
                continue;
            }
            let Some((key, whole)) = read_with(written, t, it, lang, reading.read_as) else { continue };
            // (a reading no name has is no string yet)
            for id in [key.as_deref(), Some(whole.as_str())].into_iter().flatten().filter_map(|k| t.strings.ids.get(k))
            {
                let spelt = read_so.entry(*id).or_default();
                if spelt.last() != Some(&n) {
                    spelt.push(n);
                }
            }
        }
    }
    if read_so.iter().all(HashMap::is_empty) {
        return;
    }
    // per reading, the pairs it may join, in item order, each joined as it is met: a
    // name many articles write pairs with each of them, and a list of every pair of
    // every reading held first took 1 GB at a million one-line articles
    let keys_of = |m: usize| {
        let name = t.name(&items[m]);
        [name.joined, name.whole]
    };
    let firm_of = |n: usize| FirmKind::of(cands.get(items[n].cand as usize));
    let may_pair = |n: usize, m: usize| {
        let (other, it) = (&items[n], &items[m]);
        other.art != it.art && !items_kinds_firmly_differ(cands, other, it)
    };
    for read_so in read_so.iter().filter(|read_so| !read_so.is_empty()) {
        join_pairs_by_clusters(read_so, items.len(), (&keys_of, &firm_of, &may_pair), p);
    }
}

/// The clusters the joins of a reading read and make, and the story test, which
/// reads them: a [`StoryPass`], or a test's.
trait Joins {
    fn find(&mut self, n: usize) -> usize;
    fn union(&mut self, n: usize, m: usize);
    /// Do items `n` and `m` tell one story, by the joins so far?
    fn same_story(&mut self, n: usize, m: usize) -> bool;
}

impl Joins for StoryPass<'_> {
    fn find(&mut self, n: usize) -> usize {
        self.uf.find(n)
    }
    fn union(&mut self, n: usize, m: usize) {
        self.uf.union(n, m);
    }
    fn same_story(&mut self, n: usize, m: usize) -> bool {
        StoryPass::same_story(self, n, m)
    }
}

/// A union-find and a story test of its own (tests and the bench).
struct StoryTest<'s> {
    uf: UnionFind,
    same_story: &'s mut dyn FnMut(usize, usize, &mut UnionFind) -> bool,
}

impl Joins for StoryTest<'_> {
    fn find(&mut self, n: usize) -> usize {
        self.uf.find(n)
    }
    fn union(&mut self, n: usize, m: usize) {
        self.uf.union(n, m);
    }
    fn same_story(&mut self, n: usize, m: usize) -> bool {
        (self.same_story)(n, m, &mut self.uf)
    }
}

/// What [`items_kinds_firmly_differ`] reads of an item's candidate: firmly a person,
/// firmly a place or body, or neither (two items' kinds firmly differ when one is
/// firmly a person and the other firmly a thing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum FirmKind {
    Person,
    Thing,
    Neither,
}

impl FirmKind {
    fn of(cand: Option<&Kept>) -> FirmKind {
        match cand.map(firm_kinds) {
            Some((true, _)) => FirmKind::Person,
            Some((_, true)) => FirmKind::Thing,
            _ => FirmKind::Neither,
        }
    }

    fn firmly_differs(self, other: FirmKind) -> bool {
        matches!((self, other), (FirmKind::Person, FirmKind::Thing) | (FirmKind::Thing, FirmKind::Person))
    }
}

/// An item's keys (joined and whole skeleton), its [`FirmKind`], and whether two
/// items may pair at all (other articles, kinds that do not firmly differ: the
/// latter must be what the kinds say).
type PairTests<'f> = (&'f dyn Fn(usize) -> [u32; 2], &'f dyn Fn(usize) -> FirmKind, &'f dyn Fn(usize, usize) -> bool);

/// The joins of one reading, as [`join_pairs_one_by_one`] makes them: each item
/// `m` in item order meets the names of the list under its joined skeleton, then
/// of the list under its whole one, in item order, and is joined to each that may
/// pair with it, is outside its cluster, and tells its story. A name of a million
/// articles met every name of its list for every one of its items (quadratic: 600
/// CPU-s of a 1M build); here a list's names are held in groups, one per cluster
/// and firm kind, so an item skips its own cluster, the kind that firmly differs,
/// and a cluster once it has joined, at once. The same pairs are asked in the same
/// order, so the unions and the story test's answers are the same.
fn join_pairs_by_clusters(
    read_so: &HashMap<u32, Vec<usize>>,
    len: usize,
    (keys_of, firm_of, may_pair): PairTests,
    uf: &mut dyn Joins,
) {
    let mut lists: HashMap<u32, ListClusters> = HashMap::default();
    let mut unions: u64 = 0;
    let mut walk = Walk::default();
    for m in 0..len {
        for key in keys_of(m) {
            let Some(list) = read_so.get(&key) else { continue };
            let clusters = lists.entry(key).or_insert_with(|| ListClusters::new(list, uf, firm_of, unions));
            clusters.refresh(uf, unions);
            unions += walk.meet(clusters, m, (keys_of, firm_of, may_pair), uf);
        }
    }
}

/// A run of a list's names, in item order.
type Run = Vec<u32>;

/// The names of one list that are in one cluster and of one firm kind.
struct Group {
    root: u32,
    firm: FirmKind,
    /// sorted runs, longest first (at most about log2 of the group's names)
    runs: Vec<Run>,
    /// the group's cluster: groups of one root have one
    cluster: u32,
}

/// The names of one list, grouped by the cluster they are in as of the last
/// [`ListClusters::refresh`].
struct ListClusters {
    groups: Vec<Group>,
    /// the number of joins made when the groups were last brought up to date
    unions_seen: u64,
}

impl ListClusters {
    fn new(list: &[usize], uf: &mut dyn Joins, firm_of: &dyn Fn(usize) -> FirmKind, unions: u64) -> ListClusters {
        let mut names: Vec<(u32, FirmKind, u32)> =
            list.iter().map(|&n| (uf.find(n) as u32, firm_of(n), n as u32)).collect();
        names.sort_unstable();
        let mut groups: Vec<Group> = Vec::new();
        for (root, firm, n) in names {
            match groups.last_mut() {
                Some(g) if g.root == root && g.firm == firm => g.runs[0].push(n),
                _ => groups.push(Group { root, firm, runs: vec![vec![n]], cluster: 0 }),
            }
        }
        let mut clusters = ListClusters { groups, unions_seen: unions };
        clusters.number_clusters();
        clusters
    }

    /// Brings the groups up to date after joins: each group's root now, and groups
    /// of one root and kind made one (a cluster, once joined, stays joined).
    fn refresh(&mut self, uf: &mut dyn Joins, unions: u64) {
        if self.unions_seen == unions {
            return;
        }
        self.unions_seen = unions;
        let mut moved = false;
        for g in &mut self.groups {
            let root = g.runs.first().and_then(|run| run.first()).map_or(g.root, |&n| uf.find(n as usize) as u32);
            moved |= root != g.root;
            g.root = root;
        }
        if !moved {
            return;
        }
        self.groups.sort_unstable_by_key(|g| (g.root, g.firm));
        let mut merged: Vec<Group> = Vec::with_capacity(self.groups.len());
        for g in std::mem::take(&mut self.groups) {
            match merged.last_mut() {
                Some(last) if last.root == g.root && last.firm == g.firm => {
                    for run in g.runs {
                        add_run(&mut last.runs, run);
                    }
                }
                _ => merged.push(g),
            }
        }
        self.groups = merged;
        self.number_clusters();
    }

    fn number_clusters(&mut self) {
        let mut cluster = 0;
        let mut previous = None;
        for g in &mut self.groups {
            if previous.is_some_and(|root| root != g.root) {
                cluster += 1;
            }
            previous = Some(g.root);
            g.cluster = cluster;
        }
    }
}

/// Adds a sorted run to runs kept longest first, merging runs no longer than it
/// (as a binary counter: a name is merged about log2 times in all).
fn add_run(runs: &mut Vec<Run>, mut run: Run) {
    while let Some(last) = runs.pop_if(|last| last.len() <= run.len()) {
        run = merge_sorted(&last, &run);
    }
    runs.push(run);
}

fn merge_sorted(a: &[u32], b: &[u32]) -> Run {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        if x <= y {
            out.push(x);
            i += 1;
        } else {
            out.push(y);
            j += 1;
        }
    }
    out.extend_from_slice(a.get(i..).unwrap_or(&[]));
    out.extend_from_slice(b.get(j..).unwrap_or(&[]));
    out
}

/// The scratch of one item's walk through a list (kept between walks).
#[derive(Default)]
struct Walk {
    /// (name, group, run, place in the run): the next name of each run, least first
    next: std::collections::BinaryHeap<std::cmp::Reverse<(u32, u32, u32, u32)>>,
    /// per cluster: joined to the item in this walk
    joined: Vec<bool>,
}

impl Walk {
    /// Item `m` meets the names of `clusters` in item order, those outside its
    /// cluster and of a kind that does not firmly differ from its own; the number of
    /// joins made.
    fn meet(
        &mut self,
        clusters: &ListClusters,
        m: usize,
        (_, firm_of, may_pair): PairTests,
        uf: &mut dyn Joins,
    ) -> u64 {
        let own = uf.find(m) as u32;
        let firm = firm_of(m);
        self.next.clear();
        for (g, group) in clusters.groups.iter().enumerate() {
            if group.root == own || group.firm.firmly_differs(firm) {
                continue;
            }
            for (r, run) in group.runs.iter().enumerate() {
                if let Some(&n) = run.first() {
                    self.next.push(std::cmp::Reverse((n, g as u32, r as u32, 0)));
                }
            }
        }
        if self.next.is_empty() {
            return 0;
        }
        self.joined.clear();
        self.joined.resize(clusters.groups.last().map_or(0, |g| g.cluster as usize + 1), false);
        let mut unions = 0;
        while let Some(std::cmp::Reverse((n, g, r, at))) = self.next.pop() {
            let Some(group) = clusters.groups.get(g as usize) else { continue };
            let cluster = group.cluster as usize;
            if self.joined.get(cluster) == Some(&true) {
                // (its cluster is the item's now: none of its names is met again)
                continue;
            }
            let n = n as usize;
            if may_pair(n, m) && uf.find(n) != uf.find(m) && uf.same_story(n, m) {
                uf.union(n, m);
                if uf.find(n) == uf.find(m) {
                    unions += 1;
                    if let Some(joined) = self.joined.get_mut(cluster) {
                        *joined = true;
                    }
                    continue;
                }
            }
            if let Some(&after) = group.runs.get(r as usize).and_then(|run| run.get(at as usize + 1)) {
                self.next.push(std::cmp::Reverse((after, g, r, at + 1)));
            }
        }
        unions
    }
}

/// The joins of one reading one pair at a time, as they were first written: the
/// oracle [`join_pairs_by_clusters`] is tested against, and the bench's before.
fn join_pairs_one_by_one(
    read_so: &HashMap<u32, Vec<usize>>,
    len: usize,
    (keys_of, _, may_pair): PairTests,
    uf: &mut dyn Joins,
) {
    for m in 0..len {
        for &n in keys_of(m).into_iter().filter_map(|k| read_so.get(&k)).flatten() {
            if may_pair(n, m) && uf.find(n) != uf.find(m) && uf.same_story(n, m) {
                uf.union(n, m);
            }
        }
    }
}

/// A generated load of the reading's joins for the bench `link_scale`: `mentions`
/// items of one common name, each in an article of its own, every other one
/// spelt with the letter a reading reads otherwise (the list under the common
/// skeleton), the others spelt so (their joined skeleton is it), told in
/// `stories` stories (items `2k` and `2k + 1` tell story `k` modulo `stories`),
/// all firmly people. As earlier passes leave them, each spelling's mentions of
/// a story are one cluster already (the shape of the 1M build, where almost
/// every pair met was in one cluster).
#[doc(hidden)]
pub struct CommonNameMentions {
    read_so: HashMap<u32, Vec<usize>>,
    keys: Vec<[u32; 2]>,
    stories: usize,
}

impl CommonNameMentions {
    /// The skeleton of the common name, and that of the reading's own spellings
    /// (a key of no list).
    const COMMON: u32 = 0;
    const SPELT_OTHERWISE: u32 = 1;

    pub fn new(mentions: usize, stories: usize) -> CommonNameMentions {
        let spelt_otherwise: Vec<usize> = (0..mentions).filter(|n| n % 2 == 1).collect();
        let keys = (0..mentions)
            .map(|n| if n % 2 == 1 { [Self::SPELT_OTHERWISE; 2] } else { [Self::COMMON, Self::SPELT_OTHERWISE] })
            .collect();
        let read_so = std::iter::once((Self::COMMON, spelt_otherwise)).collect();
        CommonNameMentions { read_so, keys, stories: stories.max(1) }
    }

    fn story(&self, n: usize) -> usize {
        n / 2 % self.stories
    }

    /// Makes the joins (`one_by_one`: as first written, else by clusters); the
    /// number of clusters made and of story tests asked.
    pub fn join(&self, one_by_one: bool) -> (usize, usize) {
        let len = self.keys.len();
        let keys_of = |m: usize| self.keys.get(m).copied().unwrap_or([Self::SPELT_OTHERWISE; 2]);
        let firm_of = |_: usize| FirmKind::Person;
        let may_pair = |n: usize, m: usize| n != m;
        let mut asked = 0;
        let mut same_story = |n: usize, m: usize, _: &mut UnionFind| {
            asked += 1;
            self.story(n) == self.story(m)
        };
        let tests: PairTests = (&keys_of, &firm_of, &may_pair);
        let mut uf = UnionFind::new(len);
        // (each spelling's first mention of a story is its cluster's root)
        for n in 0..len {
            uf.union(n % (2 * self.stories), n);
        }
        let mut joins = StoryTest { uf, same_story: &mut same_story };
        if one_by_one {
            join_pairs_one_by_one(&self.read_so, len, tests, &mut joins);
        } else {
            join_pairs_by_clusters(&self.read_so, len, tests, &mut joins);
        }
        let clusters = (0..len).filter(|&n| joins.find(n) == n).count();
        (clusters, asked)
    }
}

#[cfg(test)]
mod tests {
    use super::{
        CommonNameMentions, FirmKind, HashMap, Joins, PairTests, StoryTest, UnionFind, join_pairs_by_clusters,
        join_pairs_one_by_one, q_as_g,
    };

    /// SplitMix64, for random instances the same on every run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// [`join_pairs_by_clusters`] or [`join_pairs_one_by_one`].
    type JoinOfAReading = fn(&HashMap<u32, Vec<usize>>, usize, PairTests, &mut dyn Joins);

    /// One random instance: items with their articles, kinds and keys, the lists of
    /// a reading, clusters joined before, frozen items, and a story test that answers
    /// by the clusters as they are (so an order changed changes its answers).
    struct Instance {
        len: usize,
        art: Vec<usize>,
        firm: Vec<FirmKind>,
        keys: Vec<[u32; 2]>,
        read_so: HashMap<u32, Vec<usize>>,
        joined_before: Vec<(usize, usize)>,
        frozen: Vec<usize>,
        salt: u64,
        yes_in_100: u64,
    }

    impl Instance {
        fn random(rng: &mut Rng) -> Instance {
            let len = 1 + rng.below(70);
            let (arts, key_count) = (1 + rng.below(len), 1 + rng.below(5) as u32);
            let firms = [FirmKind::Person, FirmKind::Thing, FirmKind::Neither];
            let art = (0..len).map(|_| rng.below(arts)).collect();
            let firm = (0..len).map(|_| firms[rng.below(3)]).collect();
            let keys = (0..len)
                .map(|_| {
                    let joined = rng.below(key_count as usize + 1) as u32;
                    [joined, if rng.below(3) == 0 { joined } else { rng.below(key_count as usize + 1) as u32 }]
                })
                .collect();
            let mut read_so: HashMap<u32, Vec<usize>> = HashMap::default();
            let in_list = 1 + rng.below(100);
            for key in 0..key_count {
                let list: Vec<usize> = (0..len).filter(|_| rng.below(100) < in_list).collect();
                if !list.is_empty() {
                    read_so.insert(key, list);
                }
            }
            let joined_before = (0..rng.below(len)).map(|_| (rng.below(len), rng.below(len))).collect();
            let frozen = (0..rng.below(4)).map(|_| rng.below(len)).collect();
            Instance {
                len,
                art,
                firm,
                keys,
                read_so,
                joined_before,
                frozen,
                salt: rng.next(),
                yes_in_100: rng.below(101) as u64,
            }
        }

        /// Runs `join`; the story tests asked, with their answers, and each item's root.
        fn run(&self, join: JoinOfAReading) -> (Vec<(usize, usize, bool)>, Vec<usize>) {
            let mut uf = UnionFind::new(self.len);
            for &(a, b) in &self.joined_before {
                uf.union(a, b);
            }
            for &n in &self.frozen {
                uf.freeze(n);
            }
            let keys_of = |m: usize| self.keys[m];
            let firm_of = |n: usize| self.firm[n];
            let may_pair =
                |n: usize, m: usize| self.art[n] != self.art[m] && !self.firm[n].firmly_differs(self.firm[m]);
            let mut asked = Vec::new();
            let mut same_story = |n: usize, m: usize, uf: &mut UnionFind| {
                let (rn, rm) = (uf.find(n) as u64, uf.find(m) as u64);
                let mut hash = Rng(self.salt ^ (n as u64) << 48 ^ (m as u64) << 32 ^ rn << 16 ^ rm);
                let yes = hash.next() % 100 < self.yes_in_100;
                asked.push((n, m, yes));
                yes
            };
            let mut joins = StoryTest { uf, same_story: &mut same_story };
            join(&self.read_so, self.len, (&keys_of, &firm_of, &may_pair), &mut joins);
            let roots = (0..self.len).map(|n| joins.find(n)).collect();
            (asked, roots)
        }
    }

    #[test]
    fn joins_by_clusters_ask_the_pairs_one_by_one_asked_in_their_order() {
        let mut rng = Rng(67);
        let mut asked_in_all = 0;
        for case in 0..4000 {
            let instance = Instance::random(&mut rng);
            let (asked, roots) = instance.run(join_pairs_by_clusters);
            let (asked_one_by_one, roots_one_by_one) = instance.run(join_pairs_one_by_one);
            assert_eq!(asked, asked_one_by_one, "case {case}: the story tests asked");
            assert_eq!(roots, roots_one_by_one, "case {case}: the clusters");
            asked_in_all += asked.len();
        }
        assert!(asked_in_all > 10_000, "the instances ask the story test ({asked_in_all} times)");
    }

    #[test]
    fn a_common_name_of_many_stories_is_joined_story_by_story() {
        for stories in [7, 10] {
            let mentions = CommonNameMentions::new(2_000, stories);
            let (clusters, asked) = mentions.join(false);
            assert_eq!((clusters, asked), mentions.join(true));
            assert_eq!(clusters, stories);
        }
    }

    #[test]
    fn kinds_firmly_differ_between_a_person_and_a_thing_only() {
        use FirmKind::{Neither, Person, Thing};
        assert!(Person.firmly_differs(Thing) && Thing.firmly_differs(Person));
        for (a, b) in [(Person, Person), (Thing, Thing), (Neither, Person), (Thing, Neither), (Neither, Neither)] {
            assert!(!a.firmly_differs(b), "{a:?} {b:?}");
        }
    }

    #[test]
    fn a_q_before_no_u_is_read_as_g() {
        assert_eq!(q_as_g("Varzaqan").as_deref(), Some("Varzagan"));
        assert_eq!(q_as_g("Qalasi").as_deref(), Some("Galasi"));
        assert_eq!(q_as_g("Quebec"), None, "the qu of Latin spelling");
        assert_eq!(q_as_g("Varzaghan"), None);
    }
}
