//! Articles and corpora: loading from the embedded seeds, a directory, a text
//! file or JSON Lines, with titles and languages worked out once at load.

mod load;
mod sanitize;
mod title;

pub use load::{
    ListedFile, Listing, LoadError, LoadProgress, SourceSpan, article_files, list_corpus, load_listing, load_path,
    load_path_observed, load_seeds, read_article_text,
};
pub use sanitize::{is_terminal_hazard, sanitize_for_terminal, sanitize_owned};
pub use title::{TITLE_WIDTH, derive_title};

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
    /// Byte range of the text the title was taken from.
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
    pub fn from_owned(id: String, raw_text: String, given_title: Option<&str>, given_lang: Option<&str>) -> Self {
        let text = sanitize_owned(raw_text);
        let (derived_title, title_span) = derive_title(&text, TITLE_WIDTH);
        let title = match given_title.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => sanitize_for_terminal(t).replace('\n', " "),
            None => derived_title,
        };
        // a language given by the corpus wins; only the script is then worked out
        let (language, script) = match given_lang.map(str::trim).filter(|l| !l.is_empty()) {
            Some(code) => (Language::from_code(code), dominant_script(&text)),
            None => detect_language(&text),
        };
        Article { id, title, title_span, text, language, script, date: None, url: None, source: None }
    }

    pub fn bytes(&self) -> usize {
        self.text.len()
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
