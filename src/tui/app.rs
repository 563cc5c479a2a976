//! All TUI state, as plain data. Drawing reads it; only `update` changes it.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use ratatui::layout::Rect;
use ratatui_textarea::TextArea;

use korpus::open::Stage;
use korpus::related::Related;
use korpus::review::{Relevance, ReviewMark};
use korpus::search::Hit;
use korpus::store::{ArticleMeta, EntityView, MemoryStore, Store};
use korpus::{Corpus, Mention};

use super::keymap::{Keymap, Layer};
use super::theme::Theme;

/// The four panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Text,
    Search,
    Related,
}

impl Pane {
    /// Tab order.
    pub const ORDER: [Pane; 4] = [Pane::List, Pane::Text, Pane::Search, Pane::Related];

    pub fn layer(self) -> Layer {
        match self {
            Pane::List => Layer::List,
            Pane::Text => Layer::Text,
            Pane::Search => Layer::Search,
            Pane::Related => Layer::Related,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::List => "Articles",
            Pane::Text => "Text",
            Pane::Search => "Search",
            Pane::Related => "Related",
        }
    }
}

/// A modal layer over the panes; it takes the keys while open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help {
        scroll: usize,
    },
    /// An entity's card: its names, and the articles that mention it (`selected`).
    Card {
        entity: usize,
        selected: usize,
        /// The overview chart and bar it was opened from: `Esc` goes back there.
        from_overview: Option<(usize, usize)>,
    },
    /// The corpus at a glance; `chart` 0..3 is people, places, organisations.
    Overview {
        chart: usize,
        selected: usize,
    },
    /// Editing the selected article's note or tags in `App::editor`.
    Editor {
        field: EditorField,
    },
    /// What could not be loaded or opened, and why.
    Warnings {
        scroll: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorField {
    Note,
    /// Comma-separated tags.
    Tags,
}

/// What the article list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListFilter {
    /// Articles that mention this entity.
    Entity(usize),
    Unread,
    Starred,
    Relevant,
    NotRelevant,
    HasNote,
    Tagged(String),
}

impl ListFilter {
    pub fn label(&self) -> String {
        match self {
            ListFilter::Entity(_) => "entity".into(),
            ListFilter::Unread => "unread".into(),
            ListFilter::Starred => "starred".into(),
            ListFilter::Relevant => "relevant".into(),
            ListFilter::NotRelevant => "not relevant".into(),
            ListFilter::HasNote => "with a note".into(),
            ListFilter::Tagged(tag) => format!("tagged {tag}"),
        }
    }

    /// Whether the list shows an article with this mark; `mentioned` holds
    /// the articles of the filter's entity, in corpus order.
    fn admits(&self, mark: Option<&ReviewMark>, article: usize, mentioned: &[(usize, usize)]) -> bool {
        let m = mark.cloned().unwrap_or_default();
        match self {
            ListFilter::Entity(_) => mentioned.binary_search_by_key(&article, |&(a, _)| a).is_ok(),
            ListFilter::Unread => !m.read,
            ListFilter::Starred => m.starred,
            ListFilter::Relevant => m.relevance == Some(Relevance::Relevant),
            ListFilter::NotRelevant => m.relevance == Some(Relevance::NotRelevant),
            ListFilter::HasNote => !m.note.trim().is_empty(),
            ListFilter::Tagged(tag) => m.tags.iter().any(|t| t == tag),
        }
    }
}

/// The order of the article list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListSort {
    #[default]
    Corpus,
    Language,
    Title,
    MostEntities,
}

impl ListSort {
    pub const ALL: [ListSort; 4] = [ListSort::Corpus, ListSort::Language, ListSort::Title, ListSort::MostEntities];

    pub fn label(self) -> &'static str {
        match self {
            ListSort::Corpus => "corpus order",
            ListSort::Language => "language",
            ListSort::Title => "title",
            ListSort::MostEntities => "most entities",
        }
    }
}

/// What the text view highlights besides entities: a search hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextHighlight {
    pub article: usize,
    pub ranges: Vec<(usize, usize)>,
}

/// Opening the corpus: what has arrived so far.
pub struct LoadState {
    /// Set while the corpus is being opened: the stage reached and when it began.
    pub progress: Option<(Stage, Instant)>,
    /// True while `App::corpus` holds only the first articles of one still loading.
    pub partial: bool,
    /// False until the analysis (entities, search, related) has arrived.
    pub analysis_ready: bool,
}

