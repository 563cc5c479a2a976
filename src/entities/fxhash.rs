//! The fast, non-cryptographic hash maps of the recogniser's string-keyed
//! tables: rustc-hash's Fx hash. Keys are words and names from article text
//! and the embedded gazetteer; the tables never face untrusted input at a
//! scale where hash flooding matters, and SipHash was a tenth of the run time.
//! Also [`WordMemo`]: answers about words, remembered.

use std::cell::RefCell;
use std::thread::LocalKey;

pub use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

/// Words a [`WordMemo`] remembers per language before it forgets them all
/// (a corpus of many languages' names must not grow it without bound).
const MEMO_WORDS: usize = 1 << 16;

/// A thread's answers to one question about a word in a language (a
/// profile index): for questions that transliterate a word or look it up
/// in several tables, which the rules ask again of the same names all
/// through a corpus. The answer must depend on the language and the word alone.
pub(crate) struct WordMemo<A = bool> {
    by_language: Vec<FxHashMap<Box<str>, A>>,
}

impl<A: Copy> WordMemo<A> {
    pub(crate) const fn new() -> WordMemo<A> {
        WordMemo { by_language: Vec::new() }
    }

    /// The remembered answer for `word` in `language`, else `ask()`'s, remembered.
    fn answer(&mut self, language: usize, word: &str, ask: impl FnOnce() -> A) -> A {
        if self.by_language.len() <= language {
            self.by_language.resize_with(language + 1, FxHashMap::default);
        }
        let answers = &mut self.by_language[language];
        if let Some(&known) = answers.get(word) {
            return known;
        }
        let answer = ask();
        if answers.len() >= MEMO_WORDS {
            answers.clear();
        }
        answers.insert(word.into(), answer);
        answer
    }
}

/// `ask()`'s answer for `word` in `language`, through this thread's `memo`
/// (asked directly if the memo is in use further up this thread's stack).
pub(crate) fn remembered<A: Copy>(
    memo: &'static LocalKey<RefCell<WordMemo<A>>>,
    language: usize,
    word: &str,
    ask: impl FnOnce() -> A,
) -> A {
    memo.with(|cell| match cell.try_borrow_mut() {
        Ok(mut memo) => memo.answer(language, word, ask),
        Err(_) => ask(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LONG_WORDS: RefCell<WordMemo> = const { RefCell::new(WordMemo::new()) };
    }

    #[test]
    fn a_remembered_answer_is_not_asked_again_and_languages_stay_apart() {
        let asked = std::cell::Cell::new(0);
        let ask = |word: &str| {
            asked.set(asked.get() + 1);
            word.len() > 4
        };
        assert!(remembered(&LONG_WORDS, 3, "Moskva", || ask("Moskva")));
        assert!(remembered(&LONG_WORDS, 3, "Moskva", || ask("Moskva")));
        assert_eq!(asked.get(), 1);
        assert!(!remembered(&LONG_WORDS, 0, "Kyiv", || ask("Kyiv")));
        assert!(remembered(&LONG_WORDS, 0, "Moskva", || ask("Moskva")));
        assert_eq!(asked.get(), 3, "another language asks again");
    }

    #[test]
    fn a_full_memo_forgets_rather_than_grows() {
        let mut memo = WordMemo::<bool>::new();
        for n in 0..MEMO_WORDS + 10 {
            memo.answer(1, &n.to_string(), || true);
        }
        assert!(memo.by_language[1].len() <= MEMO_WORDS);
    }
}
