//! Language-independent term evidence: the keys two reports of one story in
//! different languages and scripts tend to share even when no entity links
//! them — consonant skeletons of transliterated words, numbers, and dates
//! with the month name turned into its number.

use std::hash::{Hash, Hasher};

use crate::entities::fxhash::FxHashMap;
use crate::lang::{Profile, Script, fold_for_search, latin_key};

/// What kind of evidence a term is; each kind has its own weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum TermKind {
    /// A word's consonant skeleton (names, cognates, loanwords), with the
    /// skeleton's length: short skeletons collide across languages more often.
    Word(u8),
    /// A count, a measure or a year, with separators normalised.
    Number,
    /// Day and month (`6 February`, `6 февраля`, `6 Şubat`).
    Date,
}

/// One occurrence of a term key in an article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Term {
    pub key: u64,
    pub kind: TermKind,
    /// Byte range of the surface the key came from (a date covers day and month).
    pub start: usize,
    pub end: usize,
    /// How much this occurrence looks like a name: capitalised inside a
    /// sentence in a cased script is a name, lower case is common vocabulary
    /// (where related languages share cognates: `protiv` / `против`), and
    /// scripts without case (Devanagari) or sentence starts cannot tell.
    pub name_like: f32,
}

/// `name_like` for numbers and dates: not vocabulary, nothing to doubt.
pub(crate) const SHAPE_EXACT: f32 = 1.0;
/// `name_like` for a word of unknown shape.
pub(crate) const SHAPE_UNKNOWN: f32 = 0.6;
/// `name_like` for a lower-case word in a cased script.
pub(crate) const SHAPE_LOWER: f32 = 0.3;

fn name_like(text: &str, start: usize, word: &str) -> f32 {
    let Some(first) = word.chars().next() else { return SHAPE_UNKNOWN };
    if first.is_lowercase() {
        return SHAPE_LOWER;
    }
    if !first.is_uppercase() {
        return SHAPE_UNKNOWN;
    }
    let before = text[..start].trim_end_matches([' ', '\t', '"', '\'', '«', '“', '„', '(', '\u{a0}']);
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '—', '–', '-']);
    if sentence_start { SHAPE_UNKNOWN } else { 1.0 }
}

/// Longest skeleton kept: enough to tell names apart, short enough that
/// inflectional endings (`Erdoğan`, `Эрдогана`, `Erdoganom`) fall off.
const SKELETON_LEN: usize = 5;
/// Skeletons of three consonants (`ptn`) are kept, shorter ones are mostly grammar.
const SKELETON_MIN: usize = 3;

/// What a word is on its own, whatever stands around it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum WordTerm {
    Month(u8),
    /// A skeleton's key and length.
    Word(u64, u8),
    Nothing,
}

/// [`WordTerm`] per distinct word and language (a month name is one in its
/// language only): transliterating (twice, for the month check and the
/// skeleton) was most of the cost of reading an article, and news repeats its
/// words, so each thread converts a word once. The words are its own (per
/// language, so a word is looked up without a copy): the texts they came
/// from may be read back from the corpus's files a run at a time and let go.
#[derive(Default)]
pub(crate) struct WordCache {
    by_language: Vec<FxHashMap<Box<str>, WordTerm>>,
    words: usize,
    /// The word tokens of the text being read, a buffer kept from one text
    /// to the next: allocated and grown anew for each of a corpus's texts,
    /// it and `features_at` were a good part of extracting articles' terms.
    tokens: Vec<(usize, usize)>,
    /// Where each feature of the article being extracted is in its list
    /// (see `super::extract`), kept likewise.
    pub(super) features_at: super::FeatureNumbers,
}

impl WordCache {
    /// Distinct (word, language) pairs held.
    pub(crate) fn len(&self) -> usize {
        self.words
    }

    pub(crate) fn clear(&mut self) {
        self.by_language.clear();
        self.words = 0;
    }

    fn get(&self, word: &str, language: u8) -> Option<WordTerm> {
        self.by_language.get(usize::from(language))?.get(word).copied()
    }

    fn insert(&mut self, word: &str, language: u8, term: WordTerm) {
        let language = usize::from(language);
        if self.by_language.len() <= language {
            self.by_language.resize_with(language + 1, FxHashMap::default);
        }
        if self.by_language[language].insert(word.into(), term).is_none() {
            self.words += 1;
        }
    }
}