/// The text view of the selected article.
#[derive(Default)]
pub struct TextView {
    /// First visible row of the wrapped text.
    pub scroll: usize,
    /// Index into the article's mentions that `n`/`N` last visited.
    pub entity_cursor: Option<usize>,
    pub highlight: Option<TextHighlight>,
    /// The last wrap of an article's text: (article, width, rows). Wrapping
    /// is the view's one costly step (a 50 MB line takes a second), and
    /// every key and every frame ask for the same rows again.
    pub wrapped: std::cell::RefCell<Option<(usize, usize, Rows)>>,
}

/// An article's text wrapped into rows, each a byte range of the text.
pub type Rows = std::rc::Rc<Vec<(usize, usize)>>;

/// The search pane: the query being typed and the hits of the newest answer.
pub struct SearchState {
    pub input: TextArea<'static>,
    /// Generation of the newest query sent to the worker; older results are dropped.
    pub generation: u64,
    pub hits: Vec<Hit>,
    /// All hits the query has, of which `hits` are the best.
    pub total: usize,
    pub selected: usize,
    pub busy: bool,
}

impl SearchState {
    pub fn new() -> SearchState {
        let mut input = TextArea::default();
        input.set_placeholder_text("type to search titles, names and text");
        input.set_cursor_line_style(ratatui::style::Style::default());
        SearchState { input, generation: 0, hits: Vec::new(), total: 0, selected: 0, busy: false }
    }

    pub fn query(&self) -> String {
        self.input.lines().join(" ")
    }
}

/// The related pane: articles ranked for the selected one.
#[derive(Default)]
pub struct RelatedState {
    pub items: Vec<Related>,
    pub selected: usize,
    /// Only articles in other languages than the selected one.
    pub other_languages: bool,
    /// The (article, other-languages-only) the shown list answers, or is
    /// being computed for.
    pub shown_for: Option<(usize, bool)>,
    pub busy: bool,
}

/// The article list: which articles, in which order.
#[derive(Default)]
pub struct ListState {
    pub filter: Option<ListFilter>,
    pub sort: ListSort,
    /// Articles the list shows, in order (all of them unless filtered).
    pub order: Vec<usize>,
}

/// Review marks, notes and tags.
#[derive(Default)]
pub struct ReviewState {
    /// Review marks by article id, as last saved (the loop owns the file).
    pub marks: HashMap<String, ReviewMark>,
    /// False when no review file could be opened: marks are then not kept.
    pub enabled: bool,
    /// The note or tags being edited.
    pub editor: TextArea<'static>,
}

pub struct App {
    /// The corpus and its analysis: everything the panes show comes from here.
    pub store: Arc<dyn Store>,
    /// The corpus's name, known before its store arrives.
    pub corpus_name: String,
    pub load: LoadState,
    pub keymap: Keymap,
    pub themes: Vec<Theme>,
    pub theme: usize,
    pub focus: Pane,
    /// Where `Esc` from the search box returns.
    pub focus_before_search: Pane,
    pub overlay: Overlay,
    /// Terminal size, for layout-dependent moves (page sizes, scroll to a hit).
    pub size: Rect,

    /// The selected article: the list's cursor, shown in the text view.
    pub selected: usize,
    pub text: TextView,
    pub search: SearchState,
    pub related: RelatedState,
    pub list: ListState,
    pub review: ReviewState,
    /// Problems outside the corpus (the review file), for the warnings view.
    pub notes: Vec<String>,

    pub status: Option<String>,
    pub should_quit: bool,
    /// No UTF-8 locale: draw the interface in ASCII.
    pub ascii_only: bool,
}

/// Most related articles the pane lists.
pub const RELATED_LIMIT: usize = 20;
/// Most search hits kept for the pane.
pub const SEARCH_LIMIT: usize = 200;

impl Overlay {
    /// The keymap layer that takes keys while this overlay is open.
    pub fn layer(self) -> Option<Layer> {
        match self {
            Overlay::None => None,
            Overlay::Help { .. } => Some(Layer::Help),
            Overlay::Card { .. } => Some(Layer::Card),
            Overlay::Overview { .. } => Some(Layer::Overview),
            Overlay::Editor { .. } => Some(Layer::Editor),
            Overlay::Warnings { .. } => Some(Layer::Help),
        }
    }
}

