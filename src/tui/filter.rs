//! Which articles the list shows: filters that combine (language, source, a
//! date range, a review mark or tag, an entity), written and read back as a
//! short line (`lang:ru unread date:2024-06`) for the filter prompt.

use korpus::review::{Relevance, ReviewMark};
use korpus::store::ArticleMeta;

use super::dates;

/// A review mark the list can be narrowed to (`F` cycles through them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkFilter {
    Unread,
    Starred,
    Relevant,
    NotRelevant,
    HasNote,
    Tagged(String),
}

impl MarkFilter {
    pub fn label(&self) -> String {
        match self {
            MarkFilter::Unread => "unread".into(),
            MarkFilter::Starred => "starred".into(),
            MarkFilter::Relevant => "relevant".into(),
            MarkFilter::NotRelevant => "not-relevant".into(),
            MarkFilter::HasNote => "noted".into(),
            MarkFilter::Tagged(tag) => format!("tag:{tag}"),
        }
    }

    fn admits(&self, mark: Option<&ReviewMark>) -> bool {
        let m = mark.cloned().unwrap_or_default();
        match self {
            MarkFilter::Unread => !m.read,
            MarkFilter::Starred => m.starred,
            MarkFilter::Relevant => m.relevance == Some(Relevance::Relevant),
            MarkFilter::NotRelevant => m.relevance == Some(Relevance::NotRelevant),
            MarkFilter::HasNote => !m.note.trim().is_empty(),
            MarkFilter::Tagged(tag) => m.tags.iter().any(|t| t == tag),
        }
    }
}

/// Every filter in force; an article is listed when it passes all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub mark: Option<MarkFilter>,
    /// A language code (`ru`).
    pub language: Option<String>,
    /// Part of the source's name, any case (`reuters`).
    pub source: Option<String>,
    /// Inclusive day numbers (see [`dates`]); undated articles never pass.
    pub dates: Option<(i64, i64)>,
    /// Articles that mention this entity (from its card).
    pub entity: Option<usize>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether an article passes; `mentioned` holds the entity's articles in
    /// corpus order when an entity filter is set.
    pub fn admits(
        &self,
        article: usize,
        meta: Option<&ArticleMeta<'_>>,
        mark: Option<&ReviewMark>,
        mentioned: &[(usize, usize)],
    ) -> bool {
        if self.mark.as_ref().is_some_and(|f| !f.admits(mark)) {
            return false;
        }
        if self.entity.is_some() && mentioned.binary_search_by_key(&article, |&(a, _)| a).is_err() {
            return false;
        }
        if self.language.is_none() && self.source.is_none() && self.dates.is_none() {
            return true;
        }
        let Some(meta) = meta else { return false };
        if self.language.as_deref().is_some_and(|l| meta.language.code() != l) {
            return false;
        }
        if let Some(wanted) = &self.source {
            let source = meta.source.as_deref().unwrap_or("").to_lowercase();
            if !source.contains(&wanted.to_lowercase()) {
                return false;
            }
        }
        if let Some((from, to)) = self.dates {
            match meta.date.as_deref().and_then(dates::day_number) {
                Some(day) if (from..=to).contains(&day) => {}
                _ => return false,
            }
        }
        true
    }

    /// The filters as the prompt writes them (the entity, set from a card,
    /// is not written: it stays when the line is edited).
    pub fn to_text(&self) -> String {
        let mut words = Vec::new();
        if let Some(language) = &self.language {
            words.push(format!("lang:{language}"));
        }
        if let Some(source) = &self.source {
            words.push(format!("source:{}", quote(source)));
        }
        if let Some((from, to)) = self.dates {
            let end = |d: i64, open: i64| if d == open { String::new() } else { dates::format_day(d) };
            words.push(if from == to {
                format!("date:{}", dates::format_day(from))
            } else {
                format!("date:{}..{}", end(from, i64::MIN), end(to, i64::MAX))
            });
        }
        if let Some(mark) = &self.mark {
            words.push(mark.label());
        }
        words.join(" ")
    }

    /// Read a filter line: `lang:ru source:reuters date:2024-06-01..2024-06-30
    /// unread` (words in any order; `starred`, `relevant`, `not-relevant`,
    /// `noted`, `tag:NAME` are the marks). The entity filter is kept.
    pub fn parse(line: &str, entity: Option<usize>) -> Result<Filters, String> {
        let mut filters = Filters { entity, ..Filters::default() };
        for word in split_words(line) {
            let (key, value) = word.split_once(':').map_or((word.as_str(), ""), |(k, v)| (k, v));
            let mark = match (key.to_lowercase().as_str(), value) {
                ("lang" | "language", v) if !v.is_empty() => {
                    filters.language = Some(v.to_lowercase());
                    None
                }
                ("source" | "src", v) if !v.is_empty() => {
                    filters.source = Some(v.to_owned());
                    None
                }
                ("date" | "dates", v) => {
                    let range = dates::parse_range(v).ok_or_else(|| {
                        format!("{v:?} is not a date or range (2024-06-19, 2024-06, 2024-06-01..2024-06-30)")
                    })?;
                    filters.dates = Some(range);
                    None
                }
                ("tag", v) if !v.is_empty() => Some(MarkFilter::Tagged(v.to_owned())),
                ("unread", "") => Some(MarkFilter::Unread),
                ("starred", "") => Some(MarkFilter::Starred),
                ("relevant", "") => Some(MarkFilter::Relevant),
                ("not-relevant", "") => Some(MarkFilter::NotRelevant),
                ("noted", "") => Some(MarkFilter::HasNote),
                _ => {
                    return Err(format!(
                        "{word:?}: filters are lang:CODE source:NAME date:RANGE unread starred relevant not-relevant noted tag:NAME"
                    ));
                }
            };
            if let Some(mark) = mark {
                if filters.mark.is_some() {
                    return Err("one review mark or tag at a time".into());
                }
                filters.mark = Some(mark);
            }
        }
        Ok(filters)
    }
}

/// Words split at spaces, except inside double quotes (`source:"The Times"`).
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

fn quote(value: &str) -> String {
    if value.contains(char::is_whitespace) { format!("\"{value}\"") } else { value.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_line_reads_back_as_written() {
        let line = "lang:ru source:\"The Times\" date:2024-06-01..2024-06-30 unread";
        let filters = Filters::parse(line, None).unwrap();
        assert_eq!(filters.language.as_deref(), Some("ru"));
        assert_eq!(filters.source.as_deref(), Some("The Times"));
        assert_eq!(filters.mark, Some(MarkFilter::Unread));
        assert_eq!(filters.to_text(), line);
        assert_eq!(Filters::parse(&filters.to_text(), None).unwrap(), filters);
        let open = Filters::parse("date:2024-06..", Some(3)).unwrap();
        assert_eq!(open.to_text(), "date:2024-06-01..");
        assert_eq!(open.entity, Some(3), "the entity filter is kept");
        assert!(Filters::parse("", None).unwrap().is_empty());
    }

    #[test]
    fn a_bad_filter_word_says_what_is_possible() {
        let e = Filters::parse("lang:ru unred", None).unwrap_err();
        assert!(e.contains("\"unred\"") && e.contains("unread"), "{e}");
        assert!(Filters::parse("date:june", None).unwrap_err().contains("not a date"));
        assert!(Filters::parse("unread starred", None).is_err());
    }
}
