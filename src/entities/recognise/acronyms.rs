//! Acronyms and hyphenated compounds: `NATO-Gipfel`, `AB'nin`, an acronym before a case ending.

use super::*;

/// `मुंबई-अहमदाबाद`, `Moskva-Pjongjang`: a hyphenated word that is no name as
/// a whole may join two gazetteer places; `CSU-Chef`, `EU-Kommission`: an
/// acronym may begin a compound (see [`acronym_before_hyphen`]). Returns the
/// parts that are names: span, kind and source.
pub(super) fn hyphen_parts(cx: &Ctx, i: usize) -> Vec<(usize, usize, EntityKind, Source)> {
    let t = cx.doc.toks[i];
    let word = cx.doc.word(i);
    if !word.contains('-') || double_given_name(cx, i) {
        return Vec::new();
    }
    if infixed_place_name(cx, i) {
        let end = t.start + word.len();
        return vec![(t.start, end, EntityKind::Location, Source::Unknown { acronym: None })];
    }
    let acronym = acronym_compound(cx, i);
    // rule `a_hyphenated_name_is_one_name`: a capitalised part that is no place and no
    // common word makes the whole one name (`Yamato-Saidaiji`, a station; `Tinmel-Moschee`),
    // whose places are not parts of it
    let mut key = String::new();
    let mut name_part = |part: &str| {
        key.clear();
        super::super::tokens::push_key(part, t.flags & ALLCAPS, &mut key);
        part.chars().count() >= 3
            && part.chars().next().is_some_and(char::is_uppercase)
            && !cx.gaz.lookup(&key).is_some_and(|_| cx.gaz.alternate_fits(&key, part))
            && !super::super::types::is_common_word(cx.doc.lang, part)
            && !cx.doc.lang.is_common_word(&part.to_lowercase())
    };
    if t.flags & DEVA == 0
        && word.split('-').enumerate().any(|(n, part)| !(n == 0 && acronym.is_some()) && name_part(part))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut offset = 0;
    for (n, part) in word.split('-').enumerate() {
        let start = t.start + offset;
        offset += part.len() + 1;
        if n == 0
            && let Some(c) = &acronym
        {
            out.push((c.start, c.end, c.kind, c.source.clone()));
            continue;
        }
        let Some(first) = part.chars().next() else { continue };
        let deva = t.flags & DEVA != 0;
        if part.chars().count() < 3 || (!deva && !first.is_uppercase()) {
            continue;
        }
        key.clear();
        super::super::tokens::push_key(part, t.flags & (DEVA | ALLCAPS), &mut key);
        if let Some(hit) = cx.gaz.lookup(&key)
            && (hit.trusted || part.chars().count() >= 4)
            && cx.gaz.alternate_fits(&key, part)
        {
            out.push((start, start + part.len(), cx.gaz.entry(hit.entry).kind, Source::Gazetteer(hit.entry)));
        }
    }
    out
}

/// Rule `infixed_place_name`: a hyphenated word whose first and last parts are
/// capitalised and that has a short lower-case part inside (a preposition or an
/// article: `Pas-de-Calais`, `Ростова-на-Дону`, `Stoke-on-Trent`,
/// `Saint-Germain-en-Laye`) is one place's name when one of its capitalised parts
/// is a place the gazetteer knows: the infix ties the place to its river, sea or
/// region, where two names hyphened side by side are a route or a pair
/// (`Moskva-Pjongjang`) and keep their parts.
fn infixed_place_name(cx: &Ctx, i: usize) -> bool {
    let t = cx.doc.toks[i];
    if t.flags & (DEVA | UNCASED | ALLCAPS | DIGIT) != 0 {
        return false;
    }
    let parts: Vec<&str> = cx.doc.word(i).split('-').collect();
    let capitalised = |p: &str| p.chars().next().is_some_and(char::is_uppercase);
    let infix = |p: &str| (1..=4).contains(&p.chars().count()) && p.chars().all(char::is_lowercase);
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else { return false };
    if parts.len() < 3
        || !capitalised(first)
        || !capitalised(last)
        || !parts[1..parts.len() - 1].iter().any(|p| infix(p))
        || !parts[1..parts.len() - 1].iter().all(|p| infix(p) || capitalised(p))
    {
        return false;
    }
    let mut key = String::new();
    parts.iter().filter(|p| capitalised(p) && p.chars().count() >= 3).any(|p| {
        key.clear();
        super::super::tokens::push_key(p, 0, &mut key);
        cx.gaz
            .lookup(&key)
            .is_some_and(|hit| cx.gaz.entry(hit.entry).kind == EntityKind::Location && cx.gaz.alternate_fits(&key, p))
    })
}

