//! The ASCII search key: every script written in Latin letters, case kept,
//! so one fast ASCII matcher serves every language and `лавров` meets
//! `Lavrov` and `लावरोव`. Each key byte remembers the original char it came
//! from, when asked, so highlights land on the original text.

/// Append the ASCII key of `text` to `out`. With `origins`, push one byte range
/// of the original per key byte. Turkish `İ`/`ı` become `I`/`i`; diacritics go
/// (`Š` → `S`); Cyrillic and Devanagari are transliterated (any_ascii), the
/// Devanagari anusvara as `n` (`m` before labials) so `प्योंगयांग` → `pyongyang`;
/// apostrophes that transliteration writes for soft signs are dropped.
pub fn ascii_key(text: &str, out: &mut String, mut origins: Option<&mut Vec<(u32, u32)>>) {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let before = out.len();
        if c.is_ascii() {
            out.push(c);
        } else if c == '\u{902}' || c == '\u{901}' {
            let labial = matches!(chars.peek(), Some((_, 'प' | 'फ' | 'ब' | 'भ' | 'म')));
            out.push(if labial { 'm' } else { 'n' });
        } else {
            for a in any_ascii::any_ascii_char(c).chars() {
                if a != '\'' && a != '"' {
                    out.push(a);
                }
            }
        }
        if let Some(origins) = origins.as_deref_mut() {
            let span = (i as u32, (i + c.len_utf8()) as u32);
            origins.extend(std::iter::repeat_n(span, out.len() - before));
        }
    }
}

/// The key as a new string.
pub fn ascii_key_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    ascii_key(text, &mut out, None);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_meets_in_latin_letters_with_case_kept() {
        assert_eq!(ascii_key_string("Лавров"), "Lavrov");
        assert_eq!(ascii_key_string("लावरोव"), "lavrov");
        assert_eq!(ascii_key_string("प्योंगयांग"), "pyongyang");
        assert_eq!(ascii_key_string("Пхеньян"), "Pkhenyan");
        assert_eq!(ascii_key_string("Šojgu Džong"), "Sojgu Dzong");
    }

    #[test]
    fn turkish_dotted_and_dotless_i() {
        assert_eq!(ascii_key_string("İstanbul ılık"), "Istanbul ilik");
    }

    #[test]
    fn origins_cover_every_key_byte() {
        let text = "Щука и Lavrov'un";
        let mut key = String::new();
        let mut origins = Vec::new();
        ascii_key(text, &mut key, Some(&mut origins));
        assert!(key.is_ascii());
        assert_eq!(key.len(), origins.len());
        // "Shch" all comes from the first Cyrillic letter
        assert_eq!(&key[..4], "Shch");
        assert!(origins[..4].iter().all(|&o| o == (0, 2)));
        let last = *origins.last().unwrap();
        assert_eq!(&text[last.0 as usize..last.1 as usize], "n");
    }
}
