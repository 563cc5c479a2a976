//! Word tokens with the facts the recogniser needs: case, sentence position,
//! whether the previous word is joined to this one by plain spaces, and the
//! Turkish/English apostrophe suffix that ends a name (`Kore'nin`, `Russia's`).
//!
//! Every token carries a matching key (folded, then stripped of one case
//! ending, see [`super::suffixes`]) stored in one shared `String`, so
//! tokenising an article allocates per article, not per word.

use unicode_normalization::char::is_combining_mark;

use super::suffixes::stem_in_place;
use crate::lang::{Profile, Script, common_word_rank, fold_char};

pub const CAP: u16 = 1;
pub const ALLCAPS: u16 = 2;
pub const LOWER: u16 = 4;
/// First word of a sentence (or of a line, e.g. a headline).
pub const SENT: u16 = 8;
/// Separated from the previous token by spaces only (no punctuation, no line break).
pub const JOINED: u16 = 16;
/// Followed by an apostrophe and a suffix, which ends any name here.
pub const APOS: u16 = 32;
pub const DEVA: u16 = 64;
pub const DIGIT: u16 = 128;
pub const CYR: u16 = 256;
/// In a Title Case line (an English-style headline): capitals there prove nothing.
pub const TITLE_LINE: u16 = 512;
/// Written in a script without capitals other than Devanagari (Arabic,
/// Hebrew, Han, kana): capitals can never mark its names.
pub const UNCASED: u16 = 1024;
/// Han or kana: words are not separated by spaces, so one token is a run of
/// several words and names are found inside it.
pub const IDEOGRAPHIC: u16 = 2048;
/// Right after an elided article or preposition (`l'`, `d'`, `dell'`): see
/// [`lower_common_words_after_elision`].
pub const AFTER_ELISION: u16 = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte range of the word in the original text (without any apostrophe suffix).
    pub start: usize,
    pub end: usize,
    /// End of the apostrophe suffix (`== end` when there is none).
    pub suffix_end: usize,
    /// Range of the matching key in the shared key buffer.
    pub key: (u32, u32),
    pub flags: u16,
}

impl Token {
    #[cfg(test)]
    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
    /// A word that may start a name in a cased script.
    pub fn is_cap(&self) -> bool {
        self.flags & (CAP | ALLCAPS) != 0 && self.flags & DIGIT == 0
    }
}

/// A typed `"` after one or two Hebrew proclitic letters that begin the word
/// (`ב"הישג מדיני"`, in "a diplomatic achievement") opens a quotation: gershayim
/// stand before an acronym's last letter (`צה"ל`, `ד"ר`), never before two or more.
fn opens_quote_after_proclitic(before: &str, after: &str) -> bool {
    let proclitics = before.chars().count() <= 2 && before.chars().all(|c| "ובלמשכה".contains(c));
    proclitics && after.chars().take_while(|&c| is_hebrew_letter(c)).count() >= 2
}

fn is_hebrew_letter(c: char) -> bool {
    matches!(c as u32, 0x5d0..=0x5ea)
}

/// A letter of the Cyrillic or Greek blocks (with their extensions).
fn is_cyrillic_or_greek_letter(c: char) -> bool {
    matches!(c as u32, 0x370..=0x3ff | 0x400..=0x52f | 0x1f00..=0x1fff) && c.is_alphabetic()
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

const C_WORD: u8 = 1;
const C_ALPHA: u8 = 2;
const C_UPPER: u8 = 4;
const C_DIGIT: u8 = 8;

/// [`classify`] of every ASCII char.
const ASCII_CLASS: [u8; 128] = {
    let mut table = [0; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match byte as u8 {
            b'a'..=b'z' => C_WORD | C_ALPHA,
            b'A'..=b'Z' => C_WORD | C_ALPHA | C_UPPER,
            b'0'..=b'9' => C_WORD | C_DIGIT,
            _ => 0,
        };
        byte += 1;
    }
    table
};

/// Word / letter / upper-case / digit bits of a char, with fast paths for the
/// scripts korpus reads most (std's Unicode tables were a fifth of the run time,
/// and most of Hebrew's and Arabic's until they were looked up in a table).
#[inline]
fn classify(c: char) -> u8 {
    match c as u32 {
        code @ 0..=0x7f => ASCII_CLASS[code as usize],
        0x410..=0x42f => C_WORD | C_ALPHA | C_UPPER,
        0x430..=0x44f => C_WORD | C_ALPHA,
        0x966..=0x96f => C_WORD | C_DIGIT,
        0x904..=0x939 | 0x958..=0x961 | 0x972..=0x97f => C_WORD | C_ALPHA,
        0x900..=0x903 | 0x93a..=0x957 | 0x962..=0x963 | 0x970..=0x971 => C_WORD,
        // zero-width non-joiner: inside Persian words (`پیونگ‌یانگ`)
        0x200c => C_WORD,
        // CJK unified ideographs: every one a letter without case (checked against std by a test)
        0x4e00..=0x9fff => C_WORD | C_ALPHA,
        code if code < SMALL_SCRIPTS_END => SMALL_SCRIPTS[code as usize],
        _ => classify_by_std(c),
    }
}

/// Chars below this (Latin to kana, with Greek, Hebrew, Arabic and Devanagari) are classified by table.
const SMALL_SCRIPTS_END: u32 = 0x3100;

/// [`classify_by_std`] of every char below [`SMALL_SCRIPTS_END`], worked out on first use.
static SMALL_SCRIPTS: std::sync::LazyLock<Box<[u8]>> = std::sync::LazyLock::new(|| {
    (0..SMALL_SCRIPTS_END).map(|code| char::from_u32(code).map_or(0, classify_by_std)).collect()
});

/// The bits from std's Unicode tables (the meaning every fast path keeps).
fn classify_by_std(c: char) -> u8 {
    let mut bits = 0;
    if c.is_alphabetic() {
        bits |= C_WORD | C_ALPHA;
        if c.is_uppercase() {
            bits |= C_UPPER;
        }
    } else if c.is_numeric() {
        bits |= C_WORD | C_DIGIT;
    } else if is_combining_mark(c) {
        bits |= C_WORD;
    }
    bits
}

/// Which side of a change of script a letter stands on, where Chinese and
/// Japanese write Latin words into their text without a space.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LetterSide {
    /// Latin, Greek or Cyrillic
    Cased,
    Katakana,
    /// Han ideographs and hiragana
    Ideograph,
}

/// The [`LetterSide`] of a char of class `class`, or `None` for other scripts,
/// digits and marks (the ranges of [`Script::Han`] and [`Script::Kana`]).
#[inline]
fn letter_side(c: char, class: u8) -> Option<LetterSide> {
    match c as u32 {
        _ if class & C_ALPHA == 0 => None,
        0..=0x58f => Some(LetterSide::Cased),
        // full-width Latin letters, which Japanese and Chinese papers write acronyms in (`ＪＲ東海`)
        0xff21..=0xff3a | 0xff41..=0xff5a => Some(LetterSide::Cased),
        0x30a0..=0x30ff | 0x31f0..=0x31ff | 0xff66..=0xff9f => Some(LetterSide::Katakana),
        0x4e00..=0x9fff | 0x3400..=0x4dbf | 0xf900..=0xfaff | 0x3040..=0x309f => Some(LetterSide::Ideograph),
        _ => None,
    }
}

/// Letters, digits and combining marks (Devanagari vowel signs and virama are
/// marks, not letters, but belong inside the word).
pub fn is_word_char(c: char) -> bool {
    classify(c) & C_WORD != 0
}

/// A single capital (an initial) or a title abbreviation written with a dot.
fn is_initial_word(word: &str) -> bool {
    let mut chars = word.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Prof"
                | "Gen"
                | "Col"
                | "Lt"
                | "Sgt"
                | "Gov"
                | "Sen"
                | "Rep"
                | "St"
                | "Sr"
                | "Jr"
        )
}

