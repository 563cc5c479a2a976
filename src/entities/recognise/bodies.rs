//! Whole names of bodies in the cased Cyrillic languages, joined after the scan from the names it
//! found apart: a parent body's acronym (`ИКИ РАН`), a branch's region (`УФСИН по ЯНАО`), the person a
//! body is named after (`НПО имени Лавочкина`), the quoted name after a body's own words
//! (`Международное общество «Мемориал»`).

use super::*;

/// Joins the candidates `out[idx]` and every other one inside tokens `t0..t1` into one organisation
/// that ends at byte `end`; the others are dropped. `out` stays in text order.
fn join_into_body(out: &mut Vec<Cand>, idx: usize, t1: usize, end: usize) {
    let t0 = out[idx].t0;
    let c = &mut out[idx];
    c.t1 = t1;
    c.end = end;
    c.kind = EntityKind::Organization;
    c.source = Source::Unknown { acronym: None };
    c.weak = false;
    let mut k = 0;
    out.retain(|o| {
        let keep = k == idx || o.t1 <= t0 || o.t0 >= t1;
        k += 1;
        keep
    });
}

/// The index of the candidate that starts at token `t`, if any.
fn cand_at(out: &[Cand], t: usize) -> Option<usize> {
    out.iter().position(|o| o.t0 == t)
}

/// Is the candidate a country the gazetteer knows (see [`crate::entities::gazetteer::is_country_id`])?
fn is_country(cx: &Ctx, c: &Cand) -> bool {
    match c.source {
        Source::Gazetteer(e) => {
            let entry = cx.gaz.entry(e);
            entry.kind == EntityKind::Location && crate::entities::gazetteer::is_country_id(&entry.id)
        }
        Source::Unknown { .. } => false,
    }
}

/// A Cyrillic acronym of two letters or more, written alone in capitals.
fn cyrillic_acronym(doc: &Doc, k: usize) -> bool {
    doc.toks.get(k).is_some_and(|t| t.flags & (ALLCAPS | CYR) == (ALLCAPS | CYR) && t.flags & DIGIT == 0)
        && letters(doc.word(k)) >= 2
}

/// Rule `acronym_of_parent_body`: in the Cyrillic languages a body's acronym with the acronym of
/// the body it belongs to right after it, a space between (`ИКИ РАН`, `ГУ МВД`, `СО РАН`), is one
/// name: the second is its genitive complement (acronyms take no case ending), as `МЧС России` is.
/// A country's acronym first (`США`, `РФ`) is a name of its own.
pub(super) fn acronym_of_parent_body(cx: &Ctx, out: &mut Vec<Cand>) {
    let doc = cx.doc;
    let mut idx = 0;
    while idx < out.len() {
        let c = &out[idx];
        let first = c.t0;
        let (t1, joinable) = (c.t1, (c.t0..c.t1).all(|k| cyrillic_acronym(doc, k)) && !is_country(cx, c));
        // the parent's acronym: one the scan found as a body, or none it read as a name at all
        // (`РАН` is also the genitive of `рана`, a word the corpus writes)
        let parent = match cand_at(out, t1) {
            Some(next) => (out[next].kind == EntityKind::Organization
                && (out[next].t0..out[next].t1).all(|k| cyrillic_acronym(doc, k)))
            .then(|| (out[next].t1, out[next].end)),
            None => (cyrillic_acronym(doc, t1) && !out.iter().any(|o| o.t0 <= t1 && t1 < o.t1))
                .then(|| (t1 + 1, doc.toks[t1].end)),
        };
        if joinable
            && doc.toks.get(t1).is_some_and(|t| t.flags & JOINED != 0)
            && let Some((t1, end)) = parent
            && t1 - first <= 3
        {
            join_into_body(out, idx, t1, end);
            continue;
        }
        idx += 1;
    }
}

