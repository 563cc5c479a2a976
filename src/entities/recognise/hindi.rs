//! Devanagari (Hindi): names before postpositions, head phrases, initials, places by position and
//! people listed after a cue.

use super::*;

/// Hindi names people without a title as often as with one: two words at
/// the start of a clause, before the postposition of the doer or the owner
/// (`विराट कोहली ने`, `ममता बनर्जी की`), are a name when neither is an oblique
/// form (`बचाने`, `भारतीयों`), an adjective first (`ध्रुवीय`), one of the most frequent words, or both
/// frequent (`विश्व कप के`), or a month (`नौ जून को`), and the postposition is no verb
/// (`सराहना की गई`); three words with a middle name between (`महेंद्र सिंह धोनी की`).
/// Returns the kind and the word count: the last word may be an organisation's
/// or a place's head (`समाजवादी पार्टी`).
fn pair_before_postposition(cx: &mut Ctx, i: usize, prev: Option<&Cand>) -> Option<(EntityKind, usize)> {
    let data_month = |w: &str| devanagari_profile().month(&crate::lang::fold_for_search(w).text);
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let clause_start = hindi_clause_start(cx, i);
    if !clause_start || i + 2 >= toks.len() {
        return None;
    }
    let plain = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    if after_a_plural_genitive(cx, i) {
        return None;
    }
    // a known place's `की` or `के` before the pair (`यूक्रेन की ओक्साना लिवाच और`, Ukraine's
    // Oksana Livach), or a person just found and `और` (`बजरंग पूनिया और साक्षी मलिक समेत`), says
    // a name follows: then any postposition ends it, not only the doer's or owner's
    let owner_place = i >= 2
        && plain(i)
        && matches!(doc.word(i - 1), "की" | "के")
        && toks[i - 1].flags & (DEVA | JOINED) == DEVA | JOINED
        && known_place_ends_at(cx, i - 1);
    // so does a party's or another known organisation's (`भाजपा के लक्ष्मण बाग से`, by the BJP's
    // Laxman Bag), when both words are rare
    let owner_org = i >= 2
        && plain(i)
        && matches!(doc.word(i - 1), "की" | "के")
        && toks[i - 1].flags & (DEVA | JOINED) == DEVA | JOINED
        && known_org_ends_at(cx, i - 1)
        && rare_plain_word(cx, i)
        && (rare_plain_word(cx, i + 1) || is_middle_name(doc, i + 1));
    let after_person = i >= 1
        && plain(i)
        && prev.is_some_and(|c| c.kind == EntityKind::Person && c.t1 + 1 == i)
        && data.in_class("nameand", doc.word(i - 1));
    let any_post = |k: usize| plain(k) && data.in_class("postposition", doc.word(k));
    let doer_or_owner = |k: usize| plain(k) && data.in_class("namepost", doc.word(k));
    let and_pair = |k: usize| plain(k) && data.in_class("nameand", doc.word(k)) && plain(k + 1) && plain(k + 2);
    // two names joined by `और` share the postposition after the second (`जसप्रीत बुमराह और
    // अर्शदीप सिंह ने`): the first pair ends at the conjunction
    let strict_post = |k: usize| doer_or_owner(k) || (and_pair(k) && doer_or_owner(k + 3));
    // two pairs so joined are names before any postposition but `में`, in (`… और साक्षी मलिक
    // समेत`, with Sakshi Malik), when the second pair holds none and reads as a name: words no
    // frequent word of the language but a family name (not `स्पष्ट रूप से`, clearly, after
    // `लगातार कठोर और`, ever harsher and: see `name_word`)
    let name_post = |k: usize| {
        strict_post(k)
            || ((owner_place || owner_org || after_person) && any_post(k))
            || (and_pair(k)
                && !any_post(k + 1)
                && !any_post(k + 2)
                && name_word(doc.word(k + 1))
                && name_word(doc.word(k + 2))
                && any_post(k + 3)
                && !data.in_class("locpost", doc.word(k + 3)))
    };
    // a middle name makes three words of it (`महेंद्र सिंह धोनी की`)
    let len = if plain(i + 1) && name_post(i + 2) {
        2
    } else if plain(i + 1)
        && plain(i + 2)
        && name_post(i + 3)
        && (is_middle_name(doc, i + 1) || family_name_after_two_name_words(cx, i))
    {
        3
    } else if after_person && plain(i + 1) && two_rare_words_end_a_list_of_people(cx, i) {
        2
    } else {
        return None;
    };
    if (i + 1..i + len).any(|k| cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE) != 0) || cx.cue(i) & TITLE != 0 {
        return None;
    }
    let (first, second) = (doc.word(i), doc.word(i + len - 1));
    let oblique = |w: &str| data.words("obliqueend").any(|e| w.ends_with_short(e));
    // a storm, a virus or an operation is given a name too (`चक्रवात बिपरजॉय ने`): no person
    let thing = |w: &str| data.in_class("thingword", w);
    // an adjective (`ध्रुवीय`, polar) describes the noun after it: the pair is a phrase
    // nor does a name end in an adjective in -ीय (`उम्मीदवार निर्दलीय के`, candidates as independents):
    // rule `a_pair_ending_in_an_adjective_is_no_name`
    let adjective_last = data.words("adjend").any(|e| second.ends_with_short(e));
    if oblique(first)
        || oblique(second)
        || hindi_adjective(first)
        || adjective_last
        || is_initial(doc, i)
        || describer(first)
        || describer(second)
        || thing(first)
        || thing(second)
        || body_named_for_its_purpose(cx, i, len)
    {
        return None;
    }
    // `की` followed by an auxiliary (`सराहना की गई`, praise was given) is the verb करना,
    // not the owner's postposition: the pair before it is the verb's object
    // so is a `की` that ends the clause (`मुलाकात की।`, met): an owner's `की` has its noun after it
    let post = doc.word(i + len);
    let next_joined = toks.get(i + len + 1).is_some_and(|u| u.flags & JOINED != 0);
    if data.in_class("verbpost", post) && (!next_joined || data.in_class("auxiliary", doc.word(i + len + 1))) {
        return None;
    }
    let (often, most) = (&data.often, &data.most_often);
    let head = cx.cue(i + len - 1);
    // a head word or a family name second makes a name of a frequent first word (`राहुल गांधी`)
    let named_second = head & (ORG_HEAD | LOC_HEAD) != 0 || data.in_class("surname", second);
    let frequent = |w: &str| frequent_with_or_without_nukta(often, w) || frequent_with_or_without_nukta(most, w);
    if most.contains(first)
        || (most.contains(second) && !named_second)
        || (frequent(first) && frequent_with_or_without_nukta(often, second) && !named_second)
    {
        return None;
    }
    if head & (ORG_HEAD | LOC_HEAD) != 0 && frequent(first) && common_noun_before_a_head(doc, i) {
        return None;
    }
    let is_month = |w: &str| data_month(w).is_some();
    // nor a place, though the gazetteer spells it in Latin only (`कविता तेलंगाना के`, Kavitha of Telangana)
    if is_month(first)
        || is_month(second)
        || cx.gaz_match(i).is_some()
        || cx.gaz_match(i + len - 1).is_some()
        || place_spelled_in_latin(cx, i + len - 1).is_some()
    {
        return None;
    }
    // a postposition other than the doer's or owner's ends a person's name only: a head word
    // there makes a phrase (`बेंगलुरु के नियंत्रण केंद्र से`, from the control centre in Bengaluru)
    if head & (ORG_HEAD | LOC_HEAD) != 0 && !strict_post(i + len) {
        return None;
    }
    let kind = if head & ORG_HEAD != 0 {
        EntityKind::Organization
    } else if head & LOC_HEAD != 0 {
        EntityKind::Location
    } else {
        EntityKind::Person
    };
    Some((kind, len))
}

/// Rule `a_pair_after_a_plural_genitive_is_a_common_noun_phrase`: a plural in the oblique case
/// and `का`, `की` or `के` before it (`पहलवानों के यौन उत्पीड़न का`, of the wrestlers' sexual
/// harassment): what belongs to many people is a thing; a person after it has a title between
/// (`पहलवानों के नेता`), and a body a head word (`सैनिकों के समूह वैगनर`, the soldiers' group
/// Wagner). Is token `i` after such a genitive, no head word at `i` or after it?
fn after_a_plural_genitive(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let plain = |k: usize| doc.toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let head = |k: usize| k < doc.toks.len() && cx.cue(k) & (ORG_HEAD | LOC_HEAD) != 0;
    i >= 2
        && !head(i)
        && !head(i + 1)
        && plain(i)
        && plain(i - 1)
        && matches!(doc.word(i - 1), "का" | "की" | "के")
        && doc.toks[i - 2].flags & (DEVA | DIGIT) == DEVA
        && (doc.word(i - 2).ends_with("ों") || doc.word(i - 2).ends_with("ओं"))
}

/// Rules `a_frequent_word_after_a_demonstrative_is_a_common_noun` and
/// `a_frequent_word_in_e_before_a_head_is_an_oblique_adjective`: a frequent word at `i` before a
/// head and a postposition is no name's first word when a demonstrative stands before it (`यह
/// खबर कंपनी के लिए`, this news ... for the company: a demonstrative goes with a common noun), or
/// when it ends in -े, the oblique form an adjective takes before a postposition (`पिछले बोर्ड के`,
/// of the previous board; `बड़े बैंकों`). The caller has checked that the word is frequent.
fn common_noun_before_a_head(doc: &Doc, i: usize) -> bool {
    let demonstrative_before = i >= 1
        && doc.toks[i].flags & JOINED != 0
        && doc.toks[i - 1].flags & DEVA != 0
        && devanagari_profile().data().in_class("demonstrative", doc.word(i - 1));
    demonstrative_before || doc.word(i).ends_with('\u{947}')
}

/// Hindi shortens a body's name to the first syllables of its words (`झारखंड मुक्ति मोर्चा`,
/// `झामुमो`; `राष्ट्रीय जनता दल`, `राजद`): is `word` so made of the last two words or more of
/// `name` (tokens), its consonants the first consonant of each word in turn?
fn syllabic_acronym_of<'w>(name: impl Iterator<Item = &'w str>, word: &str) -> bool {
    let consonant = |c: &char| ('\u{915}'..='\u{939}').contains(c) || ('\u{958}'..='\u{95f}').contains(c);
    let letters: Vec<char> = word.chars().filter(consonant).collect();
    let firsts: Vec<char> = name.filter_map(|w| w.chars().find(consonant)).collect();
    letters.len() >= 2 && firsts.ends_with(&letters)
}

/// Rule `a_word_with_a_number_glued_to_it_is_a_brand`: Hindi writes no common word with digits
/// run on to it, but firms and channels name themselves so (`वायकॉम18`, Viacom18; `नेटवर्क18`):
/// a Devanagari word of three consonants or more, no letter names (`टी20`, `जी20` and `एल1` are an
/// acronym's letters with a number: a format, a group, a point), then digits, is an organisation;
/// a hyphened word (`आदित्य-एल1`, a spacecraft and its point) is a craft or a model, not a firm.
/// Linking reads the name without its digits, so a word of fewer than three consonants (`वन97`,
/// One97, read `van`) would meet other short names (the Turkish city Van): it is left alone.
pub(super) fn brand_with_its_number(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return false };
    if t.flags & (DEVA | DIGIT) != DEVA | DIGIT {
        return false;
    }
    let is_digit = |c: char| c.is_ascii_digit() || ('\u{966}'..='\u{96f}').contains(&c);
    let key = doc.key(i);
    let letters = key.trim_end_matches(is_digit);
    letters.len() < key.len()
        && !letters.chars().any(|c| is_digit(c) || c == '-')
        && letters
            .chars()
            .filter(|c| ('\u{915}'..='\u{939}').contains(c) || ('\u{958}'..='\u{95f}').contains(c))
            .count()
            >= 3
        && !super::super::devanagari::is_letter_name(letters)
        && acronym(letters).is_none()
}

/// Rule `two_rare_words_after_a_person_and_and_are_the_next_person`: after a person just found and
/// `और`, two rare words (no adjective, no place) before a word that is not rare (`शामिल`, `भी`, a
/// verb) are the next person of the list, though no postposition follows (`गहलोत और रमाकांत
/// तोगड़िया शामिल हुए`, Gehlot and Ramakant Togadia took part).
fn two_rare_words_end_a_list_of_people(cx: &mut Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let next_plain = doc.toks.get(i + 2).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    rare_plain_word(cx, i)
        && rare_plain_word(cx, i + 1)
        && !hindi_adjective(doc.word(i))
        && !hindi_adjective(doc.word(i + 1))
        && next_plain
        && !rare_plain_word(cx, i + 2)
        // (a title next takes the words as what that person is: `सेवानिवृत्त आईएएस अधिकारी`, a retired
        // IAS officer)
        && cx.cue(i + 2) & (TITLE | ORG_HEAD | LOC_HEAD) == 0
        && acronym(doc.key(i)).is_none()
        && acronym(doc.key(i + 1)).is_none()
        && cx.gaz_match(i).is_none()
        && cx.gaz_match(i + 1).is_none()
        && place_spelled_in_latin(cx, i + 1).is_none()
}

/// Rule `a_listed_family_name_after_two_name_words_ends_a_name_of_three`: two words that may be
/// names (a rare word or a listed given name first, a rare word second) and a frequent family name
/// of the `surname` class third are one name (`रमाकांत मनोहर चौधरी ने`, Ramakant Manohar Chaudhary),
/// as a middle name makes one (`महेंद्र सिंह धोनी`): the caller asks for the doer's or owner's
/// postposition after it.
fn family_name_after_two_name_words(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    (rare_plain_word(cx, i) || listed_given_name(doc, i, "givenname"))
        && rare_plain_word(cx, i + 1)
        && !hindi_adjective(doc.word(i))
        && !hindi_adjective(doc.word(i + 1))
        && data.in_class("surname", doc.word(i + 2))
}

/// Rule `a_body_named_for_its_purpose_is_a_kind_before_a_postposition`: a
/// noun that says what a body is for (the profile's `purposeword`: `बचाव दल`, a
/// rescue team) before an organisation's head makes a kind of body, not one
/// body, before a postposition too (`बचाव दल को सलाह`, advice to the rescue
/// team), as `name_before_head` reads it elsewhere.
fn body_named_for_its_purpose(cx: &Ctx, i: usize, len: usize) -> bool {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    cx.cue(i + len - 1) & ORG_HEAD != 0 && (i..i + len - 1).any(|k| data.in_class("purposeword", doc.word(k)))
}

/// Rule `a_frequent_word_is_frequent_without_its_nukta`: Hindi writes the dot
/// below of a loan sound (`ज़` z, `फ़` f, `क़` q, `ख़`, `ग़`) or leaves it out
/// (`कर्ज़` and `कर्ज`, loan), and the list of frequent words has one spelling:
/// a word is one of the `set` as written or without that nukta. (`ड़` and `ढ़`
/// are letters of their own: the mark stays on them.)
fn frequent_with_or_without_nukta(set: &crate::entities::strtable::StrSet, word: &str) -> bool {
    if set.contains(word) {
        return true;
    }
    let mut bare = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    let mut changed = false;
    while let Some(c) = chars.next() {
        match c {
            // the precomposed letters with a loan sound's nukta
            '\u{958}' | '\u{959}' | '\u{95a}' | '\u{95b}' | '\u{95e}' => {
                bare.push(match c {
                    '\u{958}' => 'क',
                    '\u{959}' => 'ख',
                    '\u{95a}' => 'ग',
                    '\u{95b}' => 'ज',
                    _ => 'फ',
                });
                changed = true;
            }
            'क' | 'ख' | 'ग' | 'ज' | 'फ' if chars.peek() == Some(&'\u{93c}') => {
                bare.push(c);
                chars.next();
                changed = true;
            }
            _ => bare.push(c),
        }
    }
    changed && set.contains(bare.as_str())
}

/// Rule `a_rare_third_word_after_two_given_names_is_the_family_name`: after a title, a
/// name whose second word is no family name (`मोहन चरण`, two given names) is not yet whole:
/// a rare third word right before the doer's or owner's postposition is its family name
/// (`विधायक मोहन चरण माझी को`, MLA Mohan Charan Majhi). A second word that is a family name
/// ends the name, and a third word then is the sentence's noun (`रोहित शर्मा जीत के बाद`).
/// `start` is the name's first word, `name_post_next` whether that postposition follows
/// the third word.
fn family_name_third_before_postposition(cx: &Ctx, start: usize, name_post_next: bool) -> bool {
    let doc = cx.doc;
    let third = start + 2;
    name_post_next
        && rare_plain_word(cx, third)
        && doc.toks.get(third).is_some_and(|u| u.flags & JOINED != 0)
        && !is_initial(doc, start)
        && !devanagari_profile().data().in_class("surname", doc.word(start + 1))
        && acronym(doc.key(third)).is_none()
}

/// Rule `a_rare_third_word_before_the_sentence_goes_on_ends_a_titled_name`: after a title, a
/// given name, a second given name that is a frequent word too (`अली`, `अहमद`, `मोहम्मद`: Muslim
/// names are written in three words, the middle one a common name) and a rare third word, followed
/// by a word of the sentence (a frequent word, a function word, a postposition) or by punctuation,
/// are one name: the rare word is the family name (`सह-अध्यक्ष आसिफ अली जरदारी दूसरी बार`, the
/// co-chairman Asif Ali Zardari a second time). After a rare second word the name is whole in
/// two (`प्रधानमंत्री ऋषि सुनक अक्षरधाम`, Rishi Sunak at Akshardham); a frequent third word is the
/// sentence's (`रोहित शर्मा जीत के बाद`); a rare word after the third says the words run on.
fn rare_third_word_before_the_sentence_goes_on(cx: &Ctx, start: usize) -> bool {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    let third = start + 2;
    let joined = |k: usize| doc.toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    // (a verbal noun or a plural next, `ऑटो रिक्शा चलाने से`, from driving an auto-rickshaw, takes
    // the words before it as its object: the name ended earlier)
    let sentence_goes_on = !joined(third + 1) || {
        let next = doc.word(third + 1);
        let object_of_next = cx.cue(third + 1) & (FUNCTION | POSTPOSITION) == 0
            && data.words("obliqueend").any(|e| next.ends_with_short(e));
        !rare_plain_word(cx, third + 1) && !data.in_class("lightverb", next) && !object_of_next
    };
    joined(third)
        && rare_plain_word(cx, third)
        && !hindi_adjective(doc.word(third))
        && acronym(doc.key(third)).is_none()
        && !is_initial(doc, start)
        && !data.in_class("surname", doc.word(start + 1))
        && data.often.contains(doc.word(start + 1))
        && sentence_goes_on
}

/// Rule `a_title_word_after_a_middle_name_is_the_family_name`: Hindi puts a title before the
/// name, and a middle name (`कुमार`, `सिंह`, `प्रसाद`) wants a family name after it; a word
/// there that is both a title and a family name (the profile's `titlesurname`: `महंत`, `पंडित`)
/// is the family name when a postposition, `भी` or punctuation closes it (`अभियंता अरुण कुमार महंत
/// भी`, the engineer Arun Kumar Mahant too).
fn title_word_is_the_family_name(cx: &Ctx, j: usize) -> bool {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    let closes = doc.toks.get(j + 1).is_none_or(|u| u.flags & JOINED == 0 || cx.cue(j + 1) & POSTPOSITION != 0);
    j >= 1
        && is_middle_name(doc, j - 1)
        && !is_initial(doc, j - 1)
        && doc.toks[j].flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED
        && data.in_class("titlesurname", doc.word(j))
        && closes
}

/// Rule `a_compound_given_name_takes_a_third_word`: Urdu and Arabic given names of two words
/// (`गुलाम नबी`, `अब्दुल रहमान`: a first word of the profile's `compoundgiven`, "servant of",
/// then a name) need their family name third, though it is a common word too (`गुलाम नबी
/// आजाद ने`, Ghulam Nabi Azad): before the doer's or owner's postposition the third word is the
/// name's. `start` is the name's first word.
fn family_name_after_a_compound_given_name(cx: &Ctx, start: usize, name_post_next: bool) -> bool {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    let third = start + 2;
    name_post_next
        && data.in_class("compoundgiven", doc.word(start))
        && doc.toks.get(third).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED)
        && cx.cue(third) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
        && !data.most_often.contains(doc.word(third))
        && !data.words("obliqueend").any(|e| doc.word(third).ends_with_short(e))
}

