//! Language profiles: everything korpus knows about one language, in one
//! place. The rules of the recogniser, the linker and the related-articles
//! ranking ask the profile (does this language capitalise every noun? which
//! words are titles? how is `j` pronounced?) and never match on a language
//! code in the middle of a rule.
//!
//! A profile is a small static record (scripts, casing, segmentation, writing
//! direction, orthography, a few grammatical facts) plus data files in
//! `data/lang/`: `<code>.tsv`, cue words written by hand, and
//! `<code>.gen.tsv`, months and stop words generated from registry data by
//! `scripts/build_lang_data.py`. The data is compiled in and parsed the first
//! time it is asked for. Adding a language = a profile here + its data + a
//! test set (README, "Adding a language").

// Fx hashing: the word lists are only looked up (never iterated into output), per word of every article
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::entities::strtable::StrSet;
use std::sync::OnceLock;

use super::Script;

/// How a language uses capital letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    /// Capitals mark names and sentence starts (English, Russian, Turkish...).
    NamesOnly,
    /// Every noun is capitalised (German): a capital proves little on its own.
    EveryNoun,
    /// The script has no capitals (Arabic, Hebrew, Devanagari, Han, kana).
    Uncased,
}

/// How words are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segmentation {
    /// Spaces and punctuation separate words.
    Spaces,
    /// No spaces between words (Chinese, Japanese): a dictionary segments.
    Dictionary,
}

/// Writing direction of the language's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// How the letters of a Latin-script (or transliterated) word sound, for the
/// shared phonetic key: the same sound must get the same key in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orthography {
    /// English and most others: `j` = dž, `c` = k/s.
    English,
    /// Turkish: `c` = dž, `ç` = č, `j` = ž.
    Turkish,
    /// Serbian/Croatian (and Polish `j`): `j` = y, `č/ć/dž/đ` = affricates.
    SouthSlavic,
    /// German: as English, but a `j` that ends a word after a vowel is the
    /// glide y of its transliterations (`Selenskyj`, `Sergej`).
    German,
}

/// What a lone capitalised word of unknown kind most likely is when nothing
/// else says (people are introduced by full name in news).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoneWord {
    /// The English press writes agencies and companies this way (`Reuters`).
    Organisation,
    /// Elsewhere, a bare unknown word is mostly a town or region.
    Place,
}

/// One language: its static facts and (through [`Profile::data`]) its word lists.
#[derive(Debug)]
pub struct Profile {
    /// Position in [`PROFILES`]; [`OTHER`] is last.
    pub index: usize,
    /// ISO 639-1 code (`und` for the fallback profile).
    pub code: &'static str,
    /// English name of the language.
    pub name: &'static str,
    /// Scripts the language is written in, the usual first.
    pub scripts: &'static [Script],
    pub casing: Casing,
    pub segmentation: Segmentation,
    pub direction: Direction,
    pub orthography: Orthography,
    /// Names change their ending with their grammatical case (`Лавров`,
    /// `Лаврова`), so a stem match is still the name. English and Turkish
    /// names never do (Turkish suffixes follow an apostrophe).
    pub names_inflect: bool,
    /// Case suffixes follow an apostrophe (Turkish `Moskova'da`): the suffix
    /// says what the name is (`-da` = in, so a place).
    pub apostrophe_suffixes: bool,
    /// Organisation and place heads follow capitalised adjectives in lower
    /// case (`Липецкая область`, `Vrhovnog izbornog saveta`).
    pub heads_after_adjectives: bool,
    /// Names are shown in their nominative: consonant case endings are cut
    /// from the display form (`Kozlovom` → `Kozlov`).
    pub display_lemma: bool,
    /// Adjectives may end in any vowel (Serbian `Vrhovna`, `Klinički`), so a
    /// capitalised word before a lower-case head may be one.
    pub vowel_adjectives: bool,
    pub lone_word: LoneWord,
    /// How close the language's spelling of foreign names is to the English
    /// one: the display name of an entity comes from the highest rank.
    pub display_rank: u8,
    hand_data: &'static str,
    generated_data: &'static str,
}

