//! Acronyms: the organisation whose initials an acronym spells, the Latin
//! letters of a Cyrillic acronym, and an acronym named in brackets after its name.

use super::{
    Article, ArticleEntities, EntityKind, HashMap, Item, Kept, Origin, Profile, Tables, UnionFind, cand_before,
    cand_range,
};

/// A Cyrillic acronym shorter than this is too often another body's Latin one.
pub(super) const MIN_CYRILLIC_ACRONYM: usize = 3;

/// Rule `an_acronym_read_as_a_word_is_its_latin_letters`: Cyrillic writes the
/// acronym of a foreign body that is read as a word letter for letter (`УЕФА`,
/// `УЄФА`, `ФИФА` for UEFA, FIFA): an acronym of [`MIN_CYRILLIC_ACRONYM`] Cyrillic
/// letters or more, each of one Latin letter, is the Latin acronym of those letters.
pub(super) fn join_acronyms_by_their_latin_letters(items: &[Item], t: &Tables, uf: &mut UnionFind) {
    let mut latin: HashMap<String, usize> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        if let Some(letters) = t.joined(it).strip_prefix("acr:")
            && letters.is_ascii()
        {
            latin.entry(letters.chars().map(acronym_sound).collect()).or_insert(n);
        }
    }
    if latin.is_empty() {
        return;
    }
    let mut read = String::new();
    for (n, it) in items.iter().enumerate() {
        let Some(letters) = t.joined(it).strip_prefix("acr:") else { continue };
        if letters.is_ascii() || letters.chars().count() < MIN_CYRILLIC_ACRONYM {
            continue;
        }
        read.clear();
        let all_read =
            letters.chars().all(|c| cyrillic_acronym_letter(c).map(|l| read.push(acronym_sound(l))).is_some());
        if all_read && let Some(&m) = latin.get(read.as_str()) {
            uf.union(m, n);
        }
    }
}

/// Rule `an_acronym_read_as_a_word_is_its_latin_letters`: an acronym read as a word is
/// written by its sound, so Cyrillic `к` is the Latin `c` or `k`, and `в` the `v` or `w`
/// (`ЭКОВАС`, `ЕКОВАС` for ECOWAS): both sides' letters are compared by their sound.
pub(super) fn acronym_sound(letter: char) -> char {
    match letter {
        'c' | 'q' => 'k',
        'w' => 'v',
        other => other,
    }
}

/// The Latin letter a Cyrillic letter of an acronym stands for, where it is one.
pub(super) fn cyrillic_acronym_letter(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'б' => 'b',
        'в' => 'v',
        'г' | 'ґ' => 'g',
        'д' => 'd',
        'е' | 'є' | 'ё' | 'э' => 'e',
        'з' => 'z',
        'и' | 'і' | 'ї' => 'i',
        'ј' => 'j',
        'к' => 'k',
        'л' => 'l',
        'м' => 'm',
        'н' => 'n',
        'о' => 'o',
        'п' => 'p',
        'р' => 'r',
        'с' => 's',
        'т' => 't',
        'у' => 'u',
        'ф' => 'f',
        'х' => 'h',
        'ц' => 'c',
        _ => return None,
    })
}

/// The lower-case letters of a country's short name written just before
/// item `it` (`U.S.`, `UK`), which an acronym of the item's name may begin with.
pub(super) fn short_place_before(
    articles: &[Article],
    cands: &[Kept],
    cand_starts: &[u32],
    it: &Item,
) -> Option<String> {
    let at = it.cand as usize;
    let before = cand_before(cands, cand_starts, it)?;
    let (Origin::Gazetteer(_), EntityKind::Location) = (before.origin(), before.kind) else { return None };
    let text = &articles.get(it.art as usize)?.text;
    let between = text.get(before.end as usize..cands.get(at)?.start as usize)?;
    let written = text.get(before.start as usize..before.end as usize)?;
    let letters: String = written.chars().filter(|c| c.is_alphabetic()).collect();
    let short = (2..=3).contains(&letters.chars().count()) && letters.chars().all(char::is_uppercase);
    (between == " " && short).then(|| letters.to_lowercase())
}