fn word_term(word: &str, profile: &Profile) -> WordTerm {
    if let Some(month) = month_number(word, profile) {
        return WordTerm::Month(month);
    }
    match skeleton(&latin_key(word).text) {
        Some(key) => WordTerm::Word(hash_key(("w", key.as_str())), key.trim_start_matches('_').len() as u8),
        None => WordTerm::Nothing,
    }
}

/// Every term of a text, in order of appearance.
#[cfg(test)]
pub(crate) fn terms(text: &str, profile: &Profile) -> Vec<Term> {
    terms_cached(text, profile, &mut WordCache::default())
}

/// [`terms`] with a cache of word conversions shared across texts.
pub(crate) fn terms_cached(text: &str, profile: &Profile, cache: &mut WordCache) -> Vec<Term> {
    let mut tokens = std::mem::take(&mut cache.tokens);
    tokens_into(text, &mut tokens);
    let out = terms_of_tokens(text, &tokens, profile, cache);
    // a huge article's buffer is not held on through the rest of the corpus
    if tokens.capacity() <= KEPT_BUFFER {
        cache.tokens = tokens;
    }
    out
}

/// Entries of a buffer kept from one article to the next, at most.
pub(super) const KEPT_BUFFER: usize = 1 << 14;

/// [`terms_cached`] of a text's word tokens.
fn terms_of_tokens(text: &str, tokens: &[(usize, usize)], profile: &Profile, cache: &mut WordCache) -> Vec<Term> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let (start, end) = tokens[i];
        let word = &text[start..end];
        if is_number_token(word) {
            let (value, last) = number_at(text, tokens, i);
            let value_end = tokens[last].1;
            if let Some((day, month, date_end)) = date_after_day(text, tokens, last, &value, profile) {
                out.push(Term {
                    key: hash_key(("d", month, day)),
                    kind: TermKind::Date,
                    start,
                    end: date_end,
                    name_like: SHAPE_EXACT,
                });
            }
            // single digits are list numbers and small counts in every story
            if value.len() >= 2 {
                out.push(Term {
                    key: hash_key(("n", value.as_str())),
                    kind: TermKind::Number,
                    start,
                    end: value_end,
                    name_like: SHAPE_EXACT,
                });
            }
            i = last + 1;
            continue;
        }
        let term = match cache.get(word, profile.index as u8) {
            Some(term) => term,
            None => {
                let term = word_term(word, profile);
                cache.insert(word, profile.index as u8, term);
                term
            }
        };
        if let WordTerm::Month(month) = term {
            // "February 6" (English order): the day follows the month
            if let Some(&(ns, ne)) = tokens.get(i + 1)
                && text[end..ns].trim().is_empty()
                && let Some(day) = day_of(&text[ns..ne])
            {
                out.push(Term {
                    key: hash_key(("d", month, day)),
                    kind: TermKind::Date,
                    start,
                    end: ne,
                    name_like: SHAPE_EXACT,
                });
            }
            i += 1;
            continue;
        }
        if let WordTerm::Word(key, len) = term {
            out.push(Term { key, kind: TermKind::Word(len), start, end, name_like: name_like(text, start, word) });
        }
        i += 1;
    }
    out
}

fn hash_key<T: Hash>(t: T) -> u64 {
    // DefaultHasher::new() has fixed keys, so keys are stable within a build
    let mut h = std::collections::hash_map::DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

/// Word tokens as byte ranges. Apostrophes end a word (Turkish case
/// suffixes `Kahramanmaraş'ın`, English possessives), and so do hyphens
/// (`Chandrayaan-3`); Devanagari vowel signs and viramas stay inside.
///
/// The gap before a word and the word are each read in a loop of their own,
/// an ASCII byte without decoding a char: reading an article's chars one by
/// one with a word's state kept across them was half the cost of its terms.
fn tokens_into(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut i = 0;
    while let Some((in_word, width)) = word_char_at(text, i) {
        if !in_word {
            i += width;
            continue;
        }
        let start = i;
        i += width;
        while let Some((true, width)) = word_char_at(text, i) {
            i += width;
        }
        out.push((start, i));
        // the char at `i`, if any, is no word's: the next turn steps over it
    }
}

/// Whether the char at byte `i` of `text` belongs to a word, and its length in
/// bytes; `None` at the end (or off a char boundary, which no caller asks).
#[inline]
fn word_char_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let &byte = text.as_bytes().get(i)?;
    if byte.is_ascii() {
        return Some((byte.is_ascii_alphanumeric(), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((in_word(c), c.len_utf8()))
}

/// Whether a character belongs to a word: a letter or digit, a Devanagari
/// sign, or a zero-width (non-)joiner.
fn in_word_slow(c: char) -> bool {
    c.is_alphanumeric() || ('\u{900}'..='\u{97f}').contains(&c) || c == '\u{200c}' || c == '\u{200d}'
}

/// [`in_word_slow`] for every character of the Basic Multilingual Plane, a
/// bit each: the standard library answers a letter outside ASCII by a
/// search of its tables, which was the largest cost of reading an article.
static IN_WORD_BMP: std::sync::LazyLock<Box<[u64]>> = std::sync::LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for (code, c) in (0..0x10000u32).filter_map(|code| char::from_u32(code).map(|c| (code, c))) {
        if in_word_slow(c) {
            bits[code as usize / 64] |= 1 << (code % 64);
        }
    }
    bits.into_boxed_slice()
});

fn in_word(c: char) -> bool {
    let code = c as u32;
    if code < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    match IN_WORD_BMP.get(code as usize / 64) {
        Some(word) => word & (1 << (code % 64)) != 0,
        None => in_word_slow(c),
    }
}

fn digit_value(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        // Devanagari digits ०..९
        '\u{966}'..='\u{96f}' => char::from_digit(c as u32 - 0x966, 10),
        _ => None,
    }
}