impl Profile {
    /// The language's word lists, parsed on first use.
    pub fn data(&self) -> &'static LanguageData {
        static DATA: [OnceLock<LanguageData>; PROFILE_COUNT] = [const { OnceLock::new() }; PROFILE_COUNT];
        DATA[self.index].get_or_init(|| LanguageData::parse(&[self.hand_data, self.generated_data]))
    }

    /// Is `word` (any case) a word clubs are named with (the `clubhead` class:
    /// `FC`, `Real`, `ФК`, `ריאל`)? The one answer for every rule that reads a
    /// club's head word: spans (Arabic `ريال مدريد`) and types (`FC Bayern`).
    pub fn is_club_head(&self, word: &str) -> bool {
        self.data().folds_into_class("clubhead", word)
    }

    /// [`Profile::is_club_head`] of `word` or of the rest of it behind one of the
    /// language's proclitics (`ובהפועל`, and in Hapoel).
    pub fn is_club_head_behind_proclitic(&self, word: &str) -> bool {
        self.data().folds_into_class_behind_proclitic("clubhead", word)
    }

    /// Is this (any case) word one of the language's stop words? Rows of
    /// evidence made only of stop words explain nothing.
    pub fn is_stop_word(&self, word: &str) -> bool {
        // asked of most name words: an ASCII word is lower-cased on the stack, not in a new String
        // a word of scripts without case (Hebrew to Devanagari, kana, Han) is its own lower case
        if !word.is_ascii()
            && word.chars().all(|c| matches!(c as u32, 0x590..=0x97f | 0x3040..=0x30ff | 0x4e00..=0x9fff))
        {
            return self.data().stop.contains(word);
        }
        let mut ascii = [0u8; 24];
        if word.is_ascii() && word.len() <= ascii.len() {
            let lower = &mut ascii[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|lower| self.data().stop.contains(lower));
        }
        let mut lower = [0u8; 64];
        if let Some(lower) = super::lowercase_on_stack(word, &mut lower) {
            return self.data().stop.contains(lower);
        }
        self.data().stop.contains(&word.to_lowercase())
    }

    /// The month (1–12) a word names in this language, in any of its forms
    /// (`февраля`, `फ़रवरी`, `februara`).
    pub fn month(&self, folded: &str) -> Option<u8> {
        let data = self.data();
        if let Some(&m) = data.month_forms.get(folded) {
            return Some(m);
        }
        if !self.names_inflect {
            return None;
        }
        // inflected months (`январе`, `novembru`): a form's stem plus a short ending
        data.month_stems
            .iter()
            .find(|(stem, _)| folded.starts_with(stem.as_str()) && folded.len() <= stem.len() + 8)
            .filter(|(stem, _)| folded[stem.len()..].chars().count() <= 3)
            .map(|&(_, m)| m)
    }

    /// An organisation's name opens with its head word, and its modifiers and
    /// complements follow it capitalised (`Partido Liberal Democrático`,
    /// `Ministerio del Interior`, `Servicio Geológico de Estados Unidos`).
    pub fn names_open_with_heads(&self) -> bool {
        NAMES_OPEN_WITH_HEADS.contains(&self.code)
    }

    /// Final consonants of a stem softened before the locative's ending, with
    /// the consonant the name itself ends in, in the Latin reading without final
    /// vowels (Polish `Narze` of `Nara`, `Yamagacie` of `Yamagata`, `Pradze` of
    /// `Praga`; Serbian `Africi` of `Afrika`), tried in order; and the locative
    /// ending of a place named in the plural, cut (Polish `Indiach` of `Indie`).
    pub fn locative_hardenings(&self) -> &'static [(&'static str, &'static str)] {
        match self.code {
            "pl" => &[("rz", "r"), ("c", "t"), ("c", "k"), ("dz", "d"), ("dz", "g"), ("ach", "")],
            "sr" => &[("c", "k")],
            _ => &[],
        }
    }

    /// Endings a foreign name ending in a vowel takes when the language
    /// declines it as an adjective, with the vowel the name itself ends in
    /// (Polish `Abego`, `Abemu` of `Abe`; `Yamagamiego` of `Yamagami`), tried in order.
    pub fn adjectival_name_endings(&self) -> &'static [(&'static str, &'static str)] {
        match self.code {
            "pl" => &[("iego", "i"), ("yego", "y"), ("ego", "e"), ("iemu", "i"), ("yemu", "y"), ("emu", "e")],
            "de" => &[("s", "")], // the genitive of a name (`die Rückkehr Altmans`, Altman's return)
            // possessive adjectives of a name (`Abeov naslednik`, `Vučićeva vlada`), longest first
            "sr" => &[
                ("ovog", ""),
                ("ovom", ""),
                ("ovoj", ""),
                ("ovih", ""),
                ("ovim", ""),
                ("evog", ""),
                ("evom", ""),
                ("evoj", ""),
                ("evih", ""),
                ("evim", ""),
                ("овог", ""),
                ("овом", ""),
                ("овој", ""),
                ("ових", ""),
                ("овим", ""),
                ("евог", ""),
                ("евом", ""),
                ("евој", ""),
                ("евих", ""),
                ("евим", ""),
                ("ova", ""),
                ("ove", ""),
                ("ovu", ""),
                ("ovi", ""),
                ("eva", ""),
                ("eve", ""),
                ("evu", ""),
                ("evi", ""),
                ("ова", ""),
                ("ове", ""),
                ("ову", ""),
                ("ови", ""),
                ("ева", ""),
                ("еве", ""),
                ("еву", ""),
                ("еви", ""),
                ("ov", ""),
                ("ev", ""),
                ("ов", ""),
                ("ев", ""),
            ],
            _ => &[],
        }
    }

    pub fn is_right_to_left(&self) -> bool {
        self.direction == Direction::RightToLeft
    }

    /// Is this capitalised word (lower-cased) a common word of a language that
    /// capitalises every noun: the word itself, or the last part of a compound
    /// (`Nachrichtenagentur` ends in `agentur`)?
    pub fn is_common_word(&self, lower: &str) -> bool {
        let common = &self.data().common;
        if common.is_empty() {
            return false;
        }
        // the lists (wordfreq) write `ß` as `ss`: `Fuß` is `fuss` there
        if lower.contains('ß') {
            return self.is_common_word(&lower.replace('ß', "ss"));
        }
        if common.contains(lower) {
            return true;
        }
        // compounds: a tail of four or more letters after a head of three or more
        let chars: Vec<(usize, char)> = lower.char_indices().collect();
        chars.len() >= 8 && (3..=chars.len() - 4).any(|k| common.contains(&lower[chars[k].0..]))
    }

    /// [`Profile::is_common_word`], or a common word with a genitive or plural
    /// ending the lists leave out (`Pegels` of `Pegel`, `Gebets` of `Gebet`).
    pub fn is_common_word_form(&self, lower: &str) -> bool {
        self.is_common_word(lower)
            || ["es", "s", "en", "n"].iter().any(|end| {
                lower.strip_suffix(end).is_some_and(|stem| stem.chars().count() >= 4 && self.is_common_word(stem))
            })
    }

    /// Is this (lower-case) capitalised word an inflected adjective of a language that
    /// capitalises every noun (`Deutsche`, `Europäischen`, `Islamischer`: names' words,
    /// since such a language writes its adjectives in lower case), rather than a noun
    /// (`Behörde`, `Menschen`)? Its stem is a frequent word, and so are at least three of
    /// the stem's five adjective forms (-e -en -er -es -em): a noun has one or two at most
    /// (`Mensch`, `Menschen`).
    pub fn is_adjective_form(&self, lower: &str) -> bool {
        const ENDINGS: [&str; 5] = ["e", "en", "er", "es", "em"];
        let common = &self.data().common;
        let folded;
        let lower = if lower.contains('ß') {
            folded = lower.replace('ß', "ss");
            folded.as_str()
        } else {
            lower
        };
        ENDINGS.iter().any(|end| {
            lower.strip_suffix(end).is_some_and(|stem| {
                stem.chars().count() >= 4
                    && common.contains(stem)
                    && ENDINGS.iter().filter(|e| common.contains(&format!("{stem}{e}"))).count() >= 3
            })
        })
    }

    /// Does the language write this script?
    pub fn writes(&self, script: Script) -> bool {
        self.scripts.contains(&script)
    }
}

