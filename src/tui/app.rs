//! All TUI state, as plain data. Drawing reads it; only `update` changes it.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use ratatui::layout::Rect;
use ratatui_textarea::TextArea;

use korpus::open::Stage;
use korpus::related::Related;
use korpus::review::ReviewMark;
use korpus::search::Hit;
use korpus::store::{ArticleMeta, EntityView, MemoryStore, Store};
use korpus::{Corpus, Mention};

use super::filter::Filters;
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
    /// A one-line prompt on the status bar, typed into `App::prompt`.
    Prompt(PromptKind),
    /// Exporting the review: format and path in `App::export`.
    Export,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// Words to find in the open article (matches shown as they are typed).
    Find,
    /// The list's filter line.
    Filter,
}

impl PromptKind {
    pub fn label(self) -> &'static str {
        match self {
            PromptKind::Find => "find",
            PromptKind::Filter => "filter",
        }
    }
}

/// Words found in the open article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Find {
    pub article: usize,
    pub query: String,
    /// Byte ranges of every match, in order.
    pub matches: Vec<(usize, usize)>,
    /// The match `n`/`N` last went to.
    pub current: Option<usize>,
}

/// A place in the corpus to come back to: an article, how far it was
/// scrolled, and what was highlighted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub article: usize,
    pub scroll: usize,
    pub highlight: Option<TextHighlight>,
}

/// Where jumps (to a hit, a related article, a card's article) came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub back: Vec<Place>,
    pub forward: Vec<Place>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorField {
    Note,
    /// Comma-separated tags.
    Tags,
}

/// The order of the article list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListSort {
    #[default]
    Corpus,
    /// Newest first; undated articles last.
    Date,
    /// By source, newest first within one.
    Source,
    Language,
    Title,
    MostEntities,
}

impl ListSort {
    pub const ALL: [ListSort; 6] = [
        ListSort::Corpus,
        ListSort::Date,
        ListSort::Source,
        ListSort::Language,
        ListSort::Title,
        ListSort::MostEntities,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ListSort::Corpus => "corpus order",
            ListSort::Date => "date",
            ListSort::Source => "source",
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
    /// True once titles and texts can be searched, which may be well before
    /// the analysis (then entity names are not searched yet).
    pub text_search_ready: bool,
    /// Why the corpus could not be opened: the panes say it instead of
    /// waiting for an analysis that will not come.
    pub failed: Option<String>,
}

/// The text view of the selected article.
#[derive(Default)]
pub struct TextView {
    /// First visible row of the wrapped text.
    pub scroll: usize,
    /// Index into the article's mentions that `n`/`N` last visited.
    pub entity_cursor: Option<usize>,
    pub highlight: Option<TextHighlight>,
    /// Words found with `f`, while the find is on.
    pub find: Option<Find>,
    /// The layout of an article's text: (article, width, rows). Wrapping
    /// is the view's one costly step (a 50 MB line takes seconds, so it is
    /// laid out a block at a time as it scrolls into view), and every key
    /// and every frame ask for the same rows again.
    pub wrapped: std::cell::RefCell<Option<(usize, usize, Rows)>>,
    /// The selected article's mentions, as the store gave them last: every
    /// frame colours its rows from them, and a huge article has millions
    /// (decoding them each frame cost more than drawing).
    /// Keyed by the article and the store's address (a store replaced has others).
    pub mentions: std::cell::RefCell<Option<KeptMentions>>,
    /// The rows of a huge article being counted by a worker (`G` asked for
    /// its end, which laid out on the event loop froze the view for seconds).
    pub laying_out: Option<LayingOut>,
    /// A count was asked for by this update (`update` hands it to the loop).
    pub ask_layout: bool,
}

/// A layout being counted off the event loop: of which article, at which
/// width, and where the view is still to go when it is done (a key that
/// scrolls meanwhile cancels the jump, not the counting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayingOut {
    pub article: usize,
    pub width: usize,
    pub jump: Option<Jump>,
}

/// Where a jump far into a huge article goes once its rows are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jump {
    /// `G`: the last screenful.
    End,
    /// A search hit, an entity or a match (`n`/`N`) at this byte.
    Offset(usize),
}

/// Mentions kept for an (article, store address).
pub type KeptMentions = ((usize, usize), Arc<[Mention]>);

