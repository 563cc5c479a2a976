//! Rule `a_slavic_name_is_shown_in_the_nominative`: a Russian or Ukrainian
//! article often names a person only in an oblique case (`Сергея Лаврова`,
//! `Марии Захаровой`, `Олафа Шольца`), and a display name must be the name
//! itself (`Sergey Lavrov`). The family name's ending says which cases the
//! name can be in (`-овой` is a woman's oblique case, `-ова` a man's genitive
//! or a woman's nominative); the given name, brought back by an ending of one
//! of those cases, must then be a known given name. Nothing is changed when
//! the two disagree or the name may already be a nominative (`Ивана Петрова`
//! is Ivan Petrov's genitive or Ivana Petrova herself).

/// A case (and gender) a name's words can be in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Case {
    /// A man's genitive (also his accusative).
    MascGen,
    MascDat,
    MascIns,
    MascLoc,
    /// A woman's genitive, dative, instrumental or locative.
    FemOblique,
    FemAcc,
    /// A woman's nominative: the name as it stands.
    FemNom,
}

use Case::*;

/// `(ending, nominative ending, case)` of family names: every ending a family name
/// has gives its case, and the cases are tried in this order.
const FAMILY_ENDINGS: &[(&str, &str, Case)] = &[
    // -ский / -цкий (Russian), -ський (Ukrainian)
    ("ского", "ский", MascGen),
    ("цкого", "цкий", MascGen),
    ("ського", "ський", MascGen),
    ("цького", "цький", MascGen),
    ("скому", "ский", MascDat),
    ("цкому", "цкий", MascDat),
    ("ському", "ський", MascDat),
    ("цькому", "цький", MascDat),
    ("ским", "ский", MascIns),
    ("цким", "цкий", MascIns),
    ("ським", "ський", MascIns),
    ("цьким", "цький", MascIns),
    ("ском", "ский", MascLoc),
    ("цком", "цкий", MascLoc),
    ("ской", "ская", FemOblique),
    ("цкой", "цкая", FemOblique),
    ("ської", "ська", FemOblique),
    ("ській", "ська", FemOblique),
    ("ською", "ська", FemOblique),
    ("скую", "ская", FemAcc),
    ("цкую", "цкая", FemAcc),
    ("ську", "ська", FemAcc),
    // -ов / -ев / -ин
    ("овым", "ов", MascIns),
    ("евым", "ев", MascIns),
    ("иным", "ин", MascIns),
    ("овой", "ова", FemOblique),
    ("евой", "ева", FemOblique),
    ("иной", "ина", FemOblique),
    ("ова", "ов", MascGen),
    ("ева", "ев", MascGen),
    ("ина", "ин", MascGen),
    ("ына", "ын", MascGen),
    ("ова", "ова", FemNom),
    ("ева", "ева", FemNom),
    ("ина", "ина", FemNom),
    ("ову", "ов", MascDat),
    ("еву", "ев", MascDat),
    ("ину", "ин", MascDat),
    ("ову", "ова", FemAcc),
    ("еву", "ева", FemAcc),
    ("ину", "ина", FemAcc),
    ("ове", "ов", MascLoc),
    ("еве", "ев", MascLoc),
    ("ине", "ин", MascLoc),
    // Ukrainian women's -ова / -іна (`Степанової`, `Степановій`, `Степановою`)
    ("ової", "ова", FemOblique),
    ("евої", "ева", FemOblique),
    ("іної", "іна", FemOblique),
    ("иної", "ина", FemOblique),
    ("овій", "ова", FemOblique),
    ("евій", "ева", FemOblique),
    ("іній", "іна", FemOblique),
    ("овою", "ова", FemOblique),
    ("евою", "ева", FemOblique),
    ("іною", "іна", FemOblique),
    // a man's family name in -а declines as a woman's noun (`Малолєткою`, `Кулебы`)
    ("ою", "а", MascIns),
    ("ою", "а", FemOblique),
    ("ею", "я", MascIns),
    ("ы", "а", MascGen),
];

