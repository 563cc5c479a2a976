//! Uncased scripts: names before and after titles, apposed titles and the words a title's name
//! may begin with.

use super::*;

/// Arabic, Persian and Hebrew news name a person, then after a comma the
/// office (`وانگ یی، بالاترین مقام…`, `جان کربی، سخنگوی…`, `קיר סטרמר, ראש
/// ממשלת בריטניה`): at a clause's start (after punctuation or a function word) up to
/// two words, more along connectors (`مساعد بن محمد العیبان`), then a comma
/// and a title. No word is a function word, title, head, number, gazetteer
/// name or common word behind a proclitic, and the last (the surname) is no
/// frequent word of the language (`در همین دیدار، وزیر…`). Returns the name's end.
pub(super) fn name_before_apposed_title(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = doc.lang.data();
    let begins_clause = i == 0
        || toks[i].flags & JOINED == 0
        || cx.cue(i - 1) & FUNCTION != 0
        || doc.lang.is_stop_word(doc.word(i - 1));
    if !begins_clause {
        return None;
    }
    let connector = |k: usize| data.words("nameconn").any(|c| c == doc.word(k));
    let mut end = i;
    loop {
        let word = doc.word(end);
        let name_word = toks[end].flags & UNCASED != 0
            && toks[end].flags & (DIGIT | IDEOGRAPHIC) == 0
            && word.chars().count() >= 2
            && cx.cue(end) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
            && !doc.lang.is_stop_word(word)
            && !common_word_behind_proclitic(doc.lang, word)
            && (connector(end) || cx.gaz_match(end).is_none());
        if !name_word {
            return None;
        }
        end += 1;
        let next = *toks.get(end)?;
        if next.flags & JOINED == 0 {
            let between = doc.text.get(toks[end - 1].suffix_end..next.start)?.trim();
            let titled = cx.cue(end) & TITLE != 0 || title_behind_proclitic(cx, end);
            let surname = doc.word(end - 1);
            let named = !connector(end - 1) && !data.often.contains(surname);
            return (matches!(between, "،" | ",") && titled && named).then_some(end);
        }
        if end >= i + MAX_NAME_WORDS || (end >= i + 2 && !connector(end - 1) && !connector(end)) {
            return None;
        }
    }
}

/// The other order of apposition: the office, a comma, the person, a comma
/// (`מנכ"ל אנבידיה, ג'נסן הואנג, אמר`, Nvidia's chief executive, Jensen Huang,
/// said; `وزير الخارجية الأمريكي، أنتوني بلينكن، قال`). A title stands among the
/// last words before the first comma and no name of two words or more follows
/// it there (that name would be the person); then two or three name words, the
/// last no frequent word, and the closing comma. Returns the name's end and the
/// candidate the title rule took for the person where that was one word: it
/// names what the office is of.
pub(super) fn name_apposed_after_title(cx: &mut Ctx, i: usize, found: &[Cand]) -> Option<(usize, Option<usize>)> {
    const OFFICE_WORDS: usize = 5;
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = doc.lang.data();
    let comma_before = |k: usize| {
        k > 0
            && toks[k].flags & JOINED == 0
            && doc.text.get(toks[k - 1].suffix_end..toks[k].start).is_some_and(|b| matches!(b.trim(), "،" | ","))
    };
    if !comma_before(i) {
        return None;
    }
    // the office: back from the comma to the clause's start, at most OFFICE_WORDS words
    let mut office_start = i - 1;
    while office_start > 0 && i - office_start < OFFICE_WORDS && toks[office_start].flags & JOINED != 0 {
        office_start -= 1;
    }
    let titled = (office_start..i).any(|k| cx.cue(k) & TITLE != 0 || title_behind_proclitic(cx, k));
    let in_office = |c: &Cand| c.kind == EntityKind::Person && c.t1 > office_start && c.t0 < i;
    if !titled || found.iter().any(|c| in_office(c) && c.t1 - c.t0 >= 2) {
        return None;
    }
    let office_name = found.iter().rposition(in_office);
    let connector = |k: usize| data.words("nameconn").any(|c| c == doc.word(k));
    let mut name_word = |k: usize| {
        let word = doc.word(k);
        toks[k].flags & UNCASED != 0
            && toks[k].flags & (DIGIT | IDEOGRAPHIC) == 0
            && word.chars().count() >= 2
            && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
            && !doc.lang.is_stop_word(word)
            && !common_word_behind_proclitic(doc.lang, word)
            && (connector(k) || cx.gaz_match(k).is_none())
    };
    let mut end = i;
    while end < toks.len() && end < i + 3 && (end == i || toks[end].flags & JOINED != 0) && name_word(end) {
        end += 1;
    }
    let closed = end < toks.len() && comma_before(end);
    let surname = doc.word(end - 1);
    (end >= i + 2 && closed && !connector(end - 1) && !data.often.contains(surname)).then_some((end, office_name))
}

/// Is the word at `i` a title with a proclitic written onto it (Hebrew
/// `כששר`, when the minister; Arabic `والرئيس`, and the president), or with a
/// possessive pronoun after it, a proclitic or none before (rule
/// `a_title_with_a_possessive_pronoun_is_a_title`: the profile's `enclitic`,
/// `رئيسها براد سميث`, its president Brad Smith; `ومدربه`, and his coach)?
pub(super) fn title_behind_proclitic(cx: &Ctx, i: usize) -> bool {
    let word = cx.doc.word(i);
    let flags = cx.doc.toks[i].flags & (UNCASED | IDEOGRAPHIC);
    let data = cx.doc.lang.data();
    let mut key = String::new();
    let mut title = |rest: &str| {
        key.clear();
        push_key(rest, flags, &mut key);
        rest.chars().count() >= 2 && cx.cues.of_key(&key, CueLang::of(cx.doc.lang)) & TITLE != 0
    };
    if data.proclitics.iter().any(|clitic| word.strip_short_prefix(clitic.as_str()).is_some_and(&mut title)) {
        return true;
    }
    let articles = &data.articles;
    data.words("enclitic").any(|pronoun| {
        let Some(stem) = word.strip_suffix(pronoun).filter(|s| s.chars().count() >= 3) else { return false };
        // (no pronoun follows the article: `المدربه` is no word)
        let bare = data.proclitics.iter().filter_map(|c| stem.strip_short_prefix(c.as_str()));
        std::iter::once(stem).chain(bare).any(|w| !articles.iter().any(|a| w.starts_with_short(a.as_str())) && title(w))
    })
}

