//! Names translated word by word: the press of each language keeps a
//! name's own words (`Tinmel`, `Nara`, `Atlas`) and translates its ordinary
//! ones (`Mosque` → `Camii`, `Medical University` → `Medizinischen
//! Universität`, `High` → `Высокого`). Many of those ordinary words are the
//! same word borrowed (`University`, `Universität`, `университета`,
//! `Uniwersytetu`), so their consonants agree in kind if not in letter.
//!
//! Rule `translated_names`: a name in one language is the name of another
//! language's article when every word of each either meets a word of the
//! other or is an ordinary word of its language, the names' own words meet by
//! their skeletons, ordinary words by their [`cognate_key`], and no other name
//! of the corpus fits as well. A name of ordinary words only needs two of them
//! to meet (`Liberaldemokratischen Partei`, `Liberal Democratic Party`).
//! Head words that are not borrowed (`Mosque`, `Camii`; `Station`, `Bahnhof`)
//! meet by their meaning, from the hand-written `data/heads.tsv`.

use super::super::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet, WordMemo, remembered};
use super::{Item, MIN_EDIT_SKELETON, StoryPass, Tables, Word, edit_distance_at_most_one, same_word, soft_equal};
use crate::lang::{Casing, Profile, fold_str};

/// Words past this many in a name are taken as ordinary words.
const CLASSED_WORDS: usize = 8;

/// A name's words by class, one bit each in three fields of [`CLASSED_WORDS`]:
/// ordinary words of the language (common words, organisation and place heads,
/// titles), which a translation translates; function words (`de`, `der`, `of`),
/// which it adds or drops; and given names, which it never leaves out; then the
/// head concept (see [`head_concept`]) of the first [`CONCEPT_WORDS`] words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(super) struct WordClasses(u64);

/// Words past this many in a name have no head concept.
const CONCEPT_WORDS: usize = 6;
/// Bits of one word's head concept: concept 0 is none, so at most 63 concepts.
const CONCEPT_BITS: usize = 6;
/// How many country codes there are (see [`country_code`]): no more than the concept bits hold.
const COUNTRY_CODES: u32 = 31;
const _: () = assert!(COUNTRY_CODES < 1 << CONCEPT_BITS, "a country's code fits a word's concept bits");
/// The bit after the concepts: the name's first word is a country, whose [`country_code`]
/// its concept bits hold.
const COUNTRY_FIRST: usize = 3 * CLASSED_WORDS + CONCEPT_BITS * CONCEPT_WORDS;
/// Three bits after it: the name's last word `k` is a country, its code in its concept
/// bits (`k`, 1 to `CONCEPT_WORDS - 1`) or a country past them ([`COUNTRY_FAR`]); 0 for none.
const COUNTRY_LAST: usize = COUNTRY_FIRST + 1;
const COUNTRY_LAST_BITS: usize = 3;
const COUNTRY_FAR: u64 = (1 << COUNTRY_LAST_BITS) - 1;
const _: () = assert!(COUNTRY_LAST + COUNTRY_LAST_BITS <= 64, "the classes are one u64");
const _: () = assert!(CONCEPT_WORDS as u64 <= COUNTRY_FAR, "a last word with a code has its own value");

/// A country's code, from its gazetteer entry: 1 to 31, so that the concept bits of its
/// word hold it. Two countries share one a time in 31, which only lets two names meet
/// that another word of theirs must meet too.
pub(super) fn country_code(entry: u32) -> u8 {
    (entry % COUNTRY_CODES) as u8 + 1
}

/// The least code of a continent or big region (see [`region_code`]).
const REGION_CODES: u8 = COUNTRY_CODES as u8 + 1;
const _: () = assert!(REGION_CODES as u32 + COUNTRY_CODES < 1 << CONCEPT_BITS, "a region's code fits too");

/// Rule `a_continents_adjective_keeps_bodies_apart`: the code of a continent or big region
/// whose adjective opens a body's name (`Европейского`, `European`), past the countries':
/// two bodies of two places (`Канадским космическим агентством`, `Европейского космического
/// агентства`) stay apart; but a region's adjective, which many bodies' names share
/// (`European Council`, `Conselho Europeu`, `European Commission`), only keeps bodies apart:
/// the same region is no word met and finds no names (see [`fit`]).
pub(super) fn region_code(entry: u32) -> u8 {
    (entry % COUNTRY_CODES) as u8 + REGION_CODES
}

/// Is a country code of a name's edge a region's (see [`region_code`])?
fn is_region(code: u8) -> bool {
    code >= REGION_CODES
}

/// The code of a name's edge word that is a country the name keeps, not a region
/// nor a country whose code it does not keep (0): the codes by which a country
/// is written as it is and finds names by its code (see [`NameWord::country`]).
fn country_kept(country: Option<u8>) -> Option<u8> {
    country.filter(|&code| code != 0 && !is_region(code))
}

impl WordClasses {
    /// No word in any class.
    pub(super) const NONE: WordClasses = WordClasses(0);
    const FUNCTION: usize = CLASSED_WORDS;
    const GIVEN: usize = 2 * CLASSED_WORDS;
    const CONCEPT: usize = 3 * CLASSED_WORDS;

    /// The classes of a name's words; given names only in a person's name that
    /// has no head word (`Nara` of `Nara Prefectural Police` is the place's own word).
    pub(super) fn of<'w>(lang: &Profile, words: impl Iterator<Item = &'w str>, person: bool) -> WordClasses {
        let (mut bits, mut given, mut headed) = (0u64, 0u64, false);
        for (k, word) in words.enumerate().take(CLASSED_WORDS) {
            // a head word first: `Camii` is also read as the given name `Cami`
            let concept = if k < CONCEPT_WORDS { head_concept(lang, word) } else { 0 };
            // a lower-case word inside a person's name in capitals is a particle (`von`, `da`)
            let particle = person && k > 0 && word.chars().next().is_some_and(char::is_lowercase);
            if particle || lang.is_stop_word(word) {
                bits |= 1 << (Self::FUNCTION + k);
            } else if concept != 0 {
                bits |= 1 << k | u64::from(concept) << (Self::CONCEPT + CONCEPT_BITS * k);
                headed = true;
            } else if ordinary_word(lang, word) || lower_case_inside(k, word) {
                bits |= 1 << k;
            } else if super::super::types::is_given_name_in(lang, word)
                // a hyphenated word is a given name when every part is one (`Jean-Luc`), not
                // when its first part alone is (`Ямато-Сайдайдзи`, a station named after Yamato)
                && (!word.contains('-')
                    || word.split('-').all(|part| !part.is_empty() && super::super::types::is_given_name_in(lang, part)))
            {
                given |= 1 << (Self::GIVEN + k);
            }
        }
        if person && !headed {
            bits |= given;
        }
        WordClasses(bits)
    }

    /// A name of `len` words that are all head words (function words aside), two or more:
    /// all that a name in a script without capitals is linked by here.
    pub(super) fn heads_only(self, len: usize) -> bool {
        let heads = (0..len).filter(|&k| self.concept(k) != 0).count();
        (2..=CONCEPT_WORDS).contains(&len) && heads >= 2 && (0..len).all(|k| self.function(k) || self.concept(k) != 0)
    }

    /// Rule `a_name_of_head_words_is_one_body_per_story`: a name of two head words alone
    /// (function words aside), with no country at its edges (`Supreme Court`, `Interior
    /// Ministry`, `Верховного суда`), names a kind of body that every country has, not one
    /// body: spelt alike in two stories it may be two bodies (Russia's court and the court
    /// of the United States). A third head word makes a body of its own (`Maritime
    /// Self-Defense Force`).
    pub(super) fn names_a_kind(self, len: usize) -> bool {
        self.heads_only(len) && (0..len).filter(|&k| !self.function(k)).count() == 2
    }

    /// Rule `a_translation_moves_the_country_out_of_the_name`: the countries at the edges of
    /// two names (of `len` and `other_len` words) are two, none of one name's the other's.
    pub(super) fn another_country(self, len: usize, other: WordClasses, other_len: usize) -> bool {
        let codes = |c: WordClasses, len: usize| {
            [c.country(0, len), c.country(len.saturating_sub(1), len)].into_iter().flatten().filter(|&code| code != 0)
        };
        let mine: Vec<u8> = codes(self, len).collect();
        let theirs: Vec<u8> = codes(other, other_len).collect();
        !mine.is_empty() && !theirs.is_empty() && !mine.iter().any(|code| theirs.contains(code))
    }

    /// A person's name that begins with a given name.
    pub(super) fn begins_with_given_name(self) -> bool {
        self.given(0)
    }

    /// The same, told that the first or last word of the name of `len` words is a country
    /// the gazetteer knows, by its [`country_code`] (`Верховный суд России`, `Rusya Yüksek
    /// Mahkemesi`): see [`fit`]. The country's word has no head concept then.
    pub(super) fn with_country_at_edges(self, len: usize, first: Option<u8>, last: Option<u8>) -> WordClasses {
        let put_code = |bits: u64, k: usize, code: u8| {
            let at = Self::CONCEPT + CONCEPT_BITS * k;
            bits & !(((1 << CONCEPT_BITS) - 1) << at) | u64::from(code) << at
        };
        let mut bits = self.0;
        if let Some(code) = first {
            bits = put_code(bits, 0, code) | 1 << COUNTRY_FIRST;
        }
        if let Some(code) = last
            && len >= 2
        {
            let k = len - 1;
            if k < CONCEPT_WORDS {
                bits = put_code(bits, k, code) | (k as u64) << COUNTRY_LAST;
            } else {
                bits |= COUNTRY_FAR << COUNTRY_LAST;
            }
        }
        WordClasses(bits)
    }

    /// The field of the last word's country (see [`COUNTRY_LAST`]).
    fn country_last(self) -> u64 {
        (self.0 >> COUNTRY_LAST) & COUNTRY_FAR
    }

    /// Is word `k` a country whose code its concept bits hold?
    fn coded_country(self, k: usize) -> bool {
        (k == 0 && self.0 & (1 << COUNTRY_FIRST) != 0) || (k > 0 && self.country_last() == k as u64)
    }

    /// Word `k` of a name of `len` words is the country at one of its edges: its code, or
    /// `Some(0)` for a country past the words with concepts.
    fn country(self, k: usize, len: usize) -> Option<u8> {
        if self.coded_country(k) {
            Some(self.concept_bits(k))
        } else if k + 1 == len && self.country_last() == COUNTRY_FAR {
            Some(0)
        } else {
            None
        }
    }

    fn ordinary(self, k: usize) -> bool {
        k >= CLASSED_WORDS || self.0 & (1 << k) != 0
    }

    /// Word `k` is a name's own word: no word of the language, no head, no function word.
    pub(super) fn own_word(self, k: usize) -> bool {
        k < CLASSED_WORDS && !self.ordinary(k) && !self.function(k) && self.concept_bits(k) == 0
    }

    /// Word `k` of a name of `len` words names something of its own: a [`WordClasses::own_word`], or a
    /// country at the name's edge.
    pub(super) fn names_its_own(self, k: usize, len: usize) -> bool {
        self.own_word(k) || self.country(k, len).is_some()
    }

    pub(super) fn function(self, k: usize) -> bool {
        k < CLASSED_WORDS && self.0 & (1 << (Self::FUNCTION + k)) != 0
    }

    fn given(self, k: usize) -> bool {
        k < CLASSED_WORDS && self.0 & (1 << (Self::GIVEN + k)) != 0
    }

    pub(super) fn concept(self, k: usize) -> u8 {
        if self.coded_country(k) { 0 } else { self.concept_bits(k) }
    }

    /// Word `k`'s concept bits: its head concept, or its country's code.
    fn concept_bits(self, k: usize) -> u8 {
        if k >= CONCEPT_WORDS {
            return 0;
        }
        ((self.0 >> (Self::CONCEPT + CONCEPT_BITS * k)) & ((1 << CONCEPT_BITS) - 1)) as u8
    }
}

