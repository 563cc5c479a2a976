//! Complements of heads and titles: genitive, `of` and lower-case complements that end or extend a name.

use super::*;

/// Rule `head_tail`: where a name opens with its head
/// ([`Profile::names_open_with_heads`]), the lower-case words of the
/// profile's `headtail` class after the head, alone or after a complement
/// preposition, are the name's own (`Commissione europea`, `Assemblée
/// nationale`, `Consiglio dei ministri`): an institution's adjectives and the
/// members it is named for. At most two; `end` is just past the head.
pub(super) fn head_tail(cx: &Ctx, end: usize) -> Option<usize> {
    let doc = cx.doc;
    if !doc.lang.names_open_with_heads() {
        return None;
    }
    let data = doc.lang.data();
    let lower = |k: usize| doc.toks.get(k).is_some_and(|t| t.flags & (LOWER | JOINED) == (LOWER | JOINED));
    let tail = |k: usize| lower(k) && data.words("headtail").any(|w| w == doc.word(k));
    let prep = |k: usize| lower(k) && data.words("complprep").any(|w| w == doc.word(k));
    let mut k = end;
    for _ in 0..2 {
        if tail(k) {
            k += 1;
        } else if k == end && prep(k) && tail(k + 1) {
            k += 2;
        } else {
            break;
        }
    }
    (k > end).then_some(k)
}

/// Rule `place_before_given_name`: a place that is also a given name, right
/// after a place preposition and before another given name and a surname, is
/// the place, and the two words after it the person (`посланик в София |
/// Елеонора Митрофанова`), not a person of three names: the preposition places
/// something, and the given name after it begins the person.
pub(super) fn place_before_given_name(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let name_word = |k: usize| {
        doc.toks.get(k).is_some_and(|t| t.is_cap() && t.flags & JOINED != 0 && t.flags & (ALLCAPS | APOS | DIGIT) == 0)
    };
    looks_like_place(cx, i)
        && name_word(i + 1)
        && name_word(i + 2)
        && super::super::types::is_given_name_in(doc.lang, doc.word(i + 1))
        && !super::super::types::is_given_name_in(doc.lang, doc.word(i + 2))
}

/// Rule `title_complement_before_person`: in a language that names the
/// place or the body of a title in the genitive between the title and its
/// holder (profile class `titlegenend`, its genitive endings; Greek, which
/// capitalises a ministry's short name there, `υπουργός Εξωτερικών`, lists
/// none), a run of four or three capitalised words
/// right after a title word is that complement, two words or one, then the
/// person, two words (`премьера Госсовета Ли Цяна`, `premier Wielkiej
/// Brytanii Boris Johnson`, `заместителя Шойгу Тимура Иванова`): when the
/// complement opens with no given name and the person's first word is a given
/// name, or when every complement word has a genitive ending and the person's
/// first word has none. It is asked before [`super::super::types::person_after_complement`],
/// which splits at the first given name: a place's genitive may spell one
/// (`Brytanii`). A person named after a title is declined whole, every
/// word in the same case (`президента Реджепа Тайипа Эрдогана`), so a run
/// whose first three words all look genitive stays one name.
/// Returns where the person begins.
pub(super) fn title_complement_before_person(cx: &Ctx, i: usize, t1: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = doc.lang.data();
    if data.words("titlegenend").next().is_none()
        || i == 0
        || toks[i].flags & (JOINED | SENT) != JOINED
        || cx.cue(i - 1) & TITLE == 0
        || t1 < i + 3
        || t1 > i + 4
    {
        return None;
    }
    let name_word =
        |k: usize| toks[k].is_cap() && toks[k].flags & (ALLCAPS | APOS | DIGIT) == 0 && toks[k].flags & JOINED != 0;
    let given = |k: usize| super::super::types::is_given_name_in(doc.lang, doc.word(k));
    let genitive = |k: usize| {
        let word = folded(doc.word(k));
        data.words("titlegenend")
            .map(folded)
            .any(|end| word.ends_with(&end) && word.chars().count() >= end.chars().count() + 2)
    };
    let k = t1 - 2;
    let complement_ok = !given(i) && (i..k).all(|m| name_word(m) && cx.cue(m) & TITLE == 0);
    (complement_ok && name_word(k) && name_word(k + 1) && (given(k) || ((i..k).all(genitive) && !genitive(k))))
        .then_some(k)
}

