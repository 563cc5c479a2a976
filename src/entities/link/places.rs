//! Places named by one word: a case form, a transcription, an inflected or
//! bare form or an adjective of a place the gazetteer or the other articles name.

use serde::{Deserialize, Serialize};

use super::{
    Article, Casing, EntityKind, Gazetteer, HashMap, HashSet, Item, Kept, MIN_TRANSCRIPTION_KEY, NO_STRING, Origin,
    Profile, Segmentation, Tables, UnionFind, add_place, add_place_sound, coda_variants, dotted_given_name,
    dotted_surname, push_skeleton, sound_of, translated, vowel_key, written_name,
};

/// Single-word gazetteer names whose skeleton is too short to look for (two consonants or
/// fewer), in cased-script articles, by their whole reading ([`vowel_key`]), first hit kept;
/// the readings an acronym gave (a name written in capitals: `ЄС`, `EU`) are marked.
#[derive(Default, Serialize, Deserialize)]
pub(crate) struct ShortPlaces {
    by_reading: HashMap<String, u32>,
    acronyms: HashSet<String>,
}

impl ShortPlaces {
    /// The gazetteer entry `e` read `reading`, written in capitals if `acronym`.
    pub(super) fn add(&mut self, reading: String, e: u32, acronym: bool) {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.by_reading.entry(reading) {
            if acronym {
                self.acronyms.insert(slot.key().clone());
            }
            slot.insert(e);
        }
    }

    /// The next chunk's readings (first hits kept, as in one pass).
    pub(super) fn append(&mut self, next: ShortPlaces) {
        for (reading, e) in next.by_reading {
            let acronym = next.acronyms.contains(&reading);
            self.add(reading, e, acronym);
        }
    }

    fn is_empty(&self) -> bool {
        self.by_reading.is_empty()
    }

    /// Rule `an_acronym_is_met_by_capitals`: the gazetteer name read as the word `written` is
    /// read, unless it is an acronym and the word is not one (see [`may_be_an_acronym`]).
    pub(super) fn written_alike(&self, written: &str) -> Option<u32> {
        let reading = vowel_key(written);
        let &e = self.by_reading.get(&reading)?;
        (e != NO_STRING && (may_be_an_acronym(written) || !self.acronyms.contains(&reading))).then_some(e)
    }
}

/// Rule `an_acronym_is_met_by_capitals`: an acronym is a name written in capitals, in any
/// script, and a word of a cased script meets it only where it too is written in capitals: an
/// ordinary capitalised word whose reading happens to be the acronym's (English `Yes`, read as
/// Ukrainian `ЄС`, the EU, is read in Latin letters) is another word. A script without capitals
/// (Devanagari) cannot tell, and meets it as before.
pub(super) fn may_be_an_acronym(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
    let cased = letters.peek().is_some_and(|c| c.is_uppercase() || c.is_lowercase());
    !cased || (word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && letters.all(char::is_uppercase))
}

/// Chinese and Japanese transcriptions of a gazetteer place that the
/// cased-script articles name (`德尔纳`, `デルナ` for Derna, whose CLDR and
/// GeoNames names do not list them): the place, when it is the only one named
/// with that coarse key. Keys as in [`link_transcriptions`]. By item.
pub(super) fn transcribed_places(
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    place_sounds: &HashMap<String, u32>,
) -> HashMap<usize, u32> {
    let mut out = HashMap::default();
    if place_sounds.is_empty() {
        return out;
    }
    // a transcription taken for a person that sounds like the family name of a
    // person the cased-script articles name is left to that person (`拜登` is
    // Biden, not Baltimore); keys as in [`link_transcriptions`]
    let person = |it: &Item| cands.get(it.cand as usize).is_some_and(|c| c.kind == EntityKind::Person);
    let mut person_sounds: HashSet<String> = HashSet::default();
    for it in items.iter().filter(|it| t.name(it).coarse != NO_STRING && person(it)) {
        if let Some(last) = t.strings.get(t.name(it).coarse).rsplit(' ').next() {
            person_sounds.extend(coda_variants(last));
        }
    }
    let mut full: HashMap<String, u32> = HashMap::default();
    let mut shortened: HashMap<String, u32> = HashMap::default();
    for (key, &e) in place_sounds {
        for (v, variant) in coda_variants(key).into_iter().enumerate() {
            if variant.len() < MIN_TRANSCRIPTION_KEY {
                continue;
            }
            if v == 0 {
                add_place_sound(&mut full, variant.clone(), e);
            }
            add_place_sound(&mut shortened, variant, e);
        }
    }
    let segmented = |it: &Item| langs.get(it.art as usize).is_some_and(|p| p.segmentation == Segmentation::Dictionary);
    let dotted_openings = dotted_name_openings(items, t, segmented);
    for (n, it) in items.iter().enumerate() {
        if t.name(it).len != 1 || !segmented(it) {
            continue;
        }
        // a middle dot joins a person's names or abbreviated words (`パ・リーグ`, the Pacific
        // League, is not `Parigi`); a place is written whole
        if dotted_surname(t.joined(it)).is_some() {
            continue;
        }
        // (rule `a_word_opening_a_dotted_name_of_its_article_is_that_name`)
        if dotted_openings.contains(&(it.art, t.joined(it))) {
            continue;
        }
        let Some((key, han)) = sound_of(t.joined(it)) else { continue };
        if person(it) && person_sounds.contains(&key) {
            continue;
        }
        let table = if han { &shortened } else { &full };
        if let Some(&e) = table.get(&key).filter(|&&e| e != NO_STRING) {
            out.insert(n, e);
        }
    }
    out
}

