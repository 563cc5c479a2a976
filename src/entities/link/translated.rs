//! Names translated word by word: the press of each language keeps a
//! name's own words (`Tinmel`, `Nara`, `Atlas`) and translates its ordinary
//! ones (`Mosque` → `Camii`, `Medical University` → `Medizinischen
//! Universität`, `High` → `Высокого`). Many of those ordinary words are the
//! same word borrowed (`University`, `Universität`, `университета`,
//! `Uniwersytetu`), so their consonants agree in kind if not in letter.
//!
//! Rule `translated_names`: a name in one language is the name of another
//! language's article when every word of each either meets a word of the
//! other or is an ordinary word of its language, the names' own words meet by
//! their skeletons, ordinary words by their [`cognate_key`], and no other name
//! of the corpus fits as well. A name of ordinary words only needs two of them
//! to meet (`Liberaldemokratischen Partei`, `Liberal Democratic Party`).

use super::super::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use super::{Item, Tables, UnionFind, Word, edit_distance_at_most_one, same_word, soft_equal};
use crate::lang::{Casing, Profile};

/// Words past this many in a name are taken as ordinary words.
const CLASSED_WORDS: usize = 10;

/// A name's words by class, one bit each in three fields of [`CLASSED_WORDS`]:
/// ordinary words of the language (common words, organisation and place heads,
/// titles), which a translation translates; function words (`de`, `der`, `of`),
/// which it adds or drops; and given names, which it never leaves out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(super) struct WordClasses(u32);

impl WordClasses {
    const FUNCTION: usize = CLASSED_WORDS;
    const GIVEN: usize = 2 * CLASSED_WORDS;

    pub(super) fn of<'w>(lang: &Profile, words: impl Iterator<Item = &'w str>) -> WordClasses {
        let mut bits = 0u32;
        for (k, word) in words.enumerate().take(CLASSED_WORDS) {
            if lang.is_stop_word(word) {
                bits |= 1 << (Self::FUNCTION + k);
            } else if ordinary_word(lang, word) {
                bits |= 1 << k;
            } else if super::super::types::is_given_name_in(lang, word) {
                bits |= 1 << (Self::GIVEN + k);
            }
        }
        WordClasses(bits)
    }

    fn ordinary(self, k: usize) -> bool {
        k >= CLASSED_WORDS || self.0 & (1 << k) != 0
    }

    fn function(self, k: usize) -> bool {
        k < CLASSED_WORDS && self.0 & (1 << (Self::FUNCTION + k)) != 0
    }

    fn given(self, k: usize) -> bool {
        k < CLASSED_WORDS && self.0 & (1 << (Self::GIVEN + k)) != 0
    }
}

/// Head words of organisations and places and titles, per profile, lower case.
fn heads(lang: &Profile) -> &'static HashSet<String> {
    static HEADS: std::sync::OnceLock<Vec<HashSet<String>>> = std::sync::OnceLock::new();
    let all = HEADS.get_or_init(|| {
        crate::lang::PROFILES
            .iter()
            .map(|p| {
                ["orghead", "lochead", "locheadprefix", "title"]
                    .iter()
                    .flat_map(|class| p.data().words(class))
                    .map(str::to_lowercase)
                    .collect()
            })
            .collect()
    });
    &all[lang.index.min(all.len() - 1)]
}

/// An ordinary word of the language, which a translation translates.
fn ordinary_word(lang: &Profile, word: &str) -> bool {
    super::super::types::is_common_word(lang, word) || heads(lang).contains(&word.to_lowercase())
}

