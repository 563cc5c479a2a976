//! Uncased scripts (Arabic, Persian, Hebrew): the driver of a word's checks and the lone words
//! behind proclitics that are names.

use super::*;

/// Arabic and Hebrew at token `i` (no capitals mark names): gazetteer names,
/// also behind a proclitic the language writes attached (Arabic `و` and,
/// `ب` in, `ال` the; Hebrew `ב` in, `ו` and, `ה` the). A lone word that is
/// one of the language's function words is never a name. Returns the next
/// token to look at.
pub(super) fn detect_uncased(cx: &mut Ctx, i: usize, out: &mut Vec<Cand>) -> usize {
    let doc = cx.doc;
    if let Some(end) = club_named_after_city(cx, i) {
        out.push(make(doc, i, end, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some(cand) = foreign_name_behind_hyphened_proclitic(cx, i) {
        out.push(cand);
        return i + 1;
    }
    if (cx.cue(i) & TITLE != 0 || title_behind_proclitic(cx, i))
        && let Some(end) = name_after_title(cx, i)
        && !lone_letter_after_title(cx, i, end)
        && !lone_common_word_after_title(cx, i, end, out)
    {
        let start = name_start_after_title(cx, i);
        // what the title is of may be a name itself (`יו"ר ההסתדרות ארנון בר-דוד`, the Histadrut's chair)
        let mut j = i + 1;
        while j < start {
            match cx
                .gaz_match(j)
                .or_else(|| place_behind_preposition(cx, j))
                .or_else(|| known_name_behind_proclitic(cx, j))
            {
                Some((hit, len)) if hit.trusted && j + len <= start => {
                    let kind = cx.gaz.entry(hit.entry).kind;
                    out.push(make(doc, j, j + len, kind, Source::Gazetteer(hit.entry), false, false));
                    j += len;
                }
                // what the office is of behind the preposition (`لمايكروسوفت`, of Microsoft)
                _ if title_of_word(cx, j) == Some(1) => {
                    let office = Source::Unknown { acronym: None };
                    out.push(make(doc, j, j + 1, EntityKind::Organization, office, false, false));
                    j += 1;
                }
                // the region the office is of, with its head (`رئيس إقليم ليغوريا`)
                _ if j + 2 <= start && region_after_title(cx, i, j) == Some(2) => {
                    // (without the word for its kind where the language leaves it out: `إقليم`)
                    match place_named_without_its_kind(cx, j, j + 1, j + 2) {
                        Some(known) => {
                            let region = known.map_or(Source::Unknown { acronym: None }, Source::Gazetteer);
                            out.push(make(doc, j + 1, j + 2, EntityKind::Location, region, false, false));
                        }
                        None => {
                            let region = Source::Unknown { acronym: None };
                            out.push(make(doc, j, j + 2, EntityKind::Location, region, false, false));
                        }
                    }
                    j += 2;
                }
                // the one word naming what the office is of, before the given name (`מרצ`)
                _ if j + 1 == start && cx.cue(i) & TITLE != 0 && office_before_given_name(cx, j) => {
                    let office = Source::Unknown { acronym: None };
                    out.push(make(doc, j, start, EntityKind::Organization, office, false, false));
                    j += 1;
                }
                _ => j += 1,
            }
        }
        out.push(make(doc, start, end, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    if let Some((start, end)) = name_after_demonym(cx, i) {
        // a cue like a title's: the article's other mentions of the name are found from it
        out.push(make(doc, start, end, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    if let Some((start, end)) = name_after_described_head(cx, i) {
        // a cue like a title's: the article's other mentions of the name are found from it
        out.push(make(doc, start, end, EntityKind::Organization, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    if let Some(end) = name_before_org_adjective(cx, i) {
        // a cue like a title's: the article's other mentions of the name are found from it
        out.push(make(doc, i, end, EntityKind::Organization, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    if let Some(names) = companies_after_shares_word(cx, i) {
        // a cue like a title's: the article's other mentions of each company are found from it
        // (the second is written with the conjunction: the name to look for is the first's)
        for (n, &k) in names.iter().enumerate() {
            out.push(make(doc, k, k + 1, EntityKind::Organization, Source::Unknown { acronym: None }, n == 0, false));
        }
        return names.last().map_or(i + 1, |&k| k + 1);
    }
    if let Some((end, kind)) = place_named_after_a_person(cx, i) {
        out.push(make(doc, i, end, kind, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some(end) = town_named_after_its_head(cx, i) {
        // a cue like a title's: the article's other mentions of the town are found from it
        out.push(make(doc, i + 1, end, EntityKind::Location, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    if head_before_its_possessed_noun(cx, i) {
        // `مجلس إدارتها`, its board of directors: the head is the body's own part, no name, nor
        // the one-word name another language gives a body (`مجلس`, Iran's parliament)
        return i + 2;
    }
    if let Some((end, kind)) = head_first_phrase(cx, i) {
        if let Some((hit, len)) = place_named_with_its_head(cx, i, end, kind) {
            out.push(make(doc, i, i + len, EntityKind::Location, Source::Gazetteer(hit.entry), false, false));
            return i + len;
        }
        if let Some((hit, len)) = known_name_past_head(cx, i, end).or_else(|| body_known_by_head_phrase(cx, i, end)) {
            out.push(make(doc, i, i + len, cx.gaz.entry(hit.entry).kind, Source::Gazetteer(hit.entry), false, false));
            return i + len;
        }
        if party_named_after_head(cx, i, end) {
            // no cue: a one-word name with one would be looked for in Hindi by its skeleton, where
            // a party named by a common word (`קדימה`, forward) meets a phrase (`कदम है`)
            out.push(make(doc, i + 1, end, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
            return end;
        }
        if describing_head(cx, i) {
            // the company or society is named by the words after the head (`חברת מובילאיי`, the
            // company Mobileye), up to an adjective (`הירושלמית`, of Jerusalem); a cue like a
            // title's: the article's other mentions of the name are found from it. A frequent
            // word or one with the article says what the company does (`חברת הטילים`, the missile company)
            let data = doc.lang.data();
            if let Some((hit, len)) = company_known_after_head(cx, i) {
                out.push(make(
                    doc,
                    i + 1,
                    i + 1 + len,
                    EntityKind::Organization,
                    Source::Gazetteer(hit.entry),
                    false,
                    false,
                ));
                return i + 1 + len;
            }
            let complement = doc.word(i + 1);
            let with_article = data.articles.iter().any(|a| complement.starts_with_short(a.as_str()));
            if data.often.contains(complement) && !with_article && rare_name_word(cx, i + 2) {
                // a frequent word with a rare one after it is a foreign name of two words
                // (`شركة شوي كيسن`, the company Shoei Kisen), no trade and what it is of
                out.push(make(
                    doc,
                    i + 1,
                    i + 3,
                    EntityKind::Organization,
                    Source::Unknown { acronym: None },
                    true,
                    false,
                ));
                return i + 3;
            }
            if data.often.contains(complement) || with_article || feminine_word_agreeing_with_its_head(cx, i) {
                return end;
            }
            let name_end = (i + 2..end).find(|&k| describes(cx, k)).unwrap_or(end);
            out.push(make(
                doc,
                i + 1,
                name_end,
                EntityKind::Organization,
                Source::Unknown { acronym: None },
                true,
                false,
            ));
            return name_end;
        }
        if indefinite_common_phrase(cx, i, end) {
            return end;
        }
        if kind == EntityKind::Location
            && let Some(known) = place_named_without_its_kind(cx, i, i + 1, end)
        {
            // a place the gazetteer does not know: a cue like a title's, so the article's other
            // mentions of the bare name are found from it
            let source = known.map_or(Source::Unknown { acronym: None }, Source::Gazetteer);
            out.push(make(doc, i + 1, end, EntityKind::Location, source, known.is_none(), false));
            return end;
        }
        let source = province_of_place(cx, i, end).map_or(Source::Unknown { acronym: None }, Source::Gazetteer);
        out.push(make(doc, i, end, kind, source, false, false));
        return end;
    }
    // (before the function words: `قال`, said, is one; a family name the article found in a full
    // name before is left to that person)
    if i + 1 < doc.toks.len()
        && !family_name_found_before(cx, i + 1, out)
        && let Some((start, end)) = speaker_after_verb_of_saying(cx, i)
    {
        // a cue like a title's: the article's other mentions of the surname are found from it
        out.push(make(doc, start, end, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    if cx.cue(i) & (FUNCTION | POSTPOSITION) != 0 {
        return i + 1;
    }
    if let Some(end) = given_name_spelt_like_a_town(cx, i, out) {
        out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    if let Some((hit, len)) = cx.gaz_match(i)
        && uncased_hit_ok(cx, i, len, hit, 0)
    {
        out.push(make(doc, i, i + len, cx.gaz.entry(hit.entry).kind, Source::Gazetteer(hit.entry), false, false));
        return i + len;
    }
    if let Some((hit, len, _)) = place_behind_proclitic(cx, i) {
        // the span is the whole written word (`والجزائر`): the gazetteer entry names it
        let kind = cx.gaz.entry(hit.entry).kind;
        out.push(make(doc, i, i + len, kind, Source::Gazetteer(hit.entry), false, false));
        return i + len;
    }
    if let Some((hit, len)) = place_listed_behind_the_conjunction(cx, i, out) {
        // the span is the whole written word (`والخبر`), as for a place behind a proclitic
        let source = hit.map_or(Source::Unknown { acronym: None }, |hit| Source::Gazetteer(hit.entry));
        out.push(make(doc, i, i + len, EntityKind::Location, source, false, false));
        return i + len;
    }
    if is_gershayim_acronym(cx, i) || is_firm_possessive(cx, i) {
        out.push(make(doc, i, i + 1, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
        return i + 1;
    }
    if let Some((end, office_name)) = name_apposed_after_title(cx, i, out) {
        // the one word after the title was what the office is of (`מנכ"ל אנבידיה`, Nvidia's chief executive)
        if let Some(office) = office_name.and_then(|k| out.get_mut(k)) {
            office.kind = EntityKind::Organization;
        }
        out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    let after_given = (!family_name_found_before(cx, i, out))
        .then(|| name_after_given_name(cx, i))
        .flatten()
        .filter(|&end| !frequent_word_after_a_given_name_of_the_region(doc, i, end, out));
    if let Some(end) = after_given.or_else(|| name_before_apposed_title(cx, i)) {
        // a cue like a title's: the article's other mentions of the surname are found from it
        let cue = true;
        out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, cue, false));
        return end;
    }
    if foreign_pair_with_a_geresh_sound(cx, i) {
        // a cue like a title's: the article's other mentions of the surname are found from it;
        // the kind is a guess (a firm is named so too: `נורת'רופ גראמן`), which other votes overrule
        out.push(make(doc, i, i + 2, EntityKind::Person, Source::Unknown { acronym: None }, true, true));
        return i + 2;
    }
    i + 1
}

/// Rule `a_latin_name_with_digits_after_a_company_head_is_the_company`: Arabic and
/// Hebrew articles write a foreign company's name that has digits in Latin letters
/// (`شركة G42`, the company G42; `חברת G42`), which no gazetteer knows and no
/// capital marks inside the script. A Latin word of capitals and digits, a letter
/// first (no year, no `COVID-19`), that the article writes at least once right
/// after the language's describing head (its `orgdesc` words, also behind a
/// proclitic) names that company there and everywhere else in the article.
pub(super) fn latin_name_with_digits_named_by_head(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return false };
    let word = doc.word(i);
    let company_like = t.flags & (CAP | DIGIT | UNCASED | DEVA | IDEOGRAPHIC) == CAP | DIGIT
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    company_like
        && doc.lang.data().words("orgdesc").next().is_some()
        && (1..doc.toks.len()).any(|k| {
            doc.word(k) == word
                && doc.toks[k].flags & JOINED != 0
                && doc.toks[k - 1].flags & UNCASED != 0
                && class_word_behind_proclitic(doc.lang, doc.word(k - 1), "orgdesc")
        })
}

/// Rule `two_rare_words_with_a_foreign_sound_are_a_foreign_name`: Hebrew writes
/// sounds of other languages with a geresh on a letter (the profile's
/// `gereshsound`: `ג'` j, `ז'` zh, `צ'` ch, `ת'` th), which no word of its own
/// has. Two words in a row, neither a frequent word of the language (also
/// behind a proclitic), a stop word, a cue word or a gazetteer name, one of
/// them with such a sound (`ג'ארד קושנר`, `פטרישיה בולריץ'`; behind the
/// conjunction: `ודווין סמית'`), are a foreign person's given and family name.
fn foreign_pair_with_a_geresh_sound(cx: &mut Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let data = doc.lang.data();
    if data.words("gereshsound").next().is_none() || i + 1 >= doc.toks.len() {
        return false;
    }
    let sound = |k: usize| {
        // (a word without a geresh, nearly every word, is read no further)
        if !doc.word(k).contains(['\'', '\u{5f3}']) {
            return false;
        }
        let chars: Vec<char> = doc.word(k).chars().collect();
        chars.windows(2).any(|w| {
            let letter = if w[0] == 'ץ' { 'צ' } else { w[0] };
            matches!(w[1], '\'' | '\u{5f3}') && data.words("gereshsound").any(|g| g.starts_with(letter))
        })
    };
    let rare = |cx: &mut Ctx, k: usize| {
        let word = doc.word(k);
        let u = doc.toks[k];
        u.flags & UNCASED != 0
            && u.flags & (DIGIT | IDEOGRAPHIC) == 0
            && word.chars().filter(|c| crate::lang::is_letter(*c)).count() >= 2
            && !word.contains(['"', '\u{5f4}'])
            && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
            && !doc.lang.is_stop_word(word)
            && !data.often.contains(word)
            && !is_frequent_word_form(doc.lang, word)
            && !common_word_behind_proclitic(doc.lang, word)
            && !function_word_behind_proclitic(doc.lang, word)
            && cx.gaz_match(k).is_none()
            && place_behind_proclitic(cx, k).is_none()
    };
    // a future plural after the name is the sentence's verb (`יספקו`, they will supply)
    let future_plural = |k: usize| {
        let word = doc.word(k);
        word.starts_with('י') && word.ends_with('ו') && word.chars().count() >= 4
    };
    // no name takes the article: a loanword with it is a common noun (`הצ'טבוט`, the chatbot;
    // `הווידאו`, the video: a foreign w doubled behind it)
    let definite_loanword = |k: usize| {
        doc.word(k).strip_prefix('ה').is_some_and(|rest| {
            let mut c = rest.chars();
            match (c.next(), c.next()) {
                (Some('ו'), Some('ו')) => true,
                (Some(l), Some('\'' | '\u{5f3}')) => data.words("gereshsound").any(|g| g.starts_with(l)),
                _ => false,
            }
        })
    };
    // a first word behind `ב` (in) is a place (`בראג' גאט`, at Raj Ghat); a second behind two
    // proclitics goes on with the sentence (`שבמחוז`, that is in the district)
    let behind = |k: usize, two: bool| {
        let word = doc.word(k);
        data.proclitics.iter().filter(|c| if two { c.chars().count() == 2 } else { c.as_str() == "ב" }).any(|c| {
            word.strip_prefix(c.as_str())
                .is_some_and(|rest| rest.chars().filter(|c| crate::lang::is_letter(*c)).count() >= 3)
        })
    };
    let pair = |cx: &mut Ctx, k: usize| {
        k + 1 < doc.toks.len()
            && doc.toks[k + 1].flags & JOINED != 0
            && (sound(k) || sound(k + 1))
            && (sound(k) || written_with_vowel_letters(doc.word(k)))
            && (sound(k + 1) || written_with_vowel_letters(doc.word(k + 1)))
            && !future_plural(k + 1)
            && !definite_loanword(k)
            && !definite_loanword(k + 1)
            && !behind(k, false)
            && !behind(k + 1, true)
            && rare(cx, k)
            && rare(cx, k + 1)
    };
    // a rare word before a name that begins with the sound is what the sentence says of the
    // person (`וחתנו ג'ארד קושנר`, and his son-in-law Jared Kushner): the name is the next pair
    pair(cx, i) && !(!sound(i) && sound(i + 1) && pair(cx, i + 1))
}

/// Rule `a_transcribed_name_is_written_with_vowel_letters`: Hebrew writes a
/// foreign name in full spelling, its vowels with `א` `ו` `י` (`קושנר`,
/// `גאדה`, `פוינט`); a word with none of them past its first letter is a word
/// of the language in its plain spelling (`רחפן`, drone; `בעט`, kicked), no
/// part of a transcribed name beside one with a foreign sound.
fn written_with_vowel_letters(word: &str) -> bool {
    word.chars().skip(1).any(|c| matches!(c, 'א' | 'ו' | 'י'))
}

/// Rule `a_frequent_word_after_a_name_written_before_is_the_sentence`: a
/// person the article named in full is named again by one word of the name, and
/// the sentence goes on after it (`أجرى شي محادثات`, Xi held talks, after `شي
/// جين بينغ`; `मनु आजादी के बाद`, Manu, since independence, after `मनु भाकर`): a
/// two-word name in letters without capitals whose first word is a word of a
/// person's full name found before it, and whose second is a frequent word of
/// the language (also behind a proclitic: `بأداء`, with the performance), has
/// no adjective's ending (a nisba family name has it: `محمد خاتمی`) and is no
/// word of a name found before, is that first word alone.
pub(super) fn frequent_word_after_a_name_written_before(doc: &Doc, out: &mut [Cand]) {
    for k in 1..out.len() {
        let c = &out[k];
        if c.kind != EntityKind::Person || c.t1 != c.t0 + 2 || doc.toks[c.t0].flags & (UNCASED | DEVA) == 0 {
            continue;
        }
        let (first, second) = (doc.word(c.t0), doc.word(c.t0 + 1));
        let frequent = if doc.toks[c.t0 + 1].flags & DEVA != 0 {
            let hindi = devanagari_profile().data();
            hindi.often.contains(second) || hindi.most_often.contains(second)
        } else {
            // (a word with the adjective's ending is as often a nisba family name: `محمد خاتمی`)
            (is_frequent_word_form(doc.lang, second) || proclitic_and_frequent_word(doc.lang, second))
                && !doc.lang.data().words("adjsuffix").any(|e| second.ends_with_short(e))
        };
        if !frequent {
            continue;
        }
        let has = |p: &Cand, w: &str| (p.t0..p.t1).any(|j| doc.word(j) == w);
        let before = &out[..k];
        let named_in_full = before.iter().any(|p| p.kind == EntityKind::Person && p.t1 - p.t0 >= 2 && has(p, first));
        if named_in_full && !before.iter().any(|p| has(p, second)) {
            let alone = make(doc, c.t0, c.t0 + 1, c.kind, c.source.clone(), c.cue, c.weak);
            out[k] = alone;
        }
    }
}

/// Rule `a_common_word_alone_after_a_title_is_no_name`: one word after a
/// title that is a frequent word of the language (its `often` list, which
/// leaves out the gazetteer's names and the region's given and family names)
/// and no given name says what the office is of (`فرمانده گارد`, commander of
/// the guard; `بهترین بازیکن زمین`, the best player on the pitch), not whose it
/// is. A family name that is also a word (`قيس سعيد` … `الرئيس سعيد`) was
/// written whole before: that person again stays a name.
fn lone_common_word_after_title(cx: &mut Ctx, i: usize, end: usize, out: &[Cand]) -> bool {
    let start = name_start_after_title(cx, i);
    let doc = cx.doc;
    let word = doc.word(start);
    end == start + 1
        && doc.lang.data().often.contains(word)
        && !super::super::types::is_given_name_in(doc.lang, word)
        && !family_name_found_before(cx, start, out)
}

/// Rule `a_proclitic_hyphened_to_a_latin_name_leaves_the_name`: Hebrew writes
/// its proclitics before a word in Latin letters or digits with a hyphen
/// (`ה-NBA`, the NBA; `ל-OpenAI`, to OpenAI; `ה-G20`), and the tokeniser keeps
/// the whole as one word of Hebrew script. The Latin word is the name: a
/// gazetteer name spans the whole written word, as a place behind a proclitic
/// does; an acronym of capitals (three letters or more) the gazetteer lacks is
/// an organisation spanning the acronym alone, so it links by its letters.
pub(super) fn foreign_name_behind_hyphened_proclitic(cx: &mut Ctx, i: usize) -> Option<Cand> {
    let doc = cx.doc;
    let word = doc.word(i);
    let (clitic, name) = word.split_once(['-', '\u{2010}', '\u{2011}'])?;
    let data = doc.lang.data();
    if !data.proclitics.iter().chain(&data.articles).any(|p| p == clitic)
        || !name.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '&') {
        return None;
    }
    let letters = name.chars().filter(char::is_ascii_alphabetic).count();
    let allcaps = name.chars().all(|c| !c.is_ascii_lowercase());
    let mut flags = CAP;
    if name.chars().any(|c| c.is_ascii_digit()) {
        flags |= DIGIT;
    }
    if allcaps && letters >= 2 {
        flags |= ALLCAPS;
    }
    let mut key = String::new();
    super::super::tokens::push_key(name, flags, &mut key);
    let t = doc.toks[i];
    // a name with digits is only ever the gazetteer's (`G20`), as in cased text
    if let Some(hit) = cx.gaz.lookup(&key)
        && (hit.trusted || letters >= 3 || flags & DIGIT != 0)
    {
        let kind = cx.gaz.entry(hit.entry).kind;
        return Some(make(doc, i, i + 1, kind, Source::Gazetteer(hit.entry), false, false));
    }
    (allcaps && letters >= 3 && name.chars().all(|c| c.is_ascii_uppercase())).then(|| Cand {
        t0: i,
        t1: i + 1,
        start: t.end - name.len(),
        end: t.end,
        kind: EntityKind::Organization,
        source: Source::Unknown { acronym: Some(name.to_lowercase()) },
        cue: false,
        weak: false,
    })
}

/// Rule `a_head_and_an_indefinite_common_word_name_no_body`: in a language
/// with a definite article (Arabic, Hebrew) a body's or a place's name is
/// definite: the article on its last word (`مجلس الأمن`), or a name there
/// (`حركة حماس`, a gazetteer name, read before this). A head word with one
/// indefinite frequent word of the language after it (its `often` list, an
/// adjective of one too), no given name, is a kind of thing, no name: `مجلس
/// إدارة`, a board of directors; `لجنة فرعية`, a subcommittee. The word must
/// end like the language's own nouns and adjectives (the profile's `nativeend`:
/// Arabic ta marbuta and nisba), as foreign names and Hebrew's frequent words
/// (which hold its family names: `כיכר רבין`, `מפלגת ימינה`) do not tell.
fn indefinite_common_phrase(cx: &Ctx, i: usize, end: usize) -> bool {
    let doc = cx.doc;
    let lang = doc.lang;
    let data = lang.data();
    if data.articles.is_empty() || end != i + 2 {
        return false;
    }
    let word = doc.word(i + 1);
    let with_article = data.articles.iter().any(|a| word.starts_with_short(a.as_str()));
    // a foreign name may be a frequent word too (`سان`, `كوبر`): only the shape of the
    // language's own nouns and adjectives tells a common word (the profile's `nativeend`)
    !with_article
        && data.words("nativeend").any(|e| word.ends_with_short(e))
        && (is_frequent_word_form(lang, word) || frequent_noun_with_tanween(lang, word))
        && !super::super::types::is_given_name_in(lang, word)
}

/// Is the name a title rule found one letter alone (`מדובר ב"הישג"`, it is a
/// matter of "an achievement", reads like `מ` + `דובר`, from the spokesman)?
/// A letter alone names nobody in these scripts: initials carry a point or a geresh.
fn lone_letter_after_title(cx: &mut Ctx, i: usize, end: usize) -> bool {
    let start = name_start_after_title(cx, i);
    end == start + 1 && cx.doc.word(start).chars().filter(|&c| crate::lang::is_letter(c)).count() < 2
}

/// Is the word at `i` the last word of a person's name found earlier in the
/// article? Then it is that person again, and a given name only by chance
/// (`قيس سعيد` … `مدد سعيد تجميد البرلمان`, Saied extended the freeze): no new
/// name begins with it.
pub(super) fn family_name_found_before(cx: &Ctx, i: usize, out: &[Cand]) -> bool {
    let names = cx.names_found(out);
    persons_before_ending_with(cx.doc, &names, i, out).next().is_some()
}

/// The persons of two words or more found before `i` whose last word is the word at `i`.
fn persons_before_ending_with<'o>(
    doc: &Doc,
    names: &'o NamesFound,
    i: usize,
    out: &'o [Cand],
) -> impl Iterator<Item = &'o Cand> {
    let ending = names.by_last_word.get(doc.word(i)).map_or(&[][..], Vec::as_slice);
    ending.iter().map(|&k| &out[k]).filter(move |c| c.kind == EntityKind::Person && c.t1 <= i)
}

/// Rule `place_is_surname_found_before`: a one-word place the gazetteer knows
/// that is the last word of a person's name found earlier in the article
/// (`Lewis Hamilton` … `Hamilton joined`, `Michael Jordan` … `Jordan bought`)
/// is that person again, unless a place preposition stands right before it
/// (`flew to Jordan`): the press shortens a person to the surname, and the
/// name is then left to the rules for unknown names (types.rs `surname_of_person`).
pub(super) fn place_is_surname_found_before(cx: &Ctx, i: usize, kind: EntityKind, out: &[Cand]) -> bool {
    let doc = cx.doc;
    let after_place_preposition =
        i > 0 && doc.toks[i].flags & JOINED != 0 && doc.toks[i - 1].flags & LOWER != 0 && cx.cue(i - 1) & LOC_PREP != 0;
    kind == EntityKind::Location && !after_place_preposition && surname_of_a_whole_person_found_before(cx, i, out)
}

/// [`family_name_found_before`], but only from a person whose name is not also
/// found without that last word: `Merve Dizdar Cannes'da` (a headline that ran
/// the place into the name) beside `Merve Dizdar` leaves `Cannes` a place.
fn surname_of_a_whole_person_found_before(cx: &Ctx, i: usize, out: &[Cand]) -> bool {
    let doc = cx.doc;
    let names = cx.names_found(out);
    let found_without_last_word = |c: &Cand| {
        let opening = names.by_first_word.get(doc.word(c.t0)).map_or(&[][..], Vec::as_slice);
        opening.iter().map(|&k| &out[k]).any(|d| {
            d.kind == EntityKind::Person
                && d.t1 - d.t0 + 1 == c.t1 - c.t0
                && (0..d.t1 - d.t0).all(|k| doc.word(d.t0 + k) == doc.word(c.t0 + k))
        })
    };
    persons_before_ending_with(doc, &names, i, out).any(|c| !found_without_last_word(c))
}

/// Is the word at `i` (perhaps behind a proclitic) a head that describes the
/// organisation after it rather than being part of its name (the language's
/// `orgdesc` words: Hebrew `חברת`, the company of)?
fn describing_head(cx: &Ctx, i: usize) -> bool {
    class_word_behind_proclitic(cx.doc.lang, cx.doc.word(i), "orgdesc")
}

/// Without capitals a club shows itself by a word clubs are named with (the
/// language's `clubhead` words, also behind a proclitic: `ريال`, `מכבי`,
/// `ובהפועל`) before the city it plays in (`ريال مدريد`, `מכבי תל אביב`):
/// one organisation, no place. Returns the name's end.
fn club_named_after_city(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let word = doc.word(i);
    let club_head = doc.lang.is_club_head_behind_proclitic(word);
    if !club_head {
        return club_named_by_city_and_tail(cx, i);
    }
    if doc.toks.get(i + 1).is_none_or(|t| t.flags & JOINED == 0) {
        return None;
    }
    let (hit, len) = cx.gaz_match(i + 1)?;
    (cx.gaz.entry(hit.entry).kind == EntityKind::Location && uncased_hit_ok(cx, i + 1, len, hit, 0))
        .then_some(i + 1 + len)
}

/// An organisation the gazetteer knows right after a describing head (`شركة
/// مايكروسوفت الأمريكية`, the American company Microsoft): the head describes it,
/// the name is the gazetteer's. Returns the hit and its length in tokens.
fn company_known_after_head(cx: &mut Ctx, i: usize) -> Option<(KeyHit, usize)> {
    let (hit, len) = cx.gaz_match(i + 1)?;
    (cx.gaz.entry(hit.entry).kind == EntityKind::Organization && hit.trusted && uncased_hit_ok(cx, i + 1, len, hit, 0))
        .then_some((hit, len))
}

/// Is the word at `k` an uncased-script word joined to the one before it (no
/// punctuation between), without digits or ideographs: a word a name can go on with.
pub(super) fn plain_uncased_word(doc: &Doc, k: usize) -> bool {
    doc.toks
        .get(k)
        .is_some_and(|u| u.flags & (UNCASED | JOINED) == UNCASED | JOINED && u.flags & (DIGIT | IDEOGRAPHIC) == 0)
}

/// Is the word at `k` a rare word joined to the one before it that can be part
/// of a foreign name: no frequent word, function word, title, head, word with the
/// article or an adjective's ending, or common word behind a proclitic?
pub(super) fn rare_name_word(cx: &Ctx, k: usize) -> bool {
    let doc = cx.doc;
    let data = doc.lang.data();
    if !plain_uncased_word(doc, k) {
        return false;
    }
    let word = doc.word(k);
    word.chars().count() >= 3
        && !data.often.contains(word)
        && !is_frequent_word_form(doc.lang, word)
        && !doc.lang.is_stop_word(word)
        && !data.articles.iter().any(|a| word.starts_with_short(a.as_str()))
        && !data.words("adjsuffix").any(|e| word.ends_with_short(e))
        && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
        && !common_word_behind_proclitic(doc.lang, word)
}

/// Is `word` one of the language's words of `class`, as written or behind a
/// proclitic (`וחברת`, and the company of)?
/// Rule `a_party_is_named_without_its_head`: Hebrew writes a party's own name
/// after `מפלגת` (the party of; the profile's `partyhead`), and the name is the
/// one word after it (`מפלגת קדימה`, the Kadima party; `מפלגת ימינה`), without
/// the head, even a frequent word. A word with the article there is the party's
/// description or a name that keeps its head (`מפלגת השלטון`, the ruling party):
/// the phrase stays as it is.
fn party_named_after_head(cx: &Ctx, i: usize, end: usize) -> bool {
    let doc = cx.doc;
    let data = doc.lang.data();
    end == i + 2
        && class_word_behind_proclitic(doc.lang, doc.word(i), "partyhead")
        && !data.articles.iter().any(|a| doc.word(i + 1).starts_with_short(a.as_str()))
}

fn class_word_behind_proclitic(lang: &Profile, word: &str, class: &str) -> bool {
    lang.data().in_class_behind_proclitic(class, word)
}

/// Does the article write `name` at another token than `k`, as a word of its
/// own or behind a proclitic?
fn written_again(doc: &Doc, k: usize, name: &str) -> bool {
    let data = doc.lang.data();
    (0..doc.toks.len()).any(|m| {
        m != k && {
            let w = doc.word(m);
            w == name || data.proclitics.iter().any(|c| w.strip_short_prefix(c.as_str()) == Some(name))
        }
    })
}

/// Rule `a_rare_word_after_a_town_head_is_the_town`: news name a town the
/// reader may not know after the word for a town (the profile's `townhead`,
/// also behind a proclitic: `مدينة`, city; `قرية`, village; `בעיר`, in the city),
/// and the name is the one word after it, without the head (`مدينة بيزارو`, the
/// city of Pesaro). Only a rare word without the article (no adjective: `مدينة
/// ساحلية`, a coastal city; `مدينة جديدة`, a new city), no feminine word that
/// agrees with a feminine head, and no word a gazetteer entry begins with, which
/// the next turn reads as what it names; nor where the head itself begins a
/// gazetteer name (`כפר סבא`). Returns the name's end.
fn town_named_after_its_head(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let data = doc.lang.data();
    let head = doc.word(i);
    if !class_word_behind_proclitic(doc.lang, head, "townhead") || !rare_name_word(cx, i + 1) {
        return None;
    }
    let name = doc.word(i + 1);
    if data.words("feminine").any(|e| head.ends_with_short(e) && name.ends_with_short(e)) {
        return None;
    }
    if cx.gaz_match(i).is_some() || cx.gaz_match(i + 1).is_some() || place_behind_proclitic(cx, i + 1).is_some() {
        return None;
    }
    Some(i + 2)
}

/// A describing head, then words with the article that say what the
/// organisation does and where it is from, then its name (`חברת השבבים
/// האמריקאית אנבידיה`, the American chip company Nvidia): the first rare word
/// after them, with a second one the article writes with it again, as (start, end) tokens.
/// Only where the article writes that word again, as companies are named: a
/// rare verb after the phrase (`קרן הגידור גייסה`, the hedge fund raised) seldom is.
fn name_after_described_head(cx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !describing_head(cx, i) {
        return None;
    }
    let doc = cx.doc;
    let data = doc.lang.data();
    let joined = |k: usize| plain_uncased_word(doc, k);
    let with_article = |k: usize| {
        data.articles.iter().any(|a| doc.word(k).starts_with_short(a.as_str()) && doc.word(k).len() > a.len() + 2)
    };
    // what it does may be two nouns joined by the conjunction (`ענקית המזון והמשקאות`, the food
    // and drinks giant)
    let conj_article = |k: usize| {
        data.words("conjclitic").any(|c| {
            doc.word(k)
                .strip_short_prefix(c)
                .is_some_and(|w| data.articles.iter().any(|a| w.starts_with_short(a.as_str()) && w.len() > a.len() + 2))
        })
    };
    let mut start = i + 1;
    if construct_noun_before_its_definite_noun(cx, start) {
        start += 1;
    }
    while start < i + 5 && joined(start) && (with_article(start) || (start > i + 1 && conj_article(start))) {
        start += 1;
    }
    // (the article's last word may describe the head: nothing follows it)
    let rare = |k: usize| {
        if !joined(k) {
            return false;
        }
        let word = doc.word(k);
        !with_article(k)
            && word.chars().count() >= 3
            && !data.often.contains(word)
            && !doc.lang.is_stop_word(word)
            && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
            && !common_word_behind(doc.lang, word, false)
    };
    if start == i + 1 || !rare(start) {
        return None;
    }
    let name = doc.word(start);
    let is_name = |k: usize| {
        let word = doc.word(k);
        word == name || data.proclitics.iter().any(|c| word.strip_short_prefix(c.as_str()) == Some(name))
    };
    let again: Vec<usize> = (0..doc.toks.len()).filter(|&k| k != start && is_name(k)).collect();
    if again.is_empty() {
        return None;
    }
    // a second rare word is part of the name where the article writes the two again together:
    // a verb follows the name as often (`אנבידיה הודיעה`, Nvidia announced)
    let two_words = rare(start + 1) && {
        let second = doc.word(start + 1);
        again.iter().any(|&k| k + 1 < doc.toks.len() && doc.word(k + 1) == second)
    };
    Some((start, if two_words { start + 2 } else { start + 1 }))
}

/// Is the word at `i` an organisation's or a place's head (also behind a
/// proclitic) with a possessed noun joined after it (rule
/// `a_feminine_noun_with_a_pronoun_is_possessed`: `مجلس إدارتها`), or with
/// what every company or society has (rule `a_board_every_body_has_is_no_name`:
/// the profile's `ownpart`, `مجلس الإدارة`, the board of directors: council of the
/// management; `مجلس الأمناء`, the board of trustees), a part of the body the
/// sentence speaks of?
fn head_before_its_possessed_noun(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let head = cx.cue(i) & (ORG_HEAD | LOC_HEAD) != 0
        || ["orghead", "lochead"].iter().any(|class| class_word_behind_proclitic(doc.lang, doc.word(i), class));
    head && doc.toks.get(i + 1).is_some_and(|u| u.flags & (UNCASED | JOINED) == UNCASED | JOINED)
        && (feminine_noun_with_a_pronoun(doc.lang, doc.word(i + 1))
            || doc.lang.data().words("ownpart").any(|w| w == doc.word(i + 1)))
}

/// Rule `a_feminine_word_after_a_feminine_head_agrees_with_it`: Arabic's
/// describing head is feminine (`شركة`, company; the profile's `feminine` ending
/// `ة`), and an adjective after it agrees (`شركة مدرجة`, a listed company; `شركة
/// صينية`, a Chinese company), as a noun of its trade often ends so (`شركة
/// سياحة`, a tourism company). One word with that ending and no article right
/// after such a head, the phrase ending there, says what kind of company it is:
/// a company's own name is written as a foreign word or a plain noun without it
/// (`شركة أرامكو`, `شركة معادن`).
fn feminine_word_agreeing_with_its_head(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let data = doc.lang.data();
    let head = doc.word(i);
    let complement = i + 1;
    let Some(tok) = doc.toks.get(complement) else { return false };
    let word = doc.word(complement);
    let next_is_name_word = doc.toks.get(complement + 1).is_some_and(|u| {
        u.flags & (UNCASED | JOINED) == UNCASED | JOINED
            && !data.articles.iter().any(|a| doc.word(complement + 1).starts_with_short(a.as_str()))
            && cx.cue(complement + 1) & (FUNCTION | POSTPOSITION) == 0
            && !data.often.contains(doc.word(complement + 1))
            // (the conjunction begins the sentence's next part: `شركة سياحة وفندق`)
            && !data.words("conjclitic").any(|c| doc.word(complement + 1).starts_with_short(c))
    });
    tok.flags & UNCASED != 0
        && !next_is_name_word
        && data
            .words("feminine")
            .any(|e| head.ends_with_short(e) && word.ends_with_short(e) && word.len() > e.len() + 4)
        && !data.articles.iter().any(|a| word.starts_with_short(a.as_str()))
}

/// Rule `a_construct_noun_and_its_definite_noun_say_what_a_company_does`: what a
/// company does may be a construct noun without the article and the definite
/// noun it governs (`חברת אבטחת הענן וויז`, the cloud security company Wiz:
/// security-of the-cloud), as `חברת השבבים` says it with one word. The noun at `k`
/// is a frequent word of the language (a common noun, no name), joined to a
/// word with the article after it that names a thing, no adjective (`חברת טבע
/// הישראלית` is the company Teva, Israeli).
fn construct_noun_before_its_definite_noun(cx: &Ctx, k: usize) -> bool {
    let doc = cx.doc;
    let data = doc.lang.data();
    let joined = |k: usize| plain_uncased_word(doc, k);
    let word = doc.word(k);
    joined(k)
        && joined(k + 1)
        && data.often.contains(word)
        && !data.articles.iter().any(|a| word.starts_with_short(a.as_str()))
        && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
        && data
            .articles
            .iter()
            .any(|a| doc.word(k + 1).starts_with_short(a.as_str()) && doc.word(k + 1).len() > a.len() + 2)
        && !describes(cx, k + 1)
}

/// Business news names a listed company by one word after the word for its
/// shares (the language's `shareof` words, also behind a proclitic: Hebrew
/// `מניית טבע`, Teva's share; `ממניות מלאנוקס`, of Mellanox's shares), and
/// a second one behind the conjunction (`מניות אמזון ואלפבית`). The word has
/// no article and is no function word, head or title; one of the language's
/// frequent words (`טבע`, nature; `גוגל`) only where the article writes it
/// again and it has no adjective's or plural ending (`מניות רבות`, many
/// shares). Returns the tokens of the names.
fn companies_after_shares_word(cx: &Ctx, i: usize) -> Option<Vec<usize>> {
    let doc = cx.doc;
    let data = doc.lang.data();
    if !class_word_behind_proclitic(doc.lang, doc.word(i), "shareof") {
        return None;
    }
    let company = |k: usize, name: &str| {
        let plain = plain_uncased_word(doc, k);
        let frequent = data.often.contains(name);
        plain
            && name.chars().count() >= 2
            && !data.articles.iter().any(|a| name.starts_with_short(a.as_str()))
            && !doc.lang.is_stop_word(name)
            && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
            && !common_word_behind_proclitic(doc.lang, name)
            && (!frequent
                || (written_again(doc, k, name)
                    && !data.words("adjsuffix").chain(data.words("pluralend")).any(|e| name.ends_with_short(e))))
    };
    let first = i + 1;
    if first >= doc.toks.len() || !company(first, doc.word(first)) {
        return None;
    }
    let mut names = vec![first];
    let second = first + 1;
    if second < doc.toks.len() {
        let next = doc.word(second);
        let behind_and = data.words("conjclitic").find_map(|c| next.strip_short_prefix(c));
        if let Some(name) = behind_and
            && !data.often.contains(name)
            && company(second, name)
        {
            names.push(second);
        }
    }
    Some(names)
}

/// A province or district named by its head and a place the gazetteer knows
/// (the language's `adminhead` words: `מחוז נארה`, `استان کردستان`) is that
/// place in other languages' articles, which name it without the head (Nara):
/// the place's entry, where the rest of the phrase is that place.
fn province_of_place(cx: &mut Ctx, i: usize, end: usize) -> Option<u32> {
    let doc = cx.doc;
    if !class_word_behind_proclitic(doc.lang, doc.word(i), "adminhead") || i + 1 >= end {
        return None;
    }
    let (hit, len) = cx.gaz_match(i + 1)?;
    (i + 1 + len == end
        && cx.gaz.entry(hit.entry).kind == EntityKind::Location
        && uncased_hit_ok(cx, i + 1, len, hit, 0))
    .then_some(hit.entry)
}

/// Hebrew writes an adjective with the article after a noun that has it, so a
/// word without the article before such an adjective with a feminine ending
/// (the language's `orgadj` endings) is a name of itself, most often a
/// company's (`סודהסטרים הישראלית`, the Israeli SodaStream): a rare word (no
/// frequent word, title, head, given name or gazetteer name) that the
/// article writes again. Returns the name's end.
fn name_before_org_adjective(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let data = doc.lang.data();
    let toks = &doc.toks;
    if data.words("orgadj").next().is_none() || i + 1 >= toks.len() {
        return None;
    }
    let joined = |k: usize| plain_uncased_word(doc, k);
    let word = doc.word(i);
    let next = doc.word(i + 1);
    let adjective = data.articles.iter().any(|a| {
        next.strip_short_prefix(a.as_str()).is_some_and(|rest| {
            data.words("orgadj").any(|e| rest.strip_suffix(e).is_some_and(|stem| stem.chars().count() >= 3))
        })
    });
    let rare = joined(i)
        && joined(i + 1)
        && adjective
        && word.chars().count() >= 3
        && !data.articles.iter().any(|a| word.starts_with_short(a.as_str()))
        && !is_frequent_word_form(doc.lang, word)
        && !doc.lang.is_stop_word(word)
        && cx.cue(i) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
        && cx.cue(i + 1) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
        && !common_word_behind_proclitic(doc.lang, word)
        && !super::super::types::is_given_name_in(doc.lang, word);
    if !rare || cx.gaz_match(i).is_some() {
        return None;
    }
    written_again(doc, i, word).then_some(i + 1)
}

/// A gazetteer name written behind one of the language's proclitics in a
/// script without capitals (`والجزائر`, and Algeria; `בכנסת`, in the Knesset,
/// the article dropped behind `ב`; `للمغرب`, to Morocco, `ل` + `ال` written
/// `لل`), when it would stand on its own: its hit, length in words and the
/// proclitic's length in bytes.
pub(super) fn place_behind_proclitic(cx: &mut Ctx, i: usize) -> Option<(KeyHit, usize, usize)> {
    let doc = cx.doc;
    let word = doc.word(i);
    for clitic in &doc.lang.data().proclitics {
        let Some(rest) = word.strip_short_prefix(clitic.as_str()) else { continue };
        if rest.chars().count() < 2 {
            continue;
        }
        let restored = lam_article_restored(clitic, rest);
        let rest_key_source: &str = &restored;
        // Hebrew `ב` + `הכנסת` is written `בכנסת` (in the Knesset): the article comes back
        let with_article;
        let found = match cx.gaz_match_with_first(i, rest_key_source) {
            None if drops_article(doc.lang, clitic) => {
                with_article = doc.lang.data().articles.first().map(|a| format!("{a}{rest}"));
                with_article.as_deref().and_then(|w| cx.gaz_match_with_first(i, w))
            }
            // or the name itself begins with `ل` (`للبنان`, to Lebanon; `للندن`, to London)
            None if rest_key_source != rest => cx.gaz_match_with_first(i, rest),
            found => found,
        };
        let found = match found {
            None => letter_undoubled(doc.lang, rest).and_then(|single| cx.gaz_match_with_first(i, single)),
            found => found,
        };
        if let Some((hit, len)) = found
            && uncased_hit_ok(cx, i, len, hit, clitic.len())
        {
            return Some((hit, len, clitic.len()));
        }
    }
    None
}

/// Rule `a_place_listed_behind_the_conjunction_is_a_place`: Arabic joins the
/// items of a list with the conjunction written onto each (`زار دمشق وبغداد
/// والقاهرة`, he visited Damascus, Baghdad and Cairo). A word behind the conjunction
/// (the profile's `conjclitic`) right after a place that is itself the second
/// item of such a list (a place written behind the conjunction, no punctuation
/// between) is a third item, and a place: one the gazetteer knows even when its
/// name is a common word too (`الخبر`, Khobar, and the news), else one it lacks
/// when it is no frequent word and the list ends at it (`ونيوم،`). A word after
/// the first item alone is as often a new clause (`تونس والعالم العربي`;
/// `الكويت، وعاد`, Kuwait, and he returned). Its hit, if the gazetteer knows
/// it, and its length in words.
fn place_listed_behind_the_conjunction(cx: &mut Ctx, i: usize, out: &[Cand]) -> Option<(Option<KeyHit>, usize)> {
    let doc = cx.doc;
    let data = doc.lang.data();
    let second = out.last().filter(|c| c.t1 == i && c.kind == EntityKind::Location)?;
    let behind_conjunction = |k: usize| data.words("conjclitic").find_map(|c| doc.word(k).strip_short_prefix(c));
    // (the second item a place behind the conjunction, not a name that begins with its letter:
    // Hebrew `ויקטוריה`, Victoria; `וושינגטון`, Washington)
    let second_bare = behind_conjunction(second.t0)?;
    cx.gaz_match_with_first(second.t0, second_bare)
        .filter(|&(hit, len)| second.t0 + len == second.t1 && cx.gaz.entry(hit.entry).kind == EntityKind::Location)?;
    let joined_by_space = |k: usize| doc.text[doc.toks[k - 1].end..doc.toks[k].start].chars().all(char::is_whitespace);
    if !(joined_by_space(i) && (second.t0 + 1..second.t1).all(joined_by_space)) {
        return None;
    }
    let bare = behind_conjunction(i)?;
    if bare.chars().count() < 2 || cx.cue(i) & (FUNCTION | POSTPOSITION) != 0 {
        return None;
    }
    let known = cx
        .gaz_match_with_first(i, bare)
        .filter(|&(hit, len)| len == 1 && cx.gaz.entry(hit.entry).kind == EntityKind::Location);
    if let Some((hit, len)) = known {
        return Some((Some(hit), len));
    }
    let list_ends = doc
        .toks
        .get(i + 1)
        .is_none_or(|next| doc.text[doc.toks[i].end..next.start].chars().any(|c| !c.is_whitespace()));
    let plain = bare.chars().count() >= 3
        && !is_frequent_word_form(doc.lang, bare)
        && !is_frequent_word_form(doc.lang, doc.word(i))
        && !common_word_after_clitic(doc.lang, doc.word(i));
    (list_ends && plain).then_some((None, 1))
}

/// Rule `a_consonant_doubled_behind_a_proclitic_is_one`: Hebrew spells a
/// consonantal vav that begins a word with one letter and doubles it once a
/// proclitic is written before it (`ונקובר`, Vancouver; `בוונקובר`, in
/// Vancouver), so the vowel letter `ו` cannot be read there (the profile's
/// `doubledletter`). The word behind the proclitic with the letter once, when
/// it begins with the letter twice.
fn letter_undoubled<'r>(lang: &Profile, rest: &'r str) -> Option<&'r str> {
    lang.data().words("doubledletter").find_map(|letter| {
        let single = rest.strip_prefix(letter)?;
        (single.starts_with(letter) && single.chars().count() > 2).then_some(single)
    })
}

/// The word behind an Arabic proclitic that ends in `ل` with the article's
/// alif back: `ل` + `ال` is written `لل` (`للمغرب`, to Morocco: `المغرب`).
/// Else the word as written.
pub(super) fn lam_article_restored<'r>(clitic: &str, rest: &'r str) -> std::borrow::Cow<'r, str> {
    if clitic.ends_with('ل') && rest.starts_with('ل') && !rest.starts_with("ال") {
        std::borrow::Cow::Owned(format!("ا{rest}"))
    } else {
        std::borrow::Cow::Borrowed(rest)
    }
}

/// Is the word a place behind two proclitics written together (`שבגליל`, which
/// is in Galilee: `ש` + `ב` + `הגליל`; `وبالقاهرة`)? No family name begins so,
/// while one letter and a place may spell one (Persian `بایدن`, Biden, is
/// `ب` + `ایدن`, Aydın).
pub(super) fn place_behind_two_proclitics(cx: &mut Ctx, j: usize) -> bool {
    let data = cx.doc.lang.data();
    place_behind_proclitic(cx, j).is_some_and(|(_, _, clitic)| {
        let clitic = &cx.doc.word(j)[..clitic];
        clitic.chars().count() >= 2 && !data.articles.iter().any(|a| a == clitic)
    })
}

/// Is the word a frequent word behind two proclitics written together
/// (`שבדרום`, which is in the south: `ש` + `ב` + `דרום`)? No family name begins
/// so (`ארנה שבדרום` is an arena, which is in the south, not a person).
pub(super) fn common_word_behind_two_proclitics(lang: &Profile, word: &str) -> bool {
    let data = lang.data();
    data.proclitics.iter().filter(|c| c.chars().count() >= 2 && !data.articles.contains(c)).any(|clitic| {
        word.strip_short_prefix(clitic.as_str())
            .is_some_and(|rest| rest.chars().count() >= 3 && data.often.contains(rest))
    }) && !super::super::types::is_given_name_in(lang, word)
}

/// Does the language drop its definite article behind this proclitic
/// (Hebrew `ב`, `ל`, `כ`: `בכנסת` is in the Knesset, `הכנסת`)?
fn drops_article(lang: &Profile, clitic: &str) -> bool {
    lang.data().words("articledrop").any(|c| c == clitic)
}

/// Hebrew writes an acronym with gershayim before its last letter (`צה"ל`,
/// `נאס"א`, `או"ם`): one of at least three letters that is no title, function
/// word or common abbreviation (`יו"ר`, `בע"מ`; units such as `ק"מ` have two
/// letters) names an organisation.
pub(super) fn is_gershayim_acronym(cx: &Ctx, i: usize) -> bool {
    let word = cx.doc.word(i);
    let mut chars = word.chars().rev();
    let (_, mark) = (chars.next(), chars.next());
    matches!(mark, Some('"' | '\u{5f4}'))
        && word.chars().filter(|c| crate::lang::is_letter(*c)).count() >= 3
        && cx.cue(i) & (TITLE | FUNCTION | NOT_NAME | POSTPOSITION) == 0
        // a title behind a proclitic is still a title (`ליו"ר`, as chair)
        && !title_behind_proclitic(cx, i)
        && !abbreviation_behind_proclitic(cx.doc.lang, word)
}

/// Rule `a_common_abbreviation_behind_a_proclitic_names_nothing`: Hebrew writes
/// its common abbreviations (the profile's `notname` words: `חו"ל`, abroad)
/// behind a proclitic as often as alone (`בחו"ל`, `לחו"ל`): such a word is the
/// abbreviation, no acronym of a name.
fn abbreviation_behind_proclitic(lang: &Profile, word: &str) -> bool {
    let data = lang.data();
    data.proclitics.iter().any(|c| {
        // (gershayim typed as a quotation mark or as the Hebrew sign)
        word.strip_prefix(c.as_str())
            .is_some_and(|rest| data.words("notname").any(|n| n == rest.replace('\u{5f4}', "\"")))
    })
}

/// Hebrew writes an English firm's possessive (`Moody's`, `McDonald's`) with a
/// geresh and a final samekh (the profile's `firmposs` endings: `מודי'ס`, also
/// behind a proclitic, `ומודי'ס`), which no Hebrew word ends in: the word names
/// an organisation. A letter the geresh gives a sound of its own (`gereshsound`:
/// `ג'`, `צ'`) makes it no possessive.
fn is_firm_possessive(cx: &Ctx, i: usize) -> bool {
    let data = cx.doc.lang.data();
    let word = cx.doc.word(i);
    data.words("firmposs").any(|end| {
        word.strip_suffix(end).is_some_and(|stem| {
            let own_sound = |c: char| data.words("gereshsound").any(|g| g.starts_with(c));
            stem.chars().filter(|c| crate::lang::is_letter(*c)).count() >= 3
                && stem.chars().last().is_some_and(|c| crate::lang::is_letter(c) && !own_sound(c))
        })
    }) && cx.cue(i) & (TITLE | FUNCTION | NOT_NAME | POSTPOSITION) == 0
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;
    use super::*;

    #[test]
    fn a_place_listed_behind_the_conjunction_is_a_place() {
        // sentences written for this test: the minister toured Damascus, Baghdad and Khobar;
        // the storm hit Tunis and the Arab world
        let text = "جال الوزير في دمشق وبغداد والخبر، ثم عاد إلى بلده.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(r[0].iter().find(|m| m.0 == "والخبر").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        let text = "ضربت العاصفة تونس والعالم العربي أمس.";
        let r = run(&[article("ar", "ar", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("العالم")), "{:?}", r[0]);
    }

    #[test]
    fn a_latin_name_with_digits_after_a_company_head_is_the_company() {
        let text = "استثمرت الحكومة في شركة X7 الناشئة للبرمجيات. وقال مدير X7 إن الأرباح ارتفعت، \
                    فيما سجل المصنع 2024 سيارة من طراز A4 هذا العام.";
        let r = run(&[article("ar", "ar", text)]);
        let x7: Vec<_> = r[0].iter().filter(|(s, _, _)| s == "X7").collect();
        assert_eq!(x7.len(), 2, "both mentions of the company: {:?}", r[0]);
        assert!(x7.iter().all(|m| m.1 == "ORG"), "{:?}", r[0]);
        // a Latin word with digits no company head names is left alone (a car's model)
        assert!(r[0].iter().all(|(s, _, _)| s != "A4"), "{:?}", r[0]);
        let r = run(&[article("he", "he", "חברת Q9 הודיעה על מוצר חדש. מניות Q9 עלו ביום שני.")]);
        assert_eq!(r[0].iter().filter(|(s, k, _)| s == "Q9" && *k == "ORG").count(), 2, "{:?}", r[0]);
    }

    #[test]
    fn a_rare_word_after_a_town_head_is_the_town() {
        // sentences written for this test: the festival opened in the city of Pesaro and the
        // guests left Pesaro in the evening; the delegation visited the village of Kafr Qasim;
        // the government announced a new city near a coastal one in the north
        let text = "افتتح المهرجان في مدينة بيزارو الإيطالية أمس، وغادر الضيوف بيزارو مساء. \
                    وزار الوفد قرية كفرقاسم. وأعلنت الحكومة بناء مدينة جديدة قرب مدينة ساحلية في الشمال.";
        let r = run(&[article("ar", "ar", text)]);
        // the town, and again where the article names it alone
        assert_eq!(r[0].iter().filter(|m| m.0 == "بيزارو" && m.1 == "LOC").count(), 2, "{:?}", r[0]);
        assert!(r[0].iter().any(|m| m.0 == "كفرقاسم" && m.1 == "LOC"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("مدينة") && m.0 != "جديدة" && m.0 != "ساحلية"), "{:?}", r[0]);
        // the ceremony took place in the city of Pescara; the small village
        let r = run(&[article("he", "he", "הטקס נערך בעיר פסקרה שבאיטליה. תושבי הכפר הקטן יצאו לרחובות.")]);
        assert!(r[0].iter().any(|m| m.0 == "פסקרה" && m.1 == "LOC"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| m.0 != "הקטן"), "{:?}", r[0]);
    }

    #[test]
    fn a_board_every_body_has_is_no_name() {
        // sentences written for this test: the board dismissed the chief; the Security Council met
        let text = "أقال مجلس الإدارة المدير التنفيذي للشركة أمس. واجتمع مجلس الأمن الدولي في نيويورك.";
        let r = run(&[article("ar", "ar", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("الإدارة")), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| m.0 != "مجلس"), "the head alone: {:?}", r[0]);
        assert!(r[0].iter().any(|m| m.0.starts_with("مجلس الأمن")), "{:?}", r[0]);
    }

    #[test]
    fn two_rare_words_with_a_foreign_sound_are_a_foreign_name() {
        let text = "את הנאום נשא ג'ומו קניאטה מול אלפי תומכים, ולצדו עמד סנג'אי ראוטלה. בערב אכלו צ'יפס ביחד. \
                    עוזרו הבכיר וחותנו ג'ורדן פוקסטון הגיע. לפי ההסכם הזה מונרו ג'אקוט יספקו את המזון. \
                    הם בנו את הצ'טבוט ואת הווידאו טוויץ' לבד, וטיילו בכפר רודג'יל שבמחוז הצפון.";
        let r = run(&[article("he", "he", text)]);
        assert_eq!(find(&r[0], "ג'ומו קניאטה").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "סנג'אי ראוטלה").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("צ'יפס")), "chips: {:?}", r[0]);
        // a rare word before the name is no part of it, nor the verb after it
        assert_eq!(find(&r[0], "ג'ורדן פוקסטון").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("יספקו")), "they will supply: {:?}", r[0]);
        // no name takes the article, nor a family name two proclitics
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("צ'טבוט") && !s.contains("טוויץ'")), "{:?}", r[0]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("רודג'יל שבמחוז")), "that is in the district: {:?}", r[0]);
    }

    #[test]
    fn a_place_named_after_a_person_takes_the_whole_name() {
        let text =
            "هبطت الطائرة في مطار الملك خالد الدولي صباح اليوم. وأعلن مركز محمد بن راشد للفضاء اليوم عن مهمة جديدة.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "مطار الملك خالد الدولي").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "مركز محمد بن راشد للفضاء").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        let r = run(&[article("fa", "fa", "هواپیمای مسافربری صبح امروز در فرودگاه امام خمینی فرود آمد.")]);
        assert_eq!(find(&r[0], "فرودگاه امام خمینی").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_transcribed_name_is_written_with_vowel_letters() {
        // `רחפן`, drone, and `בעט`, kicked, are Hebrew words in their plain spelling beside a foreign name
        let text = "הצבא הפעיל רחפן אקינג'י מעל הגבול. אחר כך צ'ואמני בעט לשער. \
                    בכנס נאם ג'ארד קושנר מול הקהל.";
        let r = run(&[article("he", "he", text)]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("רחפן")), "drone: {:?}", r[0]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("בעט")), "kicked: {:?}", r[0]);
        assert_eq!(find(&r[0], "ג'ארד קושנר").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(written_with_vowel_letters("קושנר") && !written_with_vowel_letters("רחפן"));
    }

    #[test]
    fn a_described_head_at_the_article_s_end_reads_no_word_past_it() {
        // the describing head and its adjective are the text's last words: no word after them
        let r = run(&[article("ar", "ar", "واشترت الشركة الأمريكية المصنع")]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("المصنع")), "{:?}", r[0]);
    }

    #[test]
    fn a_consonant_doubled_behind_a_proclitic_is_one() {
        let text = "הוא נולד בוונקובר והתגורר שם שנים רבות.";
        let r = run(&[article("he", "he", text)]);
        assert_eq!(find(&r[0], "בוונקובר").map(|m| m.1), Some("LOC"), "in Vancouver: {:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_with_an_adjectives_ending_is_no_town_spelled_alike() {
        // `زندانی` (prisoner, of `زندان`) is keyed like a GeoNames spelling of a town
        let a = [article("fa", "fa", "او یک زندانی سیاسی است و در تهران زندگی می‌کند.")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.0 != "زندانی"), "{:?}", r[0]);
        let arabic = crate::lang::profile::profile_of_code("ar").expect("an Arabic profile");
        assert!(is_frequent_word_form(arabic, "يومياً"), "tanween is an optional mark");
        assert_eq!(find(&r[0], "تهران").expect("a city").1, "LOC");
    }

    #[test]
    fn a_frequent_word_after_a_name_written_before_is_the_sentence() {
        // `محادثات` (talks) and `आजादी` (independence) go on with the sentence after the name
        let a = [
            article(
                "ar",
                "ar",
                "وصل الرئيس الصيني شي جين بينغ إلى الرياض يوم الأربعاء. كما أجرى شي محادثات مع ولي العهد الأمير محمد بن سلمان.",
            ),
            article(
                "hi",
                "hi",
                "पेरिस ओलंपिक में मनु भाकर ने कांस्य पदक जीता। इसके साथ मनु आजादी के बाद एक ही ओलंपिक में दो पदक जीतने वाली पहली भारतीय बनीं।",
            ),
        ];
        let r = run(&a);
        assert!(find(&r[0], "شي جين بينغ").is_some(), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("محادثات")), "{:?}", r[0]);
        assert_eq!(find(&r[0], "شي").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(find(&r[1], "मनु भाकर").is_some(), "{:?}", r[1]);
        assert!(r[1].iter().all(|m| !m.0.contains("आजादी")), "{:?}", r[1]);
        // a nisba family name is frequent as an adjective too (`خاتمی`, of `خاتم`)
        let text = "پس از آن محمد مخبر، معاون اول رئیس‌جمهور، اداره دولت را بر عهده گرفت. پزشکیان از حمایت محمد خاتمی، رئیس‌جمهور پیشین، برخوردار بود.";
        let r = run(&[article("fa", "fa", text)]);
        assert!(find(&r[0], "محمد خاتمی").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn israels_parties_are_the_hebrew_gazetteers_bodies() {
        let text =
            "הכנסת אישרה את הממשלה החדשה. יש עתיד וכחול לבן הצטרפו לקואליציה, וש\"ס ויהדות התורה יצאו לאופוזיציה.";
        let r = run(&[article("he", "he", text)]);
        assert_eq!(find(&r[0], "יש עתיד").map(|m| (m.1, m.2.as_str())), Some(("ORG", "org:yesh-atid")), "{:?}", r[0]);
        assert_eq!(find(&r[0], "וכחול לבן").map(|m| m.2.as_str()), Some("org:blue-and-white-israel"), "{:?}", r[0]);
    }

    #[test]
    fn the_iranian_red_crescent_is_one_body_in_every_script() {
        let r = run(&[
            article("en", "en", "Teams of the Iranian Red Crescent then found the site of the crash."),
            article("fa", "fa", "سپس گروه‌های جمعیت هلال احمر ایران محل حادثه را یافتند."),
            article("ar", "ar", "ثم عثرت فرق الهلال الأحمر الإيراني على الموقع."),
        ]);
        let id = "org:iranian-red-crescent";
        assert_eq!(find(&r[0], "Iranian Red Crescent").map(|m| m.2.as_str()), Some(id), "{:?}", r[0]);
        assert_eq!(find(&r[1], "جمعیت هلال احمر ایران").map(|m| m.2.as_str()), Some(id), "{:?}", r[1]);
        assert_eq!(find(&r[2], "الهلال الأحمر الإيراني").map(|m| m.2.as_str()), Some(id), "{:?}", r[2]);
    }

    #[test]
    fn hebrew_titled_names_spread_through_the_article() {
        let a = [article(
            "he",
            "he",
            "כששר הביטחון יואב גלנט קרא לעצור את החקיקה, הודיע ראש הממשלה בנימין נתניהו ומאות מפגינים יצאו. נשיא המדינה יצחק הרצוג קרא להידברות, ונתניהו פיטר את גלנט.",
        )];
        let r = run(&a);
        let he = &r[0];
        assert!(find(he, "יואב גלנט").is_some(), "title behind the proclitic כש: {he:?}");
        assert!(find(he, "בנימין נתניהו").is_some(), "`and` + word ends the name: {he:?}");
        assert!(find(he, "יצחק הרצוג").is_some(), "a name that begins like the article: {he:?}");
        let gallant = &find(he, "יואב גלנט").expect("full").2;
        assert_eq!(&find(he, "גלנט").expect("surname alone").2, gallant);
        assert_eq!(find(he, "ונתניהו").expect("surname behind ו, the span the whole word").1, "PER");
    }

    #[test]
    fn arabic_and_hebrew_places_are_found_behind_attached_proclitics() {
        let a = [
            article("en", "en", "The delegation flew from Pyongyang to Morocco and Algeria."),
            article("ar", "ar", "وصل الوفد إلى بيونغ يانغ ثم سافر إلى المغرب والجزائر"),
            article("he", "he", "המשלחת הגיעה לפיונגיאנג ולמרוקו"),
        ];
        let r = run(&a);
        let id = |surface: &str| find(&r[0], surface).expect(surface).2.clone();
        assert_eq!(find(&r[1], "بيونغ يانغ").expect("two-word name").2, id("Pyongyang"));
        assert_eq!(find(&r[1], "المغرب").expect("with the article").2, id("Morocco"));
        // the span is the whole written word, as a reader marks it
        assert_eq!(find(&r[1], "والجزائر").expect("span with `و`").2, id("Algeria"));
        assert_eq!(find(&r[2], "לפיונגיאנג").expect("span with `ל`").2, id("Pyongyang"));
        assert_eq!(find(&r[2], "ולמרוקו").expect("span with `ול`").2, id("Morocco"));
    }

    #[test]
    fn a_frequent_arabic_word_with_the_article_is_no_town_geonames_spells_so() {
        // `الجديدة` (the new) and `الجديد` are El Jadida's and Al Jadid's Arabic names,
        // `الصور` (the pictures) is Tyre's (`صور`): with the article they are the words
        let a = [article(
            "ar",
            "ar",
            "أعلن الوزير أن الحكومة الجديدة ستبدأ عملها وأن البرنامج الجديد جاهز ونشرت الوكالة الصور في القاهرة",
        )];
        let r = run(&a);
        assert!(find(&r[0], "الجديدة").is_none(), "an adjective, no place: {:?}", r[0]);
        assert!(find(&r[0], "الجديد").is_none(), "the masculine, by its feminine: {:?}", r[0]);
        assert!(find(&r[0], "الصور").is_none(), "the pictures: {:?}", r[0]);
        assert_eq!(find(&r[0], "القاهرة").expect("a city whose word without the article is rare").1, "LOC");
    }

    #[test]
    fn an_arabic_term_of_office_is_no_province() {
        // `ولاية` is a province (`ولاية كيرالا`) and a term: `بولاية ثالثة`, for a third term
        let a = [article(
            "ar",
            "ar",
            "فاز الرئيس بولاية ثالثة بعد ولاية رئاسية أولى، وانتهت ولاية ميشال عون قبل عامين، وزار الوزير ولاية كيرالا",
        )];
        let r = run(&a);
        assert!(find(&r[0], "بولاية ثالثة").is_none(), "an ordinal: {:?}", r[0]);
        assert!(find(&r[0], "ولاية رئاسية").is_none(), "an adjective: {:?}", r[0]);
        assert!(find(&r[0], "ولاية ميشال").is_none(), "a given name: {:?}", r[0]);
        assert!(r[0].iter().any(|(s, kind, _)| s.contains("كيرالا") && *kind == "LOC"), "a province: {:?}", r[0]);
    }

    #[test]
    fn an_arabic_name_that_begins_with_lam_is_found_behind_the_preposition_lam() {
        // `ل` + `لبنان` is `للبنان`, read like `ل` + `ال` + `بنان` until the name itself is tried
        let a = [
            article("en", "en", "The envoy flew to Lebanon, Libya and London."),
            article("ar", "ar", "سافر الوفد للبنان بعد زيارة لليبيا وللندن"),
        ];
        let r = run(&a);
        let id = |surface: &str| find(&r[0], surface).expect(surface).2.clone();
        assert_eq!(find(&r[1], "للبنان").expect("to Lebanon").2, id("Lebanon"));
        assert_eq!(find(&r[1], "لليبيا").expect("to Libya").2, id("Libya"));
        assert_eq!(find(&r[1], "وللندن").expect("and to London").2, id("London"));
    }

    #[test]
    fn a_function_word_is_no_place_whose_key_it_shares() {
        // the people decides how this stage is run
        let a = [article("a", "ar", "قالت الوزارة إن الشعب هو من يقرر كيف تدار هذه المرحلة.")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.0 != "كيف"), "{:?}", r[0]);
    }
    #[test]
    fn a_construct_noun_and_its_definite_noun_say_what_a_company_does() {
        // sentences written for this test: the data security company Zelkova, then Zelkova alone
        let text = "חברת אבטחת המידע זלקובה הודיעה על גיוס חדש. מנכ\"ל החברה אמר כי זלקובה תגייס עובדים.";
        let r = run(&[article("he", "he", text)]);
        assert_eq!(find(&r[0], "זלקובה").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("אבטחת")), "what it does: {:?}", r[0]);
    }

    #[test]
    fn a_feminine_word_after_a_feminine_head_agrees_with_it() {
        // sentences written for this test: a listed company, a tourism company; a company's name
        let text = "أصبحت أكبر شركة مدرجة في السوق. وسحبت الوزارة ترخيص شركة سياحة وإغلاق مكتبها. \
                    وقالت شركة كوروفا إن أرباحها زادت.";
        let r = run(&[article("ar", "ar", text)]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("مدرجة")), "listed: {:?}", r[0]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("سياحة")), "tourism: {:?}", r[0]);
        assert_eq!(find(&r[0], "كوروفا").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }
}
