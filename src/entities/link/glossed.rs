//! Names that Chinese and Japanese translate by meaning rather than write by
//! sound: `奈良县警方` is Nara Prefectural Police, `统一教会` the Unification
//! Church, `参議院` the House of Councillors. No phonetic key meets them; their
//! parts' meanings do.
//!
//! Rule `glossed_names`: a Han organisation's or place's name that reads
//! whole as a row of parts, each a place the gazetteer knows (read by its
//! English name) or a word of the language's hand-written gloss
//! (`data/lang/{zh,ja}.gloss.tsv`), is the name in a cased script whose every
//! word meets a part's English word (by skeleton, or by head concept for
//! other languages: `Polizei`), when one entity alone fits best. A part the
//! gloss marks optional (`县`, prefectural) may go unmet; one other part may
//! go unmet when a word of the gloss meets (`参議院` and a cased name cut to
//! `Councillors`).

use super::super::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use super::{Item, Kept, Tables, UnionFind, edit_distance_at_most_one};
use crate::entities::EntityKind;
use crate::entities::gazetteer::{Gazetteer, is_country_id};
use crate::entities::tokens::{IDEOGRAPHIC, UNCASED, push_key};
use crate::lang::phonetic::skeleton;
use crate::lang::{Casing, Orthography, Profile, Script};

const ZH_GLOSS: &str = include_str!("../../../data/lang/zh.gloss.tsv");
const JA_GLOSS: &str = include_str!("../../../data/lang/ja.gloss.tsv");

/// Parts of a name tried at each position, in characters.
const MAX_PART_CHARS: usize = 6;
/// Names longer than this are not read.
const MAX_NAME_CHARS: usize = 24;
/// Skeleton letters that index a cased name's word.
const INDEX_PREFIX: usize = 4;
/// A bucket this large is a word too common to choose a name by.
const MAX_BUCKET: usize = 2_000;

/// One English word of a part: its skeleton and head concept.
#[derive(Debug, Clone, PartialEq)]
struct GlossWord {
    skel: String,
    concept: u8,
    /// Its transliteration, for a short skeleton, which says too little alone (`free` and `War`
    /// are both `vr`, `party` and `Porto` both `prt`).
    vkey: String,
}

/// One part of a name: its English readings (alternatives, each a row of words).
#[derive(Debug, Clone, PartialEq)]
struct Part {
    readings: Vec<Vec<GlossWord>>,
    /// The same readings as written (`atomic energy`), for the gazetteer.
    english: Vec<String>,
    optional: bool,
    /// A whole name's reading (`英伟达`, `=nvidia`): met whole, it is enough alone.
    whole: bool,
    /// A part read only right before a place (`>east`: `东` of `东阿塞拜疆省`, East
    /// Azerbaijan); elsewhere a compass point is a word of a common name (`海东`).
    before_place: bool,
    place: bool,
    /// A country: first in an institution's name it may go unmet, as English
    /// leaves it out (`美国地质调查局`, the Geological Survey; `巴西参议院`, Brazil's Senate).
    country: bool,
    /// A part written by its sound (`埃菲尔` of `埃菲尔铁塔`, the Eiffel Tower):
    /// its coarse key, met by a cased word's ([`crate::lang::phonetic::transcription_key`]).
    sound: Option<String>,
}

fn english() -> &'static Profile {
    crate::lang::profile_of_code("en").unwrap_or(crate::lang::OTHER)
}

fn gloss_words(words: &str) -> Vec<GlossWord> {
    let en = english();
    words
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| GlossWord {
            skel: skeleton(w, Orthography::English),
            concept: super::translated::head_concept(en, w),
            vkey: super::vowel_key(w),
        })
        .filter(|w| !w.skel.is_empty())
        .collect()
}

fn parse_glossary(tsv: &str) -> HashMap<String, Part> {
    let mut table = HashMap::default();
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let Some((word, readings)) = line.split_once('\t') else { continue };
        let (optional, readings) = match readings.strip_prefix('?') {
            Some(rest) => (true, rest),
            None => (false, readings),
        };
        let (whole, readings) = match readings.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, readings),
        };
        let (before_place, readings) = match readings.strip_prefix('>') {
            Some(rest) => (true, rest),
            None => (false, readings),
        };
        let english: Vec<String> =
            readings.split('|').filter(|r| !gloss_words(r).is_empty()).map(|r| r.trim().to_owned()).collect();
        let readings: Vec<Vec<GlossWord>> = english.iter().map(|r| gloss_words(r)).collect();
        if !readings.is_empty() {
            table.insert(
                word.to_owned(),
                Part { readings, english, optional, whole, before_place, place: false, country: false, sound: None },
            );
        }
    }
    table
}

