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
        || syllables_agree_without_inserted_vowels(name, last)
}

/// Han characters that write a consonant with no vowel after it in the name
/// (a cluster's first, a final one) as a syllable of their own: `布` bu of
/// `布雷耶` (Breyer), `夫` fu of `阿利耶夫` (Aliyev), `特` te, `尔` er.
const CONSONANT_SYLLABLES_HAN: &str = "布普德特格克夫弗斯兹茨姆赫尔勒";
/// The same in katakana, by their romaji: the u-row and `ト`/`ド` (`アリエフ`, Aliyev).
const CONSONANT_SYLLABLES_KANA: &[&str] = &["ku", "gu", "su", "zu", "tsu", "bu", "pu", "fu", "mu", "ru", "to", "do"];

/// The syllables of a transcription, each its vowel and whether it may write
/// a consonant alone; `None` for text of any other script.
fn transcription_syllables(name: &str) -> Option<Vec<(Vowel, bool)>> {
    let mut out: Vec<(Vowel, bool)> = Vec::new();
    let mut previous_back = false;
    for c in name.chars() {
        match Script::of(c) {
            _ if matches!(c, '·' | '・' | '･' | 'ー' | 'ッ' | 'ン') => {}
            Some(Script::Han) => {
                let pinyin = any_ascii::any_ascii_char(c).to_ascii_lowercase();
                let syllable = pinyin.trim_start_matches(['y', 'w']);
                out.extend(syllable.bytes().find_map(vowel).map(|v| (v, CONSONANT_SYLLABLES_HAN.contains(c))));
            }
            // a small kana is the vowel of the syllable before it (`ディ` di, `ニョ` nyo)
            Some(Script::Kana) if matches!(c, 'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ャ' | 'ュ' | 'ョ') => {
                let romaji = any_ascii::any_ascii_char(c).to_ascii_lowercase();
                if let (Some(last), Some(v)) = (out.last_mut(), romaji.bytes().rev().find_map(vowel)) {
                    *last = (v, false);
                }
            }
            // `ウ` after a syllable in o or u lengthens it (`モウリーニョ`)
            Some(Script::Kana) if c == 'ウ' && previous_back => {}
            Some(Script::Kana) => {
                let romaji = any_ascii::any_ascii_char(c).to_ascii_lowercase();
                let Some(v) = romaji.bytes().rev().find_map(vowel) else { continue };
                out.push((v, CONSONANT_SYLLABLES_KANA.contains(&romaji.as_str())));
            }
            _ => return None,
        }
        previous_back = out.last().is_some_and(|&(v, _)| v == Vowel::Back);
    }
    Some(out)
}

/// The vowels of a word of Latin letters, one per letter of a run that is of
/// another kind than the letter before (`Tchiani` i-a-i: a transcription
/// writes `ia` in two syllables, `奇亚尼`). A `y` before a vowel is a consonant.
fn vowels_apart(word: &str) -> Vec<Vowel> {
    let latin = any_ascii::any_ascii(word).to_ascii_lowercase();
    let b = latin.as_bytes();
    let mut out = Vec::new();
    let mut before: Option<Vowel> = None;
    for (i, &c) in b.iter().enumerate() {
        let glide = c == b'y' && b.get(i + 1).copied().and_then(vowel).is_some();
        let v = vowel(c).filter(|_| !glide);
        if let Some(v) = v
            && before != Some(v)
        {
            out.push(v);
        }
        before = v;
    }
    out
}

/// Rule `a_transcription_s_inserted_vowels_are_no_syllables_of_the_name`:
/// Chinese and Japanese write a consonant with no vowel after it as a
/// syllable of its own (`布雷耶`, bu-lei-ye, Breyer; `阿利耶夫`, Aliyev;
/// `アリエフ`) and two vowels side by side as two (`奇亚尼`, Tchiani). The
/// transcription's vowels agree with the name's, read one per vowel of a
/// run that changes, when leaving out some of its syllables of such a
/// consonant gives them, one for one.
fn syllables_agree_without_inserted_vowels(name: &str, last: &str) -> bool {
    let Some(own) = transcription_syllables(name) else { return false };
    let theirs = vowels_apart(last);
    if theirs.is_empty() || own.len() < theirs.len() {
        return false;
    }
    // can `own[i..]` give `theirs[j..]`? (a few syllables: no memo needed)
    fn gives(own: &[(Vowel, bool)], theirs: &[Vowel]) -> bool {
        match (own.split_first(), theirs.split_first()) {
            (None, None) => true,
            (None, Some(_)) => false,
            (Some((&(v, inserted), rest)), _) => {
                (theirs.first() == Some(&v) && gives(rest, &theirs[1..])) || (inserted && gives(rest, theirs))
            }
        }
    }
    gives(&own, &theirs)
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
    fn a_transcription_s_inserted_vowels_are_no_syllables_of_the_name() {
        assert!(vowels_agree("阿利耶夫", "ilham aliyev"));
        assert!(vowels_agree("アリエフ", "ilham aliyev"));
        assert!(vowels_agree("奇亚尼", "abdourahamane tchiani"));
        assert!(vowels_agree("布雷耶", "stephen breyer"));
        // the syllables left out must write a consonant, and the rest the name's vowels
        assert!(!vowels_agree("阿利耶夫", "alba"));
        assert!(!vowels_agree("莫迪", "maduro"));
        assert!(!vowels_agree("卢拉", "lali"));
    }

    #[test]
    fn glides_are_no_vowels() {
        assert!(vowels_agree("伊万", "ivan"), "yi is i, wan is a");
        assert!(vowels_agree("亚诺", "yano"));
        assert!(!vowels_agree("Modi", "modi"), "no transcription");
    }
}