/// The consonants of a word's skeleton by kind (lips, throat and hiss,
/// tongue, nose, `l`, `r`), the first three: borrowed words keep them where
/// their letters differ (`Medical`, `Medizinischen`, `Медицинского` are all
/// `m t k`; `Mosque`, `Moschee` are `m k`). None for a word of one kind, which says too little.
fn cognate_key(skeleton: &str) -> Option<[u8; 3]> {
    let mut key = [0u8; 3];
    let mut n = 0;
    for c in skeleton.bytes() {
        let kind = match c {
            b'b' | b'p' | b'v' | b'f' => b'p',
            // a word's first hiss is no throat sound (`Socialista`, `Kalkınma`); later they
            // alternate in borrowed words (`Medical`, `Medizin`)
            b's' | b'z' | b'J' | b'j' if n == 0 => b's',
            b'k' | b'g' | b's' | b'z' | b'J' | b'c' | b'q' | b'x' | b'j' => b'k',
            b't' | b'd' => b't',
            b'm' | b'n' => b'n',
            b'l' => b'l',
            b'r' => b'r',
            b'V' => b'V',
            _ => continue,
        };
        if n > 0 && key[n - 1] == kind {
            continue;
        }
        key[n] = kind;
        n += 1;
        if n == key.len() {
            break;
        }
    }
    (n >= 2).then_some(key)
}

/// One word of a name as this rule sees it.
#[derive(Clone, Copy)]
struct NameWord {
    word: Word,
    cognate: Option<[u8; 3]>,
    ordinary: bool,
    given: bool,
}

fn name_words(it: &Item, t: &Tables) -> Vec<NameWord> {
    t.words(it)
        .iter()
        .enumerate()
        .filter(|&(k, w)| !it.classes.function(k) && !t.strings.get(w.skel).is_empty())
        .map(|(k, &word)| NameWord {
            word,
            cognate: cognate_key(t.strings.get(word.skel)),
            ordinary: it.classes.ordinary(k),
            given: it.classes.given(k),
        })
        .collect()
}

/// Letters of a name's own word that find the names it may be in: a
/// compound (`Liberaldemokratischen`) begins like its first part.
const OWN_PREFIX: usize = 4;

/// Two words meet: a name's own word by its skeleton (one edit apart for long ones:
/// `Präfektur`, `Prefectural`; or a compound's first part: `Liberaldemokratischen`,
/// `Liberal`), two ordinary words by their cognate keys too.
fn words_meet(t: &Tables, a: &NameWord, b: &NameWord) -> bool {
    let (x, y) = (t.strings.get(a.word.skel), t.strings.get(b.word.skel));
    let compound = x.len().min(y.len()) >= OWN_PREFIX && (x.starts_with(y) || y.starts_with(x));
    if same_word(t.strings, a.word, b.word)
        || (x.len() >= 4 && (edit_distance_at_most_one(x, y) || soft_equal(x, y)))
        || compound
    {
        return true;
    }
    a.ordinary && b.ordinary && a.cognate.is_some() && a.cognate == b.cognate
}

/// How well two names fit, best first: more words meeting, fewer left over,
/// fewer of those a name's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fit {
    met: usize,
    left: usize,
    own_left: usize,
}

impl Fit {
    fn rank(self) -> (usize, std::cmp::Reverse<usize>, std::cmp::Reverse<usize>) {
        (self.met, std::cmp::Reverse(self.left), std::cmp::Reverse(self.own_left))
    }
}

