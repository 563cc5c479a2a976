//! Rule `town_of_the_registry`: a name no other rule speaks for that is a
//! town of the registry (GeoNames towns of 5,000 people or more that the
//! gazetteer leaves out, `data/names/towns.txt`) is weak evidence of a place.
//!
//! English writes firms and agencies as lone capitalised words (`Reuters`,
//! `Barclays`), so a lone unknown word there is an organisation by default;
//! a small town written alone (`a subpostmaster from Llandudno`, `At
//! Maranello the move was greeted …`) has no cue that says otherwise. The
//! registry is that cue. The vote is weak: a firm's nouns, a club's sport, a
//! surname of a person the article names, any evidence of the word's own
//! outweighs it.

use std::sync::OnceLock;

use crate::lang::fold_str;

use super::super::fxhash::FxHashSet as HashSet;

const TOWNS: &str = include_str!("../../../data/names/towns.txt");

/// The registry's town names as the file writes them, comments and blank lines left out.
pub(crate) fn registry_town_names() -> impl Iterator<Item = &'static str> {
    TOWNS.lines().map(str::trim).filter(|l| !l.starts_with('#') && !l.is_empty())
}

/// The folded names of the registry's towns, read the first time a name is asked about.
fn towns() -> &'static HashSet<String> {
    static TOWNS_FOLDED: OnceLock<HashSet<String>> = OnceLock::new();
    TOWNS_FOLDED.get_or_init(|| registry_town_names().map(fold_str).collect())
}

/// Is the name (its words case-folded, in order) a town of the registry?
pub(crate) fn is_registry_town(mut words: impl Iterator<Item = String>) -> bool {
    let Some(mut name) = words.next() else { return false };
    for word in words {
        name.push(' ');
        name.push_str(&word);
    }
    towns().contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_towns_the_gazetteer_leaves_out_are_registry_towns() {
        for town in ["Llandudno", "Maranello", "Brechin", "Ashburn"] {
            assert!(is_registry_town(std::iter::once(fold_str(town))), "{town}");
        }
    }

    #[test]
    fn given_names_ordinary_words_and_gazetteer_cities_are_not_registry_towns() {
        // a given name (`Chester`, `Clayton`), an ordinary word (`Reading`), a city the gazetteer holds
        for word in ["Chester", "Clayton", "Reading", "London", "Reuters", "Cumhuriyet", ""] {
            assert!(!is_registry_town(std::iter::once(fold_str(word))), "{word}");
        }
        assert!(!is_registry_town(std::iter::empty()));
    }
}