/// The gloss of a profile's language, if it has one.
fn glossary(lang: &Profile) -> Option<&'static HashMap<String, Part>> {
    static ZH: std::sync::OnceLock<HashMap<String, Part>> = std::sync::OnceLock::new();
    static JA: std::sync::OnceLock<HashMap<String, Part>> = std::sync::OnceLock::new();
    match lang.code {
        "zh" => Some(ZH.get_or_init(|| parse_glossary(ZH_GLOSS))),
        "ja" => Some(JA.get_or_init(|| parse_glossary(JA_GLOSS))),
        _ => None,
    }
}

/// Is `word` a word of the language's gloss (`統一`, unification; `教会`,
/// church): a part names translate by meaning?
pub(crate) fn is_glossed_word(lang: &Profile, word: &str) -> bool {
    glossary(lang).is_some_and(|gloss| gloss.contains_key(word))
}

/// A place the gazetteer knows by this Han text, read by its English name.
fn place_part(gaz: &Gazetteer, text: &str) -> Option<Part> {
    let mut key = String::new();
    push_key(text, UNCASED | IDEOGRAPHIC, &mut key);
    let entry = gaz.entry(gaz.lookup(&key)?.entry);
    // a place the gazetteer shows in Han (no English name) has nothing to meet
    if entry.kind != EntityKind::Location
        || entry.name.chars().any(|c| matches!(Script::of(c), Some(Script::Han | Script::Kana)))
    {
        return None;
    }
    let words = gloss_words(&entry.name);
    (!words.is_empty()).then(|| Part {
        readings: vec![words],
        english: vec![entry.name.clone()],
        optional: false,
        whole: false,
        before_place: false,
        place: true,
        country: is_country_id(&entry.id),
        sound: None,
    })
}

/// Shortest part written by sound, in characters: one says too little.
const MIN_SOUND_PART: usize = 2;

/// A part written by its sound: two transliteration characters or more.
fn sound_part(text: &str) -> Option<Part> {
    if text.chars().count() < MIN_SOUND_PART || !text.chars().all(crate::lang::segment::is_transliteration_char) {
        return None;
    }
    let key = crate::lang::phonetic::transcription_key(text)?;
    Some(Part {
        readings: Vec::new(),
        english: Vec::new(),
        optional: false,
        whole: false,
        before_place: false,
        place: false,
        country: false,
        sound: Some(key),
    })
}

/// The name read whole as parts, fewest first; None if some character is no
/// part's. Only a name that cannot be read by places and the gloss alone is
/// read with a part written by sound (`埃菲尔` `铁塔`), so a place the gazetteer
/// knows is never taken for a sound.
fn parts_of(name: &str, lang: &Profile, gaz: &Gazetteer) -> Option<Vec<Part>> {
    parts_read(name, lang, gaz, false).or_else(|| parts_read(name, lang, gaz, true))
}

fn parts_read(name: &str, lang: &Profile, gaz: &Gazetteer, by_sound: bool) -> Option<Vec<Part>> {
    let gloss = glossary(lang)?;
    let bounds: Vec<usize> = name.char_indices().map(|(b, _)| b).chain([name.len()]).collect();
    let n = bounds.len() - 1;
    if !(2..=MAX_NAME_CHARS).contains(&n) || !name.chars().all(|c| Script::of(c) == Some(Script::Han)) {
        return None;
    }
    // best[i]: the fewest parts covering the first i characters, and the part ending there
    let mut best: Vec<Option<(usize, usize, Part)>> = vec![None; n + 1];
    let mut count = vec![usize::MAX; n + 1];
    count[0] = 0;
    for i in 0..n {
        if count[i] == usize::MAX {
            continue;
        }
        for j in (i + 1..=n.min(i + MAX_PART_CHARS)).rev() {
            let text = &name[bounds[i]..bounds[j]];
            // a place of two characters or more first (`奈良` is no gloss), but a place
            // with its suffix is read as place and suffix when both are known
            // (`奈良县`: Nara, prefectural), so the suffix may meet a word
            let suffixed = j - i >= 3
                && gloss.contains_key(&name[bounds[j - 1]..bounds[j]])
                && place_part(gaz, &name[bounds[i]..bounds[j - 1]]).is_some();
            let place = (j - i >= 2 && !suffixed).then(|| place_part(gaz, text)).flatten();
            let part =
                place.or_else(|| gloss.get(text).cloned()).or_else(|| by_sound.then(|| sound_part(text)).flatten());
            if let Some(part) = part
                && count[i] + 1 < count[j]
            {
                count[j] = count[i] + 1;
                best[j] = Some((i, j, part));
            }
        }
    }
    let mut parts = Vec::new();
    let mut at = n;
    while at > 0 {
        let (from, _, part) = best[at].clone()?;
        parts.push(part);
        at = from;
    }
    parts.reverse();
    // (rule `a_compass_point_is_read_before_a_place_only`)
    if parts.iter().enumerate().any(|(k, part)| part.before_place && !parts.get(k + 1).is_some_and(|next| next.place)) {
        return None;
    }
    // a country before an institution's name (`美国` `国会`) is said or left out
    if let [first, _, ..] = parts.as_mut_slice()
        && first.country
    {
        first.optional = true;
    }
    Some(parts)
}

