//! fzf's extended query syntax: space-separated terms that must all match,
//! `'exact`, `^prefix`, `suffix$`, `^whole$`, `!negation`. Smart case: a term
//! typed with an upper-case Latin letter matches case exactly, any other term
//! ignores case. Every term is turned into the same ASCII key as the text
//! (`лавров` → `lavrov`), so a query in one script finds the others.

#[cfg(feature = "skim-baseline")]
use fuzzy_matcher::{FuzzyMatcher, skim::SkimMatcherV2};
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Matcher, Utf32Str};

use crate::lang::ascii_key_string;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Fuzzy,
    Exact,
    Prefix,
    Suffix,
    /// `^word$`: the whole key.
    Whole,
}

/// One query term, ready to match ASCII keys.
#[derive(Debug, Clone)]
pub struct Term {
    pub kind: TermKind,
    pub negated: bool,
    /// The term's ASCII key; lower-cased unless `case_sensitive`.
    pub needle: String,
    pub case_sensitive: bool,
    atom: Atom,
}

/// Which matcher scores candidates: nucleo-matcher (fzf's algorithm, the
/// default) or, with the `skim-baseline` feature, fuzzy-matcher's skim V2
/// (the baseline the design started from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Engine {
    #[default]
    Nucleo,
    #[cfg(feature = "skim-baseline")]
    Skim,
}

impl Engine {
    /// The engines built in, for comparisons.
    pub const ALL: &[Engine] = &[
        Engine::Nucleo,
        #[cfg(feature = "skim-baseline")]
        Engine::Skim,
    ];
}

#[derive(Debug, Clone, Default)]
pub struct Query {
    pub terms: Vec<Term>,
    pub engine: Engine,
}

/// Per-thread matcher state.
pub struct Scratch {
    /// Made at the first fuzzy term scored: a matcher's buffers are a zeroed 135 KB,
    /// and a pass makes a scratch per chunk of keys, most of which the prefilter
    /// turns away unread (a search of 100,000 one-line articles zeroed 1,200 of them).
    nucleo: Option<Matcher>,
    #[cfg(feature = "skim-baseline")]
    skim_ignore_case: SkimMatcherV2,
    #[cfg(feature = "skim-baseline")]
    skim_respect_case: SkimMatcherV2,
}

// (derivable without the skim-baseline feature only: its matchers are made ignoring or respecting case)
#[allow(clippy::derivable_impls)]
impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            nucleo: None,
            #[cfg(feature = "skim-baseline")]
            skim_ignore_case: SkimMatcherV2::default().ignore_case(),
            #[cfg(feature = "skim-baseline")]
            skim_respect_case: SkimMatcherV2::default().respect_case(),
        }
    }
}

impl Scratch {
    fn nucleo(&mut self) -> &mut Matcher {
        self.nucleo.get_or_insert_with(|| Matcher::new(nucleo_matcher::Config::DEFAULT))
    }

    #[cfg(test)]
    pub(crate) fn has_matcher(&self) -> bool {
        self.nucleo.is_some()
    }
}

impl Query {
    pub fn parse(input: &str) -> Query {
        Query::parse_with(input, Engine::default())
    }

    pub fn parse_with(input: &str, engine: Engine) -> Query {
        let mut terms = Vec::new();
        for raw in input.split_whitespace() {
            let mut word = raw;
            let negated = word.len() > 1 && word.starts_with('!');
            if negated {
                word = &word[1..];
            }
            let mut kind = TermKind::Fuzzy;
            if let Some(rest) = word.strip_prefix('\'') {
                word = rest;
                kind = TermKind::Exact;
            } else if let Some(rest) = word.strip_prefix('^') {
                word = rest;
                kind = TermKind::Prefix;
            }
            if let Some(rest) = word.strip_suffix('$').filter(|r| !r.is_empty()) {
                word = rest;
                kind = if kind == TermKind::Prefix { TermKind::Whole } else { TermKind::Suffix };
            }
            if negated && kind == TermKind::Fuzzy {
                // as in fzf, `!word` excludes keys containing the word as typed
                kind = TermKind::Exact;
            }
            if word.is_empty() {
                continue;
            }
            let case_sensitive = word.chars().any(|c| c.is_ascii_uppercase());
            let mut needle = ascii_key_string(word);
            if !case_sensitive {
                needle.make_ascii_lowercase();
            }
            if needle.is_empty() {
                continue;
            }
            let atom_kind = match kind {
                TermKind::Fuzzy => AtomKind::Fuzzy,
                TermKind::Exact => AtomKind::Substring,
                TermKind::Prefix => AtomKind::Prefix,
                TermKind::Suffix => AtomKind::Postfix,
                TermKind::Whole => AtomKind::Exact,
            };
            let case = if case_sensitive { CaseMatching::Respect } else { CaseMatching::Ignore };
            let atom = Atom::new(&needle, case, Normalization::Never, atom_kind, false);
            terms.push(Term { kind, negated, needle, case_sensitive, atom });
        }
        Query { terms, engine }
    }

