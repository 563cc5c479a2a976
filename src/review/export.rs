//! Export the marks as JSON (read back by `import_json`), CSV or Markdown.
//!
//! Rows follow the corpus order, then marks of articles no longer in the
//! corpus (by id), so nothing reviewed is left out. JSON carries every mark,
//! blank ones too (a cleared mark must still win an import over an older
//! one); CSV and Markdown, meant for people, leave blank marks out.

use std::borrow::Cow;
use std::io::{self, Read, Write};

use serde::{Deserialize, Serialize};

use super::{ReviewError, ReviewMark, ReviewStore};
use crate::store::Store;

/// What `korpus review export --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    /// CSV whose cells a spreadsheet cannot take for formulas.
    Csv,
    /// CSV with every cell byte for byte as stored (`--raw`).
    CsvRaw,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(flatten)]
    mark: ReviewMark,
}

/// A mark with what the corpus knows of its article.
struct Row<'a> {
    id: &'a str,
    title: String,
    language: String,
    /// The record's date, source and url, when the corpus gives them.
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
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
                    Row {
                        id,
                        title: article.title.into_owned(),
                        language: article.language.code().to_owned(),
                        date: article.date.map(|d| d.into_owned()),
                        source: article.source.map(|s| s.into_owned()),
                        url: article.url.map(|u| u.into_owned()),
                        mark,
                    },
                )),
                None => gone.push(Row {
                    id,
                    title: String::new(),
                    language: String::new(),
                    date: None,
                    source: None,
                    url: None,
                    mark,
                }),
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
            ExportFormat::Csv => export_csv(&rows, true, out),
            ExportFormat::CsvRaw => export_csv(&rows, false, out),
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
/// which corpus it came from and which articles it marks first. Its ids,
/// notes, tags and corpus name are already made safe to print.
pub struct ReviewImport {
    /// The name of the corpus it was exported from ("" in a file without one).
    pub corpus: String,
    marks: Vec<(String, ReviewMark)>,
}

impl ReviewImport {
    /// Read an export's JSON, refusing what is not one or is of a newer
    /// version, or larger than any export is (256 MiB).
    pub fn read(reader: &mut dyn Read) -> Result<ReviewImport, ReviewError> {
        Self::read_limited(reader, IMPORT_LIMIT_BYTES)
    }

    pub(super) fn read_limited(reader: &mut dyn Read, limit: u64) -> Result<ReviewImport, ReviewError> {
        let mut bytes = Vec::new();
        // `/dev/zero` or a runaway pipe would otherwise be read until memory runs out
        reader.take(limit + 1).read_to_end(&mut bytes).map_err(ReviewError::ImportRead)?;
        if bytes.len() as u64 > limit {
            return Err(bad_import(&format!("larger than {} MiB, which no export of a review is", limit >> 20)));
        }
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| bad_import(&format!("not valid JSON ({e})")))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(EXPORT_TAG) {
            return Err(bad_import(&format!("no \"format\": \"{EXPORT_TAG}\"")));
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v <= EXPORT_VERSION => {}
            Some(v) => {
                return Err(bad_import(&format!(
                    "export version {v} is newer than this korpus reads ({EXPORT_VERSION})"
                )));
            }
            None => return Err(bad_import("no version")),
        }
        let file: ExportFile = serde_json::from_value(value).map_err(|e| bad_import(&e.to_string()))?;
        let marks = super::sanitised(file.articles.into_iter().map(|r| (r.id, r.mark))).into_iter().collect();
        Ok(ReviewImport { corpus: crate::corpus::sanitize_line(&file.corpus), marks })
    }

    /// The ids of the articles it has marks for.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.marks.iter().map(|(id, _)| id.as_str())
    }
}

/// The most `review import` reads: a mark exports to a few hundred bytes,
/// so this is most of a million of them.
const IMPORT_LIMIT_BYTES: u64 = 256 << 20;

/// An import refused; serde's message quotes the input, so it is made inert.
fn bad_import(reason: &str) -> ReviewError {
    ReviewError::BadImport(crate::corpus::sanitize_line(reason))
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
                date: r.date.clone(),
                source: r.source.clone(),
                url: r.url.clone(),
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

/// A cell a spreadsheet would evaluate (it starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return: OWASP's list for CSV injection) gets a leading
/// `'`, which spreadsheets read as "text" and do not show. Titles come from
/// the corpus, so a corpus could otherwise plant `=HYPERLINK(…)`.
pub(crate) fn formula_inert(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// RFC 4180 through the `csv` crate: a field with a comma, quote, CR or LF is
/// quoted and its quotes doubled; newlines inside a note stay newlines. The
/// time of the last change is there twice: `updated_ms` for programs,
/// `updated` (RFC 3339, UTC) for people.
/// `neutralise`: cells that would be formulas are made text ([`formula_inert`]).
fn export_csv(rows: &[Row<'_>], neutralise: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "id",
        "title",
        "language",
        "read",
        "starred",
        "relevance",
        "note",
        "tags",
        "updated_ms",
        "updated",
        "date",
        "source",
        "url",
    ])?;
    let cell = |text: &'_ str| if neutralise { formula_inert(text).into_owned() } else { text.to_owned() };
    let yes_no = |flag: bool| if flag { "true" } else { "false" }.to_owned();
    for r in rows.iter().filter(|r| !r.mark.is_blank()) {
        let m = r.mark;
        writer.write_record([
            cell(r.id),
            cell(&r.title),
            cell(&r.language),
            yes_no(m.read),
            yes_no(m.starred),
            relevance(m).to_owned(),
            cell(&m.note),
            cell(&m.tags.join("; ")),
            m.updated_ms.to_string(),
            // for people; `updated_ms` stays for programs (0: never set, so no time)
            if m.updated_ms == 0 { String::new() } else { crate::dates::rfc3339_utc(m.updated_ms) },
            cell(r.date.as_deref().unwrap_or_default()),
            cell(r.source.as_deref().unwrap_or_default()),
            cell(r.url.as_deref().unwrap_or_default()),
        ])?;
    }
    writer.flush()
}

/// One table cell: backslash and `|` escaped (a pipe would end the cell),
/// `&`, `<`, `>` as entities (no HTML gets through), `[` and `]` escaped (no
/// image, and no link, `javascript:` or other, from the corpus or a note
/// becomes live), newlines as `<br>`.
pub(crate) fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
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
    writeln!(out, "# Review of {}\n", markdown_cell(&crate::corpus::sanitize_line(corpus)))?;
    writeln!(out, "| id | title | language | date | source | read | starred | relevance | tags | note |")?;
    writeln!(out, "|---|---|---|---|---|---|---|---|---|---|")?;
    for r in rows.iter().filter(|r| !r.mark.is_blank()) {
        let m = r.mark;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            markdown_cell(r.id),
            markdown_cell(&r.title),
            r.language,
            markdown_cell(r.date.as_deref().unwrap_or_default()),
            markdown_cell(r.source.as_deref().unwrap_or_default()),
            if m.read { "yes" } else { "no" },
            if m.starred { "yes" } else { "no" },
            relevance(m),
            markdown_cell(&m.tags.join(", ")),
            markdown_cell(&m.note),
        )?;
    }
    Ok(())
}
