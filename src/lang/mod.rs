//! Language and script: detection, case folding and transliteration keys.

mod ascii;
mod detect;
mod fold;
pub mod segment;

pub use ascii::{ascii_key, ascii_key_string};
pub use detect::{detect_language, dominant_script};
pub use fold::{FoldedText, fold_char, fold_for_search, latin_key};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An article's language. The five the product is built for get variants;
/// anything else keeps its ISO 639 code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Turkish,
    Russian,
    English,
    Hindi,
    Serbian,
    Other(String),
    Unknown,
}

impl Language {
    /// ISO 639-1 code where there is one (`tr`, `ru`, `en`, `hi`, `sr`), else 639-3.
    pub fn code(&self) -> &str {
        match self {
            Language::Turkish => "tr",
            Language::Russian => "ru",
            Language::English => "en",
            Language::Hindi => "hi",
            Language::Serbian => "sr",
            Language::Other(code) => code,
            Language::Unknown => "und",
        }
    }

    pub fn from_code(code: &str) -> Language {
        let lower = code.trim().to_ascii_lowercase();
        let base = lower.split(['-', '_']).next().unwrap_or("");
        match base {
            "tr" | "tur" => Language::Turkish,
            "ru" | "rus" => Language::Russian,
            "en" | "eng" => Language::English,
            "hi" | "hin" => Language::Hindi,
            "sr" | "srp" => Language::Serbian,
            "" | "und" => Language::Unknown,
            _ => Language::Other(base.to_owned()),
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
            '\u{600}'..='\u{6ff}' => Some(Script::Arabic),
            '\u{590}'..='\u{5ff}' => Some(Script::Hebrew),
            '\u{4e00}'..='\u{9fff}' | '\u{3040}'..='\u{30ff}' | '\u{ac00}'..='\u{d7af}' => Some(Script::Han),
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
        Ok([
            Script::Latin,
            Script::Cyrillic,
            Script::Devanagari,
            Script::Greek,
            Script::Arabic,
            Script::Hebrew,
            Script::Han,
        ]
        .into_iter()
        .find(|s| s.code() == code)
        .unwrap_or(Script::Other))
    }
}
