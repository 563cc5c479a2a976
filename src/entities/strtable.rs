//! Compact string-keyed tables for data parsed once and kept for the whole
//! process (the gazetteer's keys, spellings and skeletons). A `HashMap<String, V>`
//! costs each key a 24-byte `String`, an allocation of its own (at least 32
//! bytes with the allocator's header) and the map's slack around both; here
//! every key's bytes sit one after another in one string, a key is the end
//! of its bytes (4 bytes), and the hash table holds only row numbers. The
//! embedded gazetteer's tables went from 27 MB on the heap to a third of that,
//! which a huge article's peak carried beside its analysis.
//!
//! Lookups answer exactly as a map's: one hash probe, then the key's bytes compared.
//! The hash table's slot holds where its key starts and how long it is beside the row,
//! so a probe reads the key's bytes straight away (and not at all for a key of
//! another length), not the row's end in `ends` first: each of those reads was a
//! cache miss a lookup, and the tables' lookups a fifth of a Hebrew build.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};

/// A map from strings to `V`, rows in the order their keys were first inserted.
pub struct StrMap<V> {
    /// Every key's bytes, one after another.
    text: String,
    /// Where each row's key ends in `text` (it begins where the row before ends).
    ends: Vec<u32>,
    values: Vec<V>,
    /// Row numbers with their keys' places, by their key's hash.
    rows: HashTable<Slot>,
}

/// A row in the hash table: its key's start in the text, and the row number and the
/// key's length in one word (`row << 8 | len`); a row past 2^24 or a key of 255 bytes
/// or more is [`LONG`] with the row number in `start`, its key read through `ends`.
#[derive(Clone, Copy)]
struct Slot {
    start: u32,
    row_len: u32,
}

/// [`Slot::row_len`] of a slot that keeps its row number in [`Slot::start`].
const LONG: u32 = u32::MAX;

impl Slot {
    fn new(row: u32, start: usize, len: usize) -> Slot {
        match (u32::try_from(start), u8::try_from(len)) {
            (Ok(start), Ok(len)) if row < 1 << 24 && len < u8::MAX => {
                Slot { start, row_len: (row << 8) | u32::from(len) }
            }
            _ => Slot { start: row, row_len: LONG },
        }
    }

    fn row(self) -> u32 {
        if self.row_len == LONG { self.start } else { self.row_len >> 8 }
    }

    /// The slot's key, of a table whose keys are `text` cut at `ends`.
    fn key<'a>(self, text: &'a str, ends: &[u32]) -> &'a [u8] {
        if self.row_len == LONG {
            return key_of(text, ends, self.start).as_bytes();
        }
        let start = self.start as usize;
        text.as_bytes().get(start..start + (self.row_len & 0xff) as usize).unwrap_or_default()
    }

    /// Whether the slot's key is `key`, its bytes read only if the lengths agree.
    fn is(self, text: &str, ends: &[u32], key: &[u8]) -> bool {
        if self.row_len != LONG && (self.row_len & 0xff) as usize != key.len() {
            return false;
        }
        self.key(text, ends) == key
    }
}

/// A set of strings.
pub type StrSet = StrMap<()>;

fn hash(key: &str) -> u64 {
    FxBuildHasher.hash_one(key)
}

/// [`hash`] of a key's bytes (a key is whole chars: the same as its `str`'s hash).
fn hash_bytes(key: &[u8]) -> u64 {
    std::str::from_utf8(key).map_or(0, hash)
}

/// Row `row`'s key, of a table whose keys are `text` cut at `ends`.
fn key_of<'a>(text: &'a str, ends: &[u32], row: u32) -> &'a str {
    let row = row as usize;
    let start = if row == 0 { 0 } else { ends[row - 1] as usize };
    &text[start..ends[row] as usize]
}

impl<V> Default for StrMap<V> {
    fn default() -> StrMap<V> {
        StrMap { text: String::new(), ends: Vec::new(), values: Vec::new(), rows: HashTable::new() }
    }
}