/// `U`, `U.S`, `U.N.A`: single capitals joined by dots, so far.
fn is_initialism(word: &str) -> bool {
    let mut expect_letter = true;
    for c in word.chars() {
        if expect_letter != c.is_uppercase() || (!expect_letter && c != '.') {
            return false;
        }
        expect_letter = !expect_letter;
    }
    !expect_letter
}

pub(crate) fn is_devanagari(c: char) -> bool {
    matches!(c as u32, 0x900..=0x97f)
}

fn sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\n' | '\u{964}' | '\u{965}' | ':' | '…')
}

/// Tokenise `text`, appending keys to `keys` and tokens to `toks`.
pub fn tokenize(text: &str, keys: &mut String, toks: &mut Vec<Token>) {
    let first = toks.len();
    KEY_CACHE.with(|cache| match cache.try_borrow_mut() {
        Ok(mut cache) => tokenize_words(text, keys, toks, Some(&mut cache)),
        // only if a tokenisation ever ran inside another on this thread
        Err(_) => tokenize_words(text, keys, toks, None),
    });
    mark_title_case_lines(text, &mut toks[first..]);
}

/// How far down a language's list of frequent words (`data/names/common.tsv`,
/// 5,000 words) the nouns the press capitalises after an elided article stand
/// (`État` 146, `Intérieur` 526, `Economia` 989, `Assemblea` 2633): further down,
/// the list's words are mostly there because a name is written often (Italian
/// `inter` 3999, French `inter` 3559: the club), and they stay names.
const CAPITALISED_NOUN_RANK: u32 = 3000;

/// A lone capitalised word after an elided article that is one of its
/// language's most frequent ordinary words (the first [`CAPITALISED_NOUN_RANK`])
/// is the noun the press capitalises
/// (`ministre de l'Intérieur`, `l'État`, `dell'Economia`), no name: it is a
/// lower-case word again, as while it was the article's suffix. It stays a
/// capital before another one (`l'Alto Atlante`), before an institution's
/// adjective (`l'Union européenne`) and before a complement that is a name
/// (`l'Agence de Sécurité`), and when the text capitalises it elsewhere
/// mid-sentence without the article (`l'Amérique` and `en Amérique`).
pub fn lower_common_words_after_elision(text: &str, toks: &mut [Token], lang: &Profile) {
    if !toks.iter().any(|t| t.flags & AFTER_ELISION != 0) {
        return;
    }
    let data = lang.data();
    let word = |t: &Token| &text[t.start..t.end];
    for i in 0..toks.len() {
        let t = toks[i];
        if t.flags & AFTER_ELISION == 0 || t.flags & (CAP | ALLCAPS) != CAP {
            continue;
        }
        let joined = |k: usize| toks.get(k).filter(|u| u.flags & JOINED != 0);
        let name_goes_on = joined(i + 1).is_some_and(|next| {
            next.is_cap()
                || data.words("headtail").any(|w| w == word(next))
                || (data.words("complprep").any(|w| w == word(next)) && joined(i + 2).is_some_and(Token::is_cap))
        });
        let capitalised_elsewhere =
            || toks.iter().any(|u| u.flags & (CAP | SENT | TITLE_LINE | AFTER_ELISION) == CAP && word(u) == word(&t));
        let lower = word(&t).to_lowercase();
        let common = lang.is_stop_word(&lower)
            || common_word_rank(lang.code, &lower).is_some_and(|rank| rank < CAPITALISED_NOUN_RANK);
        if common && !name_goes_on && !capitalised_elsewhere() {
            toks[i].flags = (t.flags & !CAP) | LOWER;
        }
    }
}

/// Rule `letter_after_common_noun`: a single capital with a dot right after
/// a capitalised ordinary word of the language (one of its most frequent
/// words, no stop word, title or given name) is the letter that names one of
/// a series (`Serie A`, `Plan B`, `Formula E`), no initial: its dot ends the
/// sentence, and the capital after it opens the next one (`… di Serie A.
/// Scott McTominay ha aperto`), no word of one name with it. An initial
/// follows a given name or opens the name (`John F. Kennedy`, `В. Путин`);
/// the tokeniser, which knows no language, reads every such dot as an
/// initial's, and this pass, which does, takes it back.
pub fn letter_after_common_noun_ends_sentence(text: &str, toks: &mut [Token], lang: &Profile) {
    let word = |t: &Token| &text[t.start..t.end];
    let cues = super::cues::Cues::get();
    let cue_lang = super::cues::CueLang::of(lang);
    for i in 1..toks.len().saturating_sub(1) {
        let (before, letter, next) = (toks[i - 1], toks[i], toks[i + 1]);
        // (a word of more than one char, or whose first char is lower case, is read no further)
        if letter.flags & LOWER != 0 || letter.end - letter.start > 4 {
            continue;
        }
        let mut chars = word(&letter).chars();
        let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
        if !single_capital
            || letter.flags & JOINED == 0
            || !text[letter.end..].starts_with('.')
            || next.flags & (JOINED | SENT) != JOINED
            || !next.is_cap()
            || before.flags & (CAP | ALLCAPS | SENT | APOS | DIGIT) != CAP
        {
            continue;
        }
        let noun = word(&before);
        let lower = noun.to_lowercase();
        let common = noun.chars().count() >= 3
            && !lang.is_stop_word(&lower)
            && common_word_rank(lang.code, &lower).is_some()
            && !super::types::is_listed_given_name(noun)
            && cues.of_word(&crate::lang::fold_str(noun), cue_lang) & super::cues::TITLE == 0;
        if common {
            toks[i + 1].flags = (next.flags & !JOINED) | SENT;
        }
    }
}

thread_local! {
    /// This thread's memory of the words it keyed last (see [`KeyCache`]).
    static KEY_CACHE: std::cell::RefCell<KeyCache> = std::cell::RefCell::new(KeyCache::new());
}

/// Slots of a [`KeyCache`]: a power of two (64k: the Latin benchmark's nine
/// languages missed a third of their words in 16k).
const KEY_CACHE_SLOTS: usize = 1 << 16;
/// Bytes of remembered words and keys after which a [`KeyCache`] starts
/// afresh (a slot taken over leaves its old bytes behind).
const KEY_CACHE_BYTES: usize = 4 << 20;
/// How many words before its key is made a word's [`KeyCache`] slot is read.
const KEY_SLOTS_AHEAD: usize = 8;

/// One remembered word: its key class (the [`push_key`] flags that matter),
/// and where the word and its key after it stand in [`KeyCache::text`].
#[derive(Clone, Copy)]
struct KeySlot {
    class: u8,
    word_len: u8,
    key_len: u8,
    at: u32,
}

/// Class 0 is no class [`key_class`] gives, so an empty slot never matches.
const EMPTY_SLOT: KeySlot = KeySlot { class: 0, word_len: 0, key_len: 0, at: 0 };

/// The keys of recently seen words, one per slot by hash (a later word
/// with the same hash takes the slot). News repeats its words: most tokens
/// find their key here instead of folding and stemming again, which was
/// half of tokenising. A key is a function of the word and its class alone,
/// so a remembered key is the key. Words and keys are kept in one `String`,
/// so a key found is copied without checking its UTF-8 again.
struct KeyCache {
    slots: Box<[KeySlot]>,
    text: String,
}

impl KeyCache {
    fn new() -> KeyCache {
        KeyCache { slots: vec![EMPTY_SLOT; KEY_CACHE_SLOTS].into_boxed_slice(), text: String::new() }
    }

    /// The slot `word` (with `flags`) is remembered in, or `None` for a word keyed without memory.
    fn slot_for(word: &str, flags: u16) -> Option<usize> {
        let class = key_class(flags);
        if word.len() > usize::from(u8::MAX) || key_is_quickly_made(word, class) {
            return None;
        }
        Some(slot_of(word, class))
    }