/// Is the word at `j` a title behind the conjunction (`وزعيم`, and leader)?
fn title_behind_conjunction(cx: &Ctx, j: usize) -> bool {
    let word = cx.doc.word(j);
    let flags = cx.doc.toks[j].flags & (UNCASED | IDEOGRAPHIC);
    let mut key = String::new();
    cx.doc.lang.data().words("conjclitic").any(|clitic| {
        word.strip_short_prefix(clitic).is_some_and(|rest| {
            key.clear();
            push_key(rest, flags, &mut key);
            rest.chars().count() >= 2 && cx.cues.of_key(&key, CueLang::of(cx.doc.lang)) & TITLE != 0
        })
    })
}

/// Does the word at `j` (of a script without capitals) describe rather than
/// name: the definite article, and where the language lists them an
/// adjective's ending (Hebrew `הפלסטיני`, the Palestinian; but `הרצוג`, Herzog,
/// is a name that begins like the article)?
pub(super) fn describes(cx: &Ctx, j: usize) -> bool {
    let data = cx.doc.lang.data();
    let word = cx.doc.word(j);
    if !data.articles.iter().any(|a| word.starts_with_short(a.as_str())) {
        return false;
    }
    let mut endings = data.words("adjsuffix").peekable();
    endings.peek().is_none() || endings.any(|e| word.ends_with_short(e))
}

/// The first word of a name after the title at `i`: words with the definite
/// article (`الأمريكي`, the American; `הפלסטיני`) describe the title, they are
/// no part of the name; so are a second such word behind the conjunction
/// (`שר התרבות והספורט`, minister of culture and sport) and, after them, a
/// place behind a preposition (`יו"ר הוועד האולימפי בישראל`, chair of the
/// Olympic Committee in Israel).
pub(super) fn name_start_after_title(cx: &mut Ctx, i: usize) -> usize {
    let data = cx.doc.lang.data();
    let with_article = |w: &str| data.articles.iter().any(|a| w.starts_with_short(a.as_str()));
    let former = |w: &str| data.words("former").any(|f| f == w);
    let mut j = i + 1;
    // the title's place, written right after it (`נשיא ברזיל`, president of Brazil), leads on to
    // the name only when a word that can be one follows: else it is the sentence's subject
    let mut of_place = false;
    let mut limit = i + 4;
    while j < cx.doc.toks.len() && j < limit && cx.doc.toks[j].flags & (UNCASED | JOINED) == UNCASED | JOINED {
        let word = cx.doc.word(j);
        let after_described = j > i + 1 && with_article(cx.doc.word(j - 1));
        // what the office is of, behind the preposition, and the words describing that
        // (`الرئيس التنفيذي لمايكروسوفت`, `الأمين العام لجامعة الدول العربية`)
        if after_described && let Some(len) = title_of_word(cx, j) {
            j += len;
            limit = j + 3;
            continue;
        }
        let describes_title = cx.cue(j) & TITLE != 0
            || (j == i + 1 && office_word_after_title(cx.doc, j))
            || (with_article(word) && !article_name_before_connector(cx, j))
            || (after_described && of_the(data, word))
            || former(word)
            // (rule `a_rank_s_ordinal_belongs_to_the_rank`: `الفريق أول`, general: lieutenant-general first)
            || (after_described && data.in_class("rankordinal", word))
            || (after_described
                && data.words("conjclitic").any(|c| word.strip_short_prefix(c).is_some_and(with_article)));
        if describes_title {
            j += 1;
        } else if let Some((_, len)) = place_behind_preposition(cx, j).filter(|_| after_described) {
            j += len;
        } else if let Some((_, len)) = title_place(cx, i, j) {
            of_place = true;
            j += len;
        } else if let Some(len) = region_after_title(cx, i, j) {
            of_place = true;
            j += len;
        } else {
            break;
        }
    }
    // (the rank's ordinal right after the words describing a long title: `وزير الدفاع الفريق أول`)
    if j > i + 1
        && j < cx.doc.toks.len()
        && with_article(cx.doc.word(j - 1))
        && data.in_class("rankordinal", cx.doc.word(j))
    {
        j += 1;
    }
    if of_place && !may_begin_name_after_place(cx, j) {
        return i + 1;
    }
    // only after a title written alone: behind a proclitic it may be a preposition (`בראש`, at the head of)
    // (and only where the title has no place or definite word yet: `رئيس وزراء الهند ناريندرا
    // مودي`, India's prime minister Narendra Modi, where `مودي` is a given name too)
    let office_settled = j > i + 1 && (of_place || with_article(cx.doc.word(j - 1)));
    if cx.cue(i) & TITLE != 0 && !office_settled && office_before_given_name(cx, j) {
        return j + 1;
    }
    j
}

/// Rule `the_office_s_word_after_a_title_goes_on_with_it`: right after a title
/// the word that says which office it is belongs to the title, no name: the
/// profile's `officeword` (`رئيس وزراء الهند`, prime minister of India: head of
/// the ministers of) or a noun with a possessive pronoun (rule
/// `a_feminine_noun_with_a_pronoun_is_possessed`: `وزير خارجيته مايك بومبيو`, his
/// foreign minister Mike Pompeo). The name follows it, or the place the office
/// is of and then the name.
fn office_word_after_title(doc: &Doc, j: usize) -> bool {
    let word = doc.word(j);
    doc.lang.data().words("officeword").any(|w| w == word) || feminine_noun_with_a_pronoun(doc.lang, word)
}

/// Rule `an_article_name_before_a_connector_is_a_given_name`: a word with the
/// article right before a name connector (`الأمير الحسين بن عبدالله`, Prince
/// Hussein bin Abdullah; `الوليد بن طلال`) after a title is the person's given
/// name, not a word describing the title: an adjective (the `adjsuffix`
/// endings: `الأمريكي`) or the former office (`السابق`) never has a `بن` after it.
/// The connectors are the profile's `sonof` words (son of), which no other word spells.
fn article_name_before_connector(cx: &Ctx, j: usize) -> bool {
    let doc = cx.doc;
    let data = doc.lang.data();
    let word = doc.word(j);
    let adjective = data.words("adjsuffix").any(|e| word.ends_with_short(e));
    doc.toks.get(j + 1).is_some_and(|u| u.flags & (UNCASED | JOINED) == UNCASED | JOINED)
        && data.words("sonof").any(|c| c == doc.word(j + 1))
        && !adjective
        && !data.words("former").any(|f| f == word)
        && cx.cue(j) & TITLE == 0
}