/// Rule `a_word_opening_a_dotted_name_of_its_article_is_that_name`: the first
/// part of a name joined by middle dots in a Chinese or Japanese article
/// (`インテル` of `インテル・ミラノ`, Inter Milan), per article: that word alone
/// there is the short form of that name, not a place another article names
/// whose transcription merely sounds alike (`Нью-Дели` reads `ndl`, as `インテル`
/// does with `r` for `l` and `t` for `d`).
fn dotted_name_openings<'t>(
    items: &[Item],
    t: &'t Tables,
    segmented: impl Fn(&Item) -> bool,
) -> HashSet<(u32, &'t str)> {
    items.iter().filter(|it| segmented(it)).filter_map(|it| Some((it.art, dotted_given_name(t.joined(it))?))).collect()
}

/// Two words of a name agree with two words of a gazetteer alias: the same
/// skeleton, or one a case form of the other (`Emiratów`, `Emiraty`): the
/// shorter a prefix of the longer, by two consonants at most.
pub(super) fn case_form_of(word: &str, alias_word: &str) -> bool {
    let (short, long) = if word.len() <= alias_word.len() { (word, alias_word) } else { (alias_word, word) };
    short == long || (short.len() >= 3 && long.len() - short.len() <= 2 && long.starts_with(short))
}

/// Rule `inflected_places`: a name of two words or more in a cased script
/// whose every word is a case form of the word in the same place of one
/// trusted gazetteer alias (`Vereinigten Arabischen Emiraten`, `Объединенных
/// Арабских Эмиратов`, `Zjednoczonych Emiratów Arabskich`) is that place: the
/// recogniser matches aliases by their stems, and stems of adjectives and
/// plurals vary more than one ending.
pub(super) fn inflected_places(
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    placed: &HashMap<usize, u32>,
    gaz: &Gazetteer,
) -> HashMap<usize, u32> {
    let mut out = HashMap::default();
    let wanted = |n: usize, it: &Item| {
        t.name(it).len >= 2
            && !t.is_acronym(it)
            // `Elif Aras`, `Álvaro Morata`: a given name begins a person's name, not a place's
            && !t.name(it).classes.begins_with_given_name()
            && !placed.contains_key(&n)
            && langs.get(it.art as usize).is_some_and(|p| p.casing != Casing::Uncased)
    };
    if !items.iter().enumerate().any(|(n, it)| wanted(n, it)) {
        return out;
    }
    // the answer is the name's and its language's: asked once per distinct pair (items
    // that name the same words alike share a name entry; a corpus names a place many times)
    let mut answers: HashMap<(u32, usize), Option<u32>> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        if !wanted(n, it) {
            continue;
        }
        let Some(lang) = langs.get(it.art as usize) else { continue };
        let found = *answers.entry((it.name, lang.index)).or_insert_with(|| inflected_place(it, t, lang, gaz));
        if let Some(e) = found {
            out.insert(n, e);
        }
    }
    out
}