    /// Set the keys of `toks` (words of `text`, keys not set yet), pushing them on `keys`
    /// in turn. Each word's slot is prefetched [`KEY_SLOTS_AHEAD`] words before its key is
    /// wanted: a slot is a cache miss, and so the misses of several words overlap
    /// (read as each word was tokenised, a Cyrillic or Greek build waited a twentieth
    /// of its time on them, one after the other).
    fn push_keys(&mut self, text: &str, toks: &mut [Token], keys: &mut String) {
        let slot_of_token = |t: &Token| Self::slot_for(&text[t.start..t.end], t.flags);
        let mut ahead = [None; KEY_SLOTS_AHEAD];
        for (k, t) in toks.iter().take(KEY_SLOTS_AHEAD).enumerate() {
            ahead[k] = slot_of_token(t);
            if let Some(index) = ahead[k] {
                prefetch(&self.slots[index]);
            }
        }
        for i in 0..toks.len() {
            let index = ahead[i % KEY_SLOTS_AHEAD];
            if let Some(later) = toks.get(i + KEY_SLOTS_AHEAD) {
                let later = slot_of_token(later);
                if let Some(index) = later {
                    prefetch(&self.slots[index]);
                }
                ahead[i % KEY_SLOTS_AHEAD] = later;
            }
            let t = &mut toks[i];
            let k0 = keys.len();
            let word = &text[t.start..t.end];
            match index {
                Some(index) => self.push_key_in(index, word, t.flags, keys),
                None => push_key(word, t.flags, keys),
            }
            t.key = (k0 as u32, keys.len() as u32);
        }
    }

    /// Push `word`'s key (as [`push_key`] with `flags`), from memory if it is there.
    #[cfg(test)]
    fn push_key(&mut self, word: &str, flags: u16, keys: &mut String) {
        match Self::slot_for(word, flags) {
            Some(index) => self.push_key_in(index, word, flags, keys),
            None => push_key(word, flags, keys),
        }
    }

    /// [`KeyCache::push_key`] of a word remembered in slot `index` (see [`KeyCache::slot_for`]).
    fn push_key_in(&mut self, index: usize, word: &str, flags: u16, keys: &mut String) {
        let class = key_class(flags);
        let slot = self.slots[index];
        if slot.class == class && usize::from(slot.word_len) == word.len() {
            let at = slot.at as usize;
            let (word_end, key_end) = (at + word.len(), at + word.len() + usize::from(slot.key_len));
            if self.text.as_bytes().get(at..word_end) == Some(word.as_bytes())
                && let Some(key) = self.text.get(word_end..key_end)
            {
                keys.push_str(key);
                return;
            }
        }
        let k0 = keys.len();
        push_key(word, flags, keys);
        let key = &keys[k0..];
        if key.len() > usize::from(u8::MAX) {
            return;
        }
        if self.text.len() + word.len() + key.len() > KEY_CACHE_BYTES {
            self.text.clear();
            self.slots.fill(EMPTY_SLOT);
        }
        self.slots[index] =
            KeySlot { class, word_len: word.len() as u8, key_len: key.len() as u8, at: self.text.len() as u32 };
        self.text.push_str(word);
        self.text.push_str(key);
    }
}

/// Ask the core to bring `value` into its cache, without waiting for it (a load that
/// waited, read early, held up every later instruction until it came).
#[inline]
fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    #[allow(unsafe_code, reason = "std's prefetch hint is unsafe to call; it reads nothing and cannot fault")]
    // SAFETY: a prefetch is a hint that touches no register and faults on no address; this one is a live reference.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>((value as *const T).cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// Whether [`push_key`] makes `word`'s key (of [`key_class`] `class`) in fewer cycles
/// than a [`KeyCache`] finds it: a plain ASCII word of a cased script (lower-cased and
/// stemmed byte by byte), or a word whose key is the word itself (Han, kana, most Hebrew,
/// Devanagari without nukta or chandrabindu). The cache's slots and text outgrow a core's
/// L2 cache, so reading a slot is a miss a word: under `perf`, half of the tokeniser's
/// own time in a Latin build went to that one load.
fn key_is_quickly_made(word: &str, class: u8) -> bool {
    match class {
        1 => devanagari_key_is_the_word(word),
        2 => uncased_key_is_the_word(word),
        _ => is_plain_ascii(word),
    }
}

/// Which of [`push_key`]'s ways a word with `flags` is keyed (never 0).
fn key_class(flags: u16) -> u8 {
    if flags & DEVA != 0 {
        1
    } else if flags & UNCASED != 0 {
        2
    } else if flags & (ALLCAPS | DIGIT) == 0 {
        3
    } else {
        4
    }
}

fn slot_of(word: &str, class: u8) -> usize {
    use std::hash::Hasher;
    let mut hasher = super::fxhash::FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.write_u8(class);
    (hasher.finish() as usize) & (KEY_CACHE_SLOTS - 1)
}

/// Flag the tokens of lines written in Title Case (`Kishida And Biden Pledge
/// Closer Ties`): a short line, no sentence break inside and no full stop at
/// its end, at least four fifths of its longer words capitalised. Name-dense body text has sentence
/// breaks and lower-case verbs, and is not flagged.
fn mark_title_case_lines(text: &str, toks: &mut [Token]) {
    let mut line_start = 0;
    while line_start < toks.len() {
        let mut end = line_start + 1;
        while end < toks.len() && !text[toks[end - 1].suffix_end..toks[end].start].contains('\n') {
            end += 1;
        }
        let line = &toks[line_start..end];
        // only a short line is read further (body text comes in long lines)
        if (4..=25).contains(&line.len()) && is_title_case_line(text, line) {
            for t in &mut toks[line_start..end] {
                t.flags |= TITLE_LINE;
            }
        }
        line_start = end;
    }
}

/// The rest of [`mark_title_case_lines`]'s test, for a line of 4 to 25 words.
fn is_title_case_line(text: &str, line: &[Token]) -> bool {
    let (mut long, mut caps) = (0, 0);
    for t in line.iter().filter(|t| t.flags & DEVA == 0 && t.end - t.start >= 4 && t.flags & DIGIT == 0) {
        long += 1;
        caps += usize::from(t.flags & CAP != 0);
    }
    // nearly every longer word capitalised
    if long < 3 || caps * 10 < long * 8 {
        return false;
    }
    // a headline: one short sentence at most
    let body = &text[line[0].start..line[line.len() - 1].end];
    let one_sentence = !body.contains(". ") && !body.contains("? ") && !body.contains("! ");
    // headlines carry no final full stop; a name-dense sentence does
    let after = text[line[line.len() - 1].suffix_end..].trim_start_matches([' ', '\t', '"', '\'', '”', '»']);
    let unstopped = !after.starts_with(['.', '!', '?', '।']);
    one_sentence && unstopped
}

/// The char that starts at byte `pos` of `text`, if `pos` is a char boundary before the end.
#[inline]
fn char_at(text: &str, pos: usize) -> Option<char> {
    match text.as_bytes().get(pos) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        _ => text.get(pos..).and_then(|rest| rest.chars().next()),
    }
}

