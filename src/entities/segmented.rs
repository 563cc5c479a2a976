//! Names in Chinese and Japanese articles (profiles that segment words with
//! a dictionary): the segmenter's proper-noun classes ([`crate::lang::segment`])
//! next to the gazetteer's longest matches inside runs of Han and kana.
//!
//! - A gazetteer match of fewer than four characters must start and end on
//!   the segmenter's word boundaries: `美国` is no place inside the one word
//!   `美国国家航空航天局`.
//! - Where a gazetteer match and a segmenter name overlap, the longer wins;
//!   on the same span the gazetteer's (it knows the entity).
//! - A name class of the dictionary becomes a person, place or organisation;
//!   other proper nouns (`能登半島`, ipadic 固有名詞,一般) only when they end
//!   in a place or organisation head of the profile; a name followed by
//!   common nouns that end in a head is that organisation or place
//!   (`中国` `网球` `协会`).
//! - A word the dictionary does not know, next to a title (`馳浩` `知事`), is
//!   a person.

use super::EntityKind;
use super::cues::{CueLang, Cues, FUNCTION, LOC_HEAD, NOT_NAME, ORG_HEAD, TITLE};
use super::gazetteer::Gazetteer;
use super::recognise::{Cand, Doc, Source};
use super::tokens::{IDEOGRAPHIC, UNCASED, key_flags, push_key};
use crate::lang::Script;
use crate::lang::phonetic::skeleton;
use crate::lang::segment::{Segmenter, Word, WordClass, is_common_loanword, is_common_noun_first, names};

/// The segmenter for an article's profile, if its language has one.
pub(crate) fn segmenter_of(doc: &Doc) -> Option<Segmenter> {
    match doc.lang.code {
        "zh" => Some(Segmenter::Chinese),
        "ja" => Some(Segmenter::Japanese),
        _ => None,
    }
}

/// Organisations, mostly companies, as Chinese and Japanese news name them (see the files' headers).
const CHINESE_ORGANISATIONS: &str = include_str!("../../data/lang/zh.orgs.txt");
const JAPANESE_ORGANISATIONS: &str = include_str!("../../data/lang/ja.orgs.txt");
/// The most words a segmenter cuts a listed organisation into (`上汽` `集团`).
const MAX_WORDS_OF_A_LISTED_ORGANISATION: usize = 4;

type NameSet = super::fxhash::FxHashSet<&'static str>;

fn names_of_list(list: &'static str) -> NameSet {
    list.lines().filter(|line| !line.starts_with('#')).map(spellings).flat_map(str::split_whitespace).collect()
}

/// What separates a listed organisation's spellings from the name news in
/// Latin letters gives it (`谷歌 = Google`, `皇马 皇家马德里 = Real Madrid`).
const LATIN_NAME: &str = " = ";

/// The spellings of a line of an organisation list, without its Latin name.
fn spellings(line: &'static str) -> &'static str {
    line.split_once(LATIN_NAME).map_or(line, |(spellings, _)| spellings)
}

/// The name news in Latin letters gives the organisation of line `line` of
/// the list of a language (`zh`, `ja`), if the line says: Chinese names many
/// companies by meaning (`微软`, Microsoft; `谷歌`, Google), whose sound links nothing.
pub(crate) fn latin_name_of_listed_line(lang: &str, line: usize) -> Option<&'static str> {
    let list = match lang {
        "zh" => CHINESE_ORGANISATIONS,
        "ja" => JAPANESE_ORGANISATIONS,
        _ => return None,
    };
    list.lines().nth(line)?.split_once(LATIN_NAME).map(|(_, latin)| latin.trim()).filter(|l| !l.is_empty())
}

/// Every Latin name of the organisation lists: companies, which no place
/// of the gazetteer may have among its aliases (`Google`, a nickname of Topeka).
pub(crate) fn latin_names_of_listed_organisations() -> impl Iterator<Item = &'static str> {
    [CHINESE_ORGANISATIONS, JAPANESE_ORGANISATIONS]
        .into_iter()
        .flat_map(str::lines)
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(LATIN_NAME))
        .map(|(_, latin)| latin.trim())
        .filter(|latin| !latin.is_empty())
}

/// Is this one of the organisations the news of the segmenter's language
/// names by a word it tags as a person (`华为`, `比亚迪`, `テスラ`)?
fn is_listed_organisation(segmenter: Segmenter, text: &str) -> bool {
    static CHINESE: std::sync::OnceLock<NameSet> = std::sync::OnceLock::new();
    static JAPANESE: std::sync::OnceLock<NameSet> = std::sync::OnceLock::new();
    match segmenter {
        Segmenter::Chinese => CHINESE.get_or_init(|| names_of_list(CHINESE_ORGANISATIONS)).contains(text),
        Segmenter::Japanese => JAPANESE.get_or_init(|| names_of_list(JAPANESE_ORGANISATIONS)).contains(text),
    }
}

/// The line of the organisation list of a language (`zh`, `ja`) that names
/// this organisation: the spellings on one line are one organisation's (`皇马`
/// and `皇家马德里`, Real Madrid).
pub(crate) fn listed_organisation_line(lang: &str, text: &str) -> Option<usize> {
    type Lines = super::fxhash::FxHashMap<&'static str, usize>;
    fn lines_of(list: &'static str) -> Lines {
        let mut lines = Lines::default();
        for (n, line) in list.lines().enumerate().filter(|(_, line)| !line.starts_with('#')) {
            for name in spellings(line).split_whitespace() {
                lines.entry(name).or_insert(n);
            }
        }
        lines
    }
    static CHINESE: std::sync::OnceLock<Lines> = std::sync::OnceLock::new();
    static JAPANESE: std::sync::OnceLock<Lines> = std::sync::OnceLock::new();
    match lang {
        "zh" => CHINESE.get_or_init(|| lines_of(CHINESE_ORGANISATIONS)).get(text).copied(),
        "ja" => JAPANESE.get_or_init(|| lines_of(JAPANESE_ORGANISATIONS)).get(text).copied(),
        _ => None,
    }
}

/// The listed organisations of an article, on whole words: jieba cuts
/// some apart (`台积` `电`) or lacks them (`恩智浦`).
fn listed_organisations(doc: &Doc, gaz: &Gazetteer, segmenter: Segmenter, words: &[Word]) -> Vec<Cand> {
    let mut found = Vec::new();
    for (i, first) in words.iter().enumerate() {
        for (j, last) in words.iter().enumerate().skip(i).take(MAX_WORDS_OF_A_LISTED_ORGANISATION) {
            if j > i && last.start != words[j - 1].end {
                break;
            }
            let (start, text) = without_a_glued_function_char(doc.text, first, last.end);
            if is_listed_organisation(segmenter, text) {
                found.extend(cand(doc, start, last.end, EntityKind::Organization, true, false).map(|mut c| {
                    if let Some(entry) = gazetteer_entry_of_latin_name(gaz, doc.lang.code, text) {
                        c.source = Source::Gazetteer(entry);
                    }
                    c
                }));
            }
        }
    }
    found
}

/// Rule `a_listed_organisation_glued_to_a_preposition_is_found`: jieba's HMM
/// glues a preposition to the first sounds of a name it cuts (`由台` `积电`,
/// by TSMC): the bytes from the word `first` to `end`, without such a
/// character ([`crate::lang::segment::GLUED_BEFORE_A_NAME`]) where the word
/// is no word of the dictionary, with where they start.
fn without_a_glued_function_char<'t>(text: &'t str, first: &Word, end: usize) -> (usize, &'t str) {
    let whole = &text[first.start..end];
    match whole.chars().next() {
        Some(c)
            if !first.known
                && first.end - first.start > c.len_utf8()
                && crate::lang::segment::GLUED_BEFORE_A_NAME.contains(c) =>
        {
            (first.start + c.len_utf8(), &whole[c.len_utf8()..])
        }
        _ => (first.start, whole),
    }
}

/// Characters of a word jieba's HMM makes of a listed organisation and one more, at least.
const MIN_CHARS_OF_A_RUN_ON_ORGANISATION: usize = 3;

/// Rule `a_listed_organisation_run_into_a_character_is_cut_out`: jieba's HMM
/// runs a listed organisation into the character before or after it (`比`
/// `特斯拉`, than Tesla, as `比特斯拉`; `比亚迪` `约`, BYD about, as `比亚迪约`)
/// and the word then reads as a name written by sound: a word the dictionary
/// lacks that is a listed organisation and one character is cut into the two,
/// the organisation a word of its own. (A preposition glued before one, `由恒大`,
/// is left to the rules that cut it off: the name alone, not run on into the
/// nouns after it, `恒大` `旗下` `公司`.)
fn listed_organisations_run_into_a_character(text: &str, words: &mut Vec<Word>) {
    let listed = |s: &str| is_listed_organisation(Segmenter::Chinese, s);
    let mut out = Vec::with_capacity(words.len());
    for w in words.drain(..) {
        let word = &text[w.start..w.end];
        let (Some(first), Some(last)) = (word.chars().next(), word.chars().next_back()) else {
            out.push(w);
            continue;
        };
        if w.known || word.chars().count() < MIN_CHARS_OF_A_RUN_ON_ORGANISATION {
            out.push(w);
            continue;
        }
        let organisation = |start, end| Word { start, end, class: WordClass::Organisation, known: true };
        let character = |start, end| Word { start, end, class: WordClass::Other, known: false };
        let (after_first, before_last) = (w.start + first.len_utf8(), w.end - last.len_utf8());
        if listed(&text[after_first..w.end]) && !crate::lang::segment::GLUED_BEFORE_A_NAME.contains(first) {
            out.extend([character(w.start, after_first), organisation(after_first, w.end)]);
        } else if listed(&text[w.start..before_last]) {
            out.extend([organisation(w.start, before_last), character(before_last, w.end)]);
        } else {
            out.push(w);
        }
    }
    *words = out;
}

/// Rule `a_listed_organisation_is_the_gazetteer_entry_of_its_latin_name`: the Latin
/// name a line of the organisation lists gives (`オープンAI = OpenAI`) is, where the
/// gazetteer has an organisation of that name (`org:openai`), that entry, which
/// the cased-script articles name: the listed spelling is that entry too.
fn gazetteer_entry_of_latin_name(gaz: &Gazetteer, lang: &str, text: &str) -> Option<u32> {
    let latin = latin_name_of_listed_line(lang, listed_organisation_line(lang, text)?)?;
    let mut key = String::new();
    super::tokens::phrase_key(latin, &mut key);
    gaz.lookup(&key).filter(|hit| gaz.entry(hit.entry).kind == EntityKind::Organization).map(|hit| hit.entry)
}

/// Gazetteer matches shorter than this must sit on word boundaries.
const FREE_GAZETTEER_MATCH: usize = 4;
/// Common nouns a name may take before its head (`中国` `网球` `协会`; `日本`
/// `国際` `博覧` `会` `協会`, the Japan Expo association): a public body's full
/// name runs to four nouns and more.
const MAX_WORDS_BEFORE_HEAD: usize = 5;

/// The candidates of a Chinese or Japanese article: `found` (the rules' own,
/// gazetteer matches in Han and kana among them) with the segmenter's names
/// added and the Han and kana ones made consistent. In text order.
pub(crate) fn combine(doc: &Doc, segmenter: Segmenter, gaz: &Gazetteer, cues: &Cues, found: Vec<Cand>) -> Vec<Cand> {
    let lines = lines_of_the_window(doc);
    let mut words = segmenter.segment(&doc.text[lines.clone()]);
    let mut starts = vec![false; lines.len() + 1];
    let mut ends = vec![false; lines.len() + 1];
    for w in &mut words {
        starts[w.start] = true;
        ends[w.end] = true;
        w.start += lines.start;
        w.end += lines.start;
    }
    let on_words = |c: &Cand| {
        let (start, end) = (c.start.wrapping_sub(lines.start), c.end.wrapping_sub(lines.start));
        starts.get(start).copied().unwrap_or(false) && ends.get(end).copied().unwrap_or(false)
    };
    let lang = CueLang::of(doc.lang);
    let in_ideographs = |c: &Cand| has_ideographs(&doc.text[c.start..c.end]);
    let (mut kept, ideographic): (Vec<Cand>, Vec<Cand>) = found.into_iter().partition(|c| !in_ideographs(c));
    let mut proposals: Vec<Cand> = ideographic
        .into_iter()
        .filter(|c| doc.text[c.start..c.end].chars().count() >= FREE_GAZETTEER_MATCH || on_words(c))
        // a common loanword is no place that a gazetteer spells alike (`メディア`, media; Médéa),
        // nor is a katakana word ipadic knows as a common noun and JMdict as a common word
        // before a name (`ゴール`, goal; Ghor); ipadic has places as common nouns too
        // (`チャド`, Chad; `フィラデルフィア`), which JMdict glosses by their names
        .filter(|c| {
            segmenter != Segmenter::Japanese
                || !(is_common_loanword(&doc.text[c.start..c.end]) || katakana_common_noun(doc.text, &words, c))
        })
        .filter(|c| !latin_title_before_a_name(&doc.text[c.start..c.end], cues, lang))
        .collect();
    proposals.extend(mixed_script_places(doc, gaz, &words));
    // a word in Latin letters (`CEO`) is keyed as the profile's cue words in Latin letters are
    let classes =
        |w: &str| cues.of_word_keyed(w, if has_ideographs(w) { UNCASED | IDEOGRAPHIC } else { key_flags(w) }, lang);
    let heads = Heads::of(doc, cues);
    // (rule `a_common_word_is_no_gazetteer_name`) nor is a word the profile calls none a
    // gazetteer's name (`北部`, north, which is Malawi's Northern Region)
    proposals.retain(|c| classes(&doc.text[c.start..c.end]) & NOT_NAME == 0);
    // a title written in Latin letters (`CEO`) is no name, though the rules of cased text find it,
    // nor is an abbreviation the language uses as a common word (`AI`, `MVP` in Japanese)
    kept.retain(|c| {
        let text = &doc.text[c.start..c.end];
        cues.of_word_keyed(text, key_flags(text), lang) & (TITLE | NOT_NAME) == 0 && !latin_without_a_capital(text)
    });
    // a title is no name, though jieba tags some as people (`顾问`, adviser: `顾` is a family name)
    for w in &mut words {
        if w.class.is_proper() && classes(&doc.text[w.start..w.end]) & TITLE != 0 {
            w.class = WordClass::Noun;
        }
    }
    if segmenter == Segmenter::Japanese {
        katakana_words_named_as_people(doc.text, &mut words, &classes);
        loanwords_in_compound_nouns(doc.text, &mut words, &classes);
        prefectures_cut_from_their_suffix(doc.text, &mut words, &classes);
    }
    split_places_led_by_a_city(doc, gaz, &mut words, &heads);
    split_places_led_by_a_country(doc, gaz, &mut words, segmenter, &heads);
    if segmenter == Segmenter::Chinese {
        listed_organisations_run_into_a_character(doc.text, &mut words);
        names_cut_into_place_fragments(doc.text, gaz, &mut words);
        names_cut_one_character_short(doc.text, gaz, &mut words, &classes);
        family_names_cut_from_their_given_name(doc.text, gaz, &mut words, &classes);
        places_cut_from_a_given_name(doc.text, &mut words);
        names_run_on_into_the_next_word(doc.text, &mut words);
        places_glued_before_a_transcription(doc.text, gaz, &mut words);
    }
    let named = names(doc.text, &words);
    let named = if segmenter == Segmenter::Japanese {
        japanese_names_cut_from_their_start(doc.text, &words, named, &classes)
    } else {
        named
    };
    let mut places: Vec<(Cand, bool)> = Vec::new();
    for name in &named {
        // jieba tags compass points as places (`西南`, south-west): the profile's non-names are none
        if classes(&doc.text[name.start..name.end]) & NOT_NAME != 0 {
            continue;
        }
        if segmenter == Segmenter::Chinese && is_demonym(gaz, &doc.text[name.start..name.end]) {
            continue;
        }
        // (rule `a_common_noun_of_places_is_no_place`) `城市` (city), after which
        // Chinese names a place, names none itself, though jieba tags it a place
        if segmenter == Segmenter::Chinese && CHINESE_LOCATIVES.contains(&&doc.text[name.start..name.end]) {
            continue;
        }
        // a national team is named by its country (`阿根廷队`), and so is the mention
        if let Some(country) = country_of_team(doc, gaz, name) {
            proposals.push(country);
            continue;
        }
        let (name, title_before) = without_glued_title_char(doc.text, &words, name, &classes);
        let (name, title_after) = without_dotted_title(doc.text, name, &classes);
        let (name, title_glued) = if segmenter == Segmenter::Chinese {
            without_title_glued_before(doc.text, name, &classes)
        } else {
            (name, false)
        };
        let title_before = title_before || title_after || title_glued;
        let name = &name;
        let Some((end, kind, weak)) = typed(doc.text, &words, name, &heads) else { continue };
        let person_after = next_word(&words, end).is_some_and(|w| w.class == WordClass::PersonSuffix);
        let kind = dotted_kind(&doc.text[name.start..end], kind, person_after, &heads, gaz);
        let (end, kind) = match suffix_of_a_transcribed_place(doc.text, &words, segmenter, name.start, end, kind) {
            Some(suffixed) => (suffixed, EntityKind::Location),
            None => (end, kind),
        };
        let kind = if kind == EntityKind::Person
            && (transcribed_place(&doc.text[name.start..end], &classes)
                || (segmenter == Segmenter::Chinese && ends_in_a_place_word_by_sound(&doc.text[name.start..end])))
        {
            EntityKind::Location
        } else if is_listed_organisation(segmenter, &doc.text[name.start..end]) {
            EntityKind::Organization
        } else {
            kind
        };
        let cue = title_before
            || next_word(&words, name.end).is_some_and(|w| classes(&doc.text[w.start..w.end]) & TITLE != 0);
        if segmenter == Segmenter::Chinese
            && kind == EntityKind::Person
            && !cue
            && (lone_han_character(&doc.text[name.start..end]) || common_word_tagged_a_person_once(doc.text, name, end))
        {
            continue;
        }
        let end = if segmenter == Segmenter::Chinese {
            place_before_a_region_word(gaz, doc.text, name.start, end).unwrap_or(end)
        } else {
            end
        };
        let Some(mut c) = cand(doc, name.start, end, kind, cue, weak) else { continue };
        // a name the gazetteer knows is its entity (a run that starts with a digit is
        // no ideographic token, so the gazetteer's own pass did not look inside it)
        let mut key = String::new();
        push_key(&doc.text[c.start..c.end], UNCASED | IDEOGRAPHIC, &mut key);
        let hit = gaz.lookup(&key).or_else(|| {
            (segmenter == Segmenter::Japanese)
                .then(|| japanese_place_in_chinese_forms(gaz, &doc.text[c.start..c.end]))?
        });
        let hit = hit.or_else(|| {
            (segmenter == Segmenter::Japanese && name.class == WordClass::Country && end == name.end)
                .then(|| country_of_its_abbreviation(gaz, &doc.text[c.start..c.end]))?
        });
        let hit = hit.or_else(|| {
            (segmenter == Segmenter::Chinese
                && end == name.end
                && matches!(name.class, WordClass::Place | WordClass::Country))
            .then(|| place_without_its_administrative_head(gaz, &doc.text[c.start..c.end]))?
        });
        if let Some(hit) = hit {
            c.kind = gaz.entry(hit.entry).kind;
            c.source = Source::Gazetteer(hit.entry);
        }
        // (rule `a_transcription_tagged_a_place_is_a_guess`) jieba's dictionary tags transcribed
        // people as places (`普京`, Putin): a name written by sound that the gazetteer does not
        // know is a place by that tag alone, which the rest of the corpus may outweigh
        if segmenter == Segmenter::Chinese
            && name.class == WordClass::Place
            && end == name.end
            && matches!(c.source, Source::Unknown { .. })
            && written_by_sound(&doc.text[c.start..c.end])
        {
            c.weak = true;
        }
        let unconfirmed_place = segmenter == Segmenter::Chinese
            && matches!(name.class, WordClass::Place | WordClass::Country)
            && end == name.end
            && matches!(c.source, Source::Unknown { .. })
            && !written_by_sound(&doc.text[c.start..c.end])
            && !ends_in_place_head(&doc.text[c.start..c.end], &classes);
        if unconfirmed_place {
            let listed = listed_with_a_known_place(doc.text, gaz, &words, name);
            places.push((c, listed || in_place_context(doc.text, &words, name, &classes)));
        } else {
            proposals.push(c);
        }
    }
    // jieba tags many common words as places (`城市` city, `滑坡` landslide, `中断`):
    // a place of its own the gazetteer does not know must stand where places
    // stand at least once in the article (after `在`, `从`, `来自`; before a place head)
    let confirmed: std::collections::HashSet<&str> =
        places.iter().filter(|(_, ok)| *ok).map(|(c, _)| &doc.text[c.start..c.end]).collect();
    proposals
        .extend(places.iter().filter(|(c, _)| confirmed.contains(&doc.text[c.start..c.end])).map(|(c, _)| c.clone()));
    // a place GeoNames names in Han whose name alone says too little (`奈良`, two
    // characters, an alias of no trusted source) where places stand: `城市奈良`, `住在奈良`
    if segmenter == Segmenter::Chinese {
        for w in &words {
            let text = &doc.text[w.start..w.end];
            if !all_han(text, 2..=3) {
                continue;
            }
            let mut key = String::new();
            push_key(text, UNCASED | IDEOGRAPHIC, &mut key);
            let Some(hit) = gaz.lookup(&key).filter(|hit| !hit.trusted) else { continue };
            let entry = gaz.entry(hit.entry);
            if entry.kind != EntityKind::Location
                || !(in_place_context(doc.text, &words, w, &classes)
                    || listed_with_a_known_place(doc.text, gaz, &words, w))
            {
                continue;
            }
            if let Some(mut c) = cand(doc, w.start, w.end, EntityKind::Location, false, false) {
                c.source = Source::Gazetteer(hit.entry);
                proposals.push(c);
            }
        }
    }
    if segmenter == Segmenter::Chinese {
        proposals.extend(places_named_in_traditional_forms(doc, gaz, &words));
    }
    proposals.extend(places_before_titles(doc, gaz, &words, &classes));
    proposals.extend(places_before_their_nouns(doc, gaz, &words));
    same_place_as_suffixed(doc.text, &mut proposals, &classes);
    // unknown words next to a title: `馳浩` `知事`, `选手` `郑钦文`
    for (k, w) in words.iter().enumerate() {
        if w.known
            || w.class.is_proper()
            || !all_han(&doc.text[w.start..w.end], 2..=4)
            || is_listed_organisation(segmenter, &doc.text[w.start..w.end])
        {
            continue;
        }
        let title_after =
            words.get(k + 1).is_some_and(|n| n.start == w.end && classes(&doc.text[n.start..n.end]) & TITLE != 0);
        let title_before = k > 0
            && words[k - 1].end == w.start
            && ends_in_title(&doc.text[words[k - 1].start..words[k - 1].end], &classes);
        if title_after || title_before {
            proposals.extend(cand(doc, w.start, w.end, EntityKind::Person, true, false));
        }
    }
    proposals.extend(common_noun_organisations(doc, &words, &heads));
    if segmenter == Segmenter::Chinese {
        proposals.extend(parties_named_by_meaning(doc, &words));
        proposals.extend(bodies_named_by_their_remit(doc, &words, &classes));
        proposals.extend(papers_in_title_brackets(doc));
        proposals.extend(organisations_of_unknown_words(doc, &words, &heads));
        proposals.extend(japanese_names_in_chinese(doc, &words, &classes));
        proposals.extend(names_after_a_title_cut_by_the_segmenter(doc, &words, &classes));
    }
    if segmenter == Segmenter::Chinese {
        clubs_of_towns_with_the_team_suffix(doc, gaz, &mut proposals);
    }
    proposals.extend(places_before_an_organisation_head(doc, &words, &heads));
    proposals.extend(listed_organisations(doc, gaz, segmenter, &words));
    proposals.extend(bare_institutions(doc, segmenter, &words));
    if segmenter == Segmenter::Chinese {
        proposals.extend(regulators_by_their_short_names(doc, &words));
    }
    if segmenter == Segmenter::Japanese {
        proposals.extend(names_glued_to_their_suffix(doc, &words, &classes));
        proposals.extend(family_names_of_one_kanji_before_the_honorific(doc, &words));
        proposals.extend(names_cut_before_their_last_kanji(doc, &words, &classes));
        proposals.extend(names_joined_by_an_ampersand(doc, &words));
        proposals.extend(government_offices(doc, &words));
        proposals.extend(parties_with_a_noun_before(doc, &words));
        // (a quoted name first: on the same span it wins over a guess of the segmenter's)
        let quoted = bodies_named_in_brackets(doc);
        proposals.splice(0..0, quoted);
        let before_the_suffix = katakana_words_before_the_company_suffix(doc, &words, &proposals);
        proposals.extend(before_the_suffix);
        companies_named_by_sound(doc, &mut proposals);
        clubs_named_after_their_home(doc, gaz, &heads, &mut proposals);
        let with_country = countries_before_public_bodies(doc, &words, &proposals);
        proposals.extend(with_country);
    }
    if segmenter == Segmenter::Japanese {
        for c in &mut proposals {
            if let Source::Gazetteer(entry) = c.source
                && let Some(city) = city_named_like_a_state(gaz, &doc.text[c.start..c.end], entry)
            {
                c.source = Source::Gazetteer(city);
            }
        }
    }
    organisations_take_the_whole_place_they_begin_in(doc, &mut proposals);
    if segmenter == Segmenter::Chinese {
        venues_take_the_city_before_them(doc, gaz, &mut proposals);
    }
    // a middle dot after a name joins it to the next (`大阪府・市`) and is no part of it
    for c in &mut proposals {
        let text = &doc.text[c.start..c.end];
        let name = text.trim_end_matches(['・', '·']);
        if name.len() < text.len()
            && !name.is_empty()
            && let Some(trimmed) = cand(doc, c.start, c.start + name.len(), c.kind, c.cue, c.weak)
        {
            *c = Cand { source: c.source.clone(), ..trimmed };
        }
    }
    // the country a describing body begins with is named still (`中国` of `中国` `公司` `字节跳动`)
    let mut described_countries = Vec::new();
    proposals.retain(|c| {
        let describes = describes_the_name_after(doc.lang.code, doc.text, &words, c, &heads);
        if describes {
            described_countries
                .extend(a_kind_of_body(doc.text, &words, c).flatten().and_then(|p| known_place(doc, gaz, &p)));
        }
        !(describes || (segmenter == Segmenter::Japanese && currency_of_a_place(gaz, &doc.text[c.start..c.end])))
    });
    described_countries.retain(|p| !proposals.iter().any(|c| c.start < p.end && p.start < c.end));
    proposals.extend(described_countries);
    // (after the describing bodies are gone: `中国` `公司` `字节跳动` is a Chinese company, ByteDance)
    if segmenter == Segmenter::Chinese {
        organisations_named_by_meaning_take_the_name_before_them(doc, gaz, &words, &mut proposals);
    }
    // (rule `latin_words_without_a_capital_are_no_names`) ipadic takes unknown Latin words for names
    proposals.retain(|c| !latin_without_a_capital(&doc.text[c.start..c.end]));
    kept.extend(longest_first(proposals));
    kept.sort_by_key(|c| c.start);
    kept
}

/// Rule `latin_words_without_a_capital_are_no_names`: Chinese and Japanese
/// text quotes English as it is written (`「the bird is freed」`), and English
/// writes its names with a capital (`iPhone`, `eBay`): a run in Latin letters
/// with none is common words, though the uncased script around it lets the
/// recogniser take every word for a name.
fn latin_without_a_capital(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic()) && !text.chars().any(char::is_uppercase)
}

/// The bytes of `doc`'s article to segment for its window of tokens: the whole
/// article when it is one window, else the whole lines that hold the window's
/// tokens. The segmenter cuts text into lines before anything else, so their
/// words are the whole article's there; segmenting the whole article for each
/// window of a long one took time that grew with the square of its length.
/// A line longer than its window (an article with no line break) is cut to
/// the window's own text, which ends after a sentence where one does
/// ([`after_sentence_end`]): else each window segmented the whole line again.
fn lines_of_the_window(doc: &Doc) -> std::ops::Range<usize> {
    let text = doc.text;
    if text.len() <= super::recognise::WINDOW {
        return 0..text.len();
    }
    let (Some(first), Some(last)) = (doc.toks.first(), doc.toks.last()) else { return 0..0 };
    let start = text[..first.start].rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let end = text[last.end..].find(['\n', '\r']).map_or(text.len(), |at| last.end + at + 1);
    start.max(doc.window.start)..end.min(doc.window.end)
}

/// Where the last sentence of Chinese or Japanese in the bytes `range` of
/// `text` ends (after its `。`, `！`, `？` or halfwidth `｡`), if one does: a
/// long article with no line break is cut into windows there
/// ([`super::recognise::windows`]), so that each window's text can be
/// segmented on its own ([`lines_of_the_window`]).
pub(crate) fn after_sentence_end(text: &str, range: std::ops::Range<usize>) -> Option<usize> {
    const ENDS: [[u8; 3]; 4] = [[0xE3, 0x80, 0x82], [0xEF, 0xBC, 0x81], [0xEF, 0xBC, 0x9F], [0xEF, 0xBD, 0xA1]];
    let bytes = text.as_bytes().get(range.clone())?;
    // (their first bytes found with memchr: text in other scripts has none and is passed over fast)
    memchr::memrchr2_iter(0xE3, 0xEF, bytes)
        .find(|&at| bytes.get(at..at + 3).is_some_and(|w| ENDS.iter().any(|end| end == w)))
        .map(|at| range.start + at + 3)
}

/// Rule `a_describing_organisation_before_a_name_is_no_name`: Chinese and
/// Japanese put what a body is right before its name, with nothing between
/// (`民間軍事会社ワグネル`, the private military company Wagner; `法国核燃料集团欧安诺`,
/// the French nuclear fuel group Orano): an organisation found by its head
/// alone, with a name written by its sound right after it, describes that name.
fn describes_the_name_after(lang: &str, text: &str, words: &[Word], c: &Cand, heads: &Heads) -> bool {
    if c.kind != EntityKind::Organization
        || !matches!(c.source, Source::Unknown { .. })
        || heads.kind_of_ending(&text[c.start..c.end]) != Some(EntityKind::Organization)
    {
        return false;
    }
    let Some(next) = next_word(words, c.end) else { return false };
    let name = &text[next.start..next.end];
    (next.class.is_proper() && name.chars().count() >= 2 && written_by_sound(name))
        || (a_kind_of_body(text, words, c).is_some()
            && (latin_name(name) || listed_name_begins(lang, text, words, next)))
}

/// The place the gazetteer knows on the word `w`, as a candidate.
fn known_place(doc: &Doc, gaz: &Gazetteer, w: &Word) -> Option<Cand> {
    let mut key = String::new();
    push_key(&doc.text[w.start..w.end], UNCASED | IDEOGRAPHIC, &mut key);
    let hit = gaz.lookup(&key).filter(|hit| gaz.entry(hit.entry).kind == EntityKind::Location)?;
    let mut c = cand(doc, w.start, w.end, EntityKind::Location, false, false)?;
    c.source = Source::Gazetteer(hit.entry);
    Some(c)
}

