//! Articles and corpora: loading from the embedded seeds, a directory, a text
//! file or JSON Lines, with titles and languages worked out once at load.

mod fields;
mod headline;
mod load;
mod sanitize;
mod title;
mod walk;

pub use fields::{Field, FieldMap, FieldMapError, field_map, set_field_map};
pub use load::{
    ArticleTexts, ListedFile, Listing, LoadError, LoadProgress, SourceSpan, SourceTexts, TextFileWindows,
    article_files, list_corpus, load_listing, load_listing_knowing, load_listing_with, load_path, load_path_observed,
    load_path_with, load_seeds, read_article_text, read_article_text_shared,
};
pub use sanitize::{is_terminal_hazard, sanitize_for_terminal, sanitize_line, sanitize_owned};
pub use title::{TITLE_WIDTH, derive_title, markdown_title};
pub use walk::{FileStat, ListedDir, NO_DIR};

use serde::{Deserialize, Serialize};

use crate::lang::{Language, Script, detect_language, dominant_script};

/// One news article. `text` is the file's text with terminal hazards replaced
/// by same-length characters, so byte offsets into it are offsets into the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: the file name relative to the corpus root, or the JSON Lines `id`.
    pub id: String,
    /// Display title (first line when it is a headline, else the opening words).
    pub title: String,
    /// Byte range of the text the title was taken from (a record's given
    /// title: where the text opens with it).
    pub title_span: (usize, usize),
    pub text: String,
    pub language: Language,
    pub script: Script,
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

impl Article {
    /// Build an article from raw text: sanitise, derive title, detect language.
    /// `given_title`/`given_lang` (from JSON Lines) win over what is derived.
    pub fn new(id: String, raw_text: &str, given_title: Option<&str>, given_lang: Option<&str>) -> Self {
        Article::from_owned(id, raw_text.to_owned(), given_title, given_lang)
    }

    /// The same from text the caller gives up, which is then not copied.
    /// Every field that reaches a terminal is made safe here, the id and a
    /// given title and language as well as the text.
    pub fn from_owned(id: String, raw_text: String, given_title: Option<&str>, given_lang: Option<&str>) -> Self {
        Article::from_owned_knowing(id, raw_text, given_title, given_lang, None)
    }

    /// [`from_owned`](Self::from_owned), taking the language and script an
    /// earlier reading found when `known` is of this very text (same length
    /// and CRC-32, the test an index's append makes): detecting them again
    /// was most of the cost of loading a corpus that does not give them.
    pub fn from_owned_knowing(
        id: String,
        raw_text: String,
        given_title: Option<&str>,
        given_lang: Option<&str>,
        known: Option<&KnownReading>,
    ) -> Self {
        Article::from_owned_given(id, raw_text, given_title, given_language(given_lang), known)
    }

    /// [`from_owned_knowing`](Self::from_owned_knowing) with the record's
    /// language already read ([`given_language`]): a JSON Lines loader reads
    /// it once for both (`Language::from_code` was ~490 instructions a call).
    pub fn from_owned_given(
        id: String,
        raw_text: String,
        given_title: Option<&str>,
        given: Option<Language>,
        known: Option<&KnownReading>,
    ) -> Self {
        let id = if id.chars().any(|c| c == '\n' || is_terminal_hazard(c)) { sanitize_line(&id) } else { id };
        let text = sanitize_owned(raw_text);
        // a title is derived only when it is needed (a given title's span is
        // found in the text, else it is the derived one's)
        let (title, title_span) = match given_title.map(str::trim).filter(|t| !t.is_empty()) {
            // a record's title heads its text (see `headline`): that is the title's span
            Some(t) => {
                let title = sanitize_line(t);
                let span = headline::title_span_in(&text, &title).unwrap_or_else(|| derive_title(&text, TITLE_WIDTH).1);
                (title, span)
            }
            None => {
                let (mut derived_title, title_span) = derive_title(&text, TITLE_WIDTH);
                // a Markdown file's headline reads without its marks (`# **Putin**` is `Putin`)
                if id.rsplit('.').next().is_some_and(|ext| ext.eq_ignore_ascii_case("md")) {
                    derived_title = markdown_title(&derived_title);
                }
                (derived_title, title_span)
            }
        };
        let known = known.filter(|k| k.reads(&text));
        // a language given by the corpus wins; only the script is then worked
        // out (it depends on the text alone, so a known one is taken)
        let (language, script) = match given {
            Some(language) => (language, known.map_or_else(|| dominant_script(&text), |k| k.script)),
            None => match known.and_then(|k| Some((k.language.clone()?, k.script))) {
                Some(reading) => reading,
                None => detect_language(&text),
            },
        };
        Article { id, title, title_span, text, language, script, date: None, url: None, source: None }
    }

