//! Names spread over the article: short names of companies, bracketed short names, syllable
//! abbreviations and titled names found once and then everywhere.

use super::*;

/// Hindi news names a company in full once (`वेदांता लिमिटेड`, `हिंडनबर्ग रिसर्च`) and then by its
/// first word alone (`वेदांता ने`): that word elsewhere in the article is the company, where no other
/// name covers it, or only a small town the gazetteer spells so (Hindenburg in Germany). Only heads
/// the language drops (`orgshort`), a rare first word, and no family name of a person the article
/// names (`गौतम अडानी` keeps `अडानी` a person).
pub(super) fn spread_devanagari_company_short_names(doc: &Doc, gaz: &Gazetteer, out: &mut Vec<Cand>) {
    let data = devanagari_profile().data();
    let short_names: Vec<&str> = out
        .iter()
        .filter(|c| c.kind == EntityKind::Organization && c.t1 == c.t0 + 2)
        .filter(|c| matches!(c.source, Source::Unknown { acronym: None }) && doc.toks[c.t0].flags & DEVA != 0)
        .filter(|c| data.words("orgshort").any(|h| h == doc.word(c.t1 - 1)))
        .map(|c| doc.word(c.t0))
        .filter(|w| !data.often.contains(w) && !data.most_often.contains(w))
        .filter(|w| !out.iter().any(|p| p.kind == EntityKind::Person && doc.word(p.t1 - 1) == *w))
        .collect();
    if short_names.is_empty() {
        return;
    }
    let mut covered: Vec<Option<usize>> = vec![None; doc.toks.len()];
    for (n, c) in out.iter().enumerate() {
        covered[c.t0..c.t1].iter_mut().for_each(|slot| *slot = Some(n));
    }
    let mut changed = false;
    for (k, slot) in covered.iter().enumerate() {
        if doc.toks[k].flags & DEVA == 0 || !short_names.contains(&doc.word(k)) {
            continue;
        }
        let cand = make(doc, k, k + 1, EntityKind::Organization, Source::Unknown { acronym: None }, false, false);
        match *slot {
            None => {
                out.push(cand);
                changed = true;
            }
            Some(n) => {
                let c = &out[n];
                let small_town = match c.source {
                    Source::Gazetteer(entry) => {
                        let e = gaz.entry(entry);
                        e.kind == EntityKind::Location && e.prio < 10
                    }
                    Source::Unknown { .. } => false,
                };
                if c.t1 == c.t0 + 1 && small_town {
                    out[n] = cand;
                    changed = true;
                }
            }
        }
    }
    if changed {
        out.sort_by_key(|c| c.t0);
    }
}

/// Hindi shortens an organisation's name to the first syllable of each of
/// its words: `समाजवादी पार्टी` → `सपा`, `भारतीय जनता पार्टी` → `भाजपा`,
/// `राष्ट्रीय जनता दल` → `राजद`, `द्रविड़ मुन्नेत्र कड़गम` → `द्रमुक`. A
/// Devanagari word that is the short form of an organisation the article
/// names in two or more words (and none of the most frequent Hindi words)
/// is that organisation, wherever it stands.
pub(super) fn spread_syllable_abbreviations(doc: &Doc, out: &mut Vec<Cand>) {
    let mut short: Vec<(String, Source)> = Vec::new();
    for c in out.iter() {
        if c.kind != EntityKind::Organization || c.t1 - c.t0 < 2 || doc.toks[c.t0].flags & DEVA == 0 {
            continue;
        }
        let abbreviation: Option<String> = (c.t0..c.t1).map(|k| first_syllable(doc.word(k))).collect();
        if let Some(abbreviation) = abbreviation {
            short.push((abbreviation, c.source.clone()));
        }
    }
    if short.is_empty() {
        return;
    }
    let mut covered = vec![false; doc.toks.len()];
    for c in out.iter() {
        covered[c.t0..c.t1].iter_mut().for_each(|slot| *slot = true);
    }
    let hindi = devanagari_profile().data();
    let before = out.len();
    for (k, t) in doc.toks.iter().enumerate() {
        let word = doc.word(k);
        // Hindi news writes the big parties' short names often (`सपा`, `भाजपा`): only the
        // most frequent words are too common to be one
        if covered[k] || t.flags & (DEVA | DIGIT) != DEVA || hindi.most_often.contains(word) {
            continue;
        }
        if let Some((_, source)) = short.iter().find(|(a, _)| a == word) {
            out.push(make(doc, k, k + 1, EntityKind::Organization, source.clone(), false, false));
        }
    }
    if out.len() > before {
        out.sort_by_key(|c| c.t0);
    }
}