/// Rule `a_kind_of_body_before_a_name_describes_it`: common nouns before a
/// head, a country or place first or not (`美国` `网络安全` `公司`, a US
/// cybersecurity firm; `中国` `公司`), say what the name after them is: a name
/// in Latin letters (`CrowdStrike`) or a listed organisation (`字节跳动`). Are
/// the words of `c` such nouns (two words at least without a place)? With the
/// place's word, if one begins them.
fn a_kind_of_body(text: &str, words: &[Word], c: &Cand) -> Option<Option<Word>> {
    let first = words.partition_point(|w| w.start < c.start);
    let inside: Vec<&Word> = words[first..].iter().take_while(|w| w.end <= c.end).collect();
    if inside.first().is_none_or(|w| w.start != c.start) || inside.last().is_none_or(|w| w.end != c.end) {
        return None;
    }
    let place = inside.first().filter(|w| w.known && matches!(w.class, WordClass::Place | WordClass::Country));
    let rest = &inside[usize::from(place.is_some())..];
    let enough = if place.is_some() { !rest.is_empty() } else { rest.len() >= 2 };
    let names_nothing = |w: &&Word| {
        w.known
            && all_han(&text[w.start..w.end], 1..=usize::MAX)
            && !matches!(
                w.class,
                WordClass::Person
                    | WordClass::Surname
                    | WordClass::GivenName
                    | WordClass::ForeignName
                    | WordClass::Place
                    | WordClass::Country
                    | WordClass::Organisation
            )
    };
    (enough && rest.iter().all(names_nothing)).then(|| place.map(|w| **w))
}

/// A name in Latin letters with a capital and a small letter (`CrowdStrike`; not
/// `CEO`, a title, nor an acronym, which may be the body's own).
fn latin_name(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_alphanumeric())
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase())
}

/// Do the words from `first` on begin with an organisation the list of the
/// language names (`字节` `跳动`)?
fn listed_name_begins(lang: &str, text: &str, words: &[Word], first: &Word) -> bool {
    let k = words.partition_point(|w| w.start < first.start);
    let mut end = first.start;
    words[k..].iter().take(MAX_WORDS_OF_A_LISTED_ORGANISATION).any(|w| {
        let joined = w.start == end;
        end = w.end;
        joined && listed_organisation_line(lang, &text[first.start..w.end]).is_some()
    })
}

/// Currencies Japanese writes after a country's name as one katakana word
/// (`スウェーデンクローナ`, the Swedish krona).
const CURRENCIES: &[&str] = &[
    "ドル",
    "ユーロ",
    "ポンド",
    "フラン",
    "クローナ",
    "クローネ",
    "ルーブル",
    "ルピー",
    "ペソ",
    "リラ",
    "レアル",
    "ディナール",
    "リヤル",
    "ランド",
    "ウォン",
    "ルピア",
    "バーツ",
];

/// Rule `a_place_and_its_currency_is_no_name`: a katakana word that is a
/// place the gazetteer knows and a currency (`スウェーデンクローナ`) is money.
fn currency_of_a_place(gaz: &Gazetteer, name: &str) -> bool {
    CURRENCIES.iter().any(|currency| {
        name.strip_suffix(currency).is_some_and(|place| {
            let mut key = String::new();
            push_key(place, UNCASED | IDEOGRAPHIC, &mut key);
            place.chars().count() >= 2
                && gaz.lookup(&key).is_some_and(|hit| gaz.entry(hit.entry).kind == EntityKind::Location)
        })
    })
}

/// ipadic has some foreign names as the loanwords they sound like
/// (`トランプ`, playing cards), so the katakana-run rule, which leaves a
/// known word alone, never makes them names. A whole katakana word the
/// dictionary calls a common noun is a foreign name where Japanese writes a
/// person: right before a person's suffix (`トランプ` `氏`), or before a
/// country's one-kanji abbreviation and a title (`トランプ` `米` `大統領`).
fn katakana_words_named_as_people(text: &str, words: &mut [Word], classes: &impl Fn(&str) -> u8) {
    for k in 0..words.len() {
        let w = words[k];
        let word = &text[w.start..w.end];
        if w.class != WordClass::Noun || word.chars().count() < 2 || !word.chars().all(is_katakana) {
            continue;
        }
        // and no katakana right before: a loanword compound (`ボード` `ゲーム`) is no name
        if text[..w.start].chars().next_back().is_some_and(is_katakana) {
            continue;
        }
        let Some(next) = words.get(k + 1).filter(|n| n.start == w.end) else { continue };
        let next_text = &text[next.start..next.end];
        let person = next.class == WordClass::PersonSuffix
            || (next_text.chars().count() == 1
                && next_text.chars().all(is_kanji)
                && words
                    .get(k + 2)
                    .filter(|t| t.start == next.end)
                    .is_some_and(|t| classes(&text[t.start..t.end]) & TITLE != 0));
        if person || a_loanword_before_a_head_of_state_s_title(word, next_text) {
            words[k].class = WordClass::ForeignName;
        }
    }
}

/// Titles only a named person holds right after the name, with no country
/// between (`マクロン` `大統領`); a loanword compound takes other titles
/// (`チーム` `監督`, `ファン` `会長`).
const HEAD_OF_STATE_TITLES: &[&str] = &["大統領", "副大統領", "首相", "副首相", "外相", "国務長官", "国王", "女王"];

/// Rule `a_loanword_before_a_head_of_state_s_title_is_a_person`: JMdict has
/// some foreign surnames as the common loanwords they sound like (`マクロン`,
/// the macron accent), which the segmenter makes common nouns; right before a
/// head of state's or government's title (`マクロン` `大統領`) the word is the
/// person's name, as before `氏`.
fn a_loanword_before_a_head_of_state_s_title(word: &str, next: &str) -> bool {
    is_common_loanword(word) && HEAD_OF_STATE_TITLES.contains(&next)
}

/// Words of a title ipadic cuts apart (`事務` `局長`), at most.
const MAX_WORDS_OF_A_TITLE_AFTER_A_LOANWORD: usize = 3;

/// ipadic lacks many loanwords (`トラフ`, trough; `プベルル`; `ピンポイント`),
/// and the katakana-run rule makes every katakana word it lacks a foreign
/// name. Japanese glues a loanword into a compound noun with the kanji noun
/// after it (`トラフ` `地震`, a trough earthquake; `プベルル` `酸`, an acid),
/// where a person is followed by a particle, `氏` or a title. An undotted
/// foreign name right before a kanji common noun that is no title and no
/// head is such a loanword, unless the article writes it as a person's
/// somewhere (`ミレイ` `大統領` ... `ミレイ` `政権`).
fn loanwords_in_compound_nouns(text: &str, words: &mut [Word], classes: &impl Fn(&str) -> u8) {
    // a title of one word or of the few words ipadic cuts it into (`事務` `局長`)
    let title_after = |k: usize| {
        let mut end = words[k].end;
        for n in words[k + 1..].iter().take(MAX_WORDS_OF_A_TITLE_AFTER_A_LOANWORD) {
            if n.start != end {
                return false;
            }
            end = n.end;
            if classes(&text[words[k + 1].start..end]) & TITLE != 0 {
                return true;
            }
        }
        false
    };
    let person_after = |k: usize| {
        title_after(k)
            || words
                .get(k + 1)
                .filter(|n| n.start == words[k].end)
                .is_some_and(|n| n.class == WordClass::PersonSuffix || text[n.start..n.end].starts_with(['・', '·']))
    };
    // a term, not a name: quoted (`「ピンポイント` `着陸」`) or glued after a kanji
    // common noun of its own (`南海` `トラフ`, `紅麹` `サプリ`); a name of a place or a
    // group before a noun (`シャンドマルス` `公園`, `ハマス` `幹部`) has neither, and one
    // after a place is that place's (`日本` `ハム`, `米` `マイクロソフト`)
    let term_start = |k: usize| {
        let w = &words[k];
        text[..w.start].ends_with('「')
            || (k > 0 && words[k - 1].end == w.start && {
                let before = &words[k - 1];
                let before_text = &text[before.start..before.end];
                before_text.chars().count() >= 2
                    && before_text.chars().all(is_kanji)
                    && !matches!(before.class, WordClass::Place | WordClass::Country | WordClass::PlaceSuffix)
                    && !matches!(before.class, WordClass::Person | WordClass::Surname | WordClass::GivenName)
            })
    };
    let in_compound = |k: usize| {
        !title_after(k)
            && term_start(k)
            && words.get(k + 1).filter(|n| n.start == words[k].end).is_some_and(|n| {
                let next = &text[n.start..n.end];
                n.class == WordClass::Noun
                    && next.chars().all(is_kanji)
                    && classes(next) & (TITLE | ORG_HEAD | LOC_HEAD) == 0
            })
    };
    // undotted: a name in parts joined by a middle dot is a person's (`サム・アルトマン`)
    let foreign = |w: &Word| {
        w.class == WordClass::ForeignName
            && !w.known
            && text[w.start..w.end].chars().all(|c| is_katakana(c) && !matches!(c, '・' | '･'))
    };
    let people: std::collections::HashSet<&str> = (0..words.len())
        .filter(|&k| foreign(&words[k]) && person_after(k))
        .map(|k| &text[words[k].start..words[k].end])
        .collect();
    // a loanword is one wherever the article writes it (`トラフ` `地震` ... `トラフ` `の`)
    let loanwords: std::collections::HashSet<&str> = (0..words.len())
        .filter(|&k| foreign(&words[k]) && in_compound(k))
        .map(|k| &text[words[k].start..words[k].end])
        .filter(|word| !people.contains(word))
        .collect();
    for w in words.iter_mut() {
        if foreign(w) && loanwords.contains(&text[w.start..w.end]) {
            w.class = WordClass::Noun;
        }
    }
}

/// Kanji of a Japanese name whose last kanji ipadic glues to its suffix, at least and at most.
const KANJI_OF_A_GLUED_NAME: std::ops::RangeInclusive<usize> = 2..=5;
/// Words before the glued one such a name spans, at most.
const MAX_WORDS_BEFORE_A_GLUED_NAME_END: usize = 2;
/// The person's suffix ipadic glues to a name's last kanji it does not know (`蓮` `舫氏`).
const HONORIFIC: &str = "氏";

/// ipadic glues a kanji it lacks to the suffix after it (`蓮` `舫氏`, Renhō),
/// so no word of the name is a name's. An unknown word of kanji and `氏`,
/// with the kanji words right before it that start after kana, punctuation
/// or the line's start, is a person of two to five kanji (the suffix is no
/// part of the name).
fn names_glued_to_their_suffix(doc: &Doc, words: &[Word], classes: &impl Fn(&str) -> u8) -> Vec<Cand> {
    let text = doc.text;
    let kanji_word = |w: &Word| {
        let word = &text[w.start..w.end];
        word.chars().all(is_kanji) && classes(word) & (TITLE | FUNCTION) == 0 && !ends_in_title(word, classes)
    };
    let after_a_boundary = |at: usize| text[..at].chars().next_back().is_none_or(|c| !is_kanji(c) && c != '々');
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let word = &text[w.start..w.end];
        let Some(last) = word.strip_suffix(HONORIFIC) else { continue };
        if w.known || last.is_empty() || !last.chars().all(is_kanji) {
            continue;
        }
        let end = w.start + last.len();
        let mut start = w.start;
        for p in words[..k].iter().rev().take(MAX_WORDS_BEFORE_A_GLUED_NAME_END) {
            if after_a_boundary(start) || p.end != start || !kanji_word(p) {
                break;
            }
            start = p.start;
        }
        if after_a_boundary(start) && KANJI_OF_A_GLUED_NAME.contains(&text[start..end].chars().count()) {
            out.extend(cand(doc, start, end, EntityKind::Person, true, false));
        }
    }
    out
}

/// Kanji before `氏` that say which person, not whose family: the same, each,
/// both, this, the other, a certain, he.
const NO_FAMILY_NAME_BEFORE_THE_HONORIFIC: &[char] = &['同', '各', '当', '両', '本', '他', '自', '某', '彼'];

/// Rule `a_family_name_of_one_kanji_before_the_honorific_is_a_person`: ipadic
/// reads some family names of one kanji as common nouns (`孫`, grandchild, the
/// family name of Son Masayoshi), and news names a person again by the family
/// name and `氏` alone (`孫氏`): a word of one kanji right before the person's
/// suffix, after kana, punctuation or the line's start, is a person, unless it
/// says which person (`同氏`, the same person).
fn family_names_of_one_kanji_before_the_honorific(doc: &Doc, words: &[Word]) -> Vec<Cand> {
    let text = doc.text;
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let [name, suffix] = pair else { continue };
        let word = &text[name.start..name.end];
        let mut chars = word.chars();
        let (Some(only), None) = (chars.next(), chars.next()) else { continue };
        if name.end == suffix.start
            && &text[suffix.start..suffix.end] == HONORIFIC
            && is_kanji(only)
            && !NO_FAMILY_NAME_BEFORE_THE_HONORIFIC.contains(&only)
            && text[..name.start].chars().next_back().is_none_or(|c| !is_kanji(c) && c != '々')
        {
            out.extend(cand(doc, name.start, name.end, EntityKind::Person, true, false));
        }
    }
    out
}

/// ipadic lacks most Chinese people's names and cuts one of three kanji into a
/// word it does not know and one kanji (`習近` `平`, Xi Jinping), so no word
/// of it is a name's. Two such words that start after kana, punctuation or
/// the line's start and stand before a title or a person's suffix (`習近` `平`
/// `氏`) are a person, and so are the same two words elsewhere in the article.
fn names_cut_before_their_last_kanji(doc: &Doc, words: &[Word], classes: &impl Fn(&str) -> u8) -> Vec<Cand> {
    let text = doc.text;
    let plain = |w: &Word, chars: usize| {
        let word = &text[w.start..w.end];
        word.chars().count() == chars && word.chars().all(is_kanji) && classes(word) & (TITLE | FUNCTION) == 0
    };
    let after_a_boundary = |at: usize| text[..at].chars().next_back().is_none_or(|c| !is_kanji(c) && c != '々');
    // the pairs of words (unknown, one kanji) that may be such a name, and whether a title follows
    let pairs: Vec<(usize, bool)> = (0..words.len().saturating_sub(1))
        .filter(|&k| {
            let (w, next) = (&words[k], &words[k + 1]);
            !w.known
                && !w.class.is_proper()
                && w.end == next.start
                && after_a_boundary(w.start)
                && plain(w, 2)
                && plain(next, 1)
                && !matches!(next.class, WordClass::PersonSuffix | WordClass::PlaceSuffix | WordClass::Suffix)
        })
        .map(|k| {
            // (a title ipadic cuts in two words counts whole: `国家` `主席`, head of state)
            let title_of = |last: usize| {
                words.get(k + 2..=last).is_some_and(|title| {
                    title.windows(2).all(|pair| pair[0].end == pair[1].start)
                        && title[0].start == words[k + 1].end
                        && classes(&text[title[0].start..title[title.len() - 1].end]) & TITLE != 0
                })
            };
            (k, title_of(k + 2) || title_of(k + 3))
        })
        .collect();
    let named: std::collections::HashSet<&str> =
        pairs.iter().filter(|(_, title)| *title).map(|&(k, _)| &text[words[k].start..words[k + 1].end]).collect();
    pairs
        .iter()
        .filter(|&&(k, _)| named.contains(&text[words[k].start..words[k + 1].end]))
        .filter_map(|&(k, title)| cand(doc, words[k].start, words[k + 1].end, EntityKind::Person, title, false))
        .collect()
}

/// A Japanese place the gazetteer spells in simplified Chinese forms only
/// (`山形県`: `山形县`, ISO 3166-2's Chinese name of the prefecture): a
/// sure place's alias (trusted, or a big place's), of three characters or more (a shorter one's
/// Chinese spelling may be another word).
fn japanese_place_in_chinese_forms(gaz: &Gazetteer, name: &str) -> Option<super::gazetteer::KeyHit> {
    if name.chars().count() < 3 || !name.chars().all(is_kanji) {
        return None;
    }
    let chinese = crate::entities::link::in_chinese_forms(name);
    if chinese == name {
        return None;
    }
    let mut key = String::new();
    push_key(&chinese, UNCASED | IDEOGRAPHIC, &mut key);
    gaz.lookup(&key).filter(|hit| {
        let entry = gaz.entry(hit.entry);
        entry.kind == EntityKind::Location && (hit.trusted || entry.prio >= 10)
    })
}

/// Simplified Chinese characters and their traditional forms (OpenCC's table, see the file's header).
static TRADITIONAL_FORMS: &str = include_str!("../../data/zh/traditional.tsv");
/// The most traditional spellings of one word looked up (a few characters have several forms).
const MAX_TRADITIONAL_SPELLINGS: usize = 16;
/// The least priority of a GeoNames city found by a traditional spelling: capitals and the
/// largest cities, whose names are no common word's (`河內`, Hanoi, but also `開雲`, Kering's name).
const MIN_PRIO_OF_A_TRADITIONAL_SPELLING: u16 = 80;
/// ... of any place found so by a word jieba tags a place and that is written by
/// sound (`巴尔的摩`, Baltimore, which GeoNames names `巴爾的摩`): a foreign
/// place's transcription is no common word, however small the place.
const MIN_PRIO_OF_A_TRADITIONAL_TRANSCRIPTION: u16 = 0;
/// A city's head, which a traditional spelling is also looked up without.
const CITY_HEAD: &str = "市";

fn traditional_forms() -> &'static super::fxhash::FxHashMap<char, Vec<char>> {
    static TABLE: std::sync::OnceLock<super::fxhash::FxHashMap<char, Vec<char>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = super::fxhash::FxHashMap::default();
        for line in TRADITIONAL_FORMS.lines().filter(|l| !l.starts_with('#')) {
            let Some((simplified, forms)) = line.split_once('\t') else { continue };
            let Some(simplified) = simplified.chars().next() else { continue };
            table.insert(simplified, forms.split(' ').filter_map(|f| f.chars().next()).collect());
        }
        table
    })
}

/// The spellings of a word in simplified characters with traditional forms
/// (each character as written, then its traditional forms), the word itself
/// left out; at most [`MAX_TRADITIONAL_SPELLINGS`].
#[cfg(test)]
fn traditional_spellings(word: &str) -> Vec<String> {
    traditional_spellings_begun(word, |_| true)
}

/// [`traditional_spellings`], each spelling dropped as soon as its first
/// characters are no beginning that `begins` accepts (of a gazetteer name):
/// nearly every word of an article is none, and is left after a lookup or two.
fn traditional_spellings_begun(word: &str, begins: impl Fn(&str) -> bool) -> Vec<String> {
    let table = traditional_forms();
    let mut spellings = vec![String::new()];
    let count = word.chars().count();
    for (k, c) in word.chars().enumerate() {
        let forms = table.get(&c).map_or(&[][..], Vec::as_slice);
        let mut next = Vec::with_capacity(spellings.len() * (1 + forms.len()));
        for spelled in &spellings {
            for &f in std::iter::once(&c).chain(forms) {
                if next.len() < MAX_TRADITIONAL_SPELLINGS {
                    // (pushed, not formatted: this runs for every character of every word)
                    let mut spelling = String::with_capacity(spelled.len() + f.len_utf8());
                    spelling.push_str(spelled);
                    spelling.push(f);
                    next.push(spelling);
                }
            }
        }
        if k + 1 < count {
            next.retain(|s| begins(s));
        }
        spellings = next;
        if spellings.is_empty() {
            break;
        }
    }
    spellings.retain(|s| s != word);
    spellings
}

/// Rule `a_city_is_found_by_its_traditional_spelling`: GeoNames names many
/// cities in Han in traditional characters only (`基輔`, Kyiv; `河內`, Hanoi),
/// which simplified Chinese writes `基辅`, `河内`, and jieba tags as common words.
/// A whole word of two characters or more that the gazetteer does not know as
/// written, but knows in traditional forms as a big city's name (a capital's,
/// [`MIN_PRIO_OF_A_TRADITIONAL_SPELLING`]), is that city; not a word the segmenter
/// takes for a person's, nor one joined to a name by a dot (`索菲亚·罗兰`).
/// Rule `a_place_written_by_sound_is_found_by_its_traditional_spelling`: a
/// word jieba tags a place and written by sound ([`mostly_by_sound`]) is any place so spelt.
fn places_named_in_traditional_forms(doc: &Doc, gaz: &Gazetteer, words: &[Word]) -> Vec<Cand> {
    let mut found = Vec::new();
    for w in words {
        let text = &doc.text[w.start..w.end];
        let person = matches!(w.class, WordClass::Person | WordClass::Surname | WordClass::GivenName);
        let dotted = doc.text[..w.start].ends_with(['·', '・']) || doc.text[w.end..].starts_with(['·', '・']);
        // (a word with no character of another traditional form is spelt so already)
        if person || dotted || !all_han(text, 2..=6) || !text.chars().any(|c| traditional_forms().contains_key(&c)) {
            continue;
        }
        // (one buffer for the keys of the beginnings tried)
        let buffer = std::cell::RefCell::new(String::new());
        let begins = |spelled: &str| {
            let mut key = buffer.borrow_mut();
            key.clear();
            push_key(spelled, UNCASED | IDEOGRAPHIC, &mut key);
            gaz.is_ideographic_prefix(&key)
        };
        let spellings = traditional_spellings_begun(text, begins);
        if spellings.is_empty() {
            continue;
        }
        let mut key = String::new();
        push_key(text, UNCASED | IDEOGRAPHIC, &mut key);
        if gaz.lookup(&key).is_some() {
            continue;
        }
        // (rule `a_place_written_by_sound_is_found_by_its_traditional_spelling`)
        let min_prio = if w.class == WordClass::Place && mostly_by_sound(text) {
            MIN_PRIO_OF_A_TRADITIONAL_TRANSCRIPTION
        } else {
            MIN_PRIO_OF_A_TRADITIONAL_SPELLING
        };
        let hit = spellings.iter().find_map(|spelled| {
            // the name as written, else without a city's head (`巴尔的摩市`)
            let bare = spelled.strip_suffix(CITY_HEAD).filter(|bare| bare.chars().count() >= 2);
            std::iter::once(spelled.as_str()).chain(bare).find_map(|spelled| {
                key.clear();
                push_key(spelled, UNCASED | IDEOGRAPHIC, &mut key);
                gaz.lookup(&key).filter(|hit| {
                    let entry = gaz.entry(hit.entry);
                    entry.kind == EntityKind::Location && entry.prio >= min_prio
                })
            })
        });
        if let Some(hit) = hit
            && let Some(mut c) = cand(doc, w.start, w.end, EntityKind::Location, false, false)
        {
            c.source = Source::Gazetteer(hit.entry);
            found.push(c);
        }
    }
    found
}

/// Characters of a word, at least, for [`mostly_by_sound`] to read it by its share of the table.
const MIN_CHARS_OF_A_WORD_MOSTLY_BY_SOUND: usize = 3;

/// Is this Han word written by sound, or of three characters or more half of
/// which at least are of the transliteration table (`巴尔的摩`, Baltimore: `的`
/// and `摩` are not; `阿塔图尔克奥林匹克`)? The common words jieba tags as
/// places have few (`奥体中心`, `首都国际`).
fn mostly_by_sound(word: &str) -> bool {
    let (all, listed) = word.chars().fold((0, 0), |(all, listed), c| {
        (all + 1, listed + usize::from(crate::lang::segment::is_transliteration_char(c)))
    });
    written_by_sound(word) || (all >= MIN_CHARS_OF_A_WORD_MOSTLY_BY_SOUND && 2 * listed >= all)
}

/// The suffixes of Japan's prefectures (`東京都`, `大阪府`, `石川県`).
const PREFECTURE_SUFFIXES: &[char] = &['都', '府', '県'];
/// What ipadic writes after a prefecture's suffix as one word with it: within (`都内`), its people (`県民`).
const AFTER_A_PREFECTURE_SUFFIX: &[&str] = &["内", "民"];

/// ipadic keeps a prefecture's suffix with the word after it (`東京` `都内`,
/// within Tokyo; `大阪` `府知事`, Osaka's governor), so the place lost its
/// suffix, or (`石川` `県知事`) was taken for a family name. A place or
/// family name right before such a word (the suffix, then a title,
/// `内` or `民`) ends with the suffix, and is a place.
fn prefectures_cut_from_their_suffix(text: &str, words: &mut [Word], classes: &impl Fn(&str) -> u8) {
    for k in 0..words.len().saturating_sub(1) {
        let (w, next) = (words[k], words[k + 1]);
        let word = &text[next.start..next.end];
        let Some(rest) = word.strip_prefix(PREFECTURE_SUFFIXES) else { continue };
        let fits = matches!(w.class, WordClass::Place | WordClass::Surname)
            && next.start == w.end
            && next.class == WordClass::Noun
            && (AFTER_A_PREFECTURE_SUFFIX.contains(&rest) || classes(rest) & TITLE != 0);
        if fits {
            let cut = next.start + (word.len() - rest.len());
            words[k] = Word { end: cut, class: WordClass::Place, ..w };
            words[k + 1] = Word { start: cut, ..next };
        }
    }
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// ipadic lacks many family names and cuts them into a common word and a
/// name (`十` `倉雅和`, Tokura Masakazu; `近` `本光司`, Chikamoto Koji), or
/// leaves only a lone given name after them (`國` `中` `均`, Kuninaka
/// Hitoshi; `宮城` `大` `弥`, Miyagi Hiroya). A name so cut takes in the
/// kanji before it when they start right after kana, punctuation or the
/// line's start: one kanji before a family name of one kanji, up to two
/// words before a lone given name, to a full name's length (three to five
/// kanji). A title or a function word is never taken in (`故`, `元首相`).
/// A name's trailing middle dot (`大阪府・市`) is no part of it.
fn japanese_names_cut_from_their_start(
    text: &str,
    words: &[Word],
    named: Vec<Word>,
    classes: &impl Fn(&str) -> u8,
) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(named.len());
    for mut name in given_names_of_one_kanji_joined(text, named) {
        while let Some(dot) = text[name.start..name.end].strip_suffix(['・', '·']) {
            name.end = name.start + dot.len();
        }
        if name.start == name.end {
            continue;
        }
        let k = words.partition_point(|w| w.end <= name.start);
        let first = words.get(k).filter(|w| w.start == name.start);
        let lone_given = name.class == WordClass::GivenName;
        let short_surname = name.class == WordClass::Person
            && first.is_some_and(|w| w.class == WordClass::Surname && text[w.start..w.end].chars().count() == 1);
        if !(lone_given || short_surname) || !text[name.start..name.end].chars().all(is_kanji) {
            out.push(name);
            continue;
        }
        let (most_words, lengths) = if lone_given { (2, 3..=4) } else { (1, 3..=5) };
        let mut start = name.start;
        for w in words[..k].iter().rev().take(most_words) {
            let word = &text[w.start..w.end];
            let unfit = w.end != start
                || !word.chars().all(is_kanji)
                || classes(word) & (TITLE | FUNCTION) != 0
                || ends_in_title(word, classes);
            if unfit {
                break;
            }
            start = w.start;
        }
        let after_a_boundary = text[..start].chars().next_back().is_none_or(|c| !is_kanji(c));
        let one_kanji_before = text[start..name.start].chars().count() == 1;
        if start == name.start
            || !after_a_boundary
            || !lengths.contains(&text[start..name.end].chars().count())
            || (short_surname && !one_kanji_before)
        {
            out.push(name);
            continue;
        }
        // the names the longer one covers (`宮城`) are dropped
        while out.last().is_some_and(|p| p.end > start) {
            out.pop();
        }
        out.push(Word { start, end: name.end, class: WordClass::Person, known: false });
    }
    out
}

/// ipadic has some given names as two given names of one kanji each (`嘉` `智`
/// of `筒香嘉智`, Tsutsugo Yoshitomo): two such, side by side, are one.
fn given_names_of_one_kanji_joined(text: &str, named: Vec<Word>) -> Vec<Word> {
    let one_kanji_given = |w: &Word| {
        w.class == WordClass::GivenName
            && text[w.start..w.end].chars().count() == 1
            && text[w.start..w.end].chars().all(is_kanji)
    };
    let mut out: Vec<Word> = Vec::with_capacity(named.len());
    for w in named {
        if let Some(last) = out.last_mut()
            && one_kanji_given(last)
            && one_kanji_given(&w)
            && last.end == w.start
        {
            last.end = w.end;
            continue;
        }
        out.push(w);
    }
    out
}

/// jieba's dictionary has some sights with their city before them as one
/// place (`巴黎埃菲尔铁塔`, the Eiffel Tower in Paris); other languages name
/// the two apart. A place word that begins with a sure gazetteer place and
/// goes on with a name of three characters or more ending in a place head is
/// the two.
fn split_places_led_by_a_city(doc: &Doc, gaz: &Gazetteer, words: &mut Vec<Word>, heads: &Heads) {
    let mut key = String::new();
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        k += 1;
        let text = &doc.text[w.start..w.end];
        if !matches!(w.class, WordClass::Place | WordClass::Country) || !all_han(text, 5..=12) {
            continue;
        }
        for (cut, _) in text.char_indices().skip(2).take(3) {
            let (city, rest) = text.split_at(cut);
            if rest.chars().count() < 3 || heads.kind_of_ending(rest) != Some(EntityKind::Location) {
                continue;
            }
            key.clear();
            push_key(city, UNCASED | IDEOGRAPHIC, &mut key);
            // a name of a trusted source, or a big place's (a capital's)
            let known_place = gaz.lookup(&key).is_some_and(|hit| {
                let entry = gaz.entry(hit.entry);
                entry.kind == EntityKind::Location && (hit.trusted || entry.prio >= 10)
            });
            if known_place {
                words[k - 1].end = w.start + cut;
                words.insert(k, Word { start: w.start + cut, ..w });
                k += 1;
                break;
            }
        }
    }
}

/// Characters of a name jieba cuts into place fragments, at least.
const MIN_CHARS_OF_A_FRAGMENTED_NAME: usize = 4;

/// jieba's dictionary has short sounds as places (`比亚`, `利亚`, `维亚`)
/// and cuts a transcribed name it lacks into them (`比亚` `利亚` `茨基`,
/// Bialiatski; `维亚` `斯纳`, Viasna). A run of adjacent words written by
/// sound, of four characters or more, made of such places the gazetteer
/// does not know and of pieces the dictionary lacks or of one character
/// (at least one of each), is one foreign name; a place the gazetteer knows
/// stays apart (`巴黎` `罗兰`).
fn names_cut_into_place_fragments(text: &str, gaz: &Gazetteer, words: &mut Vec<Word>) {
    let by_sound = |w: &Word| word_by_sound(text, w);
    let place_fragment = |w: &Word| place_fragment(text, gaz, w);
    let name_fragment = |w: &Word| !w.known || text[w.start..w.end].chars().count() == 1;
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j < words.len()
            && by_sound(&words[j])
            && (place_fragment(&words[j]) || name_fragment(&words[j]))
            && (j == i || words[j].start == words[j - 1].end)
        {
            j += 1;
        }
        let run = &words[i..j];
        let joined = run.len() >= 2
            && run.iter().any(place_fragment)
            && run.iter().any(|w| name_fragment(w) && !place_fragment(w))
            && text[words[i].start..words[j - 1].end].chars().count() >= MIN_CHARS_OF_A_FRAGMENTED_NAME;
        if joined {
            out.push(Word {
                start: words[i].start,
                end: words[j - 1].end,
                class: WordClass::ForeignName,
                known: false,
            });
            i = j;
        } else {
            out.push(words[i]);
            i += 1;
        }
    }
    *words = out;
}

