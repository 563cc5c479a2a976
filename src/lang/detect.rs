//! Language identification for the 19 languages korpus has profiles for
//! (and a code for any other): the script decides most (Devanagari, Greek,
//! Hebrew; Han with kana is Japanese, without it Chinese); letters only one
//! language uses decide within a script (Ukrainian `ї є ґ`, Persian `پ چ ژ گ`,
//! Turkish `ş ğ ı`); whatlang (restricted to plausible languages) breaks the
//! remaining ties, and short texts — headlines, where statistics say little —
//! are decided by the languages' most frequent function words first.
//!
//! whatlang's Serbian model is Cyrillic-only, so Serbian in Latin script comes
//! out as Croatian, Bosnian or Slovene; we map that family to `sr` when the text
//! shows Serbian (ekavian) forms, and otherwise keep whatlang's answer.

use super::word_ranks;
use super::{Language, Script};
use crate::entities::is_word_char;

/// Bytes of an article that language identification reads: enough for a
/// reliable answer, and it keeps loading a large corpus fast.
const SAMPLE_BYTES: usize = 2000;

/// Below this many letters a text is short: whatlang's trigram statistics
/// mislead there ("Vladimir Putin met Kim Jong Un in Pyongyang" is not Turkish).
const SHORT_TEXT_LETTERS: usize = 160;
/// Rule `too_few_letters_to_guess`: a Latin text of fewer letters than this that no word speaks for (`x`, `OK`,
/// `1234`) has no language korpus can tell, and whatlang's letter statistics on it are a coin toss; unknown
/// keeps the recogniser to what it knows in every language.
const FEWEST_LETTERS_TO_GUESS: usize = 4;

/// Count letters per script (in the first few thousand bytes) and return the dominant one.
pub fn dominant_script(text: &str) -> Script {
    let counts = script_counts(head(text, SAMPLE_BYTES));
    // ties go to the earlier script in ALL_SCRIPTS (Latin first)
    let best = (0..ALL_SCRIPTS.len()).rev().max_by_key(|&i| counts[i]).unwrap_or(0);
    if counts[best] == 0 { Script::Latin } else { ALL_SCRIPTS[best] }
}

pub(super) const ALL_SCRIPTS: [Script; 10] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Devanagari,
    Script::Greek,
    Script::Arabic,
    Script::Hebrew,
    Script::Han,
    Script::Kana,
    Script::Hangul,
    Script::Other,
];

/// Letters per script, indexed like [`ALL_SCRIPTS`]: no hashing per letter.
fn script_counts(sample: &str) -> [usize; ALL_SCRIPTS.len()] {
    let mut counts = [0usize; ALL_SCRIPTS.len()];
    for c in sample.chars() {
        if let Some(s) = Script::of(c)
            && let Some(i) = ALL_SCRIPTS.iter().position(|&a| a == s)
        {
            counts[i] += 1;
        }
    }
    counts
}

fn count_of(counts: &[usize; ALL_SCRIPTS.len()], script: Script) -> usize {
    ALL_SCRIPTS.iter().position(|&s| s == script).map_or(0, |i| counts[i])
}

/// Detect (language, script) of an article's text.
pub fn detect_language(text: &str) -> (Language, Script) {
    // a long article decides in its first few thousand bytes
    let sample = head(text, SAMPLE_BYTES);
    let counts = script_counts(sample);
    let distinct;
    let sample = match few_words_repeated(sample) {
        Some(words) => {
            distinct = words;
            distinct.as_str()
        }
        None => sample,
    };
    let best = (0..ALL_SCRIPTS.len()).rev().max_by_key(|&i| counts[i]).unwrap_or(0);
    let script = if counts[best] == 0 { Script::Latin } else { ALL_SCRIPTS[best] };
    let (han, kana) = (count_of(&counts, Script::Han), count_of(&counts, Script::Kana));
    let language = match script {
        // Japanese mixes kanji and kana; Chinese has no kana at all
        Script::Han | Script::Kana if kana * 20 >= han + kana => Language::Japanese,
        Script::Han => Language::Chinese,
        Script::Kana => Language::Japanese,
        Script::Hangul => Language::Other("ko".into()),
        Script::Greek => Language::Greek,
        Script::Hebrew => Language::Hebrew,
        Script::Arabic => arabic_script_language(sample),
        Script::Devanagari => devanagari_language(sample),
        Script::Cyrillic => cyrillic_language(sample),
        Script::Latin => latin_language(sample),
        Script::Other => whatlang::detect(sample).map(|i| from_whatlang(i.lang(), sample)).unwrap_or(Language::Unknown),
    };
    (language, script)
}

/// A text that is a few words said over and over (a line copied to fill a
/// file) tells no more of its language than those words said once, and
/// whatlang reads its repeated trigrams as another language's (`Sergey Lavrov
/// met officials in Pyongyang to discuss trade.` repeated is Spanish to it):
/// its distinct words, in order, when they are a short text and it is not.
fn few_words_repeated(sample: &str) -> Option<String> {
    // a short text is read as it is
    sample.chars().filter(|c| c.is_alphabetic()).nth(SHORT_TEXT_LETTERS - 1)?;
    // few words by then: a list, no hashing (this runs for every article)
    let mut distinct: Vec<&str> = Vec::with_capacity(32);
    let mut distinct_letters = 0;
    for word in sample.split_whitespace() {
        let n = letters(word);
        if n > 0 && !distinct.contains(&word) {
            distinct_letters += n;
            if distinct_letters >= SHORT_TEXT_LETTERS {
                return None;
            }
            distinct.push(word);
        }
    }
    Some(distinct.join(" "))
}