/// A cased name's word: its skeleton, head concept and coarse key (empty if none),
/// and the head concepts its language knows.
struct CasedWord<'s> {
    skel: &'s str,
    concept: u8,
    coarse: &'s str,
    knows: u64,
    /// Transliterations of a short skeleton's word and stem (see `same_word` in link.rs), else empty.
    vkey: &'s str,
}

/// Does a part written by sound sound like this cased word? Chinese may
/// leave out a syllable-final consonant ([`crate::lang::phonetic::coda_variants`]).
fn sounds_like(key: &str, c: &CasedWord) -> bool {
    !c.coarse.is_empty() && crate::lang::phonetic::coda_variants(c.coarse).iter().any(|v| v == key)
}

/// Letters a word's skeleton may have past another's that it begins with and still be
/// that word: an ending (`Councillor`, `councillors`), not a longer word
/// (`Interstate` is no `inter`, `Inter` no `international`).
const MAX_ENDING_LETTERS: usize = 2;

/// Skeletons shorter than this say too little alone (`party` and `Porto` are both `prt`).
const SHORT_SKELETON: usize = 4;

/// A gloss word's transliteration and a cased word's (its whole word's or its
/// stem's, `european|europ`) agree when one begins the other (`europe`, `europ`).
fn spellings_agree(gloss: &str, cased: &str) -> bool {
    cased.split('|').any(|c| c.len() >= 2 && (c.starts_with(gloss) || gloss.starts_with(c)))
}

fn meets(g: &GlossWord, c: &CasedWord) -> bool {
    // (rule `a_head_meets_its_meaning`: `Agnes` is no `agency` in English, which reads that head)
    if super::translated::heads_apart(g.concept, c.concept, c.knows) {
        return false;
    }
    let (a, b) = (g.skel.as_str(), c.skel);
    let ending = |long: &str, short: &str| long.starts_with(short) && long.len() - short.len() <= MAX_ENDING_LETTERS;
    // a short skeleton is one word only when the spellings agree too (the cased side keeps
    // them for skeletons this short, see `vkeys` in link.rs)
    (a == b && (a.len() >= SHORT_SKELETON || spellings_agree(&g.vkey, c.vkey)))
        || (a.len().min(b.len()) >= 4 && (edit_distance_at_most_one(a, b) || ending(a, b) || ending(b, a)))
        || (g.concept != 0 && g.concept == c.concept)
}

/// How well Han parts fit a cased name: None unless every cased word meets a
/// part's word, at most one word of a required part is left, and a gloss word meets.
fn fit(parts: &[Part], cased: &[CasedWord]) -> Option<(usize, usize)> {
    let mut used = vec![false; cased.len()];
    let (mut met, mut glossed_met, mut left) = (0, 0, 0);
    // a part written by sound or a place is the name's own: left unmet, the name is
    // another's that shares only its head (`希沙瓦省`, Chichaoua Province, is not any
    // `provinciju`)
    let mut own_unmet = false;
    for part in parts {
        if let Some(key) = &part.sound {
            match (0..cased.len()).find(|&j| !used[j] && sounds_like(key, &cased[j])) {
                Some(j) => {
                    used[j] = true;
                    met += 1;
                }
                None => {
                    left += 1;
                    own_unmet = true;
                }
            }
            continue;
        }
        // the reading that meets the most words still free
        let mut best: Option<(Vec<usize>, usize)> = None;
        for reading in &part.readings {
            let mut taken: Vec<usize> = Vec::new();
            // the reading's words met, two for a cased word written with a hyphen
            // (`self defense`, `Self-Defense`)
            let mut words_met = 0;
            let mut q = 0;
            while q < reading.len() {
                let free = |j: usize, taken: &[usize]| !used[j] && !taken.contains(&j);
                if let Some(next) = reading.get(q + 1) {
                    let compound = format!("{}{}", reading[q].skel, next.skel);
                    if let Some(j) = (0..cased.len()).find(|&j| free(j, &taken) && cased[j].skel == compound) {
                        taken.push(j);
                        words_met += 2;
                        q += 2;
                        continue;
                    }
                }
                if let Some(j) = (0..cased.len()).find(|&j| free(j, &taken) && meets(&reading[q], &cased[j])) {
                    taken.push(j);
                    words_met += 1;
                }
                q += 1;
            }
            // a place's name may carry words the other name leaves out (`Nara-shi`); a
            // gloss's words are one meaning, met whole or not at all (`自民`, liberal
            // democratic, is not the `Liberal` of `Liberal Party`)
            if !part.place && words_met < reading.len() {
                taken.clear();
                words_met = 0;
            }
            let unmet = if part.place && !taken.is_empty() { 0 } else { reading.len() - words_met };
            if best.as_ref().is_none_or(|(t, u)| (taken.len(), *u) > (t.len(), unmet)) {
                best = Some((taken, unmet));
            }
        }
        let Some((taken, unmet)) = best else { continue };
        own_unmet |= part.place && taken.is_empty() && !part.optional;
        for &j in &taken {
            used[j] = true;
        }
        met += taken.len();
        if !part.place {
            glossed_met += taken.len();
        }
        if !(part.optional && taken.is_empty()) {
            left += unmet;
        }
    }
    let all_cased_met = used.iter().all(|&u| u);
    // one word met is too little for a name read as parts, and enough for a whole name's reading
    let whole_name = matches!(parts, [part] if part.whole);
    (all_cased_met && !own_unmet && glossed_met >= 1 && left <= 1 && left <= met && (met + left >= 2 || whole_name))
        .then_some((met, left))
}

