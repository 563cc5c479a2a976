//! Hindi writes Latin acronyms as the names of their letters: `डीपीआरके` is
//! D-P-R-K, `केसीएनए` K-C-N-A, `नाटो` is a word. Reading such a token back into
//! Latin letters lets the acronym find its gazetteer entry.

/// Devanagari spellings of the English letter names (nukta removed, as in keys).
const LETTERS: &[(&str, char)] = &[
    ("डब्ल्यू", 'W'),
    ("एक्स", 'X'),
    ("क्यू", 'Q'),
    ("वाई", 'Y'),
    ("जेड", 'Z'),
    ("एफ", 'F'),
    ("एच", 'H'),
    ("एल", 'L'),
    ("एम", 'M'),
    ("एन", 'N'),
    ("एस", 'S'),
    ("आर", 'R'),
    ("आई", 'I'),
    ("बी", 'B'),
    ("सी", 'C'),
    ("डी", 'D'),
    ("जी", 'G'),
    ("जे", 'J'),
    ("के", 'K'),
    ("पी", 'P'),
    ("टी", 'T'),
    ("यू", 'U'),
    ("वी", 'V'),
    ("ई", 'E'),
    ("ओ", 'O'),
    ("ए", 'A'),
];

/// Is this token the name of one Latin letter (`एस` = S), as in an initial `एस. जयशंकर`?
pub fn is_letter_name(key: &str) -> bool {
    LETTERS.iter().any(|&(spelling, _)| spelling == key)
}

/// The Latin acronym a Devanagari token spells letter by letter, lower-cased
/// (`डीपीआरके` → `dprk`), if the whole token parses and has at least two letters.
pub fn acronym(key: &str) -> Option<String> {
    let mut rest = key;
    let mut out = String::new();
    while !rest.is_empty() {
        // the list is ordered so that longer spellings are tried first where they share a prefix
        let mut best: Option<(&str, char)> = None;
        for &(spelling, letter) in LETTERS {
            if rest.starts_with(spelling) && best.is_none_or(|(b, _)| spelling.len() > b.len()) {
                best = Some((spelling, letter));
            }
        }
        let (spelling, letter) = best?;
        out.push(letter.to_ascii_lowercase());
        rest = &rest[spelling.len()..];
    }
    (out.len() >= 2).then_some(out)
}

