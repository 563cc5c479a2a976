//! Rule `a_compass_region_by_its_cldr_name`: English names a region of a
//! continent by a compass word and the continent, or the continent's demonym
//! (`West Africa`, `West African leaders`, `East Asian`), where CLDR, and so the
//! gazetteer, names it `Western Africa`, `Eastern Asia`; every other language's
//! name for it is the gazetteer's already (`Afrique de l'Ouest`, `西非`). The
//! press's form is that region, unless the gazetteer knows the words as a place of
//! their own (`South Africa`, `North Korea`: `South African` stays the country's).

use super::{Article, Casing, Gazetteer, HashMap, Item, Kept, Profile, Tables, written_name};
use crate::entities::EntityKind;

/// The compass words and the adjectives CLDR names regions with.
const COMPASS: [(&str, &str); 4] =
    [("west", "western"), ("east", "eastern"), ("north", "northern"), ("south", "southern")];

/// The lowest gazetteer priority of a region (a country's is higher).
const REGION_PRIORITY: u16 = 90;

/// The gazetteer place a phrase names exactly, if any.
fn place_named(gaz: &Gazetteer, phrase: &str) -> Option<u32> {
    let mut key = String::new();
    if super::super::tokens::phrase_key(phrase, &mut key) == 0 {
        return None;
    }
    gaz.lookup(&key).map(|hit| hit.entry).filter(|&e| gaz.entry(e).kind == EntityKind::Location)
}

/// The region an English name of two words names by a compass word (see the module's rule).
fn compass_region(name: &str, gaz: &Gazetteer) -> Option<u32> {
    let (first, second) = name.split_once(' ')?;
    if second.contains(' ') || !second.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let &(_, adjective) = COMPASS.iter().find(|(compass, _)| first.eq_ignore_ascii_case(compass))?;
    // the continent, or its demonym without its ending (`African`, `Asian`, `European`)
    let bases = [Some(second), second.strip_suffix('n'), second.strip_suffix("an")];
    for base in bases.into_iter().flatten().filter(|b| b.len() >= 4) {
        if place_named(gaz, &format!("{first} {base}")).is_some() {
            return None;
        }
        if let Some(e) =
            place_named(gaz, &format!("{adjective} {base}")).filter(|&e| gaz.entry(e).prio >= REGION_PRIORITY)
        {
            return Some(e);
        }
    }
    None
}

/// The English names of two words that are a region named by a compass word, by item.
pub(super) fn compass_regions(
    articles: &[Article],
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    placed: &HashMap<usize, u32>,
    gaz: &Gazetteer,
) -> HashMap<usize, u32> {
    let mut out = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        let english = langs.get(it.art as usize).is_some_and(|p| p.code == "en" && p.casing != Casing::Uncased);
        if !english || t.name(it).len != 2 || placed.contains_key(&n) {
            continue;
        }
        if let Some(e) = written_name(articles, cands, it).and_then(|name| compass_region(name, gaz)) {
            out.insert(n, e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compass_word_and_a_continent_name_its_region() {
        let gaz = Gazetteer::get();
        let id = |name: &str| compass_region(name, gaz).map(|e| gaz.entry(e).id.as_str());
        assert_eq!(id("West Africa"), Some("loc:011"));
        assert_eq!(id("West African"), Some("loc:011"), "the demonym");
        assert_eq!(id("Eastern Europe"), None, "the gazetteer's own name is found without this rule");
        assert_eq!(id("South African"), None, "South Africa is a country");
        assert_eq!(id("North Korean"), None);
        assert_eq!(id("West Bank"), None);
    }
}
