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
    ArticleTexts, KnownLine, LineCheck, ListedFile, Listing, LoadError, LoadProgress, SourceSpan, SourceTexts,
    TextFileWindows, article_files, list_corpus, load_listing, load_listing_knowing, load_listing_with, load_path,
    load_path_observed, load_path_with, load_seeds, read_article_text, read_article_text_shared,
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
        let known = known.filter(|k| k.reads(&text));
        // a title is derived only when it is needed (a given title's span is
        // found in the text, else it is the derived one's)
        let (title, title_span) = match given_title.map(str::trim).filter(|t| !t.is_empty()) {
            // a record's title heads its text (see `headline`): that is the title's span
            Some(t) => {
                let title = sanitize_line(t);
                let span = given_title_span(&text, &title);
                (title, span)
            }
            // the title an earlier reading derived from this very text (an append
            // derived every old article's again: 2.5 % of its instructions)
            None => match known.and_then(|k| k.title.as_ref()).filter(|_| !is_markdown(&id)).and_then(|(block, at)| {
                let kept = block.get(at.clone())?;
                let span = derived_title_span(&text, kept)?;
                // the title from the text itself (a kept `…` put back): its bytes are the kept ones
                let cut = kept.len() != span.1 - span.0;
                Some((if cut { format!("{}…", &text[span.0..span.1]) } else { text[span.0..span.1].to_owned() }, span))
            }) {
                Some(kept) => kept,
                None => {
                    let (mut derived_title, title_span) = derive_title(&text, TITLE_WIDTH);
                    // a Markdown file's headline reads without its marks (`# **Putin**` is `Putin`)
                    if is_markdown(&id) {
                        derived_title = markdown_title(&derived_title);
                    }
                    (derived_title, title_span)
                }
            },
        };
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

    /// Whether this article's title, kept, gives it back for the same text
    /// ([`KnownReading::title`]): it was derived (`given_title` blank), with
    /// no Markdown marks taken off, and its span is found from it.
    pub fn title_reads_back(&self, given_title: Option<&str>) -> bool {
        given_title.is_none_or(|t| t.trim().is_empty())
            && !is_markdown(&self.id)
            && derived_title_span(&self.text, self.title.as_bytes()) == Some(self.title_span)
    }
}

/// A Markdown file's id: its derived title reads without its marks.
fn is_markdown(id: &str) -> bool {
    // after the last dot, or the whole id (as `rsplit('.')` reads it), found by `rfind`:
    // the searcher `rsplit` builds cost more than the rest of reading a one-line record
    id.rfind('.').map_or(id, |dot| &id[dot + 1..]).eq_ignore_ascii_case("md")
}

/// The span of a title a record gave: where it heads the text (see `headline`),
/// else the derived title's. One rule for a record read and for an unchanged
/// JSON Lines line taken from the index, which must give the same article.
fn given_title_span(text: &str, title: &str) -> (usize, usize) {
    headline::title_span_in(text, title).unwrap_or_else(|| derive_title(text, TITLE_WIDTH).1)
}

/// The span of `text` a title [`derive_title`] made from it came from: the
/// text opens with it (past blank space), or with it cut where its `…` was
/// put. A title this cannot place (a word cut right before a `…` of the text)
/// is not kept ([`Article::title_reads_back`]).
/// Read as bytes (a kept title is not checked to be UTF-8 apart: it is the
/// text's own bytes, ending on a character's boundary, or it is not taken).
fn derived_title_span(text: &str, title: &[u8]) -> Option<(usize, usize)> {
    let lead = text.len() - text.trim_start().len();
    let opening = &text.as_bytes()[lead..];
    let whole = title.len();
    if opening.starts_with(title) && text.is_char_boundary(lead + whole) {
        return Some((lead, lead + whole));
    }
    let cut = title.strip_suffix("…".as_bytes())?;
    (opening.starts_with(cut) && text.is_char_boundary(lead + cut.len())).then_some((lead, lead + cut.len()))
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
    /// The title derived from the text, when it reads back (see
    /// [`Article::title_reads_back`]), taken when no title is given: a
    /// range of a block of the index's article strings, shared by the
    /// block's articles (a copy each was a third of what kept titles saved).
    pub title: Option<(std::sync::Arc<[u8]>, std::ops::Range<usize>)>,
}

/// What an earlier index knows of how it read a corpus's articles.
#[derive(Debug, Clone, Default)]
pub struct KnownReadings {
    /// A text file's article, by the listing's file number.
    pub files: Vec<Option<KnownReading>>,
    /// A JSON Lines record's, by file number and the line's byte offset.
    pub lines: crate::entities::fxhash::FxHashMap<(u32, u64), KnownReading>,
    /// What it kept of the lines whose bytes alone make their articles (see [`LineCheck`]).
    pub unchanged_lines: crate::entities::fxhash::FxHashMap<(u32, u64), load::KnownLine>,
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
            title: None,
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