/// English readings of one whole name tried against the gazetteer, at most.
const MAX_ENGLISH_READINGS: usize = 32;

/// Rule `glossed_known_names`: a Han organisation's name whose parts read
/// together as a name the gazetteer knows in English (`国際原子力機関`,
/// International Atomic Energy Agency) is that organisation, when one alone
/// is read. By item.
pub(super) fn known_by_gloss(
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    placed: &HashMap<usize, u32>,
    gaz: &Gazetteer,
) -> HashMap<usize, u32> {
    let mut out = HashMap::default();
    let mut key = String::new();
    let organisation = |it: &Item| cands.get(it.cand as usize).is_some_and(|c| c.kind == EntityKind::Organization);
    for (n, it) in items.iter().enumerate() {
        if t.name(it).len != 1 || placed.contains_key(&n) || !organisation(it) {
            continue;
        }
        let Some(parts) = langs.get(it.art as usize).and_then(|lang| parts_of(t.joined(it), lang, gaz)) else {
            continue;
        };
        // one word of the gloss alone (`党`, party) names no one body
        if parts.len() < 2 {
            continue;
        }
        let mut readings = vec![String::new()];
        for part in &parts {
            let mut next = Vec::new();
            for done in &readings {
                if part.optional {
                    next.push(done.clone());
                }
                for english in &part.english {
                    next.push(if done.is_empty() { english.clone() } else { format!("{done} {english}") });
                }
            }
            next.truncate(MAX_ENGLISH_READINGS);
            readings = next;
        }
        let mut entries: Vec<u32> = Vec::new();
        for reading in &readings {
            if crate::entities::tokens::phrase_key(reading, &mut key) == 0 || gaz.is_shared_key(&key) {
                continue;
            }
            if let Some(hit) = gaz.lookup(&key).filter(|hit| gaz.entry(hit.entry).kind == EntityKind::Organization) {
                entries.push(hit.entry);
            }
        }
        entries.sort_unstable();
        entries.dedup();
        if let [entry] = entries[..] {
            out.insert(n, entry);
        }
    }
    out
}

/// Entities two articles must both name to tell one story for a glossed name
/// (two say too little: the reports on the ECB and on Abe both name Japan and Tokyo).
const MIN_SHARED_ENTITIES_OF_A_STORY: usize = 3;

/// A fit's rank: words met, then fewer left (see [`fit`]).
type FitRank = (usize, std::cmp::Reverse<usize>);

