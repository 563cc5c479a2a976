//! Linking: which candidates name the same real-world entity.
//!
//! Gazetteer hits carry their entity. Unknown names are clustered with a
//! union-find over consonant skeletons (see [`super::skeleton`]):
//! - full names (two or more words) with the same skeleton, or one edit apart,
//!   are one person or organisation, whatever script or case form;
//! - a shorter name inside a longer one in the same article is that one,
//!   the nearest preceding mention first (`Kim` after `Kim Yo Jong` is her,
//!   not her brother), so a shared family name never merges two people;
//! - a lone surname elsewhere joins the one full name in the corpus that has it;
//!   with two candidates (two Kims) it stays apart.
//!
//! Then Devanagari text, which has no capitals, is searched for the skeletons
//! of the names found so far and of Latin-script gazetteer names.

use super::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::cues::{CueLang, Cues, HI_POST, HI_STOP, TITLE};
use super::gazetteer::Gazetteer;
use super::recognise::{par_chunks, Cand, Doc, Lang, Source};
use super::skeleton::push_skeleton;
use super::suffixes::display_lemma;
use super::tokens::{DEVA, DIGIT, JOINED};
use super::{EntityId, EntityKind, Linked, LinkedEntity, LinkedMention};
use crate::corpus::Article;
use crate::lang::latin_key;

/// One unknown-name candidate, flattened over the corpus.
struct Item {
    art: usize,
    cand: usize,
    /// Skeleton per word.
    skels: Vec<String>,
    /// Latin transliteration per word, for short words whose skeleton says too little.
    vkeys: Vec<String>,
    /// The whole name's skeleton without word breaks, or `acr:` + acronym letters.
    joined: String,
    /// Lower-case first letters of a multi-word organisation's words (`ysk`),
    /// for acronyms that spell them.
    initials: Option<String>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // the earlier item stays root: deterministic ids
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
    fn push(&mut self) -> usize {
        let n = self.0.len();
        self.0.push(n);
        n
    }
}

/// The prefix of a word that its stem key covers, so skeletons see `Kozlov`
/// for `Kozlovom` and `Ын` for `Ыном`.

/// How many longer names, each way, a short name is compared with to find the
/// full name it stands for: the nearest are the ones that matter.
const NEAREST_NAME_WINDOW: usize = 64;

fn stem_prefix<'a>(doc: &'a Doc, i: usize) -> &'a str {
    let word = doc.word(i);
    if doc.toks[i].flags & DEVA != 0 {
        return word;
    }
    let n = doc.key(i).chars().count();
    match word.char_indices().nth(n) {
        Some((b, _)) => &word[..b],
        None => word,
    }
}

fn vowel_key(word: &str) -> String {
    let deva = word.chars().any(|c| matches!(c as u32, 0x900..=0x97f));
    let key = if deva { super::skeleton::devanagari_latin(word).to_ascii_lowercase() } else { latin_key(word).text };
    let mut out = String::with_capacity(key.len());
    for c in key.chars().filter(char::is_ascii_alphabetic) {
        let c = match c {
            'w' => 'v',
            'y' | 'j' => 'i',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn make_item(doc: &Doc, art: usize, cand: usize, c: &Cand) -> Item {
    if let Source::Unknown { acronym: Some(letters) } = &c.source {
        return Item { art, cand, skels: vec![format!("acr:{letters}")], vkeys: vec![letters.clone()], joined: format!("acr:{letters}"), initials: None };
    }
    let orth = doc.lang.orthography();
    let mut skels = Vec::with_capacity(c.t1 - c.t0);
    let mut vkeys = Vec::with_capacity(c.t1 - c.t0);
    let mut joined = String::new();
    for i in c.t0..c.t1 {
        let word = stem_prefix(doc, i);
        let mut s = String::new();
        push_skeleton(word, orth, &mut s);
        joined.push_str(&s);
        // transliterations are only compared for short skeletons (see `same_word`);
        // both the whole word (`Моди`, `Kishida`) and its stem (`Ким` of `Кимом`)
        vkeys.push(if s.len() < 4 { format!("{}|{}", vowel_key(doc.word(i)), vowel_key(word)) } else { String::new() });
        skels.push(s);
    }
    let initials = (c.kind == EntityKind::Organization && skels.len() >= 2).then(|| (c.t0..c.t1).filter_map(|i| doc.word(i).chars().next()).flat_map(char::to_lowercase).collect());
    Item { art, cand, skels, vkeys, joined, initials }
}

/// Two words name the same: equal skeletons, and for short ones equal transliterations.
fn same_word(a_skel: &str, a_vkey: &str, b_skel: &str, b_vkey: &str) -> bool {
    a_skel == b_skel && (a_skel.len() >= 3 || vowels_agree(a_vkey, b_vkey))
}

/// Transliterations agree when a whole-word or stem form of one equals one of
/// the other (`kim` of `Кимом` = `kim` of `किम`), while `kim` and `kam` stay apart.
fn vowels_agree(a: &str, b: &str) -> bool {
    a.split('|').any(|x| x.len() >= 2 && b.split('|').any(|y| x == y))
}

fn contained(short: &Item, long: &Item) -> bool {
    let k = short.skels.len();
    if k >= long.skels.len() || k == 0 {
        return false;
    }
    (0..=long.skels.len() - k).any(|off| (0..k).all(|w| same_word(&short.skels[w], &short.vkeys[w], &long.skels[off + w], &long.vkeys[off + w])))
}

/// Equal but for sibilants and affricates, which English spellings flatten
/// (`Vučić` → `Vucic`: `vJJ` against `vsk`).
fn soft_equal(a: &str, b: &str) -> bool {
    let soft = |c: u8| matches!(c, b'J' | b's' | b'k' | b'z' | b'c');
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y || (soft(x) && soft(y))) && a.as_bytes().first() == b.as_bytes().first()
}

fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let mut i = 0;
    while i < a.len() && i < b.len() && a[i] == b[i] {
        i += 1;
    }
    if i == a.len() || i == b.len() {
        return true;
    }
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => a[i + 1..] == b[i + 1..],
        std::cmp::Ordering::Less => a[i..] == b[i + 1..],
        std::cmp::Ordering::Greater => a[i + 1..] == b[i..],
    }
}

