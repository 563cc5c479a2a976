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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hindi_letter_names_read_back_as_acronyms() {
        assert_eq!(acronym("डीपीआरके").as_deref(), Some("dprk"));
        assert_eq!(acronym("केसीएनए").as_deref(), Some("kcna"));
    }

    #[test]
    fn ordinary_hindi_words_are_not_acronyms() {
        assert_eq!(acronym("के"), None, "one letter is a postposition, not an acronym");
        assert_eq!(acronym("रूस"), None);
        assert_eq!(acronym("एक"), None);
    }
}