/// The Romance languages and Greek: see [`Profile::names_open_with_heads`].
const NAMES_OPEN_WITH_HEADS: &[&str] = &["fr", "es", "it", "pt", "el"];

/// The words of one class folded ([`LanguageData::in_folded_class`]), and the length in
/// bytes of the longest of them ([`LanguageData::folds_into_class`]).
#[derive(Debug, Default)]
struct FoldedClass {
    words: HashSet<String>,
    longest: usize,
}

/// An ASCII text up to this many bytes is folded on the stack by [`LanguageData::folds_into_class`].
const ASCII_FOLD_BYTES: usize = 64;

/// Chars from U+0080 below this (Latin to Devanagari) are looked up in [`folds_to_itself`]'s table.
const SELF_FOLDING_END: u32 = 0x980;

/// Does [`fold_char`](super::fold_char) fold `c` into `c` itself? By a table worked out
/// once from `fold_char`, for the chars beyond ASCII below [`SELF_FOLDING_END`]; no for
/// ASCII (folded byte by byte apart) and for the chars beyond (folded as before).
fn folds_to_itself(c: char) -> bool {
    static TABLE: OnceLock<Box<[bool]>> = OnceLock::new();
    let code = c as u32;
    if !(0x80..SELF_FOLDING_END).contains(&code) {
        return false;
    }
    let table = TABLE.get_or_init(|| {
        let mut folded = String::new();
        (0..SELF_FOLDING_END)
            .map(|code| {
                let Some(c) = char::from_u32(code).filter(|_| code >= 0x80) else { return false };
                folded.clear();
                super::fold_char(c, &mut folded);
                folded.chars().eq(std::iter::once(c))
            })
            .collect()
    });
    table.get(code as usize).copied().unwrap_or(false)
}

/// Chars of a proclitic [`LanguageData::folds_into_class_behind_proclitic`] finds the
/// rest behind in the word's fold (the data files' proclitics have one to three).
const PROCLITIC_CHARS: usize = 8;

