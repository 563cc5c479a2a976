//! Which JSON field of a record holds what. News datasets name their fields
//! differently (`content`, `body`, `maintext` for the text; `headline`;
//! `published`, `date_publish`, `pubDate`; `link`; `source_domain`,
//! `outlet`): each field is looked for under the names in use, and a user
//! can name the one their data uses (`--field text=body`).
//!
//! A record is read in one pass over its keys, without building a JSON tree:
//! only the values of wanted keys are kept.

use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

/// What korpus takes from a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Text,
    Id,
    Title,
    Lang,
    Date,
    Url,
    Source,
}

impl Field {
    pub const ALL: [Field; 7] =
        [Field::Text, Field::Id, Field::Title, Field::Lang, Field::Date, Field::Url, Field::Source];

    /// The name in `--field NAME=…`.
    pub fn name(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Id => "id",
            Field::Title => "title",
            Field::Lang => "lang",
            Field::Date => "date",
            Field::Url => "url",
            Field::Source => "source",
        }
    }

    /// The JSON names looked for, the first present winning.
    fn default_names(self) -> &'static [&'static str] {
        match self {
            Field::Text => &["text", "content", "body", "article", "maintext"],
            Field::Id => &["id"],
            Field::Title => &["title", "headline"],
            Field::Lang => &["lang", "language"],
            Field::Date => &["date", "published", "date_publish", "pubDate"],
            Field::Url => &["url", "link"],
            Field::Source => &["source", "source_domain", "outlet"],
        }
    }
}

/// The JSON names of every field: the defaults, with the user's choices
/// (`--field text=body`) in place of a field's defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMap {
    names: [Vec<String>; 7],
}

impl Default for FieldMap {
    fn default() -> Self {
        FieldMap { names: Field::ALL.map(|f| f.default_names().iter().map(|n| (*n).to_owned()).collect()) }
    }
}

/// A `--field` that cannot be used, and why.
#[derive(Debug, thiserror::Error)]
#[error("--field {given}: {reason}")]
pub struct FieldMapError {
    given: String,
    reason: String,
}

impl FieldMap {
    /// The defaults with `FIELD=JSON_NAME` mappings applied, e.g. `["text=body", "date=published_at"]`.
    pub fn with_mappings<S: AsRef<str>>(mappings: &[S]) -> Result<FieldMap, FieldMapError> {
        let mut map = FieldMap::default();
        for mapping in mappings {
            let given = mapping.as_ref();
            let error = |reason: String| FieldMapError { given: crate::fsio::quote(given), reason };
            let (field, json_name) = given.split_once('=').ok_or_else(|| error("expected FIELD=NAME".into()))?;
            let field = Field::ALL.into_iter().find(|f| f.name() == field.trim()).ok_or_else(|| {
                error(format!(
                    "no field {}; one of {}",
                    crate::fsio::quote(field),
                    Field::ALL.map(Field::name).join(", ")
                ))
            })?;
            let json_name = json_name.trim();
            if json_name.is_empty() {
                return Err(error("no JSON field name after '='".into()));
            }
            map.names[field as usize] = vec![json_name.to_owned()];
        }
        Ok(map)
    }

    /// The names `field` is looked for under.
    pub fn names(&self, field: Field) -> &[String] {
        &self.names[field as usize]
    }

    /// Which field a JSON key holds, and its rank among that field's names
    /// (0 is preferred).
    fn lookup(&self, key: &str) -> Option<(Field, usize)> {
        Field::ALL.into_iter().find_map(|f| self.names(f).iter().position(|n| n == key).map(|rank| (f, rank)))
    }

    /// A short text that changes when the mapping does (for the cache's fingerprint).
    pub fn key(&self) -> String {
        if *self == FieldMap::default() {
            return String::new();
        }
        self.names.iter().map(|n| n.join(",")).collect::<Vec<_>>().join(";")
    }
}