    /// Set the record's date, url and source, each made safe for one terminal
    /// line (blank values are none).
    pub fn with_metadata(mut self, date: Option<&str>, url: Option<&str>, source: Option<&str>) -> Self {
        let field = |value: Option<&str>| value.map(str::trim).filter(|v| !v.is_empty()).map(sanitize_line);
        self.date = field(date);
        self.url = field(url);
        self.source = field(source);
        self
    }

    pub fn bytes(&self) -> usize {
        self.text.len()
    }
}

/// A language a record gives, when it is one (a value that is no language
/// code, escapes for one, is not taken: the language is detected).
pub fn given_language(given_lang: Option<&str>) -> Option<Language> {
    given_lang.map(Language::from_code).filter(|language| *language != Language::Unknown)
}

/// How an earlier reading of a text found its language and script, as an
/// index keeps them, with the text's length and CRC-32 to tell it is the
/// same text.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownReading {
    pub text_bytes: u32,
    pub text_crc: u32,
    /// The language detected; `None` when the record gave its own (a record
    /// without one now must be detected: the given one may not be what
    /// detection finds).
    pub language: Option<Language>,
    pub script: Script,
}

/// What an earlier index knows of how it read a corpus's articles.
#[derive(Debug, Clone, Default)]
pub struct KnownReadings {
    /// A text file's article, by the listing's file number.
    pub files: Vec<Option<KnownReading>>,
    /// A JSON Lines record's, by file number and the line's byte offset.
    pub lines: crate::entities::fxhash::FxHashMap<(u32, u64), KnownReading>,
}

impl KnownReadings {
    /// Articles known (an earlier index's, which a grown corpus has again).
    pub fn len(&self) -> usize {
        self.files.iter().flatten().count() + self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn of_file(&self, file: u32) -> Option<&KnownReading> {
        self.files.get(file as usize).and_then(Option::as_ref)
    }

    fn of_line(&self, file: u32, line_at: u64) -> Option<&KnownReading> {
        self.lines.get(&(file, line_at))
    }
}

impl KnownReading {
    /// Whether this reading is of `text`.
    fn reads(&self, text: &str) -> bool {
        text.len() == self.text_bytes as usize && crc32fast::hash(text.as_bytes()) == self.text_crc
    }
}

/// Something that could not be loaded, and why; the rest of the corpus still loads.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct LoadWarning {
    pub path: String,
    /// 1-based line for JSON Lines problems.
    pub line: Option<usize>,
    pub reason: String,
}

impl std::fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// A loaded corpus: its articles in a stable order, and what was skipped.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Corpus {
    /// What the user opened: a path, or "seeds" for the bundled corpus.
    pub name: String,
    pub articles: Vec<Article>,
    pub warnings: Vec<LoadWarning>,
}