impl<V> StrMap<V> {
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    fn row(&self, key: &str) -> Option<usize> {
        let (text, ends) = (&self.text, &self.ends);
        self.rows.find(hash(key), |slot| slot.is(text, ends, key.as_bytes())).map(|slot| slot.row() as usize)
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.row(key).map(|r| &self.values[r])
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.row(key).is_some()
    }

    /// Set `key`'s value (a key already there keeps its row).
    pub fn insert(&mut self, key: &str, value: V) {
        match self.row(key) {
            Some(r) => self.values[r] = value,
            None => self.push(key, value),
        }
    }

    /// `key`'s value, made by `make` if the key is new.
    pub fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let r = match self.row(key) {
            Some(r) => r,
            None => {
                self.push(key, make());
                self.values.len() - 1
            }
        };
        &mut self.values[r]
    }

    /// `key`'s row number and value, the value made by `make` if the key is new.
    pub fn row_and_value(&mut self, key: &str, make: impl FnOnce() -> V) -> (u32, &mut V) {
        let r = match self.row(key) {
            Some(r) => r,
            None => {
                self.push(key, make());
                self.values.len() - 1
            }
        };
        (r as u32, &mut self.values[r])
    }

    /// Row `row`'s key and value.
    pub fn at(&self, row: u32) -> Option<(&str, &V)> {
        let value = self.values.get(row as usize)?;
        Some((key_of(&self.text, &self.ends, row), value))
    }

    /// A new row (the key is not in the table).
    fn push(&mut self, key: &str, value: V) {
        let row = u32::try_from(self.values.len()).expect("fewer than 2^32 rows");
        let start = self.text.len();
        self.text.push_str(key);
        self.ends.push(u32::try_from(self.text.len()).expect("keys of fewer than 4 GiB"));
        self.values.push(value);
        let (text, ends) = (&self.text, &self.ends);
        self.rows.insert_unique(hash(key), Slot::new(row, start, key.len()), |slot| hash_bytes(slot.key(text, ends)));
    }

    /// Every key and its value, in the order the keys were first inserted.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        (0..self.values.len()).map(|r| (key_of(&self.text, &self.ends, r as u32), &self.values[r]))
    }

    /// Give back what the tables grew beyond their rows.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.values.shrink_to_fit();
        let (text, ends) = (&self.text, &self.ends);
        self.rows.shrink_to_fit(|slot| hash_bytes(slot.key(text, ends)));
    }

    /// The table of these rows (`ends` and `values` of one length, `ends`
    /// rising within `text` at char boundaries, no key twice), else `None`.
    fn from_rows(text: String, ends: Vec<u32>, values: Vec<V>) -> Option<StrMap<V>> {
        if ends.len() != values.len() {
            return None;
        }
        let mut start = 0;
        for &end in &ends {
            let end = end as usize;
            if end < start || text.get(start..end).is_none() {
                return None;
            }
            start = end;
        }
        if start != text.len() {
            return None;
        }
        let mut rows = HashTable::with_capacity(values.len());
        let mut start = 0;
        for row in 0..values.len() as u32 {
            let key = key_of(&text, &ends, row);
            if rows.find(hash(key), |slot: &Slot| slot.is(&text, &ends, key.as_bytes())).is_some() {
                return None;
            }
            rows.insert_unique(hash(key), Slot::new(row, start, key.len()), |slot| hash_bytes(slot.key(&text, &ends)));
            start += key.len();
        }
        Some(StrMap { text, ends, values, rows })
    }
}

impl StrSet {
    pub fn contains(&self, key: &str) -> bool {
        self.contains_key(key)
    }
}

/// Each key once, as a set's `extend` does.
impl<S: AsRef<str>> Extend<S> for StrSet {
    fn extend<I: IntoIterator<Item = S>>(&mut self, keys: I) {
        for key in keys {
            self.insert(key.as_ref(), ());
        }
    }
}

impl<V: PartialEq> PartialEq for StrMap<V> {
    fn eq(&self, other: &StrMap<V>) -> bool {
        self.text == other.text && self.ends == other.ends && self.values == other.values
    }
}

