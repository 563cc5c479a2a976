//! Lone words: a one-word name and the full names or other lone words it
//! may be, by its spelling, its case forms and its story.

use super::{
    Article, Casing, CueLang, Cues, EntityKind, Gazetteer, HashSet, Item, Kept, ORG_HEAD, Profile, Tables, UnionFind,
    Word, is_subsequence, same_word, types, vowel_key, written_name, written_script,
};

/// Organisations of one article a stump compound is compared with, at most: the names
/// of a long article are many, and the compound names one met near it.
const STUMP_NAMES_PER_ARTICLE: usize = 256;

/// Rule `a_stump_compound_is_the_body_it_shortens`: a one-word organisation whose word
/// begins with the first letters of an organisation's first word of its article (three to
/// five) and goes on with the first three letters of its second word is that body's
/// stump compound, as Russian, Ukrainian and Bulgarian shorten their bodies' names
/// (`Генпрокуратура` of `Генеральная прокуратура`, `Совбез` of `Совет безопасности`,
/// `Минобороны` of `Министерство обороны`).
pub(super) fn stump_compound_of(word: &str, name: &str) -> bool {
    let word: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let mut parts = name.split_whitespace();
    let (Some(first), Some(second)) = (parts.next(), parts.next()) else { return false };
    let first: Vec<char> = first.chars().flat_map(char::to_lowercase).collect();
    let second: Vec<char> = second.chars().flat_map(char::to_lowercase).collect();
    if word.len() < 6 || second.len() < 3 || !word.iter().chain(&first).all(|c| c.is_alphabetic()) {
        return false;
    }
    (3..=5).any(|k| k < first.len() && word.len() >= k + 3 && word[..k] == first[..k] && word[k..k + 3] == second[..3])
}

/// [`stump_compound_of`] over each article's unknown organisations: the compound joins
/// the one body of its article it shortens, and meets no other name by its letters.
pub(super) fn join_stump_compounds(
    articles: &[Article],
    items: &[Item],
    cands: &[Kept],
    uf: &mut UnionFind,
    resolved: &mut [bool],
) {
    let org = |n: usize| cands.get(items[n].cand as usize).is_some_and(|c| c.kind == EntityKind::Organization);
    let mut run_start = 0;
    while run_start < items.len() {
        let art = items[run_start].art;
        let run_end = run_start + items[run_start..].iter().take_while(|it| it.art == art).count();
        let names: Vec<(usize, &str)> = (run_start..run_end)
            .filter(|&n| org(n))
            .filter_map(|n| Some((n, written_name(articles, cands, &items[n])?)))
            .filter(|(_, w)| w.split_whitespace().nth(1).is_some())
            .take(STUMP_NAMES_PER_ARTICLE)
            .collect();
        for n in run_start..run_end {
            if resolved[n] || !org(n) {
                continue;
            }
            let Some(word) = written_name(articles, cands, &items[n]).filter(|w| !w.contains(char::is_whitespace))
            else {
                continue;
            };
            let mut bodies = names.iter().filter(|(_, name)| stump_compound_of(word, name)).map(|&(l, _)| l);
            if let Some(l) = bodies.next()
                && bodies.all(|other| uf.find(other) == uf.find(l))
            {
                uf.union(n, l);
                resolved[n] = true;
            }
        }
        run_start = run_end;
    }
}

/// Rule `a_lone_word_tied_between_names_joins_them_once_they_are_one`: a lone
/// word that met the full names of two entities (`Khamenei`: `Али Хаменей` and
/// `עלי חמינאי`, apart while abjad names had not joined yet) was left apart, as
/// with two people of one family name; where the later rules made those names
/// one entity, the word is that entity, unless its own cluster holds a full name
/// (`full_name_roots`, the roots of clusters with one, before any join here).
pub(super) fn join_lone_words_tied_between_names_now_one(
    ties: &[(usize, Vec<usize>)],
    full_name_roots: &HashSet<usize>,
    uf: &mut UnionFind,
) {
    for (n, roots) in ties {
        let Some(&first) = roots.first() else { continue };
        let root = uf.find(first);
        if roots.iter().all(|&r| uf.find(r) == root) {
            let own = uf.find(*n);
            if own != root && !full_name_roots.contains(&own) {
                uf.union(*n, first);
            }
        }
    }
}

/// Letters a name and its case forms share at the start in one language
/// (`Macron`, `Macronowi`; `Nysa`, `Nysy`; `Erdoğan`, `Erdoğan'ın`).
pub(super) const ONE_SPELLING_PREFIX: usize = 3;

