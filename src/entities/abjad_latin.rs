//! Rule `an_abjad_name_is_shown_with_its_vowel_letters`: a name that only
//! Arabic, Persian or Hebrew articles write has no spelling with vowels to
//! show, and a letter-by-letter transliteration drops the letters that do
//! stand for vowels (`سامح` was `Smh`, `בנימין` `Vnymyn`). Here alif, waw and
//! ya (Hebrew alef, vav and yod) are read as the vowels they mark between
//! consonants and as consonants next to vowels, the Arabic article is
//! written `al-`, and Hebrew's letters with two sounds take the one their
//! place gives (`ב` is b at the start of a word, v inside it). Vowels the
//! script leaves unwritten stay unwritten: this is a reading of the letters,
//! not a guess at the name (`مصطفى` is `Mstfa`).

/// The Latin reading of one word written in the Arabic or Hebrew script (its first letter
/// says which), capitalised (after an `al-`); `None` for a word of another script.
pub(crate) fn abjad_word_latin(word: &str, persian: bool) -> Option<String> {
    use crate::lang::Script;
    let letters: Vec<char> = word.chars().filter(|c| !is_mark(*c)).collect();
    let latin = match letters.iter().find(|c| c.is_alphabetic()).and_then(|&c| Script::of(c))? {
        Script::Hebrew => hebrew_latin(&letters),
        Script::Arabic => arabic_latin(&letters, persian)?,
        _ => return None,
    };
    Some(capitalised(&latin))
}

/// Marks that carry no letter of their own: harakat, shadda, sukun, tatweel, zero-width
/// non-joiner, Hebrew points.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}' | '\u{200c}' | '\u{200d}' | '\u{591}'..='\u{5c7}')
}

/// `al-Sisi`'s capital after the article, else the word's first letter.
fn capitalised(latin: &str) -> String {
    let (article, rest) = latin.strip_prefix("al-").map_or(("", latin), |rest| ("al-", rest));
    let mut chars = rest.chars();
    let Some(first) = chars.next() else { return latin.to_owned() };
    format!("{article}{}{}", first.to_ascii_uppercase(), chars.as_str())
}

/// Alif, waw and ya, with the letters that only carry a hamza or lengthen.
fn arabic_vowel_letter(c: char) -> bool {
    matches!(c, 'ا' | 'آ' | 'أ' | 'إ' | 'و' | 'ي' | 'ی' | 'ى' | 'ئ' | 'ؤ')
}

fn arabic_latin(letters: &[char], persian: bool) -> Option<String> {
    // the article, but not a name that begins with those letters and no more (`الله`)
    let (article, letters) = match letters {
        ['ا', 'ل', rest @ ..] if !persian && rest.len() >= 3 => (true, rest),
        _ => (false, letters),
    };
    let mut out = String::from(if article { "al-" } else { "" });
    let mut any = false;
    for (at, &c) in letters.iter().enumerate() {
        let before = at.checked_sub(1).map(|b| letters[b]);
        let after = letters.get(at + 1).copied();
        let vowel_before = before.is_some_and(arabic_vowel_letter);
        let vowel_after = after.is_some_and(arabic_vowel_letter);
        let piece = match c {
            'ا' | 'آ' | 'أ' => "a",
            'إ' => "i",
            'ى' => "a",
            // a waw or ya opening a syllable is a consonant, else a long vowel
            'و' if before.is_none() || vowel_after => "w",
            'و' => "u",
            'ي' | 'ی' if before.is_none() || vowel_after || (vowel_before && after.is_some()) => "y",
            'ي' | 'ی' => "i",
            'ئ' | 'ؤ' | 'ء' => "",
            // an ayn opening a word before a consonant is heard with its vowel (`عباس` Abbas)
            'ع' if before.is_none() && !vowel_after => "a",
            'ع' => "",
            'ب' => "b",
            'ت' => "t",
            'ث' if persian => "s",
            'ث' => "th",
            'ج' => "j",
            'ح' => "h",
            'خ' => "kh",
            'د' => "d",
            'ذ' if persian => "z",
            'ذ' => "dh",
            'ر' => "r",
            'ز' => "z",
            'س' => "s",
            'ش' => "sh",
            'ص' => "s",
            'ض' if persian => "z",
            'ض' => "d",
            'ط' => "t",
            'ظ' => "z",
            'غ' => "gh",
            'ف' => "f",
            'ق' if persian => "gh",
            'ق' => "q",
            'ك' | 'ک' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            // a final he after a consonant is the Persian -e (`خامنه`), an Arabic ta marbuta's sound
            'ه' if persian && after.is_none() && !vowel_before => "e",
            'ه' => "h",
            'ة' => "a",
            'پ' => "p",
            'چ' => "ch",
            'ژ' => "zh",
            'گ' => "g",
            _ => continue,
        };
        any = true;
        out.push_str(piece);
    }
    any.then_some(out)
}

