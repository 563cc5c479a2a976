//! The export dialog (`E`): its state, the default file names it offers, and
//! the check of the file the user chose. The update is in `update.rs`, the
//! drawing in `panes/export.rs`; the loop runs [`check_target`] (it reads
//! the file system) between the two.

use std::path::{Path, PathBuf};

use ratatui_textarea::{CursorMove, TextArea};

use korpus::fsio::quoted;
use korpus::review::ExportFormat;

use super::dates;

/// The formats `korpus review export --format` writes, in the dialog's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportChoice {
    /// For a spreadsheet: formula-like cells made text, as the CLI's default CSV.
    #[default]
    Csv,
    Markdown,
    /// What `korpus review import` reads back.
    Json,
}

impl ExportChoice {
    pub const ALL: [ExportChoice; 3] = [ExportChoice::Csv, ExportChoice::Markdown, ExportChoice::Json];

    pub fn label(self) -> &'static str {
        match self {
            ExportChoice::Csv => "CSV",
            ExportChoice::Markdown => "Markdown",
            ExportChoice::Json => "JSON",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportChoice::Csv => "csv",
            ExportChoice::Markdown => "md",
            ExportChoice::Json => "json",
        }
    }

    pub fn format(self) -> ExportFormat {
        match self {
            ExportChoice::Csv => ExportFormat::Csv,
            ExportChoice::Markdown => ExportFormat::Markdown,
            ExportChoice::Json => ExportFormat::Json,
        }
    }

    fn index(self) -> usize {
        ExportChoice::ALL.iter().position(|&c| c == self).unwrap_or(0)
    }

    /// The next format (`forward`) or the previous one, round the end.
    pub fn step(self, forward: bool) -> ExportChoice {
        let n = ExportChoice::ALL.len();
        ExportChoice::ALL[(self.index() + if forward { 1 } else { n - 1 }) % n]
    }
}

/// What the dialog holds while it is open.
pub struct ExportDialog {
    pub format: ExportChoice,
    /// The file to write, as typed (a leading `~/` is the home directory).
    pub path: TextArea<'static>,
    /// The file offered for each format when the dialog opened, in
    /// [`ExportChoice::ALL`]'s order.
    pub defaults: Vec<PathBuf>,
    /// The file named exists and the user was told: Enter (or `y`) again overwrites it.
    pub overwrite: bool,
    /// What the last try came to (the file exists, the folder does not).
    pub message: Option<String>,
}

impl Default for ExportDialog {
    fn default() -> Self {
        ExportDialog::new(ExportChoice::default(), Vec::new())
    }
}

impl ExportDialog {
    /// A dialog on `format`, its path field holding that format's default.
    pub fn new(format: ExportChoice, defaults: Vec<PathBuf>) -> ExportDialog {
        let mut dialog = ExportDialog { format, path: TextArea::default(), defaults, overwrite: false, message: None };
        let text = dialog.default_for(format).unwrap_or_default();
        dialog.set_path(text);
        dialog
    }

    fn default_for(&self, format: ExportChoice) -> Option<String> {
        self.defaults.get(format.index()).map(|p| p.display().to_string())
    }

    pub fn path_text(&self) -> String {
        self.path.lines().join("")
    }

    fn set_path(&mut self, text: String) {
        self.path = TextArea::new(vec![text]);
        self.path.set_cursor_line_style(ratatui::style::Style::default());
        self.path.set_placeholder_text("a file to write");
        self.path.move_cursor(CursorMove::End);
    }

    /// An empty path field (ctrl-u).
    pub fn clear_path(&mut self) {
        self.set_path(String::new());
        self.forget_try();
    }

    /// Another format. The path follows it: the default stays the default,
    /// and a typed name ending in a format's extension gets the new one.
    pub fn choose(&mut self, format: ExportChoice) {
        let text = self.path_text();
        let old = self.format;
        self.format = format;
        self.forget_try();
        if Some(&text) == self.default_for(old).as_ref() {
            self.set_path(self.default_for(format).unwrap_or(text));
        } else if let Some(stem) = text.strip_suffix(&format!(".{}", old.extension())) {
            self.set_path(format!("{stem}.{}", format.extension()));
        }
    }