/// Rule `branch_for_a_region`: a Russian federal body's branch is named with the region it serves
/// after `по` (profile class `branchprep`), in the dative (`УФСИН по ЯНАО`, `ГУ МВД по Москве`,
/// `Управление Роспотребнадзора по Краснодарскому краю`): a body written with an acronym or opened
/// by a word of the class `branchhead` (`управление`), then the preposition and a place that is no
/// country (`ООН по Сирии` is the UN's envoy for a country, no branch) or a region's acronym, are one
/// organisation.
pub(super) fn branch_for_a_region(cx: &Ctx, out: &mut Vec<Cand>) {
    let doc = cx.doc;
    let data = doc.lang.data();
    if data.words("branchprep").next().is_none() {
        return;
    }
    let branch_head = |k: usize| {
        let word = doc.word(k).to_lowercase();
        data.words("branchhead").any(|stem| word.starts_with(stem))
    };
    let mut idx = 0;
    while idx < out.len() {
        let c = &out[idx];
        let p = c.t1;
        let body = c.kind == EntityKind::Organization
            && (cyrillic_acronym(doc, c.t1 - 1) || (c.t0..c.t1).any(branch_head))
            && !is_country(cx, c);
        let prep = doc.toks.get(p).is_some_and(|t| t.flags & (LOWER | JOINED) == (LOWER | JOINED))
            && data.words("branchprep").any(|w| w == doc.word(p));
        if body
            && prep
            && doc.toks.get(p + 1).is_some_and(|t| t.flags & JOINED != 0)
            && let Some(place) = cand_at(out, p + 1)
            && (out[place].kind == EntityKind::Location || (out[place].t1 == p + 2 && cyrillic_acronym(doc, p + 1)))
            && !is_country(cx, &out[place])
        {
            let (t1, end) = (out[place].t1, out[place].end);
            join_into_body(out, idx, t1, end);
        }
        idx += 1;
    }
}

/// Rule `body_named_after_a_person`: in Russian and Ukrainian a body named after a person writes
/// the person in the genitive after `имени`, `імені` (profile class `namedafter`: `НПО имени
/// Лавочкина`, `Институт прикладной математики имени Келдыша РАН`): the word, the name after it
/// and the acronyms of the parent body right after that are the body's whole name.
pub(super) fn body_named_after_a_person(cx: &Ctx, out: &mut Vec<Cand>) {
    let doc = cx.doc;
    let data = doc.lang.data();
    if data.words("namedafter").next().is_none() {
        return;
    }
    let mut idx = 0;
    while idx < out.len() {
        let c = &out[idx];
        let p = c.t1;
        if c.kind == EntityKind::Organization
            && doc.toks.get(p).is_some_and(|t| t.flags & (LOWER | JOINED) == (LOWER | JOINED))
            && data.words("namedafter").any(|w| w == doc.word(p))
            && doc.toks.get(p + 1).is_some_and(|t| t.is_cap())
            && let Some(person) = cand_at(out, p + 1)
            && out[person].t1 - out[person].t0 <= 4
        {
            let mut t1 = out[person].t1;
            let mut end = out[person].end;
            // the parent body's acronyms (`имени Будкера СО РАН`)
            while t1 - out[person].t1 < 2
                && cyrillic_acronym(doc, t1)
                && doc.toks[t1].flags & JOINED != 0
                && doc.toks[t1].flags & SENT == 0
            {
                end = doc.toks[t1].end;
                t1 += 1;
            }
            join_into_body(out, idx, t1, end);
        }
        idx += 1;
    }
}

