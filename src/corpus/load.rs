//! Loaders: embedded seeds, a directory tree, one text file, JSON Lines.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use serde::Deserialize;

use super::{sanitize_for_terminal, Article, Corpus, LoadWarning};

static SEEDS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/seeds");

/// Why a corpus could not be opened at all (a bad file inside one is a warning).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// The bundled corpus compiled into the binary.
pub fn load_seeds() -> Corpus {
    let mut files: Vec<_> = SEEDS
        .files()
        .filter(|f| is_article_file(f.path()))
        .collect();
    files.sort_by(|a, b| a.path().cmp(b.path()));
    let mut corpus = Corpus { name: "seeds (bundled)".into(), ..Corpus::default() };
    let mut pending = Vec::new();
    for file in files {
        let id = file.path().to_string_lossy().into_owned();
        match std::str::from_utf8(file.contents()) {
            Ok(text) => pending.push(RawArticle::plain(id, text.to_owned())),
            Err(e) => corpus.warnings.push(not_utf8(&id, &e)),
        }
    }
    corpus.articles = build_articles(pending);
    corpus
}

fn is_article_file(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md"))
}

fn is_jsonl_file(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"))
}

fn not_utf8(path: &str, e: &std::str::Utf8Error) -> LoadWarning {
    LoadWarning {
        path: path.into(),
        line: None,
        reason: format!("not UTF-8 (invalid byte at offset {}), skipped", e.valid_up_to()),
    }
}

/// Open a directory (recursively, .txt/.md/.jsonl), a text file or a JSON Lines file.
pub fn load_path(path: &Path) -> Result<Corpus, LoadError> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound(path.to_path_buf()),
        _ => LoadError::Io { path: path.to_path_buf(), source: e },
    })?;
    let mut corpus = Corpus { name: one_line(&path.display().to_string()), ..Corpus::default() };
    let mut pending = Pending::default();
    if !meta.is_dir() && !meta.is_file() {
        // reading a FIFO blocks forever and a device may never end
        corpus.warnings.push(LoadWarning { path: corpus.name.clone(), line: None, reason: NOT_REGULAR.into() });
    } else if meta.is_dir() {
        let (files, warnings) = article_files(path);
        corpus.warnings.extend(warnings);
        for file in files {
            let rel = relative_id(path, &file);
            if is_jsonl_file(&file) {
                load_jsonl(&file, &rel, &mut pending, &mut corpus.warnings);
            } else {
                load_text_file(&file, rel, &mut pending, &mut corpus.warnings);
            }
        }
        if pending.articles.is_empty() && corpus.warnings.is_empty() {
            corpus.warnings.push(LoadWarning {
                path: corpus.name.clone(),
                line: None,
                reason: "no .txt, .md or .jsonl files found".into(),
            });
        }
    } else {
        let name = path.file_name().map(|n| one_line(&n.to_string_lossy())).unwrap_or_default();
        if is_jsonl_file(path) || looks_like_jsonl(path) {
            load_jsonl(path, &name, &mut pending, &mut corpus.warnings);
        } else {
            load_text_file(path, name, &mut pending, &mut corpus.warnings);
        }
    }
    corpus.articles = build_articles(pending.articles);
    // file names and parser messages reach the terminal too
    for warning in &mut corpus.warnings {
        warning.path = one_line(&warning.path);
        warning.reason = one_line(&warning.reason);
    }
    Ok(corpus)
}

const NOT_REGULAR: &str = "not a regular file (FIFO, socket or device), skipped";

/// Text safe to print on one terminal line: no escapes or controls, no newline.
/// Used for ids and paths, which come from file names and JSON and are printed
/// by every command.
fn one_line(text: &str) -> String {
    sanitize_for_terminal(text).replace('\n', " ")
}

