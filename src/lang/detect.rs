//! Language identification: the script decides Cyrillic and Devanagari texts;
//! among Latin texts, letters only Turkish or Serbian use decide, and
//! whatlang (restricted to plausible languages) breaks the remaining ties.
//!
//! whatlang's Serbian model is Cyrillic-only, so Serbian in Latin script comes
//! out as Croatian, Bosnian or Slovene; we map that family to `sr` when the text
//! shows Serbian (ekavian) forms, and otherwise keep whatlang's answer.

use super::{Language, Script};

/// Bytes of an article that language identification reads: enough for a
/// reliable answer, and it keeps loading a large corpus fast.
const SAMPLE_BYTES: usize = 2000;

/// Count letters per script (in the first few thousand bytes) and return the dominant one.
pub fn dominant_script(text: &str) -> Script {
    // a counter per script, indexed by position in ALL: no hashing per letter
    const ALL: [Script; 8] = [
        Script::Latin,
        Script::Cyrillic,
        Script::Devanagari,
        Script::Greek,
        Script::Arabic,
        Script::Hebrew,
        Script::Han,
        Script::Other,
    ];
    let mut counts = [0usize; ALL.len()];
    for c in head(text, SAMPLE_BYTES).chars() {
        if let Some(s) = Script::of(c)
            && let Some(i) = ALL.iter().position(|&a| a == s)
        {
            counts[i] += 1;
        }
    }
    // ties go to the earlier script in ALL (Latin first)
    let best = (0..ALL.len()).rev().max_by_key(|&i| counts[i]).unwrap_or(0);
    if counts[best] == 0 { Script::Latin } else { ALL[best] }
}

/// Detect (language, script) of an article's text.
pub fn detect_language(text: &str) -> (Language, Script) {
    // a long article decides in its first few thousand bytes
    let sample = head(text, SAMPLE_BYTES);
    let script = dominant_script(sample);
    let language = match script {
        Script::Devanagari => devanagari_language(sample),
        Script::Cyrillic => cyrillic_language(sample),
        Script::Latin => latin_language(sample),
        _ => whatlang::detect(sample).map(|i| from_whatlang(i.lang(), sample)).unwrap_or(Language::Unknown),
    };
    (language, script)
}

fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn devanagari_language(sample: &str) -> Language {
    use whatlang::Lang::*;
    let detector = whatlang::Detector::with_allowlist(vec![Hin, Mar, Nep]);
    match detector.detect_lang(sample) {
        Some(Mar) => Language::Other("mr".into()),
        Some(Nep) => Language::Other("ne".into()),
        _ => Language::Hindi,
    }
}

fn cyrillic_language(sample: &str) -> Language {
    use whatlang::Lang::*;
    let detector = whatlang::Detector::with_allowlist(vec![Rus, Ukr, Bel, Bul, Mkd, Srp]);
    match detector.detect_lang(sample) {
        Some(lang) if lang != Rus => from_whatlang(lang, sample),
        _ => Language::Russian,
    }
}

/// Letters that Turkish uses and Serbian/English do not, and the reverse.
fn latin_letter_votes(sample: &str) -> (usize, usize) {
    let mut turkish = 0;
    let mut serbian = 0;
    for c in sample.chars() {
        match c {
            'ş' | 'Ş' | 'ğ' | 'Ğ' | 'ı' | 'İ' => turkish += 1,
            'đ' | 'Đ' | 'ć' | 'Ć' | 'č' | 'Č' | 'ž' | 'Ž' => serbian += 1,
            _ => {}
        }
    }
    (turkish, serbian)
}

fn latin_language(sample: &str) -> Language {
    let (turkish, serbian) = latin_letter_votes(sample);
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count().max(1);
    // a handful of these letters per thousand is decisive
    if turkish * 200 >= letters && turkish > serbian * 2 {
        return Language::Turkish;
    }
    match whatlang::detect(sample) {
        Some(info) => {
            let lang = from_whatlang(info.lang(), sample);
            if lang == Language::Unknown && serbian * 200 >= letters { Language::Serbian } else { lang }
        }
        None if serbian * 200 >= letters => Language::Serbian,
        None => Language::Unknown,
    }
}

/// Serbian is ekavian (`dve`, `reč`, `vreme`, `deo`); Croatian and Bosnian are
/// ijekavian (`dvije`, `riječ`, `vrijeme`, `dio`). Count words typical of each.
fn ekavian_score(sample: &str) -> i32 {
    const SERBIAN: &[&str] = &[
        "dve",
        "vreme",
        "deo",
        "reč",
        "mesto",
        "mesta",
        "predsednik",
        "predsednika",
        "uvek",
        "nedelje",
        "takođe",
        "saradnju",
        "saradnje",
        "ovde",
        "hteo",
        "gde",
        "lepo",
        "sveta",
    ];
    const CROATIAN: &[&str] = &[
        "dvije",
        "vrijeme",
        "dio",
        "riječ",
        "mjesto",
        "mjesta",
        "predsjednik",
        "predsjednika",
        "uvijek",
        "tjedna",
        "također",
        "suradnju",
        "suradnje",
        "ovdje",
        "htio",
        "gdje",
        "lijepo",
        "svijeta",
        "tisuća",
        "kolovoza",
        "studenoga",
    ];
    let mut score = 0i32;
    for word in sample.split(|c: char| !c.is_alphabetic()) {
        let w = word.to_lowercase();
        if SERBIAN.contains(&w.as_str()) {
            score += 1;
        } else if CROATIAN.contains(&w.as_str()) {
            score -= 1;
        }
    }
    score
}