thread_local! {
    /// The text [`LanguageData::folds_into_class`] folds, kept for the next question.
    static FOLD_BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The word lists of one language.
#[derive(Debug, Default)]
pub struct LanguageData {
    /// Cue words by class (`title`, `orghead`, ...), as written in the data file.
    pub classes: Vec<(String, Vec<String>)>,
    /// Per class name, the rows of `classes` with that name, in order ([`LanguageData::words`]).
    rows_of_class: HashMap<String, Vec<usize>>,
    /// Folded month forms → month number.
    month_forms: HashMap<String, u8>,
    /// Stems shared by a month's forms, for inflected forms no source lists.
    month_stems: Vec<(String, u8)>,
    /// Lower-case stop words.
    stop: StrSet,
    /// The most frequent function words (short-text language detection).
    pub frequent: StrSet,
    /// Frequent words, lower case (languages that capitalise every noun): a
    /// capitalised one is a noun unless other evidence makes it a name.
    pub common: StrSet,
    /// Frequent words: Hindi (Zipf 4.5 or more), two together are a phrase, not a name;
    /// Arabic, Persian, Hebrew (Zipf 4.0 or more, less every name the sources know), a
    /// proclitic written onto one, or one as a name's third word, is no name.
    pub often: StrSet,
    /// The most frequent words (Zipf 6.0 or more): never part of a name found without a cue.
    pub most_often: StrSet,
    /// Frequent given names in the language's own script (scripts without capitals): one
    /// begins a person's name when a word that can be a name follows it.
    pub given: StrSet,
    /// Endings a name takes without an apostrophe (German genitive `-s`).
    pub name_suffixes: Vec<String>,
    /// Starts of place-type words that carry their own case suffixes (Turkish `ilçe`).
    pub loc_head_prefixes: Vec<String>,
    /// Words written attached to the next one (Arabic `و`, Hebrew `ב`), longest first.
    pub proclitics: Vec<String>,
    /// The definite article where it is written attached (Arabic `ال`, Hebrew `ה`).
    pub articles: Vec<String>,
    /// Per class name, its words folded by [`fold_str`](super::fold_str), built the first time
    /// a rule asks ([`LanguageData::in_folded_class`]): the rules ask it per word of an article.
    folded_classes: OnceLock<HashMap<String, FoldedClass>>,
    /// Per class name, its words as written, built the first time a rule asks
    /// ([`LanguageData::in_class`]): a set, where comparing the word with each of the
    /// class's was an eighth of an Arabic build.
    class_sets: OnceLock<HashMap<String, HashSet<String>>>,
    /// Per class name, its words as written, alone and behind each proclitic, each class's
    /// set built the first time a rule asks ([`LanguageData::in_class_behind_proclitic`]):
    /// stripping every proclitic and asking [`LanguageData::in_class`] of the rest was a
    /// seventh of a Hebrew build.
    proclitic_class_sets: OnceLock<HashMap<String, OnceLock<HashSet<String>>>>,
    /// Per class name, its words folded by [`fold_str`](super::fold_str) in the order of
    /// [`LanguageData::words`], built the first time a rule asks ([`LanguageData::folded_words`]).
    folded_lists: OnceLock<HashMap<String, Vec<String>>>,
}

impl LanguageData {
    fn parse(sources: &[&str]) -> LanguageData {
        let mut data = LanguageData::default();
        for source in sources {
            for line in source.lines() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let mut cols = line.splitn(2, '\t');
                let (Some(class), Some(rest)) = (cols.next(), cols.next()) else { continue };
                match class {
                    "month" => data.add_month(rest),
                    "stop" => data.stop.extend(rest.split_whitespace().map(str::to_lowercase)),
                    "frequent" => data.frequent.extend(rest.split_whitespace().map(str::to_lowercase)),
                    "common" => data.common.extend(rest.split_whitespace().map(str::to_lowercase)),
                    "often" => data.often.extend(rest.split_whitespace().map(str::to_owned)),
                    "mostoften" => data.most_often.extend(rest.split_whitespace().map(str::to_owned)),
                    "given" => data.given.extend(rest.split_whitespace().map(str::to_owned)),
                    // foreign given names: given names, and a class of their own for the rules that
                    // tell them from the region's (a foreign one is no noun of the language)
                    "foreigngiven" => {
                        data.given.extend(rest.split_whitespace().map(str::to_owned));
                        data.classes.push((class.to_owned(), rest.split_whitespace().map(str::to_owned).collect()));
                    }
                    // asked for per word: kept apart from the cue classes, so no class name is compared
                    "namesuffix" => data.name_suffixes.extend(rest.split_whitespace().map(str::to_owned)),
                    "locheadprefix" => data.loc_head_prefixes.extend(rest.split_whitespace().map(str::to_owned)),
                    "proclitic" => data.proclitics.extend(rest.split_whitespace().map(str::to_owned)),
                    "article" => data.articles.extend(rest.split_whitespace().map(str::to_owned)),
                    _ => data.classes.push((class.to_owned(), rest.split_whitespace().map(str::to_owned).collect())),
                }
            }
        }
        data.month_stems.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        // kept for the whole process: the word lists' keys one after another, each once
        let lists = [
            &mut data.stop,
            &mut data.frequent,
            &mut data.common,
            &mut data.often,
            &mut data.most_often,
            &mut data.given,
        ];
        for words in lists {
            words.shrink_to_fit();
        }
        for (row, (class, _)) in data.classes.iter().enumerate() {
            data.rows_of_class.entry(class.clone()).or_default().push(row);
        }
        data
    }

    /// `N<TAB>form|form`: every form, and the common stem of the forms when it
    /// is long enough to say nothing else (`феврал`, not `ма`).
    fn add_month(&mut self, rest: &str) {
        let mut cols = rest.splitn(2, '\t');
        let (Some(n), Some(forms)) = (cols.next(), cols.next()) else { return };
        let Ok(n) = n.trim().parse::<u8>() else { return };
        let folded: Vec<String> =
            forms.split('|').map(str::trim).filter(|f| !f.is_empty()).map(|f| super::fold_for_search(f).text).collect();
        for f in &folded {
            self.month_forms.insert(f.clone(), n);
        }
        if let Some(first) = folded.first() {
            let mut stem: Vec<char> = first.chars().collect();
            for f in &folded[1..] {
                let common = stem.iter().zip(f.chars()).take_while(|(a, b)| **a == *b).count();
                stem.truncate(common);
            }
            if stem.len() >= 4 {
                let stem: String = stem.into_iter().collect();
                if !self.month_stems.iter().any(|(s, m)| *s == stem && *m == n) {
                    self.month_stems.push((stem, n));
                }
            }
        }
    }

    /// The words of one class.
    pub fn words(&self, class: &str) -> impl Iterator<Item = &str> {
        // by the index of rows: the rules ask for a class per word, and comparing every row's
        // class name was a tenth of a Hebrew build
        let rows = self.rows_of_class.get(class).map_or(&[][..], Vec::as_slice);
        rows.iter().flat_map(|&row| self.classes[row].1.iter().map(String::as_str))
    }

    /// Is `folded` (a word folded by [`fold_str`](super::fold_str)) one of the
    /// words of `class`, folded the same way? The class's folded set is built
    /// once per language, for all classes at once.
    pub fn in_folded_class(&self, class: &str, folded: &str) -> bool {
        self.folded_class(class).is_some_and(|set| set.words.contains(folded))
    }

    /// The folded words of `class` ([`LanguageData::in_folded_class`]), built once per language.
    fn folded_class(&self, class: &str) -> Option<&FoldedClass> {
        let sets = self.folded_classes.get_or_init(|| {
            let mut sets: HashMap<String, FoldedClass> = HashMap::default();
            for (class, words) in &self.classes {
                let set = sets.entry(class.clone()).or_default();
                for folded in words.iter().map(|w| super::fold_str(w)) {
                    set.longest = set.longest.max(folded.len());
                    set.words.insert(folded);
                }
            }
            sets
        });
        sets.get(class)
    }

    /// Is `text`, folded by [`fold_str`](super::fold_str), one of the words of `class`
    /// folded the same way? [`LanguageData::in_folded_class`] of `fold_str(text)`, without a
    /// new `String` per question, and folding no further than the class's longest word:
    /// folding only appends, so a text folded past that length is none of its words (the
    /// text between two names may be a paragraph).
    pub fn folds_into_class(&self, class: &str, text: &str) -> bool {
        let Some(set) = self.folded_class(class) else { return false };
        if text.is_ascii() {
            // ASCII folds byte for byte (lower case, the backtick an apostrophe)
            if text.len() > set.longest {
                return false;
            }
            let mut folded = [0u8; ASCII_FOLD_BYTES];
            if let Some(folded) = folded.get_mut(..text.len()) {
                for (out, &byte) in folded.iter_mut().zip(text.as_bytes()) {
                    *out = if byte == b'`' { b'\'' } else { byte.to_ascii_lowercase() };
                }
                return std::str::from_utf8(folded).is_ok_and(|folded| set.words.contains(folded));
            }
        }
        // a text of chars that fold to themselves (Hebrew, Arabic, Devanagari letters) is its own fold
        if text.chars().all(folds_to_itself) {
            return text.len() <= set.longest && set.words.contains(text);
        }
        FOLD_BUFFER.with(|buffer| {
            let Ok(mut folded) = buffer.try_borrow_mut() else {
                return set.words.contains(super::fold_str(text).as_str());
            };
            folded.clear();
            for c in text.chars() {
                super::fold_char(c, &mut folded);
                if folded.len() > set.longest {
                    return false;
                }
            }
            set.words.contains(folded.as_str())
        })
    }

    /// [`LanguageData::folds_into_class`] of `word`, or of the rest of it behind any of the
    /// language's proclitics, folding the word once: chars fold one by one, so the rest's
    /// fold is the end of the word's (folding each rest anew was a twentieth of a Hebrew build).
    pub fn folds_into_class_behind_proclitic(&self, class: &str, word: &str) -> bool {
        let Some(set) = self.folded_class(class) else { return false };
        let each_rest = || {
            self.folds_into_class(class, word)
                || self
                    .proclitics
                    .iter()
                    .any(|p| word.strip_prefix(p.as_str()).is_some_and(|rest| self.folds_into_class(class, rest)))
        };
        FOLD_BUFFER.with(|buffer| {
            let Ok(mut folded) = buffer.try_borrow_mut() else { return each_rest() };
            folded.clear();
            // where the fold of the rest after each of the word's first chars begins: (word byte, fold byte)
            let mut rest_starts = [(0usize, 0usize); PROCLITIC_CHARS];
            let mut recorded = 0;
            for (k, (at, c)) in word.char_indices().enumerate() {
                if let Some(slot) = rest_starts.get_mut(k) {
                    *slot = (at, folded.len());
                    recorded = k + 1;
                }
                super::fold_char(c, &mut folded);
            }
            let fold_of_rest =
                |bytes: usize| rest_starts[..recorded].iter().find(|&&(at, _)| at == bytes).map(|&(_, from)| from);
            set.words.contains(folded.as_str())
                || self.proclitics.iter().any(|p| {
                    word.strip_prefix(p.as_str()).is_some_and(|rest| match fold_of_rest(p.len()) {
                        Some(from) => folded.get(from..).is_some_and(|f| set.words.contains(f)),
                        // a rest that is empty, or behind a proclitic longer than any the data files list
                        None => self.folds_into_class(class, rest),
                    })
                })
        })
    }

    /// Is `word` one of the words of `class`, as written (`words(class).any(|w| w == word)`,
    /// by one lookup)?
    pub fn in_class(&self, class: &str, word: &str) -> bool {
        let sets = self.class_sets.get_or_init(|| {
            let mut sets: HashMap<String, HashSet<String>> = HashMap::default();
            for (class, words) in &self.classes {
                sets.entry(class.clone()).or_default().extend(words.iter().cloned());
            }
            sets
        });
        sets.get(class).is_some_and(|set| set.contains(word))
    }

    /// Is `word` one of the words of `class` as written, or one written behind one of the
    /// language's proclitics (`ובמשרד` is `משרד` behind `וב`)? `in_class(class, word) ||
    /// proclitics.any(|p| word.strip_prefix(p).is_some_and(|rest| in_class(class, rest)))`
    /// by one lookup: `word` is the proclitic and the class's word together.
    pub fn in_class_behind_proclitic(&self, class: &str, word: &str) -> bool {
        let sets = self
            .proclitic_class_sets
            .get_or_init(|| self.classes.iter().map(|(class, _)| (class.clone(), OnceLock::new())).collect());
        let Some(set) = sets.get(class) else { return false };
        let set = set.get_or_init(|| {
            let mut set = HashSet::default();
            for word in self.words(class) {
                set.insert(word.to_owned());
                set.extend(self.proclitics.iter().map(|proclitic| format!("{proclitic}{word}")));
            }
            set
        });
        set.contains(word)
    }

    /// The words of `class` folded by [`fold_str`](super::fold_str), in the order of
    /// [`LanguageData::words`]: folded once per language, not once per word a rule reads.
    pub fn folded_words(&self, class: &str) -> &[String] {
        let lists = self.folded_lists.get_or_init(|| {
            let mut lists: HashMap<String, Vec<String>> = HashMap::default();
            for (class, _) in &self.classes {
                if !lists.contains_key(class) {
                    lists.insert(class.clone(), self.words(class).map(super::fold_str).collect());
                }
            }
            lists
        });
        lists.get(class).map_or(&[], Vec::as_slice)
    }

    /// Whether `word` ends with one of the class's endings and keeps at least
    /// `stem_letters` letters before it (an ending alone, or on a short word, is no evidence).
    pub fn ends_with_class(&self, class: &str, word: &str, stem_letters: usize) -> bool {
        let letters = word.chars().count();
        self.words(class).any(|end| word.ends_with(end) && letters >= end.chars().count() + stem_letters)
    }
}