    /// The path or the format changed: what was said about the last one no longer holds.
    pub fn forget_try(&mut self) {
        self.overwrite = false;
        self.message = None;
    }
}

/// `korpus-review-2026-12-01.csv`, then `-2`, `-3` … for `n` = 2, 3 ….
pub fn default_name(day: i64, format: ExportChoice, n: usize) -> String {
    let suffix = if n <= 1 { String::new() } else { format!("-{n}") };
    format!("korpus-review-{}{suffix}.{}", dates::format_day(day), format.extension())
}

/// The first of today's names for `format` in `dir` that `exists` says is free.
pub fn default_path(dir: &Path, day: i64, format: ExportChoice, exists: impl Fn(&Path) -> bool) -> PathBuf {
    // ten thousand exports a day is past any use: the last name is offered and refused if taken
    (1..=10_000)
        .map(|n| dir.join(default_name(day, format, n)))
        .find(|p| !exists(p))
        .unwrap_or_else(|| dir.join(default_name(day, format, 10_000)))
}

/// The path typed, with a leading `~` standing for `home`.
pub fn expand_home(typed: &str, home: Option<&Path>) -> PathBuf {
    match (typed.strip_prefix('~'), home) {
        (Some(""), Some(home)) => home.to_path_buf(),
        (Some(rest), Some(home)) if rest.starts_with('/') => home.join(rest.trim_start_matches('/')),
        _ => PathBuf::from(typed),
    }
}

/// Why an export cannot go to the file chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetProblem {
    /// It exists: written only when the user confirms.
    Exists,
    /// Anything else, said for the dialog.
    Unusable(String),
}