/// Rule `family_name_in_genitive`: a one-word complement split off a person
/// (rules `person_after_complement`, `title_complement_before_person`) is
/// another person, not a place, when it is a family name in the genitive: a
/// genitive ending (profile class `genend`) after a family name's ending
/// (class `surnameend`: `помощник Путина Владимир Мединский`, `помічник
/// Путіна`).
pub(super) fn family_name_in_genitive(doc: &Doc, i: usize) -> bool {
    let word = folded(doc.word(i));
    genitive_endings(doc.lang).any(|end| {
        word.strip_suffix(end.as_str()).is_some_and(|stem| {
            let letters = stem.chars().count();
            doc.lang
                .data()
                .words("surnameend")
                .map(folded)
                .any(|s| stem.ends_with(&s) && letters >= s.chars().count() + 2)
        })
    })
}

/// The genitive endings of the language (profile class `genend`), folded as
/// [`folded`] folds a word.
fn genitive_endings(lang: &Profile) -> impl Iterator<Item = String> + '_ {
    lang.data().words("genend").map(folded)
}

/// A word folded as the name keys fold it (lower case, no accents: `Komorów` `komorow`).
pub(super) fn folded(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        crate::lang::fold_char(c, &mut out);
    }
    out
}

/// Rule `of_complement`: in a language that writes a body's or a place's
/// complement after its head with a preposition (profile class `headof`:
/// English `of`), the capitalised words after it are part of the name
/// (`House of Commons`, `Football Association of Wales`, `Port of Baltimore`);
/// a title, or a given name after the first word, ends them (`Bank of England
/// Governor Andrew Bailey`). An organisation the gazetteer knows is named on
/// its own, not as a complement (`International Federation of Red Cross and
/// Red Crescent Societies` names the Red Cross). `end` is where the head's run
/// ends; `class` is the profile's class of such prepositions (`headof` after an
/// organisation's head, `placeof` after a place type: `Port of Baltimore`, but
/// not `Airport for Ontario`); returns the new end.
pub(super) fn of_complement(cx: &mut Ctx, end: usize, class: &str) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let of = toks.get(end)?;
    if of.flags & (LOWER | JOINED) != (LOWER | JOINED) || !doc.lang.data().words(class).any(|w| w == doc.word(end)) {
        return None;
    }
    if let Some((hit, _)) = cx.gaz_match(end + 1)
        && cx.gaz.entry(hit.entry).kind == EntityKind::Organization
    {
        return None;
    }
    let doc = cx.doc;
    let toks = &doc.toks;
    let name_word = |k: usize| {
        toks.get(k).is_some_and(|t| t.is_cap() && t.flags & JOINED != 0 && t.flags & ALLCAPS == 0)
            && cx.cue(k) & TITLE == 0
            && (k == end + 1 || !super::super::types::is_latin_given_name_in(doc.lang, doc.word(k)))
    };
    let common = |k: usize| super::super::types::is_common_word(doc.lang, doc.word(k));
    let known_place =
        |k: usize| cx.gaz.lookup(doc.key(k)).is_some_and(|hit| cx.gaz.entry(hit.entry).kind == EntityKind::Location);
    let mut k = end + 1;
    loop {
        while name_word(k) {
            k += 1;
        }
        // a complement is an ordinary word or a known place (`Appeal`, `Lords`, `Wales`); a
        // rarer word names a court or body of its own (`Delaware Court of Chancery`), so the
        // head keeps its own name
        if !(end + 1..k).all(|m| ordinary_complement_word(doc.lang, doc.word(m)) || known_place(m)) {
            return None;
        }
        // a given name before a surname's particle is a person (`Movement of Caroline van der Plas`)
        let particle = toks.get(k).is_some_and(|t| {
            t.flags & (LOWER | JOINED) == (LOWER | JOINED) && cx.cues.is_connector(doc.word(k), doc.lang)
        });
        if particle && super::super::types::is_latin_given_name_in(doc.lang, doc.word(end + 1)) {
            return None;
        }
        // ordinary words joined by `and` go on (`Department for Business and Trade`);
        // a name after it is another name (`Bank of England and Barclays`)
        let and = toks.get(k).is_some_and(|t| t.flags & (LOWER | JOINED) == (LOWER | JOINED))
            && doc.lang.data().words("orgcoord").any(|w| w == doc.word(k));
        if k > end + 1 && and && common(k - 1) && name_word(k + 1) && common(k + 1) {
            k += 1;
            continue;
        }
        break;
    }
    (k > end + 1).then_some(k)
}

/// Rule `translated_complement_word`: a word of a body's complement that its
/// translations translate is an ordinary word, as a frequent word is
/// ([`super::super::types::ordinary_complement`]): a word a head word of
/// `data/heads.tsv` opens, which the linker meets by its meaning (`Councillors`, of
/// `council`). So `House of Councillors` is one name, which translations name whole
/// (`Chambre des conseillers`, `Палата советников`).
fn ordinary_complement_word(lang: &Profile, word: &str) -> bool {
    super::super::types::ordinary_complement(lang, word) || super::super::link::is_translated_head_word(lang, word)
}