/// Rule `acronym_before_case_ending`: where names inflect, an acronym takes
/// its case ending after a hyphen (Serbian `NIS-a`, `NIS-u`; Polish `PiS-u`),
/// as Turkish writes one after an apostrophe: the name is the acronym, the
/// ending (one to three small letters) is no part of it, and the acronym
/// links by its letters to the same name written alone (`NIS`).
pub(super) fn acronym_before_case_ending(cx: &Ctx, i: usize) -> Option<Cand> {
    let doc = cx.doc;
    let t = doc.toks[i];
    if !doc.lang.names_inflect || t.flags & (DEVA | UNCASED | DIGIT) != 0 {
        return None;
    }
    let (part, ending) = doc.word(i).split_once('-')?;
    let letters = part.chars().count();
    if !(2..=6).contains(&letters)
        || !(part.chars().all(char::is_uppercase) || inner_capital_acronym(part))
        || !(1..=3).contains(&ending.chars().count())
        || !ending.chars().all(char::is_lowercase)
    {
        return None;
    }
    let mut key = String::new();
    super::super::tokens::push_key(part, ALLCAPS, &mut key);
    let (kind, source) = match cx.gaz.lookup(&key) {
        // (a town's alias spelled like it is none: `NIS`, the oil firm, is not Niš)
        Some(hit) if hit.trusted => (cx.gaz.entry(hit.entry).kind, Source::Gazetteer(hit.entry)),
        _ => (EntityKind::Organization, Source::Unknown { acronym: Some(part.to_lowercase()) }),
    };
    Some(Cand { t0: i, t1: i + 1, start: t.start, end: t.start + part.len(), kind, source, cue: false, weak: false })
}

/// `Frank-Walter Steinmeier`, `Hans-Georg Maaßen`: a hyphenated word of
/// capitalised parts, the first a given name, before another capitalised
/// word is a double given name, not two places (`Frank` is a town too).
fn double_given_name(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let word = doc.word(i);
    let Some((first, _)) = word.split_once('-') else { return false };
    let surname_follows =
        doc.toks.get(i + 1).is_some_and(|u| u.flags & JOINED != 0 && u.is_cap() && u.flags & ALLCAPS == 0);
    surname_follows
        && word.split('-').all(|p| p.chars().next().is_some_and(char::is_uppercase))
        && super::super::types::is_latin_given_name_in(doc.lang, first)
}

/// The acronym that begins a compound of capitalised parts (`CSU-Chef`,
/// `EU-Kommissionspräsidentin`, `SPD-Fraktion`), when it is a name: one the
/// gazetteer knows (trusted when it has two letters), or one the article also
/// writes alone (`TV-Duell` is no organisation unless the article names a
/// `TV`). A lower-case part after the hyphen is a case ending or an adjective
/// (`MSZ-u`, `US-led`): no compound; one that is an organisation's head makes
/// the whole compound the name (`EU-Kommission`). Kind and source.
fn acronym_before_hyphen(cx: &Ctx, i: usize) -> Option<(EntityKind, Source)> {
    let doc = cx.doc;
    if !doc.word(i).starts_with(char::is_uppercase) {
        return None;
    }
    let mut parts = doc.word(i).split('-');
    let part = parts.next()?;
    let letters = part.chars().count();
    let compound = parts.all(|p| p.chars().count() >= 2 && p.chars().next().is_some_and(char::is_uppercase));
    if !compound
        || part.len() == doc.word(i).len()
        || !(2..=6).contains(&letters)
        || !(part.chars().all(char::is_uppercase) || inner_capital_acronym(part))
        || doc.toks[i].flags & DEVA != 0
    {
        return None;
    }
    // `EU-Kommission`, `SPD-Fraktion`: a compound that ends in an organisation's head is that organisation
    let mut key = String::new();
    let tail = doc.word(i).rsplit('-').next().unwrap_or_default();
    super::super::tokens::push_key(tail, 0, &mut key);
    if cx.cues.of_key(&key, CueLang::of(doc.lang)) & ORG_HEAD != 0 {
        return None;
    }
    key.clear();
    super::super::tokens::push_key(part, ALLCAPS, &mut key);
    if let Some(hit) = cx.gaz.lookup(&key)
        && (hit.trusted || letters >= 3)
    {
        return Some((cx.gaz.entry(hit.entry).kind, Source::Gazetteer(hit.entry)));
    }
    let alone = (0..doc.toks.len()).any(|k| k != i && doc.toks[k].is_cap() && doc.word(k) == part);
    (letters >= 3 && (alone || acronym_before_common_noun(doc.lang, tail)))
        .then(|| (EntityKind::Organization, Source::Unknown { acronym: Some(part.to_lowercase()) }))
}