/// The first [`ONE_SPELLING_PREFIX`] letters of a word, folded (case and accents).
pub(super) fn spelling_prefix(word: &str) -> String {
    let mut folded = String::new();
    for c in word.chars().filter(|c| c.is_alphanumeric()).take(ONE_SPELLING_PREFIX) {
        crate::lang::fold_char(c, &mut folded);
    }
    folded
}

/// Rule `one_language_one_spelling`: a language writes a name one way, so a
/// lone word is no word of a full name another article of the same cased
/// language writes otherwise from its first letters on, however alike their
/// consonants: English `Ryanair` is not Angela Rayner's `Rayner`. (Across
/// languages spellings differ, and keys are what meet.)
pub(super) fn spelt_otherwise_in_one_language(
    articles: &[Article],
    cands: &[Kept],
    langs: &[&'static Profile],
    lone: &Item,
    full: &Item,
) -> bool {
    let (Some(a), Some(b)) = (langs.get(lone.art as usize), langs.get(full.art as usize)) else { return false };
    if a.code != b.code || a.casing == Casing::Uncased {
        return false;
    }
    let (Some(word), Some(name)) = (written_name(articles, cands, lone), written_name(articles, cands, full)) else {
        return false;
    };
    // (a word of the name written as the lone word begins alike: most pairs asked)
    if name.split(|c: char| !c.is_alphanumeric()).any(|w| w == word) {
        return false;
    }
    let start = spelling_prefix(word);
    start.chars().count() >= ONE_SPELLING_PREFIX
        && !name.split(|c: char| !c.is_alphanumeric()).any(|w| spelling_prefix(w) == start)
}

/// Rule `one_language_cuts_no_name_to_another`: a language writes a name one way, so two
/// full names of one cased language whose skeletons meet are one name only when each word
/// is a case form of the other's or differs from it in its vowels alone (`Mohammed`,
/// `Muhammad`): `Владимир Потанин` is no `Владимир Путин`, though the skeleton, which
/// writes a consonant once between vowels, is Putin's.
pub(super) fn spelt_apart_in_one_language(
    articles: &[Article],
    cands: &[Kept],
    langs: &[&'static Profile],
    t: &Tables,
    a: &Item,
    b: &Item,
) -> bool {
    let (Some(la), Some(lb)) = (langs.get(a.art as usize), langs.get(b.art as usize)) else { return false };
    if la.code != lb.code || la.casing == Casing::Uncased || t.is_acronym(a) || t.is_acronym(b) {
        return false;
    }
    let (Some(wa), Some(wb)) = (written_name(articles, cands, a), written_name(articles, cands, b)) else {
        return false;
    };
    // (a name written alike is no name spelt apart: each word is its own case form)
    if wa == wb {
        return false;
    }
    let is_break = |c: char| c.is_whitespace() || c == '-';
    let xa: Vec<&str> = wa.split(is_break).filter(|w| !w.is_empty()).collect();
    let xb: Vec<&str> = wb.split(is_break).filter(|w| !w.is_empty()).collect();
    let consonants =
        |w: &str| -> String { folded_letters(w).chars().filter(|c| !FOLDED_VOWELS.contains(*c)).collect() };
    let alike = |x: &str, y: &str| case_forms_of_one_name(x, y) || consonants(x) == consonants(y);
    xa.len() == xb.len() && xa.iter().zip(&xb).any(|(x, y)| !alike(x, y))
}

/// Vowel letters of the cased scripts, folded (case and accents gone).
pub(super) const FOLDED_VOWELS: &str = "aeiouyаеёиоуыэюяіїєαεηιουω";

/// Rule `a_lone_word_is_a_family_name_unless_the_story_is_one`: a lone word in
/// another article is a full name's person by the family name, the last word
/// (before a regnal number), written in the same script; a word that meets
/// only the given name (`Orlen`, the firm, and Erling Haaland; `Lamone`, a
/// river, and Lamine Yamal) or a name of another script by its bare consonants
/// (Hindi `Inter` and Jr NTR) joins only where the two articles tell one story
/// (other entities in common). A lone word's skeleton is short: without the
/// family name and its letters, it meets too many names.
pub(super) fn lone_word_is_family_name(
    lone: &Item,
    full: &Item,
    word: Word,
    t: &Tables,
    articles: &[Article],
    cands: &[Kept],
) -> bool {
    let family = t.words(full).iter().rev().find(|w| !t.strings.get(w.skel).starts_with('#'));
    family.is_some_and(|&w| same_word(t.strings, word, w))
        && written_script(articles, cands, lone) == written_script(articles, cands, full)
}

/// How many differently spelt lone words of one skeleton a lone word is compared with.
pub(super) const LONE_WORD_SPELLINGS: usize = 8;

/// The vowels of a word's Latin reading, in order, a run of one vowel counted once
/// (`Macron` and `Макрон` read `ao`; `Βουλή` reads `oui`, `Vale` `ae`).
pub(super) fn vowels_read(word: &str) -> String {
    let mut out = String::new();
    for c in vowel_key(word).chars().filter(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')) {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Rule `lone_words_join_by_their_letters_or_their_story`: two lone words of
/// unrelated articles that share only a consonant skeleton are one name when
/// their letters say so too: written in one script, one has the other's first
/// letters (`Шольц`, `Шольца`; not `Paris` and `Praça`, `League` and `Luigi`); in two
/// scripts that write their vowels, the same vowels but for one (a case ending,
/// a digraph: `Шольца` and `Scholz`, `Аханнуш` and `Akhannouch`; not `Βουλή`
/// and `Vale`, `Σανς` and `Sines`).
/// An abjad leaves vowels out, and kana add their own: there, as wherever the
/// letters disagree, only articles telling one story join them (the caller's test).
pub(super) fn lone_words_alike(articles: &[Article], cands: &[Kept], a: &Item, b: &Item) -> bool {
    let (Some(wa), Some(wb)) = (written_name(articles, cands, a), written_name(articles, cands, b)) else {
        return false;
    };
    // (a word written alike holds its own stem: most pairs asked are the same name again)
    if wa == wb {
        return true;
    }
    let script = |w: &str| w.chars().find(|c| c.is_alphabetic()).and_then(crate::lang::Script::of);
    let (sa, sb) = (script(wa), script(wb));
    if sa == sb {
        // (after a proclitic too: Hebrew `ובנאסד"ק` and `בנאסד"ק`)
        let folded = |w: &str| {
            let mut out = String::new();
            for c in w.chars().filter(|c| c.is_alphanumeric()) {
                crate::lang::fold_char(c, &mut out);
            }
            out
        };
        return folded(wa).contains(&spelling_stem(wb)) || folded(wb).contains(&spelling_stem(wa));
    }
    let writes_vowels = |s: Option<crate::lang::Script>| {
        use crate::lang::Script::*;
        matches!(s, Some(Latin | Cyrillic | Greek | Devanagari))
    };
    if !writes_vowels(sa) || !writes_vowels(sb) {
        return false;
    }
    let (va, vb) = (vowels_read(wa), vowels_read(wb));
    let (short, long) = if va.len() <= vb.len() { (va, vb) } else { (vb, va) };
    !short.is_empty() && long.len() - short.len() <= 1 && is_subsequence(&short, &long)
}

/// Rule `a_place_the_gazetteer_spells_joins_no_body_of_another_script`: a lone word of a cased
/// script that the gazetteer spells exactly as a place (Turkish `Van`, the city) meets a body the
/// gazetteer knows in another script (`בואינג`, Boeing) only by a skeleton read across scripts,
/// and that reading says little of a short word: the place is no such body, however much of
/// the story the two articles share. This half is asked of each gazetteer name the lone word
/// meets: does `entry` name no place (a body or a person)?
pub(super) fn entry_names_no_place(cands: &[Kept], entry: &Item) -> bool {
    cands.get(entry.cand as usize).is_some_and(|c| c.kind != EntityKind::Location)
}

/// The other half of rule `a_place_the_gazetteer_spells_joins_no_body_of_another_script`,
/// asked once a lone word: does the gazetteer spell it exactly as a place?
pub(super) fn lone_word_spelled_as_a_gazetteer_place(
    articles: &[Article],
    cands: &[Kept],
    lone: &Item,
    gaz: &Gazetteer,
) -> bool {
    written_name(articles, cands, lone).is_some_and(|written| {
        let folded = crate::lang::fold_for_search(written).text;
        gaz.exact_entry(&folded).is_some_and(|e| gaz.entry(e).kind == EntityKind::Location)
    })
}

/// Rule `a_head_word_alone_is_its_own_story_s`: is lone word `it` a head word of
/// its language's organisations (`Cour`, `Corte`, `Parlamento`, `Camera`)? Each
/// article's `Cour` is the court of its own story, so such a word joins the same
/// word of another article only when the two tell one story, never by its letters.
pub(super) fn head_word_alone(articles: &[Article], cands: &[Kept], lang: &Profile, it: &Item) -> bool {
    written_name(articles, cands, it).is_some_and(|w| {
        !w.contains(char::is_whitespace)
            && Cues::get().of_word_keyed(w, super::super::tokens::key_flags(w), CueLang::of(lang)) & ORG_HEAD != 0
    })
}

/// Letters a case ending may add to a name in one script (`Шольц`, `Шольца`; `Tusk`, `Tuskiem`
/// keeps `Tusk` less two).
pub(super) const CASE_ENDING_LETTERS: usize = 2;

/// A word's folded letters less a case ending, [`ONE_SPELLING_PREFIX`] at least: what
/// its other case forms in the same script hold (`Шольц` of `Шольцу`, `Nys` of `Nysy`),
/// and a longer word that merely begins alike does not (`BayArena` holds `Bay`, not `Baye` of `Bayern`).
pub(super) fn spelling_stem(word: &str) -> String {
    let folded = folded_letters(word);
    let chars = folded.chars().count();
    let keep = chars - CASE_ENDING_LETTERS.min(chars.saturating_sub(ONE_SPELLING_PREFIX));
    folded.chars().take(keep).collect()
}

/// One word holds the other's [`spelling_stem`]: in one script, two case forms of a
/// name (`Шольц`, `Шольца`; `Tusk`, `Tuskiem`).
pub(super) fn case_forms_of_one_name(a: &str, b: &str) -> bool {
    folded_letters(a).contains(&spelling_stem(b)) || folded_letters(b).contains(&spelling_stem(a))
}

/// A word's letters and digits, case-folded (read from a table: see `letters.rs`).
pub(super) use super::letters::folded_letters;

/// Rule `a_family_name_is_written_alike`: a lone word whose skeleton is a full
/// name's word is that word only if its letters agree as well, as far as the
/// scripts tell: in one script, one holds the other's stem or the vowels agree
/// (`Tesco` is no `Tusk`; `Poutine` is `Putin`); in two scripts that write their
/// vowels, the same vowels but for one. An abjad or kana say nothing here.
pub(super) fn written_alike_in_a_name(articles: &[Article], cands: &[Kept], lone: &Item, full: &Item) -> bool {
    let (Some(word), Some(name)) = (written_name(articles, cands, lone), written_name(articles, cands, full)) else {
        return true;
    };
    let words = || name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty());
    // (a word of the name written as the lone word is its own case form)
    if words().any(|other| other == word) {
        return true;
    }
    let script = |w: &str| w.chars().find(|c| c.is_alphabetic()).and_then(crate::lang::Script::of);
    let writes_vowels = |s: Option<crate::lang::Script>| {
        use crate::lang::Script::*;
        matches!(s, Some(Latin | Cyrillic | Greek | Devanagari))
    };
    let lone_script = script(word);
    let vowels_agree = |other: &str| {
        let (va, vb) = (vowels_read(word), vowels_read(other));
        let (short, long) = if va.len() <= vb.len() { (va, vb) } else { (vb, va) };
        short.is_empty() || (long.len() - short.len() <= 1 && is_subsequence(&short, &long))
    };
    words().any(|other| {
        let other_script = script(other);
        if lone_script == other_script {
            case_forms_of_one_name(word, other) || vowels_agree(other)
        } else if writes_vowels(lone_script) && writes_vowels(other_script) {
            vowels_agree(other)
        } else {
            true
        }
    })
}

/// Rule `lone_word_may_be_surname`: in a cased script, a lone word its own
/// article typed a place (`u Loznici`, after a place preposition) or an
/// organisation (`Vlada`, a head word) is no surname of a person another
/// article names; only a word typed a person, or typed nothing, may be one.
/// (A consonant skeleton alone matched `Loznici` to `Luiz` and `Šapcu` to `Shapps`.)
/// An organisation only by a weak guess ([`types::is_weak_organisation`]: a
/// club named by an unknown word, a firm qualified by its country) may be one.
pub(super) fn lone_word_may_be_surname(c: &Kept, lang: &Profile) -> bool {
    c.kind == EntityKind::Person
        || lang.casing == Casing::Uncased
        || types::is_weak_organisation(c.kind, c.weak(), c.weight())
}

/// A family name's grammatical gender, where its ending says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
}

/// Endings of feminine family names, by language, in every case the ending
/// says it alone: Russian adjectival `Навальная`, `-ой`, `-ую` and possessive
/// `Ивановой`; Ukrainian `Зеленська`, `-ську`, `-ської`, `-ській`; Bulgarian
/// `Иванова`, `Петрова`, `Дерменджиева`, `-ска`; Polish `-ska`, `-skiej`, `-ską`.
/// (Russian `-ова` and `-у` are also a man's genitive and dative: no gender.)
const FEMININE_ENDINGS: [(&str, &[&str]); 4] = [
    ("ru", &["ая", "яя", "ую", "юю", "ной", "овой", "евой", "ёвой", "иной", "ыной"]),
    (
        "uk",
        &[
            "ська",
            "цька",
            "зька",
            "ську",
            "цьку",
            "зьку",
            "ської",
            "цької",
            "зької",
            "ській",
            "цькій",
            "зькій",
            "ової",
            "евої",
            "іної",
            "овій",
            "евій",
            "іній",
        ],
    ),
    ("bg", &["ова", "ева", "ина", "ска", "цка"]),
    ("pl", &["ska", "cka", "dzka", "skiej", "ckiej", "dzkiej", "ską", "cką", "dzką"]),
];

/// Endings of masculine family names, by language, where the ending says it
/// alone: Russian `Навальный`, `-ого`, `-ому`, `-ым`, `-ом`, `Иванов`, `Путин`;
/// Ukrainian `Зеленський`, `-ого`, `-ому`, `-им`; Bulgarian `Иванов`, `-ски`;
/// Polish `-ski`, `-skiego`, `-skiemu`, `-skim`.
const MASCULINE_ENDINGS: [(&str, &[&str]); 4] = [
    ("ru", &["ый", "ий", "ого", "его", "ому", "ему", "ым", "им", "ом", "ов", "ев", "ёв", "ин", "ын"]),
    ("uk", &["ий", "ого", "ому", "им", "ов", "ев", "ін", "ин"]),
    ("bg", &["ов", "ев", "ин", "ски", "цки"]),
    (
        "pl",
        &["ski", "cki", "dzki", "skiego", "ckiego", "dzkiego", "skiemu", "ckiemu", "dzkiemu", "skim", "ckim", "dzkim"],
    ),
];

/// The gender a family name's ending gives it in language `code`, if it gives one.
fn family_name_gender(word: &str, code: &str) -> Option<Gender> {
    let word = word.to_lowercase();
    let ends = |table: &[(&str, &[&str])]| {
        table.iter().any(|(lang, endings)| *lang == code && endings.iter().any(|e| word.ends_with(e)))
    };
    // (an ending both tables have says nothing)
    match (ends(&FEMININE_ENDINGS), ends(&MASCULINE_ENDINGS)) {
        (true, false) => Some(Gender::Feminine),
        (false, true) => Some(Gender::Masculine),
        _ => None,
    }
}

/// Rule `a_lone_family_name_agrees_in_gender_with_the_full_name`: Slavic family
/// names (Russian, Ukrainian, Bulgarian, Polish) take the bearer's gender, and
/// a husband and wife share the stem: `Навального` is Алексей Навальный's, not
/// `Юлия Навальная`'s, though both stem to `Навальн`. Does lone word `lone`, the
/// family name (last word) of full name `full`, say the other gender? (Serbian
/// `-ić` says none.)
pub(super) fn family_name_genders_differ(
    articles: &[Article],
    cands: &[Kept],
    (langs, t): (&[&'static Profile], &Tables),
    lone: &Item,
    full: &Item,
) -> bool {
    let (Some(lone_lang), Some(full_lang)) = (langs.get(lone.art as usize), langs.get(full.art as usize)) else {
        return false;
    };
    let gendered = |code: &str| FEMININE_ENDINGS.iter().any(|(lang, _)| *lang == code);
    if !gendered(lone_lang.code) || !gendered(full_lang.code) {
        return false;
    }
    let (Some(&word), Some(&family)) = (t.words(lone).first(), t.words(full).last()) else { return false };
    if t.words(lone).len() != 1 || !same_word(t.strings, word, family) {
        return false;
    }
    let lone_written = written_name(articles, cands, lone);
    let full_written = written_name(articles, cands, full).and_then(|w| w.split_whitespace().last());
    let (Some(a), Some(b)) = (lone_written, full_written) else { return false };
    matches!(
        (family_name_gender(a, lone_lang.code), family_name_gender(b, full_lang.code)),
        (Some(x), Some(y)) if x != y
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::recognise::tests::{article, id_of, run};

    #[test]
    fn a_stump_compound_is_the_body_it_shortens() {
        assert!(stump_compound_of("Генпрокуратура", "Генеральной прокуратуры"));
        assert!(stump_compound_of("Совбеза", "Совета безопасности России"));
        assert!(stump_compound_of("Минобороны", "Министерство обороны"));
        // a word of the name itself, or another body's
        assert!(!stump_compound_of("Совета", "Совета безопасности"));
        assert!(!stump_compound_of("Генеральной", "Генеральной прокуратуры"));
        assert!(!stump_compound_of("Минфин", "Министерство обороны"));
        let r = run(&[article(
            "ru",
            "ru",
            "Генпрокуратура возбудила дело\n\nГенеральная прокуратура России в понедельник возбудила \
             уголовное дело против директора завода. Генпрокуратура сообщила, что проверка продолжается.",
        )]);
        let body = id_of(&r, 0, "Генеральная прокуратура России").or_else(|| id_of(&r, 0, "Генеральная прокуратура"));
        assert!(body.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "Генпрокуратура"), body, "{:?}", r[0]);
    }

    #[test]
    fn a_lone_word_tied_between_names_joins_them_once_they_are_one() {
        // items: 0 a lone word, 1 and 2 the full names it met, 3 a lone word spelt alike
        let ties = vec![(0, vec![1, 2])];
        let mut apart = UnionFind::new(4);
        apart.union(0, 3);
        let none = HashSet::default();
        join_lone_words_tied_between_names_now_one(&ties, &none, &mut apart);
        assert_ne!(apart.find(0), apart.find(1), "two entities still: the word stays apart");
        let mut one = UnionFind::new(4);
        one.union(0, 3);
        one.union(1, 2);
        join_lone_words_tied_between_names_now_one(&ties, &none, &mut one);
        assert_eq!(one.find(3), one.find(2), "one entity now: the word and its spellings join it");
        let mut held = UnionFind::new(4);
        held.union(1, 2);
        let own: HashSet<usize> = [0].into_iter().collect();
        join_lone_words_tied_between_names_now_one(&ties, &own, &mut held);
        assert_ne!(held.find(0), held.find(1), "a cluster with a full name of its own stays");
    }

    #[test]
    fn a_lone_word_of_a_full_names_skeleton_written_with_other_vowels_is_no_surname_of_it() {
        // `Tesco` and `Tusk` have the consonants `tsk`; their letters say two names
        let r = run(&[
            article("a", "en", "Shoppers at Tesco paid more for bread this winter, the figures showed."),
            article("b", "pl", "Premier Donald Tusk powiedział we wtorek, że rząd przygotuje nowe przepisy."),
        ]);
        let tusk = id_of(&r, 1, "Donald Tusk");
        assert!(tusk.is_some(), "{:?}", r[1]);
        assert!(id_of(&r, 0, "Tesco").is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 0, "Tesco"), tusk, "{r:?}");
    }

    #[test]
    fn a_place_the_gazetteer_spells_joins_no_body_of_another_script() {
        // one story (Ankara, Turkey in both): the city `Van` is no `בואינג`, whose skeleton reads alike
        let r = run(&[
            article(
                "a",
                "tr",
                "Van kentinde seçim sonrası protestolar başladı. Ankara'daki kurul kararını Türkiye genelinde \
                 duyurdu. Boeing uçağı da Ankara'ya indi. Van valisi bir açıklama yaptı.",
            ),
            article("b", "he", "מטוס בואינג של חברת התעופה נחת אתמול באנקרה, בירת טורקיה, אחרי טיסה ארוכה."),
        ]);
        let boeing = id_of(&r, 1, "בואינג");
        assert!(boeing.is_some(), "{:?}", r[1]);
        assert_eq!(id_of(&r, 0, "Boeing"), boeing, "the body by its own name: {r:?}");
        assert!(id_of(&r, 0, "Van").is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 0, "Van"), boeing, "{r:?}");
    }

    #[test]
    fn a_case_form_holds_the_stem_of_its_name_and_a_word_that_merely_begins_alike_does_not() {
        assert!(folded_letters("Шольца").contains(&spelling_stem("Шольц")));
        assert!(folded_letters("Tuskiem").contains(&spelling_stem("Tusk")));
        assert!(folded_letters("Nysy").contains(&spelling_stem("Nysa")));
        assert!(!folded_letters("BayArena").contains(&spelling_stem("Bayern")), "a stadium is no state");
        assert!(!folded_letters("Bayern").contains(&spelling_stem("BayArena")));
    }

    #[test]
    fn a_lone_word_spelt_otherwise_in_the_same_language_is_no_surname_of_a_full_name() {
        // `Ryanair` and `Rayner` have the consonants `rnr`; English spells them apart
        let r = run(&[
            article("a", "en", "Labour's deputy leader Angela Rayner spoke to reporters in Manchester on Friday."),
            article("b", "en", "Passengers said the airline Ryanair had cancelled their flights without warning."),
        ]);
        let rayner = id_of(&r, 0, "Angela Rayner");
        assert!(rayner.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "Ryanair").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "Ryanair"), rayner, "{r:?}");
    }

    #[test]
    fn a_lone_word_meeting_only_a_given_name_joins_no_one_of_an_unrelated_article() {
        // `Erling` is Haaland's given name: alone, in an article on another story, it is
        // no one the corpus knows (the firm `Orlen` has its consonants too)
        let r = run(&[
            article("a", "en", "Manchester City striker Erling Haaland scored twice on Saturday."),
            article("b", "en", "Reporters said Erling had cancelled his visit to the factory without warning."),
        ]);
        let haaland = id_of(&r, 0, "Erling Haaland");
        assert!(haaland.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "Erling").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "Erling"), haaland, "{r:?}");
    }

    #[test]
    fn lone_words_of_one_skeleton_written_otherwise_are_two_names_in_unrelated_articles() {
        // `Dernau` and `Drina` share the consonants `drn`; one script, other first letters
        let r = run(&[
            article("a", "en", "Officials in Dernau said the water had risen overnight."),
            article("b", "sr", "Meštani kažu da je Drina porasla tokom noći."),
        ]);
        assert!(id_of(&r, 0, "Dernau").is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "Drina").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 0, "Dernau"), id_of(&r, 1, "Drina"), "{r:?}");
        // `Σανς` and `Sines` share `sns`; two scripts, other vowels
        let r = run(&[
            article("a", "el", "Οι Σανς κέρδισαν χθες το βράδυ."),
            article("b", "pt", "O presidente da câmara de Sines falou ontem aos jornalistas."),
        ]);
        assert!(id_of(&r, 0, "Σανς").is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "Sines").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 0, "Σανς"), id_of(&r, 1, "Sines"), "{r:?}");
    }

    #[test]
    fn lone_words_of_one_skeleton_and_one_reading_are_one_name_in_any_article() {
        let r = run(&[
            article("a", "ru", "Вчера Макрон заявил журналистам, что переговоры продолжатся."),
            article("b", "en", "On Friday Macron told reporters the talks on the budget would go on."),
        ]);
        assert!(id_of(&r, 0, "Макрон").is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "Макрон"), id_of(&r, 1, "Macron"), "{r:?}");
    }

    #[test]
    fn lone_words_spelt_alike_meet_whatever_their_language_reads() {
        // Turkish reads `c` as dž and Polish `ch` as h: their skeletons of `ChatGPT` are not the English one
        let r = run(&[
            article("en", "en", "Millions of people now use ChatGPT every week, the company said in San Francisco."),
            article(
                "tr",
                "tr",
                "Şirket, her hafta milyonlarca kişinin ChatGPT'yi kullandığını San Francisco'da açıkladı.",
            ),
            article(
                "pl",
                "pl",
                "Firma poinformowała w San Francisco, że z ChatGPT korzystają co tydzień miliony ludzi.",
            ),
        ]);
        let en = id_of(&r, 0, "ChatGPT");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "ChatGPT"), en, "{r:?}");
        assert_eq!(id_of(&r, 2, "ChatGPT"), en, "{r:?}");
    }

    #[test]
    fn a_lone_word_meeting_a_given_name_joins_it_in_an_article_on_the_same_story() {
        let r = run(&[
            article("a", "en", "Erling Haaland scored twice as Norway beat Spain in Oslo on Saturday."),
            article("b", "en", "In Oslo, Erling said Norway had played well against Spain."),
        ]);
        let haaland = id_of(&r, 0, "Erling Haaland");
        assert!(haaland.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Erling"), haaland, "{r:?}");
    }

    #[test]
    fn a_lone_word_spelt_alike_in_the_same_language_is_the_surname_of_the_full_name() {
        let r = run(&[
            article("a", "en", "Labour's deputy leader Angela Rayner spoke to reporters in Manchester on Friday."),
            article("b", "en", "Reporters said Rayner had cancelled her visit without warning."),
        ]);
        let rayner = id_of(&r, 0, "Angela Rayner");
        assert!(rayner.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Rayner"), rayner, "{r:?}");
    }

    #[test]
    fn a_lone_word_whose_stem_cut_a_consonant_meets_another_script_by_its_whole_word() {
        // `Chichaoua` stems to `Chich`, but the whole word reads `Shishawa`, as `Шишава` stems to
        let r = run(&[
            article("fr", "fr", "Les secours sont arrivés lundi à Chichaoua, près de Marrakech."),
            article("ru", "ru", "Спасатели прибыли в понедельник в Шишаву, недалеко от Марракеша."),
        ]);
        let fr = id_of(&r, 0, "Chichaoua");
        assert!(fr.is_some(), "{r:?}");
        assert_eq!(id_of(&r, 1, "Шишаву"), fr, "{r:?}");
    }

    #[test]
    fn a_surname_written_by_its_sound_joins_no_one_of_an_unrelated_article() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("pt", "pt", "O secretário-geral do PCP, Paulo Raimundo, discursou em Lisboa."),
            article("zh", "zh", "这一天，美国商务部长雷蒙多正在中国访问。"),
        ]);
        let raimundo = id_of(&r, 0, "Paulo Raimundo");
        assert!(raimundo.is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 1, "雷蒙多"), raimundo, "{:?}", r[1]);
    }

    #[test]
    fn a_surname_written_by_its_sound_joins_the_name_of_an_article_on_the_same_story() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article(
                "en",
                "en",
                "US Commerce Secretary Gina Raimondo arrived in China. Raimondo met officials in Beijing.",
            ),
            article("zh", "zh", "美国商务部长雷蒙多抵达中国，在北京会见官员。"),
        ]);
        let raimondo = id_of(&r, 0, "Raimondo");
        assert!(raimondo.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "雷蒙多"), raimondo, "{:?}", r[1]);
    }

    #[test]
    fn a_surname_with_its_particles_written_whole_is_that_person() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article(
                "en",
                "en",
                "Ursula von der Leyen, the head of the commission, spoke in Brussels. Germany and France agreed.",
            ),
            article("zh", "zh", "欧盟委员会主席冯德莱恩在布鲁塞尔表示，德国和法国同意。"),
            article(
                "ja",
                "ja",
                "欧州委員会のフォンデアライエン委員長はブリュッセルで述べた。ドイツとフランスも同意した。",
            ),
        ]);
        let leyen = id_of(&r, 0, "Ursula von der Leyen");
        assert!(leyen.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "冯德莱恩"), leyen, "{:?}", r[1]);
        assert_eq!(id_of(&r, 2, "フォンデアライエン"), leyen, "{:?}", r[2]);
    }

    #[test]
    fn a_family_name_s_ending_gives_its_gender() {
        use super::Gender::{Feminine, Masculine};
        for (word, code, gender) in [
            ("Навальная", "ru", Some(Feminine)),
            ("Навальной", "ru", Some(Feminine)),
            ("Навальную", "ru", Some(Feminine)),
            ("Ивановой", "ru", Some(Feminine)),
            ("Навальный", "ru", Some(Masculine)),
            ("Навального", "ru", Some(Masculine)),
            ("Навальному", "ru", Some(Masculine)),
            ("Навальным", "ru", Some(Masculine)),
            ("Иванов", "ru", Some(Masculine)),
            ("Путиным", "ru", Some(Masculine)),
            ("Иванова", "ru", None),
            ("Толстой", "ru", None),
            ("Зеленська", "uk", Some(Feminine)),
            ("Зеленської", "uk", Some(Feminine)),
            ("Зеленський", "uk", Some(Masculine)),
            ("Зеленського", "uk", Some(Masculine)),
            ("Петрова", "bg", Some(Feminine)),
            ("Петров", "bg", Some(Masculine)),
            ("Kowalska", "pl", Some(Feminine)),
            ("Kowalskiej", "pl", Some(Feminine)),
            ("Kowalski", "pl", Some(Masculine)),
            ("Kowalskiego", "pl", Some(Masculine)),
            ("Mladić", "sr", None),
        ] {
            assert_eq!(family_name_gender(word, code), gender, "{word}");
        }
    }

    #[test]
    fn a_lone_family_name_agrees_in_gender_with_the_full_name() {
        let r = run(&[
            article(
                "a",
                "ru",
                "Политик Алексей Навальный умер в колонии. Его вдова Юлия Навальная обратилась к сторонникам. На улицы вышли соратники Навального.",
            ),
            article("b", "ru", "Юлия Навальная выступила в Мюнхене. Она сказала, что Навальная продолжит работу."),
        ]);
        let alexei = id_of(&r, 0, "Алексей Навальный");
        let yulia = id_of(&r, 0, "Юлия Навальная");
        assert!(alexei.is_some() && yulia.is_some() && alexei != yulia, "{r:?}");
        assert_eq!(id_of(&r, 0, "Навального"), alexei, "{r:?}");
        assert_eq!(id_of(&r, 1, "Навальная"), yulia, "{r:?}");
    }
}
