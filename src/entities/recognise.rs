//! A first recogniser: runs of capitalised words in cased scripts, linked by
//! their Latin transliteration key. Replaced by the gazetteer-backed
//! recogniser of the entity work; kept simple and honest meanwhile.

use crate::corpus::Article;
use crate::lang::latin_key;

use super::{EntityId, EntityKind, RawMention};

fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some(c) if c.is_uppercase()) && word.chars().count() >= 2
}

pub fn recognise_corpus(articles: &[Article]) -> Vec<Vec<RawMention>> {
    articles.iter().map(|a| recognise_article(&a.text)).collect()
}

fn recognise_article(text: &str) -> Vec<RawMention> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let mut sentence_start = true;
    for (start, word) in words(text) {
        let end = start + word.len();
        let name_like = is_name_word(word) && !sentence_start;
        if name_like {
            run = Some(match run {
                Some((s, _)) if text[..start].ends_with(' ') && !text[..start].trim_end().ends_with([',', '.', ';', ':']) => (s, end),
                Some(done) => {
                    out.push(make(text, done));
                    (start, end)
                }
                None => (start, end),
            });
        } else if let Some(done) = run.take() {
            out.push(make(text, done));
        }
        sentence_start = text[end..].trim_start_matches(['\'', '’']).starts_with(['.', '!', '?', '\n']) || text[end..].starts_with(".");
    }
    if let Some(done) = run {
        out.push(make(text, done));
    }
    out
}

/// Words as (byte start, slice); a word ends at an apostrophe (Turkish suffixes, possessives).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || c == '-' || (c as u32 >= 0x900 && c as u32 <= 0x97f);
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out.into_iter()
}

fn make(text: &str, (start, end): (usize, usize)) -> RawMention {
    let surface = &text[start..end];
    let key = latin_key(surface).text;
    let all_caps = surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let kind = if all_caps { EntityKind::Organization } else { EntityKind::Person };
    RawMention { start, end, kind, id: EntityId(format!("name:{key}")), name: key }
}