/// The one trusted gazetteer place whose alias an item's name is a case form of, word by word.
pub(super) fn inflected_place(it: &Item, t: &Tables, lang: &Profile, gaz: &Gazetteer) -> Option<u32> {
    let words: Vec<&str> = t.words(it).iter().map(|w| t.strings.get(w.skel)).collect();
    let candidates = gaz.trusted_phrases_like(lang.orthography, &words);
    let mut found: Option<u32> = None;
    for (skels, e) in candidates {
        if skels.iter().zip(&words).all(|(a, w)| case_form_of(w, a)) {
            match found {
                None => found = Some(*e),
                Some(f) if f == *e => {}
                // two places fit: neither is sure
                Some(_) => return None,
            }
        }
    }
    found
}

/// The Arabic definite article as other scripts write it before a place or
/// a person (`Al-Haouz`, `El Havz`, `Эль-Хауз`, `Аль-Хауз`), lower case,
/// with the hyphen or space that joins it.
pub(super) const ARABIC_ARTICLES: [&str; 12] =
    ["al-", "el-", "al ", "el ", "аль-", "эль-", "ал-", "ел-", "аль ", "эль ", "ал ", "ел "];

/// The article of a name that begins with the Arabic one, and the rest.
pub(super) fn split_arabic_article(name: &str) -> Option<(&str, &str)> {
    // (asked of every name in a cased script: most begin with no letter an article begins with)
    if !name.chars().next().and_then(|c| c.to_lowercase().next()).is_some_and(begins_an_arabic_article) {
        return None;
    }
    ARABIC_ARTICLES.iter().find_map(|article| {
        let at = name.char_indices().nth(article.chars().count())?.0;
        let (head, rest) = name.split_at(at);
        // (compared a letter at a time: this is asked of every name in a cased script)
        (head.chars().flat_map(char::to_lowercase).eq(article.chars())
            && rest.chars().next().is_some_and(char::is_uppercase))
        .then(|| (head.trim_end_matches(['-', ' ']), rest))
    })
}

/// Can an article of [`ARABIC_ARTICLES`] begin with this lower-case letter?
pub(super) fn begins_an_arabic_article(c: char) -> bool {
    ARABIC_ARTICLES.iter().any(|article| article.starts_with(c))
}

/// Shortest skeleton of a name left without its type word that is looked for
/// among the other names (two consonants name too many); after the Arabic
/// article two do (`Haouz`).
pub(super) const MIN_BARE_SKELETON: usize = 3;

/// Rule `bare_place_names`: a name in a cased script written with a place
/// type word before it (`Stadt Agadir`, `Provinz Al-Haouz`) or with the
/// Arabic article (`Al-Haouz`, `Эль-Хауз`) is the name without them: a
/// gazetteer place the cased-script articles name (returned, by item), or
/// else the names written so (joined here), whose article or type word the
/// other languages leave out or translate (`Al Haouz`, `Haouz`).
#[allow(clippy::too_many_arguments)]
pub(super) fn bare_place_names(
    articles: &[Article],
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    (places, short_places): (&HashMap<String, u32>, &ShortPlaces),
    placed: &HashMap<usize, u32>,
    uf: &mut UnionFind,
) -> HashMap<usize, u32> {
    let mut out = HashMap::default();
    let mut bare: Vec<(usize, String)> = Vec::new();
    for (n, it) in items.iter().enumerate() {
        let Some(lang) = langs.get(it.art as usize) else { continue };
        if lang.casing == Casing::Uncased || t.is_acronym(it) || placed.contains_key(&n) {
            continue;
        }
        let Some(name) = written_name(articles, cands, it) else { continue };
        let (typed, mut rest) = match name.split_once(' ') {
            Some((first, after)) => match translated::place_type(lang, first) {
                Some(kind) => (Some(kind), after),
                None => (None, name),
            },
            None => (None, name),
        };
        let article = split_arabic_article(rest);
        if let Some((_, after)) = article {
            rest = after;
        } else if typed.is_none() {
            continue;
        }
        // the written words' skeletons: a stem may have lost a consonant of the name (`Хау` of `Хауз`)
        let mut key = String::new();
        for word in rest.split(' ') {
            push_skeleton(word, lang.orthography, &mut key);
        }
        // a gazetteer place of one word; a province is often named after its
        // town (`Präfektur Nara`), which the gazetteer knows, and is not that town
        if !rest.contains(' ') && typed != Some(translated::PlaceType::Province) {
            let place = if key.len() >= 4 { places.get(&key).copied() } else { short_places.written_alike(rest) };
            if let Some(e) = place.filter(|&e| e != NO_STRING && key.len() >= 2) {
                out.insert(n, e);
                continue;
            }
        }
        // the article says more than a type word: a place or a person of the Arab world
        if key.len() >= MIN_BARE_SKELETON || (article.is_some() && key.len() >= 2) {
            bare.push((n, key));
        }
    }
    if bare.is_empty() {
        return out;
    }
    // the names written without article or type word, by their skeleton
    let wanted: HashSet<u32> = bare.iter().filter_map(|(_, key)| t.strings.ids.get(key.as_str()).copied()).collect();
    let mut by_joined: HashMap<u32, usize> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        if wanted.contains(&t.name(it).joined) && !placed.contains_key(&n) && !out.contains_key(&n) {
            by_joined.entry(t.name(it).joined).or_insert(n);
        }
    }
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    for (n, key) in &bare {
        let plain = t.strings.ids.get(key.as_str()).and_then(|id| by_joined.get(id));
        if let Some(&m) = plain {
            uf.union(*n, m);
        }
        match by_key.get(key.as_str()) {
            Some(&m) => uf.union(*n, m),
            None => {
                by_key.insert(key, *n);
            }
        }
    }
    out
}

