//! Japanese: vibrato with korpus's ipadic build (`data/ja/ipadic.dic.zst`,
//! made by `scripts/build_ja_dict.py`), and the katakana-run rule.

use std::cell::RefCell;
use std::io::BufReader;
use std::sync::OnceLock;

use vibrato::dictionary::LexType;
use vibrato::tokenizer::worker::Worker;
use vibrato::{Dictionary, Tokenizer};

use super::{Word, WordClass};

/// The compiled dictionary, zstd-compressed: 4.4 MB of the binary, about
/// 30 MB of memory once loaded.
static COMPRESSED: &[u8] = include_bytes!("../../../data/ja/ipadic.dic.zst");

static TOKENIZER: OnceLock<Option<Tokenizer>> = OnceLock::new();

thread_local! {
    /// A worker keeps its lattice between sentences; one per thread.
    static WORKER: RefCell<Option<Worker<'static>>> = const { RefCell::new(None) };
}

/// Decompresses and reads the dictionary.
pub(super) fn load() -> Result<Tokenizer, String> {
    let decoder = zstd::Decoder::new(COMPRESSED).map_err(|e| e.to_string())?;
    // the reader is asked for a few bytes at a time: buffer the decompressed side
    let dictionary = Dictionary::read(BufReader::with_capacity(1 << 16, decoder)).map_err(|e| e.to_string())?;
    Ok(Tokenizer::new(dictionary))
}

/// The tokenizer, loaded on first use; `None` if the compiled-in dictionary
/// cannot be read (a broken build).
pub(super) fn tokenizer() -> Option<&'static Tokenizer> {
    TOKENIZER.get_or_init(|| load().ok()).as_ref()
}

pub(super) fn is_loaded() -> bool {
    TOKENIZER.get().is_some()
}

/// Appends the words of one line (byte ranges into it).
pub(super) fn segment(line: &str, out: &mut Vec<Word>) {
    let Some(tokenizer) = tokenizer() else { return };
    let first = out.len();
    WORKER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let worker = slot.get_or_insert_with(|| tokenizer.new_worker());
        worker.reset_sentence(line);
        worker.tokenize();
        out.extend(worker.token_iter().map(|t| {
            let range = t.range_byte();
            let mut class = class_of(t.feature());
            if class == WordClass::PlaceSuffix && NO_PLACE_SUFFIXES.contains(&&line[range.clone()]) {
                class = WordClass::Suffix;
            }
            Word { start: range.start, end: range.end, class, known: t.lex_type() == LexType::System }
        }));
    });
    for w in &mut out[first..] {
        if !w.known && is_common_loanword(&line[w.start..w.end]) {
            *w = Word { class: WordClass::Noun, known: true, ..*w };
        }
    }
    join_katakana_runs(line, out, first);
}

/// Common nouns written in katakana alone, from JMdict less every name of
/// JMnedict (`data/ja/loanwords-jmdict.txt.zst`, made by
/// `scripts/build_ja_dict.py`), one a line, zstd-compressed.
static LOANWORDS: &[u8] = include_bytes!("../../../data/ja/loanwords-jmdict.txt.zst");

/// Is this a common noun Japanese writes in katakana (`トリチウム`, tritium;
/// `メディア`, media)? ipadic (2007) lacks many, and the katakana-run rule
/// would make each a foreign name; JMdict has them, and JMnedict none of
/// them as a name.
pub fn is_common_loanword(word: &str) -> bool {
    // asked of every word the dictionary lacks: Fx, as the recogniser's tables (SipHash was 0.4% of a build)
    static WORDS: OnceLock<rustc_hash::FxHashSet<Box<str>>> = OnceLock::new();
    WORDS.get_or_init(|| super::unpacked_text(LOANWORDS).lines().map(Box::from).collect()).contains(word)
}

/// Katakana words whose first JMdict sense is a common noun, less those of
/// [`is_common_loanword`] (`data/ja/common-first-jmdict.txt.zst`, made by
/// `scripts/build_ja_dict.py`), one a line, zstd-compressed.
static COMMON_FIRST: &[u8] = include_bytes!("../../../data/ja/common-first-jmdict.txt.zst");