/// An article's text wrapped into rows, each a byte range of the text, laid
/// out as they are asked for.
pub type Rows = std::rc::Rc<super::wrap::Layout>;

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
    /// Why the newest query has no answer: the store failed it (a server
    /// down, a damaged index). Cleared by the next query.
    pub failed: Option<String>,
}

impl SearchState {
    pub fn new() -> SearchState {
        let mut input = TextArea::default();
        input.set_placeholder_text("type to search titles, names and text");
        input.set_cursor_line_style(ratatui::style::Style::default());
        SearchState { input, generation: 0, hits: Vec::new(), total: 0, selected: 0, busy: false, failed: None }
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
    pub filter: Filters,
    /// An article kept in the list though the filter would now leave it out:
    /// the one just opened (and so marked read) under `unread`, until the
    /// selection moves on.
    pub keep: Option<usize>,
    pub sort: ListSort,
    /// Articles the list shows, in order (all of them unless filtered).
    pub order: ListOrder,
}

/// The articles the list shows, in order: every article in corpus order,
/// held as their number alone (a million articles open without a table of
/// them: nothing is done per article at open), or the ones a filter or a
/// sort chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListOrder {
    All(usize),
    Chosen(Vec<usize>),
}

impl Default for ListOrder {
    fn default() -> ListOrder {
        ListOrder::All(0)
    }
}

impl ListOrder {
    pub fn len(&self) -> usize {
        match self {
            ListOrder::All(n) => *n,
            ListOrder::Chosen(order) => order.len(),
        }
    }

    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The article in place `i`.
    pub fn get(&self, i: usize) -> Option<usize> {
        match self {
            ListOrder::All(n) => (i < *n).then_some(i),
            ListOrder::Chosen(order) => order.get(i).copied(),
        }
    }

    pub fn first(&self) -> Option<usize> {
        self.get(0)
    }

    /// Where `article` is listed, if it is.
    pub fn position(&self, article: usize) -> Option<usize> {
        match self {
            ListOrder::All(n) => (article < *n).then_some(article),
            ListOrder::Chosen(order) => order.iter().position(|&a| a == article),
        }
    }

    pub fn contains(&self, article: usize) -> bool {
        self.position(article).is_some()
    }

    /// The articles listed from place `from`, in order.
    pub fn iter_from(&self, from: usize) -> impl Iterator<Item = usize> + '_ {
        let (all, chosen) = match self {
            ListOrder::All(n) => (Some(from.min(*n)..*n), None),
            ListOrder::Chosen(order) => (None, Some(order.iter().skip(from).copied())),
        };
        all.into_iter().flatten().chain(chosen.into_iter().flatten())
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.iter_from(0)
    }
}