/// Rule `an_izafat_compound_is_a_name`: Urdu joins two nouns by the Persian izafat, which
/// Hindi writes as `-ए-` between hyphens (`जैश-ए-मोहम्मद`, army of Muhammad; `लश्कर-ए-तैयबा`;
/// `तहरीक-ए-इंसाफ`, movement for justice). Hindi keeps the construction for names, mostly of
/// movements, parties and armed groups: the word is an organisation's name.
fn izafat_compound(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return false };
    if t.flags & (DEVA | DIGIT) != DEVA {
        return false;
    }
    let mut parts = doc.word(i).split('-');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(first), Some("ए"), Some(last), None) => first.chars().count() >= 2 && last.chars().count() >= 2,
        _ => false,
    }
}

/// Does a place the gazetteer knows, of one or two words, end just before token `end`
/// (`आंध्र प्रदेश` before `के`), in Devanagari or read from a Latin spelling?
fn known_place_ends_at(cx: &mut Ctx, end: usize) -> bool {
    let known_place = |cx: &mut Ctx, start: usize, len: usize| {
        cx.gaz_match(start).is_some_and(|(hit, n)| n == len && cx.gaz.entry(hit.entry).kind == EntityKind::Location)
            || place_spelled_in_latin(cx, start).is_some_and(|(_, n)| n == len)
    };
    (end >= 1 && known_place(cx, end - 1, 1)) || (end >= 2 && known_place(cx, end - 2, 2))
}

/// After an organisation's head at `from - 1`, the end of a second head one to three rare words
/// on (`कंपनी विधि अपील न्यायाधिकरण`): the name goes on to it. The words between are joined,
/// of no other class, and none of the most frequent words, an oblique form or a possessive.
fn later_org_head(cx: &Ctx, from: usize) -> Option<usize> {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    for k in from..from + 3 {
        let t = doc.toks.get(k)?;
        if t.flags & (DEVA | JOINED | DIGIT) != DEVA | JOINED {
            return None;
        }
        let c = cx.cue(k);
        if c & ORG_HEAD != 0 {
            return (k > from).then_some(k + 1);
        }
        let word = doc.word(k);
        if c & (FUNCTION | POSTPOSITION | TITLE | LOC_HEAD) != 0
            || data.most_often.contains(word)
            || data.words("obliqueend").any(|e| word.ends_with_short(e))
            || describer(word)
        {
            return None;
        }
    }
    None
}

/// Does an organisation the gazetteer knows, of one or two words, end just before token `end`
/// (`भाजपा` before `के`)?
fn known_org_ends_at(cx: &mut Ctx, end: usize) -> bool {
    let known_org = |cx: &mut Ctx, start: usize, len: usize| {
        cx.gaz_match(start).is_some_and(|(hit, n)| n == len && cx.gaz.entry(hit.entry).kind == EntityKind::Organization)
    };
    (end >= 1 && known_org(cx, end - 1, 1)) || (end >= 2 && known_org(cx, end - 2, 2))
}

/// A place named before a head of two words, a kind word and a place head (`हवाई अड्डे`,
/// airport), perhaps with an adjective between (`त्रिभुवन अंतरराष्ट्रीय हवाई अड्डे`, `इंदिरा गांधी
/// अंतरराष्ट्रीय हवाई अड्डे`): one rare word, or two of which the first is rare or the second a
/// family name, none a known place. Returns the end of the whole name, head and all.
fn name_before_head_phrase(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let joined = |j: usize| toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let head_at = |cx: &Ctx, k: usize| {
        let k = if joined(k) && data.words("adjend").any(|e| doc.word(k).ends_with(e)) { k + 1 } else { k };
        (joined(k) && data.in_class("headfirst", doc.word(k)) && joined(k + 1) && cx.cue(k + 1) & LOC_HEAD != 0)
            .then_some(k + 2)
    };
    if toks[i].flags & (DEVA | DIGIT) != DEVA {
        return None;
    }
    let surname = |k: usize| data.in_class("surname", doc.word(k));
    let plain_name = |cx: &Ctx, k: usize| {
        toks.get(k).is_some_and(|u| u.flags & (DEVA | DIGIT) == DEVA)
            && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
            && !data.most_often.contains(doc.word(k))
            && !data.words("obliqueend").any(|e| doc.word(k).ends_with(e))
            && !data.words("adjend").any(|e| doc.word(k).ends_with(e))
    };
    let place = |cx: &mut Ctx, k: usize| {
        cx.gaz_match(k).is_some_and(|(hit, _)| cx.gaz.entry(hit.entry).kind == EntityKind::Location)
    };
    if !plain_name(cx, i) || place(cx, i) {
        return None;
    }
    if rare_plain_word(cx, i)
        && let Some(end) = head_at(cx, i + 1)
    {
        return Some(end);
    }
    if joined(i + 1) && plain_name(cx, i + 1) && !place(cx, i + 1) && (rare_plain_word(cx, i) || surname(i + 1)) {
        return head_at(cx, i + 2);
    }
    None
}

/// Rule `an_honorific_stays_in_the_name_of_what_is_named_after_its_bearer`: India names colleges,
/// airports and stations after people with their honorific (`रानी दुर्गावती मेडिकल कॉलेज`, Queen
/// Durgavati Medical College; `सरदार वल्लभभाई पटेल अंतरराष्ट्रीय हवाई अड्डा`): an honorific of the
/// profile's `honorific` class, then one to three name words (no function word, postposition, title
/// or most frequent word), then an organisation's or a place's head, or an airport's two-word head,
/// is one name, the honorific its first word. Returns the kind and the name's end.
fn institution_named_with_an_honorific(cx: &Ctx, i: usize) -> Option<(EntityKind, usize)> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    if toks[i].flags & (DEVA | DIGIT) != DEVA || !data.in_class("honorific", doc.word(i)) {
        return None;
    }
    let joined = |j: usize| toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let name_word_at = |j: usize| {
        joined(j)
            && cx.cue(j) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
            && !data.most_often.contains(doc.word(j))
            && !data.words("obliqueend").any(|e| doc.word(j).ends_with_short(e))
    };
    let mut j = i + 1;
    while j < i + 6 && joined(j) {
        // an airport's head is two words, the first a kind word (`हवाई अड्डे`)
        if j > i + 1 && data.in_class("headfirst", doc.word(j)) && joined(j + 1) && cx.cue(j + 1) & LOC_HEAD != 0 {
            return Some((EntityKind::Location, j + 2));
        }
        if !name_word_at(j) {
            break;
        }
        j += 1;
    }
    if j < i + 2 || j > i + 4 || !joined(j) {
        return None;
    }
    let kind = head_kind(cx, j)?;
    Some((kind, j + 1))
}

/// Rule `a_persons_name_before_the_head_of_a_building_names_the_building`: India names stadiums,
/// hospitals, colleges, roads and stations after people by the full name and the head last
/// (`अरुण जेटली स्टेडियम`, `एम. ए. चिदंबरम स्टेडियम`, `बी.जे. मेडिकल कॉलेज`): a listed given name
/// or an initial, one to three more name words (an initial, or no function word, postposition,
/// title, head or stop word: a famous family name is a frequent word, `नरेंद्र मोदी स्टेडियम`), then a head of the profile's `namedhead` class (buildings and
/// institutions, not bodies such as parties or boards: `अवधेश राय कांग्रेस नेता`), or an airport's
/// two-word head, is one name. A name the article uses elsewhere without that head is a person
/// going somewhere (`केजरीवाल अस्पताल पहुंचे`, Kejriwal reached the hospital): one sense per
/// article. Returns the kind and the name's end.
fn place_named_after_a_person(cx: &Ctx, i: usize) -> Option<(EntityKind, usize)> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    if toks[i].flags & (DEVA | DIGIT) != DEVA {
        return None;
    }
    let given = ["givenname", "givennameword", "givennameforeign"].iter().any(|class| listed_given_name(doc, i, class));
    if !given && !is_initial(doc, i) {
        return None;
    }
    // a given name after a rare word or another given name may be the name's second word
    // (`जय प्रकाश नारायण`): the name begins before it, and this rule does not know where
    let joined_before = i > 0 && toks[i].flags & JOINED != 0 && toks[i - 1].flags & (DEVA | DIGIT) == DEVA;
    if given && joined_before && (rare_plain_word(cx, i - 1) || listed_given_name(doc, i - 1, "givenname")) {
        return None;
    }
    // after an initial's dot the next word follows without a plain space (`एम. ए.`)
    let joined = |j: usize| {
        toks.get(j)
            .is_some_and(|u| u.flags & (DEVA | DIGIT) == DEVA && (u.flags & JOINED != 0 || is_initial(doc, j - 1)))
    };
    let name_word_at = |j: usize| {
        joined(j)
            && (is_initial(doc, j)
                || (cx.cue(j) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
                    && !devanagari_profile().is_stop_word(doc.word(j))
                    && !data.words("obliqueend").any(|e| doc.word(j).ends_with_short(e))))
    };
    let mut j = i + 1;
    let (kind, end) = loop {
        if j > i + 4 || !joined(j) {
            return None;
        }
        // an airport's head is two words, the first a kind word (`हवाई अड्डे`)
        if j > i + 1 && data.in_class("headfirst", doc.word(j)) && joined(j + 1) && cx.cue(j + 1) & LOC_HEAD != 0 {
            break (EntityKind::Location, j + 2);
        }
        if j > i + 1 && data.in_class("namedhead", doc.word(j)) {
            break (head_kind(cx, j)?, j + 1);
        }
        if !name_word_at(j) {
            return None;
        }
        j += 1;
    };
    // the name's last word before the head, written elsewhere in the article without the head
    let head_start = if end == j + 2 { j } else { end - 1 };
    let (last, head) = (doc.word(head_start - 1), doc.word(head_start));
    let used_otherwise = (0..toks.len()).any(|k| {
        k != head_start - 1
            && toks[k].flags & DEVA != 0
            && doc.word(k) == last
            && toks.get(k + 1).is_none_or(|_| doc.word(k + 1) != head)
    });
    (!used_otherwise && !is_initial(doc, head_start - 1)).then_some((kind, end))
}

/// An organisation named in English words written in Devanagari, without a Hindi head
/// (`यूनाइटेड वर्ल्ड रेसलिंग के`, United World Wrestling's): at a clause's start, an English
/// word that begins names (`यूनाइटेड`, `नेशनल`), then one to three more words that are no
/// function word, postposition, title or one of the most frequent words, then a
/// postposition. Returns the name's end.
fn english_style_name(cx: &Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    if toks[i].flags & (DEVA | DIGIT) != DEVA
        || !data.in_class("englishname", doc.word(i))
        || !hindi_clause_start(cx, i)
    {
        return None;
    }
    let joined = |j: usize| toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let word_ok = |j: usize| {
        joined(j)
            && cx.cue(j) & (FUNCTION | POSTPOSITION | TITLE) == 0
            && !data.most_often.contains(doc.word(j))
            && !data.words("obliqueend").any(|e| doc.word(j).ends_with(e))
            && devanagari_profile().month(&crate::lang::fold_for_search(doc.word(j)).text).is_none()
    };
    let mut end = i + 1;
    while end < i + 4 && word_ok(end) {
        end += 1;
    }
    (end > i + 1 && joined(end) && cx.cue(end) & POSTPOSITION != 0).then_some(end)
}

/// A rare word written as one with a place's head (`राजभवन`, the governor's house; `गणभवन`):
/// a place, when the word is longer than its head.
fn place_compound(cx: &Ctx, i: usize) -> bool {
    let word = cx.doc.word(i);
    rare_plain_word(cx, i)
        && devanagari_profile().data().words("placesuffix").any(|s| word.len() > s.len() + 3 && word.ends_with(s))
}

/// People named one after another (`शरद पवार, फारूक अब्दुल्ला, सीताराम येचुरी और …`): after a
/// comma that follows a person just found (`prev`), two words that may be a name (rare words, a
/// family name second; a middle name makes three), then a comma or `और`, are the next person.
/// Returns the name's end.
fn next_person_in_list(cx: &mut Ctx, i: usize, prev: Option<&Cand>) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let gap = |k: usize| doc.text.get(toks.get(k - 1)?.end..toks.get(k)?.start).map(str::trim);
    if i == 0 || !prev.is_some_and(|c| c.kind == EntityKind::Person && c.t1 == i) || gap(i) != Some(",") {
        return None;
    }
    let joined = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let name_word = |cx: &mut Ctx, k: usize, first: bool| {
        let surname = !first && data.in_class("surname", doc.word(k));
        let place = cx.gaz_match(k).is_some_and(|(hit, _)| !small_town(cx.gaz, hit));
        (rare_plain_word(cx, k) || surname) && !place && place_spelled_in_latin(cx, k).is_none()
    };
    if toks[i].flags & (DEVA | DIGIT) != DEVA || !joined(i + 1) {
        return None;
    }
    let len = if is_middle_name(doc, i + 1) && joined(i + 2) && name_word(cx, i + 2, false) { 3 } else { 2 };
    if len == 2 && !name_word(cx, i + 1, false) {
        return None;
    }
    // a frequent given name, before a family name (`अखिलेश यादव`)
    let family_name = data.in_class("surname", doc.word(i + len - 1));
    let frequent_given = family_name
        && cx.cue(i) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
        && !data.most_often.contains(doc.word(i))
        && cx.gaz_match(i).is_none();
    if !frequent_given && !name_word(cx, i, true) {
        return None;
    }
    let end = i + len;
    let list_goes_on =
        gap(end) == Some(",") || (joined(end) && data.in_class("nameand", doc.word(end)) && joined(end + 1));
    list_goes_on.then_some(end)
}

/// Rule `a_one_word_name_in_a_list_of_people_is_a_person`: Hindi news calls some people by one
/// name (`रजनीकांत`, `काजोल`): in a list of people, after a comma that follows a person just
/// found, one rare word (no place, no frequent word) and then a comma, or `और` and more words,
/// is the next person. Returns the name's end.
fn one_word_person_in_list(cx: &mut Ctx, i: usize, prev: Option<&Cand>) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let gap = |k: usize| doc.text.get(toks.get(k - 1)?.end..toks.get(k)?.start).map(str::trim);
    if i == 0 || !prev.is_some_and(|c| c.kind == EntityKind::Person && c.t1 == i) || gap(i) != Some(",") {
        return None;
    }
    let joined = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let one_name = toks[i].flags & (DEVA | DIGIT) == DEVA
        && rare_plain_word(cx, i)
        && !hindi_adjective(doc.word(i))
        && acronym(doc.key(i)).is_none()
        && cx.gaz_match(i).is_none()
        && place_spelled_in_latin(cx, i).is_none();
    let list_goes_on =
        gap(i + 1) == Some(",") || (joined(i + 1) && data.in_class("nameand", doc.word(i + 1)) && joined(i + 2));
    (one_name && list_goes_on).then_some(i + 1)
}

/// A name in quotes before an organisation's head (`विपक्षी 'इंडिया' गठबंधन`, the opposition
/// INDIA alliance): the one to three quoted words name the organisation, whatever they mean
/// alone. Returns the name's end.
fn quoted_name_before_head(cx: &Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let quote = |gap: &str| matches!(gap, "'" | "\"" | "‘" | "’" | "“" | "”");
    let opening = doc.text[..toks[i].start].chars().next_back().is_some_and(|c| matches!(c, '\'' | '"' | '‘' | '“'));
    if !opening || toks[i].flags & DEVA == 0 {
        return None;
    }
    for end in i + 1..(i + 4).min(toks.len()) {
        let gap = doc.text.get(toks[end - 1].end..toks[end].start)?.trim();
        if gap.is_empty() {
            continue;
        }
        let head = toks[end].flags & (DEVA | DIGIT) == DEVA
            && cx.cue(end) & ORG_HEAD != 0
            && cx.cue(end) & (FUNCTION | POSTPOSITION | TITLE) == 0;
        return (quote(gap) && head).then_some(end);
    }
    None
}

/// Is this Hindi word a possessive or a participle (`उनकी`, their; `आए`, that came), which
/// describes the noun after it and is no part of a name?
fn describer(word: &str) -> bool {
    devanagari_profile().data().in_class("describer", word)
}

/// Is this Hindi word an adjective that describes the noun after it: one in -ीय
/// (`ध्रुवीय`, polar) or a frequent one of another form (`विशेष`, special; `धार्मिक`)?
fn hindi_adjective(word: &str) -> bool {
    let data = devanagari_profile().data();
    data.words("adjend").any(|e| word.ends_with_short(e)) || data.in_class("adjword", word)
}

/// Does an organisation head at `k` introduce the name after it (`कंपनी फॉक्सकॉन ने`,
/// the company Foxconn): one to three rare words follow it, then a postposition?
/// Returns the end of that name.
fn name_after_org_head(cx: &Ctx, k: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let t = toks.get(k)?;
    if t.flags & (DEVA | DIGIT) != DEVA || !data.in_class("namedafter", doc.word(k)) {
        return None;
    }
    let joined = |j: usize| toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let mut end = k + 1;
    while end < k + 4 && joined(end) && rare_plain_word(cx, end) {
        end += 1;
    }
    // the name ends at a postposition (`ने`, `के`); a head of its own ends it too (`अडानी एंटरप्राइजेज`)
    if end < k + 4 && joined(end) && cx.cue(end) & ORG_HEAD != 0 && cx.cue(end) & (FUNCTION | POSTPOSITION) == 0 {
        end += 1;
    }
    (end > k + 1 && joined(end) && cx.cue(end) & POSTPOSITION != 0).then_some(end)
}

/// A place named by where it lies, one or two rare words: after a known place and a word
/// for "near" (`अहमदाबाद के पास साणंद में`, at Sanand near Ahmedabad) and before a
/// postposition, or at a clause's start before `स्थित`, located (`सिविल लाइंस स्थित`).
/// Returns the name's end.
fn place_by_position(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let joined = |j: usize| toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    if !rare_plain_word(cx, i) {
        return None;
    }
    let located = |j: usize| joined(j) && data.in_class("locatedword", doc.word(j));
    if hindi_clause_start(cx, i) {
        if located(i + 1) {
            return Some(i + 1);
        }
        if joined(i + 1) && rare_plain_word(cx, i + 1) && located(i + 2) {
            return Some(i + 2);
        }
    }
    let known_place = |cx: &mut Ctx, start: usize, len: usize| {
        cx.gaz_match(start).is_some_and(|(hit, n)| n == len && cx.gaz.entry(hit.entry).kind == EntityKind::Location)
            || place_spelled_in_latin(cx, start).is_some_and(|(_, n)| n == len)
    };
    // a known place of one or two words ends just before `end`
    let place_before =
        |cx: &mut Ctx, end: usize| known_place(cx, end - 1, 1) || (end >= 2 && known_place(cx, end - 2, 2));
    let owner = |j: usize| joined(j) && doc.word(j) == "के";
    let locative = |j: usize| joined(j) && data.in_class("locpost", doc.word(j));
    let and = |j: usize| joined(j) && data.in_class("nameand", doc.word(j));
    // rule `places_within_a_district_are_places`: a word for an area (`जिले`, district; `तहसील`)
    // before `के` says a place within it follows as surely as a known place does (`कुल्लू जिले के
    // कसोल में`, at Kasol in Kullu district)
    let area_word = |j: usize| joined(j) && data.in_class("districtword", doc.word(j));
    let area_before = |cx: &mut Ctx, end: usize| place_before(cx, end) || area_word(end - 1);
    // `<place> के X में`: a rare word between a known place's `के` and `में` is a place within
    // it (`आंध्र प्रदेश के श्रीहरिकोटा में`, at Sriharikota in Andhra Pradesh); a person there
    // would take another postposition (`जर्मनी के वेटर ने`); two such places may stand joined by
    // `और` before the `में` (`जिले के कसोल और मणिकरण में`)
    if i >= 2 && toks[i].flags & JOINED != 0 && owner(i - 1) {
        let second_follows = and(i + 1) && rare_plain_word(cx, i + 2) && locative(i + 3);
        if (locative(i + 1) || second_follows) && area_before(cx, i - 1) {
            return Some(i + 1);
        }
    }
    if i >= 4
        && toks[i].flags & JOINED != 0
        && and(i - 1)
        && rare_plain_word(cx, i - 2)
        && owner(i - 3)
        && locative(i + 1)
        && area_before(cx, i - 3)
    {
        return Some(i + 1);
    }
    // `<place> के पास`: the place before is one the gazetteer knows, of one or two words
    if i < 3 || toks[i].flags & JOINED == 0 || !data.in_class("nearword", doc.word(i - 1)) {
        return None;
    }
    if !joined(i - 1) || !owner(i - 2) {
        return None;
    }
    (place_before(cx, i - 2) && joined(i + 1) && cx.cue(i + 1) & POSTPOSITION != 0).then_some(i + 1)
}

