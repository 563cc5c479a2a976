//! Names read a second way, where a language's spelling of a sound is one the
//! skeleton reads as another sound (see [`super::uvular`] for `q`):
//!
//! - rule `a_spanish_j_or_german_ch_is_the_kh_of_other_spellings`: Spanish
//!   writes the sound kh as `j` (`Jamenei`), German as `ch` (`Chamenei`), where
//!   English and the others write `kh`/`h`/`х` (`Khamenei`, `Hamaney`,
//!   `Хаменеи`); the skeleton reads both as the English j;
//! - rule `a_cyrillic_kh_after_a_stop_is_an_indic_aspirate`: Russian,
//!   Ukrainian and Bulgarian write the aspirated stops of Indian names with
//!   `х` (`Бхарат`, `Акшардхам`, `Гхат`) where Latin spellings write `h`
//!   (`Bharat`, `Akshardham`, `Ghat`), which the skeleton drops after a stop;
//! - rule `a_c_before_e_or_i_is_also_the_ch_of_italian_and_turkish_names`: Latin
//!   spellings keep an Italian or Turkish name's `c` (`Akinci`, `Ciampi`), which
//!   the skeleton reads as English s there, where other scripts write its sound
//!   (`Акынджи`, `Akindži`, `Чампи`);
//! - rule `a_greek_ts_is_also_the_english_ch`: Greek has no ch and writes it `τσ`
//!   (`Τσερνισένκο`, `Ματβιτσούκ`: Chernyshenko, Matviichuk), which is also the
//!   ts of other names (`Μπαρτσελόνα`).
//! - rule `an_initial_u_before_a_vowel_is_the_english_w`: Russian and Bulgarian
//!   write an English w before a vowel as `у` (`Уэмбли`, `Уембли`, `Уилсън`), Greek
//!   as `ου` or `γου` (`Γουέμπλεϊ`, `Ουάσιγκτον`), which the skeleton reads as a
//!   vowel where Latin spellings have the consonant (`Wembley`).
//!
//! A name with such a spelling is also read the other way and meets the names
//! with that reading in another article of its story (two other entities in
//! common), as a `q` read as g does.

use super::Profile;
use super::uvular::Reading;
use crate::lang::Orthography;

/// The word with each Spanish `j` (in a Spanish article) or German `ch` not
/// part of `sch` (in a German one) written `kh`; `None` when it has none.
fn kh_spelt_as_j_or_ch(word: &str, lang: &Profile) -> Option<String> {
    let mut out = String::with_capacity(word.len() + 2);
    let mut changed = false;
    let mut previous: Option<char> = None;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        let after = previous.replace(c);
        match (lang.code, c) {
            ("es", 'j') => out.push_str("kh"),
            ("es", 'J') => out.push_str("Kh"),
            ("de", 'c' | 'C')
                if chars.peek().is_some_and(|&n| matches!(n, 'h' | 'H'))
                    && !after.is_some_and(|p| matches!(p, 's' | 'S')) =>
            {
                out.push(if c == 'C' { 'K' } else { 'k' });
            }
            _ => {
                out.push(c);
                continue;
            }
        }
        changed = true;
    }
    changed.then_some(out)
}

/// The word with each Cyrillic `х` after a stop (`б`, `г`, `д`, `т`, `ч`)
/// written as the Latin `h` that stop's aspirate has in Indian names (`Бхарат`
/// read `Бhарат`, which the skeleton reads as `Bharat`); `None` without one.
fn cyrillic_aspirate_as_h(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    let mut changed = false;
    let mut previous: Option<char> = None;
    for c in word.chars() {
        let after = previous.replace(c);
        let stop = after.is_some_and(|p| matches!(p.to_lowercase().next(), Some('б' | 'г' | 'д' | 'т' | 'ч')));
        if stop && matches!(c, 'х' | 'Х') {
            out.push('h');
            changed = true;
        } else {
            out.push(c);
        }
    }
    changed.then_some(out)
}