fn is_number_token(word: &str) -> bool {
    word.chars().all(|c| digit_value(c).is_some())
}

fn ascii_digits(word: &str) -> String {
    word.chars().filter_map(digit_value).collect()
}

/// The number starting at token `i`, joining digit groups the way each
/// language writes them: `50.000`, `50,000` and `50 000` are fifty thousand,
/// `7,7` and `7.7` are seven point seven. Returns the value and the last token used.
fn number_at(text: &str, tokens: &[(usize, usize)], i: usize) -> (String, usize) {
    let mut value = ascii_digits(&text[tokens[i].0..tokens[i].1]);
    let mut last = i;
    let mut decimal = false;
    while let Some(&(ns, ne)) = tokens.get(last + 1) {
        let sep = &text[tokens[last].1..ns];
        let next = &text[ns..ne];
        if !is_number_token(next) {
            break;
        }
        let digits = ascii_digits(next);
        let thousands_sep = matches!(sep, "." | "," | " " | "\u{a0}" | "\u{202f}" | "\u{2009}");
        if thousands_sep && digits.len() == 3 && !decimal && value.len() <= 3 {
            value.push_str(&digits);
        } else if matches!(sep, "." | ",") && !decimal && digits.len() <= 2 && value.len() <= 3 {
            value.push('.');
            value.push_str(&digits);
            decimal = true;
        } else {
            break;
        }
        last += 1;
    }
    // 50.000 written 50000 elsewhere: keep the digits, drop leading zeros of counts
    let trimmed = value.trim_start_matches('0');
    let value = if trimmed.is_empty() || trimmed.starts_with('.') { value } else { trimmed.to_owned() };
    (value, last)
}