/// Persian writes `پ چ ژ گ` and its own yeh and kaf (`ی ک`); Arabic writes
/// teh marbuta `ة`, alef maksura `ى` and the Arabic yeh and kaf (`ي ك`).
fn arabic_script_language(sample: &str) -> Language {
    let (mut persian, mut arabic) = (0usize, 0usize);
    for c in sample.chars() {
        match c {
            'پ' | 'چ' | 'ژ' | 'گ' | '\u{6cc}' | '\u{6a9}' => persian += 1,
            'ة' | 'ى' | '\u{64a}' | '\u{643}' => arabic += 1,
            _ => {}
        }
    }
    if persian > arabic * 2 {
        return Language::Persian;
    }
    if arabic > persian * 2 {
        return Language::Arabic;
    }
    use whatlang::Lang::*;
    match whatlang::Detector::with_allowlist(vec![Ara, Pes, Urd]).detect_lang(sample) {
        Some(Pes) => Language::Persian,
        Some(Urd) => Language::Other("ur".into()),
        _ => Language::Arabic,
    }
}

fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn devanagari_language(sample: &str) -> Language {
    use whatlang::Lang::*;
    let detector = whatlang::Detector::with_allowlist(vec![Hin, Mar, Nep]);
    match detector.detect_lang(sample) {
        Some(Mar | Nep) if writes_hindi_not_marathi(sample) => Language::Hindi,
        Some(Mar) => Language::Other("mr".into()),
        Some(Nep) => Language::Other("ne".into()),
        _ => Language::Hindi,
    }
}

/// Marathi's own function words and copula (`आहे` is, `आणि` and, `मध्ये` in),
/// and Nepali's (`छ` is, `र` and, `मा` in): Hindi writes none of them.
const MARATHI_AND_NEPALI_WORDS: &[&str] =
    &["आहे", "आहेत", "आणि", "मध्ये", "यांनी", "त्यांनी", "छ", "छन्", "र", "मा", "पनि", "गरे", "भएको"];

/// Hindi's postpositions and copula as words of their own (`ने`, `से`, `की`,
/// `है`: Marathi and Nepali write case endings on the word), twice or more,
/// and no word only Marathi or Nepali writes: a short Hindi text whose trigrams
/// whatlang reads as Marathi (`विराट कोहली ने टी20 अंतरराष्ट्रीय क्रिकेट से संन्यास लिया`).
fn writes_hindi_not_marathi(sample: &str) -> bool {
    let Some(hindi) = super::profile::profile_of_code("hi") else { return false };
    let words = || sample.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty());
    let hindi_words = words().filter(|w| hindi.data().frequent.contains(w)).count();
    hindi_words >= 2 && !words().any(|w| MARATHI_AND_NEPALI_WORDS.contains(&w))
}

fn cyrillic_language(sample: &str) -> Language {
    // letters only one of the Cyrillic languages uses
    let (mut ukrainian, mut russian, mut serbian, mut bulgarian) = (0usize, 0usize, 0usize, 0usize);
    let mut chars = sample.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            'ї' | 'Ї' | 'є' | 'Є' | 'ґ' | 'Ґ' | 'і' | 'І' => ukrainian += 1,
            'ы' | 'Ы' | 'э' | 'Э' | 'ё' | 'Ё' => russian += 1,
            'ђ' | 'Ђ' | 'ј' | 'Ј' | 'љ' | 'Љ' | 'њ' | 'Њ' | 'ћ' | 'Ћ' | 'џ' | 'Џ' => serbian += 1,
            // Russian writes ъ only as a separator before е ё ю я (`объявил`);
            // Bulgarian as a vowel (`България`, `президентът`)
            'ъ' | 'Ъ' => match chars.peek() {
                Some('е' | 'ё' | 'ю' | 'я' | 'Е' | 'Ё' | 'Ю' | 'Я') => russian += 1,
                _ => bulgarian += 1,
            },
            _ => {}
        }
    }
    if serbian > 0 && serbian >= ukrainian + russian {
        return Language::Serbian;
    }
    if ukrainian > 0 && russian == 0 {
        return Language::Ukrainian;
    }
    // Bulgarian writes ъ as a vowel, often; Russian rarely, and it has ы/э
    if bulgarian > 0 && russian == 0 && ukrainian == 0 {
        return Language::Bulgarian;
    }
    use whatlang::Lang::*;
    let mut allow = vec![Rus, Ukr, Bel, Bul, Mkd, Srp];
    if letters(sample) < SHORT_TEXT_LETTERS {
        match short_cyrillic_language(sample) {
            ShortVerdict::Language(language) => return language,
            ShortVerdict::Among(contenders) => allow = contenders,
            ShortVerdict::Silent => {}
        }
    }
    let detector = whatlang::Detector::with_allowlist(allow);
    match detector.detect_lang(sample) {
        // without its letters, a short text is not Ukrainian, Bulgarian,
        // Belarusian (`ў`) or Macedonian (`ѓ ќ ѕ`) on statistics alone
        Some(Ukr | Bul | Bel | Mkd) if letters(sample) < SHORT_TEXT_LETTERS => Language::Russian,
        Some(lang) if lang != Rus => from_whatlang(lang, sample),
        _ => Language::Russian,
    }
}