/// Head words by meaning, per language, from `data/heads.tsv`.
const HEADS_TSV: &str = include_str!("../../../data/heads.tsv");

/// Written after a stem in `data/heads.tsv`: the stem is a whole word, met only alone.
const WHOLE_WORD: char = '$';

/// One head word's stem: a word with the concept begins with it (or is it, when `whole`).
#[derive(Debug, Clone)]
struct HeadStem {
    stem: String,
    concept: u8,
    whole: bool,
}

impl HeadStem {
    fn fits(&self, folded: &str) -> bool {
        if self.whole { folded == self.stem } else { folded.starts_with(self.stem.as_str()) }
    }
}

/// Per profile, the folded stems of its head words with their concept (from 1), longest first.
fn head_stems(lang: &Profile) -> &'static [HeadStem] {
    static STEMS: std::sync::OnceLock<Vec<Vec<HeadStem>>> = std::sync::OnceLock::new();
    let all = STEMS.get_or_init(|| {
        let profiles = &crate::lang::PROFILES;
        let mut stems: Vec<Vec<HeadStem>> = vec![Vec::new(); profiles.len()];
        let mut concepts: Vec<&str> = Vec::new();
        for line in HEADS_TSV.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(concept), Some(code), Some(words)) = (fields.next(), fields.next(), fields.next()) else {
                continue;
            };
            let id = match concepts.iter().position(|&c| c == concept) {
                Some(id) => id,
                None => {
                    concepts.push(concept);
                    concepts.len() - 1
                }
            };
            let Some(profile) = profiles.iter().find(|p| p.code == code) else { continue };
            if id + 1 >= 1 << CONCEPT_BITS {
                continue;
            }
            for stem in words.split(' ').filter(|w| !w.is_empty()) {
                // `armada$`: the word itself only (the navy), not a longer word it begins
                // (`Armadas`, armed, of `Fuerzas Armadas`)
                let (stem, whole) = match stem.strip_suffix(WHOLE_WORD) {
                    Some(word) => (word, true),
                    None => (stem, false),
                };
                stems[profile.index].push(HeadStem { stem: fold_str(stem), concept: id as u8 + 1, whole });
            }
        }
        for list in &mut stems {
            list.sort_by_key(|head| std::cmp::Reverse(head.stem.len()));
        }
        stems
    });
    all.get(lang.index).map_or(&[], Vec::as_slice)
}

/// The head concepts a language has stems for, one bit per concept: a word of that
/// language without the concept is no such head word, however alike it sounds.
pub(super) fn known_concepts(lang: &Profile) -> u64 {
    static KNOWN: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let all = KNOWN.get_or_init(|| {
        crate::lang::PROFILES
            .iter()
            .map(|p| head_stems(p).iter().fold(0, |bits, head| bits | 1u64 << head.concept))
            .collect()
    });
    all.get(lang.index).copied().unwrap_or(0)
}

/// Rule `a_head_meets_its_meaning`: a head word (`Ministry`, concept ministry) is no
/// word of a language that writes that head otherwise and does not read this word as
/// it (`Манчестър`, one edit from `Ministry`'s skeleton; `Юнайтед`, from `Interior`'s):
/// where the other language knows the concept, only its head words are that head.
pub(super) fn heads_apart(concept: u8, other_concept: u8, other_knows: u64) -> bool {
    concept != 0 && other_concept != concept && other_knows & (1 << concept) != 0
}

/// The concept of a head word (`Camii`, `Mosque`, `Moschee` share one), 0 for none.
pub(super) fn head_concept(lang: &Profile, word: &str) -> u8 {
    thread_local! {
        // asked of every word of every name to link: folded, then compared with every head stem
        static CONCEPTS: std::cell::RefCell<WordMemo<u8>> = const { std::cell::RefCell::new(WordMemo::new()) };
    }
    remembered(&CONCEPTS, lang.index, word, || concept_of(lang, word))
}

/// [`head_concept`], worked out.
fn concept_of(lang: &Profile, word: &str) -> u8 {
    let stems = head_stems(lang);
    if stems.is_empty() {
        return 0;
    }
    let folded = fold_str(word);
    let of = |w: &str| stems.iter().find(|head| head.fits(w)).map(|head| head.concept);
    if let Some(concept) = of(&folded) {
        return concept;
    }
    // Arabic and Hebrew write proclitics and the article onto the word (`والوزارة`, `במשרד`)
    let data = lang.data();
    data.proclitics
        .iter()
        .chain(&data.articles)
        .filter_map(|clitic| folded.strip_prefix(fold_str(clitic).as_str()))
        .filter(|rest| rest.chars().count() >= 2)
        .find_map(of)
        .unwrap_or(0)
}

/// The kinds of place a word before a place's name may say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PlaceType {
    /// A province, prefecture or region: its name is often a town's too (`Präfektur Nara`).
    Province,
    /// A town or a village: the town of that name.
    Town,
}

/// What kind of place a word says a name is (`Provinz`, `Stadt`, `vilayeti`),
/// by its head concept in `data/heads.tsv`.
pub(super) fn place_type(lang: &Profile, word: &str) -> Option<PlaceType> {
    static IDS: std::sync::OnceLock<[u8; 2]> = std::sync::OnceLock::new();
    let ids = IDS.get_or_init(|| {
        let mut concepts: Vec<&str> = Vec::new();
        for concept in HEADS_TSV.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next()) {
            if !concepts.contains(&concept) {
                concepts.push(concept);
            }
        }
        // concepts count from 1, in the order the file first names them (as `head_stems`)
        let id = |name: &str| concepts.iter().position(|&c| c == name).map_or(0, |at| at as u8 + 1);
        [id("province"), id("town")]
    });
    let concept = head_concept(lang, word);
    if concept == 0 {
        None
    } else if concept == ids[0] {
        Some(PlaceType::Province)
    } else if concept == ids[1] {
        Some(PlaceType::Town)
    } else {
        None
    }
}

/// Head words of organisations and places and titles, per profile, lower case.
fn heads(lang: &Profile) -> &'static HashSet<String> {
    static HEADS: std::sync::OnceLock<Vec<HashSet<String>>> = std::sync::OnceLock::new();
    let all = HEADS.get_or_init(|| {
        crate::lang::PROFILES
            .iter()
            .map(|p| {
                ["orghead", "lochead", "locheadprefix", "title"]
                    .iter()
                    .flat_map(|class| p.data().words(class))
                    .map(str::to_lowercase)
                    .collect()
            })
            .collect()
    });
    &all[lang.index.min(all.len() - 1)]
}