/// The first written syllable of a Devanagari word: a vowel letter, or a
/// consonant with the consonants joined to it by virama (and their nuktas)
/// and its vowel sign (`भारतीय` → `भा`, `द्रविड़` → `द्र`, `मुन्नेत्र` → `मु`).
pub(super) fn first_syllable(word: &str) -> Option<&str> {
    let consonant = |c: char| matches!(c, '\u{915}'..='\u{939}' | '\u{958}'..='\u{95f}');
    let mut chars = word.char_indices().peekable();
    let (_, first) = chars.next()?;
    if matches!(first, '\u{905}'..='\u{914}') {
        return Some(&word[..first.len_utf8()]);
    }
    if !consonant(first) {
        return None;
    }
    let mut end = first.len_utf8();
    while let Some(&(at, c)) = chars.peek() {
        let joins = c == '\u{93c}' || (c == '\u{94d}' && word[at + c.len_utf8()..].starts_with(consonant));
        if joins {
            chars.next();
            end = at + c.len_utf8();
            if c == '\u{94d}'
                && let Some((next_at, next)) = chars.next()
            {
                end = next_at + next.len_utf8();
            }
            continue;
        }
        if matches!(c, '\u{93e}'..='\u{94c}') {
            end = at + c.len_utf8();
        }
        break;
    }
    Some(&word[..end])
}

/// News introduces an organisation's or a place's short name in brackets
/// after the full one (`भारतीय जनता पार्टी (भाजपा)`, `حزب الله (...)`) and then
/// uses it alone. In a script without capitals nothing else shows that word to
/// be a name: one word alone in brackets right after a name of two or more
/// words (no digit, no function word) is its short name, here and everywhere
/// else in the article (also behind a proclitic: the whole word is the span).
pub(super) fn spread_bracketed_short_names(doc: &Doc, cues: &Cues, out: &mut Vec<Cand>) {
    let toks = &doc.toks;
    let mut covered = vec![false; toks.len()];
    for c in out.iter() {
        covered[c.t0..c.t1].iter_mut().for_each(|slot| *slot = true);
    }
    let mut short: Vec<(usize, EntityKind, Source)> = Vec::new();
    for c in out.iter() {
        let k = c.t1;
        let Some(t) = toks.get(k) else { continue };
        let between = &doc.text[c.end..t.start];
        let no_capitals = t.flags & (DEVA | UNCASED) != 0 && t.flags & (DIGIT | IDEOGRAPHIC) == 0;
        let lang = if t.flags & DEVA != 0 { devanagari_profile() } else { doc.lang };
        let alone = between.trim_start() == "(" && doc.text[t.end..].starts_with(')');
        if c.kind != EntityKind::Person
            && c.t1 - c.t0 >= 2
            && no_capitals
            && alone
            && !covered[k]
            && doc.word(k).chars().count() >= 2
            && cues.of_key(doc.key(k), CueLang::of(lang)) & (FUNCTION | POSTPOSITION | TITLE) == 0
        {
            let source = match c.source {
                Source::Gazetteer(e) => Source::Gazetteer(e),
                _ => Source::Unknown { acronym: None },
            };
            short.push((k, c.kind, source));
        }
    }
    if short.is_empty() {
        return;
    }
    let proclitics = &doc.lang.data().proclitics;
    for (k, kind, source) in short {
        let name = doc.word(k);
        for j in 0..toks.len() {
            let word = doc.word(j);
            let same = word == name || proclitics.iter().any(|p| word.strip_short_prefix(p.as_str()) == Some(name));
            if same && !covered[j] && toks[j].flags & DIGIT == 0 {
                covered[j] = true;
                out.push(make(doc, j, j + 1, kind, source.clone(), false, false));
            }
        }
    }
    out.sort_by_key(|c| c.t0);
}