/// One-word names in a cased script that are a case form of a single-word
/// gazetteer place the cased-script articles name under the gazetteer's own
/// spelling (`Дерне`, `Ντέρνα` for Derna; GeoNames lists no Russian or Greek
/// name for it): the same skeleton, and for short skeletons the place's
/// reading beginning with the word's stem (three consonants at least: two say
/// too little, `Kurú` is not `Kure`). A person named by title is left alone, and
/// so is a word the corpus names people by (a surname, `Мораес`) more often
/// than the place is found.
pub(super) fn place_lone_words(
    articles: &[Article],
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    (places, short_places): (&HashMap<String, u32>, &ShortPlaces),
    gaz: &Gazetteer,
) -> HashMap<usize, u32> {
    let mut out = HashMap::default();
    if places.is_empty() && short_places.is_empty() {
        return out;
    }
    // short places by their reading without final vowels (`dern` of `derna`), ambiguous ones
    // dropped; an acronym's only for a word in capitals (rule `an_acronym_is_met_by_capitals`)
    let (mut short_stems, mut plain_stems): (HashMap<&str, u32>, HashMap<&str, u32>) = Default::default();
    for (reading, &e) in &short_places.by_reading {
        let stem = reading.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'y']);
        if stem.len() >= 3 {
            add_place(&mut short_stems, stem, e);
            if !short_places.acronyms.contains(reading) {
                add_place(&mut plain_stems, stem, e);
            }
        }
    }
    // how often each place is found, and each word begins or ends a full name of a person
    let mut place_hits: HashMap<u32, usize> = HashMap::default();
    for c in cands {
        if let Origin::Gazetteer(e) = c.origin() {
            *place_hits.entry(e).or_default() += 1;
        }
    }
    let mut person_words: HashMap<u32, usize> = HashMap::default();
    for it in items.iter().filter(|it| t.name(it).len >= 2) {
        if cands.get(it.cand as usize).is_some_and(|c| c.kind == EntityKind::Person) {
            let words = t.words(it);
            for w in words.first().into_iter().chain(words.last()) {
                *person_words.entry(w.skel).or_default() += 1;
            }
        }
    }
    for (n, it) in items.iter().enumerate() {
        let cased = langs.get(it.art as usize).is_some_and(|p| p.casing != Casing::Uncased);
        let Some(c) = cands.get(it.cand as usize) else { continue };
        if t.name(it).len != 1
            || !cased
            || t.name(it).coarse == NO_STRING
            || t.is_acronym(it)
            || (c.cue() && c.kind == EntityKind::Person)
            // a word its article typed an organisation (a club named for its city) stays one
            || (c.kind == EntityKind::Organization && !c.weak())
        {
            continue;
        }
        let Some(&word) = t.words(it).first() else { continue };
        let stems =
            if written_name(articles, cands, it).is_some_and(may_be_an_acronym) { &short_stems } else { &plain_stems };
        let skel = t.strings.get(word.skel);
        let place = if skel.len() >= 4 {
            places.get(skel).copied()
        } else if skel.len() == 3 {
            // the transliteration of the stem, the second of the word's two
            let stem = t.strings.get(word.vkey).rsplit('|').next().unwrap_or_default();
            let stem = stem.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'y']);
            stems.get(stem).copied().filter(|&e| e != NO_STRING)
        } else if c.kind == EntityKind::Location || c.weak() {
            written_name(articles, cands, it)
                .and_then(|written| short_places.written_alike(written))
                // only a big place: a small one's short spelling is another's too (`Wade` of `Roe
                // v. Wade` is no Nigerian town GeoNames spells so, `Kuruu` no Japanese Kure)
                .filter(|&e| gaz.entry(e).prio >= BIG_PLACE_PRIORITY)
        } else {
            None
        };
        // a locative whose stem's last consonant softened (`Narze`, `Yamagacie`): the name's own consonant
        let place = place.or_else(|| {
            let lang = langs.get(it.art as usize)?;
            let hardenings = lang.locative_hardenings();
            if hardenings.is_empty() {
                return None;
            }
            let reading = vowel_key(written_name(articles, cands, it)?);
            let stem = reading.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'y']);
            hardenings.iter().find_map(|&(soft, hard)| {
                let hardened = format!("{}{hard}", stem.strip_suffix(soft)?);
                let skel = crate::lang::phonetic::skeleton(&hardened, lang.orthography);
                if skel.len() >= 4 {
                    places.get(&skel).copied()
                } else {
                    // (a plural's ending cut leaves a vowel: `Indiach`, `indi`, of `India`)
                    let hardened = hardened.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'y']);
                    stems.get(hardened).copied().filter(|&e| e != NO_STRING)
                }
            })
        });
        let people = person_words.get(&word.skel).copied().unwrap_or(0);
        if let Some(e) = place.filter(|e| place_hits.get(e).copied().unwrap_or(0) > people) {
            out.insert(n, e);
        }
    }
    out
}