/// Is this word written with transliteration characters (and no number or symbol)?
fn word_by_sound(text: &str, w: &Word) -> bool {
    text[w.start..w.end].chars().all(crate::lang::segment::is_transliteration_char)
        && !matches!(w.class, WordClass::Number | WordClass::Symbol)
}

/// Is this word one of the short sounds jieba's dictionary has as places and the gazetteer does not know?
fn place_fragment(text: &str, gaz: &Gazetteer, w: &Word) -> bool {
    let mut key = String::new();
    push_key(&text[w.start..w.end], UNCASED | IDEOGRAPHIC, &mut key);
    w.known && w.class == WordClass::Place && gaz.lookup(&key).is_none()
}

/// jieba cuts a name written by sound that it lacks into one of its short
/// places and a lone transliteration character (`阿利` `托`, Alito), too short
/// a run for [`names_cut_into_place_fragments`]. Such a place written by
/// sound that the gazetteer does not know (nor the profile as no name: `西南`,
/// south-west), right before a character of the table that is a word of its
/// own and then a word not written by sound, is one foreign name with it.
fn names_cut_one_character_short(text: &str, gaz: &Gazetteer, words: &mut Vec<Word>, classes: &impl Fn(&str) -> u8) {
    let mut k = 0;
    while k + 1 < words.len() {
        let (w, next) = (words[k], words[k + 1]);
        let fits = w.end == next.start
            && word_by_sound(text, &w)
            && classes(&text[w.start..w.end]) & NOT_NAME == 0
            && place_fragment(text, gaz, &w)
            && word_by_sound(text, &next)
            && !next.class.is_proper()
            && text[next.start..next.end].chars().count() == 1
            && words.get(k + 2).is_none_or(|after| !word_by_sound(text, after));
        if fits {
            words[k] = Word { start: w.start, end: next.end, class: WordClass::ForeignName, known: false };
            words.remove(k + 1);
        }
        k += 1;
    }
}

/// Rule `a_family_name_cut_from_its_given_name_is_one_person`: jieba cuts
/// a Chinese name whose given name is a common word after the family name
/// (`蔡` `英文`, English; `覃` `海洋`, ocean), tagging the family name alone as a
/// person. Such a one-character person that is a family name, right before
/// a noun of two characters that is no title, head or non-name, is one
/// person with it (and a place's head after the three makes it a place named
/// after one: `王家园` `水库`). jieba tags some such words places (`海洋`, ocean):
/// one the gazetteer does not know as a place is a given name here too.
fn family_names_cut_from_their_given_name(
    text: &str,
    gaz: &Gazetteer,
    words: &mut Vec<Word>,
    classes: &impl Fn(&str) -> u8,
) {
    let mut k = 0;
    while k + 1 < words.len() {
        let (w, next) = (words[k], words[k + 1]);
        let family = &text[w.start..w.end];
        let given = &text[next.start..next.end];
        let fits = w.class == WordClass::Person
            && w.end == next.start
            && all_han(family, 1..=1)
            && family.chars().next().is_some_and(crate::lang::segment::is_family_name)
            && (matches!(next.class, WordClass::Noun | WordClass::OtherProper)
                || (next.class == WordClass::Place && sure_place(gaz, given).is_none()))
            && all_han(given, 2..=2)
            && classes(given) & (TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0;
        if fits {
            words[k] = Word { start: w.start, end: next.end, class: WordClass::Person, known: false };
            words.remove(k + 1);
        }
        k += 1;
    }
}

/// Characters of a Chinese person's whole name (a family name and a given name of two).
const CHARS_OF_A_FULL_CHINESE_NAME: usize = 3;
/// Characters of a person word of jieba's HMM that may hold a word after the name.
const CHARS_OF_A_NAME_RUN_ON: std::ops::RangeInclusive<usize> = 4..=5;

/// Rule `a_name_run_on_into_the_next_word_ends_where_the_article_ends_it`:
/// jieba's HMM runs a person's name on into the verb after it (`赖清德胜选`,
/// Lai Ching-te won the election: `赖清德` `胜选`) and tags the whole a person.
/// A person word of four or five Han characters that the dictionary does
/// not know, which begins with a person word of three the article has
/// elsewhere, is that person; the rest is another word.
fn names_run_on_into_the_next_word(text: &str, words: &mut Vec<Word>) {
    let person = |w: &Word| matches!(w.class, WordClass::Person);
    let full_names: Vec<&str> = words
        .iter()
        .filter(|w| {
            person(w) && all_han(&text[w.start..w.end], CHARS_OF_A_FULL_CHINESE_NAME..=CHARS_OF_A_FULL_CHINESE_NAME)
        })
        .map(|w| &text[w.start..w.end])
        .collect();
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        k += 1;
        let word = &text[w.start..w.end];
        if !person(&w) || w.known || !all_han(word, CHARS_OF_A_NAME_RUN_ON) {
            continue;
        }
        let Some(name) = full_names.iter().find(|name| word.starts_with(**name)) else { continue };
        let cut = w.start + name.len();
        words[k - 1] = Word { end: cut, ..w };
        words.insert(k, Word { start: cut, end: w.end, class: WordClass::Other, known: false });
        k += 1;
    }
}

/// Rule `a_place_cut_from_a_given_name_is_a_person`: jieba reads a person's
/// name whose first two characters spell a place as that place and tags the
/// last character alone a person (`韩国` `瑜`, Han Kuo-yu; `韩国`, Korea). A
/// place of two Han characters whose first is a family name, right before a
/// one-character word tagged a person, is one person of three with it.
fn places_cut_from_a_given_name(text: &str, words: &mut Vec<Word>) {
    let mut k = 0;
    while k + 1 < words.len() {
        let (w, next) = (words[k], words[k + 1]);
        let place = &text[w.start..w.end];
        let fits = w.class == WordClass::Place
            && w.end == next.start
            && all_han(place, 2..=2)
            && place.chars().next().is_some_and(crate::lang::segment::is_family_name)
            && next.class == WordClass::Person
            && all_han(&text[next.start..next.end], 1..=1);
        if fits {
            words[k] = Word { start: w.start, end: next.end, class: WordClass::Person, known: false };
            words.remove(k + 1);
        }
        k += 1;
    }
}

/// The character Chinese makes a people's name with after its country's (`巴西人`, Brazilians).
const PERSON_OF: char = '人';

/// Rule `a_country_s_people_is_no_name`: jieba tags some demonyms as
/// transcribed people (`巴西人`/nrt): a sure gazetteer country or place and
/// `人` after it names its people, no one entity.
fn is_demonym(gaz: &Gazetteer, name: &str) -> bool {
    name.strip_suffix(PERSON_OF).is_some_and(|place| all_han(place, 2..=6) && sure_place(gaz, place).is_some())
}

/// Characters of a sure place glued before a transcription (`卡塔尔`, `伊斯坦布尔`):
/// three at least, as `马里` (Mali) begins `马里奥` (Mario).
const PLACE_CHARS_BEFORE_A_TRANSCRIPTION: std::ops::RangeInclusive<usize> = 3..=5;

/// Characters of a transcription's first part after a glued place or title.
const MIN_TRANSCRIPTION_CHARS_AFTER_A_GLUE: usize = 3;

/// Characters of a title glued before a transcription (`埃米尔`, emir; `谢赫`, sheikh).
const TITLE_CHARS_BEFORE_A_TRANSCRIPTION: std::ops::RangeInclusive<usize> = 2..=4;

/// Where the longest beginning of the first part of a joined foreign name
/// (before its first middle dot) that `fits`, of `chars` characters and with
/// [`MIN_TRANSCRIPTION_CHARS_AFTER_A_GLUE`] or more after it, ends.
fn glued_before_a_transcription(
    name: &str,
    chars: std::ops::RangeInclusive<usize>,
    fits: impl Fn(&str) -> bool,
) -> Option<usize> {
    let first_part = name.split(['·', '・']).next().unwrap_or(name);
    first_part
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(first_part.len()))
        .skip(*chars.start())
        .take(chars.end() - chars.start() + 1)
        .filter(|&cut| first_part[cut..].chars().count() >= MIN_TRANSCRIPTION_CHARS_AFTER_A_GLUE)
        .filter(|&cut| fits(&first_part[..cut]))
        .last()
}

/// Rule `a_place_glued_before_a_transcription_stands_apart`: Chinese writes a
/// country or city before a foreign name with nothing between (`卡塔尔卢赛尔体育场`,
/// Qatar's Lusail Stadium; `卡塔尔埃米尔塔米姆`, the Emir of Qatar Tamim), and the
/// transcription characters of both make one run that [`crate::lang::segment`]
/// joins into one foreign name. No name is written so: a place's name is the
/// gazetteer's whole. A joined foreign name whose first part begins with a sure
/// gazetteer place of three characters or more and goes on for three characters
/// or more is that place and the name after it.
fn places_glued_before_a_transcription(text: &str, gaz: &Gazetteer, words: &mut Vec<Word>) {
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        k += 1;
        let name = &text[w.start..w.end];
        if w.known || w.class != WordClass::ForeignName || sure_place(gaz, name).is_some() {
            continue;
        }
        let place = |p: &str| all_han(p, PLACE_CHARS_BEFORE_A_TRANSCRIPTION) && sure_place(gaz, p).is_some();
        let Some(cut) = glued_before_a_transcription(name, PLACE_CHARS_BEFORE_A_TRANSCRIPTION, place) else {
            continue;
        };
        words[k - 1] = Word { end: w.start + cut, class: WordClass::Place, known: true, ..w };
        words.insert(k, Word { start: w.start + cut, ..w });
        k += 1;
    }
}

/// Rule `a_title_glued_before_a_transcription_is_no_part_of_it`: Chinese writes
/// a title before a foreign name with nothing between (`埃米尔塔米姆·本·哈马德`, Emir
/// Tamim bin Hamad), and a title written by sound joins the name's run. A
/// foreign name's own parts are joined by a middle dot (`埃米尔·库斯图里察`, Emir
/// Kusturica): a joined foreign name whose first part begins with a title of
/// the profile and goes on for three characters or more is the name after the
/// title. Returns the name and whether a title was cut off.
fn without_title_glued_before(text: &str, name: Word, classes: &impl Fn(&str) -> u8) -> (Word, bool) {
    if name.known || name.class != WordClass::ForeignName {
        return (name, false);
    }
    let title = |t: &str| classes(t) & TITLE != 0;
    match glued_before_a_transcription(&text[name.start..name.end], TITLE_CHARS_BEFORE_A_TRANSCRIPTION, title) {
        Some(cut) => (Word { start: name.start + cut, ..name }, true),
        None => (name, false),
    }
}

/// The head Japanese writes after a state's or province's name (`ワシントン州`).
const STATE_HEAD: char = '州';

/// Is this gazetteer id a country's first-level division (ISO 3166-2: `loc:us-wa`)?
fn is_division_id(id: &str) -> bool {
    id.strip_prefix("loc:")
        .and_then(|code| code.split_once('-'))
        .is_some_and(|(country, _)| country.len() == 2 && country.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Rule `a_state_named_without_its_head_is_the_city` (Japanese): Japanese
/// writes a foreign state with its head (`ワシントン州`); the bare name in
/// katakana (`ワシントン`) is the city the gazetteer knows by the state's own
/// name (Washington, D.C.), when there is one. The city's entry, for a gazetteer match `entry` on `name`.
fn city_named_like_a_state(gaz: &Gazetteer, name: &str, entry: u32) -> Option<u32> {
    let state = gaz.entry(entry);
    // a foreign state's name, in katakana: a prefecture's kanji name (`高知県`, `大阪府`) is the prefecture
    let by_sound = name.chars().all(|c| is_katakana(c) || c == '・');
    if !by_sound || name.ends_with(STATE_HEAD) || state.kind != EntityKind::Location || !is_division_id(&state.id) {
        return None;
    }
    let mut key = String::new();
    push_key(&state.name, key_flags(&state.name), &mut key);
    gaz.lookup(&key).map(|hit| hit.entry).filter(|&city| {
        let e = gaz.entry(city);
        city != entry && e.kind == EntityKind::Location && e.name == state.name && !is_division_id(&e.id)
    })
}

/// Suffix of a sports team after its name (`皇家马德里队`, `多特蒙德队`).
const TEAM_SUFFIX: char = '队';

/// Is this key a place of a trusted gazetteer source, or a big place?
fn sure_place(gaz: &Gazetteer, text: &str) -> Option<u32> {
    let mut key = String::new();
    push_key(text, UNCASED | IDEOGRAPHIC, &mut key);
    gaz.lookup(&key)
        .filter(|hit| {
            let entry = gaz.entry(hit.entry);
            entry.kind == EntityKind::Location && (hit.trusted || entry.prio >= 10)
        })
        .map(|hit| hit.entry)
}

/// jieba's dictionary has a country and a city or team after it as one word
/// (`英国伦敦`/ns, London in the UK; `美国纽约`/nz; `西班牙皇家马德里队`/nt, Spain's
/// Real Madrid); the press writes two names together, and so does the gold
/// (`湖北十堰`). A proper-noun word of four Han characters or more that begins
/// with a sure gazetteer place is that place and, after it, a sure gazetteer
/// place (`伦敦`) or, in an organisation's word, a team (`皇家马德里队`) or a
/// listed company with its head (`美国波音公司`, the American company Boeing:
/// the country says where the company is from and is no part of its name).
fn split_places_led_by_a_country(
    doc: &Doc,
    gaz: &Gazetteer,
    words: &mut Vec<Word>,
    segmenter: Segmenter,
    heads: &Heads,
) {
    // a listed company's name and a head of two characters or more after it
    let listed_with_head = |rest: &str| {
        rest.char_indices().skip(1).any(|(b, _)| {
            let (stem, head) = rest.split_at(b);
            head.chars().count() >= 2
                && heads.kind_of_ending(head) == Some(EntityKind::Organization)
                && is_listed_organisation(segmenter, stem)
        })
    };
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        k += 1;
        let text = &doc.text[w.start..w.end];
        let proper =
            matches!(w.class, WordClass::Place | WordClass::Country | WordClass::OtherProper | WordClass::Organisation);
        if !proper || !w.known || !all_han(text, 4..=12) || sure_place(gaz, text).is_some() {
            continue;
        }
        for (cut, _) in text.char_indices().skip(2).take(3) {
            let (country, rest) = text.split_at(cut);
            if rest.chars().count() < 2 || sure_place(gaz, country).is_none() {
                continue;
            }
            let rest_class = if sure_place(gaz, rest).is_some() {
                WordClass::Place
            } else if w.class == WordClass::Organisation
                && ((rest.chars().count() >= 3 && rest.ends_with(TEAM_SUFFIX)) || listed_with_head(rest))
            {
                WordClass::Organisation
            } else {
                continue;
            };
            words[k - 1] = Word { end: w.start + cut, class: WordClass::Place, ..w };
            words.insert(k, Word { start: w.start + cut, class: rest_class, ..w });
            k += 1;
            break;
        }
    }
}

/// jieba keeps a country and the title after it as one word (`德国总理`,
/// Germany's chancellor; `英国首相`), so the gazetteer's match of the country
/// is no word of its own: a word that is a trusted gazetteer place followed by a
/// title of the profile names that place.
fn places_before_titles(doc: &Doc, gaz: &Gazetteer, words: &[Word], classes: &impl Fn(&str) -> u8) -> Vec<Cand> {
    places_glued_before(doc, gaz, words, |title| classes(title) & TITLE != 0)
}

/// Rule `a_place_glued_to_a_noun_of_its_politics_is_that_place`: jieba's
/// dictionary keeps a few political terms as one word, a place and a noun
/// after it (`台湾当局`, the Taiwan authorities; `台湾独立`, Taiwan
/// independence: the profile's `placenoun` words), so the gazetteer's match of
/// the place is no word of its own: such a word names the place.
fn places_before_their_nouns(doc: &Doc, gaz: &Gazetteer, words: &[Word]) -> Vec<Cand> {
    let data = doc.lang.data();
    places_glued_before(doc, gaz, words, |noun| data.in_class("placenoun", noun))
}

/// The trusted gazetteer places that begin a word of Han characters whose rest
/// `after_place` accepts (a title, a noun), as places of their own.
fn places_glued_before(doc: &Doc, gaz: &Gazetteer, words: &[Word], after_place: impl Fn(&str) -> bool) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut key = String::new();
    for w in words {
        let text = &doc.text[w.start..w.end];
        if !all_han(text, 3..=8) {
            continue;
        }
        for (cut, _) in text.char_indices().skip(2) {
            let (place, title) = text.split_at(cut);
            if !after_place(title) {
                continue;
            }
            key.clear();
            push_key(place, UNCASED | IDEOGRAPHIC, &mut key);
            let Some(hit) = gaz.lookup(&key).filter(|hit| hit.trusted) else { continue };
            if gaz.entry(hit.entry).kind != EntityKind::Location {
                continue;
            }
            if let Some(mut c) = cand(doc, w.start, w.start + cut, EntityKind::Location, false, false) {
                c.source = Source::Gazetteer(hit.entry);
                out.push(c);
                break;
            }
        }
    }
    out
}

/// Rule `a_latin_title_glued_before_a_name_is_no_part_of_it`: Japanese
/// sports news writes a player's position in Latin letters right before the
/// name (`MFロドリ`, `GKエデルソン`), as business news writes `CEO`: a name
/// the cased rules glued together from such a title and the kana after it is
/// none (the segmenter's own pass finds the name after the title).
fn latin_title_before_a_name(text: &str, cues: &Cues, lang: CueLang) -> bool {
    let latin = text.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(text.len());
    let (title, rest) = text.split_at(latin);
    !title.is_empty() && !rest.is_empty() && cues.of_word_keyed(title, key_flags(title), lang) & TITLE != 0
}

/// Words a name written in katakana and Han together is looked for across
/// (`アラブ` `首長` `国` `連邦`).
const MAX_WORDS_OF_A_MIXED_NAME: usize = 5;

/// Is the candidate one katakana word the dictionary knows as a common noun
/// (`ゴール`, goal) and JMdict glosses first as a common word? ipadic files
/// most places as proper nouns, but some as common nouns (`チャド`, Chad;
/// `リマ`, Lima), which JMdict glosses by their names.
fn katakana_common_noun(text: &str, words: &[Word], c: &Cand) -> bool {
    let k = words.partition_point(|w| w.start < c.start);
    words.get(k).is_some_and(|w| {
        w.start == c.start
            && w.end == c.end
            && w.known
            && w.class == WordClass::Noun
            && text[w.start..w.end].chars().all(is_katakana)
            && is_common_noun_first(&text[w.start..w.end])
    })
}

/// Is this a katakana letter (or the long-vowel mark)?
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30a0}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}')
}

/// Japanese writes some places in katakana and Han together (`アラブ首長国連邦`,
/// `南アフリカ`, `ニューヨーク州`), and the gazetteer's pass, whose tokens stop
/// where the script changes, never sees such a name whole. A run of adjacent
/// words that mixes the two, has four characters or more and is a trusted
/// gazetteer place (CLDR's, or a big one) is that place: the longest run from
/// each word.
fn mixed_script_places(doc: &Doc, gaz: &Gazetteer, words: &[Word]) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut key = String::new();
    let mut k = 0;
    while k < words.len() {
        let mut best: Option<(usize, u32)> = None;
        for m in 2..=MAX_WORDS_OF_A_MIXED_NAME.min(words.len() - k) {
            let run = &words[k..k + m];
            if run[m - 2].end != run[m - 1].start {
                break;
            }
            let text = &doc.text[run[0].start..run[m - 1].end];
            if !text.chars().all(|c| matches!(Script::of(c), Some(Script::Han | Script::Kana))) {
                break;
            }
            let mixed = text.chars().any(is_katakana) && text.chars().any(|c| Script::of(c) == Some(Script::Han));
            if !mixed {
                continue;
            }
            crate::entities::tokens::phrase_key(text, &mut key);
            if let Some(hit) = gaz.lookup(&key) {
                let entry = gaz.entry(hit.entry);
                let sure = hit.trusted || entry.prio >= 10;
                if sure && entry.kind == EntityKind::Location && text.chars().count() >= FREE_GAZETTEER_MATCH {
                    best = Some((m, hit.entry));
                }
            }
            if !gaz.is_ideographic_prefix(&key) {
                break;
            }
        }
        match best {
            Some((m, entry)) => {
                if let Some(mut c) = cand(doc, words[k].start, words[k + m - 1].end, EntityKind::Location, false, false)
                {
                    c.source = Source::Gazetteer(entry);
                    out.push(c);
                }
                k += m;
            }
            None => k += 1,
        }
    }
    out
}

/// Common nouns an organisation named by common nouns alone has at least.
const MIN_NOUNS_OF_A_DESCRIPTIVE_NAME: usize = 3;
/// ... and characters.
const MIN_CHARS_OF_A_DESCRIPTIVE_NAME: usize = 5;
/// ... and at most (a longer run is a sentence's worth of nouns).
const MAX_NOUNS_OF_A_DESCRIPTIVE_NAME: usize = 6;

/// Characters of a name of two nouns both read by the gloss, at least.
const MIN_CHARS_OF_A_GLOSSED_NAME: usize = 4;

/// Organisations named by common nouns alone that end in an organisation's
/// head: `国際` `原子力` `機関`, `原子力` `規制` `委員` `会` (a suffix may end
/// the head). Three nouns and five characters at least: `地方` `銀行`, a
/// regional bank, is no name; or two the language's gloss reads, as names
/// translated by meaning are (`統一` `教会`).
fn common_noun_organisations(doc: &Doc, words: &[Word], heads: &Heads) -> Vec<Cand> {
    let mut out = Vec::new();
    // a word the gloss reads is a part of such a name whatever jieba tags it
    // (`统一` unify, `海上` at sea: `统一` `教会`, `海上` `自卫队`)
    let glossed = |w: &Word| crate::entities::link::is_glossed_word(doc.lang, &doc.text[w.start..w.end]);
    let noun = |w: &Word| {
        (w.class == WordClass::Noun || w.class == WordClass::VerbalNoun || glossed(w))
            && all_han(&doc.text[w.start..w.end], 1..=usize::MAX)
    };
    let mut k = 0;
    while k < words.len() {
        // a verbal noun or an abbreviation goes on a name, it begins none (`六大` `业务` `集团`,
        // the six big business groups) unless the gloss reads it (`统一` `教会`)
        if !noun(&words[k]) || (words[k].class == WordClass::VerbalNoun && !glossed(&words[k])) {
            k += 1;
            continue;
        }
        let first = k;
        while k + 1 < words.len() && words[k + 1].start == words[k].end && noun(&words[k + 1]) {
            k += 1;
        }
        // a suffix may finish the head (`委員` `会`)
        if let Some(next) = words.get(k + 1)
            && next.start == words[k].end
            && next.class == WordClass::Suffix
            && all_han(&doc.text[next.start..next.end], 1..=1)
        {
            k += 1;
        }
        let nouns = &words[first..=k];
        k += 1;
        // the longest run of the nouns from the first that ends in a head: the
        // nouns after the name are no part of it (`海上` `自卫队` `服役`, served)
        for len in (2..=nouns.len()).rev() {
            let run = &nouns[..len];
            let text = &doc.text[run[0].start..run[len - 1].end];
            let long_enough = (MIN_NOUNS_OF_A_DESCRIPTIVE_NAME..=MAX_NOUNS_OF_A_DESCRIPTIVE_NAME).contains(&len)
                && text.chars().count() >= MIN_CHARS_OF_A_DESCRIPTIVE_NAME;
            // two nouns the gloss reads both of translate a name (`統一` `教会`, the
            // Unification Church; `最高` `裁判所`, the Supreme Court); `地方` `銀行` not
            let glossed_name =
                len == 2 && text.chars().count() >= MIN_CHARS_OF_A_GLOSSED_NAME && run.iter().all(&glossed);
            if (long_enough || glossed_name) && heads.kind_of_ending(text) == Some(EntityKind::Organization) {
                out.extend(cand(doc, run[0].start, run[len - 1].end, EntityKind::Organization, false, false));
                break;
            }
        }
    }
    out
}

/// Heads of the Chinese names of public bodies named by what they do: a
/// ministry (`部`), a commission (`委员会`), a federation or association
/// (`联合会`, `协会`).
const REMIT_BODY_HEADS: &[&str] = &["部", "委员会", "联合会", "协会"];
/// The ministry head, which jieba may keep with the last word of the remit (`管理部`).
const MINISTRY: char = '部';
/// Characters of the remit before a body's head, at least: `交通运输` `部`; not
/// `调查` `委员会` (a commission of inquiry) nor `销售` `部`.
const MIN_REMIT_CHARS: usize = 4;
/// Words of a remit, at most (a longer run is a sentence's worth of nouns).
const MAX_REMIT_WORDS: usize = 5;
/// How often jieba met the first two characters of a three-character word
/// ending in the ministry head for them to be a word of the remit (`管理` of
/// `管理部`, `建设` of `建设部`; `俱乐` of `俱乐部`, club, is none).
const MIN_FREQ_OF_A_REMIT_WORD: usize = 100;
/// The word that joins the two halves of a ministry's remit (`工业和信息化部`).
const REMIT_AND: &str = "和";

/// Rule `a_body_named_by_its_remit_is_an_organisation`: China names its
/// ministries and commissions by what they do, in common words jieba tags
/// as nouns or verbal nouns (`应急` `管理部`, the Ministry of Emergency
/// Management; `交通运输` `部`; `国家` `发展` `和` `改革` `委员会`; `国际足球`
/// `联合会`), which begin no name of [`common_noun_organisations`] (a verbal
/// noun) or are too few. A run of such words of two characters or more,
/// of [`MIN_REMIT_CHARS`] at least, halves of it joined by one `和`, right
/// before a head of [`REMIT_BODY_HEADS`] (or in one word with `部`), is that
/// body; a place the dictionary knows right before it is part of its name
/// (`美国` `国土安全` `部`).
fn bodies_named_by_their_remit(doc: &Doc, words: &[Word], classes: &impl Fn(&str) -> u8) -> Vec<Cand> {
    let text = doc.text;
    let remit_word = |w: &Word| {
        matches!(w.class, WordClass::Noun | WordClass::VerbalNoun)
            && all_han(&text[w.start..w.end], 2..=usize::MAX)
            && classes(&text[w.start..w.end]) & NOT_NAME == 0
    };
    let mut out = Vec::new();
    for (k, head) in words.iter().enumerate() {
        let head_text = &text[head.start..head.end];
        // the remit's characters inside the head word (`管理` of `管理部`)
        let glued = if REMIT_BODY_HEADS.contains(&head_text) {
            0
        } else if matches!(head.class, WordClass::Noun | WordClass::VerbalNoun | WordClass::Organisation)
            && all_han(head_text, 3..=3)
            && head_text.ends_with(MINISTRY)
            && classes(head_text) & NOT_NAME == 0
            && crate::lang::segment::chinese_word_freq(&head_text[..head_text.len() - MINISTRY.len_utf8()])
                >= MIN_FREQ_OF_A_REMIT_WORD
        {
            2
        } else {
            continue;
        };
        // back over the remit, through one `和` between two of its words
        let mut first = k;
        let mut joined = false;
        while first > 0 && k - first < MAX_REMIT_WORDS {
            let before = &words[first - 1];
            if before.end != words[first].start {
                break;
            }
            if remit_word(before) {
                first -= 1;
            } else if !joined
                && first < k
                && &text[before.start..before.end] == REMIT_AND
                && first >= 2
                && words[first - 2].end == before.start
                && remit_word(&words[first - 2])
                // (`商务部和财政部` are two bodies)
                && !REMIT_BODY_HEADS.iter().any(|h| text[words[first - 2].start..words[first - 2].end].ends_with(h))
            {
                joined = true;
                first -= 2;
            } else {
                break;
            }
        }
        // a ministry jieba knows whole (`司法部`) takes a remit before it only
        // through `和` (`住房和城乡建设部`): `代表` `司法部` is who represents it
        if first == k || (glued > 0 && head.class == WordClass::Organisation && !joined) {
            continue;
        }
        let remit_chars = text[words[first].start..head.start].chars().count() + glued;
        if remit_chars < MIN_REMIT_CHARS {
            continue;
        }
        let place = first.checked_sub(1).map(|p| &words[p]).filter(|p| {
            p.end == words[first].start && p.known && matches!(p.class, WordClass::Place | WordClass::Country)
        });
        let start = place.map_or(words[first].start, |p| p.start);
        out.extend(cand(doc, start, head.end, EntityKind::Organization, false, false));
    }
    out
}

/// A political party, in Chinese and in Japanese.
const PARTY: char = '党';
/// Words for parties that name none (opposition, ruling party).
const NO_PARTY_NAMES: &[&str] = &["政党", "反对党", "执政党", "在野党", "参政党", "同党", "党"];

/// jieba knows many parties named by meaning as common words (`保守党`, the
/// Conservative Party; `工党`, Labour; `绿党`): a word ending in `党` that the
/// gloss reads, or whose part before `党` it reads, is that party.
fn parties_named_by_meaning(doc: &Doc, words: &[Word]) -> Vec<Cand> {
    let glossed = |text: &str| crate::entities::link::is_glossed_word(doc.lang, text);
    words
        .iter()
        .filter(|w| {
            let text = &doc.text[w.start..w.end];
            let Some(stem) = text.strip_suffix(PARTY) else { return false };
            w.known
                && w.class == WordClass::Noun
                && all_han(text, 2..=4)
                && !NO_PARTY_NAMES.contains(&text)
                && (glossed(text) || glossed(stem))
        })
        .filter_map(|w| cand(doc, w.start, w.end, EntityKind::Organization, false, false))
        .collect()
}

/// The heads of a newspaper's or a news agency's name: paper (`日报`, daily;
/// `时报`, times; `邮报`, post), weekly, magazine, news site, agency.
const PAPER_HEADS: &[&str] = &["报", "周刊", "杂志", "新闻网", "通讯社"];
/// Characters of the longest paper's name read in title brackets.
const MAX_PAPER_CHARS: usize = 12;

/// Rule `a_paper_in_title_brackets_is_an_organisation`: Chinese writes the
/// titles of papers, films and books between `《` and `》`. A title of Han
/// characters that ends in a paper's head (`《回声报》`, Les Echos;
/// `《华尔街日报》`, The Wall Street Journal) names the paper, an
/// organisation, which jieba cuts into words (`回声` `报`); a film's or a
/// book's title (`《长津湖》`) names no entity.
fn papers_in_title_brackets(doc: &Doc) -> Vec<Cand> {
    let lines = lines_of_the_window(doc);
    let text = &doc.text[lines.clone()];
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('《') {
        let start = from + open + '《'.len_utf8();
        let Some(len) = text[start..].find('》') else { break };
        let title = &text[start..start + len];
        if all_han(title, 2..=MAX_PAPER_CHARS) && PAPER_HEADS.iter().any(|head| title.ends_with(head)) {
            out.extend(cand(
                doc,
                lines.start + start,
                lines.start + start + len,
                EntityKind::Organization,
                false,
                false,
            ));
        }
        from = start + len;
    }
    out
}

/// Characters of the common noun ipadic leaves before a party it knows by
/// the rest of its name.
const PARTY_QUALIFIER_CHARS: std::ops::RangeInclusive<usize> = 2..=2;