    /// A query with no positive term matches nothing.
    pub fn is_empty(&self) -> bool {
        self.terms.iter().all(|t| t.negated)
    }

    /// Cheap test that can only reject: every positive term's letters occur
    /// in the key (in order for fuzzy terms, contiguously for the others).
    pub fn may_match(&self, key: &[u8]) -> bool {
        self.terms.iter().filter(|t| !t.negated).all(|t| match t.kind {
            TermKind::Fuzzy => is_subsequence(t.needle.as_bytes(), key, !t.case_sensitive),
            _ => contains(key, t.needle.as_bytes(), !t.case_sensitive),
        })
    }

    /// Whether [`Query::score`] scores `key`, without scoring it: every
    /// positive term matches and no negated one does. A fuzzy term matches
    /// exactly when its letters are in the key in order (nucleo-matcher
    /// finds an alignment whenever there is one).
    pub fn matches(&self, key: &str) -> bool {
        self.terms.iter().all(|term| {
            let found = match term.kind {
                TermKind::Fuzzy => is_subsequence(term.needle.as_bytes(), key.as_bytes(), !term.case_sensitive),
                _ => anchored_score(term, key, None).is_some(),
            };
            found != term.negated
        })
    }

    /// The most [`Query::score`] can give a key, when the engine's scoring
    /// is known: nucleo-matcher (fzf's algorithm) gives a letter 16 and a
    /// bonus of at most 10 (after whitespace or at the key's start), the
    /// first letter's bonus twice; an anchored or exact term scores
    /// `16 × length + 8` wherever it matches.
    pub fn most(&self) -> Option<u32> {
        if self.engine != Engine::Nucleo {
            return None;
        }
        let mut most = 0u32;
        for term in self.terms.iter().filter(|t| !t.negated) {
            let n = u32::try_from(term.needle.len()).ok()?;
            let term_most = match term.kind {
                TermKind::Fuzzy => n.checked_mul(26)?.checked_add(10)?,
                _ => n.checked_mul(16)?.checked_add(8)?,
            };
            most = most.checked_add(term_most)?;
        }
        Some(most)
    }

    /// Score an ASCII key against all terms, or `None`. With `indices`, the
    /// matched key byte positions are appended.
    pub fn score(&self, scratch: &mut Scratch, key: &str, mut indices: Option<&mut Vec<u32>>) -> Option<u32> {
        let mut total: u32 = 0;
        for term in &self.terms {
            let found = match self.engine {
                // anchored and exact terms are plain byte comparisons; nucleo-matcher 0.3.1
                // also compares the whole key instead of the anchored slice when case matters
                _ if term.kind != TermKind::Fuzzy => {
                    anchored_score(term, key, indices.as_deref_mut().filter(|_| !term.negated))
                }
                Engine::Nucleo => {
                    let hay = Utf32Str::Ascii(key.as_bytes());
                    match indices.as_deref_mut() {
                        Some(out) if !term.negated => term.atom.indices(hay, scratch.nucleo(), out).map(u32::from),
                        _ => term.atom.score(hay, scratch.nucleo()).map(u32::from),
                    }
                }
                #[cfg(feature = "skim-baseline")]
                Engine::Skim => skim_score(scratch, term, key, indices.as_deref_mut().filter(|_| !term.negated)),
            };
            match (found, term.negated) {
                (Some(_), true) | (None, false) => return None,
                (None, true) => {}
                (Some(s), false) => total += s,
            }
        }
        Some(total)
    }