/// A short Cyrillic text without a letter of its own: the language whose
/// ordinary and function words it uses, if one clearly leads (`Радев се
/// срещна с Макрон в София`: `се`, `срещна` are no Russian words; Serbian is
/// looked up in its Latin spelling); no lead leaves it to the statistics below.
fn short_cyrillic_language(sample: &str) -> ShortVerdict {
    let ShortTextWords { words, capitalised, .. } = short_text_words(sample);
    let in_serbian_latin =
        |words: &[String]| -> Vec<String> { words.iter().map(|w| word_ranks::serbian_latin(w)).collect() };
    let serbian = in_serbian_latin(&words);
    let codes = ["ru", "uk", "bg", "sr"];
    let spellings = [&words, &words, &words, &serbian];
    let russian_endings = words.iter().filter(|w| has_russian_ending(w)).count() as f64;
    let scores: Vec<(f64, &str)> = word_ranks::word_scores(&codes, &spellings)
        .into_iter()
        .map(|(s, _)| s)
        .zip(codes)
        .map(|(score, code)| (if code == "ru" { score + OWN_LETTER_WEIGHT * russian_endings } else { score }, code))
        .collect();
    let lower_words_say = verdict(scores.clone(), Script::Cyrillic);
    // Serbian's list (wordfreq's, in Latin letters) holds few names (`Putin`,
    // `Beograd` are not in it): a capitalised word is no evidence against it
    if let ShortVerdict::Among(contenders) = &lower_words_say
        && contenders.contains(&whatlang::Lang::Srp)
    {
        return lower_words_say;
    }
    let capitalised_serbian = in_serbian_latin(&capitalised);
    let capitalised_spellings = [&capitalised, &capitalised, &capitalised, &capitalised_serbian];
    capitalised_words_decide_a_tie(lower_words_say, &scores, &capitalised_spellings, Script::Cyrillic)
}

/// Endings of Russian that Bulgarian, which has no cases and writes its
/// reflexive `се` apart, never writes: the feminine accusative `-ую`
/// (`ключевую`) and the reflexive `-ся` after an infinitive or a present
/// tense `-т` (`встретиться`, `продолжается`). Ukrainian writes `-ться` too,
/// but a Ukrainian text has its own letters, read before this.
fn has_russian_ending(word: &str) -> bool {
    word.chars().count() > 3 && (word.ends_with("ую") || word.ends_with("тся") || word.ends_with("ться"))
}

/// What a short text's words and letters say about its language.
enum ShortVerdict {
    /// One language clearly leads.
    Language(Language),
    /// These languages share the lead (`met` is English and French): the
    /// statistics choose among them only.
    Among(Vec<whatlang::Lang>),
    /// No word or letter speaks for any language.
    Silent,
}

/// whatlang's model of a profile language written in `script` (Serbian in
/// Latin script is whatlang's Croatian, which `from_whatlang` maps back).
fn whatlang_model(code: &str, script: Script) -> whatlang::Lang {
    use whatlang::Lang::*;
    match code {
        "ru" => Rus,
        "uk" => Ukr,
        "bg" => Bul,
        "sr" if script == Script::Cyrillic => Srp,
        "sr" => Hrv,
        "tr" => Tur,
        "de" => Deu,
        "fr" => Fra,
        "es" => Spa,
        "it" => Ita,
        "pt" => Por,
        "pl" => Pol,
        _ => Eng,
    }
}

/// The best-scored language when it leads the second by [`SHORT_TEXT_LEAD`]
/// (natural log of a likelihood ratio), else the languages close to the
/// lead (as whatlang names them for `script`), else silence when all score alike.
fn verdict(mut scores: Vec<(f64, &str)>, script: Script) -> ShortVerdict {
    // a stable sort: on a tie the earlier language (English first) leads
    scores.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (Some(&(best, code)), Some(&(worst, _))) = (scores.first(), scores.last()) else {
        return ShortVerdict::Silent;
    };
    if (best - worst).abs() < f64::EPSILON {
        return ShortVerdict::Silent;
    }
    match scores.get(1) {
        Some(&(second, _)) if best - second < SHORT_TEXT_LEAD => ShortVerdict::Among(
            scores
                .iter()
                .take_while(|&&(score, _)| best - score < SHORT_TEXT_LEAD)
                .map(|&(_, c)| whatlang_model(c, script))
                .collect(),
        ),
        _ => ShortVerdict::Language(Language::from_code(code)),
    }
}

/// How far (in nats) a short text's best language must lead the second for
/// its words to decide: about one ordinary word only it writes.
const SHORT_TEXT_LEAD: f64 = 2.0;
/// What a letter only one language writes (`ß`, `ñ`, `ł`) adds to it, in nats.
const OWN_LETTER_WEIGHT: f64 = 2.0;
/// What a Turkish case suffix after an apostrophe (`Pyongyang'da`) adds to Turkish.
const APOSTROPHE_SUFFIX_WEIGHT: f64 = 4.0;

/// Case suffixes Turkish writes after an apostrophe on a name (`Soçi'de`,
/// `Putin'in`, `Moskova'dan`, `Kim'le`): the dative, locative, ablative,
/// genitive, accusative and instrumental forms under vowel harmony.
const TURKISH_APOSTROPHE_SUFFIXES: &[&str] = &[
    "a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ın", "in", "un", "ün", "nın", "nin",
    "nun", "nün", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "la", "le", "yla", "yle", "daki", "deki", "taki", "teki",
    "na", "ne", "nda", "nde", "ndan", "nden",
];

/// The words of a short text that say which language it is in.
struct ShortTextWords {
    /// Lower-case words (function and ordinary words are written in lower
    /// case; a capitalised `Un` is Kim Jong Un, not Italian), or every word
    /// when the whole text is capitalised, as some headlines are.
    words: Vec<String>,
    /// The capitalised words, in lower case, when `words` holds the lower-case
    /// ones: weaker evidence, asked only when those do not decide (`Turkish
    /// President Erdogan met Greek Prime Minister Mitsotakis`: `met` is English
    /// and French, `President`, `Prime`, `Minister` are English words).
    capitalised: Vec<String>,
    /// Names followed by an apostrophe and a Turkish case suffix.
    turkish_suffixes: usize,
}