/// `(ending, nominative ending, case)` of given names and patronymics, tried in this order.
const GIVEN_ENDINGS: &[(&str, &str, Case)] = &[
    // patronymics (`Владимировича`, `Сергеевны`)
    ("ича", "ич", MascGen),
    ("ичу", "ич", MascDat),
    ("ичем", "ич", MascIns),
    ("иче", "ич", MascLoc),
    ("овны", "овна", FemOblique),
    ("евны", "евна", FemOblique),
    ("овне", "овна", FemOblique),
    ("евне", "евна", FemOblique),
    ("овной", "овна", FemOblique),
    ("евной", "евна", FemOblique),
    ("овну", "овна", FemAcc),
    ("евну", "евна", FemAcc),
    // Ukrainian `Сергія`, `Андрієві`, `Сергієм`
    ("ія", "ій", MascGen),
    ("ію", "ій", MascDat),
    ("ієві", "ій", MascDat),
    ("ієм", "ій", MascIns),
    ("ові", "", MascDat),
    ("еві", "ь", MascDat),
    // Russian and Ukrainian given names
    ("а", "", MascGen),
    ("я", "й", MascGen),
    ("я", "ь", MascGen),
    ("у", "", MascDat),
    ("ю", "й", MascDat),
    ("ю", "ь", MascDat),
    ("ом", "", MascIns),
    ("ем", "й", MascIns),
    ("ем", "ь", MascIns),
    ("ём", "ь", MascIns),
    ("е", "", MascLoc),
    ("е", "й", MascLoc),
    ("е", "ь", MascLoc),
    ("ии", "ия", FemOblique),
    ("ьи", "ья", FemOblique),
    ("ы", "а", FemOblique),
    ("и", "а", FemOblique),
    ("е", "а", FemOblique),
    ("ье", "ья", FemOblique),
    ("ой", "а", FemOblique),
    ("ей", "я", FemOblique),
    ("ою", "а", FemOblique),
    ("ої", "а", FemOblique),
    ("у", "а", FemAcc),
    ("ю", "я", FemAcc),
];

/// The family name's possible cases, each with its nominative; an empty list
/// where the ending tells nothing (a foreign name, `Шольца`, `Ына`): then any
/// oblique case the given name shows, the family name unchanged unless it is a
/// consonant stem with a man's ending of that case.
fn family_cases(family: &str) -> Vec<(Case, String)> {
    FAMILY_ENDINGS
        .iter()
        .filter_map(|&(ending, nominative, case)| {
            let stem = family.strip_suffix(ending)?;
            (stem.chars().count() >= 2).then(|| (case, format!("{stem}{nominative}")))
        })
        .collect()
}

/// A foreign family name with a consonant stem in a man's oblique case
/// (`Шольца`, `Макрону`, `Трампом`, `Байдене`), in the nominative.
fn foreign_family_nominative(family: &str, case: Case) -> Option<String> {
    // (a dative `-у` or locative `-е` may be a name that does not decline: `Шойгу`)
    let ending = match case {
        MascGen => "а",
        MascIns => "ом",
        _ => return None,
    };
    let stem = family.strip_suffix(ending)?;
    let last = stem.chars().last()?;
    let consonant = last.is_alphabetic() && !"аеёиоуыэюяіїєйь".contains(last.to_lowercase().next()?);
    (consonant && stem.chars().count() >= 2).then(|| stem.to_owned())
}

/// Rule `a_given_name_in_ея_is_a_mans_genitive`: `Сергея`, `Алексея`, `Андрея` are the
/// genitive of `Сергей`, `Алексей`, `Андрей`; no Russian woman's name ends so. The given-name
/// list knows `Sergeja` as a Slovenian woman's name, which made `Сергея Шойгу` a nominative.
fn only_a_mans_genitive(word: &str, known: &dyn Fn(&str) -> bool) -> bool {
    word.strip_suffix("ея").is_some_and(|stem| stem.chars().count() >= 2 && known(&format!("{stem}ей")))
}

fn is_nominative_feminine_shape(word: &str) -> bool {
    word.ends_with('а') || word.ends_with('я')
}

/// May the family name stand unchanged beside a given name in `case`: a name
/// that does not decline (`Степаненко`), or a woman's ending in a consonant
/// (`Татьяны Бакальчук`)? Not one that ends as the case does (`Шойгу` or `Шольцу`).
fn family_stays_in(family: &str, case: Case) -> bool {
    let Some(last) = family.chars().last().and_then(|c| c.to_lowercase().next()) else { return false };
    let indeclinable_vowel = "оеіиуэ".contains(last);
    match case {
        FemOblique | FemAcc => indeclinable_vowel || !"аяюьйєїё".contains(last),
        // `Шойгу` or `Шольцу`, `Гёте` or `Шольце`: too close to tell
        MascDat => indeclinable_vowel && last != 'у',
        MascLoc => indeclinable_vowel && last != 'е',
        _ => indeclinable_vowel,
    }
}

