//! Rule `chinese_names_in_other_scripts`: the press of each script writes a
//! Chinese person's name by a known transcription of its pinyin syllables
//! (`Си Цзиньпин`, `Si Đinping`, `Σι Τζινπίνγκ`, `Şi Cinping`, `शी जिनपिंग`,
//! `شي جين بينغ`, `שי ג'ינפינג`: Xi Jinping). A name whose family name is one
//! syllable of a Chinese family name and whose given name is one or two
//! syllables, each spelt as the language's system writes a pinyin syllable
//! (`data/lang/sino.tsv`), is read back into pinyin: a few readings where the
//! system writes two syllables alike (Palladius `си` is xi, `сы` si, and folded
//! both are `си`). A reading joins the name to the one person the corpus names
//! in pinyin (`Xi Jinping`) or in Han characters (`习近平`), never to a name of
//! its own kind in another script: a word that merely parses (`Сила`) meets
//! nothing, and a name no article writes in pinyin stays as it was.

use std::sync::OnceLock;

use crate::entities::EntityKind;
use crate::entities::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};

const SINO_TSV: &str = include_str!("../../../data/lang/sino.tsv");

/// Readings kept per name: the systems' ambiguities multiply per syllable.
const MAX_READINGS: usize = 32;
/// Syllables of a Chinese given name.
const MAX_GIVEN_SYLLABLES: usize = 2;
/// Letters of the shortest pinyin name linked (`Li Na` spells too many others).
const MIN_PINYIN_LETTERS: usize = 5;
/// Han characters a syllable of the inventory is the reading of, at least (any_ascii
/// reads a few characters by their Cantonese or Japanese sounds: `baak`, `seki`).
const MIN_READINGS: usize = 2;

/// The transcription systems of `data/lang/sino.tsv`, by the languages that use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum System {
    /// Palladius: Russian, and Ukrainian and Bulgarian through the folding.
    Cyrillic,
    Serbian,
    Greek,
    Turkish,
    Devanagari,
    /// Arabic, and Persian through the folding (`ی`, `ک`).
    Arabic,
    Hebrew,
}

impl System {
    const ALL: [System; 7] = [
        System::Cyrillic,
        System::Serbian,
        System::Greek,
        System::Turkish,
        System::Devanagari,
        System::Arabic,
        System::Hebrew,
    ];

    fn of(code: &str) -> Option<System> {
        Some(match code {
            "ru" | "uk" | "bg" => System::Cyrillic,
            "sr" => System::Serbian,
            "el" => System::Greek,
            "tr" => System::Turkish,
            "hi" => System::Devanagari,
            "ar" | "fa" => System::Arabic,
            "he" => System::Hebrew,
            _ => return None,
        })
    }