/// The word with each `c` before `e`, `i` or `ı` written `č`, as an Italian or
/// Turkish name's `c` sounds; `None` without one. (Turkish spelling reads it so already.)
fn c_as_italian_or_turkish_ch(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len() + 2);
    let mut changed = false;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        let front = chars.peek().is_some_and(|&n| matches!(n, 'e' | 'i' | 'ı' | 'é' | 'è' | 'í' | 'ì' | 'E' | 'I'));
        match c {
            'c' if front => out.push('č'),
            'C' if front => out.push('Č'),
            _ => {
                out.push(c);
                continue;
            }
        }
        changed = true;
    }
    changed.then_some(out)
}

/// The word with each Greek `τσ` written as the English `ch`; `None` without one.
fn greek_ts_as_ch(word: &str) -> Option<String> {
    let letters: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut changed = false;
    let mut i = 0;
    while i < letters.len() {
        let c = letters[i];
        let next = letters.get(i + 1).copied();
        if matches!(c, 'τ' | 'Τ') && matches!(next, Some('σ' | 'Σ')) {
            out.push_str(if c == 'Τ' { "Ch" } else { "ch" });
            changed = true;
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    changed.then_some(out)
}

/// The word with an initial Cyrillic `у` or Greek `ου`, `γου` before a vowel written as
/// the English `w`; `None` otherwise. (A Greek `γουα` is left alone: it is the gua of
/// `Γουατεμάλα` as often.)
fn initial_u_as_w(word: &str) -> Option<String> {
    let cyrillic_vowel = |c: char| "аэеиіоыєАЭЕИІОЫЄ".contains(c);
    let greek_vowel = |c: char| "αεηιουωάέήίόύώ".contains(c);
    let mut chars = word.chars();
    let rest = match (chars.next(), chars.next(), chars.next()) {
        (Some('У'), Some(v), _) if cyrillic_vowel(v) => word.get('У'.len_utf8()..),
        (Some('Ο'), Some('υ' | 'ύ'), Some(v)) if greek_vowel(v) => word.get('Ο'.len_utf8() + 'υ'.len_utf8()..),
        (Some('Γ'), Some('ο'), Some('υ')) => match chars.next() {
            Some(v) if greek_vowel(v) && !matches!(v, 'α' | 'ά') => word.get('Γ'.len_utf8() + "ου".len()..),
            _ => None,
        },
        _ => None,
    }?;
    Some(format!("W{rest}"))
}

/// The readings of the module's rules, in the order they are met, for
/// [`super::uvular::join_names_read_otherwise`].
pub(super) const OTHER_SPELLINGS: [Reading; 5] = [
    Reading { letters: &['j', 'J', 'c', 'C'], read_as: kh_read_otherwise },
    Reading { letters: &['х', 'Х'], read_as: aspirate_read_otherwise },
    Reading { letters: &['c', 'C'], read_as: italian_c_read_otherwise },
    Reading { letters: &['τ', 'Τ'], read_as: greek_ts_read_otherwise },
    Reading { letters: &['У', 'Ο', 'Γ'], read_as: initial_u_read_otherwise },
];

/// [`initial_u_as_w`], whatever the language.
fn initial_u_read_otherwise(word: &str, _: &Profile) -> Option<String> {
    initial_u_as_w(word)
}

/// [`kh_spelt_as_j_or_ch`], in Spanish and German articles.
fn kh_read_otherwise(word: &str, lang: &Profile) -> Option<String> {
    if matches!(lang.code, "es" | "de") { kh_spelt_as_j_or_ch(word, lang) } else { None }
}

/// [`cyrillic_aspirate_as_h`], whatever the language.
fn aspirate_read_otherwise(word: &str, _: &Profile) -> Option<String> {
    cyrillic_aspirate_as_h(word)
}

/// [`c_as_italian_or_turkish_ch`], in languages of English and German spelling.
fn italian_c_read_otherwise(word: &str, lang: &Profile) -> Option<String> {
    if matches!(lang.orthography, Orthography::English | Orthography::German) {
        c_as_italian_or_turkish_ch(word)
    } else {
        None
    }
}

/// [`greek_ts_as_ch`], whatever the language.
fn greek_ts_read_otherwise(word: &str, _: &Profile) -> Option<String> {
    greek_ts_as_ch(word)
}

#[cfg(test)]
mod tests {
    use super::{
        c_as_italian_or_turkish_ch, cyrillic_aspirate_as_h, greek_ts_as_ch, initial_u_as_w, kh_spelt_as_j_or_ch,
    };
    use crate::lang::Profile;

    fn lang(code: &str) -> &'static Profile {
        crate::lang::PROFILES.iter().find(|p| p.code == code).expect("a profile")
    }

    #[test]
    fn a_spanish_j_or_german_ch_is_the_kh_of_other_spellings() {
        assert_eq!(kh_spelt_as_j_or_ch("Jamenei", lang("es")).as_deref(), Some("Khamenei"));
        assert_eq!(kh_spelt_as_j_or_ch("Chamenei", lang("de")).as_deref(), Some("Khamenei"));
        assert_eq!(kh_spelt_as_j_or_ch("Michail", lang("de")).as_deref(), Some("Mikhail"));
        assert_eq!(kh_spelt_as_j_or_ch("Scholz", lang("de")), None, "German sch");
        assert_eq!(kh_spelt_as_j_or_ch("Tschernyschenko", lang("de")), None, "German tsch and sch");
        assert_eq!(kh_spelt_as_j_or_ch("Chamenei", lang("es")), None, "a Spanish ch is no kh");
        assert_eq!(kh_spelt_as_j_or_ch("Jamenei", lang("de")), None, "a German j is no kh");
    }

    #[test]
    fn a_cyrillic_kh_after_a_stop_is_an_indic_aspirate() {
        assert_eq!(cyrillic_aspirate_as_h("Бхарат").as_deref(), Some("Бhарат"));
        assert_eq!(cyrillic_aspirate_as_h("Акшардхам").as_deref(), Some("Акшардhам"));
        assert_eq!(cyrillic_aspirate_as_h("Гхате").as_deref(), Some("Гhате"));
        assert_eq!(cyrillic_aspirate_as_h("Хаменеи"), None, "a kh after no stop");
        assert_eq!(cyrillic_aspirate_as_h("Михаил"), None);
    }

    #[test]
    fn a_c_before_e_or_i_is_also_the_ch_of_italian_and_turkish_names() {
        assert_eq!(c_as_italian_or_turkish_ch("Akinci").as_deref(), Some("Akinči"));
        assert_eq!(c_as_italian_or_turkish_ch("Ciampi").as_deref(), Some("Čiampi"));
        assert_eq!(c_as_italian_or_turkish_ch("Akıncı").as_deref(), Some("Akınčı"));
        assert_eq!(c_as_italian_or_turkish_ch("Copernicus"), None, "a c before no front vowel");
    }

    #[test]
    fn an_initial_u_before_a_vowel_is_the_english_w() {
        assert_eq!(initial_u_as_w("Уэмбли").as_deref(), Some("Wэмбли"));
        assert_eq!(initial_u_as_w("Уембли").as_deref(), Some("Wембли"));
        assert_eq!(initial_u_as_w("Γουέμπλεϊ").as_deref(), Some("Wέμπλεϊ"));
        assert_eq!(initial_u_as_w("Ουάσιγκτον").as_deref(), Some("Wάσιγκτον"));
        let skeleton = |w: &str| crate::lang::phonetic::skeleton(w, crate::lang::Orthography::English);
        for (other, english) in
            [("Уэмбли", "Wembley"), ("Уембли", "Wembley"), ("Уилсън", "Wilson"), ("Γουίλσον", "Wilson")]
        {
            assert_ne!(skeleton(other), skeleton(english), "{other}");
            assert_eq!(initial_u_as_w(other).map(|w| skeleton(&w)), Some(skeleton(english)), "{other}");
        }
        assert_eq!(initial_u_as_w("Γουατεμάλα"), None, "gua");
        assert_eq!(initial_u_as_w("Украина"), None, "no vowel after");
        assert_eq!(initial_u_as_w("Ουγκάντα"), None);
    }

    #[test]
    fn a_greek_ts_is_also_the_english_ch() {
        assert_eq!(greek_ts_as_ch("Τσερνισένκο").as_deref(), Some("Chερνισένκο"));
        assert_eq!(greek_ts_as_ch("Ματβιτσούκ").as_deref(), Some("Ματβιchούκ"));
        assert_eq!(greek_ts_as_ch("Πούτιν"), None);
    }
}