/// A loose key shared by a Latin spelling (`Uttar Pradesh`, `Faizabad`) and the
/// Latin reading of a Devanagari one (`उत्तर प्रदेश` → `uttar pradesh`,
/// `फैजाबाद` → `phaijabad`), so that Hindi finds a place the gazetteer only
/// spells in Latin letters. Lower case, letters only (words joined); an `h`
/// after a consonant, doubled letters and an `a` before a consonant dropped
/// (the Latin reading keeps every inherent vowel, English spellings drop
/// most); `w`, `z`, `q`, `f`, `c`, `x` written as Devanagari reads them.
pub fn loose_latin_key(latin: &str) -> String {
    let mut letters: Vec<u8> = Vec::with_capacity(latin.len() + 2);
    let mut push_letter = |c: char| match c {
        'w' => letters.push(b'v'),
        'z' => letters.push(b'j'),
        'q' | 'c' => letters.push(b'k'),
        'f' => letters.push(b'p'),
        'x' => letters.extend([b'k', b's']),
        'a'..='z' => letters.push(c as u8),
        _ => {}
    };
    if latin.is_ascii() {
        // every Devanagari reading: ASCII folds to its lower case, byte by byte (called for
        // each Devanagari word and its neighbours, a tenth of a Hindi build when it folded and
        // lower-cased char by char)
        latin.bytes().for_each(|b| push_letter(char::from(b.to_ascii_lowercase())));
    } else {
        crate::lang::fold_for_search(latin).text.chars().flat_map(char::to_lowercase).for_each(push_letter);
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let mut out = String::with_capacity(letters.len());
    let mut last: Option<u8> = None;
    for (n, &c) in letters.iter().enumerate() {
        let after_consonant = n > 0 && !vowel(letters[n - 1]) && letters[n - 1] != b'h';
        // the inherent vowel stands between consonants; an `a` before a vowel is `ा` or `ऐ`
        let schwa = c == b'a' && n > 0 && letters.get(n + 1).is_some_and(|&next| !vowel(next));
        if (c == b'h' && after_consonant) || schwa || last == Some(c) {
            continue;
        }
        out.push(char::from(c));
        last = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hindi_letter_names_read_back_as_acronyms() {
        assert_eq!(acronym("डीपीआरके").as_deref(), Some("dprk"));
        assert_eq!(acronym("केसीएनए").as_deref(), Some("kcna"));
    }

    #[test]
    fn latin_and_devanagari_spellings_share_a_loose_key() {
        let deva = |w: &str| loose_latin_key(&crate::lang::phonetic::devanagari_latin(w));
        assert_eq!(deva("उत्तर") + &deva("प्रदेश"), loose_latin_key("Uttar Pradesh"));
        assert_eq!(deva("फैजाबाद"), loose_latin_key("Faizabad"));
        assert_eq!(deva("बिहार"), loose_latin_key("Bihār"));
        assert_eq!(deva("तमिलनाडु"), loose_latin_key("Tamil Nadu"));
        assert_ne!(deva("बहार"), loose_latin_key("Bihar"), "vowels other than a still count");
        assert_ne!(deva("दिलाई"), loose_latin_key("Dili"), "a long ā is no inherent vowel");
        // the ASCII path: fold_for_search makes every ASCII char its lowercase, apart from the
        // backquote (an apostrophe to it), which no key keeps
        let ascii: String = (0u8..0x80).map(char::from).collect();
        let by_fold = crate::lang::fold_for_search(&ascii).text.replace('\'', "`");
        assert_eq!(by_fold, ascii.to_ascii_lowercase().replace('\'', "`"));
        assert_eq!(loose_latin_key("ISTANBUL`Izmir"), loose_latin_key("istanbul'izmir"));
    }

    /// (surface, kind tag) of the mentions the recogniser finds in one Hindi article.
    fn hindi_mentions(text: &str) -> Vec<(String, &'static str)> {
        let articles = [crate::entities::recognise::tests::article("hi", "hi", text)];
        crate::entities::recognise::tests::run(&articles).remove(0).into_iter().map(|(s, k, _)| (s, k)).collect()
    }

    #[test]
    fn an_occupation_before_a_name_is_a_title() {
        // three rare words before `ने` are no name by themselves; the occupation says where it begins
        let found = hindi_mentions("मूर्तिकार अरुण योगीराज ने मूर्ति बनाई। मैच का गोल मिडफ़ील्डर रोड्री ने किया।");
        assert!(found.contains(&("अरुण योगीराज".to_owned(), "PER")), "{found:?}");
        assert!(found.contains(&("रोड्री".to_owned(), "PER")), "{found:?}");
    }

    #[test]
    fn foreign_bodies_and_buildings_end_at_their_english_or_hindi_head() {
        let found = hindi_mentions(
            "वह तीन साल जापान की मैरीटाइम सेल्फ़-डिफ़ेंस फ़ोर्स में सेवा दे चुका है। पहाड़ों में स्थित 12वीं सदी की \
             तिनमेल मस्जिद को भारी नुकसान पहुंचा। सशस्त्र बलों को खोज दल, फ़ील्ड अस्पताल और पानी की आपूर्ति भेजने का आदेश दिया।",
        );
        assert!(found.contains(&("मैरीटाइम सेल्फ़-डिफ़ेंस फ़ोर्स".to_owned(), "ORG")), "{found:?}");
        assert!(found.contains(&("तिनमेल मस्जिद".to_owned(), "LOC")), "{found:?}");
        assert!(found.iter().all(|(s, _)| !s.contains("अस्पताल")), "a field hospital is a kind: {found:?}");
    }

    #[test]
    fn ordinary_hindi_words_are_not_acronyms() {
        assert_eq!(acronym("के"), None, "one letter is a postposition, not an acronym");
        assert_eq!(acronym("रूस"), None);
        assert_eq!(acronym("एक"), None);
    }
}