    /// Its name in the data file's first column.
    fn column(self) -> &'static str {
        match self {
            System::Cyrillic => "cyr",
            System::Serbian => "sr",
            System::Greek => "el",
            System::Turkish => "tr",
            System::Devanagari => "hi",
            System::Arabic => "ar",
            System::Hebrew => "he",
        }
    }

    /// A word folded as the system's spellings are: letter case, accents, and the
    /// letters its languages write one sound with, one letter.
    fn fold(self, word: &str) -> String {
        let mut out = String::with_capacity(word.len());
        match self {
            System::Cyrillic => {
                for c in word.chars().flat_map(char::to_lowercase) {
                    match c {
                        'ё' | 'э' | 'є' | 'ъ' => out.push('е'),
                        'і' | 'ї' | 'ы' => out.push('и'),
                        'ґ' => out.push('г'),
                        'ь' | '\'' | '\u{2019}' | '\u{02bc}' | '-' => {}
                        c => out.push(c),
                    }
                }
            }
            System::Serbian => {
                for c in word.chars().flat_map(char::to_lowercase) {
                    match c {
                        'ђ' => out.push('đ'),
                        'ћ' => out.push('ć'),
                        'џ' => out.push_str("dž"),
                        'ж' => out.push('ž'),
                        'ч' => out.push('č'),
                        'ш' => out.push('š'),
                        'љ' => out.push_str("lj"),
                        'њ' => out.push_str("nj"),
                        'ј' => out.push('j'),
                        'ц' => out.push('c'),
                        'х' => out.push('h'),
                        '-' => {}
                        c if ('а'..='я').contains(&c) => {
                            // the letters Serbian Cyrillic shares with Latin, one for one
                            const CYRILLIC: &str = "абвгдезиклмнопрстуф";
                            const LATIN: &str = "abvgdeziklmnoprstuf";
                            match CYRILLIC.chars().position(|x| x == c) {
                                Some(i) => out.extend(LATIN.chars().nth(i)),
                                None => out.push(c),
                            }
                        }
                        c => out.push(c),
                    }
                }
            }
            System::Greek => {
                for c in crate::lang::fold_str(word).chars() {
                    match c {
                        'ς' => out.push('σ'),
                        '-' => {}
                        c => out.push(c),
                    }
                }
            }
            System::Turkish => {
                for c in word.chars() {
                    match c {
                        'I' | 'ı' | 'İ' => out.push('i'),
                        '-' => {}
                        c => out.extend(c.to_lowercase()),
                    }
                }
            }
            System::Devanagari => {
                for c in word.chars() {
                    match c {
                        // nukta, and the letters written with one (`फ़` is `फ`)
                        '\u{093c}' | '\u{200c}' | '\u{200d}' | '-' => {}
                        '\u{0958}'..='\u{095f}' => out.push(match c {
                            '\u{0958}' => 'क',
                            '\u{0959}' => 'ख',
                            '\u{095a}' => 'ग',
                            '\u{095b}' => 'ज',
                            '\u{095c}' => 'ड',
                            '\u{095d}' => 'ढ',
                            '\u{095e}' => 'फ',
                            _ => 'य',
                        }),
                        '\u{0901}' => out.push('\u{0902}'),
                        c => out.push(c),
                    }
                }
            }
            System::Arabic => {
                for c in word.chars() {
                    match c {
                        '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}' | '\u{200c}' | '\u{200d}' | '-' => {}
                        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
                        'ى' | 'ی' | 'ئ' => out.push('ي'),
                        'ک' => out.push('ك'),
                        'ة' => out.push('ه'),
                        'ؤ' => out.push('و'),
                        c => out.push(c),
                    }
                }
            }
            System::Hebrew => {
                for c in word.chars() {
                    match c {
                        '\u{0591}'..='\u{05c7}' | '\u{200c}' | '\u{200d}' | '-' => {}
                        'ך' => out.push('כ'),
                        'ם' => out.push('מ'),
                        'ן' => out.push('נ'),
                        'ף' => out.push('פ'),
                        'ץ' => out.push('צ'),
                        '\u{05f3}' | '\u{2019}' | '\u{2018}' | '`' | '\u{02bc}' => out.push('\''),
                        c => out.push(c),
                    }
                }
            }
        }
        out
    }
}

/// Mandarin's syllables as pinyin (no tones), and those that are family names.
struct Syllables {
    all: Vec<String>,
    /// Index of each syllable in `all`.
    index: HashMap<String, u16>,
    surnames: HashSet<u16>,
    /// Letters of the longest syllable.
    longest: usize,
}

/// The syllables `any_ascii` reads Han characters as, each the reading of
/// [`MIN_READINGS`] characters or more, and the readings of the first
/// character of the common Chinese family names.
fn syllables() -> &'static Syllables {
    static SYLLABLES: OnceLock<Syllables> = OnceLock::new();
    SYLLABLES.get_or_init(|| {
        let mut readings: HashMap<String, usize> = HashMap::default();
        let mut family: HashSet<String> = HashSet::default();
        for c in '\u{4e00}'..='\u{9fff}' {
            let reading = any_ascii::any_ascii_char(c).to_ascii_lowercase();
            if reading.is_empty() || !reading.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            if crate::lang::segment::is_family_name(c) {
                family.insert(reading.clone());
            }
            *readings.entry(reading).or_default() += 1;
        }
        let mut all: Vec<String> = readings
            .into_iter()
            .filter(|(s, n)| *n >= MIN_READINGS && initial_and_final(s).is_some())
            .map(|(s, _)| s)
            .collect();
        all.sort_unstable();
        let index: HashMap<String, u16> = all.iter().enumerate().map(|(i, s)| (s.clone(), i as u16)).collect();
        let surnames = family.iter().filter_map(|s| index.get(s).copied()).collect();
        let longest = all.iter().map(String::len).max().unwrap_or(0);
        Syllables { all, index, surnames, longest }
    })
}