/// Alef, vav, yod and ayin: the letters Hebrew writes vowels with (or none).
fn hebrew_vowel_letter(c: char) -> bool {
    matches!(c, 'א' | 'ו' | 'י' | 'ע')
}

fn hebrew_latin(letters: &[char]) -> String {
    let mut out = String::new();
    let mut at = 0;
    while at < letters.len() {
        let c = letters[at];
        let before = at.checked_sub(1).map(|b| letters[b]);
        let after = letters.get(at + 1).copied();
        let initial = before.is_none();
        // a geresh after a letter gives it a foreign sound (`ג'` j, `צ'` ch)
        if matches!(after, Some('\'' | '\u{5f3}')) {
            let foreign = match c {
                'ג' => Some("j"),
                'ז' => Some("zh"),
                'צ' | 'ץ' => Some("ch"),
                _ => None,
            };
            if let Some(piece) = foreign {
                out.push_str(piece);
                at += 2;
                continue;
            }
        }
        let piece = match c {
            // a doubled vav or yod is the consonant
            'ו' if after == Some('ו') => {
                at += 1;
                "v"
            }
            'י' if after == Some('י') => {
                at += 1;
                "y"
            }
            'ו' if initial => "v",
            'ו' if after.is_some_and(|a| a == 'א' || a == 'ע') => "o",
            // after an alef or ayin, the vowel they carry (`אולמרט` Olmert)
            'ו' if before.is_some_and(|b| b == 'א' || b == 'ע') => "o",
            'ו' if before.is_some_and(hebrew_vowel_letter) => "v",
            'ו' if after.is_none() => "u",
            'ו' => "o",
            'י' if initial || after.is_some_and(hebrew_vowel_letter) => "y",
            'י' if before.is_some_and(hebrew_vowel_letter) && after.is_some() => "y",
            'י' => "i",
            // alef and ayin carry the vowel of the letter after, or an a of their own
            'א' | 'ע' if after.is_some_and(|a| a == 'י' || a == 'ו') && !initial => "",
            'א' | 'ע' if initial && after.is_some_and(|a| a == 'י' || a == 'ו') => "",
            'א' | 'ע' => "a",
            'ב' if initial => "b",
            'ב' => "v",
            'כ' if initial => "k",
            'כ' | 'ך' => "kh",
            'פ' if initial => "p",
            'פ' | 'ף' => "f",
            'ג' => "g",
            'ד' => "d",
            // a final he after a consonant ends the word in a vowel
            'ה' if after.is_none() && !before.is_some_and(hebrew_vowel_letter) => "a",
            'ה' if after.is_none() => "",
            'ה' => "h",
            'ז' => "z",
            'ח' => "kh",
            'ט' | 'ת' => "t",
            'ל' => "l",
            'מ' | 'ם' => "m",
            'נ' | 'ן' => "n",
            'ס' => "s",
            'צ' | 'ץ' => "ts",
            'ק' => "k",
            'ר' => "r",
            'ש' => "sh",
            _ => "",
        };
        out.push_str(piece);
        at += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::abjad_word_latin;

    fn shown(name: &str, persian: bool) -> String {
        name.split_whitespace().filter_map(|w| abjad_word_latin(w, persian)).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn an_abjad_name_is_shown_with_its_vowel_letters() {
        // alif and ya read as vowels, the ayn before a consonant with its vowel
        assert_eq!(shown("سامح شكري", false), "Samh Shkri");
        assert_eq!(shown("عبد الفتاح السيسي", false), "Abd al-Ftah al-Sisi");
        assert_eq!(shown("مصطفى مدبولي", false), "Mstfa Mdbuli");
        // Persian letters and sounds: ق gh, final he e, ya between vowel letters
        assert_eq!(shown("عباس عراقچی", true), "Abas Araghchi");
        assert_eq!(shown("محمدباقر قالیباف", true), "Mhmdbaghr Ghalibaf");
        assert_eq!(shown("حسن روحانی", true), "Hsn Ruhani");
        // a waw or ya that opens a syllable is a consonant
        assert_eq!(shown("وليد", false), "Wlid");
        assert_eq!(shown("أيمن", false), "Aymn");
        // a name that is only the article's letters keeps them
        assert_eq!(shown("الله", false), "Allh");
    }

    #[test]
    fn hebrew_letters_take_the_sound_of_their_place() {
        assert_eq!(shown("בנימין נתניהו", false), "Bnimin Ntnihu");
        assert_eq!(shown("יואב גלנט", false), "Yoav Glnt");
        assert_eq!(shown("אבי", false), "Avi");
        assert_eq!(shown("דוד", false), "Dod");
        assert_eq!(shown("ג'ו ביידן", false), "Ju Bydn");
        assert_eq!(shown("שרה", false), "Shra");
        assert_eq!(shown("אהוד אולמרט", false), "Ahod Olmrt");
    }

    #[test]
    fn a_word_of_another_script_has_no_abjad_reading() {
        assert_eq!(abjad_word_latin("Putin", false), None);
        assert_eq!(abjad_word_latin("", false), None);
    }
}