/// Rule `quoted_name_after_a_named_kind`: a body named by capitalised adjectives and the lower-case
/// noun of its kind, then its own name in quotes (`Международное общество «Мемориал»`,
/// `Національну дитячу спеціалізовану лікарню «Охматдит»`, `Софийския университет „Св. Климент
/// Охридски“`), is one name up to the closing quote: the capitals say the kind's words are the
/// name's, where a kind in lower case is no part of it (`компания «Газпром нефть»`). The first
/// adjective is inside its sentence (one that opens it is capitalised by the sentence, `Российская
/// компания «Яндекс»`).
pub(super) fn quoted_name_after_a_named_kind(cx: &Ctx, out: &mut Vec<Cand>) {
    const MAX_QUOTED_WORDS: usize = 5;
    let doc = cx.doc;
    let toks = &doc.toks;
    if !doc.lang.heads_after_adjectives {
        return;
    }
    // (and the Ukrainian feminine accusative: `Національну`, `дитячу`, `нову`, `велику`, `синю`)
    const UKRAINIAN_ACCUSATIVE: &[&str] = &["ну", "ву", "ку", "ню", "чу", "жу", "шу", "щу"];
    let adjective = |k: usize| {
        let word = doc.word(k).to_lowercase();
        letters(&word) >= 4 && (slavic_adjective(&word) || UKRAINIAN_ACCUSATIVE.iter().any(|e| word.ends_with(e)))
    };
    let verb = |k: usize| {
        let data = doc.lang.data();
        past_tense_verb(doc.lang, doc.word(k)) || data.ends_with_class("personverb", doc.word(k), 2)
    };
    let lower = |k: usize| toks[k].flags & (LOWER | JOINED) == (LOWER | JOINED);
    let mut q = 1;
    while q < toks.len() {
        // the quoted name's first word, right after an opening quote
        let gap = &doc.text[toks[q - 1].end..toks[q].start];
        let opened = matches!(gap.trim_start(), "«" | "„" | "\"" | "“") && gap.starts_with([' ', '\u{a0}']);
        if !opened || !toks[q].is_cap() || toks[q].flags & SENT != 0 {
            q += 1;
            continue;
        }
        // the kind's noun before it, and its lower-case adjectives
        let head = q - 1;
        let mut s = head;
        if !(lower(head)
            && letters(doc.word(head)) >= 4
            && !doc.lang.is_stop_word(doc.word(head))
            && !verb(head)
            && cx.cue(head) & TITLE == 0)
        {
            q += 1;
            continue;
        }
        while s > 0 && head - s < 3 && toks[s].flags & JOINED != 0 && lower(s - 1) && adjective(s - 1) {
            s -= 1;
        }
        // the capitalised adjectives that open the name
        let mut start = s;
        while start > 0
            && s - start < 3
            && toks[start].flags & JOINED != 0
            && toks[start - 1].is_cap()
            && toks[start - 1].flags & ALLCAPS == 0
            && adjective(start - 1)
        {
            start -= 1;
        }
        if start == s || toks[start].flags & SENT != 0 {
            q += 1;
            continue;
        }
        // the closing quote, a few words on, on the same line
        let Some(close) = (q..toks.len().min(q + MAX_QUOTED_WORDS)).find(|&k| {
            let after = &doc.text[toks[k].end..];
            after.starts_with(['»', '“', '"', '”'])
        }) else {
            q += 1;
            continue;
        };
        if doc.text[toks[q].start..toks[close].end].contains(['\n', '«', '„']) {
            q += 1;
            continue;
        }
        let end = toks[close].end + doc.text[toks[close].end..].chars().next().map_or(0, char::len_utf8);
        // the words inside are a name the scan found, no other name begins among the kind's words
        let inside = out.iter().any(|o| o.t0 >= q && o.t0 <= close);
        let crossing = out.iter().any(|o| o.t0 < start && o.t1 > start);
        if inside && !crossing {
            let at = out.iter().position(|o| o.t0 >= start).unwrap_or(out.len());
            out.insert(
                at,
                make(doc, start, close + 1, EntityKind::Organization, Source::Unknown { acronym: None }, false, false),
            );
            out[at].end = end;
            join_into_body(out, at, close + 1, end);
        }
        q = close + 1;
    }
}

