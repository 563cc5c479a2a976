//! The fast, non-cryptographic hash maps of the recogniser's string-keyed
//! tables: rustc-hash's Fx hash. Keys are words and names from article text
//! and the embedded gazetteer; the tables never face untrusted input at a
//! scale where hash flooding matters, and SipHash was a tenth of the run time.
//! Also [`WordMemo`]: answers about words, remembered.

use std::cell::RefCell;
use std::thread::LocalKey;

use hashbrown::HashTable;

pub use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

/// Words a [`WordMemo`] remembers per language before it forgets them all
/// (a corpus of many languages' names must not grow it without bound).
const MEMO_WORDS: usize = 1 << 16;

/// A thread's answers to one question about a word in a language (a
/// profile index): for questions that transliterate a word or look it up
/// in several tables, which the rules ask again of the same names all
/// through a corpus. The answer must depend on the language and the word alone.
pub(crate) struct WordMemo<A = bool> {
    by_language: Vec<HashTable<(MemoWord, A)>>,
}

/// Bytes of a word a [`WordMemo`] keeps in its table's own slot (more go on the heap).
const INLINE_WORD: usize = 30;

/// A word as a [`WordMemo`] keeps it: a short one (nearly every word) in the
/// slot itself, so a lookup that finds it reads no other memory (a word on
/// the heap was a cache miss and a `memcmp` call each time it was asked).
#[derive(PartialEq, Eq)]
enum MemoWord {
    /// The word's bytes, zeros after its `len`.
    Inline {
        len: u8,
        bytes: [u8; INLINE_WORD],
    },
    Heap(Box<str>),
}

impl MemoWord {
    /// `word` in a slot's form, if it is short enough for one.
    fn inline(word: &str) -> Option<MemoWord> {
        let mut bytes = [0; INLINE_WORD];
        bytes.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
        Some(MemoWord::Inline { len: word.len() as u8, bytes })
    }

    fn of(word: &str) -> MemoWord {
        MemoWord::inline(word).unwrap_or_else(|| MemoWord::Heap(word.into()))
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            MemoWord::Inline { len, bytes } => &bytes[..usize::from(*len)],
            MemoWord::Heap(word) => word.as_bytes(),
        }
    }
}

fn word_hash(word: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(word)
}

impl<A: Copy> WordMemo<A> {
    pub(crate) const fn new() -> WordMemo<A> {
        WordMemo { by_language: Vec::new() }
    }

