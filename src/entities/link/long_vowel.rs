//! Rule `a_long_vowel_mark_may_write_an_r`: Japanese writes English names
//! as they are said without their r after a vowel, a long vowel instead
//! (`ロバーツ` Roberts, `サマーズ` Summers, `サツケバー` Sutskever,
//! `マンチェスター` Manchester), while the coarse key of the Latin spelling
//! keeps that r (`lbls`) and katakana keys meet the full key only. Such a
//! name has more keys, read with some of its long-vowel marks as `ル` (the
//! r katakana writes elsewhere: `ラガルド` Lagarde): `ロバルツ`, `lbls`.

use crate::entities::segmented;
use crate::lang::phonetic::transcription_key;

/// The katakana long-vowel mark.
const LONG_VOWEL: char = 'ー';
/// The katakana an r after a vowel is written with when it is said.
const KANA_R: char = 'ル';
/// Marks read both ways (the keys double with each).
const MAX_MARKS_READ_AS_R: usize = 3;

/// Keys of a katakana name with some of its long-vowel marks read as an r,
/// each different from the name's own key and long enough to link by; the
/// second of each pair is true for a key of the last part of a dotted name
/// (a surname, `サマーズ` of `ラリー・サマーズ`) alone. Empty for a name
/// with no such mark or not wholly written in kana.
pub(super) fn r_keys(name: &str) -> Vec<(String, bool)> {
    let name = segmented::without_place_head_after_sound(name);
    if !segmented::written_by_sound(name) || !name.chars().all(is_kana_or_dot) {
        return Vec::new();
    }
    let mut out: Vec<(String, bool)> = read_with_r(name).into_iter().map(|k| (k, false)).collect();
    if let Some((_, last)) = name.rsplit_once(['・', '·']).filter(|(_, last)| !last.is_empty()) {
        out.extend(read_with_r(last).into_iter().map(|k| (k, true)));
    }
    out
}

/// The keys of `name` with each non-empty choice of its long-vowel marks
/// after a vowel (up to [`MAX_MARKS_READ_AS_R`]) written `ル`.
fn read_with_r(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let marks: Vec<usize> = (1..chars.len())
        .filter(|&i| chars[i] == LONG_VOWEL && ends_in_a_vowel(chars[i - 1]))
        .take(MAX_MARKS_READ_AS_R)
        .collect();
    let own = transcription_key(name);
    let mut out: Vec<String> = Vec::new();
    for mask in 1u32..(1 << marks.len()) {
        let respelt: String = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| match marks.iter().position(|&m| m == i) {
                Some(bit) if mask & (1 << bit) != 0 => KANA_R,
                _ => c,
            })
            .collect();
        let Some(key) = transcription_key(&respelt) else { continue };
        if key.len() >= super::MIN_TRANSCRIPTION_KEY && Some(&key) != own.as_ref() && !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// Katakana (with its long-vowel mark) or a middle dot between a name's parts.
fn is_kana_or_dot(c: char) -> bool {
    matches!(c, '\u{30a1}'..='\u{30fa}' | 'ー' | '・' | '·')
}

/// Does this kana end in a vowel (not `ン`, `ッ`, nor a mark)?
fn ends_in_a_vowel(c: char) -> bool {
    matches!(c, '\u{30a1}'..='\u{30fa}') && !matches!(c, 'ン' | 'ッ' | 'ヽ' | 'ヾ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::phonetic::{coda_variants, push_coarse_key};
    use crate::lang::profile::Orthography;

    /// The full coarse key of a Latin spelling (every syllable-final consonant kept).
    fn full_key(spelling: &str) -> String {
        let mut key = String::new();
        for word in spelling.split(' ') {
            push_coarse_key(word, Orthography::English, &mut key);
        }
        coda_variants(&key).remove(0)
    }

    #[test]
    fn a_long_vowel_mark_may_write_an_r_said_nowhere() {
        for (kana, latin) in
            [("ロバーツ", "roberts"), ("サツケバー", "sutskever"), ("マンチェスター・シティー", "manchester city")]
        {
            assert_ne!(transcription_key(kana), Some(full_key(latin)), "{kana} met {latin} without the rule");
            assert!(r_keys(kana).contains(&(full_key(latin), false)), "{kana} {:?} {}", r_keys(kana), full_key(latin));
        }
        // the surname of a dotted name alone, and the whole with both marks read as r
        assert!(r_keys("ラリー・サマーズ").contains(&(full_key("summers"), true)), "{:?}", r_keys("ラリー・サマーズ"));
        assert!(r_keys("ラリー・サマーズ").contains(&(full_key("larry summers"), false)));
    }

    #[test]
    fn a_name_with_no_long_vowel_after_a_vowel_or_not_in_kana_has_no_r_keys() {
        assert!(r_keys("ラガルド").is_empty());
        assert!(r_keys("普京").is_empty());
        assert!(r_keys("ロー").is_empty(), "a key too short to link by");
    }
}
