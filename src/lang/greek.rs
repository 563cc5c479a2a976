//! Greek names in Latin letters for display, after the ELOT 743 / UN romanisation
//! that the press and passports follow: digraphs read as one sound (`ου` → `ou`,
//! `μπ` → `b` at a word's start), `υ` in a diphthong as `v` or `f`. A letter by
//! letter transliteration (any_ascii) writes `Νίκου Ανδρουλάκη` as `Nikoy
//! Androylaki` and `Μπακογιάννης` as `Mpakogiannis`.

/// A Greek letter as [`super::fold::greek_base`] folds it (lower case, no accent or
/// diaeresis, `ς` as `σ`), and whether the original was a capital. `None` for a char
/// that is no Greek letter.
fn base_letter(c: char, buf: &mut String) -> Option<(char, bool)> {
    if super::Script::of(c) != Some(super::Script::Greek) {
        return None;
    }
    let base = match super::fold::greek_base(c, buf) {
        'ς' => 'σ',
        base @ 'α'..='ω' => base,
        _ => return None,
    };
    Some((base, c.is_uppercase()))
}

/// The diaeresis keeps a vowel out of a digraph (`Ευρωπαϊκή`: `α` and `ϊ` apart).
fn has_diaeresis(c: char) -> bool {
    matches!(c, 'ϊ' | 'ϋ' | 'ΐ' | 'ΰ' | 'Ϊ' | 'Ϋ')
}

/// Consonants before which `αυ`, `ευ`, `ηυ` read `af`, `ef`, `if`.
fn voiceless(c: char) -> bool {
    matches!(c, 'θ' | 'κ' | 'ξ' | 'π' | 'σ' | 'τ' | 'φ' | 'χ' | 'ψ')
}

fn single(c: char) -> &'static str {
    match c {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => "",
    }
}

/// `word` in Latin letters; chars that are no Greek letters are kept as they are.
/// A capital stays a capital at the start of what it became (`Θ` → `Th`).
pub fn greek_latin(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut buf = String::new();
    let letters: Vec<Option<(char, bool)>> = chars.iter().map(|&c| base_letter(c, &mut buf)).collect();
    let letter = |i: usize| letters.get(i).copied().flatten().map(|(l, _)| l);
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let Some((c, upper)) = letters[i] else {
            out.push(chars[i]);
            i += 1;
            continue;
        };
        let next = letter(i + 1).filter(|_| !has_diaeresis(chars[i + 1]));
        let at_start = i == 0 || letter(i - 1).is_none();
        let (latin, used): (String, usize) = match (c, next) {
            ('ο', Some('υ')) => ("ou".into(), 2),
            ('α' | 'ε' | 'η', Some('υ')) => {
                let f = letter(i + 2).is_none_or(voiceless);
                (format!("{}{}", single(c), if f { "f" } else { "v" }), 2)
            }
            ('μ', Some('π')) => ((if at_start { "b" } else { "mp" }).into(), 2),
            ('ν', Some('τ')) => ((if at_start { "d" } else { "nt" }).into(), 2),
            // `νγκ` writes a foreign `ng` (`Τζινπίνγκ`, Jinping)
            ('γ', Some('κ')) => ((if at_start || letter(i - 1) == Some('ν') { "g" } else { "ng" }).into(), 2),
            ('γ', Some('γ' | 'ξ' | 'χ')) => ("n".into(), 1),
            _ => (single(c).into(), 1),
        };
        let mut latin_chars = latin.chars();
        if let Some(first) = latin_chars.next() {
            if upper {
                out.extend(first.to_uppercase());
                // an all-capital word stays in capitals (`ΝΤΕΜΠΟΥΣΗ`)
                let shout = letters.iter().flatten().all(|&(_, u)| u);
                if shout {
                    out.extend(latin_chars.flat_map(char::to_uppercase));
                } else {
                    out.push_str(latin_chars.as_str());
                }
            } else {
                out.push(first);
                out.push_str(latin_chars.as_str());
            }
        }
        i += used;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::greek_latin;

    #[test]
    fn digraphs_read_as_one_sound() {
        assert_eq!(greek_latin("Ανδρουλάκης"), "Androulakis");
        assert_eq!(greek_latin("Νίκου"), "Nikou");
        assert_eq!(greek_latin("Μπακογιάννης"), "Bakogiannis");
        assert_eq!(greek_latin("Ντμίτρι"), "Dmitri");
        assert_eq!(greek_latin("Γκρέτα"), "Greta");
    }

    #[test]
    fn a_digraph_inside_a_word_keeps_both_letters() {
        assert_eq!(greek_latin("Αντετοκούνμπο"), "Antetokounmpo");
        assert_eq!(greek_latin("Άγγελος"), "Angelos");
        assert_eq!(greek_latin("Τζινπίνγκ"), "Tzinping");
    }

    #[test]
    fn upsilon_after_a_vowel_is_v_or_f_by_what_follows() {
        assert_eq!(greek_latin("Ευρώπη"), "Evropi");
        assert_eq!(greek_latin("Αυστραλία"), "Afstralia");
        assert_eq!(greek_latin("Ευθυμίου"), "Efthymiou");
    }

    #[test]
    fn a_diaeresis_keeps_two_vowels_apart_and_capitals_stay() {
        assert_eq!(greek_latin("Ευρωπαϊκή"), "Evropaiki");
        assert_eq!(greek_latin("Θεσσαλονίκη"), "Thessaloniki");
        assert_eq!(greek_latin("ΧΑΡΗΣ"), "CHARIS");
        assert_eq!(greek_latin("Ζαν-Ντομινίκ"), "Zan-Dominik");
    }
}