/// Is the word at `j`, right after a title, the one word that names what the
/// office is of, with the person's given name after it and a name word after
/// that (`יו"ר מרצ ניצן הורוביץ`, Meretz chair Nitzan Horowitz; `מנכ"ל
/// סודהסטרים דניאל בירנבאום`)? Then the name begins at the given name. A word
/// with the article describes the title, and a given name there begins the name itself.
/// The word may be a frequent one: parties and companies are (`מרצ`, `גוגל`).
pub(super) fn office_before_given_name(cx: &Ctx, j: usize) -> bool {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = doc.lang.data();
    let plain = |k: usize| {
        k < toks.len()
            && toks[k].flags & (UNCASED | JOINED) == UNCASED | JOINED
            && toks[k].flags & (DIGIT | IDEOGRAPHIC) == 0
            && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD | NOT_NAME) == 0
            && !doc.lang.is_stop_word(doc.word(k))
            && !common_word_behind_proclitic(doc.lang, doc.word(k))
    };
    if j + 2 >= toks.len() {
        return false;
    }
    let given = |k: usize| super::super::types::is_given_name_in(doc.lang, doc.word(k));
    let word = doc.word(j);
    let with_article = data.articles.iter().any(|a| word.starts_with_short(a.as_str()));
    // a given name behind the conjunction begins the next name (`וגדעון סער`)
    let given_behind_conjunction = data
        .words("conjclitic")
        .any(|c| word.strip_short_prefix(c).is_some_and(|w| super::super::types::is_given_name_in(doc.lang, w)));
    // a frequent word is named again where it names the body (`מרצ`); once, it is a verb
    // (`בראש המפלגה תפסה ציפי לבני`, at the party's head Tzipi Livni took the place)
    let named_again = || (0..doc.toks.len()).any(|k| k != j && doc.word(k) == word);
    plain(j)
        && !with_article
        && !given(j)
        && !given_behind_conjunction
        && (!is_frequent_word_form(doc.lang, word) || named_again())
        && plain(j + 1)
        && given(j + 1)
        && plain(j + 2)
        && !given(j + 2)
        // (rule `a_frequent_word_after_the_given_name_is_the_verb`) where the verb follows the
        // subject, a frequent word there after an office word written once is the verb
        // (`השופט קלרנס תומאס כתב`, Justice Clarence Thomas wrote: `קלרנס` is no office); an
        // office named again may have a family name that is a word too (`יו"ר שינוי יוסף לפיד`)
        && !(verb_follows_subject(doc.lang) && is_frequent_word_form(doc.lang, doc.word(j + 2)) && !named_again())
        && !title_behind_proclitic(cx, j + 2)
        // (rule `a_relative_particle_before_the_article_ends_a_name_after_a_title`) a name word,
        // not the clause after the name (`נרנדרה מודי שהאיחוד`, Narendra Modi, that the union:
        // `נרנדרה` is no office)
        && !relative_clause_verb(doc.lang, doc.word(j + 2))
}

/// Is the word the preposition that says what a title is of, written onto the
/// article (`للشؤون`, of the affairs, is `ل` + `الشؤون`)?
fn of_the(data: &crate::lang::profile::LanguageData, word: &str) -> bool {
    data.words("titleof").any(|p| {
        word.strip_short_prefix(p).is_some_and(|rest| {
            rest.chars().count() >= 3
                && (data.words("titleof").any(|q| rest.starts_with_short(q))
                    || data.articles.iter().any(|a| rest.starts_with_short(a.as_str())))
        })
    })
}

/// Arabic writes what a title is of behind the preposition `ل` after the
/// title and the words describing it (`الرئيس التنفيذي لمايكروسوفت ساتيا
/// ناديلا`, Microsoft's chief executive Satya Nadella; the language's
/// `titleof` proclitics): a name word behind it, or an organisation's head
/// behind it and the word after the head (`لشركة أرامكو`). Returns how many
/// words that takes: 1 for a name word, which names an organisation, 2 for a
/// head and its complement. The preposition on the article (`للشؤون`, of the
/// affairs) describes the title like a word with the article, and is none of these.
pub(super) fn title_of_word(cx: &Ctx, j: usize) -> Option<usize> {
    let doc = cx.doc;
    let data = doc.lang.data();
    let word = doc.word(j);
    let rest = data.words("titleof").find_map(|p| word.strip_short_prefix(p))?;
    let plain = |k: usize| {
        doc.toks
            .get(k)
            .is_some_and(|u| u.flags & (UNCASED | JOINED) == UNCASED | JOINED && u.flags & (DIGIT | IDEOGRAPHIC) == 0)
    };
    let with_article = data.articles.iter().any(|a| rest.starts_with_short(a.as_str()))
        || data.words("titleof").any(|p| rest.starts_with_short(p));
    if rest.chars().count() < 3
        || with_article
        || !plain(j)
        || doc.lang.is_stop_word(rest)
        || is_frequent_word_form(doc.lang, word)
    {
        return None;
    }
    let mut key = String::new();
    push_key(rest, doc.toks[j].flags & (UNCASED | IDEOGRAPHIC), &mut key);
    let cue = cx.cues.of_key(&key, CueLang::of(doc.lang));
    if cue & ORG_HEAD != 0 {
        return plain(j + 1).then_some(2);
    }
    (cue & (TITLE | LOC_HEAD | FUNCTION | NOT_NAME) == 0).then_some(1)
}

/// A place named right after a title, or after its `former` word, in the
/// construct state (`נשיא ברזיל לשעבר`, `رئيس وزراء لبنان`): a trusted
/// gazetteer place that is no given name (`השר ישראל כץ`), its hit and length.
fn title_place(cx: &mut Ctx, i: usize, j: usize) -> Option<(KeyHit, usize)> {
    let data = cx.doc.lang.data();
    let word = cx.doc.word(j);
    let right_after = j == i + 1
        || (j == i + 2
            && (data.words("former").any(|f| f == cx.doc.word(i + 1)) || office_word_after_title(cx.doc, i + 1)));
    if !right_after || super::super::types::is_given_name_in(cx.doc.lang, word) {
        return None;
    }
    cx.gaz_match(j).filter(|(hit, _)| hit.trusted && cx.gaz.entry(hit.entry).kind == EntityKind::Location)
}

/// Rule `a_region_after_a_title_is_the_office_s_place`: the region an office
/// is of, named right after the title with its head (`رئيس إقليم ليغوريا`, the
/// president of the region of Liguria; `حاكم ولاية كيرالا`, the governor of the
/// state of Kerala): a place head (`lochead`, as written) and one word that is
/// a rare word or a trusted gazetteer place. The name follows it; the region is
/// a place of its own. Returns the phrase's length in words.
pub(super) fn region_after_title(cx: &mut Ctx, i: usize, j: usize) -> Option<usize> {
    let doc = cx.doc;
    let right_after = j == i + 1 || (j == i + 2 && doc.lang.data().in_class("former", doc.word(i + 1)));
    if !right_after || cx.cue(j) & LOC_HEAD == 0 || cx.cue(j) & (TITLE | ORG_HEAD) != 0 {
        return None;
    }
    let known_place = cx
        .gaz_match(j + 1)
        .is_some_and(|(hit, len)| len == 1 && hit.trusted && cx.gaz.entry(hit.entry).kind == EntityKind::Location);
    (known_place || (rare_name_word(cx, j + 1) && cx.gaz_match(j + 1).is_none())).then_some(2)
}