/// ipadic knows some parties by the end of their name only (`立憲` `民主党`,
/// the Constitutional Democratic Party; `国民` `民主党`, the Democratic
/// Party for the People): a common noun of two kanji written right before
/// a party the dictionary knows is the start of its name.
fn parties_with_a_noun_before(doc: &Doc, words: &[Word]) -> Vec<Cand> {
    let text = doc.text;
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let [noun, party] = pair else { continue };
        let qualifier = &text[noun.start..noun.end];
        if party.class == WordClass::Organisation
            && text[party.start..party.end].ends_with(PARTY)
            && noun.end == party.start
            && noun.class == WordClass::Noun
            && all_han(qualifier, PARTY_QUALIFIER_CHARS)
            && !qualifier.starts_with(DETERMINERS)
            && !qualifier.ends_with(PARTY)
        {
            out.extend(cand(doc, noun.start, party.end, EntityKind::Organization, false, false));
        }
    }
    out
}

/// Institutions a country has one of, which news names by the common noun
/// alone: the legislature and its houses (`下院`, `上院`, and `议会下院`, the
/// parliament's lower house, as jieba writes it in one word), Taiwan's
/// Legislative Yuan, the US Secret Service (Chinese); the Diet (Japanese).
const CHINESE_BARE_INSTITUTIONS: &[&str] =
    &["国会", "参议院", "众议院", "下院", "上院", "议会下院", "议会上院", "立法院", "特勤局"];
const JAPANESE_BARE_INSTITUTIONS: &[&str] = &["国会"];

/// Words a segmenter cuts a bare institution into (`特勤` `局`), at most.
const MAX_WORDS_OF_A_BARE_INSTITUTION: usize = 2;

/// jieba and ipadic read `国会` (the legislature), `众议院` or `特勤局` as
/// common nouns, or cut them (`特勤` `局`); news writes them bare for the
/// country's one institution (a country before it makes a longer name, which
/// wins): such whole words are that organisation, and two written together
/// are one (`国会参议院`, the Diet's House of Councillors).
fn bare_institutions(doc: &Doc, segmenter: Segmenter, words: &[Word]) -> Vec<Cand> {
    let list = match segmenter {
        Segmenter::Chinese => CHINESE_BARE_INSTITUTIONS,
        Segmenter::Japanese => JAPANESE_BARE_INSTITUTIONS,
    };
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, first) in words.iter().enumerate() {
        for (j, last) in words.iter().enumerate().skip(i).take(MAX_WORDS_OF_A_BARE_INSTITUTION) {
            if j > i && last.start != words[j - 1].end {
                break;
            }
            if list.contains(&&doc.text[first.start..last.end]) {
                match spans.last_mut() {
                    Some(span) if span.1 == first.start => span.1 = last.end,
                    _ => spans.push((first.start, last.end)),
                }
            }
        }
    }
    spans.into_iter().filter_map(|(start, end)| cand(doc, start, end, EntityKind::Organization, false, false)).collect()
}

/// How Chinese short names of its supervisory commissions end: the first
/// character of each field they watch, then `监会` (`证监会`, of
/// `中国证券监督管理委员会`; `银保监会`, banking and insurance).
const REGULATOR_SHORT_NAME_END: &str = "监会";
/// Characters of such a short name, from `证监会` to `银保监会`.
const REGULATOR_SHORT_NAME_CHARS: std::ops::RangeInclusive<usize> = 3..=4;

/// Rule `a_regulator_s_short_name_is_an_organisation`: jieba reads `证监会`
/// as a verbal noun and cuts `银保监会` after its first field (`银`
/// `保监会`): a word ending in `监会`, with a noun of one character glued
/// before it, of [`REGULATOR_SHORT_NAME_CHARS`], is that organisation.
fn regulators_by_their_short_names(doc: &Doc, words: &[Word]) -> Vec<Cand> {
    let text = doc.text;
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !text[w.start..w.end].ends_with(REGULATOR_SHORT_NAME_END) {
            continue;
        }
        let field_before = k
            .checked_sub(1)
            .map(|p| &words[p])
            .filter(|p| p.end == w.start && p.class == WordClass::Noun && all_han(&text[p.start..p.end], 1..=1));
        let start = field_before.map_or(w.start, |p| p.start);
        if all_han(&text[start..w.end], REGULATOR_SHORT_NAME_CHARS) {
            out.extend(cand(doc, start, w.end, EntityKind::Organization, false, false));
        }
    }
    out
}

/// Shortest and longest name (in characters) of an organisation the
/// dictionary does not know.
const UNKNOWN_ORGANISATION_CHARS: std::ops::RangeInclusive<usize> = 2..=4;

/// Companies jieba does not know (`恒大`, Evergrande; its HMM makes a word
/// of them) are named with an organisation's head after them (`恒大` `集团`)
/// and then alone (`恒大在`, `恒大股价`): an unknown word of two to four Han
/// characters before a head word of two characters or more is that
/// organisation with its head, and the word elsewhere in the article, where
/// no word the dictionary knows crosses its ends, is the organisation too.
fn organisations_of_unknown_words(doc: &Doc, words: &[Word], heads: &Heads) -> Vec<Cand> {
    let text = doc.text;
    let mut out = Vec::new();
    // each name without its head, and the place written before it
    let mut stems: Vec<(&str, Option<&str>)> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let mut start = w.start;
        if let Some(first) = text[w.start..w.end].chars().next()
            && crate::lang::segment::GLUED_BEFORE_A_NAME.contains(first)
            && text[w.start..w.end].chars().count() > *UNKNOWN_ORGANISATION_CHARS.start()
        {
            start += first.len_utf8();
        }
        let stem = &text[start..w.end];
        if w.known || w.class.is_proper() || !all_han(stem, UNKNOWN_ORGANISATION_CHARS) {
            continue;
        }
        let Some(head) = words.get(k + 1).filter(|h| h.start == w.end) else { continue };
        let head_text = &text[head.start..head.end];
        if head_text.chars().count() < 2 || heads.kind_of_ending(head_text) != Some(EntityKind::Organization) {
            continue;
        }
        // a country or city before it is part of the name (`中国` `恒大` `集团`)
        let place = k
            .checked_sub(1)
            .map(|p| &words[p])
            .filter(|p| p.end == start && p.known && matches!(p.class, WordClass::Place | WordClass::Country))
            .map(|p| &text[p.start..p.end]);
        out.extend(cand(doc, start - place.map_or(0, str::len), head.end, EntityKind::Organization, false, false));
        if !stems.contains(&(stem, place)) {
            stems.push((stem, place));
        }
    }
    // a known word crossing a boundary: `恒大` inside `永恒大地` is no name
    let crossed = known_word_across(words);
    // (only in the lines segmented: elsewhere a name is of another window)
    let lines = lines_of_the_window(doc);
    for (stem, place) in stems {
        for (at, _) in text[lines.clone()].match_indices(stem) {
            let at = lines.start + at;
            let end = at + stem.len();
            if !crossed(at) && !crossed(end) {
                let start = place.filter(|p| text[..at].ends_with(p)).map_or(at, |p| at - p.len());
                out.extend(cand(doc, start, end, EntityKind::Organization, false, false));
            }
        }
    }
    out
}

/// Whether a word the dictionary knows among `words` crosses a byte offset
/// (starts before it and ends after it), asked of a sorted table, not of
/// every word: a long article asks it of every place a name is found.
fn known_word_across(words: &[Word]) -> impl Fn(usize) -> bool {
    let mut known: Vec<(usize, usize)> = words.iter().filter(|w| w.known).map(|w| (w.start, w.end)).collect();
    known.sort_unstable();
    // the furthest end of the known words that start at or before each
    let furthest: Vec<usize> = known
        .iter()
        .scan(0, |end, &(_, e)| {
            *end = e.max(*end);
            Some(*end)
        })
        .collect();
    move |at| {
        let before = known.partition_point(|&(start, _)| start < at);
        before > 0 && furthest[before - 1] > at
    }
}

/// Ampersands, which join the names of a firm's founders or brands
/// (`セブン&アイ`, `P&G`), never a person's names.
const AMPERSANDS: &[&str] = &["&", "＆"];

/// Is this word written wholly in katakana, or in Latin letters?
fn by_sound_or_latin(text: &str) -> bool {
    !text.is_empty() && (text.chars().all(is_katakana) || text.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Two words written by sound joined by an ampersand are one company's name
/// (`セブン&アイ`, Seven & i; `マークス&スペンサー`): ipadic cuts them apart
/// and takes the second for a person.
fn names_joined_by_an_ampersand(doc: &Doc, words: &[Word]) -> Vec<Cand> {
    let text = doc.text;
    let mut out = Vec::new();
    for k in 1..words.len().saturating_sub(1) {
        let (before, amp, after) = (&words[k - 1], &words[k], &words[k + 1]);
        if !AMPERSANDS.contains(&&text[amp.start..amp.end]) || before.end != amp.start || after.start != amp.end {
            continue;
        }
        // the word after may be a dotted name of its own (`アイ・ホールディングス`)
        let (first, second) = (&text[before.start..before.end], &text[after.start..after.end]);
        let second_ok = second.split(['・', '･']).all(by_sound_or_latin);
        if by_sound_or_latin(first) && first.chars().any(is_katakana) && second_ok {
            out.extend(cand(doc, before.start, after.end, EntityKind::Organization, false, false));
        }
    }
    out
}

/// The one-character heads that end the names of Japanese government
/// bodies: a ministry, an agency, the Cabinet Office.
const OFFICE_HEADS: &[&str] = &["省", "庁", "府"];
/// Characters that begin a determiner, not a name (`同国` that country,
/// `各省` each ministry, `当社` this company, `両国` both countries).
const DETERMINERS: &[char] = &['同', '各', '当', '両', '本', '他', '自'];
/// Common nouns before an office head at most (`文部` `科学` `省`).
const MAX_WORDS_BEFORE_AN_OFFICE_HEAD: usize = 3;
/// Characters of a government body's name, head included.
const OFFICE_NAME_CHARS: std::ops::RangeInclusive<usize> = 3..=8;

/// Japanese names its ministries and agencies with common nouns and a head
/// of one character that ipadic cuts off as a suffix (`経済` `産業` `省`,
/// `金融` `庁`, `デジタル` `庁`), or keeps with the last noun only (`国土`
/// `交通省`, `厚生` `労働省`): the nouns and the head are one organisation.
/// A determiner alone before the head (`同` `省`, the said ministry) is none.
fn government_offices(doc: &Doc, words: &[Word]) -> Vec<Cand> {
    let text = doc.text;
    let written_in_words =
        |s: &str| s.chars().all(|c| is_kanji(c) || is_katakana(c) || matches!(c, '\u{3041}'..='\u{3096}'));
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let head = &text[w.start..w.end];
        let head_word = (matches!(w.class, WordClass::Suffix | WordClass::PlaceSuffix) && OFFICE_HEADS.contains(&head))
            || (w.class == WordClass::Organisation
                && head.chars().count() <= 3
                && OFFICE_HEADS.iter().any(|h| head.ends_with(h)));
        if !head_word {
            continue;
        }
        let mut first = k;
        while first > 0 && k - first < MAX_WORDS_BEFORE_AN_OFFICE_HEAD {
            let p = &words[first - 1];
            let piece = &text[p.start..p.end];
            let one_char = piece.chars().count() == 1;
            // an abbreviation's characters may be tagged a suffix or a place (`経` `産` `省`, `厚` `労` `省`)
            let part = match p.class {
                WordClass::Noun => written_in_words(piece),
                WordClass::Suffix | WordClass::Place => {
                    // or a suffix that makes the noun before it a noun of agents (`消費` `者` `庁`)
                    let after_a_noun = p.class == WordClass::Suffix
                        && first >= 2
                        && words[first - 2].end == p.start
                        && words[first - 2].class == WordClass::Noun;
                    one_char && (first < k || after_a_noun) && all_han(piece, 1..=1)
                }
                _ => false,
            };
            if p.end != words[first].start || !part {
                break;
            }
            first -= 1;
        }
        // a determiner before the nouns names no office (`同国` `内務省`, that country's interior ministry)
        while first < k && text[words[first].start..].starts_with(DETERMINERS) {
            first += 1;
        }
        // the first word is a noun, and a lone one is more than a determiner
        let lone_char = k - first == 1 && text[words[first].start..words[first].end].chars().count() == 1;
        if first == k || lone_char || words[first].class == WordClass::Suffix {
            continue;
        }
        // a country or place written right before is part of the name (`カナダ` `宇宙` `庁`)
        let start = match first.checked_sub(1).map(|p| &words[p]) {
            Some(p)
                if p.end == words[first].start
                    && p.known
                    && matches!(p.class, WordClass::Country | WordClass::Place)
                    && text[p.start..p.end].chars().count() >= 2 =>
            {
                p.start
            }
            _ => words[first].start,
        };
        if OFFICE_NAME_CHARS.contains(&text[words[first].start..w.end].chars().count()) {
            out.extend(cand(doc, start, w.end, EntityKind::Organization, false, false));
        }
    }
    out
}

/// Rule `a_place_and_the_organisation_head_after_it_are_one_organisation`:
/// a union or a federation is named by its place and the head, and the
/// dictionaries have the head alone as an organisation (ipadic `連合`, Rengo;
/// jieba `联合会`): a place or country the dictionary knows, right before
/// such a word that is itself an organisation's head of the profile, is
/// one organisation with it (`アフリカ` `連合`, the African Union), not a
/// place and an organisation of its own.
fn places_before_an_organisation_head(doc: &Doc, words: &[Word], heads: &Heads) -> Vec<Cand> {
    let text = doc.text;
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let [place, head] = pair else { continue };
        let head_text = &text[head.start..head.end];
        if place.end == head.start
            && place.known
            && matches!(place.class, WordClass::Place | WordClass::Country)
            && head.class == WordClass::Organisation
            && heads.is_whole_head(head_text)
            && heads.kind_of_ending(head_text) == Some(EntityKind::Organization)
        {
            out.extend(cand(doc, place.start, head.end, EntityKind::Organization, false, false));
        }
    }
    out
}

/// Endings of the names of public bodies: a ministry, an agency, a bureau, a
/// commission or board (`外務省`, `気象庁`, `連邦準備制度理事会`).
const PUBLIC_BODY_ENDINGS: &[&str] = &["省", "庁", "局", "委員会", "理事会"];

/// Japanese names a country's public body with the country's name before
/// it, one kanji (`米`, `英`, `露`) or more, as one name: `中国外務省`, China's
/// foreign ministry, is not `中国` and Japan's `外務省`; `米連邦準備制度理事会`.
/// An organisation ending in a public body's head and written right after a
/// country is proposed again with the country, as a name of its own (the
/// gazetteer's entry for the bare body is another country's).
fn countries_before_public_bodies(doc: &Doc, words: &[Word], proposals: &[Cand]) -> Vec<Cand> {
    let mut out = Vec::new();
    for c in proposals {
        if c.kind != EntityKind::Organization
            || !PUBLIC_BODY_ENDINGS.iter().any(|head| doc.text[c.start..c.end].ends_with(head))
        {
            continue;
        }
        let k = words.partition_point(|w| w.end <= c.start);
        let Some(country) = k.checked_sub(1).map(|p| &words[p]) else { continue };
        if country.end == c.start && country.known && country.class == WordClass::Country {
            out.extend(cand(doc, country.start, c.end, EntityKind::Organization, c.cue, c.weak));
        }
    }
    out
}

/// Titles of a company's officers in Japanese: president, chairman, chief
/// executive, bank president, founder, director.
const COMPANY_OFFICERS: &[&str] =
    &["社長", "会長", "最高経営責任者", "CEO", "ＣＥＯ", "頭取", "創業者", "取締役", "代表取締役", "専務", "常務"];
/// Written right before a company: the leading firm of its trade (`コンビニ大手`).
const BEFORE_A_COMPANY: &str = "大手";
/// Written right after a company: the firm (`クシュタール社`); not `社長` (president).
const COMPANY_SUFFIX: char = '社';
/// Written right after a team: the game against it (`パドレス戦`, the game
/// against the Padres).
const GAME_SUFFIX: char = '戦';
/// Katakana of the shortest company name found by [`COMPANY_SUFFIX`] alone.
const MIN_KATAKANA_BEFORE_A_COMPANY_SUFFIX: usize = 3;
/// Joins names of the same kind in a list (`ローソンやファミリーマート`).
const LIST_PARTICLE: char = 'や';
/// The possessive particle (`テスラのマスク氏`).
const POSSESSIVE: char = 'の';
/// Characters of a person's name and title between `の` and an officer's title, at most.
const MAX_CHARS_BEFORE_AN_OFFICER: usize = 10;
/// Characters of the shortest company name or nickname after a club's home town.
const MIN_CHARS_AFTER_A_HOME_TOWN: usize = 3;
/// Kanji of a company's name between a club's home town and its nickname (`日本ハム`'s `日本`).
const COMPANY_KANJI_IN_A_CLUB: usize = 2;

/// A name written by sound that ipadic takes for a person (`クシュタール`,
/// `ローソン`) is a company where Japanese business news writes one: before
/// `の`, a name and an officer's title (`クシュタールの…社長`), after `大手`,
/// before `社`, or listed with `や` next to an organisation; and a team
/// before `戦` (rule `a_name_before_the_game_suffix_is_a_team`). Its other
/// mentions in the article, and the last part of its dotted name, are that
/// company too.
fn companies_named_by_sound(doc: &Doc, proposals: &mut [Cand]) {
    let text = doc.text;
    let by_sound = |s: &str| s.chars().any(is_katakana) && s.chars().all(|c| is_katakana(c) || c == '・');
    let officer_after = |end: usize| {
        let Some(rest) = text[end..].strip_prefix(POSSESSIVE) else { return false };
        rest.char_indices()
            .take(MAX_CHARS_BEFORE_AN_OFFICER + 1)
            .skip(1)
            .take_while(|&(b, _)| rest[..b].chars().all(|c| is_kanji(c) || is_katakana(c) || c == '・'))
            .any(|(b, _)| COMPANY_OFFICERS.iter().any(|o| rest[b..].starts_with(o)))
    };
    let organisation_at = |at: usize, before: bool| {
        proposals.iter().any(|p| p.kind == EntityKind::Organization && if before { p.end == at } else { p.start == at })
    };
    let mut companies: Vec<&str> = Vec::new();
    for c in proposals.iter() {
        let name = &text[c.start..c.end];
        if c.kind != EntityKind::Person || !by_sound(name) {
            continue;
        }
        let after = &text[c.end..];
        let listed_after =
            after.strip_prefix(LIST_PARTICLE).is_some_and(|_| organisation_at(c.end + LIST_PARTICLE.len_utf8(), false));
        let listed_before =
            text[..c.start].strip_suffix(LIST_PARTICLE).is_some_and(|before| organisation_at(before.len(), true));
        let company = officer_after(c.end)
            || text[..c.start].ends_with(BEFORE_A_COMPANY)
            || (after.starts_with(COMPANY_SUFFIX) && !after.starts_with("社長"))
            || after.starts_with(GAME_SUFFIX)
            || listed_after
            || listed_before;
        if company {
            companies.push(name);
            companies.extend(name.rsplit_once('・').map(|(_, last)| last).filter(|l| l.chars().count() >= 2));
        }
    }
    if companies.is_empty() {
        return;
    }
    let companies: Vec<String> = companies.into_iter().map(str::to_owned).collect();
    for c in proposals.iter_mut() {
        let name = &text[c.start..c.end];
        let last = name.rsplit_once('・').map_or(name, |(_, last)| last);
        if c.kind == EntityKind::Person && companies.iter().any(|co| co == name || co == last) {
            c.kind = EntityKind::Organization;
            c.weak = false;
        }
    }
}

/// What a body is, written before its name in corner brackets: a (new)
/// company, a firm, a joint venture, a subsidiary, a group, a fund.
const BODIES_BEFORE_A_QUOTED_NAME: &[&str] = &["会社", "企業", "合弁会社", "子会社", "団体", "組織", "ファンド"];
/// Characters of a name in corner brackets, at most (a longer run is a quotation).
const MAX_CHARS_OF_A_QUOTED_NAME: usize = 12;

/// Rule `a_name_quoted_after_a_kind_of_body_is_that_body`: Japanese news names a
/// new company or group in corner brackets after what it is (`新会社「ネオテック」`,
/// a new company, Neotech): a name in katakana or Latin letters so quoted is
/// that body, there and where the article writes it again, not inside a
/// longer katakana word.
fn bodies_named_in_brackets(doc: &Doc) -> Vec<Cand> {
    let text = doc.text;
    let lines = lines_of_the_window(doc);
    let mut names: Vec<&str> = Vec::new();
    for (at, _) in text[lines.clone()].match_indices('「') {
        let open = lines.start + at;
        if !BODIES_BEFORE_A_QUOTED_NAME.iter().any(|body| text[..open].ends_with(body)) {
            continue;
        }
        let inner = open + '「'.len_utf8();
        let Some(len) = text[inner..].find('」') else { continue };
        let name = &text[inner..inner + len];
        let by_sound_or_latin = name.chars().all(|c| is_katakana(c) || c.is_ascii_alphanumeric())
            && name.chars().any(|c| is_katakana(c) || c.is_ascii_alphabetic());
        if (2..=MAX_CHARS_OF_A_QUOTED_NAME).contains(&name.chars().count())
            && by_sound_or_latin
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    let mut out = Vec::new();
    for name in names {
        for (at, _) in text[lines.clone()].match_indices(name) {
            let (start, end) = (lines.start + at, lines.start + at + name.len());
            let inside_a_word = text[..start].chars().next_back().is_some_and(is_katakana)
                || text[end..].chars().next().is_some_and(is_katakana);
            if !inside_a_word {
                out.extend(cand(doc, start, end, EntityKind::Organization, true, false));
            }
        }
    }
    out
}

/// Rule `a_katakana_word_before_the_company_suffix_is_a_company`: ipadic
/// reads some companies' names as common nouns or other names (`アマゾン`,
/// the river; `ルノー`), which no rule proposes: a katakana word of
/// [`MIN_KATAKANA_BEFORE_A_COMPANY_SUFFIX`] or more right before `社` (not
/// `社長`, its president), where no proposal stands yet, is a company.
fn katakana_words_before_the_company_suffix(doc: &Doc, words: &[Word], proposals: &[Cand]) -> Vec<Cand> {
    let text = doc.text;
    let mut out = Vec::new();
    for w in words {
        let name = &text[w.start..w.end];
        let after = &text[w.end..];
        if name.chars().count() < MIN_KATAKANA_BEFORE_A_COMPANY_SUFFIX
            || !name.chars().all(is_katakana)
            || !after.starts_with(COMPANY_SUFFIX)
            || after.starts_with("社長")
            || proposals.iter().any(|p| p.start < w.end && w.start < p.end)
        {
            continue;
        }
        out.extend(cand(doc, w.start, w.end, EntityKind::Organization, false, false));
    }
    out
}

/// Words a Japanese name in Chinese text spans at most (`上` `川` `阳子`).
const MAX_WORDS_OF_A_JAPANESE_NAME: usize = 4;
/// Characters of one, at most.
const MAX_CHARS_OF_A_JAPANESE_NAME: usize = 5;
/// Japan, which an article that names Japanese people without a title names too.
const JAPAN: &str = "日本";

/// jieba cuts Japanese names into Chinese words (`山上` `彻` `也`, `上` `川`
/// `阳子`; the Japanese forms 山上徹也, 上川陽子): a run of Han words that is
/// a surname and a given name ipadic knows ([`crate::entities::link::japanese_name_split`],
/// through the Japanese forms of the characters) is a person, after or before
/// a title; or, in an article that names Japan, a surname and a given name of
/// two characters or more each. The longest from each word.
fn japanese_names_in_chinese(doc: &Doc, words: &[Word], classes: &impl Fn(&str) -> u8) -> Vec<Cand> {
    let text = doc.text;
    let about_japan = text.contains(JAPAN);
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        // asked only of a run that may be a name (it looks up every ending of the word before)
        let title_before = std::cell::OnceCell::new();
        let title_before = || {
            *title_before.get_or_init(|| {
                k > 0
                    && words[k - 1].end == words[k].start
                    && ends_in_title(&text[words[k - 1].start..words[k - 1].end], classes)
            })
        };
        let mut best: Option<(usize, bool)> = None;
        for j in k..words.len().min(k + MAX_WORDS_OF_A_JAPANESE_NAME) {
            let w = &words[j];
            let known_place =
                w.known && matches!(w.class, WordClass::Place | WordClass::Country | WordClass::Organisation);
            if (j > k && w.start != words[j - 1].end) || known_place {
                break;
            }
            let name = &text[words[k].start..w.end];
            if !all_han(name, 1..=MAX_CHARS_OF_A_JAPANESE_NAME) {
                break;
            }
            // one word the dictionary knows is that word (a name it knows is found as one)
            if j == k && w.known {
                continue;
            }
            let title_after = next_word(words, w.end).is_some_and(|n| classes(&text[n.start..n.end]) & TITLE != 0);
            // the split reads ipadic's given names (a fifth of a Chinese build): asked only where a name can come of it
            if !(title_before() || title_after || about_japan) {
                continue;
            }
            let Some(cut) = crate::entities::link::japanese_name_split(name) else { continue };
            let two_and_two = name[..cut].chars().count() >= 2 && name[cut..].chars().count() >= 2;
            if title_before() || title_after || (about_japan && two_and_two) {
                best = Some((j, title_before() || title_after));
            }
        }
        match best {
            Some((j, cue)) => {
                out.extend(cand(doc, words[k].start, words[j].end, EntityKind::Person, cue, false));
                k = j + 1;
            }
            None => k += 1,
        }
    }
    out
}

/// Characters of a Chinese person's name: a family name and a given name of two.
const CHARS_OF_A_CHINESE_NAME: usize = 3;

/// Rule `a_family_name_after_a_title_begins_a_name_of_three`: jieba cuts
/// Chinese names it lacks across their characters (`候选人` `柯文` `哲`,
/// `总理` `张国` `清率`, `主教练是`...`张` `亚东`). Right after a title, a
/// family name and two more Han characters are a person's name when the
/// segmenter found no name of its own there (a person, or a word of three
/// characters or more: `总理` `李强`, `总统` `马克龙`), none of the three is a
/// function word or a non-name (`于` `周一`), and the three end on a word
/// boundary or inside a word the dictionary lacks. The same three characters
/// elsewhere in the article are that person too.
fn names_after_a_title_cut_by_the_segmenter(doc: &Doc, words: &[Word], classes: &impl Fn(&str) -> u8) -> Vec<Cand> {
    let text = doc.text;
    let mut names: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for k in 1..words.len() {
        let (title, first) = (&words[k - 1], &words[k]);
        let first_text = &text[first.start..first.end];
        let found_already = matches!(first.class, WordClass::Person | WordClass::ForeignName | WordClass::Surname)
            && first_text.chars().count() >= 2;
        if title.end != first.start
            || found_already
            || first_text.chars().count() >= CHARS_OF_A_CHINESE_NAME
            || !first_text.chars().next().is_some_and(crate::lang::segment::is_family_name)
            || !ends_in_title(&text[title.start..title.end], classes)
        {
            continue;
        }
        let Some(end) = text[first.start..].char_indices().nth(CHARS_OF_A_CHINESE_NAME).map(|(at, _)| first.start + at)
        else {
            continue;
        };
        if !all_han(&text[first.start..end], CHARS_OF_A_CHINESE_NAME..=CHARS_OF_A_CHINESE_NAME) {
            continue;
        }
        let inside = words[k..].iter().take_while(|w| w.start < end);
        let plain = inside.clone().all(|w| {
            let word = &text[w.start..w.end.min(end)];
            classes(word) & (FUNCTION | NOT_NAME | TITLE) == 0
                && classes(&text[w.start..w.end]) & (FUNCTION | NOT_NAME) == 0
        });
        let ends_well = inside.last().is_some_and(|w| w.end == end || !w.known);
        if plain && ends_well {
            names.push(&text[first.start..end]);
        }
    }
    names.sort_unstable();
    names.dedup();
    for name in names {
        for (at, _) in text.match_indices(name) {
            out.extend(cand(doc, at, at + name.len(), EntityKind::Person, false, false));
        }
    }
    out
}

/// Place words Chinese writes at the end of a foreign place's name written
/// by its sound: `堡` (-burg, -bourg, fort: `贝尔沃堡`, Fort Belvoir), `维尔`
/// (-ville: `阿什维尔`, Asheville) and `帕克` (Park: `贝瑟尔帕克`, Bethel Park).
const PLACE_WORDS_BY_SOUND: &[&str] = &["堡", "维尔", "帕克"];

/// Sound characters before a [`PLACE_WORDS_BY_SOUND`] ending, at least: a
/// shorter name is a person's surname (`内维尔`, Neville; `斯帕克`, Spark).
const MIN_SOUND_CHARS_BEFORE_A_PLACE_WORD: usize = 2;

/// jieba tags a foreign place written by its sound as a person (`巴特勒`,
/// Butler) and leaves the administrative head (`crate::lang::segment::PLACE_SUFFIXES`)
/// or the place word (`堡`) after it a word of its own (`巴特勒` `县`, Butler
/// County; `贝尔沃` `堡`): a name written wholly by sound, right before such a
/// head, is that place, head included. The end of the place.
fn suffix_of_a_transcribed_place(
    text: &str,
    words: &[Word],
    segmenter: Segmenter,
    start: usize,
    end: usize,
    kind: EntityKind,
) -> Option<usize> {
    if segmenter != Segmenter::Chinese || kind != EntityKind::Person {
        return None;
    }
    let name = &text[start..end];
    if name.chars().count() < 2 || !name.chars().all(crate::lang::segment::is_transliteration_char) {
        return None;
    }
    let next = next_word(words, end).filter(|w| w.start == end)?;
    let head = &text[next.start..next.end];
    (crate::lang::segment::is_place_suffix(head) || PLACE_WORDS_BY_SOUND.contains(&head)).then_some(next.end)
}

/// Is this name, written wholly by its sound and without a middle dot, a
/// place because it ends in a place word written by sound (`贝瑟尔帕克`,
/// Bethel Park; `阿什维尔`)? A person's full name has a dot (`莎拉·杰西卡·帕克`).
fn ends_in_a_place_word_by_sound(name: &str) -> bool {
    PLACE_WORDS_BY_SOUND.iter().any(|end| {
        name.strip_suffix(end).is_some_and(|rest| {
            rest.chars().count() >= MIN_SOUND_CHARS_BEFORE_A_PLACE_WORD
                && rest.chars().all(crate::lang::segment::is_transliteration_char)
        })
    })
}

/// Is this person's name a place written by its sound with a one-character
/// place head (`豪兹省`, Al Haouz province; `希沙瓦省`)?
fn transcribed_place(name: &str, classes: &impl Fn(&str) -> u8) -> bool {
    let Some((cut, _)) = name.char_indices().next_back() else { return false };
    ends_in_place_head(name, classes) && written_by_sound(&name[..cut])
}