/// Profiles of the 19 languages, then the fallback.
pub const PROFILE_COUNT: usize = 20;

macro_rules! data {
    ($code:literal) => {
        (
            include_str!(concat!("../../data/lang/", $code, ".tsv")),
            include_str!(concat!("../../data/lang/", $code, ".gen.tsv")),
        )
    };
}

const LATIN: &[Script] = &[Script::Latin];
const CYRILLIC: &[Script] = &[Script::Cyrillic];

#[allow(clippy::too_many_arguments)]
const fn profile(
    index: usize,
    code: &'static str,
    name: &'static str,
    scripts: &'static [Script],
    casing: Casing,
    orthography: Orthography,
    (names_inflect, apostrophe_suffixes, heads_after_adjectives, display_lemma): (bool, bool, bool, bool),
    lone_word: LoneWord,
    display_rank: u8,
    (hand_data, generated_data): (&'static str, &'static str),
) -> Profile {
    let segmentation = match scripts[0] {
        Script::Han | Script::Kana => Segmentation::Dictionary,
        _ => Segmentation::Spaces,
    };
    let direction = match scripts[0] {
        Script::Arabic | Script::Hebrew => Direction::RightToLeft,
        _ => Direction::LeftToRight,
    };
    Profile {
        index,
        code,
        name,
        scripts,
        casing,
        segmentation,
        direction,
        orthography,
        names_inflect,
        apostrophe_suffixes,
        heads_after_adjectives,
        display_lemma,
        vowel_adjectives: heads_after_adjectives && matches!(orthography, Orthography::SouthSlavic),
        lone_word,
        display_rank,
        hand_data,
        generated_data,
    }
}