    /// A title kept from an earlier reading of the same text is taken, not
    /// derived again, and gives the title and span deriving gives: a headline,
    /// an opening sentence, one cut with `…`, a word cut before the text's
    /// own `…` (not kept: its span cannot be told), a Markdown file's.
    #[test]
    fn a_kept_title_of_the_same_text_is_taken_as_derived() {
        let long = "Putin met Kim in Pyongyang on Tuesday to sign a pact the agency called historic for both sides.";
        let enormous = format!("{}…{} rest.", "a".repeat(71), "b".repeat(20));
        let texts = ["  Putin meets Kim\n\nThe two met.", "Putin met Kim. Then more.", long, &enormous];
        for (id, text) in texts.iter().flat_map(|t| [("a", *t), ("a.md", *t)]) {
            let derived = Article::new(id.into(), text, None, None);
            let reading = |title: Option<&str>| KnownReading {
                text_bytes: text.len() as u32,
                text_crc: crc32fast::hash(text.as_bytes()),
                language: None,
                script: derived.script,
                title: title.map(|t| (t.as_bytes().into(), 0..t.len())),
            };
            let keeps = derived.title_reads_back(None);
            assert_eq!(keeps, id == "a" && text != enormous, "{id} {text:?}");
            assert!(!derived.title_reads_back(Some("Putin")), "a given title is not kept");
            let kept = reading(keeps.then_some(derived.title.as_str()));
            let read = Article::from_owned_knowing(id.into(), text.to_string(), None, None, Some(&kept));
            assert_eq!((&read.title, read.title_span), (&derived.title, derived.title_span), "{id} {text:?}");
        }
        // taken, not derived: a kept title this text opens with is the title
        let text = "Putin met Kim in Pyongyang. Then more.";
        let kept = KnownReading {
            text_bytes: text.len() as u32,
            text_crc: crc32fast::hash(text.as_bytes()),
            language: None,
            script: Script::Latin,
            title: Some((b"xPutin met Kim".as_slice().into(), 1..14)),
        };
        let read = Article::from_owned_knowing("a".into(), text.into(), None, None, Some(&kept));
        assert_eq!((read.title.as_str(), read.title_span), ("Putin met Kim", (0, 13)));
        let other = Article::from_owned_knowing("a".into(), text.replace("Kim", "Kin"), None, None, Some(&kept));
        assert_eq!(other.title, "Putin met Kin in Pyongyang.", "another text derives its own");
        let given = Article::from_owned_knowing("a".into(), text.into(), Some("Talks"), None, Some(&kept));
        assert_eq!(given.title, "Talks", "a given title wins");
        // kept bytes that end inside a character of the text are not taken
        let text = "Путин встретил Кима. Далее.";
        let half = KnownReading {
            text_bytes: text.len() as u32,
            text_crc: crc32fast::hash(text.as_bytes()),
            title: Some((text.as_bytes().into(), 0..3)),
            ..kept
        };
        let read = Article::from_owned_knowing("a".into(), text.into(), None, None, Some(&half));
        assert_eq!((read.title.as_str(), read.title_span), ("Путин встретил Кима.", (0, 37)));
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

    /// A Markdown id is told by what follows its last dot, or by the whole id.
    #[test]
    fn a_markdown_id_is_its_extension() {
        for (id, markdown) in
            [("a.md", true), ("d/a.MD", true), ("md", true), ("a.md.txt", false), ("a.txt.md", true), ("a.", false)]
        {
            assert_eq!(is_markdown(id), markdown, "{id}");
            assert_eq!(is_markdown(id), id.rsplit('.').next().is_some_and(|e| e.eq_ignore_ascii_case("md")), "{id}");
        }
    }

    /// Codes read where they are (lower case) and those copied to lower
    /// case first give the same language.
    #[test]
    fn a_language_code_reads_the_same_in_either_case() {
        for known in Language::KNOWN {
            let code = known.code();
            assert_eq!(Language::from_code(code), known);
            assert_eq!(Language::from_code(&format!(" {}-X ", code.to_uppercase())), known);
        }
        for (code, language) in [("RUS", Language::Russian), ("pes", Language::Persian), ("und", Language::Unknown)] {
            assert_eq!(Language::from_code(code), language);
        }
        assert_eq!(Language::from_code("Fil_PH"), Language::Other("fil".into()));
        assert_eq!(Language::from_code("fil"), Language::Other("fil".into()));
    }

    #[test]
    fn blank_metadata_is_none() {
        let article = Article::new("a".into(), "text", None, None).with_metadata(Some("  "), Some(""), None);
        assert_eq!((article.date, article.url, article.source), (None, None, None));
    }
}