/// What linking keeps of a chunk of articles after pass 2, so that no pass
/// holds every article's tokens at once: the candidates, the unknown names'
/// skeletons, and the few corpus-wide tables built from cased-script text.
#[derive(Default)]
pub(crate) struct Prepared {
    cands: Vec<Vec<Cand>>,
    /// Unknown-name items in corpus and candidate order, one flat list (it
    /// becomes the linker's list without a copy).
    items: Vec<Item>,
    /// Index of each article's first item in `items`.
    item_starts: Vec<usize>,
    langs: Vec<Lang>,
    /// The article has Devanagari words (pass 4 reads it again).
    deva: Vec<bool>,
    /// The article has a cue-found Devanagari name that may be extended.
    extendable: Vec<bool>,
    /// Skeletons of full names found in a cased script (see [`extend_devanagari_names`]).
    known: HashSet<String>,
    /// Skeletons of single-word gazetteer places in cased scripts, first hit kept.
    places: HashMap<String, u32>,
    short_places: HashMap<String, u32>,
}

impl Prepared {
    /// Keep what linking needs of one tokenised article and its candidates.
    pub(crate) fn add(&mut self, doc: &Doc, cands: Vec<Cand>) {
        let art = self.cands.len();
        self.item_starts.push(self.items.len());
        let mut extendable = false;
        for (ci, c) in cands.iter().enumerate() {
            let deva = doc.toks[c.t0].flags & DEVA != 0;
            extendable |= c.cue && deva;
            if matches!(c.source, Source::Unknown { acronym: None }) && c.t1 - c.t0 >= 2 && !deva {
                let orth = doc.lang.orthography();
                let mut s = String::new();
                for i in c.t0..c.t1 {
                    push_skeleton(stem_prefix(doc, i), orth, &mut s);
                }
                self.known.insert(s);
            }
            if matches!(c.source, Source::Unknown { .. }) {
                // `art` is the index within this chunk until the chunks are joined
                self.items.push(make_item(doc, art, ci, c));
            }
            if let Source::Gazetteer(e) = c.source {
                if !deva && c.t1 - c.t0 == 1 {
                    let mut s = String::new();
                    push_skeleton(stem_prefix(doc, c.t0), doc.lang.orthography(), &mut s);
                    if s.len() >= 4 {
                        self.places.entry(s).or_insert(e);
                    } else if s.len() >= 2 {
                        // the whole word: the stem of `Hatay` is `Hat`
                        self.short_places.entry(vowel_key(doc.word(c.t0))).or_insert(e);
                    }
                }
            }
        }
        // kept to the end of linking: no spare capacity
        let mut cands = cands;
        cands.shrink_to_fit();
        self.cands.push(cands);
        self.langs.push(doc.lang);
        self.deva.push(doc.has_devanagari());
        self.extendable.push(extendable);
    }

