//! Cue words from `data/cues.tsv`: titles and roles before a person's name,
//! organisation head words, place prepositions and Turkish place suffixes,
//! Hindi postpositions and function words. Keyed like text tokens, so one
//! Russian or Serbian form covers its cases.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tokens::{push_key, DEVA};

const CUES_TSV: &str = include_str!("../../data/cues.tsv");

pub const TITLE: u8 = 1;
pub const ORG_HEAD: u8 = 2;
pub const LOC_PREP: u8 = 4;
pub const TR_LOC: u8 = 8;
pub const HI_POST: u8 = 16;
pub const HI_STOP: u8 = 32;
/// Capitalised words that never name anything on their own (`Western`, `However`).
pub const NOT_NAME: u8 = 64;

#[derive(Debug, Default)]
pub struct Cues {
    by_key: HashMap<String, u8>,
    /// Exact folded forms (for prepositions and suffixes, which are not stemmed).
    by_word: HashMap<String, u8>,
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
            let Some((class, words)) = line.split_once('\t') else { continue };
            let bit = match class {
                "title" => TITLE,
                "orghead" => ORG_HEAD,
                "locprep" => LOC_PREP,
                "trloc" => TR_LOC,
                "hipost" => HI_POST,
                "histop" => HI_STOP,
                "notname" => NOT_NAME,
                _ => continue,
            };
            for w in words.split_whitespace() {
                let deva = w.chars().any(|c| matches!(c as u32, 0x900..=0x97f));
                let mut key = String::new();
                push_key(w, if deva { DEVA } else { 0 }, &mut key);
                *cues.by_key.entry(key).or_default() |= bit;
                let mut folded = String::new();
                for c in w.chars() {
                    crate::lang::fold_char(c, &mut folded);
                }
                *cues.by_word.entry(folded).or_default() |= bit;
            }
        }
        cues
    }

    /// Classes of a token by its stemmed key.
    pub fn of_key(&self, key: &str) -> u8 {
        self.by_key.get(key).copied().unwrap_or(0)
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
        for w in ["Bakanı", "министр", "министра", "президентом", "ministrom", "President", "Cumhurbaşkanı"] {
            assert!(c.of_key(&key(w)) & TITLE != 0, "{w}");
        }
        let mut k = String::new();
        push_key("राष्ट्रपति", DEVA, &mut k);
        assert!(c.of_key(&k) & TITLE != 0);
    }

    #[test]
    fn org_heads_match_inflected() {
        let c = Cues::get();
        for w in ["Council", "Örgütü", "организации", "savet"] {
            assert!(c.of_key(&key(w)) & ORG_HEAD != 0, "{w}");
        }
    }
}