#[cfg(test)]
thread_local! {
    /// Tests turn the fast paths of [`tokenize_words`] off to compare them with the general path.
    static NO_FAST_PATHS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[inline]
fn fast_paths_on() -> bool {
    #[cfg(test)]
    return !NO_FAST_PATHS.with(std::cell::Cell::get);
    #[cfg(not(test))]
    true
}

/// French and Italian articles and prepositions that elide their vowel before
/// a name (`l'Espagne`, `d'Ighil`, `jusqu'à`, `dell'Alto Atlante`, `all'Onu`):
/// a word of their own, not the start of a name (`O'Brien`) nor a name with a
/// suffix (`Russia's`, `Kore'nin`). Capitalised only at a sentence's start
/// (`L'Algérie`), since `D'Alema` is a name.
fn elided_before_a_name(word: &str, sentence_start: bool) -> bool {
    const ELIDED: &[&str] =
        &["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "dell", "all", "dall", "nell", "sull", "coll", "quell", "un"];
    ELIDED.contains(&word) || (sentence_start && word == "L")
}

/// Is token `i` a name right after an elided definite article (`l'Horta Sud`,
/// `dell'Alto Atlante`)? French and Italian put the article before the names
/// of places and bodies, never before a person's (`d'`, `qu'` stand before anyone).
pub fn after_elided_definite_article(text: &str, toks: &[Token], i: usize) -> bool {
    const DEFINITE: &[&str] = &["l", "L", "dell", "all", "dall", "nell", "sull", "coll", "quell"];
    i > 0 && toks[i].flags & AFTER_ELISION != 0 && DEFINITE.contains(&&text[toks[i - 1].start..toks[i - 1].end])
}

fn tokenize_words(text: &str, keys: &mut String, toks: &mut Vec<Token>, cache: Option<&mut KeyCache>) {
    let first_token = toks.len();
    let bytes = text.as_bytes();
    let small_scripts: &[u8] = &SMALL_SCRIPTS;
    let bytes_len = text.len();
    // byte offset of the next char to read
    let mut pos = 0;
    let mut sent = true;
    // gap since the previous token holds only spaces
    let mut gap_plain = false;
    // the gap so far is only the dot after an initial or title abbreviation
    let mut dot_after_initial = false;
    // the previous word was an elided article (`l'`), the apostrophe its only gap
    let mut after_elision = false;
    while let Some(c) = char_at(text, pos) {
        let i = pos;
        pos += c.len_utf8();
        if !is_word_char(c) {
            let after_initial = c == '.'
                && gap_plain
                && !dot_after_initial
                && toks.last().is_some_and(|p: &Token| is_initial_word(&text[p.start..p.end]));
            if after_initial {
                // `J. Smith`, `В. Путин`, `Mr. Smith`: the dot ends no sentence and keeps the name joined
                dot_after_initial = true;
                continue;
            }
            // a Hebrew abbreviation's geresh (`פרופ'`, professor; `שייח'`) keeps the name after it joined
            if matches!(c, '\'' | '\u{5f3}')
                && gap_plain
                && i > 0
                && text[..i].chars().next_back().is_some_and(is_hebrew_letter)
                && text[pos..].starts_with(' ')
            {
                continue;
            }
            if sentence_end(c) {
                sent = true;
            }
            if !matches!(c, ' ' | '\u{a0}' | '\t') {
                gap_plain = false;
            }
            continue;
        }
        dot_after_initial = false;
        // a word starts at i
        let start = i;
        let mut end = pos;
        let mut suffix_end;
        let mut flags = 0u16;
        let mut letters = 0usize;
        // letters of Latin, Greek or Cyrillic
        let mut cased_letters = 0usize;
        let mut upper = 0usize;
        let first = c;
        let mut deva = is_devanagari(c);
        let first_class = classify(c);
        let mut digit = first_class & C_DIGIT != 0;
        if first_class & C_ALPHA != 0 {
            letters += 1;
            if first_class & C_UPPER != 0 {
                upper += 1;
            }
        }
        // whether the word's letters are Han or kana, or Latin, Greek or Cyrillic (None: neither yet)
        let mut ideographic = letter_side(first, first_class);
        let mut elided = false;
        loop {
            // The word's chars in the most common scripts go on it without the general path's
            // checks, as that path would take them: ASCII letters and digits (most of a
            // Latin-script text) without decoding a char; chars of two bytes (accented Latin,
            // Greek, Cyrillic, Hebrew, Arabic) and Devanagari; after Han or kana, Han and kana.
            // Whatever these loops leave (a change of script, an apostrophe) the general path reads.
            if !fast_paths_on() {
                // the general path alone (a test compares the two)
            } else if !matches!(ideographic, Some(LetterSide::Katakana | LetterSide::Ideograph)) {
                let (run_start, cased_before) = (pos, cased_letters);
                let mut other_letters = 0;
                'run: loop {
                    // ASCII, the most of it: letters of a Latin word
                    while let Some(&byte) = bytes.get(pos).filter(|byte| byte.is_ascii()) {
                        let class = ASCII_CLASS[usize::from(byte)];
                        if class & C_WORD == 0 {
                            // a space or punctuation: no other char to look at here
                            break 'run;
                        }
                        // counted without a branch: C_UPPER only ever comes with C_ALPHA
                        cased_letters += usize::from((class & C_ALPHA) >> 1);
                        upper += usize::from((class & C_UPPER) >> 2);
                        digit |= class & C_DIGIT != 0;
                        pos += 1;
                    }
                    let (class, len, cased) = match (bytes.get(pos), bytes.get(pos + 1)) {
                        (Some(&byte @ 0xc2..=0xdf), Some(&next)) => {
                            let code = (u32::from(byte & 0x1f) << 6) | u32::from(next & 0x3f);
                            // below U+0590: Latin, Greek or Cyrillic (LetterSide::Cased)
                            (small_scripts[code as usize], 2, code < 0x590)
                        }
                        // U+0900–U+097F: the Devanagari block, classified by hand
                        (Some(0xe0), Some(&second @ (0xa4 | 0xa5))) => {
                            let third = bytes.get(pos + 2).copied().unwrap_or(0);
                            let code = (u32::from(second & 0x3f) << 6) | u32::from(third & 0x3f);
                            (char::from_u32(code).map_or(0, classify), 3, false)
                        }
                        _ => break,
                    };
                    if class & C_WORD == 0 {
                        break;
                    }
                    if class & C_ALPHA != 0 {
                        if cased {
                            cased_letters += 1;
                        } else {
                            other_letters += 1;
                        }
                    }
                    upper += usize::from((class & C_UPPER) >> 2);
                    digit |= class & C_DIGIT != 0;
                    deva |= len == 3;
                    pos += len;
                }
                letters += cased_letters - cased_before + other_letters;
                if pos > run_start {
                    end = pos;
                    if cased_letters > cased_before && ideographic.is_none() {
                        ideographic = Some(LetterSide::Cased);
                    }
                }
            } else {
                // U+3000–U+9FFF (kana, Han, CJK punctuation): any word char there goes on a Han
                // or kana word (only a cased letter ends it)
                while let (Some(&byte @ 0xe3..=0xe9), Some(&second), Some(&third)) =
                    (bytes.get(pos), bytes.get(pos + 1), bytes.get(pos + 2))
                {
                    let code =
                        (u32::from(byte & 0x0f) << 12) | (u32::from(second & 0x3f) << 6) | u32::from(third & 0x3f);
                    let class = char::from_u32(code).map_or(0, classify);
                    if class & C_WORD == 0 {
                        break;
                    }
                    letters += usize::from((class & C_ALPHA) >> 1);
                    upper += usize::from((class & C_UPPER) >> 2);
                    digit |= class & C_DIGIT != 0;
                    pos += 3;
                    end = pos;
                }
            }
            let Some(d) = char_at(text, pos) else { break };
            let j = pos;
            let class = classify(d);
            if class & C_WORD != 0 {
                // Chinese and Japanese write Latin names without a space (`美国OpenAI的`,
                // `DeepSeek应用`): a change between ideographs and such letters ends the word;
                // katakana goes on a Latin word as one name does (`USスチール`, `Jリーグ`)
                match (ideographic, letter_side(d, class)) {
                    (Some(LetterSide::Cased), Some(LetterSide::Katakana)) => {}
                    (Some(run), Some(side)) if (run == LetterSide::Cased) != (side == LetterSide::Cased) => break,
                    (None, side @ Some(_)) => ideographic = side,
                    _ => {}
                }
                pos += d.len_utf8();
                end = pos;
                deva |= is_devanagari(d);
                digit |= class & C_DIGIT != 0;
                if class & C_ALPHA != 0 {
                    letters += 1;
                    if class & C_UPPER != 0 {
                        upper += 1;
                    }
                }
                continue;
            }
            if d == '.' && is_initialism(&text[start..end]) {
                // `U.S.`, `U.N.`: one token, dots included, and no sentence end
                let mut rest = text[j + 1..].chars();
                let (a, b) = (rest.next(), rest.next());
                if matches!(a, Some(a) if a.is_uppercase()) && b == Some('.') {
                    pos += 1;
                    continue;
                }
                if text[start..end].contains('.') {
                    pos += 1;
                    end = j + 1;
                    break;
                }
            }
            // Hebrew geresh and gershayim, often typed `'` and `"`, belong to the word
            // between two letters: `ג'ו` (Joe), `נאס"א` (NASA), `יו"ר` (chairman)
            if matches!(d, '\'' | '"' | '\u{5f3}' | '\u{5f4}')
                && is_hebrew_letter(first)
                && text[j + d.len_utf8()..].chars().next().is_some_and(is_hebrew_letter)
                && !(d == '"' && opens_quote_after_proclitic(&text[start..j], &text[j + 1..]))
            {
                pos += d.len_utf8();
                continue;
            }
            // and at the word's end after a letter it changes for a foreign sound (`ג'` j, `ז'` zh,
            // `צ'` and `ץ'` ch, `ת'` th): `סמוטריץ'` (Smotrich), `קיימברידג'` (Cambridge)
            if matches!(d, '\'' | '\u{5f3}')
                && is_hebrew_letter(first)
                && text[..j].chars().next_back().is_some_and(|c| matches!(c, 'ג' | 'ז' | 'צ' | 'ץ' | 'ת'))
                && !text[j + d.len_utf8()..].chars().next().is_some_and(is_word_char)
            {
                pos += d.len_utf8();
                end = pos;
                break;
            }
            if is_apostrophe(d)
                && text[j + d.len_utf8()..].chars().next().is_some_and(char::is_uppercase)
                && elided_before_a_name(&text[start..j], sent)
            {
                // the name after an elided article is a word of its own (`l'Espagne`)
                elided = true;
                break;
            }
            if is_hyphen(d) || is_apostrophe(d) {
                // look one char further: only a letter continues the word / suffix
                let after = text[j + d.len_utf8()..].chars().next();
                if matches!(after, Some(a) if a.is_alphabetic()) {
                    // Hebrew writes foreign sounds with a geresh (`ג'ו` Joe, `אח'נוש`):
                    // part of the word, never a suffix's apostrophe
                    let hebrew = text[..j].chars().next_back().is_some_and(is_hebrew_letter);
                    // `O'Leary`, `D'Angelo`: a surname's prefix, no suffix's apostrophe
                    let surname = matches!(&text[start..j], "O" | "D") && after.is_some_and(char::is_uppercase);
                    // rule `cyrillic_greek_apostrophe_inside_word`: Cyrillic and Greek take no suffix
                    // after an apostrophe; between two of their letters it is the word's own
                    // (Ukrainian `В'єтнам`, `Об'єднані`, `Прем'єр`; `Д'Анджело`, `Ντ'Άντζελο`)
                    let cyrillic_greek = text[..j].chars().next_back().is_some_and(is_cyrillic_or_greek_letter)
                        && after.is_some_and(is_cyrillic_or_greek_letter);
                    if is_hyphen(d) || hebrew || surname || cyrillic_greek {
                        pos += d.len_utf8();
                        continue;
                    }
                    flags |= APOS;
                }
            }
            break;
        }
        suffix_end = end;
        if flags & APOS != 0 {
            // the apostrophe, then the suffix's word chars
            pos += char_at(text, pos).map_or(0, char::len_utf8);
            while let Some(d) = char_at(text, pos).filter(|&d| is_word_char(d)) {
                pos += d.len_utf8();
                suffix_end = pos;
            }
        }
        // scripts without capitals start at Hebrew (U+0590); Devanagari is flagged apart
        let uncased = if deva || (first as u32) < 0x590 { None } else { Script::of(first) };
        if deva {
            flags |= DEVA;
        } else if let Some(script @ (Script::Arabic | Script::Hebrew | Script::Han | Script::Kana)) = uncased {
            flags |= UNCASED;
            if matches!(script, Script::Han | Script::Kana) {
                flags |= IDEOGRAPHIC;
            }
        } else if first_class & C_UPPER != 0 {
            flags |= CAP;
            if letters >= 2 && upper == letters {
                flags |= ALLCAPS;
            }
        } else if first_class & C_ALPHA != 0 && first.is_lowercase() {
            flags |= LOWER;
        }
        if matches!(first as u32, 0x400..=0x52f) {
            flags |= CYR;
        }
        if digit {
            flags |= DIGIT;
        }
        if sent {
            flags |= SENT;
        }
        if gap_plain && toks.last().is_some_and(|p: &Token| p.flags & APOS == 0) {
            flags |= JOINED;
        }
        if after_elision {
            flags |= AFTER_ELISION;
        }
        // the key is set after the loop (see `KeyCache::push_keys`)
        toks.push(Token { start, end: end.min(bytes_len), suffix_end, key: (0, 0), flags });
        sent = false;
        gap_plain = true;
        after_elision = elided;
        if elided {
            // its apostrophe joins it to the name as a space would (`Fratelli d'Italia`)
            pos += char_at(text, pos).map_or(0, char::len_utf8);
        }
    }
    match cache {
        Some(cache) => cache.push_keys(text, &mut toks[first_token..], keys),
        None => {
            for t in &mut toks[first_token..] {
                let k0 = keys.len();
                push_key(&text[t.start..t.end], t.flags, keys);
                t.key = (k0 as u32, keys.len() as u32);
            }
        }
    }
}

/// The matching key of one word: folded (case, Turkish i, diacritics), then
/// one case ending stripped unless it is an acronym or Devanagari.
pub fn push_key(word: &str, flags: u16, keys: &mut String) {
    if flags & DEVA != 0 {
        if devanagari_key_is_the_word(word) {
            keys.push_str(word);
            return;
        }
        for c in word.chars() {
            match c {
                // nukta is often left out; chandrabindu and anusvara are written interchangeably
                '\u{93c}' => {}
                '\u{901}' => keys.push('\u{902}'),
                c => keys.push(c),
            }
        }
        return;
    }
    if flags & UNCASED != 0 {
        if uncased_key_is_the_word(word) {
            keys.push_str(word);
        } else {
            push_uncased_chars(word, keys);
        }
        return;
    }
    if flags & (ALLCAPS | DIGIT) == 0 {
        push_stemmed_key(word, keys);
        return;
    }
    push_folded(word, keys);
}

/// Whether [`push_uncased_chars`] would copy `word` unchanged (Han, kana, most Hebrew):
/// no Arabic-script char (U+0600–U+06FF, lead bytes D8–DB), no Hebrew geresh or
/// gershayim (D7 B3, D7 B4), no zero-width non-joiner (E2 80 8C). A byte scan, where
/// pushing char by char cost a sixteenth of a Japanese build.
fn uncased_key_is_the_word(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.iter().enumerate().all(|(i, &byte)| match byte {
        0xd8..=0xdb => false,
        0xd7 => !matches!(bytes.get(i + 1), Some(0xb3 | 0xb4)),
        0xe2 => bytes.get(i + 1..i + 3) != Some(&[0x80, 0x8c][..]),
        _ => true,
    })
}

/// Whether the Devanagari branch of [`push_key`] would copy `word` unchanged: no
/// nukta (U+093C, bytes E0 A4 BC) and no chandrabindu (U+0901, E0 A4 81). A byte scan
/// that may answer no for a word it would copy (another char with those bytes inside),
/// which only sends that word the long way.
fn devanagari_key_is_the_word(word: &str) -> bool {
    !word.as_bytes().windows(2).any(|pair| pair[0] == 0xa4 && matches!(pair[1], 0xbc | 0x81))
}

/// ASCII without the backtick, which folds to an apostrophe: folded by lower case alone.
fn is_plain_ascii(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii() && b != b'`')
}