/// Does an organisation's name go on past its head in the English way (`एसोसिएशन फॉर
/// डेमोक्रेटिक रिफॉर्म्स`, `बैंक ऑफ बड़ौदा`): `ऑफ` or `फॉर` after the head at `k`, then up
/// to three words (`एंड` between them) that are no function word, postposition or one of the
/// most frequent words? Returns the end of the name.
fn english_of_tail(cx: &Ctx, k: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let joined = |j: usize| toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    if !joined(k) || !data.in_class("orgof", doc.word(k)) {
        return None;
    }
    let word_ok = |j: usize| {
        joined(j)
            && cx.cue(j) & (FUNCTION | POSTPOSITION | TITLE) == 0
            && !data.most_often.contains(doc.word(j))
            && !data.words("obliqueend").any(|e| doc.word(j).ends_with_short(e))
    };
    let and = |j: usize| joined(j) && data.in_class("organd", doc.word(j));
    let mut end = k + 1;
    let mut words = 0;
    while words < 3 && word_ok(end) {
        end += 1;
        words += 1;
        if and(end) && word_ok(end + 1) {
            end += 1;
        }
    }
    (words > 0).then_some(end)
}

/// Does a clause (or a phrase) begin at Devanagari token `i`: after punctuation,
/// a function word, a postposition, or one of the most frequent words (`फिर`, then)?
fn hindi_clause_start(cx: &Ctx, i: usize) -> bool {
    let toks = &cx.doc.toks;
    i == 0
        || toks[i].flags & JOINED == 0
        || cx.cue(i - 1) & (FUNCTION | POSTPOSITION) != 0
        || devanagari_profile().data().most_often.contains(cx.doc.word(i - 1))
}

/// Is the word at `i` one the language puts in the middle of a three-part
/// personal name (Hindi `सिंह`, `कुमार`)?
fn is_middle_name(doc: &Doc, i: usize) -> bool {
    let word = doc.word(i);
    let lang = if doc.toks[i].flags & DEVA != 0 { devanagari_profile() } else { doc.lang };
    lang.data().in_class("middlename", word) || is_initial(doc, i)
}

/// Is the Devanagari word at `i` one of the profile's given names (`givenname`), as written or
/// without a nukta? `ordinary` asks for the given names that are ordinary words too (`givennameword`).
fn listed_given_name(doc: &Doc, i: usize, class: &str) -> bool {
    let word = doc.word(i);
    let data = devanagari_profile().data();
    // without a nukta the word is its own bare form
    data.in_class(class, word) || (word.contains('\u{093C}') && data.in_class(class, &word.replace('\u{093C}', "")))
}

/// Rule `a_listed_given_name_begins_a_persons_name`: without capitals a person's name shows
/// itself by a frequent given name (the profile's `givenname`: `मुकेश अंबानी`, `सचिन तेंदुलकर`)
/// followed by a word that may be a name: a rare word or a family name, joined to it, no
/// function word, postposition, title, head, nor a place the gazetteer knows (unless a small
/// town spelled like a family name). A middle name or a second given name lets the name take
/// a third word (`राकेश कुमार मिश्रा`); a given name that is an ordinary word too
/// (`givennameword`: `प्रकाश`, light) only before a family name of the `surname` class. A head
/// after the name makes it a body's or a place's (`गौतम अडानी समूह`), left to the head rules; a
/// foreign given name (`givennameforeign`) takes two words only where no rare word follows them.
/// Returns the name's end.
fn name_after_listed_given_name(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let ordinary = listed_given_name(doc, i, "givennameword");
    let foreign = listed_given_name(doc, i, "givennameforeign");
    if !ordinary && !foreign && !listed_given_name(doc, i, "givenname") {
        return None;
    }
    let joined = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let surname = |k: usize| data.in_class("surname", doc.word(k));
    let name_word_at = |cx: &mut Ctx, k: usize| {
        if !joined(k) || cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) != 0 {
            return false;
        }
        let place = cx.gaz_match(k).is_some_and(|(hit, _)| !small_town(cx.gaz, hit));
        (rare_plain_word(cx, k) || surname(k) || is_middle_name(doc, k))
            && !place
            && place_spelled_in_latin(cx, k).is_none()
    };
    // a famous family name is a frequent word of the press (`अमिताभ बच्चन`): after a given name
    // that is no ordinary word, a frequent second word counts as well, when no other class has it
    let frequent_family_name = |cx: &mut Ctx, k: usize| {
        if ordinary || !joined(k) {
            return false;
        }
        let word = doc.word(k);
        data.often.contains(word)
            && !data.most_often.contains(word)
            && !data.words("obliqueend").any(|e| word.ends_with_short(e))
            && !hindi_adjective(word)
            && !describer(word)
            && !data.in_class("adjword", word)
            && devanagari_profile().month(&crate::lang::fold_for_search(word).text).is_none()
            && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
            && cx.gaz_match(k).is_none()
    };
    let second_ok = name_word_at(cx, i + 1) || frequent_family_name(cx, i + 1);
    if !second_ok || (ordinary && !surname(i + 1)) || given_name_alone_before_another_word(doc, i) {
        return None;
    }
    let mut end = i + 2;
    // a middle name (`कुमार`) or a second given name (`जगन मोहन`) goes on to the family name
    let goes_on = is_middle_name(doc, i + 1) || listed_given_name(doc, i + 1, "givenname");
    if (goes_on && name_word_at(cx, end) && !is_middle_name(doc, end)) || listed_family_name_third(doc, i) {
        end += 1;
    }
    // a middle name last is a given name's second half before a verb or a noun, not a name
    if is_middle_name(doc, end - 1) && !surname(end - 1) {
        return None;
    }
    let head_next = joined(end) && cx.cue(end) & (ORG_HEAD | LOC_HEAD) != 0;
    let verb_next = joined(end) && data.in_class("lightverb", doc.word(end));
    // a foreign name that may go on (`लुइज़ इनासियो लूला ...`) is read whole from its Latin spelling
    let foreign_goes_on = foreign && rare_plain_word(cx, end) && joined(end);
    (!head_next && !verb_next && !foreign_goes_on).then_some(end)
}

/// Does a name end after token `end - 1`: the doer's or owner's postposition, `और` or a comma next?
fn name_closes_after(doc: &Doc, end: usize) -> bool {
    let data = devanagari_profile().data();
    let Some(last) = end.checked_sub(1).and_then(|k| doc.toks.get(k)) else { return false };
    let joined_next = doc.toks.get(end).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    doc.text[last.end..].starts_with(',')
        || (joined_next && (data.in_class("namepost", doc.word(end)) || data.in_class("nameand", doc.word(end))))
}

/// Rule `a_listed_family_name_third_ends_a_name_of_three_words`: after a listed given name and a
/// second word, a family name of the profile's `surname` class (`खान`, `शर्मा`) right before the
/// doer's or owner's postposition, `और` or a comma is the name's third word (`उमर अयूब खान को`,
/// Omar Ayub Khan): Hindi writes Muslim and South Indian names in three words as often as in two.
fn listed_family_name_third(doc: &Doc, i: usize) -> bool {
    let third = i + 2;
    doc.toks.get(third).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED)
        && devanagari_profile().data().in_class("surname", doc.word(third))
        && name_closes_after(doc, third + 1)
}

/// Rule `a_given_name_the_article_writes_with_another_family_name_stands_alone`: Hindi news
/// calls a person by the given name alone once it has named them in full (`हेमंत सोरेन` ...
/// `हेमंत राजभवन पहुंचे`, Hemant went to the Raj Bhavan): a listed given name at `i` that the
/// article writes elsewhere as a full name (before a listed family name, or before another word
/// that may be one and then a postposition, `और` or a comma), and never with the word after it
/// here, is that person alone; the next word is the sentence's. A pair closed as a
/// name (a postposition, `और` or a comma after it) or with a listed family name second is
/// another person of that given name (`राहुल द्रविड़ ने` beside `राहुल गांधी`).
fn given_name_alone_before_another_word(doc: &Doc, i: usize) -> bool {
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let joined = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    if !joined(i + 1) || name_closes_after(doc, i + 2) {
        return false;
    }
    let (given, next) = (doc.word(i), doc.word(i + 1));
    if data.in_class("surname", next) {
        return false;
    }
    let family_like = |w: &str| {
        data.in_class("surname", w)
            || !(data.often.contains(w)
                || data.most_often.contains(w)
                || ["function", "postposition", "title"].iter().any(|class| data.words(class).any(|c| c == w)))
    };
    let mut written_otherwise = false;
    for (k, tok) in toks.iter().enumerate() {
        if k == i || tok.flags & DEVA == 0 || doc.word(k) != given || !joined(k + 1) {
            continue;
        }
        let after = doc.word(k + 1);
        if after == next {
            return false;
        }
        // the full name there reads as one: a listed family name, or closed by a postposition
        written_otherwise |= family_like(after) && (data.in_class("surname", after) || name_closes_after(doc, k + 2));
    }
    written_otherwise
}

/// A Devanagari letter name followed by a dot: an initial (`एस. जयशंकर`); or one without
/// the dot, as Hindi news mostly writes them (`डी वाई चंद्रचूड़`, `पी चिदंबरम`), see
/// [`is_bare_initial`].
fn is_initial(doc: &Doc, i: usize) -> bool {
    // callers walk past the last word (`name_after_initials`)
    let Some(&t) = doc.toks.get(i) else { return false };
    super::super::devanagari::is_letter_name(doc.key(i))
        && (doc.text[t.end..].starts_with('.') || is_bare_initial(doc, i))
}

/// A letter name without a dot is an initial when another initial or a word that may be
/// a name follows it across a space (`एस एस राजामौली`). A letter name that is a Hindi word
/// as well (`आई`, came; `जी`; `के`) is one only inside a run of two letters or more with
/// another letter in it (`डी के शिवकुमार`, `एम के स्टालिन`); alone, it begins a name only
/// with a dot.
fn is_bare_initial(doc: &Doc, i: usize) -> bool {
    let data = devanagari_profile().data();
    let toks = &doc.toks;
    let letter = |k: usize| {
        toks.get(k).is_some_and(|t| t.flags & (DEVA | DIGIT) == DEVA)
            && super::super::devanagari::is_letter_name(doc.key(k))
    };
    let word_too = |k: usize| data.in_class("letterword", doc.word(k));
    let dotted = |k: usize| doc.text[toks[k].end..].starts_with('.');
    let joined = |k: usize| toks.get(k).is_some_and(|t| t.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    if !letter(i) || dotted(i) || !joined(i + 1) {
        return false;
    }
    // the run of bare letters around `i` (`वाई एस जगन`), and the token that ends it
    let mut start = i;
    while start > 0 && letter(start - 1) && !dotted(start - 1) && joined(start) {
        start -= 1;
    }
    if genitive_before_initials(doc, start) {
        start += 1;
        if i < start {
            return false;
        }
    }
    let mut end = i + 1;
    while letter(end) && !dotted(end) && joined(end + 1) {
        end += 1;
    }
    let ends_well = if letter(end) {
        // a dotted letter ends the run as an initial of its own (`वाई एस. जगन`)
        dotted(end)
    } else {
        let next = doc.word(end);
        let name_like = (surname_after_initials(next)
            || (!data.often.contains(next) && !data.most_often.contains(next)))
            && !["function", "postposition", "title"].iter().any(|class| data.words(class).any(|w| w == next));
        // `एन डी ए के सांसदों`: an oblique plural after a spelled acronym and `के` is no name
        name_like && !((start..end).any(word_too) && data.words("obliqueend").any(|e| next.ends_with_short(e)))
    };
    let letters = end - start + usize::from(letter(end));
    let plain = (start..end).filter(|&k| !word_too(k)).count() + usize::from(letter(end) && !word_too(end));
    ends_well && plain >= 1 && (!word_too(i) || letters >= 2)
}

/// Rule `a_letter_that_is_a_postposition_after_a_noun_is_the_postposition`: a run of letters that
/// begins with a letter name that is a Hindi word too (`के`, of) right after a noun or a name
/// begins with that word: the noun's genitive, not an initial (`भारत के डी गुकेश`, India's
/// D. Gukesh; but `डी के शिवकुमार`, and after a title, a function word or a postposition the
/// letter may open a name: `सांसद के सी वेणुगोपाल`).
fn genitive_before_initials(doc: &Doc, start: usize) -> bool {
    let data = devanagari_profile().data();
    let toks = &doc.toks;
    if start == 0 || !data.in_class("postposition", doc.word(start)) || !data.in_class("letterword", doc.word(start)) {
        return false;
    }
    let (prev, here) = (toks[start - 1], toks[start]);
    let before = doc.word(start - 1);
    here.flags & JOINED != 0
        && prev.flags & (DEVA | DIGIT) == DEVA
        && !doc.text[prev.end..].starts_with('.')
        && !super::super::devanagari::is_letter_name(doc.key(start - 1))
        && !["function", "postposition", "title", "nameand"].iter().any(|class| data.in_class(class, before))
}

/// Rule `a_frequent_family_name_after_letters_ends_their_run_as_a_name`: the
/// family names Hindi news writes most (`सिंह`, `कुमार`: the profile's `surname`
/// words) are frequent words of the language too, and they end a run of initials
/// as any name does (`वी के सिंह`, V. K. Singh).
fn surname_after_initials(next: &str) -> bool {
    devanagari_profile().data().in_class("surname", next)
}

/// Rule `a_letter_that_is_a_word_after_a_title_is_an_initial`: after a title, a
/// letter name that is also a Hindi word (`के`, of; `सी`) opens a name when more
/// letters may follow it and then one or two rare words or family names end at the
/// doer's or owner's postposition, after another letter or with a family name last
/// (`मुख्यमंत्री के चंद्रशेखर राव ने`, Chief Minister K. Chandrashekar Rao; `महासचिव के सी
/// वेणुगोपाल ने`): the title's genitive would go on with a common noun (`मंत्री के बेटे ने`,
/// the minister's son). Returns the name's end.
fn initials_after_title(cx: &Ctx, k: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let joined = |j: usize| toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let letter = |j: usize| {
        joined(j) && super::super::devanagari::is_letter_name(doc.key(j)) && !doc.text[toks[j].end..].starts_with('.')
    };
    if !letter(k) || !data.in_class("letterword", doc.word(k)) {
        return None;
    }
    let mut j = k + 1;
    while j < k + 3 && letter(j) {
        j += 1;
    }
    let first = j;
    while j < first + 2 && joined(j) && (rare_plain_word(cx, j) || surname_after_initials(doc.word(j))) {
        j += 1;
    }
    let post = joined(j) && data.in_class("namepost", doc.word(j));
    // another letter, or a family name last: `के` alone before two rare words is the genitive
    // (`के अंगरक्षक दस्ते ने`, the bodyguard squad of … )
    let name = first > k + 1 || surname_after_initials(doc.word(j - 1));
    (j > first && post && name).then_some(j)
}

/// A place the gazetteer spells only in Latin letters, written in Devanagari
/// at token `i` (`बिहार`, `उत्तर प्रदेश`, `फैजाबाद`): one to three words whose
/// Latin reading has the loose key of a Latin name. A lone word must not be
/// a function word, a month or one of the most frequent words, and its key
/// must be long (six letters), or four for a region of the language's own
/// country: short Hindi words meet far places' spellings by chance (`पत्नी`,
/// wife, and Pattani). Returns the entry and the word count.
fn place_spelled_in_latin(cx: &Ctx, i: usize) -> Option<(u32, usize)> {
    let Some(memo) = cx.latin_places.get(i) else { return find_place_spelled_in_latin(cx, i) };
    if let Some(found) = memo.get() {
        return found;
    }
    let found = find_place_spelled_in_latin(cx, i);
    memo.set(Some(found));
    found
}

/// [`place_spelled_in_latin`], worked out.
fn find_place_spelled_in_latin(cx: &Ctx, i: usize) -> Option<(u32, usize)> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let plain = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | DIGIT) == DEVA);
    let data = devanagari_profile().data();
    let mut reading = String::new();
    let mut best = None;
    for len in 1..=3 {
        let k = i + len - 1;
        // a compass word may begin the name (`उत्तर प्रदेश`), a postposition never
        if !plain(k)
            || cx.cue(k) & POSTPOSITION != 0
            || (len > 1 && (toks[k].flags & JOINED == 0 || cx.cue(k) & FUNCTION != 0))
        {
            break;
        }
        reading.push_str(&crate::lang::phonetic::devanagari_latin(doc.word(k)));
        let key = super::super::devanagari::loose_latin_key(&reading);
        let Some(entry) = cx.gaz.lookup_loose_latin(&key) else { continue };
        let e = cx.gaz.entry(entry);
        let letters = key.chars().count();
        let ok = if len == 1 {
            let word = doc.word(i);
            // the regions of the language's own country (`बिहार`), which sources list in Latin only
            let home = data.words("homeregion").any(|prefix| e.id.starts_with_short(prefix));
            cx.cue(i) & (FUNCTION | POSTPOSITION | TITLE) == 0
                && !data.most_often.contains(word)
                && !data.words("obliqueend").any(|end| word.ends_with_short(end))
                && devanagari_profile().month(&crate::lang::fold_str(word)).is_none()
                && (letters >= 6 || (letters >= 4 && home))
        } else {
            letters >= 5
        };
        if ok && e.kind == EntityKind::Location {
            best = Some((entry, len));
        }
    }
    best
}

/// The loose Latin keys (see `loose_latin_key`) of the one-word towns of the registry
/// (`data/names/towns.txt`: GeoNames towns of 5,000 people or more the gazetteer leaves out),
/// made the first time Hindi text asks.
fn registry_town_keys() -> &'static std::collections::HashSet<String> {
    static KEYS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        super::super::types::towns::registry_town_names()
            .filter(|l| !l.contains([' ', '-']))
            .map(super::super::devanagari::loose_latin_key)
            .collect()
    })
}

/// Rule `a_rare_word_before_a_postposition_spelled_as_a_registry_town_is_the_town`: Hindi news
/// names small towns no gazetteer holds (`रंगपो में`, in Rangpo; `नलिया में`): a rare word, no
/// known name, whose Latin reading has the loose key (six letters or more) of a one-word town of
/// the registry, right before a postposition, `और` or a comma, is that town. A word after a given
/// name is the person's family name (`राहुल सिंगताम ने`) and is left to the name rules.
fn registry_town_in_devanagari(cx: &mut Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    if !rare_plain_word(cx, i) || cx.gaz_match(i).is_some() {
        return false;
    }
    let joined = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let closes = doc.text[toks[i].end..].starts_with(',')
        || (joined(i + 1) && (cx.cue(i + 1) & POSTPOSITION != 0 || data.in_class("nameand", doc.word(i + 1))));
    let after_given_name = i > 0
        && toks[i].flags & JOINED != 0
        && ["givenname", "givennameword", "givennameforeign"].iter().any(|class| listed_given_name(doc, i - 1, class));
    if !closes || after_given_name {
        return false;
    }
    let key = super::super::devanagari::loose_latin_key(&crate::lang::phonetic::devanagari_latin(doc.word(i)));
    key.len() >= 6 && registry_town_keys().contains(&key)
}

/// The kind a Devanagari head word at `i` gives the name it ends (`पार्टी`,
/// party: an organisation; `स्टेडियम`: a place), if it is one joined to the word
/// before and no function word (`क्षेत्र`, area, is both).
fn head_kind(cx: &Ctx, i: usize) -> Option<EntityKind> {
    let t = cx.doc.toks.get(i)?;
    if t.flags & (DEVA | JOINED | DIGIT) != DEVA | JOINED {
        return None;
    }
    let cue = cx.cue(i);
    if cue & (FUNCTION | POSTPOSITION | TITLE) != 0 {
        None
    } else if cue & ORG_HEAD != 0 {
        Some(EntityKind::Organization)
    } else if cue & LOC_HEAD != 0 {
        Some(EntityKind::Location)
    } else {
        None
    }
}