    /// Join chunks in corpus order (first occurrences win, as in one pass).
    fn join(parts: Vec<Prepared>) -> Prepared {
        let mut all = Prepared::default();
        for part in parts {
            let offset = all.cands.len();
            let item_offset = all.items.len();
            all.cands.extend(part.cands);
            all.item_starts.extend(part.item_starts.into_iter().map(|s| s + item_offset));
            let mut items = part.items;
            for it in &mut items {
                it.art += offset;
            }
            if all.items.is_empty() {
                all.items = items;
            } else {
                all.items.extend(items);
            }
            all.langs.extend(part.langs);
            all.deva.extend(part.deva);
            all.extendable.extend(part.extendable);
            if all.known.is_empty() {
                all.known = part.known;
            } else {
                all.known.extend(part.known);
            }
            for (k, e) in part.places {
                all.places.entry(k).or_insert(e);
            }
            for (k, e) in part.short_places {
                all.short_places.entry(k).or_insert(e);
            }
        }
        all
    }
}

/// Hindi title cues stop a name at function words, but Korean `उन` (Un) is
/// also the pronoun "those": extend a cue-found Devanagari name by a word or two
/// when that makes it a full name already found in a cased script. Returns the
/// indexes of the candidates it extended.
fn extend_devanagari_names(doc: &Doc, cs: &mut [Cand], known: &HashSet<String>) -> Vec<usize> {
    let mut changed = Vec::new();
    // candidate starts in order, so "does one start in this range" is a binary search
    let mut starts: Vec<usize> = cs.iter().map(|c| c.t0).collect();
    starts.sort_unstable();
    for (ci, c) in cs.iter_mut().enumerate() {
        if !c.cue || doc.toks[c.t0].flags & DEVA == 0 {
            continue;
        }
        let mut s = String::new();
        for i in c.t0..c.t1 {
            push_skeleton(doc.word(i), Lang::Hindi.orthography(), &mut s);
        }
        for extra in 1..=2 {
            let end = c.t1 + extra;
            let next_start = starts.get(starts.partition_point(|&st| st < c.t1)).copied();
            if end > doc.toks.len() || next_start.is_some_and(|st| st < end) {
                break;
            }
            let t = doc.toks[end - 1];
            if t.flags & (DEVA | JOINED) != DEVA | JOINED || t.flags & DIGIT != 0 {
                break;
            }
            push_skeleton(doc.word(end - 1), Lang::Hindi.orthography(), &mut s);
            if known.contains(&s) {
                c.t1 = end;
                c.end = t.end;
                changed.push(ci);
                break;
            }
        }
    }
    changed
}