    /// True when every key matching `input` also matches `earlier`, so a
    /// search can rescan only `earlier`'s matches. Decided on the terms'
    /// ASCII keys, not the typed text: a key is not always an extension of
    /// a shorter one (Hindi `अं` is `am`, `अंब` is `amb`, but `अं` alone may be
    /// `an`), and a negation or an anchored end that grew excludes less.
    pub fn narrows(input: &str, earlier: &str) -> bool {
        let (now, before) = (Query::parse(input), Query::parse(earlier));
        if before.is_empty() || now.terms.len() < before.terms.len() {
            return false;
        }
        // terms added after the earlier ones only narrow further
        before.terms.iter().zip(&now.terms).all(|(old, new)| new.implies(old))
    }
}

impl Term {
    /// Every key this term accepts is accepted by `other` too.
    fn implies(&self, other: &Term) -> bool {
        if self.kind != other.kind || self.negated != other.negated {
            return false;
        }
        // a case-sensitive term may follow a case-free one (a capital typed), never the reverse
        if other.case_sensitive && !self.case_sensitive {
            return false;
        }
        let (new, old) = if other.case_sensitive {
            (self.needle.clone(), other.needle.clone())
        } else {
            (self.needle.to_ascii_lowercase(), other.needle.to_ascii_lowercase())
        };
        if self.negated {
            // a negation excludes less as it grows: only the same one is safe
            return new == old;
        }
        match self.kind {
            // a needle that starts with the old one contains it (as a substring, a prefix or a subsequence)
            TermKind::Fuzzy | TermKind::Exact | TermKind::Prefix => new.starts_with(&old),
            TermKind::Suffix => new.ends_with(&old),
            TermKind::Whole => new == old,
        }
    }
}

#[cfg(feature = "skim-baseline")]
fn skim_score(scratch: &Scratch, term: &Term, key: &str, indices: Option<&mut Vec<u32>>) -> Option<u32> {
    let matcher = if term.case_sensitive { &scratch.skim_respect_case } else { &scratch.skim_ignore_case };
    match indices {
        Some(out) => matcher.fuzzy_indices(key, &term.needle).map(|(s, idx)| {
            out.extend(idx.into_iter().map(|i| i as u32));
            s.max(0) as u32
        }),
        None => matcher.fuzzy_match(key, &term.needle).map(|s| s.max(0) as u32),
    }
}

/// Exact, prefix, suffix and whole-key terms; longer needles score more, as in fzf.
fn anchored_score(term: &Term, key: &str, indices: Option<&mut Vec<u32>>) -> Option<u32> {
    let hay = key.as_bytes();
    let needle = term.needle.as_bytes();
    let at = match term.kind {
        TermKind::Prefix => starts_with(hay, needle, !term.case_sensitive).then_some(0),
        TermKind::Suffix => (hay.len() >= needle.len()
            && starts_with(&hay[hay.len() - needle.len()..], needle, !term.case_sensitive))
        .then(|| hay.len() - needle.len()),
        TermKind::Whole => (hay.len() == needle.len() && starts_with(hay, needle, !term.case_sensitive)).then_some(0),
        _ => find(hay, needle, !term.case_sensitive),
    }?;
    if let Some(out) = indices {
        out.extend((at..at + needle.len()).map(|i| i as u32));
    }
    Some(16 * needle.len() as u32 + 8)
}

fn starts_with(hay: &[u8], needle: &[u8], ignore_case: bool) -> bool {
    hay.len() >= needle.len()
        && if ignore_case { hay[..needle.len()].eq_ignore_ascii_case(needle) } else { &hay[..needle.len()] == needle }
}