fn day_of(word: &str) -> Option<u8> {
    if !is_number_token(word) || word.chars().count() > 2 {
        return None;
    }
    let day: u8 = ascii_digits(word).parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A month name right after a day number (`6 Şubat`, `6. februara`, `6 फरवरी`).
fn date_after_day(
    text: &str,
    tokens: &[(usize, usize)],
    last: usize,
    value: &str,
    profile: &Profile,
) -> Option<(u8, u8, usize)> {
    let day: u8 = value.parse().ok().filter(|d| (1..=31).contains(d))?;
    let &(ns, ne) = tokens.get(last + 1)?;
    let gap = text[tokens[last].1..ns].trim();
    if !(gap.is_empty() || gap == ".") {
        return None;
    }
    Some((day, month_number(&text[ns..ne], profile)?, ne))
}

/// The month a word names in the article's language (its profile's month
/// names, inflected forms included); a language written in two scripts
/// (Serbian) also through the word's Latin key.
fn month_number(word: &str, profile: &Profile) -> Option<u8> {
    let folded = fold_for_search(word).text;
    if let Some(m) = profile.month(&folded) {
        return Some(m);
    }
    let first = word.chars().find(|c| c.is_alphabetic()).and_then(Script::of)?;
    if profile.scripts.len() > 1 && first != profile.scripts[0] {
        return profile.month(&latin_key(word).text);
    }
    None
}

/// A key that the same name or loanword gets in every script: the Latin
/// transliteration reduced to its first sound and the consonants after it.
///
/// Vowels are dropped because Devanagari transliterates without the
/// inherent vowel (`कहरामनमरास` → `khramnmras`) and because inflection in
/// Russian, Serbian and Turkish mostly changes vowels. Spellings of one
/// sound are merged (`sh`/`ş`/`ш` → `s`, `zh`/`ž`/`झ` → `j`, `h` dropped since
/// `kh`, `х` and `ह` disagree about it), and doubled letters collapse.
pub(crate) fn skeleton(latin: &str) -> Option<String> {
    let bytes: Vec<u8> = latin.bytes().filter(u8::is_ascii_alphabetic).collect();
    if bytes.len() < 3 {
        return None;
    }
    let mut out = String::with_capacity(SKELETON_LEN);
    let mut i = 0;
    let mut first = true;
    while i < bytes.len() && out.len() < SKELETON_LEN {
        let rest = &bytes[i..];
        let (sound, used): (Option<u8>, usize) = match rest {
            [b's', b'h', b'c', b'h', ..] => (Some(b's'), 4),
            [b'd', b'z', b'h', ..] => (Some(b'j'), 3),
            [b'd', b'z', ..] | [b'z', b'h', ..] | [b'j', b'h', ..] => (Some(b'j'), 2),
            [b's', b'h', ..] => (Some(b's'), 2),
            [b'c', b'h', ..] | [b't', b's', ..] | [b't', b'z', ..] => (Some(b'c'), 2),
            [b'c', b'k', ..] => (Some(b'k'), 2),
            [b'p', b'h', ..] => (Some(b'p'), 2),
            [b'x', ..] => (Some(b'k'), 1),
            [b'q', ..] => (Some(b'k'), 1),
            [b'w', ..] => (Some(b'v'), 1),
            [b'f', ..] => (Some(b'p'), 1),
            [b'z', ..] => (Some(b'j'), 1),
            [b'h', ..] => (None, 1),
            [b'a' | b'e' | b'i' | b'o' | b'u' | b'y', ..] => (if first { Some(b'_') } else { None }, 1),
            // a j after the first letter is the glide (Srbija, Rusija), not the English j
            [b'j', ..] if !first => (None, 1),
            [c, ..] => (Some(*c), 1),
            [] => (None, 1),
        };
        if let Some(s) = sound {
            // an initial vowel run is one mark; the first consonant after it still counts
            if out.as_bytes().last() != Some(&s) {
                out.push(s as char);
            }
            first = false;
        }
        i += used;
    }
    // an initial-vowel mark is not a consonant: `_nm` (önem, Ыном) is two letters of evidence
    let consonants = out.len() - usize::from(out.starts_with('_'));
    (consonants >= SKELETON_MIN).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skel(word: &str) -> String {
        skeleton(&latin_key(word).text).unwrap_or_default()
    }

    #[test]
    fn skeleton_joins_a_name_across_three_scripts_despite_devanagari_dropping_vowels() {
        assert_eq!(skel("Kahramanmaraş"), skel("Кахраманмараш"));
        assert_eq!(skel("Kahramanmaraş"), skel("कहरामनमरास"));
        assert_eq!(skel("Erdoğan"), skel("Эрдоган"));
        assert_eq!(skel("Erdoğan"), skel("एर्दोगन"));
        assert_eq!(skel("Kakhovka"), skel("काखोव्का"));
        assert_eq!(skel("Kahovka"), skel("Каховка"));
        assert_eq!(skel("Prigožin"), skel("प्रिगोझिन"));
    }

    #[test]
    fn skeleton_survives_vowel_inflection_in_russian_and_serbian() {
        assert_eq!(skel("Эрдогана"), skel("Erdoganu"));
        assert_eq!(skel("Белграде"), skel("Belgrad"));
    }

    #[test]
    fn skeleton_skips_short_grammar_words() {
        assert_eq!(skeleton("ve"), None);
        assert_eq!(skeleton("the"), None);
        assert_eq!(skeleton("i"), None);
    }

    fn p(code: &str) -> &'static Profile {
        crate::lang::profile_of_code(code).expect(code)
    }

    #[test]
    fn month_names_of_every_language_become_one_number() {
        for (w, l) in [
            ("February", "en"),
            ("Şubat", "tr"),
            ("февраля", "ru"),
            ("фебруара", "sr"),
            ("februara", "sr"),
            ("फरवरी", "hi"),
            ("फ़रवरी", "hi"),
            ("Februar", "de"),
            ("février", "fr"),
            ("lutego", "pl"),
            ("лютого", "uk"),
            ("Φεβρουαρίου", "el"),
            ("فبراير", "ar"),
            ("فوریه", "fa"),
            ("פברואר", "he"),
        ] {
            assert_eq!(month_number(w, p(l)), Some(2), "{w}");
        }
        for (w, l) in [("мая", "ru"), ("May", "en"), ("Mayıs", "tr"), ("maja", "sr"), ("मई", "hi")] {
            assert_eq!(month_number(w, p(l)), Some(5), "{w}");
        }
        // words that merely start like a month must not be dates
        assert_eq!(month_number("марта", p("ru")), Some(3));
        assert_eq!(month_number("маршрут", p("ru")), None);
        assert_eq!(month_number("мама", p("ru")), None);
        assert_eq!(month_number("Martin", p("en")), None);
        // a month is one in its own language only
        assert_eq!(month_number("Mart", p("en")), None);
    }

    fn keys_of(text: &str, lang: &str, kind: TermKind) -> Vec<u64> {
        terms(text, p(lang)).into_iter().filter(|t| t.kind == kind).map(|t| t.key).collect()
    }

    #[test]
    fn a_date_is_the_same_key_in_every_language_and_order() {
        let en = keys_of("on 6 February the quake", "en", TermKind::Date);
        assert_eq!(en.len(), 1);
        assert_eq!(keys_of("On February 6, 2023", "en", TermKind::Date), en);
        assert_eq!(keys_of("6 Şubat'ta", "tr", TermKind::Date), en);
        assert_eq!(keys_of("6 февраля 2023 года", "ru", TermKind::Date), en);
        assert_eq!(keys_of("6. februara", "sr", TermKind::Date), en);
        assert_eq!(keys_of("६ फरवरी को", "hi", TermKind::Date), en);
        assert_eq!(keys_of("am 6. Februar", "de", TermKind::Date), en);
        assert_eq!(keys_of("6 février", "fr", TermKind::Date), en);
        assert_ne!(keys_of("6 June", "en", TermKind::Date), en);
    }

    #[test]
    fn numbers_match_across_thousands_and_decimal_conventions() {
        let en = keys_of("50,000 people and a 7.8 quake", "en", TermKind::Number);
        assert_eq!(keys_of("50.000 kişi ve 7,8 büyüklüğünde", "tr", TermKind::Number), en);
        assert_eq!(keys_of("50 000 человек, магнитуда 7,8", "ru", TermKind::Number), en);
        assert_eq!(keys_of("५०,००० लोग, 7.8", "hi", TermKind::Number), en);
    }

    #[test]
    fn the_word_table_answers_as_the_standard_library_for_every_character() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert_eq!(in_word(c), in_word_slow(c), "{c:?}");
        }
    }

    /// Word tokens as [`tokens_into`] made them char by char, each char's
    /// state kept across the text.
    fn tokens_char_by_char(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (in_word(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, text.len()));
        }
        out
    }

    #[test]
    fn words_read_a_loop_at_a_time_are_those_read_char_by_char() {
        let texts = [
            "",
            " ",
            "a",
            "Kahramanmaraş'ın 6 Şubat'ta, 50.000 kişi",
            "  Chandrayaan-3 landed on 23 August.  ",
            "Президент Эрдоган встретился с 7,8",
            "प्रधानमंत्री नरेंद्र मोदी ने ६ फरवरी को कहा",
            "東京で会談 Kishida 氏",
            "zero\u{200c}width\u{200d}joiners and \u{a0}no-break\u{202f}spaces",
            "emoji 🙂 between😀words and a 𝔘 math letter",
            "ends in a word",
            "«Quoted» (brackets) — dash…",
        ];
        let mut out = Vec::new();
        for text in texts {
            tokens_into(text, &mut out);
            assert_eq!(out, tokens_char_by_char(text), "{text:?}");
        }
        // every char of the Basic Multilingual Plane and past it, alone and between words
        for c in (0..=0x1_ffffu32).filter_map(char::from_u32) {
            let text = format!("ab{c}cd {c} {c}");
            tokens_into(&text, &mut out);
            assert_eq!(out, tokens_char_by_char(&text), "{c:?}");
        }
    }

    #[test]
    fn spans_are_byte_ranges_of_the_original_text() {
        let text = "Kahramanmaraş'ın 6 Şubat'ta";
        for t in terms(text, p("tr")) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        let first = terms(text, p("tr"))[0];
        assert_eq!(&text[first.start..first.end], "Kahramanmaraş");
    }
}
