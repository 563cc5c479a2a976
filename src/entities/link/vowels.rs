//! The vowels of a short Chinese or Japanese transcription, compared with a
//! cased-script name's. A coarse key of two consonant classes says too little
//! to link a name (`Palu` and `Palau` are both `bl`), but a transcription of
//! two syllables writes its vowels too: `莫迪` (mo-di) is Modi, not Maduro or
//! Mido; `卢拉` (lu-la) is Lula. With its consonants, the vowels of every
//! syllable in order say enough.

use crate::lang::Script;

/// A vowel, coarsely: transcriptions write `e` and `i`, `o` and `u` with each
/// other's characters (`迪` di for `de`, `罗` luo for `ro`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vowel {
    Open,
    Front,
    Back,
}

fn vowel(letter: u8) -> Option<Vowel> {
    match letter {
        b'a' => Some(Vowel::Open),
        b'e' | b'i' | b'y' => Some(Vowel::Front),
        b'o' | b'u' => Some(Vowel::Back),
        _ => None,
    }
}

/// The first vowel of each syllable of a transcription: a Han character's
/// pinyin (its initial `y`/`w` is a glide), a run of vowels in katakana read
/// as romaji. `None` for text of any other script.
fn transcription_vowels(name: &str) -> Option<Vec<Vowel>> {
    let mut out = Vec::new();
    let mut romaji = String::new();
    for c in name.chars() {
        match Script::of(c) {
            _ if matches!(c, '·' | '・' | '･' | 'ー' | 'ッ') => {}
            Some(Script::Han) => {
                let pinyin = any_ascii::any_ascii_char(c).to_ascii_lowercase();
                let syllable = pinyin.trim_start_matches(['y', 'w']);
                out.extend(syllable.bytes().find_map(vowel));
            }
            Some(Script::Kana) => romaji.push_str(any_ascii::any_ascii_char(c)),
            _ => return None,
        }
    }
    out.extend(vowel_runs(&romaji.to_ascii_lowercase()));
    Some(out)
}

/// The first vowel of each run of vowels in a word of Latin letters (other
/// scripts transliterated first). A `y` before a vowel is a consonant.
fn vowel_runs(word: &str) -> Vec<Vowel> {
    let latin = any_ascii::any_ascii(word).to_ascii_lowercase();
    let b = latin.as_bytes();
    let mut out = Vec::new();
    let mut in_run = false;
    for (i, &c) in b.iter().enumerate() {
        let glide = c == b'y' && b.get(i + 1).copied().and_then(vowel).is_some();
        match vowel(c).filter(|_| !glide) {
            Some(v) if !in_run => {
                out.push(v);
                in_run = true;
            }
            Some(_) => {}
            None => in_run = false,
        }
    }
    out
}

/// Do the syllables of the transcription `name` have the vowels of the last
/// word of the Latin spelling `spelling` (`narendra modi`), one for one?
/// No for text that is no transcription.
pub(super) fn vowels_agree(name: &str, spelling: &str) -> bool {
    let last = spelling.rsplit([' ', '-']).next().unwrap_or(spelling);
    transcription_vowels(name).is_some_and(|own| !own.is_empty() && own == vowel_runs(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_syllable_transcriptions_meet_only_names_with_their_vowels() {
        assert!(vowels_agree("莫迪", "narendra modi"));
        assert!(vowels_agree("卢拉", "lula"));
        assert!(vowels_agree("モディ", "narendra modi"), "ディ is one syllable, de-i read as one run");
        assert!(!vowels_agree("莫迪", "maduro"), "three syllables");
        assert!(!vowels_agree("莫迪", "mada"));
        assert!(!vowels_agree("卢拉", "lali"));
    }

    #[test]
    fn glides_are_no_vowels() {
        assert!(vowels_agree("伊万", "ivan"), "yi is i, wan is a");
        assert!(vowels_agree("亚诺", "yano"));
        assert!(!vowels_agree("Modi", "modi"), "no transcription");
    }
}
