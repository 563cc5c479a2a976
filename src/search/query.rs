//! fzf's extended query syntax: space-separated terms that must all match,
//! `'exact`, `^prefix`, `suffix$`, `!negation`. Case and diacritics are
//! always folded (smart case is part of the search work still to come).

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use crate::lang::{fold_for_search, latin_key, FoldedText};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Fuzzy,
    Exact,
    Prefix,
    Suffix,
    /// `'word$` / `^word$`: the whole string.
    Whole,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub kind: TermKind,
    pub negated: bool,
    /// The term folded the way the text is folded.
    pub folded: String,
    /// The term as a Latin key, to match across scripts.
    pub latin: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let mut terms = Vec::new();
        for raw in input.split_whitespace() {
            let mut word = raw;
            let negated = word.starts_with('!') && word.len() > 1;
            if negated {
                word = &word[1..];
            }
            let mut kind = TermKind::Fuzzy;
            if let Some(rest) = word.strip_prefix('\'') {
                word = rest;
                kind = TermKind::Exact;
            }
            if let Some(rest) = word.strip_prefix('^') {
                word = rest;
                kind = TermKind::Prefix;
            }
            if let Some(rest) = word.strip_suffix('$') {
                if !rest.is_empty() {
                    word = rest;
                    kind = if kind == TermKind::Prefix { TermKind::Whole } else { TermKind::Suffix };
                }
            }
            if negated && kind == TermKind::Fuzzy {
                // fzf: a negated term is an exact (substring) exclusion
                kind = TermKind::Exact;
            }
            if word.is_empty() {
                continue;
            }
            terms.push(Term { kind, negated, folded: fold_for_search(word).text, latin: latin_key(word).text });
        }
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.iter().all(|t| t.negated)
    }

    /// Match all terms against one folded candidate; the score is the sum,
    /// the matched chars are mapped back to original byte ranges.
    pub fn match_folded(&self, matcher: &SkimMatcherV2, candidate: &FoldedText) -> Option<(i64, Vec<(usize, usize)>)> {
        let mut total = 0;
        let mut chars: Vec<usize> = Vec::new();
        // the candidate is either an own-script fold or a Latin key; pick the term form that fits
        let ascii_candidate = candidate.text.is_ascii();
        for term in &self.terms {
            let needle = if ascii_candidate { &term.latin } else { &term.folded };
            let found = match term.kind {
                TermKind::Fuzzy => matcher.fuzzy_indices(&candidate.text, needle),
                _ => exact_match(&candidate.text, needle, term.kind),
            };
            match (found, term.negated) {
                (Some(_), true) | (None, false) => return None,
                (None, true) => {}
                (Some((score, idx)), false) => {
                    total += score;
                    chars.extend(idx);
                }
            }
        }
        Some((total, candidate.original_ranges(&chars)))
    }
}

/// Substring, prefix, suffix or whole match; score like fzf's exact terms
/// (longer needles score more), char indices of the match.
fn exact_match(haystack: &str, needle: &str, kind: TermKind) -> Option<(i64, Vec<usize>)> {
    let byte_start = match kind {
        TermKind::Prefix => haystack.starts_with(needle).then_some(0),
        TermKind::Suffix => haystack.ends_with(needle).then(|| haystack.len() - needle.len()),
        TermKind::Whole => (haystack == needle).then_some(0),
        _ => haystack.find(needle),
    }?;
    let char_start = haystack[..byte_start].chars().count();
    let n = needle.chars().count();
    Some((16 * n as i64 + 8, (char_start..char_start + n).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fzf_operators() {
        let q = Query::parse("lav 'exact ^pre suf$ !not");
        let kinds: Vec<(TermKind, bool)> = q.terms.iter().map(|t| (t.kind, t.negated)).collect();
        assert_eq!(kinds, vec![(TermKind::Fuzzy, false), (TermKind::Exact, false), (TermKind::Prefix, false), (TermKind::Suffix, false), (TermKind::Exact, true)]);
    }

    #[test]
    fn all_terms_must_match_and_negation_excludes() {
        let m = SkimMatcherV2::default();
        let text = fold_for_search("Sergey Lavrov met Kim");
        assert!(Query::parse("lavrov kim").match_folded(&m, &text).is_some());
        assert!(Query::parse("lavrov putin").match_folded(&m, &text).is_none());
        assert!(Query::parse("lavrov !kim").match_folded(&m, &text).is_none());
    }

    #[test]
    fn cyrillic_query_matches_latin_key() {
        let m = SkimMatcherV2::default();
        let key = latin_key("Lavrov'un");
        assert!(Query::parse("лавров").match_folded(&m, &key).is_some());
    }

    #[test]
    fn prefix_and_suffix_anchor() {
        let m = SkimMatcherV2::default();
        let text = fold_for_search("Pjongjangu");
        assert!(Query::parse("^pjong").match_folded(&m, &text).is_some());
        assert!(Query::parse("^jang").match_folded(&m, &text).is_none());
        assert!(Query::parse("jangu$").match_folded(&m, &text).is_some());
    }
}