static FIELD_MAP: OnceLock<FieldMap> = OnceLock::new();

/// Set the process's field map (the command line's `--field`), once, before
/// any corpus is loaded. False when it was already set.
pub fn set_field_map(map: FieldMap) -> bool {
    FIELD_MAP.set(map).is_ok()
}

/// The field map loaders use: the one set, else the defaults.
pub fn field_map() -> &'static FieldMap {
    FIELD_MAP.get_or_init(FieldMap::default)
}

/// What a record gave for each field.
#[derive(Debug, Default)]
pub(crate) struct Record {
    values: [Option<(usize, String)>; 7],
    /// A text field was there but was not a string.
    pub text_not_a_string: bool,
    /// With [`RecordSeed::text_in_place`]: the text's string literal (its
    /// quotes included) as a byte range of the line, instead of its value.
    pub text_literal: Option<(usize, std::ops::Range<usize>)>,
}

impl Record {
    pub fn take(&mut self, field: Field) -> Option<String> {
        self.values[field as usize].take().map(|(_, v)| v)
    }

    pub fn get(&self, field: Field) -> Option<&str> {
        self.values[field as usize].as_ref().map(|(_, v)| v.as_str())
    }
}

/// Read one record with `map`.
pub(crate) struct RecordSeed<'m> {
    pub map: &'m FieldMap,
    /// The line being read, when its text is to be left where it is and
    /// only located ([`Record::text_literal`]): a huge line is not copied.
    pub text_in_place: Option<&'m str>,
}

impl<'m> RecordSeed<'m> {
    pub fn new(map: &'m FieldMap) -> RecordSeed<'m> {
        RecordSeed { map, text_in_place: None }
    }
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Record;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Record, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Record;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        let mut record = Record::default();
        while let Some(key) = map.next_key::<KeyName>()? {
            let Some((field, rank)) = self.map.lookup(&key.0) else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let in_place = if field == Field::Text { self.text_in_place } else { None };
            let taken = match in_place {
                Some(_) => record.text_literal.as_ref().map(|(have, _)| *have),
                None => record.values[field as usize].as_ref().map(|(have, _)| *have),
            };
            if taken.is_some_and(|have| have <= rank) {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            if let Some(line) = in_place {
                let literal = map.next_value::<&serde_json::value::RawValue>()?.get();
                if literal.starts_with('"') {
                    // the literal lies inside the line being read: its place is the pointers' distance
                    let at = (literal.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
                    record.text_literal = Some((rank, at..at + literal.len()));
                } else {
                    record.text_not_a_string = true;
                }
                continue;
            }
            let slot = &mut record.values[field as usize];
            match map.next_value::<Scalar>()? {
                // a text is a string; a number where the text should be is no article
                Scalar { text: Some(_), was_string: false } if field == Field::Text => record.text_not_a_string = true,
                Scalar { text: Some(value), .. } => *slot = Some((rank, value)),
                Scalar { text: None, .. } if field == Field::Text => record.text_not_a_string = true,
                Scalar { text: None, .. } => {}
            }
        }
        Ok(record)
    }
}

/// A key, unescaped: where it lies in the line unless it had escapes (a
/// copy per key was three allocations a record, paid again by every append
/// for every old record).
struct KeyName<'de>(std::borrow::Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for KeyName<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeyName<'de>, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = KeyName<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<KeyName<'de>, E> {
        Ok(KeyName(v.into()))
    }
    fn visit_str<E>(self, v: &str) -> Result<KeyName<'de>, E> {
        Ok(KeyName(v.to_owned().into()))
    }
    fn visit_string<E>(self, v: String) -> Result<KeyName<'de>, E> {
        Ok(KeyName(v.into()))
    }
}

/// A value read as text: a string, or a number (ids and dates are numbers
/// in some datasets); null, booleans, arrays and objects are none.
struct Scalar {
    text: Option<String>,
    was_string: bool,
}

