//! Cue words of every language profile (`data/lang/<code>.tsv`, see
//! [`crate::lang::profile`]): titles and roles before a person's name,
//! organisation head words, place prepositions and Turkish place suffixes,
//! postpositions and function words of scripts without capitals. Keyed like
//! text tokens, so one Russian or Serbian form covers its cases.

use super::fxhash::{FxHashMap, FxHashSet};
use super::strtable::StrMap;
use std::sync::OnceLock;

#[cfg(test)]
use super::tokens::DEVA;
use super::tokens::{key_flags, push_key};
use crate::lang::{PROFILES, Profile, profile::PROFILE_COUNT};

pub const TITLE: u8 = 1;
pub const ORG_HEAD: u8 = 2;
pub const LOC_PREP: u8 = 4;
/// Case suffixes after an apostrophe that make a place (Turkish `-da`, `-de`).
pub const APOS_LOC: u8 = 8;
/// Postpositions and particles that end a name in a script without capitals.
pub const POSTPOSITION: u8 = 16;
/// Function words and very common words of a script without capitals, never part of a name.
pub const FUNCTION: u8 = 32;
/// Capitalised words that never name anything on their own (`Western`, `However`).
pub const NOT_NAME: u8 = 64;
/// Place-type words that end a place name (`Oblast`, `область`, `ili`).
pub const LOC_HEAD: u8 = 128;

/// Which language's cue list to consult: one profile's, or every profile's
/// (an article in a language korpus has no profile for).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueLang {
    One(usize),
    All,
}

impl CueLang {
    /// The cue lists of a profile; the fallback profile reads them all.
    pub fn of(profile: &Profile) -> CueLang {
        if profile.index == crate::lang::OTHER.index { CueLang::All } else { CueLang::One(profile.index) }
    }
}

#[derive(Debug, Default)]
pub struct Cues {
    /// Per stem key, the classes in each language. Languages are kept apart
    /// because short keys collide across them (English `sea` and Serbian `se`).
    by_key: FxHashMap<String, [u8; PROFILE_COUNT]>,
    /// Lower-case connectors inside personal names (`bin`, `van`), by folded form.
    connectors: FxHashSet<String>,
    /// Lower-case words inside organisation names (`and`, `of`, `ve`).
    org_connectors: FxHashSet<String>,
    /// Exact folded forms per language (for prepositions and suffixes, which are not stemmed).
    by_word: FxHashMap<String, [u8; PROFILE_COUNT]>,
    /// [`Cues::by_key`] and [`Cues::by_word`] of one language each, its cue words alone:
    /// asked of every word, and a table of one language's few thousand words stays in a
    /// core's cache where the table of every language's missed it (a twentieth of a Hebrew build).
    key_bits: Vec<StrMap<u8>>,
    word_bits: Vec<StrMap<u8>>,
}

/// The cue bits of each language, apart: the keys of `by_key` whose bits of that language are not 0.
fn per_language(by_key: &FxHashMap<String, [u8; PROFILE_COUNT]>) -> Vec<StrMap<u8>> {
    let mut keys: Vec<(&String, &[u8; PROFILE_COUNT])> = by_key.iter().collect();
    // in one order every run (a hash map's is not promised)
    keys.sort_unstable();
    (0..PROFILE_COUNT)
        .map(|l| {
            let mut bits = StrMap::default();
            for (key, all) in &keys {
                if all[l] != 0 {
                    bits.insert(key, all[l]);
                }
            }
            bits.shrink_to_fit();
            bits
        })
        .collect()
}