pub(crate) fn link_corpus(articles: &[Article], parts: Vec<Prepared>, gaz: &'static Gazetteer, cues: &'static Cues, threads: usize) -> Linked {
    let Prepared { mut cands, mut items, item_starts, langs, deva, extendable, known, places, short_places } = Prepared::join(parts);
    if !known.is_empty() {
        // the articles are tokenised again; their candidates' items are made anew
        let todo: Vec<usize> = (0..cands.len()).filter(|&a| extendable[a]).collect();
        let cands_ref = &cands;
        let known = &known;
        let updates = par_chunks(threads, &todo, |chunk| {
            let mut out = Vec::new();
            let mut doc = Doc::default();
            for &art in chunk {
                let Some(article) = articles.get(art) else { continue };
                doc.refill(article);
                let mut cs = cands_ref[art].clone();
                let changed = extend_devanagari_names(&doc, &mut cs, known);
                if changed.is_empty() {
                    continue;
                }
                let remade: Vec<(usize, Item)> = changed.iter().filter(|&&ci| matches!(cs[ci].source, Source::Unknown { .. })).map(|&ci| (ci, make_item(&doc, art, ci, &cs[ci]))).collect();
                out.push((art, cs, remade));
            }
            out
        });
        for (art, cs, remade) in updates.into_iter().flatten() {
            cands[art] = cs;
            for (ci, item) in remade {
                let range = item_starts[art]..item_starts.get(art + 1).copied().unwrap_or(items.len());
                if let Some(slot) = items[range].iter_mut().find(|it| it.cand == ci) {
                    *slot = item;
                }
            }
        }
    }
    drop(known);
    let cands = &mut cands;
    items.shrink_to_fit();
    drop(item_starts);
    let mut uf = UnionFind((0..items.len()).collect());
    let kind_of = |cands: &[Vec<Cand>], it: &Item| cands[it.art][it.cand].kind;
    let weak_of = |cands: &[Vec<Cand>], it: &Item| cands[it.art][it.cand].weak;

    // full names and acronyms: the same skeleton is the same entity
    let mut by_joined: HashMap<&str, usize> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        if it.skels.len() >= 2 || it.joined.starts_with("acr:") {
            match by_joined.get(it.joined.as_str()) {
                Some(&first) => uf.union(first, n),
                None => {
                    by_joined.insert(&it.joined, n);
                }
            }
        }
    }
    // ... or one edit apart (transliteration variants), among long enough names
    {
        let mut names: Vec<(&str, usize)> = by_joined.iter().filter(|(k, _)| k.len() >= 6 && !k.starts_with("acr:")).map(|(k, &n)| (*k, n)).collect();
        names.sort_unstable();
        // candidates share the first letter and differ in length by at most one
        let mut buckets: HashMap<(u8, usize), Vec<(&str, usize)>> = HashMap::default();
        for (k, n) in names {
            buckets.entry((k.as_bytes()[0], k.len())).or_default().push((k, n));
        }
        let empty = Vec::new();
        for (&(first, len), bucket) in &buckets {
            let longer = buckets.get(&(first, len + 1)).unwrap_or(&empty);
            if bucket.len() * (bucket.len() + longer.len()) > 4_000_000 {
                continue; // quadratic; a corpus this large has exact matches enough
            }
            for (x, &(a, na)) in bucket.iter().enumerate() {
                for &(b, nb) in bucket[x + 1..].iter().chain(longer) {
                    if kind_of(cands, &items[na]) == kind_of(cands, &items[nb]) && (edit_distance_at_most_one(a, b) || soft_equal(a, b)) {
                        uf.union(na, nb);
                    }
                }
            }
        }
    }

    // an acronym is the organisation whose initials it spells (`Yüksek Seçim Kurulu` … `YSK`)
    {
        let mut by_initials: HashMap<String, usize> = HashMap::default();
        for (n, it) in items.iter().enumerate() {
            let c = &cands[it.art][it.cand];
            if c.kind == EntityKind::Organization && it.skels.len() >= 2 && !it.joined.starts_with("acr:") {
                if let Some(initials) = &it.initials {
                    by_initials.entry(initials.clone()).or_insert(n);
                }
            }
        }
        for (n, it) in items.iter().enumerate() {
            if let Some(letters) = it.joined.strip_prefix("acr:") {
                let mut folded = String::new();
                for c in letters.chars() {
                    crate::lang::fold_char(c, &mut folded);
                }
                if let Some(&org) = by_initials.get(letters).or_else(|| by_initials.get(&folded)) {
                    uf.union(n, org);
                }
            }
        }
    }

    // shorter names inside longer ones in the same article: the nearest preceding first
    let mut resolved = vec![false; items.len()];
    {
        let mut by_art: HashMap<usize, Vec<usize>> = HashMap::default();
        for (n, it) in items.iter().enumerate() {
            by_art.entry(it.art).or_default().push(n);
        }
        for members in by_art.values() {
            // longer names indexed by each of their words' skeletons, so a short
            // name is only compared with the names that share its first word
            let mut longs: HashMap<&str, Vec<usize>> = HashMap::default();
            for &l in members {
                if items[l].skels.len() >= 2 {
                    let mut seen: Vec<&str> = Vec::new();
                    for s in &items[l].skels {
                        if !seen.contains(&s.as_str()) {
                            seen.push(s);
                            longs.entry(s.as_str()).or_default().push(l);
                        }
                    }
                }
            }
            for bucket in longs.values_mut() {
                bucket.sort_by_key(|&l| cands[items[l].art][items[l].cand].start);
            }
            for &s in members {
                if items[s].joined.starts_with("acr:") || items[s].skels.is_empty() {
                    continue;
                }
                let Some(longs) = longs.get(items[s].skels[0].as_str()) else { continue };
                let sc = &cands[items[s].art][items[s].cand];
                // only people are named by parts of their names; a place inside an
                // organisation's name (`centru Vojvodine`) is still the place
                let fits = |l: usize| {
                    let lc = &cands[items[l].art][items[l].cand];
                    l != s && lc.kind == EntityKind::Person && (sc.kind == EntityKind::Person || sc.weak) && contained(&items[s], &items[l])
                };
                // `longs` is in text order: from where `s` stands, walk back to the
                // nearest fitting name, else forward; a bounded walk keeps an article
                // of a million mentions linear
                let at = longs.partition_point(|&l| cands[items[l].art][items[l].cand].start < sc.start);
                let before = longs[..at].iter().rev().take(NEAREST_NAME_WINDOW).copied().find(|&l| fits(l));
                let after = || longs[at..].iter().take(NEAREST_NAME_WINDOW).copied().find(|&l| fits(l));
                if let Some(l) = before.or_else(after) {
                    uf.union(s, l);
                    resolved[s] = true;
                }
            }
        }
    }

    // lone words elsewhere: the one full name in the corpus that contains them
    {
        let mut by_word: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut seen_full: HashSet<&str> = HashSet::default();
        for (n, it) in items.iter().enumerate() {
            // surnames belong to people; one representative per distinct full name keeps this linear
            let person = cands[it.art][it.cand].kind == EntityKind::Person;
            if person && it.skels.len() >= 2 && seen_full.insert(it.joined.as_str()) {
                for (w, s) in it.skels.iter().enumerate() {
                    if w == 0 || w + 1 == it.skels.len() {
                        by_word.entry(s.as_str()).or_default().push(n);
                    }
                }
            }
        }
        let mut lone: HashMap<&str, usize> = HashMap::default();
        for n in 0..items.len() {
            if resolved[n] || items[n].skels.len() != 1 || items[n].joined.starts_with("acr:") {
                continue;
            }
            let (skel, vkey) = (&items[n].skels[0], &items[n].vkeys[0]);
            let mut roots: HashSet<usize> = HashSet::default();
            let mut example = None;
            if let Some(full) = by_word.get(skel.as_str()) {
                for &f in full {
                    let fi = &items[f];
                    let matches = fi.skels.iter().zip(&fi.vkeys).any(|(s, v)| same_word(skel, vkey, s, v));
                    if matches {
                        roots.insert(uf.find(f));
                        example = Some(f);
                    }
                }
            }
            match (roots.len(), example) {
                (1, Some(f)) => uf.union(n, f),
                _ => match lone.get(items[n].joined.as_str()) {
                    Some(&first) => uf.union(first, n),
                    None => {
                        lone.insert(&items[n].joined, n);
                    }
                },
            }
        }
    }

    // pass 4: known names and Latin gazetteer names in Devanagari text
    let found = devanagari_pass(articles, &deva, cands, &items, &mut uf, (places, short_places), gaz, cues, threads);
    for (art, c, target) in found {
        cands[art].push(c);
        if let Some(t) = target {
            let ci = cands[art].len() - 1;
            let n = uf.push();
            let it = Item { art, cand: ci, skels: Vec::new(), vkeys: Vec::new(), joined: String::new(), initials: None };
            items.push(it);
            uf.union(t, n);
        }
    }

    assemble(articles, &langs, cands, &items, &mut uf, gaz, &kind_of, &weak_of, threads)
}