/// Pinyin initials, the two-letter ones first.
const INITIALS: [&str; 21] =
    ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s"];

/// The finals the data file writes.
const FINALS: [&str; 36] = [
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "iao", "ie", "iu", "ian",
    "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ü", "üe", "üan", "ün",
];

/// A pinyin syllable's initial (`0` for none) and final, with `ü` where pinyin
/// writes `u` (`ju`, `xue`) and y-, w- syllables as their finals (`yan` is `ian`, `wei` `ui`).
fn initial_and_final(syllable: &str) -> Option<(&'static str, String)> {
    let (initial, rest) = match INITIALS.iter().find(|i| syllable.len() > i.len() && syllable.starts_with(*i)) {
        Some(i) => (*i, &syllable[i.len()..]),
        None => ("0", syllable),
    };
    let fin: String = match (initial, rest) {
        ("j" | "q" | "x", r) if r.starts_with('u') => format!("ü{}", &r[1..]),
        ("l" | "n", "ue") => "üe".to_owned(),
        ("0", r) if r.starts_with('y') => match &r[1..] {
            "i" | "in" | "ing" => r[1..].to_owned(),
            "u" | "ue" | "uan" | "un" => format!("ü{}", &r[2..]),
            "ou" => "iu".to_owned(),
            v if !v.starts_with('i') && !v.starts_with('u') => format!("i{v}"),
            _ => return None,
        },
        ("0", r) if r.starts_with('w') => match &r[1..] {
            "u" => "u".to_owned(),
            "ei" => "ui".to_owned(),
            "en" => "un".to_owned(),
            v if !v.starts_with('u') => format!("u{v}"),
            _ => return None,
        },
        (_, r) => r.to_owned(),
    };
    FINALS.contains(&fin.as_str()).then_some((initial, fin))
}

/// One system's spellings: each folded spelling and the syllables it writes.
#[derive(Default)]
struct Spellings {
    by_spelling: HashMap<String, Vec<u16>>,
    /// Chars of the longest spelling.
    longest: usize,
    /// Case endings of the last word, folded, longest first.
    endings: Vec<String>,
}

/// Each system's spellings, from `data/lang/sino.tsv`.
fn spellings(system: System) -> &'static Spellings {
    static ALL: OnceLock<HashMap<System, Spellings>> = OnceLock::new();
    static NONE: OnceLock<Spellings> = OnceLock::new();
    ALL.get_or_init(|| {
        // `system<TAB>part<TAB>pinyin` → spellings
        let mut rows: HashMap<String, Vec<&str>> = HashMap::default();
        for line in SINO_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut cols = line.split('\t');
            let (Some(system), Some(part), Some(pinyin), Some(written)) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            rows.entry(format!("{system}\t{part}\t{pinyin}"))
                .or_default()
                .extend(written.split(' ').filter(|s| !s.is_empty()));
        }
        let syllables = syllables();
        System::ALL
            .iter()
            .map(|&system| {
                let col = system.column();
                let get = |part: &str, pinyin: &str| rows.get(&format!("{col}\t{part}\t{pinyin}"));
                let mut out = Spellings::default();
                for (s, syllable) in syllables.all.iter().enumerate() {
                    let Some((initial, fin)) = initial_and_final(syllable) else { continue };
                    let mut written: Vec<String> = Vec::new();
                    if let Some(whole) = get("syl", syllable) {
                        written.extend(whole.iter().map(|w| w.replace('-', "")));
                    } else if let Some(zero) = get("zfinal", &fin).filter(|_| initial == "0") {
                        written.extend(zero.iter().map(|w| w.replace('-', "")));
                    } else if let (Some(starts), Some(ends)) = (get("init", initial), get("final", &fin)) {
                        for start in starts {
                            for end in ends {
                                written.push(format!("{start}{end}").replace('-', ""));
                            }
                        }
                    }
                    for w in written.iter().map(|w| system.fold(w)).filter(|w| !w.is_empty()) {
                        out.longest = out.longest.max(w.chars().count());
                        let at = out.by_spelling.entry(w).or_default();
                        if !at.contains(&(s as u16)) {
                            at.push(s as u16);
                        }
                    }
                }
                if let Some(endings) = get("ending", "-") {
                    out.endings = endings.iter().map(|e| system.fold(e)).collect();
                    out.endings.sort_by_key(|e| std::cmp::Reverse(e.len()));
                }
                (system, out)
            })
            .collect()
    })
    .get(&system)
    .unwrap_or_else(|| NONE.get_or_init(Spellings::default))
}