use Casing::*;
use LoneWord::{Organisation, Place};
use Orthography as O;

/// The languages korpus has profiles for, in a fixed order (their `index`).
pub static PROFILES: [Profile; PROFILE_COUNT] = [
    profile(
        0,
        "en",
        "English",
        LATIN,
        NamesOnly,
        O::English,
        (false, false, false, false),
        Organisation,
        5,
        data!("en"),
    ),
    // a lone word: Turkish writes a place with its case ending (`Gemlik'te`) or its place type after it
    // (`Sütlüce semtinde`), evidence of their own, so a lone word with none is mostly a firm's or a
    // body's (`Togg`, `Aselsan`: 25 of the 34 required on ner19 dev)
    profile(
        1,
        "tr",
        "Turkish",
        LATIN,
        NamesOnly,
        O::Turkish,
        (false, true, false, false),
        Organisation,
        4,
        data!("tr"),
    ),
    profile(2, "ru", "Russian", CYRILLIC, NamesOnly, O::English, (true, false, true, false), Place, 1, data!("ru")),
    profile(
        3,
        "sr",
        "Serbian",
        &[Script::Latin, Script::Cyrillic],
        NamesOnly,
        O::SouthSlavic,
        (true, false, true, true),
        Place,
        2,
        data!("sr"),
    ),
    profile(
        4,
        "hi",
        "Hindi",
        &[Script::Devanagari],
        Uncased,
        O::English,
        (false, false, false, false),
        Place,
        0,
        data!("hi"),
    ),
    profile(5, "de", "German", LATIN, EveryNoun, O::German, (false, false, false, false), Place, 3, data!("de")),
    profile(6, "fr", "French", LATIN, NamesOnly, O::English, (false, false, false, false), Place, 3, data!("fr")),
    profile(7, "es", "Spanish", LATIN, NamesOnly, O::English, (false, false, false, false), Place, 3, data!("es")),
    profile(8, "it", "Italian", LATIN, NamesOnly, O::English, (false, false, false, false), Place, 3, data!("it")),
    profile(9, "pt", "Portuguese", LATIN, NamesOnly, O::English, (false, false, false, false), Place, 3, data!("pt")),
    profile(10, "pl", "Polish", LATIN, NamesOnly, O::SouthSlavic, (true, false, false, true), Place, 2, data!("pl")),
    profile(11, "uk", "Ukrainian", CYRILLIC, NamesOnly, O::English, (true, false, true, false), Place, 1, data!("uk")),
    profile(12, "bg", "Bulgarian", CYRILLIC, NamesOnly, O::English, (true, false, true, false), Place, 1, data!("bg")),
    profile(
        13,
        "el",
        "Greek",
        &[Script::Greek],
        NamesOnly,
        O::English,
        (true, false, false, false),
        Place,
        1,
        data!("el"),
    ),
    profile(
        14,
        "ar",
        "Arabic",
        &[Script::Arabic],
        Uncased,
        O::English,
        (false, false, false, false),
        Place,
        0,
        data!("ar"),
    ),
    profile(
        15,
        "fa",
        "Persian",
        &[Script::Arabic],
        Uncased,
        O::English,
        (false, false, false, false),
        Place,
        0,
        data!("fa"),
    ),
    profile(
        16,
        "he",
        "Hebrew",
        &[Script::Hebrew],
        Uncased,
        O::English,
        (false, false, false, false),
        Place,
        0,
        data!("he"),
    ),
    profile(
        17,
        "zh",
        "Chinese",
        &[Script::Han],
        Uncased,
        O::English,
        (false, false, false, false),
        Place,
        0,
        data!("zh"),
    ),
    profile(
        18,
        "ja",
        "Japanese",
        &[Script::Han, Script::Kana],
        Uncased,
        O::English,
        (false, false, false, false),
        Place,
        0,
        data!("ja"),
    ),
    // any other language: precision first (see the recogniser)
    profile(
        19,
        "und",
        "other",
        LATIN,
        NamesOnly,
        O::English,
        (false, false, false, false),
        Organisation,
        3,
        (include_str!("../../data/lang/any.tsv"), ""),
    ),
];

/// The fallback profile of languages korpus has none for.
pub static OTHER: &Profile = &PROFILES[PROFILE_COUNT - 1];