impl PartialEq<Vec<usize>> for ListOrder {
    fn eq(&self, other: &Vec<usize>) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter().copied())
    }
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
    /// Opening an article (Enter, a hit, a related article) marks it read.
    pub read_on_open: bool,
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
    pub history: History,
    /// Articles over time for the overview, counted when it opens, with the
    /// corpus size it was counted at (a corpus still loading grows).
    pub timeline: Option<(usize, super::timeline::Timeline)>,
    /// What a prompt on the status bar holds while it is open.
    pub prompt: TextArea<'static>,
    /// The export dialog's format and path (the format is kept for the next export).
    pub export: super::export::ExportDialog,
    /// Problems outside the corpus (the review file), for the warnings view.
    pub notes: Vec<String>,

    pub status: Option<String>,
    pub should_quit: bool,
    /// No UTF-8 locale: draw the interface in ASCII.
    pub ascii_only: bool,
    /// Put right-to-left rows in visual order (off for terminals that reorder by themselves).
    pub reorder_bidi: bool,
    /// Entity names in Latin letters or as the selected article's script spells them (`names` in config.toml).
    pub names: korpus::entities::NameScript,
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
            Overlay::Prompt(_) => Some(Layer::Prompt),
            Overlay::Export => Some(Layer::Export),
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
        app.load.text_search_ready = false;
        app
    }

    /// An app over a corpus already opened and analysed.
    pub fn new(store: Arc<dyn Store>, keymap: Keymap, themes: Vec<Theme>, theme: usize) -> App {
        let mut app = App {
            corpus_name: store.name().to_owned(),
            store,
            load: LoadState {
                progress: None,
                partial: false,
                analysis_ready: true,
                text_search_ready: true,
                failed: None,
            },
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
            review: ReviewState { read_on_open: true, ..ReviewState::default() },
            history: History::default(),
            timeline: None,
            prompt: TextArea::default(),
            export: Default::default(),
            notes: Vec::new(),
            status: None,
            should_quit: false,
            ascii_only: false,
            reorder_bidi: true,
            names: korpus::entities::NameScript::Latin,
        };
        app.refresh_list();
        app
    }

    pub fn theme(&self) -> &Theme {
        &self.themes[self.theme.min(self.themes.len().saturating_sub(1))]
    }

    /// Recompute which articles the list shows; keep the selection on one of them.
    pub fn refresh_list(&mut self) {
        let filter = &self.list.filter;
        let mentioned = match filter.entity {
            Some(e) => self.store.entity_articles(e).unwrap_or_default(),
            None => Default::default(),
        };
        // no filter, corpus order: every article, without a table of them
        if filter.is_empty() && self.list.sort == ListSort::Corpus {
            self.list.order = ListOrder::All(self.store.len());
            return;
        }
        // no filter: every article, without asking the filter a million times
        let mut order: Vec<usize> = if filter.is_empty() {
            (0..self.store.len()).collect()
        } else {
            (0..self.store.len())
                .filter(|&a| {
                    self.list.keep == Some(a) || filter.admits(a, self.article(a).as_ref(), self.mark(a), &mentioned)
                })
                .collect()
        };
        match self.list.sort {
            ListSort::Corpus => {}
            ListSort::Date => {
                let day = |a: usize| self.article(a).and_then(|m| m.date.as_deref().and_then(super::dates::day_number));
                // newest first, undated last
                order.sort_by_cached_key(|&a| {
                    let day = day(a);
                    (day.is_none(), day.map(std::cmp::Reverse), a)
                })
            }
            ListSort::Source => {
                let key = |a: usize| {
                    let meta = self.article(a);
                    let source = meta.as_ref().and_then(|m| m.source.as_deref().map(str::to_lowercase));
                    let day = meta.as_ref().and_then(|m| m.date.as_deref().and_then(super::dates::day_number));
                    // undated and unsourced last
                    (source.is_none(), source, day.map(std::cmp::Reverse))
                };
                order.sort_by_cached_key(|&a| (key(a), a))
            }
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
        self.list.order = ListOrder::Chosen(order);
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
        let mut view = self.store.entity(entity).ok()?;
        if self.names != korpus::entities::NameScript::Latin {
            let script = self.article(self.selected).map(|a| a.script);
            let shown = korpus::entities::shown_name(&view.name, &view.variants, self.names, script).to_owned();
            view.name = std::borrow::Cow::Owned(shown);
        }
        Some(view)
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

    /// The selected article's text laid out at `width` columns, as byte
    /// ranges, and the text (empty when the store cannot give it).
    pub fn rows(&self, width: usize) -> (Rows, korpus::store::Text<'_>) {
        let text = self.store.text(self.selected).unwrap_or(korpus::store::Text::Borrowed(""));
        if let Some((article, w, rows)) = self.text.wrapped.borrow().as_ref()
            && (*article, *w) == (self.selected, width)
            && rows.fits(&text, width)
        {
            return (std::rc::Rc::clone(rows), text);
        }
        let rows = std::rc::Rc::new(super::wrap::Layout::new(&text, width));
        *self.text.wrapped.borrow_mut() = Some((self.selected, width, std::rc::Rc::clone(&rows)));
        (rows, text)
    }

    /// The selected article's mentions (kept between frames).
    pub fn selected_mentions(&self) -> Arc<[Mention]> {
        let key = (self.selected, Arc::as_ptr(&self.store) as *const () as usize);
        if let Some((of, mentions)) = self.text.mentions.borrow().as_ref()
            && *of == key
        {
            return Arc::clone(mentions);
        }
        let mentions: Arc<[Mention]> = self.mentions(self.selected).into_owned().into();
        *self.text.mentions.borrow_mut() = Some((key, Arc::clone(&mentions)));
        mentions
    }

    /// The selected article's place in the list, if it is shown.
    pub fn list_position(&self) -> Option<usize> {
        self.list.order.position(self.selected)
    }
}