/// Rule `an_acronym_skips_the_small_words_of_a_name`: an acronym spells the initials of a name's
/// words but not those of its lower-case stop words (`CMA` of `Competition and Markets Authority`,
/// `FBI` of `Federal Bureau of Investigation`, French `OMS` of `Organisation mondiale de la
/// santé`): those initials of organisation `it`, where its name has such a word to leave out.
/// Rule `an_acronym_spells_each_part_of_a_hyphenated_word`: each part of a hyphenated word
/// gives its letter (`PSG` of `Paris Saint-Germain`), which the name's words alone do not.
pub(super) fn initials_without_stop_words(
    articles: &[Article],
    cands: &[Kept],
    langs: &[&'static Profile],
    it: &Item,
) -> Option<String> {
    let (article, name, lang) =
        (articles.get(it.art as usize)?, cands.get(it.cand as usize)?, langs.get(it.art as usize)?);
    let text = article.text.get(name.start as usize..name.end as usize)?;
    let mut initials = String::new();
    let (mut skipped, mut parts) = (false, false);
    for word in text.split(char::is_whitespace) {
        let Some(first) = word.chars().next() else { continue };
        if first.is_lowercase() && lang.is_stop_word(word) {
            skipped = true;
            continue;
        }
        initials.extend(first.to_lowercase());
        // (rule `an_acronym_spells_each_part_of_a_hyphenated_word`: `PSG` of `Paris Saint-Germain`)
        for part in word.split('-').skip(1) {
            if let Some(first) = part.chars().next().filter(|c| c.is_alphabetic()) {
                initials.extend(first.to_lowercase());
                parts = true;
            }
        }
    }
    ((skipped || parts) && initials.chars().count() >= 2).then_some(initials)
}

/// Most organisations of one set of initials an acronym is compared with.
pub(super) const ORGANISATIONS_PER_INITIALS: usize = 16;

/// Other entities an acronym's article must share with an article naming an organisation
/// in full for the acronym to be that organisation by its initials.
pub(super) const MIN_SHARED_ENTITIES_OF_AN_ACRONYM: usize = 1;

/// Acronyms this short spell the initials of too many names to meet one of another story.
pub(super) const SHORT_ACRONYM_LETTERS: usize = 2;

/// Rule `an_acronym_spells_a_name_of_its_own_story`: of the organisations whose initials
/// acronym `n` spells (`orgs`, in corpus order), the one its own article names, else the
/// first; for an acronym of [`SHORT_ACRONYM_LETTERS`] (`letters`), the first one an article
/// telling the same story names (another entity in common): two letters spell the initials
/// of many names, and another story's is another body (Serbian `FA`, the Football
/// Association of the FA Cup, is no Spanish `Fuerzas Armadas`; Portuguese `PS`, a party,
/// no `Paris Saint-Germain`).
pub(super) fn initials_of_its_story(
    n: usize,
    letters: usize,
    orgs: &[usize],
    all: (&[Item], &[Kept], &[u32]),
    placed: &HashMap<usize, u32>,
    context: &mut ArticleEntities,
    uf: &mut UnionFind,
) -> Option<usize> {
    let items = all.0;
    let art = items.get(n)?.art;
    if let Some(&org) = orgs.iter().find(|&&o| items.get(o).is_some_and(|it| it.art == art)) {
        return Some(org);
    }
    if letters > SHORT_ACRONYM_LETTERS {
        return orgs.first().copied();
    }
    orgs.iter().copied().find(|&o| {
        items.get(o).is_some_and(|it| {
            let root = uf.find(o);
            context.shared(art, it.art, root, all, placed, uf) >= MIN_SHARED_ENTITIES_OF_AN_ACRONYM
        })
    })
}

/// Rule `an_acronym_spells_a_whole_name`: a name written right after a one-word
/// organisation name and a function word (`Center` `for` `Civil Liberties`, a name
/// `Center for Civil Liberties` that was read as two) is the end of a longer name:
/// an acronym of its initials alone (`CL`) is not the body's, but another's (the
/// Champions League's).
pub(super) fn end_of_a_longer_name(
    articles: &[Article],
    cands: &[Kept],
    cand_starts: &[u32],
    langs: &[&'static Profile],
    it: &Item,
) -> bool {
    let at = it.cand as usize;
    let Some(before) = cand_before(cands, cand_starts, it) else { return false };
    let (Some(article), Some(name), Some(lang)) =
        (articles.get(it.art as usize), cands.get(at), langs.get(it.art as usize))
    else {
        return false;
    };
    let Some(between) = article.text.get(before.end as usize..name.start as usize) else { return false };
    let word = between.trim();
    let one_word_before = matches!(before.origin(), Origin::Unknown { acronym: false, .. })
        && before.kind == EntityKind::Organization
        && before.words() == 1;
    one_word_before
        && between.len() == word.len() + 2
        && between.starts_with(' ')
        && between.ends_with(' ')
        && !word.is_empty()
        && word.chars().all(char::is_lowercase)
        && lang.is_stop_word(word)
}

/// The organisation an acronym in brackets follows (`Геологической службы
/// США (USGS)`): the acronym of its name, whatever language the name is in.
pub(super) fn named_before_in_brackets(
    articles: &[Article],
    cands: &[Kept],
    cand_starts: &[u32],
    it: &Item,
) -> Option<usize> {
    let at = it.cand as usize;
    let before = cand_before(cands, cand_starts, it)?;
    let acronym = cands.get(at)?;
    let text = &articles.get(it.art as usize)?.text;
    let between = text.get(before.end as usize..acronym.start as usize)?;
    let closed = text.get(acronym.end as usize..)?.starts_with(')');
    let named =
        matches!(before.origin(), Origin::Unknown { acronym: false, .. }) && before.kind == EntityKind::Organization;
    (between.trim_start() == "(" && closed && named).then(|| before.item()).flatten()
}

/// The Han organisation written in brackets right after the Han organisation
/// `it` names, as its other name (`旧統一教会（世界平和統一家庭連合）`): its item.
pub(super) fn han_organisation_in_brackets_after(
    articles: &[Article],
    cands: &[Kept],
    cand_starts: &[u32],
    it: &Item,
) -> Option<usize> {
    let at = it.cand as usize;
    let name = cands.get(at)?;
    let other = cands.get(at + 1).filter(|_| at + 1 < cand_range(cand_starts, it.art as usize).end)?;
    let text = &articles.get(it.art as usize)?.text;
    let han = |c: &Kept| {
        text.get(c.start as usize..c.end as usize)
            .is_some_and(|s| s.chars().all(|ch| crate::lang::Script::of(ch) == Some(crate::lang::Script::Han)))
    };
    let between = text.get(name.end as usize..other.start as usize)?;
    let closed = text.get(other.end as usize..)?.starts_with('）');
    let organisations = name.kind == EntityKind::Organization && other.kind == EntityKind::Organization;
    (between == "（" && closed && organisations && name.is_unknown() && other.is_unknown() && han(name) && han(other))
        .then(|| other.item())
        .flatten()
}

/// The known organisation whose acronym follows an unknown organisation's
/// name in brackets (`国際原子力機関（IAEA）`, `Agence internationale de
/// l'énergie atomique (AIEA)`): the gazetteer's entry, which that name is.
pub(super) fn known_acronym_in_brackets_after(
    articles: &[Article],
    cands: &[Kept],
    cand_starts: &[u32],
    it: &Item,
) -> Option<u32> {
    let at = it.cand as usize;
    let name = cands.get(at)?;
    let next = cands.get(at + 1).filter(|_| at + 1 < cand_range(cand_starts, it.art as usize).end)?;
    let Origin::Gazetteer(entry) = next.origin() else { return None };
    let text = &articles.get(it.art as usize)?.text;
    let acronym = text.get(next.start as usize..next.end as usize)?;
    let between = text.get(name.end as usize..next.start as usize)?;
    let closed = text.get(next.end as usize..)?.starts_with([')', '）']);
    let is_acronym = acronym.len() >= 2 && acronym.bytes().all(|b| b.is_ascii_uppercase());
    let named =
        matches!(name.origin(), Origin::Unknown { acronym: false, .. }) && name.kind == EntityKind::Organization;
    (matches!(between.trim(), "(" | "（") && closed && is_acronym && named && next.kind == name.kind).then_some(entry)
}

#[cfg(test)]
mod tests {
    use crate::entities::recognise::tests::{article, id_of, run};

    #[test]
    fn an_acronym_spells_a_whole_name_not_the_end_of_one_read_as_two() {
        // rule `an_acronym_spells_a_whole_name`: `Civil Liberties` is the end of `Center for
        // Civil Liberties`; `CL` is the Champions League the Japanese article names before it
        let r = run(&[
            article(
                "en",
                "en",
                "The prize went to Ales Bialiatski, the Russian group Memorial and the Center for Civil Liberties \
                 of Ukraine. The Center for Civil Liberties has documented war crimes.",
            ),
            article(
                "ja",
                "ja",
                "マンチェスター・シティーは欧州チャンピオンズリーグ（CL）決勝でインテルを破った。CL初優勝となった。",
            ),
        ]);
        let cut = id_of(&r, 0, "Civil Liberties");
        assert!(cut.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "CL").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "CL"), cut, "{r:?}");
    }

    #[test]
    fn an_acronym_spells_a_name_of_its_own_story() {
        // `FA` of the FA Cup spells the initials of `Fuerzas Armadas`, which only a story on
        // an earthquake names
        let r = run(&[
            article("sr", "sr", "Manchester City je osvojio FA kup. U finalu FA kupa City je pobedio Junajted."),
            article(
                "es",
                "es",
                "Las Fuerzas Armadas enviaron tropas a Marrakech tras el terremoto. Las Fuerzas Armadas ayudaron.",
            ),
        ]);
        let forces = id_of(&r, 1, "Fuerzas Armadas");
        assert!(forces.is_some(), "{:?}", r[1]);
        assert!(id_of(&r, 0, "FA").is_some(), "{:?}", r[0]);
        assert_ne!(id_of(&r, 0, "FA"), forces, "{r:?}");
    }

    #[test]
    fn an_acronym_skips_the_small_words_of_a_name() {
        let r = run(&[article(
            "en",
            "en",
            "The Competition and Markets Authority cleared the deal on Friday. \
             The CMA had blocked the first version of the agreement in April.",
        )]);
        let full = id_of(&r, 0, "Competition and Markets Authority");
        assert!(full.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "CMA"), full, "{:?}", r[0]);
    }

    #[test]
    fn an_acronym_spells_each_part_of_a_hyphenated_word() {
        let r = run(&[article(
            "es",
            "es",
            "El Paris Saint-Germain ganó la liga francesa el domingo. El PSG celebró el título en casa.",
        )]);
        let full = id_of(&r, 0, "Paris Saint-Germain");
        assert!(full.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "PSG"), full, "{:?}", r[0]);
    }

    #[test]
    fn an_acronym_read_as_a_word_is_its_latin_letters_by_their_sound() {
        // rule `an_acronym_read_as_a_word_is_its_latin_letters`: `К` is the c, `В` the w of ECOWAS
        let r = run(&[
            article("en", "en", "Leaders of ECOWAS met in Abuja on Sunday. ECOWAS gave the junta a week."),
            article("ru", "ru", "Лидеры ЭКОВАС встретились в Абудже в воскресенье. ЭКОВАС дал хунте неделю."),
            article("uk", "uk", "Лідери ЕКОВАС зустрілися в Абуджі в неділю. ЕКОВАС дав хунті тиждень."),
        ]);
        let ecowas = id_of(&r, 0, "ECOWAS");
        assert!(ecowas.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "ЭКОВАС"), ecowas, "{r:?}");
        assert_eq!(id_of(&r, 2, "ЕКОВАС"), ecowas, "{r:?}");
    }

    #[test]
    fn a_cyrillic_acronym_read_as_a_word_is_the_latin_acronym_of_its_letters() {
        let r = run(&[
            article("en", "en", "UEFA fined the club on Monday after the final in Istanbul."),
            article("ru", "ru", "УЕФА оштрафовал клуб в понедельник после финала в Стамбуле."),
            article("uk", "uk", "УЄФА оштрафував клуб у понеділок після фіналу в Стамбулі."),
        ]);
        let en = id_of(&r, 0, "UEFA");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "УЕФА"), en, "{r:?}");
        assert_eq!(id_of(&r, 2, "УЄФА"), en, "{r:?}");
    }

    #[test]
    fn an_acronym_in_full_width_brackets_after_a_name_is_that_organisation() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[article("ja", "ja", "国際原子力機関（IAEA）は報告書をまとめた。IAEAの評価を尊重する。")]);
        let full = id_of(&r, 0, "国際原子力機関");
        assert!(full.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "IAEA"), full, "{:?}", r[0]);
    }

    #[test]
    fn an_acronym_spells_a_name_with_the_country_before_it_or_follows_it_in_brackets() {
        let r = run(&[
            article("en", "en", "The U.S. Geological Survey placed the epicentre near the village on Friday."),
            article("ru", "ru", "По данным Геологической службы США (USGS), эпицентр находился у деревни."),
        ]);
        let en = id_of(&r, 0, "Geological Survey");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "USGS"), en, "{:?}", r[1]);
        assert_eq!(id_of(&r, 1, "Геологической службы США"), en, "{:?}", r[1]);
    }
}