/// Can the word after a title's place begin a name: a word of the script that
/// is no frequent word of the language (`נשיא צרפת הודיע`, France's president
/// announced), function word or title?
fn may_begin_name_after_place(cx: &Ctx, j: usize) -> bool {
    let doc = cx.doc;
    j < doc.toks.len()
        && doc.toks[j].flags & (UNCASED | JOINED) == UNCASED | JOINED
        && doc.toks[j].flags & (DIGIT | IDEOGRAPHIC) == 0
        && cx.cue(j) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
        && !is_frequent_word_form(doc.lang, doc.word(j))
}

/// A gazetteer place a trusted source names, written behind one of the
/// language's place prepositions (Hebrew `בישראל`, in Israel): its hit and
/// length in words.
pub(super) fn place_behind_preposition(cx: &mut Ctx, j: usize) -> Option<(KeyHit, usize)> {
    let word = cx.doc.word(j);
    let data = cx.doc.lang.data();
    let rest = data.words("locprep").find_map(|p| word.strip_short_prefix(p).filter(|r| r.chars().count() >= 2))?;
    cx.gaz_match_with_first(j, rest).filter(|(hit, _)| hit.trusted)
}

/// A name the gazetteer knows written behind a proclitic, as what a title is
/// of (`الأمين العام للأمم المتحدة`, the UN secretary-general: `ل` + `الأمم`,
/// the article's alif dropped, as `للأمم`). Trusted names only.
pub(super) fn known_name_behind_proclitic(cx: &mut Ctx, j: usize) -> Option<(KeyHit, usize)> {
    let doc = cx.doc;
    let data = doc.lang.data();
    let word = doc.word(j);
    for clitic in data.proclitics.iter().filter(|c| !data.articles.contains(c)) {
        let Some(rest) = word.strip_short_prefix(clitic.as_str()) else { continue };
        if rest.chars().count() < 3 {
            continue;
        }
        let restored = lam_article_restored(clitic, rest);
        if let Some((hit, len)) = cx.gaz_match_with_first(j, &restored)
            && hit.trusted
            && uncased_hit_ok(cx, j, len, hit, clitic.len())
        {
            return Some((hit, len));
        }
    }
    None
}

/// In a script without capitals a person's name shows itself by the title
/// before it (`الرئيس بايدن`, `ראש הממשלה נתניהו`): up to two words after
/// the title and its describing words, more along a chain of connectors
/// (`איתמר בן גביר`, `حمد بن خليفة بن أحمد آل ثاني`), up to a function word,
/// a title, a gazetteer name, a common word behind a proclitic or
/// punctuation. Returns the name's end.
pub(super) fn name_after_title(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let start = name_start_after_title(cx, i);
    let data = doc.lang.data();
    let connector = |k: usize| data.words("nameconn").any(|c| c == doc.word(k));
    // a given name of two words (`عبد العزيز`) counts as one: the family name may follow it
    let compound_given = |k: usize| two_word_given_name(doc, k);
    // also after a connector (`سلمان بن عبد العزيز`)
    let after_compound_given = |k: usize| {
        (k == start + 2 && compound_given(start)) || (k >= start + 3 && compound_given(k - 1) && connector(k - 2))
    };
    let before_connector = |k: usize| k + 1 < toks.len() && connector(k + 1);
    // rule `a_bound_head_takes_its_second_word`: the head of a two-word name that never stands
    // alone (the profile's `boundhead`: `عبد`, servant of) takes the word after it, also as a
    // family name after the given one (`رانيا العبد الله`)
    let bound_head_before =
        |k: usize| k > start && compound_given(k - 1) && data.in_class("boundhead", doc.word(k - 1));
    let mut j = start;
    while j < toks.len() && j < start + MAX_NAME_WORDS {
        // a sovereign's ordinal ends the name, though it has the article and an adjective's
        // ending (`המלך מוחמד השישי`, King Mohammed VI)
        if j > start && is_regnal_ordinal(doc.lang, doc.word(j)) {
            j += 1;
            break;
        }
        let u = toks[j];
        if u.flags & (UNCASED | JOINED) != UNCASED | JOINED
            || u.flags & (DIGIT | IDEOGRAPHIC) != 0
            || cx.cue(j) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) != 0
            || data.words("portfolio").any(|p| p == doc.word(j))
            || is_gershayim_acronym(cx, j)
            // an adjective with the article describes the name; but a family name after a given
            // name looks like one (`هشام المشيشي`, `إبراهيم البرتاجي`) unless it is a frequent
            // word (`مطار الملك خالد الدولي`, King Khalid International Airport)
            || (j > start
                && describes(cx, j)
                && !((j == start + 1 || after_compound_given(j))
                    && (super::super::types::is_given_name_in(doc.lang, doc.word(start))
                        || super::super::types::is_given_name_in(doc.lang, doc.word(j)))
                    && !frequent_behind_article(doc.lang, doc.word(j))))
            || (common_word_behind_proclitic(doc.lang, doc.word(j)) && !name_word_after_connector(doc, j, start))
            || (j == start && describing_ending_after_title(doc, j))
            || noun_of_light_verb(doc, j)
            || relative_clause_verb(doc.lang, doc.word(j))
            || conjunction_on_frequent_word(doc.lang, doc.word(j))
            // a second title behind the conjunction (`رئيس البرلمان وزعيم حركة النهضة`, and leader of)
            || title_behind_conjunction(cx, j)
            || (j > start && given_name_behind_the_conjunction(cx, j))
            // a function word behind the conjunction (`ואת`, and + the object marker)
            || data.words("conjclitic").any(|c| doc.word(j).strip_short_prefix(c).is_some_and(|w| doc.lang.is_stop_word(w)))
            // a connector may spell a place's name too (`بن`); past the first word, in the
            // languages with given names (the abjads), a GeoNames alias may be the family name
            // (the first word too, before a given name: `بشار الأسد`, whose `بشار` spells Béchar)
            || (!connector(j)
                && if !data.given.is_empty()
                    && (j > start || toks.get(j + 1).is_some_and(|u| u.flags & JOINED != 0) && super::super::types::is_given_name_in(doc.lang, doc.word(j + 1)))
                {
                    gazetteer_name_ends_name(cx, j)
                } else {
                    cx.gaz_match(j).is_some()
                })
            // past the second word only along connectors: else it is the verb (`שיבח`)
            // or the next phrase (`ומאות`, and hundreds)
            // (a word before a connector too: `לואיס אינסיו לולה דה סילבה`)
            || (j >= start + 2
                && !connector(j - 1)
                && !connector(j)
                && !before_connector(j)
                && !after_compound_given(j)
                && !bound_head_before(j)
                && !after_patronym(doc, j)
                && !(j == start + 2 && family_name_after_two_given_names(doc, start))
                && !(j == start + 2 && syllable_of_a_transcribed_name(doc, j)))
        {
            break;
        }
        j += 1;
    }
    // a chain ends on a name, not on its connector
    while j > start + 1 && connector(j - 1) {
        j -= 1;
    }
    if j == start + 2 && family_name_written_whole_elsewhere(doc, start, j) {
        j += 1;
    }
    // a frequent word alone before a word with the article is what the title is of
    // (`رئيس أركان الجيش`, chief of staff of the army), though a given name too
    let of_title = j == start + 1
        && data.often.contains(doc.word(start))
        && j < toks.len()
        && toks[j].flags & JOINED != 0
        && (data
            .articles
            .iter()
            .any(|a| doc.word(j).strip_prefix(a.as_str()).is_some_and(|rest| rest.chars().count() >= 2))
            || frequent_word_before_its_country(cx, start));
    // one of the language's most frequent function words alone (`יושב הראש שלו`, his chairman)
    let function_word_alone = j == start + 1 && data.frequent.contains(doc.word(start));
    (j > start && !of_title && !function_word_alone && !frequent_words_after_title(doc, start, j)).then_some(j)
}