fn from_whatlang(lang: whatlang::Lang, sample: &str) -> Language {
    use whatlang::Lang::*;
    match lang {
        Tur => Language::Turkish,
        Rus => Language::Russian,
        Eng => Language::English,
        Hin => Language::Hindi,
        Srp => Language::Serbian,
        Hrv | Slv => {
            // whatlang calls most Serbian Latin text Croatian: keep Croatian only on
            // ijekavian evidence; Slovene needs positive ekavian evidence to move
            let score = ekavian_score(sample);
            if score > 0 || (score == 0 && lang == Hrv) {
                Language::Serbian
            } else if lang == Slv {
                Language::Other("sl".into())
            } else {
                Language::Other("hr".into())
            }
        }
        other => Language::Other(iso_639_1(other.code()).to_owned()),
    }
}

/// Common 639-3 codes to 639-1, so tags read as people expect them.
fn iso_639_1(code3: &str) -> &str {
    const PAIRS: &[(&str, &str)] = &[
        ("deu", "de"),
        ("fra", "fr"),
        ("spa", "es"),
        ("ita", "it"),
        ("por", "pt"),
        ("nld", "nl"),
        ("pol", "pl"),
        ("ces", "cs"),
        ("slk", "sk"),
        ("ukr", "uk"),
        ("bel", "be"),
        ("bul", "bg"),
        ("mkd", "mk"),
        ("ron", "ro"),
        ("hun", "hu"),
        ("fin", "fi"),
        ("swe", "sv"),
        ("dan", "da"),
        ("nob", "nb"),
        ("ell", "el"),
        ("ara", "ar"),
        ("heb", "he"),
        ("pes", "fa"),
        ("urd", "ur"),
        ("ben", "bn"),
        ("mar", "mr"),
        ("nep", "ne"),
        ("cmn", "zh"),
        ("jpn", "ja"),
        ("kor", "ko"),
        ("vie", "vi"),
        ("ind", "id"),
        ("lit", "lt"),
        ("lav", "lv"),
        ("est", "et"),
        ("aze", "az"),
        ("kat", "ka"),
        ("hye", "hy"),
        ("tha", "th"),
        ("epo", "eo"),
        ("lat", "la"),
        ("afr", "af"),
        ("cat", "ca"),
        ("tgl", "tl"),
        ("uzb", "uz"),
        ("kaz", "kk"),
    ];
    PAIRS.iter().find(|(c3, _)| *c3 == code3).map(|(_, c1)| *c1).unwrap_or(code3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serbian_latin_is_not_reported_as_croatian() {
        let text = "Lider Severne Koreje Kim Džong Un nedavno se sastao sa ruskim ministrom kako bi razgovarali o širenju saradnje u oblastima trgovine i nauke između dve zemlje.";
        assert_eq!(detect_language(text), (Language::Serbian, Script::Latin));
    }

    #[test]
    fn croatian_ijekavian_text_stays_croatian() {
        let text = "Predsjednik je rekao da je vrijeme za suradnju između dvije zemlje, također je istaknuo gdje će se održati sastanak idućeg tjedna.";
        assert_eq!(detect_language(text).0.code(), "hr");
    }

    #[test]
    fn turkish_letters_decide_turkish() {
        let text = "Rusya Dışişleri Bakanı, Kuzey Koreli mevkidaşı ile gerçekleştirdiği görüşme sonrası önemli mesajlar verdi.";
        assert_eq!(detect_language(text).0, Language::Turkish);
    }

    #[test]
    fn cyrillic_and_devanagari_are_decided_by_script() {
        assert_eq!(
            detect_language("Министр иностранных дел России Сергей Лавров подчеркнул особую близость."),
            (Language::Russian, Script::Cyrillic)
        );
        assert_eq!(
            detect_language("रूसी राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरियाई नेता किम जोंग उन सहमत हुए।"),
            (Language::Hindi, Script::Devanagari)
        );
    }

    #[test]
    fn english_and_other_latin_languages() {
        assert_eq!(detect_language("Russia and North Korea have expressed their intention to further strengthen their diplomatic relationship.").0, Language::English);
        assert_eq!(
            detect_language(
                "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die Ukraine deutlich zu erhöhen."
            )
            .0
            .code(),
            "de"
        );
    }

    #[test]
    fn empty_text_does_not_panic() {
        let _ = detect_language("");
        let _ = detect_language("12345 !!!");
    }
}