impl App {
    /// An app with nothing loaded yet, waiting for the opener's actions.
    pub fn loading(name: String, keymap: Keymap, themes: Vec<Theme>, theme: usize) -> App {
        let corpus = Corpus { name, ..Corpus::default() };
        let mut app = App::new(Arc::new(MemoryStore::articles_only(Arc::new(corpus))), keymap, themes, theme);
        app.load.progress = Some((Stage::Loading { read: 0, total: 0 }, Instant::now()));
        app.load.analysis_ready = false;
        app
    }

    /// An app over a corpus already opened and analysed.
    pub fn new(store: Arc<dyn Store>, keymap: Keymap, themes: Vec<Theme>, theme: usize) -> App {
        let mut app = App {
            corpus_name: store.name().to_owned(),
            store,
            load: LoadState { progress: None, partial: false, analysis_ready: true },
            keymap,
            themes,
            theme,
            focus: Pane::List,
            focus_before_search: Pane::List,
            overlay: Overlay::None,
            size: Rect::new(0, 0, 80, 24),
            selected: 0,
            text: TextView::default(),
            search: SearchState::new(),
            related: RelatedState::default(),
            list: ListState::default(),
            review: ReviewState::default(),
            notes: Vec::new(),
            status: None,
            should_quit: false,
            ascii_only: false,
        };
        app.refresh_list();
        app
    }

    pub fn theme(&self) -> &Theme {
        &self.themes[self.theme.min(self.themes.len().saturating_sub(1))]
    }

    /// Recompute which articles the list shows; keep the selection on one of them.
    pub fn refresh_list(&mut self) {
        let mentioned = match &self.list.filter {
            Some(ListFilter::Entity(e)) => self.store.entity_articles(*e).unwrap_or_default(),
            _ => Default::default(),
        };
        let mut order: Vec<usize> = (0..self.store.len())
            .filter(|&a| match &self.list.filter {
                None => true,
                Some(filter) => filter.admits(self.mark(a), a, &mentioned),
            })
            .collect();
        match self.list.sort {
            ListSort::Corpus => {}
            ListSort::Language => {
                let language = |a: usize| self.article(a).map(|m| m.language.code().to_owned()).unwrap_or_default();
                order.sort_by_cached_key(|&a| (language(a), a))
            }
            ListSort::Title => {
                let title = |a: usize| self.article(a).map(|m| m.title.to_lowercase()).unwrap_or_default();
                order.sort_by_cached_key(|&a| (title(a), a))
            }
            ListSort::MostEntities => {
                order.sort_by_cached_key(|&a| (std::cmp::Reverse(self.mentions(a).len()), a));
            }
        }
        self.list.order = order;
    }

    /// An article's description, `None` when the store cannot give it.
    pub fn article(&self, article: usize) -> Option<ArticleMeta<'_>> {
        self.store.article(article).ok()
    }

    /// An article's mentions; none when the store cannot give them.
    pub fn mentions(&self, article: usize) -> std::borrow::Cow<'_, [Mention]> {
        self.store.mentions(article).unwrap_or_default()
    }

    /// An entity, `None` when the store cannot give it.
    pub fn entity(&self, entity: usize) -> Option<EntityView<'_>> {
        self.store.entity(entity).ok()
    }

    /// The review mark of an article, if it has one.
    pub fn mark(&self, article: usize) -> Option<&ReviewMark> {
        if self.review.marks.is_empty() {
            return None;
        }
        self.article(article).and_then(|a| self.review.marks.get(a.id.as_ref()))
    }

    /// Articles marked read or flagged, of all in the corpus.
    pub fn reviewed(&self) -> usize {
        self.review
            .marks
            .iter()
            .filter(|(id, mark)| mark.is_reviewed() && self.store.article_by_id(id).ok().flatten().is_some())
            .count()
    }

    /// The selected article's text wrapped to `width` columns, as byte ranges.
    pub fn rows(&self, width: usize) -> Rows {
        if let Some((article, w, rows)) = self.text.wrapped.borrow().as_ref()
            && (*article, *w) == (self.selected, width)
        {
            return std::rc::Rc::clone(rows);
        }
        let rows = std::rc::Rc::new(
            self.store.text(self.selected).map(|text| super::wrap::wrap(&text, width)).unwrap_or_default(),
        );
        *self.text.wrapped.borrow_mut() = Some((self.selected, width, std::rc::Rc::clone(&rows)));
        rows
    }

    /// The selected article's place in the list, if it is shown.
    pub fn list_position(&self) -> Option<usize> {
        self.list.order.iter().position(|&a| a == self.selected)
    }
}