/// Rule `a_name_connector_is_followed_by_a_name_word`: a connector inside a
/// personal name (the profile's `nameconn`: `بن`, son of; `فون`, `دير`, the
/// particles of a European family name) is never the name's last word, so the
/// word after it belongs to the name even where its first letters read as a
/// proclitic on a common word (`أورسولا فون دير لاين`: `لاين` is `ل` + `اين`,
/// to where). Only past the name's first word, behind a connector that is a
/// word of its own.
fn name_word_after_connector(doc: &Doc, j: usize, start: usize) -> bool {
    let data = doc.lang.data();
    j > start && data.in_class("nameconn", doc.word(j - 1))
}

/// Rule `a_word_with_a_describing_ending_after_a_title_describes_it`: right
/// after a title a word with the ending of an adjective or an indefinite noun
/// (the profile's `commonend`: Persian `‌ای`, `رئیس دوره‌ای`, the rotating
/// president) says what kind of office it is, no name; a given name that ends
/// so stays a name. (A company's describing head, the profile's `orgdesc`, is left
/// to the title's reading: `מנכ"ל יצרנית הרכב טסלה`, whose company the gazetteer
/// knows past it.)
fn describing_ending_after_title(doc: &Doc, j: usize) -> bool {
    let word = doc.word(j);
    let data = doc.lang.data();
    data.words("commonend").any(|e| word.ends_with_short(e) && word.len() > e.len() + 2)
        && !super::super::types::is_given_name_in(doc.lang, word)
        && !data.words("orgdesc").any(|d| d == word)
}

/// Rule `a_family_name_the_article_writes_whole_elsewhere_is_the_name_s`: after
/// a title a word with the article that reads as an adjective ends a name of two
/// words (`محمد شياع السوداني` reads `the Sudanese`), yet it is the family name
/// (the nisba) where the article writes the three words together elsewhere too
/// (in its headline: `لحكومة محمد شياع السوداني`). Is the word at `end` such a
/// word after the name `start..end`?
fn family_name_written_whole_elsewhere(doc: &Doc, start: usize, end: usize) -> bool {
    let toks = &doc.toks;
    let data = doc.lang.data();
    let joined = |k: usize| toks.get(k).is_some_and(|u| u.flags & (UNCASED | JOINED) == UNCASED | JOINED);
    let nisba = doc.word(end.min(toks.len().saturating_sub(1)));
    if !joined(end) || !data.articles.iter().any(|a| nisba.starts_with_short(a.as_str())) {
        return false;
    }
    let len = end + 1 - start;
    (0..toks.len().saturating_sub(len - 1)).any(|p| {
        p != start && (1..len).all(|m| joined(p + m)) && (0..len).all(|m| doc.word(p + m) == doc.word(start + m))
    })
}

/// Rule `a_given_name_behind_the_conjunction_ends_a_titled_name`: after the
/// first word of a name a title opened, a given name behind the conjunction
/// (`وهيثم`, and Haitham: `و` + a given name that is none as written) before
/// a word that may go on with a name (a connector, or no frequent word) begins
/// another person (`السلطان قابوس وهيثم بن طارق`, Sultan Qaboos and Haitham bin
/// Tariq), no word of the titled one. Before the sentence's next word it is
/// the titled name's own (`אריה ורשל סיפר`, Arieh Warshel told).
pub(super) fn given_name_behind_the_conjunction(cx: &Ctx, j: usize) -> bool {
    let doc = cx.doc;
    let data = doc.lang.data();
    let goes_on = doc.toks.get(j + 1).is_some_and(|u| u.flags & (UNCASED | JOINED) == UNCASED | JOINED)
        && (data.words("nameconn").any(|c| c == doc.word(j + 1))
            || (!data.often.contains(doc.word(j + 1))
                && cx.cue(j + 1) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0));
    goes_on && given_name_clitic(doc, doc.word(j)).is_some_and(|conjunction| conjunction > 0)
}

/// Rule `frequent_words_with_an_adjective_after_a_title_are_no_name`: two
/// words or more after a title, each a frequent word of the language (also
/// behind a proclitic), none a given name, and one of them with an
/// adjective's ending (the profile's `adjsuffix`) or a frequent adjective
/// without one (its `plainadj`), are what the title says next
/// (`مشاور امنیت ملی`, national security adviser; `המנכ"ל חמישה ימים`, the chief executive five
/// days; `تنفيذية مؤقتة`, an interim executive), no one's name. A foreign name
/// has a word the language's list lacks (`ليزا جونسون`); a name of the
/// language's own words has no adjective (`יש עתיד`, the party).
fn frequent_words_after_title(doc: &Doc, start: usize, end: usize) -> bool {
    let lang = doc.lang;
    // (or one of the frequent adjectives without such an ending, the profile's `plainadj`: `צוות
    // חדש`, a new team)
    let adjective = |word: &str| {
        lang.data().words("adjsuffix").any(|e| word.strip_suffix(e).is_some_and(|stem| stem.chars().count() >= 2))
            || lang.data().words("plainadj").any(|a| a == word)
    };
    end >= start + 2
        && (start..end).all(|k| {
            let word = doc.word(k);
            (is_frequent_word_form(lang, word) || common_word_behind_proclitic(lang, word))
                && !super::super::types::is_given_name_in(lang, word)
        })
        && (start..end).any(|k| adjective(doc.word(k)))
}

