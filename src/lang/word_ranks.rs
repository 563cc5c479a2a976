//! How likely a word is in each cased language: the rank of the word among
//! the language's most frequent words (`data/names/common.tsv`, from
//! wordfreq) and its function words (`frequent` in the profile data).
//!
//! Short texts (headlines, ledes) are where trigram statistics say least and
//! where whole words say most: `Putin trifft Kim` is German by `trifft`
//! alone. The ranks give each word a Zipf-like probability per language, so a
//! headline's ordinary words vote for the language that writes them most,
//! and a word no language knows (a name) votes for none.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::profile::profile_of_code;

/// The most frequent ordinary words of each cased language (wordfreq), most frequent first.
const COMMON_WORDS: &str = include_str!("../../data/names/common.tsv");

/// Ranks below this stand in for a function word (the profiles' `frequent`
/// lists are the stop words among a language's 150 most frequent words).
const FUNCTION_WORD_RANK: u32 = 20;
/// Added to every rank, so the few most frequent words do not outweigh all others (Zipf–Mandelbrot).
const RANK_OFFSET: f64 = 10.0;
/// A word one language knows and another does not: as if the other ranked it here.
const UNKNOWN_RANK: f64 = 40_000.0;

/// The word lists of each language with a line in `common.tsv`, by code.
fn ranks() -> &'static HashMap<&'static str, HashMap<&'static str, u32>> {
    static RANKS: OnceLock<HashMap<&'static str, HashMap<&'static str, u32>>> = OnceLock::new();
    RANKS.get_or_init(|| {
        COMMON_WORDS
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(code, words)| {
                let by_word = words.split(' ').filter(|w| !w.is_empty()).zip(0u32..).collect();
                (code, by_word)
            })
            .collect()
    })
}

/// Is `word` (lower case) among the most frequent ordinary words of language `code`?
pub(crate) fn is_among_common_words(code: &str, word: &str) -> bool {
    common_word_rank(code, word).is_some()
}

/// The rank of `word` (lower case) among the most frequent ordinary words of
/// language `code` (0 the most frequent), if the list holds it.
pub(crate) fn common_word_rank(code: &str, word: &str) -> Option<u32> {
    // wordfreq writes `ß` as `ss` (`straße` is `strasse` there)
    if word.contains('ß') {
        return common_word_rank(code, &word.replace('ß', "ss"));
    }
    ranks().get(code)?.get(word).copied()
}

/// The rank of `word` (lower case) in language `code`: a function word of
/// its profile ranks near the top, an ordinary word by its frequency, and a
/// word the language's lists do not hold has no rank.
fn rank(code: &str, word: &str) -> Option<u32> {
    if profile_of_code(code).is_some_and(|p| p.data().frequent.contains(word)) {
        return Some(FUNCTION_WORD_RANK);
    }
    ranks().get(code)?.get(word).copied()
}

/// Log-likelihood of a text's words (lower case) in each of the languages
/// `codes`, relative to each other; `spellings[i]` are the words as language
/// `codes[i]` spells them (the same words, in the same order). Words no
/// language knows are left out (names, numbers, other languages' words), so
/// only ordinary words vote. Also returns, per language, how many of the
/// counted words it knows.
pub(super) fn word_scores(codes: &[&str], spellings: &[&Vec<String>]) -> Vec<(f64, usize)> {
    let mut scores = vec![(0.0, 0usize); codes.len()];
    let mut word_ranks = vec![None; codes.len()];
    let count = spellings.iter().map(|words| words.len()).min().unwrap_or(0);
    for i in 0..count {
        for ((slot, code), words) in word_ranks.iter_mut().zip(codes).zip(spellings) {
            *slot = rank(code, &words[i]);
        }
        if word_ranks.iter().all(Option::is_none) {
            continue;
        }
        for (score, word_rank) in scores.iter_mut().zip(&word_ranks) {
            let r = word_rank.map_or(UNKNOWN_RANK, f64::from);
            score.0 -= (r + RANK_OFFSET).ln();
            score.1 += usize::from(word_rank.is_some());
        }
    }
    scores
}

/// Serbian Cyrillic in Serbian Latin (the two alphabets map letter to
/// letter), so Cyrillic Serbian words find the Latin word lists.
pub(super) fn serbian_latin(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let latin = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'ђ' => "đ",
            'е' => "e",
            'ж' => "ž",
            'з' => "z",
            'и' => "i",
            'ј' => "j",
            'к' => "k",
            'л' => "l",
            'љ' => "lj",
            'м' => "m",
            'н' => "n",
            'њ' => "nj",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'ћ' => "ć",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "c",
            'ч' => "č",
            'џ' => "dž",
            'ш' => "š",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(latin);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn every_cased_language_has_ranked_words() {
        for code in ["tr", "ru", "en", "sr", "de", "fr", "es", "it", "pt", "pl", "uk", "bg", "el"] {
            assert!(ranks().get(code).is_some_and(|r| r.len() > 1000), "{code}");
        }
    }

    #[test]
    fn an_ordinary_word_votes_for_the_language_that_writes_it() {
        let codes = ["en", "de", "nl"];
        let trifft = words("trifft");
        let scores = word_scores(&codes, &[&trifft, &trifft, &trifft]);
        assert!(scores[1].0 > scores[0].0, "{scores:?}");
        assert_eq!(scores[1].1, 1);
    }

    #[test]
    fn a_word_with_sharp_s_is_found_in_the_list_that_writes_it_ss() {
        assert!(is_among_common_words("de", "größe"));
        assert!(!is_among_common_words("de", "grö"));
    }

    #[test]
    fn words_no_language_knows_do_not_vote() {
        let unknown = words("xqzvplk pjongjang");
        let scores = word_scores(&["en", "de"], &[&unknown, &unknown]);
        assert_eq!(scores, vec![(0.0, 0), (0.0, 0)]);
    }

    #[test]
    fn serbian_cyrillic_reads_as_serbian_latin() {
        assert_eq!(serbian_latin("састао"), "sastao");
        assert_eq!(serbian_latin("љубав њих џеп ђак ћерка"), "ljubav njih džep đak ćerka");
    }
}