/// A name in parts joined by middle dots is a person's unless its last part
/// is an organisation's or a place's head (`ア・リーグ`, the American League;
/// `ローンデポ・パーク`, a ballpark) or its first part a big place
/// (`ニューヨーク・ヤンキース`, a team named after its city) or a company the
/// dictionary knows (`オリックス・バファローズ`, a team named after its owner).
/// Rule `a_dotted_name_before_a_person_suffix_is_a_person`: a name the
/// dictionary's person suffix follows (`氏`, `さん`) is a person's whatever its
/// first part spells alike (`ミラ・ムラティ氏`, Mira Murati: `ミラ` is Mila, a
/// province of Algeria).
fn dotted_kind(name: &str, kind: EntityKind, person_after: bool, heads: &Heads, gaz: &Gazetteer) -> EntityKind {
    let (Some((_, last)), Some((first, _))) = (name.rsplit_once(['·', '・']), name.split_once(['·', '・'])) else {
        return kind;
    };
    if kind != EntityKind::Person || person_after {
        return kind;
    }
    if let Some(head_kind) = heads.kind_of_ending(last) {
        return head_kind;
    }
    if spelt_out_acronym(name) {
        return EntityKind::Organization;
    }
    let mut key = String::new();
    push_key(first, UNCASED | IDEOGRAPHIC, &mut key);
    let big_place = gaz.lookup(&key).is_some_and(|hit| {
        let entry = gaz.entry(hit.entry);
        entry.kind == EntityKind::Location && (hit.trusted || entry.prio >= 10)
    });
    // a team named after a city the dictionary knows as a place, however small the
    // gazetteer ranks it (`サンディエゴ・パドレス`, `マイアミ・マーリンズ`): a given
    // name before a dot is no place word of the dictionary
    let place_word = gaz.lookup(&key).is_some_and(|hit| gaz.entry(hit.entry).kind == EntityKind::Location)
        && [Segmenter::Japanese, Segmenter::Chinese].into_iter().any(|segmenter| {
            let words = segmenter.segment(first);
            matches!(&words[..], [w] if w.known && matches!(w.class, WordClass::Place | WordClass::Country))
        });
    // a team named by its company and nickname (`オリックス・バファローズ`)
    let company = [Segmenter::Japanese, Segmenter::Chinese].into_iter().any(|segmenter| {
        let words = segmenter.segment(first);
        matches!(&words[..], [w] if w.known && w.class == WordClass::Organisation)
    });
    if big_place || place_word || company { EntityKind::Organization } else { kind }
}

/// The names of the Latin letters in katakana (general vocabulary: how
/// Japanese reads A to Z aloud), as a company spells its acronym out.
const LATIN_LETTERS_IN_KATAKANA: &[&str] = &[
    "エー",
    "エイ",
    "ビー",
    "シー",
    "ディー",
    "ディ",
    "イー",
    "エフ",
    "ジー",
    "エイチ",
    "エッチ",
    "アイ",
    "ジェー",
    "ジェイ",
    "ケー",
    "ケイ",
    "エル",
    "エム",
    "エヌ",
    "オー",
    "ピー",
    "キュー",
    "アール",
    "エス",
    "ティー",
    "ティ",
    "ユー",
    "ブイ",
    "ヴィー",
    "ダブリュー",
    "エックス",
    "ワイ",
    "ゼット",
    "ズィー",
];

/// Is this dotted katakana name an acronym spelt out letter by letter
/// (`ディー・エヌ・エー`, DeNA; `エヌ・ティ・ティ・ドコモ`, NTT Docomo): its
/// first two parts names of Latin letters? A company's, not a person's.
fn spelt_out_acronym(name: &str) -> bool {
    let mut parts = name.split(['・', '·']);
    parts
        .next()
        .zip(parts.next())
        .is_some_and(|(a, b)| LATIN_LETTERS_IN_KATAKANA.contains(&a) && LATIN_LETTERS_IN_KATAKANA.contains(&b))
}

/// Japanese clubs carry their home town's name before a company's and a
/// nickname in katakana or Latin letters, with no particle between
/// (`福岡ソフトバンクホークス`, `横浜DeNAベイスターズ`; the company's name may
/// be two kanji: `北海道日本ハムファイターズ`), and ipadic leaves the town a
/// place of its own and the rest a foreign name. A name in katakana or Latin
/// letters that no gazetteer entry knows, right after a place the gazetteer
/// knows that is no country (a country before a company is the company's
/// country: `米アップル`), or after such a place and two kanji, is one name
/// with it: an organisation, or a place when it ends in a place head (`東京ドーム`).
fn clubs_named_after_their_home(doc: &Doc, gaz: &Gazetteer, heads: &Heads, proposals: &mut Vec<Cand>) {
    let text = doc.text;
    let spelt = |s: &str| {
        s.chars().count() >= MIN_CHARS_AFTER_A_HOME_TOWN
            && s.chars().next().is_some_and(|c| is_katakana(c) || c.is_ascii_alphabetic())
            && s.chars().all(|c| is_katakana(c) || c.is_ascii_alphanumeric())
    };
    let home_town = |c: &Cand| {
        let Source::Gazetteer(entry) = c.source else { return false };
        let entry = gaz.entry(entry);
        // a country's id is its ISO code (`loc:us`)
        let country = entry.id.strip_prefix("loc:").is_some_and(|code| code.len() == 2);
        c.kind == EntityKind::Location && !country && all_han(&text[c.start..c.end], 2..=4)
    };
    let mut clubs = Vec::new();
    let mut towns: Vec<(usize, usize)> = Vec::new();
    for town in proposals.iter().filter(|c| home_town(c)) {
        let company_in_kanji = text[town.end..]
            .char_indices()
            .nth(COMPANY_KANJI_IN_A_CLUB)
            .map(|(b, _)| town.end + b)
            .filter(|&end| all_han(&text[town.end..end], COMPANY_KANJI_IN_A_CLUB..=COMPANY_KANJI_IN_A_CLUB));
        let after_town = |c: &&Cand| c.start == town.end || Some(c.start) == company_in_kanji;
        for name in proposals.iter().filter(after_town).filter(|c| !matches!(c.source, Source::Gazetteer(_))) {
            if !spelt(&text[name.start..name.end]) {
                continue;
            }
            let kind = heads.kind_of_ending(&text[town.start..name.end]).unwrap_or(EntityKind::Organization);
            if kind == EntityKind::Organization {
                towns.push((town.start, town.end));
            }
            clubs.extend(cand(doc, town.start, name.end, kind, false, false));
        }
        if let Some(club) = nickname_before_its_home_town(doc, town, proposals, &spelt, heads) {
            if club.kind == EntityKind::Organization {
                towns.push((town.start, town.end));
            }
            clubs.push(club);
        }
    }
    proposals.extend(clubs);
    towns_alone_are_their_clubs(text, &towns, proposals);
}

/// Rule `an_organisation_begins_with_the_whole_place_it_names`: the segmenter
/// may cut a place the gazetteer knows whole (`不列颠哥伦比亚`, British Columbia)
/// into words of its own (`不列颠` `哥伦比亚`), and an organisation found from the
/// last of them (`哥伦比亚` `省` `高等法院`) then begins inside the place. Such an
/// organisation begins where the place does (`不列颠哥伦比亚省高等法院`, the
/// Supreme Court of British Columbia).
fn organisations_take_the_whole_place_they_begin_in(doc: &Doc, proposals: &mut Vec<Cand>) {
    let places: Vec<(usize, usize)> = proposals
        .iter()
        .filter(|c| c.kind == EntityKind::Location && matches!(c.source, Source::Gazetteer(_)))
        .map(|c| (c.start, c.end))
        .collect();
    let mut longer = Vec::new();
    for c in proposals.iter().filter(|c| c.kind == EntityKind::Organization) {
        if let Some(&(start, _)) = places.iter().find(|&&(start, end)| start < c.start && c.start < end && end < c.end)
        {
            longer.extend(cand(doc, start, c.end, EntityKind::Organization, c.cue, c.weak));
        }
    }
    proposals.extend(longer);
}

/// Chinese characters of a venue's own name before its head, at least (`首都` `国际机场`).
const MIN_CHARS_OF_A_VENUE_NAME: usize = 2;

/// Rule `a_venue_takes_the_city_before_it`: Chinese names an airport or a
/// stadium with its city first (`北京首都国际机场`, Beijing Capital
/// International Airport; `柏林勃兰登堡机场`), and jieba cuts the city off as a
/// word of its own, whose gazetteer match then stands beside the venue. A
/// venue named by meaning found right after a city the gazetteer knows (a GeoNames city, not
/// a country: `美国` before an airport says only where it is) begins with the city.
fn venues_take_the_city_before_them(doc: &Doc, gaz: &Gazetteer, proposals: &mut Vec<Cand>) {
    let city_ends: Vec<(usize, usize)> = proposals
        .iter()
        .filter(|c| {
            c.kind == EntityKind::Location
                && matches!(c.source, Source::Gazetteer(entry) if gaz.entry(entry).id.starts_with(GEONAMES_CITY))
        })
        .map(|c| (c.end, c.start))
        .collect();
    let mut longer = Vec::new();
    for c in proposals.iter() {
        let name = &doc.text[c.start..c.end];
        // (a venue's own name written by sound is another place's, which the
        // city before it only locates: `伦敦` `温布利球场`, Wembley Stadium in London)
        let venue = VENUE_HEADS.iter().any(|head| {
            name.strip_suffix(head)
                .is_some_and(|own| all_han(own, MIN_CHARS_OF_A_VENUE_NAME..=usize::MAX) && !mostly_by_sound(own))
        });
        // (a venue is a place, though jieba tags some organisations: `首都国际机场`/nt)
        if let Some(&(_, start)) = city_ends.iter().find(|&&(end, _)| venue && end == c.start) {
            longer.extend(cand(doc, start, c.end, EntityKind::Location, c.cue, c.weak));
        }
    }
    proposals.extend(longer);
}

/// Rule `an_organisation_named_by_meaning_takes_the_name_before_it`: Chinese
/// names a body by whose or where it is and what it is, with no word between
/// (`香港交易所`, the Hong Kong exchange; `约翰逊航天中心`, the Johnson Space
/// Center; `台湾民众党`), and jieba cuts the name before off as a word of its
/// own, whose candidate then stands beside the body found from the common
/// words. A body that opens with a common word of the dictionary (`交易所`;
/// `企业` `咨询` `公司`) is no name without what comes before it: right after a
/// name it is one name with that name. A body that opens with a name of its
/// own (`波音公司` after `美国`, the American company Boeing) or a team
/// (`皇家马德里队` after `西班牙`) has the name before only describe it.
fn organisations_named_by_meaning_take_the_name_before_them(
    doc: &Doc,
    gaz: &Gazetteer,
    words: &[Word],
    proposals: &mut Vec<Cand>,
) {
    // (jieba tags some such words organisations, `航天中心`, space centre: a word of a body's
    // meaning, not a name read by sound nor one that opens with a listed company, `波音公司`)
    let opens_with_a_listed_company = |word: &str| {
        word.char_indices().skip(1).any(|(b, _)| is_listed_organisation(Segmenter::Chinese, &word[..b]))
            || is_listed_organisation(Segmenter::Chinese, word)
    };
    let opens_with_a_common_word = |body: &Cand| {
        words.iter().find(|w| w.start == body.start).is_some_and(|first| {
            let word = &doc.text[first.start..first.end];
            first.known
                && (!first.class.is_proper() || matches!(first.class, WordClass::Organisation | WordClass::OtherProper))
                && !mostly_by_sound(word)
                && !opens_with_a_listed_company(word)
        })
    };
    let mut longer = Vec::new();
    for body in proposals.iter().filter(|c| {
        c.kind == EntityKind::Organization
            && matches!(c.source, Source::Unknown { .. })
            && !doc.text[c.start..c.end].ends_with(TEAM)
            && opens_with_a_common_word(c)
    }) {
        let Some(owner) = proposals.iter().find(|c| c.end == body.start && c.start < c.end) else { continue };
        let Some(mut whole) =
            cand(doc, owner.start, body.end, EntityKind::Organization, owner.cue || body.cue, body.weak)
        else {
            continue;
        };
        let mut key = String::new();
        push_key(&doc.text[whole.start..whole.end], UNCASED | IDEOGRAPHIC, &mut key);
        if let Some(hit) = gaz.lookup(&key).filter(|hit| gaz.entry(hit.entry).kind == EntityKind::Organization) {
            whole.source = Source::Gazetteer(hit.entry);
        }
        longer.push(whole);
    }
    proposals.extend(longer);
}

/// The ids of GeoNames' cities (countries and regions have others).
const GEONAMES_CITY: &str = "loc:gn";

/// Rule `a_home_town_alone_is_its_club`: sports news names a club in full
/// with its home town (`ヴィッセル神戸`, `阪神タイガース`; Chinese `多特蒙德队`, the
/// town and the team suffix), then by the town alone (`神戸が連覇`, `多特蒙德`
/// `主教练`). In an article that names a club so, the town's name alone is
/// the club, not the place: an organisation of its own (linked to the club
/// by [`crate::entities::link`]'s team rule). `towns`: the byte spans of the
/// towns inside the clubs' names.
fn towns_alone_are_their_clubs(text: &str, towns: &[(usize, usize)], proposals: &mut [Cand]) {
    if towns.is_empty() {
        return;
    }
    let names: Vec<&str> = towns.iter().map(|&(start, end)| &text[start..end]).collect();
    let inside_a_club = |c: &Cand| towns.iter().any(|&(start, end)| c.start == start && c.end == end);
    for c in proposals.iter_mut() {
        if c.kind == EntityKind::Location && names.contains(&&text[c.start..c.end]) && !inside_a_club(c) {
            c.kind = EntityKind::Organization;
            c.source = Source::Unknown { acronym: None };
        }
    }
}

/// Chinese writes a club with its city's name and the team suffix
/// (`多特蒙德队`, Dortmund; a country and the suffix is its national team,
/// see [`country_of_team`]): a place the gazetteer knows that is no country,
/// right before `队`, is a club with it, and the town alone is that club
/// elsewhere in the article ([`towns_alone_are_their_clubs`]).
fn clubs_of_towns_with_the_team_suffix(doc: &Doc, gaz: &Gazetteer, proposals: &mut Vec<Cand>) {
    let text = doc.text;
    let mut towns: Vec<(usize, usize)> = Vec::new();
    let mut clubs = Vec::new();
    for c in proposals.iter() {
        let Source::Gazetteer(entry) = c.source else { continue };
        let entry = gaz.entry(entry);
        let country = fields_a_national_team(&entry.id);
        if c.kind != EntityKind::Location || country || !text[c.end..].starts_with(TEAM) {
            continue;
        }
        if !towns.contains(&(c.start, c.end)) {
            towns.push((c.start, c.end));
            clubs.extend(cand(doc, c.start, c.end + TEAM.len_utf8(), EntityKind::Organization, false, false));
        }
    }
    proposals.extend(clubs);
    towns_alone_are_their_clubs(text, &towns, proposals);
}

/// Rule `a_nickname_before_its_home_town_is_the_club`: clubs write their
/// nickname first too (`セレッソ大阪`, `アビスパ福岡`), and ipadic takes a
/// nickname it lacks for a foreign name before the town. A name in katakana
/// or Latin letters that no gazetteer entry knows, right before a home town
/// (as [`clubs_named_after_their_home`]) that ends the name (no kanji after
/// it: `…福岡市` is the city), is one name with it: an organisation, or a
/// place when the nickname ends in a place head (`…ドーム福岡`).
fn nickname_before_its_home_town(
    doc: &Doc,
    town: &Cand,
    proposals: &[Cand],
    spelt: &impl Fn(&str) -> bool,
    heads: &Heads,
) -> Option<Cand> {
    let text = doc.text;
    if text[town.end..].chars().next().is_some_and(is_kanji) {
        return None;
    }
    let name = proposals
        .iter()
        .filter(|c| c.end == town.start && !matches!(c.source, Source::Gazetteer(_)))
        .find(|c| spelt(&text[c.start..c.end]))?;
    let kind = heads.kind_of_ending(&text[name.start..name.end]).unwrap_or(EntityKind::Organization);
    cand(doc, name.start, town.end, kind, false, false)
}

/// Japanese and Chinese name a town by its name alone after naming it with
/// its suffix (`輪島市` ... `輪島の朝市`), and that name alone is often a
/// family name too: a person's name the article also writes as a place with
/// a one-character place head is that place.
fn same_place_as_suffixed(text: &str, proposals: &mut [Cand], classes: &impl Fn(&str) -> u8) {
    let mut suffixed: std::collections::HashMap<&str, Source> = std::collections::HashMap::new();
    for c in proposals.iter().filter(|c| c.kind == EntityKind::Location) {
        let place = &text[c.start..c.end];
        let Some((cut, last)) = place.char_indices().next_back() else { continue };
        if place[..cut].chars().count() >= 2 && classes(last.encode_utf8(&mut [0; 4])) & LOC_HEAD != 0 {
            suffixed.insert(&place[..cut], c.source.clone());
        }
    }
    for c in proposals.iter_mut().filter(|c| c.kind == EntityKind::Person && matches!(c.source, Source::Unknown { .. }))
    {
        if let Some(source) = suffixed.get(&text[c.start..c.end]) {
            c.kind = EntityKind::Location;
            if matches!(source, Source::Gazetteer(_)) {
                c.source = source.clone();
            }
        }
    }
}

/// Suffix of a national team after its country's name (`阿根廷队`, `中国队`).
const TEAM: char = '队';

/// Rule `the_home_nations_field_national_teams`: England, Scotland, Wales and
/// Northern Ireland play as nations (`英格兰队`), though the gazetteer has them
/// as first-level divisions of the United Kingdom (ISO 3166-2 codes).
const HOME_NATIONS: &[&str] = &["gb-eng", "gb-sct", "gb-wls", "gb-nir"];

/// Does the place of gazetteer id `id` field a national team: a country (its
/// id is its ISO code, `loc:ar`) or a home nation?
fn fields_a_national_team(id: &str) -> bool {
    id.strip_prefix("loc:").is_some_and(|code| code.len() == 2 || HOME_NATIONS.contains(&code))
}

/// The country a segmenter organisation `name` of the form country + `队`
/// stands for, as a gazetteer candidate on the country's characters.
fn country_of_team(doc: &Doc, gaz: &Gazetteer, name: &Word) -> Option<Cand> {
    if name.class != WordClass::Organisation {
        return None;
    }
    let country = doc.text[name.start..name.end].strip_suffix(TEAM)?;
    let mut key = String::new();
    push_key(country, UNCASED | IDEOGRAPHIC, &mut key);
    let hit = gaz.lookup(&key)?;
    let entry = gaz.entry(hit.entry);
    // a country's id is its ISO code (`loc:ar`); a city's team is a club
    let is_country = fields_a_national_team(&entry.id);
    if !is_country {
        return None;
    }
    let mut c = cand(doc, name.start, name.start + country.len(), entry.kind, false, false)?;
    c.source = Source::Gazetteer(hit.entry);
    Some(c)
}

/// Chinese makes titles of a noun and `官` (officer: `财务官`, financial
/// officer; `检察官`, prosecutor), more than the profile lists.
const OFFICER: char = '官';

/// jieba's HMM may glue a title's last character onto the foreign name after
/// it (`美国商务部` `长雷蒙多` for 部长 雷蒙多): when that character ends a title
/// with the word before and the rest is written by sound, the name is the
/// rest, after a title. Returns the name and whether a title was cut off.
fn without_glued_title_char(text: &str, words: &[Word], name: &Word, classes: &impl Fn(&str) -> u8) -> (Word, bool) {
    let unchanged = (*name, false);
    if name.known || name.class != WordClass::ForeignName {
        return unchanged;
    }
    let Some(first) = text[name.start..name.end].chars().next() else { return unchanged };
    let rest = &text[name.start + first.len_utf8()..name.end];
    let k = words.partition_point(|w| w.end <= name.start);
    let Some(before) = k.checked_sub(1).and_then(|p| words.get(p)).filter(|w| w.end == name.start) else {
        return unchanged;
    };
    let Some(last) = text[before.start..before.end].chars().next_back() else { return unchanged };
    let title: String = [last, first].into_iter().collect();
    // (rule `officer_after_a_noun_ends_a_title`: `财务` `官内德` for 财务官 (financial officer) 内德)
    let officer = first == OFFICER && before.class == WordClass::Noun;
    if rest.chars().count() < 2 || !written_by_sound(rest) || (classes(&title) & TITLE == 0 && !officer) {
        return unchanged;
    }
    (Word { start: name.start + first.len_utf8(), ..*name }, true)
}

/// Japanese may join a title to the name before it with a middle dot
/// (`ロブ・マンフレッド・コミッショナー`, commissioner Rob Manfred): a dotted
/// name's last part that is a title of the profile is no part of the name.
/// Returns the name and whether a title was cut off.
fn without_dotted_title(text: &str, name: Word, classes: &impl Fn(&str) -> u8) -> (Word, bool) {
    let surface = &text[name.start..name.end];
    let Some((head, last)) = surface.rsplit_once(['·', '・']) else { return (name, false) };
    if head.contains(['·', '・']) && classes(last) & TITLE != 0 {
        return (Word { end: name.start + head.len(), ..name }, true);
    }
    (name, false)
}

/// Is this word a title, or does it end in one (jieba keeps `日本首相`,
/// Japan's prime minister, and `外务大臣` as one word)?
fn ends_in_title(word: &str, classes: &impl Fn(&str) -> u8) -> bool {
    word.char_indices()
        .map(|(at, _)| &word[at..])
        .take_while(|rest| rest.chars().count() >= 2 || rest.len() == word.len())
        .any(|rest| classes(rest) & TITLE != 0)
}

/// Is this a place name of three characters or more that ends in a place head
/// of one (`门头沟区`, `永定河`)? The common words jieba tags as places that
/// end so are shorter (`山区`, mountain area; `城区`, urban area).
fn ends_in_place_head(text: &str, classes: &impl Fn(&str) -> u8) -> bool {
    let mut chars = text.chars();
    let Some(last) = chars.next_back() else { return false };
    chars.count() >= 2 && classes(last.encode_utf8(&mut [0; 4])) & LOC_HEAD != 0
}

/// Words after which Chinese names a place (`在` in, `从` from, `来自` coming from...).
const CHINESE_LOCATIVES: &[&str] = &[
    "在",
    "于",
    "从",
    "到",
    "赴",
    "往",
    "自",
    "抵达",
    "来自",
    "前往",
    "飞往",
    "位于",
    "访问",
    "离开",
    "返回",
    "途经",
    "出生于",
    // apposition after a common noun of places: `西部城市奈良`, `首都X`
    "城市",
    "首都",
    "小镇",
    "家住",
    "住在",
];

/// Does this place name stand where places stand: after a locative word,
/// before a place head (`省`, `地区`), or next to another place?
fn in_place_context(text: &str, words: &[Word], name: &Word, classes: &impl Fn(&str) -> u8) -> bool {
    let k = words.partition_point(|w| w.end <= name.start);
    let before = k.checked_sub(1).and_then(|p| words.get(p)).filter(|w| w.end == name.start);
    let after = next_word(words, name.end);
    before.is_some_and(|w| CHINESE_LOCATIVES.contains(&&text[w.start..w.end]))
        || after.is_some_and(|w| classes(&text[w.start..w.end]) & LOC_HEAD != 0)
        || [before, after].into_iter().flatten().any(|w| matches!(w.class, WordClass::Place | WordClass::Country))
}

/// Words and marks that list names in Chinese (`北京、天津和河北`: and, with, as well as).
const CHINESE_LIST_WORDS: &[&str] = &["、", "和", "与", "及", "以及", "跟", "同"];

/// Rule `a_place_listed_with_a_known_place_stands_where_places_stand`: Chinese
/// lists places of one kind together (`北京、天津和河北`, `爱知县和名古屋`): a word
/// after or before a list word (`和`, `、`) whose other side is a place the
/// gazetteer knows stands where places stand.
fn listed_with_a_known_place(text: &str, gaz: &Gazetteer, words: &[Word], name: &Word) -> bool {
    let known_place = |w: &Word| {
        let mut key = String::new();
        push_key(&text[w.start..w.end], UNCASED | IDEOGRAPHIC, &mut key);
        all_han(&text[w.start..w.end], 2..=12)
            && gaz.lookup(&key).is_some_and(|hit| gaz.entry(hit.entry).kind == EntityKind::Location)
    };
    // a list word touching the name, and a known place touching it on its other side
    let listed = |list: Option<&Word>, other: Option<&Word>, touching: bool| {
        touching
            && list.zip(other).is_some_and(|(list, other)| {
                CHINESE_LIST_WORDS.contains(&&text[list.start..list.end]) && known_place(other)
            })
    };
    let first = words.partition_point(|w| w.end <= name.start);
    let last = words.partition_point(|w| w.end <= name.end);
    let before = |n: usize| first.checked_sub(n).and_then(|p| words.get(p));
    let after = |n: usize| words.get(last + n - 1);
    let touching_before = before(1).is_some_and(|w| w.end == name.start)
        && before(2).is_some_and(|w| before(1).is_some_and(|l| l.start == w.end));
    let touching_after = after(1).is_some_and(|w| w.start == name.end)
        && after(2).is_some_and(|w| after(1).is_some_and(|l| l.end == w.start));
    listed(before(1), before(2), touching_before) || listed(after(1), after(2), touching_after)
}

/// Administrative heads Chinese leaves out after a place's name when the
/// place is plain from the text (`河北` for 河北省, `内蒙古` for 内蒙古自治区, `华盛顿`
/// for 华盛顿特区): a city's first, then a province's or region's, then a
/// state's (`佛罗里达` for 佛罗里达州, Florida): a bare name the gazetteer knows
/// is never looked up so (`华盛顿`, `纽约` are the cities, which the state names
/// with `州`), only one it does not.
const DROPPED_PLACE_HEADS: &[&str] = &["市", "特区", "省", "自治区", "州"];

/// Rule `a_place_named_without_its_administrative_head`: a place word the
/// gazetteer does not know is the place it knows under that name with one
/// of [`DROPPED_PLACE_HEADS`] after it (trusted, or a big place's).
fn place_without_its_administrative_head(gaz: &Gazetteer, name: &str) -> Option<super::gazetteer::KeyHit> {
    if !all_han(name, 2..=6) {
        return None;
    }
    let mut key = String::new();
    DROPPED_PLACE_HEADS.iter().find_map(|head| {
        key.clear();
        push_key(&format!("{name}{head}"), UNCASED | IDEOGRAPHIC, &mut key);
        gaz.lookup(&key).filter(|hit| {
            let entry = gaz.entry(hit.entry);
            entry.kind == EntityKind::Location && (hit.trusted || entry.prio >= 10)
        })
    })
}

/// A region (`地区`) after a place's name says what kind of place it is.
const REGION: &str = "地区";

/// Rule `a_region_word_after_a_known_place_is_no_part_of_its_name`: Chinese
/// writes `台湾地区` (the Taiwan region), `亚马孙地区`; jieba has some as one place
/// word and a head after a name lengthens it. A name `start..end` ending in
/// `地区` that the gazetteer does not know whole, whose part before is a sure
/// gazetteer place, is that place: where it ends.
fn place_before_a_region_word(gaz: &Gazetteer, text: &str, start: usize, end: usize) -> Option<usize> {
    let name = text.get(start..end)?;
    let place = name.strip_suffix(REGION).filter(|place| all_han(place, 2..=8))?;
    let mut key = String::new();
    push_key(name, UNCASED | IDEOGRAPHIC, &mut key);
    (gaz.lookup(&key).is_none() && sure_place(gaz, place).is_some()).then_some(start + place.len())
}

/// How often jieba's dictionary must have met a word of two characters it tags
/// a person for the word to be a common one (`洪水` flood 1383, `史诗` epic 523,
/// `凌空` in mid-air 340, `陆军` army 3253; the few people it met as often are
/// of history and fiction: `宋江`, `鲁迅`).
const MIN_FREQ_OF_A_COMMON_WORD_TAGGED_A_PERSON: usize = 300;

/// Rule `a_common_word_tagged_a_person_named_once_is_none`: jieba's dictionary
/// tags many common words of a family name and another character as people
/// (`洪水`, flood: `洪` is a family name). News names a person with a title
/// or names them again; a word of two Han characters that the dictionary
/// tags a person and met often, not written by sound (`马丁`, Martin), that
/// the article writes once and with no title beside it, is that common word.
fn common_word_tagged_a_person_once(text: &str, name: &Word, end: usize) -> bool {
    let word = &text[name.start..end];
    name.known
        && end == name.end
        && name.class == WordClass::Person
        && all_han(word, 2..=2)
        && !written_by_sound(word)
        && text.matches(word).nth(1).is_none()
        && crate::lang::segment::chinese_word_freq(word) >= MIN_FREQ_OF_A_COMMON_WORD_TAGGED_A_PERSON
}

/// Rule `a_lone_han_character_is_no_person`: jieba tags single family names
/// as people (`蔡` of `蔡英文`, which it cuts before `英文`, English; `王` of `王家园水库`);
/// Chinese news names no one by one character, unless a title is beside it.
fn lone_han_character(name: &str) -> bool {
    all_han(name, 1..=1)
}

/// Non-overlapping candidates, longer ones first; on the same span the
/// gazetteer's, which comes first among equals.
fn longest_first(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by_key(|c| (std::cmp::Reverse(c.end - c.start), !matches!(c.source, Source::Gazetteer(_)), c.start));
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let before = taken.range(..c.end).next_back().is_some_and(|(_, &e)| e > c.start);
        if !before {
            taken.insert(c.start, c.end);
            out.push(c);
        }
    }
    out
}

/// A candidate on the tokens that hold bytes `start..end`.
fn cand(doc: &Doc, start: usize, end: usize, kind: EntityKind, cue: bool, weak: bool) -> Option<Cand> {
    let t0 = doc.toks.partition_point(|t| t.end <= start);
    let t1 = doc.toks.partition_point(|t| t.start < end);
    (t0 < t1).then_some(Cand { t0, t1, start, end, kind, source: Source::Unknown { acronym: None }, cue, weak })
}

fn next_word(words: &[Word], end: usize) -> Option<&Word> {
    let k = words.partition_point(|w| w.start < end);
    words.get(k).filter(|w| w.start == end)
}

fn all_han(s: &str, chars: std::ops::RangeInclusive<usize>) -> bool {
    chars.contains(&s.chars().count()) && s.chars().all(|c| matches!(c, '\u{4e00}'..='\u{9fff}'))
}

/// The profile's head words, by the kind of name they end.
struct Heads<'c> {
    cues: &'c Cues,
    lang: CueLang,
}

impl<'c> Heads<'c> {
    fn of(doc: &Doc, cues: &'c Cues) -> Heads<'c> {
        Heads { cues, lang: CueLang::of(doc.lang) }
    }

    /// Is this word, of two characters or more, a head word of the profile?
    fn is_whole_head(&self, word: &str) -> bool {
        let mut key = String::new();
        push_key(word, UNCASED | IDEOGRAPHIC, &mut key);
        word.chars().count() >= 2 && self.cues.of_key(&key, self.lang) & (ORG_HEAD | LOC_HEAD) != 0
    }

    /// The kind of name whose last characters are a head word (`協会`, `半島`):
    /// the whole word, or a head of two characters or more at its end (a
    /// one-character head ends common words too: `内部`, inside).
    fn kind_of_ending(&self, text: &str) -> Option<EntityKind> {
        let mut key = String::new();
        let last_two = text.char_indices().rev().nth(1).map_or(0, |(b, _)| b);
        for (b, _) in text.char_indices().take_while(|&(b, _)| b == 0 || b <= last_two) {
            key.clear();
            push_key(&text[b..], UNCASED | IDEOGRAPHIC, &mut key);
            let bits = self.cues.of_key(&key, self.lang);
            if bits & ORG_HEAD != 0 {
                return Some(EntityKind::Organization);
            }
            if bits & LOC_HEAD != 0 {
                return Some(EntityKind::Location);
            }
        }
        None
    }
}

/// Japanese news writes a country by one kanji of its name, alone or before a
/// title or another country (`米大統領`, the US president; `日米`, Japan and
/// the US; `仏`, France), and ipadic tags these words as countries; each with
/// the country's Japanese name the gazetteer knows.
const JAPANESE_COUNTRY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("米", "アメリカ"),
    ("英", "イギリス"),
    ("仏", "フランス"),
    ("独", "ドイツ"),
    ("露", "ロシア"),
    ("中", "中国"),
    ("韓", "韓国"),
    ("伊", "イタリア"),
    ("豪", "オーストラリア"),
    ("豪州", "オーストラリア"),
    ("加", "カナダ"),
    ("印", "インド"),
    ("日", "日本"),
];