/// How well two names fit: words that meet, and words left over; None when
/// too little meets besides given names, or when a left-over word is a
/// name's own and not the only one (that one may be a head word no list
/// knows: `Mosque` beside `Camii`).
fn fit(t: &Tables, a: &[NameWord], b: &[NameWord]) -> Option<Fit> {
    let mut used = vec![false; b.len()];
    let (mut met, mut own_met, mut left, mut own_left) = (0, false, 0, 0);
    let mut leave = |w: &NameWord| {
        left += 1;
        if !w.ordinary {
            own_left += 1;
        }
    };
    for x in a {
        match (0..b.len()).find(|&j| !used[j] && words_meet(t, x, &b[j])) {
            // a given name met says nothing: many share it (`Donald Trump`, `Donald Tusk`)
            Some(j) if x.given || b[j].given => used[j] = true,
            Some(j) => {
                used[j] = true;
                met += 1;
                // an own word that alone decides must be spelt the same
                own_met |= !x.ordinary && !b[j].ordinary && same_word(t.strings, x.word, b[j].word);
            }
            None => leave(x),
        }
    }
    for (j, y) in b.iter().enumerate() {
        if !used[j] {
            leave(y);
        }
    }
    // two words meeting, the words left over ordinary but for one and not the
    // most of either name; or one own word of the same spelling with one
    // ordinary word left over (`Высокого Атласа`, `Hohen Atlas`): two left
    // (`Estatal de Meteorología`, `Instytut Meteorologii`) are two names of one
    // kind, and an own word left (`Brus Braun`, `Borsa`) another name
    let enough = match met {
        0 => false,
        1 => own_met && left <= 1 && own_left == 0,
        _ => own_left <= 1 && left <= met + 1 && (own_met || own_left == 0),
    };
    enough.then_some(Fit { met, left, own_left })
}

/// Index key of a word: the first letters of a name's own word's skeleton, the cognate key of an ordinary one.
fn lookup_key(t: &Tables, w: &NameWord) -> Option<(bool, [u8; OWN_PREFIX])> {
    let skel = t.strings.get(w.word.skel).as_bytes();
    if w.ordinary {
        w.cognate.map(|c| (true, [c[0], c[1], c[2], 0]))
    } else {
        let mut key = [0; OWN_PREFIX];
        let n = skel.len().min(OWN_PREFIX);
        key[..n].copy_from_slice(&skel[..n]);
        (n > 0).then_some((false, key))
    }
}

/// A bucket this large is a word too common to choose a name by.
const MAX_BUCKET: usize = 2_000;