impl<V: std::fmt::Debug> std::fmt::Debug for StrMap<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Kept as the keys' text, their ends and the values; the hash table is made again on reading.
impl<V: Serialize> Serialize for StrMap<V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (&self.text, &self.ends, &self.values).serialize(serializer)
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for StrMap<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<StrMap<V>, D::Error> {
        let (text, ends, values) = <(String, Vec<u32>, Vec<V>)>::deserialize(deserializer)?;
        StrMap::from_rows(text, ends, values).ok_or_else(|| serde::de::Error::custom("a string table out of bounds"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_str_map_answers_as_a_hash_map_through_inserts_and_overwrites() {
        let mut map: StrMap<u32> = StrMap::default();
        let mut std_map = std::collections::HashMap::new();
        let words = ["", "a", "ab", "b", "Москва", "東京", "a b", "ab", "a", "x"];
        for (i, w) in words.iter().enumerate() {
            map.insert(w, i as u32);
            std_map.insert(w.to_string(), i as u32);
        }
        for i in 0..2000u32 {
            let w = format!("w{}", i % 700);
            map.insert(&w, i);
            std_map.insert(w, i);
        }
        assert_eq!(map.iter().count(), std_map.len());
        for (k, v) in &std_map {
            assert_eq!(map.get(k), Some(v), "{k}");
        }
        assert_eq!(map.get("w700"), None);
        assert_eq!(map.get("Моск"), None, "no prefix of a key is one");
        assert_eq!(map.iter().next(), Some(("", &0)), "rows in the order keys came");
        *map.get_or_insert_with("new", || 1) += 1;
        *map.get_or_insert_with("new", || 100) += 1;
        assert_eq!(map.get("new"), Some(&3));
    }

    #[test]
    fn a_key_of_255_bytes_or_more_is_found_through_the_row_ends() {
        let mut map: StrMap<usize> = StrMap::default();
        let keys: Vec<String> =
            [0, 1, 254, 255, 256, 300, 1000].iter().map(|&n| "ж".repeat(n / 2) + &"a".repeat(n % 2)).collect();
        for (i, key) in keys.iter().enumerate() {
            map.insert(key, i);
            map.insert(&format!("{key}b"), 100 + i);
        }
        map.shrink_to_fit();
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(map.get(key), Some(&i), "{} bytes", key.len());
            assert_eq!(map.get(&format!("{key}b")), Some(&(100 + i)), "{} bytes", key.len() + 1);
            assert_eq!(map.get(&format!("{key}c")), None);
        }
        let bytes = postcard::to_stdvec(&map).unwrap();
        let back: StrMap<usize> = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.get(&keys[6]), Some(&6));
        assert_eq!(back.get(&format!("{}b", keys[3])), Some(&103));
    }

    #[test]
    fn a_str_map_reads_back_as_it_was_kept_and_a_damaged_one_does_not_read() {
        let mut map: StrMap<u8> = StrMap::default();
        let mut set = StrSet::default();
        for (i, w) in ["Roma", "Рим", "ローマ", "Rzym"].iter().enumerate() {
            map.insert(w, i as u8);
            set.insert(w, ());
        }
        map.shrink_to_fit();
        let bytes = postcard::to_stdvec(&map).unwrap();
        let back: StrMap<u8> = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, map);
        assert_eq!(back.get("ローマ"), Some(&2));
        assert!(set.contains("Rzym") && !set.contains("Rzy"));
        let mut words = StrSet::default();
        assert!(words.is_empty());
        words.extend("ab ba ab".split(' '));
        assert_eq!(words.iter().map(|(w, _)| w).collect::<Vec<_>>(), ["ab", "ba"], "each word once");
        // ends past the text, or inside a letter, or a key twice
        assert!(StrMap::from_rows("ab".to_owned(), vec![1, 3], vec![(), ()]).is_none());
        assert!(StrMap::from_rows("Рим".to_owned(), vec![1, 6], vec![(), ()]).is_none());
        assert!(StrMap::from_rows("abab".to_owned(), vec![2, 4], vec![(), ()]).is_none());
        assert!(StrMap::from_rows("abab".to_owned(), vec![2, 4], vec![()]).is_none());
        assert!(StrMap::from_rows("ab".to_owned(), vec![1, 2], vec![(), ()]).is_some());
    }
}