/// Rule `a_lower_case_word_inside_a_name_is_ordinary`: a word written in lower case after
/// a name's first word (`инвестиционный` of `Европейский инвестиционный банк`,
/// `национальна` of `Лівійська національна армія`) is a word of the language, as
/// languages that write only a name's first word with a capital write it, whether or not
/// its word lists hold that form; a person's particles (`von`, `da`) are function words.
fn lower_case_inside(k: usize, word: &str) -> bool {
    k > 0 && word.chars().next().is_some_and(char::is_lowercase)
}

/// An ordinary word of the language, which a translation translates.
fn ordinary_word(lang: &Profile, word: &str) -> bool {
    thread_local! {
        // asked of every word of every name to link (lower-cased and looked up in three lists)
        static ORDINARY: std::cell::RefCell<WordMemo> = const { std::cell::RefCell::new(WordMemo::new()) };
    }
    remembered(&ORDINARY, lang.index, word, || {
        super::super::types::is_common_word(lang, word) || heads(lang).contains(&word.to_lowercase())
    })
}

/// The consonants of a word's skeleton by kind (lips, throat and hiss,
/// tongue, nose, `l`, `r`), the first three: borrowed words keep them where
/// their letters differ (`Medical`, `Medizinischen`, `Медицинского` are all
/// `m t k`; `Mosque`, `Moschee` are `m k`). None for a word of one kind, which says too little.
fn cognate_key(skeleton: &str) -> Option<[u8; 3]> {
    let mut key = [0u8; 3];
    let mut n = 0;
    let bytes = skeleton.as_bytes();
    for (at, &c) in bytes.iter().enumerate() {
        // Greek `eu` before `r` is read `ev` where other scripts write the word
        // (`Европейской`, `Evropske`, `Avrupa`) and a vowel where Latin does (`European`)
        if n == 1 && key[0] == b'V' && c == b'v' && bytes.get(at + 1) == Some(&b'r') {
            continue;
        }
        let kind = match c {
            b'b' | b'p' | b'v' | b'f' => b'p',
            // a word's first hiss is no throat sound (`Socialista`, `Kalkınma`); later they
            // alternate in borrowed words (`Medical`, `Medizin`)
            b's' | b'z' | b'J' | b'j' if n == 0 => b's',
            b'k' | b'g' | b's' | b'z' | b'J' | b'c' | b'q' | b'x' | b'j' => b'k',
            b't' | b'd' => b't',
            b'm' | b'n' => b'n',
            b'l' => b'l',
            b'r' => b'r',
            b'V' => b'V',
            _ => continue,
        };
        if n > 0 && key[n - 1] == kind {
            continue;
        }
        key[n] = kind;
        n += 1;
        if n == key.len() {
            break;
        }
    }
    (n >= 2).then_some(key)
}

/// One word of a name as this rule sees it.
#[derive(Clone, Copy)]
struct NameWord {
    word: Word,
    cognate: Option<[u8; 3]>,
    ordinary: bool,
    given: bool,
    concept: u8,
    /// Of a script without capitals, whose words meet others by their meaning alone.
    uncased: bool,
    /// The head concepts of the word's language (see [`known_concepts`]).
    knows: u64,
    /// A country at the name's first or last word, by its [`country_code`] (0: a country
    /// whose code the name does not keep); see [`WordClasses::with_country_at_edges`].
    country: Option<u8>,
}

fn name_words(it: &Item, t: &Tables, lang: Option<&Profile>) -> Vec<NameWord> {
    let uncased = lang.is_some_and(|p| p.casing == Casing::Uncased);
    let knows = lang.map_or(0, known_concepts);
    let (classes, len) = (t.name(it).classes, t.name(it).len as usize);
    t.words(it)
        .iter()
        .enumerate()
        .filter(|&(k, w)| !classes.function(k) && !t.strings.get(w.skel).is_empty())
        .map(|(k, &word)| NameWord {
            word,
            cognate: cognate_key(t.strings.get(word.skel)),
            ordinary: classes.ordinary(k),
            given: classes.given(k),
            concept: classes.concept(k),
            uncased,
            knows,
            country: classes.country(k, len),
        })
        .collect()
}

/// Letters of a name's own word that find the names it may be in: a
/// compound (`Liberaldemokratischen`) begins like its first part.
const OWN_PREFIX: usize = 4;

/// How two words met (see [`words_meet`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meeting {
    /// By their letters: one spelling, one skeleton, a compound's part.
    Letters,
    /// By their meaning alone: two head words of one concept (`Supreme`, `Верховный`).
    Meaning,
    /// Two ordinary words by their cognate keys alone, which many words share
    /// (`Unidos` and `International` are both `V n t`).
    Cognate,
}

/// Two words meet: a name's own word by its skeleton (one edit apart for long ones:
/// `Präfektur`, `Prefectural`; or a compound's first part: `Liberaldemokratischen`,
/// `Liberal`), two ordinary words by their cognate keys too; head words by their meaning.
fn words_meet(t: &Tables, a: &NameWord, b: &NameWord) -> Option<Meeting> {
    let by_meaning = a.concept != 0 && a.concept == b.concept;
    if a.uncased || b.uncased {
        return by_meaning.then_some(Meeting::Meaning);
    }
    // (rule `a_head_meets_its_meaning`)
    if heads_apart(a.concept, b.concept, b.knows) || heads_apart(b.concept, a.concept, a.knows) {
        return None;
    }
    let (x, y) = (t.strings.get(a.word.skel), t.strings.get(b.word.skel));
    let compound = x.len().min(y.len()) >= OWN_PREFIX && (x.starts_with(y) || y.starts_with(x));
    // (rule `a_country_is_no_spelling_variant_of_another_word`) a country the gazetteer knows
    // is written as it is: one letter off is another word (`Iran`, `Iraq`; the skeletons of
    // `European` and the Greek `Ιαπωνίας`, Japan's, are one letter apart)
    let country = |w: &NameWord| country_kept(w.country).is_some();
    let variant = !country(a) && !country(b) && x.len() >= 4 && (edit_distance_at_most_one(x, y) || soft_equal(x, y));
    if same_word(t.strings, a.word, b.word) || variant || compound {
        return Some(Meeting::Letters);
    }
    // two head words of one meaning (`Mosque`, `Camii`)
    if by_meaning {
        return Some(Meeting::Meaning);
    }
    (a.ordinary && b.ordinary && a.cognate.is_some() && a.cognate == b.cognate).then_some(Meeting::Cognate)
}

/// Two long skeletons of one word that differ only in their last letter, two
/// affricates or sibilants: where a stem cut a foreign name's end, the letter
/// before the cut is read otherwise (`Сайдайдз` of `Сайдайдзи` is read with the
/// z of `Синдзо`, `Saidaij` of `Saidaiji` with the English j).
fn stem_ends_apart(a: &str, b: &str) -> bool {
    let soft = |c: u8| matches!(c, b'J' | b's' | b'z');
    a.len() >= MIN_EDIT_SKELETON
        && a.len() == b.len()
        && a.as_bytes()[..a.len() - 1] == b.as_bytes()[..b.len() - 1]
        && a.bytes().last().is_some_and(soft)
        && b.bytes().last().is_some_and(soft)
}

/// How well two names fit, best first: more words meeting, fewer left over,
/// fewer of those a name's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fit {
    met: usize,
    left: usize,
    own_left: usize,
    /// The names are one only where their articles tell one story (see [`fit`]).
    needs_story: bool,
    /// Both names are of head words alone (rule `a_name_of_head_words_is_one_body_per_story`):
    /// of the clusters that fit as well, those of this name's story, if any, are its own.
    kinds: bool,
}

impl Fit {
    fn rank(self) -> (usize, std::cmp::Reverse<usize>, std::cmp::Reverse<usize>) {
        (self.met, std::cmp::Reverse(self.left), std::cmp::Reverse(self.own_left))
    }
}