/// Does the name go on past the apostrophe suffix of token `k`: a group's possessive
/// ([`group_possessive_inside_name`]) or a given name's case ending
/// ([`given_names_case_ending_before_its_family_name`])?
pub(super) fn apostrophe_inside_name(cx: &Ctx, k: usize) -> bool {
    let doc = cx.doc;
    // the next word stands one space past the suffix (the tokens never join it)
    let next_word_after_space = doc.toks.get(k).zip(doc.toks.get(k + 1)).is_some_and(|(t, v)| {
        t.flags & APOS != 0
            && v.is_cap()
            && v.flags & ALLCAPS == 0
            && doc.text.get(t.suffix_end..v.start).is_some_and(|gap| gap == " ")
    });
    next_word_after_space
        && (group_possessive_inside_name(cx, k) || given_names_case_ending_before_its_family_name(cx, k))
}

/// Rule `given_names_case_ending_before_its_family_name`: in a language whose names
/// take case endings straight onto the word (`Chiraca`), an apostrophe before one
/// only parts it from a foreign word that ends in a silent letter (Polish
/// `Jacques'a`), so a given name with such an ending before a capitalised word is
/// the first word of a person's name (`Jacques'a Delorsa`). Where case suffixes
/// always follow an apostrophe (Turkish), they end the name (`Ahmet'in Ankara'daki`).
fn given_names_case_ending_before_its_family_name(cx: &Ctx, k: usize) -> bool {
    let doc = cx.doc;
    let word = doc.word(k);
    doc.lang.names_inflect
        && !doc.lang.apostrophe_suffixes
        && doc.toks.get(k).is_some_and(|t| t.flags & ALLCAPS == 0)
        && (super::super::types::is_given_name_in(doc.lang, word) || super::super::types::is_listed_given_name(word))
}

/// Rule `group_possessive_inside_name`: a plural noun that takes the possessive `'s`
/// because it has no plural `-s` (English profile class `groupposs`: `People`,
/// `Women`, `Children`) names the group a body serves, not an owner: the name goes on
/// past its apostrophe (`People's Liberation Army`, `Women's Hospital`), where a
/// name's possessive ends a name (`Apple's Tim Cook`). Other languages' articles keep
/// such an English name as it is written (`les médecins du Royal Children's Hospital`),
/// so the English words are read in any language's article.
fn group_possessive_inside_name(cx: &Ctx, k: usize) -> bool {
    let doc = cx.doc;
    let Some(t) = doc.toks.get(k) else { return false };
    let suffix = doc.text.get(t.end..t.suffix_end).unwrap_or("");
    suffix.chars().skip(1).eq(['s'])
        && crate::lang::profile_of_code("en").is_some_and(|en| in_class_lowercased(en, "groupposs", doc.word(k)))
}

/// What a ministry's remit after a lower-case word is (rule `portfolio_after_lower_case_head`).
pub(super) enum Portfolio {
    /// The last word of a body's name that opens at this token: `το υπουργείο Εσωτερικών`.
    BodyFrom(usize),
    /// A word of a title, which names nothing: `ο υπουργός Εξωτερικών`.
    TitleWord,
}

/// Rule `portfolio_after_lower_case_head`: a language that writes a ministry's
/// head and a minister's title in lower case and the ministry's remit with a
/// capital, in the genitive (profile class `portfolio`: Greek `Εξωτερικών`,
/// `Εσωτερικών`, `Υγείας`), names the body by both words after a lower-case
/// head (`το υπουργείο Εσωτερικών`, the interior ministry), while after a
/// lower-case title the remit is the title's word (`ο υπουργός Εξωτερικών
/// Άντονι Μπλίνκεν`, the foreign minister Antony Blinken) and names nothing:
/// alone it is neither a person nor a body of its own.
pub(super) fn portfolio_after_lower_case_head(cx: &Ctx, i: usize) -> Option<Portfolio> {
    let doc = cx.doc;
    let toks = &doc.toks;
    if i == 0
        || toks[i].flags & (JOINED | ALLCAPS) != JOINED
        || toks[i - 1].flags & (LOWER | JOINED) != (LOWER | JOINED)
        || !in_class_lowercased(doc.lang, "portfolio", doc.word(i))
    {
        return None;
    }
    // (as written: `υπουργός`, the minister, and `υπουργείο`, the ministry, share a stem)
    let before = cx.cues.of_word(&crate::lang::fold_for_search(doc.word(i - 1)).text, CueLang::of(doc.lang));
    if before & ORG_HEAD != 0 {
        Some(Portfolio::BodyFrom(i - 1))
    } else if before & TITLE != 0 {
        Some(Portfolio::TitleWord)
    } else {
        None
    }
}