/// Hindi names organisations and places with their head word last (`बीजू जनता
/// दल`, `तेलुगू देशम पार्टी`, `वानखेड़े स्टेडियम`): one to three words at the start
/// of a clause, then a head word, are a name when the first word is rare (not
/// among the frequent words: `मुख्य विपक्षी दल`, main opposition party, is a
/// phrase) and none is a function word, a title, one of the most frequent
/// words, an oblique or plural form (`प्रभावित इलाकों`), a month or a digit, nor
/// the first an adjective (`तटीय क्षेत्र`, coastal area). Returns the kind and the word count.
fn name_before_head(cx: &Ctx, i: usize) -> Option<(EntityKind, usize)> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let clause_start = hindi_clause_start(cx, i);
    if !clause_start || toks[i].flags & (DEVA | DIGIT) != DEVA {
        return None;
    }
    let word_ok = |k: usize| {
        let word = doc.word(k);
        let t = toks[k];
        t.flags & (DEVA | DIGIT) == DEVA
            && (k == i || t.flags & JOINED != 0)
            && cx.cue(k) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
            && !data.most_often.contains(word)
            && !data.words("obliqueend").any(|e| word.ends_with_short(e))
            && !describer(word)
            && devanagari_profile().month(&crate::lang::fold_for_search(word).text).is_none()
    };
    if hindi_adjective(doc.word(i)) {
        return None;
    }
    // the name's own word comes first; a frequent one begins a phrase (`मुख्य विपक्षी दल`), but
    // not an English word written in Devanagari (`नेशनल स्टॉक एक्सचेंज`)
    if data.often.contains(doc.word(i)) && !data.in_class("englishname", doc.word(i)) {
        return None;
    }
    for k in i..(i + 3).min(toks.len()) {
        if !word_ok(k) {
            return None;
        }
        // a body named for its purpose is a kind of body (`विशेषज्ञ समिति`, an expert committee)
        if data.in_class("purposeword", doc.word(k)) {
            return None;
        }
        if let Some(kind) = head_kind(cx, k + 1) {
            if k > i && party_after_a_family_name(cx, k) {
                return None;
            }
            // the head introduces the name after it: the words before only describe it
            if name_after_org_head(cx, k + 1).is_some() {
                return None;
            }
            // a place's name may name the organisation seated there (`राउज एवेन्यू कोर्ट`, a court)
            if kind == EntityKind::Location && head_kind(cx, k + 2) == Some(EntityKind::Organization) {
                return Some((EntityKind::Organization, k + 3 - i));
            }
            return Some((kind, k + 2 - i));
        }
    }
    None
}

/// Rule `a_party_after_a_family_name_is_no_part_of_the_name`: a party the gazetteer knows by its
/// head word alone (`कांग्रेस`) after a family name of the profile's `surname` class begins a
/// phrase of its own (`अवधेश राय कांग्रेस नेता अजय राय के भाई थे`, Awadhesh Rai was the brother
/// of the Congress leader Ajay Rai): parties are not named after a person's full name.
fn party_after_a_family_name(cx: &Ctx, k: usize) -> bool {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    data.in_class("surname", doc.word(k))
        && data.in_class("partyhead", doc.word(k + 1))
        && cx.gaz.lookup(doc.key(k + 1)).is_some_and(|hit| cx.gaz.entry(hit.entry).kind == EntityKind::Organization)
}

/// Rule `initials_written_as_one_word_before_a_family_name_are_a_person`: Hindi news writes a
/// person's initials as one word too (`वीके सिंह`, V. K. Singh), which reads as an acronym; before
/// a family name of the `surname` class it is the person's name. Returns the name's end.
fn initials_before_family_name(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let letters = acronym(doc.key(i))?;
    let next_joined = doc.toks.get(i + 1).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let family = next_joined && devanagari_profile().data().in_class("surname", doc.word(i + 1));
    if letters.len() <= 3 && family {
        return Some(i + 2);
    }
    glued_initials_before_a_name(cx, i, &letters)
}

/// Rule `two_letters_before_a_listed_family_name_are_initials_though_a_body_has_them`: Hindi writes
/// a person's two initials as one word (`एपी सिंह`, A. P. Singh; `एसपी शर्मा`), which may spell a
/// body's acronym the gazetteer knows (AP, the news agency): before a family name of the profile's
/// `surname` class that a postposition, `और` or a comma closes, the letters are the person's, not
/// the body. An office's letters (`पीएम`, `सीएम`) are a title and stay one. Returns the name's end.
fn known_acronyms_letters_before_a_family_name(cx: &Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let letters = acronym(doc.key(i))?;
    let family = i + 1;
    let joined = doc.toks.get(family).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    let initials = letters.chars().count() == 2
        && joined
        && cx.cue(i) & TITLE == 0
        && devanagari_profile().data().in_class("surname", doc.word(family))
        && name_closes_after(doc, family + 1);
    initials.then_some(family + 1)
}

/// Rule `glued_initials_before_a_given_or_rare_name_are_a_person`: two initials written as one word
/// (`केएल`, K. L.; `पीवी`, P. V.) before a listed given name (`केएल राहुल`), or before a rare word that
/// the doer's or owner's postposition, `और` or a comma closes (`पीवी सिंधु,`), are a person's name,
/// though they read as an acronym: a body's acronym before a word is a phrase of it (`ईडी
/// अधिकारियों`), and an office's (`पीएम`, `सीएम`) is a title. Returns the name's end.
fn glued_initials_before_a_name(cx: &mut Ctx, i: usize, letters: &str) -> Option<usize> {
    let doc = cx.doc;
    let next = i + 1;
    let joined = doc.toks.get(next).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    if letters.chars().count() != 2 || !joined || cx.cue(i) & TITLE != 0 || cx.gaz_match(next).is_some() {
        return None;
    }
    let given = listed_given_name(doc, next, "givenname") || listed_given_name(doc, next, "givennameword");
    let closed_rare = rare_plain_word(cx, next) && name_closes_after(doc, next + 1);
    (given || closed_rare).then_some(next + 1)
}

/// Rule `a_known_company_before_a_business_head_names_a_business_of_it`: a company the gazetteer
/// knows, then at most one rare word and a business's head (the profile's `companyhead`:
/// `पेटीएम पेमेंट्स बैंक`, `टाटा मोटर्स`), names another body, of that company: the whole is
/// the name. Returns its end (past a legal form too).
fn body_of_known_company(cx: &mut Ctx, end: usize) -> Option<usize> {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    let joined = |k: usize| doc.toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    // rule `an_institute_of_many_campuses_takes_its_city`: `एम्स भुवनेश्वर`, AIIMS Bhubaneswar, is
    // one institute (the profile's `campusorg`), not AIIMS and a city
    if end > 0
        && data.in_class("campusorg", doc.word(end - 1))
        && joined(end)
        && let Some((hit, n)) = cx.gaz_match(end)
        && cx.gaz.entry(hit.entry).kind == EntityKind::Location
    {
        return Some(end + n);
    }
    let head = |k: usize| joined(k) && data.in_class("companyhead", doc.word(k));
    let head_at = if head(end) {
        end
    } else if joined(end) && rare_plain_word(cx, end) && head(end + 1) {
        end + 1
    } else {
        return None;
    };
    Some(past_legal_form(cx, head_at + 1))
}

/// Rule `a_company_s_legal_form_is_part_of_its_name`: a company's name ends with its legal form
/// where the press writes it (`पेटीएम पेमेंट्स बैंक लिमिटेड`, `... प्राइवेट लिमिटेड`), and a known
/// company's with the word for its group (`वेदांता समूह`): after an organisation's name ending at
/// token `end`, the end past the profile's `legalform` words.
fn past_legal_form(cx: &Ctx, end: usize) -> usize {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    let legal = |k: usize| {
        doc.toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED)
            && data.in_class("legalform", doc.word(k))
    };
    let mut k = end;
    while k < end + 2 && legal(k) {
        k += 1;
    }
    // `प्राइवेट` last is an adjective of the sentence (`प्राइवेट कंपनियां`), no legal form
    while k > end && doc.word(k - 1) == "प्राइवेट" {
        k -= 1;
    }
    k
}

/// Rule `a_rivers_head_stays_out_of_its_name`: Hindi names a river by its own
/// word and writes the head after it (`घग्गर नदी के तट`, on the banks of the
/// Ghaggar; `ब्यास नदी`): the head (the profile's `riverhead`) is no part of the
/// name, as with a known place's area heads (`areahead`): a gazetteer river
/// spelled with its head (`ब्यास नदी`, the Beas) loses the head and keeps its entry.
/// (An unknown word before the head keeps it: alone it would read as a person's name.)
pub(super) fn river_heads_out(doc: &Doc, out: &mut [Cand]) {
    let river =
        |k: usize| doc.toks[k].flags & DEVA != 0 && devanagari_profile().data().in_class("riverhead", doc.word(k));
    for c in out.iter_mut() {
        if c.kind == EntityKind::Location
            && matches!(c.source, Source::Gazetteer(_))
            && c.t1 >= c.t0 + 2
            && river(c.t1 - 1)
            && !river(c.t1 - 2)
        {
            c.t1 -= 1;
            c.end = doc.toks[c.t1 - 1].end;
        }
    }
}

/// Can a word be part of a name found by its position alone: a rare word, or a
/// frequent one that is a family name (`राव`, Rao)?
pub(super) fn name_word(word: &str) -> bool {
    let data = devanagari_profile().data();
    !(data.often.contains(word) || data.most_often.contains(word)) || data.in_class("surname", word)
}

/// A GeoNames town too small to be known by a lone word (fewer than two million people).
pub(super) fn small_town(gaz: &Gazetteer, hit: KeyHit) -> bool {
    let entry = gaz.entry(hit.entry);
    !hit.trusted && entry.kind == EntityKind::Location && entry.prio < 10
}

/// Could the Devanagari word at `i` be a name no cue announces: not a function word,
/// postposition, title or head, nor a frequent word, an oblique or plural form, an
/// adjective in -ीय, a month or a digit?
fn rare_plain_word(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    let Some(t) = doc.toks.get(i) else { return false };
    let word = doc.word(i);
    t.flags & (DEVA | DIGIT) == DEVA
        && cx.cue(i) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) == 0
        && !data.often.contains(word)
        && !data.most_often.contains(word)
        && !data.words("obliqueend").any(|e| word.ends_with_short(e))
        && !data.words("adjend").any(|e| word.ends_with_short(e))
        && !describer(word)
        && devanagari_profile().month(&crate::lang::fold_str(word)).is_none()
}

/// After the place after `i` (ending at token `k`), up to three words ending in an
/// organisation's head, a known organisation, or a word for a place's institution
/// (`दिल्ली सरकार`, `दिल्ली भाजपा`, `पाकिस्तान क्रिकेट बोर्ड`): the end of that
/// organisation's name.
fn institution_after_place(cx: &mut Ctx, k: usize) -> Option<usize> {
    let doc = cx.doc;
    let data = devanagari_profile().data();
    for j in k..k + 3 {
        let t = doc.toks.get(j)?;
        // a space between, no quote: `'इंडिया' गठबंधन` is the alliance named INDIA
        let spaced = j > 0 && doc.text.get(doc.toks[j - 1].end..t.start).is_some_and(|gap| gap.trim().is_empty());
        if t.flags & (DEVA | JOINED | DIGIT) != DEVA | JOINED || !spaced {
            return None;
        }
        let word = doc.word(j);
        if data.in_class("placeorg", word) {
            return Some(j + 1);
        }
        // a kind of place after the place is the place's own (`कोरापुट सीट कांग्रेस के खाते में`, the
        // Koraput seat went to Congress): what follows it is the clause, not an institution
        if data.in_class("placeword", word) {
            return None;
        }
        if team_word(doc, j) {
            return Some(j + 1);
        }
        if let Some((hit, n)) = cx.gaz_match(j) {
            return (cx.gaz.entry(hit.entry).kind == EntityKind::Organization).then_some(j + n);
        }
        let cue = cx.cue(j);
        if cue & (FUNCTION | POSTPOSITION | TITLE) != 0 {
            return None;
        }
        if cue & ORG_HEAD != 0 {
            return Some(j + 1);
        }
        if cue & LOC_HEAD != 0
            || data.most_often.contains(word)
            || data.words("obliqueend").any(|e| word.ends_with_short(e))
        {
            return None;
        }
    }
    None
}

/// Rule `a_team_is_its_city_and_an_english_nickname`: a league's clubs are named by a city and an
/// English plural written in Devanagari (`मुंबई इंडियंस`, `कोलकाता नाइट राइडर्स`, or the nickname
/// first: `सनराइजर्स हैदराबाद`); the nickname is one of the profile's `teamword` words. Is the
/// word at `j` one?
fn team_word(doc: &Doc, j: usize) -> bool {
    doc.toks.get(j).is_some_and(|u| u.flags & (DEVA | DIGIT) == DEVA)
        && devanagari_profile().data().in_class("teamword", doc.word(j))
}

/// A team named by its nickname before its city (`सनराइजर्स हैदराबाद`, see [`team_word`]): the
/// end of the name, when a place the gazetteer knows follows the nickname.
fn team_before_its_city(cx: &mut Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let joined = doc.toks.get(i + 1).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    if !team_word(doc, i) || !joined {
        return None;
    }
    let (hit, n) = cx.gaz_match(i + 1)?;
    (cx.gaz.entry(hit.entry).kind == EntityKind::Location).then_some(i + 1 + n)
}

/// Is the word at `i` a place's name because a word for a kind of place follows
/// it (`कच्छ जिले में`, in Kutch district), directly or at the end of a list of
/// such names (`बाड़मेर, जालोर और सिरोही जिलों में`)? The name is the word alone.
fn name_before_place_word(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    if !rare_plain_word(cx, i) {
        return false;
    }
    // a seat's holder after `के` or `की` (`पटनागढ़ के विधायक`, the MLA for Patnagarh): the word
    // names the seat, a place, when it stands alone (`लक्ष्मण बाग के` would be a person's)
    let deva_joined = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    if deva_joined(i + 1)
        && matches!(doc.word(i + 1), "के" | "की")
        && deva_joined(i + 2)
        && data.in_class("seattitle", doc.word(i + 2))
        && !(deva_joined(i) && i > 0 && rare_plain_word(cx, i - 1))
    {
        return true;
    }
    let mut k = i + 1;
    for _ in 0..6 {
        let Some(t) = toks.get(k) else { return false };
        let joined = t.flags & JOINED != 0;
        if joined && data.in_class("placeword", doc.word(k)) {
            return true;
        }
        let comma = !joined && doc.text.get(toks[k - 1].end..t.start).is_some_and(|gap| gap.trim() == ",");
        if comma && rare_plain_word(cx, k) {
            k += 1;
        } else if joined
            && data.in_class("nameand", doc.word(k))
            && toks.get(k + 1).is_some_and(|u| u.flags & JOINED != 0)
            && rare_plain_word(cx, k + 1)
        {
            k += 2;
        } else {
            return false;
        }
    }
    false
}

/// Is the rare word at `i` one item of a list of places (`कच्छ, देवभूमि द्वारका, जामनगर,
/// पोरबंदर, जूनागढ़ और मोरबी में`): three items or more of one or two words, between
/// commas and `और`, two of them places the gazetteer knows? Only a one-word item is
/// taken: the words of a longer one may be anything.
fn place_in_list(cx: &mut Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    if !rare_plain_word(cx, i) {
        return false;
    }
    let and = |k: usize| toks[k].flags & DEVA != 0 && data.in_class("nameand", doc.word(k));
    // what stands between tokens k - 1 and k: a space, a comma, or something else
    let gap = |k: usize| doc.text.get(toks[k - 1].end..toks[k].start).map(str::trim);
    let place = |cx: &mut Ctx, k: usize| -> Option<usize> {
        match cx.gaz_match(k) {
            Some((hit, n)) if cx.gaz.entry(hit.entry).kind == EntityKind::Location => Some(n),
            Some(_) => None,
            None => place_spelled_in_latin(cx, k).map(|(_, n)| n),
        }
    };
    let member = |cx: &mut Ctx, k: usize| rare_plain_word(cx, k) || place(cx, k).is_some();
    // the list's tokens: members joined by spaces, commas and `और`
    let mut start = i;
    while start > 0 {
        match gap(start) {
            Some("" | ",") if member(cx, start - 1) => start -= 1,
            Some("") if start >= 2 && and(start - 1) && gap(start - 1) == Some("") && member(cx, start - 2) => {
                start -= 2
            }
            _ => break,
        }
    }
    let mut end = i + 1;
    while end < toks.len() {
        match gap(end) {
            Some("" | ",") if member(cx, end) => end += 1,
            Some("") if end + 1 < toks.len() && and(end) && gap(end + 1) == Some("") && member(cx, end + 1) => end += 2,
            _ => break,
        }
    }
    // its items, split at commas and `और`
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut item_start = start;
    for k in start..=end {
        let boundary = k == end || (k > start && gap(k) == Some(",")) || and(k);
        if boundary {
            if k > item_start {
                items.push((item_start, k));
            }
            item_start = if k < end && and(k) { k + 1 } else { k };
        }
    }
    if items.len() < 3 || items.iter().any(|&(a, b)| b - a > 2) || !items.contains(&(i, i + 1)) {
        return false;
    }
    let places = items.iter().filter(|&&(a, b)| place(cx, a) == Some(b - a)).count();
    places >= 2
}

/// Initials and a rare word after them (`ए. एम. सप्रे`, `आर. वेंकटरमणी`) name a
/// person without a title; a second word only before the doer's or owner's
/// postposition (`के. चंद्रशेखर राव की`). Returns the name's end.
fn name_after_initials(cx: &Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let mut k = i;
    while k < i + 3 && is_initial(doc, k) {
        k += 1;
    }
    if k == i || !rare_plain_word(cx, k) || is_initial(doc, k) {
        return None;
    }
    let joined = |j: usize| toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED) == DEVA | JOINED);
    let name_post = |j: usize| joined(j) && data.in_class("namepost", doc.word(j));
    let second_ok = |j: usize| rare_plain_word(cx, j) || (devanagari_profile().data().in_class("surname", doc.word(j)));
    // more words end where the sentence or a list goes on (`वाई एस जगन मोहन रेड्डी और`)
    let name_ends = |j: usize| {
        toks.get(j).is_none_or(|u| u.flags & JOINED == 0)
            || name_post(j)
            || (joined(j) && data.in_class("nameand", doc.word(j)))
    };
    if joined(k + 1) && second_ok(k + 1) {
        if name_ends(k + 2) {
            return Some(k + 2);
        }
        if joined(k + 2) && second_ok(k + 2) && name_ends(k + 3) {
            return Some(k + 3);
        }
    }
    Some(k + 1)
}

/// Devanagari at token `i`: gazetteer, letter-name acronyms, names after a
/// title cue. Returns the next token to look at.
pub(super) fn detect_devanagari(cx: &mut Ctx, i: usize, out: &mut Vec<Cand>) -> usize {
    let found = out.len();
    let mut next = detect_devanagari_names(cx, i, out);
    for c in &mut out[found..] {
        known_organisation_found_by_a_rule(cx, c);
    }
    if let Some(c) = out[found..].last_mut().filter(|c| c.t1 == next)
        && let Some(end) = party_faction_after(cx, c)
    {
        c.t1 = end;
        c.end = cx.doc.toks[end - 1].end + 1;
        next = end;
    }
    next
}

