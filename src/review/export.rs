//! Export the marks as JSON (read back by `import_json`), CSV or Markdown.
//!
//! Rows follow the corpus order, then marks of articles no longer in the
//! corpus (by id), so nothing reviewed is left out. JSON carries every mark,
//! blank ones too (a cleared mark must still win an import over an older
//! one); CSV and Markdown, meant for people, leave blank marks out.

use std::io::{self, Read, Write};

use serde::{Deserialize, Serialize};

use super::{ReviewError, ReviewMark, ReviewStore};
use crate::store::Store;

/// What `korpus review export --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Csv,
    Markdown,
}

const EXPORT_TAG: &str = "korpus-review-export";
const EXPORT_VERSION: u64 = 1;

#[derive(Serialize, Deserialize)]
struct ExportFile {
    format: String,
    version: u64,
    #[serde(default)]
    corpus: String,
    articles: Vec<ExportRow>,
}

#[derive(Serialize, Deserialize)]
struct ExportRow {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    language: String,
    #[serde(flatten)]
    mark: ReviewMark,
}

/// A mark with what the corpus knows of its article.
struct Row<'a> {
    id: &'a str,
    title: String,
    language: String,
    mark: &'a ReviewMark,
}

impl ReviewStore {
    fn rows<'a>(&'a self, articles: &dyn Store) -> Vec<Row<'a>> {
        let mut in_corpus: Vec<(usize, Row<'a>)> = Vec::new();
        let mut gone: Vec<Row<'a>> = Vec::new();
        for (id, mark) in &self.marks {
            let found = articles.article_by_id(id).ok().flatten();
            match found.and_then(|i| Some((i, articles.article(i).ok()?))) {
                Some((i, article)) => in_corpus.push((
                    i,
                    Row { id, title: article.title.into_owned(), language: article.language.code().to_owned(), mark },
                )),
                None => gone.push(Row { id, title: String::new(), language: String::new(), mark }),
            }
        }
        in_corpus.sort_by_key(|&(i, _)| i);
        in_corpus.into_iter().map(|(_, row)| row).chain(gone).collect()
    }

    /// Write the marks with article ids, titles and languages.
    pub fn export(&self, articles: &dyn Store, format: ExportFormat, out: &mut dyn Write) -> io::Result<()> {
        let rows = self.rows(articles);
        match format {
            ExportFormat::Json => export_json(articles.name(), &rows, out),
            ExportFormat::Csv => export_csv(&rows, out),
            ExportFormat::Markdown => export_markdown(articles.name(), &rows, out),
        }
    }

    /// Read an export's JSON back and merge it (the newer of each article's
    /// marks wins, by `updated_ms`), then save. Returns how many marks changed.
    pub fn import_json(&mut self, reader: &mut dyn Read) -> Result<usize, ReviewError> {
        let import = ReviewImport::read(reader)?;
        self.merge_import(import)
    }

    /// Merge an export read by [`ReviewImport::read`], then save. Returns how many marks changed.
    pub fn merge_import(&mut self, import: ReviewImport) -> Result<usize, ReviewError> {
        self.merge_in_and_save(import.marks)
    }
}

/// An export read back and checked, not yet merged: the caller can look at
/// which corpus it came from and which articles it marks first.
pub struct ReviewImport {
    /// The name of the corpus it was exported from ("" in a file without one).
    pub corpus: String,
    marks: Vec<(String, ReviewMark)>,
}

impl ReviewImport {
    /// Read an export's JSON, refusing what is not one or is of a newer version.
    pub fn read(reader: &mut dyn Read) -> Result<ReviewImport, ReviewError> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|e| ReviewError::BadImport(format!("cannot read: {e}")))?;
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| ReviewError::BadImport(format!("not valid JSON ({e})")))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(EXPORT_TAG) {
            return Err(ReviewError::BadImport(format!("no \"format\": \"{EXPORT_TAG}\"")));
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v <= EXPORT_VERSION => {}
            Some(v) => {
                return Err(ReviewError::BadImport(format!(
                    "export version {v} is newer than this korpus reads ({EXPORT_VERSION})"
                )));
            }
            None => return Err(ReviewError::BadImport("no version".into())),
        }
        let file: ExportFile = serde_json::from_value(value).map_err(|e| ReviewError::BadImport(e.to_string()))?;
        Ok(ReviewImport { corpus: file.corpus, marks: file.articles.into_iter().map(|r| (r.id, r.mark)).collect() })
    }

    /// The ids of the articles it has marks for.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.marks.iter().map(|(id, _)| id.as_str())
    }
}

fn export_json(corpus: &str, rows: &[Row<'_>], out: &mut dyn Write) -> io::Result<()> {
    let file = ExportFile {
        format: EXPORT_TAG.into(),
        version: EXPORT_VERSION,
        corpus: corpus.into(),
        articles: rows
            .iter()
            .map(|r| ExportRow {
                id: r.id.into(),
                title: r.title.clone(),
                language: r.language.clone(),
                mark: r.mark.clone(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &file)?;
    writeln!(out)
}

fn relevance(mark: &ReviewMark) -> &'static str {
    mark.relevance.map(|r| r.label()).unwrap_or("")
}

/// RFC 4180 through the `csv` crate: a field with a comma, quote, CR or LF is
/// quoted and its quotes doubled; newlines inside a note stay newlines.
fn export_csv(rows: &[Row<'_>], out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(["id", "title", "language", "read", "starred", "relevance", "note", "tags", "updated_ms"])?;
    for r in rows.iter().filter(|r| !r.mark.is_blank()) {
        let m = r.mark;
        writer.write_record([
            r.id,
            &r.title,
            &r.language,
            if m.read { "true" } else { "false" },
            if m.starred { "true" } else { "false" },
            relevance(m),
            &m.note,
            &m.tags.join("; "),
            &m.updated_ms.to_string(),
        ])?;
    }
    writer.flush()
}

/// One table cell: backslash and `|` escaped (a pipe would end the cell),
/// `&`, `<`, `>` as entities (no HTML gets through), newlines as `<br>`.
pub(crate) fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn export_markdown(corpus: &str, rows: &[Row<'_>], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# Review of {}\n", markdown_cell(corpus))?;
    writeln!(out, "| id | title | language | read | starred | relevance | tags | note |")?;
    writeln!(out, "|---|---|---|---|---|---|---|---|")?;
    for r in rows.iter().filter(|r| !r.mark.is_blank()) {
        let m = r.mark;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            markdown_cell(r.id),
            markdown_cell(&r.title),
            r.language,
            if m.read { "yes" } else { "no" },
            if m.starred { "yes" } else { "no" },
            relevance(m),
            markdown_cell(&m.tags.join(", ")),
            markdown_cell(&m.note),
        )?;
    }
    Ok(())
}