/// Rule `translated_names` (see the module's documentation) over the corpus's
/// names in cased scripts. `placed` names are gazetteer places already.
pub(super) fn link_translated_names(
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    placed: &HashMap<usize, u32>,
    uf: &mut UnionFind,
) {
    let lang_of = |it: &Item| langs.get(it.art as usize).copied();
    let eligible = |n: usize, it: &Item| {
        it.len >= 1
            && !t.is_acronym(it)
            && !placed.contains_key(&n)
            && lang_of(it).is_some_and(|p| p.casing != Casing::Uncased)
    };
    // one name per spelling: the same skeleton is one entity already
    let mut seen: HashSet<u32> = HashSet::default();
    let names: Vec<(usize, Vec<NameWord>)> = items
        .iter()
        .enumerate()
        .filter(|&(n, it)| eligible(n, it) && seen.insert(it.joined))
        .map(|(n, it)| (n, name_words(it, t)))
        .filter(|(_, ws)| !ws.is_empty())
        .collect();
    drop(seen);
    // the names, to be found by any of their words
    let mut index: HashMap<(bool, [u8; OWN_PREFIX]), Vec<usize>> = HashMap::default();
    for (x, (_, ws)) in names.iter().enumerate() {
        let mut keys: Vec<_> = ws.iter().filter_map(|w| lookup_key(t, w)).collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            index.entry(key).or_default().push(x);
        }
    }
    // a one-word name that a longer name of its own cluster already explains
    // (`Трамп` of `Дональд Трамп`) is that name's, not a translated one's
    let mut longer_root: HashSet<usize> = HashSet::default();
    for (n, it) in items.iter().enumerate() {
        if it.len >= 2 {
            longer_root.insert(uf.find(n));
        }
    }
    let mut candidates: Vec<usize> = Vec::new();
    // twice: a name whose best fits were still two clusters at its turn meets them as one
    for _pass in 0..2 {
        for (n, ws) in &names {
            let Some(lang) = lang_of(&items[*n]) else { continue };
            let root = uf.find(*n);
            if items[*n].len == 1 && longer_root.contains(&root) {
                continue;
            }
            // the name's own words find candidates; a name of ordinary words only, its rarest word
            candidates.clear();
            // (an own word may meet an ordinary word of the other name as a compound's part)
            let own: Vec<_> = ws
                .iter()
                .filter(|w| !w.ordinary)
                .flat_map(|w| [lookup_key(t, w), lookup_key(t, &NameWord { ordinary: true, ..*w })])
                .flatten()
                .collect();
            if own.is_empty() {
                if let Some(bucket) = ws
                    .iter()
                    .filter_map(|w| lookup_key(t, w))
                    .filter_map(|k| index.get(&k))
                    .filter(|b| b.len() <= MAX_BUCKET)
                    .min_by_key(|b| b.len())
                {
                    candidates.extend(bucket);
                }
            } else {
                for key in own {
                    candidates.extend(index.get(&key).into_iter().filter(|b| b.len() <= MAX_BUCKET).flatten());
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
            // the best fit in another language, if one cluster alone has it
            let mut best: Option<(_, usize)> = None;
            let mut tied = false;
            for &x in candidates.iter() {
                let (m, other) = (names[x].0, &names[x].1);
                if m == *n || lang_of(&items[m]).is_none_or(|p| p.code == lang.code) {
                    continue;
                }
                if items[m].len == 1 && longer_root.contains(&uf.find(m)) {
                    continue;
                }
                let Some(fit) = fit(t, ws, other) else { continue };
                let other_root = uf.find(m);
                if other_root == root {
                    continue;
                }
                let score = fit.rank();
                match best {
                    Some((s, r)) if s > score || (s == score && r == other_root) => {}
                    Some((s, _)) if s == score => tied = true,
                    _ => {
                        best = Some((score, other_root));
                        tied = false;
                    }
                }
            }
            // at once: a name two translations agree on is one cluster for the next name
            if let (Some((_, other_root)), false) = (best, tied) {
                uf.union(root, other_root);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cognate_key;
    use crate::entities::recognise::tests::{article, id_of, run};
    use crate::lang::{Orthography, phonetic::skeleton};

    #[test]
    fn borrowed_words_share_a_cognate_key_and_other_words_do_not() {
        let key = |w: &str| cognate_key(&skeleton(w, Orthography::English));
        assert_eq!(key("medical"), key("medizinisch"));
        assert_eq!(key("medical"), key("медицинск"));
        assert_eq!(key("university"), key("uniwersytet"));
        assert_eq!(key("party"), key("partei"));
        assert_ne!(key("police"), key("party"));
        assert_ne!(key("socialista"), key("kalkinma"), "a first hiss is no throat sound");
        assert_eq!(key("a"), None, "too short to say anything");
    }

    #[test]
    fn a_name_translated_word_by_word_is_the_name_of_the_original() {
        let r = run(&[
            article("en", "en", "Rescue teams struggled to reach villages in the High Atlas mountains on Sunday."),
            article("ru", "ru", "Спасатели в воскресенье с трудом добирались до деревень Высокого Атласа."),
        ]);
        let en = id_of(&r, 0, "High Atlas");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Высокого Атласа"), en, "{r:?}");
    }

    #[test]
    fn a_name_of_ordinary_words_is_linked_by_two_borrowed_words() {
        let r = run(&[
            article("en", "en", "Kei Sato was a candidate of the Liberal Democratic Party in the election."),
            article("de", "de", "Kei Sato war Kandidat der Liberaldemokratischen Partei bei der Wahl."),
        ]);
        let en = id_of(&r, 0, "Liberal Democratic Party");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Liberaldemokratischen Partei"), en, "{r:?}");
    }

    #[test]
    fn names_that_share_one_word_beside_an_own_word_stay_apart() {
        let r = run(&[
            article("fr", "fr", "Donald Trump a parlé avec les journalistes à Paris mardi."),
            article("pl", "pl", "Donald Tusk rozmawiał z dziennikarzami w Warszawie we wtorek."),
        ]);
        let fr = id_of(&r, 0, "Donald Trump");
        assert!(fr.is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 1, "Donald Tusk"), fr, "{r:?}");
    }
}