/// The key of a word in a script without capitals, char by char.
fn push_uncased_chars(word: &str, keys: &mut String) {
    {
        for c in word.chars() {
            match c {
                // Arabic-script spellings of one name differ in hamza seats, yeh and kaf
                // (`أبوظبي` / `ابوظبي`, Arabic `ي ك`, Persian `ی ک`); short vowel marks and tatweel
                // are optional
                'أ' | 'إ' | 'آ' | 'ٱ' => keys.push('ا'),
                'ى' | '\u{6cc}' => keys.push('ي'),
                '\u{6a9}' => keys.push('ك'),
                '\u{640}' | '\u{64b}'..='\u{652}' | '\u{200c}' => {}
                // hamza and madda written above or below a letter (Persian ezafe `کرهٔ`, CLDR's
                // Korea) and the dagger alef are optional marks too
                '\u{653}'..='\u{655}' | '\u{670}' => {}
                // heh with the ezafe hamza as one letter (`خانۀ`)
                '\u{6c0}' => keys.push('\u{647}'),
                // Hebrew geresh and gershayim, typed either way
                '\u{5f3}' => keys.push('\''),
                '\u{5f4}' => keys.push('"'),
                c => keys.push(c),
            }
        }
    }
}

/// Case, Turkish i and diacritics folded away.
fn push_folded(word: &str, keys: &mut String) {
    if is_plain_ascii(word) {
        let k0 = keys.len();
        keys.push_str(word);
        if let Some(pushed) = keys.get_mut(k0..) {
            pushed.make_ascii_lowercase();
        }
        return;
    }
    // fold_char looks most chars of cased scripts up in a table
    for c in word.chars() {
        fold_char(c, keys);
    }
}

