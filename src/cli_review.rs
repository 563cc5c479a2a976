//! `korpus review export|import`: the review store from the command line.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};

use korpus::fsio::{self, Existing, quote, quoted};
use korpus::review::{ExportFormat, ReviewError, ReviewImport, ReviewStore};
use korpus::store::Store;

use crate::cli::{CliError, open_articles};

#[derive(Subcommand, Debug)]
pub enum ReviewCommand {
    /// Write the review marks and notes with article ids, titles and languages.
    Export {
        #[arg(long, value_enum, default_value_t = FormatArg::Json)]
        format: FormatArg,
        /// Write here instead of standard output (a new file, written whole or not at all).
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE when it exists.
        #[arg(long, requires = "output")]
        force: bool,
        /// CSV cells exactly as stored: by default a cell that starts with =, +, -, @, a tab or CR gets
        /// a leading ' so that a spreadsheet does not run it as a formula.
        #[arg(long)]
        raw: bool,
    },
    /// Merge an export's JSON back in (the newer of each article's marks wins).
    Import {
        /// A file written by `korpus review export --format json` ("-" for standard input).
        file: PathBuf,
        /// Import an export made from another corpus (ids such as file names may name other articles here).
        #[arg(long)]
        force: bool,
    },
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum FormatArg {
    Json,
    Csv,
    Md,
}

/// The review file of a corpus: `--review-file`, else the default in the data directory.
pub fn review_path(review_file: Option<&Path>, corpus: Option<&Path>) -> Result<PathBuf, CliError> {
    if let Some(file) = review_file {
        return Ok(file.to_path_buf());
    }
    let dir = korpus::fsio::dirs::data_dir()
        .ok_or_else(|| CliError::Usage("no data directory (no home directory); use --review-file PATH".into()))?;
    Ok(ReviewStore::default_path(&dir, &ReviewStore::corpus_key(corpus)))
}

fn open_store(path: &Path) -> Result<ReviewStore, CliError> {
    let (store, warnings) = ReviewStore::open(path).map_err(anyhow::Error::from)?;
    for warning in warnings {
        eprintln!("korpus: warning: {warning}");
    }
    Ok(store)
}

pub fn run(
    command: ReviewCommand,
    corpus: Option<&Path>,
    cache: Option<&Path>,
    review_file: Option<&Path>,
) -> Result<(), CliError> {
    let path = review_path(review_file, corpus)?;
    match command {
        ReviewCommand::Export { format, output, force, raw } => {
            let store = open_store(&path)?;
            let articles = open_articles(corpus, cache)?;
            let format = match format {
                FormatArg::Json => ExportFormat::Json,
                FormatArg::Csv if raw => ExportFormat::CsvRaw,
                FormatArg::Csv => ExportFormat::Csv,
                FormatArg::Md => ExportFormat::Markdown,
            };
            match &output {
                // written beside the file and renamed over it: a full disk leaves no empty or torn file
                Some(file) => {
                    let existing = if force { Existing::Replace } else { Existing::Refuse };
                    fsio::write_atomic(file, existing, |out| store.export(articles.as_ref(), format, out)).map_err(
                        |e| match e.kind() {
                            std::io::ErrorKind::AlreadyExists => {
                                CliError::Usage(format!("{}: already exists; use --force to replace it", quoted(file)))
                            }
                            _ => anyhow::anyhow!("cannot write the export to {}: {e}", quoted(file)).into(),
                        },
                    )?;
                }
                // standard output's errors are reported as every command's are (a closed pipe is quiet)
                None => {
                    let mut out = std::io::stdout().lock();
                    store.export(articles.as_ref(), format, &mut out).and_then(|()| out.flush())?;
                }
            }
        }
        ReviewCommand::Import { file, force } => {
            let mut reader: Box<dyn std::io::Read> = if file.as_os_str() == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(File::open(&file).map_err(|e| match e.kind() {
                    std::io::ErrorKind::NotFound => CliError::Usage(format!("{}: {e}", quoted(&file))),
                    _ => anyhow::anyhow!("{}: {e}", quoted(&file)).into(),
                })?)
            };
            // a file that is no export is the user's mistake (exit 2); a store
            // that cannot be saved (a full disk) is a failure (exit 1)
            let import_error = |e: ReviewError| -> CliError {
                match e {
                    ReviewError::BadImport(_) => CliError::Usage(format!("{}: {e}", quoted(&file))),
                    _ => anyhow::anyhow!("{}: {e}", quoted(&file)).into(),
                }
            };
            let import = ReviewImport::read(&mut reader).map_err(import_error)?;
            let articles = open_articles(corpus, cache)?;
            check_import_fits(&import, articles.as_ref(), &file, force)?;
            let mut store = open_store(&path)?;
            let changed = store.merge_import(import).map_err(import_error)?;
            for warning in store.take_warnings() {
                eprintln!("korpus: warning: {warning}");
            }
            eprintln!("korpus: imported {changed} marks into {}", quoted(&path));
        }
    }
    Ok(())
}

/// An export is meant for the corpus it came from: ids such as file names
/// (`1.txt`) name other articles in another corpus. Refused without `--force`
/// when the export names another corpus, or names none and not one of its ids
/// is an article here; ids that match no article are reported either way.
fn check_import_fits(import: &ReviewImport, articles: &dyn Store, file: &Path, force: bool) -> Result<(), CliError> {
    let ids = import.ids().count();
    let unmatched: Vec<&str> = import.ids().filter(|id| !matches!(articles.article_by_id(id), Ok(Some(_)))).collect();
    let here = articles.name();
    let refusal = if !import.corpus.is_empty() && !same_corpus(&import.corpus, here) {
        Some(format!("{} was exported from the corpus {}, not {}", quoted(file), quote(&import.corpus), quote(here)))
    } else if import.corpus.is_empty() && ids > 0 && unmatched.len() == ids {
        Some(format!("none of the {ids} article ids in {} is an article of {}", quoted(file), quote(here)))
    } else {
        None
    };
    if let Some(refusal) = refusal
        && !force
    {
        return Err(CliError::Usage(format!("{refusal}; nothing imported (--force imports it anyway)")));
    }
    if !unmatched.is_empty() {
        const SHOWN: usize = 5;
        let mut named = unmatched.iter().take(SHOWN).map(|id| quote(id)).collect::<Vec<_>>().join(", ");
        if unmatched.len() > SHOWN {
            named.push_str(", …");
        }
        eprintln!("korpus: warning: {} of {ids} ids match no article of {}: {named}", unmatched.len(), quote(here));
    }
    Ok(())
}

/// The same corpus under two names: equal, or the same folder or file once resolved.
fn same_corpus(exported: &str, here: &str) -> bool {
    if exported == here {
        return true;
    }
    match (std::fs::canonicalize(exported), std::fs::canonicalize(here)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