/// Rule `a_country_abbreviated_to_one_kanji_is_that_country`: the gazetteer
/// entry of a country ipadic tags by its Japanese abbreviation (`米`), which
/// was a place of its own (`Mi`) that no other script's name met.
fn country_of_its_abbreviation(gaz: &Gazetteer, word: &str) -> Option<super::gazetteer::KeyHit> {
    let (_, full) = JAPANESE_COUNTRY_ABBREVIATIONS.iter().find(|(abbreviation, _)| *abbreviation == word)?;
    let mut key = String::new();
    push_key(full, UNCASED | IDEOGRAPHIC, &mut key);
    gaz.lookup(&key).filter(|hit| gaz.entry(hit.entry).kind == EntityKind::Location)
}

/// The prefix of an ordinal number (`第一`, the first).
const ORDINAL_PREFIX: &str = "第";

/// Where an ordinal that starts at word `k` ends (`第` `一`, `第` `２`): a
/// power plant or a works is numbered inside its name (`福島第一原子力発電所`,
/// Fukushima Daiichi), between the place and the head.
fn ordinal_after(text: &str, words: &[Word], k: usize) -> Option<usize> {
    let (prefix, number) = (words.get(k)?, words.get(k + 1)?);
    (&text[prefix.start..prefix.end] == ORDINAL_PREFIX
        && number.start == prefix.end
        && number.class == WordClass::Number)
        .then_some(number.end)
}

/// Rule `a_verbal_noun_is_a_word_of_a_body_s_name`: Chinese names public
/// bodies and institutes with verbal and adjectival nouns and abbreviations
/// among the nouns before their head (`国家` `运输` `安全` `委员会`, the
/// National Transportation Safety Board; `国家` `防汛` `抗旱` `总指挥部`, the flood
/// control headquarters; `香港` `高等法院`, the High Court), which jieba tags `vn`, `an`, `j`
/// or `l`, not as nouns: such a word goes on a name up to its head as a noun does.
fn word_of_a_body_s_name(class: WordClass) -> bool {
    matches!(class, WordClass::Noun | WordClass::OtherProper | WordClass::VerbalNoun)
}

/// Characters of a venue's head (`体育场`, stadium; `机场`, airport; not `路`, road).
const MIN_CHARS_OF_A_VENUE_HEAD: usize = 2;

/// The kind of a segmenter name and where it ends (a head after it may
/// lengthen it), or `None` if it is no name korpus reports.
fn typed(text: &str, words: &[Word], name: &Word, heads: &Heads) -> Option<(usize, EntityKind, bool)> {
    // common nouns and a head after the name: `中国` `网球` `协会`
    let first = words.partition_point(|w| w.start < name.end);
    let mut end = name.end;
    let mut noun_start = name.end;
    let mut ordinal_end = 0;
    for (k, w) in words.iter().enumerate().skip(first).take(MAX_WORDS_BEFORE_HEAD) {
        // (rule `an_ordinal_numbers_a_plant_inside_its_name`: `福島` `第` `一` `原子力` `発電` `所`)
        if w.start == end && w.end <= ordinal_end {
            end = w.end;
            continue;
        }
        if let Some(after) = ordinal_after(text, words, k).filter(|_| w.start == end) {
            ordinal_end = after;
            end = w.end;
            continue;
        }
        // a one-character suffix may finish the head after a noun (`欧州` `委員` `会`)
        let suffix = w.class == WordClass::Suffix && end != name.end && all_han(&text[w.start..w.end], 1..=1);
        if w.start != end || !(suffix || word_of_a_body_s_name(w.class)) {
            break;
        }
        if !suffix {
            noun_start = w.start;
        }
        end = w.end;
        if let Some(kind) = heads.kind_of_ending(&text[noun_start..w.end]) {
            if name.class != WordClass::Person && name.class != WordClass::Surname {
                return Some((end, kind, false));
            }
            // a place named after a person, the place's head right after the name
            // (`温布利` `球场`, Wembley Stadium; `罗兰·加洛斯` `球场`)
            if kind == EntityKind::Location && noun_start == name.end && heads.is_whole_head(&text[w.start..w.end]) {
                return Some((end, kind, false));
            }
            // (rule `a_venue_named_after_a_foreigner_takes_the_words_before_its_head`)
            // and a transcription, nouns and a venue's head (`阿塔图尔克` `奥林匹克`
            // `体育场`, Atatürk Olympic Stadium): a foreign name with a common noun
            // after it is no person's
            if kind == EntityKind::Location
                && name.class == WordClass::ForeignName
                && heads.is_whole_head(&text[w.start..w.end])
                && text[w.start..w.end].chars().count() >= MIN_CHARS_OF_A_VENUE_HEAD
            {
                return Some((end, kind, false));
            }
            // a company named after its founder's family, its trade right after
            // the family name (`小林` `製薬`, Kobayashi Pharmaceutical)
            if kind == EntityKind::Organization
                && name.class == WordClass::Surname
                && noun_start == name.end
                && heads.is_whole_head(&text[w.start..w.end])
            {
                return Some((end, kind, false));
            }
            break;
        }
    }
    let kind = match name.class {
        WordClass::Person | WordClass::Surname | WordClass::GivenName => EntityKind::Person,
        WordClass::ForeignName => EntityKind::Person,
        WordClass::Place | WordClass::Country => EntityKind::Location,
        WordClass::Organisation => EntityKind::Organization,
        WordClass::OtherProper => heads.kind_of_ending(&text[name.start..name.end])?,
        _ => return None,
    };
    // never weak: a weak kind gives way to the profile's default for lone words (a place)
    Some((name.end, kind, false))
}

/// The name a candidate on `tokens` (bytes `span`) stands for when it is
/// written in Han or kana in a Chinese or Japanese article: its own span,
/// not the words of the tokens it touches (a run of ideographs is one token,
/// and one that starts with a digit, `6比3击败克罗地亚`, is no ideographic token).
pub(crate) fn ideographic_name<'t>(
    doc: &Doc<'t>,
    tokens: std::ops::Range<usize>,
    span: std::ops::Range<usize>,
) -> Option<&'t str> {
    let name = doc.text.get(span)?;
    let ideographic = if segmenter_of(doc).is_some() {
        has_ideographs(name)
    } else {
        !tokens.is_empty() && tokens.clone().all(|i| doc.toks.get(i).is_some_and(|t| t.flags & IDEOGRAPHIC != 0))
    };
    ideographic.then_some(name)
}

fn has_ideographs(text: &str) -> bool {
    text.chars().any(|c| matches!(Script::of(c), Some(Script::Han | Script::Kana)))
}

/// A Han or kana name in Latin letters: `Zheng Qinwen` (a family name and
/// the given name written apart), `Kawanuo`, `Debu Robatsu`.
/// Is `name` written as a Chinese person's name: Han characters only, the first a
/// Chinese family name (`王毅`, `习近平`)?
pub(crate) fn is_chinese_person_name(name: &str) -> bool {
    name.chars().all(|c| matches!(c, '\u{4e00}'..='\u{9fff}'))
        && name.chars().next().is_some_and(crate::lang::segment::is_family_name)
}

pub(crate) fn latin_display(name: &str) -> String {
    let mut out = String::new();
    for (w, part) in name.split(['·', '・', '･', '•']).filter(|p| !p.is_empty()).enumerate() {
        if w > 0 {
            out.push(' ');
        }
        let han_person = part.chars().count() <= 3 && is_chinese_person_name(part);
        let syllables: Vec<String> = if han_person {
            let mut chars = part.chars();
            let family: String = chars.next().map(String::from).unwrap_or_default();
            vec![family, chars.collect()]
        } else {
            vec![part.to_owned()]
        };
        for (s, syllable) in syllables.iter().filter(|s| !s.is_empty()).enumerate() {
            if s > 0 {
                out.push(' ');
            }
            let latin = any_ascii::any_ascii(syllable).replace(['\'', '"', '-'], "").to_lowercase();
            let mut letters = latin.chars();
            if let Some(first) = letters.next() {
                out.extend(first.to_uppercase());
                out.push_str(letters.as_str());
            }
        }
    }
    out
}

/// A coarser phonetic key, on a consonant skeleton
/// ([`crate::lang::phonetic`]), for names Chinese and Japanese write by
/// their sound: their syllables have no `r` apart from `l`, no `m` or `ng`
/// apart from `n`, and Japanese no `v` apart from `b` (`Kavanaugh` `kvng`,
/// `卡瓦诺` `kawanuo` `kvn`, `カバノー` `kabano` `kbn` all give `kvn`;
/// `Trump`, `特朗普`, `トランプ` give `tlnp`).
pub(crate) fn sound_key(skeleton: &str) -> String {
    let bytes = skeleton.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    for (i, &c) in bytes.iter().enumerate() {
        let sound = match c {
            // a word-initial vowel says nothing across these scripts
            b'V' => continue,
            b'g' if i > 0 && bytes[i - 1] == b'n' => continue,
            b'r' => 'l',
            b'm' => 'n',
            b'b' | b'f' | b'w' => 'v',
            b'c' | b'q' => 'k',
            b'z' => 's',
            c => c as char,
        };
        if !out.ends_with(sound) {
            out.push(sound);
        }
    }
    out
}

/// The [`sound_key`] of a linking skeleton, or of a Han or kana name (whose
/// linking key is the name itself).
pub(crate) fn sound_key_of(key: &str) -> String {
    if key.is_ascii() { sound_key(key) } else { sound_key(&skeleton(key, crate::lang::Orthography::English)) }
}

/// Is `c` one of the hyphens between a foreign person's given names (`让-吕克`,
/// `ジャン＝リュック`)? A match: `str::contains` of a char beyond ASCII searched a
/// string for its bytes, once per char of every name, a twelfth of a Chinese build.
fn is_name_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{ff0d}' | '=' | '\u{ff1d}')
}
/// `让` (let) writes French Jean (`让-吕克·梅朗雄`): by sound in a name, though
/// no character of the transliteration table.
const JEAN: char = '让';

/// Is this name written by its sound: katakana, or Chinese transliteration
/// characters (`卡瓦诺`, not `李娜`), or a foreign name in Han characters
/// whose parts a middle dot joins ([`dotted_foreign_name`])?
pub(crate) fn written_by_sound(name: &str) -> bool {
    let katakana = |c: char| matches!(c, '\u{30a1}'..='\u{30ff}' | '\u{ff66}'..='\u{ff9f}');
    !name.is_empty()
        && (name.chars().all(|c| katakana(c) || c == '・' || is_name_hyphen(c))
            || name.chars().all(|c| {
                c == '·' || is_name_hyphen(c) || c == JEAN || crate::lang::segment::is_transliteration_char(c)
            })
            || dotted_foreign_name(name))
}

/// Rule `a_dotted_han_name_is_written_by_sound`: Chinese joins the parts of a
/// foreign person's name with a middle dot (`凯文·德布劳内`, Kevin De Bruyne),
/// and writes them by sound even with a character outside the common
/// transliteration table (`文` of `凯文`). Parts of two characters or more,
/// most characters of the table (a dot also joins the numbers of a date,
/// `一·二八`, and lists).
fn dotted_foreign_name(name: &str) -> bool {
    // (nearly every name has no dot: it is read no further)
    if !name.chars().any(|c| c == '·') {
        return false;
    }
    let mut parts = name.split('·');
    let two_parts = parts.next().is_some() && parts.next().is_some();
    let parts_ok = name.split('·').all(|part| {
        part.chars().filter(|&c| !is_name_hyphen(c)).count() >= 2
            && part.chars().all(|c| is_name_hyphen(c) || crate::lang::Script::of(c) == Some(crate::lang::Script::Han))
    });
    let han = name.chars().filter(|&c| crate::lang::Script::of(c) == Some(crate::lang::Script::Han));
    let (all, listed) = han.fold((0, 0), |(all, listed), c| {
        (all + 1, listed + usize::from(crate::lang::segment::is_transliteration_char(c) || c == JEAN))
    });
    two_parts && parts_ok && 2 * listed > all
}

/// A dotted Han name written by sound with a character outside the
/// transliteration table ([`dotted_foreign_name`]): its reading is less sure
/// than a name of the table's characters alone, so its sound links it only to
/// a name of the same story, as a name in one part is linked.
pub(crate) fn dotted_beyond_the_table(name: &str) -> bool {
    dotted_foreign_name(name)
        && !name
            .chars()
            .all(|c| c == '·' || is_name_hyphen(c) || c == JEAN || crate::lang::segment::is_transliteration_char(c))
}

/// Japanese prefectures' suffix, which [`crate::lang::segment::PLACE_SUFFIXES`] writes `县`.
const PREFECTURE: char = '県';

/// Heads of venues Chinese and Japanese write after a place named by sound,
/// by meaning or as a loanword (`温布利球场`, `ウェンブリー・スタジアム`, Wembley;
/// `伏努科沃机场`, `ヴヌコボ空港`, Vnukovo), longer ones first.
const VENUE_HEADS: &[&str] =
    &["国际机场", "机场", "体育场", "体育馆", "球场", "国際空港", "空港", "スタジアム", "競技場"];

/// The part written by sound of a foreign place named with its
/// administrative head (`伊吉勒村`, Ighil; `希沙瓦省`, Chichaoua province;
/// `カリフォルニア州`), or (rule `a_venue_named_by_sound_is_keyed_without_its_head`)
/// with the head of a venue ([`VENUE_HEADS`]): other languages spell that part
/// alone (`Wembley`, `Vnukovo`). Else the name.
pub(crate) fn without_place_head_after_sound(name: &str) -> &str {
    VENUE_HEADS
        .iter()
        .find_map(|head| name.strip_suffix(head))
        .map(|rest| rest.trim_end_matches('・'))
        // (a venue after a dotted Han name is named after a person: `罗兰·加洛斯球场`)
        .filter(|rest| !rest.contains('·'))
        .or_else(|| name.strip_suffix(|c: char| crate::lang::segment::PLACE_SUFFIXES.contains(c) || c == PREFECTURE))
        .filter(|rest| rest.chars().count() >= 2 && written_by_sound(rest))
        .unwrap_or(name)
}

/// Shortest [`sound_key`] that may name one person across scripts.
pub(crate) const MIN_SOUND_KEY: usize = 3;

#[cfg(test)]
mod tests {
    use super::super::recognise::tests::{article, run};
    use super::*;
    use crate::corpus::Article;
    use crate::lang::Orthography;