/// Is this katakana word a common noun first, though JMnedict has it as a
/// name too (`ゴール`, goal, and Ghor; `ダービー`, derby) or it has a kanji
/// form (`イカ`, squid)? Not a place JMdict glosses by its name (`チャド`,
/// Chad; `リマ`, Lima), which is a place first.
pub fn is_common_noun_first(word: &str) -> bool {
    static WORDS: OnceLock<rustc_hash::FxHashSet<Box<str>>> = OnceLock::new();
    WORDS.get_or_init(|| super::unpacked_text(COMMON_FIRST).lines().map(Box::from).collect()).contains(word)
}

/// Suffixes ipadic files with places' (接尾,地域) that make no place's name:
/// `日本産`, made in Japan; `日本製`; `日本沖`, off Japan.
const NO_PLACE_SUFFIXES: &[&str] = &["産", "製", "沖"];

/// The classes `scripts/build_ja_dict.py` writes as the words' features.
fn class_of(feature: &str) -> WordClass {
    match feature {
        "surname" => WordClass::Surname,
        "given" => WordClass::GivenName,
        "person" => WordClass::Person,
        "country" => WordClass::Country,
        "place" => WordClass::Place,
        "org" => WordClass::Organisation,
        "proper" => WordClass::OtherProper,
        "suffix-person" => WordClass::PersonSuffix,
        "suffix-place" => WordClass::PlaceSuffix,
        "suffix" => WordClass::Suffix,
        "number" => WordClass::Number,
        "symbol" => WordClass::Symbol,
        "noun" => WordClass::Noun,
        _ => WordClass::Other,
    }
}

/// Katakana letters and the prolonged sound mark (not the middle dot `・`).
pub(super) fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30a1}'..='\u{30fa}' | '\u{30fc}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}')
}

fn is_middle_dot(c: char) -> bool {
    matches!(c, '・' | '･' | '·')
}

/// Foreign names are written in katakana, and ipadic (2007) knows few of
/// them: it cuts `カバノー` into `カバ` (hippo) + `ノー` (no) and calls
/// `ラブロフ` an unknown common noun. A run of katakana words (joined by
/// middle dots: `デーブ・ロバーツ`) becomes one foreign name when the
/// dictionary does not know the run as one word and some piece of it is
/// unknown or short (two letters or fewer: pieces of a cut-up name); a run
/// made of longer known words is a compound of loanwords (`サッカーボール`).
fn join_katakana_runs(line: &str, words: &mut Vec<Word>, first: usize) {
    let text = |w: &Word| &line[w.start..w.end];
    // ipadic's character classes put `・` with katakana: `デーブ・ロバーツ` may come as one word
    let katakana = |w: &Word| {
        let t = text(w);
        t.chars().all(|c| is_katakana(c) || is_middle_dot(c))
            && t.chars().next().is_some_and(is_katakana)
            && t.chars().next_back().is_some_and(is_katakana)
    };
    let mut out = first;
    let mut i = first;
    while i < words.len() {
        if !katakana(&words[i]) {
            words[out] = words[i];
            out += 1;
            i += 1;
            continue;
        }
        // the run: katakana words, and middle dots between two of them
        let mut j = i + 1;
        let mut dotted = false;
        while j < words.len() {
            if katakana(&words[j]) {
                j += 1;
            } else if j + 1 < words.len() && text(&words[j]).chars().all(is_middle_dot) && katakana(&words[j + 1]) {
                dotted = true;
                j += 2;
            } else {
                break;
            }
        }
        let run = &words[i..j];
        dotted |= run.iter().any(|w| text(w).chars().any(is_middle_dot));
        // a loanword ipadic cuts up (`トリ` `チウム`) is one common noun
        if !dotted && is_common_loanword(&line[run[0].start..run[run.len() - 1].end]) {
            words[out] = Word { start: run[0].start, end: run[run.len() - 1].end, class: WordClass::Noun, known: true };
            out += 1;
            i = j;
            continue;
        }
        let cut_up = run.iter().any(|w| !w.known || text(w).chars().count() <= 2);
        let one_known_word = run.len() == 1 && run[0].known;
        if !one_known_word && (dotted || cut_up) {
            words[out] =
                Word { start: run[0].start, end: run[run.len() - 1].end, class: WordClass::ForeignName, known: false };
            out += 1;
        } else {
            for k in i..j {
                words[out] = words[k];
                out += 1;
            }
        }
        i = j;
    }
    words.truncate(out);
}