/// The pinyin names a corpus writes in pinyin, that transcriptions are read towards: an
/// abjad's spelling has hundreds of readings (`شي جين بينغ`: she genbeng, shi jinping …).
#[derive(Default)]
struct Known {
    families: HashSet<String>,
    /// Every start of a given name (`j`, `ji`, `jin` … `jinping`).
    given_starts: HashSet<String>,
}

impl Known {
    fn add(&mut self, key: &str) {
        let Some((family, given)) = key.split_once(' ') else { return };
        self.families.insert(family.to_owned());
        for (end, _) in given.char_indices().skip(1) {
            self.given_starts.insert(given[..end].to_owned());
        }
        self.given_starts.insert(given.to_owned());
    }
}

/// The pinyin readings of a folded word of at most `max` syllables written as `spellings`
/// writes them (or, with none, as pinyin itself), added to `out` (at most [`MAX_READINGS`]);
/// with `towards`, only the readings that start one of its given names.
fn readings(
    word: &str,
    max: usize,
    spellings: Option<&Spellings>,
    towards: Option<&HashSet<String>>,
    out: &mut Vec<String>,
) {
    let chars: Vec<char> = word.chars().collect();
    let mut reading = String::new();
    read_from(&chars, 0, max, (spellings, towards), &mut reading, out);
}

fn read_from(
    chars: &[char],
    at: usize,
    left: usize,
    (spellings, towards): (Option<&Spellings>, Option<&HashSet<String>>),
    reading: &mut String,
    out: &mut Vec<String>,
) {
    if at == chars.len() {
        if !reading.is_empty() && !out.contains(reading) && out.len() < MAX_READINGS {
            out.push(reading.clone());
        }
        return;
    }
    if left == 0 || out.len() >= MAX_READINGS {
        return;
    }
    let syllables = syllables();
    let longest = spellings.map_or(syllables.longest, |s| s.longest);
    let mut piece = String::new();
    for len in 1..=longest.min(chars.len() - at) {
        piece.clear();
        piece.extend(&chars[at..at + len]);
        let written: &[u16] = match spellings {
            Some(s) => s.by_spelling.get(&piece).map_or(&[], Vec::as_slice),
            None => match syllables.index.get(&piece) {
                Some(i) => std::slice::from_ref(i),
                None => &[],
            },
        };
        for &s in written {
            let keep = reading.len();
            reading.push_str(&syllables.all[s as usize]);
            if towards.is_none_or(|starts| starts.contains(reading.as_str())) {
                read_from(chars, at + len, left - 1, (spellings, towards), reading, out);
            }
            reading.truncate(keep);
        }
    }
}