/// The profile of an ISO 639 code, if korpus has one.
pub fn profile_of_code(code: &str) -> Option<&'static Profile> {
    PROFILES[..PROFILE_COUNT - 1].iter().find(|p| p.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_class_s_folded_words_are_its_words_folded_in_order() {
        let tr = profile_of_code("tr").expect("Turkish").data();
        for class in ["demonymend", "demonymbase", "title"] {
            let folded: Vec<String> = tr.words(class).map(super::super::fold_str).collect();
            assert!(!folded.is_empty(), "{class}");
            assert_eq!(tr.folded_words(class), folded.as_slice(), "{class}");
        }
        assert!(tr.folded_words("no such class").is_empty());
    }

    #[test]
    fn class_lookups_answer_as_the_scans_of_the_class_words_do() {
        let fold = super::super::fold_str;
        for profile in PROFILES.iter() {
            let data = profile.data();
            for (class, words) in &data.classes {
                for word in words {
                    assert!(data.in_class(class, word), "{} {class} {word}", profile.code);
                    assert!(data.folds_into_class(class, word), "{} {class} {word}", profile.code);
                    let upper = word.to_uppercase();
                    let scanned = data.words(class).any(|w| fold(w) == fold(&upper));
                    assert_eq!(data.folds_into_class(class, &upper), scanned, "{} {class} {upper}", profile.code);
                    assert_eq!(data.in_class(class, &upper), data.words(class).any(|w| w == upper));
                    let longer = format!("{word}{word} {word}");
                    let scanned = data.words(class).any(|w| fold(w) == fold(&longer));
                    assert_eq!(data.folds_into_class(class, &longer), scanned, "{} {class} {longer}", profile.code);
                }
            }
        }
        let en = profile_of_code("en").expect("English").data();
        assert!(en.words("listand").any(|w| w == "and"));
        assert!(en.folds_into_class("listand", "AND") && en.folds_into_class("listand", "And"));
        assert!(!en.folds_into_class("listand", &"and ".repeat(40)));
        assert!(!en.folds_into_class("no such class", "and") && !en.in_class("no such class", "and"));
    }

    #[test]
    fn a_class_word_behind_a_proclitic_is_found_as_stripping_each_proclitic_finds_it() {
        let scanned = |data: &LanguageData, class: &str, word: &str| {
            data.in_class(class, word)
                || data
                    .proclitics
                    .iter()
                    .any(|p| word.strip_prefix(p.as_str()).is_some_and(|w| data.in_class(class, w)))
        };
        for profile in PROFILES.iter() {
            let data = profile.data();
            for (class, words) in &data.classes {
                for word in words {
                    let mut asked = vec![word.clone(), format!("{word}{word}"), word.chars().skip(1).collect()];
                    asked.extend(data.proclitics.iter().map(|p| format!("{p}{word}")));
                    asked.extend(data.proclitics.iter().map(|p| format!("{p}{p}{word}")));
                    for text in &asked {
                        assert_eq!(
                            data.in_class_behind_proclitic(class, text),
                            scanned(data, class, text),
                            "{} {class} {text}",
                            profile.code
                        );
                    }
                }
            }
        }
        // Hebrew `ב` (in) and `וב` (and in) before `משרד` (ministry), a head word
        let he = profile_of_code("he").expect("Hebrew").data();
        assert!(he.in_class("orghead", "משרד"));
        assert!(he.in_class_behind_proclitic("orghead", "במשרד") && he.in_class_behind_proclitic("orghead", "ובמשרד"));
        assert!(!he.in_class_behind_proclitic("orghead", "xמשרד"));
        assert!(!he.in_class_behind_proclitic("no such class", "משרד"));
    }

    #[test]
    fn a_folded_class_word_behind_a_proclitic_is_found_as_folding_each_rest_finds_it() {
        let each_rest = |data: &LanguageData, class: &str, word: &str| {
            data.folds_into_class(class, word)
                || data
                    .proclitics
                    .iter()
                    .any(|p| word.strip_prefix(p.as_str()).is_some_and(|w| data.folds_into_class(class, w)))
        };
        for profile in PROFILES.iter() {
            let data = profile.data();
            for (class, words) in &data.classes {
                for word in words {
                    let upper = word.to_uppercase();
                    let mut asked = vec![word.clone(), upper.clone(), format!("{word}{word}"), String::new()];
                    asked.extend(data.proclitics.iter().map(|p| format!("{p}{word}")));
                    asked.extend(data.proclitics.iter().map(|p| format!("{p}{upper}")));
                    asked.extend(data.proclitics.iter().cloned());
                    for text in &asked {
                        assert_eq!(
                            data.folds_into_class_behind_proclitic(class, text),
                            each_rest(data, class, text),
                            "{} {class} {text}",
                            profile.code
                        );
                    }
                }
            }
        }
        // Hebrew `ב` (in) and `וב` (and in) before `הפועל` (Hapoel), a club's head word
        let he = profile_of_code("he").expect("Hebrew");
        assert!(he.is_club_head("הפועל"));
        assert!(he.is_club_head_behind_proclitic("בהפועל") && he.is_club_head_behind_proclitic("ובהפועל"));
        assert!(!he.is_club_head_behind_proclitic("xהפועל"));
        assert!(!he.data().folds_into_class_behind_proclitic("no such class", "הפועל"));
    }

    #[test]
    fn only_chars_that_fold_to_themselves_are_read_as_their_own_fold() {
        for c in ['ש', 'ב', 'ع', 'ی', 'क', '्', 'é', 'ж'] {
            assert_eq!(folds_to_itself(c), super::super::fold_str(&c.to_string()) == c.to_string(), "{c}");
        }
        assert!(folds_to_itself('ש') && folds_to_itself('क'));
        assert!(!folds_to_itself('É') && !folds_to_itself('ß') && !folds_to_itself('Ж') && !folds_to_itself('a'));
        assert!(!folds_to_itself('中'), "beyond the table: folded as before");
        let he = profile_of_code("he").expect("Hebrew").data();
        for word in ["הפועל", "מכבי", "הפועלים", ""] {
            let folded = super::super::fold_str(word);
            assert_eq!(he.folds_into_class("clubhead", word), he.in_folded_class("clubhead", &folded), "{word}");
        }
    }

    #[test]
    fn a_german_noun_with_sharp_s_is_a_common_word() {
        let de = profile_of_code("de").expect("German");
        assert!(de.is_common_word("fuß"), "am Fuß der Berge");
        assert!(de.is_common_word("straße"));
        assert!(!de.is_common_word("akhannouch"));
    }

    #[test]
    fn a_club_head_is_found_in_any_case_and_only_in_its_language() {
        let code = |c: &str| profile_of_code(c).expect(c);
        // written as the sports pages write them, capitalised or in capitals
        assert!(code("de").is_club_head("VfB"), "VfB Stuttgart");
        assert!(code("de").is_club_head("FC"), "FC Bayern");
        assert!(code("ru").is_club_head("ФК"), "ФК Спартак");
        assert!(code("he").is_club_head("מכבי"), "מכבי תל אביב");
        assert!(code("ar").is_club_head("ريال"), "ريال مدريد");
        // a word of another class, or of the class in another language, is none
        assert!(!code("de").is_club_head("Bayern"));
        assert!(!code("de").is_club_head("Real"), "no German club head");
        assert!(code("tr").is_club_head("Real"));
    }

    #[test]
    fn a_folded_class_answers_for_folded_words_only_of_that_class() {
        let en = profile_of_code("en").expect("English").data();
        assert!(en.in_folded_class("clubtail", "city"), "Manchester City");
        assert!(!en.in_folded_class("clubhead", "city"));
        assert!(!en.in_folded_class("no such class", "city"));
    }

    #[test]
    fn every_profile_is_complete() {
        for (i, p) in PROFILES.iter().enumerate() {
            assert_eq!(p.index, i, "{}: index", p.code);
            assert!(!p.scripts.is_empty(), "{}: scripts", p.code);
            if p.code == "und" {
                continue;
            }
            let data = p.data();
            for m in 1..=12u8 {
                assert!(data.month_forms.values().any(|&n| n == m), "{}: month {m}", p.code);
            }
            assert!(data.stop.iter().count() >= 50, "{}: stop words", p.code);
            assert!(data.frequent.iter().count() >= 20, "{}: frequent words", p.code);
            for class in ["title", "orghead", "lochead"] {
                assert!(data.words(class).next().is_some(), "{}: no {class} words", p.code);
            }
            if p.segmentation == Segmentation::Spaces {
                assert!(data.words("locprep").next().is_some() || p.apostrophe_suffixes, "{}: place cue", p.code);
            }
        }
    }

    #[test]
    fn casing_behaviours() {
        assert_eq!(profile_of_code("de").map(|p| p.casing), Some(Casing::EveryNoun));
        for code in ["ar", "fa", "he", "zh", "ja", "hi"] {
            assert_eq!(profile_of_code(code).map(|p| p.casing), Some(Casing::Uncased), "{code}");
        }
        for code in ["en", "ru", "fr", "el", "uk"] {
            assert_eq!(profile_of_code(code).map(|p| p.casing), Some(Casing::NamesOnly), "{code}");
        }
    }

    #[test]
    fn segmentation_and_direction() {
        for code in ["zh", "ja"] {
            assert_eq!(profile_of_code(code).map(|p| p.segmentation), Some(Segmentation::Dictionary));
        }
        assert_eq!(profile_of_code("de").map(|p| p.segmentation), Some(Segmentation::Spaces));
        for code in ["ar", "fa", "he"] {
            assert!(profile_of_code(code).is_some_and(Profile::is_right_to_left), "{code}");
        }
        assert!(!profile_of_code("ru").is_some_and(Profile::is_right_to_left));
    }

    #[test]
    fn months_in_every_form_become_numbers() {
        let p = |c| profile_of_code(c).expect(c);
        assert_eq!(p("ru").month("февраля"), Some(2));
        assert_eq!(p("ru").month("январе"), Some(1), "a locative no source lists");
        assert_eq!(p("ru").month("маршрут"), None);
        assert_eq!(p("de").month("februar"), Some(2));
        assert_eq!(p("fr").month("fevrier"), Some(2), "folded");
        assert_eq!(p("sr").month("novembru"), Some(11));
        assert_eq!(p("el").month("φεβρουαριου"), Some(2));
        assert_eq!(p("zh").month("二月"), Some(2));
        assert_eq!(p("en").month("martin"), None);
    }

    #[test]
    fn german_common_nouns_and_their_compounds_are_common_words() {
        let de = profile_of_code("de").expect("de");
        for w in ["treffen", "freitag", "lage", "nachrichtenagentur", "generalversammlung", "wahlkampfrede"] {
            assert!(de.is_common_word(w), "{w}");
        }
        for w in ["kishida", "yamagami", "pjöngjang"] {
            assert!(!de.is_common_word(w), "{w}");
        }
        // only languages that capitalise every noun have the list
        assert!(!profile_of_code("en").expect("en").is_common_word("meeting"));
    }

    #[test]
    fn a_german_common_nouns_genitive_is_a_common_word_form() {
        let de = profile_of_code("de").expect("de");
        assert!(!de.is_common_word("pegels") && de.is_common_word_form("pegels"));
        assert!(de.is_common_word_form("gebets"));
        assert!(!de.is_common_word_form("kishidas"));
    }

    #[test]
    fn german_adjectives_are_told_from_nouns_by_their_forms() {
        let de = profile_of_code("de").expect("de");
        for w in ["deutsche", "europäischen", "technische", "islamischer"] {
            assert!(de.is_adjective_form(w), "{w}");
        }
        // weak nouns have a stem and one form (`Mensch`, `Menschen`), not an adjective's five
        for w in ["menschen", "behörde", "gemeinde", "werksleiter", "kapitän"] {
            assert!(!de.is_adjective_form(w), "{w}");
        }
    }

    #[test]
    fn stop_words_are_asked_of_the_profile() {
        let p = |c| profile_of_code(c).expect(c);
        assert!(p("ru").is_stop_word("стал"));
        assert!(p("en").is_stop_word("The"));
        assert!(!p("en").is_stop_word("Pyongyang"));
        assert!(p("de").is_stop_word("und"));
        // scripts without case: looked up as written
        assert!(p("he").is_stop_word("אבל"));
        assert!(p("hi").is_stop_word("अपना"));
        assert!(!p("he").is_stop_word("ירושלים"));
    }

    #[test]
    fn the_words_of_a_class_come_in_the_rows_order_through_the_index() {
        for profile in PROFILES.iter() {
            let data = profile.data();
            for (class, _) in &data.classes {
                let by_scan: Vec<&str> = data
                    .classes
                    .iter()
                    .filter(|(c, _)| c == class)
                    .flat_map(|(_, w)| w.iter().map(String::as_str))
                    .collect();
                assert_eq!(data.words(class).collect::<Vec<_>>(), by_scan, "{} {class}", profile.code);
            }
            assert_eq!(data.words("no such class").count(), 0);
        }
    }
}