#[cfg(test)]
mod tests {
    use super::super::Segmenter;
    use super::*;

    fn classes(text: &str) -> Vec<(&str, WordClass)> {
        Segmenter::Japanese.segment(text).into_iter().map(|w| (&text[w.start..w.end], w.class)).collect()
    }

    #[test]
    fn the_compiled_in_dictionary_loads() {
        assert!(load().is_ok());
    }

    #[test]
    fn ipadic_proper_nouns_are_tagged() {
        let words = classes("岸田文雄首相は北京でトヨタ自動車の豊田章男会長と会談した。ロシアも参加。");
        for (name, class) in [
            ("岸田", WordClass::Surname),
            ("文雄", WordClass::GivenName),
            ("北京", WordClass::Place),
            ("ロシア", WordClass::Country),
            ("トヨタ自動車", WordClass::Organisation),
        ] {
            assert!(words.contains(&(name, class)), "{name} {class:?} in {words:?}");
        }
    }

    #[test]
    fn place_suffixes_are_tagged() {
        let words = classes("石川県輪島市で");
        assert!(words.contains(&("県", WordClass::PlaceSuffix)), "{words:?}");
        let made_in = classes("中国は日本産の水産物の輸入を停止した。");
        assert!(made_in.contains(&("産", WordClass::Suffix)), "{made_in:?}");
        assert!(words.contains(&("市", WordClass::PlaceSuffix)), "{words:?}");
    }

    #[test]
    fn cut_up_and_unknown_katakana_runs_are_foreign_names() {
        for (text, name) in [
            ("カバノー氏が指名された", "カバノー"),
            ("ラブロフ外相は述べた", "ラブロフ"),
            ("ドジャースのデーブ・ロバーツ監督", "デーブ・ロバーツ"),
        ] {
            let words = classes(text);
            assert!(words.contains(&(name, WordClass::ForeignName)), "{name} in {words:?}");
        }
    }

    #[test]
    fn known_katakana_words_and_loanword_compounds_stay_as_they_are() {
        let words = classes("アメリカのホテルでテレビを見た");
        assert!(words.contains(&("アメリカ", WordClass::Country)), "{words:?}");
        assert!(words.contains(&("ホテル", WordClass::Noun)), "{words:?}");
        assert!(words.iter().all(|&(_, c)| c != WordClass::ForeignName), "{words:?}");
    }

    #[test]
    fn common_loanwords_ipadic_lacks_are_no_foreign_names() {
        // tritium, posting (ipadic lacks both)
        for text in ["処理水のトリチウムの濃度", "球団はポスティングを認めた"] {
            let words = classes(text);
            assert!(words.iter().all(|&(_, c)| c != WordClass::ForeignName), "{words:?}");
        }
        // a name JMnedict has stays a name
        let words = classes("ラブロフ外相は述べた");
        assert!(words.contains(&("ラブロフ", WordClass::ForeignName)), "{words:?}");
        assert!(is_common_loanword("メディア") && !is_common_loanword("ブラウン"));
        assert!(is_common_noun_first("ゴール") && !is_common_noun_first("チャド"));
    }

    #[test]
    fn katakana_detection() {
        assert!("カバノー".chars().all(is_katakana));
        assert!(!"・".chars().all(is_katakana));
        assert!(!"かば".chars().all(is_katakana));
        assert!("ｶﾊﾞﾉｰ".chars().all(is_katakana), "half-width");
    }
}