    fn find<'a>(ms: &'a [(String, &'static str, String)], surface: &str) -> Option<&'a (String, &'static str, String)> {
        ms.iter().find(|m| m.0 == surface)
    }

    /// The windows of a long Chinese `text` as (the window, the bytes segmented for it),
    /// each checked to give the words the whole text's segmentation gives there.
    fn windows_segmented(text: &str) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
        let a = article("zh", "zh", text);
        let whole = Segmenter::Chinese.segment(text);
        let mut doc = Doc::default();
        let mut out = Vec::new();
        super::super::recognise::each_window(&mut doc, &a, |doc| {
            let own = lines_of_the_window(doc);
            let (first, last) = (doc.toks[0].start, doc.toks[doc.toks.len() - 1].end);
            assert!(own.start <= first && last <= own.end, "{own:?} holds the window's tokens");
            let mut words = Segmenter::Chinese.segment(&text[own.clone()]);
            words.iter_mut().for_each(|w| (w.start, w.end) = (w.start + own.start, w.end + own.start));
            let of_whole: Vec<_> = whole.iter().filter(|w| own.contains(&w.start)).copied().collect();
            assert_eq!(words, of_whole, "{own:?}");
            out.push((doc.window.clone(), own));
        });
        out
    }

    #[test]
    fn a_window_of_a_long_article_is_segmented_on_its_own_lines_alone() {
        let line = "习近平在北京会见了普京。\n";
        let text = line.repeat(super::super::recognise::WINDOW / line.len() + 2000);
        let windows = windows_segmented(&text);
        assert_eq!(windows.len(), 2);
        for (_, lines) in windows {
            assert!(lines.len() <= super::super::recognise::WINDOW, "{lines:?}: the window's lines, not the article");
            assert!(lines.start == 0 || text[..lines.start].ends_with('\n'), "{lines:?} starts a line");
        }
    }

    #[test]
    fn a_window_of_a_long_article_with_no_line_break_is_segmented_on_its_own_sentences_alone() {
        let sentence = "习近平在北京会见了普京。";
        let text = sentence.repeat(super::super::recognise::WINDOW / sentence.len() + 2000);
        let windows = windows_segmented(&text);
        assert_eq!(windows.len(), 2);
        for (window, own) in windows {
            assert_eq!(own, window, "the window's own text, not the whole line");
            assert!(text[..own.end].ends_with('。'), "{own:?} ends after a sentence");
        }
    }

    #[test]
    fn a_sentence_of_chinese_or_japanese_ends_after_its_full_stop_or_mark() {
        let text = "他说：“好！”然后走了。日本は？abc";
        let after = |mark: &str| text.find(mark).map(|at| at + mark.len());
        assert_eq!(after_sentence_end(text, 0..text.len()), after("？"));
        assert_eq!(after_sentence_end(text, 0..after("。").unwrap_or(0)), after("。"));
        assert_eq!(after_sentence_end(text, 0..text.find('。').unwrap_or(0)), after("！"));
        assert_eq!(after_sentence_end("Mr. Smith left. He", 0..18), None, "a Latin full stop ends no window here");
    }

    #[test]
    fn a_known_word_across_an_offset_is_found_in_a_sorted_table() {
        let word = |start, end, known| Word { start, end, class: WordClass::Noun, known };
        // 永恒大地: a known word over 恒大's ends; an unknown one crosses nothing
        let words = [word(0, 3, false), word(3, 12, true), word(12, 15, false), word(15, 30, true), word(16, 18, true)];
        let crossed = known_word_across(&words);
        let by_every_word = |at: usize| words.iter().any(|w| w.known && w.start < at && at < w.end);
        for at in 0..=31 {
            assert_eq!(crossed(at), by_every_word(at), "{at}");
        }
        assert!(crossed(6) && !crossed(3) && !crossed(12) && !crossed(1) && crossed(17));
    }

    #[test]
    fn chinese_names_come_from_the_segmenter_and_the_gazetteer() {
        let a = [
            article("en", "en", "Officials met in Beijing."),
            article("zh", "zh", "朝鲜外相李英浩在北京与联合国官员会谈。中国网球协会向郑钦文表示祝贺。"),
        ];
        let r = run(&a);
        assert_eq!(find(&r[1], "北京").map(|m| &m.2), find(&r[0], "Beijing").map(|m| &m.2), "{:?}", r[1]);
        for (name, kind) in [("李英浩", "PER"), ("联合国", "ORG"), ("中国网球协会", "ORG"), ("郑钦文", "PER")]
        {
            assert_eq!(find(&r[1], name).map(|m| m.1), Some(kind), "{name} in {:?}", r[1]);
        }
    }

    #[test]
    fn a_legislature_named_by_the_common_noun_alone_is_an_organisation() {
        let r = run(&[article(
            "zh",
            "zh",
            "美国最高法院维持了国会去年通过的法律。众议院随后举行听证会，并对特勤局的工作进行调查。日本将举行国会参议院选举。",
        )]);
        for name in ["国会", "众议院", "特勤局", "国会参议院"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_latin_title_glued_before_a_name_is_no_part_of_it() {
        let r =
            run(&[article("ja", "ja", "後半23分、スペイン代表MFロドリが先制した。ヘディングをGKエデルソンが防いだ。")]);
        assert!(find(&r[0], "MFロドリ").is_none() && find(&r[0], "GKエデルソン").is_none(), "{:?}", r[0]);
        assert!(find(&r[0], "エデルソン").is_some(), "{:?}", r[0]);
        // an officer's title in Latin letters is no organisation
        let r = run(&[article("ja", "ja", "オープンAIのCTOミラ・ムラティ氏が暫定CEOに就いた。CTOは後に辞任した。")]);
        assert!(find(&r[0], "CTO").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_describing_organisation_before_a_name_is_no_name() {
        let r = run(&[article("ja", "ja", "ロシアの民間軍事会社ワグネルの創設者プリゴジン氏は死亡した。")]);
        assert!(find(&r[0], "民間軍事会社").is_none(), "{:?}", r[0]);
        assert!(find(&r[0], "ワグネル").is_some(), "{:?}", r[0]);
        let r = run(&[article("zh", "zh", "开采铀矿的法国核燃料集团欧安诺表示，其运营仍在继续。")]);
        assert!(find(&r[0], "法国核燃料集团").is_none(), "{:?}", r[0]);
        assert!(find(&r[0], "欧安诺").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn a_kind_of_body_before_a_name_describes_it() {
        let r = run(&[article("zh", "zh", "美国电动汽车公司Rivian宣布裁员。美国法院传唤中国公司阿里巴巴的高管。")]);
        assert!(find(&r[0], "美国电动汽车公司").is_none(), "{:?}", r[0]);
        assert!(find(&r[0], "电动汽车公司").is_none(), "nor the nouns alone: {:?}", r[0]);
        assert_eq!(find(&r[0], "美国").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert!(find(&r[0], "中国公司").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "中国").map(|m| m.1), Some("LOC"), "the country is named: {:?}", r[0]);
        assert!(find(&r[0], "阿里巴巴").is_some(), "{:?}", r[0]);
        // a body's own name before a title stays (`CEO` is no name)
        let r = run(&[article("zh", "zh", "苹果公司CEO库克周二表示，新手机将在秋季上市。")]);
        assert!(find(&r[0], "苹果公司").is_some(), "{:?}", r[0]);
        assert!(latin_name("Rivian") && !latin_name("CEO") && !latin_name("iPhone"));
    }

    #[test]
    fn a_listed_organisation_run_into_a_character_is_cut_out() {
        let r = run(&[article("zh", "zh", "这款车的续航比特斯拉更长。比亚迪约占三成市场。")]);
        assert!(find(&r[0], "比特斯拉").is_none() && find(&r[0], "比亚迪约").is_none(), "{:?}", r[0]);
        for name in ["特斯拉", "比亚迪"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name}: {:?}", r[0]);
        }
    }

    #[test]
    fn a_name_quoted_after_a_kind_of_body_is_that_body() {
        let r = run(&[article(
            "ja",
            "ja",
            "両社は新会社「ネオテック」を設立すると発表した。ネオテックは来年から営業を始める。「ネオテック」の名は社員が選んだ。",
        )]);
        let kinds: Vec<&str> = r[0].iter().filter(|m| m.0 == "ネオテック").map(|m| m.1).collect();
        assert_eq!(kinds, ["ORG", "ORG", "ORG"], "{:?}", r[0]);
        let r = run(&[article("ja", "ja", "彼は「ネオテック」と呼ばれる技術を紹介した。")]);
        assert_ne!(find(&r[0], "ネオテック").map(|m| m.1), Some("ORG"), "no body named before it: {:?}", r[0]);
    }

    #[test]
    fn a_family_name_of_one_kanji_before_the_honorific_is_a_person() {
        let r = run(&[article("ja", "ja", "孫氏は記者会見で新事業を説明した。同氏は来月にも訪米する。")]);
        assert_eq!(find(&r[0], "孫").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(find(&r[0], "同").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_regulator_s_short_name_is_an_organisation() {
        let r = run(&[article("zh", "zh", "证监会周五对这家公司处以罚款。银保监会也发布了新的规定。")]);
        for name in ["证监会", "银保监会"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name}: {:?}", r[0]);
        }
    }

    #[test]
    fn a_listed_organisation_glued_to_a_preposition_is_found() {
        let r = run(&[article("zh", "zh", "这家工厂由台积电控股，明年投产。")]);
        assert_eq!(find(&r[0], "台积电").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_parliament_s_house_named_alone_is_an_organisation() {
        let r = run(&[article("zh", "zh", "议会下院周二投票通过了预算。下院领袖表示反对。")]);
        for name in ["议会下院", "下院"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name}: {:?}", r[0]);
        }
    }

    #[test]
    fn a_name_before_the_game_suffix_is_a_team() {
        let r = run(&[article("ja", "ja", "大谷選手はパドレス戦で本塁打を放った。パドレスは敗れた。")]);
        let kinds: Vec<&str> = r[0].iter().filter(|m| m.0 == "パドレス").map(|m| m.1).collect();
        assert_eq!(kinds, ["ORG", "ORG"], "{:?}", r[0]);
    }

    #[test]
    fn a_katakana_word_before_the_company_suffix_is_a_company() {
        let r = run(&[article(
            "ja",
            "ja",
            "アマゾン社は新サービスを発表した。ルノー社とも提携した。アマゾンの社長が来日した。",
        )]);
        for name in ["アマゾン", "ルノー"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name}: {:?}", r[0]);
        }
    }

    #[test]
    fn a_place_and_its_currency_is_no_name() {
        let r = run(&[article("ja", "ja", "賞金は1000万スウェーデンクローナで、授賞式はオスロで行われる。")]);
        assert!(find(&r[0], "スウェーデンクローナ").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn an_official_residence_and_a_compass_point_are_no_names_in_chinese() {
        let r = run(&[article("zh", "zh", "卫队成员将总统扣押在其官邸内。部队从东进入城市，在东与敌军交火。")]);
        assert!(find(&r[0], "官邸").is_none() && find(&r[0], "东").is_none(), "{:?}", r[0]);
        let r = run(&[article("zh", "zh", "位于深山之中、建于12世纪的清真寺。")]);
        assert!(find(&r[0], "深山").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_province_named_with_its_compass_point_is_one_place() {
        let r = run(&[article("zh", "zh", "直升机在东阿塞拜疆省山区的大雾中坠毁。")]);
        assert_eq!(find(&r[0], "东阿塞拜疆省").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_common_word_is_no_gazetteer_name() {
        // `北部` (the north) is the name of Malawi's Northern Region, and a common word
        let r = run(&[article("zh", "zh", "尼日尔北部的阿尔利特铀矿仍在运营。")]);
        assert!(find(&r[0], "北部").is_none(), "{:?}", r[0]);
        let r = run(&[article("ja", "ja", "ニジェール北部のアルリットでウラン鉱山を運営している。")]);
        assert!(find(&r[0], "北部").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_listed_organisation_is_the_gazetteer_entry_of_its_latin_name() {
        let r = run(&[
            article(
                "en",
                "en",
                "OpenAI said on Friday that its board had removed the chief executive. OpenAI makes ChatGPT.",
            ),
            article(
                "ja",
                "ja",
                "オープンAIは17日、最高経営責任者を解任したと発表した。オープンAIはChatGPTを開発した。",
            ),
        ]);
        let openai = find(&r[0], "OpenAI").map(|m| m.2.clone());
        assert!(openai.is_some(), "{:?}", r[0]);
        assert_eq!(find(&r[1], "オープンAI").map(|m| m.2.clone()), openai, "{:?}", r[1]);
    }

    #[test]
    fn a_prefectural_police_is_named_by_its_prefecture_and_kenkei() {
        // `県警` (prefectural police) is an organisation head of the ja profile: ipadic cuts
        // `奈良県警` into the place and `県警`
        let r = run(&[
            article("en", "en", "Nara Prefectural Police identified the suspect on Friday."),
            article("ja", "ja", "奈良県警は8日、容疑者の身元を確認した。"),
        ]);
        let en = find(&r[0], "Nara Prefectural Police").map(|m| m.2.clone());
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(find(&r[1], "奈良県警").map(|m| (m.1, m.2.clone())), en.map(|id| ("ORG", id)), "{:?}", r[1]);
    }

    #[test]
    fn a_place_that_opens_a_public_body_of_four_nouns_is_no_name_alone() {
        // `日本` `国際` `博覧` `会` `協会`: four words between the place and its head
        let r = run(&[article("ja", "ja", "日本国際博覧会協会は13日、会見を開いた。")]);
        assert_eq!(find(&r[0], "日本国際博覧会協会").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(find(&r[0], "日本").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn an_ordinal_numbers_a_plant_inside_its_name() {
        let words = Segmenter::Japanese.segment("福島第一原子力発電所");
        let k = words.iter().position(|w| w.start == "福島".len());
        assert_eq!(k.and_then(|k| ordinal_after("福島第一原子力発電所", &words, k)), Some("福島第一".len()));
        assert_eq!(ordinal_after("福島第一原子力発電所", &words, 0), None, "a place is no ordinal");
        let r = run(&[article("ja", "ja", "東京電力は福島第一原子力発電所の処理水を放出した。")]);
        assert_eq!(find(&r[0], "福島第一原子力発電所").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert!(find(&r[0], "福島").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_company_or_exchange_led_by_its_place_ends_in_a_trade_or_body_head() {
        // heads of the ja profile: a trade (`製鉄` steel, `電力` power), an exchange, a union, a base, a city hall
        let r = run(&[article(
            "ja",
            "ja",
            "日本製鉄は買収を進めた。東京証券取引所で株価が上がった。全米自動車労働組合はストを続けた。新潟航空基地から飛んだ。大阪市役所で会見した。大阪メトロは運行を続けた。横浜市庁舎の前に集まった。九州経済協議会が発表した。",
        )]);
        for (name, kind) in [
            ("日本製鉄", "ORG"),
            ("東京証券取引所", "ORG"),
            ("全米自動車労働組合", "ORG"),
            ("新潟航空基地", "LOC"),
            ("大阪市役所", "LOC"),
            ("大阪メトロ", "ORG"),
            ("横浜市庁舎", "LOC"),
            ("九州経済協議会", "ORG"),
        ] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some(kind), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_country_abbreviated_to_one_kanji_is_that_country() {
        let r = run(&[
            article("en", "en", "The United States and France met Russia in Paris."),
            article("ja", "ja", "米最高裁は判断を示した。仏大統領は露外相と会談した。"),
        ]);
        for (abbreviation, country) in [("米", "United States"), ("仏", "France"), ("露", "Russia")] {
            let id = find(&r[0], country).map(|m| m.2.clone());
            assert!(id.is_some(), "{country} in {:?}", r[0]);
            assert_eq!(find(&r[1], abbreviation).map(|m| m.2.clone()), id, "{abbreviation} in {:?}", r[1]);
        }
    }

    #[test]
    fn a_nickname_before_its_home_town_is_the_club() {
        let r = run(&[article("ja", "ja", "アビスパ福岡は首位に立った。福岡市は晴れた。")]);
        assert_eq!(find(&r[0], "アビスパ福岡").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(find(&r[0], "アビスパ").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "福岡市").map(|m| m.1), Some("LOC"), "a town before kanji is the town: {:?}", r[0]);
    }

    #[test]
    fn a_venue_named_by_sound_is_keyed_without_its_head() {
        assert_eq!(without_place_head_after_sound("温布利球场"), "温布利");
        assert_eq!(without_place_head_after_sound("ウェンブリー・スタジアム"), "ウェンブリー");
        assert_eq!(without_place_head_after_sound("ヴヌコボ空港"), "ヴヌコボ");
        assert_eq!(without_place_head_after_sound("伏努科沃国际机场"), "伏努科沃");
        assert_eq!(without_place_head_after_sound("首都国际机场"), "首都国际机场", "not written by sound");
        assert_eq!(without_place_head_after_sound("希沙瓦省"), "希沙瓦");
        assert_eq!(without_place_head_after_sound("罗兰·加洛斯球场"), "罗兰·加洛斯球场", "named after a person");
        let r = run(&[
            article(
                "en",
                "en",
                "City won the final at Wembley in London. England and London celebrated the win at Wembley.",
            ),
            article(
                "ja",
                "ja",
                "シティはロンドンのウェンブリー・スタジアムで決勝に勝った。イングランドとロンドンが祝った。",
            ),
        ]);
        let wembley = find(&r[0], "Wembley").map(|m| m.2.clone());
        assert!(wembley.is_some(), "{:?}", r[0]);
        assert_eq!(find(&r[1], "ウェンブリー・スタジアム").map(|m| m.2.clone()), wembley, "{:?}", r[1]);
    }

    #[test]
    fn a_city_is_found_by_its_traditional_spelling() {
        // GeoNames has `基輔` and `河內` only; jieba tags `基辅` a common noun
        let r = run(&[article("zh", "zh", "基辅方面表示，会谈将在河内举行。")]);
        assert_eq!(find(&r[0], "基辅").map(|m| m.2.as_str()), Some("loc:gn703448"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "河内").map(|m| m.2.as_str()), Some("loc:gn1581130"), "{:?}", r[0]);
        assert_eq!(traditional_spellings("基辅"), vec!["基輔".to_owned()]);
        // (a character of several traditional forms is tried with each: `干` 乾 幹)
        assert!(traditional_spellings("干").len() >= 2, "{:?}", traditional_spellings("干"));
    }

    #[test]
    fn a_place_written_by_sound_is_found_by_its_traditional_spelling() {
        // GeoNames names Baltimore `巴爾的摩` only, a city too small for the rule of big cities
        let r = run(&[article("zh", "zh", "货轮在巴尔的摩撞上大桥。")]);
        assert_eq!(find(&r[0], "巴尔的摩").map(|m| m.2.as_str()), Some("loc:gn4347778"), "{:?}", r[0]);
        assert!(mostly_by_sound("巴尔的摩") && !mostly_by_sound("首都国际"));
    }

    #[test]
    fn a_state_is_named_without_its_head() {
        let r = run(&[article("zh", "zh", "飓风登陆佛罗里达，得克萨斯也受到影响。")]);
        assert_eq!(find(&r[0], "佛罗里达").map(|m| m.2.as_str()), Some("loc:us-fl"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "得克萨斯").map(|m| m.2.as_str()), Some("loc:us-tx"), "{:?}", r[0]);
    }

    #[test]
    fn a_body_named_by_its_remit_is_an_organisation() {
        let r = run(&[article("zh", "zh", "应急管理部派出工作组赶赴灾区。")]);
        assert_eq!(find(&r[0], "应急管理部").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        let r = run(&[article("zh", "zh", "国家发展和改革委员会周二公布了新规。")]);
        assert_eq!(find(&r[0], "国家发展和改革委员会").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        // two bodies that `和` lists, and the object of a verb before a ministry jieba knows
        let r = run(&[article("zh", "zh", "商务部和财政部联合发文。")]);
        assert!(find(&r[0], "商务部和财政部").is_none() && find(&r[0], "财政部").is_some(), "{:?}", r[0]);
        let r = run(&[article("zh", "zh", "他代表司法部出庭。")]);
        assert!(find(&r[0], "代表司法部").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_venue_takes_the_city_before_it() {
        let r = run(&[article("zh", "zh", "航班从北京首都国际机场起飞。")]);
        assert_eq!(find(&r[0], "北京首都国际机场").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        // (a venue named by sound: the city only says where it is)
        let r = run(&[article("zh", "zh", "决赛在伦敦温布利球场举行。")]);
        assert!(find(&r[0], "伦敦温布利球场").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn latin_abbreviations_of_common_words_are_no_names() {
        let r = run(&[article("zh", "zh", "全球多地出现IT故障，AI公司股价下跌。")]);
        assert!(find(&r[0], "IT").is_none() && find(&r[0], "AI").is_none(), "{:?}", r[0]);
        let r = run(&[article("ja", "ja", "試合は延長でも決着がつかず、PK戦にもつれ込んだ。")]);
        assert!(find(&r[0], "PK").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_place_named_without_its_administrative_head() {
        let r = run(&[article("zh", "zh", "7月底，北京、天津和河北出现历史罕见的极端强降雨。")]);
        assert_eq!(find(&r[0], "河北").map(|m| m.2.as_str()), Some("loc:cn-he"), "{:?}", r[0]);
        let r = run(&[article("zh", "zh", "判决发布后，抗议者聚集在华盛顿的最高法院大楼外。")]);
        assert_eq!(find(&r[0], "华盛顿").map(|m| m.2.as_str()), Some("loc:gn4140963"), "the city: {:?}", r[0]);
    }

    #[test]
    fn a_region_word_after_a_known_place_is_no_part_of_its_name() {
        let r = run(&[article("zh", "zh", "赖清德赢得台湾地区领导人选举。")]);
        assert_eq!(find(&r[0], "台湾").map(|m| m.2.as_str()), Some("loc:tw"), "{:?}", r[0]);
        assert!(find(&r[0], "台湾地区").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_place_listed_with_a_known_place_stands_where_places_stand() {
        let r = run(&[article("zh", "zh", "第20届亚运会将于2026年在日本爱知县和名古屋举行。")]);
        assert_eq!(find(&r[0], "名古屋").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_name_run_on_into_the_next_word_ends_where_the_article_ends_it() {
        // (the words jieba's HMM gives for a name it does not know, then it run on into `胜选`, won)
        let mut words = vec![
            Word { start: 0, end: 9, class: WordClass::Person, known: false },
            Word { start: 9, end: 24, class: WordClass::Person, known: false },
        ];
        names_run_on_into_the_next_word("张建国张建国胜选", &mut words);
        assert_eq!(words.iter().map(|w| w.end).collect::<Vec<_>>(), vec![9, 18, 24]);
    }

    #[test]
    fn a_family_name_cut_from_its_given_name_is_one_person() {
        let r = run(&[article("zh", "zh", "赖清德将于5月20日接替蔡英文就职。")]);
        assert_eq!(find(&r[0], "蔡英文").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        let r = run(&[article("zh", "zh", "昌平区王家园水库录得744.8毫米降雨。")]);
        assert_eq!(find(&r[0], "王家园水库").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_place_and_the_organisation_head_after_it_are_one_organisation() {
        let r = run(&[article("ja", "ja", "G20、アフリカ連合の加盟を承認。")]);
        assert_eq!(find(&r[0], "アフリカ連合").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_paper_in_title_brackets_is_an_organisation() {
        let text = "马克龙在返程飞机上接受法国《回声报》和美国媒体的采访。电影《长津湖》上映。";
        let r = run(&[article("zh", "zh", text)]);
        assert_eq!(find(&r[0], "回声报").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        // a film's title names no organisation (the lake it is named after is a place)
        assert!(r[0].iter().all(|m| !m.0.contains("长津") || m.1 != "ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_place_cut_from_a_given_name_is_a_person() {
        let r = run(&[article("zh", "zh", "2月1日，国民党籍的韩国瑜当选立法院院长。韩国总统尹锡悦表示祝贺。")]);
        assert_eq!(find(&r[0], "韩国瑜").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // the place before another word stays the place
        assert_eq!(find(&r[0], "韩国").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_given_name_jieba_tags_a_place_is_a_given_name_after_a_family_name() {
        let text = "潘展乐和徐嘉余、覃海洋、孙佳俊在男子4×100米混合泳接力决赛中击败美国队。";
        let r = run(&[article("zh", "zh", text)]);
        assert_eq!(find(&r[0], "覃海洋").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a place the gazetteer knows stays one
        assert_eq!(find(&r[0], "美国").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_family_name_after_a_title_begins_a_name_of_three() {
        let text = "台湾民众党候选人柯文哲获得26.5%。柯文哲则对支持者说，民众党已经尽力。国务院副总理张国清率工作组连夜赶赴灾区。";
        let r = run(&[article("zh", "zh", text)]);
        let found: Vec<_> = r[0].iter().filter(|m| m.0 == "柯文哲" && m.1 == "PER").collect();
        assert_eq!(found.len(), 2, "{:?}", r[0]);
        assert_eq!(find(&r[0], "张国清").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a name the segmenter found, and a function word after a title, are left as they are
        let r = run(&[article("zh", "zh", "国务院总理李强表示，总统于周一抵达。")]);
        assert!(find(&r[0], "李强表").is_none() && find(&r[0], "于周一").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_state_named_without_its_head_is_the_city() {
        let r = run(&[article("ja", "ja", "判決を受けて、ワシントンの連邦最高裁判所前には多くの人が集まった。")]);
        assert_eq!(find(&r[0], "ワシントン").map(|m| m.2.as_str()), Some("loc:gn4140963"), "{:?}", r[0]);
        let r = run(&[article("ja", "ja", "ワシントン州のシアトルで会見した。")]);
        assert!(find(&r[0], "ワシントン州").is_none_or(|m| m.2 != "loc:gn4140963"), "{:?}", r[0]);
        // a prefecture in kanji stays the prefecture: not the city of Osaka, nor Kochi in India
        let r = run(&[article("ja", "ja", "大阪府と高知県で大雨が降った。")]);
        assert!(find(&r[0], "大阪府").is_none_or(|m| m.2 != "loc:gn1853909"), "{:?}", r[0]);
        assert!(find(&r[0], "高知県").is_none_or(|m| m.2 != "loc:gn1273874"), "{:?}", r[0]);
    }

    #[test]
    fn a_lone_han_character_is_no_person() {
        let r = run(&[article("zh", "zh", "1日，国民党籍的韩国瑜当选立法院院长。恒大旗下房车宝的投资者。")]);
        assert!(find(&r[0], "瑜").is_none() && find(&r[0], "宝").is_none(), "{:?}", r[0]);
        // (韩国 瑜 is one person, Han Kuo-yu: rule `a_place_cut_from_a_given_name_is_a_person`)
        assert!(find(&r[0], "韩国").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_crown_prince_is_a_title_before_the_name() {
        let r = run(&[article("zh", "zh", "拜登、沙特王储穆罕默德·本·萨勒曼和欧盟委员会主席出席。")]);
        assert!(find(&r[0], "王储").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "穆罕默德·本·萨勒曼").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_name_jieba_cuts_into_place_fragments_is_one_person() {
        let r = run(&[article("zh", "zh", "诺贝尔和平奖授予比亚利亚茨基。他在巴黎罗兰·加洛斯球场夺冠。")]);
        assert_eq!(find(&r[0], "比亚利亚茨基").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(find(&r[0], "比亚").is_none() && find(&r[0], "巴黎").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn a_name_jieba_cuts_one_character_short_is_one_foreign_name() {
        let r = run(&[article("zh", "zh", "大法官阿利托代表多数派撰写判决意见。震中位于城市西南约70公里处。")]);
        assert!(find(&r[0], "阿利托").is_some() && find(&r[0], "阿利").is_none(), "{:?}", r[0]);
        assert!(find(&r[0], "西南约").is_none(), "a compass point is no name: {:?}", r[0]);
    }

    #[test]
    fn a_chinese_name_ipadic_cuts_before_its_last_kanji_is_one_person() {
        let r = run(&[article("ja", "ja", "習近平氏とプーチン氏が会談した。中国の習近平国家主席は22日に帰国した。")]);
        let xi: Vec<_> = r[0].iter().filter(|m| m.0 == "習近平").collect();
        assert_eq!(xi.len(), 2, "{:?}", r[0]);
        assert!(xi.iter().all(|m| m.1 == "PER") && find(&r[0], "平").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_dotted_name_before_a_person_suffix_is_a_person() {
        let r = run(&[article("ja", "ja", "最高技術責任者のミラ・ムラティ氏が暫定CEOに指名された。")]);
        assert_eq!(find(&r[0], "ミラ・ムラティ").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a team named after its city, with no suffix, stays a team
        let r = run(&[article("ja", "ja", "ニューヨーク・ヤンキースが勝った。")]);
        assert_eq!(find(&r[0], "ニューヨーク・ヤンキース").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_chinese_name_ipadic_cuts_before_its_last_kanji_is_one_person_before_a_title_of_two_words() {
        // named only before the title, whose two words are `国家` `主席`
        let r = run(&[article("ja", "ja", "中国の習近平国家主席は22日に帰国した。")]);
        assert_eq!(find(&r[0], "習近平").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(find(&r[0], "習近").is_none() && find(&r[0], "平").is_none(), "{:?}", r[0]);
    }

    /// An English article naming Putin, Biden and Viasna, the corpus the transcriptions of Putin are linked in.
    fn putin_in_english() -> Article {
        article(
            "en",
            "en",
            "Vladimir Putin met Joe Biden in Geneva, Switzerland. Putin spoke first for Russia, then Biden for \
             the United States. Putin and Biden talked for hours. The Belarusian group Viasna protested in Geneva.",
        )
    }

    #[test]
    fn a_transcription_jieba_tags_as_a_place_is_a_guess_other_names_outweigh() {
        // jieba's dictionary has `普京` (Putin) as a place
        let r = run(&[putin_in_english(), article("zh", "zh", "俄罗斯总统普京在瑞士日内瓦会见了美国总统拜登。")]);
        let putin = find(&r[0], "Vladimir Putin").map(|m| &m.2);
        assert!(putin.is_some() && find(&r[1], "普京").map(|m| &m.2) == putin, "{:?}", r[1]);
    }

    #[test]
    fn a_palatal_that_writes_a_dental_stop_links_putin_not_viasna() {
        let r = run(&[
            putin_in_english(),
            article("ja", "ja", "ロシアのプーチン大統領はスイスのジュネーブで米国のバイデン大統領と会談した。"),
        ]);
        let putin = find(&r[0], "Vladimir Putin").map(|m| &m.2);
        assert!(putin.is_some() && find(&r[1], "プーチン").map(|m| &m.2) == putin, "{:?} {:?}", r[0], r[1]);
    }

    /// Xi Jinping and Li Qiang in English, Chinese and Japanese.
    fn xi_and_li() -> [Article; 3] {
        [
            article("en", "en", "Xi Jinping and Li Qiang met Joe Biden in Beijing."),
            article("zh", "zh", "习近平和李强在北京会见了拜登。"),
            article("ja", "ja", "李強首相は北京でバイデン大統領と会談した。"),
        ]
    }

    #[test]
    fn a_chinese_person_in_japanese_meets_the_pinyin_of_the_name() {
        let r = run(&xi_and_li());
        let li = find(&r[0], "Li Qiang").map(|m| &m.2);
        assert!(li.is_some() && find(&r[2], "李強").map(|m| &m.2) == li, "{:?} {:?}", r[0], r[2]);
    }

    #[test]
    fn a_name_spelt_in_latin_letters_outweighs_a_japanese_reading_in_pinyin() {
        // `李強` read in pinyin is spelt as `Li Qiang` too: the Chinese name still meets the English one
        let r = run(&xi_and_li());
        for (zh, en) in [("李强", "Li Qiang"), ("习近平", "Xi Jinping")] {
            let id = find(&r[0], en).map(|m| &m.2);
            assert!(id.is_some() && find(&r[1], zh).map(|m| &m.2) == id, "{zh}: {:?} {:?}", r[0], r[1]);
        }
    }

    #[test]
    fn a_common_loanword_is_no_place_the_gazetteer_spells_alike() {
        // メディア (media) is also a spelling of Médéa, Algeria
        let r = run(&[article("ja", "ja", "日本のメディアは安倍元首相の死去を大きく報じた。")]);
        assert!(find(&r[0], "メディア").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn two_given_names_of_one_kanji_side_by_side_are_one_name() {
        // ipadic: `筒` `香` (nouns) `嘉` `智` (given names)
        let r = run(&[article("ja", "ja", "大リーグから復帰した筒香嘉智らを中心に戦った。")]);
        assert_eq!(find(&r[0], "筒香嘉智").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_katakana_common_noun_is_no_place_the_gazetteer_spells_alike() {
        // ゴール (goal) is also a spelling of Ghor, Afghanistan
        let r = run(&[article("ja", "ja", "デブライネが後半に決勝ゴールを決めた。")]);
        assert!(find(&r[0], "ゴール").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_country_before_a_public_body_is_part_of_its_name() {
        let r = run(&[article(
            "ja",
            "ja",
            "中国外務省は声明を出した。米連邦準備制度理事会は利上げを決めた。米テスラも発表した。",
        )]);
        for body in ["中国外務省", "米連邦準備制度理事会"] {
            assert_eq!(find(&r[0], body).map(|m| m.1), Some("ORG"), "{body}: {:?}", r[0]);
        }
        assert!(find(&r[0], "中国").is_none() && find(&r[0], "テスラ").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn a_place_ipadic_files_as_a_common_noun_is_still_a_place() {
        // ipadic has チャド (Chad), リマ (Lima) and フィラデルフィア as common nouns;
        // JMdict glosses them by their names, not as common words
        let r = run(&[article("ja", "ja", "フィラデルフィアとリマで会談した後、大統領はチャドを訪れた。")]);
        for place in ["フィラデルフィア", "リマ", "チャド"] {
            assert_eq!(find(&r[0], place).map(|m| m.1), Some("LOC"), "{place}: {:?}", r[0]);
        }
    }

    #[test]
    fn parties_named_by_meaning_are_organisations_and_a_word_for_any_party_is_none() {
        let r = run(&[article("zh", "zh", "英国保守党党首辞职，工党领袖呼吁大选，反对党和执政党都表示关注。")]);
        // (the party with the country before it, one name: rule
        // `an_organisation_named_by_meaning_takes_the_name_before_it`)
        for name in ["英国保守党", "工党"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        for common in ["反对党", "执政党"] {
            assert!(find(&r[0], common).is_none(), "{common} in {:?}", r[0]);
        }
    }

    #[test]
    fn companies_jieba_tags_as_people_or_cuts_apart_are_organisations() {
        let r = run(&[article("zh", "zh", "华为和比亚迪的对手是台积电、英飞凌与上汽集团，王传福对此表示欢迎。")]);
        for name in ["华为", "比亚迪", "台积电", "英飞凌", "上汽集团"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        assert_eq!(find(&r[0], "王传福").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_japanese_family_name_ipadic_cuts_apart_is_part_of_the_name() {
        let r = run(&[article(
            "ja",
            "ja",
            "協会の十倉雅和会長と、シリーズ最優秀の近本光司選手が会見した。記者会見した國中均所長は、先発の宮城大弥投手をたたえた。",
        )]);
        for name in ["十倉雅和", "近本光司", "國中均", "宮城大弥"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name} in {:?}", r[0]);
        }
        assert!(find(&r[0], "宮城").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_prefix_or_a_title_before_a_japanese_name_stays_out_of_it() {
        let r = run(&[article(
            "ja",
            "ja",
            "故安倍晋三元首相の国葬に、元首相の菅義偉氏と石破茂首相が参列した。大阪府・市が費用を負担する。",
        )]);
        for (name, kind) in [("安倍晋三", "PER"), ("石破茂", "PER"), ("大阪府", "LOC")] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some(kind), "{name} in {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| !m.0.starts_with('故') && !m.0.ends_with('・')), "{:?}", r[0]);
    }

    #[test]
    fn clubs_leagues_and_companies_chinese_news_shortens_are_organisations() {
        let r = run(&[article(
            "zh",
            "zh",
            "英超曼城以1比0战胜意甲国际米兰，国米和皇马此前都曾夺冠。芯片来自英伟达，微软CEO表示欢迎。",
        )]);
        for name in ["英超", "曼城", "意甲", "国际米兰", "国米", "皇马", "英伟达", "微软"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        assert!(find(&r[0], "CEO").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn season_and_champion_words_jieba_tags_as_people_are_none() {
        let r = run(&[article("zh", "zh", "哈兰德本赛季打进52球，卫冕冠军踢出了高水平。")]);
        assert_eq!(find(&r[0], "哈兰德").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        for word in ["本赛季", "卫冕冠军", "高水平"] {
            assert!(find(&r[0], word).is_none(), "{word} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_team_named_by_its_company_and_nickname_is_that_team() {
        let r = run(&[article(
            "ja",
            "ja",
            "阪神タイガースがオリックス・バファローズを破った。阪神は4回に先制し、オリックスは9回に1点を返した。",
        )]);
        let id = |surface: &str| r[0].iter().find(|m| m.0 == surface).map(|m| (m.1, m.2.clone()));
        assert_eq!(id("オリックス・バファローズ").map(|m| m.0), Some("ORG"), "{:?}", r[0]);
        for (long, short) in [("阪神タイガース", "阪神"), ("オリックス・バファローズ", "オリックス")]
        {
            assert!(id(long).is_some(), "{long} in {:?}", r[0]);
            assert_eq!(id(short).map(|m| m.1), id(long).map(|m| m.1), "{short} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_home_town_alone_is_its_club() {
        let r = run(&[
            article("ja", "ja", "ヴィッセル神戸がJ1で連覇を果たした。神戸は最終節で勝利し、サポーターが歓喜した。"),
            article("zh", "zh", "多特蒙德队在决赛中失利。多特蒙德主教练表示，球员们已经尽力。"),
        ]);
        let id = |a: usize, surface: &str| r[a].iter().find(|m| m.0 == surface).map(|m| (m.1, m.2.clone()));
        for (a, long, short) in [(0, "ヴィッセル神戸", "神戸"), (1, "多特蒙德队", "多特蒙德")] {
            assert_eq!(id(a, long).map(|m| m.0), Some("ORG"), "{long} in {:?}", r[a]);
            assert_eq!(id(a, short), id(a, long), "{short} in {:?}", r[a]);
        }
        // a town with no club named after it stays a place
        let r = run(&[article("ja", "ja", "神戸で国際会議が開かれた。神戸は港町として知られる。")]);
        assert_eq!(find(&r[0], "神戸").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn an_organisation_s_latin_name_in_brackets_after_it_is_that_organisation() {
        let r = run(&[
            article("zh", "zh", "比亚迪（BYD）上半年的销量超过了特斯拉。"),
            article("ja", "ja", "宇宙航空研究開発機構（JAXA）は20日、着陸を発表した。"),
        ]);
        for (a, own, latin) in [(0, "比亚迪", "BYD"), (1, "宇宙航空研究開発機構", "JAXA")] {
            let id = |surface: &str| r[a].iter().find(|m| m.0 == surface).map(|m| m.2.clone());
            assert!(id(own).is_some(), "{own} in {:?}", r[a]);
            assert_eq!(id(latin), id(own), "{latin} in {:?}", r[a]);
        }
    }

    #[test]
    fn every_listed_organisation_is_one_the_segmenter_mistakes() {
        // the lists' stated rule (see their headers): a spelling the segmenter already
        // reads as one organisation word is never listed
        for (segmenter, list) in
            [(Segmenter::Chinese, CHINESE_ORGANISATIONS), (Segmenter::Japanese, JAPANESE_ORGANISATIONS)]
        {
            let names = names_of_list(list);
            assert!(names.len() >= 20, "{segmenter:?}");
            let mut known: Vec<&str> = names
                .iter()
                .copied()
                .filter(|name| {
                    let words = segmenter.segment(name);
                    words.len() == 1 && words[0].class == WordClass::Organisation && words[0].known
                })
                .collect();
            known.sort_unstable();
            assert!(known.is_empty(), "{segmenter:?} already reads these as organisations: {known:?}");
        }
    }

    #[test]
    fn a_company_chinese_names_by_meaning_is_the_company_of_its_latin_name() {
        let r = run(&[
            article("en", "en", "On Tuesday, Google said that its model beats rivals, and shares of Google rose."),
            article("zh", "zh", "谷歌周二表示，其新模型超过了对手。谷歌股价上涨。"),
        ]);
        let google = find(&r[0], "Google").map(|m| (m.1, m.2.clone()));
        assert_eq!(google.as_ref().map(|g| g.0), Some("ORG"), "{:?}", r[0]);
        assert_eq!(find(&r[1], "谷歌").map(|m| m.2.clone()), google.map(|g| g.1), "{:?} {:?}", r[0], r[1]);
        assert!(latin_names_of_listed_organisations().any(|n| n == "Google"));
        assert_eq!(
            latin_name_of_listed_line("zh", listed_organisation_line("zh", "微软").unwrap_or(0)),
            Some("Microsoft")
        );
    }

    /// The same entity for `a`'s name in the first article and `b`'s in the second, both found.
    fn same_entity(r: &[Vec<(String, &'static str, String)>], a: &str, b: &str) {
        let first = find(&r[0], a).map(|m| m.2.clone());
        assert!(first.is_some(), "{:?}", r[0]);
        assert_eq!(find(&r[1], b).map(|m| m.2.clone()), first, "{:?} {:?}", r[0], r[1]);
    }

    #[test]
    fn central_banks_and_club_competitions_chinese_news_names_short_are_their_latin_names() {
        let r = run(&[
            article("en", "en", "The Federal Reserve raised its rate again on Wednesday."),
            article("zh", "zh", "美联储周三再次加息。"),
        ]);
        same_entity(&r, "Federal Reserve", "美联储");
        let r = run(&[
            article("en", "en", "Manchester City won the Champions League final in Istanbul."),
            article("zh", "zh", "曼城在伊斯坦布尔赢得欧冠决赛。"),
        ]);
        same_entity(&r, "Champions League", "欧冠");
    }

    #[test]
    fn a_central_bank_named_short_by_its_country_is_the_central_bank_of_that_country() {
        // `央行`, a central bank, in the gloss; `欧洲央行` whole, for `欧洲` is the place Europe
        let r = run(&[
            article("en", "en", "The Bank of Japan kept its rate, and the European Central Bank raised its own."),
            article("zh", "zh", "日本央行维持利率不变，欧洲央行则加息。"),
        ]);
        same_entity(&r, "Bank of Japan", "日本央行");
        same_entity(&r, "European Central Bank", "欧洲央行");
    }

    #[test]
    fn a_japanese_body_after_the_us_and_its_short_name_are_translated_by_meaning() {
        // `米` (the US) before a body's name, `制度` (system) left out in English, and `最高裁`
        let r = run(&[
            article("en", "en", "The Federal Reserve held rates on Wednesday. The Supreme Court ruled on Friday."),
            article("ja", "ja", "米連邦準備制度理事会は水曜日に金利を据え置いた。最高裁は金曜日に判断を示した。"),
        ]);
        same_entity(&r, "Federal Reserve", "米連邦準備制度理事会");
        same_entity(&r, "Supreme Court", "最高裁");
    }

    #[test]
    fn companies_named_in_katakana_are_organisations() {
        let r =
            run(&[article("ja", "ja", "テスラのイーロン・マスク氏は、ユーチューブで日産自動車とホンダを批判した。")]);
        for name in ["テスラ", "ユーチューブ", "日産自動車", "ホンダ"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_club_named_by_its_home_town_a_company_and_a_nickname_is_one_organisation() {
        let r = run(&[article(
            "ja",
            "ja",
            "福岡ソフトバンクホークスは横浜DeNAベイスターズに敗れた。DeNAは3連勝した。中国ファーウェイも発表した。北海道日本ハムファイターズは勝った。",
        )]);
        for name in ["福岡ソフトバンクホークス", "横浜DeNAベイスターズ", "北海道日本ハムファイターズ"]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        assert!(find(&r[0], "福岡").is_none() && find(&r[0], "横浜").is_none(), "{:?}", r[0]);
        let id = |name: &str| find(&r[0], name).map(|m| m.2.clone());
        assert_eq!(id("DeNA"), id("横浜DeNAベイスターズ"), "{:?}", r[0]);
        // a country before a company is the company's country
        assert!(find(&r[0], "中国ファーウェイ").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_company_that_spells_its_acronym_out_in_katakana_is_no_person() {
        let r = run(&[article("ja", "ja", "親会社ディー・エヌ・エーの会長は、ジョー・バイデン氏と会った。")]);
        assert_eq!(find(&r[0], "ディー・エヌ・エー").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "ジョー・バイデン").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_chinese_name_meets_its_pinyin_in_another_language() {
        let a = [
            article(
                "en",
                "en",
                "BYD founder Wang Chuanfu met rescuers in Shijingshan and Tengxian in Guangxi after the floods.",
            ),
            article("zh", "zh", "比亚迪创始人王传福在广西藤县和石景山区会见了救援人员。"),
        ];
        let r = run(&a);
        for (zh, en) in
            [("王传福", "Wang Chuanfu"), ("石景山区", "Shijingshan"), ("藤县", "Tengxian"), ("广西", "Guangxi")]
        {
            let (zh_id, en_id) = (find(&r[1], zh).map(|m| &m.2), find(&r[0], en).map(|m| &m.2));
            assert!(zh_id.is_some() && zh_id == en_id, "{zh}: {:?} {:?}", r[0], r[1]);
        }
    }

    #[test]
    fn a_short_pinyin_or_a_name_of_another_story_meets_nothing() {
        // `Li Na` spells too many names; a Japanese name is read otherwise
        let a = [
            article("en", "en", "Lina Khan and Kishida Fumio spoke in Washington."),
            article("zh", "zh", "李娜在北京发表讲话。"),
            article("ja", "ja", "岸田文雄首相は東京で述べた。"),
        ];
        let r = run(&a);
        assert_ne!(find(&r[1], "李娜").map(|m| &m.2), find(&r[0], "Lina Khan").map(|m| &m.2), "{:?}", r);
    }

    #[test]
    fn common_words_jieba_tags_as_names_are_none() {
        let r = run(&[article("zh", "zh", "球迷高喊口号，向球队祝贺十连胜，会谈长达四小时。")]);
        for common in ["高喊", "祝贺", "连胜", "长达"] {
            assert!(find(&r[0], common).is_none(), "{common} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_unit_jieba_tags_as_a_person_is_no_name() {
        let r = run(&[article("zh", "zh", "处理器由中芯国际以7纳米工艺制造，另一款芯片采用5纳米工艺。")]);
        assert!(find(&r[0], "纳米").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn small_places_are_found_with_their_suffixes() {
        let r = run(&[article("zh", "zh", "积石山县大河家镇、刘集乡等地受灾，泥流冲入金田村。")]);
        for name in ["积石山县", "大河家镇", "刘集乡", "金田村"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("LOC"), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_place_written_in_katakana_and_han_together_is_the_gazetteers() {
        let r = run(&[article("ja", "ja", "スペイン、英国、アラブ首長国連邦の3か国が支援し、南アフリカも続いた。")]);
        for (name, id) in [("アラブ首長国連邦", "loc:ae"), ("南アフリカ", "loc:za")] {
            assert_eq!(find(&r[0], name).map(|m| m.2.as_str()), Some(id), "{name} in {:?}", r[0]);
        }
        assert!(find(&r[0], "アラブ").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_place_glued_to_a_noun_of_its_politics_is_that_place() {
        // a sentence written for this test: the spokesman opposed Taiwan independence and
        // criticised the Taiwan authorities (jieba has both as one word)
        let r = run(&[article("zh", "zh", "发言人表示反对台湾独立，并批评台湾当局。")]);
        assert_eq!(r[0].iter().filter(|m| m.0 == "台湾" && m.1 == "LOC").count(), 2, "{:?}", r[0]);
    }

    #[test]
    fn a_country_glued_to_the_title_after_it_is_a_place() {
        let r = run(&[article("zh", "zh", "德国总理朔尔茨说，英国首相约翰逊也表示祝贺。")]);
        for (name, id) in [("德国", "loc:de"), ("英国", "loc:gb")] {
            assert_eq!(find(&r[0], name).map(|m| m.2.as_str()), Some(id), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_katakana_loanword_before_a_person_s_suffix_or_a_country_s_title_is_a_person() {
        let r = run(&[article(
            "ja",
            "ja",
            "トランプ米大統領は会見した。トランプ氏は述べた。子どもたちはトランプで遊んだ。",
        )]);
        let trump: Vec<_> = r[0].iter().filter(|m| m.0 == "トランプ").collect();
        assert_eq!(trump.len(), 2, "{:?}", r[0]);
        assert!(trump.iter().all(|m| m.1 == "PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_loanword_before_a_head_of_state_s_title_is_a_person() {
        let r = run(&[article("ja", "ja", "フランスのマクロン大統領は連帯を表明した。文字にマクロンを付けた。")]);
        let macron: Vec<_> = r[0].iter().filter(|m| m.0 == "マクロン").collect();
        assert_eq!(macron.len(), 1, "{:?}", r[0]);
        assert_eq!(macron[0].1, "PER", "{:?}", r[0]);
    }

    #[test]
    fn latin_titles_and_abbreviations_japanese_uses_as_common_words_are_no_names() {
        let r = run(&[article("ja", "ja", "オラクルのCEOは、AIの活用を進め、MVPに選ばれた選手とNASAを訪ねた。")]);
        for common in ["CEO", "AI", "MVP"] {
            assert!(find(&r[0], common).is_none(), "{common} in {:?}", r[0]);
        }
        assert_eq!(find(&r[0], "NASA").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_prefecture_keeps_its_suffix_where_ipadic_joins_it_to_the_next_word() {
        let r = run(&[article("ja", "ja", "東京都内で会見した。石川県知事は述べた。大阪府知事も同席した。")]);
        for (name, kind) in [("東京都", "LOC"), ("石川県", "LOC"), ("大阪府", "LOC")] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some(kind), "{name} in {:?}", r[0]);
        }
        assert!(find(&r[0], "東京").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_japanese_prefecture_is_the_gazetteer_s_place_of_its_chinese_spelling() {
        let r = run(&[
            article("ja", "ja", "山形県と鹿児島県で大雨が降った。"),
            article("zh", "zh", "山形县和鹿儿岛县降下大雨。"),
        ]);
        for (ja, zh) in [("山形県", "山形县"), ("鹿児島県", "鹿儿岛县")] {
            let id = find(&r[0], ja).map(|m| m.2.as_str());
            assert!(id.is_some_and(|id| id.starts_with("loc:jp-")), "{ja} in {:?}", r[0]);
            assert_eq!(id, find(&r[1], zh).map(|m| m.2.as_str()), "{:?} {:?}", r[0], r[1]);
        }
    }

    #[test]
    fn a_japanese_name_whose_last_kanji_ipadic_glues_to_its_suffix_is_a_person() {
        let r = run(&[article("ja", "ja", "立憲民主党の蓮舫氏は敗れた。")]);
        assert_eq!(find(&r[0], "蓮舫").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains('氏')), "{:?}", r[0]);
    }

    #[test]
    fn a_place_before_a_head_finished_by_a_suffix_is_an_organisation() {
        let r = run(&[article("ja", "ja", "欧州委員会の委員長は協力を続けると述べた。")]);
        assert_eq!(find(&r[0], "欧州委員会").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn glossed_words_jieba_tags_as_verbs_name_an_organisation_before_a_head() {
        let r = run(&[article("zh", "zh", "他曾在海上自卫队服役三年。该团体为统一教会。")]);
        for name in ["海上自卫队", "统一教会"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_sight_named_with_its_city_before_it_is_the_city_and_the_sight() {
        let r = run(&[article("zh", "zh", "马克龙在巴黎埃菲尔铁塔脚下发表讲话。")]);
        assert_eq!(find(&r[0], "巴黎").map(|m| m.2.as_str()), Some("loc:gn2988507"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "埃菲尔铁塔").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_country_the_dictionary_writes_with_a_city_or_a_team_is_two_names() {
        let r = run(&[article("zh", "zh", "决赛在英国伦敦举行，西班牙皇家马德里队以2比0获胜。")]);
        for (name, kind) in [("英国", "LOC"), ("伦敦", "LOC"), ("西班牙", "LOC"), ("皇家马德里队", "ORG")]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some(kind), "{name} in {:?}", r[0]);
        }
        assert!(find(&r[0], "英国伦敦").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_place_named_after_a_person_takes_the_place_head_after_the_name() {
        let r = run(&[article("zh", "zh", "决赛在温布利球场举行，双方在球场上激战。")]);
        assert_eq!(find(&r[0], "温布利球场").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        // a head that is no word of its own after the name is no part of it
        let r = run(&[article("zh", "zh", "郑钦文在球场上庆祝胜利。")]);
        assert!(r[0].iter().all(|m| !m.0.contains("球场")), "{:?}", r[0]);
    }

    #[test]
    fn a_compass_point_jieba_tags_as_a_place_is_no_name() {
        let r = run(&[article("zh", "zh", "震中位于马拉喀什西南约70公里处。")]);
        assert!(find(&r[0], "西南").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "马拉喀什").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn an_unknown_word_after_a_word_ending_in_a_title_is_a_person() {
        let r = run(&[article("zh", "zh", "习近平会见了日本首相岸田文雄和墨西哥总统洛佩斯。")]);
        assert_eq!(find(&r[0], "岸田文雄").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn an_organisation_named_by_common_nouns_ending_in_a_head_is_found() {
        let r = run(&[article("ja", "ja", "国際原子力機関は報告書をまとめた。計画は原子力規制委員会の認可を受けた。")]);
        for name in ["国際原子力機関", "原子力規制委員会"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        let two_nouns = run(&[article("ja", "ja", "地方銀行は融資を増やした。")]);
        assert!(find(&two_nouns[0], "地方銀行").is_none(), "{:?}", two_nouns[0]);
    }

    #[test]
    fn a_verbal_noun_is_a_word_of_a_body_s_name() {
        let r = run(&[article(
            "zh",
            "zh",
            "据悉，国家运输安全委员会正在调查事故。国家防汛抗旱总指挥部启动应急响应。香港高等法院下令清盘。",
        )]);
        for name in ["国家运输安全委员会", "国家防汛抗旱总指挥部", "香港高等法院"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        assert!(word_of_a_body_s_name(WordClass::VerbalNoun));
        assert!(!word_of_a_body_s_name(WordClass::Other), "a verb ends the name");
        // it begins none
        let r = run(&[article("zh", "zh", "阿里巴巴宣布拆分为六大业务集团。")]);
        assert!(find(&r[0], "六大业务集团").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn an_organisation_named_by_meaning_takes_the_name_before_it() {
        let r = run(&[article("zh", "zh", "消息传出后，该公司股价在香港交易所一度下跌。")]);
        assert_eq!(find(&r[0], "香港交易所").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(find(&r[0], "交易所").is_none(), "{:?}", r[0]);
        // (a body named by a name of its own: the country before only describes it)
        let r = run(&[article("zh", "zh", "美国波音公司周三公布了季度财报。")]);
        assert!(find(&r[0], "美国波音公司").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn an_organisation_begins_with_the_whole_place_it_names() {
        let r = run(&[article("zh", "zh", "不列颠哥伦比亚省高等法院当天开庭审理此案。")]);
        assert_eq!(find(&r[0], "不列颠哥伦比亚省高等法院").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(find(&r[0], "不列颠").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn two_nouns_the_gloss_reads_ending_in_a_head_are_an_organisation() {
        let r = run(&[article("ja", "ja", "容疑者の母親は旧統一教会に多額の献金をしていた。")]);
        assert_eq!(find(&r[0], "統一教会").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        // a noun the gloss does not read is no part of a translated name
        let r = run(&[article("ja", "ja", "容疑者の母親は近所の教会に通っていた。")]);
        assert!(r[0].iter().all(|m| !m.0.contains("教会")), "{:?}", r[0]);
    }

    #[test]
    fn a_place_name_ending_in_a_place_head_needs_no_locative_before_it() {
        let r = run(&[article("zh", "zh", "暴雨中门头沟区和房山区受灾最重，永定河水位暴涨。")]);
        for name in ["门头沟区", "房山区", "永定河"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("LOC"), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_short_place_of_an_untrusted_source_is_found_where_places_stand() {
        let r = run(&[article("zh", "zh", "前首相周五在日本西部城市奈良发表演说。嫌疑人家住奈良。")]);
        assert_eq!(find(&r[0], "奈良").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        let without_context = run(&[article("zh", "zh", "奈良发表演说。")]);
        assert!(find(&without_context[0], "奈良").is_none(), "{:?}", without_context[0]);
    }

    #[test]
    fn a_dotted_name_with_a_head_or_a_city_first_is_no_person() {
        let r = run(&[article(
            "ja",
            "ja",
            "大谷はロサンゼルス・エンゼルスへ移籍し、ア・リーグMVPに輝いた。本拠地ローンデポ・パークで打った。",
        )]);
        for (name, kind) in [("ロサンゼルス・エンゼルス", "ORG"), ("ア・リーグ", "ORG"), ("ローンデポ・パーク", "LOC")]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some(kind), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_dotted_name_with_a_smaller_city_first_is_a_team() {
        let r = run(&[article(
            "ja",
            "ja",
            "最終候補にはサンディエゴ・パドレスが残った。マイアミ・マーリンズ戦でデーブ・ロバーツ監督が采配した。",
        )]);
        for (name, kind) in
            [("サンディエゴ・パドレス", "ORG"), ("マイアミ・マーリンズ", "ORG"), ("デーブ・ロバーツ", "PER")]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some(kind), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_town_named_without_its_suffix_is_still_the_town() {
        let r = run(&[article("ja", "ja", "志賀町と輪島市で震度7を観測した。輪島の朝市通りで火災が起きた。")]);
        assert_eq!(find(&r[0], "輪島").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_company_the_dictionary_lacks_is_named_with_its_head_and_then_alone() {
        let text = "香港法院颁令清盘中国恒大集团。消息传出后，恒大股价暴跌。这宗呈请由恒大旗下公司提出。";
        let r = run(&[article("zh", "zh", text)]);
        assert_eq!(find(&r[0], "中国恒大集团").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        let alone = r[0].iter().filter(|m| m.0 == "恒大" && m.1 == "ORG").count();
        assert_eq!(alone, 2, "{:?}", r[0]);
    }

    #[test]
    fn a_place_written_by_its_sound_with_a_place_head_is_a_place() {
        let r = run(&[article("zh", "zh", "震中位于豪兹省伊吉勒村附近，其次是希沙瓦省。")]);
        assert_eq!(find(&r[0], "豪兹省").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_title_joined_to_a_dotted_name_by_a_dot_is_no_part_of_it() {
        let r = run(&[article("ja", "ja", "大リーグ機構のロブ・マンフレッド・コミッショナーは声明を出した。")]);
        assert_eq!(find(&r[0], "ロブ・マンフレッド").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_japanese_name_jieba_cuts_into_chinese_words_is_a_person() {
        let text = "日本外务大臣上川阳子表示关切。警方说，嫌疑人山上彻也向调查人员表示不满。";
        let r = run(&[article("zh", "zh", text)]);
        for name in ["上川阳子", "山上彻也"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name} in {:?}", r[0]);
        }
        // without a title and outside an article about Japan, two words are no name
        let r = run(&[article("zh", "zh", "嫌疑人山上彻也向调查人员表示不满。")]);
        assert!(find(&r[0], "山上彻也").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_national_team_is_named_by_its_country() {
        let r = run(&[article("zh", "zh", "阿根廷队以2比0战胜澳大利亚队。")]);
        assert_eq!(find(&r[0], "阿根廷").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "澳大利亚").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert!(find(&r[0], "阿根廷队").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_title_character_glued_onto_a_foreign_name_is_cut_off() {
        let r = run(&[article("zh", "zh", "美国商务部长雷蒙多正在中国访问。")]);
        assert_eq!(find(&r[0], "雷蒙多").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(find(&r[0], "长雷蒙多").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_title_the_dictionary_tags_as_a_person_is_no_name() {
        let r = run(&[article("zh", "zh", "白宫国家安全顾问表示，美方需要更多信息。")]);
        assert!(!r[0].iter().any(|m| m.0.contains("顾问")), "{:?}", r[0]);
    }

    #[test]
    fn a_dotted_name_goes_on_past_a_common_noun_after_the_dot() {
        let r = run(&[article("zh", "zh", "白宫国家安全顾问杰克·沙利文表示")]);
        assert_eq!(find(&r[0], "杰克·沙利文").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn the_last_part_of_a_dotted_name_alone_is_that_person() {
        let r = run(&[article("zh", "zh", "阿根廷队长利昂内尔·梅西在开场第79秒就打入一球。梅西此前抵达北京。")]);
        let full = find(&r[0], "利昂内尔·梅西").map(|m| m.2.clone());
        assert!(full.is_some(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "梅西").map(|m| m.2.clone()), full, "{:?}", r[0]);
    }

    #[test]
    fn a_short_gazetteer_name_inside_a_longer_word_is_no_mention() {
        let r = run(&[article("zh", "zh", "美国国家航空航天局局长比尔·纳尔逊表示")]);
        assert!(find(&r[0], "美国").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "比尔·纳尔逊").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn japanese_people_places_and_a_name_before_a_title() {
        let r = run(&[article("ja", "ja", "岸田文雄首相は能登半島を訪れ、石川県の馳浩知事と会談した。")]);
        for (name, kind) in [("岸田文雄", "PER"), ("能登半島", "LOC"), ("石川県", "LOC"), ("馳浩", "PER")]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some(kind), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_name_written_by_its_sound_is_the_person_other_articles_name() {
        let a = [
            article(
                "en",
                "en",
                "The Senate confirmed Brett Kavanaugh on Saturday. Kavanaugh was sworn in. \
                 The United States and China commented.",
            ),
            article("zh", "zh", "参议院周六确认卡瓦诺的提名。美国和中国发表了评论。"),
            article("ja", "ja", "上院は土曜日、カバノー氏の指名を承認した。アメリカと中国がコメントした。"),
        ];
        let r = run(&a);
        let id = find(&r[0], "Brett Kavanaugh").map(|m| m.2.clone());
        assert!(id.is_some(), "{:?}", r[0]);
        assert_eq!(find(&r[1], "卡瓦诺").map(|m| m.2.clone()), id, "{:?}", r[1]);
        assert_eq!(find(&r[2], "カバノー").map(|m| m.2.clone()), id, "{:?}", r[2]);
    }

    #[test]
    fn transcriptions_join_cased_names_that_chinese_shortens_and_katakana_spells_out() {
        let a = [
            article(
                "en",
                "en",
                "President Jair Bolsonaro of Brazil spoke in Brasilia. Rescuers from Spain reached Amizmiz in Morocco on Sunday.",
            ),
            article("zh", "zh", "巴西总统博索纳罗周一在巴西利亚讲话。"),
            article("ja", "ja", "スペインの救助隊は日曜日にモロッコのアミズミズに到着した。"),
        ];
        let r = run(&a);
        let id = |surface: &str| find(&r[0], surface).map(|m| m.2.clone());
        assert!(id("Jair Bolsonaro").is_some() && id("Amizmiz").is_some(), "{:?}", r[0]);
        assert_eq!(find(&r[1], "博索纳罗").map(|m| m.2.clone()), id("Jair Bolsonaro"), "{:?}", r[1]);
        assert_eq!(find(&r[2], "アミズミズ").map(|m| m.2.clone()), id("Amizmiz"), "{:?}", r[2]);
    }

    #[test]
    fn a_transcription_with_two_equally_named_candidates_stays_apart() {
        // `Tinmel` and `Tunmer` have one coarse key and voicing; nothing says which `廷迈勒` is
        let a = [
            article("en", "en", "Rescuers reached Tinmel on Sunday."),
            article("en2", "en", "Rescuers reached Tunmer on Monday."),
            article("zh", "zh", "救援人员周日抵达廷迈勒。"),
        ];
        let r = run(&a);
        let zh = find(&r[2], "廷迈勒").map(|m| m.2.clone());
        assert!(zh.is_some(), "{:?}", r[2]);
        assert_ne!(zh, find(&r[0], "Tinmel").map(|m| m.2.clone()), "{:?}", r);
        assert_ne!(zh, find(&r[1], "Tunmer").map(|m| m.2.clone()), "{:?}", r);
    }

    #[test]
    fn sound_keys_meet_across_scripts() {
        let key = |w: &str| sound_key(&skeleton(w, Orthography::English));
        assert_eq!(key("Kavanaugh"), "kvn");
        assert_eq!(key("卡瓦诺"), "kvn");
        assert_eq!(key("カバノー"), "kvn");
        assert_eq!(key("Trump"), key("特朗普"));
        assert_eq!(key("Trump"), key("トランプ"));
        assert_eq!(key("Lavrov"), key("拉夫罗夫"));
        assert_ne!(key("Kavanaugh"), key("Trump"));
    }

    #[test]
    fn han_and_kana_names_in_latin_letters() {
        assert_eq!(latin_display("郑钦文"), "Zheng Qinwen");
        assert_eq!(latin_display("卡瓦诺"), "Kawanuo");
    }

    #[test]
    fn ministries_named_by_common_nouns_and_a_one_character_head_are_organisations() {
        let r = run(&[article(
            "ja",
            "ja",
            "経済産業省と国土交通省は会見した。金融庁とデジタル庁も発表し、同省は反論した。",
        )]);
        for name in ["経済産業省", "国土交通省", "金融庁", "デジタル庁"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| !m.0.contains("同省")), "{:?}", r[0]);
        let r = run(&[article("ja", "ja", "同国内務省によると、死者は増えた。")]);
        assert!(r[0].iter().all(|m| !m.0.contains("同国")), "{:?}", r[0]);
        let r = run(&[article("ja", "ja", "カナダ宇宙庁は声明を出した。")]);
        assert_eq!(find(&r[0], "カナダ宇宙庁").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn an_agency_named_by_a_noun_of_agents_is_one_organisation() {
        // ipadic cuts `消費者庁` into `消費` `者` `庁`: the suffix `者` made the head's nouns stop short
        let r = run(&[article("ja", "ja", "消費者庁は制度を見直す方針を示した。")]);
        assert_eq!(find(&r[0], "消費者庁").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_company_named_by_a_family_and_its_trade_is_one_organisation() {
        let r = run(&[article("ja", "ja", "小林製薬は3月、製品の回収を始めた。")]);
        assert_eq!(find(&r[0], "小林製薬").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| m.0 != "小林"), "{:?}", r[0]);
    }

    #[test]
    fn a_party_ipadic_knows_by_the_end_of_its_name_keeps_its_start() {
        let r = run(&[article("ja", "ja", "立憲民主党と国民民主党は国会で追及した。")]);
        for name in ["立憲民主党", "国民民主党"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| m.0 != "民主党"), "{:?}", r[0]);
    }

    #[test]
    fn a_town_ipadic_knows_as_a_proper_noun_of_no_class_takes_its_suffix() {
        let r = run(&[article("ja", "ja", "工場は和歌山県紀の川市にある。")]);
        assert_eq!(find(&r[0], "紀の川市").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_dotted_han_name_is_written_by_sound() {
        assert!(written_by_sound("凯文·德布劳内"), "文 is no character of the table");
        assert!(!written_by_sound("凯文"), "no dot");
        assert!(!written_by_sound("一·二八"), "a date");
        assert!(!written_by_sound("中国·北京"), "no name by sound");
        assert!(dotted_beyond_the_table("凯文·德布劳内"));
        assert!(!dotted_beyond_the_table("贝尔纳多·席尔瓦"), "every character of the table");
    }

    #[test]
    fn the_name_hyphens_are_the_ascii_unicode_and_full_width_hyphens_and_equals_signs() {
        let hyphens = "-‐－=＝";
        assert!(hyphens.chars().all(is_name_hyphen));
        for c in ['·', '・', '_', '—', '凯', 'a', 'ー'] {
            assert_eq!(is_name_hyphen(c), hyphens.contains(c), "{c}");
        }
        assert!(written_by_sound("ジャン＝リュック"), "Jean-Luc");
    }

    #[test]
    fn a_dotted_name_beyond_the_table_links_by_sound_within_its_story_only() {
        let same_story = run(&[
            article("en", "en", "Kevin De Bruyne scored as Manchester City beat Inter in Istanbul."),
            article("zh", "zh", "凯文·德布劳内进球，曼城在伊斯坦布尔击败国际米兰。"),
        ]);
        let en = find(&same_story[0], "Kevin De Bruyne").map(|m| m.2.clone());
        assert!(en.is_some(), "{:?}", same_story[0]);
        assert_eq!(find(&same_story[1], "凯文·德布劳内").map(|m| m.2.clone()), en, "{same_story:?}");
        let other_story = run(&[
            article("en", "en", "Kevin De Bruyne opened a bakery in Ghent with his family."),
            article("zh", "zh", "凯文·德布劳内，周日在东京举办了一场音乐会。"),
        ]);
        let en = find(&other_story[0], "Kevin De Bruyne").map(|m| m.2.clone());
        assert!(en.is_some(), "{:?}", other_story[0]);
        assert!(find(&other_story[1], "凯文·德布劳内").is_some(), "{:?}", other_story[1]);
        assert_ne!(find(&other_story[1], "凯文·德布劳内").map(|m| m.2.clone()), en, "{other_story:?}");
    }

    #[test]
    fn a_place_written_by_sound_before_an_administrative_head_is_that_place() {
        let r = run(&[article("zh", "zh", "集会在宾夕法尼亚州巴特勒县举行。")]);
        assert_eq!(find(&r[0], "巴特勒县").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| m.0 != "巴特勒"), "{:?}", r[0]);
    }

    #[test]
    fn a_foreign_place_ending_in_a_place_word_by_sound_is_a_place_not_a_person() {
        let r = run(&[article(
            "zh",
            "zh",
            "直升机从弗吉尼亚州贝尔沃堡起飞。枪手住在匹兹堡南郊的贝瑟尔帕克。演员莎拉·杰西卡·帕克出席了活动。",
        )]);
        for place in ["贝尔沃堡", "贝瑟尔帕克"] {
            assert_eq!(find(&r[0], place).map(|m| m.1), Some("LOC"), "{place} in {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| m.0 != "贝尔沃"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "莎拉·杰西卡·帕克").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn an_agency_named_by_its_place_or_by_common_nouns_is_an_organisation() {
        let r = run(&[article("zh", "zh", "事故由哥伦比亚特区消防局处理，并由联邦航空管理局调查。")]);
        for name in ["哥伦比亚特区消防局", "联邦航空管理局"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn a_loanword_ipadic_lacks_glued_to_a_kanji_noun_is_no_person() {
        let r = run(&[article(
            "ja",
            "ja",
            "政府は南海トラフ地震に備える。専門家はトラフの形を調べた。「ピンポイント着陸」に成功した。ゼレンスキー大統領は演説し、ゼレンスキー政権は改革を続ける。",
        )]);
        assert!(r[0].iter().all(|m| !m.0.contains("トラフ") || m.1 != "PER"), "{:?}", r[0]);
        assert!(find(&r[0], "ピンポイント").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "ゼレンスキー").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a dotted name or one before a title is a person's, whatever noun follows it
        // nor is a name before a noun where it is no quoted term nor glued to a noun
        let r = run(&[article("ja", "ja", "候補はパリのシャンドマルス公園で演説した。")]);
        assert!(find(&r[0], "シャンドマルス").is_some(), "{:?}", r[0]);
        let r = run(&[article(
            "ja",
            "ja",
            "受賞はフランク・ロビンソン以来となった。欧州中央銀行のラガルド総裁も発言した。来日したグロッシ事務局長が会見した。",
        )]);
        for name in ["フランク・ロビンソン", "ラガルド", "グロッシ"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name} in {:?}", r[0]);
        }
    }

    #[test]
    fn full_width_latin_letters_end_where_the_kanji_begin() {
        let r = run(&[article("ja", "ja", "ＪＲ東海は新幹線の運転を再開した。")]);
        assert!(r[0].iter().all(|m| !m.0.contains('は')), "{:?}", r[0]);
    }

    #[test]
    fn security_work_is_no_person() {
        // jieba tags `安保` (security) as a person's name
        let r = run(&[article("zh", "zh", "总统下令审查特勤局的安保工作。")]);
        assert!(r[0].iter().all(|m| m.0 != "安保"), "{:?}", r[0]);
    }

    #[test]
    fn names_joined_by_an_ampersand_are_one_company() {
        let r = run(&[article("ja", "ja", "セブン&アイは8月19日、買収の提案を受けたと発表した。")]);
        assert_eq!(find(&r[0], "セブン&アイ").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| m.0 != "アイ"), "{:?}", r[0]);
    }

    #[test]
    fn a_name_by_sound_before_an_officer_after_a_trade_or_listed_with_a_company_is_a_company() {
        let r = run(&[article(
            "ja",
            "ja",
            "コンビニ大手アリマンタシォン・クシュタールが提案した。クシュタールは本社を置く。\
             ローソンの竹増貞信社長は、ローソンやファミリーマートとの競争について話した。",
        )]);
        for name in ["アリマンタシォン・クシュタール", "クシュタール", "ローソン"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name} in {:?}", r[0]);
        }
        let r = run(&[article("ja", "ja", "ジョンソンの家族は、ジョンソン氏が帰国したと話した。")]);
        assert!(r[0].iter().all(|m| m.1 != "ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_country_before_a_listed_company_and_its_head_is_a_place_of_its_own() {
        let r = run(&[article("zh", "zh", "美国波音公司的飞船与国际空间站分离。")]);
        assert_eq!(find(&r[0], "美国").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "波音公司").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_place_glued_before_a_transcription_stands_apart() {
        let r = run(&[article(
            "zh",
            "zh",
            "两队将在卡塔尔卢赛尔体育场交手，随后伊斯坦布尔阿塔图尔克奥林匹克体育场也将迎来决赛。",
        )]);
        assert_eq!(find(&r[0], "卡塔尔").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "卢赛尔体育场").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "伊斯坦布尔").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "阿塔图尔克奥林匹克体育场").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        // a name whose first part only sounds like a place stays whole
        let r = run(&[article("zh", "zh", "意大利总理马里奥·德拉吉昨天辞职。")]);
        assert_eq!(find(&r[0], "马里奥·德拉吉").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_title_glued_before_a_transcription_is_no_part_of_it() {
        let r = run(&[article("zh", "zh", "卡塔尔埃米尔塔米姆·本·哈马德·阿勒萨尼昨天会见了来访的客人。")]);
        assert_eq!(find(&r[0], "卡塔尔").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "塔米姆·本·哈马德·阿勒萨尼").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn the_press_s_short_names_of_countries_are_the_countries() {
        let r = run(&[article("zh", "zh", "阿联酋、印尼和沙特宣布向灾区提供援助。")]);
        assert_eq!(find(&r[0], "印尼").map(|m| m.2.as_str()), Some("loc:id"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "阿联酋").map(|m| m.2.as_str()), Some("loc:ae"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "沙特").map(|m| m.2.as_str()), Some("loc:sa"), "{:?}", r[0]);
    }

    #[test]
    fn a_venue_named_after_a_foreigner_takes_the_words_before_its_head() {
        let r = run(&[article("zh", "zh", "决赛将在阿塔图尔克奥林匹克体育场举行。")]);
        assert_eq!(find(&r[0], "阿塔图尔克奥林匹克体育场").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn the_home_nations_field_national_teams() {
        let r = run(&[article("zh", "zh", "英格兰队在点球大战中击败了苏格兰队。")]);
        assert_eq!(find(&r[0], "英格兰").map(|m| m.2.as_str()), Some("loc:gb-eng"), "{:?}", r[0]);
    }

    #[test]
    fn a_country_s_people_is_no_name() {
        let r = run(&[article("zh", "zh", "他向2亿巴西人发表讲话，并感谢巴西的选民。")]);
        assert!(find(&r[0], "巴西人").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "巴西").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn officer_after_a_noun_ends_a_title() {
        let r = run(&[article("zh", "zh", "公司首席财务官内德·西格尔昨天离职。")]);
        assert_eq!(find(&r[0], "内德·西格尔").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn latin_words_without_a_capital_are_no_names() {
        let r = run(&[article("ja", "ja", "マスク氏は「the bird is freed」と投稿し、iPhoneの話もした。")]);
        assert!(r[0].iter().all(|m| m.0.chars().any(char::is_uppercase) || !m.0.is_ascii()), "{:?}", r[0]);
        assert!(!r[0].iter().any(|m| ["the", "bird", "is", "freed"].contains(&m.0.as_str())), "{:?}", r[0]);
    }

    #[test]
    fn a_common_word_tagged_a_person_named_once_is_none() {
        let r = run(&[article("zh", "zh", "暴雨引发的洪水在夜间冲垮了两座水坝。")]);
        assert!(find(&r[0], "洪水").is_none(), "{:?}", r[0]);
        // a person the dictionary knows, named twice
        let r = run(&[article("zh", "zh", "李娜曾两次夺得大满贯冠军。郑钦文说，李娜是她的偶像。")]);
        assert_eq!(find(&r[0], "李娜").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_common_noun_of_places_is_no_place() {
        let r = run(&[article("zh", "zh", "暴雨袭击了利比亚东部城市班加西，这座城市的居民被迫撤离。")]);
        assert!(find(&r[0], "城市").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "班加西").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    // Arabic, Persian and Hebrew (the abjad profiles' data, read by the recogniser)

    #[test]
    fn a_reporting_verb_after_a_given_name_is_the_sentence_s_verb_not_a_family_name() {
        let r = run(&[
            article("he", "he", "לקראת הבחירות\n\nבשבוע שעבר דנה נפגשה עם ראש העירייה בחיפה."),
            article("ar", "ar", "زيارة رسمية\n\nقال مسؤول إن كريم يزور القاهرة غدا."),
        ]);
        for (ms, verb) in r.iter().zip(["נפגשה", "يزور"]) {
            assert!(!ms.iter().any(|m| m.0.contains(verb)), "{verb} in {ms:?}");
        }
        assert_eq!(find(&r[1], "القاهرة").map(|m| m.1), Some("LOC"), "{:?}", r[1]);
    }

    #[test]
    fn a_given_name_geonames_spells_as_a_small_town_begins_a_person_s_name() {
        let r = run(&[
            article("he", "he", "ביקור בבייג'ינג\n\nבשבוע שעבר נחת ולדימיר פוטין בבייג'ינג, וולדימיר פוטין נאם שם."),
            article("ar", "ar", "زيارة إلى بكين\n\nهبطت طائرة فلاديمير بوتين في بكين صباح اليوم."),
        ]);
        for (ms, name) in r.iter().zip(["ולדימיר פוטין", "فلاديمير بوتين"]) {
            assert_eq!(find(ms, name).map(|m| m.1), Some("PER"), "{name} in {ms:?}");
        }
        assert_eq!(find(&r[0], "וולדימיר פוטין").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }
}