/// Rule `body_of_a_place`: the government, administration or prosecutor's office of a town or
/// region is named by the common noun of the body and the place in the genitive (`прокуратуры
/// Москвы`, `администрации Кемеровской области`, `Правительство Москвы`): a word of the profile's
/// class `placebody` (stems), in lower case or opening its sentence, right before a place the scan
/// found that is no country, makes one organisation with it. A country's government stays apart
/// (`правительства Мали`: the other languages name the country alone).
pub(super) fn body_of_a_place(cx: &Ctx, out: &mut Vec<Cand>) {
    let doc = cx.doc;
    let data = doc.lang.data();
    if data.words("placebody").next().is_none() {
        return;
    }
    let toks = &doc.toks;
    let body_word = |k: usize| {
        let t = toks[k];
        let word = doc.word(k).to_lowercase();
        (t.flags & LOWER != 0 || t.flags & (SENT | ALLCAPS) == SENT)
            && data.words("placebody").any(|stem| word.starts_with(stem) && letters(&word) <= letters(stem) + 3)
    };
    let mut idx = 0;
    while idx < out.len() {
        let c = &out[idx];
        let b = c.t0;
        if b > 0
            && c.kind == EntityKind::Location
            && toks[b].flags & JOINED != 0
            && body_word(b - 1)
            && !is_country(cx, c)
            // (the body's word may be a candidate of its own, `прокуратуры` by its ending: it joins)
            && !out.iter().any(|o| o.t0 < b - 1 && o.t1 > b - 1)
        {
            let (t1, end) = (c.t1, c.end);
            out[idx].t0 = b - 1;
            out[idx].start = toks[b - 1].start;
            join_into_body(out, idx, t1, end);
        }
        idx += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{find, mentions_in};

    // sentences written for these tests, none from an article of the evaluation sets

    #[test]
    fn an_acronym_and_its_parent_bodys_acronym_are_one_name() {
        let r = mentions_in("ru", "Прибор собрали в ИКИ РАН за два года. Данные получил ФИАН.");
        assert!(find(&r, "ИКИ РАН").is_some_and(|m| m.1 == "ORG"), "{r:?}");
    }

    #[test]
    fn a_branch_takes_the_region_it_serves() {
        let r = mentions_in(
            "ru",
            "Об аресте сообщила пресс-служба УФСБ по Свердловской области. Дело ведёт СК, а спецпосланник ООН по Сирии молчит.",
        );
        assert!(find(&r, "УФСБ по Свердловской области").is_some_and(|m| m.1 == "ORG"), "{r:?}");
        assert!(find(&r, "ООН по Сирии").is_none(), "{r:?}");
    }

    #[test]
    fn a_body_named_after_a_person_takes_the_name() {
        let r = mentions_in("ru", "Аппарат построило НПО имени Лавочкина в подмосковных Химках.");
        assert!(find(&r, "НПО имени Лавочкина").is_some_and(|m| m.1 == "ORG"), "{r:?}");
    }

    #[test]
    fn a_body_of_a_town_takes_the_town() {
        let r =
            mentions_in("ru", "Суд по иску прокуратуры Москвы закрыл центр, а правительства Мали и Чада промолчали.");
        assert!(find(&r, "прокуратуры Москвы").is_some_and(|m| m.1 == "ORG"), "{r:?}");
        assert!(find(&r, "правительства Мали").is_none(), "{r:?}");
    }

    #[test]
    fn a_bureau_heads_a_ukrainian_body() {
        let r = mentions_in("uk", "Про це в середу повідомило Національне антикорупційне бюро України.");
        assert!(find(&r, "Національне антикорупційне бюро України").is_some_and(|m| m.1 == "ORG"), "{r:?}");
    }

    #[test]
    fn a_street_type_opens_the_name_of_its_street_in_russian() {
        let r = mentions_in("ru", "Вечером тысячи людей собрались на площади Советов и ждали новостей.");
        assert!(find(&r, "площади Советов").is_some(), "{r:?}");
    }

    #[test]
    fn an_association_heads_a_body_in_russian() {
        let r = mentions_in("ru", "Прибор сделали специалисты Научно-производственного объединения имени Лавочкина.");
        assert!(
            find(&r, "Научно-производственного объединения имени Лавочкина").is_some_and(|m| m.1 == "ORG"),
            "{r:?}"
        );
    }

    #[test]
    fn a_named_kind_takes_its_quoted_name() {
        let r = mentions_in("ru", "Суд решил закрыть Международное общество «Мемориал» в конце года.");
        assert!(find(&r, "Международное общество «Мемориал»").is_some_and(|m| m.1 == "ORG"), "{r:?}");
        let r =
            mentions_in("uk", "Одна з ракет влучила в Національну дитячу спеціалізовану лікарню «Охматдит» у Києві.");
        assert!(
            find(&r, "Національну дитячу спеціалізовану лікарню «Охматдит»").is_some_and(|m| m.1 == "ORG"),
            "{r:?}"
        );
        let r = mentions_in("ru", "Сделку одобрила компания «Газпром нефть» в среду.");
        assert!(find(&r, "компания «Газпром нефть»").is_none(), "{r:?}");
    }
}
