//! Word segmentation for languages written without spaces between words
//! (Chinese, Japanese), with the proper-noun classes their dictionaries know.
//!
//! - Chinese: jieba-rs and the dictionary inside the crate (349k words; `nr`
//!   people, `nrt` transliterated names, `ns` places, `nt` organisations), with
//!   its HMM for words the dictionary lacks.
//! - Japanese: vibrato with a dictionary built from Debian's mecab-ipadic by
//!   `scripts/build_ja_dict.py` (`data/ja/ipadic.dic.zst`: 固有名詞 人名, 地域,
//!   組織), and a rule of korpus's own for katakana runs no dictionary knows:
//!   foreign names (`ラブロフ`, `カバノー`), which ipadic cuts into common words.
//!
//! A dictionary is loaded the first time text in its language is segmented,
//! never at start-up. Every [`Word`] is a byte range into the text given.
//! Classes are what a dictionary says, not a verdict: jieba tags common words
//! as people now and then (`古老/nr`), so the recogniser confirms them.

mod chinese;
mod given_names;
mod japanese;
mod names;

pub use chinese::{GLUED_BEFORE_A_NAME, PLACE_SUFFIXES, is_family_name, is_place_suffix, is_transliteration_char};
pub use given_names::{given_name_readings, unpacked_text};
pub use japanese::{is_common_loanword, is_common_noun_first};
pub use names::names;

/// How often jieba's dictionary met a Chinese word (about 1 for a word it lacks).
pub fn chinese_word_freq(word: &str) -> usize {
    chinese::jieba().suggest_freq(word)
}

/// A dictionary that segments one language's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segmenter {
    Chinese,
    Japanese,
}

/// What the dictionary (or a rule of this module) says a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// A person's name, whole or of unknown part (jieba `nr`, ipadic 人名,一般).
    Person,
    /// A family name (ipadic 人名,姓).
    Surname,
    /// A given name (ipadic 人名,名).
    GivenName,
    /// A foreign name written by its sound: jieba's transliterated names
    /// (`nrt`), and katakana runs the Japanese dictionary does not know.
    ForeignName,
    /// A country (ipadic 地域,国).
    Country,
    /// A place (jieba `ns`, ipadic 地域,一般).
    Place,
    /// An organisation (jieba `nt`, ipadic 組織).
    Organisation,
    /// Another proper noun (jieba `nz`, ipadic 固有名詞,一般).
    OtherProper,
    /// A suffix after people's names (`さん`, `氏`).
    PersonSuffix,
    /// A suffix of place names (`県`, `市`, `町`).
    PlaceSuffix,
    /// Another suffix (counters, `的`).
    Suffix,
    Number,
    /// Punctuation, spaces and other symbols.
    Symbol,
    /// A common noun.
    Noun,
    /// A common word jieba tags as a verbal or adjectival noun, an
    /// abbreviation or a set phrase (`vn` 研究 research, `an` 安全 security,
    /// `j` 央行 central bank, `l` 高等法院 high court): no noun by its tag,
    /// but a word of the names of bodies (`国家` `运输` `安全` `委员会`).
    VerbalNoun,
    /// Any other word (verbs, particles, adverbs...).
    Other,
}

impl WordClass {
    /// A name of some kind, by the dictionary's word.
    pub fn is_proper(self) -> bool {
        matches!(
            self,
            WordClass::Person
                | WordClass::Surname
                | WordClass::GivenName
                | WordClass::ForeignName
                | WordClass::Country
                | WordClass::Place
                | WordClass::Organisation
                | WordClass::OtherProper
        )
    }
}

/// One word: a byte range of the text given to [`Segmenter::segment`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub class: WordClass,
    /// The dictionary has the word; `false` when it was guessed (jieba's HMM,
    /// ipadic's unknown-word rules) or put together by a rule here.
    pub known: bool,
}

impl Segmenter {
    /// The words of `text`, in order, as byte ranges into it.
    pub fn segment(self, text: &str) -> Vec<Word> {
        let mut words = Vec::new();
        self.segment_into(text, &mut words);
        words
    }

    /// Appends the words of `text` to `out`. Loads the dictionary on first use;
    /// if it cannot be loaded (it is compiled in, so only a broken build
    /// could), nothing is appended.
    pub fn segment_into(self, text: &str, out: &mut Vec<Word>) {
        for (offset, chunk) in chunks(text) {
            let first = out.len();
            match self {
                Segmenter::Chinese => chinese::segment(chunk, out),
                Segmenter::Japanese => japanese::segment(chunk, out),
            }
            for w in &mut out[first..] {
                w.start += offset;
                w.end += offset;
            }
        }
    }

    /// Loads the dictionary now (it is otherwise loaded on first use).
    /// `false` if it cannot be loaded.
    pub fn load(self) -> bool {
        match self {
            Segmenter::Chinese => {
                chinese::jieba();
                true
            }
            Segmenter::Japanese => japanese::tokenizer().is_some(),
        }
    }