/// Candidates found in Devanagari text by skeleton: (article, candidate, item it joins).
#[allow(clippy::too_many_arguments)]
fn devanagari_pass(
    articles: &[Article],
    deva: &[bool],
    cands: &[Vec<Cand>],
    items: &[Item],
    uf: &mut UnionFind,
    (places, short_places): (HashMap<String, u32>, HashMap<String, u32>),
    gaz: &'static Gazetteer,
    cues: &'static Cues,
    threads: usize,
) -> Vec<(usize, Cand, Option<usize>)> {
    if !deva.iter().any(|&d| d) {
        return Vec::new();
    }
    let mut full: HashMap<&str, usize> = HashMap::default();
    let mut words: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut seen_full: HashSet<&str> = HashSet::default();
    for (n, it) in items.iter().enumerate() {
        if it.joined.starts_with("acr:") || it.skels.is_empty() {
            continue;
        }
        let c = &cands[it.art][it.cand];
        if it.skels.len() >= 2 || c.cue {
            full.entry(it.joined.as_str()).or_insert(n);
        }
        // single words stand for people only (a surname); `सेना` alone is no particular army
        if it.skels.len() >= 2 && c.kind == EntityKind::Person && seen_full.insert(it.joined.as_str()) {
            for s in &it.skels {
                words.entry(s.as_str()).or_default().push(n);
            }
        }
    }
    // places the cased-script articles name, by skeleton (`places`, gathered in
    // pass 2): Hindi spells them its own way (`कहरामनमारस` for `Kahramanmaraş`)
    // and sources rarely list it
    let roots: Vec<usize> = (0..items.len()).map(|n| uf.find(n)).collect();
    let mut root_sizes: HashMap<usize, usize> = HashMap::default();
    for &r in &roots {
        *root_sizes.entry(r).or_default() += 1;
    }
    let indexed: Vec<usize> = (0..deva.len()).filter(|&a| deva[a]).collect();
    par_chunks(threads, &indexed, |chunk| {
        let mut out = Vec::new();
        let mut buffers = Doc::default();
        for &art in chunk {
            let Some(article) = articles.get(art) else { continue };
            buffers.refill(article);
            let doc = &buffers;
            let mut covered = vec![false; doc.toks.len()];
            for c in &cands[art] {
                for slot in covered.iter_mut().take(c.t1).skip(c.t0) {
                    *slot = true;
                }
            }
            let usable = |i: usize| {
                let t = doc.toks[i];
                t.flags & DEVA != 0 && t.flags & DIGIT == 0 && !covered[i] && cues.of_key(doc.key(i), CueLang::One(4)) & (HI_STOP | HI_POST | TITLE) == 0
            };
            // each word's skeleton is needed for up to three n-grams: compute it once
            let mut cache: Vec<Option<String>> = vec![None; doc.toks.len()];
            let mut skel_of = |i: usize| -> String {
                cache[i]
                    .get_or_insert_with(|| {
                        let mut s = String::new();
                        push_skeleton(doc.word(i), Lang::Hindi.orthography(), &mut s);
                        s
                    })
                    .clone()
            };
            let mut i = 0;
            let mut last_root: Vec<usize> = Vec::new();
            while i < doc.toks.len() {
                if !usable(i) {
                    i += 1;
                    continue;
                }
                let mut done = false;
                for n in (2..=3).rev() {
                    // later words may be function words that are also name parts (`उन`, Un)
                    let later_ok = |k: usize| {
                        let t = doc.toks[k];
                        t.flags & (DEVA | JOINED) == DEVA | JOINED && t.flags & DIGIT == 0 && !covered[k] && cues.of_key(doc.key(k), CueLang::One(4)) & HI_POST == 0
                    };
                    if i + n > doc.toks.len() || !(i + 1..i + n).all(later_ok) {
                        continue;
                    }
                    let joined: String = (i..i + n).map(&mut skel_of).collect();
                    if let Some(&target) = full.get(joined.as_str()) {
                        let kind = cands[items[target].art][items[target].cand].kind;
                        out.push((art, make_cand(doc, i, i + n, kind, Source::Known(target)), Some(target)));
                        last_root.push(roots[target]);
                        i += n;
                        done = true;
                        break;
                    }
                }
                if done {
                    continue;
                }
                let skel = skel_of(i);
                if let Some(fulls) = words.get(skel.as_str()) {
                    let vkey = vowel_key(doc.word(i));
                    let matching: Vec<usize> = fulls
                        .iter()
                        .copied()
                        .filter(|&f| items[f].skels.iter().zip(&items[f].vkeys).any(|(s, v)| s == &skel && (skel.len() >= 4 || vowels_agree(v, &vkey))))
                        .collect();
                    let distinct: HashSet<usize> = matching.iter().map(|&f| roots[f]).collect();
                    let pick = if distinct.len() == 1 {
                        matching.first().copied()
                    } else {
                        // several people share the word: the one this article named last,
                        // else the one the corpus names far more often than any other
                        last_root.iter().rev().find_map(|r| matching.iter().copied().find(|&f| roots[f] == *r)).or_else(|| {
                            let mut counts: Vec<(usize, usize)> = distinct.iter().map(|&r| (root_sizes.get(&r).copied().unwrap_or(0), r)).collect();
                            counts.sort_unstable_by(|a, b| b.cmp(a));
                            match counts.as_slice() {
                                [(a, r), (b, _), ..] if *a >= 2 * *b => matching.iter().copied().find(|&f| roots[f] == *r),
                                _ => None,
                            }
                        })
                    };
                    if let Some(target) = pick {
                        let kind = cands[items[target].art][items[target].cand].kind;
                        out.push((art, make_cand(doc, i, i + 1, kind, Source::Known(target)), Some(target)));
                        last_root.push(roots[target]);
                        i += 1;
                        continue;
                    }
                }
                // plural oblique forms (`वैज्ञानिकों`, scientists) are common nouns, not places
                let word = doc.word(i);
                if word.ends_with("ों") || word.ends_with("ें") {
                    i += 1;
                    continue;
                }
                let place = if skel.len() >= 4 {
                    places.get(skel.as_str()).copied()
                } else if skel.len() >= 2 {
                    short_places.get(vowel_key(word).as_str()).copied()
                } else {
                    None
                };
                // otherwise the whole gazetteer, but only capitals, countries and regions, or
                // long skeletons: short Hindi words meet small towns' skeletons by chance
                // other Hindi spellings of big places only (two million people, or a capital):
                // ordinary words meet small towns' spellings by chance
                let place = place.or_else(|| if skel.len() >= 5 { gaz.lookup_devanagari_skeleton(&skel).filter(|&e| gaz.entry(e).prio >= 10) } else { None });
                let place = place.or_else(|| gaz.lookup_skeleton(&skel).filter(|&e| skel.len() >= 7 || (skel.len() >= 5 && gaz.entry(e).prio >= 80)));
                if let Some(e) = place {
                    out.push((art, make_cand(doc, i, i + 1, gaz.entry(e).kind, Source::Gazetteer(e)), None));
                }
                i += 1;
            }
        }
        out
    })
    .into_iter()
    .flatten()
    .collect()
}