/// The non-empty pieces of `text` between characters `is_separator` accepts, each with its byte offset in
/// `text`, so later rules can look at what separates two words.
fn pieces_with_offsets(text: &str, is_separator: impl Fn(char) -> bool) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    let ends = text.char_indices().filter(move |&(_, c)| is_separator(c)).map(|(at, c)| (at, at + c.len_utf8()));
    ends.chain(std::iter::once((text.len(), text.len()))).filter_map(move |(separator, after)| {
        let piece = (start, &text[start..separator]);
        start = after;
        (!piece.1.is_empty()).then_some(piece)
    })
}

fn short_text_words(sample: &str) -> ShortTextWords {
    let is_apostrophe = |c: char| c == '\'' || c == '\u{2019}';
    let mut turkish_suffixes = 0;
    let mut parts: Vec<(usize, &str)> = Vec::new();
    for (start, token) in pieces_with_offsets(sample, |c| !c.is_alphabetic() && !is_apostrophe(c)) {
        if let Some((name, suffix)) = token.split_once(is_apostrophe)
            && name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().count() >= 2
            && TURKISH_APOSTROPHE_SUFFIXES.contains(&suffix)
        {
            turkish_suffixes += 1;
            parts.push((start, name));
            continue;
        }
        parts.extend(pieces_with_offsets(token, is_apostrophe).map(|(offset, piece)| (start + offset, piece)));
    }
    let inside_names = particles_inside_names(sample, &parts);
    let mut lower: Vec<&str> = Vec::new();
    let mut capitalised: Vec<&str> = Vec::new();
    for (&(_, word), inside) in parts.iter().zip(inside_names) {
        if !inside && word.chars().next().is_some_and(char::is_lowercase) {
            lower.push(word);
        } else {
            capitalised.push(word);
        }
    }
    let (chosen, capitalised) = if lower.is_empty() { (capitalised, Vec::new()) } else { (lower, capitalised) };
    let lowered = |words: Vec<&str>| words.into_iter().map(str::to_lowercase).collect();
    ShortTextWords { words: lowered(chosen), capitalised: lowered(capitalised), turkish_suffixes }
}

/// Lower-case particles that names carry in many languages (`Ursula von der Leyen`, `Rio de Janeiro`,
/// `Leonardo da Vinci`, `Mohammed bin Salman`, `Vincent van Gogh`).
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "bin", "ibn", "al",
    "zu", "ter",
];

/// Rule `a_particle_inside_a_name_is_no_word_of_the_language`: a name particle written between two
/// capitalised words with only spaces around it is part of a name, and a name is in every language:
/// `der` of `Von der Leyen meets Meloni in Rome` says nothing of German, nor `von der` of
/// `Ursula von der Leyen visits Kyiv`. It is read with the
/// capitalised words, as weak evidence, instead of with the text's own lower-case words.
/// `parts` are the words of `sample` in order, each with its byte offset in `sample`.
fn particles_inside_names(sample: &str, parts: &[(usize, &str)]) -> Vec<bool> {
    let capitalised = |(_, word): (usize, &str)| word.chars().next().is_some_and(char::is_uppercase);
    let spaces_between = |(before_start, before): (usize, &str), (after_start, _): (usize, &str)| {
        sample
            .get(before_start + before.len()..after_start)
            .is_some_and(|gap| !gap.is_empty() && gap.chars().all(|c| c == ' '))
    };
    let mut inside = vec![false; parts.len()];
    let mut i = 1;
    while i < parts.len() {
        // a run of particles (`von der`), each after the one before with spaces between
        let mut end = i;
        while end < parts.len() && NAME_PARTICLES.contains(&parts[end].1) && spaces_between(parts[end - 1], parts[end])
        {
            end += 1;
        }
        if end > i
            && end < parts.len()
            && capitalised(parts[i - 1])
            && capitalised(parts[end])
            && spaces_between(parts[end - 1], parts[end])
        {
            inside[i..end].fill(true);
        }
        i = end.max(i + 1);
    }
    inside
}

fn letters(sample: &str) -> usize {
    sample.chars().filter(|c| c.is_alphabetic()).count()
}

/// Letters that Turkish uses and Serbian/English do not, and the reverse.
/// Turkish letters count in words written in lower case only: a name keeps
/// its letters in every language's text (`Erdoğan visits Berlin`), while
/// Turkish writes them in its ordinary words (`ile`, `görüştü`, `sonrası`).
fn latin_letter_votes(sample: &str) -> (usize, usize) {
    let mut turkish = 0;
    let mut serbian = 0;
    let mut in_lower_word = false;
    let mut word_start = true;
    for c in sample.chars() {
        if !c.is_alphabetic() {
            word_start = true;
            continue;
        }
        if word_start {
            in_lower_word = c.is_lowercase();
            word_start = false;
        }
        match c {
            'ş' | 'Ş' | 'ğ' | 'Ğ' | 'ı' | 'İ' if in_lower_word => turkish += 1,
            'đ' | 'Đ' | 'ć' | 'Ć' | 'č' | 'Č' | 'ž' | 'Ž' => serbian += 1,
            _ => {}
        }
    }
    (turkish, serbian)
}

/// Latin-script languages with a profile, and letters only each of them uses
/// (among these eight).
const LATIN_LANGUAGES: [(&str, &str); 8] = [
    ("en", ""),
    ("tr", "şğıİŞĞ"),
    ("sr", "đćčžšĐĆČŽŠ"),
    ("de", "ßäÄ"),
    ("fr", "œæèêëîïûÿŒ"),
    ("es", "ñ¿¡Ñ"),
    ("it", "ìòù"),
    ("pt", "ãõÃÕ"),
];
const POLISH_LETTERS: &str = "ąęłńśźżĄĘŁŃŚŹŻ";