/// Rule `a_short_place_written_as_elsewhere`: a word of two consonants or fewer
/// that its article takes for a place, or for nothing sure, though not for the
/// gazetteer's (`À Rome,` opens a sentence), is the gazetteer place other
/// articles find written the same way (`Rome`, `Kiev`, `Νιαμέ` against `Niamey`),
/// if it is a big one: too short a skeleton says nothing, the whole reading does.
/// A gazetteer priority of a capital, a country or region, or a city of two
/// million people (scripts/build_gazetteer.py).
pub(super) const BIG_PLACE_PRIORITY: u16 = 10;

/// The skeleton and transliterations (as an item's word has them) of a
/// one-word name read without an adjectival case ending of its language (see
/// [`Profile::adjectival_name_endings`]): Polish `Abego` read as `Abe`.
pub(super) fn adjectival_base(
    articles: &[Article],
    cands: &[Kept],
    t: &Tables,
    it: &Item,
    lang: &Profile,
) -> Option<(String, String)> {
    let endings = lang.adjectival_name_endings();
    if endings.is_empty() || t.name(it).len != 1 {
        return None;
    }
    let lower = written_name(articles, cands, it)?.to_lowercase();
    // the longest ending the word has decides (`Diego` is no `Die` in the genitive)
    let &(ending, vowel) = endings.iter().find(|(ending, _)| lower.ends_with(ending))?;
    let stem = lower.strip_suffix(ending)?;
    if stem.chars().count() < 2 {
        return None;
    }
    let base = format!("{stem}{vowel}");
    // as an item's word is keyed: the skeleton of the prefix its stem key covers
    let mut key = String::new();
    for c in base.chars() {
        crate::lang::fold_char(c, &mut key);
    }
    super::super::suffixes::stem_in_place(&mut key, 0);
    let prefix: String = base.chars().take(key.chars().count()).collect();
    let mut skel = String::new();
    push_skeleton(&prefix, lang.orthography, &mut skel);
    Some((skel, format!("{}|{}", vowel_key(&base), vowel_key(&prefix))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::recognise::tests::{article, id_of, run};

    #[test]
    fn a_word_of_a_place_named_in_its_own_article_is_no_surname_of_another_articles_person() {
        // `Luz` is the stadium its article names in full, not the minister of another story
        let r = run(&[
            article("a", "pt", "O ministro Miguel Pinto Luz anunciou a privatização da TAP na quinta-feira."),
            article(
                "b",
                "pt",
                "O Benfica venceu no Estádio da Luz no sábado. Mais de 60 mil adeptos encheram a Luz para a festa.",
            ),
        ]);
        let minister = id_of(&r, 0, "Miguel Pinto Luz");
        assert!(minister.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "Luz").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "Luz"), minister, "{r:?}");
    }

    #[test]
    fn a_word_opening_a_dotted_name_of_its_article_is_that_name_not_a_place_sounding_alike() {
        // `インテル` (Inter) reads as `Нью-Дели` does, `ndl`; its article names `インテル・ミラノ`
        let r = run(&[
            article(
                "ja",
                "ja",
                "決勝でマンチェスター・シティーがインテル・ミラノを1―0で破った。インテルの監督は選手をたたえた。",
            ),
            article("ru", "ru", "Лидеры стран собрались в Нью-Дели в субботу. В Нью-Дели прошли переговоры."),
        ]);
        let delhi = id_of(&r, 1, "Нью-Дели");
        assert!(delhi.is_some(), "{:?}", r[1]);
        assert!(id_of(&r, 0, "インテル").is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 0, "インテル"), delhi, "{:?}", r[0]);
    }

    #[test]
    fn a_club_named_with_its_place_is_the_club_its_article_names_by_its_word() {
        // `Inter Mailand` is one span (the place completes the club's name) and `Inter` the same club
        let r = run(&[article(
            "de",
            "de",
            "In Istanbul setzte sich Manchester City mit 1:0 gegen Inter Mailand durch. Inter war dem Ausgleich nahe. \
             Inter wurde von Trainer Simone Inzaghi gelobt.",
        )]);
        let inter = id_of(&r, 0, "Inter");
        assert!(inter.is_some() && id_of(&r, 0, "Inter Mailand").is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "Inter Mailand"), inter, "{:?}", r[0]);
    }

    #[test]
    fn a_case_form_of_a_place_of_several_words_is_the_place() {
        let r = crate::entities::recognise::tests::run(&[
            crate::entities::recognise::tests::article(
                "de",
                "de",
                "Hilfe kam aus den Vereinigten Arabischen Emiraten.",
            ),
            crate::entities::recognise::tests::article(
                "pl",
                "pl",
                "Pomoc przyszła ze Zjednoczonych Emiratów Arabskich.",
            ),
        ]);
        assert_eq!(id_of(&r, 0, "Vereinigten Arabischen Emiraten").as_deref(), Some("loc:ae"), "{r:?}");
        assert_eq!(id_of(&r, 1, "Zjednoczonych Emiratów Arabskich").as_deref(), Some("loc:ae"), "{r:?}");
        assert!(case_form_of("mrtv", "mrt"), "Emiratów, Emiraty");
        assert!(!case_form_of("rn", "r"), "short words say too little");
        assert!(!case_form_of("stnxyz", "stn"), "three more letters are another word");
    }

    #[test]
    fn a_short_place_its_article_missed_is_the_place_written_so_elsewhere() {
        // (rule `a_short_place_written_as_elsewhere`) `À Rome,` opens a sentence: the
        // recogniser finds a place there, not the gazetteer's
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("en", "en", "Draghi resigned in Rome. The bank met in Tokyo on Thursday."),
            article(
                "fr",
                "fr",
                "La BCE relève ses taux.\n\nÀ Rome, le président du Conseil a démissionné. À Tokyo, la banque attend.",
            ),
        ]);
        let rome = id_of(&r, 0, "Rome");
        assert!(rome.as_deref().is_some_and(|id| id.starts_with("loc:gn")), "a gazetteer place: {:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Rome"), rome, "{:?}", r[1]);
        let tokyo = id_of(&r, 0, "Tokyo");
        assert!(tokyo.as_deref().is_some_and(|id| id.starts_with("loc:gn")), "a gazetteer place: {:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Tokyo"), tokyo, "{:?}", r[1]);
        // a word with no evidence is no small town spelt so elsewhere
        let r = run(&[
            article("pl", "pl", "Sprawa Roe przeciwko Wade. Mieszkańcy Wade protestowali."),
            article("en", "en", "The ruling overturned Roe v. Wade on Friday. Wade was decided in 1973."),
        ]);
        assert!(id_of(&r, 1, "Wade").is_none_or(|id| !id.starts_with("loc:gn")), "{:?}", r[1]);
    }

    #[test]
    fn an_acronym_is_met_by_capitals_not_by_a_word_read_alike() {
        // (rule `an_acronym_is_met_by_capitals`) Ukrainian `ЄС`, the EU, reads `yes` in Latin
        // letters: the English `Yes` side of a referendum is another name
        let ukrainian =
            |id| article(id, "uk", "Міністри ЄС зібралися в Брюсселі у вівторок. У ЄС обговорили нові мита на сталь.");
        let english = article(
            "en",
            "en",
            "The Yes campaign held its last rally in Dublin on Friday. Leaders of Yes thanked the volunteers.",
        );
        let r = run(&[ukrainian("uk1"), english.clone(), ukrainian("uk2")]);
        let eu = id_of(&r, 0, "ЄС");
        assert_eq!(eu.as_deref(), Some("org:eu"), "{:?}", r[0]);
        assert_eq!(id_of(&r, 2, "ЄС"), eu, "the acronym in two articles: {:?}", r[2]);
        let yes = id_of(&r, 1, "Yes");
        assert!(yes.is_some(), "{:?}", r[1]);
        assert_ne!(yes, eu, "{r:?}");
        // the English article alone finds the same
        assert_eq!(id_of(&run(&[english]), 0, "Yes"), yes);
        // an acronym meets the acronym; a script without capitals is not refused
        assert!(may_be_an_acronym("ЄС") && may_be_an_acronym("EU") && may_be_an_acronym("यूरो"));
        assert!(!may_be_an_acronym("Yes") && !may_be_an_acronym("Єс") && !may_be_an_acronym("E"));
        let mut short = ShortPlaces::default();
        short.add(vowel_key("ЄС"), 7, true);
        short.add(vowel_key("Rim"), 8, false);
        assert_eq!(short.written_alike("ЄС"), Some(7));
        assert_eq!(short.written_alike("YES"), Some(7), "capitals read alike in another script");
        assert_eq!(short.written_alike("Yes"), None);
        assert_eq!(short.written_alike("Rim"), Some(8));
        assert_eq!(short.written_alike("RIM"), Some(8), "a place in a headline's capitals");
    }

    #[test]
    fn a_club_is_named_by_its_word_after_its_place_in_its_article() {
        // (rule `a_club_by_its_word_after_its_place`)
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[article(
            "es",
            "es",
            "El Manchester City ganó la copa el domingo en Londres. El City jugó sin Kevin De Bruyne, \
             y el City celebró con sus aficionados.",
        )]);
        let club = id_of(&r, 0, "Manchester City");
        assert!(club.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "City"), club, "{:?}", r[0]);
    }

    #[test]
    fn the_arabic_article_is_split_off_in_every_script() {
        assert_eq!(split_arabic_article("Al-Haouz"), Some(("Al", "Haouz")));
        assert_eq!(split_arabic_article("El Havz"), Some(("El", "Havz")));
        assert_eq!(split_arabic_article("Эль-Хауз"), Some(("Эль", "Хауз")));
        assert_eq!(split_arabic_article("Alabama"), None);
        assert_eq!(split_arabic_article("el-sisi"), None, "a name goes on in capitals");
    }

    #[test]
    fn a_place_with_its_type_word_or_the_arabic_article_is_the_place_without_them() {
        let r = run(&[
            article("en", "en", "The quake struck Al Haouz province. It destroyed Agadir in 1960, and Haouz mourned."),
            article(
                "de",
                "de",
                "Das Beben traf die Provinz Al-Haouz. Es zerstörte 1960 die Stadt Agadir. In Al-Haouz wird getrauert.",
            ),
            article("ru", "ru", "Землетрясение произошло в провинции Эль-Хауз. В Эль-Хаузе объявлен траур."),
            article("en", "en", "Police in Nara said the suspect was arrested near the station."),
            article("de", "de", "Die Polizei der Präfektur Nara nahm den Verdächtigen fest."),
        ]);
        let agadir = id_of(&r, 0, "Agadir");
        assert!(agadir.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Stadt Agadir"), agadir, "{:?}", r[1]);
        let haouz = id_of(&r, 0, "Al Haouz");
        assert!(haouz.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "Haouz"), haouz, "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Al-Haouz"), haouz, "{:?}", r[1]);
        assert_eq!(id_of(&r, 1, "Provinz Al-Haouz"), haouz, "{:?}", r[1]);
        assert_eq!(id_of(&r, 2, "Эль-Хауз"), haouz, "{:?}", r[2]);
        // a province named after its town is not the town
        let nara = id_of(&r, 3, "Nara");
        assert!(nara.is_some(), "{:?}", r[3]);
        assert_ne!(id_of(&r, 4, "Präfektur Nara"), nara, "{:?}", r[4]);
    }

    #[test]
    fn a_polish_locative_with_a_softened_consonant_is_the_place() {
        let r = run(&[
            article("en", "en", "Abe was shot in Nara on Friday. Kishida was campaigning in Yamagata at the time."),
            article(
                "pl",
                "pl",
                "Abe został postrzelony w Narze w piątek. Kishida prowadził wtedy kampanię w Yamagacie.",
            ),
        ]);
        let nara = id_of(&r, 0, "Nara");
        let yamagata = id_of(&r, 0, "Yamagata");
        assert!(nara.is_some() && yamagata.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Narze"), nara, "{r:?}");
        assert_eq!(id_of(&r, 1, "Yamagacie"), yamagata, "{r:?}");
    }

    #[test]
    fn an_adjectival_case_form_typed_a_place_by_default_is_the_person_of_the_same_story() {
        // nothing before `Abego` says what it is: the recogniser's guess, a place, gives way
        let r = run(&[
            article("en", "en", "Shinzo Abe was shot in Nara. Narendra Modi of India called Abe a dear friend."),
            article(
                "pl",
                "pl",
                "Premier Indii Narendra Modi, który nazwał Abego jednym ze swoich najdroższych przyjaciół, ogłosił żałobę.",
            ),
        ]);
        let abe = id_of(&r, 0, "Shinzo Abe");
        assert!(abe.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Abego"), abe, "{r:?}");
    }

    #[test]
    fn a_polish_locative_plural_of_a_place_is_the_place() {
        let r = run(&[
            article("en", "en", "Narendra Modi returned to India on Monday after the summit."),
            article("pl", "pl", "Narendra Modi wrócił w poniedziałek do kraju. W Indiach trwa kampania wyborcza."),
        ]);
        let india = id_of(&r, 0, "India");
        assert!(india.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Indiach"), india, "{r:?}");
    }

    #[test]
    fn a_hyphenated_name_with_a_part_that_is_no_place_lends_no_place_to_its_parts() {
        use super::super::super::recognise::tests::{article, id_of, run};
        let r = run(&[
            article("fr", "fr", "Abe parlait devant la gare de Yamato-Saidaiji, dans la ville de Nara, samedi matin."),
            article("de", "de", "In Marrakesch stürzte die Tinmel-Moschee aus dem zwölften Jahrhundert teilweise ein."),
        ]);
        assert_ne!(id_of(&r, 0, "Yamato").as_deref(), Some("loc:gn11611478"), "{:?}", r[0]);
        assert_ne!(id_of(&r, 1, "Moschee").as_deref(), Some("loc:gn524901"), "a mosque, not Moscow: {:?}", r[1]);
    }

    #[test]
    fn a_word_that_only_stems_like_a_geonames_alternate_name_is_not_that_place() {
        use super::super::super::recognise::tests::{article, id_of, run};
        let r = run(&[article(
            "pl",
            "pl",
            "Na prowincję Chichaoua przypada 191 ofiar. Premier przyleciał wczoraj z Moskwy, a potem wrócił do Moskwy.",
        )]);
        // `Chichaoua` stems to `chich`, as Chizhou's alternate name `Chichau` does
        assert_ne!(id_of(&r, 0, "Chichaoua").as_deref(), Some("loc:gn1814934"), "{:?}", r[0]);
        // a case form of an alternate name is still the place
        assert_eq!(id_of(&r, 0, "Moskwy").as_deref(), Some("loc:gn524901"), "{:?}", r[0]);
    }

    #[test]
    fn an_arabic_word_is_the_place_its_letters_spell_not_the_persian_name_its_key_shares() {
        use super::super::super::recognise::tests::{article, id_of, run};
        let r = run(&[
            article("ar", "ar", "ضرب زلزال قوي جنوب غرب مراكش ليلة الجمعة وانهارت منازل كثيرة في القرى."),
            article("fa", "fa", "زلزله‌ای شدید شب جمعه جنوب غربی مراکش را لرزاند و خانه‌های بسیاری فرو ریخت."),
        ]);
        assert_eq!(id_of(&r, 0, "مراكش").as_deref(), Some("loc:gn2542997"), "Marrakesh: {:?}", r[0]);
        assert_eq!(id_of(&r, 1, "مراکش").as_deref(), Some("loc:ma"), "Morocco: {:?}", r[1]);
    }
}