/// The keys (`xi jinping`) of a Chinese name of two or three words: a family name
/// of one syllable that is a Chinese family name's, and a given name of one or
/// two syllables (written as one word or two: Arabic `جين بينغ`).
fn name_keys(
    words: &[&str],
    fold: impl Fn(&str) -> String,
    spellings: Option<&Spellings>,
    known: Option<&Known>,
) -> Vec<String> {
    let [family, given @ ..] = words else { return Vec::new() };
    if !(1..=2).contains(&given.len()) {
        return Vec::new();
    }
    let syllables = syllables();
    let mut families = Vec::new();
    readings(&fold(family), 1, spellings, None, &mut families);
    families.retain(|f| {
        syllables.index.get(f).is_some_and(|s| syllables.surnames.contains(s))
            && known.is_none_or(|k| k.families.contains(f))
    });
    if families.is_empty() {
        return Vec::new();
    }
    let given: String = given.iter().map(|w| fold(w)).collect();
    let mut givens = Vec::new();
    let towards = known.map(|k| &k.given_starts);
    readings(&given, MAX_GIVEN_SYLLABLES, spellings, towards, &mut givens);
    // the given name's case form (`Цзиньпином`, `Ćijanga`) read without its ending
    for ending in spellings.map_or(&[][..], |s| s.endings.as_slice()) {
        if let Some(stem) = given.strip_suffix(ending.as_str()).filter(|s| !s.is_empty()) {
            readings(stem, MAX_GIVEN_SYLLABLES, spellings, towards, &mut givens);
        }
    }
    let mut keys = Vec::new();
    for f in &families {
        for g in &givens {
            if f.len() + g.len() >= MIN_PINYIN_LETTERS && keys.len() < MAX_READINGS {
                keys.push(format!("{f} {g}"));
            }
        }
    }
    keys
}

/// The words of a name as written: Turkish suffixes after an apostrophe cut off (`Qiang'ı`).
fn name_words(name: &str, turkish: bool) -> Vec<&str> {
    name.split_whitespace().map(|w| if turkish { w.split(['\'', '\u{2019}']).next().unwrap_or(w) } else { w }).collect()
}

/// The key of a Chinese name written in pinyin (`Xi Jinping`: `xi jinping`), if it is one.
fn pinyin_key(name: &str, turkish: bool) -> Option<String> {
    let fold = |w: &str| -> String { crate::lang::fold_str(w).chars().filter(|c| !matches!(c, '\'' | '-')).collect() };
    let words = name_words(name, turkish);
    if !words.iter().all(|w| fold(w).bytes().all(|b| b.is_ascii_lowercase())) {
        return None;
    }
    let keys = name_keys(&words, fold, None, None);
    // a pinyin spelling is read one way only
    match keys.as_slice() {
        [key] => Some(key.clone()),
        _ => None,
    }
}

/// The keys of a name written by `system`'s transcription of pinyin that are `known`.
fn transcribed_keys(name: &str, system: System, known: &Known) -> Vec<String> {
    let words = name_words(name, system == System::Turkish);
    name_keys(&words, |w| system.fold(w), Some(spellings(system)), Some(known))
}