/// In a script without capitals a person shows as a name only where a title
/// stands before it (`ראש הממשלה בנימין נתניהו`); the article then goes on with
/// the name or the surname alone (`נתניהו`, `ונתניהו`, and Netanyahu). Every
/// other place the article writes the full name or its last word (at least
/// three letters), also behind a proclitic, is the same person. An
/// organisation named after a describing head (`חברת מובילאיי`) goes on by its
/// full name alone (`מובילאיי`).
pub(super) fn spread_titled_names(doc: &Doc, out: &mut Vec<Cand>) {
    let titled: Vec<(usize, usize, EntityKind)> = out
        .iter()
        .filter(|c| c.cue && (c.kind != EntityKind::Person || c.t1 - c.t0 >= 2))
        .filter(|c| doc.toks[c.t0].flags & UNCASED != 0)
        .map(|c| (c.t0, c.t1, c.kind))
        .collect();
    if titled.is_empty() {
        return;
    }
    let mut covered = vec![false; doc.toks.len()];
    for c in out.iter() {
        covered[c.t0..c.t1].iter_mut().for_each(|slot| *slot = true);
    }
    let data = doc.lang.data();
    let proclitics = &data.proclitics;
    // is the word the name, perhaps behind one proclitic? Never behind the definite article: a
    // person's name takes none (`الثاني`, the second, is no `آل ثاني`)
    let behind_clitic = |word: &str, name: &str| -> Option<()> {
        let no_article = |c: &&String| !data.articles.iter().any(|a| c.ends_with_short(a.as_str()));
        (word == name
            || proclitics.iter().filter(no_article).any(|c| word.strip_short_prefix(c.as_str()) == Some(name)))
        .then_some(())
    };
    // a family name of two words, a connector and a name (`לה פן`, Le Pen; `ابن عوف`): the
    // article goes on with both, and the name alone may be a common word (`פן`, lest); a
    // connector that names the family (the profile's `familyconn`: `آل سيف`) names no person
    let connector = |k: usize| {
        data.words("nameconn").any(|c| c == doc.word(k)) && !data.words("familyconn").any(|c| c == doc.word(k))
    };
    let family_connector =
        |t0: usize, t1: usize, kind: EntityKind| kind == EntityKind::Person && t1 - t0 >= 3 && connector(t1 - 2);
    // the titled names by first and last word (and a family name's connector): a word can only
    // match one of those behind a proclitic
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::default();
    for (n, &(t0, t1, kind)) in titled.iter().enumerate() {
        let family = family_connector(t0, t1, kind).then(|| doc.word(t1 - 2));
        for w in [doc.word(t0), doc.word(t1 - 1)].into_iter().chain(family) {
            let list = by_word.entry(w).or_default();
            if list.last() != Some(&n) {
                list.push(n);
            }
        }
    }
    let mut candidates: Vec<usize> = Vec::new();
    let added = out.len();
    for k in 0..doc.toks.len() {
        if covered[k] || doc.toks[k].flags & UNCASED == 0 {
            continue;
        }
        let word = doc.word(k);
        candidates.clear();
        let bare = proclitics.iter().filter_map(|c| word.strip_short_prefix(c.as_str()));
        for name in std::iter::once(word).chain(bare) {
            candidates.extend(by_word.get(name).into_iter().flatten());
        }
        if candidates.is_empty() {
            continue;
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &(t0, t1, kind) in candidates.iter().map(|&n| &titled[n]) {
            let len = t1 - t0;
            // the full name, its first word perhaps behind a proclitic
            let full = behind_clitic(doc.word(k), doc.word(t0)).filter(|_| {
                (1..len).all(|m| {
                    k + m < doc.toks.len()
                        && !covered[k + m]
                        && doc.toks[k + m].flags & JOINED != 0
                        && doc.word(k + m) == doc.word(t0 + m)
                })
            });
            let n = match full {
                Some(_) => len,
                None if kind == EntityKind::Person
                    && family_connector(t0, t1, kind)
                    && behind_clitic(doc.word(k), doc.word(t1 - 2)).is_some()
                    && k + 1 < doc.toks.len()
                    && !covered[k + 1]
                    && doc.toks[k + 1].flags & JOINED != 0
                    && doc.word(k + 1) == doc.word(t1 - 1) =>
                {
                    2
                }
                None if kind == EntityKind::Person => {
                    let last = doc.word(t1 - 1);
                    // a sovereign's ordinal is no family name (`عبدالله الثاني`, `الثاني`, the second),
                    // nor the second word of a given name of two (`الحسين بن عبد الله`, `الله`)
                    if is_regnal_ordinal(doc.lang, last) || two_word_given_name(doc, t1 - 2) {
                        continue;
                    }
                    if a_frequent_word_behind_a_proclitic_is_no_lone_family_name(doc.lang, doc.word(k), last) {
                        continue;
                    }
                    match behind_clitic(doc.word(k), last).filter(|_| last.chars().count() >= 3) {
                        Some(_) => 1,
                        None => continue,
                    }
                }
                None => continue,
            };
            // the span is the whole written word, proclitic and all (`ונתניהו`), as a
            // reader marks it
            out.push(make(doc, k, k + n, kind, Source::Unknown { acronym: None }, false, false));
            covered[k..k + n].iter_mut().for_each(|slot| *slot = true);
            break;
        }
    }
    if out.len() > added {
        out.sort_by_key(|c| c.t0);
    }
}

/// Rule `a_frequent_word_behind_a_proclitic_is_no_lone_family_name`: a family name may be a common
/// word too (Hebrew `פרס`, Peres and a prize). Where the article writes it behind a proclitic and the
/// whole written word is itself one of the language's frequent words (`בפרס`, with the prize; `לפרס`,
/// to the prize), the word is read as that word, not the person's family name spread from a titled
/// name; a name behind a proclitic that no frequent word spells so (`ונתניהו`, and Netanyahu) stays.
fn a_frequent_word_behind_a_proclitic_is_no_lone_family_name(lang: &Profile, written: &str, family: &str) -> bool {
    written != family && lang.data().often.contains(written)
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;

    #[test]
    fn a_capitalised_adjective_and_its_lower_case_noun_written_again_are_one_name() {
        let text = "Navijači su slavili, a trener Crvene zvezde rekao je da igrači Crvene zvezde igraju dobro. \
                    Sankcije pogađaju i Naftnu industriju Srbije. Država kupuje Naftnu industriju Srbije.";
        let ms = mentions_in("sr", text);
        assert!(find(&ms, "Crvene zvezde").is_some(), "{ms:?}");
        assert!(find(&ms, "Naftnu industriju Srbije").is_some(), "{ms:?}");
        // a family name before its verb is no such adjective (`Путин`, no adjective's ending)
        let ms = mentions_in("ru", "Вчера Путин заявил о новых мерах. Сегодня Путин заявил снова.");
        assert!(find(&ms, "Путин заявил").is_none(), "{ms:?}");
    }

    #[test]
    fn a_frequent_word_behind_a_proclitic_is_no_lone_family_name() {
        let text = "ראש הממשלה שמעון פרס נאם אתמול בכנסת, ופרס אמר כי השלום קרוב. \
                    הסופרת זכתה בפרס על ספרה החדש.";
        let ms = mentions_in("he", text);
        assert!(find(&ms, "בפרס").is_none(), "with the prize, a frequent word: {ms:?}");
        assert_eq!(find(&ms, "ופרס").map(|m| m.1), Some("PER"), "and Peres, no frequent word: {ms:?}");
    }

    #[test]
    fn a_short_name_in_brackets_after_a_full_name_is_a_name_everywhere() {
        let a = [article(
            "hi",
            "hi",
            "भाजपा को झटका लगा। भारतीय जनता पार्टी (भाजपा) ने कहा कि भाजपा जीतेगी। तेलुगू देशम पार्टी (16 सीटें) साथ है।",
        )];
        let r = run(&a);
        let found: Vec<&str> = r[0].iter().filter(|m| m.0 == "भाजपा").map(|m| m.1).collect();
        assert_eq!(found, ["ORG", "ORG", "ORG"], "before, in and after the brackets: {:?}", r[0]);
        assert!(r[0].iter().all(|m| m.0 != "सीटें"), "a bracket with a number holds no name: {:?}", r[0]);
    }
}