    /// Loads a fresh copy of the dictionary and drops it (for the load-time
    /// bench; segmenting never does this).
    #[doc(hidden)]
    pub fn load_uncached(self) -> bool {
        match self {
            Segmenter::Chinese => {
                drop(jieba_rs::Jieba::new());
                true
            }
            Segmenter::Japanese => japanese::load().is_ok(),
        }
    }

    /// Has the dictionary been loaded in this process?
    pub fn is_loaded(self) -> bool {
        match self {
            Segmenter::Chinese => chinese::is_loaded(),
            Segmenter::Japanese => japanese::is_loaded(),
        }
    }
}

/// Longest piece handed to a segmenter at once, in bytes: a lattice grows
/// with its sentence, and a hostile 50 MB line must not take gigabytes.
const MAX_CHUNK: usize = 4096;

/// Lines (ended by `\n` or `\r`), and pieces of long lines cut after sentence-ending punctuation or
/// a space (else at any character), each with its byte offset.
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < text.len() {
            let rest = &text[pos..];
            let line_end = rest.find(['\n', '\r']).map_or(rest.len(), |i| i + 1);
            let end = if line_end <= MAX_CHUNK { line_end } else { cut_point(rest) };
            let start = pos;
            pos += end;
            let piece = rest[..end].trim_end_matches(['\n', '\r']);
            if !piece.is_empty() {
                return Some((start, piece));
            }
        }
        None
    })
}

/// Where to cut a line too long to segment whole: after the last
/// sentence-ending mark or space of its first [`MAX_CHUNK`] bytes, else at
/// the last character boundary there.
fn cut_point(line: &str) -> usize {
    let mut limit = MAX_CHUNK;
    while !line.is_char_boundary(limit) {
        limit -= 1;
    }
    let after_mark = line[..limit]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '。' | '！' | '？' | '!' | '?' | '.' | '．' | '；' | ';') || c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8());
    match after_mark {
        Some(i) if i > limit / 2 => i,
        _ => limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_are_sound(text: &str, words: &[Word]) {
        let mut last = 0;
        for w in words {
            assert!(w.start < w.end && w.end <= text.len(), "{w:?} in {} bytes", text.len());
            assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end), "{w:?}");
            assert!(w.start >= last, "words in order, not overlapping: {w:?}");
            last = w.end;
        }
    }

    #[test]
    fn long_lines_are_cut_at_sentence_ends_and_every_byte_is_kept() {
        let sentence = "日本の首相は東京で記者会見を開いた。";
        let line = sentence.repeat(400);
        let text = format!("{line}\n\n{line}");
        let pieces: Vec<(usize, &str)> = chunks(&text).collect();
        assert!(pieces.iter().all(|(_, p)| p.len() <= MAX_CHUNK));
        assert!(pieces.iter().all(|(_, p)| p.ends_with('。')), "cut after a full stop");
        for (offset, piece) in &pieces {
            assert_eq!(&text[*offset..*offset + piece.len()], *piece);
        }
        let kept: usize = pieces.iter().map(|(_, p)| p.len()).sum();
        assert_eq!(kept + 2, text.len(), "only the two newlines are left out");
    }

    #[test]
    fn a_long_run_without_punctuation_is_cut_on_a_char_boundary() {
        let text = "漢".repeat(5000);
        let pieces: Vec<(usize, &str)> = chunks(&text).collect();
        assert!(pieces.len() >= 4);
        assert_eq!(pieces.iter().map(|(_, p)| p.len()).sum::<usize>(), text.len());
    }

    /// Every byte but line breaks is in exactly one word.
    fn covers_all_but_line_breaks(text: &str, words: &[Word]) {
        let covered: usize = words.iter().map(|w| w.end - w.start).sum();
        assert_eq!(covered, text.bytes().filter(|b| !matches!(b, b'\n' | b'\r')).count(), "{text}");
    }

    #[test]
    fn spans_point_into_the_whole_text_across_lines() {
        let text = "标题\n\n习近平在北京会见了联合国秘书长。\r\n東京で会見 Reuters 2024年";
        for seg in [Segmenter::Chinese, Segmenter::Japanese] {
            let words = seg.segment(text);
            spans_are_sound(text, &words);
            covers_all_but_line_breaks(text, &words);
            assert!(words.iter().any(|w| &text[w.start..w.end] == "北京"), "{seg:?}");
        }
    }

    #[test]
    fn empty_and_spaceless_inputs() {
        for seg in [Segmenter::Chinese, Segmenter::Japanese] {
            assert!(seg.segment("").is_empty());
            assert!(seg.segment("\n\n\r\n").is_empty());
            let words = seg.segment("a");
            spans_are_sound("a", &words);
            covers_all_but_line_breaks("a", &words);
        }
    }
}