/// A short Latin text: the language whose words (ordinary and function
/// words, by their frequency in each language), own letters and Turkish
/// suffixes after names it uses most, if one clearly leads.
fn short_latin_language(sample: &str) -> ShortVerdict {
    let ShortTextWords { words, capitalised, turkish_suffixes } = short_text_words(sample);
    let languages: Vec<(&str, &str)> =
        LATIN_LANGUAGES.iter().copied().chain(std::iter::once(("pl", POLISH_LETTERS))).collect();
    let codes: Vec<&str> = languages.iter().map(|&(code, _)| code).collect();
    let spellings = vec![&words; codes.len()];
    let word_scores = word_ranks::word_scores(&codes, &spellings);
    let polish_clusters = words.iter().map(|w| polish_rz_clusters(w)).sum::<usize>() as f64;
    let doubled = words.iter().filter(|w| has_doubled_consonant_iberian_lacks(w)).count() as f64;
    let scores: Vec<(f64, &str)> = languages
        .iter()
        .zip(word_scores)
        .map(|(&(code, own), (word_score, _))| {
            // in the words read (a name's `ğ` or `ñ` is no evidence of the language around it)
            let letter_hits = words.iter().flat_map(|w| w.chars()).filter(|&c| own.contains(c)).count() as f64;
            let suffixes = if code == "tr" { turkish_suffixes as f64 } else { 0.0 };
            let spelling = match code {
                "pl" => polish_clusters,
                "es" | "pt" => -doubled,
                _ => 0.0,
            };
            (word_score + OWN_LETTER_WEIGHT * (letter_hits + spelling) + APOSTROPHE_SUFFIX_WEIGHT * suffixes, code)
        })
        .collect();
    let spellings = vec![&capitalised; codes.len()];
    capitalised_words_decide_a_tie(verdict(scores.clone(), Script::Latin), &scores, &spellings, Script::Latin)
}

/// Rule `capitalised_words_decide_a_tie`: a short text's lower-case words
/// decide its language when one leads (`lower_words_say`, the verdict of `scores`); when two or more share the
/// lead, or none is known, its capitalised words (`capitalised[i]` as language
/// i spells them) choose among those in the lead: weaker evidence, as names
/// are in every language, but a headline's titles and its country's names are
/// its own language's (`Рада ухвалила бюджет`: `бюджет` is Russian,
/// Ukrainian and Bulgarian, `Рада` most Ukrainian).
fn capitalised_words_decide_a_tie(
    lower_words_say: ShortVerdict,
    scores: &[(f64, &str)],
    capitalised: &[&Vec<String>],
    script: Script,
) -> ShortVerdict {
    if matches!(lower_words_say, ShortVerdict::Language(_)) || capitalised.iter().all(|words| words.is_empty()) {
        return lower_words_say;
    }
    let codes: Vec<&str> = scores.iter().map(|&(_, code)| code).collect();
    let in_lead: Vec<whatlang::Lang> = match &lower_words_say {
        ShortVerdict::Among(contenders) => contenders.clone(),
        _ => codes.iter().map(|&code| whatlang_model(code, script)).collect(),
    };
    let with_capitalised: Vec<(f64, &str)> = scores
        .iter()
        .zip(word_ranks::word_scores(&codes, capitalised))
        .filter(|&(&(_, code), _)| in_lead.contains(&whatlang_model(code, script)))
        .map(|(&(score, code), (capitalised_score, _))| (score + capitalised_score, code))
        .collect();
    match verdict(with_capitalised, script) {
        ShortVerdict::Silent => lower_words_say,
        capitalised_say => capitalised_say,
    }
}

/// How many times a lower-case word writes a consonant before `rz`
/// (`przejmuje`, `trzeba`, `krzesło`): Polish alone among the Latin languages
/// (German `rz` follows a vowel: `kurz`, `Herz`).
fn polish_rz_clusters(word: &str) -> usize {
    let chars: Vec<char> = word.chars().collect();
    chars.windows(3).filter(|w| w[1] == 'r' && w[2] == 'z' && "bcdfgkpstw".contains(w[0])).count()
}

/// A doubled consonant Spanish and Portuguese never write (`eletta`,
/// `oggi`, `sollte` have one; those two double only `c`, `l`, `n`, `r`, `s`).
fn has_doubled_consonant_iberian_lacks(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.windows(2).any(|w| w[0] == w[1] && "bdfgmptz".contains(w[0]))
}

fn latin_language(sample: &str) -> Language {
    let (turkish, serbian) = latin_letter_votes(sample);
    let letters = letters(sample).max(1);
    // a handful of these letters per thousand is decisive
    if turkish * 200 >= letters && turkish > serbian * 2 {
        return Language::Turkish;
    }
    if letters < SHORT_TEXT_LETTERS {
        use whatlang::Lang::*;
        // no word decides: whatlang among the Latin languages, never Turkish
        // without a Turkish letter or suffix
        let mut allow = vec![Eng, Deu, Fra, Spa, Ita, Por, Pol, Hrv, Slv, Nld];
        if turkish > 0 {
            allow.push(Tur);
        }
        match short_latin_language(sample) {
            // Serbian and Croatian share their words: the ekavian check tells them apart
            ShortVerdict::Language(Language::Serbian) => return from_whatlang(Hrv, sample),
            ShortVerdict::Language(language) => return language,
            ShortVerdict::Among(contenders) => allow = contenders,
            ShortVerdict::Silent if letters < FEWEST_LETTERS_TO_GUESS => return Language::Unknown,
            ShortVerdict::Silent => {}
        }
        let first = allow.first().copied().unwrap_or(Eng);
        return from_whatlang(whatlang::Detector::with_allowlist(allow).detect_lang(sample).unwrap_or(first), sample);
    }
    match whatlang::detect(sample) {
        Some(info) => {
            let lang = from_whatlang(info.lang(), sample);
            if lang == Language::Unknown && serbian * 200 >= letters { Language::Serbian } else { lang }
        }
        None if serbian * 200 >= letters => Language::Serbian,
        None => Language::Unknown,
    }
}