fn make_cand(doc: &Doc, t0: usize, t1: usize, kind: EntityKind, source: Source) -> Cand {
    Cand { t0, t1, start: doc.toks[t0].start, end: doc.toks[t1 - 1].end, kind, source, cue: false, weak: false }
}

/// A readable Latin name for one candidate.
fn display(doc: &Doc, c: &Cand) -> String {
    if let Source::Unknown { acronym: Some(letters) } = &c.source {
        return any_ascii::any_ascii(letters).to_uppercase();
    }
    let mut out = String::new();
    for i in c.t0..c.t1 {
        if i > c.t0 {
            out.push(' ');
        }
        let word = doc.word(i);
        let t = doc.toks[i];
        if t.flags & DEVA != 0 {
            let key = super::skeleton::devanagari_latin(word).to_ascii_lowercase();
            let mut chars = key.chars();
            if let Some(f) = chars.next() {
                out.extend(f.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else if matches!(word.chars().next(), Some(ch) if matches!(ch as u32, 0x400..=0x52f)) {
            // no ending stripped: nominatives end in -ом too (`Газпром`); the
            // shortest variant, usually the nominative, was chosen already
            out.push_str(&any_ascii::any_ascii(word).replace('\'', ""));
        } else if matches!(doc.lang, Lang::English | Lang::Turkish | Lang::Other) {
            out.push_str(word);
        } else {
            out.push_str(display_lemma(word));
        }
    }
    out
}

fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in any_ascii::any_ascii(name).chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() { "x".to_owned() } else { s }
}

fn lang_rank(lang: Lang) -> u8 {
    match lang {
        Lang::English => 5,
        Lang::Turkish => 4,
        Lang::Other => 3,
        Lang::Serbian => 2,
        Lang::Russian => 1,
        Lang::Hindi => 0,
    }
}

/// How good a mention is as the source of a display name: more words, a
/// language whose spelling is closest to English, then a shorter surface.
type NameRank = (usize, u8, std::cmp::Reverse<usize>);

#[allow(clippy::too_many_arguments)]
fn assemble(
    articles: &[Article],
    langs: &[Lang],
    cands: &[Vec<Cand>],
    items: &[Item],
    uf: &mut UnionFind,
    gaz: &'static Gazetteer,
    kind_of: &dyn Fn(&[Vec<Cand>], &Item) -> EntityKind,
    weak_of: &dyn Fn(&[Vec<Cand>], &Item) -> bool,
    threads: usize,
) -> Linked {
    // per cluster: kind by vote (strong evidence counts more), best name
    struct Cluster {
        votes: [u32; 3],
        /// Some member is more than a lone capitalised word typed by default.
        strong: bool,
        best: Option<(usize, NameRank)>,
        id: Option<EntityId>,
        name: String,
        /// Index into the entity table, once a mention has used it.
        slot: Option<u32>,
    }
    let mut clusters: HashMap<usize, Cluster> = HashMap::default();
    let mut item_of: HashMap<(usize, usize), usize> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        item_of.insert((it.art, it.cand), n);
        let root = uf.find(n);
        let c = &cands[it.art][it.cand];
        let cl = clusters.entry(root).or_insert(Cluster { votes: [0; 3], strong: false, best: None, id: None, name: String::new(), slot: None });
        cl.strong |= !weak_of(cands, it) || c.t1 - c.t0 > 1 || matches!(c.source, Source::Known(_));
        let kind = kind_of(cands, it);
        // a lone word after a place preposition says more than no evidence at all
        // a lone unknown word is a person only by default: that is no evidence,
        // while a place preposition before it is some
        let weight = if weak_of(cands, it) {
            if kind == EntityKind::Location { 2 } else { 0 }
        } else if c.cue {
            4
        } else {
            3
        };
        let slot = match kind {
            EntityKind::Person => 0,
            EntityKind::Location => 1,
            EntityKind::Organization => 2,
        };
        cl.votes[slot] += weight;
        if matches!(c.source, Source::Unknown { .. }) {
            let rank = (c.t1 - c.t0, lang_rank(langs[it.art]), std::cmp::Reverse(c.end - c.start));
            if cl.best.as_ref().is_none_or(|(_, r)| rank > *r) {
                cl.best = Some((n, rank));
            }
        }
    }
    // display names: one tokenisation per article that names a cluster best
    let mut wanted: Vec<(usize, usize)> = clusters.values().filter_map(|cl| cl.best.map(|(n, _)| (items[n].art, n))).collect();
    wanted.sort_unstable();
    let names: HashMap<usize, String> = par_chunks(threads, &wanted, |chunk| {
        let mut out = Vec::with_capacity(chunk.len());
        let mut doc: Option<Doc> = None;
        for &(art, n) in chunk {
            let Some(article) = articles.get(art) else { continue };
            if doc.as_ref().is_none_or(|d| !std::ptr::eq(d.text, article.text.as_str())) {
                doc = Some(Doc::new(article));
            }
            if let Some(d) = &doc {
                out.push((n, display(d, &cands[art][items[n].cand])));
            }
        }
        out
    })
    .into_iter()
    .flatten()
    .collect();
    let mut used: HashSet<String> = HashSet::default();
    let mut roots: Vec<usize> = clusters.keys().copied().collect();
    roots.sort_unstable();
    for root in roots {
        let Some(cl) = clusters.get_mut(&root) else { continue };
        // a lone capitalised word that never comes with a first name or a title is
        // rarely a person in news (people are introduced by full name): a place
        // where the press writes places this way, an organisation in English
        let english = cl.best.is_some_and(|(n, _)| matches!(langs[items[n].art], Lang::English | Lang::Other));
        let kind = if !cl.strong && cl.votes == [0, 0, 0] {
            if english { EntityKind::Organization } else { EntityKind::Location }
        } else if cl.votes[0] >= cl.votes[1].max(cl.votes[2]) {
            EntityKind::Person
        } else if cl.votes[2] >= cl.votes[1] {
            EntityKind::Organization
        } else {
            EntityKind::Location
        };
        let name = match cl.best {
            Some((n, _)) => names.get(&n).cloned().unwrap_or_else(|| "?".to_owned()),
            None => "?".to_owned(),
        };
        let base = format!("{}:{}", kind.tag().to_lowercase(), slug(&name));
        let mut id = base.clone();
        let mut k = 2;
        while used.contains(&id) || gaz.has_id(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        used.insert(id.clone());
        cl.votes = match kind {
            EntityKind::Person => [1, 0, 0],
            EntityKind::Location => [0, 1, 0],
            EntityKind::Organization => [0, 0, 1],
        };
        cl.id = Some(EntityId(id));
        cl.name = name;
    }

    // one table row per entity, mentions point into it: an id and a name per
    // mention would be two allocations each, over a million at 100k articles
    let mut table: Vec<LinkedEntity> = Vec::new();
    let mut gaz_slot: HashMap<u32, u32> = HashMap::default();
    let mut out = Vec::with_capacity(cands.len());
    for (art, cs) in cands.iter().enumerate() {
        let mut ms: Vec<LinkedMention> = Vec::with_capacity(cs.len());
        for (ci, c) in cs.iter().enumerate() {
            let entity = match &c.source {
                Source::Gazetteer(e) => *gaz_slot.entry(*e).or_insert_with(|| {
                    let entry = gaz.entry(*e);
                    table.push(LinkedEntity { id: EntityId(entry.id.clone()), name: entry.name.clone(), kind: entry.kind });
                    (table.len() - 1) as u32
                }),
                _ => {
                    let Some(&n) = item_of.get(&(art, ci)) else { continue };
                    let root = uf.find(n);
                    let Some(cl) = clusters.get_mut(&root) else { continue };
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
        let mut kept: Vec<LinkedMention> = Vec::with_capacity(ms.len());
        for m in ms {
            if kept.last().is_some_and(|k| m.start < k.end) {
                continue;
            }
            kept.push(m);
        }
        out.push(kept);
    }
    Linked { mentions: out, entities: table }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_apart() {
        assert!(edit_distance_at_most_one("srglvrv", "srglvrv"));
        assert!(edit_distance_at_most_one("srglvrv", "srgvrv"));
        assert!(edit_distance_at_most_one("kmJnVn", "kmJnVm"));
        assert!(!edit_distance_at_most_one("kmJnVn", "kmVJn"));
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Kim Džong Un"), "kim-dzong-un");
        assert_eq!(slug("Сергей Лавров"), "sergey-lavrov");
    }
}
