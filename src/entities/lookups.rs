//! Which corpus word statistics recognising a run of articles looked up.
//!
//! Recognition is a function of the article and of the answers to its
//! lookups in the corpus's word statistics ("is this word written in lower
//! case in this language?", "is it capitalised mid-sentence?", "is this a
//! name's skeleton?"). Statistics only grow when articles are appended, so
//! an old article is recognised as before unless one of the lookups it made
//! now has a new answer: one of its looked-up keys is among those the new
//! articles added. Recording the lookups made (not every word read) keeps
//! that dependency as narrow as the rules themselves.
//!
//! Lookups are recorded per thread while [`recording`] runs; every lookup
//! of the statistics goes through [`lower`], [`midcap`] or [`skeleton`].

use std::cell::RefCell;

use super::fxhash::FxHashSet;

thread_local! {
    /// The keys looked up on this thread while recording, and a buffer for the next one.
    static RECORDED: RefCell<Option<(FxHashSet<String>, String)>> = const { RefCell::new(None) };
}

/// Run `work` on this thread, recording the lookups it makes (distinct, no order).
pub(crate) fn recording<R>(work: impl FnOnce() -> R) -> (R, Vec<String>) {
    let outer = RECORDED.with(|r| r.borrow_mut().replace((FxHashSet::default(), String::new())));
    let result = work();
    let recorded = RECORDED.with(|r| std::mem::replace(&mut *r.borrow_mut(), outer));
    (result, recorded.map(|(keys, _)| keys.into_iter().collect()).unwrap_or_default())
}

fn note(write: impl FnOnce(&mut String)) {
    RECORDED.with(|r| {
        if let Some((keys, buffer)) = r.borrow_mut().as_mut() {
            buffer.clear();
            write(buffer);
            if !keys.contains(buffer.as_str()) {
                keys.insert(buffer.clone());
            }
        }
    });
}

/// A key as one of the functions below writes it.
pub(crate) fn written(write: impl FnOnce(&mut String)) -> String {
    let mut out = String::new();
    write(&mut out);
    out
}

/// The key of "written in lower case in the language numbered `language`".
pub(crate) fn lower_key(language: usize, key: &str, out: &mut String) {
    use std::fmt::Write;
    // the language's number ends at the first colon, so no two (language, key) pairs write alike
    let _ = write!(out, "l{language}:{key}");
}

/// The key of "capitalised mid-sentence".
pub(crate) fn midcap_key(key: &str, out: &mut String) {
    out.push_str("m:");
    out.push_str(key);
}

/// The key of "a name's skeleton in a language that capitalises names only".
pub(crate) fn skeleton_key(skeleton: &str, out: &mut String) {
    out.push_str("s:");
    out.push_str(skeleton);
}

pub(crate) fn lower(language: usize, key: &str) {
    note(|out| lower_key(language, key, out));
}

pub(crate) fn midcap(key: &str) {
    note(|out| midcap_key(key, out));
}

pub(crate) fn skeleton(skeleton: &str) {
    note(|out| skeleton_key(skeleton, out));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_are_recorded_only_while_recording_and_only_on_this_thread() {
        lower(1, "before");
        let ((), keys) = recording(|| {
            lower(3, "paris");
            midcap("paris");
            midcap("paris");
            std::thread::scope(|s| s.spawn(|| skeleton("prs")).join().ok());
        });
        let mut keys = keys;
        keys.sort();
        assert_eq!(keys, ["l3:paris", "m:paris"]);
        let ((), none) = recording(|| {});
        assert!(none.is_empty());
    }

    #[test]
    fn languages_and_keys_never_run_together() {
        let (mut a, mut b) = (String::new(), String::new());
        lower_key(1, "2:x", &mut a);
        lower_key(12, ":x", &mut b);
        assert_ne!(a, b);
    }
}