/// The folded key of a word in a cased script, one case ending stripped.
fn push_stemmed_key(word: &str, keys: &mut String) {
    let k0 = keys.len();
    push_folded(word, keys);
    stem_in_place(keys, k0);
}

/// The script flags [`push_key`] needs for a stand-alone word (a cue word).
pub fn key_flags(word: &str) -> u16 {
    match word.chars().find(|c| c.is_alphabetic()).and_then(Script::of) {
        Some(Script::Devanagari) => DEVA,
        Some(Script::Arabic | Script::Hebrew) => UNCASED,
        Some(Script::Han | Script::Kana) => UNCASED | IDEOGRAPHIC,
        _ => 0,
    }
}

/// Tokenise a stand-alone phrase (a gazetteer alias) and return its key:
/// token keys joined by single spaces, and the number of tokens.
pub fn phrase_key(phrase: &str, out: &mut String) -> usize {
    let mut keys = String::new();
    let mut toks = Vec::new();
    tokenize(phrase, &mut keys, &mut toks);
    out.clear();
    for (n, t) in toks.iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(&keys[t.key.0 as usize..t.key.1 as usize]);
    }
    toks.len()
}

/// `str::strip_prefix`, `starts_with` and `ends_with` for the short affixes of
/// the language profiles (proclitics, articles, endings of a few bytes), compared
/// byte by byte in line: the standard ones call `memcmp` for each, and those
/// calls, nearly all failing at the second byte, were a fifth of a Hebrew build.
pub(crate) trait ShortAffixes {
    /// The rest after `prefix`, if the text begins with it.
    fn strip_short_prefix(&self, prefix: &str) -> Option<&str>;
    /// Does the text begin with `prefix`?
    fn starts_with_short(&self, prefix: &str) -> bool;
    /// Does the text end with `suffix`?
    fn ends_with_short(&self, suffix: &str) -> bool;
}

impl ShortAffixes for str {
    #[inline]
    fn strip_short_prefix(&self, prefix: &str) -> Option<&str> {
        // both are UTF-8, so a whole prefix matched ends on a char boundary
        if self.starts_with_short(prefix) { self.get(prefix.len()..) } else { None }
    }

    #[inline]
    fn starts_with_short(&self, prefix: &str) -> bool {
        let (text, prefix) = (self.as_bytes(), prefix.as_bytes());
        text.len() >= prefix.len() && text.iter().zip(prefix).all(|(a, b)| a == b)
    }

    #[inline]
    fn ends_with_short(&self, suffix: &str) -> bool {
        let (text, suffix) = (self.as_bytes(), suffix.as_bytes());
        text.len() >= suffix.len() && text.iter().rev().zip(suffix.iter().rev()).all(|(a, b)| a == b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_affixes_answer_as_the_standard_methods() {
        let words = ["", "ב", "בכנסת", "הכנסת", "والجزائر", "ال", "Kim", "नेपाल", "ab", "b", "é", "e"];
        for word in words {
            for affix in words {
                assert_eq!(word.strip_short_prefix(affix), word.strip_prefix(affix), "{word:?} {affix:?}");
                assert_eq!(word.starts_with_short(affix), word.starts_with(affix), "{word:?} {affix:?}");
                assert_eq!(word.ends_with_short(affix), word.ends_with(affix), "{word:?} {affix:?}");
            }
        }
    }

    #[test]
    fn hebrew_geresh_and_gershayim_stay_inside_the_word() {
        let text = "ג'ו ביידן ונאס\"א, צה״ל \"הארץ\"";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["ג'ו", "ביידן", "ונאס\"א", "צה״ל", "הארץ"], "quotation marks around a word stay out");
    }

    #[test]
    fn a_quote_after_a_hebrew_proclitic_opens_a_quotation_not_an_acronym() {
        let text = "מדובר ב\"הישג מדיני\" של ד\"ר כהן וצה\"ל";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["מדובר", "ב", "הישג", "מדיני", "של", "ד\"ר", "כהן", "וצה\"ל"]);
    }

    #[test]
    fn table_and_ideograph_paths_classify_as_std_does() {
        // the hand-written arms above the table (basic Cyrillic, Devanagari, ZWNJ) have their own meaning
        let by_hand = |code: u32| (0x410..=0x44f).contains(&code) || (0x900..=0x97f).contains(&code) || code == 0x200c;
        for c in (0..=char::MAX as u32).filter(|&code| !by_hand(code)).filter_map(char::from_u32) {
            assert_eq!(classify(c), classify_by_std(c), "U+{:04X}", c as u32);
        }
    }

    fn toks(text: &str) -> (String, Vec<Token>) {
        let mut keys = String::new();
        let mut t = Vec::new();
        tokenize(text, &mut keys, &mut t);
        (keys, t)
    }