/// Rule `chinese_names_in_other_scripts` (see the module's comment): each person's
/// name that a language's transcription of pinyin reads as a Chinese name joins the
/// one person the corpus writes with that pinyin, in Latin letters or in Han characters.
pub(super) fn join_chinese_names_in_other_scripts(
    articles: &[crate::corpus::Article],
    items: &[super::Item],
    t: &super::Tables,
    langs: &[&'static crate::lang::Profile],
    cands: &[super::Kept],
    uf: &mut super::UnionFind,
) {
    let person = |it: &super::Item| cands.get(it.cand as usize).is_some_and(|c| c.kind == EntityKind::Person);
    let code = |it: &super::Item| langs.get(it.art as usize).map_or("", |p| p.code);
    if !items.iter().any(|it| System::of(code(it)).is_some()) {
        return;
    }
    // the people the corpus writes in pinyin or in Han characters, by their keys
    let mut in_pinyin: HashMap<String, Vec<usize>> = HashMap::default();
    // keys per entry of the name table and language: a long article names one person thousands of times
    let mut pinyin_of: HashMap<(u32, &str), Option<String>> = HashMap::default();
    let mut keys_of: HashMap<(u32, &str), Vec<String>> = HashMap::default();
    // the items to read by a transcription, by number: their entries are remade from
    // them (a 60 MB article has a million such names, and (item, entry) pairs were 32 MB)
    let mut todo: Vec<u32> = Vec::new();
    for (n, it) in items.iter().enumerate() {
        let lang = code(it);
        let len = t.name(it).len;
        let han = lang == "zh" && len == 1 && person(it);
        if !han && !(2..=3).contains(&len) {
            continue;
        }
        let entry = (it.name, lang);
        let pinyin = pinyin_of.entry(entry).or_insert_with(|| {
            if han {
                let written = t.joined(it);
                let chars = written.chars().count();
                let han_name = (2..=3).contains(&chars)
                    && written.chars().all(|c| matches!(c, '\u{4e00}'..='\u{9fff}'))
                    && written.chars().next().is_some_and(crate::lang::segment::is_family_name);
                return han_name
                    .then(|| pinyin_key(&crate::entities::segmented::latin_display(written), false))
                    .flatten();
            }
            // (Serbian reads `Si` as pinyin `xi`: its Latin names are no pinyin)
            if lang == "sr" {
                return None;
            }
            super::written_name(articles, cands, it).and_then(|name| pinyin_key(name, lang == "tr"))
        });
        if let Some(key) = pinyin.as_ref().filter(|_| person(it)) {
            in_pinyin.entry(key.clone()).or_default().push(n);
            continue;
        }
        if pinyin.is_none() && System::of(lang).is_some() {
            todo.push(n as u32);
        }
    }
    if in_pinyin.is_empty() {
        return;
    }
    let mut known = Known::default();
    for key in in_pinyin.keys() {
        known.add(key);
    }
    // the people of a key a name of one firm kind may join, remembered: a person named in
    // thousands of articles was read whole for each name meeting it (see [`Met`])
    let mut met: HashMap<(&str, (bool, bool)), Met> = HashMap::default();
    for n in todo {
        let n = n as usize;
        let entry = (items[n].name, code(&items[n]));
        let Some(system) = System::of(entry.1) else { continue };
        let keys = keys_of.entry(entry).or_insert_with(|| {
            super::written_name(articles, cands, &items[n])
                .map(|name| transcribed_keys(name, system, &known))
                .unwrap_or_default()
        });
        let Some(firm) = cands.get(items[n].cand as usize).map(super::firm_kinds) else { continue };
        // the one cluster all the people met are in (its root, their first item), unless several
        let mut one: Option<(usize, usize)> = None;
        let mut several = false;
        for key in keys.iter() {
            let Some((key, people)) = in_pinyin.get_key_value(key) else { continue };
            let known = met.get(&(key.as_str(), firm)).copied();
            let now = match known {
                Some(Met::Two(a, b)) if uf.find(a) != uf.find(b) => Met::Two(a, b),
                Some(Met::Nobody) => Met::Nobody,
                Some(Met::One(f)) => Met::One(f),
                _ => {
                    let passes = |f: usize| !super::items_kinds_firmly_differ(cands, &items[n], &items[f]);
                    let now = Met::of(people, passes, uf);
                    met.insert((key.as_str(), firm), now);
                    now
                }
            };
            match now {
                Met::Nobody => {}
                Met::Two(..) => several = true,
                Met::One(f) => {
                    let root = uf.find(f);
                    match one {
                        None => one = Some((root, f)),
                        Some((r, first)) if r == root => one = Some((r, first.min(f))),
                        Some(_) => several = true,
                    }
                }
            }
            if several {
                break;
            }
        }
        if let (false, Some((_, f))) = (several, one) {
            uf.union(n, f);
        }
    }
}

/// The people of a key a name may join (those whose kind does not firmly differ from the
/// name's, which depends on the name's [`super::firm_kinds`] alone), as the clusters were
/// when they were read. Clusters only merge: `One` stays true, and `Two` while its two
/// items are in two clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Met {
    Nobody,
    /// All in one cluster; its first item.
    One(usize),
    /// Two items in two clusters.
    Two(usize, usize),
}