impl Scalar {
    fn string(text: String) -> Scalar {
        Scalar { text: Some(text), was_string: true }
    }
    fn number(text: String) -> Scalar {
        Scalar { text: Some(text), was_string: false }
    }
    const NONE: Scalar = Scalar { text: None, was_string: false };
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string or a number")
    }
    fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::string(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::string(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::number(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar::number(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::number(v.to_string()))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::NONE)
    }
    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::NONE)
    }
    fn visit_none<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::NONE)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::NONE)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::NONE)
    }
}

/// The top-level keys of a JSON object (for the message that says which
/// fields a file has when none holds text), at most `limit` of them.
pub(crate) fn keys_of(line: &str, limit: usize) -> Vec<String> {
    match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(line) {
        Ok(object) => object.keys().take(limit).map(|k| crate::corpus::sanitize_line(k)).collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(map: &FieldMap, line: &str) -> Record {
        let mut d = serde_json::Deserializer::from_str(line);
        RecordSeed::new(map).deserialize(&mut d).unwrap()
    }

    #[test]
    fn the_names_news_datasets_use_are_found() {
        let map = FieldMap::default();
        let mut r = read(
            &map,
            r#"{"headline":"H","maintext":"T","date_publish":"2024-05-01 10:00:00","link":"http://x","source_domain":"x.org","id":7}"#,
        );
        assert_eq!(r.take(Field::Text).as_deref(), Some("T"));
        assert_eq!(r.take(Field::Title).as_deref(), Some("H"));
        assert_eq!(r.take(Field::Date).as_deref(), Some("2024-05-01 10:00:00"));
        assert_eq!(r.take(Field::Url).as_deref(), Some("http://x"));
        assert_eq!(r.take(Field::Source).as_deref(), Some("x.org"));
        assert_eq!(r.take(Field::Id).as_deref(), Some("7"));
    }

    #[test]
    fn the_first_name_wins_whatever_the_key_order() {
        let map = FieldMap::default();
        let mut r = read(&map, r#"{"body":"b","text":"t","content":"c","pubDate":"p","published":"q"}"#);
        assert_eq!(r.take(Field::Text).as_deref(), Some("t"));
        assert_eq!(r.take(Field::Date).as_deref(), Some("q"));
    }

    #[test]
    fn a_mapping_replaces_a_fields_names() {
        let map = FieldMap::with_mappings(&["text=story", "date = when"]).unwrap();
        let mut r = read(&map, r#"{"text":"not this","story":"this","when":"now","nested":{"a":[1,2]}}"#);
        assert_eq!(r.take(Field::Text).as_deref(), Some("this"));
        assert_eq!(r.take(Field::Date).as_deref(), Some("now"));
        assert_ne!(map.key(), FieldMap::default().key());
        for bad in ["text", "txt=body", "text="] {
            assert!(FieldMap::with_mappings(&[bad]).is_err(), "{bad}");
        }
    }

    /// Keys are read where they lie, and with escapes as well (`\u0074ext` is `text`).
    #[test]
    fn keys_with_and_without_escapes_are_read() {
        let map = FieldMap::default();
        let mut r = read(&map, r#"{"\u0074ext":"t","id":"7","lang":"de"}"#);
        assert_eq!(r.take(Field::Text).as_deref(), Some("t"));
        assert_eq!(r.take(Field::Id).as_deref(), Some("7"));
        let mut d = serde_json::Deserializer::from_reader(r#"{"text":"t","title":"h"}"#.as_bytes());
        let mut r = RecordSeed::new(&map).deserialize(&mut d).unwrap();
        assert_eq!((r.take(Field::Text).as_deref(), r.take(Field::Title).as_deref()), (Some("t"), Some("h")));
    }

    #[test]
    fn a_text_that_is_not_a_string_is_said() {
        let r = read(&FieldMap::default(), r#"{"text":5}"#);
        assert!(r.text_not_a_string);
    }
}
