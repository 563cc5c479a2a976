//! Chinese: jieba-rs with the dictionary inside the crate.

use std::sync::OnceLock;

use jieba_rs::Jieba;

use super::{Word, WordClass};

static JIEBA: OnceLock<Jieba> = OnceLock::new();

/// The segmenter, loaded on first use (the crate's dictionary is compiled in).
pub(super) fn jieba() -> &'static Jieba {
    JIEBA.get_or_init(Jieba::new)
}

pub(super) fn is_loaded() -> bool {
    JIEBA.get().is_some()
}

/// Appends the words of one line (byte ranges into it).
pub(super) fn segment(line: &str, out: &mut Vec<Word>) {
    let jieba = jieba();
    // the HMM finds words the dictionary lacks, among them most names (卞志刚)
    for tag in jieba.tag(line, true) {
        out.push(Word {
            start: tag.byte_start,
            end: tag.byte_end,
            class: class_of(tag.tag),
            known: jieba.has_word(tag.word),
        });
    }
}

/// jieba's part-of-speech tags (ICTCLAS's set) as word classes.
fn class_of(tag: &str) -> WordClass {
    match tag {
        "nr" | "nrfg" => WordClass::Person,
        "nrt" => WordClass::ForeignName,
        "ns" => WordClass::Place,
        "nt" => WordClass::Organisation,
        "nz" => WordClass::OtherProper,
        "m" | "mq" => WordClass::Number,
        "x" | "w" => WordClass::Symbol,
        "k" => WordClass::Suffix,
        t if t.starts_with('n') => WordClass::Noun,
        _ => WordClass::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::super::Segmenter;
    use super::*;

    fn classes(text: &str) -> Vec<(&str, WordClass)> {
        Segmenter::Chinese.segment(text).into_iter().map(|w| (&text[w.start..w.end], w.class)).collect()
    }

    #[test]
    fn people_places_and_organisations_are_tagged() {
        let words = classes("朝鲜外相李英浩在北京与联合国官员会谈，金正恩随后抵达。");
        for (name, class) in [
            ("李英浩", WordClass::Person),
            ("北京", WordClass::Place),
            ("联合国", WordClass::Organisation),
            ("金正恩", WordClass::Person),
        ] {
            assert!(words.contains(&(name, class)), "{name} {class:?} in {words:?}");
        }
    }

    #[test]
    fn transliterated_names_are_foreign_names() {
        let words = classes("俄罗斯外长拉夫罗夫表示");
        assert!(words.contains(&("拉夫罗夫", WordClass::ForeignName)), "{words:?}");
    }

    #[test]
    fn a_name_the_dictionary_lacks_is_found_by_the_hmm_and_marked_unknown() {
        let text = "国家航天局副局长卞志刚在北京表示";
        let words = Segmenter::Chinese.segment(text);
        let bian = words.iter().find(|w| &text[w.start..w.end] == "卞志刚");
        assert!(bian.is_some_and(|w| !w.known), "{words:?}");
        assert!(words.iter().any(|w| &text[w.start..w.end] == "北京" && w.known));
    }

    #[test]
    fn tags_map_to_classes() {
        assert_eq!(class_of("nrt"), WordClass::ForeignName);
        assert_eq!(class_of("nrfg"), WordClass::Person);
        assert_eq!(class_of("vn"), WordClass::Other);
        assert_eq!(class_of("n"), WordClass::Noun);
        assert_eq!(class_of("x"), WordClass::Symbol);
    }
}