/// An article as read, before titles and languages are worked out.
struct RawArticle {
    id: String,
    text: String,
    title: Option<String>,
    lang: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

impl RawArticle {
    fn plain(id: String, text: String) -> RawArticle {
        RawArticle { id, text, title: None, lang: None, date: None, url: None, source: None }
    }
}

/// Articles read so far, and their ids (ids must be unique).
#[derive(Default)]
struct Pending {
    articles: Vec<RawArticle>,
    ids: std::collections::HashSet<String>,
}

impl Pending {
    fn push(&mut self, raw: RawArticle) {
        self.ids.insert(raw.id.clone());
        self.articles.push(raw);
    }
}

/// Sanitise, title and detect the language of every article, on every core.
fn build_articles(raw: Vec<RawArticle>) -> Vec<Article> {
    crate::parallel::map_chunks(crate::parallel::threads(16), &raw, 64, |_, chunk| chunk.iter().map(finish).collect::<Vec<_>>()).into_iter().flatten().collect()
}

fn finish(raw: &RawArticle) -> Article {
    let mut article = Article::new(raw.id.clone(), &raw.text, raw.title.as_deref(), raw.lang.as_deref());
    article.date = raw.date.as_deref().map(one_line);
    article.url = raw.url.as_deref().map(one_line);
    article.source = raw.source.as_deref().map(one_line);
    article
}

fn relative_id(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let id = rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    one_line(&id)
}

/// The article files of a directory tree, sorted, with what could not be
/// listed. Hidden entries are skipped; symlinks are followed without looping.
pub fn article_files(root: &Path) -> (Vec<PathBuf>, Vec<LoadWarning>) {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    walk(root, root, &mut files, &mut warnings, &mut Vec::new());
    files.sort();
    (files, warnings)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>, warnings: &mut Vec<LoadWarning>, seen: &mut Vec<PathBuf>) {
    let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if seen.contains(&canonical) {
        warnings.push(LoadWarning {
            path: relative_id(root, dir),
            line: None,
            reason: "directory already visited (symlink loop), skipped".into(),
        });
        return;
    }
    seen.push(canonical);
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            warnings.push(LoadWarning { path: dir.display().to_string(), line: None, reason: format!("cannot read directory: {e}") });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(root, &path, out, warnings, seen),
            Ok(m) if !m.is_file() && (is_article_file(&path) || is_jsonl_file(&path)) => warnings.push(LoadWarning {
                path: relative_id(root, &path),
                line: None,
                reason: NOT_REGULAR.into(),
            }),
            Ok(_) if is_article_file(&path) || is_jsonl_file(&path) => out.push(path),
            Ok(_) => {}
            Err(e) => warnings.push(LoadWarning {
                path: relative_id(root, &path),
                line: None,
                reason: format!("cannot open: {e}"),
            }),
        }
    }
}

fn load_text_file(path: &Path, id: String, pending: &mut Pending, warnings: &mut Vec<LoadWarning>) {
    if pending.ids.contains(&id) {
        // two names that differ only in control characters
        warnings.push(LoadWarning { path: id, line: None, reason: "duplicate id once control characters are removed, skipped".into() });
        return;
    }
    match fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) if text.trim().is_empty() => warnings.push(LoadWarning { path: id, line: None, reason: "empty file, skipped".into() }),
            Ok(text) => pending.push(RawArticle::plain(id, text)),
            Err(e) => warnings.push(not_utf8(&id, &e.utf8_error())),
        },
        Err(e) => warnings.push(LoadWarning { path: id, line: None, reason: format!("cannot read: {e}") }),
    }
}

/// A single file with a first non-blank line that starts with `{` is JSON Lines.
fn looks_like_jsonl(path: &Path) -> bool {
    let Ok(file) = fs::File::open(path) else { return false };
    let mut first = String::new();
    let mut reader = BufReader::new(file);
    while first.trim().is_empty() {
        first.clear();
        match reader.read_line(&mut first) {
            Ok(0) | Err(_) => return false,
            Ok(_) => {}
        }
    }
    first.trim_start().starts_with('{')
}

#[derive(Deserialize)]
struct JsonArticle {
    text: String,
    #[serde(default, deserialize_with = "id_as_string")]
    id: Option<String>,
    title: Option<String>,
    lang: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

/// Ids may be numbers or strings in the wild.
fn id_as_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match value {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => Some(other.to_string()),
    })
}

fn load_jsonl(path: &Path, name: &str, pending: &mut Pending, warnings: &mut Vec<LoadWarning>) {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            warnings.push(LoadWarning { path: name.into(), line: None, reason: format!("cannot read: {e}") });
            return;
        }
    };
    let before = pending.articles.len();
    let warnings_before = warnings.len();
    for (n, raw_line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = n + 1;
        let warn = |reason: String| LoadWarning { path: name.into(), line: Some(line_no), reason };
        let Ok(line) = std::str::from_utf8(raw_line) else {
            warnings.push(warn("not UTF-8, line skipped".into()));
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: JsonArticle = match serde_json::from_str(line) {
            Ok(p) => p,
            Err(e) => {
                warnings.push(warn(format!("not a JSON article ({e}), line skipped")));
                continue;
            }
        };
        let id = parsed.id.map(|id| one_line(&id)).unwrap_or_else(|| format!("{name}:{line_no}"));
        if pending.ids.contains(&id) {
            warnings.push(warn(format!("duplicate id {id:?}, line skipped")));
            continue;
        }
        pending.push(RawArticle { id, text: parsed.text, title: parsed.title, lang: parsed.lang, date: parsed.date, url: parsed.url, source: parsed.source });
    }
    if pending.articles.len() == before && warnings.len() == warnings_before {
        warnings.push(LoadWarning { path: name.into(), line: None, reason: "no articles in this file".into() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_embedded_in_file_order() {
        let corpus = load_seeds();
        assert_eq!(corpus.len(), 5);
        assert!(corpus.warnings.is_empty());
        assert!(corpus.articles[0].id.starts_with("000_"));
        assert!(corpus.articles[4].id.starts_with("004_"));
    }

    #[test]
    fn seed_text_is_verbatim() {
        let corpus = load_seeds();
        let file = SEEDS.files().find(|f| f.path().to_string_lossy().starts_with("001_")).unwrap();
        assert_eq!(corpus.articles[1].text.as_bytes(), file.contents());
    }
}
