//! Numbers in names: a number ending a name, dotted ordinals, Roman regnal and century numerals.

use super::*;

/// A number of at most this many digits can be a name's last word (`Formula 1`,
/// `Interstate 695`); a longer one is a year or a count (`Polska 2050` is lost).
const NAME_NUMBER_DIGITS: usize = 3;

/// Does the language write an ordinal as digits and a full stop (profile class
/// `ordinalend` holds `.`: German `1. FC Köln`, Turkish `3. Ceza Dairesi`)?
fn writes_dotted_ordinals(lang: &Profile) -> bool {
    lang.data().words("ordinalend").any(|w| w == ".")
}

/// Is token `k` a plain number of 1 to `max` ASCII digits (no sign, decimal or hyphen in it)?
fn short_number(doc: &Doc, k: usize, max: usize) -> bool {
    let word = doc.word(k);
    (1..=max).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Rule `number_ends_name`: a number of one to three digits right after a
/// name (plain spaces between) is the name's last word when nothing makes it
/// a count, a score or a date: it ends the sentence or clause (`Ligue 1,`),
/// or a stop word of the language (`Formula 1 ha`, `District 751 said`),
/// a lower-case place or organisation head (Turkish `Palais 12 salonunu`)
/// or the name's next capitalised word (`Movimento 5 Stelle`) follows it.
/// A counted noun after it (`Icardi 25 golle`, `Anayasa Mahkemesi 180 gün`),
/// a hyphen, colon or slash (`3-0`, `2:1`), a decimal point, a month, or a
/// dotted ordinal (German `Zweitligisten 1. FC`) make it none. A gazetteer's
/// name is whole without it (`Boeing 737` is a plane), and a name with a
/// number is no person's.
pub(super) fn number_ends_name(cx: &mut Ctx, out: &mut Vec<Cand>) {
    let doc = cx.doc;
    let toks = &doc.toks;
    let dotted = writes_dotted_ordinals(doc.lang);
    let mut next_idx = 0;
    while next_idx < out.len() {
        let idx = next_idx;
        next_idx += 1;
        let c = &out[idx];
        let n = c.t1;
        // a person's name with a number after it is followed by a score, an age or a minute
        // (`Mbappe 97'de`); a lone word only guessed a person is none
        if matches!(c.source, Source::Gazetteer(_))
            || (c.kind == EntityKind::Person && !c.weak)
            || n >= toks.len()
            // a model's letters after its number are no name of their own (`737 MAX 9`)
            || (c.t0 > 0 && toks[c.t0].flags & JOINED != 0 && toks[c.t0 - 1].flags & DIGIT != 0)
            || c.end != toks[n - 1].end
            || toks[n].flags & JOINED == 0
            || !short_number(doc, n, NAME_NUMBER_DIGITS)
            || out.iter().any(|o| o.t0 <= n && n < o.t1)
        {
            continue;
        }
        let num = toks[n];
        let mut end_tok = n + 1;
        // a suffix after an apostrophe makes the number a date or a minute (Turkish `97'de`)
        if num.flags & APOS != 0 {
            continue;
        }
        let mut chars = doc.text[num.end..].chars();
        let first = chars.next();
        let digit_after = chars.next().is_some_and(|ch| ch.is_ascii_digit());
        match first {
            None | Some('\n' | ',' | ';' | ')' | '»' | '"' | '”' | '!' | '?') if !digit_after => {}
            Some('.') if !digit_after && !dotted => {}
            Some(' ' | '\u{a0}') => {
                let Some(&next) = toks.get(n + 1).filter(|t| t.flags & JOINED != 0) else { continue };
                let word = doc.word(n + 1);
                if next.flags & DIGIT != 0 || doc.lang.month(&crate::lang::fold_str(word)).is_some() {
                    continue;
                }
                if next.is_cap() {
                    // the name goes on after its number (`Movimento 5 Stelle`), unless
                    // another name starts there
                    if next.flags & ALLCAPS != 0
                        || cx.cue(n + 1) & TITLE != 0
                        || cx.gaz_match(n + 1).is_some()
                        || super::super::types::is_given_name_in(doc.lang, word)
                        || super::super::types::is_latin_given_name_in(doc.lang, word)
                    {
                        continue;
                    }
                    end_tok = n + 2;
                } else if !(next.flags & LOWER != 0
                    && (doc.lang.is_stop_word(word) || cx.cue(n + 1) & (ORG_HEAD | LOC_HEAD) != 0))
                {
                    continue;
                }
            }
            _ => continue,
        }
        // the word after the number read as a name of its own is the name's rest (`Movimento | 5 | Stelle`)
        let mut rest = None;
        if end_tok == n + 2 {
            match out.iter().position(|o| o.t0 <= n + 1 && n + 1 < o.t1) {
                Some(r) if out[r].t0 == n + 1 && !matches!(out[r].source, Source::Gazetteer(_)) => {
                    end_tok = out[r].t1;
                    rest = Some(r);
                }
                Some(_) => continue,
                None => {}
            }
        }
        let c = &mut out[idx];
        // the number joins the written span; the name's words, which link it, stay the
        // name's own (`Ligue 1` is still `Ligue` to the linker, no skeleton of a digit)
        if rest.is_some() {
            c.t1 = end_tok;
        }
        c.end = toks[end_tok - 1].end;
        if c.kind == EntityKind::Person {
            c.kind = EntityKind::Organization;
            c.weak = true;
        }
        if let Some(r) = rest {
            out.remove(r);
            if r < idx {
                next_idx -= 1;
            }
        }
    }
}

/// Rule `dotted_ordinal_opens_name`: in a language that writes ordinals with
/// a full stop (`ordinalend`), a number of one or two digits and its stop
/// right before a name, inside a sentence (a word and plain spaces before the
/// number), is the name's first word: `der 1. FC Köln`, `in der 2. Bundesliga`.
/// The stop made the name look like a sentence's first word; a score (`3:1.`)
/// or a year (`2024.`) before a sentence is no ordinal. After an
/// organisation's name, an organisation's numbered part is one name with it
/// (Turkish `Yargıtay 3. Ceza Dairesi`, the Court of Cassation's 3rd Criminal Chamber).
pub(super) fn dotted_ordinal_opens_name(doc: &Doc, out: &mut Vec<Cand>) {
    if !writes_dotted_ordinals(doc.lang) {
        return;
    }
    let toks = &doc.toks;
    let mut opened = Vec::new();
    for (idx, c) in out.iter_mut().enumerate() {
        let k = c.t0;
        if k < 2 || c.start != toks[k].start || !toks[k].is_cap() {
            continue;
        }
        let num = toks[k - 1];
        if num.flags & (JOINED | APOS) != JOINED
            || !short_number(doc, k - 1, 2)
            || &doc.text[num.end..toks[k].start] != ". "
            || toks[k - 2].flags & APOS != 0
        {
            continue;
        }
        // the ordinal joins the written span, not the words the name links by (`1. FC Köln` is
        // still `FC Köln`, the club its `Köln` names)
        c.start = num.start;
        if c.kind == EntityKind::Organization {
            opened.push(idx);
        }
    }
    // merged from the last, so the indices left to read stay where they were
    for &idx in opened.iter().rev() {
        let (t0, t1, end) = (out[idx].t0, out[idx].t1, out[idx].end);
        let Some(owner) = out.iter().position(|o| o.t1 + 1 == t0) else {
            continue;
        };
        out[owner].t1 = t1;
        out[owner].end = end;
        out[owner].kind = EntityKind::Organization;
        out.remove(idx);
    }
}

/// The value of a Roman numeral of two letters or more, below forty, written
/// the usual way (`VI`, `XII`, `XXIV`), with a French ordinal ending allowed (`XIIe`).
pub(crate) fn roman_numeral(word: &str) -> Option<u32> {
    let digits =
        word.strip_suffix("ème").or_else(|| word.strip_suffix("er")).or_else(|| word.strip_suffix('e')).unwrap_or(word);
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        _ => None,
    };
    let values: Vec<u32> = digits.chars().map(value).collect::<Option<_>>()?;
    let mut total: i32 = 0;
    for (k, &v) in values.iter().enumerate() {
        if values.get(k + 1).is_some_and(|&next| next > v) {
            total -= v as i32;
        } else {
            total += v as i32;
        }
    }
    let total = u32::try_from(total).ok()?;
    // written the usual way, or it is a word (`XVX` is not fifteen)
    let mut usual = "X".repeat((total / 10) as usize);
    usual.push_str(["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][(total % 10) as usize]);
    (usual == digits && digits.len() >= 2 && total < 40).then_some(total)
}

/// Roman numerals name nothing by themselves: a regnal number joins the
/// person's name just before it (`Kralj Mohamed VI`), and one standing alone
/// (`XII века`, `XIIe siècle`, `VI. Muhammed`) is no name.
pub(super) fn regnal_and_century_numerals(doc: &Doc, cues: &Cues, out: &mut Vec<Cand>) {
    let numeral = |c: &Cand| c.t1 == c.t0 + 1 && roman_numeral(doc.word(c.t0)).is_some();
    if !out.iter().any(numeral) {
        return;
    }
    let mut kept: Vec<Cand> = Vec::with_capacity(out.len());
    for c in out.drain(..) {
        if !numeral(&c) {
            kept.push(c);
            continue;
        }
        let plain = doc.word(c.t0).chars().all(|ch| ch.is_ascii_uppercase());
        // a king or a pope is named by title (`Kralj Mohamed VI`), which a building's
        // name is not (`Тинмель XII века`); a place is never numbered so, and a
        // one-word place there is a given name (`Mohamed`)
        let titled = |t0: usize| t0 > 0 && cues.of_key(doc.key(t0 - 1), CueLang::of(doc.lang)) & TITLE != 0;
        // rule `regnal_number_after_given_name`: a given name alone before the numeral is the
        // king's or pope's without a title (`all'elezione di Leone XIV`), whatever place it meets
        let given = |p: &Cand| {
            let word = doc.word(p.t0);
            p.t1 == p.t0 + 1
                && (super::super::types::is_given_name_in(doc.lang, word)
                    || super::super::types::is_latin_given_name_in(doc.lang, word))
        };
        if let Some(prev) = kept.last_mut()
            && plain
            && prev.t1 == c.t0
            && doc.toks[c.t0].flags & JOINED != 0
            && (titled(prev.t0) || given(prev))
            && match prev.source {
                Source::Unknown { acronym: None } => prev.kind == EntityKind::Person || given(prev),
                Source::Gazetteer(_) => prev.t1 == prev.t0 + 1,
                _ => false,
            }
        {
            *prev = Cand { kind: EntityKind::Person, source: Source::Unknown { acronym: None }, ..prev.clone() };
            prev.t1 = c.t1;
            prev.end = c.end;
        }
    }
    *out = kept;
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;
    use super::*;

    #[test]
    fn roman_numerals_are_read_only_when_written_the_usual_way() {
        assert_eq!(roman_numeral("VI"), Some(6));
        assert_eq!(roman_numeral("XII"), Some(12));
        assert_eq!(roman_numeral("XIV"), Some(14));
        assert_eq!(roman_numeral("XIIe"), Some(12), "a French ordinal");
        assert_eq!(roman_numeral("X"), None, "one letter may be a name (the platform X)");
        assert_eq!(roman_numeral("XVX"), None);
        assert_eq!(roman_numeral("IIII"), None);
        assert_eq!(roman_numeral("VIP"), None);
    }

    #[test]
    fn a_regnal_number_joins_a_given_name_without_a_title() {
        // a sentence written for this test
        let r = mentions_in("it", "Dopo il conclave i fedeli hanno accolto Leone XIV in piazza.");
        assert!(find(&r, "Leone XIV").is_some_and(|m| m.1 == "PER"), "{r:?}");
    }

    #[test]
    fn a_century_numeral_is_no_name_and_a_regnal_number_joins_the_name() {
        let r = run(&[
            article("ru", "ru", "Мечеть Тинмель XII века была разрушена в пятницу."),
            article("fr", "fr", "La mosquée de Tinmel, édifiée au XIIe siècle, a été endommagée."),
            article("sr", "sr", "Kralj Mohamed VI proglasio je trodnevnu žalost u zemlji."),
        ]);
        assert!(find(&r[0], "XII").is_none() && find(&r[0], "Тинмель XII").is_none(), "{:?}", r[0]);
        assert!(find(&r[1], "XIIe").is_none(), "{:?}", r[1]);
        assert!(find(&r[2], "VI").is_none(), "{:?}", r[2]);
        assert!(find(&r[2], "Mohamed VI").is_some(), "{:?}", r[2]);
    }

    #[test]
    fn a_short_number_after_a_name_ends_it_unless_it_counts() {
        // rule `number_ends_name`
        let found = mentions_in(
            "en",
            "Traffic on Interstate 695 around Baltimore stopped for hours. The union's District 751 said on Monday \
             that its members would vote.",
        );
        assert!(find(&found, "Interstate 695").is_some(), "{found:?}");
        assert!(find(&found, "District 751").is_some(), "{found:?}");
        let found = mentions_in("it", "Il leader del Movimento 5 Stelle ha parlato ieri a Roma con i giornalisti.");
        assert!(find(&found, "Movimento 5 Stelle").is_some(), "{found:?}");
        // a counted noun after the number: a quantity, not the name's
        let found = mentions_in("tr", "Arjantinli golcü Mauro Icardi 25 golle ligin gol kralı oldu.");
        assert!(found.iter().all(|m| !m.0.contains("25")), "{found:?}");
    }

    #[test]
    fn a_dotted_ordinal_opens_a_german_or_turkish_name() {
        // rule `dotted_ordinal_opens_name`
        let found =
            mentions_in("de", "Nach der Niederlage steigt der 1. FC Köln in die 2. Bundesliga ab, sagte der Trainer.");
        assert!(find(&found, "1. FC Köln").is_some(), "{found:?}");
        assert!(find(&found, "2. Bundesliga").is_some(), "{found:?}");
        let found = mentions_in("tr", "Dosya daha sonra Yargıtay 3. Ceza Dairesi tarafından incelendi.");
        assert!(find(&found, "Yargıtay 3. Ceza Dairesi").is_some(), "{found:?}");
        // a year ends a sentence, and the name after it opens the next
        let found = mentions_in("de", "Das Werk wurde im Jahr 2019. Tesla baut dort Autos.");
        assert!(found.iter().all(|m| !m.0.starts_with("2019")), "{found:?}");
    }
}