/// Position of `needle` in `hay`; `needle` is lower-case when `ignore_case`.
fn find(hay: &[u8], needle: &[u8], ignore_case: bool) -> Option<usize> {
    let Some(&first) = needle.first() else { return Some(0) };
    if !ignore_case {
        return memchr::memmem::find(hay, needle);
    }
    let mut from = 0;
    while let Some(i) = memchr::memchr2(first, first.to_ascii_uppercase(), &hay[from..]) {
        let at = from + i;
        if starts_with(&hay[at..], needle, true) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn contains(hay: &[u8], needle: &[u8], ignore_case: bool) -> bool {
    find(hay, needle, ignore_case).is_some()
}

/// Are `needle`'s bytes in `hay` in order? memchr jumps from one to the next.
fn is_subsequence(needle: &[u8], hay: &[u8], ignore_case: bool) -> bool {
    let mut from = 0;
    for &b in needle {
        let found = if ignore_case && b.is_ascii_alphabetic() {
            memchr::memchr2(b, b.to_ascii_uppercase(), &hay[from..])
        } else {
            memchr::memchr(b, &hay[from..])
        };
        match found {
            Some(i) => from += i + 1,
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scratch_makes_its_matcher_only_when_a_fuzzy_term_is_scored() {
        let mut scratch = Scratch::default();
        assert!(scratch.nucleo.is_none());
        // anchored and exact terms are byte comparisons: no matcher
        assert!(Query::parse("^lav 'rov").score(&mut scratch, "lavrov", None).is_some());
        assert!(scratch.nucleo.is_none());
        let fuzzy = Query::parse("lvrv");
        let first = fuzzy.score(&mut scratch, "lavrov", None);
        assert!(first.is_some() && scratch.nucleo.is_some());
        // the same score from a matcher made for it and from one used before
        assert_eq!(fuzzy.score(&mut scratch, "lavrov", None), first);
        assert_eq!(fuzzy.score(&mut Scratch::default(), "lavrov", None), first);
    }

    fn matches(query: &str, key: &str) -> bool {
        let q = Query::parse(query);
        let nucleo = q.may_match(key.as_bytes()) && q.score(&mut Scratch::default(), key, None).is_some();
        #[cfg(feature = "skim-baseline")]
        {
            let s = Query::parse_with(query, Engine::Skim);
            let skim = s.score(&mut Scratch::default(), key, None).is_some();
            assert_eq!(nucleo, skim, "engines disagree on {query:?} / {key:?}");
        }
        nucleo
    }

    #[test]
    fn parses_fzf_operators() {
        let q = Query::parse("lav 'exact ^pre suf$ !not ^whole$");
        let kinds: Vec<(TermKind, bool)> = q.terms.iter().map(|t| (t.kind, t.negated)).collect();
        assert_eq!(
            kinds,
            vec![
                (TermKind::Fuzzy, false),
                (TermKind::Exact, false),
                (TermKind::Prefix, false),
                (TermKind::Suffix, false),
                (TermKind::Exact, true),
                (TermKind::Whole, false)
            ]
        );
    }

    #[test]
    fn all_terms_must_match_and_negation_excludes() {
        assert!(matches("lavrov kim", "Sergey Lavrov met Kim"));
        assert!(!matches("lavrov putin", "Sergey Lavrov met Kim"));
        assert!(!matches("lavrov !kim", "Sergey Lavrov met Kim"));
        assert!(matches("lavrov !putin", "Sergey Lavrov met Kim"));
    }

    #[test]
    fn cyrillic_and_devanagari_queries_match_latin_keys() {
        assert!(matches("лавров", "Lavrov'un"));
        assert!(matches("लावरोव", "Sergey Lavrov"));
        assert!(matches("sojgu", "Sojgu"));
    }

    #[test]
    fn prefix_suffix_and_exact_anchor() {
        assert!(matches("^pjong", "Pjongjangu"));
        assert!(!matches("^jang", "Pjongjangu"));
        assert!(matches("jangu$", "Pjongjangu"));
        assert!(matches("'ngja", "Pjongjangu"));
        assert!(!matches("'pjgu", "Pjongjangu"));
        assert!(matches("^pjongjangu$", "Pjongjangu"));
    }

    #[test]
    fn smart_case_only_for_latin_capitals() {
        assert!(matches("Lavrov", "Lavrov"));
        assert!(!matches("Lavrov", "lavrov"));
        assert!(matches("lavrov", "LAVROV"));
    }

    #[test]
    fn typo_with_a_transposition_still_finds_by_subsequence_of_the_rest() {
        assert!(matches("lavrv", "Lavrov"));
    }

    #[test]
    fn narrowing_is_only_claimed_when_it_is_safe() {
        assert!(Query::narrows("lavr", "lav"));
        assert!(Query::narrows("lav p", "lav"));
        assert!(Query::narrows("lav !x", "lav "));
        assert!(!Query::narrows("!lav", "!la"));
        assert!(!Query::narrows("la", "lav"));
        assert!(!Query::narrows("lav", ""));
        assert!(!Query::narrows("kim$x", "kim$"));
        assert!(Query::narrows("lav pyo", "lav p"));
        assert!(Query::narrows("Lav", "la"), "a capital typed: case-sensitive Lav implies lav");
        assert!(!Query::narrows("lav", "La"));
        assert!(!Query::narrows("^lav$", "^la$"));
        assert!(Query::narrows("kim$", "im$"), "a suffix that grew at its front still ends the same");
    }

    #[test]
    fn hindi_typed_key_by_key_finds_what_the_whole_query_finds() {
        use crate::corpus::{Article, Corpus};
        use crate::entities::EntityIndex;
        use crate::search::{Scope, SearchIndex, SearchSession};
        use std::sync::atomic::AtomicBool;
        let texts = ["अंबर\nबादल छाए रहे", "अनार का बाज़ार", "अंत भला"];
        let articles =
            texts.iter().enumerate().map(|(i, t)| Article::new(i.to_string(), t, None, Some("hi"))).collect();
        let corpus = Corpus { name: "hi".into(), articles, warnings: Vec::new() };
        let index = SearchIndex::build(&corpus, &EntityIndex::build(&corpus.articles));
        let cancel = AtomicBool::new(false);
        let lines = |hits: Vec<crate::search::Hit>| {
            let mut v: Vec<(usize, usize)> = hits.iter().map(|h| (h.article, h.start)).collect();
            v.sort();
            v
        };
        let mut session = SearchSession::default();
        let mut typed = String::new();
        for c in "अंबर".chars() {
            typed.push(c);
            let by_keys =
                index.search_with(&corpus, &mut session, &typed, Engine::Nucleo, Scope::All, 50, &cancel, &mut |_| {});
            let whole = index.search(&corpus, &typed, Scope::All, 50, &cancel);
            assert_eq!(lines(by_keys), lines(whole), "typed up to {typed:?}");
        }
        assert!(!lines(index.search(&corpus, "अंबर", Scope::All, 50, &cancel)).is_empty());
    }

    #[test]
    fn a_hindi_query_narrows_only_when_its_key_grows() {
        // the anusvara's letter depends on what follows, so the key of अंब is not that of अं plus more
        let keys: Vec<String> =
            ["अ", "अं", "अंब", "अंबर"].iter().map(|q| Query::parse(q).terms[0].needle.clone()).collect();
        for pair in ["अ", "अं", "अंब", "अंबर"].windows(2).zip(keys.windows(2)) {
            let ((before, now), (old, new)) = ((pair.0[0], pair.0[1]), (&pair.1[0], &pair.1[1]));
            assert_eq!(Query::narrows(now, before), new.starts_with(old.as_str()), "{before} → {now}: {old} → {new}");
        }
        assert!(keys.windows(2).any(|k| !k[1].starts_with(&k[0])), "the keys really do change: {keys:?}");
    }

    proptest::proptest! {
        /// The pass counts a line it will not show as a match by
        /// `matches`, and skips it by `most`: both must agree with `score`.
        #[test]
        fn matches_is_score_found_and_most_bounds_it(
            key in "[a-zA-Z0-9 /,:;|.'-]{0,40}",
            terms in proptest::collection::vec(("(|'|\\^|!)", "[a-zA-Z0-9.-]{1,4}", "\\$?"), 1..4),
        ) {
            let input: Vec<String> = terms.iter().map(|(op, word, end)| format!("{op}{word}{end}")).collect();
            let query = Query::parse(&input.join(" "));
            let score = query.score(&mut Scratch::default(), &key, None);
            proptest::prop_assert_eq!(query.matches(&key), score.is_some(), "{:?} on {:?}", input, key);
            if let (Some(score), Some(most)) = (score, query.most()) {
                proptest::prop_assert!(score <= most, "{:?} on {:?}: {} > {}", input, key, score, most);
            }
        }
    }

    #[test]
    fn most_is_reached_by_a_whole_word_at_the_start() {
        // the bound is tight: a title that begins with the name scores it
        let query = Query::parse("lavrov 'pyong");
        let score = query.score(&mut Scratch::default(), "Lavrov in Pyongyang", None);
        assert_eq!(score, query.most());
        assert_eq!(query.most(), Some(26 * 6 + 10 + 16 * 5 + 8));
    }

    #[test]
    fn indices_point_into_the_key() {
        let q = Query::parse("lvrv");
        let mut idx = Vec::new();
        q.score(&mut Scratch::default(), "Lavrov", Some(&mut idx)).unwrap();
        idx.sort();
        assert_eq!(idx, vec![0, 2, 3, 5]);
    }
}