/// The given name (or patronymic) in the nominative for `case`, when that form is a known name.
fn given_in_case(word: &str, case: Case, known: &dyn Fn(&str) -> bool) -> Option<String> {
    GIVEN_ENDINGS.iter().filter(|&&(_, _, c)| c == case).find_map(|&(ending, nominative, _)| {
        let stem = word.strip_suffix(ending)?;
        if stem.chars().count() < 2 {
            return None;
        }
        let base = format!("{stem}{nominative}");
        known(&base).then_some(base)
    })
}

/// A patronymic in the nominative for `case` (`Владимировича` → `Владимирович`), if it is one.
fn patronymic_in_case(word: &str, case: Case) -> Option<String> {
    let patronymic = |w: &str| ["вич", "вна", "ьич", "ична"].iter().any(|e| w.ends_with(e));
    GIVEN_ENDINGS.iter().filter(|&&(_, _, c)| c == case).find_map(|&(ending, nominative, _)| {
        let base = format!("{}{nominative}", word.strip_suffix(ending)?);
        patronymic(&base).then_some(base)
    })
}

const OBLIQUE: [Case; 6] = [MascGen, MascDat, MascIns, MascLoc, FemOblique, FemAcc];

/// The words of a Cyrillic person's name (given name, patronymic if any,
/// family name) in the nominative, or None when they are, or may be, already.
/// `known` tells a given name from any other word.
/// `man`: the corpus names the person by a man's family name elsewhere (`Лавров`),
/// so a given name that is also a woman's (`Сергея`, Slovenian `Sergeja`) is a man's in a case.
pub(crate) fn nominative_of_name(words: &[&str], known: &dyn Fn(&str) -> bool, man: bool) -> Option<Vec<String>> {
    let (&given, rest) = words.split_first()?;
    let (&family, middle) = rest.split_last()?;
    let cyrillic = |c: char| c == '-' || crate::lang::Script::of(c) == Some(crate::lang::Script::Cyrillic);
    if middle.len() > 1 || !words.iter().all(|w| w.chars().all(cyrillic)) {
        return None;
    }
    let given_as_is = known(given) && !only_a_mans_genitive(given, known);
    // `Ивана Петрова`, `Марина Ле Пен`: a woman named in the nominative, or too close to tell
    if given_as_is && is_nominative_feminine_shape(given) && !man {
        return None;
    }
    let mut told = family_cases(family);
    // a known given name before a family name whose ending tells no case
    // (`Сергей Шойгу`, `Дмитро Кулеба`): the name is as it stands
    if given_as_is && told.is_empty() {
        return None;
    }
    if man {
        told.retain(|(case, _)| matches!(case, MascGen | MascDat | MascIns | MascLoc));
    } else if told.iter().any(|(case, _)| *case == FemNom) && given_as_is {
        return None;
    }
    let cases: Vec<(Case, Option<String>)> = if told.is_empty() {
        OBLIQUE
            .iter()
            .filter(|case| !man || !matches!(case, FemOblique | FemAcc))
            .map(|&case| (case, foreign_family_nominative(family, case)))
            .collect()
    } else {
        told.into_iter().filter(|(case, _)| *case != FemNom).map(|(case, f)| (case, Some(f))).collect()
    };
    for (case, family_nominative) in cases {
        let Some(given_nominative) = given_in_case(given, case, known) else { continue };
        if family_nominative.is_none() && !family_stays_in(family, case) {
            continue;
        }
        let mut out = vec![given_nominative];
        out.extend(middle.iter().map(|&m| patronymic_in_case(m, case).unwrap_or_else(|| m.to_owned())));
        out.push(family_nominative.unwrap_or_else(|| family.to_owned()));
        return Some(out);
    }
    None
}