/// Rule `a_chinese_name_goes_on_by_its_syllables`: Arabic writes a Chinese
/// name a syllable a word (`شي جين بينغ`, Xi Jinping) and a foreign syllable's
/// final -ng with letters that end no word of its own (the profile's
/// `velarnasal`: `نغ`; also `كيرتي فاردان سينغ`, Kirti Vardhan Singh): a third
/// word after a title that ends so, or follows a word that does, is the
/// name's last word, no verb or next phrase.
fn syllable_of_a_transcribed_name(doc: &Doc, j: usize) -> bool {
    let data = doc.lang.data();
    let ends_in_ng = |k: usize| {
        let word = doc.word(k);
        data.words("velarnasal").any(|e| word.strip_suffix(e).is_some_and(|stem| !stem.is_empty()))
    };
    j >= 1
        && (ends_in_ng(j) || ends_in_ng(j - 1))
        && !is_frequent_word_form(doc.lang, doc.word(j))
        && !doc.lang.is_stop_word(doc.word(j))
}

/// Rule `a_frequent_word_before_a_country_is_what_the_title_is_of`: a
/// frequent word alone after a title, with a country's name after it (`رئيس
/// وزراء بريطانيا بوريس جونسون`, prime minister of Britain Boris Johnson; the
/// construct state writes no article) is what the title is of, not a name.
fn frequent_word_before_its_country(cx: &mut Ctx, start: usize) -> bool {
    cx.gaz_match(start + 1).is_some_and(|(hit, len)| {
        let entry = cx.gaz.entry(hit.entry);
        len >= 1 && hit.trusted && entry.kind == EntityKind::Location && entry.prio >= COUNTRY_PRIORITY
    })
}