/// Serbian is ekavian (`dve`, `reč`, `vreme`, `deo`); Croatian and Bosnian are
/// ijekavian (`dvije`, `riječ`, `vrijeme`, `dio`). Count words typical of each.
fn ekavian_score(sample: &str) -> i32 {
    const SERBIAN: &[&str] = &[
        "dve",
        "vreme",
        "deo",
        "reč",
        "mesto",
        "mesta",
        "predsednik",
        "predsednika",
        "uvek",
        "nedelje",
        "takođe",
        "saradnju",
        "saradnje",
        "ovde",
        "hteo",
        "gde",
        "lepo",
        "sveta",
    ];
    const CROATIAN: &[&str] = &[
        "dvije",
        "vrijeme",
        "dio",
        "riječ",
        "mjesto",
        "mjesta",
        "predsjednik",
        "predsjednika",
        "uvijek",
        "tjedna",
        "također",
        "suradnju",
        "suradnje",
        "ovdje",
        "htio",
        "gdje",
        "lijepo",
        "svijeta",
        "tisuća",
        "kolovoza",
        "studenoga",
    ];
    let mut score = 0i32;
    for word in sample.split(|c: char| !c.is_alphabetic()) {
        let w = word.to_lowercase();
        if SERBIAN.contains(&w.as_str()) {
            score += 1;
        } else if CROATIAN.contains(&w.as_str()) {
            score -= 1;
        }
    }
    score
}

fn from_whatlang(lang: whatlang::Lang, sample: &str) -> Language {
    use whatlang::Lang::*;
    match lang {
        Tur => Language::Turkish,
        Rus => Language::Russian,
        Eng => Language::English,
        Hin => Language::Hindi,
        Srp => Language::Serbian,
        Deu => Language::German,
        Fra => Language::French,
        Spa => Language::Spanish,
        Ita => Language::Italian,
        Por => Language::Portuguese,
        Pol => Language::Polish,
        Ukr => Language::Ukrainian,
        Bul => Language::Bulgarian,
        Ell => Language::Greek,
        Ara => Language::Arabic,
        Pes => Language::Persian,
        Heb => Language::Hebrew,
        Cmn => Language::Chinese,
        Jpn => Language::Japanese,
        Hrv | Slv => {
            // whatlang calls most Serbian Latin text Croatian: keep Croatian only on
            // ijekavian evidence; Slovene needs positive ekavian evidence to move
            let score = ekavian_score(sample);
            if score > 0 || (score == 0 && lang == Hrv) {
                Language::Serbian
            } else if lang == Slv {
                Language::Other("sl".into())
            } else {
                Language::Other("hr".into())
            }
        }
        other => Language::Other(iso_639_1(other.code()).to_owned()),
    }
}