/// Rule `a_name_in_a_mans_instrumental_is_shown_in_the_nominative`: a person
/// named once, after `с`/`з` (`встретился с Эрдоганом`, `с Джо Байденом`, `с Си
/// Цзиньпином`), has no nominative in the corpus to be shown by, and
/// [`nominative_of_name`] needs a given name it knows in the same case. A man's
/// instrumental is the one oblique case whose ending no nominative name has:
/// `-ом` after a consonant (`Байденом`), `-ем` after `ц ж ш ч щ` (`Шольцем`),
/// and the `-ым`/`-им` of Slavic family names (`Лавровым`, Ukrainian `Путіним`).
/// The family name (the last word) is brought back to its nominative when no
/// other word is in a case of its own (`Ким Чен Ыном`: Korean and Chinese given
/// names, `Джо`, `Энтони`, do not decline); `None` otherwise.
pub(crate) fn nominative_of_instrumental(words: &[&str]) -> Option<Vec<String>> {
    let (&family, others) = words.split_last()?;
    let cyrillic = |c: char| c == '-' || crate::lang::Script::of(c) == Some(crate::lang::Script::Cyrillic);
    if !words.iter().all(|w| w.chars().all(cyrillic)) {
        return None;
    }
    // a given name or patronymic in a case of its own is nominative_of_name's to read
    const GIVEN_INSTRUMENTAL: [&str; 5] = ["ом", "ем", "ём", "ой", "ою"];
    if others.iter().any(|w| GIVEN_INSTRUMENTAL.iter().any(|e| w.ends_with(e))) {
        return None;
    }
    let mut out: Vec<String> = others.iter().map(|&w| w.to_owned()).collect();
    out.push(instrumental_family_nominative(family)?);
    Some(out)
}

/// A man's family name in the instrumental (see [`nominative_of_instrumental`]), in the nominative.
fn instrumental_family_nominative(family: &str) -> Option<String> {
    const SLAVIC: [(&str, &str); 4] = [("овим", "ов"), ("евим", "ев"), ("іним", "ін"), ("иним", "ин")];
    let slavic = FAMILY_ENDINGS
        .iter()
        .filter(|&&(ending, _, case)| {
            // an ending only a man's instrumental has (`-ою` is also a woman's case)
            case == MascIns && !FAMILY_ENDINGS.iter().any(|&(other, _, c)| other == ending && c != MascIns)
        })
        .map(|&(ending, nominative, _)| (ending, nominative))
        .chain(SLAVIC)
        .find_map(|(ending, nominative)| {
            let stem = family.strip_suffix(ending)?;
            (stem.chars().count() >= 2).then(|| format!("{stem}{nominative}"))
        });
    slavic.or_else(|| foreign_family_nominative(family, MascIns)).or_else(|| {
        // the hushing and ц stems write the ending `-ем` (`Шольцем`, `Мерцем`)
        let stem = family.strip_suffix("ем")?;
        let last = stem.chars().last()?.to_lowercase().next()?;
        ("цжшчщ".contains(last) && stem.chars().count() >= 2).then(|| stem.to_owned())
    })
}

/// Is the last word of a spelling (Latin letters, lower case, as `spelling_key`
/// writes it) a man's Slavic family name: a nominative `-ov`, `-ev`, `-in`,
/// `-sky`, or an instrumental only a man's takes (`Lavrovym`)?
pub(crate) fn a_mans_family_name(spelling: &str) -> bool {
    const MENS: &[&str] = &["ov", "ev", "in", "yn", "ovym", "evym", "inym", "skiy", "skii", "sky", "skyi", "skyy"];
    let last = spelling.rsplit(' ').next().unwrap_or("");
    last.len() >= 5 && last.is_ascii() && MENS.iter().any(|e| last.ends_with(e))
}

/// The case endings of the place names a Russian article declines, and the
/// nominative ending each stands for: a region's noun is feminine in `-ия`,
/// `-ня`, `-ка`, `-ь` or `-ея`, neuter in `-ье`, or masculine in a consonant
/// (`Чечни` of `Чечня`, `Подмосковья` of `Подмосковье`, `Дагестана` of
/// `Дагестан`). Several endings read the same word several ways; the caller
/// keeps the reading its list of places knows.
const PLACE_CASE_ENDINGS: &[(&str, &str)] = &[
    // feminine -ия: genitive, dative and locative -ии, accusative -ию, instrumental -ией
    ("ии", "ия"),
    ("ию", "ия"),
    ("ией", "ия"),
    // feminine -ня (soft): -ни, -не, -ню, -ней
    ("ни", "ня"),
    ("не", "ня"),
    ("ню", "ня"),
    ("ней", "ня"),
    // neuter -ье: -ья, -ью, -ьем, -ье (locative)
    ("ья", "ье"),
    ("ью", "ье"),
    ("ьем", "ье"),
    // feminine -ка: -ки, -ке, -ку, -кой
    ("ки", "ка"),
    ("ке", "ка"),
    ("ку", "ка"),
    ("кой", "ка"),
    // feminine -ея: -еи, -ее, -ею, -еей
    ("еи", "ея"),
    ("ее", "ея"),
    ("ею", "ея"),
    ("еей", "ея"),
    // feminine -ь: -и, -ью
    ("и", "ь"),
    ("ью", "ь"),
    // feminine -а (hard): -ы, -е, -у, -ой
    ("ы", "а"),
    ("е", "а"),
    ("у", "а"),
    ("ой", "а"),
    // masculine in a consonant: -а, -у, -е, -ом
    ("а", ""),
    ("у", ""),
    ("е", ""),
    ("ом", ""),
];