/// How well two names fit: words that meet, and words left over; None when
/// too little meets besides given names, or when a left-over word is a
/// name's own and not the only one (that one may be a head word no list
/// knows: `Mosque` beside `Camii`).
fn fit(t: &Tables, a: &[NameWord], b: &[NameWord]) -> Option<Fit> {
    let mut used = vec![false; b.len()];
    // (rule `a_translation_moves_the_country_out_of_the_name`) the same country at the
    // edges of both names is where both bodies are (`US Supreme Court`, `Верховный суд
    // США`): neither word is left over; two countries keep two bodies apart
    let (mut a_same, mut spelt_alike, mut codes_met) = (0u64, 0usize, 0usize);
    // (rule `a_continents_adjective_keeps_bodies_apart`) a region's adjective only keeps
    // bodies apart: the same region at both names' edges agrees, and its words are then
    // met or left over as any other's (`Conselho Europeu` and `European Commission`)
    let (mut a_region, mut b_region) = (0u64, 0u64);
    let coded = |w: &NameWord| w.country.is_some_and(|code| code != 0);
    for (i, x) in a.iter().enumerate().take(64) {
        let Some(code) = x.country.filter(|&code| code != 0) else { continue };
        if is_region(code) {
            if let Some(j) = (0..b.len().min(64)).find(|&j| b[j].country == Some(code)) {
                a_region |= 1 << i;
                b_region |= 1 << j;
            }
        } else if let Some(j) = (0..b.len()).find(|&j| !used[j] && b[j].country == Some(code)) {
            used[j] = true;
            a_same |= 1 << i;
            let meeting = words_meet(t, x, &b[j]);
            spelt_alike += usize::from(meeting == Some(Meeting::Letters));
            codes_met += 1;
        }
    }
    let same_in_a = |i: usize| i < 64 && a_same & (1 << i) != 0;
    let agreed_in_a = |i: usize| same_in_a(i) || (i < 64 && a_region & (1 << i) != 0);
    let agreed_in_b = |j: usize| used[j] || (j < 64 && b_region & (1 << j) != 0);
    if a.iter().enumerate().any(|(i, w)| coded(w) && !agreed_in_a(i))
        && b.iter().enumerate().any(|(j, w)| coded(w) && !agreed_in_b(j))
    {
        return None;
    }
    // (a country spelt alike, `Japan` and `Japón`, is an own word met as before;
    // rule `a_country_met_by_its_code_is_a_word_met`: one spelt otherwise, `Libyan` and
    // `Ливийская`, both the country's, is a word met, though it alone decides nothing)
    let (mut met, mut own_met, mut left, mut own_left, mut countries_left) = (codes_met, spelt_alike > 0, 0, 0, 0);
    let mut met_by_letters = spelt_alike > 0;
    let mut leave = |w: &NameWord| {
        left += 1;
        if !w.ordinary {
            own_left += 1;
            // (a region's adjective left over is no country a translation moved out: rule
            // `a_continents_adjective_keeps_bodies_apart`)
            countries_left += usize::from(w.country.is_some_and(|code| !is_region(code)));
        }
    };
    for (i, x) in a.iter().enumerate() {
        if same_in_a(i) {
            continue;
        }
        match (0..b.len()).find_map(|j| if used[j] { None } else { Some((j, words_meet(t, x, &b[j])?)) }) {
            // a given name met says nothing: many share it (`Donald Trump`, `Donald Tusk`)
            Some((j, _)) if x.given || b[j].given => used[j] = true,
            Some((j, meeting)) => {
                used[j] = true;
                met += 1;
                // (a translated head met by its letters, `Tribunal`, `Corte`, is a kind of body too)
                met_by_letters |= meeting == Meeting::Letters && !(x.ordinary && b[j].ordinary);
                // an own word that alone decides must be spelt the same (see `stem_ends_apart`)
                own_met |= !x.ordinary
                    && !b[j].ordinary
                    && (same_word(t.strings, x.word, b[j].word)
                        || stem_ends_apart(t.strings.get(x.word.skel), t.strings.get(b[j].word.skel)));
            }
            None => leave(x),
        }
    }
    for (j, y) in b.iter().enumerate() {
        if !used[j] {
            leave(y);
        }
    }
    // two words meeting, the words left over ordinary but for one and not the
    // most of either name; or one own word of the same spelling with one
    // ordinary word left over (`Высокого Атласа`, `Hohen Atlas`): two left
    // (`Estatal de Meteorología`, `Instytut Meteorologii`) are two names of one
    // kind, and an own word left (`Brus Braun`, `Borsa`) another name;
    // (rule `a_translation_moves_the_country_out_of_the_name`) but the one
    // word left over, the country at one name's edge, says where the body is,
    // which a translation writes beside the name or leaves out (`Russia's
    // Supreme Court`, `Верховный суд России`); two bodies of two countries
    // (`Supreme Court of Russia`, `of Ukraine`) each leave one and stay apart
    let country_excused = met >= 2 && own_left == 1 && countries_left == 1;
    if country_excused {
        own_left = 0;
    }
    // (rule `heads_met_by_meaning_say_a_kind`) ordinary words met by their meaning,
    // their cognate keys or their letters (`Tribunal`) say what kind of body a name
    // is, not which: with a word left over (`Верховна Рада`, the Supreme Council, and
    // `Yüksek Seçim Kurulu`, the Supreme Election Council; `Tribunal Supremo de Estados
    // Unidos` and `Tribunal Penal Internacional`) they are one body where their
    // articles tell one story, as is a body whose country one name leaves out (the
    // Serbian `Ministarstvo finansija SAD` is no Ukrainian article's `Міністерство фінансів`)
    let needs_story = country_excused || (left > 0 && !met_by_letters);
    // (rule `a_name_of_head_words_is_one_body_per_story`) two names of head words alone
    // (`Supreme Court`, `Oberster Gerichtshof`) name a kind of body
    let kind = |ws: &[NameWord]| ws.len() >= 2 && ws.iter().all(|w| w.concept != 0);
    let kinds = kind(a) && kind(b);
    let enough = match met {
        0 => false,
        1 => own_met && left <= 1 && own_left == 0,
        _ => own_left <= 1 && left <= met + 1 && (own_met || own_left == 0),
    };
    enough.then_some(Fit { met, left, own_left, needs_story, kinds })
}

/// Index key of a word: the first letters of a name's own word's skeleton, the cognate key of an ordinary one.
fn lookup_key(t: &Tables, w: &NameWord) -> Option<(bool, [u8; OWN_PREFIX])> {
    let skel = t.strings.get(w.word.skel).as_bytes();
    if w.ordinary {
        w.cognate.map(|c| (true, [c[0], c[1], c[2], 0]))
    } else {
        let mut key = [0; OWN_PREFIX];
        let n = skel.len().min(OWN_PREFIX);
        key[..n].copy_from_slice(&skel[..n]);
        (n > 0).then_some((false, key))
    }
}

/// Index key of a head word: its concept.
fn concept_key(w: &NameWord) -> Option<(bool, [u8; OWN_PREFIX])> {
    // a cognate key's first byte is never 0
    (w.concept != 0).then_some((true, [0, w.concept, 0, 0]))
}

/// Index key of a country at a name's edge: its code (rule `a_demonym_at_a_bodys_edge_is_its_country`:
/// `Libyan` finds `Ливийская`, whose letters it does not share).
fn country_key(w: &NameWord) -> Option<(bool, [u8; OWN_PREFIX])> {
    // an own word's key begins with a skeleton letter, never 0; a region's adjective finds
    // names by its letters alone, as many bodies' names hold one (`Conselho Europeu`,
    // `Avrupa Konseyi`)
    country_kept(w.country).map(|code| (false, [0, code, 0, 0]))
}

/// The country of a cluster whose names say two.
const TWO_COUNTRIES: u8 = u8::MAX;

/// The one country at a name's edges, by its code.
fn name_country(ws: &[NameWord]) -> Option<u8> {
    let mut codes = ws.iter().filter_map(|w| w.country).filter(|&code| code != 0);
    let first = codes.next()?;
    codes.all(|code| code == first).then_some(first)
}

/// The country of two clusters as one (see [`TWO_COUNTRIES`]).
fn merged_countries(a: Option<u8>, b: Option<u8>) -> Option<u8> {
    match (a, b) {
        (Some(x), Some(y)) if x != y => Some(TWO_COUNTRIES),
        (x, y) => x.or(y),
    }
}

/// Do two clusters say two countries? A cluster that says two already (two
/// bodies made one by their spellings) is joined to no other.
fn countries_apart(a: Option<u8>, b: Option<u8>) -> bool {
    a == Some(TWO_COUNTRIES) || b == Some(TWO_COUNTRIES) || matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// Items of one spelling whose articles a name met only by meaning is compared with
/// (rule `heads_met_by_meaning_say_a_kind`): the first are enough to find its story.
const STORY_SPELLINGS: usize = 8;

/// Clusters of one spelling of a name of head words alone that are compared by their stories.
const KIND_CLUSTERS: usize = 32;

/// Rule `a_name_of_head_words_is_one_body_per_story`: names spelt like a name of head words
/// alone (`kinds`: `Supreme Court`, `Върховния съд`) were kept apart per article where
/// names spelt alike are joined; the clusters of one spelling join where their articles
/// tell one story.
pub(super) fn join_kinds_of_one_story(p: &mut StoryPass, kinds: &HashSet<u32>) {
    let (items, t) = (p.items, p.t);
    let (uf, same_story) = (&mut *p.uf, &mut *p.same_story);
    if kinds.is_empty() {
        return;
    }
    // per spelling, its clusters, each with its items of a few articles
    let mut by_spelling: HashMap<u32, Vec<(usize, Vec<usize>)>> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        let joined = t.name(it).joined;
        if !kinds.contains(&joined) {
            continue;
        }
        let root = uf.find(n);
        let clusters = by_spelling.entry(joined).or_default();
        match clusters.iter().position(|(r, _)| *r == root) {
            Some(at) => {
                let of = &mut clusters[at].1;
                if of.len() < STORY_SPELLINGS && !of.iter().any(|&i| items[i].art == it.art) {
                    of.push(n);
                }
            }
            None if clusters.len() < KIND_CLUSTERS => clusters.push((root, vec![n])),
            None => {}
        }
    }
    for clusters in by_spelling.values() {
        for (x, (_, a)) in clusters.iter().enumerate() {
            for (_, b) in &clusters[x + 1..] {
                if uf.find(a[0]) != uf.find(b[0]) && a.iter().any(|&i| b.iter().any(|&j| same_story(i, j, uf))) {
                    uf.union(a[0], b[0]);
                }
            }
        }
    }
}

/// A bucket this large is a word too common to choose a name by.
const MAX_BUCKET: usize = 2_000;