    /// The remembered answer for `word` in `language`, else `ask()`'s, remembered.
    fn answer(&mut self, language: usize, word: &str, ask: impl FnOnce() -> A) -> A {
        if self.by_language.len() <= language {
            self.by_language.resize_with(language + 1, HashTable::new);
        }
        let answers = &mut self.by_language[language];
        let hash = word_hash(word.as_bytes());
        // a short word is compared as its whole slot form (a few wide compares, no call)
        let probe = MemoWord::inline(word);
        let found = match &probe {
            Some(probe) => answers.find(hash, |(known, _)| known == probe),
            None => answers.find(hash, |(known, _)| known.as_bytes() == word.as_bytes()),
        };
        if let Some(&(_, known)) = found {
            return known;
        }
        let answer = ask();
        if answers.len() >= MEMO_WORDS {
            answers.clear();
        }
        let word = probe.unwrap_or_else(|| MemoWord::of(word));
        answers.insert_unique(hash, (word, answer), |(known, _)| word_hash(known.as_bytes()));
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

/// An answer about one tokenised document, worked out the first time it is
/// asked: for questions that read every word of the document and that rules
/// ask again for each of its candidates. A copy of the document starts
/// without the answer (a copy is made to change its tokens' flags).
pub(crate) struct AskedOnce<A>(std::sync::OnceLock<A>);

impl<A> Default for AskedOnce<A> {
    fn default() -> AskedOnce<A> {
        AskedOnce(std::sync::OnceLock::new())
    }
}

impl<A> AskedOnce<A> {
    /// The answer, from `ask` if this is the first time.
    pub(crate) fn get_or(&self, ask: impl FnOnce() -> A) -> &A {
        self.0.get_or_init(ask)
    }
}

impl<A> Clone for AskedOnce<A> {
    fn clone(&self) -> AskedOnce<A> {
        AskedOnce::default()
    }
}

/// Answers about one tokenised document by key, each worked out the first
/// time it is asked (as [`AskedOnce`]); a copy of the document starts with none.
pub(crate) struct AskedByKey<K, A>(std::sync::Mutex<FxHashMap<K, A>>);

impl<K: std::hash::Hash + Eq, A: Copy> AskedByKey<K, A> {
    /// The answer for `key`, from `ask` if this is the first time.
    pub(crate) fn get_or(&self, key: K, ask: impl FnOnce() -> A) -> A {
        if let Some(&known) = self.answers().get(&key) {
            return known;
        }
        // asked without the lock held: the question may ask others of the same document
        let answer = ask();
        self.answers().insert(key, answer);
        answer
    }

    /// Forget every answer (the document was filled again), keeping the room.
    pub(crate) fn clear(&mut self) {
        self.0.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner).clear();
    }

    fn answers(&self) -> std::sync::MutexGuard<'_, FxHashMap<K, A>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl<K, A> Default for AskedByKey<K, A> {
    fn default() -> AskedByKey<K, A> {
        AskedByKey(std::sync::Mutex::new(FxHashMap::default()))
    }
}

impl<K, A> Clone for AskedByKey<K, A> {
    fn clone(&self) -> AskedByKey<K, A> {
        AskedByKey::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_asked_once_is_kept_but_not_by_a_copy() {
        let asked = std::cell::Cell::new(0);
        let ask = || {
            asked.set(asked.get() + 1);
            asked.get()
        };
        let once = AskedOnce::default();
        assert_eq!((*once.get_or(ask), *once.get_or(ask)), (1, 1));
        let copy = once.clone();
        assert_eq!(*copy.get_or(ask), 2, "a copy asks again");
        assert_eq!(*once.get_or(ask), 1);
    }

    #[test]
    fn answers_asked_by_key_are_kept_per_key_but_not_by_a_copy_or_a_clear() {
        let asked = std::cell::Cell::new(0);
        let ask = |n: u32| {
            asked.set(asked.get() + 1);
            n * 10
        };
        let mut answers = AskedByKey::default();
        assert_eq!((answers.get_or(1, || ask(1)), answers.get_or(2, || ask(2))), (10, 20));
        assert_eq!(answers.get_or(1, || ask(1)), 10);
        assert_eq!(asked.get(), 2);
        assert_eq!(answers.clone().get_or(1, || ask(3)), 30, "a copy asks again");
        answers.clear();
        assert_eq!(answers.get_or(2, || ask(4)), 40, "a cleared memo asks again");
        // a question may ask another of the same memo
        let nested = answers.get_or(5, || answers.get_or(6, || 60) + 1);
        assert_eq!((nested, answers.get_or(6, || 0)), (61, 60));
    }

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
    fn a_memo_tells_words_apart_short_long_and_alike() {
        let mut memo = WordMemo::<usize>::new();
        let long = "Ааааааааааааааааааааааааааааааа"; // 60 bytes: kept on the heap
        let words = [
            "",
            "a",
            "a\0",
            "ab",
            "ba",
            "Москва",
            long,
            &long[2..],
            "abcdefghijklmnopqrstuvwxyz0123",
            "abcdefghijklmnopqrstuvwxyz01234",
        ];
        for (n, word) in words.iter().enumerate() {
            assert_eq!(memo.answer(2, word, || n), n, "{word}");
        }
        for (n, word) in words.iter().enumerate() {
            assert_eq!(memo.answer(2, word, || usize::MAX), n, "{word} remembered");
        }
        assert_eq!(memo.by_language[2].len(), words.len());
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