/// The nominatives a declined Russian place name may stand for, the word
/// itself first (lower case, as given): `чечни` gives `чечни`, `чечня`,
/// `чечнь`, …; see [`PLACE_CASE_ENDINGS`]. A stem of three letters at least.
pub(crate) fn nominatives_of_a_place(word: &str) -> impl Iterator<Item = String> + '_ {
    std::iter::once(word.to_owned()).chain(PLACE_CASE_ENDINGS.iter().filter_map(move |(ending, nominative)| {
        let stem = word.strip_suffix(ending)?;
        (stem.chars().count() >= 3).then(|| format!("{stem}{nominative}"))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declined_russian_place_reads_back_to_its_nominative() {
        let reads = |w: &str| nominatives_of_a_place(w).collect::<Vec<_>>();
        for (word, nominative) in [
            ("чечни", "чечня"),
            ("чечне", "чечня"),
            ("ингушетии", "ингушетия"),
            ("подмосковья", "подмосковье"),
            ("дагестана", "дагестан"),
            ("татарстане", "татарстан"),
            ("чукотке", "чукотка"),
            ("кубани", "кубань"),
            ("адыгеи", "адыгея"),
            ("тывы", "тыва"),
            ("кавказом", "кавказ"),
            ("карелия", "карелия"),
        ] {
            assert!(reads(word).iter().any(|n| n == nominative), "{word}: {:?}", reads(word));
        }
        // a stem of two letters is read as it stands only
        assert_eq!(reads("оне"), vec!["оне".to_owned()]);
    }

    /// A few given names in the nominative, as `data/names/given.txt` knows them.
    fn known(word: &str) -> bool {
        [
            "Сергей",
            "Мария",
            "Олаф",
            "Дмитрий",
            "Ким",
            "Ивана",
            "Иван",
            "Марина",
            "Игорь",
            "Анна",
            "Ольга",
            "Владимир",
            "Сергій",
            "Татьяна",
            "Антоні",
        ]
        .contains(&word)
    }

    fn nominative(name: &str) -> Option<String> {
        let words: Vec<&str> = name.split(' ').collect();
        nominative_of_name(&words, &known, false).map(|w| w.join(" "))
    }

    #[test]
    fn a_man_in_an_oblique_case_is_named_in_the_nominative() {
        assert_eq!(nominative("Сергея Лаврова").as_deref(), Some("Сергей Лавров"));
        assert_eq!(nominative("Сергеем Лавровым").as_deref(), Some("Сергей Лавров"));
        assert_eq!(nominative("Дмитрия Пескова").as_deref(), Some("Дмитрий Песков"));
        assert_eq!(nominative("Игорю Сечину").as_deref(), Some("Игорь Сечин"));
        assert_eq!(nominative("Олафа Шольца").as_deref(), Some("Олаф Шольц"), "a foreign consonant stem");
        assert_eq!(nominative("Владимира Владимировича Путина").as_deref(), Some("Владимир Владимирович Путин"));
        assert_eq!(nominative("Сергія Кислицького").as_deref(), Some("Сергій Кислицький"), "Ukrainian");
    }

    #[test]
    fn a_name_in_a_mans_instrumental_is_shown_in_the_nominative() {
        let nominative = |name: &str| {
            let words: Vec<&str> = name.split(' ').collect();
            nominative_of_instrumental(&words).map(|w| w.join(" "))
        };
        assert_eq!(nominative("Эрдоганом").as_deref(), Some("Эрдоган"));
        assert_eq!(nominative("Джо Байденом").as_deref(), Some("Джо Байден"));
        assert_eq!(nominative("Си Цзиньпином").as_deref(), Some("Си Цзиньпин"));
        assert_eq!(nominative("Ким Чен Ыном").as_deref(), Some("Ким Чен Ын"));
        assert_eq!(nominative("Шольцем").as_deref(), Some("Шольц"));
        assert_eq!(nominative("Лавровым").as_deref(), Some("Лавров"));
        assert_eq!(nominative("Путіним").as_deref(), Some("Путін"), "Ukrainian");
        // a nominative, a woman's case, a given name in a case of its own: not this rule's
        assert_eq!(nominative("Эрдоган"), None);
        assert_eq!(nominative("Бекхэм"), None);
        assert_eq!(nominative("Марией Захаровой"), None);
        assert_eq!(nominative("Сергеем Лавровым"), None);
        assert_eq!(nominative("Малолєткою"), None);
        assert_eq!(nominative("Trumpom"), None, "Cyrillic only");
    }

    #[test]
    fn a_woman_in_an_oblique_case_is_named_in_the_nominative() {
        assert_eq!(nominative("Марии Захаровой").as_deref(), Some("Мария Захарова"));
        assert_eq!(nominative("Ольги Скабеевой").as_deref(), Some("Ольга Скабеева"));
        assert_eq!(nominative("Анну Петрову").as_deref(), Some("Анна Петрова"));
    }

    #[test]
    fn a_man_known_elsewhere_is_no_woman_of_the_same_given_name() {
        let words = ["Ивана", "Петрова"];
        let man = nominative_of_name(&words, &known, true).map(|w| w.join(" "));
        assert_eq!(man.as_deref(), Some("Иван Петров"));
        assert!(a_mans_family_name("sergey lavrov"));
        assert!(a_mans_family_name("sergeem lavrovym"));
        assert!(!a_mans_family_name("mariya zakharova"));
        assert!(!a_mans_family_name("ivana petrova"));
    }

    #[test]
    fn a_family_name_that_does_not_decline_stays() {
        assert_eq!(nominative("Татьяны Бакальчук").as_deref(), Some("Татьяна Бакальчук"));
        assert_eq!(nominative("Сергея Шойгу").as_deref(), Some("Сергей Шойгу"));
        assert_eq!(nominative("Олафу Шольцу"), None, "a dative -у: `Шольцу` or a name that does not decline");
        assert_eq!(nominative("Сергею Шойгу"), None, "the same");
        assert_eq!(nominative("Сергею Лаврова"), None, "a man's family name in -а declines");
    }

    #[test]
    fn a_given_name_in_ея_is_a_mans_genitive() {
        // as data/names/given.txt: `Sergeja` is a Slovenian woman's name too
        let known_with_sergeja = |word: &str| known(word) || word == "Сергея";
        let nominative = |name: &str| {
            let words: Vec<&str> = name.split(' ').collect();
            nominative_of_name(&words, &known_with_sergeja, false).map(|w| w.join(" "))
        };
        assert_eq!(nominative("Сергея Шойгу").as_deref(), Some("Сергей Шойгу"));
        assert_eq!(nominative("Сергея Лаврова").as_deref(), Some("Сергей Лавров"));
        assert_eq!(nominative("Ивана Петрова"), None, "still Ivan Petrov's genitive or Ivana Petrova");
    }

    #[test]
    fn a_family_name_of_the_a_declension_is_a_mans_too() {
        assert_eq!(nominative("Сергеем Малолеткою").as_deref(), Some("Сергей Малолетка"));
        assert_eq!(nominative("Дмитрия Кулебы").as_deref(), Some("Дмитрий Кулеба"));
        assert_eq!(nominative("Ольги Степанової").as_deref(), Some("Ольга Степанова"), "Ukrainian");
    }

    #[test]
    fn a_name_that_may_be_a_nominative_is_left_alone() {
        assert_eq!(nominative("Сергей Лавров"), None);
        assert_eq!(nominative("Мария Захарова"), None);
        assert_eq!(nominative("Ивана Петрова"), None, "Ivan Petrov's genitive or Ivana Petrova");
        assert_eq!(nominative("Марина Ле Пен"), None);
        assert_eq!(nominative("Анна Шольц"), None);
        assert_eq!(nominative("Ким Чен Ын"), None);
        assert_eq!(nominative("Сергей Шойгу"), None, "a known given name, a family name that tells no case");
        assert_eq!(nominative("Антоніу Гутерріш"), None, "a man's family name in a consonant declines");
        assert_eq!(nominative("Ким Чен Ына"), None, "too close to tell from a declined given name");
    }

    #[test]
    fn unknown_given_names_and_other_scripts_are_left_alone() {
        assert_eq!(nominative("Газпрома Нефти"), None, "no given name");
        assert_eq!(nominative("Sergeya Lavrova"), None, "Latin letters");
        assert_eq!(nominative("Лаврова"), None, "one word");
    }
}