/// Rule `genitive_complement_end`: in the Slavic languages (names inflect,
/// heads open their names) an institution's head takes a complement of several
/// capitalised genitives (`Ministerstwa Spraw Zagranicznych`, `Agencji
/// Bezpieczeństwa Wewnętrznego`, `Instytut Meteorologii i Gospodarki Wodnej`):
/// the run after the head at `from` is the complement up to `to`, unless a
/// person begins inside it, by a given name or a title (`Генштаба Валерия
/// Герасимова`), or a word that is never a name's. Returns the end, if past
/// the first word.
pub(super) fn genitive_complement_end(cx: &Ctx, from: usize, to: usize) -> Option<usize> {
    let doc = cx.doc;
    if !doc.lang.names_inflect || doc.lang.names_open_with_heads() {
        return None;
    }
    let mut end = from;
    while end < to {
        let t = doc.toks[end];
        let word = doc.word(end);
        if !t.is_cap() {
            // a connector between two genitives (`Meteorologii i Gospodarki`)
            end += 1;
            continue;
        }
        if t.flags & ALLCAPS != 0
            || cx.cue(end) & (TITLE | NOT_NAME) != 0
            || super::super::types::is_given_name_in(doc.lang, word)
        {
            break;
        }
        end += 1;
    }
    // a connector is never the last word
    while end > from && !doc.toks[end - 1].is_cap() {
        end -= 1;
    }
    (end > from + 1).then_some(end)
}

/// Rule `genitive_after_complement_noun`: in Russian and Ukrainian the noun of a
/// body's complement takes a genitive noun after it (`Совет по правам человека`,
/// `Комитет по делам молодежи`, `Агентство по страхованию вкладов`): a lower-case
/// word at `k` with an ending of the profile's class `complgenend`, of five letters
/// or more, that is no stop word, title, word that is never a name's or verb of the
/// past, is the complement's too. The verb that follows a body is in the past or
/// present (`заявил`, `считает`), whose endings are none of these.
fn genitive_after_complement_noun(cx: &Ctx, k: usize) -> bool {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = doc.lang.data();
    let Some(t) = toks.get(k) else { return false };
    let word = doc.word(k);
    t.flags & (LOWER | JOINED) == (LOWER | JOINED)
        && toks[k - 1].flags & APOS == 0
        && word.chars().count() >= 5
        && data.words("complgenend").any(|e| word.ends_with(e))
        && !doc.lang.is_stop_word(word)
        && cx.cue(k) & (NOT_NAME | TITLE) == 0
        && !past_tense_verb(doc.lang, word)
}