/// Rule `a_partys_faction_in_brackets_is_part_of_its_name`: a party that split is named with its
/// faction in brackets after the party's head (`जनता दल (सेक्युलर)`, Janata Dal (Secular)), one or
/// two words that are neither the party's acronym (letter names, `(एनसीपी)`) nor a name the
/// gazetteer knows (`(भाजपा)`, the short name). Returns the end of the name with its bracket,
/// a token past the last word in the brackets.
fn party_faction_after(cx: &mut Ctx, c: &Cand) -> Option<usize> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    if c.kind != EntityKind::Organization || !data.in_class("partyhead", doc.word(c.t1 - 1)) {
        return None;
    }
    let open = c.t1;
    let gap_before = doc.text.get(toks.get(c.t1 - 1)?.end..toks.get(open)?.start)?;
    if gap_before.trim() != "(" {
        return None;
    }
    for len in 1..=2 {
        let last = toks.get(open + len - 1)?;
        let word_ok = |k: usize| {
            toks[k].flags & (DEVA | DIGIT) == DEVA
                && acronym(doc.key(k)).is_none()
                && !super::super::devanagari::is_letter_name(doc.key(k))
        };
        if !(open..open + len).all(word_ok) || (len == 2 && toks[open + 1].flags & JOINED == 0) {
            return None;
        }
        if doc.text[last.end..].starts_with(')') {
            let own_letters = len == 1 && syllabic_acronym_of((c.t0..c.t1).map(|k| doc.word(k)), doc.word(open));
            return (cx.gaz_match(open).is_none() && !own_letters).then_some(open + len);
        }
    }
    None
}

/// Rule `an_organisation_a_rule_finds_is_the_known_one_it_spells`: a name a head or a cue finds
/// (`कंपनी फॉक्सकॉन ने`, the company Foxconn) that spells a whole organisation of the gazetteer
/// is that organisation, as the same word is where no rule reads it (`फॉक्सकॉन का`).
fn known_organisation_found_by_a_rule(cx: &mut Ctx, c: &mut Cand) {
    if c.kind != EntityKind::Organization || !matches!(c.source, Source::Unknown { acronym: None }) {
        return;
    }
    if let Some((hit, n)) = cx.gaz_match(c.t0)
        && c.t0 + n == c.t1
        && cx.gaz.entry(hit.entry).kind == EntityKind::Organization
    {
        c.source = Source::Gazetteer(hit.entry);
    }
}