/// `AfD`, `PiS`: a short word of capitals with small letters inside (at most
/// two), which begins and ends with a capital, is an acronym as much as `SPD`.
fn inner_capital_acronym(part: &str) -> bool {
    let first_last =
        part.chars().next().is_some_and(char::is_uppercase) && part.chars().last().is_some_and(char::is_uppercase);
    first_last && part.chars().filter(|c| c.is_lowercase()).count() <= 2
}

/// Rule `acronym_opens_compound`: in a language that capitalises every noun,
/// an acronym of three letters or more before a hyphen and a common noun
/// (`DFB-Pokal`, `DFB-Pokals`, `PSG-Trainer`, `DFB-Präsident`) names the
/// organisation whose cup, coach or head the compound is, and the compound
/// itself is no name (the span is the acronym; a hyphen is a word boundary
/// for the gold as for the reader): the article need not write the acronym
/// alone. The compound's last part is a common noun, or its form, or ends in a title.
fn acronym_before_common_noun(lang: &Profile, tail: &str) -> bool {
    if lang.casing != Casing::EveryNoun {
        return false;
    }
    let lower = tail.to_lowercase();
    lang.is_common_word_form(&lower)
        || lang.data().words("title").any(|title| title.chars().count() >= 4 && lower.ends_with_short(title))
}

/// Rule `name_opens_compound`: in a language that capitalises every noun, a
/// compound read as a common noun (`Tesla-Chef`, `Kaiserslautern-Trainer`:
/// its last part is one) whose first part is a name, one the gazetteer spells
/// so or one the article writes alone as a name inside a sentence (a capital
/// the lowering of common nouns kept), names that: the span is the first
/// part. A common noun's first part (`Wasser-Schaden`) was lowered where it
/// stands alone, so it opens no name.
pub(super) fn name_opens_compound(cx: &Ctx, i: usize) -> Option<Cand> {
    let doc = cx.doc;
    let word = doc.word(i);
    if doc.lang.casing != Casing::EveryNoun || !word.starts_with(char::is_uppercase) {
        return None;
    }
    let (head, _) = word.split_once('-')?;
    let tail = word.rsplit('-').next()?;
    if head.chars().count() < 3 || !tail.starts_with(char::is_uppercase) || doc.lang.is_stop_word(head) {
        return None;
    }
    let t = doc.toks[i];
    let span = |kind, source| Cand {
        t0: i,
        t1: i + 1,
        start: t.start,
        end: t.start + head.len(),
        kind,
        source,
        cue: false,
        weak: true,
    };
    let mut key = String::new();
    push_key(head, 0, &mut key);
    if cx.gaz.is_exact_alias(&crate::lang::fold_for_search(head).text)
        && let Some(hit) = cx.gaz.lookup(&key)
    {
        return Some(span(cx.gaz.entry(hit.entry).kind, Source::Gazetteer(hit.entry)));
    }
    let alone = (0..doc.toks.len())
        .any(|k| doc.word(k) == head && doc.toks[k].is_cap() && doc.toks[k].flags & (SENT | TITLE_LINE) == 0);
    alone.then(|| span(EntityKind::Organization, Source::Unknown { acronym: None }))
}