impl Cues {
    pub fn get() -> &'static Cues {
        static C: OnceLock<Cues> = OnceLock::new();
        C.get_or_init(|| Cues::from_profiles(&PROFILES))
    }

    fn from_profiles(profiles: &[Profile]) -> Cues {
        let mut cues = Cues::default();
        for profile in profiles {
            let l = profile.index;
            for (class, words) in &profile.data().classes {
                let bit = match class.as_str() {
                    "title" => TITLE,
                    "orghead" => ORG_HEAD,
                    "locprep" => LOC_PREP,
                    "aposloc" => APOS_LOC,
                    "postposition" => POSTPOSITION,
                    "function" => FUNCTION,
                    "notname" => NOT_NAME,
                    "lochead" => LOC_HEAD,
                    "conn" => {
                        cues.connectors.extend(words.iter().cloned());
                        continue;
                    }
                    "orgconn" => {
                        cues.org_connectors.extend(words.iter().cloned());
                        continue;
                    }
                    _ => continue,
                };
                for w in words {
                    let mut key = String::new();
                    push_key(w, key_flags(w), &mut key);
                    cues.by_key.entry(key).or_insert([0; PROFILE_COUNT])[l] |= bit;
                    let mut folded = String::new();
                    for c in w.chars() {
                        crate::lang::fold_char(c, &mut folded);
                    }
                    cues.by_word.entry(folded).or_insert([0; PROFILE_COUNT])[l] |= bit;
                }
            }
        }
        cues.key_bits = per_language(&cues.by_key);
        cues.word_bits = per_language(&cues.by_word);
        cues
    }

    /// Classes of a token by its stemmed key, in one language (or all).
    pub fn of_key(&self, key: &str, lang: CueLang) -> u8 {
        match lang {
            CueLang::One(l) => self.key_bits.get(l).and_then(|bits| bits.get(key)).copied().unwrap_or(0),
            CueLang::All => self.by_key.get(key).map_or(0, |bits| bits.iter().fold(0, |a, b| a | b)),
        }
    }

    /// A lower-case word that may sit inside a personal name (`bin`, `van`),
    /// unless the article's language uses it otherwise (its `notconn` class:
    /// Italian `al` is `a il`, as in `dal Lamone al Savio`).
    pub fn is_connector(&self, word: &str, lang: &Profile) -> bool {
        self.connectors.contains(word) && lang.data().words("notconn").all(|w| w != word)
    }

    /// A lower-case word that may sit inside an organisation's name (`of`, `ve`, `и`).
    pub fn is_org_connector(&self, word: &str) -> bool {
        self.org_connectors.contains(word)
    }

    /// Classes of a word by the key `push_key(word, flags)` writes, in one language
    /// (or all): [`Cues::of_key`] without a new string per word (the segmenter's rules
    /// ask it of every word of a Chinese or Japanese article, some words many times).
    pub fn of_word_keyed(&self, word: &str, flags: u16, lang: CueLang) -> u8 {
        thread_local! {
            static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        KEY.with(|cell| match cell.try_borrow_mut() {
            Ok(mut key) => {
                key.clear();
                push_key(word, flags, &mut key);
                self.of_key(&key, lang)
            }
            Err(_) => {
                let mut key = String::new();
                push_key(word, flags, &mut key);
                self.of_key(&key, lang)
            }
        })
    }

    /// Classes of an exact (folded) word in one language (or all).
    pub fn of_word(&self, folded: &str, lang: CueLang) -> u8 {
        match lang {
            CueLang::One(l) => self.word_bits.get(l).and_then(|bits| bits.get(folded)).copied().unwrap_or(0),
            CueLang::All => self.by_word.get(folded).map_or(0, |bits| bits.iter().fold(0, |a, b| a | b)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(w: &str) -> String {
        let mut k = String::new();
        push_key(w, 0, &mut k);
        k
    }

    #[test]
    fn each_languages_own_table_answers_as_the_table_of_every_language() {
        let c = Cues::get();
        for (table, own) in [(&c.by_key, &c.key_bits), (&c.by_word, &c.word_bits)] {
            assert_eq!(own.len(), PROFILE_COUNT);
            for (key, bits) in table {
                for (l, &bit) in bits.iter().enumerate() {
                    assert_eq!(own[l].get(key).copied().unwrap_or(0), bit, "{key} in language {l}");
                }
            }
        }
        assert_eq!(c.of_key("qqqzz", CueLang::One(0)), 0);
        assert_eq!(c.of_word("qqqzz", CueLang::One(PROFILE_COUNT)), 0, "no such language");
    }

    #[test]
    fn title_cues_match_in_every_case() {
        let c = Cues::get();
        for w in ["Bakanı", "министр", "министра", "президентом", "ministrom", "President", "Cumhurbaşkanı"]
        {
            assert!(c.of_key(&key(w), CueLang::All) & TITLE != 0, "{w}");
        }
        let mut k = String::new();
        push_key("राष्ट्रपति", DEVA, &mut k);
        assert!(c.of_key(&k, CueLang::One(4)) & TITLE != 0);
    }

    #[test]
    fn org_heads_match_inflected() {
        let c = Cues::get();
        for w in ["Council", "Örgütü", "организации", "savet"] {
            assert!(c.of_key(&key(w), CueLang::All) & ORG_HEAD != 0, "{w}");
        }
    }

    #[test]
    fn a_word_keyed_in_place_has_the_classes_of_its_key() {
        use super::super::tokens::{IDEOGRAPHIC, UNCASED};
        let c = Cues::get();
        for (w, flags) in [("Council", 0), ("министра", 0), ("首相", UNCASED | IDEOGRAPHIC), ("unheard", 0)] {
            let mut k = String::new();
            push_key(w, flags, &mut k);
            for lang in [CueLang::All, CueLang::One(0)] {
                assert_eq!(c.of_word_keyed(w, flags, lang), c.of_key(&k, lang), "{w}");
            }
        }
        assert!(c.of_word_keyed("Council", 0, CueLang::All) & ORG_HEAD != 0);
    }

    #[test]
    fn cue_words_of_one_language_do_not_fire_in_another() {
        let c = Cues::get();
        // English `sea` stems to `se`, the Serbian reflexive particle
        assert!(c.of_key(&key("sea"), CueLang::One(0)) & LOC_HEAD != 0);
        assert_eq!(c.of_key(&key("se"), CueLang::One(3)) & LOC_HEAD, 0);
    }
}