/// [`detect_devanagari`], before the organisations it found are looked up.
fn detect_devanagari_names(cx: &mut Ctx, i: usize, out: &mut Vec<Cand>) -> usize {
    let doc = cx.doc;
    let toks = &doc.toks;
    if let Some(end) = quoted_name_before_head(cx, i) {
        out.push(make(doc, i, end, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some((kind, end)) = institution_named_with_an_honorific(cx, i) {
        out.push(make(doc, i, end, kind, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some((kind, end)) = place_named_after_a_person(cx, i) {
        out.push(make(doc, i, end, kind, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some(end) = name_before_head_phrase(cx, i) {
        out.push(make(doc, i, end, EntityKind::Location, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    // a given name the gazetteer spells as a place (`व्लादिमीर`, Vladimir, read from its Latin
    // spelling) before a family name is a person's (rule `a_listed_given_name_begins_a_persons_name`)
    let one_word_place = cx.gaz_match(i).is_some_and(|(_, n)| n == 1)
        || (cx.gaz_match(i).is_none() && place_spelled_in_latin(cx, i).is_some_and(|(_, n)| n == 1));
    if one_word_place && let Some(end) = name_after_listed_given_name(cx, i) {
        out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some(end) = known_acronyms_letters_before_a_family_name(cx, i) {
        out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    // an initial (`एम.`) is a letter, not the place a gazetteer spells so
    if is_initial(doc, i) {
        if let Some(end) = name_after_initials(cx, i) {
            out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
            return end;
        }
    } else if let Some((hit, len)) = cx.accepted_gaz(i, false) {
        let entry = cx.gaz.entry(hit.entry);
        // a country before an izafat name names its party or movement (`पाकिस्तान तहरीक-ए-इंसाफ`)
        if entry.kind == EntityKind::Location && izafat_compound(doc, i + len) && doc.toks[i + len].flags & JOINED != 0
        {
            out.push(make(
                doc,
                i,
                i + len + 1,
                EntityKind::Organization,
                Source::Unknown { acronym: None },
                false,
                false,
            ));
            return i + len + 1;
        }
        if entry.kind == EntityKind::Location
            && let Some(end) = institution_after_place(cx, i + len)
        {
            out.push(make(doc, i, end, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
            return end;
        }
        // a known place before a building's or a structure's head names that structure (`टिहरी
        // बांध`, the Tehri dam; `मुंद्रा बंदरगाह`), but not before an area's (`कच्छ जिले`, `घग्गर नदी`)
        if entry.kind == EntityKind::Location
            && let Some(head) = doc.toks.get(i + len).filter(|u| u.flags & (DEVA | JOINED) == DEVA | JOINED)
            && cx.cue(i + len) & LOC_HEAD != 0
            && !devanagari_profile().data().in_class("areahead", doc.word(i + len))
            && head.flags & DIGIT == 0
        {
            out.push(make(doc, i, i + len + 1, EntityKind::Location, Source::Unknown { acronym: None }, false, false));
            return i + len + 1;
        }
        if entry.kind == EntityKind::Organization
            && let Some(end) = body_of_known_company(cx, i + len)
        {
            out.push(make(doc, i, end, entry.kind, Source::Unknown { acronym: None }, false, false));
            return end;
        }
        // `वेदांता लिमिटेड`, `वेदांता समूह`: a known company with its legal form or as a group
        let end = if entry.kind == EntityKind::Organization { past_legal_form(cx, i + len) } else { i + len };
        out.push(make(doc, i, end, entry.kind, Source::Gazetteer(hit.entry), false, false));
        return end;
    }
    if let Some(end) = team_before_its_city(cx, i) {
        out.push(make(doc, i, end, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if izafat_compound(doc, i) {
        out.push(make(doc, i, i + 1, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
        return i + 1;
    }
    let parts = hyphen_parts(cx, i);
    if !parts.is_empty() {
        for (start, end, kind, source) in parts {
            out.push(Cand { t0: i, t1: i + 1, start, end, kind, source, cue: false, weak: false });
        }
        return i + 1;
    }
    let cue = cx.cue(i);
    // organisation: an adjective in -ीय (भारतीय, राष्ट्रीय) and up to three more words ending in a head
    if doc.word(i).ends_with("ीय") {
        for (j, &u) in toks.iter().enumerate().take(i + 4).skip(i + 1) {
            if u.flags & DEVA == 0 || u.flags & (JOINED | DIGIT) != JOINED {
                break;
            }
            let c = cx.cue(j);
            // a kind of institution, not one (`केंद्रीय बैंक`, a central bank; `क्षेत्रीय दल`)
            let generic = j == i + 1 && devanagari_profile().data().in_class("genericadj", doc.word(i));
            if c & ORG_HEAD != 0 && generic {
                break;
            }
            if c & ORG_HEAD != 0 {
                // a second head a word or two on belongs to the same name (`राष्ट्रीय कंपनी विधि अपील
                // न्यायाधिकरण`, the National Company Law Appellate Tribunal)
                let end = later_org_head(cx, j + 1).unwrap_or(j + 1);
                out.push(make(doc, i, end, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
                return end;
            }
            if c & (FUNCTION | POSTPOSITION | TITLE) != 0 || cx.gaz_match(j).is_some() {
                break;
            }
        }
    }
    if let Some((entry, len)) = place_spelled_in_latin(cx, i) {
        out.push(make(doc, i, i + len, cx.gaz.entry(entry).kind, Source::Gazetteer(entry), false, false));
        return i + len;
    }
    if cue & (FUNCTION | POSTPOSITION) != 0 {
        return i + 1;
    }
    if registry_town_in_devanagari(cx, i) {
        out.push(make(doc, i, i + 1, EntityKind::Location, Source::Unknown { acronym: None }, false, false));
        return i + 1;
    }
    let data = devanagari_profile().data();
    if data.in_class("orgword", doc.word(i)) {
        out.push(make(doc, i, i + 1, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
        return i + 1;
    }
    if let Some(end) = name_after_org_head(cx, i) {
        out.push(make(doc, i + 1, end, EntityKind::Organization, Source::Unknown { acronym: None }, true, false));
        return end;
    }
    if let Some(end) = place_by_position(cx, i) {
        out.push(make(doc, i, end, EntityKind::Location, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    // an English-style name that begins with its head (`एसोसिएशन फॉर डेमोक्रेटिक रिफॉर्म्स`)
    if cue & ORG_HEAD != 0
        && hindi_clause_start(cx, i)
        && let Some(end) = english_of_tail(cx, i + 1)
    {
        out.push(make(doc, i, end, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if name_before_place_word(cx, i) || place_in_list(cx, i) || place_compound(cx, i) {
        out.push(make(doc, i, i + 1, EntityKind::Location, Source::Unknown { acronym: None }, false, false));
        return i + 1;
    }
    if let Some((kind, len)) = name_before_head(cx, i) {
        // `बैंक ऑफ बड़ौदा`: an organisation's name may go on past its head
        let end = (kind == EntityKind::Organization).then(|| english_of_tail(cx, i + len)).flatten().unwrap_or(i + len);
        let end = if kind == EntityKind::Organization { past_legal_form(cx, end) } else { end };
        out.push(make(doc, i, end, kind, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some(end) = english_style_name(cx, i) {
        out.push(make(doc, i, end, EntityKind::Organization, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some(end) = name_after_listed_given_name(cx, i) {
        out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some(end) = next_person_in_list(cx, i, out.last()).or_else(|| one_word_person_in_list(cx, i, out.last())) {
        out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, false, true));
        return end;
    }
    if let Some((kind, len)) = pair_before_postposition(cx, i, out.last()) {
        out.push(make(doc, i, i + len, kind, Source::Unknown { acronym: None }, false, kind == EntityKind::Person));
        return i + len;
    }
    if let Some(end) = initials_before_family_name(cx, i) {
        out.push(make(doc, i, end, EntityKind::Person, Source::Unknown { acronym: None }, false, false));
        return end;
    }
    if let Some(letters) = acronym(doc.key(i)) {
        // an acronym of a kind of thing (`एफपीओ`, FPO; `जीडीपी`) names nothing
        if data.in_class("commonacronym", &letters) {
            return i + 1;
        }
        // GeoNames' short town names (`Ed`) are no reading of an acronym (`ईडी`, ED)
        if let Some(hit) = cx.gaz.lookup(&letters).filter(|hit| hit.trusted) {
            let entry = cx.gaz.entry(hit.entry);
            out.push(make(doc, i, i + 1, entry.kind, Source::Gazetteer(hit.entry), false, false));
            return i + 1;
        }
        if letters.len() >= 3 {
            out.push(make(
                doc,
                i,
                i + 1,
                EntityKind::Organization,
                Source::Unknown { acronym: Some(letters) },
                false,
                false,
            ));
            return i + 1;
        }
    }
    // a title with a noun of its office (`मुख्यमंत्री पद`, the chief minister's post) or before an
    // adjective (`विधायक विशेष विमान से`, the MLAs by special plane) is followed by no name
    let title_phrase = toks.get(i + 1).is_some_and(|u| u.flags & DEVA != 0)
        && (data.in_class("titlenoun", doc.word(i + 1)) || hindi_adjective(doc.word(i + 1)));
    if cue & TITLE != 0 && !title_phrase {
        // a title before a head word names a building or an office (`राष्ट्रपति भवन`,
        // the President's House), not a person
        // (an organisation head after `प्रमुख`, chief and main, is a phrase: `प्रमुख कंपनी`, main company)
        if let Some(kind) = head_kind(cx, i + 1).filter(|&kind| kind == EntityKind::Location) {
            out.push(make(doc, i, i + 2, kind, Source::Unknown { acronym: None }, false, false));
            return i + 2;
        }
        if let Some(end) = initials_after_title(cx, i + 1) {
            out.push(make(doc, i + 1, end, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
            return end;
        }
        // up to three name words, up to a postposition or function word; an
        // initial (`एस.`) joins the next word across its dot
        // a given name that is also a function word (`जो बाइडन`, Joe Biden) when a rare word
        // and a postposition follow it
        let function_given = toks.get(i + 1).is_some_and(|u| u.flags & DEVA != 0)
            && data.in_class("functiongiven", doc.word(i + 1))
            && toks.get(i + 2).is_some_and(|u| u.flags & JOINED != 0)
            && rare_plain_word(cx, i + 2)
            && toks.get(i + 3).is_some_and(|u| u.flags & JOINED != 0)
            && cx.cue(i + 3) & POSTPOSITION != 0;
        let mut j = i + 1;
        while j < toks.len() && j < i + 4 {
            let u = toks[j];
            let after_initial = j > i + 1 && is_initial(doc, j - 1);
            let joined = u.flags & JOINED != 0 || after_initial;
            let cue_stops = cx.cue(j) & (FUNCTION | POSTPOSITION | TITLE | ORG_HEAD | LOC_HEAD) != 0
                && !is_initial(doc, j)
                && !(j == i + 1 && function_given);
            let title_as_family_name = j == i + 3 && title_word_is_the_family_name(cx, j);
            if u.flags & DEVA == 0 || !joined || u.flags & DIGIT != 0 || (cue_stops && !title_as_family_name) {
                break;
            }
            // a month is a date (`पत्नी जुलाई में`, his wife in July)
            if devanagari_profile().month(&crate::lang::fold_for_search(doc.word(j)).text).is_some() {
                break;
            }
            // a place stops the name, but not a small town spelled like a family name
            // (`जस्टिस खन्ना`, Justice Khanna, and the town Khanna) nor an initial, nor a listed
            // family name after the first word (`इमरान खान`, whose `खान` GeoNames spells as a place)
            let listed_family_name = j > i + 1 && data.in_class("surname", doc.word(j));
            if !is_initial(doc, j)
                && !listed_family_name
                && cx.gaz_match(j).is_some_and(|(hit, _)| !small_town(cx.gaz, hit))
            {
                break;
            }
            // a light verb after the first word makes a verb of it (`प्रधानमंत्री चुन लिया`, elected
            // prime minister): rule `a_light_verb_after_a_title_ends_the_name`
            if j > i + 1 && data.in_class("lightverb", doc.word(j)) {
                break;
            }
            // so does an auxiliary (`अध्यक्ष चुने जाने पर`, on being elected president): rule
            // `an_auxiliary_after_a_title_ends_the_name`
            if j > i + 1 && data.in_class("auxiliary", doc.word(j)) {
                break;
            }
            // so does a region spelled in Latin only, after the name's first word (`कविता तेलंगाना के`)
            if j > i + 1 && place_spelled_in_latin(cx, j).is_some() {
                break;
            }
            // a third word only after a middle name (`महेंद्र सिंह धोनी`): otherwise it is the
            // noun the sentence goes on with (`रोहित शर्मा जीत के बाद`, after the win); after an
            // initial, before the doer's or owner's postposition (`के. चंद्रशेखर राव की`); never
            // a frequent word (`संजय सिंह पिछले अक्टूबर`, last October)
            let name_post_next = toks.get(j + 1).is_some_and(|u| u.flags & JOINED != 0)
                && devanagari_profile().data().in_class("namepost", doc.word(j + 1));
            // a rare third word before a comma or `और` ends the name (`न्यायमूर्ति संजय किशन कौल, …`;
            // `विधायक कनक वर्धन सिंहदेव और …`)
            let and_next =
                toks.get(j + 1).is_some_and(|u| u.flags & JOINED != 0) && data.in_class("nameand", doc.word(j + 1));
            let comma_next = rare_plain_word(cx, j) && (doc.text[toks[j].end..].starts_with(',') || and_next);
            // a frequent family name third, before a postposition or a comma, ends a name of
            // three words (`संस्थापक विजय शेखर शर्मा के`, founder Vijay Shekhar Sharma);
            // rule `a_listed_family_name_third_before_any_postposition_ends_a_titled_name`: any
            // postposition closes it (`अध्यक्ष विवेक मोहन शर्मा से`, from the chairman Vivek Mohan Sharma)
            let any_post_next = toks.get(j + 1).is_some_and(|u| u.flags & (DEVA | JOINED) == DEVA | JOINED)
                && cx.cue(j + 1) & POSTPOSITION != 0;
            let surname_third = data.in_class("surname", doc.word(j))
                && (name_post_next || any_post_next || doc.text[toks[j].end..].starts_with(','));
            let compound_given_name_goes_on =
                j == i + 3 && family_name_after_a_compound_given_name(cx, i + 1, name_post_next);
            if j == i + 3
                && (!(is_middle_name(doc, j - 1)
                    || (is_initial(doc, i + 1) && name_post_next)
                    || comma_next
                    || surname_third
                    || family_name_third_before_postposition(cx, i + 1, name_post_next)
                    || rare_third_word_before_the_sentence_goes_on(cx, i + 1)
                    || compound_given_name_goes_on)
                    || !(name_word(doc.word(j)) || compound_given_name_goes_on || title_word_is_the_family_name(cx, j)))
            {
                break;
            }
            j += 1;
        }
        // a word before a form of करना or होना makes one verb with it (`निदेशक मंडल निलंबित हो
        // गया`, the board of directors was suspended): it is no part of a name
        if j > i + 1
            && toks.get(j).is_some_and(|u| u.flags & (DEVA | JOINED) == DEVA | JOINED)
            && data.in_class("lightverb", doc.word(j))
        {
            j -= 1;
        }
        let count = j - (i + 1);
        let post_follows =
            toks.get(j).is_some_and(|u| u.flags & JOINED != 0) && j < toks.len() && cx.cue(j) & POSTPOSITION != 0;
        // a verbal noun or a plural in the oblique case (`प्रधानमंत्री बनने का`, of becoming
        // prime minister) is what the title goes on to say, not a name
        let oblique = || {
            let word = doc.word(i + 1);
            devanagari_profile().data().words("obliqueend").any(|end| word.ends_with_short(end))
        };
        if count >= 2 || (count == 1 && post_follows && !oblique()) {
            out.push(make(doc, i + 1, j, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
            let mut end = j;
            for (t0, t1) in people_listed_after(cx, j) {
                out.push(make(doc, t0, t1, EntityKind::Person, Source::Unknown { acronym: None }, true, false));
                end = t1;
            }
            return end;
        }
    }
    i + 1
}

/// The people listed after a titled name, which the title covers too (`न्यायमूर्ति संजय किशन
/// कौल, संजीव खन्ना, बी आर गवई और सूर्यकांत`, Justices Kaul, Khanna, Gavai and Surya Kant): from
/// `start`, after a comma, items of one to three words that may be names (rare words, family
/// names, initials; a small town spelled like a family name too), between commas, the last
/// after `और`. An item that is anything else ends the list before it, and a list that never
/// reaches its `और` is no list of names (`मंत्री X, जिन्होंने …`). Returns each item's tokens.
fn people_listed_after(cx: &mut Ctx, start: usize) -> Vec<(usize, usize)> {
    let doc = cx.doc;
    let toks = &doc.toks;
    let data = devanagari_profile().data();
    let comma_before = |k: usize| {
        k > 0 && k < toks.len() && doc.text.get(toks[k - 1].end..toks[k].start).is_some_and(|gap| gap.trim() == ",")
    };
    let joined = |k: usize| toks.get(k).is_some_and(|u| u.flags & (DEVA | JOINED | DIGIT) == DEVA | JOINED);
    // an initial's dot stands between it and the next word of the name (`बी. आर. गवई`)
    let continues =
        |k: usize| joined(k) || (k > 0 && is_initial(doc, k - 1) && toks.get(k).is_some_and(|u| u.flags & DEVA != 0));
    let and = |k: usize| joined(k) && data.in_class("nameand", doc.word(k));
    let surname = |k: usize| data.in_class("surname", doc.word(k)) || is_middle_name(doc, k);
    let name_word_at = |cx: &mut Ctx, k: usize| {
        if is_initial(doc, k) {
            return true;
        }
        let place = cx.gaz_match(k).is_some_and(|(hit, _)| !small_town(cx.gaz, hit));
        (rare_plain_word(cx, k) || (k < toks.len() && toks[k].flags & DEVA != 0 && surname(k)))
            && !place
            && place_spelled_in_latin(cx, k).is_none()
    };
    let mut items = Vec::new();
    let mut k = start;
    if !comma_before(k) {
        return items;
    }
    loop {
        let item_start = k;
        while k < item_start + 3 && k < toks.len() && (k == item_start || continues(k)) && name_word_at(cx, k) {
            k += 1;
        }
        if k == item_start {
            return Vec::new();
        }
        items.push((item_start, k));
        if comma_before(k) {
            continue;
        }
        if and(k) && toks.get(k + 1).is_some_and(|u| u.flags & JOINED != 0) {
            // the last item
            let last = k + 1;
            let mut end = last;
            while end < last + 3 && (end == last || continues(end)) && name_word_at(cx, end) {
                end += 1;
            }
            // the sentence goes on after the list (`… और सूर्यकांत भी`), not the last name
            // into a noun (`… और टाटा संस`)
            let goes_on = toks.get(end).is_none_or(|u| u.flags & JOINED == 0)
                || cx.cue(end) & (FUNCTION | POSTPOSITION) != 0
                || data.most_often.contains(doc.word(end));
            if end == last || !goes_on {
                return Vec::new();
            }
            items.push((last, end));
            return items;
        }
        return Vec::new();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;
    use super::*;

    #[test]
    fn a_listed_family_name_third_before_any_postposition_ends_a_titled_name() {
        let text = "जांच के बाद निदेशक विवेक मोहन शर्मा से पूछताछ हुई।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "विवेक मोहन शर्मा").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_title_word_after_a_middle_name_is_the_family_name() {
        let text = "घायलों में कनिष्ठ अभियंता सुरेश कुमार पंडित भी थे।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "सुरेश कुमार पंडित").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // an office after the name is no family name (`विधायक`, MLA)
        let text = "बाद में नेता सुरेश कुमार विधायक बने।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("विधायक")), "{:?}", r[0]);
    }

    #[test]
    fn a_compound_given_name_takes_a_third_word() {
        let text = "पार्टी के अध्यक्ष गुलाम रसूल आजाद ने बयान जारी किया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "गुलाम रसूल आजाद").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn an_izafat_compound_is_a_name() {
        let text = "सेना ने कहा कि हिज्ब-ए-इस्लामी के ठिकानों पर हमला हुआ।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "हिज्ब-ए-इस्लामी").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        // a country before it names its party
        let text = "चुनाव में पाकिस्तान तहरीक-ए-लब्बैक को दो सीटें मिलीं।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "पाकिस्तान तहरीक-ए-लब्बैक").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        // a word doubled with another infix is none (`कदम-ब-कदम`, step by step)
        let text = "सरकार कदम-ब-कदम आगे बढ़ी।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].is_empty(), "{:?}", r[0]);
    }

    #[test]
    fn an_honorific_stays_in_the_name_of_what_is_named_after_its_bearer() {
        let text = "घायलों को रानी लक्ष्मीबाई मेडिकल कॉलेज ले जाया गया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "रानी लक्ष्मीबाई मेडिकल कॉलेज").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        let text = "विमान नेताजी सुभाष चंद्र बोस अंतरराष्ट्रीय हवाई अड्डे पर उतरा।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "नेताजी सुभाष चंद्र बोस अंतरराष्ट्रीय हवाई अड्डे").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_rare_word_before_a_postposition_spelled_as_a_registry_town_is_the_town() {
        let text = "भारी बारिश के बाद जोरेथांग में सड़कें बंद रहीं।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "जोरेथांग").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        let text = "पर्यटक कसौली और जोरेथांग से लौट आए।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "कसौली").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        // a word that is no town's stays a word
        let text = "भारी बारिश के बाद निराशा में लोग घर लौटे।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].is_empty(), "{:?}", r[0]);
    }

    #[test]
    fn a_letter_that_is_a_postposition_after_a_noun_is_the_postposition() {
        let text = "बैठक में तमिलनाडु के एम के स्टालिन ने भाषण दिया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "एम के स्टालिन").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.starts_with("के ")), "{:?}", r[0]);
        // the same letter inside a run of initials stays an initial
        let text = "बैठक में उपमुख्यमंत्री डी के शिवकुमार ने भाषण दिया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "डी के शिवकुमार").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_persons_name_before_the_head_of_a_building_names_the_building() {
        let text = "टीम ने सुबह राजीव गांधी स्टेडियम में अभ्यास किया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "राजीव गांधी स्टेडियम").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        let text = "घायलों को बुधवार रात एस. के. मेहता अस्पताल ले जाया गया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "एस. के. मेहता अस्पताल").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        // a name the article uses for the person elsewhere: the person goes to a hospital
        let text = "अरविंद केजरीवाल ने कहा कि वे ठीक हैं। बाद में अरविंद केजरीवाल अस्पताल पहुंचे।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("अस्पताल")), "{:?}", r[0]);
        // a party is no building named after a person
        let text = "सभा में राहुल शर्मा कांग्रेस नेता के रूप में आए।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("कांग्रेस नेता")), "{:?}", r[0]);
    }

    #[test]
    fn an_auxiliary_after_a_title_ends_the_name() {
        let text = "दिसंबर में उनके अध्यक्ष चुने जाने पर विरोध हुआ।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("चुने")), "{:?}", r[0]);
    }

    #[test]
    fn a_pair_after_a_plural_genitive_is_a_common_noun_phrase() {
        let text = "अदालत ने मजदूरों के वेतन भुगतान का मामला सुना।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("भुगतान")), "{:?}", r[0]);
        // a singular owner leaves the pair a name (`टीम के`, the team's)
        let text = "मैच में टीम के अर्जुन तेंदुलकर ने दो विकेट लिए।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "अर्जुन तेंदुलकर").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_party_after_a_family_name_is_no_part_of_the_name() {
        let text = "अदालत ने माना कि रमेश शर्मा कांग्रेस नेता विनोद सिंह के करीबी थे।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("शर्मा कांग्रेस")), "{:?}", r[0]);
        assert_eq!(find(&r[0], "कांग्रेस").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_rare_third_word_before_the_sentence_goes_on_ends_a_titled_name() {
        let text = "बैठक के बाद महासचिव रहीम अहमद कुरैशी दूसरी बार अध्यक्ष चुने गए।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "रहीम अहमद कुरैशी").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // an adjective after the name is the sentence's (`अंतरिम सरकार`, the interim government)
        let text = "बैठक के बाद अर्थशास्त्री रहीम अहमद अंतरिम सरकार के प्रमुख बने।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("अंतरिम")), "{:?}", r[0]);
        // nor is a verbal noun's object (`टैक्सी चलाने से`, from driving a taxi)
        let text = "बैठक के बाद विधायक रहीम अहमद टैक्सी चलाने से राजनीति में आए थे।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("टैक्सी")), "{:?}", r[0]);
        // after a rare second word the name is whole (a place follows)
        let text = "दौरे पर प्रधानमंत्री जेम्स कैलाघन अक्षरधाम पहुंचे।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| m.0 != "जेम्स कैलाघन अक्षरधाम"), "{:?}", r[0]);
    }

    #[test]
    fn two_letters_before_a_listed_family_name_are_initials_though_a_body_has_them() {
        let text = "बचाव पक्ष के वकील एपी सिंह ने जमानत मांगी।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "एपी सिंह").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // the letters alone stay the agency's
        let text = "समाचार एजेंसी एपी के मुताबिक बातचीत जारी है।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(find(&r[0], "एपी").is_some_and(|m| m.1 == "ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_before_a_head_after_a_demonstrative_or_in_e_is_no_name() {
        let text = "उन्होंने कहा कि यह खबर कंपनी के लिए अच्छी है।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("खबर")), "{:?}", r[0]);
        let text = "उन्होंने पिछले बोर्ड के सदस्यों से बात की।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("पिछले")), "{:?}", r[0]);
    }

    #[test]
    fn a_listed_family_name_after_two_name_words_ends_a_name_of_three() {
        let text = "बैठक में अशोक गहलोत और रमाकांत मनोहर चौधरी ने हिस्सा लिया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "रमाकांत मनोहर चौधरी").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn two_rare_words_after_a_person_and_and_are_the_next_person() {
        let text = "बैठक में अशोक गहलोत और रमाकांत तोगड़िया शामिल हुए।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "रमाकांत तोगड़िया").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        let text = "बैठक में अशोक गहलोत और सेवानिवृत्त आईएएस अधिकारी मौजूद थे।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(find(&r[0], "सेवानिवृत्त आईएएस").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_word_with_a_number_glued_to_it_is_a_brand() {
        let text = "बाजार खुलते ही नेटवर्क18 के शेयर चढ़ गए।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "नेटवर्क18").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        let doc_text = "इस साल टी20 मुकाबले कम हुए।";
        let r = run(&[article("hi", "hi", doc_text)]);
        assert!(find(&r[0], "टी20").is_none_or(|m| m.1 != "ORG"), "a format's letters: {:?}", r[0]);
    }

    #[test]
    fn a_one_word_name_in_a_list_of_people_is_a_person() {
        let text = "समारोह में मुकेश अंबानी, सचिन तेंदुलकर, काजोल और करण जौहर पहुंचे।";
        let r = run(&[article("hi", "hi", text)]);
        // found as a name; its kind is a weak guess the type votes decide (left to them)
        assert!(find(&r[0], "काजोल").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn kin_before_a_name_is_a_title() {
        let text = "मामले में उनके भाई सुखबीर तोगड़िया ने गवाही दी।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "सुखबीर तोगड़िया").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_partys_faction_in_brackets_is_part_of_its_name() {
        let text = "चुनाव में शिरोमणि अकाली दल (बादल) ने दो सीटें जीतीं। भारतीय जनता पार्टी (भाजपा) को एक सीट मिली।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().any(|m| m.0.ends_with("अकाली दल (बादल)")), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("(भाजपा)")), "a short name in brackets: {:?}", r[0]);
        assert!(syllabic_acronym_of("झारखंड मुक्ति मोर्चा".split_whitespace(), "झामुमो"));
        assert!(!syllabic_acronym_of("पाकिस्तान मुस्लिम लीग".split_whitespace(), "नवाज"));
    }

    #[test]
    fn an_ordinal_describes_the_noun_after_it() {
        let text = "गिनती के बाद उन्हें दूसरी वरीयता के वोट भी मिले।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(find(&r[0], "दूसरी वरीयता").is_none(), "second preference: {:?}", r[0]);
    }

    #[test]
    fn a_listed_family_name_third_ends_a_name_of_three_words() {
        let text = "समिति ने सोमवार को मुकेश रंजन शर्मा को अध्यक्ष चुना।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "मुकेश रंजन शर्मा").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_given_name_the_article_writes_with_another_family_name_stands_alone() {
        let text = "संजय बिरहोर ने बयान दिया। अगले दिन संजय सचिवालय पहुंचे और फाइलें देखीं।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(find(&r[0], "संजय सचिवालय").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "संजय बिरहोर").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_light_verb_after_a_title_ends_the_name() {
        let text = "संसद ने उन्हें दोबारा प्रधानमंत्री चुन लिया।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("चुन")), "{:?}", r[0]);
    }

    #[test]
    fn a_team_is_its_city_and_an_english_nickname() {
        let text = "फाइनल में चेन्नई सुपर किंग्स ने मुंबई इंडियंस को हराया, जबकि सनराइजर्स हैदराबाद तीसरे स्थान पर रही।";
        let r = run(&[article("hi", "hi", text)]);
        for name in ["चेन्नई सुपर किंग्स", "मुंबई इंडियंस", "सनराइजर्स हैदराबाद"]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name}: {:?}", r[0]);
        }
    }

    #[test]
    fn glued_initials_before_a_given_or_rare_name_are_a_person() {
        let text = "टीम में केएल राहुल भी थे। फाइनल में एचएस प्रणय, लक्ष्य सेन और दो युवा खिलाड़ी पहुंचे।";
        let r = run(&[article("hi", "hi", text)]);
        for name in ["केएल राहुल", "एचएस प्रणय"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name}: {:?}", r[0]);
        }
        // an office's letters are its title, a body's letters before a noun a phrase of it
        let text = "बैठक के बाद ईडी अधिकारियों ने दफ्तर की तलाशी ली।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(find(&r[0], "ईडी अधिकारियों").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn offices_of_administration_and_business_are_titles() {
        let text = "बाढ़ के बाद जिलाधिकारी हरमीत बेदी ने राहत शिविरों का दौरा किया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "हरमीत बेदी").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        let text = "कंपनी के सह-संस्थापक गगन मल्होत्रा ने इस्तीफा दे दिया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "गगन मल्होत्रा").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_pair_ending_in_an_adjective_is_no_name() {
        let text = "इस बार कई उम्मीदवार निर्दलीय के रूप में चुनाव लड़े।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("निर्दलीय")), "{:?}", r[0]);
    }

    #[test]
    fn a_party_s_man_with_a_middle_name_is_named_in_three_words() {
        let text = "पिछली बार वे कांग्रेस के बिरजू लाल गुप्ता से चुनाव हार गए थे।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "बिरजू लाल गुप्ता").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_rare_third_word_before_and_ends_a_titled_name() {
        let text = "बैठक में विधायक बलभद्र देव सिकरवार और दो मंत्री पहुंचे।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "बलभद्र देव सिकरवार").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_is_frequent_without_its_nukta() {
        // `कर्ज़`, loan, is the frequent `कर्ज` with a nukta: `कर्ज़ कार्यक्रम की` is a loan programme's
        let text = "सरकार ने कहा कि कर्ज़ कार्यक्रम की समीक्षा होगी। मंत्री ने कहा कि कर्ज कार्यक्रम की समीक्षा होगी।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("कार्यक्रम")), "loan programme: {:?}", r[0]);
    }

    #[test]
    fn a_listed_given_name_begins_a_persons_name() {
        // no title, no postposition after the names: the given names make them people
        let text = "समारोह में कई लोग आए, जिनमें मुकेश अंबानी, अमिताभ बच्चन, सचिन तेंदुलकर और राकेश कुमार मिश्रा भी थे।";
        let r = run(&[article("hi", "hi", text)]);
        for name in ["मुकेश अंबानी", "अमिताभ बच्चन", "सचिन तेंदुलकर", "राकेश कुमार मिश्रा"]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name}: {:?}", r[0]);
        }
        // a given name the gazetteer has as a city (Vladimir) before a family name is the person
        let r = run(&[article("hi", "hi", "बैठक में व्लादिमीर पुतिन ने भाषण नहीं दिया।")]);
        assert_eq!(find(&r[0], "व्लादिमीर पुतिन").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a given name last in the text, before its full stop, has no next word to read
        let r = run(&[article("hi", "hi", "मंच पर पहुंचे मुकेश।")]);
        assert!(find(&r[0], "मुकेश").is_none_or(|m| m.1 == "PER"), "{:?}", r[0]);
        // a given name that is an ordinary word (`प्रकाश`, light) opens no name before a rare word
        let r = run(&[article("hi", "hi", "सुबह प्रकाश प्रदूषण पर चर्चा हुई।")]);
        assert!(r[0].iter().all(|m| !m.0.starts_with("प्रकाश")), "{:?}", r[0]);
        // a head after the name makes it a body's name, which the head rules read
        let r = run(&[article("hi", "hi", "बाजार में मुकेश अंबानी समूह के शेयर चढ़े।")]);
        assert!(find(&r[0], "मुकेश अंबानी").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_company_s_legal_form_is_part_of_its_name() {
        let text = "बुधवार को नियामक ने सूर्योदय पेमेंट्स बैंक लिमिटेड को नए ग्राहक जोड़ने से रोका।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "सूर्योदय पेमेंट्स बैंक लिमिटेड").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        let text = "सरकार ने कहा कि प्राइवेट कंपनियां भी बोली लगा सकेंगी।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| !m.0.contains("प्राइवेट")), "{:?}", r[0]);
    }

    #[test]
    fn places_within_a_district_are_places() {
        let text = "बाढ़ के बाद शिमला जिले के कोटखाई और जुब्बल में सड़कें बंद रहीं।";
        let r = run(&[article("hi", "hi", text)]);
        for name in ["कोटखाई", "जुब्बल"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("LOC"), "{name}: {:?}", r[0]);
        }
        // a person of the district takes another postposition
        let text = "शिमला जिले के उपायुक्त ने स्कूल बंद किए।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|m| m.0 != "उपायुक्त"), "{:?}", r[0]);
    }

    #[test]
    fn an_organisation_a_rule_finds_is_the_known_one_it_spells() {
        // `कंपनी X ने` is read by the head rule, `X का` by the gazetteer: one company
        let text = "ताइवान की कंपनी फॉक्सकॉन ने बयान जारी किया। इसके बाद फॉक्सकॉन का शेयर गिरा।";
        let r = run(&[article("hi", "hi", text)]);
        let ids: Vec<&str> = r[0].iter().filter(|m| m.0 == "फॉक्सकॉन").map(|m| m.2.as_str()).collect();
        assert_eq!(ids.len(), 2, "{:?}", r[0]);
        assert_eq!(ids[0], ids[1], "{:?}", r[0]);
    }

    #[test]
    fn a_known_company_before_a_business_head_names_a_business_of_it() {
        let text = "नियामक ने कहा कि पेटीएम पेमेंट्स बैंक नए खाते नहीं खोलेगा, जबकि वेदांता समूह ने निवेश बढ़ाया।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "पेटीएम पेमेंट्स बैंक").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "वेदांता समूह").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn an_institute_of_many_campuses_takes_its_city() {
        let text = "घायलों को एम्स पटना भेजा गया, जबकि आईआईटी कानपुर के छात्रों ने मदद की।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "एम्स पटना").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert!(find(&r[0], "पटना").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn initials_written_as_one_word_before_a_family_name_are_a_person() {
        let text = "पूर्व सेना प्रमुख ने कहा, और फिर वीके सिंह ने सवालों के जवाब दिए।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "वीके सिंह").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_rare_third_word_after_two_given_names_is_the_family_name() {
        let text =
            "क्योंझर से चार बार के विधायक मोहन चरण माझी को दल ने अपना नेता चुना। जीत के बाद कप्तान रोहित शर्मा जीत के बाद खुश थे।";
        let r = run(&[article("hi", "hi", text)]);
        assert_eq!(find(&r[0], "मोहन चरण माझी").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("शर्मा जीत")), "{:?}", r[0]);
    }

    const TITLED_INITIALS: &str = "तेलंगाना के मुख्यमंत्री के चंद्रशेखर राव ने फिल्म की टीम को बधाई दी। कांग्रेस महासचिव के सी वेणुगोपाल ने यह घोषणा की। केंद्रीय राज्य मंत्री वी के सिंह ने सुरंग का दौरा किया। मंत्री के बेटे ने कहा कि वह खुश हैं।";

    #[test]
    fn a_letter_that_is_a_word_after_a_title_is_an_initial() {
        let r = run(&[article("hi", "hi", TITLED_INITIALS)]);
        assert_eq!(find(&r[0], "के चंद्रशेखर राव").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "के सी वेणुगोपाल").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("बेटे")), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_family_name_after_letters_ends_their_run_as_a_name() {
        let r = run(&[article("hi", "hi", TITLED_INITIALS)]);
        assert_eq!(find(&r[0], "वी के सिंह").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn hindi_names_found_by_cue_gazetteer_and_other_articles() {
        let a = [
            article("a", "en", "Russian President Vladimir Putin met Kim Jong Un in Pyongyang, Reuters reported."),
            article(
                "b",
                "hi",
                "रूसी राष्ट्रपति व्लादिमीर पुतिन ने प्योंगयांग में किम जोंग उन से मुलाकात की। रॉयटर्स ने बताया कि पुतिन और किम ने डीपीआरके के साथ समझौता किया।",
            ),
        ];
        let r = run(&a);
        let hi = &r[1];
        assert_eq!(find(hi, "व्लादिमीर पुतिन").expect("cue").2, find(&r[0], "Vladimir Putin").expect("en").2);
        assert_eq!(find(hi, "पुतिन").expect("surname").2, find(&r[0], "Vladimir Putin").expect("en").2);
        assert_eq!(find(hi, "किम जोंग उन").expect("known from en").2, find(&r[0], "Kim Jong Un").expect("en").2);
        assert_eq!(find(hi, "प्योंगयांग").expect("gazetteer").2, find(&r[0], "Pyongyang").expect("en").2);
        assert_eq!(find(hi, "रॉयटर्स").expect("agency").1, "ORG");
        assert_eq!(find(hi, "डीपीआरके").expect("acronym").1, "LOC");
    }

    #[test]
    fn hindi_initials_titles_and_hyphenated_places() {
        let a = [article(
            "a",
            "hi",
            "विदेश मंत्री एस. जयशंकर ने मुंबई-अहमदाबाद रेल परियोजना और भारतीय अंतरिक्ष अनुसंधान संगठन की सराहना की।",
        )];
        let r = run(&a);
        assert_eq!(find(&r[0], "एस. जयशंकर").expect("initial and name").1, "PER");
        assert_eq!(find(&r[0], "मुंबई").expect("first part").1, "LOC");
        assert_eq!(find(&r[0], "अहमदाबाद").expect("second part").1, "LOC");
        assert_eq!(find(&r[0], "भारतीय अंतरिक्ष अनुसंधान संगठन").expect("-ीय + head").1, "ORG");
    }

    #[test]
    fn hindi_names_without_a_title_before_the_doer_postposition() {
        let a = [article(
            "hi",
            "hi",
            "मैच में विराट कोहली ने शानदार पारी खेली। विश्व कप के फाइनल से पहले नौ जून को टीम पहुंची। राहुल गांधी ने बधाई दी।",
        )];
        let r = run(&a);
        assert_eq!(find(&r[0], "विराट कोहली").expect("rare pair before ने").1, "PER");
        assert_eq!(find(&r[0], "राहुल गांधी").expect("a family name second").1, "PER");
        assert!(find(&r[0], "विश्व कप").is_none(), "two frequent words are a phrase: {:?}", r[0]);
        assert!(find(&r[0], "नौ जून").is_none(), "a date is no name: {:?}", r[0]);
    }

    #[test]
    fn an_initial_as_the_last_word_is_no_out_of_bounds_panic() {
        // found by the mixed-script property test: `के.` alone, an initial with nothing after it
        let a = [article("hi", "hi", "\u{915}\u{947}.")];
        let r = run(&a);
        assert!(r[0].is_empty(), "{:?}", r[0]);
    }

    #[test]
    fn hindi_adjective_pairs_and_verb_phrases_before_ki_are_not_names() {
        let a = [article(
            "hi",
            "hi",
            "उन्होंने कहा कि ध्रुवीय संतुलन की नींव रखी जाएगी। इस फैसले की खुली प्रशंसा की गई। \
             बाद में ममता बनर्जी की पार्टी ने जवाब दिया। दोनों ने शिष्टाचार भेंट की।",
        )];
        let r = run(&a);
        assert!(find(&r[0], "ध्रुवीय संतुलन").is_none(), "an adjective first: {:?}", r[0]);
        assert!(find(&r[0], "खुली प्रशंसा").is_none(), "the object of की गई: {:?}", r[0]);
        assert!(find(&r[0], "शिष्टाचार भेंट").is_none(), "the object of की at a clause's end: {:?}", r[0]);
        assert_eq!(find(&r[0], "ममता बनर्जी").expect("owner before की").1, "PER");
    }

    #[test]
    fn a_hindi_place_then_its_government_or_an_organisation_head_is_an_organisation() {
        let a = [article(
            "hi",
            "hi",
            "दिल्ली सरकार ने बयान दिया। पाकिस्तान क्रिकेट बोर्ड ने टीम चुनी। दिल्ली भाजपा के नेता आए। विपक्षी 'इंडिया' गठबंधन जीता।",
        )];
        let r = run(&a);
        assert_eq!(find(&r[0], "दिल्ली सरकार").expect("the Delhi government").1, "ORG", "{:?}", r[0]);
        assert_eq!(find(&r[0], "पाकिस्तान क्रिकेट बोर्ड").expect("place, word, head").1, "ORG", "{:?}", r[0]);
        assert_eq!(find(&r[0], "दिल्ली भाजपा").expect("place and a known party").1, "ORG", "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains('\'')), "no span across a quote: {:?}", r[0]);
    }

    #[test]
    fn hindi_parties_and_houses_named_in_one_word_are_organisations() {
        let a = [article("hi", "hi", "भाजपा और कांग्रेस ने लोकसभा में बहस की। ईडी ने जांच की। संसद में हंगामा हुआ।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "भाजपा").map(|m| (m.1, m.2.as_str())), Some(("ORG", "org:bjp")), "{:?}", r[0]);
        assert_eq!(find(&r[0], "कांग्रेस").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "लोकसभा").map(|m| m.2.as_str()), Some("org:lok-sabha"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "ईडी").map(|m| m.2.as_str()), Some("org:ed-india"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "संसद").map(|m| m.1), Some("ORG"), "one word for the country's Parliament: {:?}", r[0]);
    }

    #[test]
    fn a_devanagari_acronym_is_no_small_town_spelled_with_its_letters() {
        // `एबीए` reads A-B-A, and Aba is a town in Nigeria GeoNames spells so
        let a = [article("hi", "hi", "एबीए ने नई नीति जारी की।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "एबीए").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_rare_hindi_word_before_a_word_for_a_district_is_that_place() {
        let a =
            [article("hi", "hi", "तूफान कच्छ जिले में पहुंचा। बाड़मेर, जालोर और सिरोही जिलों में बारिश हुई। तटीय जिलों में अलर्ट है।")];
        let r = run(&a);
        for place in ["कच्छ", "बाड़मेर", "जालोर", "सिरोही"] {
            assert_eq!(find(&r[0], place).map(|m| m.1), Some("LOC"), "{place}: {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| !m.0.contains("जिल") && !m.0.contains("तटीय")), "{:?}", r[0]);
    }

    #[test]
    fn a_rare_hindi_word_in_a_list_of_known_places_is_a_place() {
        let a = [article(
            "hi",
            "hi",
            "टीमें कच्छ, देवभूमि द्वारका, जामनगर, पोरबंदर, जूनागढ़ और मोरबी में तैनात हैं। भाजपा, कांग्रेस और सपा के नेता आए।",
        )];
        let r = run(&a);
        for place in ["कच्छ", "जूनागढ़", "मोरबी"] {
            assert_eq!(find(&r[0], place).map(|m| m.1), Some("LOC"), "{place}: {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| m.1 != "LOC" || !m.0.contains("भाजपा")), "{:?}", r[0]);
    }

    #[test]
    fn hindi_initials_begin_a_name_without_a_title_and_are_no_places() {
        let a = [article("hi", "hi", "समिति की अध्यक्षता ए. एम. सप्रे ने की। मुख्यमंत्री के. चंद्रशेखर राव की बेटी आई।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "ए. एम. सप्रे").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "के. चंद्रशेखर राव").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn hindi_title_names_stop_at_heads_and_frequent_words_but_not_at_small_towns() {
        let a = [article("hi", "hi", "जस्टिस खन्ना ने फैसला लिखा। यह समूह की प्रमुख कंपनी है। सांसद संजय सिंह पिछले साल जेल गए।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "खन्ना").map(|m| m.1), Some("PER"), "Justice Khanna, not the town: {:?}", r[0]);
        assert!(find(&r[0], "प्रमुख कंपनी").is_none(), "main company: {:?}", r[0]);
        assert!(find(&r[0], "संजय सिंह").is_some(), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("पिछले")), "last year is no name: {:?}", r[0]);
    }

    #[test]
    fn a_hindi_place_with_a_court_after_it_is_the_court() {
        let a = [article("hi", "hi", "अगले दिन राउज एवेन्यू कोर्ट ने उन्हें हिरासत में भेजा।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "राउज एवेन्यू कोर्ट").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_hindi_pair_before_a_postposition_ends_at_a_state_the_gazetteer_spells_in_latin() {
        let a = [
            article("hi", "hi", "बताया गया कि कविता तेलंगाना के पूर्व मुख्यमंत्री की बेटी हैं।"),
            article("hi2", "hi", "नेता कविता तेलंगाना के पूर्व मुख्यमंत्री की बेटी हैं।"),
        ];
        let r = run(&a);
        assert_eq!(find(&r[0], "तेलंगाना").map(|m| m.2.as_str()), Some("loc:in-tg"), "no title: {:?}", r[0]);
        assert_eq!(find(&r[1], "तेलंगाना").map(|m| m.2.as_str()), Some("loc:in-tg"), "after a title: {:?}", r[1]);
    }

    #[test]
    fn hindi_weekdays_times_of_day_compound_postpositions_and_oblique_plurals_are_no_names() {
        let a = [article(
            "hi",
            "hi",
            "दौरे की शुरुआत गुरुवार को हुई। यह योजना मतदाताओं के अधिकार के खिलाफ है। एक हफ्ते के भीतर समूह ने जवाब दिया। \
             मंगलवार की शाम गोदाम का एक हिस्सा गिरा।",
        )];
        let r = run(&a);
        assert!(r[0].is_empty(), "{:?}", r[0]);
    }

    #[test]
    fn hindi_finds_places_the_gazetteer_spells_in_latin_only() {
        let a = [article("hi", "hi", "उत्तर प्रदेश और ओडिशा में मतदान हुआ। उनकी पत्नी जुलाई में वहाँ गईं।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "उत्तर प्रदेश").expect("two words, Uttar Pradesh").2, "loc:in-up");
        assert_eq!(find(&r[0], "ओडिशा").expect("a region of India, Odisha").2, "loc:in-or");
        assert!(find(&r[0], "पत्नी").is_none(), "wife is no Pattani: {:?}", r[0]);
        assert!(find(&r[0], "जुलाई").is_none(), "a month is no Zulia: {:?}", r[0]);
    }

    #[test]
    fn hindi_three_word_names_with_a_middle_name_before_the_postposition() {
        let a = [article("hi", "hi", "इससे पहले टीम ने 2007 में महेंद्र सिंह धोनी की कप्तानी में खिताब जीता था।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "महेंद्र सिंह धोनी").expect("three words, a middle name between").1, "PER");
    }

    #[test]
    fn hindi_title_names_take_a_third_word_only_after_a_middle_name() {
        let a = [article("hi", "hi", "कप्तान रोहित शर्मा जीत के बाद भावुक हो गए। पूर्व कप्तान महेंद्र सिंह धोनी ने बधाई दी।")];
        let r = run(&a);
        assert!(find(&r[0], "रोहित शर्मा").is_some(), "{:?}", r[0]);
        assert!(find(&r[0], "रोहित शर्मा जीत").is_none(), "the noun after the name: {:?}", r[0]);
        assert!(find(&r[0], "महेंद्र सिंह धोनी").is_some(), "{:?}", r[0]);
    }

    #[test]
    fn short_hindi_words_are_no_part_of_names_the_article_does_not_name() {
        let a = [
            article("fr", "fr", "Marine Le Pen a parlé à Paris. Enrico Letta aussi."),
            article("hi", "hi", "टीम ने जीत के बाद थोड़ी देर आराम किया और फिर ट्रॉफी ले ली।"),
        ];
        let r = run(&a);
        assert!(r[1].iter().all(|(s, _, _)| s != "ले" && s != "ली" && s != "देर"), "{:?}", r[1]);
    }

    #[test]
    fn hindi_names_end_in_a_head_word_after_a_rare_first_word() {
        let a = [article(
            "hi",
            "hi",
            "चुनाव में शिरोमणि अकाली दल को झटका लगा। दर्शक फिर ईडन गार्डन्स स्टेडियम तक गए। \
             संसद में मुख्य विपक्षी दल बनने की बात हुई। तटीय क्षेत्र में बारिश हुई।",
        )];
        let r = run(&a);
        assert_eq!(find(&r[0], "शिरोमणि अकाली दल").expect("a party, head दल").1, "ORG");
        assert_eq!(
            find(&r[0], "ईडन गार्डन्स स्टेडियम").unwrap_or_else(|| panic!("a ground, head स्टेडियम: {:?}", r[0])).1,
            "LOC"
        );
        assert!(r[0].iter().all(|m| !m.0.contains("विपक्षी दल")), "a frequent word first: {:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("क्षेत्र")), "an adjective first: {:?}", r[0]);
    }

    #[test]
    fn a_hindi_title_before_a_head_word_names_a_building_not_a_person() {
        let a = [article("hi", "hi", "शपथ ग्रहण समारोह राष्ट्रपति भवन में हुआ और सब लौट गए।")];
        let r = run(&a);
        let bhavan = r[0].iter().find(|m| m.0.ends_with("भवन")).expect("the President's House");
        assert_eq!((bhavan.0.as_str(), bhavan.1), ("राष्ट्रपति भवन", "LOC"));
    }

    #[test]
    fn hindi_commissioner_is_a_title_and_tabhi_begins_a_clause() {
        let a = [article("hi", "hi", "मुख्य निर्वाचन आयुक्त सुशील चंद्रा ने नतीजे बताए। तभी गौतम गंभीर ने मैदान छोड़ा।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "सुशील चंद्रा").expect("after the title आयुक्त").1, "PER");
        assert_eq!(find(&r[0], "गौतम गंभीर").expect("after the adverb तभी").1, "PER");
    }

    #[test]
    fn hindi_acronyms_of_common_nouns_name_nothing() {
        let a = [article("hi", "hi", "कंपनी ने आईपीओ के जरिए पैसा जुटाया। जीडीपी की दर घटी और पुलिस ने एफआईआर दर्ज की।")];
        let r = run(&a);
        for acronym in ["आईपीओ", "जीडीपी", "एफआईआर"] {
            assert!(find(&r[0], acronym).is_none(), "{acronym} is a kind of thing: {:?}", r[0]);
        }
    }

    #[test]
    fn a_hindi_title_before_its_office_or_an_adjective_names_no_person() {
        let a = [article(
            "hi",
            "hi",
            "राज्यपाल ने उन्हें मुख्यमंत्री पद की शपथ दिलाई। बाद में विधायक विशेष विमान से लौटे। \
             प्रवक्ता ने निष्पक्ष जांच की मांग की।",
        )];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.1 != "PER"), "office noun, adjective: {:?}", r[0]);
    }

    #[test]
    fn hindi_roles_in_sport_and_trade_are_titles() {
        let a = [article("hi", "hi", "महान धावक मिल्खा सिंह को याद किया गया। पदक निशानेबाज गगन नारंग ने भी जीता था।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "मिल्खा सिंह").expect("after धावक").1, "PER");
        assert_eq!(find(&r[0], "गगन नारंग").expect("after निशानेबाज").1, "PER");
    }

    #[test]
    fn a_hindi_company_head_before_a_rare_word_introduces_its_name() {
        let a = [article("hi", "hi", "जापान की इलेक्ट्रॉनिक्स कंपनी तोशिबा ने नया संयंत्र खोला। बाद में तोशिबा के शेयर चढ़े।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "तोशिबा").expect("the name after कंपनी").1, "ORG");
        assert!(r[0].iter().all(|m| !m.0.contains("कंपनी")), "the words before describe it: {:?}", r[0]);
    }

    #[test]
    fn a_hindi_village_or_panchayat_word_after_a_rare_word_makes_it_a_place() {
        let a = [article("hi", "hi", "वह पास के सिसवाला गांव के किसान हैं। मेला उसी गांव में लगा।")];
        let r = run(&a);
        let found = r[0].iter().find(|m| m.0.starts_with("सिसवाला")).expect("the village");
        assert_eq!((found.0.as_str(), found.1), ("सिसवाला", "LOC"));
    }

    #[test]
    fn hindi_initials_without_dots_begin_a_name() {
        let a = [article(
            "hi",
            "hi",
            "फैसला डी वाई चंद्रचूड़ ने पढ़ा। बाद में पी चिदंबरम ने असहमति जताई। \
             समारोह में एम एम कीरवानी और दूसरे कलाकार थे। फिर मोदी जी कीरवानी से मिले।",
        )];
        let r = run(&a);
        for name in ["डी वाई चंद्रचूड़", "पी चिदंबरम", "एम एम कीरवानी"]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name}: {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| m.1 != "LOC"), "Chidambaram the person, not the town: {:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.starts_with("जी ")), "जी is the honorific: {:?}", r[0]);
    }

    #[test]
    fn a_hindi_letter_that_is_a_word_too_is_an_initial_inside_a_run() {
        let a = [article(
            "hi",
            "hi",
            "प्रदेश अध्यक्ष डी के शिवकुमार ने बैठक बुलाई। बाद में एम के स्टालिन ने भी बधाई दी। \
             इस पर एन डी ए के सांसदों ने विरोध किया।",
        )];
        let r = run(&a);
        for name in ["डी के शिवकुमार", "एम के स्टालिन"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name}: {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| !m.0.contains("सांसदों")), "an acronym's letters, then MPs: {:?}", r[0]);
    }

    #[test]
    fn hindi_deputies_presiding_officers_and_film_crafts_are_titles() {
        let a = [article(
            "hi",
            "hi",
            "उपराज्यपाल मनोज सिन्हा ने आरोप से इनकार किया। सभापति जगदीप धनखड़ ने बधाई दी। \
             पार्टी के उपाध्यक्ष उमर अब्दुल्ला ने कहा कि गीतकार चंद्रबोस ने गीत लिखा।",
        )];
        let r = run(&a);
        for name in ["मनोज सिन्हा", "जगदीप धनखड़", "उमर अब्दुल्ला", "चंद्रबोस"]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name}: {:?}", r[0]);
        }
    }

    #[test]
    fn a_hindi_conference_is_an_organisation_and_a_band_names_the_one_after_it() {
        let a = [article("hi", "hi", "घाटी में नेशनल कॉन्फ्रेंस के नेता जुटे। मंच पर अमेरिकी बैंड कारपेंटर्स के गीत बजे।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "नेशनल कॉन्फ्रेंस").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "कारपेंटर्स").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn hindi_possessives_numbers_and_participles_are_no_names_and_begin_no_clause() {
        let a = [article(
            "hi",
            "hi",
            "मौतों की संख्या ढाई हजार के पार पहुंच गई। भूकंप के बाद आए हिमस्खलन ने शिविर दबा दिया। \
             उनकी पार्टी ने विरोध किया। सीरिया में आए विनाशकारी भूकंप के बाद मदद भेजी गई।",
        )];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.1 == "LOC"), "{:?}", r[0]);
    }

    #[test]
    fn hindi_people_listed_after_a_titled_name_are_people() {
        let a = [article(
            "hi",
            "hi",
            "पीठ में न्यायमूर्ति संजय किशन कौल, संजीव खन्ना, बी आर गवई और सूर्यकांत भी शामिल थे। \
             पीठ में जस्टिस संजीव खन्ना, बी. आर. गवई, जे. बी. पारदीवाला और मनोज मिश्रा भी थे।",
        )];
        let r = run(&a);
        for name in ["संजय किशन कौल", "संजीव खन्ना", "बी आर गवई", "सूर्यकांत", "जे. बी. पारदीवाला", "मनोज मिश्रा"]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name}: {:?}", r[0]);
        }
    }

    #[test]
    fn a_hindi_given_name_alone_is_no_person_of_another_article() {
        let a = [
            article("a", "hi", "नेशनल कॉन्फ्रेंस के नेता उमर अब्दुल्ला ने फैसले पर निराशा जताई।"),
            article("b", "hi", "लाखों प्रशंसक बारिश के बावजूद सड़कों पर उमड़ पड़े।"),
        ];
        let r = run(&a);
        assert!(r[1].is_empty(), "उमड़, surged, is no Umar: {:?}", r[1]);
    }

    #[test]
    fn a_hindi_one_word_name_after_a_title_is_that_person_elsewhere_in_the_article() {
        let a = [article(
            "hi",
            "hi",
            "इस पद के लिए पूर्व मुख्यमंत्री सिद्धारमैया और दूसरे नेता दावेदार थे। आखिरकार पार्टी ने सिद्धारमैया को चुना।",
        )];
        let r = run(&a);
        let found: Vec<_> = r[0].iter().filter(|m| m.0 == "सिद्धारमैया").collect();
        assert_eq!(found.len(), 2, "the name alone, later: {:?}", r[0]);
        assert!(find(&r[0], "आखिरकार पार्टी").is_none(), "an adverb opens the clause: {:?}", r[0]);
        assert!(found.iter().all(|m| m.1 == "PER" && m.2 == found[0].2), "{:?}", r[0]);
    }

    #[test]
    fn a_hindi_word_with_a_surnames_consonants_but_other_vowels_is_not_that_person() {
        let a = [article(
            "hi",
            "hi",
            "मुख्यमंत्री हेमंत सोरेन ने दल भेजा। खुदाई के दौरान सुरंग का एक हिस्सा ढह गया। बाद में सोरेन ने बात की।",
        )];
        let r = run(&a);
        assert!(find(&r[0], "सुरंग").is_none(), "सुरंग, tunnel, is no Soren: {:?}", r[0]);
        assert!(r[0].iter().filter(|m| m.0 == "सोरेन").count() == 1, "the surname alone: {:?}", r[0]);
    }

    #[test]
    fn a_hindi_organisation_a_rule_found_is_the_same_word_elsewhere_in_the_article() {
        let a = [article("hi", "hi", "ताइवान की कंपनी फॉक्सकॉन ने बयान दिया। संयुक्त उद्यम से फॉक्सकॉन का नाम हटेगा।")];
        let r = run(&a);
        let found = r[0].iter().filter(|m| m.0 == "फॉक्सकॉन" && m.1 == "ORG").count();
        assert_eq!(found, 2, "{:?}", r[0]);
    }

    #[test]
    fn a_hindi_storm_virus_or_antibody_with_a_name_is_no_person() {
        let a = [article(
            "hi",
            "hi",
            "तट पर चक्रवात बिपरजॉय ने तबाही मचाई। जिले में निपाह वायरस के मामले मिले। \
             इलाज में मोनोक्लोनल एंटीबॉडी का इस्तेमाल होगा।",
        )];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.1 != "PER"), "{:?}", r[0]);
    }

    #[test]
    fn hindi_theatres_reserves_towers_and_airports_are_places() {
        let a = [article("hi", "hi", "समारोह शहर के डॉल्बी थिएटर में हुआ। हाथी तमिलनाडु के मुदुमलाई टाइगर रिजर्व में रहते हैं।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "डॉल्बी थिएटर").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "मुदुमलाई टाइगर रिजर्व").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_rare_hindi_word_between_a_places_ke_and_men_is_a_place_in_it() {
        let a = [
            article(
                "a",
                "hi",
                "उत्तराखंड के जोशीमठ में घरों में दरारें आईं। वे कोथरूड सीट से जीते। \
                 समारोह में अभिनेता गोविंदा समेत कई सितारे मौजूद थे।",
            ),
            article("b", "hi", "कांग्रेस समेत कई दलों ने फैसले का स्वागत किया।"),
        ];
        let r = run(&a);
        assert_eq!(find(&r[0], "जोशीमठ").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "कोथरूड").map(|m| m.1), Some("LOC"), "a seat is named after its place: {:?}", r[0]);
        assert!(r.iter().flatten().all(|m| !m.0.contains("समेत")), "समेत, including, is a postposition: {:?}", r);
    }

    #[test]
    fn hindi_people_listed_after_a_person_are_people() {
        let a = [article(
            "hi",
            "hi",
            "मंच पर मुख्यमंत्री हेमंत सोरेन, शरद पवार, अखिलेश यादव, सीताराम येचुरी और कई नेता थे। \
             बैठक में केरल, कर्नाटक, पंजाब और दिल्ली के प्रतिनिधि थे।",
        )];
        let r = run(&a);
        for name in ["शरद पवार", "अखिलेश यादव", "सीताराम येचुरी"]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name}: {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| m.1 != "PER" || !m.0.contains("दिल्ली")), "{:?}", r[0]);
    }

    #[test]
    fn hindi_adjectives_before_a_name_or_noun_are_no_part_of_it_and_late_is_a_title() {
        let a = [article(
            "hi",
            "hi",
            "भाषण के बाद भावुक किशिदा ने हाथ जोड़े। लोगों को अस्थायी आश्रय की जरूरत है। \
             समारोह में दिवंगत गोपीनाथ मुंडे को याद किया गया।",
        )];
        let r = run(&a);
        assert!(r[0].iter().all(|m| !m.0.contains("भावुक") && !m.0.contains("आश्रय")), "{:?}", r[0]);
        assert_eq!(find(&r[0], "गोपीनाथ मुंडे").map(|m| m.1), Some("PER"), "after दिवंगत, late: {:?}", r[0]);
    }

    #[test]
    fn a_hindi_name_in_quotes_before_an_organisation_head_is_that_organisation() {
        let a = [article("hi", "hi", "विपक्षी 'इंडिया' गठबंधन ने बैठक की।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "इंडिया").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn a_hindi_word_before_a_light_verb_is_no_surname_alone() {
        let a =
            [article("hi", "hi", "वित्त सचिव राजीव बहल ने बयान दिया। अदालत ने कहा कि राज्य का दर्जा जल्द बहाल किया जाए।")];
        let r = run(&a);
        assert!(find(&r[0], "राजीव बहल").is_some(), "{:?}", r[0]);
        assert!(find(&r[0], "बहाल").is_none(), "बहाल किया, restored: {:?}", r[0]);
    }

    #[test]
    fn hindi_tunnels_bridges_dams_and_canals_are_places() {
        let a = [article("hi", "hi", "मजदूर कई दिन से जोजिला सुरंग में फंसे थे। इस साल भी टिहरी बांध से पानी छोड़ा गया।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "जोजिला सुरंग").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "टिहरी बांध").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_hindi_company_named_in_full_is_its_first_word_later_in_the_article() {
        let a = [article(
            "hi",
            "hi",
            "बाजार में हिंडनबर्ग रिसर्च ने रिपोर्ट जारी की। बाद में हिंडनबर्ग ने आरोप दोहराए। \
             शेयरों पर वेदांता लिमिटेड का बयान आया। फिर वेदांता के शेयर गिरे। \
             उद्योगपति गौतम अडानी ने कहा कि अडानी समूह मजबूत है। अडानी ने जवाब दिया।",
        )];
        let r = run(&a);
        let orgs = |w: &str| r[0].iter().filter(|m| m.0 == w && m.1 == "ORG").count();
        assert_eq!(orgs("हिंडनबर्ग"), 1, "not the German town: {:?}", r[0]);
        assert_eq!(orgs("वेदांता"), 1, "{:?}", r[0]);
        assert_eq!(orgs("अडानी"), 0, "a person the article names: {:?}", r[0]);
    }

    #[test]
    fn a_hindi_place_is_named_by_where_it_lies() {
        let a = [article("hi", "hi", "टीम जयपुर के पास चाकसू में रुकी। बाद में सब वसंत कुंज स्थित दफ्तर गए।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "चाकसू").expect("after `<place> के पास`").1, "LOC");
        assert_eq!(find(&r[0], "वसंत कुंज").expect("before स्थित").1, "LOC");
    }

    #[test]
    fn hindi_english_style_organisation_names_go_on_past_their_head() {
        let a = [article("hi", "hi", "इस पर सेंटर फॉर पॉलिसी रिसर्च ने याचिका दी। फिर बैंक ऑफ बड़ौदा ने कर्ज दिया।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "सेंटर फॉर पॉलिसी रिसर्च").expect("head, फॉर, words").1, "ORG");
        assert_eq!(find(&r[0], "बैंक ऑफ बड़ौदा").expect("head, ऑफ, a word").1, "ORG");
    }

    #[test]
    fn a_hindi_function_word_after_a_title_may_be_a_given_name() {
        let a = [article("hi", "hi", "अमेरिकी राष्ट्रपति जो बाइडन ने बधाई दी। मंत्री जो कहते हैं वह होता है।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "जो बाइडन").expect("जो, a rare word, ने").1, "PER");
        assert!(r[0].iter().all(|m| !m.0.starts_with("जो कहते")), "a relative pronoun: {:?}", r[0]);
    }

    #[test]
    fn two_hindi_names_joined_by_aur_share_the_postposition() {
        let a = [article("hi", "hi", "मैच में मोहम्मद शमी और कुलदीप यादव ने अच्छी गेंदबाजी की।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "मोहम्मद शमी").expect("the first of two names before ने").1, "PER");
        assert_eq!(find(&r[0], "कुलदीप यादव").expect("the second").1, "PER");
    }

    #[test]
    fn the_oblique_of_a_frequent_hindi_noun_is_no_place_of_another_article() {
        let a = [
            article("tr", "tr", "Ankara'da toplantı yapıldı. Cumhurbaşkanı Ankara'ya döndü."),
            article("hi", "hi", "पार्टी बहुमत के आंकड़े से पीछे रह गई।"),
        ];
        let r = run(&a);
        assert!(r[1].iter().all(|(s, _, _)| s != "आंकड़े"), "figures, not Ankara: {:?}", r[1]);
    }

    #[test]
    fn a_rivers_head_stays_out_of_its_name() {
        // after heavy rain the Beas river is in spate; the Ghaggar's embankment broke in Punjab
        let found = mentions_in("hi", "भारी बारिश से ब्यास नदी उफान पर है। पंजाब में घग्गर नदी के तटबंध टूट गए।");
        assert_eq!(find(&found, "ब्यास").map(|m| m.1), Some("LOC"), "{found:?}");
        assert_eq!(find(&found, "घग्गर").map(|m| m.1), Some("LOC"), "{found:?}");
        assert!(found.iter().all(|m| !m.0.ends_with("नदी")), "{found:?}");
    }

    #[test]
    fn a_hindi_party_is_named_by_the_first_syllables_of_its_words() {
        assert_eq!(first_syllable("भारतीय"), Some("भा"));
        assert_eq!(first_syllable("द्रविड़"), Some("द्र"));
        assert_eq!(first_syllable("मुन्नेत्र"), Some("मु"));
        assert_eq!(first_syllable("अखिल"), Some("अ"));
        let a = [article("a", "hi", "चुनाव में समाजवादी पार्टी ने 37 सीटें जीतीं। सपा के नेता अखिलेश यादव ने खुशी जताई।")];
        let r = run(&a);
        let short = find(&r[0], "सपा").unwrap_or_else(|| panic!("{:?}", r[0]));
        assert_eq!(short.1, "ORG");
    }

    #[test]
    fn a_hindi_verbal_noun_after_a_title_is_no_name() {
        let a = [article("a", "hi", "इससे मोदी के तीसरी बार प्रधानमंत्री बनने का रास्ता साफ हो गया।")];
        let r = run(&a);
        assert!(find(&r[0], "बनने").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn a_hindi_family_name_third_ends_a_titled_name_of_three_words() {
        let a = [article("a", "hi", "बयान प्रोफेसर राम गोपाल यादव ने जारी किया। बाद में यादव दिल्ली गए।")];
        let r = run(&a);
        assert_eq!(find(&r[0], "राम गोपाल यादव").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_hindi_pair_after_a_places_ki_is_a_name_before_any_postposition() {
        let a = [article(
            "a",
            "hi",
            "फाइनल में उनका सामना फ्रांस की कैरोलिन गार्सिया से होगा। भारत की अर्थव्यवस्था तेजी से बढ़ी। \
             इसरो ने चेन्नई के नियंत्रण केंद्र से यान को आदेश भेजा।",
        )];
        let r = run(&a);
        assert_eq!(find(&r[0], "कैरोलिन गार्सिया").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("तेजी") && !m.0.contains("केंद्र")), "{:?}", r[0]);
    }

    #[test]
    fn two_hindi_pairs_joined_by_aur_are_names_before_any_postposition_but_in() {
        let a = [article("a", "hi", "मंच पर सुनील छेत्री और गुरप्रीत संधू समेत कई खिलाड़ी थे। टीम तलाशी और पूछताछ के लिए पहुंची।")];
        let r = run(&a);
        for name in ["सुनील छेत्री", "गुरप्रीत संधू"] {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("PER"), "{name}: {:?}", r[0]);
        }
        assert!(r[0].iter().all(|m| !m.0.contains("तलाशी")), "{:?}", r[0]);
        // a second pair of frequent words is a phrase, and so the first (`लगातार कठोर और स्पष्ट रूप
        // से`, ever harsher and clearly: the seed article 003 made a person of `लगातार कठोर`)
        let a = [article("b", "hi", "उन्होंने कहा कि वे लगातार नई, लगातार कठोर और स्पष्ट रूप से अस्वीकार्य शर्तें रखते हैं।")];
        let r = run(&a);
        assert!(r[0].iter().all(|m| m.1 != "PER"), "{:?}", r[0]);
    }

    #[test]
    fn english_words_in_devanagari_begin_an_organisations_name() {
        let a = [article("a", "hi", "यह खबर सबसे पहले नेशनल हेराल्ड ने छापी। इसके बाद नेशनल स्टॉक एक्सचेंज ने कारोबार रोका।")];
        let r = run(&a);
        for name in ["नेशनल हेराल्ड", "नेशनल स्टॉक एक्सचेंज"]
        {
            assert_eq!(find(&r[0], name).map(|m| m.1), Some("ORG"), "{name}: {:?}", r[0]);
        }
    }

    #[test]
    fn a_hindi_name_before_a_head_of_two_words_is_that_place() {
        let a = [article(
            "a",
            "hi",
            "विमान बिरसा मुंडा हवाई अड्डे पर उतरा। यात्री दिल्ली हवाई अड्डे पर फंसे रहे। राज्यपाल ने बंगभवन में शपथ दिलाई।",
        )];
        let r = run(&a);
        assert_eq!(find(&r[0], "बिरसा मुंडा हवाई अड्डे").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "दिल्ली").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "बंगभवन").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn hindi_generic_institutions_feminine_plural_verbs_and_kin_titles() {
        let a = [article(
            "a",
            "hi",
            "केंद्रीय बैंक ने ब्याज दरें बढ़ाईं। भारतीय सेना ने राहत भेजी। उनकी बहन प्रियंका गांधी भी आईं। \
             बाद में मंत्री पहुंचीं तो लोगों ने स्वागत किया। अर्थशास्त्री अमर्त्य सेन ने कहा कि उनकी जगह रोहित शर्मा \
             को कमान दी जाए। सीमा सुरक्षा बल ने चौकसी बढ़ाई।",
        )];
        let r = run(&a);
        assert!(find(&r[0], "केंद्रीय बैंक").is_none(), "{:?}", r[0]);
        assert_eq!(find(&r[0], "भारतीय सेना").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "प्रियंका गांधी").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "अमर्त्य सेन").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "रोहित शर्मा").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "सीमा सुरक्षा बल").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        // a verb in the feminine plural after a title is no name (the place reading is another matter)
        assert!(r[0].iter().all(|m| !(m.0.contains("पहुंचीं") && m.1 == "PER")), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("जगह")), "{:?}", r[0]);
    }

    #[test]
    fn hindi_districts_towns_and_rivers_are_places_and_punjab_a_state() {
        let a = [article(
            "a",
            "hi",
            "भारी बारिश से मनाली, सोलन और किन्नौर में नुकसान हुआ। पंजाब में पटियाला के कई गांव डूबे। \
             यमुना का जलस्तर बढ़ा और ब्यास उफान पर रही। हिमाचल में स्कूल बंद रहे।",
        )];
        let r = run(&a);
        for place in ["मनाली", "सोलन", "किन्नौर", "पंजाब", "पटियाला", "यमुना", "ब्यास", "हिमाचल"]
        {
            assert_eq!(find(&r[0], place).map(|m| m.1), Some("LOC"), "{place}: {:?}", r[0]);
        }
        // a district's Latin name is only shown: Latin text is not read as it (`Una`, `una`)
        let r = run(&[article("it", "it", "Una decisione presa ieri a Roma.")]);
        assert!(find(&r[0], "Una").is_none(), "{:?}", r[0]);
    }

    #[test]
    fn hindi_a_word_before_a_seat_holder_is_the_seat_and_a_party_owns_the_name_after_it() {
        let a = [article(
            "a",
            "hi",
            "पटनागढ़ के विधायक कनक वर्धन सिंहदेव और निमापड़ा की विधायक प्रभाती परिडा उपमुख्यमंत्री बने। \
             कांटाबांजी सीट पर वह भाजपा के लक्ष्मण बाग से हार गए।",
        )];
        let r = run(&a);
        assert_eq!(find(&r[0], "पटनागढ़").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "निमापड़ा").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "लक्ष्मण बाग").map(|m| m.1), Some("PER"), "{:?}", r[0]);
        // a party's frequent words after `के` are no person (`भाजपा के चुनाव प्रचार से`)
        let r = run(&[article("a", "hi", "यह बात भाजपा के चुनाव प्रचार से साफ हो गई।")]);
        assert!(r[0].iter().all(|m| !m.0.contains("चुनाव")), "{:?}", r[0]);
    }

    #[test]
    fn hindi_a_seat_after_a_place_ends_the_place_before_the_party() {
        let r = run(&[article("a", "hi", "राज्य में केवल कोरापुट सीट कांग्रेस के खाते में गई।")]);
        assert_eq!(find(&r[0], "कोरापुट").map(|m| m.1), Some("LOC"), "{:?}", r[0]);
        assert_eq!(find(&r[0], "कांग्रेस").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
    }

    #[test]
    fn hindi_a_word_before_kar_or_ho_after_a_title_is_a_verb_not_a_name() {
        let r = run(&[article("a", "hi", "बैठक के बाद कंपनी का निदेशक मंडल निलंबित हो गया।")]);
        assert!(r[0].iter().all(|m| !m.0.contains("निलंबित")), "{:?}", r[0]);
        // a minister's family name that is also a word (`प्रधान`, chief) is no title
        let r = run(&[article("a", "hi", "समारोह में केंद्रीय मंत्री धर्मेंद्र प्रधान मौजूद थे।")]);
        assert_eq!(find(&r[0], "धर्मेंद्र प्रधान").map(|m| m.1), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn hindi_medals_pandemics_and_compass_adjectives_are_no_people() {
        let r = run(&[article(
            "a",
            "hi",
            "उन्होंने दो कांस्य जीते। फाइनल में कांस्य पदक के लिए मुकाबला हुआ। कोविड महामारी के बाद \
             मंदिर खुला। विभाग ने बताया कि पश्चिमी विक्षोभ और मानसूनी हवाओं से बारिश हुई।",
        )]);
        let r0 = &r[0];
        for word in ["कांस्य", "महामारी", "विक्षोभ"] {
            assert!(r0.iter().all(|m| !m.0.contains(word)), "{word}: {r0:?}");
        }
    }

    #[test]
    fn hindi_an_organisation_after_an_adjective_goes_on_to_its_second_head() {
        let r = run(&[article(
            "a",
            "hi",
            "इसके बाद राष्ट्रीय कंपनी विधि अपील न्यायाधिकरण ने समझौते को मंजूरी दी। भारतीय जनता पार्टी \
             नेता ने कहा कि फैसला सही है।",
        )]);
        assert_eq!(find(&r[0], "राष्ट्रीय कंपनी विधि अपील न्यायाधिकरण").map(|m| m.1), Some("ORG"), "{:?}", r[0]);
        // a title after the head ends the name there
        assert!(r[0].iter().all(|m| !m.0.contains("नेता")), "{:?}", r[0]);
    }

    #[test]
    fn hindi_bodies_named_for_their_purpose_teams_and_the_javelin_are_no_names() {
        let r = run(&[article(
            "a",
            "hi",
            "सरकार ने छह सदस्यों की विशेषज्ञ समिति बनाई। घायलों को सामुदायिक स्वास्थ्य केंद्र ले जाया गया। \
             उन्होंने टोक्यो में भाला फेंक का सोना जीता। पुरुष हॉकी टीम ने कांस्य जीता।",
        )]);
        for word in ["समिति", "केंद्र", "भाला", "टीम"] {
            assert!(r[0].iter().all(|m| !m.0.contains(word)), "{word}: {:?}", r[0]);
        }
    }

    #[test]
    fn hindi_a_frequent_family_name_of_another_article_waits_for_the_full_name() {
        let r = run(&[
            article("a", "hi", "समारोह में केंद्रीय मंत्री धर्मेंद्र प्रधान मौजूद थे।"),
            article("b", "hi", "इस पर प्रधान न्यायाधीश ने सुनवाई की।"),
        ]);
        assert!(r[1].iter().all(|m| !m.0.contains("प्रधान")), "{:?}", r[1]);
    }
    #[test]
    fn a_body_named_for_its_purpose_is_a_kind_before_a_postposition() {
        // a sentence written for this test: the minister spoke to the villagers and praised the rescue team's work
        let text = "मंत्री ने गांव वालों से बात की और बचाव दल के काम की तारीफ की।";
        let r = run(&[article("hi", "hi", text)]);
        assert!(r[0].iter().all(|(s, _, _)| !s.contains("बचाव")), "{:?}", r[0]);
    }
}
