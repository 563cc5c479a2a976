//! Language and script: detection, case folding and transliteration keys.

mod ascii;
mod detect;
mod fold;
mod greek;
pub mod phonetic;
pub mod profile;
pub mod segment;
mod word_ranks;

pub use ascii::{ascii_key, ascii_key_string};
pub use detect::{detect_language, dominant_script};
pub use fold::{
    FoldedText, fold_char, fold_for_search, fold_str, is_letter, latin_key, lowercase_on_stack, push_latin_key,
};
pub use greek::greek_latin;
pub use profile::{Casing, Direction, LoneWord, OTHER, Orthography, PROFILES, Profile, Segmentation, profile_of_code};
pub(crate) use word_ranks::{common_word_rank, is_among_common_words};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An article's language: one of the 19 korpus has a [`Profile`] for, or
/// any other by its ISO 639 code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    English,
    Turkish,
    Russian,
    Serbian,
    Hindi,
    German,
    French,
    Spanish,
    Italian,
    Portuguese,
    Polish,
    Ukrainian,
    Bulgarian,
    Greek,
    Arabic,
    Persian,
    Hebrew,
    Chinese,
    Japanese,
    Other(String),
    Unknown,
}

impl Language {
    /// The languages with a profile, in the order of [`PROFILES`].
    pub const KNOWN: [Language; 19] = [
        Language::English,
        Language::Turkish,
        Language::Russian,
        Language::Serbian,
        Language::Hindi,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Portuguese,
        Language::Polish,
        Language::Ukrainian,
        Language::Bulgarian,
        Language::Greek,
        Language::Arabic,
        Language::Persian,
        Language::Hebrew,
        Language::Chinese,
        Language::Japanese,
    ];

    /// ISO 639-1 code where there is one (`tr`, `ru`, `en`, `hi`, `sr`, ...), else 639-3.
    pub fn code(&self) -> &str {
        match self {
            Language::Other(code) => code,
            Language::Unknown => "und",
            known => known.own_profile().map_or("und", |p| p.code),
        }
    }

    /// The language's own profile, for the 19 korpus knows.
    fn own_profile(&self) -> Option<&'static Profile> {
        let index = match self {
            Language::English => 0,
            Language::Turkish => 1,
            Language::Russian => 2,
            Language::Serbian => 3,
            Language::Hindi => 4,
            Language::German => 5,
            Language::French => 6,
            Language::Spanish => 7,
            Language::Italian => 8,
            Language::Portuguese => 9,
            Language::Polish => 10,
            Language::Ukrainian => 11,
            Language::Bulgarian => 12,
            Language::Greek => 13,
            Language::Arabic => 14,
            Language::Persian => 15,
            Language::Hebrew => 16,
            Language::Chinese => 17,
            Language::Japanese => 18,
            Language::Other(_) | Language::Unknown => return None,
        };
        Some(&PROFILES[index])
    }

    /// The profile whose rules apply to an article in this language and
    /// script: its own; a close variety's (Croatian, Bosnian, Montenegrin
    /// and Slovene read as Serbian; other Cyrillic as Russian, other
    /// Devanagari as Hindi); else the precision-first fallback [`OTHER`].
    pub fn profile(&self, script: Script) -> &'static Profile {
        if let Some(p) = self.own_profile() {
            return p;
        }
        if let Language::Other(code) = self
            && matches!(code.as_str(), "hr" | "bs" | "sl" | "cnr" | "mk")
        {
            return &PROFILES[3];
        }
        match script {
            Script::Cyrillic => &PROFILES[2],
            Script::Devanagari => &PROFILES[4],
            _ => OTHER,
        }
    }

    pub fn from_code(code: &str) -> Language {
        let code = code.trim();
        // a code in lower case already (most are) is read where it is: the
        // copy was most of a call's ~490 instructions, paid once per record
        let lower: std::borrow::Cow<str> = match code.bytes().any(|b| b.is_ascii_uppercase()) {
            true => code.to_ascii_lowercase().into(),
            false => code.into(),
        };
        let base = lower.split(['-', '_']).next().unwrap_or("");
        let base = match base {
            "tur" => "tr",
            "rus" => "ru",
            "eng" => "en",
            "hin" => "hi",
            "srp" => "sr",
            "deu" | "ger" => "de",
            "fra" | "fre" => "fr",
            "spa" => "es",
            "ita" => "it",
            "por" => "pt",
            "pol" => "pl",
            "ukr" => "uk",
            "bul" => "bg",
            "ell" | "gre" => "el",
            "ara" => "ar",
            "fas" | "per" | "pes" => "fa",
            "heb" | "iw" => "he",
            "zho" | "chi" | "cmn" => "zh",
            "jpn" => "ja",
            other => other,
        };
        if base.is_empty() || base == "und" {
            return Language::Unknown;
        }
        match Language::KNOWN.iter().find(|l| l.code() == base) {
            Some(known) => known.clone(),
            // a language subtag is 2-8 ASCII letters (BCP 47); anything else
            // (escapes, bidi controls, prose) is not a language and must not
            // reach the screen as one
            None if (2..=8).contains(&base.len()) && base.bytes().all(|b| b.is_ascii_lowercase()) => {
                Language::Other(base.to_owned())
            }
            None => Language::Unknown,
        }
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        Ok(Language::from_code(&String::deserialize(d)?))
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The writing system most of an article's letters are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    Latin,
    Cyrillic,
    Devanagari,
    Greek,
    Arabic,
    Hebrew,
    Han,
    /// Japanese hiragana and katakana.
    Kana,
    Hangul,
    Other,
}

impl Script {
    /// ISO 15924 code.
    pub fn code(self) -> &'static str {
        match self {
            Script::Latin => "Latn",
            Script::Cyrillic => "Cyrl",
            Script::Devanagari => "Deva",
            Script::Greek => "Grek",
            Script::Arabic => "Arab",
            Script::Hebrew => "Hebr",
            Script::Han => "Hani",
            Script::Kana => "Kana",
            Script::Hangul => "Hang",
            Script::Other => "Zyyy",
        }
    }

    /// The script of one letter, `None` for digits, punctuation and marks of no script.
    pub fn of(c: char) -> Option<Script> {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => Some(Script::Latin),
            '\u{400}'..='\u{52f}' => Some(Script::Cyrillic),
            '\u{900}'..='\u{97f}' => Some(Script::Devanagari),
            '\u{370}'..='\u{3ff}' => Some(Script::Greek),
            '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}' => {
                Some(Script::Arabic)
            }
            '\u{590}'..='\u{5ff}' => Some(Script::Hebrew),
            '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' => Some(Script::Han),
            '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => Some(Script::Kana),
            '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' => Some(Script::Hangul),
            c if c.is_alphabetic() => Some(Script::Other),
            _ => None,
        }
    }
}

impl Serialize for Script {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Script {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Script, D::Error> {
        let code = String::deserialize(d)?;
        Ok(detect::ALL_SCRIPTS.into_iter().find(|s| s.code() == code).unwrap_or(Script::Other))
    }
}
