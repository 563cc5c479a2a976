//! Everything that can happen in the TUI. The same names are the vocabulary of
//! the keymap file (`j = "down"`); variants only workers and the loop send are
//! skipped by serde.

use serde::Deserialize;

use std::sync::Arc;

use korpus::open::Stage;
use korpus::related::Related;
use korpus::review::ReviewMark;
use korpus::search::Hit;
use korpus::{Analysis, Corpus};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    ToggleHelp,
    FocusNext,
    FocusPrev,
    FocusList,
    FocusText,
    FocusSearch,
    FocusRelated,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Back,
    CycleTheme,
    NextEntity,
    PrevEntity,
    /// Open the card of the entity at the cursor (or the first on screen).
    EntityCard,
    /// The corpus at a glance: languages and the most mentioned entities.
    Overview,
    /// In an entity card: show only articles that mention it.
    FilterByEntity,
    /// Related articles in other languages only, or in all.
    ToggleOtherLanguages,
    /// Copy the selected article's id and title, or the chosen search hit's line.
    Copy,
    /// Review: read / unread.
    ToggleRead,
    ToggleStar,
    /// Review: relevant → not relevant → unflagged.
    CycleRelevance,
    /// Review: write a note (multi-line).
    EditNote,
    /// Review: comma-separated tags.
    EditTags,
    /// In the note or tags editor: keep what was written.
    SaveEdit,
    /// In the note or tags editor: drop the changes.
    CancelEdit,
    /// The article list: all → unread → starred → relevant → not relevant → with a note → each tag.
    CycleFilter,
    /// The article list: corpus order → language → title → most entities.
    CycleSort,
    /// Write the review (marks, notes, tags) to a JSON file in the current directory.
    ExportReview,
    /// What could not be loaded, and why.
    ShowWarnings,
    /// A key typed into the note or tags editor.
    #[serde(skip)]
    EditorInput(crossterm::event::KeyEvent),
    /// The review file was saved (or not): the marks as they now are on disk.
    #[serde(skip)]
    ReviewSaved {
        marks: Vec<(String, ReviewMark)>,
        message: Option<String>,
    },
    /// A key the search input should edit with (typed text, backspace...).
    #[serde(skip)]
    SearchInput(crossterm::event::KeyEvent),
    #[serde(skip)]
    SearchResults {
        generation: u64,
        hits: Vec<Hit>,
        done: bool,
    },
    #[serde(skip)]
    RelatedResults {
        article: usize,
        other_languages_only: bool,
        results: Vec<Related>,
    },
    #[serde(skip)]
    Resize(u16, u16),
    /// The opener reached a stage.
    #[serde(skip)]
    Progress(Stage),
    /// The first articles of a corpus still loading (a prefix of what
    /// `CorpusLoaded` brings), to browse meanwhile.
    #[serde(skip)]
    CorpusPreview(Shared<Corpus>),
    /// The articles are in (analysis still running).
    #[serde(skip)]
    CorpusLoaded(Shared<Corpus>),
    /// Entities, search and related indexes are ready.
    #[serde(skip)]
    AnalysisReady(Shared<Analysis>),
    #[serde(skip)]
    LoadFailed(String),
    /// Redraw the progress indicator (sent only while loading).
    #[serde(skip)]
    Tick,
    #[serde(skip)]
    Click {
        column: u16,
        row: u16,
    },
    #[serde(skip)]
    ScrollAt {
        column: u16,
        row: u16,
        down: bool,
    },
}

/// Data shared with workers, compared by identity (it is never copied).
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared(..)")
    }
}

impl Action {
    /// Bindable actions in the order the help overlay lists them.
    pub const ORDER: [Action; 35] = [
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::Back,
        Action::NextEntity,
        Action::PrevEntity,
        Action::EntityCard,
        Action::FilterByEntity,
        Action::Overview,
        Action::ToggleOtherLanguages,
        Action::Copy,
        Action::ToggleRead,
        Action::ToggleStar,
        Action::CycleRelevance,
        Action::EditNote,
        Action::EditTags,
        Action::SaveEdit,
        Action::CancelEdit,
        Action::CycleFilter,
        Action::CycleSort,
        Action::ExportReview,
        Action::ShowWarnings,
        Action::FocusNext,
        Action::FocusPrev,
        Action::FocusList,
        Action::FocusText,
        Action::FocusSearch,
        Action::FocusRelated,
        Action::CycleTheme,
        Action::ToggleHelp,
        Action::Quit,
    ];

    /// What the help overlay and the status bar say a bound action does.
    pub fn describe(&self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::ToggleHelp => "help",
            Action::FocusNext => "next pane",
            Action::FocusPrev => "previous pane",
            Action::FocusList => "article list",
            Action::FocusText => "text view",
            Action::FocusSearch => "search",
            Action::FocusRelated => "related articles",
            Action::Up => "up",
            Action::Down => "down",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Open => "open",
            Action::Back => "back",
            Action::CycleTheme => "next theme",
            Action::NextEntity => "next entity",
            Action::PrevEntity => "previous entity",
            Action::EntityCard => "entity card",
            Action::Overview => "corpus overview",
            Action::FilterByEntity => "filter the list by this entity",
            Action::ToggleOtherLanguages => "other languages only / all",
            Action::Copy => "copy id and title (or the hit's line)",
            Action::ToggleRead => "mark read / unread",
            Action::ToggleStar => "star / unstar",
            Action::CycleRelevance => "flag relevant / not relevant / none",
            Action::EditNote => "write a note",
            Action::EditTags => "edit tags (comma-separated)",
            Action::SaveEdit => "keep the note or tags",
            Action::CancelEdit => "drop the changes",
            Action::CycleFilter => "filter: unread, starred, flagged, noted, tagged",
            Action::CycleSort => "sort: corpus, language, title, most entities",
            Action::ExportReview => "export the review to a JSON file",
            Action::ShowWarnings => "what was skipped on loading, and why",
            _ => "",
        }
    }
}