/// [`acronym_before_hyphen`] as a candidate spanning the acronym alone.
pub(super) fn acronym_compound(cx: &Ctx, i: usize) -> Option<Cand> {
    let (kind, source) = acronym_before_hyphen(cx, i)?;
    let t = cx.doc.toks[i];
    let end = t.start + cx.doc.word(i).find('-')?;
    Some(Cand { t0: i, t1: i + 1, start: t.start, end, kind, source, cue: false, weak: false })
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;

    #[test]
    fn an_acronym_that_is_not_the_initials_of_the_words_after_it_opens_their_name() {
        let ms = mentions_in("tr", "Proje, TÜBİTAK Marmara Araştırma Merkezi ile birlikte yürütülüyor.");
        assert!(find(&ms, "TÜBİTAK Marmara Araştırma Merkezi").is_some(), "{ms:?}");
        // an acronym before its own expansion stays a name of its own
        let ms = mentions_in("tr", "Açıklamayı AFAD Afet ve Acil Durum Yönetimi Başkanlığı yaptı.");
        assert!(find(&ms, "AFAD").is_some(), "{ms:?}");
        let ms = mentions_in("ru", "Сотрудники МВД России задержали подозреваемого в Москве.");
        assert_eq!(find(&ms, "МВД России").map(|m| m.1), Some("ORG"), "{ms:?}");
    }

    #[test]
    fn a_word_in_lower_case_is_not_the_acronym_it_stems_to() {
        // `AB` is the EU in Turkish; Serbian `Abe`, `Abea` stem to the same key
        let r = run(&[
            article(
                "sr",
                "sr",
                "Japanski premijer Šinzo Abe ubijen je u petak. Abe se srušio, a ljudi su Abea žalili.",
            ),
            article("tr", "tr", "AB'nin dışişleri bakanları Brüksel'de toplandı."),
        ]);
        let eu = find(&r[1], "AB").map(|m| m.2.clone());
        assert!(eu.is_some(), "{:?}", r[1]);
        assert!(r[0].iter().all(|m| Some(&m.2) != eu.as_ref()), "{:?}", r[0]);
    }

    #[test]
    fn hyphenated_and_spaced_spellings_of_one_name_link_across_languages() {
        let a = [
            article(
                "a",
                "tr",
                "Kuzey Koreli mevkidaşı Ri Son-gwon ile görüştü. Sırbistan Cumhurbaşkanı Aleksandar Vučić de oradaydı.",
            ),
            article("b", "en", "His counterpart, Ri Son Gwon, met Serbian President Aleksandar Vucic on Monday."),
        ];
        let r = run(&a);
        assert_eq!(find(&r[0], "Ri Son-gwon").expect("tr").2, find(&r[1], "Ri Son Gwon").expect("en").2);
        assert_eq!(
            find(&r[0], "Aleksandar Vučić").expect("tr").2,
            find(&r[1], "Aleksandar Vucic").expect("en, no diacritics").2
        );
    }

    #[test]
    fn in_a_language_without_a_profile_only_known_names_places_and_acronyms() {
        let a = [
            article("en", "en", "Finnish Prime Minister Petteri Orpo met Ursula von der Leyen in Brussels."),
            article(
                "fi",
                "fi",
                "Helsingissä pääministeri Petteri Orpo kertoi tiistaina, että hallitus leikkaa menoja. \
                 Kokouksessa oli mukana myös valtiovarainministeri Riikka Purra. Suomen Pankki ja EKP arvioivat \
                 talouden kasvavan. Sen jälkeen Orpo matkusti Brysseliin.",
            ),
            article(
                "vi",
                "vi",
                "Thủ tướng Phạm Minh Chính cho biết tại Hà Nội rằng chính phủ sẽ cắt giảm chi tiêu. \
                 Ngân hàng Nhà nước dự báo kinh tế tăng trưởng.",
            ),
        ];
        let r = run(&a);
        let orpo = &find(&r[0], "Petteri Orpo").expect("en").2;
        for (surface, _, id) in &r[1] {
            assert!(id == orpo || surface == "EKP", "fi invents {surface} ({id}): {:?}", r[1]);
        }
        assert!(r[1].iter().any(|(_, _, id)| id == orpo), "known from the English article: {:?}", r[1]);
        assert!(r[1].iter().any(|(s, _, _)| s == "EKP"), "an acronym: {:?}", r[1]);
        for (surface, _, id) in &r[2] {
            assert!(id.starts_with("loc:"), "vi invents {surface} ({id}): {:?}", r[2]);
        }
        assert!(find(&r[2], "Hà Nội").is_some(), "a gazetteer place: {:?}", r[2]);
    }

    #[test]
    fn an_acronym_of_a_kind_of_thing_alone_is_no_name() {
        let r =
            mentions_in("ru", "Государственные СМИ сообщили, что ВВП вырос, а губернатор ввёл режим ЧС. ФСБ молчит.");
        for acronym in ["СМИ", "ВВП", "ЧС"] {
            assert!(find(&r, acronym).is_none(), "{acronym} is a kind of thing: {r:?}");
        }
        assert!(find(&r, "ФСБ").is_some(), "a body's acronym is a name: {r:?}");
        let r = mentions_in("uk", "Українські ЗМІ пишуть про ШІ, а СБУ розслідує справу.");
        for acronym in ["ЗМІ", "ШІ"] {
            assert!(find(&r, acronym).is_none(), "{acronym} is a kind of thing: {r:?}");
        }
        assert!(find(&r, "СБУ").is_some(), "a body's acronym is a name: {r:?}");
        let r = mentions_in("en", "The board said the company would keep building AI tools, and Microsoft agreed.");
        assert!(find(&r, "AI").is_none(), "{r:?}");
    }

    #[test]
    fn an_acronym_that_begins_a_compound_is_a_name() {
        let a = [article(
            "a",
            "de",
            "Die CSU gewann die Wahl. Der CSU-Chef lobte die Helfer, und die EU-Kommissionspräsidentin schwieg. \
             Die EU-Kommission tagte. Das TV-Duell lief am Abend.",
        )];
        let r = run(&a);
        let acronyms: Vec<&str> = r[0].iter().map(|m| m.0.as_str()).filter(|s| *s == "CSU" || *s == "EU").collect();
        assert_eq!(acronyms, ["CSU", "CSU", "EU"], "{:?}", r[0]);
        assert!(find(&r[0], "EU-Kommission").is_some(), "a head makes the compound the name: {:?}", r[0]);
        assert!(!r[0].iter().any(|m| m.0 == "TV"), "no TV in the article alone: {:?}", r[0]);
    }

    #[test]
    fn an_organisations_head_after_its_acronym_is_part_of_its_name() {
        let r = run(&[article("tr", "tr", "Seçimde İYİ Parti beklediği oyu alamadı.")]);
        assert_eq!(find(&r[0], "İYİ Parti").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_serbian_acronym_leaves_its_case_ending_out() {
        // rule `acronym_before_case_ending`
        let found = mentions_in(
            "sr",
            "Američke sankcije protiv NIS-a stupaju na snagu u martu. Vlada je saopštila da NIS radi normalno, \
             a da će NIS-u biti potrebna nova licenca.",
        );
        let nis: Vec<_> = found.iter().filter(|m| m.0.starts_with("NIS")).collect();
        assert_eq!(nis.len(), 3, "{found:?}");
        assert!(nis.iter().all(|m| m.0 == "NIS" && m.2 == nis[0].2), "{found:?}");
    }

    #[test]
    fn a_hyphenated_place_with_a_lower_case_infix_is_one_place() {
        // rule `infixed_place_name`: sentences written for this test
        for (lang, text, name) in [
            (
                "fr",
                "Le candidat a été élu dès le premier tour dans le Pas-de-Calais, selon les résultats.",
                "Pas-de-Calais",
            ),
            ("ru", "На побережье приехали волонтёры из Москвы, Ростова-на-Дону и Краснодара.", "Ростова-на-Дону"),
            ("en", "The club was founded in Stoke-on-Trent more than a century ago.", "Stoke-on-Trent"),
        ] {
            let found = mentions_in(lang, text);
            assert!(find(&found, name).is_some_and(|m| m.1 == "LOC"), "{lang}: {found:?}");
        }
    }
}