impl Corpus {
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Find an article by id (file name or JSON Lines id), by its file name
    /// without directories, or by 1-based position.
    pub fn find(&self, key: &str) -> Option<usize> {
        let key = key.trim();
        if let Some(i) = self.articles.iter().position(|a| a.id == key) {
            return Some(i);
        }
        let by_basename: Vec<usize> = self
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| a.id.rsplit('/').next() == Some(key))
            .map(|(i, _)| i)
            .collect();
        if by_basename.len() == 1 {
            return Some(by_basename[0]);
        }
        match key.parse::<usize>() {
            Ok(n) if n >= 1 && n <= self.articles.len() => Some(n - 1),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_reading_of_the_same_text_is_taken_and_of_another_text_detected_again() {
        let text = "Putin met Kim in Pyongyang on Tuesday, the agency said.";
        let detected = Article::new("a".into(), text, None, None);
        assert_eq!((detected.language.code(), detected.script), ("en", Script::Latin));
        // a reading no detection gives, so taking it shows detection was skipped
        let known = KnownReading {
            text_bytes: text.len() as u32,
            text_crc: crc32fast::hash(text.as_bytes()),
            language: Some(Language::from_code("ru")),
            script: Script::Cyrillic,
        };
        let read = |text: &str, lang: Option<&str>, known: &KnownReading| {
            let article = Article::from_owned_knowing("a".into(), text.into(), None, lang, Some(known));
            (article.language.code().to_owned(), article.script)
        };
        assert_eq!(read(text, None, &known), ("ru".to_owned(), Script::Cyrillic));
        let other = "Putin met Kim in Pyongyang on Tuesday, the agency says.";
        assert_eq!(other.len(), text.len());
        assert_eq!(read(other, None, &known), ("en".to_owned(), Script::Latin), "another text of that length");
        assert_eq!(read(text, Some("de"), &known), ("de".to_owned(), Script::Cyrillic), "a given language wins");
        assert_eq!(read(other, Some("de"), &known), ("de".to_owned(), Script::Latin), "another text's script");
        // a record that gave its language: its script is known, its language is detected
        let given = KnownReading { language: None, ..known };
        assert_eq!(read(text, None, &given), ("en".to_owned(), Script::Latin));
    }

    fn inert(field: &str) -> bool {
        !field.chars().any(|c| c == '\n' || is_terminal_hazard(c))
    }

    #[test]
    fn escapes_in_every_record_field_are_made_inert_at_load() {
        let hostile = "x\x1b]2;PWNED\x07\x1b[8m\u{202e}\u{9b}2J\nnext";
        let article = Article::new(hostile.into(), "Lavrov met Kim in Pyongyang.", Some(hostile), Some(hostile))
            .with_metadata(Some(hostile), Some(hostile), Some(hostile));
        for (name, field) in [
            ("id", article.id.as_str()),
            ("title", &article.title),
            ("lang", article.language.code()),
            ("date", article.date.as_deref().unwrap_or_default()),
            ("url", article.url.as_deref().unwrap_or_default()),
            ("source", article.source.as_deref().unwrap_or_default()),
        ] {
            assert!(inert(field), "{name}: {field:?}");
        }
        assert_eq!(article.date.as_deref(), Some("x ]2;PWNED  [8m\u{fffd}  2J next"));
        // a "language" that is an escape sequence is none: the text's own is detected
        assert_eq!(article.language, detect_language(&article.text).0);
    }

    #[test]
    fn a_bidi_override_alone_is_not_a_language() {
        let article = Article::new("a".into(), "Putin met Kim.", None, Some("\u{202e}"));
        assert!(inert(article.language.code()), "{:?}", article.language);
        assert_eq!(Language::from_code("\u{1b}]2;x\u{7}"), Language::Unknown);
        assert_eq!(Language::from_code("de-AT"), Language::German);
        assert_eq!(Language::from_code("fil"), Language::Other("fil".into()));
    }

    #[test]
    fn blank_metadata_is_none() {
        let article = Article::new("a".into(), "text", None, None).with_metadata(Some("  "), Some(""), None);
        assert_eq!((article.date, article.url, article.source), (None, None, None));
    }
}
