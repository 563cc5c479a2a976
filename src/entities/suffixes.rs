//! Name stems: strip one case ending, then trailing vowels, so that every case
//! form of a name and its gazetteer entry get the same key.
//!
//! General stemmers break names (Snowball gives `Лавров` → `лавр` but
//! `Лаврова` → `лавров`), so this is deliberately narrow: only endings that
//! contain a consonant are listed, and vowels are stripped afterwards, which
//! makes nominative and oblique forms meet: `Корея/Кореи/Кореей/Корею` →
//! `кор`, `Rusija/Rusije/Rusijom` → `rusij`, `Pjongjangu` → `pjongjang`.
//! The same function runs on the text and on the gazetteer, so over-stemming
//! only costs precision when two different names collapse, and names are few.

/// Russian (and other Cyrillic) endings, longest first.
const CYRILLIC_ENDINGS: &[&str] = &[
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ою", "ею", "ом", "ем", "ым", "им", "ых", "их",
    "ая", "яя", "ую", "юю", "ое", "ее", "ый", "ий", "ам", "ям", "ах", "ях",
];
// Ukrainian `і ї є` too: `Бразилії`, `Лівії`, `Німеччині` meet `Бразилія`, `Лівія`, `Німеччина`
const CYRILLIC_VOWELS: &[char] = &['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'й', 'ь', 'ъ', 'і', 'ї', 'є'];

/// Serbian/Croatian/Bosnian endings, and the Polish dative of a man's name
/// (`Macronowi`, `Putinowi`); also harmless on English and Turkish names, whose
/// inflection is cut at the apostrophe. Longest first.
const LATIN_ENDINGS: &[&str] = &["owi", "ima", "ama", "om", "em", "ih", "im", "og", "oj"];
const LATIN_VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u', 'y'];

/// Greek case endings and the ending of their declension class that replaces
/// them. Greek endings are mostly vowels, so stripping every vowel as in
/// Cyrillic would make `Κυριάκος` (a given name) and `Κυριακή` (Sunday) one
/// key; mapping each case to its class keeps them apart while the cases of
/// one name meet: `Μητσοτάκης/Μητσοτάκη`, `Τσίπρας/Τσίπρα`, `Αθήνα/Αθήνας`,
/// `Νίκος/Νίκου/Νίκο`, `Ηνωμένες Πολιτείες/Ηνωμένων Πολιτειών`. A final
/// capital `Σ` folds to `σ`, not `ς`, so both spellings are listed.
const GREEK_ENDINGS: &[(&str, &str)] =
    &[("ος", "ο"), ("οσ", "ο"), ("ου", "ο"), ("ας", "α"), ("ασ", "α"), ("ης", "η"), ("ησ", "η"), ("ων", "ες")];

/// Put a folded Greek word into its declension class's ending (see [`GREEK_ENDINGS`]).
fn stem_greek(key: &mut String, from: usize) {
    // a short word keeps its ending: articles and pronouns (`της`, `του`) stay apart
    if key[from..].chars().count() < 4 {
        return;
    }
    for (ending, class) in GREEK_ENDINGS {
        if key[from..].ends_with(ending) {
            let cut = key.len() - ending.len();
            key.truncate(cut);
            key.push_str(class);
            return;
        }
    }
}

/// Stem the folded word that occupies `key[from..]`.
pub fn stem_in_place(key: &mut String, from: usize) {
    if key.as_bytes().get(from..).is_some_and(<[u8]>::is_ascii) {
        stem_ascii_in_place(key, from);
    } else {
        stem_by_chars(key, from);
    }
}

/// [`stem_in_place`] of any key, char by char.
fn stem_by_chars(key: &mut String, from: usize) {
    let Some(first) = key[from..].chars().next() else { return };
    if matches!(first as u32, 0x370..=0x3ff) {
        // hyphenated Greek names are rare: only the end of one is put in its class
        stem_greek(key, from);
        return;
    }
    let cyrillic = matches!(first as u32, 0x400..=0x52f);
    let (endings, vowels) = if cyrillic { (CYRILLIC_ENDINGS, CYRILLIC_VOWELS) } else { (LATIN_ENDINGS, LATIN_VOWELS) };
    // every part of a hyphenated name inflects (`Ростове-на-Дону`, `Нови-Саде`)
    if let Some(p) = key[from..].find('-') {
        let split = from + p;
        let rest = key[split + 1..].to_owned();
        key.truncate(split);
        stem_by_chars(key, from);
        key.push('-');
        let at = key.len();
        key.push_str(&rest);
        stem_by_chars(key, at);
        return;
    }
    let part = from;
    // counted once, then kept up to date as chars are cut (this runs on every word of the corpus)
    let mut chars = key[part..].chars().count();
    let last_byte = key.as_bytes().last().copied();
    for ending in endings {
        // every ending is in one script: 1 byte a char in Latin, 2 in Cyrillic
        let n = if cyrillic { ending.len() / 2 } else { ending.len() };
        if chars >= n + 2 && ending.as_bytes().last().copied() == last_byte && key[part..].ends_with(ending) {
            let cut = key.len() - ending.len();
            key.truncate(cut);
            chars -= n;
            break;
        }
    }
    // trailing vowels, keeping at least two chars
    while chars > 2 {
        let Some(last) = key[part..].chars().next_back() else { break };
        if !vowels.contains(&last) {
            break;
        }
        let cut = key.len() - last.len_utf8();
        key.truncate(cut);
        chars -= 1;
    }
}

/// [`stem_in_place`] of an ASCII key, byte by byte: most words of Latin-script
/// text, stemmed often enough that the general path's char counting and the
/// copy it makes of what follows a hyphen were worth sparing.
fn stem_ascii_in_place(key: &mut String, from: usize) {
    // every part of a hyphenated name inflects, each on its own (as the general path recurses)
    let mut part = from;
    loop {
        let hyphen = key.as_bytes()[part..].iter().position(|&b| b == b'-');
        let part_end = hyphen.map_or(key.len(), |at| part + at);
        let kept = ascii_stem_len(&key.as_bytes()[part..part_end]);
        if hyphen.is_none() {
            key.truncate(part + kept);
            return;
        }
        key.replace_range(part + kept..part_end, "");
        part += kept + 1;
    }
}

/// How many bytes of one ASCII part (no hyphen) its stem keeps: one Latin
/// ending cut, then trailing vowels, at least two chars left (as in [`stem_in_place`]).
fn ascii_stem_len(part: &[u8]) -> usize {
    let mut len = part.len();
    if let Some(ending) = LATIN_ENDINGS.iter().find(|e| len >= e.len() + 2 && part.ends_with(e.as_bytes())) {
        len -= ending.len();
    }
    while len > 2 && LATIN_VOWELS.contains(&char::from(part[len - 1])) {
        len -= 1;
    }
    len
}

/// The stem of one already folded word (tests).
#[cfg(test)]
pub fn stem(folded: &str) -> String {
    let mut s = folded.to_owned();
    stem_in_place(&mut s, 0);
    s
}

/// How many bytes of a word's original spelling survive as its lemma for
/// display: a consonant-bearing case ending is dropped (`Kozlovom` → `Kozlov`,
/// `Лавровым` → `Лавров`), vowel endings are kept (`Putina` stays).
pub fn display_lemma(word: &str) -> &str {
    // only instrumental endings: `-ей`, `-ий`, `-ой` end nominatives too (`Сергей`, `Юрий`, `Толстой`)
    const CYRILLIC_OBLIQUE: &[&str] = &["ым", "ом"];
    const LATIN_OBLIQUE: &[&str] = &["om", "em"];
    let lower: String = word.chars().flat_map(char::to_lowercase).collect();
    let cyrillic = word.chars().next().is_some_and(|c| matches!(c as u32, 0x400..=0x52f));
    let endings = if cyrillic { CYRILLIC_OBLIQUE } else { LATIN_OBLIQUE };
    let chars = lower.chars().count();
    for ending in endings {
        let n = ending.chars().count();
        if chars >= n + 3 && lower.ends_with(ending) {
            // cut the same number of chars from the original
            let keep = chars - n;
            let byte = word.char_indices().nth(keep).map(|(i, _)| i).unwrap_or(word.len());
            return &word[..byte];
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_keys_stem_byte_by_byte_as_char_by_char() {
        let by_chars = |w: &str| {
            let mut key = format!("x{w}");
            stem_by_chars(&mut key, 1);
            key
        };
        let by_bytes = |w: &str| {
            let mut key = format!("x{w}");
            stem_ascii_in_place(&mut key, 1);
            key
        };
        // Serbian cases, vowels after an ending, short words, hyphenated parts, empty parts
        for w in [
            "rusijom",
            "pjongjangu",
            "kimom",
            "kim",
            "sjedinjenih",
            "om",
            "aom",
            "iraq",
            "kay",
            "",
            "-",
            "novi-sadu",
            "ivanovoj-alijom-kimom",
            "a-",
            "-e",
            "bosni-i-hercegovini",
            "ee-ee",
            "xyz-",
        ] {
            assert_eq!(by_bytes(w), by_chars(w), "{w:?}");
        }
        assert_eq!(by_bytes("rusijom-kimom"), "xrusij-kim");
    }

    proptest::proptest! {
        #[test]
        fn any_ascii_key_stems_alike_both_ways(word in "[a-z0-9'-]{0,14}") {
            let (mut by_bytes, mut by_chars) = (word.clone(), word.clone());
            stem_ascii_in_place(&mut by_bytes, 0);
            stem_by_chars(&mut by_chars, 0);
            proptest::prop_assert_eq!(by_bytes, by_chars);
        }
    }

    #[test]
    fn endings_take_the_bytes_per_char_stem_in_place_counts() {
        assert!(CYRILLIC_ENDINGS.iter().all(|e| e.chars().all(|c| c.len_utf8() == 2)));
        assert!(LATIN_ENDINGS.iter().all(|e| e.is_ascii()));
    }

    #[test]
    fn russian_surname_cases_meet_where_snowball_splits_them() {
        assert_eq!(stem("лавров"), "лавров");
        assert_eq!(stem("лаврова"), "лавров");
        assert_eq!(stem("лавровым"), "лавров");
    }

    #[test]
    fn russian_place_cases_and_adjectives_meet() {
        for w in ["корея", "кореи", "кореей", "корею"] {
            assert_eq!(stem(w), "кор", "{w}");
        }
        for w in ["северная", "северной", "северную"] {
            assert_eq!(stem(w), "северн", "{w}");
        }
        assert_eq!(stem("пхеньяне"), stem("пхеньян"));
        assert_eq!(stem("москвой"), stem("москва"));
    }

    #[test]
    fn ukrainian_cases_meet() {
        assert_eq!(stem("бразилії"), stem("бразилія"));
        assert_eq!(stem("німеччині"), stem("німеччина"));
        assert_eq!(stem("лівію"), stem("лівія"));
    }

    #[test]
    fn russian_short_korean_names_are_not_eaten() {
        assert_eq!(stem("ким"), "ким");
        assert_eq!(stem("кимом"), "ким");
        assert_eq!(stem("ыном"), "ын");
    }

    #[test]
    fn every_part_of_a_hyphenated_name_is_stemmed() {
        assert_eq!(stem("ростове-на-дону"), stem("ростов-на-дону"));
        assert_eq!(stem("нови-саде"), stem("нови-сад"));
    }

    #[test]
    fn serbian_cases_meet() {
        assert_eq!(stem("rusija"), stem("rusije"));
        assert_eq!(stem("rusijom"), stem("rusija"));
        assert_eq!(stem("pjongjangu"), "pjongjang");
        assert_eq!(stem("kozlovom"), "kozlov");
        assert_eq!(stem("sjedinjenih"), stem("sjedinjene"));
        assert_eq!(stem("americkih"), stem("americke"));
    }

    #[test]
    fn the_polish_dative_of_a_name_meets_its_nominative() {
        assert_eq!(stem("macronowi"), stem("macron"));
        assert_eq!(stem("putinowi"), stem("putin"));
        assert_eq!(stem("kowi"), "kow", "too short to lose an ending");
    }

    #[test]
    fn serbian_stripping_leaves_short_names_alone() {
        assert_eq!(stem("kim"), "kim");
        assert_eq!(stem("kimom"), "kim");
    }

    #[test]
    fn greek_cases_of_one_name_meet() {
        assert_eq!(stem("μητσοτακη"), stem("μητσοτακης"));
        assert_eq!(stem("τσιπρα"), stem("τσιπρας"));
        assert_eq!(stem("αθηνας"), stem("αθηνα"));
        for w in ["νικος", "νικου", "νικο"] {
            assert_eq!(stem(w), "νικο", "{w}");
        }
        assert_eq!(stem("φεβρουαριου"), stem("φεβρουαριος"));
        assert_eq!(stem("πολιτειων"), stem("πολιτειες"));
        assert_eq!(stem("συριζασ"), stem("συριζα"), "a capital final sigma folds to σ");
    }

    #[test]
    fn greek_declension_classes_stay_apart() {
        assert_ne!(stem("κυριακος"), stem("κυριακη"), "a given name is not Sunday");
        assert_ne!(stem("νικος"), stem("νικη"));
        assert_eq!(stem("της"), "της");
        assert_eq!(stem("του"), "του");
    }

    #[test]
    fn display_lemma_drops_consonant_endings_only() {
        assert_eq!(display_lemma("Kozlovom"), "Kozlov");
        assert_eq!(display_lemma("Лавровым"), "Лавров");
        assert_eq!(display_lemma("Putina"), "Putina");
        assert_eq!(display_lemma("Kim"), "Kim");
        assert_eq!(display_lemma("Сергей"), "Сергей", "a nominative in -ей stays whole");
    }
}