/// Rule `lower_case_complement`: the languages that write an institution with
/// one capital go on with its complement in lower case after a preposition of
/// the profile's class `lowcompl` (`Camera dei deputati`, `Fondo di solidarietà
/// dell'Unione europea`, `Комисията за защита на потребителите`, `Αστυνομία
/// του νομού Νάρα`, `Evropski sud za ljudska prava`): the preposition and the
/// lower-case words after it are the name's: one noun after each preposition,
/// with the adjective before it (endings of class `adjend`) or the `headtail`
/// adjectives after it, never a stop word, a word that is never a name's, a
/// title or a verb of the past; a capitalised
/// word after the preposition (`di Cagliari`), or one alone after the lower-case
/// words (`νομού Νάρα`), ends it. `end` is just past the name so far; returns the
/// new end, only if a lower-case word was taken.
pub(super) fn lower_case_complement(cx: &Ctx, end: usize) -> Option<usize> {
    const MAX_WORDS: usize = 6;
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = doc.lang.data();
    let joined = |k: usize| toks.get(k).is_some_and(|t| t.flags & JOINED != 0) && toks[k - 1].flags & APOS == 0;
    let lower = |k: usize| joined(k) && toks[k].flags & LOWER != 0;
    let prep = |k: usize| lower(k) && data.words("lowcompl").any(|w| w == doc.word(k));
    let content = |k: usize| {
        let word = doc.word(k);
        lower(k)
            && word.chars().count() >= 3
            && !doc.lang.is_stop_word(word)
            && !data.words("lowcompl").any(|w| w == word)
            // (`Правительство | по итогам заседания`: a preposition's adverbial phrase, no complement)
            && !data.words("notcompl").any(|w| w == word)
            && cx.cue(k) & (NOT_NAME | TITLE) == 0
            && !past_tense_verb(doc.lang, word)
            && !word.chars().any(|c| c.is_ascii_digit())
    };
    // a capitalised word of the complement: no title or acronym
    let name_word = |k: usize| joined(k) && toks[k].is_cap() && toks[k].flags & ALLCAPS == 0 && cx.cue(k) & TITLE == 0;
    // nor a given name, where a word follows it
    let name_run_word =
        |k: usize| name_word(k) && !(name_word(k + 1) && super::super::types::is_given_name_in(doc.lang, doc.word(k)));
    let mut k = end;
    let mut taken = end;
    let mut lower_words = 0;
    while k - end < MAX_WORDS && prep(k) {
        if content(k + 1) {
            k += 2;
            lower_words += 1;
            // an adjective before its noun, by its ending (`adjend`): the noun is the name's too
            // (`на вътрешните работи`, `za ljudska prava`)
            if data.words("adjend").any(|e| doc.word(k - 1).ends_with(e)) && content(k) {
                k += 1;
            }
            // one noun after each preposition: a second lower-case word is as often the
            // sentence's verb (`Комисията за защита на потребителите проверява`); only
            // the adjectives institutions are named with go on (`di giustizia europea`)
            while k - end < MAX_WORDS && lower(k) && data.words("headtail").any(|w| w == doc.word(k)) {
                k += 1;
            }
            if k - end < MAX_WORDS && genitive_after_complement_noun(cx, k) {
                k += 1;
            }
            taken = k;
            // one capitalised genitive after them (`του νομού Νάρα`)
            if name_word(k) && !toks.get(k + 1).is_some_and(|t| t.is_cap() && t.flags & JOINED != 0) {
                k += 1;
                taken = k;
                break;
            }
        } else if lower_words > 0 && name_run_word(k + 1) {
            // a capitalised complement after the lower-case one (`di solidarietà dell'Unione`)
            k += 2;
            while name_run_word(k) || (lower(k) && data.words("headtail").any(|w| w == doc.word(k))) {
                k += 1;
            }
            taken = k;
            break;
        } else {
            break;
        }
    }
    (lower_words > 0).then_some(taken)
}