/// Can the export be written to `path`? Korpus's own data folder is made
/// when it is missing (`own_dir`); any other missing folder is the user's
/// typo and is said, not made.
pub fn check_target(path: &Path, replace: bool, own_dir: Option<&Path>) -> Result<(), TargetProblem> {
    let unusable = |why: String| Err(TargetProblem::Unusable(why));
    if path.as_os_str().is_empty() {
        return unusable("no file named: type where to write the export".into());
    }
    if path.is_dir() || path.to_string_lossy().ends_with('/') {
        return unusable(format!("{} is a folder: add a file name", quoted(path)));
    }
    let folder = korpus::fsio::parent_dir(path);
    if !folder.exists() && own_dir == Some(folder) {
        std::fs::create_dir_all(folder)
            .or_else(|e| unusable(format!("cannot make the folder {}: {e}", quoted(folder))))?;
    }
    match std::fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return unusable(format!("{} is not a folder", quoted(folder))),
        Err(_) => return unusable(format!("there is no folder {}", quoted(folder))),
    }
    if !replace && std::fs::symlink_metadata(path).is_ok() {
        return Err(TargetProblem::Exists);
    }
    // a read-only or foreign folder is said while the dialog is open to
    // choose another, not after it closed: the export is written beside its
    // target first, so making a file there is the honest test
    let probe = folder.join(format!(".korpus-export-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(file) => {
            drop(file);
            let _ = std::fs::remove_file(&probe);
        }
        // one left by an earlier korpus with the same process id: the folder takes files
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => {
            let why = match e.kind() {
                std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
                std::io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".to_owned(),
                _ => e.to_string(),
            };
            return unusable(format!("cannot write in {}: {why}", quoted(folder)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_names_are_dated_and_numbered_past_the_ones_taken() {
        let day = dates::day_number("2026-12-01").unwrap();
        assert_eq!(default_name(day, ExportChoice::Csv, 1), "korpus-review-2026-12-01.csv");
        assert_eq!(default_name(day, ExportChoice::Markdown, 3), "korpus-review-2026-12-01-3.md");
        let dir = Path::new("/data");
        let taken = [dir.join("korpus-review-2026-12-01.json"), dir.join("korpus-review-2026-12-01-2.json")];
        let path = default_path(dir, day, ExportChoice::Json, |p| taken.iter().any(|t| t == p));
        assert_eq!(path, dir.join("korpus-review-2026-12-01-3.json"));
        assert_eq!(
            default_path(dir, day, ExportChoice::Csv, |p| taken.contains(&p.to_path_buf())).file_name().unwrap(),
            "korpus-review-2026-12-01.csv"
        );
    }

    #[test]
    fn the_path_follows_the_format_unless_it_was_typed_otherwise() {
        let defaults: Vec<PathBuf> =
            ExportChoice::ALL.iter().map(|&f| PathBuf::from(format!("/d/r.{}", f.extension()))).collect();
        let mut dialog = ExportDialog::new(ExportChoice::Csv, defaults);
        assert_eq!(dialog.path_text(), "/d/r.csv");
        dialog.choose(ExportChoice::Json);
        assert_eq!(dialog.path_text(), "/d/r.json");
        dialog.set_path("/tmp/mine.json".into());
        dialog.choose(ExportChoice::Markdown);
        assert_eq!(dialog.path_text(), "/tmp/mine.md", "a typed name keeps its stem");
        dialog.set_path("/tmp/notes.txt".into());
        dialog.choose(ExportChoice::Csv);
        assert_eq!(dialog.path_text(), "/tmp/notes.txt", "an extension of the user's own stays");
        assert_eq!(ExportChoice::Csv.step(false), ExportChoice::Json);
        assert_eq!(ExportChoice::Json.step(true), ExportChoice::Csv);
    }

    #[test]
    fn a_tilde_is_the_home_directory_only_at_the_start() {
        let home = Path::new("/home/ana");
        assert_eq!(expand_home("~/x.csv", Some(home)), home.join("x.csv"));
        assert_eq!(expand_home("~", Some(home)), home);
        assert_eq!(expand_home("~bob/x.csv", Some(home)), PathBuf::from("~bob/x.csv"));
        assert_eq!(expand_home("a/~/x.csv", Some(home)), PathBuf::from("a/~/x.csv"));
        assert_eq!(expand_home("~/x.csv", None), PathBuf::from("~/x.csv"));
    }

    #[test]
    fn a_target_is_checked_for_a_folder_a_missing_folder_and_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("r.csv");
        assert_eq!(check_target(&file, false, None), Ok(()));
        std::fs::write(&file, "old").unwrap();
        assert_eq!(check_target(&file, false, None), Err(TargetProblem::Exists));
        assert_eq!(check_target(&file, true, None), Ok(()));
        let said = |result: Result<(), TargetProblem>| match result {
            Err(TargetProblem::Unusable(why)) => why,
            other => panic!("{other:?}"),
        };
        assert!(said(check_target(dir.path(), false, None)).contains("is a folder"));
        assert!(said(check_target(Path::new(""), false, None)).contains("no file named"));
        let missing = dir.path().join("nope").join("r.csv");
        assert!(said(check_target(&missing, false, None)).contains("there is no folder"));
        assert!(!dir.path().join("nope").exists(), "a folder the user typed is not made");
        assert!(said(check_target(&file.join("r.csv"), false, None)).contains("is not a folder"));
        // korpus's own data folder is made when it is the one missing
        let own = dir.path().join("data");
        assert_eq!(check_target(&own.join("r.csv"), false, Some(&own)), Ok(()));
        assert!(own.is_dir());
        assert_eq!(std::fs::read_dir(&own).unwrap().count(), 0, "the check leaves nothing behind");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_folder_no_file_can_be_made_in_is_said_before_the_export() {
        // /proc takes no new files, not even from root
        let why = match check_target(Path::new("/proc/r.csv"), false, None) {
            Err(TargetProblem::Unusable(why)) => why,
            other => panic!("{other:?}"),
        };
        assert!(why.starts_with("cannot write in \"/proc\": "), "{why}");
        assert!(!why.contains("korpus-export-probe"), "{why}");
    }
}