    #[test]
    fn key_fast_paths_fold_as_fold_char_does() {
        // every ASCII char (the fast path for ASCII words)
        let ranges = [0x1..=0x7f];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let (mut fast, mut folded) = (String::new(), String::new());
            // ALLCAPS: no case ending stripped, the folding alone
            push_key(c.encode_utf8(&mut [0; 4]), ALLCAPS, &mut fast);
            fold_char(c, &mut folded);
            assert_eq!(fast, folded, "{c:?}");
        }
    }

    #[test]
    fn an_uncased_word_is_copied_whole_only_when_no_char_of_it_changes() {
        // every char of Hebrew, Arabic, the general punctuation block (ZWNJ), kana and some Han,
        // alone and inside a word: the byte scan must send each changed char to the char-by-char path
        let ranges = [0x590..=0x6ff, 0x750..=0x77f, 0x2000..=0x206f, 0x3040..=0x30ff, 0x4e00..=0x4eff];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            for word in [c.to_string(), format!("東{c}京"), format!("ש{c}")] {
                let (mut key, mut by_chars) = (String::new(), String::new());
                push_key(&word, UNCASED, &mut key);
                push_uncased_chars(&word, &mut by_chars);
                assert_eq!(key, by_chars, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn fast_paths_tokenise_as_the_general_path_does() {
        // pieces of every script the fast paths read, and the chars where they must stop
        let pieces = [
            "Putin",
            "İstanbul",
            "Kore'nin",
            "U.S.",
            "Mr.",
            "Sánchez",
            "Ελλάδα",
            "ΝΑΤΟ",
            "Москве",
            "НАТО",
            "ג'ו",
            "נאס\"א",
            "צה״ל",
            "והרמטכ\"ל",
            "الرئيس",
            "أبوظبي",
            "پیونگ\u{200c}یانگ",
            "١٢٣",
            "पुतिन",
            "क़िले",
            "।",
            "२०२४",
            "東京都",
            "ニュース",
            "デーブ・ロバーツ",
            "USスチール",
            "9月",
            "〇",
            "ー",
            "美国",
            "OpenAI",
            "的",
            "ㄅ",
            "한국",
            "2024",
            "-",
            "'",
            "\"",
            ".",
            ",",
            " ",
            " ",
            "\n",
            "\u{301}",
            "ǅ",
            "ß",
            "Ꭰ",
            "Երևանր",
            "ր",
            "𝔸",
            "Ŀ",
        ];
        // every piece after every piece, and longer runs from a fixed sequence
        let mut texts: Vec<String> = Vec::new();
        for a in pieces {
            for b in pieces {
                texts.push(format!("{a}{b}"));
                texts.push(format!("{b} {a}{b}{a}"));
            }
        }
        let mut state = 7u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..8 {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            texts.push(text);
        }
        for text in &texts {
            let fast = toks(text);
            NO_FAST_PATHS.with(|off| off.set(true));
            let general = toks(text);
            NO_FAST_PATHS.with(|off| off.set(false));
            assert_eq!(fast, general, "{text:?}");
        }
    }

    #[test]
    fn the_table_of_two_byte_chars_classifies_as_classify_does() {
        for c in (0x80..0x800).filter_map(char::from_u32) {
            assert_eq!(SMALL_SCRIPTS[c as usize], classify(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn a_remembered_key_is_the_key_push_key_writes() {
        let mut cache = KeyCache::new();
        let words =
            ["Лаврова", "Rusije", "İstanbul'da", "NATO", "Straße", "Αθήνα", "पुतिन", "كوريا", "ג'ו", "東京都", "2024"];
        // more words than slots, so slots are taken over, and every word twice (a hit the second time)
        // (not plain ASCII, which is keyed without the cache)
        let many: Vec<String> = (0..3 * KEY_CACHE_SLOTS).map(|n| format!("Kozlović{n}om")).collect();
        for round in 0..2 {
            for word in words.iter().copied().chain(many.iter().map(String::as_str)) {
                for flags in [0, ALLCAPS, DIGIT, DEVA, UNCASED, UNCASED | IDEOGRAPHIC] {
                    let (mut remembered, mut computed) = (String::from("x"), String::from("x"));
                    cache.push_key(word, flags, &mut remembered);
                    push_key(word, flags, &mut computed);
                    assert_eq!(remembered, computed, "{word:?} flags {flags} round {round}");
                }
            }
        }
    }

    #[test]
    fn devanagari_keys_drop_the_nukta_and_read_chandrabindu_as_anusvara_copied_or_not() {
        let key = |word: &str| {
            let mut key = String::new();
            push_key(word, DEVA, &mut key);
            key
        };
        // ज़ेलेंस्की with its nukta, चाँद with chandrabindu: the long way
        assert!(!devanagari_key_is_the_word("ज़ेलेंस्की") && !devanagari_key_is_the_word("चाँद"));
        assert_eq!(key("ज़ेलेंस्की"), "जेलेंस्की");
        assert_eq!(key("चाँद"), "चांद");
        // neither: copied whole
        assert!(devanagari_key_is_the_word("जेलेंस्की"));
        assert_eq!(key("जेलेंस्की"), "जेलेंस्की");
    }

    #[test]
    fn quickly_made_keys_are_what_push_key_writes_char_by_char() {
        // Latin (ASCII, hyphens), Han, kana, Hebrew, Devanagari: each key as the general paths make it
        for (word, flags) in [
            ("Rusijom-Kimom", 0),
            ("NATO", ALLCAPS),
            ("G20", DIGIT),
            ("東京都", UNCASED | IDEOGRAPHIC),
            ("ישראל", UNCASED),
            ("पुतिन", DEVA),
        ] {
            assert!(key_is_quickly_made(word, key_class(flags)), "{word}");
            let mut quick = String::new();
            push_key(word, flags, &mut quick);
            let mut by_chars = String::new();
            if flags & (DEVA | UNCASED) != 0 {
                by_chars.push_str(word);
            } else {
                word.chars().for_each(|c| fold_char(c, &mut by_chars));
                if flags & (ALLCAPS | DIGIT) == 0 {
                    super::super::suffixes::stem_in_place(&mut by_chars, 0);
                }
            }
            assert_eq!(quick, by_chars, "{word}");
        }
        assert!(!key_is_quickly_made("Straße", key_class(0)), "not ASCII: the cache's");
        assert!(!key_is_quickly_made("O`Neil", key_class(0)), "the backtick folds to an apostrophe");
    }

    #[test]
    fn latin_letters_after_han_or_kana_start_a_new_word_but_katakana_goes_on_latin() {
        // the ASCII run of the tokeniser must stop where the script changes, as the general path does
        let text = "美国OpenAI的模型 ニュースABC2 USスチール 9月X 東京Ελλάδα 日本Москва";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "美国",
                "OpenAI",
                "的模型",
                "ニュース",
                "ABC2",
                "USスチール",
                "9月",
                "X",
                "東京",
                "Ελλάδα",
                "日本",
                "Москва"
            ]
        );
        assert!(t[4].has(ALLCAPS) && t[4].has(DIGIT) && !t[5].has(IDEOGRAPHIC));
    }

    #[test]
    fn a_name_after_an_elided_article_is_a_word_of_its_own() {
        let text = "L'Algérie a rouvert l'ambassade d'Espagne, dell'Alto Atlante e O'Brien";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            vec!["L", "Algérie", "a", "rouvert", "l", "d", "Espagne", "dell", "Alto", "Atlante", "e", "O'Brien"]
        );
        assert!(!t[1].has(APOS) && t[4].has(APOS), "a common word after `l'` stays the suffix it was");
        assert!(t[6].has(JOINED) && t[8].has(JOINED), "joined to the article, as in `Fratelli d'Italia`");
    }

    #[test]
    fn a_club_the_word_lists_rank_low_stays_a_name_after_an_elided_article() {
        // `inter` is among Italian's 5,000 frequent words only as the club's name
        let text = "Ieri l'Inter ha vinto e il ministro dell'Economia ha parlato.";
        let (_, mut t) = toks(text);
        let it = crate::lang::profile_of_code("it").expect("Italian profile");
        lower_common_words_after_elision(text, &mut t, it);
        let flags_of = |w: &str| t.iter().find(|t| &text[t.start..t.end] == w).map(|t| t.flags).unwrap_or(0);
        assert!(flags_of("Inter") & CAP != 0, "the club stays a name");
        assert!(flags_of("Economia") & LOWER != 0, "the office's noun is lower case again");
    }

    #[test]
    fn a_common_noun_after_an_elided_article_is_no_name() {
        let text = "Le ministre de l'Intérieur voit l'Union européenne, l'Élysée, l'État, l'Amérique en Amérique.";
        let (_, mut t) = toks(text);
        let fr = crate::lang::profile_of_code("fr").expect("French profile");
        lower_common_words_after_elision(text, &mut t, fr);
        let flags_of = |w: &str| t.iter().find(|t| &text[t.start..t.end] == w).map(|t| t.flags).unwrap_or(0);
        assert!(flags_of("Intérieur") & LOWER != 0 && flags_of("État") & LOWER != 0, "common nouns");
        assert!(flags_of("Union") & CAP != 0, "the head of `Union européenne` stays");
        assert!(flags_of("Élysée") & CAP != 0, "no common word");
        assert!(t.iter().filter(|t| &text[t.start..t.end] == "Amérique").all(|t| t.flags & CAP != 0), "a name here");
    }

    #[test]
    fn turkish_apostrophe_ends_the_word_and_the_suffix_is_not_a_token() {
        let text = "Kuzey Kore'nin ve Rusya’nın";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, vec!["Kuzey", "Kore", "ve", "Rusya"]);
        assert!(t[1].has(APOS) && t[3].has(APOS));
        assert!(t[1].has(JOINED));
        assert!(!t[2].has(JOINED), "a suffix ends the run of name words");
    }

    #[test]
    fn persian_ezafe_hamza_and_arabic_hamza_marks_are_optional_in_keys() {
        // CLDR's `کرهٔ شمالی` is the press's `کره شمالی`; `خانۀ` is `خانه` with the ezafe
        let key = |w: &str| {
            let mut k = String::new();
            push_key(w, UNCASED, &mut k);
            k
        };
        assert_eq!(key("کرهٔ"), key("کره"));
        assert_eq!(key("خانۀ"), key("خانه"));
        assert_eq!(key("هٰذا"), key("هذا"));
    }

    #[test]
    fn a_hebrew_abbreviations_geresh_keeps_the_name_after_it_joined() {
        // Prof. Michael Levitt
        let text = "ופרופ' מייקל לויט זכה.";
        let (_, t) = toks(text);
        assert_eq!(&text[t[0].start..t[0].end], "ופרופ");
        assert!(t[1].has(JOINED), "{t:?}");
    }

    #[test]
    fn a_hebrew_geresh_is_part_of_the_word() {
        let text = "עזיז אח'נוש ו-ג'ו ביידן";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert!(words.contains(&"אח'נוש"), "{words:?}");
        assert!(t.iter().all(|t| !t.has(APOS)), "{words:?}");
    }

    #[test]
    fn a_hebrew_geresh_at_the_words_end_is_part_of_the_word() {
        let text = "בצלאל סמוטריץ' אמר, ובקיימברידג׳ ציטטו את 'הדוח' ואת ראש הממשלה";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert!(words.contains(&"סמוטריץ'") && words.contains(&"ובקיימברידג׳"), "{words:?}");
        assert!(words.contains(&"הדוח"), "a closing quote after another letter stays out: {words:?}");
    }

    #[test]
    fn an_irish_or_italian_surnames_apostrophe_is_inside_the_word() {
        let text = "Michael O'Leary met Adam D’Angelo in O'Hare's lounge; O'nun";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, vec!["Michael", "O'Leary", "met", "Adam", "D’Angelo", "in", "O'Hare", "lounge", "O"]);
        assert!(!t[1].has(APOS) && t[6].has(APOS) && t[8].has(APOS));
    }

    #[test]
    fn cyrillic_greek_apostrophe_inside_word_is_no_suffix() {
        let text = "Адам Д'Анджело у В'єтнамі, Об’єднані; Άνταμ Ντ'Άντζελο, Facebook'а";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, vec!["Адам", "Д'Анджело", "у", "В'єтнамі", "Об’єднані", "Άνταμ", "Ντ'Άντζελο", "Facebook"]);
        assert!(t[..7].iter().all(|t| !t.has(APOS)), "no suffix cut off");
        assert!(t[7].has(APOS), "a Latin word's Cyrillic suffix is still a suffix");
    }

    #[test]
    fn title_case_headlines_are_flagged_but_body_text_is_not() {
        let (_, t) = toks(
            "Kishida And Biden Pledge Closer Defence Ties\nJapanese Prime Minister Fumio Kishida met reporters in the capital.",
        );
        assert!(t[..7].iter().all(|t| t.has(TITLE_LINE)));
        assert!(t[7..].iter().all(|t| !t.has(TITLE_LINE)));
    }

    #[test]
    fn english_possessive_is_cut_like_a_turkish_suffix() {
        let text = "Russia's role";
        let (_, t) = toks(text);
        assert_eq!(&text[t[0].start..t[0].end], "Russia");
        assert_eq!(t[0].suffix_end, 8);
    }

    #[test]
    fn two_byte_letters_count_for_case_as_the_general_path_counts_them() {
        let text = "ΕΛΛΑΔΑ Ελλάδα МОСКВА Москва ÇAĞ Çağ Straße ŁÓDŹ";
        let (_, t) = toks(text);
        let allcaps: Vec<bool> = t.iter().map(|t| t.has(ALLCAPS)).collect();
        assert_eq!(allcaps, [true, false, true, false, true, false, false, true]);
        assert!(t.iter().all(|t| t.has(CAP)));
        assert_eq!(t.len(), 8);
    }

    #[test]
    fn hyphenated_names_stay_one_token() {
        let text = "Ri Son-gwon and Asya-Pasifik";
        let (_, t) = toks(text);
        assert_eq!(&text[t[1].start..t[1].end], "Son-gwon");
        assert_eq!(&text[t[3].start..t[3].end], "Asya-Pasifik");
    }

    #[test]
    fn initialisms_are_one_token_and_do_not_end_the_sentence() {
        let text = "The U.S. President met U.N. staff.";
        let (_, t) = toks(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, vec!["The", "U.S.", "President", "met", "U.N.", "staff"]);
        assert!(!t[2].has(SENT));
        assert!(t[1].has(ALLCAPS));
    }

    #[test]
    fn a_letter_after_a_common_noun_ends_the_sentence_at_its_dot() {
        let it = crate::lang::profile_of_code("it").expect("it");
        let text = "Il Napoli ha vinto la Serie A. Scott McTominay ha segnato. Il presidente John F. Kennedy parla.";
        let (_, mut t) = toks(text);
        letter_after_common_noun_ends_sentence(text, &mut t, it);
        let scott = t.iter().position(|t| &text[t.start..t.end] == "Scott").expect("Scott");
        assert!(t[scott].has(SENT) && !t[scott].has(JOINED), "the series letter's dot ends the sentence");
        let kennedy = t.iter().position(|t| &text[t.start..t.end] == "Kennedy").expect("Kennedy");
        assert!(!t[kennedy].has(SENT) && t[kennedy].has(JOINED), "an initial after a given name");
        let ru = crate::lang::profile_of_code("ru").expect("ru");
        let text = "Вчера Президент В. Путин провёл встречу.";
        let (_, mut t) = toks(text);
        letter_after_common_noun_ends_sentence(text, &mut t, ru);
        let putin = t.iter().position(|t| &text[t.start..t.end] == "Путин").expect("Путин");
        assert!(!t[putin].has(SENT) && t[putin].has(JOINED), "an initial after a title");
    }

    #[test]
    fn initials_and_title_abbreviations_do_not_end_sentences() {
        let text = "John F. Kennedy met Mr. Smith and В. Путин.";
        let (_, t) = toks(text);
        let kennedy = t.iter().position(|t| &text[t.start..t.end] == "Kennedy").expect("Kennedy");
        assert!(!t[kennedy].has(SENT) && t[kennedy].has(JOINED));
        let smith = t.iter().position(|t| &text[t.start..t.end] == "Smith").expect("Smith");
        assert!(!t[smith].has(SENT));
        let putin = t.iter().position(|t| &text[t.start..t.end] == "Путин").expect("Путин");
        assert!(!t[putin].has(SENT) && t[putin].has(JOINED));
    }

    #[test]
    fn devanagari_marks_stay_inside_words() {
        let text = "व्लादिमीर पुतिन ने कहा।";
        let (_, t) = toks(text);
        assert_eq!(t.len(), 4);
        assert_eq!(&text[t[0].start..t[0].end], "व्लादिमीर");
        assert!(t[0].has(DEVA));
    }

    #[test]
    fn sentence_starts_and_punctuation_break_joins() {
        let (_, t) = toks("Lavrov, Putin. Kim Jong");
        assert!(t[0].has(SENT));
        assert!(!t[1].has(SENT) && !t[1].has(JOINED));
        assert!(t[2].has(SENT));
        assert!(t[3].has(JOINED));
    }
}