/// Rule `name_opened_by_head`: where a name opens with its head word
/// ([`Profile::names_open_with_heads`]), a run that begins with an
/// organisation's head is one organisation up to its last capitalised word
/// (`Partido Liberal Democrático`, `Ministerio del Interior`, `Servicio
/// Geológico de Estados Unidos`), not the head alone and a second name; a
/// title or a given name before another capitalised word (`Gobierno de Pedro
/// Sánchez`) ends it there. Returns the end, if past the head.
pub(super) fn name_opened_by_head(cx: &Ctx, i: usize, j: usize) -> Option<usize> {
    let doc = cx.doc;
    if !doc.lang.names_open_with_heads() || cx.cue(i) & ORG_HEAD == 0 || doc.toks[i].flags & ALLCAPS != 0 {
        return None;
    }
    let mut end = i + 1;
    for k in i + 1..j {
        let t = doc.toks[k];
        if t.flags & LOWER != 0 {
            continue;
        }
        // (a given name in another script too: `Ευρωπαϊκής Τράπεζας Κριστίν Λαγκάρντ`)
        let latin =
            doc.word(k).chars().all(|c| matches!(crate::lang::Script::of(c), None | Some(crate::lang::Script::Latin)));
        let person = k + 1 < j
            && doc.toks[k + 1].is_cap()
            && (super::super::types::is_latin_given_name_in(doc.lang, doc.word(k))
                || (!latin && super::super::types::is_given_name_in(doc.lang, doc.word(k))));
        // a surname's particle after the word, in any script, makes it a given name
        // (`Ευρωπαϊκής Επιτροπής Ούρσουλα φον ντερ Λάιεν`); a complement's preposition does not
        let particle = k + 1 < j
            && cx.cues.is_connector(doc.word(k + 1), doc.lang)
            && !doc.lang.data().words("complprep").any(|w| w == doc.word(k + 1));
        if cx.cue(k) & TITLE != 0 || t.flags & ALLCAPS != 0 || person || particle {
            break;
        }
        end = k + 1;
    }
    (end > i + 1).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;
    use super::*;

    #[test]
    fn a_greek_remit_after_a_lower_case_head_is_the_ministry_and_after_a_title_no_name() {
        // rule `portfolio_after_lower_case_head`: sentences written for this test
        let found = mentions_in(
            "el",
            "Τη Δευτέρα ο υπουργός Εξωτερικών Άντονι Μπλίνκεν έφτασε στην Αθήνα. Το υπουργείο Υγείας \
             ανακοίνωσε νέα μέτρα.",
        );
        assert!(found.iter().all(|m| !m.0.contains("Εξωτερικών")), "{found:?}");
        assert!(find(&found, "Άντονι Μπλίνκεν").is_some_and(|m| m.1 == "PER"), "{found:?}");
        assert!(find(&found, "υπουργείο Υγείας").is_some_and(|m| m.1 == "ORG"), "{found:?}");
    }

    #[test]
    fn a_courts_adjective_after_its_head_is_the_courts_name() {
        // rule `head_tail` with the adjectives of courts: sentences written for this test
        for (lang, text, name) in [
            ("fr", "Hier, la Cour suprême des États-Unis a rejeté le recours du gouvernement.", "Cour suprême"),
            ("fr", "Le mandat a été émis par la Cour pénale internationale à La Haye.", "Cour pénale internationale"),
            ("it", "Ieri la Corte suprema degli Stati Uniti ha respinto il ricorso del governo.", "Corte suprema"),
            (
                "it",
                "Il mandato è stato emesso dalla Corte penale internazionale dell'Aia.",
                "Corte penale internazionale",
            ),
        ] {
            let found = mentions_in(lang, text);
            assert!(find(&found, name).is_some_and(|m| m.1 == "ORG"), "{lang}: {found:?}");
        }
    }

    #[test]
    fn a_countrys_genitive_after_a_slavic_head_is_the_bodys_before_a_person() {
        let found =
            mentions_in("sr", "Predsednik Košarkaškog saveza Srbije Nebojša Čović zahvalio je igračima na medalji.");
        assert!(find(&found, "Košarkaškog saveza Srbije").is_some(), "{found:?}");
        assert!(find(&found, "Nebojša Čović").is_some(), "{found:?}");
        let person = mentions_in("bg", "Стреляха по депутата от Либералдемократическата партия Кей Сато в Нара.");
        assert!(person.iter().all(|m| !m.0.contains("партия Кей")), "a short given name is no country: {person:?}");
    }

    #[test]
    fn a_russian_complements_noun_takes_its_genitive_into_the_name() {
        // sentences written for this test
        let found = mentions_in("ru", "Доклад подготовил Совет по правам человека, его обсудят в Москве.");
        assert!(find(&found, "Совет по правам человека").is_some_and(|m| m.1 == "ORG"), "{found:?}");
        // the verb after the body is none of its words
        let found = mentions_in("ru", "Вчера Комитет по обороне заявил о новых учениях в Москве.");
        assert!(find(&found, "Комитет по обороне").is_some_and(|m| m.1 == "ORG"), "{found:?}");
        // nor a preposition's adverbial phrase
        let found = mentions_in("ru", "Вчера Правительство по итогам заседания утвердило бюджет.");
        assert!(found.iter().all(|m| !m.0.contains("итогам")), "{found:?}");
        let found = mentions_in("ru", "Организацию закрыл Московский городской суд по иску прокуратуры Москвы.");
        assert!(found.iter().all(|m| !m.0.contains("иску")), "{found:?}");
    }

    #[test]
    fn an_institutions_lower_case_complement_after_its_preposition_is_part_of_its_name() {
        let it = run(&[article("it", "it", "Ieri la Camera dei deputati ha approvato la legge sul bilancio.")]);
        let bg = run(&[article(
            "bg",
            "bg",
            "Министерството на вътрешните работи съобщи за случая. \
             Комисията за защита на потребителите проверява цените.",
        )]);
        let el = run(&[article("el", "el", "Η Αστυνομία του νομού Νάρα συνέλαβε τον δράστη το μεσημέρι.")]);
        assert_eq!(find(&it[0], "Camera dei deputati").map(|m| m.1), Some("ORG"), "{:?}", it[0]);
        assert_eq!(find(&bg[0], "Министерството на вътрешните работи").map(|m| m.1), Some("ORG"), "{:?}", bg[0]);
        // the verb after the last noun is no part of it
        assert_eq!(find(&bg[0], "Комисията за защита на потребителите").map(|m| m.1), Some("ORG"), "{:?}", bg[0]);
        assert_eq!(find(&el[0], "Αστυνομία του νομού Νάρα").map(|m| m.1), Some("ORG"), "{:?}", el[0]);
    }

    #[test]
    fn a_greek_organisation_opened_by_its_head_joins_its_complements_by_the_genitive_article() {
        let r = run(&[article(
            "el",
            "el",
            "Ο τραυματίας μεταφέρθηκε το βράδυ στο Νοσοκομείο του Πανεπιστημίου της Πάτρας με ασθενοφόρο.",
        )]);
        let name = "Νοσοκομείο του Πανεπιστημίου της Πάτρας";
        assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_slavic_heads_complement_of_several_capitalised_genitives_is_part_of_its_name() {
        let r = run(&[article(
            "pl",
            "pl",
            "Funkcjonariusze weszli do siedziby Ministerstwa Spraw Zagranicznych w Warszawie. \
             Posłowie czekają na raport Agencji Bezpieczeństwa Wewnętrznego.",
        )]);
        assert!(find(&r[0], "Ministerstwa Spraw Zagranicznych").is_some(), "{:?}", r[0]);
        assert!(find(&r[0], "Agencji Bezpieczeństwa Wewnętrznego").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn a_genitive_complement_before_a_person_is_a_name_of_its_own_in_russian_and_ukrainian() {
        let r = run(&[article(
            "ru",
            "ru",
            "Вчера на совещании в столице выступил глава Чечни Рамзан Кадыров. Затем делегацию возглавил \
             губернатор Кубани Вениамин Кондратьев.",
        )]);
        for name in ["Рамзан Кадыров", "Вениамин Кондратьев", "Чечни", "Кубани"]
        {
            assert!(find(&r[0], name).is_some(), "{name}: {:?}", r[0]);
        }
        let r = run(&[article(
            "uk",
            "uk",
            "Переговори в Стамбулі тривали дві години. Делегацію Росії очолив помічник Путіна Володимир \
             Мединський, який виступив після обіду.",
        )]);
        assert!(find(&r[0], "Володимир Мединський").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn a_family_name_in_the_genitive_before_a_person_is_another_person() {
        for (lang, text, name) in [
            (
                "ru",
                "Переговоры в Стамбуле длились два часа. Делегацию возглавил помощник Путина Владимир \
                 Мединский, который выступил после обеда.",
                "Путина",
            ),
            (
                "uk",
                "Переговори в Стамбулі тривали дві години. Делегацію Росії очолив помічник Путіна Володимир \
                 Мединський, який виступив після обіду.",
                "Путіна",
            ),
        ] {
            let r = run(&[article(lang, lang, text)]);
            assert!(find(&r[0], name).is_some_and(|m| m.1 == "PER"), "{lang}: {:?}", r[0]);
        }
    }

    #[test]
    fn a_titles_genitive_complement_before_its_holder_is_a_name_of_its_own() {
        for (lang, text, complement, person) in [
            (
                "ru",
                "Саммит прошёл в Нью-Дели. Председатель КНР не приехал и направил премьера Госсовета Ли \
                 Цяна, который выступил первым.",
                "Госсовета",
                "Ли Цяна",
            ),
            (
                "ru",
                "Дело открыли в апреле, когда следователи задержали заместителя Шойгу Тимура Иванова по \
                 делу о взятке.",
                "Шойгу",
                "Тимура Иванова",
            ),
            (
                "pl",
                "Decyzja zapadła w piątek. Za granicą premier Wielkiej Brytanii Boris Johnson nazwał ją \
                 dużym krokiem wstecz.",
                "Wielkiej Brytanii",
                "Boris Johnson",
            ),
            // Serbian (class titlegenend): a club's genitive, then a coach whose given name no list holds
            (
                "sr",
                "Utakmica je odigrana u sredu. Posle meča kapiten Seltiksa Džejson Tejtum rekao je da je \
                 ekipa igrala dobro.",
                "Seltiksa",
                "Džejson Tejtum",
            ),
        ] {
            let r = run(&[article(lang, lang, text)]);
            assert!(find(&r[0], complement).is_some(), "{lang}: {:?}", r[0]);
            assert!(find(&r[0], person).is_some_and(|m| m.1 == "PER"), "{lang}: {:?}", r[0]);
        }
    }

    #[test]
    fn serbian_organisation_with_place_complement_and_lower_case_head() {
        let a = [article(
            "a",
            "sr",
            "Ranjeni su prebačeni u Klinički centar Vojvodine, a pripadnici Vojske Srbije su pomogli.",
        )];
        let r = run(&a);
        assert_eq!(find(&r[0], "Klinički centar Vojvodine").expect("adjective + head + place").1, "ORG");
        assert_eq!(find(&r[0], "Vojske Srbije").expect("head + place").1, "ORG");
    }

    #[test]
    fn a_quantity_word_after_a_slavic_head_is_no_genitive_complement_of_its_name() {
        let text = "Уряд ухвалив рішення. Вчора Національного банку кілька місяців обговорювали програму.";
        let found = surfaces_in("uk", text);
        assert!(found.iter().any(|s| s == "Національного банку"), "{found:?}");
    }

    #[test]
    fn a_verb_in_the_past_tense_is_no_complement_of_a_head() {
        let r = run(&[article("ru", "ru", "В среду Государственная дума одобрила новый закон о налогах.")]);
        assert!(find(&r[0], "Государственная дума").is_some(), "{:?}", r[0]);
        let r = run(&[article("sr", "sr", "Juče je Narodna skupština usvojila novi zakon o izborima.")]);
        assert!(find(&r[0], "Narodna skupština").is_some(), "{:?}", r[0]);
        let sr = crate::lang::profile_of_code("sr").expect("sr");
        assert!(past_tense_verb(sr, "usvojila") && !past_tense_verb(sr, "Srbije"));
    }

    #[test]
    fn a_title_before_a_head_and_a_person_after_its_complement_are_no_part_of_the_body() {
        let r = run(&[article(
            "pl",
            "pl",
            "W środę Przewodniczący Rady Europejskiej Charles Michel spotkał się z premierem.",
        )]);
        assert!(find(&r[0], "Rady Europejskiej").is_some(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "Charles Michel").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a title after the head is the person's, no complement of the body
        let r = run(&[article("tr", "tr", "Toplantıya dün İzmir Büyükşehir Belediye Başkanı Cemil Tugay katıldı.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("Başkanı")), "{:?}", r[0]);
    }

    #[test]
    fn a_bulgarian_head_takes_no_lower_case_word_after_it_as_its_genitive() {
        // rule `no_bare_genitive_without_cases`: Bulgarian names a complement after `на`
        let found = mentions_in(
            "bg",
            "Решението беше обявено днес. Конституционният съд отмени решението на парламента. \
             Европейската централна банка повиши лихвите.",
        );
        assert!(find(&found, "Конституционният съд").is_some(), "{found:?}");
        assert!(find(&found, "Европейската централна банка").is_some(), "{found:?}");
        assert!(found.iter().all(|m| !m.0.contains("отмени") && !m.0.contains("повиши")), "{found:?}");
    }

    #[test]
    fn a_complement_word_translations_translate_completes_the_heads_name() {
        // rule `translated_complement_word`: sentences written for this test
        let r = mentions_in(
            "en",
            "The vote passed on Monday. She once worked for the Union of Councillors in Leeds, her friend \
             for the Society of Counsellors.",
        );
        assert!(find(&r, "Union of Councillors").is_some_and(|m| m.1 == "ORG"), "{r:?}");
        assert!(find(&r, "Society of Counsellors").is_some_and(|m| m.1 == "ORG"), "{r:?}");
        // a rarer word that is no plural of a frequent word nor a head names a body of its own
        let r = mentions_in("en", "The vote passed on Monday. The firm sued in the Delaware Court of Chancery.");
        assert!(r.iter().all(|m| !m.0.contains("of Chancery")), "{r:?}");
    }

    #[test]
    fn a_groups_possessive_goes_on_inside_a_name() {
        // rule `group_possessive_inside_name`: sentences written for this test
        let r = mentions_in(
            "en",
            "The clinic reopened on Monday. Doctors at the Royal Children's Hospital in Melbourne welcomed \
             the news, and Apple's Tim Cook sent a message.",
        );
        assert!(find(&r, "Royal Children's Hospital").is_some_and(|m| m.1 == "ORG"), "{r:?}");
        // a name's possessive still ends the name
        assert!(find(&r, "Tim Cook").is_some(), "{r:?}");
        assert!(r.iter().all(|m| !m.0.contains("Apple's")), "{r:?}");
        // an English name kept as it is written in another language's article
        let r = mentions_in(
            "fr",
            "La clinique a rouvert lundi. Les médecins du Royal Children's Hospital ont salué la décision.",
        );
        assert!(find(&r, "Royal Children's Hospital").is_some(), "{r:?}");
    }

    #[test]
    fn a_polish_given_names_apostrophe_case_ending_goes_on_to_its_family_name() {
        // rule `given_names_case_ending_before_its_family_name`: sentences written for this test
        let r = mentions_in(
            "pl",
            "Komisja przyjęła plan w czwartek. Wielu posłów wspominało czasy Jacques'a Delorsa w Brukseli.",
        );
        assert!(find(&r, "Jacques'a Delorsa").is_some_and(|m| m.1 == "PER"), "{r:?}");
        // Turkish case suffixes always follow an apostrophe and end the name
        let r = mentions_in("tr", "Toplantı dün yapıldı. Ahmet'in Ankara'daki evinde kimse yoktu.");
        assert!(r.iter().all(|m| !m.0.contains("Ahmet'in Ankara")), "{r:?}");
    }
}