/// Common 639-3 codes to 639-1, so tags read as people expect them.
fn iso_639_1(code3: &str) -> &str {
    const PAIRS: &[(&str, &str)] = &[
        ("deu", "de"),
        ("fra", "fr"),
        ("spa", "es"),
        ("ita", "it"),
        ("por", "pt"),
        ("nld", "nl"),
        ("pol", "pl"),
        ("ces", "cs"),
        ("slk", "sk"),
        ("ukr", "uk"),
        ("bel", "be"),
        ("bul", "bg"),
        ("mkd", "mk"),
        ("ron", "ro"),
        ("hun", "hu"),
        ("fin", "fi"),
        ("swe", "sv"),
        ("dan", "da"),
        ("nob", "nb"),
        ("ell", "el"),
        ("ara", "ar"),
        ("heb", "he"),
        ("pes", "fa"),
        ("urd", "ur"),
        ("ben", "bn"),
        ("mar", "mr"),
        ("nep", "ne"),
        ("cmn", "zh"),
        ("jpn", "ja"),
        ("kor", "ko"),
        ("vie", "vi"),
        ("ind", "id"),
        ("lit", "lt"),
        ("lav", "lv"),
        ("est", "et"),
        ("aze", "az"),
        ("kat", "ka"),
        ("hye", "hy"),
        ("tha", "th"),
        ("epo", "eo"),
        ("lat", "la"),
        ("afr", "af"),
        ("cat", "ca"),
        ("tgl", "tl"),
        ("uzb", "uz"),
        ("kaz", "kk"),
    ];
    PAIRS.iter().find(|(c3, _)| *c3 == code3).map(|(_, c1)| *c1).unwrap_or(code3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serbian_latin_is_not_reported_as_croatian() {
        let text = "Lider Severne Koreje Kim Džong Un nedavno se sastao sa ruskim ministrom kako bi razgovarali o širenju saradnje u oblastima trgovine i nauke između dve zemlje.";
        assert_eq!(detect_language(text), (Language::Serbian, Script::Latin));
    }

    #[test]
    fn croatian_ijekavian_text_stays_croatian() {
        let text = "Predsjednik je rekao da je vrijeme za suradnju između dvije zemlje, također je istaknuo gdje će se održati sastanak idućeg tjedna.";
        assert_eq!(detect_language(text).0.code(), "hr");
    }

    #[test]
    fn turkish_letters_decide_turkish() {
        let text = "Rusya Dışişleri Bakanı, Kuzey Koreli mevkidaşı ile gerçekleştirdiği görüşme sonrası önemli mesajlar verdi.";
        assert_eq!(detect_language(text).0, Language::Turkish);
    }

    #[test]
    fn cyrillic_and_devanagari_are_decided_by_script() {
        assert_eq!(
            detect_language("Министр иностранных дел России Сергей Лавров подчеркнул особую близость."),
            (Language::Russian, Script::Cyrillic)
        );
        assert_eq!(
            detect_language("रूसी राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरियाई नेता किम जोंग उन सहमत हुए।"),
            (Language::Hindi, Script::Devanagari)
        );
    }

    #[test]
    fn english_and_other_latin_languages() {
        assert_eq!(detect_language("Russia and North Korea have expressed their intention to further strengthen their diplomatic relationship.").0, Language::English);
        assert_eq!(
            detect_language(
                "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die Ukraine deutlich zu erhöhen."
            )
            .0
            .code(),
            "de"
        );
    }

    /// Every text is detected as its language code; the failures listed together.
    fn assert_languages(cases: &[(&str, &str)]) {
        let mut wrong = Vec::new();
        for &(text, code) in cases {
            let got = detect_language(text).0;
            if got.code() != code {
                wrong.push(format!("{text:?}: {} not {code}", got.code()));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn short_headlines_in_all_nineteen_languages() {
        let cases = [
            ("Vladimir Putin met Kim Jong Un in Pyongyang", "en"),
            ("Kim Jong Un welcomes Putin with a military parade", "en"),
            ("Erdoğan, Putin ile Soçi'de görüştü", "tr"),
            ("Путин встретился с Ким Чен Ыном в Пхеньяне", "ru"),
            ("Vučić se sastao sa Putinom u Moskvi", "sr"),
            ("पुतिन ने प्योंगयांग में किम जोंग उन से मुलाकात की", "hi"),
            ("Kanzler Scholz reist zu Gesprächen nach Paris", "de"),
            ("Le président français rencontre le chancelier allemand à Berlin", "fr"),
            ("El presidente de España visita México por primera vez", "es"),
            ("Il presidente del Consiglio incontra il cancelliere a Roma", "it"),
            ("O presidente do Brasil visita Portugal pela primeira vez", "pt"),
            ("Prezydent Polski spotkał się z kanclerzem Niemiec w Warszawie", "pl"),
            ("Зеленський зустрівся з Макроном у Парижі", "uk"),
            ("Президентът на България посети Москва", "bg"),
            // no ъ: Bulgarian by its function words (`се` is no Russian word)
            ("Радев се срещна с Макрон в София", "bg"),
            ("Премиерът каза, че България ще подкрепи плана", "bg"),
            ("Путин сказал, что это не так", "ru"),
            ("Да, это было в Москве", "ru"),
            ("Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο στην Αθήνα", "el"),
            ("التقى بوتين بالزعيم الكوري الشمالي في العاصمة", "ar"),
            ("پوتین با رهبر کره شمالی در پیونگ یانگ دیدار کرد", "fa"),
            ("פוטין נפגש עם קים ג'ונג און בפיונגיאנג", "he"),
            ("普京在平壤会见金正恩", "zh"),
            ("プーチン大統領が平壌で金正恩氏と会談", "ja"),
        ];
        assert_languages(&cases);
    }

    #[test]
    fn very_short_headlines_are_decided_by_their_ordinary_words() {
        let cases = [
            // `trifft`, `incontra`, `encontra`, `прибув` are ordinary words of one language each
            ("Putin trifft Kim", "de"),
            ("Putin incontra Kim", "it"),
            ("Putin encontra Kim", "pt"),
            ("Лавров прибув до Пхеньяна", "uk"),
            // Serbian in either alphabet by the same words
            ("Putin se sastao sa Kimom", "sr"),
            ("Путин се састао са Кимом", "sr"),
            // a Turkish case suffix after a name
            ("Lavrov Pyongyang'da", "tr"),
            // `met` is English and French: the statistics choose between those two only, never Dutch
            ("Putin met Kim", "en"),
            // no word of its own: not Belarusian without `ў`
            ("Лавров в Пхеньяне", "ru"),
        ];
        assert_languages(&cases);
    }

    #[test]
    fn too_few_letters_to_guess() {
        for text in ["x", "OK", "1234", "F-16"] {
            assert_eq!(detect_language(text).0, Language::Unknown, "{text}");
        }
        // a word that speaks for a language still decides
        assert_languages(&[("und", "de"), ("oder", "de")]);
    }

    #[test]
    fn pieces_carry_their_byte_offsets() {
        let text = "Erdoğan'ın, Пхеньян  и";
        let pieces: Vec<(usize, &str)> = pieces_with_offsets(text, |c| !c.is_alphabetic()).collect();
        assert_eq!(pieces, [(0, "Erdoğan"), (9, "ın"), (14, "Пхеньян"), (30, "и")]);
        for (offset, piece) in pieces {
            assert_eq!(&text[offset..offset + piece.len()], piece);
        }
        assert_eq!(pieces_with_offsets("  ", char::is_whitespace).count(), 0);
    }

    #[test]
    fn a_particle_inside_a_name_is_no_word_of_the_language() {
        assert_languages(&[
            ("Von der Leyen meets Meloni in Rome", "en"),
            ("Ursula von der Leyen visits Kyiv", "en"),
            ("Von der Leyen trifft Meloni in Rom", "de"),
            ("Tag der Deutschen Einheit", "de"),
        ]);
        let parts = ["Kanzlerin", "Merkel", "der", "Präsident"];
        let sample = "Kanzlerin Merkel, der Präsident";
        let slices: Vec<(usize, &str)> = parts.iter().map(|p| (sample.find(p).unwrap(), *p)).collect();
        // a comma before `der`: the particle starts a phrase of its own, not a name
        assert_eq!(particles_inside_names(sample, &slices), [false, false, false, false]);
    }

    #[test]
    fn capitalised_words_decide_when_the_lower_case_ones_tie() {
        assert_languages(&[
            // `met` is English and French; `President`, `Prime`, `Minister` are English words
            ("Turkish President Erdogan met Greek Prime Minister Mitsotakis.", "en"),
            // no lower-case word any list knows; `Congress` is English
            ("Zelensky addresses Congress", "en"),
            // the lower-case words still decide first: `trifft` is German whatever the capitals say
            ("President Putin trifft Kim", "de"),
            // Cyrillic too: `бюджет` is Russian, Ukrainian and Bulgarian, `Рада` most Ukrainian
            ("Рада ухвалила бюджет", "uk"),
            // `кабинет` is Russian and Bulgarian; `Радев`, Bulgaria's president, is in Bulgarian news
            ("Радев назначи служебен кабинет", "bg"),
        ]);
    }

    #[test]
    fn a_consonant_before_rz_is_polish() {
        assert_eq!(polish_rz_clusters("przejmuje"), 1);
        assert_eq!(polish_rz_clusters("krzesło"), 1);
        // German writes `rz` after a vowel
        assert_eq!(polish_rz_clusters("kurz"), 0);
        assert_eq!(polish_rz_clusters("herzen"), 0);
    }

    #[test]
    fn doubled_consonants_spanish_and_portuguese_never_write() {
        assert!(has_doubled_consonant_iberian_lacks("eletta"));
        assert!(has_doubled_consonant_iberian_lacks("oggi"));
        assert!(!has_doubled_consonant_iberian_lacks("acción"));
        assert!(!has_doubled_consonant_iberian_lacks("llamada"));
        assert!(!has_doubled_consonant_iberian_lacks("carro"));
        assert!(!has_doubled_consonant_iberian_lacks("pessoa"));
    }

    #[test]
    fn russian_endings_bulgarian_lacks() {
        assert!(has_russian_ending("ключевую"));
        assert!(has_russian_ending("продолжается"));
        assert!(has_russian_ending("встретиться"));
        assert!(!has_russian_ending("процента"));
        assert!(!has_russian_ending("срещна"));
        // a short Russian text with one word a Bulgarian list knows better
        assert_eq!(detect_language("Банк России повысил ключевую ставку до 19 процента").0, Language::Russian);
    }

    #[test]
    fn hindi_postpositions_keep_a_short_text_hindi() {
        assert!(writes_hindi_not_marathi("विराट कोहली ने टी20 अंतरराष्ट्रीय क्रिकेट से संन्यास लिया"));
        // a danda ends the word before it (`आहे।` is Marathi's `आहे`)
        assert!(!writes_hindi_not_marathi("शरद पवार ने कहा कि पक्ष से संबंध आहे।"));
        // Marathi: `आहे` (is), `आणि` (and)
        assert!(!writes_hindi_not_marathi("मुंबई ही महाराष्ट्राची राजधानी आहे आणि ते मोठे शहर आहे"));
        assert_eq!(detect_language("धोनी ने अंतरराष्ट्रीय क्रिकेट से संन्यास लिया").0, Language::Hindi);
    }

    #[test]
    fn an_english_possessive_is_no_turkish_suffix() {
        assert_eq!(detect_language("Pyongyang's new missile test alarms Seoul").0, Language::English);
    }

    #[test]
    fn russian_hard_sign_before_a_vowel_is_not_bulgarian() {
        assert_eq!(detect_language("Путин объявил о новых мерах").0, Language::Russian);
    }

    #[test]
    fn a_turkish_letter_in_a_name_does_not_make_a_text_turkish() {
        assert_languages(&[
            ("Erdoğan visits Berlin", "en"),
            ("Erdoğan trifft Scholz in Berlin", "de"),
            // Turkish writes the letters in its ordinary words
            ("Erdoğan Berlin'i ziyaret etti ve Scholz ile görüştü", "tr"),
        ]);
        let english = "President Erdoğan said on Tuesday that the talks with Erdoğan's allies would go on. \
                       Critics of Erdoğan in the opposition, led by Kılıçdaroğlu, said Erdoğan had failed. "
            .repeat(3);
        assert_eq!(detect_language(&english).0, Language::English);
    }

    #[test]
    fn a_line_repeated_over_a_long_text_is_read_as_that_line_once() {
        assert_languages(&[
            ("Sergey Lavrov met officials in Pyongyang to discuss trade. ".repeat(200).as_str(), "en"),
            ("Lavrov minister the talks diplomacy Москва Pyongyang ".repeat(200).as_str(), "en"),
            ("Lavrov met officials in Pyongyang. ".repeat(200).as_str(), "en"),
            ("Il presidente del Consiglio incontra il cancelliere a Roma. ".repeat(100).as_str(), "it"),
        ]);
        // a text of many words is read as it is, and so is a short one
        let prose = "Russia and North Korea have expressed their intention to further strengthen their \
                     diplomatic relationship, the foreign ministers said after two days of talks in Pyongyang, \
                     where the visiting delegation was received by the leader himself.";
        assert_eq!(few_words_repeated(prose), None);
        assert_eq!(few_words_repeated(&"Lavrov met Kim. ".repeat(3)), None);
    }

    #[test]
    fn empty_text_does_not_panic() {
        let _ = detect_language("");
        let _ = detect_language("12345 !!!");
    }
}