/// Rule `glossed_names` (see the module's documentation). Returns the Han names that
/// took a placed name's entry (rule `a_gloss_of_a_placed_name_is_that_entry`).
pub(super) fn link_glossed_names(
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    (cands, cand_starts): (&[Kept], &[u32]),
    placed: &HashMap<usize, u32>,
    gaz: &Gazetteer,
    uf: &mut UnionFind,
) -> HashMap<usize, u32> {
    let mut out = HashMap::default();
    let lang_of = |it: &Item| langs.get(it.art as usize).copied();
    let mut context = super::ArticleEntities::default();
    let named_thing = |it: &Item| {
        cands.get(it.cand as usize).is_some_and(|c| matches!(c.kind, EntityKind::Organization | EntityKind::Location))
    };
    let cased = |it: &Item| lang_of(it).is_some_and(|p| p.casing != Casing::Uncased);
    // the Han names read as parts
    let todo: Vec<(usize, Vec<Part>)> = items
        .iter()
        .enumerate()
        .filter(|&(n, it)| t.name(it).len == 1 && named_thing(it) && !placed.contains_key(&n))
        .filter_map(|(n, it)| Some((n, parts_of(t.joined(it), lang_of(it)?, gaz)?)))
        .collect();
    if todo.is_empty() {
        return out;
    }

    // cased names by their words' skeletons' first letters, one per spelling; of
    // any kind, for a lone word's kind is a guess until its entity's mentions vote
    // (`Councillors`), and every word must meet a gloss or a place
    // (a stem's skeleton may be shorter than the gloss's: `Councillor`, `councillors`)
    let prefix = |skel: &str| skel.get(..INDEX_PREFIX).unwrap_or(skel).to_owned();
    let mut index: HashMap<String, Vec<usize>> = HashMap::default();
    let mut seen: HashSet<u32> = HashSet::default();
    for (n, it) in items.iter().enumerate() {
        if cased(it) && !t.is_acronym(it) && seen.insert(t.name(it).joined) {
            for w in t.words(it) {
                let bucket = index.entry(prefix(t.strings.get(w.skel))).or_default();
                if bucket.last() != Some(&n) {
                    bucket.push(n);
                }
            }
        }
    }
    let cased_words = |it: &Item| -> Vec<CasedWord> {
        // the coarse key has one word per word of the name
        let knows = lang_of(it).map_or(0, super::translated::known_concepts);
        let coarse = t.name(it).coarse;
        let mut coarse = (coarse != super::NO_STRING).then(|| t.strings.get(coarse).split(' '));
        t.words(it)
            .iter()
            .enumerate()
            .map(|(k, w)| (k, w, coarse.as_mut().and_then(Iterator::next).unwrap_or("")))
            .filter(|&(k, w, _)| !t.name(it).classes.function(k) && !t.strings.get(w.skel).is_empty())
            .map(|(k, w, coarse)| CasedWord {
                skel: t.strings.get(w.skel),
                concept: t.name(it).classes.concept(k),
                coarse,
                knows,
                vkey: t.strings.get(w.vkey),
            })
            .collect()
    };
    // the articles each Han name's entity is named in: a common noun named in articles on two
    // stories (`最高法院` of the US and of Russia) is chosen by neither story
    let han_root: HashMap<usize, usize> = todo.iter().map(|&(n, _)| (n, uf.find(n))).collect();
    let mut han_arts: HashMap<usize, HashSet<u32>> = HashMap::default();
    for (&n, &root) in &han_root {
        han_arts.entry(root).or_default().insert(items[n].art);
    }
    let named_in_one_article = |n: usize| han_root.get(&n).and_then(|r| han_arts.get(r)).is_some_and(|a| a.len() == 1);
    let mut candidates: Vec<usize> = Vec::new();
    for (n, parts) in todo {
        let root = uf.find(n);
        candidates.clear();
        for g in parts.iter().flat_map(|p| p.readings.iter().flatten()) {
            candidates.extend(index.get(&prefix(&g.skel)).filter(|b| b.len() <= MAX_BUCKET).into_iter().flatten());
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut fits: Vec<(FitRank, usize, &str, u32)> = Vec::new();
        // the gazetteer entries of the placed names that fit, by rank
        let mut fits_placed: Vec<(FitRank, u32)> = Vec::new();
        let mut firmly_other: Vec<FitRank> = Vec::new();
        for &m in &candidates {
            if let Some((met, left)) = fit(&parts, &cased_words(&items[m])) {
                let code = lang_of(&items[m]).map_or("", |p| p.code);
                fits.push(((met, std::cmp::Reverse(left)), uf.find(m), code, items[m].art));
                if let Some(&entry) = placed.get(&m) {
                    fits_placed.push(((met, std::cmp::Reverse(left)), entry));
                }
                // (the name met, or the entity it is part of by now: its first name)
                let root = uf.find(m);
                if super::items_kinds_firmly_differ(cands, &items[n], &items[m])
                    || items.get(root).is_some_and(|r| super::items_kinds_firmly_differ(cands, &items[n], r))
                {
                    firmly_other.push((met, std::cmp::Reverse(left)));
                }
            }
        }
        let Some(top) = fits.iter().map(|&(rank, _, _, _)| rank).max() else { continue };
        // (rule `firm_kinds_keep_apart`: a gloss that best meets a person's name is no name of
        // that person, and leaves the name apart rather than to the next best)
        if firmly_other.contains(&top) {
            continue;
        }
        let mut best: Vec<(&str, usize)> =
            fits.iter().filter(|&&(rank, _, _, _)| rank == top).map(|&(_, r, code, _)| (code, r)).collect();
        best.sort_unstable();
        best.dedup();
        // names of other languages that fit as well are translations of one
        // another (`Councillors`, `Conselheiros`); two of one language, two names
        let one_per_language = |best: &[(&str, usize)]| best.windows(2).all(|pair| pair[0].0 != pair[1].0);
        // (only a name read whole: `联盟党` read as a bare `Parti` of another story is not chosen)
        if !one_per_language(&best) && named_in_one_article(n) && top.1 == std::cmp::Reverse(0) {
            // (rule `a_glossed_name_is_the_name_of_its_own_story`: `最高法院` is the Supreme Court
            // of the articles on the same story, not every supreme court of the corpus): the
            // candidates whose articles share far more entities with its own than the others'
            let art = items[n].art;
            let all = (items, cands, cand_starts);
            let in_common: Vec<usize> = best
                .iter()
                .map(|&(_, r)| {
                    fits.iter()
                        .filter(|&&(rank, root, _, other)| rank == top && root == r && other != art)
                        .map(|&(_, _, _, other)| context.shared(art, other, r, all, placed, uf))
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            let most = in_common.iter().copied().max().unwrap_or(0);
            let next = in_common.iter().copied().filter(|&c| c < most).max().unwrap_or(0);
            if most >= MIN_SHARED_ENTITIES_OF_A_STORY && most >= 2 * next {
                let mut kept = in_common.iter().map(|&c| c == most);
                best.retain(|_| kept.next().unwrap_or(false));
            }
        }
        if one_per_language(&best) {
            for (_, other) in best {
                // (rule `a_gloss_meets_a_gazetteer_name_as_a_translation`) a gloss is a translation
                // by meaning: it joins a gazetteer name of several words (`欧洲央行`, European
                // Central Bank), which joins only its translations (see `UnionFind::freeze`)
                uf.union_frozen(root, other);
            }
            // (rule `a_gloss_of_a_placed_name_is_that_entry`) a placed name's cluster-mates keep
            // their own name (see `name_clusters` in link.rs), so a Han name that best fits a
            // name placed as a gazetteer entry (`日本央行`, `Bank of Japan` placed by its whole
            // name) is that entry too, when the placed names it best fits are one entry
            let mut entries = fits_placed.iter().filter(|&&(rank, _)| rank == top).map(|&(_, e)| e);
            if let Some(entry) = entries.next()
                && entries.all(|e| e == entry)
            {
                out.insert(n, entry);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{CasedWord, Orthography, fit, parse_glossary, skeleton};
    use crate::entities::recognise::tests::{article, id_of, run};

    #[test]
    fn a_gloss_line_has_readings_and_may_be_optional() {
        let table = parse_glossary("# comment\n党\tparty\n县\t?prefectural|prefecture\n微软\t=microsoft\n");
        assert_eq!(table.len(), 3);
        assert!(table["微软"].whole && !table["党"].whole);
        assert!(!table["党"].optional);
        assert!(table["县"].optional);
        assert_eq!(table["县"].readings.len(), 2);
    }

    #[test]
    fn a_compass_point_is_read_before_a_place_only() {
        let r = run(&[
            article("en", "en", "The helicopter crashed in the mountains of East Azerbaijan on Sunday."),
            article("zh", "zh", "直升机周日在东阿塞拜疆省山区坠毁。"),
            article("pt", "pt", "No Vale do Taquari, cidades como Lajeado, Estrela e Muçum foram atingidas."),
            article("zh2", "zh", "与甘肃相邻的青海省海东市民和县中川乡受灾也很重。"),
        ]);
        let east = id_of(&r, 0, "East Azerbaijan");
        assert!(east.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "东阿塞拜疆省"), east, "{r:?}");
        // `海东` is no `east` of a name: it meets no `Estrela`
        assert!(id_of(&r, 2, "Estrela").is_some(), "{:?}", r[2]);
        assert!(r[3].iter().all(|m| Some(&m.2) != id_of(&r, 2, "Estrela").as_ref()), "{r:?}");
    }

    #[test]
    fn jia_writes_ga_in_a_transcription() {
        // `拉加德` is Lagarde, not a name of key `lsd` (Eurostat)
        assert_eq!(crate::lang::phonetic::transcription_key("拉加德").as_deref(), Some("lgd"));
    }

    #[test]
    fn a_glossed_name_is_the_name_of_its_own_story() {
        const US: &str = "The US Supreme Court overturned Roe v. Wade on Friday. President Joe Biden said in Washington \
             that the Supreme Court had made a tragic error, and Boris Johnson in London called it a step backwards.";
        const RU: &str = "Russia's Supreme Court ordered Memorial closed. Vladimir Putin in Moscow said nothing, \
             and Alexander Lukashenko in Minsk jailed Ales Bialiatski.";
        const ZH_US: &str = "美国最高法院周五推翻了罗诉韦德案。拜登总统在华盛顿说，最高法院犯了悲剧性错误。英国首相约翰逊在伦敦称这是倒退。";
        const ZH_RU: &str =
            "俄罗斯最高法院下令关闭纪念组织。普京在莫斯科没有评论，卢卡申科在明斯克关押了比亚利亚茨基。";
        let r = run(&[article("en1", "en", US), article("en2", "en", RU), article("zh", "zh", ZH_US)]);
        let us = id_of(&r, 0, "US Supreme Court").or_else(|| id_of(&r, 0, "Supreme Court"));
        assert!(us.is_some(), "{:?}", r[0]);
        assert_ne!(us, id_of(&r, 1, "Supreme Court"), "{r:?}");
        assert_eq!(id_of(&r, 2, "最高法院"), us, "{r:?}");
        // named in articles on both stories, the common noun is chosen by neither
        let r = run(&[
            article("en1", "en", US),
            article("en2", "en", RU),
            article("zh1", "zh", ZH_US),
            article("zh2", "zh", ZH_RU),
        ]);
        let us = id_of(&r, 0, "US Supreme Court").or_else(|| id_of(&r, 0, "Supreme Court"));
        assert_ne!(us, id_of(&r, 1, "Supreme Court"), "{r:?}");
    }

    #[test]
    fn a_part_left_over_alone_does_not_fit() {
        let table = parse_glossary("党\tparty\n");
        let parts = vec![table["党"].clone()];
        assert_eq!(fit(&parts, &[]), None, "nothing meets");
    }

    #[test]
    fn a_name_s_own_part_left_unmet_does_not_fit_a_name_of_its_head_alone() {
        // `希沙瓦省` (Chichaoua Province) and a cased name that only says `province`
        let table = parse_glossary("省\t?provincial|province\n");
        let Some(sound) = super::sound_part("希沙瓦") else { panic!("希沙瓦 is written by sound") };
        let parts = vec![sound, table["省"].clone()];
        let en = crate::lang::profile_of_code("en").unwrap_or(crate::lang::OTHER);
        let skel = skeleton("provinciju", Orthography::SouthSlavic);
        let province = super::super::translated::head_concept(en, "Province");
        assert_ne!(province, 0);
        let cased = [CasedWord { skel: &skel, concept: province, coarse: "", knows: 0, vkey: "" }];
        assert_eq!(fit(&parts, &cased), None);
    }

    #[test]
    fn a_word_that_sounds_like_a_head_english_writes_otherwise_is_not_that_head() {
        // `Agnes` has the skeleton of `agency` (`庁`), but English reads no agency in it
        let r = run(&[
            article("en", "en", "Forecasters said Agnes would bring heavy rain and strong winds to Ireland on Friday."),
            article("ja", "ja", "気象庁は金曜日に大雨の警報を出した。"),
        ]);
        let agnes = id_of(&r, 0, "Agnes");
        assert!(agnes.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "気象庁").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "気象庁"), agnes, "{r:?}");
    }

    #[test]
    fn a_word_that_begins_with_a_glossed_word_and_goes_on_is_another_word() {
        // `Interstate` begins with the skeleton of `inter` (`国际米兰`, Inter Milan) and goes on
        let r = run(&[
            article("en", "en", "Traffic on Interstate 95 was halted for hours on Monday."),
            article("zh", "zh", "国际米兰在周日赢得了比赛。"),
        ]);
        // (the road's number is in its written span: rule `number_ends_name`)
        let road = id_of(&r, 0, "Interstate 95");
        assert!(road.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "国际米兰").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "国际米兰"), road, "{r:?}");
    }

    #[test]
    fn two_words_of_a_gloss_meet_one_hyphenated_word() {
        let table = parse_glossary("海上\tmaritime\n自卫队\tself defense force\n");
        let parts = vec![table["海上"].clone(), table["自卫队"].clone()];
        // (with their transliterations, which a short skeleton needs: `Force`, `vrs`)
        let words: Vec<(String, String)> = ["Maritime", "Self-Defense", "Force"]
            .iter()
            .map(|w| (skeleton(w, Orthography::English), super::super::vowel_key(w)))
            .collect();
        let cased: Vec<CasedWord> =
            words.iter().map(|(s, v)| CasedWord { skel: s, concept: 0, coarse: "", knows: 0, vkey: v }).collect();
        assert_eq!(fit(&parts, &cased), Some((3, 0)));
    }

    #[test]
    fn a_short_skeleton_meets_only_a_word_spelled_alike() {
        // `自由党` (Liberal Party) is not the `War` of `Second War`: `free` and `War` are both `vr`
        let table = parse_glossary("自由\tliberal|free\n党\tparty\n");
        let parts = vec![table["自由"].clone(), table["党"].clone()];
        let word = |w: &str| (skeleton(w, Orthography::English), super::super::vowel_key(w));
        let (war, war_vkey) = word("War");
        assert_eq!(war, skeleton("free", Orthography::English), "the skeletons alone agree");
        let cased = [CasedWord { skel: &war, concept: 0, coarse: "", knows: 0, vkey: &war_vkey }];
        assert_eq!(fit(&parts, &cased), None);
        let (free, free_vkey) = word("Free");
        let cased = [CasedWord { skel: &free, concept: 0, coarse: "", knows: 0, vkey: &free_vkey }];
        assert_eq!(fit(&parts, &cased), Some((1, 1)), "a word spelled alike still meets");
        // a stem shorter than the gloss word still meets (`European`, stem `Europ`, and `europe`)
        let table = parse_glossary("欧州\teuropean|europe\n委員会\tcommission|committee\n");
        let eu = vec![table["欧州"].clone(), table["委員会"].clone()];
        let stem = skeleton("Europ", Orthography::English);
        let commission = skeleton("Commission", Orthography::English);
        let cased = [
            CasedWord { skel: &stem, concept: 0, coarse: "", knows: 0, vkey: "european|europ" },
            CasedWord { skel: &commission, concept: 0, coarse: "", knows: 0, vkey: "" },
        ];
        assert_eq!(fit(&eu, &cased), Some((2, 0)));
        // nor is it FC `Porto`: `party` and `Porto` are both `prt`
        let (porto, porto_vkey) = word("Porto");
        assert_eq!(porto, skeleton("party", Orthography::English), "the skeletons alone agree");
        let cased = [CasedWord { skel: &porto, concept: 0, coarse: "", knows: 0, vkey: &porto_vkey }];
        assert_eq!(fit(&parts, &cased), None);
    }

    #[test]
    fn a_chinese_organisation_translated_by_meaning_is_the_english_one() {
        let r = run(&[
            article("en", "en", "Kei Sato was a candidate of the Liberal Democratic Party in the election."),
            article("zh", "zh", "佐藤启是自民党在这次选举中的候选人。"),
        ]);
        let en = id_of(&r, 0, "Liberal Democratic Party");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "自民党"), en, "{r:?}");
    }

    #[test]
    fn a_company_chinese_names_by_a_name_of_its_own_is_the_english_one() {
        let r = run(&[
            article("en", "en", "The chip maker Nvidia sold more chips this year."),
            article("zh", "zh", "芯片制造商英伟达今年卖出了更多芯片。"),
        ]);
        let en = id_of(&r, 0, "Nvidia");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "英伟达"), en, "{r:?}");
    }

    #[test]
    fn a_gloss_of_two_words_is_met_whole_or_not_at_all() {
        let r = run(&[
            article("en", "en", "Mark Carney leads the Liberal Party into the election in Ottawa."),
            article("zh", "zh", "佐藤启是自民党在这次选举中的候选人。"),
        ]);
        let en = id_of(&r, 0, "Liberal Party");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 1, "自民党"), en, "{r:?}");
    }

    #[test]
    fn an_organisation_whose_parts_read_as_a_known_name_is_that_organisation() {
        let r = run(&[
            article("en", "en", "The International Atomic Energy Agency said the plan was safe."),
            article("ja", "ja", "国際原子力機関は計画が安全だとする報告書をまとめた。"),
        ]);
        let en = id_of(&r, 0, "International Atomic Energy Agency");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "国際原子力機関"), en, "{r:?}");
    }

    #[test]
    fn names_of_two_languages_that_fit_as_well_are_one_entity() {
        let r = run(&[
            article("en", "en", "Kishida said the vote for the Councillors would go ahead on Sunday."),
            article("pt", "pt", "Kishida disse que a votação para os Conselheiros seguirá no domingo."),
            article("ja", "ja", "岸田首相は、参議院選挙は予定どおり実施すると述べた。"),
        ]);
        let en = id_of(&r, 0, "Councillors");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 2, "参議院"), en, "{r:?}");
        assert_eq!(id_of(&r, 1, "Conselheiros"), en, "{r:?}");
    }

    #[test]
    fn a_name_of_a_sound_and_a_glossed_head_meets_its_english_words() {
        let r = run(&[
            article("en", "en", "Macron spoke to supporters at the foot of the Eiffel Tower in Paris."),
            article("zh", "zh", "马克龙在巴黎埃菲尔铁塔脚下向支持者发表讲话。"),
        ]);
        let en = id_of(&r, 0, "Eiffel Tower");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "埃菲尔铁塔"), en, "{r:?}");
    }

    #[test]
    fn a_country_before_a_translated_name_may_be_left_out_in_english() {
        let r = run(&[
            article("en", "en", "The quake had a magnitude of 6.8, the Geological Survey said on Saturday."),
            article("zh", "zh", "据美国地质调查局测定，这次地震的震级为6.8级。"),
        ]);
        let en = id_of(&r, 0, "Geological Survey");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "美国地质调查局"), en, "{r:?}");
    }

    #[test]
    fn a_place_inside_a_translated_name_is_read_by_its_english_name() {
        let r = run(&[
            article("en", "en", "Nara Prefectural Police identified the suspect on Friday."),
            article("zh", "zh", "奈良县警方周五确认了嫌疑人的身份。"),
        ]);
        let en = id_of(&r, 0, "Nara Prefectural Police");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "奈良县警方"), en, "{r:?}");
    }
}