/// Is the word two on from `i` the family name after two given names (`محمد
/// جواد ظريف`, Mohammad Javad Zarif): a given name itself, or a word too rare
/// to be the sentence's, with no proclitic on a frequent word (`سليم عياش
/// باغتيال`, with the assassination), no word with the article but a nisba
/// and no verb's shape? The rule
/// [`name_after_given_name`] reads the third word so; after a title the name
/// went on to it only along connectors.
pub(super) fn family_name_after_two_given_names(doc: &Doc, i: usize) -> bool {
    let data = doc.lang.data();
    let k = i + 2;
    let joined = |k: usize| doc.toks.get(k).is_some_and(|u| u.flags & JOINED != 0);
    let given = |k: usize| super::super::types::is_given_name_in(doc.lang, doc.word(k));
    if !(joined(i + 1) && joined(k) && given(i) && given(i + 1)) {
        return false;
    }
    let word = doc.word(k);
    // a word with the article goes on as the nisba does, or describes (`حسان دياب الحداد
    // الوطني`, Hassan Diab [announced] the national mourning)
    if data.articles.iter().any(|a| word.strip_short_prefix(a.as_str()).is_some_and(|r| r.chars().count() >= 2)) {
        return nisba_after_two_names(doc, k);
    }
    given(k)
        || !(verb_follows_subject(doc.lang)
            || data.often.contains(word)
            || is_frequent_word_form(doc.lang, word)
            || frequent_behind_article(doc.lang, word)
            || common_word_after_clitic(doc.lang, word)
            || causative_past(doc.lang, word)
            || data.words("verbstart").any(|v| word.starts_with_short(v)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;
    use super::*;

    #[test]
    fn a_rank_s_ordinal_belongs_to_the_rank() {
        // sentences written for this test: the Sudanese defence minister, General Omar Hassan, announced
        // the withdrawal; the army's spokesman, First Lieutenant Karim Saleh, said
        let text = "أعلن وزير الدفاع السوداني الفريق أول عمر حسن انسحاب القوات. وقال المتحدث باسم الجيش الملازم أول كريم صالح إن الوضع هادئ.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "عمر حسن").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(find(&r[0], "كريم صالح").is_some(), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("أول")), "{:?}", r[0]);
    }

    #[test]
    fn a_person_described_by_age_before_the_name() {
        // a sentence written for this test: the young Nico opened the scoring in the tenth minute
        let r = run(&[article("ar", "ar", "وافتتح الشاب نيكو التسجيل في الدقيقة العاشرة.")]);
        assert_eq!(find(&r[0], "نيكو").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("الشاب")), "{:?}", r[0]);
    }

    #[test]
    fn a_french_double_given_name_goes_on_to_the_family_name() {
        // a sentence written for this test: Jean-Yves Martin visited Algiers
        let r = run(&[article("ar", "ar", "زار الوزير الفرنسي جان إيف مارتان الجزائر يوم الاثنين.")]);
        assert_eq!(find(&r[0], "جان إيف مارتان").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_region_after_a_title_is_the_office_s_place() {
        // a sentence written for this test: the president of the region of Umbria said the road was open
        let text = "وقال رئيس إقليم أومبريا ستيفانو بوليني إن الطريق مفتوح.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "ستيفانو بوليني").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // (without the word for its kind: rule `a_place_is_named_without_the_word_for_its_kind`)
        assert_eq!(find(&r[0], "أومبريا").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert!(find(&r[0], "إقليم أومبريا").is_none(), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("أومبريا ستيفانو")), "{:?}", r[0]);
    }

    #[test]
    fn a_given_name_behind_the_conjunction_ends_a_titled_name() {
        let text = "سلطنة عمان تودع السلطان قابوس وهيثم بن طارق يؤدي اليمين\n\nتوفي السلطان قابوس بن سعيد عن عمر ناهز 79 عاما.";
        let r = run(&[article("ar", "ar", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("قابوس وهيثم")), "{:?}", r[0]);
        assert_eq!(find(&r[0], "قابوس").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a family name that reads as the conjunction and a given name (`ורשל`, Warshel)
        let text = "פרופ' אריה ורשל, יליד קיבוץ שדה נחום, זכה בפרס נובל לכימיה. ורשל סיפר כי הוא שמח מאוד.";
        let r = run(&[article("he", "he", text)]);
        assert!(find(&r[0], "אריה ורשל").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn a_known_name_behind_a_proclitic_is_what_the_title_is_of() {
        let text = "وقدم الأمين العام للأمم المتحدة أنطونيو غوتيريش التعازي.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "للأمم المتحدة").expect("ل + الأمم المتحدة").1, "ORG");
    }

    #[test]
    fn an_arabic_sultan_s_title_is_no_word_of_his_name() {
        let text = "استقبل السلطان هيثم بن طارق الوفد في قصر العلم.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "هيثم بن طارق").expect("the name without the title").1, "PER");
        assert!(r[0].iter().all(|(s, _, _)| !s.starts_with("السلطان")), "{:?}", r[0]);
    }

    #[test]
    fn a_name_before_a_comma_and_a_title_is_a_persons_name_in_scripts_without_capitals() {
        let a = [
            article("fa", "fa", "سازمان ملل و آنتونیو گوترش، دبیرکل آن، استقبال کردند. در همین دیدار، وزیر سخن گفت."),
            article("he", "he", "המהנדס אמר כי קיר סטרמר, ראש ממשלת בריטניה, ייסע לוושינגטון."),
        ];
        let r = run(&a);
        assert_eq!(find(&r[0], "آنتونیو گوترش").expect("a name, a comma, its office").1, "PER");
        assert!(r[0].iter().all(|m| !m.0.contains("دیدار")), "a frequent word before the comma: {:?}", r[0]);
        assert_eq!(find(&r[1], "קיר סטרמר").expect("after a function word").1, "PER");
    }

    #[test]
    fn frequent_words_with_an_adjective_after_a_title_are_no_name() {
        // five days (`ימים` has the plural ending) after the chief executive; national security
        // after the adviser: what the title says next, no one's name
        let he = [article("he", "he", "אלטמן ישוב לתפקיד המנכ\"ל חמישה ימים אחרי שפיטרה אותו החברה.")];
        let r = run(&he);
        assert!(r[0].iter().all(|m| !m.0.contains("ימים")), "{:?}", r[0]);
        let fa = [article("fa", "fa", "مساعد بن محمد العیبان، مشاور امنیت ملی عربستان، در پکن بود.")];
        let r = run(&fa);
        assert!(r[0].iter().all(|m| !m.0.contains("امنیت")), "{:?}", r[0]);
    }

    #[test]
    fn arabic_names_show_themselves_by_the_title_before_them() {
        let a = [article("ar", "ar", "قال الرئيس الأمريكي جو بايدن إن الوفد وصل")];
        let r = run(&a);
        let name = find(&r[0], "جو بايدن").expect("name after title and its adjective");
        assert_eq!(name.1, "PER");
        assert!(find(&r[0], "الأمريكي جو بايدن").is_none(), "the adjective describes the title");
    }

    #[test]
    fn a_name_connector_is_followed_by_a_name_word() {
        // a sentence written for this test: the commission's president met the ministers in
        // Brussels (`لاين` reads as `ل` + `اين`, a common word)
        let text = "والتقت رئيسة المفوضية الأوروبية أورسولا فون دير لاين بالوزراء في بروكسل.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "أورسولا فون دير لاين").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        let ar = crate::lang::profile::profile_of_code("ar").expect("ar");
        assert!(common_word_behind_proclitic(ar, "لاين"), "the reading the connector overrules");
    }

    #[test]
    fn a_two_word_family_name_goes_on_to_its_second_word_after_a_title() {
        // a sentence written for this test: the minister Hana Al Abdullah opened the exhibition
        // (`العبد الله`, a family name of two words: `العبد` never ends a name)
        let text = "افتتحت الوزيرة هناء العبد الله المعرض في عمان.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "هناء العبد الله").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn an_arabic_name_goes_on_along_its_connectors_after_a_title() {
        let a = [article("a", "ar", "وهنأ الشيخ حمد بن خليفة بن أحمد آل ثاني اللاعبين بعد المباراة.")];
        let r = run(&a);
        let person = find(&r[0], "حمد بن خليفة بن أحمد آل ثاني").unwrap_or_else(|| panic!("{:?}", r[0]));
        assert_eq!(person.1, "PER");
    }

    #[test]
    fn a_proclitic_on_a_common_word_is_no_name_after_a_title() {
        // `لكرة` is `ل` (for) + `كرة` (ball): the title's organisation goes on, no name follows
        let a = [article("a", "ar", "وهنأ رئيس الاتحاد لكرة القدم اللاعبين بعد المباراة.")];
        let r = run(&a);
        assert!(!r[0].iter().any(|m| m.0.contains("لكرة")), "{:?}", r[0]);
        let ar = crate::lang::profile::profile_of_code("ar").expect("ar");
        assert!(common_word_behind_proclitic(ar, "بثلاثة"), "ب + ثلاثة (three)");
        assert!(!common_word_behind_proclitic(ar, "بوتين"), "Putin leaves no common word");
        let he = crate::lang::profile::profile_of_code("he").expect("he");
        assert!(!common_word_behind_proclitic(he, "לברוב"), "Lavrov is `ל` + `ברוב` (mostly), but no frequent word");
    }

    #[test]
    fn a_profession_before_a_name_is_a_title() {
        // the libertarian economist Javier Milei won
        let a = [article("a", "he", "הכלכלן הליברטריאני חוויאר מיליי ניצח בבחירות.")];
        let r = run(&a);
        assert_eq!(find(&r[0], "חוויאר מיליי").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_after_a_title_before_the_article_is_what_the_title_is_of() {
        // the army's chief of staff, Lieutenant General Ahmed Gaid Salah
        let a = [article("a", "ar", "طالب رئيس أركان الجيش الفريق أحمد قايد صالح بتطبيق الدستور.")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.0 != "أركان"), "{:?}", r[0]);
    }

    #[test]
    fn a_title_behind_the_conjunction_is_no_name() {
        // the speaker of parliament and leader of the Ennahda movement
        let a = [article("a", "ar", "ووصف رئيس البرلمان وزعيم حركة النهضة ما حدث بأنه انقلاب.")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.0 != "وزعيم"), "{:?}", r[0]);
    }

    #[test]
    fn a_relative_particle_before_the_article_ends_a_name_after_a_title() {
        // prime minister Narendra Modi announced that the union will join
        let a = [article("a", "he", "בשבת הודיע ראש הממשלה נרנדרה מודי שהאיחוד יצטרף לארגון.")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| !m.0.contains("שהאיחוד")), "{:?}", r[0]);
        assert_eq!(find(&r[0], "נרנדרה מודי").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_sovereigns_ordinal_ends_a_name_after_a_title() {
        // King Mohammed VI declared three days of mourning
        let a = [article("a", "he", "המלך מוחמד השישי הכריז על שלושה ימי אבל לאומי.")];
        let r = run(&a);
        assert_eq!(find(&r[0], "מוחמד השישי").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_name_follows_a_title_its_place_and_former() {
        // former president of Brazil Jair Bolsonaro congratulated
        let a = [article("a", "he", "נשיא ברזיל לשעבר ז'איר בולסונרו בירך את המנצח.")];
        let r = run(&a);
        assert_eq!(find(&r[0], "ז'איר בולסונרו").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "ברזיל").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        // the former president Mauricio Macri supports him
        let b = [article("b", "he", "והנשיא לשעבר מאוריסיו מאקרי תומך בו.")];
        let r = run(&b);
        assert_eq!(find(&r[0], "מאוריסיו מאקרי").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_after_a_titles_place_is_no_name() {
        // the president of France announced yesterday
        let a = [article("a", "he", "נשיא צרפת הודיע אתמול על בחירות חדשות.")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.1 != "PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_function_word_behind_the_conjunction_ends_a_name_after_a_title() {
        // the minister congratulated the gymnast and the team
        let a = [article("a", "he", "השר בירך את המתעמלת ואת צוות המאמנות.")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| !m.0.contains("ואת")), "{:?}", r[0]);
    }

    #[test]
    fn a_title_behind_a_proclitic_is_no_acronym() {
        let a = [article("he", "he", "הוא נבחר ליו\"ר האיגוד אחרי הבחירות.")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| !m.0.contains("יו\"ר")), "a title, no organisation: {:?}", r[0]);
    }

    #[test]
    fn a_verb_behind_the_relative_particle_after_a_title_is_no_name() {
        let text = "ראש הממשלה שכיהן שנים רבות הודיע על פרישה, והנשיא שזוכה בכהונה שנייה נאם.";
        let r = run(&[article("he", "he", text)]);
        assert!(r[0].iter().all(|m| !m.0.starts_with('ש')), "a relative clause, no name: {:?}", r[0]);
    }

    #[test]
    fn a_title_behind_a_proclitic_names_no_office_before_a_given_name() {
        let r = run(&[article("he", "he", "בראש המפלגה תפסה ציפי לבני את מקומו.")]);
        assert!(r[0].iter().all(|m| m.0 != "תפסה"), "a verb after `at the head of`: {:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_behind_the_conjunction_after_a_title_is_no_name() {
        let r = run(&[article("he", "he", "הוא כיהן כשר החוץ וביקש לפרוש בעוד שנתיים.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("וביקש")), "the sentence going on: {:?}", r[0]);
    }

    #[test]
    fn what_an_arabic_title_is_of_behind_the_preposition_comes_before_the_name() {
        // Microsoft's chief executive Satya Nadella said; the minister of state for foreign affairs Kirti Vardhan Singh
        let a = [
            article("ar1", "ar", "وقال الرئيس التنفيذي لمايكروسوفت ساتيا ناديلا إن الشراكة مهمة."),
            article("ar2", "ar", "وتوجه وزير الدولة للشؤون الخارجية كيرتي فاردان سينغ إلى الكويت."),
        ];
        let r = run(&a);
        assert_eq!(find(&r[0], "ساتيا ناديلا").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "لمايكروسوفت").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(r[1].iter().all(|m| m.0 != "للشؤون"), "{:?}", r[1]);
    }

    #[test]
    fn a_common_word_alone_after_a_title_is_no_name() {
        // UEFA named Rodri the best player on the pitch; General Tchiani, commander of the guard
        let a = [
            article("fa1", "fa", "یوفا رودری را بهترین بازیکن زمین انتخاب کرد و جام را به او داد."),
            article("fa2", "fa", "روز جمعه ژنرال عبدالرحمان چیانی، فرمانده گارد، خود را رئیس شورای ملی خواند."),
        ];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.0 != "زمین"), "{:?}", r[0]);
        assert!(r[1].iter().all(|m| m.0 != "گارد"), "{:?}", r[1]);
    }
    #[test]
    fn a_title_with_a_possessive_pronoun_is_a_title() {
        // sentences written for this test: the company and its president Karim Haddad; the club and its coach
        let text = "وقعت الشركة العقد بحضور رئيسها كريم حداد في الرياض. وأشاد النادي ومدربه سامي الخطيب بالفوز.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "كريم حداد").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "سامي الخطيب").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("رئيسها") && !m.0.contains("ومدربه")), "{:?}", r[0]);
    }

    #[test]
    fn a_family_name_the_article_writes_whole_elsewhere_is_the_name_s() {
        // sentences written for this test: a headline and its report of the prime minister Karim
        // Nasser al-Masri (`المصري`, the Egyptian); another report where the adjective describes
        let text =
            "البرلمان يمنح الثقة لحكومة كريم ناصر المصري\n\nمنح البرلمان الثقة لرئيس الوزراء كريم ناصر المصري أمس.";
        let r = run(&[article("ar1", "ar", text)]);
        assert!(r[0].iter().all(|m| m.0 != "المصري"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "كريم ناصر المصري").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        let text = "التقى رئيس الوزراء كريم ناصر المصري وزير الخارجية الأردني في عمّان.";
        let r = run(&[article("ar2", "ar", text)]);
        assert!(find(&r[0], "كريم ناصر المصري").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn the_office_s_word_after_a_title_goes_on_with_it() {
        // sentences written for this test: India's prime minister met the president and his
        // foreign minister
        let text = "استقبل رئيس وزراء الهند ناريندرا مودي في نيودلهي الرئيس الأمريكي ووزير خارجيته أنتوني بلينكن أمس.";
        let r = run(&[article("ar", "ar", text)]);
        assert_eq!(find(&r[0], "ناريندرا مودي").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "الهند").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "أنتوني بلينكن").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("وزراء") && !m.0.contains("خارجيته")), "{:?}", r[0]);
    }

    #[test]
    fn a_word_with_a_describing_ending_after_a_title_describes_it() {
        // the rotating president of the union opened the meeting; the president Hassan Rouhani spoke
        let text = "رئیس دوره‌ای اتحادیه نشست را آغاز کرد. پس از او رئیس‌جمهور حسن روحانی سخن گفت.";
        let r = run(&[article("fa", "fa", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("دوره‌ای")), "{:?}", r[0]);
        assert_eq!(find(&r[0], "حسن روحانی").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a frequent noun and a frequent adjective after a title (he will head a new team)
        let r = run(&[article("he", "he", "המדען יעמוד בראש צוות חדש שיחקור את הנושא.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("חדש")), "{:?}", r[0]);
        // a function word after a title is no name (the union invited its chairman)
        let r = run(&[article("he", "he", "האיגוד הזמין את יושב הראש שלו לכנס השנתי בחיפה.")]);
        assert!(r[0].iter().all(|m| m.0 != "שלו"), "{:?}", r[0]);
        // one that begins a name goes on with it (the Korean family name Lee, `לי`, to me)
        let r = run(&[article("he", "he", "שר האוצר לי מין-הו אמר כי התקציב יאושר בקרוב.")]);
        assert!(r[0].iter().any(|m| m.0.starts_with("לי ")), "{:?}", r[0]);
    }

    #[test]
    fn a_hebrew_title_written_with_gershayim_is_a_title_without_the_article_too() {
        // sentences written for this test: the police commissioner and the chief of staff
        let text = "מפכ\"ל המשטרה דני כהנוביץ אמר כי החקירה תימשך. רמטכ\"ל צה\"ל יעקב ברזילאי ביקר בבסיס.";
        let r = run(&[article("he", "he", text)]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("מפכ\"ל") && !s.contains("רמטכ\"ל")), "titles: {:?}", r[0]);
        assert_eq!(find(&r[0], "דני כהנוביץ").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }
}