impl Met {
    fn of(people: &[usize], passes: impl Fn(usize) -> bool, uf: &mut super::UnionFind) -> Met {
        let mut first: Option<(usize, usize)> = None;
        for &f in people.iter().filter(|&&f| passes(f)) {
            let root = uf.find(f);
            match first {
                None => first = Some((root, f)),
                Some((r, m)) if r == root => first = Some((r, m.min(f))),
                Some((_, m)) => return Met::Two(m, f),
            }
        }
        first.map_or(Met::Nobody, |(_, m)| Met::One(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str, lang: &str) -> Vec<String> {
        let mut known = Known::default();
        for key in
            ["xi jinping", "li qiang", "li qian", "wang yi", "hu jintao", "li keqiang", "xi jinpeng", "shi jianping"]
        {
            known.add(key);
        }
        System::of(lang).map(|s| transcribed_keys(name, s, &known)).unwrap_or_default()
    }

    #[test]
    fn the_syllable_inventory_is_mandarins() {
        let s = syllables();
        assert!((380..=430).contains(&s.all.len()), "{}", s.all.len());
        for syllable in ["xi", "jin", "ping", "qiang", "zhuang", "lue", "yuan", "wei"] {
            assert!(s.index.contains_key(syllable), "{syllable}");
        }
        assert!(!s.index.contains_key("baak"), "a Cantonese reading any_ascii gives one character");
        for family in ["xi", "li", "wang", "zhang", "hu"] {
            assert!(s.index.get(family).is_some_and(|i| s.surnames.contains(i)), "{family}");
        }
    }

    #[test]
    fn a_palladius_name_is_read_as_pinyin_in_russian_ukrainian_and_bulgarian() {
        assert!(keys("Си Цзиньпин", "ru").contains(&"xi jinping".to_owned()), "{:?}", keys("Си Цзиньпин", "ru"));
        assert!(keys("Сі Цзіньпін", "uk").contains(&"xi jinping".to_owned()));
        assert!(keys("Си Цзинпин", "bg").contains(&"xi jinping".to_owned()));
        assert!(keys("Ван И", "ru").contains(&"wang yi".to_owned()), "{:?}", keys("Ван И", "ru"));
        assert!(keys("Ху Цзиньтао", "ru").contains(&"hu jintao".to_owned()));
        assert!(keys("Ли Кэцян", "ru").contains(&"li keqiang".to_owned()));
    }

    #[test]
    fn a_case_ending_is_cut_before_the_given_name_is_read() {
        assert!(keys("Ли Цяна", "ru").contains(&"li qiang".to_owned()), "{:?}", keys("Ли Цяна", "ru"));
        assert!(keys("Лі Цяна", "uk").contains(&"li qiang".to_owned()));
        assert!(keys("Си Цзиньпином", "ru").contains(&"xi jinping".to_owned()));
        assert!(keys("Li Ćijanga", "sr").contains(&"li qiang".to_owned()), "{:?}", keys("Li Ćijanga", "sr"));
    }

    #[test]
    fn serbian_greek_and_turkish_names_are_read_as_pinyin() {
        assert!(keys("Si Đinping", "sr").contains(&"xi jinping".to_owned()), "{:?}", keys("Si Đinping", "sr"));
        assert!(keys("Си Ђинпинг", "sr").contains(&"xi jinping".to_owned()), "Serbian Cyrillic");
        assert!(keys("Σι Τζινπίνγκ", "el").contains(&"xi jinping".to_owned()), "{:?}", keys("Σι Τζινπίνγκ", "el"));
        assert!(keys("Λι Τσιάνγκ", "el").contains(&"li qiang".to_owned()));
        assert!(keys("Şi Cinping", "tr").contains(&"xi jinping".to_owned()), "{:?}", keys("Şi Cinping", "tr"));
        assert!(keys("Şi Cinping'in", "tr").contains(&"xi jinping".to_owned()), "a suffix after an apostrophe");
    }

    #[test]
    fn hindi_arabic_persian_and_hebrew_names_are_read_as_pinyin() {
        assert!(keys("शी जिनपिंग", "hi").contains(&"xi jinping".to_owned()), "{:?}", keys("शी जिनपिंग", "hi"));
        assert!(keys("ली चियांग", "hi").contains(&"li qiang".to_owned()), "{:?}", keys("ली चियांग", "hi"));
        assert!(keys("شي جين بينغ", "ar").contains(&"xi jinping".to_owned()), "{:?}", keys("شي جين بينغ", "ar"));
        assert!(keys("لي تشيانغ", "ar").contains(&"li qiang".to_owned()), "{:?}", keys("لي تشيانغ", "ar"));
        assert!(keys("شی جین\u{200c}پینگ", "fa").contains(&"xi jinping".to_owned()), "{:?}", keys("شی جین‌پینگ", "fa"));
        assert!(keys("لی چیانگ", "fa").contains(&"li qiang".to_owned()));
        assert!(keys("שי ג'ינפינג", "he").contains(&"xi jinping".to_owned()), "{:?}", keys("שי ג'ינפינג", "he"));
        assert!(keys("לי צ'יאנג", "he").contains(&"li qiang".to_owned()), "{:?}", keys("לי צ'יאנג", "he"));
    }

    #[test]
    fn a_word_that_parses_as_syllables_is_no_chinese_name_without_a_family_name_of_one_syllable() {
        assert!(keys("Сила Сибири", "ru").is_empty(), "{:?}", keys("Сила Сибири", "ru"));
        assert!(keys("Силва", "ru").is_empty());
        assert!(keys("Владимир Путин", "ru").is_empty());
        assert!(keys("Риши Сунак", "ru").is_empty(), "{:?}", keys("Риши Сунак", "ru"));
    }

    #[test]
    fn a_pinyin_name_has_one_key_and_other_latin_names_none() {
        assert_eq!(pinyin_key("Xi Jinping", false).as_deref(), Some("xi jinping"));
        assert_eq!(pinyin_key("Li Qiang'ı", true).as_deref(), Some("li qiang"));
        assert_eq!(pinyin_key("Wang Yi", false).as_deref(), Some("wang yi"));
        assert_eq!(pinyin_key("Rishi Sunak", false), None);
        assert_eq!(pinyin_key("Luiz Inácio", false), None);
        assert_eq!(pinyin_key("Xi", false), None, "a family name alone");
    }

    #[test]
    fn a_chinese_name_in_another_script_joins_its_pinyin_spelling() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("en", "en", "President Xi Jinping met Vladimir Putin in Moscow. Xi said the talks went well."),
            article(
                "ru",
                "ru",
                "Председатель КНР Си Цзиньпин встретился с Владимиром Путиным в Москве. Си заявил, что переговоры прошли успешно.",
            ),
            article(
                "el",
                "el",
                "Ο Κινέζος πρόεδρος Σι Τζινπίνγκ συναντήθηκε με τον Βλαντιμίρ Πούτιν στη Μόσχα. Ο Σι δήλωσε ικανοποιημένος.",
            ),
        ]);
        let id = |a: usize, surface: &str| r[a].iter().find(|m| m.0 == surface).map(|m| m.2.clone());
        let en = id(0, "Xi Jinping");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id(1, "Си Цзиньпин"), en, "{:?}", r[1]);
        assert_eq!(id(2, "Σι Τζινπίνγκ"), en, "{:?}", r[2]);
    }

    #[test]
    fn a_chinese_name_in_another_script_joins_its_han_spelling_where_no_article_writes_pinyin() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("zh", "zh", "国务院总理李克强在北京会见了德国总理。李克强表示两国合作前景广阔。"),
            article(
                "ru",
                "ru",
                "Премьер Госсовета КНР Ли Кэцян встретился в Пекине с канцлером Германии. Ли Кэцян заявил, что сотрудничество расширится.",
            ),
        ]);
        let id = |a: usize, surface: &str| r[a].iter().find(|m| m.0 == surface).map(|m| m.2.clone());
        let zh = id(0, "李克强");
        assert!(zh.is_some(), "{:?}", r[0]);
        assert_eq!(id(1, "Ли Кэцян"), zh, "{:?}", r[1]);
    }

    #[test]
    fn a_final_n_without_its_soft_sign_reads_as_either_nasal() {
        // Bulgarian writes no soft sign: `Цян` is qiang, and Russian `Цянь` (qian) read the same
        let read = keys("Ли Цян", "bg");
        assert!(read.contains(&"li qiang".to_owned()) && read.contains(&"li qian".to_owned()), "{read:?}");
        // so the name joins a person only where the corpus writes one of them ([`join_chinese_names_in_other_scripts`])
        assert!(!keys("Ли Цзян", "bg").contains(&"li qiang".to_owned()));
    }
}