/// Rule `translated_names` (see the module's documentation) over the corpus's
/// names in cased scripts. `placed` names are gazetteer places already.
pub(super) fn link_translated_names(p: &mut StoryPass, placed: &HashMap<usize, u32>) {
    let (items, t, langs) = (p.items, p.t, p.langs);
    let (uf, same_story) = (&mut *p.uf, &mut *p.same_story);
    let lang_of = |it: &Item| langs.get(it.art as usize).copied();
    // a name of a script without capitals only when made of head words (see `heads_only`)
    let eligible = |n: usize, it: &Item| {
        t.name(it).len >= 1
            && !t.is_acronym(it)
            && !placed.contains_key(&n)
            && lang_of(it)
                .is_some_and(|p| p.casing != Casing::Uncased || t.name(it).classes.heads_only(t.name(it).len as usize))
    };
    // one name per spelling: the same skeleton is one entity already; the first
    // few items of each spelling tell which stories it is named in
    // (rule `a_name_of_head_words_is_one_body_per_story`: such a name, one per spelling and cluster)
    let mut spelled: HashMap<(u32, usize), Vec<usize>> = HashMap::default();
    let mut spelling_of: HashMap<usize, (u32, usize)> = HashMap::default();
    let names: Vec<(usize, Vec<NameWord>)> = items
        .iter()
        .enumerate()
        .filter(|&(n, it)| {
            if !eligible(n, it) {
                return false;
            }
            let name = t.name(it);
            let scope = if name.classes.names_a_kind(name.len as usize) { uf.find(n) } else { usize::MAX };
            let of_spelling = spelled.entry((name.joined, scope)).or_default();
            if of_spelling.len() < STORY_SPELLINGS {
                of_spelling.push(n);
            }
            let first = of_spelling.len() == 1 && of_spelling[0] == n;
            if first {
                spelling_of.insert(n, (name.joined, scope));
            }
            first
        })
        .map(|(n, it)| (n, name_words(it, t, lang_of(it))))
        .filter(|(_, ws)| !ws.is_empty())
        .collect();
    // (rule `a_cluster_of_one_country_meets_no_other`) a cluster whose names say one
    // country is joined by no name of another: `Supreme Court`, written alike in two
    // stories, would bring Russia's court and the court of the United States together
    let mut countries: HashMap<usize, u8> = HashMap::default();
    for (n, ws) in &names {
        if let Some(code) = name_country(ws) {
            let root = uf.find(*n);
            if let Some(code) = merged_countries(countries.get(&root).copied(), Some(code)) {
                countries.insert(root, code);
            }
        }
    }
    // the names, to be found by any of their words
    let mut index: HashMap<(bool, [u8; OWN_PREFIX]), Vec<usize>> = HashMap::default();
    for (x, (_, ws)) in names.iter().enumerate() {
        let mut keys: Vec<_> =
            ws.iter().flat_map(|w| [lookup_key(t, w), concept_key(w), country_key(w)]).flatten().collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            index.entry(key).or_default().push(x);
        }
    }
    // a one-word name that a longer name of its own cluster already explains
    // (`Трамп` of `Дональд Трамп`) is that name's, not a translated one's
    let mut longer_root: HashSet<usize> = HashSet::default();
    for (n, it) in items.iter().enumerate() {
        if t.name(it).len >= 2 {
            longer_root.insert(uf.find(n));
        }
    }
    let mut candidates: Vec<usize> = Vec::new();
    let mut candidate_bits: Vec<u64> = Vec::new();
    let mut fits = Vec::new();
    // twice: a name whose best fits were still two clusters at its turn meets them as one
    for _pass in 0..2 {
        for (n, ws) in &names {
            let Some(lang) = lang_of(&items[*n]) else { continue };
            let root = uf.find(*n);
            if t.name(&items[*n]).len == 1 && longer_root.contains(&root) {
                continue;
            }
            // the name's own words find candidates; a name of ordinary words only, its rarest word
            candidates.clear();
            // (an own word may meet an ordinary word of the other name as a compound's part)
            let mut own: Vec<_> = ws
                .iter()
                .filter(|w| !w.ordinary)
                .flat_map(|w| [lookup_key(t, w), lookup_key(t, &NameWord { ordinary: true, ..*w })])
                .flatten()
                .collect();
            // (a country at its edge finds the names of that country, however spelt; a name
            // without own words is found by every word below, its country too)
            if !own.is_empty() {
                own.extend(ws.iter().filter_map(country_key));
            }
            if own.is_empty() {
                // (rule `every_word_of_a_name_finds_its_translations`) every word's names, by its
                // sound and by its meaning: a translation may meet one word by its letters
                // alone (`Nacional`, `nationale`), which the sound's key misses; the rarest
                // word's only made the names found hang on how often each word is named
                for w in ws {
                    for k in [lookup_key(t, w), concept_key(w), country_key(w)].into_iter().flatten() {
                        candidates.extend(index.get(&k).into_iter().filter(|b| b.len() <= MAX_BUCKET).flatten());
                    }
                }
            } else {
                for key in own {
                    candidates.extend(index.get(&key).into_iter().filter(|b| b.len() <= MAX_BUCKET).flatten());
                }
            }
            super::sorted_set::sort_unique(&mut candidates, names.len(), &mut candidate_bits);
            // the best fit in another language, if one cluster alone has it
            fits.clear();
            // (a name of its story's cluster already, which another story's fits as well)
            let mut told_own = false;
            for &x in candidates.iter() {
                let (m, other) = (names[x].0, &names[x].1);
                if m == *n || lang_of(&items[m]).is_none_or(|p| p.code == lang.code) {
                    continue;
                }
                if t.name(&items[m]).len == 1 && longer_root.contains(&uf.find(m)) {
                    continue;
                }
                let Some(fit) = fit(t, ws, other) else { continue };
                let mut told = false;
                // (rule `a_gazetteer_name_meets_names_as_a_name`) a gazetteer name of several
                // words is one country's body (`Assemblée nationale`, `Partito democratico`):
                // its translation in another story may be another country's; and it is met
                // word for word (not `Party for Freedom and Democracy`)
                let frozen = uf.frozen(*n) || uf.frozen(m);
                if frozen && fit.left > 0 {
                    continue;
                }
                if fit.needs_story || fit.kinds || frozen {
                    let of =
                        |x: usize| spelling_of.get(&x).and_then(|key| spelled.get(key)).map_or(&[][..], Vec::as_slice);
                    told = of(*n).iter().any(|&x| of(m).iter().any(|&y| same_story(x, y, uf)));
                    if (fit.needs_story || frozen) && !told {
                        continue;
                    }
                }
                let other_root = uf.find(m);
                if other_root != root {
                    fits.push((fit.rank(), other_root, lang_of(&items[m]).map_or("", |p| p.code), told));
                } else {
                    told_own |= told;
                }
            }
            // (rule `a_name_of_head_words_is_one_body_per_story`) `Oberster Gerichtshof` fits
            // the `Supreme Court` of two stories: the one of its own story
            if told_own || fits.iter().any(|&(_, _, _, told)| told) {
                fits.retain(|&(_, _, _, told)| told);
            }
            let Some(top) = fits.iter().map(|&(score, _, _, _)| score).max() else { continue };
            fits.retain(|&(score, _, _, _)| score == top);
            // clusters that fit as well by two words or more are all translations of
            // this name unless two names of one language disagree (`Interior
            // Ministry`, `Foreign Ministry`); by one word (`Nara` in `Präfektur
            // Nara`, `Medicina de Nara`), one cluster alone
            fits.sort_unstable_by_key(|&(_, r, code, _)| (code, r));
            fits.dedup_by_key(|&mut (_, r, _, _)| r);
            let agree = if top.0 >= 2 {
                fits.windows(2).all(|pair| pair[0].2 != pair[1].2 || pair[0].1 == pair[1].1)
            } else {
                fits.iter().all(|&(_, r, _, _)| uf.find(r) == uf.find(fits[0].1))
            };
            if agree {
                for &(_, other_root, _, _) in &fits {
                    let (here, there) = (uf.find(root), uf.find(other_root));
                    let (mine, theirs) = (countries.get(&here).copied(), countries.get(&there).copied());
                    if countries_apart(mine, theirs) {
                        continue;
                    }
                    uf.union_frozen(here, there);
                    if let Some(code) = merged_countries(mine, theirs) {
                        countries.insert(uf.find(here), code);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{WordClasses, cognate_key, country_kept, head_concept, region_code, stem_ends_apart};
    use crate::entities::recognise::tests::{article, id_of, run};
    use crate::lang::{Orthography, phonetic::skeleton};

    #[test]
    fn a_country_kept_is_neither_a_region_nor_unkept() {
        assert_eq!(country_kept(Some(3)), Some(3));
        assert_eq!(country_kept(Some(0)), None, "a country whose code the name does not keep");
        assert_eq!(country_kept(Some(region_code(3))), None, "a region");
        assert_eq!(country_kept(None), None);
    }

    #[test]
    fn borrowed_words_share_a_cognate_key_and_other_words_do_not() {
        let key = |w: &str| cognate_key(&skeleton(w, Orthography::English));
        assert_eq!(key("medical"), key("medizinisch"));
        assert_eq!(key("medical"), key("медицинск"));
        assert_eq!(key("university"), key("uniwersytet"));
        assert_eq!(key("party"), key("partei"));
        assert_ne!(key("police"), key("party"));
        assert_ne!(key("socialista"), key("kalkinma"), "a first hiss is no throat sound");
        assert_eq!(key("a"), None, "too short to say anything");
        assert_eq!(key("european"), cognate_key(&skeleton("европейской", Orthography::English)));
        assert_eq!(key("european"), cognate_key(&skeleton("evropske", Orthography::SouthSlavic)));
        assert_ne!(key("avdeev"), key("adeev"), "a v before another consonant than r stays");
    }

    #[test]
    fn a_name_translated_word_by_word_is_the_name_of_the_original() {
        let r = run(&[
            article("en", "en", "Rescue teams struggled to reach villages in the High Atlas mountains on Sunday."),
            article("ru", "ru", "Спасатели в воскресенье с трудом добирались до деревень Высокого Атласа."),
        ]);
        let en = id_of(&r, 0, "High Atlas");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Высокого Атласа"), en, "{r:?}");
    }

    #[test]
    fn every_word_of_a_name_finds_its_translations() {
        // `Nacional` meets `nationale` by its letters alone, and the sound's key of `Nacional`
        // finds no other name: `Assembleia`, a parliament by its meaning, finds the French one
        let r = run(&[
            article(
                "fr",
                "fr",
                "Emmanuel Macron a été réélu à Paris. Jean-Luc Mélenchon veut une majorité à l'Assemblée nationale.",
            ),
            article(
                "pt",
                "pt",
                "Emmanuel Macron foi reeleito em Paris. Jean-Luc Mélenchon quer uma maioria na Assembleia Nacional.",
            ),
        ]);
        let fr = id_of(&r, 0, "Assemblée nationale");
        assert!(fr.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Assembleia Nacional"), fr, "{r:?}");
    }

    #[test]
    fn a_country_is_no_spelling_variant_of_another_word() {
        // the skeletons of `European` and `Ιαπωνίας`, Japan's, are one letter apart: the Bank of
        // Japan is no translation of the European Central Bank
        let r = run(&[
            article(
                "en",
                "en",
                "The European Central Bank raised rates in Frankfurt on Thursday, while markets in Tokyo fell.",
            ),
            article(
                "el",
                "el",
                "Η Τράπεζα της Ιαπωνίας κράτησε τα επιτόκια χαμηλά στο Τόκιο την Πέμπτη, ενώ οι αγορές στη Φρανκφούρτη ανέβηκαν.",
            ),
        ]);
        let ecb = id_of(&r, 0, "European Central Bank");
        assert!(ecb.is_some(), "{:?}", r[0]);
        let boj = id_of(&r, 1, "Τράπεζα της Ιαπωνίας");
        assert!(boj.is_some(), "{:?}", r[1]);
        assert_ne!(boj, ecb, "{r:?}");
    }

    #[test]
    fn a_demonym_at_a_bodys_edge_is_its_country() {
        // `Syrian` and `Сирийская` share no skeleton: both are Syria's adjective
        let r = run(&[
            article(
                "en",
                "en",
                "The Syrian Arab Army shelled villages near Aleppo on Monday, and Turkey and Russia protested in Damascus.",
            ),
            article(
                "ru",
                "ru",
                "Сирийская арабская армия обстреляла в понедельник деревни под Алеппо, Турция и Россия выразили протест в Дамаске.",
            ),
        ]);
        let en = id_of(&r, 0, "Syrian Arab Army");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Сирийская арабская армия"), en, "{r:?}");
    }

    #[test]
    fn a_country_met_by_its_code_is_a_word_met() {
        // `Kuwait` and `Кувейтское` are one country's; `Investment` meets `инвестиционное`,
        // and `Authority` and `управление`, ordinary words, are left over in one story
        let r = run(&[
            article(
                "en",
                "en",
                "The Kuwait Investment Authority sold shares of Mercedes-Benz in Germany, Reuters reported from Kuwait on Monday.",
            ),
            article(
                "ru",
                "ru",
                "Кувейтское инвестиционное управление продало акции Mercedes-Benz в Германии, сообщило в понедельник агентство Reuters из Кувейта.",
            ),
        ]);
        let en = id_of(&r, 0, "Kuwait Investment Authority");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Кувейтское инвестиционное управление"), en, "{r:?}");
    }

    #[test]
    fn a_continents_adjective_keeps_bodies_apart() {
        // `Канадским` and `Европейского` agencies are two, though their other words meet
        let r = run(&[
            article(
                "en",
                "en",
                "The Canadian Space Agency and the European Space Agency will launch a rocket from Kourou, NASA said.",
            ),
            article(
                "ru",
                "ru",
                "Канадское космическое агентство и Европейское космическое агентство запустят ракету из Куру, сообщило НАСА.",
            ),
        ]);
        let canadian = id_of(&r, 1, "Канадское космическое агентство");
        assert!(canadian.is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "Европейское космическое агентство"), canadian, "{r:?}");
        assert_ne!(id_of(&r, 0, "European Space Agency"), canadian, "{r:?}");
    }

    #[test]
    fn a_continents_adjective_is_no_word_met() {
        // `Europeu` and `European` are one region's: that alone joins no council to a
        // commission (rule `a_continents_adjective_keeps_bodies_apart`)
        let r = run(&[
            article(
                "en",
                "en",
                "Frans Timmermans, the former European Commission vice-president, led the Labour list in The Hague.",
            ),
            article(
                "pt",
                "pt",
                "António Costa viria a ser escolhido meses mais tarde para presidente do Conselho Europeu em Bruxelas.",
            ),
        ]);
        let commission = id_of(&r, 0, "European Commission");
        assert!(commission.is_some(), "{:?}", r[0]);
        let council = id_of(&r, 1, "Conselho Europeu");
        assert!(council.is_some(), "{:?}", r[1]);
        assert_ne!(council, commission, "{r:?}");
    }

    #[test]
    fn a_lower_case_word_inside_a_name_is_ordinary() {
        // `инвестиционный` is in no word list of Russian: written in lower case, it is an
        // ordinary word, which meets `Investment` by its cognate key
        let r = run(&[
            article(
                "en",
                "en",
                "The Rostov Investment Fund bought a stake in the port of Taganrog, Vladimir Putin said in Moscow.",
            ),
            article(
                "ru",
                "ru",
                "Ростовский инвестиционный фонд купил долю в порту Таганрога, заявил в Москве Владимир Путин.",
            ),
        ]);
        let en = id_of(&r, 0, "Rostov Investment Fund");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Ростовский инвестиционный фонд"), en, "{r:?}");
        assert!(super::lower_case_inside(1, "банк") && !super::lower_case_inside(0, "банк"));
    }

    #[test]
    fn a_union_translated_by_a_word_of_another_root_is_the_original() {
        // `Ένωση` shares no letter with `Union`: they meet by their head concept, union
        let r = run(&[
            article("en", "en", "Andrei Sakharov was a dissident in the Soviet Union for many years."),
            article("el", "el", "Ο Αντρέι Ζαχάροφ ήταν αντιφρονών στη Σοβιετική Ένωση για πολλά χρόνια."),
        ]);
        let en = id_of(&r, 0, "Soviet Union");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Σοβιετική Ένωση"), en, "{r:?}");
    }

    #[test]
    fn a_bank_translated_by_a_word_of_another_root_is_the_original() {
        // `Τράπεζα` is a bank by its meaning (a concept past the 31 that five bits held)
        let r = run(&[
            article("en", "en", "On Friday shares of Attica Bank rose after the merger was approved in Athens."),
            article(
                "el",
                "el",
                "Οι μετοχές της Τράπεζας Αττικής ανέβηκαν την Παρασκευή μετά την έγκριση της συγχώνευσης στην Αθήνα.",
            ),
        ]);
        let en = id_of(&r, 0, "Attica Bank");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Τράπεζας Αττικής"), en, "{r:?}");
        let el = crate::lang::profile_of_code("el").unwrap_or(crate::lang::OTHER);
        assert_ne!(head_concept(el, "Τράπεζα"), 0);
    }

    #[test]
    fn a_name_of_ordinary_words_is_linked_by_two_borrowed_words() {
        let r = run(&[
            article("en", "en", "Kei Sato was a candidate of the Liberal Democratic Party in the election."),
            article("de", "de", "Kei Sato war Kandidat der Liberaldemokratischen Partei bei der Wahl."),
        ]);
        let en = id_of(&r, 0, "Liberal Democratic Party");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Liberaldemokratischen Partei"), en, "{r:?}");
    }

    #[test]
    fn a_name_whose_first_word_is_read_from_greek_eu_and_whose_head_is_translated_is_the_original() {
        // `Европейской`, `Evropske` write the Greek eu as ev, `European` as a vowel;
        // `Επιτροπής` is a commission by its meaning only
        let r = run(&[
            article("en", "en", "Ursula von der Leyen, the president of the European Commission, was delighted."),
            article("ru", "ru", "Урсула фон дер Ляйен, председатель Европейской комиссии, была рада."),
            article("sr", "sr", "Ursula fon der Lajen, predsednica Evropske komisije, bila je oduševljena."),
            article("el", "el", "Η Ούρσουλα φον ντερ Λάιεν, πρόεδρος της Ευρωπαϊκής Επιτροπής, δήλωσε ενθουσιασμένη."),
        ]);
        let en = id_of(&r, 0, "European Commission");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Европейской комиссии"), en, "{r:?}");
        assert_eq!(id_of(&r, 2, "Evropske komisije"), en, "{r:?}");
        assert_eq!(id_of(&r, 3, "Ευρωπαϊκής Επιτροπής"), en, "{r:?}");
    }

    #[test]
    fn words_that_sound_like_head_words_their_language_writes_otherwise_are_no_translation_of_them() {
        // `Манчестър` is one edit from `Ministry`'s skeleton and `Юнайтед` from `Interior`'s, but
        // Bulgarian writes those heads `министерство` and `вътрешни`
        let r = run(&[
            article("bg", "bg", "Отборът на Манчестър Юнайтед спечели мача в неделя вечерта."),
            article("en", "en", "The Interior Ministry said on Sunday that rescue teams were working."),
        ]);
        let ministry = id_of(&r, 1, "Interior Ministry");
        assert!(ministry.is_some(), "{:?}", r[1]);
        assert!(id_of(&r, 0, "Манчестър Юнайтед").is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 0, "Манчестър Юнайтед"), ministry, "{r:?}");
    }

    /// A story on Russia's court, in English, which writes the country before the court's name...
    const MEMORIAL_EN: &str = "Memorial was founded in Moscow and was dissolved by Russia's Supreme Court last December. \
                               Vladimir Putin did not comment.";
    /// ... and in Russian, which writes it inside.
    const MEMORIAL_RU: &str = "Мемориал был основан в Москве и ликвидирован по решению Верховного суда России в декабре. \
                               Владимир Путин не стал это комментировать.";

    #[test]
    fn a_court_whose_translation_names_its_country_is_the_court_of_the_original() {
        // `Supreme` and `Верховного` meet by their meaning; `России` is the country the
        // English writes before the name (rule `a_translation_moves_the_country_out_of_the_name`)
        let r = run(&[article("en", "en", MEMORIAL_EN), article("ru", "ru", MEMORIAL_RU)]);
        let en = id_of(&r, 0, "Supreme Court");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Верховного суда России"), en, "{r:?}");
    }

    #[test]
    fn a_court_named_with_its_country_on_both_sides_is_one_court() {
        // `US` and `США` are one country (rule `a_translation_moves_the_country_out_of_the_name`)
        let r = run(&[
            article(
                "en",
                "en",
                "The US Supreme Court overturned the ruling on Friday in Washington. Joe Biden called it a tragic error.",
            ),
            article(
                "ru",
                "ru",
                "Верховный суд США в пятницу отменил это решение в Вашингтоне. Джо Байден назвал его трагической ошибкой.",
            ),
        ]);
        let en = id_of(&r, 0, "US Supreme Court");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Верховный суд США"), en, "{r:?}");
    }

    #[test]
    fn courts_of_two_countries_stay_apart_though_one_name_is_written_in_both_stories() {
        // the English `Supreme Court` of both stories is one name; Russia's court and the
        // court of the United States meet it (rule `a_cluster_of_one_country_meets_no_other`)
        let r = run(&[
            article("en", "en", MEMORIAL_EN),
            article("ru", "ru", MEMORIAL_RU),
            article(
                "en",
                "en",
                "The US Supreme Court overturned Roe v. Wade in Washington. Joe Biden said the Supreme Court \
                 made a tragic error.",
            ),
            article(
                "de",
                "de",
                "Der Oberste Gerichtshof hob das Urteil am Freitag in Washington auf. Joe Biden nannte \
                 die Entscheidung einen tragischen Fehler.",
            ),
        ]);
        let russia = id_of(&r, 1, "Верховного суда России");
        assert!(russia.is_some(), "{:?}", r[1]);
        assert!(id_of(&r, 3, "Oberste Gerichtshof").is_some(), "{:?}", r[3]);
        assert_ne!(id_of(&r, 3, "Oberste Gerichtshof"), russia, "{r:?}");
    }

    /// A story on the court of the United States, which English names without its country.
    const ROE_EN: &str = "Joe Biden said in Washington that the Supreme Court made a tragic error on Friday.";

    #[test]
    fn a_name_of_head_words_spelt_alike_in_two_stories_is_two_bodies() {
        // rule `a_name_of_head_words_is_one_body_per_story`: Russia's court and the court of
        // the United States, both `Supreme Court`; a second article on the same story joins it
        let r = run(&[
            article("en", "en", MEMORIAL_EN),
            article("en", "en", ROE_EN),
            article("en", "en", "In Washington, Joe Biden called the ruling of the Supreme Court a tragic error."),
        ]);
        let russia = id_of(&r, 0, "Supreme Court");
        assert!(russia.is_some(), "{:?}", r[0]);
        let us = id_of(&r, 1, "Supreme Court");
        assert_ne!(us, russia, "{r:?}");
        assert_eq!(id_of(&r, 2, "Supreme Court"), us, "{r:?}");
    }

    #[test]
    fn names_one_edit_apart_with_two_countries_at_their_edges_are_two_bodies() {
        // `Верховного суда России` and `Верховный суд США` are one edit apart once stemmed
        // (rule `a_translation_moves_the_country_out_of_the_name`)
        let r = run(&[
            article("ru", "ru", MEMORIAL_RU),
            article(
                "ru",
                "ru",
                "Верховный суд США в пятницу отменил это решение в Вашингтоне. Джо Байден назвал его ошибкой.",
            ),
        ]);
        let russia = id_of(&r, 0, "Верховного суда России");
        assert!(russia.is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 1, "Верховный суд США"), russia, "{r:?}");
    }

    #[test]
    fn a_name_of_two_head_words_names_a_kind_and_one_of_three_a_body() {
        // rule `a_name_of_head_words_is_one_body_per_story`
        let en = crate::lang::profile_of_code("en").expect("en");
        let classes = |words: &[&str]| WordClasses::of(en, words.iter().copied(), false);
        assert!(classes(&["Supreme", "Court"]).names_a_kind(2));
        assert!(classes(&["Ministry", "of", "Interior"]).names_a_kind(3), "a function word aside");
        assert!(!classes(&["Maritime", "Self-Defense", "Force"]).names_a_kind(3));
        assert!(!classes(&["Tinmel", "Mosque"]).names_a_kind(2), "a word of its own");
    }

    #[test]
    fn bodies_whose_heads_meet_by_meaning_alone_beside_another_word_are_one_only_in_one_story() {
        // the Supreme Council of Ukraine and Turkey's Supreme Election Council, in two stories
        // (rule `heads_met_by_meaning_say_a_kind`)
        let r = run(&[
            article("uk", "uk", "Депутати Верховної Ради у Києві ухвалили закон про бюджет у четвер."),
            article("tr", "tr", "Yüksek Seçim Kurulu kesin sonuçları perşembe günü açıkladı."),
        ]);
        let council = id_of(&r, 1, "Yüksek Seçim Kurulu");
        assert!(council.is_some(), "{:?}", r[1]);
        assert!(id_of(&r, 0, "Верховної Ради").is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 0, "Верховної Ради"), council, "{r:?}");
    }

    #[test]
    fn names_that_share_one_word_beside_an_own_word_stay_apart() {
        let r = run(&[
            article("fr", "fr", "Donald Trump a parlé avec les journalistes à Paris mardi."),
            article("pl", "pl", "Donald Tusk rozmawiał z dziennikarzami w Warszawie we wtorek."),
        ]);
        let fr = id_of(&r, 0, "Donald Trump");
        assert!(fr.is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 1, "Donald Tusk"), fr, "{r:?}");
    }

    #[test]
    fn head_words_of_one_meaning_share_a_concept_across_languages() {
        let lang = |code: &str| crate::lang::profile_of_code(code).unwrap_or(crate::lang::OTHER);
        let mosque = head_concept(lang("en"), "Mosque");
        assert_ne!(mosque, 0);
        assert_eq!(head_concept(lang("tr"), "Camii"), mosque, "Turkish, with its possessive ending");
        assert_eq!(head_concept(lang("ru"), "мечети"), mosque, "Russian, in the genitive");
        assert_eq!(head_concept(lang("fr"), "Mosquée"), mosque, "accents folded");
        assert_ne!(head_concept(lang("de"), "Bahnhof"), mosque);
        let supreme = head_concept(lang("en"), "Supreme");
        assert_ne!(supreme, 0);
        for (code, word) in [("ru", "Верховного"), ("de", "Obersten"), ("es", "Supremo"), ("tr", "Yüksek")] {
            assert_eq!(head_concept(lang(code), word), supreme, "{code} {word}");
        }
        let commission = head_concept(lang("en"), "Commission");
        assert_ne!(commission, 0);
        assert_eq!(head_concept(lang("el"), "Επιτροπής"), commission, "a commission by its meaning");
        assert_eq!(head_concept(lang("es"), "Comisión"), commission);
        assert_eq!(head_concept(lang("en"), "Tinmel"), 0, "a name's own word");
    }

    #[test]
    fn a_hindi_name_of_head_words_is_its_translation_s_name() {
        let r = run(&[
            article(
                "en",
                "en",
                "Morocco's Interior Ministry said on Sunday that more than two thousand people had died.",
            ),
            article("hi", "hi", "मोरक्को के गृह मंत्रालय ने रविवार को कहा कि दो हज़ार से अधिक लोगों की मौत हो गई है।"),
        ]);
        let en = id_of(&r, 0, "Interior Ministry");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "गृह मंत्रालय"), en, "{r:?}");
        let lang = |code: &str| crate::lang::profile_of_code(code).unwrap_or(crate::lang::OTHER);
        assert_ne!(head_concept(lang("hi"), "बलात्कार"), head_concept(lang("en"), "Force"), "a whole word's stem");
    }

    #[test]
    fn a_head_word_marked_whole_is_no_stem_of_a_longer_word() {
        let lang = |code: &str| crate::lang::profile_of_code(code).unwrap_or(crate::lang::OTHER);
        let navy = head_concept(lang("en"), "Navy");
        assert_ne!(navy, 0);
        assert_eq!(head_concept(lang("es"), "Armada"), navy, "the Spanish navy");
        assert_ne!(head_concept(lang("es"), "Armadas"), navy, "armed, of `Fuerzas Armadas`");
    }

    #[test]
    fn armed_forces_are_no_translation_of_a_maritime_force() {
        let r = run(&[
            article("pt", "pt", "Um navio da Força Marítima de Autodefesa do Japão chegou ao porto na segunda-feira."),
            article("es", "es", "Las Fuerzas Armadas de Marruecos enviaron equipos de rescate a las aldeas."),
        ]);
        let pt = id_of(&r, 0, "Força Marítima de Autodefesa");
        assert!(pt.is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 1, "Fuerzas Armadas"), pt, "{r:?}");
    }

    #[test]
    fn arabic_persian_and_hebrew_head_words_have_a_concept_behind_their_proclitics() {
        let lang = |code: &str| crate::lang::profile_of_code(code).unwrap_or(crate::lang::OTHER);
        let ministry = head_concept(lang("en"), "Ministry");
        assert_ne!(ministry, 0);
        assert_eq!(head_concept(lang("ar"), "وزارة"), ministry);
        assert_eq!(head_concept(lang("ar"), "والوزارة"), ministry, "and + the article");
        assert_eq!(head_concept(lang("he"), "במשרד"), ministry, "in + ministry");
        assert_eq!(head_concept(lang("fa"), "وزارت"), ministry);
        assert_eq!(head_concept(lang("ar"), "الداخلية"), head_concept(lang("en"), "Interior"));
        assert_eq!(head_concept(lang("ar"), "جامعة"), head_concept(lang("en"), "University"), "the longest stem wins");
        assert_eq!(head_concept(lang("ar"), "بايدن"), 0, "a name's own word");
    }

    #[test]
    fn a_name_of_head_words_in_arabic_or_hebrew_is_its_translation() {
        let r = run(&[
            article("en", "en", "On Sunday the Interior Ministry said 2,000 people had died, with no details."),
            article("ar", "ar", "وقالت وزارة الداخلية إن ألفي شخص لقوا حتفهم."),
            article("he", "he", "לפי משרד הפנים נהרגו יותר מאלפיים בני אדם."),
        ]);
        let en = id_of(&r, 0, "Interior Ministry");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "وزارة الداخلية"), en, "{:?}", r[1]);
        assert_eq!(id_of(&r, 2, "משרד הפנים"), en, "{:?}", r[2]);
    }

    #[test]
    fn names_of_head_words_of_other_meanings_stay_apart() {
        let r = run(&[
            article("en", "en", "On Sunday the Health Ministry said 2,000 people had died, with no details."),
            article("ar", "ar", "وقالت وزارة الداخلية إن ألفي شخص لقوا حتفهم."),
        ]);
        let en = id_of(&r, 0, "Health Ministry");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 1, "وزارة الداخلية"), en, "{:?}", r[1]);
    }

    #[test]
    fn place_type_words_say_a_province_or_a_town() {
        use super::{PlaceType, place_type};
        let lang = |code: &str| crate::lang::profile_of_code(code).unwrap_or(crate::lang::OTHER);
        assert_eq!(place_type(lang("de"), "Provinz"), Some(PlaceType::Province));
        assert_eq!(place_type(lang("de"), "Präfektur"), Some(PlaceType::Province));
        assert_eq!(place_type(lang("de"), "Stadt"), Some(PlaceType::Town));
        assert_eq!(place_type(lang("tr"), "köyü"), Some(PlaceType::Town));
        assert_eq!(place_type(lang("de"), "Moschee"), None);
    }

    #[test]
    fn a_name_whose_head_word_is_translated_is_the_name_of_the_original() {
        let r = run(&[
            article("en", "en", "The quake damaged the Tinmel Mosque, a twelfth-century landmark, on Friday."),
            article("tr", "tr", "Deprem cuma günü 12. yüzyıldan kalma Tinmel Camii binasını yıktı."),
        ]);
        let en = id_of(&r, 0, "Tinmel Mosque");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Tinmel Camii"), en, "{r:?}");
    }

    #[test]
    fn a_place_named_like_a_given_name_is_an_own_word_of_an_institution() {
        // `Nara` is also a given name; in an organisation's name it is the place, which must meet
        let r = run(&[
            article("en", "en", "Officers of the Nara Police arrested the suspect on Friday."),
            article("tr", "tr", "Nara Polisi şüpheliyi cuma günü gözaltına aldı."),
        ]);
        let en = id_of(&r, 0, "Nara Police");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Nara Polisi"), en, "{r:?}");
    }

    #[test]
    fn translations_that_fit_a_name_equally_well_are_one_entity() {
        // each pair fits as well as any other: no single best cluster, but all are one
        let r = run(&[
            article("en", "en", "He was taken to Nara Medical University Hospital on Friday."),
            article("de", "de", "Er wurde am Freitag in die Medizinischen Universität Nara gebracht."),
            article("ru", "ru", "В пятницу его доставили в больницу Медицинского университета Нары."),
            article("uk", "uk", "У п'ятницю його доставили до лікарні Медичного університету Нари."),
        ]);
        let en = id_of(&r, 0, "Nara Medical University Hospital");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Medizinischen Universität Nara"), en, "{r:?}");
        assert_eq!(id_of(&r, 2, "Медицинского университета Нары"), en, "{r:?}");
        assert_eq!(id_of(&r, 3, "Медичного університету Нари"), en, "{r:?}");
    }

    #[test]
    fn a_station_named_without_its_head_word_is_the_station_whatever_its_stem_reads() {
        // `Ямато-Сайдайдзи`: each part of the hyphenated name is stemmed (`ямат-сайдайдз`), its
        // first part is a given name, and its stem's дз reads z where the English stem's j is j
        let r = run(&[
            article("en", "en", "Abe was speaking outside Yamato-Saidaiji Station in support of a candidate."),
            article("ru", "ru", "Абэ выступал у станции Ямато-Сайдайдзи в поддержку кандидата."),
            article("bg", "bg", "Абе говореше пред гара Ямато-Сайдайджи в подкрепа на кандидат."),
        ]);
        let en = id_of(&r, 0, "Yamato-Saidaiji Station");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Ямато-Сайдайдзи"), en, "{r:?}");
        assert_eq!(id_of(&r, 2, "Ямато-Сайдайджи"), en, "{r:?}");
    }

    #[test]
    fn skeletons_whose_stems_end_apart_differ_in_a_last_affricate_only() {
        assert!(stem_ends_apart("VmtsdJ", "Vmtsdz"));
        assert!(!stem_ends_apart("Vmtsdz", "Vmtsdd"), "not an affricate");
        assert!(!stem_ends_apart("VmtsJd", "Vmtszd"), "not the last letter");
        assert!(!stem_ends_apart("kmrJ", "kmrz"), "too short to decide alone");
    }

    #[test]
    fn a_hyphenated_word_is_a_given_name_only_when_every_part_is_one() {
        let ru = crate::lang::profile_of_code("ru").expect("ru");
        let fr = crate::lang::profile_of_code("fr").expect("fr");
        assert!(!WordClasses::of(ru, ["Ямато-Сайдайдзи"].into_iter(), true).begins_with_given_name());
        assert!(WordClasses::of(fr, ["Jean-Luc", "Mélenchon"].into_iter(), true).begins_with_given_name());
    }

    #[test]
    fn a_constitutional_court_is_a_kind_of_body_in_every_language() {
        // heads.tsv's concept `constitutional`: every country has one (`names_a_kind`)
        for (code, words) in [
            ("tr", ["Anayasa", "Mahkemesi"]),
            ("en", ["Constitutional", "Court"]),
            ("ru", ["Конституционный", "суд"]),
            ("es", ["Tribunal", "Constitucional"]),
        ] {
            let lang = crate::lang::profile_of_code(code).expect(code);
            assert!(WordClasses::of(lang, words.into_iter(), false).names_a_kind(2), "{code}");
        }
    }

    #[test]
    fn a_word_of_the_language_or_a_head_is_no_name_s_own_word() {
        // (rule `an_organisation_by_its_own_end_word` in link.rs names a body by its own word only)
        let de = crate::lang::profile_of_code("de").expect("de");
        let en = crate::lang::profile_of_code("en").expect("en");
        let own = |lang, word: &str| WordClasses::of(lang, [word].into_iter(), false).own_word(0);
        assert!(own(de, "Leverkusen") && own(en, "Newcastle"));
        assert!(!own(en, "House"), "a word of English");
        assert!(!own(de, "Bank"), "a head word");
        assert!(!own(de, "der"), "a function word");
    }
}
