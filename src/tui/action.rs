//! Everything that can happen in the TUI. The same names are the vocabulary of
//! the keymap file (`j = "down"`); variants only workers and the loop send are
//! skipped by serde.

use serde::Deserialize;

use std::sync::Arc;

use korpus::Store;
use korpus::open::Stage;
use korpus::related::Related;
use korpus::review::ReviewMark;
use korpus::search::Hit;

/// Declares [`Action`] from two lists: the bindable actions, each with the
/// description the help overlay and the status bar show (so an action cannot
/// be added without one, nor left out of the help's order), and the internal
/// ones that only workers and the loop send, which the keymap cannot name.
macro_rules! actions {
    (
        bindable { $( $(#[doc = $doc:literal])* $name:ident = $key:literal => $describe:literal, )* }
        internal { $( $(#[doc = $idoc:literal])* $internal:ident $( ( $($tuple:ty),* ) )? $( { $($field:ident : $ftype:ty),* $(,)? } )?, )* }
    ) => {
        #[derive(Debug, Clone, PartialEq, Deserialize)]
        pub enum Action {
            $( $(#[doc = $doc])* #[serde(rename = $key)] $name, )*
            $( $(#[doc = $idoc])* #[serde(skip)] $internal $( ( $($tuple),* ) )? $( { $($field : $ftype),* } )?, )*
        }

        impl Action {
            /// Bindable actions in the order the help overlay lists them.
            pub const ORDER: &'static [Action] = &[$(Action::$name),*];

            /// The name the keymap file uses (`page_down`); empty for
            /// internal actions, which cannot be bound.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Action::$name => $key, )*
                    _ => "",
                }
            }

            /// What the help overlay and the status bar say a bound action
            /// does; empty for internal actions, which are never bound.
            pub fn describe(&self) -> &'static str {
                match self {
                    $( Action::$name => $describe, )*
                    _ => "",
                }
            }
        }
    };
}

actions! {
    bindable {
        Up = "up" => "up",
        Down = "down" => "down",
        PageUp = "page_up" => "page up",
        PageDown = "page_down" => "page down",
        Top = "top" => "top",
        Bottom = "bottom" => "bottom",
        Open = "open" => "open",
        Back = "back" => "back",
        NextEntity = "next_entity" => "next entity (or find match)",
        PrevEntity = "prev_entity" => "previous entity (or find match)",
        /// Find words in the open article; `n`/`N` then visit the matches.
        Find = "find" => "find in this article",
        /// Back to the article and place before the last jump (a hit, a related article, a card).
        HistoryBack = "history_back" => "back to before the last jump",
        HistoryForward = "history_forward" => "forward again after going back",
        /// The next article in the list, whatever pane has the keys.
        NextArticle = "next_article" => "next article in the list",
        PrevArticle = "prev_article" => "previous article in the list",
        /// Read the article in `$PAGER` (less), korpus waiting meanwhile.
        OpenInPager = "open_in_pager" => "read the article in $PAGER",
        OpenInEditor = "open_in_editor" => "open the article in $EDITOR",
        /// Copy the rows of text on screen.
        CopyPassage = "copy_passage" => "copy the passage on screen",
        CopyText = "copy_text" => "copy the whole text",
        /// Open the card of the entity at the cursor (or the first on screen).
        EntityCard = "entity_card" => "entity card",
        /// In an entity card: show only articles that mention it.
        FilterByEntity = "filter_by_entity" => "filter the list by this entity",
        /// The corpus at a glance: languages and the most mentioned entities.
        Overview = "overview" => "corpus overview",
        /// Related articles in other languages only, or in all.
        ToggleOtherLanguages = "toggle_other_languages" => "other languages only / all",
        /// Copy the selected article's id and title, or the chosen search hit's line.
        Copy = "copy" => "copy id and title (in search: the hit's line)",
        /// In the search box or a prompt: empty it (as ctrl-u in a shell).
        ClearLine = "clear_line" => "clear the line",
        /// In a prompt (find, filter): do it.
        Confirm = "confirm" => "confirm",
        /// In a prompt: leave it, changing nothing.
        Cancel = "cancel" => "cancel",
        /// Review: read / unread.
        ToggleRead = "toggle_read" => "mark read / unread",
        ToggleStar = "toggle_star" => "star / unstar",
        /// Review: relevant → not relevant → unflagged.
        CycleRelevance = "cycle_relevance" => "flag relevant / not relevant / none",
        /// Review: write a note (multi-line).
        EditNote = "edit_note" => "write a note",
        /// Review: comma-separated tags.
        EditTags = "edit_tags" => "edit tags (comma-separated)",
        /// In the note or tags editor: keep what was written.
        SaveEdit = "save_edit" => "keep the note or tags",
        /// In the note or tags editor: drop the changes.
        CancelEdit = "cancel_edit" => "drop the changes",
        /// The article list: all → unread → starred → relevant → not relevant → with a note → each tag.
        CycleFilter = "cycle_filter" => "filter: unread, starred, flagged, noted, tagged",
        /// The article list: corpus order → date → source → language → title → most entities.
        CycleSort = "cycle_sort" => "sort: corpus, date, source, language, title, entities",
        /// The article list: all languages → each language, most articles first.
        CycleLanguage = "cycle_language" => "list one language, then the next",
        /// The article list: a filter line (`lang:ru source:reuters date:2024-06 unread`).
        FilterLine = "filter_line" => "filter: lang: source: date: unread tag: …",
        /// Write the review (marks, notes, tags) to a file: a dialog asks for the format and the path.
        ExportReview = "export_review" => "export the review (CSV, Markdown, JSON)",
        /// In the export dialog: the next format.
        NextFormat = "next_format" => "next format",
        PrevFormat = "prev_format" => "previous format",
        /// What could not be loaded, and why.
        ShowWarnings = "show_warnings" => "what was skipped on loading, and why",
        FocusNext = "focus_next" => "next pane",
        FocusPrev = "focus_prev" => "previous pane",
        FocusList = "focus_list" => "article list",
        FocusText = "focus_text" => "text view",
        FocusSearch = "focus_search" => "search",
        FocusRelated = "focus_related" => "related articles",
        CycleTheme = "cycle_theme" => "next theme",
        ToggleHelp = "toggle_help" => "help",
        /// Hand the terminal back to the shell until `fg`, as ctrl-z does in a shell.
        Suspend = "suspend" => "suspend (fg resumes)",
        Quit = "quit" => "quit",
    }
    internal {
        /// A key typed into the note or tags editor.
        EditorInput(crossterm::event::KeyEvent),
        /// A key typed into a prompt (find, filter) or the export dialog's path.
        PromptInput(crossterm::event::KeyEvent),
        /// Open the export dialog offering these files, one per format (the loop found free names).
        ExportDefaults(Vec<std::path::PathBuf>),
        /// The export's file was refused, and why.
        ExportRefused { path: std::path::PathBuf, problem: super::export::TargetProblem },
        /// The export was handed to the saver, to this file.
        ExportStarted(std::path::PathBuf),
        /// The review file was saved (or not): the marks as they now are on disk.
        ReviewSaved { marks: Vec<(String, ReviewMark)>, message: Option<String> },
        /// A key the search input should edit with (typed text, backspace...).
        SearchInput(crossterm::event::KeyEvent),
        /// Hits for a query; `total` (all hits, of which `hits` are the best) comes
        /// with the final answer and is `None` while the pass still runs.
        SearchResults { generation: u64, hits: Vec<Hit>, total: Option<usize> },
        /// The store could not answer the query of `generation`: `message` says
        /// what failed (the server or file, and why).
        SearchFailed { generation: u64, message: String },
        RelatedResults { article: usize, other_languages_only: bool, results: Vec<Related> },
        /// The rows of each block of article `article`'s text (`text_len`
        /// bytes) at `width` columns, counted by a worker for `G`.
        LaidOut { article: usize, width: usize, text_len: usize, counts: Vec<usize> },
        Resize(u16, u16),
        /// The opener reached a stage.
        Progress(Stage),
        /// The first articles of a corpus still loading (a prefix of what
        /// `CorpusLoaded` brings), to browse meanwhile.
        CorpusPreview(Shared<dyn Store>),
        /// The articles are in (analysis still running).
        CorpusLoaded(Shared<dyn Store>),
        /// The articles with their titles and text searchable (entities,
        /// related articles and entity names still being analysed).
        TextSearchReady(Shared<dyn Store>),
        /// The whole store: entities, search and related are ready.
        AnalysisReady(Shared<dyn Store>),
        LoadFailed(String),
        /// A worker could not answer (the store failed): say why.
        Failed(String),
        /// Redraw the progress indicator (sent only while loading).
        Tick,
        Click { column: u16, row: u16 },
        ScrollAt { column: u16, row: u16, down: bool },
    }
}

impl Action {
    /// What the search worker sends when a pass ends: the ranked hits, or
    /// what failed (never an empty list standing for a failure).
    pub fn search_answer(generation: u64, answer: korpus::store::StoreResult<Vec<Hit>>, total: usize) -> Action {
        match answer {
            Ok(hits) => Action::SearchResults { generation, hits, total: Some(total) },
            Err(e) => Action::SearchFailed { generation, message: e.to_string() },
        }
    }
}

/// Data shared with workers, compared by identity (it is never copied).
pub struct Shared<T: ?Sized>(pub Arc<T>);

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::Action;
    use crate::tui::keymap::{Keymap, Layer};

    #[test]
    fn every_bindable_action_has_a_description_and_a_key_in_the_help() {
        let keymap = Keymap::defaults();
        for action in Action::ORDER {
            assert!(!action.describe().is_empty(), "{action:?} has no description");
            let bound = Layer::ALL.iter().any(|&layer| !keymap.keys_for(layer, action).is_empty());
            assert!(bound, "{action:?} has no default key, so the help overlay would not list it");
        }
    }

    #[test]
    fn every_bindable_action_is_a_keymap_name_and_no_internal_one_is() {
        for action in Action::ORDER {
            let parsed: Action = serde_json::from_value(serde_json::Value::String(action.name().into())).unwrap();
            assert_eq!(&parsed, action, "{}", action.name());
        }
        for internal in ["search_input", "tick", "resize", "click", "corpus_loaded", "SearchInput", "Tick"] {
            assert!(serde_json::from_value::<Action>(serde_json::Value::String(internal.into())).is_err());
        }
    }
}
