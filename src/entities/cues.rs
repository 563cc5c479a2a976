//! Cue words from `data/cues.tsv`: titles and roles before a person's name,
//! organisation head words, place prepositions and Turkish place suffixes,
//! Hindi postpositions and function words. Keyed like text tokens, so one
//! Russian or Serbian form covers its cases.

use super::fxhash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use super::tokens::{DEVA, push_key};

const CUES_TSV: &str = include_str!("../../data/cues.tsv");

pub const TITLE: u8 = 1;
pub const ORG_HEAD: u8 = 2;
pub const LOC_PREP: u8 = 4;
pub const TR_LOC: u8 = 8;
pub const HI_POST: u8 = 16;
pub const HI_STOP: u8 = 32;
/// Capitalised words that never name anything on their own (`Western`, `However`).
pub const NOT_NAME: u8 = 64;
/// Place-type words that end a place name (`Oblast`, `область`, `ili`).
pub const LOC_HEAD: u8 = 128;

/// Cue lists per language: en, tr, ru, sr, hi (the order of [`CueLang`]);
/// an article in another language consults all of them.
const LANGS: usize = 5;

/// Which language's cue list to consult.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueLang {
    One(usize),
    All,
}

impl CueLang {
    pub fn from_code(code: &str) -> CueLang {
        match code {
            "en" => CueLang::One(0),
            "tr" => CueLang::One(1),
            "ru" => CueLang::One(2),
            "sr" => CueLang::One(3),
            "hi" => CueLang::One(4),
            _ => CueLang::All,
        }
    }
}

#[derive(Debug, Default)]
pub struct Cues {
    /// Per stem key, the classes in each language. Languages are kept apart
    /// because short keys collide across them (English `sea` and Serbian `se`).
    by_key: FxHashMap<String, [u8; LANGS]>,
    /// Lower-case connectors inside personal names (`bin`, `van`), by folded form.
    connectors: FxHashSet<String>,
    /// Lower-case words inside organisation names (`and`, `of`, `ve`).
    org_connectors: FxHashSet<String>,
    /// Exact folded forms (for prepositions and suffixes, which are not stemmed).
    by_word: FxHashMap<String, u8>,
}

impl Cues {
    pub fn get() -> &'static Cues {
        static C: OnceLock<Cues> = OnceLock::new();
        C.get_or_init(|| Cues::parse(CUES_TSV))
    }

    fn parse(src: &str) -> Cues {
        let mut cues = Cues::default();
        for line in src.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut cols = line.splitn(3, '\t');
            let (Some(class), Some(lang), Some(words)) = (cols.next(), cols.next(), cols.next()) else { continue };
            let langs: Vec<usize> = match CueLang::from_code(lang) {
                CueLang::One(l) => vec![l],
                CueLang::All => (0..LANGS).collect(),
            };
            let bit = match class {
                "title" => TITLE,
                "orghead" => ORG_HEAD,
                "locprep" => LOC_PREP,
                "trloc" => TR_LOC,
                "hipost" => HI_POST,
                "histop" => HI_STOP,
                "notname" => NOT_NAME,
                "lochead" => LOC_HEAD,
                "conn" => {
                    cues.connectors.extend(words.split_whitespace().map(str::to_owned));
                    continue;
                }
                "orgconn" => {
                    cues.org_connectors.extend(words.split_whitespace().map(str::to_owned));
                    continue;
                }
                _ => continue,
            };
            for w in words.split_whitespace() {
                let deva = w.chars().any(|c| matches!(c as u32, 0x900..=0x97f));
                let mut key = String::new();
                push_key(w, if deva { DEVA } else { 0 }, &mut key);
                let slot = cues.by_key.entry(key).or_default();
                for &l in &langs {
                    slot[l] |= bit;
                }
                let mut folded = String::new();
                for c in w.chars() {
                    crate::lang::fold_char(c, &mut folded);
                }
                *cues.by_word.entry(folded).or_default() |= bit;
            }
        }
        cues
    }

    /// Classes of a token by its stemmed key, in one language (or all).
    pub fn of_key(&self, key: &str, lang: CueLang) -> u8 {
        match (self.by_key.get(key), lang) {
            (None, _) => 0,
            (Some(bits), CueLang::One(l)) => bits[l],
            (Some(bits), CueLang::All) => bits.iter().fold(0, |a, b| a | b),
        }
    }

    /// A lower-case word that may sit inside a personal name (`bin`, `van`).
    pub fn is_connector(&self, word: &str) -> bool {
        self.connectors.contains(word)
    }

    /// A lower-case word that may sit inside an organisation's name (`of`, `ve`, `и`).
    pub fn is_org_connector(&self, word: &str) -> bool {
        self.org_connectors.contains(word)
    }

    /// Classes of an exact (folded) word.
    pub fn of_word(&self, folded: &str) -> u8 {
        self.by_word.get(folded).copied().unwrap_or(0)
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
    fn title_cues_match_in_every_case() {
        let c = Cues::get();
        for w in ["Bakanı", "министр", "министра", "президентом", "ministrom", "President", "Cumhurbaşkanı"]
        {
            assert!(c.of_key(&key(w), CueLang::All) & TITLE != 0, "{w}");
        }
        let mut k = String::new();
        push_key("राष्ट्रपति", DEVA, &mut k);
        assert!(c.of_key(&k, CueLang::from_code("hi")) & TITLE != 0);
    }

    #[test]
    fn org_heads_match_inflected() {
        let c = Cues::get();
        for w in ["Council", "Örgütü", "организации", "savet"] {
            assert!(c.of_key(&key(w), CueLang::All) & ORG_HEAD != 0, "{w}");
        }
    }

    #[test]
    fn cue_words_of_one_language_do_not_fire_in_another() {
        let c = Cues::get();
        // English `sea` stems to `se`, the Serbian reflexive particle
        assert!(c.of_key(&key("sea"), CueLang::from_code("en")) & LOC_HEAD != 0);
        assert_eq!(c.of_key(&key("se"), CueLang::from_code("sr")) & LOC_HEAD, 0);
    }
}
