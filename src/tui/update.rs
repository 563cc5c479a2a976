//! `update`: the only place TUI state changes. No drawing and no I/O; work
//! that takes time is asked for as an [`Effect`] and comes back as an action.

use ratatui::layout::{Position, Rect};

use super::action::Action;
use korpus::review::{Relevance, ReviewMark};

pub use super::app::Pane;
use super::app::{App, EditorField, Find, Jump, LayingOut, ListSort, Overlay, Place, PromptKind, TextHighlight};
use super::export::{ExportChoice, ExportDialog, TargetProblem};
use super::filter::{Filters, MarkFilter};
use super::keymap::Layer;
use super::panes::{help, layout, overview};

/// Work for the loop to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Run a search off the event loop; results come back tagged with `generation`.
    Search { generation: u64, query: String },
    /// Rank related articles off the event loop (latest wins).
    Related { article: usize, other_languages_only: bool },
    /// Put text on the user's clipboard (the loop owns the terminal).
    Copy(String),
    /// Save one article's review mark (the loop owns the review file).
    SaveMark { article_id: String, mark: ReviewMark },
    /// Find today's free file names for an export and open the dialog with them.
    PrepareExport,
    /// Check the file chosen and write the whole review to it (`replace`: the user confirmed overwriting it).
    Export { format: ExportChoice, path: String, replace: bool },
    /// Show an article in another program (`$PAGER`, `$EDITOR`) while korpus waits.
    External { article: usize, program: ExternalProgram },
    /// Hand the terminal back and stop until `fg` (ctrl-z).
    Suspend,
    /// Count the rows of article `article`'s text at `width` columns off
    /// the event loop; they come back as [`Action::LaidOut`] (latest wins).
    LayOut { article: usize, width: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExternalProgram {
    Pager,
    Editor,
}

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    // a message stays until the next thing the user does (workers, ticks and resizes leave it)
    if !is_background(&action) {
        app.status = None;
    }
    let mut effects = match app.overlay {
        Overlay::None => update_panes(app, action),
        _ if is_background(&action) => update_panes(app, action),
        Overlay::Help { .. } => update_help(app, action),
        Overlay::Card { .. } => update_card(app, action),
        Overlay::Overview { .. } => update_overview(app, action),
        Overlay::Editor { field } => update_editor(app, field, action),
        Overlay::Prompt(kind) => update_prompt(app, kind, action),
        Overlay::Export => update_export(app, action),
        Overlay::Warnings { scroll } => {
            // `G` reaches the end of 200,000 warnings in one key
            let rows = app.store.warnings().len() + app.notes.len();
            app.overlay = match action {
                Action::ToggleHelp | Action::Back | Action::Quit | Action::ShowWarnings => Overlay::None,
                _ => match scrolled(scroll, action, rows, help::warnings_rows(app.size)) {
                    Some(scroll) => Overlay::Warnings { scroll },
                    None => app.overlay,
                },
            };
            Vec::new()
        }
    };
    // related articles follow the selection: ask for them whenever what is
    // shown no longer answers the selected article
    // a jump far into a huge article waits for its rows, counted off the loop
    if std::mem::take(&mut app.text.ask_layout)
        && let Some(wanted) = app.text.laying_out
    {
        effects.push(Effect::LayOut { article: wanted.article, width: wanted.width });
    }
    let wanted = (app.selected, app.related.other_languages);
    if app.load.analysis_ready && !app.store.is_empty() && app.related.shown_for != Some(wanted) {
        app.related.shown_for = Some(wanted);
        app.related.busy = true;
        effects.push(Effect::Related { article: wanted.0, other_languages_only: wanted.1 });
    }
    effects
}

/// Actions from workers, the loader and the terminal, handled whatever overlay is open.
fn is_background(action: &Action) -> bool {
    matches!(
        action,
        Action::SearchResults { .. }
            | Action::SearchFailed { .. }
            | Action::RelatedResults { .. }
            | Action::LaidOut { .. }
            | Action::Progress(_)
            | Action::CorpusPreview(_)
            | Action::CorpusLoaded(_)
            | Action::TextSearchReady(_)
            | Action::AnalysisReady(_)
            | Action::LoadFailed(_)
            | Action::Failed(_)
            | Action::Tick
            | Action::Resize(..)
            | Action::ReviewSaved { .. }
            | Action::Suspend
    )
}

fn update_panes(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => app.should_quit = true,
        Action::Suspend => return vec![Effect::Suspend],
        Action::ToggleHelp => app.overlay = Overlay::Help { scroll: 0 },
        Action::FocusNext | Action::FocusPrev => {
            let i = Pane::ORDER.iter().position(|&p| p == app.focus).unwrap_or(0);
            let step = if action == Action::FocusNext { 1 } else { Pane::ORDER.len() - 1 };
            focus(app, Pane::ORDER[(i + step) % Pane::ORDER.len()]);
        }
        Action::FocusList => focus(app, Pane::List),
        Action::FocusText => focus(app, Pane::Text),
        Action::FocusSearch => focus(app, Pane::Search),
        Action::FocusRelated => focus(app, Pane::Related),
        Action::Up => move_by(app, -1),
        Action::Down => move_by(app, 1),
        Action::PageUp => move_by(app, -page(app)),
        Action::PageDown => move_by(app, page(app)),
        Action::Top => move_by(app, isize::MIN / 2),
        Action::Bottom if app.focus == Pane::Text => text_end(app),
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::LaidOut { article, width, text_len, counts } => laid_out(app, article, width, text_len, &counts),
        Action::Open => return open(app),
        Action::Back => match app.focus {
            Pane::Search => focus(app, app.focus_before_search),
            // a find is put away first, then the pane
            Pane::Text if app.text.find.is_some() => {
                app.text.find = None;
                app.status = Some("find cleared".into());
            }
            Pane::Text | Pane::Related => focus(app, Pane::List),
            Pane::List if !app.list.filter.is_empty() => {
                app.list.filter = Filters::default();
                relist(app);
                app.status = Some("filters cleared: all articles".into());
            }
            Pane::List => app.text.highlight = None,
        },
        Action::Find => open_prompt(app, PromptKind::Find, String::new()),
        Action::FilterLine => {
            let line = app.list.filter.to_text();
            open_prompt(app, PromptKind::Filter, if line.is_empty() { line } else { format!("{line} ") });
        }
        Action::CycleLanguage => cycle_language(app),
        Action::HistoryBack => history_step(app, true),
        Action::HistoryForward => history_step(app, false),
        Action::NextArticle | Action::PrevArticle => {
            let at = app.list_position().unwrap_or(0);
            let by = if action == Action::NextArticle { 1 } else { -1 };
            if let Some(next) = app.list.order.get(step(at, by, app.list.order.len())) {
                select_article(app, next);
                // reading on article by article in the text view opens each
                if app.focus == Pane::Text {
                    return mark_opened(app);
                }
            }
        }
        Action::OpenInPager | Action::OpenInEditor => {
            if app.article(app.selected).is_some() {
                let program =
                    if action == Action::OpenInPager { ExternalProgram::Pager } else { ExternalProgram::Editor };
                return vec![Effect::External { article: app.selected, program }];
            }
        }
        Action::CopyPassage => {
            let (rows, text) = text_rows(app);
            let visible = text_viewport(app).height as usize;
            let shown = rows.rows(&text, app.text.scroll, visible);
            if let (Some(&(start, _)), Some(&(_, end))) = (shown.first(), shown.last()) {
                return vec![Effect::Copy(text[start..end].to_owned())];
            }
        }
        Action::CopyText => {
            if let Ok(text) = app.store.text(app.selected) {
                return vec![Effect::Copy(text.to_string())];
            }
        }
        Action::Confirm | Action::Cancel | Action::PromptInput(_) => {}
        Action::CycleTheme => {
            app.theme = (app.theme + 1) % app.themes.len().max(1);
            app.status = Some(format!("theme: {}", app.theme().name));
        }
        // with a find on, n/N visit its matches (as in less)
        Action::NextEntity | Action::PrevEntity
            if app.text.find.as_ref().is_some_and(|f| f.article == app.selected) =>
        {
            step_match(app, action == Action::NextEntity)
        }
        Action::NextEntity => step_entity(app, true),
        Action::PrevEntity => step_entity(app, false),
        Action::EntityCard => match entity_in_view(app) {
            Some(entity) => open_card(app, entity, None),
            None => app.status = Some("no entity here: n/N move to one".into()),
        },
        Action::Overview => {
            if app.load.analysis_ready {
                if app.timeline.as_ref().is_none_or(|(counted, _)| *counted != app.store.len()) {
                    app.timeline = Some((app.store.len(), super::timeline::Timeline::build(app)));
                }
                app.overlay = Overlay::Overview { chart: 0, selected: 0 };
            } else {
                app.status = Some("still analysing the corpus".into());
            }
        }
        Action::ToggleOtherLanguages => {
            app.related.other_languages = !app.related.other_languages;
            app.status = Some(
                if app.related.other_languages { "related: other languages only" } else { "related: all languages" }
                    .into(),
            );
        }
        Action::FilterByEntity | Action::SaveEdit | Action::CancelEdit | Action::EditorInput(_) => {}
        Action::ToggleRead => return change_mark(app, |m| m.read = !m.read),
        Action::ToggleStar => return change_mark(app, |m| m.starred = !m.starred),
        Action::CycleRelevance => {
            return change_mark(app, |m| {
                m.relevance = match m.relevance {
                    None => Some(Relevance::Relevant),
                    Some(Relevance::Relevant) => Some(Relevance::NotRelevant),
                    Some(Relevance::NotRelevant) => None,
                }
            });
        }
        Action::EditNote | Action::EditTags => {
            open_editor(app, if action == Action::EditNote { EditorField::Note } else { EditorField::Tags })
        }
        Action::CycleFilter => {
            let tags: std::collections::BTreeSet<String> =
                app.review.marks.values().flat_map(|m| m.tags.iter().cloned()).collect();
            let mut cycle = vec![
                None,
                Some(MarkFilter::Unread),
                Some(MarkFilter::Starred),
                Some(MarkFilter::Relevant),
                Some(MarkFilter::NotRelevant),
                Some(MarkFilter::HasNote),
            ];
            cycle.extend(tags.into_iter().map(|t| Some(MarkFilter::Tagged(t))));
            let next =
                cycle.iter().position(|f| *f == app.list.filter.mark).map(|i| (i + 1) % cycle.len()).unwrap_or(1);
            app.list.filter.mark = cycle[next].clone();
            relist(app);
            app.status = Some(match &app.list.filter.mark {
                None => format!("list: any mark ({})", app.list.order.len()),
                Some(f) => format!("list: {} ({})", f.label(), app.list.order.len()),
            });
        }
        Action::CycleSort => {
            let i = ListSort::ALL.iter().position(|&s| s == app.list.sort).unwrap_or(0);
            app.list.sort = ListSort::ALL[(i + 1) % ListSort::ALL.len()];
            app.refresh_list();
            app.status = Some(format!("sorted by {}", app.list.sort.label()));
        }
        Action::ShowWarnings => app.overlay = Overlay::Warnings { scroll: 0 },
        Action::ExportReview => {
            if !app.review.enabled {
                app.status = Some("review is off: no review file could be opened".into());
            } else {
                return vec![Effect::PrepareExport];
            }
        }
        Action::ExportDefaults(defaults) => {
            // the format chosen last time is offered again
            app.export = ExportDialog::new(app.export.format, defaults);
            app.overlay = Overlay::Export;
        }
        Action::NextFormat | Action::PrevFormat | Action::ExportRefused { .. } | Action::ExportStarted(_) => {}
        Action::ReviewSaved { marks, message } => {
            app.review.marks = marks.into_iter().collect();
            relist(app);
            app.status = message;
        }
        Action::Copy => {
            let hit_line = (app.focus == Pane::Search)
                .then(|| app.search.hits.get(app.search.selected))
                .flatten()
                .map(|h| h.text.clone());
            let text = hit_line.or_else(|| app.article(app.selected).map(|a| format!("{}\t{}", a.id, a.title)));
            if let Some(text) = text {
                return vec![Effect::Copy(text)];
            }
        }
        Action::ClearLine => {
            let before = app.search.query();
            app.search.input = super::app::SearchState::new().input;
            if !before.is_empty() {
                return new_search(app, String::new());
            }
        }
        Action::SearchInput(key) => {
            let before = app.search.query();
            app.search.input.input(key);
            let query = app.search.query();
            if query != before {
                return new_search(app, query);
            }
        }
        Action::SearchResults { generation, hits, total } => {
            // a result for an older query is stale: a newer one is on its way
            if generation == app.search.generation {
                app.search.hits = hits;
                app.search.selected = app.search.selected.min(app.search.hits.len().saturating_sub(1));
                app.search.busy = total.is_none();
                app.search.total = total.unwrap_or(app.search.hits.len());
                app.search.failed = None;
            }
        }
        Action::SearchFailed { generation, message } => {
            // hits of a pass that failed half-way would pass for the answer: none are kept
            if generation == app.search.generation {
                app.search.hits.clear();
                app.search.total = 0;
                app.search.selected = 0;
                app.search.busy = false;
                app.search.failed = Some(message);
            }
        }
        Action::RelatedResults { article, other_languages_only, results } => {
            if app.related.shown_for == Some((article, other_languages_only)) {
                let here = app.article(article).map(|a| a.language.profile(a.script));
                let mut results = results;
                results.retain(|r| {
                    let there = app.article(r.article).map(|a| a.language.profile(a.script));
                    !super::panes::related::explains_nothing(here, there, r)
                });
                app.related.items = results;
                app.related.selected = app.related.selected.min(app.related.items.len().saturating_sub(1));
                app.related.busy = false;
            }
        }
        Action::Resize(w, h) => {
            app.size = Rect::new(0, 0, w, h);
            clamp_text_scroll(app);
        }
        Action::Progress(stage) => {
            let started = app.load.progress.map(|(_, t)| t).unwrap_or_else(std::time::Instant::now);
            app.load.progress = Some((stage, started));
        }
        Action::CorpusPreview(preview) => {
            if app.load.partial || app.store.is_empty() {
                app.store = preview.0;
                app.text.mentions.take();
                app.load.partial = true;
                app.refresh_list();
                app.selected = app.selected.min(app.store.len().saturating_sub(1));
            }
        }
        Action::CorpusLoaded(store) => {
            // the preview was the corpus's beginning: whoever is browsing it keeps their place
            let keep_place = app.load.partial && app.selected < store.0.len();
            set_store(app, store.0);
            app.load.partial = false;
            if !keep_place {
                app.selected = 0;
                app.text.scroll = 0;
                app.text.highlight = None;
                app.text.entity_cursor = None;
            }
            app.refresh_list();
        }
        // the analysed store, when it came first, answers everything already
        Action::TextSearchReady(store) if !app.load.analysis_ready && store.0.len() == app.store.len() => {
            // the same articles and texts as the store in hand: the list, the
            // place and the text's wrapped rows all stay
            app.store = store.0;
            app.text.mentions.take();
            app.load.text_search_ready = true;
            // a query typed meanwhile runs on the titles and texts
            let query = app.search.query();
            if !query.trim().is_empty() {
                return new_search(app, query);
            }
        }
        Action::TextSearchReady(_) => {}
        Action::AnalysisReady(store) => {
            set_store(app, store.0);
            app.load.text_search_ready = true;
            app.load.partial = false;
            app.load.analysis_ready = true;
            app.load.progress = None;
            app.related.shown_for = None;
            app.refresh_list();
            // a query typed while indexing runs again on the real index
            let query = app.search.query();
            if !query.trim().is_empty() {
                return new_search(app, query);
            }
        }
        Action::Failed(message) => app.status = Some(message),
        Action::LoadFailed(message) => {
            app.load.progress = None;
            // the status bar's message goes with the next key: the panes and `W` keep saying it
            app.load.failed = Some(message.clone());
            app.notes.push(message.clone());
            app.status = Some(message);
        }
        Action::Tick => {}
        Action::Click { column, row } => click(app, column, row),
        Action::ScrollAt { column, row, down } => {
            if let Some(pane) = pane_at(app, column, row) {
                let saved = app.focus;
                app.focus = pane;
                move_by(app, if down { 3 } else { -3 });
                app.focus = saved;
            }
        }
    }
    Vec::new()
}

fn update_help(app: &mut App, action: Action) -> Vec<Effect> {
    let Overlay::Help { scroll } = app.overlay else { return Vec::new() };
    if matches!(action, Action::ToggleHelp | Action::Back | Action::Quit) {
        app.overlay = Overlay::None;
        return Vec::new();
    }
    let (width, visible) = help::size(app.size);
    if let Some(scroll) = scrolled(scroll, action, help::lines(app, width).len(), visible) {
        app.overlay = Overlay::Help { scroll };
    }
    Vec::new()
}

/// Where a scrolling overlay of `rows` rows, `visible` at a time, goes on
/// `action`; `None` when the action does not scroll. The last screenful is
/// as far as it goes, so `k` answers at once after many `j`.
fn scrolled(scroll: usize, action: Action, rows: usize, visible: usize) -> Option<usize> {
    let last = rows.saturating_sub(visible);
    let page = visible.saturating_sub(1).max(1);
    let to = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll + 1,
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll + page,
        Action::Top => 0,
        Action::Bottom => last,
        _ => return None,
    };
    Some(to.min(last))
}

/// A new store for the panes; its name replaces the one shown while opening.
fn set_store(app: &mut App, store: std::sync::Arc<dyn korpus::Store>) {
    if !store.name().is_empty() {
        app.corpus_name = store.name().to_owned();
    }
    app.store = store;
    app.text.wrapped.take();
    app.text.mentions.take();
}

fn open_card(app: &mut App, entity: usize, from_overview: Option<(usize, usize)>) {
    if entity < app.store.entity_count() {
        app.overlay = Overlay::Card { entity, selected: 0, from_overview };
    }
}

fn update_card(app: &mut App, action: Action) -> Vec<Effect> {
    let Overlay::Card { entity, selected, from_overview } = app.overlay else { return Vec::new() };
    let card = |selected: usize| Overlay::Card { entity, selected, from_overview };
    let Ok(articles) = app.store.entity_articles(entity) else {
        app.overlay = Overlay::None;
        return Vec::new();
    };
    let articles = articles.into_owned();
    let count = articles.len();
    match action {
        // back where the card was opened from: the overview's bar, or the panes
        Action::Back | Action::Quit | Action::EntityCard => {
            app.overlay = match from_overview {
                Some((chart, selected)) => Overlay::Overview { chart, selected },
                None => Overlay::None,
            }
        }
        Action::ToggleHelp => app.overlay = Overlay::Help { scroll: 0 },
        Action::Up => app.overlay = card(step(selected, -1, count)),
        Action::Down => app.overlay = card(step(selected, 1, count)),
        Action::Top => app.overlay = card(0),
        Action::Bottom => app.overlay = card(count.saturating_sub(1)),
        Action::Open => {
            let Some(&(article, _)) = articles.get(selected) else { return Vec::new() };
            app.overlay = Overlay::None;
            jump_to(app, article);
            let ranges: Vec<(usize, usize)> =
                app.mentions(article).iter().filter(|m| m.entity() == entity).map(|m| m.span()).collect();
            if let Some(&(first, _)) = ranges.first() {
                app.text.highlight = Some(TextHighlight { article, ranges });
                scroll_to(app, first);
            }
            app.focus = Pane::Text;
            return mark_opened(app);
        }
        Action::FilterByEntity => {
            app.overlay = Overlay::None;
            app.list.filter.entity = Some(entity);
            app.refresh_list();
            if app.list_position().is_none()
                && let Some(first) = app.list.order.first()
            {
                select_article(app, first);
            }
            app.focus = Pane::List;
            let name = app.entity(entity).map(|e| e.name.into_owned()).unwrap_or_default();
            app.status = Some(format!("{} articles mention {name}", app.list.order.len()));
        }
        _ => {}
    }
    Vec::new()
}

fn update_overview(app: &mut App, action: Action) -> Vec<Effect> {
    let Overlay::Overview { chart, selected } = app.overlay else { return Vec::new() };
    let bars = if chart == overview::LANGUAGES {
        overview::languages(app).len()
    } else {
        overview::top_entities(app, chart).len()
    };
    let charts = overview::CHARTS.len() + 1;
    match action {
        Action::Back | Action::Quit | Action::Overview => app.overlay = Overlay::None,
        Action::ToggleHelp => app.overlay = Overlay::Help { scroll: 0 },
        Action::FocusNext => app.overlay = Overlay::Overview { chart: (chart + 1) % charts, selected: 0 },
        Action::FocusPrev => app.overlay = Overlay::Overview { chart: (chart + charts - 1) % charts, selected: 0 },
        Action::Up => app.overlay = Overlay::Overview { chart, selected: step(selected, -1, bars) },
        Action::Down => app.overlay = Overlay::Overview { chart, selected: step(selected, 1, bars) },
        // a language's bar lists that language's articles
        Action::Open if chart == overview::LANGUAGES => {
            if let Some((language, _)) = overview::languages(app).into_iter().nth(selected) {
                app.overlay = Overlay::None;
                app.focus = Pane::List;
                set_language(app, Some(language));
            }
        }
        Action::Open => {
            if let Some(&entity) = overview::top_entities(app, chart).get(selected) {
                open_card(app, entity, Some((chart, selected)));
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Change the selected article's review mark: at once on screen, and saved by the loop.
fn change_mark(app: &mut App, change: impl FnOnce(&mut ReviewMark)) -> Vec<Effect> {
    if !app.review.enabled {
        app.status = Some("review is off: no review file could be opened".into());
        return Vec::new();
    }
    let Some(article) = app.article(app.selected) else { return Vec::new() };
    let article_id = article.id.into_owned();
    let mut mark = app.review.marks.get(&article_id).cloned().unwrap_or_default();
    change(&mut mark);
    app.review.marks.insert(article_id.clone(), mark.clone());
    relist(app);
    vec![Effect::SaveMark { article_id, mark }]
}

/// Recompute the list after marks or the filter changed. When the selected
/// article drops out (marked read under "unread"), the one that took its
/// place is selected, so reviewing walks down the list.
fn relist(app: &mut App) {
    let at = app.list_position();
    app.refresh_list();
    if app.list_position().is_none() {
        let next = at.unwrap_or(0).min(app.list.order.len().saturating_sub(1));
        if let Some(article) = app.list.order.get(next) {
            select_article(app, article);
        }
    }
}

fn open_editor(app: &mut App, field: EditorField) {
    if !app.review.enabled {
        app.status = Some("review is off: no review file could be opened".into());
        return;
    }
    let mark = app.mark(app.selected).cloned().unwrap_or_default();
    let lines: Vec<String> = match field {
        EditorField::Note => mark.note.lines().map(str::to_owned).collect(),
        EditorField::Tags => vec![mark.tags.join(", ")],
    };
    app.review.editor = ratatui_textarea::TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
    // long lines wrap at words (a long word at letters) instead of running off the box
    app.review.editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    app.review.editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
    app.review.editor.move_cursor(ratatui_textarea::CursorMove::End);
    app.overlay = Overlay::Editor { field };
}

fn update_editor(app: &mut App, field: EditorField, action: Action) -> Vec<Effect> {
    match action {
        Action::EditorInput(key) => {
            // tags are one line: Enter keeps them instead of breaking the line
            if field == EditorField::Tags && key.code == crossterm::event::KeyCode::Enter {
                return update_editor(app, field, Action::SaveEdit);
            }
            app.review.editor.input(key);
        }
        Action::SaveEdit => {
            app.overlay = Overlay::None;
            let text = app.review.editor.lines().join("\n");
            return change_mark(app, |m| match field {
                EditorField::Note => m.note = text.trim_end().to_owned(),
                EditorField::Tags => {
                    m.tags = text.split(',').map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect()
                }
            });
        }
        Action::CancelEdit => {
            app.overlay = Overlay::None;
            app.status = Some("changes dropped".into());
        }
        Action::Quit => app.status = Some("esc keeps the note, ctrl-q drops it".into()),
        _ => {}
    }
    Vec::new()
}

fn focus(app: &mut App, pane: Pane) {
    if pane == Pane::Search && app.focus != Pane::Search {
        app.focus_before_search = app.focus;
    }
    app.focus = pane;
}

fn new_search(app: &mut App, query: String) -> Vec<Effect> {
    app.search.generation += 1;
    app.search.selected = 0;
    app.search.failed = None;
    if query.trim().is_empty() {
        app.search.hits.clear();
        app.search.total = 0;
        app.search.busy = false;
        return Vec::new();
    }
    app.search.busy = true;
    vec![Effect::Search { generation: app.search.generation, query }]
}

/// Rows of the focused pane that a page moves.
fn page(app: &App) -> isize {
    if app.focus == Pane::Text {
        return (text_viewport(app).height.saturating_sub(1) as isize).max(1);
    }
    let areas = layout(app.size, app.focus);
    let area = match app.focus {
        Pane::List => areas.list,
        Pane::Text => areas.text,
        Pane::Search => areas.search,
        Pane::Related => areas.related,
    };
    (area.height.saturating_sub(3) as isize).max(1)
}

fn step(current: usize, by: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (current as isize).saturating_add(by).clamp(0, len as isize - 1) as usize
}

fn move_by(app: &mut App, by: isize) {
    match app.focus {
        Pane::List => {
            let at = app.list_position().unwrap_or(0);
            if let Some(next) = app.list.order.get(step(at, by, app.list.order.len())) {
                select_article(app, next);
            }
        }
        Pane::Text => {
            // the user scrolled: a `G` still waiting for its layout does not jump now
            if let Some(pending) = app.text.laying_out.as_mut() {
                pending.jump = None;
            }
            let target = (app.text.scroll as isize).saturating_add(by).max(0) as usize;
            app.text.scroll = scroll_within(app, target);
        }
        Pane::Search => app.search.selected = step(app.search.selected, by, app.search.hits.len()),
        Pane::Related => {
            // related rows are two lines each: a page moves half as many
            let by = if by.abs() > 1 { by / 2 } else { by };
            app.related.selected = step(app.related.selected, by, app.related.items.len());
        }
    }
}

pub fn select_article(app: &mut App, index: usize) {
    if index >= app.store.len() {
        return;
    }
    if index != app.selected {
        app.selected = index;
        app.text.scroll = 0;
        app.text.entity_cursor = None;
        app.text.highlight = None;
        app.text.find = None;
        app.related.selected = 0;
        // the article kept in a filtered list after it was opened may go now
        if app.list.keep.take().is_some_and(|kept| kept != index) {
            relist_keeping(app, index);
        }
    }
}

/// Recompute the list, keeping `article` selected if it is still listed.
fn relist_keeping(app: &mut App, article: usize) {
    app.refresh_list();
    if app.list.order.contains(article) {
        app.selected = article;
    }
}

/// The selected article was opened: mark it read when the reader asked for
/// that (the default), keeping it in a list filtered to unread articles
/// until the selection moves on.
fn mark_opened(app: &mut App) -> Vec<Effect> {
    let unread = app.mark(app.selected).is_none_or(|m| !m.read);
    if !(app.review.enabled && app.review.read_on_open && unread) {
        return Vec::new();
    }
    app.list.keep = Some(app.selected);
    let status = app.status.take();
    let effects = change_mark(app, |m| m.read = true);
    app.status = status;
    effects
}

/// Go to another article by a jump (a hit, a related article, a card),
/// leaving the place it was at in the history.
fn jump_to(app: &mut App, article: usize) {
    if article != app.selected && app.article(article).is_some() {
        let here = Place { article: app.selected, scroll: app.text.scroll, highlight: app.text.highlight.clone() };
        app.history.back.push(here);
        app.history.forward.clear();
    }
    select_article(app, article);
}

/// Back (or forward) through the jumps: the article, its scroll and its highlight come back.
fn history_step(app: &mut App, back: bool) {
    let (from, to) = if back {
        (&mut app.history.back, &mut app.history.forward)
    } else {
        (&mut app.history.forward, &mut app.history.back)
    };
    let Some(place) = from.pop() else {
        app.status = Some(if back { "nothing to go back to" } else { "nothing to go forward to" }.into());
        return;
    };
    to.push(Place { article: app.selected, scroll: app.text.scroll, highlight: app.text.highlight.clone() });
    select_article(app, place.article);
    app.text.highlight = place.highlight;
    app.text.scroll = place.scroll;
    clamp_text_scroll(app);
    if app.focus != Pane::Text && app.focus != Pane::List {
        app.focus = Pane::Text;
    }
}

/// The corpus's language codes, most articles first.
fn corpus_languages(app: &App) -> Vec<String> {
    app.store
        .article_counts(korpus::store::ArticleFacet::Language)
        .unwrap_or_default()
        .into_iter()
        .map(|(code, _)| code)
        .collect()
}

/// When the filter names a language no article is in (`lang:xx`, a typo or a
/// code korpus writes otherwise), the codes the corpus has, to pick from.
fn absent_language_note(app: &App) -> String {
    let Some(wanted) = app.list.filter.language.as_deref() else { return String::new() };
    let languages = corpus_languages(app);
    if languages.iter().any(|l| l == wanted) {
        return String::new();
    }
    format!(": no article is in {wanted:?}; languages here: {}", languages.join(" "))
}

/// The list shows one language, then the next (most articles first), then all again.
fn cycle_language(app: &mut App) {
    let languages = corpus_languages(app);
    let next = match &app.list.filter.language {
        None => languages.first().cloned(),
        Some(current) => languages.iter().position(|l| l == current).and_then(|i| languages.get(i + 1)).cloned(),
    };
    set_language(app, next);
}

/// List only articles in `language` (or all), keeping the other filters.
pub fn set_language(app: &mut App, language: Option<String>) {
    app.list.filter.language = language;
    relist(app);
    app.status = Some(match &app.list.filter.language {
        Some(l) => format!("list: {l} ({} articles)", app.list.order.len()),
        None => "list: all languages".into(),
    });
}

fn open_prompt(app: &mut App, kind: PromptKind, text: String) {
    if kind == PromptKind::Find && app.article(app.selected).is_none() {
        return;
    }
    app.prompt = ratatui_textarea::TextArea::new(vec![text]);
    app.prompt.move_cursor(ratatui_textarea::CursorMove::End);
    app.prompt.set_cursor_line_style(ratatui::style::Style::default());
    app.overlay = Overlay::Prompt(kind);
    if kind == PromptKind::Find {
        // find works on what the text view shows
        app.focus = Pane::Text;
    }
}

/// The export dialog: Tab and the arrows choose the format, other keys edit
/// the path, Enter exports. A file that exists is overwritten only on a
/// second Enter (or `y`) after the dialog said so.
fn update_export(app: &mut App, action: Action) -> Vec<Effect> {
    let dialog = &mut app.export;
    match action {
        Action::PromptInput(key) if dialog.overwrite && is_plain(&key, 'y') => return export_effect(app),
        Action::PromptInput(key) if dialog.overwrite && is_plain(&key, 'n') => dialog.forget_try(),
        Action::PromptInput(key) => {
            let before = dialog.path_text();
            dialog.path.input(key);
            if dialog.path_text() != before {
                dialog.forget_try();
            }
        }
        Action::ClearLine => dialog.clear_path(),
        Action::NextFormat | Action::PrevFormat => dialog.choose(dialog.format.step(action == Action::NextFormat)),
        Action::Confirm => return export_effect(app),
        Action::ExportRefused { path, problem } => {
            dialog.overwrite = problem == TargetProblem::Exists;
            dialog.message = Some(match problem {
                TargetProblem::Exists => {
                    let confirm = app.keymap.hint(Layer::Export, &Action::Confirm).map(|k| k.to_string());
                    format!(
                        "{} exists — {} again to overwrite (or y; n keeps it)",
                        korpus::fsio::quoted(&path),
                        confirm.as_deref().unwrap_or("confirm")
                    )
                }
                TargetProblem::Unusable(why) => why,
            });
        }
        Action::ExportStarted(path) => {
            app.overlay = Overlay::None;
            app.status = Some(format!("writing the review to {}…", korpus::fsio::quoted(&path)));
        }
        Action::Cancel | Action::Quit => {
            app.overlay = Overlay::None;
            app.status = Some("export cancelled".into());
        }
        _ => {}
    }
    Vec::new()
}

/// Enter in the export dialog: the loop checks the file and writes it.
fn export_effect(app: &mut App) -> Vec<Effect> {
    let dialog = &app.export;
    let path = dialog.path_text().trim().to_owned();
    if path.is_empty() {
        app.export.message = Some("type the file to write".into());
        return Vec::new();
    }
    vec![Effect::Export { format: dialog.format, path, replace: dialog.overwrite }]
}

/// `key` is the letter `c` typed without ctrl or alt.
fn is_plain(key: &crossterm::event::KeyEvent, c: char) -> bool {
    use crossterm::event::{KeyCode, KeyModifiers};
    key.code == KeyCode::Char(c) && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

fn update_prompt(app: &mut App, kind: PromptKind, action: Action) -> Vec<Effect> {
    let line = |app: &App| app.prompt.lines().join(" ");
    match action {
        Action::PromptInput(key) => {
            app.prompt.input(key);
            if kind == PromptKind::Find {
                find(app, &line(app));
            }
        }
        Action::ClearLine => {
            app.prompt = ratatui_textarea::TextArea::default();
            if kind == PromptKind::Find {
                app.text.find = None;
            }
        }
        Action::Confirm => match kind {
            PromptKind::Find => {
                app.overlay = Overlay::None;
                let query = line(app);
                find(app, &query);
                app.status = Some(match &app.text.find {
                    Some(f) => {
                        format!("{} matches of {:?} · n/N: next/previous · esc: clear", f.matches.len(), f.query)
                    }
                    None if query.trim().is_empty() => "find cleared".into(),
                    None => format!("{query:?} is not in this article"),
                });
            }
            PromptKind::Filter => match Filters::parse(&line(app), app.list.filter.entity) {
                Ok(filters) => {
                    app.overlay = Overlay::None;
                    app.list.filter = filters;
                    relist(app);
                    let listed = app.list.order.len();
                    let noun = if listed == 1 { "article" } else { "articles" };
                    app.status = Some(format!("{listed} {noun} listed{}", absent_language_note(app)));
                }
                // the line stays open to be mended
                Err(message) => app.status = Some(message),
            },
        },
        Action::Cancel | Action::Quit => {
            app.overlay = Overlay::None;
            if kind == PromptKind::Find {
                app.text.find = None;
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Find `query` in the open article (case ignored) and show the first match
/// at or after the top of the view.
fn find(app: &mut App, query: &str) {
    let Ok(text) = app.store.text(app.selected) else { return };
    let matches = find_matches(&text, query.trim());
    drop(text);
    if matches.is_empty() {
        app.text.find = None;
        return;
    }
    let top = {
        let (rows, text) = text_rows(app);
        rows.row(&text, app.text.scroll).map_or(0, |(s, _)| s)
    };
    let current = matches.iter().position(|&(s, _)| s >= top).unwrap_or(0);
    let (start, _) = matches[current];
    app.text.find =
        Some(Find { article: app.selected, query: query.trim().to_owned(), matches, current: Some(current) });
    scroll_into_view(app, start);
}

/// Byte ranges of `needle` in `text`, ignoring case.
pub fn find_matches(text: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    let wanted: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let mut matches = Vec::new();
    let mut from = 0;
    while from < text.len() {
        // walk the text's lower-cased chars against the needle's
        let mut folded = text[from..].char_indices().flat_map(|(i, c)| c.to_lowercase().map(move |l| (i, c, l)));
        let mut end = None;
        for (k, w) in wanted.iter().enumerate() {
            match folded.next() {
                Some((i, c, l)) if l == *w => {
                    if k == wanted.len() - 1 {
                        end = Some(from + i + c.len_utf8());
                    }
                }
                _ => break,
            }
        }
        let step = text[from..].chars().next().map_or(1, char::len_utf8);
        match end {
            Some(end) => {
                matches.push((from, end));
                from = end;
            }
            None => from += step,
        }
    }
    matches
}

fn step_match(app: &mut App, forward: bool) {
    let Some(find) = app.text.find.as_mut() else { return };
    let n = find.matches.len();
    let next = match (find.current, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    find.current = Some(next);
    let (start, _) = find.matches[next];
    app.status = Some(format!("match {}/{n} of {:?}", next + 1, find.query));
    scroll_into_view(app, start);
}

/// Scroll only when `offset` is off screen, then a third of the way down.
fn scroll_into_view(app: &mut App, offset: usize) {
    if lay_out_first(app, Jump::Offset(offset)) {
        return;
    }
    let row = {
        let (rows, text) = text_rows(app);
        rows.row_of(&text, offset)
    };
    let visible = text_viewport(app).height as usize;
    if row < app.text.scroll || row >= app.text.scroll + visible {
        scroll_to(app, offset);
    }
}

fn open(app: &mut App) -> Vec<Effect> {
    match app.focus {
        Pane::List => {
            app.focus = Pane::Text;
            return mark_opened(app);
        }
        Pane::Text => {
            if let Some(entity) = entity_in_view(app) {
                open_card(app, entity, None);
            }
        }
        Pane::Search => {
            let Some(hit) = app.search.hits.get(app.search.selected).cloned() else { return Vec::new() };
            jump_to(app, hit.article);
            let ranges = if hit.matched.is_empty() { vec![(hit.start, hit.end)] } else { hit.matched.clone() };
            app.text.highlight = Some(TextHighlight { article: hit.article, ranges });
            scroll_to(app, hit.start);
            app.focus = Pane::Text;
        }
        Pane::Related => {
            let Some(related) = app.related.items.get(app.related.selected).cloned() else { return Vec::new() };
            jump_to(app, related.article);
            // show why: the shared entities are highlighted in the opened article
            let shared: Vec<usize> = related.shared.iter().map(|s| s.entity).collect();
            let ranges: Vec<(usize, usize)> = app
                .mentions(related.article)
                .iter()
                .filter(|m| shared.contains(&m.entity()))
                .map(|m| m.span())
                .collect();
            if !ranges.is_empty() {
                app.text.highlight = Some(TextHighlight { article: related.article, ranges });
            }
            app.focus = Pane::Text;
        }
    }
    mark_opened(app)
}

/// The entity the text view points at: the one `n`/`N` visited, else the
/// first mention on screen.
fn entity_in_view(app: &App) -> Option<usize> {
    let mentions = app.mentions(app.selected);
    if let Some(m) = app.text.entity_cursor.and_then(|i| mentions.get(i)) {
        return Some(m.entity());
    }
    let (rows, text) = text_rows(app);
    let first_visible = rows.row(&text, app.text.scroll).map(|(s, _)| s).unwrap_or(0);
    mentions.iter().find(|m| m.start as usize >= first_visible).or(mentions.first()).map(|m| m.entity())
}

/// Where the text pane shows the text (inside the border, under the header) at the current size.
pub fn text_viewport(app: &App) -> Rect {
    super::panes::text::text_layout(app, layout(app.size, Pane::Text).text).body
}

/// The selected article's layout in the text pane, and its text.
pub fn text_rows(app: &App) -> (super::app::Rows, korpus::store::Text<'_>) {
    app.rows(text_viewport(app).width as usize)
}

/// Scroll so the row holding `offset` is a third of the way down the view.
fn scroll_to(app: &mut App, offset: usize) {
    if lay_out_first(app, Jump::Offset(offset)) {
        return;
    }
    let row = {
        let (rows, text) = text_rows(app);
        rows.row_of(&text, offset)
    };
    let visible = text_viewport(app).height as usize;
    app.text.scroll = scroll_within(app, row.saturating_sub(visible / 3));
}

fn clamp_text_scroll(app: &mut App) {
    app.text.scroll = scroll_within(app, app.text.scroll);
}

/// Text whose rows are not counted yet is laid out on the event loop for a
/// jump up to this much (a few milliseconds); past it, a worker counts the
/// rows first.
pub const LAY_OUT_ON_THE_LOOP: usize = 1 << 20;

/// `G` in the text view: the last screenful, at once when the rows before
/// it are counted or few; else see [`lay_out_first`].
fn text_end(app: &mut App) {
    if !lay_out_first(app, Jump::End) {
        move_by(app, isize::MAX / 2);
    }
}

/// Whether reaching `jump` must wait for the rows before it to be counted
/// (more than [`LAY_OUT_ON_THE_LOOP`] bytes of them are not): then a worker
/// counts them (the view says "laying out…" and answers every key
/// meanwhile), and the jump is made when they come back unless the user
/// scrolled in between. `G`, `n`/`N`, a search hit or a find far into a
/// 60 MB article froze the view for seconds laying it out on the loop.
fn lay_out_first(app: &mut App, jump: Jump) -> bool {
    let width = text_viewport(app).width as usize;
    let uncounted = {
        let (rows, text) = text_rows(app);
        rows.uncounted_bytes_before(match jump {
            Jump::End => text.len(),
            Jump::Offset(offset) => offset,
        })
    };
    if uncounted <= LAY_OUT_ON_THE_LOOP {
        return false;
    }
    let running = app.text.laying_out.is_some_and(|l| (l.article, l.width) == (app.selected, width));
    app.text.laying_out = Some(LayingOut { article: app.selected, width, jump: Some(jump) });
    app.text.ask_layout |= !running;
    if app.status.is_none() {
        app.status = Some("laying out the article…".into());
    }
    true
}

/// A worker's row counts: kept when they are of the text shown at its
/// width now, and a `G` waiting for them goes to the end.
fn laid_out(app: &mut App, article: usize, width: usize, text_len: usize, counts: &[usize]) {
    let Some(pending) = app.text.laying_out.filter(|l| (l.article, l.width) == (article, width)) else { return };
    app.text.laying_out = None;
    if app.status.as_deref().is_some_and(|s| s.starts_with("laying out")) {
        app.status = None;
    }
    if article != app.selected || width != text_viewport(app).width as usize {
        return;
    }
    if !text_rows(app).0.take_counts(text_len, width, counts) {
        return;
    }
    match pending.jump {
        Some(Jump::End) => move_by(app, isize::MAX / 2),
        Some(Jump::Offset(offset)) => scroll_to(app, offset),
        None => {}
    }
}

/// `target`, or the last screenful's first row when the text ends sooner:
/// the text is laid out only as far as a screen below `target`.
fn scroll_within(app: &App, target: usize) -> usize {
    let visible = text_viewport(app).height as usize;
    let (rows, text) = text_rows(app);
    let there = rows.len_up_to(&text, target.saturating_add(visible));
    target.min(there.saturating_sub(visible))
}

fn step_entity(app: &mut App, forward: bool) {
    let mentions = app.mentions(app.selected).into_owned();
    if mentions.is_empty() {
        app.status = Some("no entities in this article".into());
        return;
    }
    let n = mentions.len();
    let next = match (app.text.entity_cursor, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    let m = mentions[next].clone();
    app.text.entity_cursor = Some(next);
    app.text.highlight = Some(TextHighlight { article: app.selected, ranges: vec![m.span()] });
    let name = app.entity(m.entity()).map(|e| e.name.into_owned()).unwrap_or_default();
    app.status = Some(format!("{} {name} ({}/{}) · e: card", m.kind.tag(), next + 1, n));
    scroll_to(app, m.start as usize);
}

fn pane_at(app: &App, column: u16, row: u16) -> Option<Pane> {
    let areas = layout(app.size, app.focus);
    let at = Position::new(column, row);
    if areas.compact {
        return areas.main.contains(at).then_some(app.focus);
    }
    [(areas.list, Pane::List), (areas.text, Pane::Text), (areas.search, Pane::Search), (areas.related, Pane::Related)]
        .into_iter()
        .find(|(r, _)| r.contains(at))
        .map(|(_, p)| p)
}

fn click(app: &mut App, column: u16, row: u16) {
    let Some(pane) = pane_at(app, column, row) else { return };
    focus(app, pane);
    let areas = layout(app.size, app.focus);
    let inner_row = |area: Rect| (row as isize) - (area.y as isize) - 1;
    match pane {
        Pane::List => {
            // the list keeps the selection in view; rows map to items from its top
            let r = inner_row(areas.list);
            let top = super::panes::list::first_visible(
                app.list_position().unwrap_or(0),
                areas.list.height.saturating_sub(2) as usize,
            );
            if r >= 0
                && let Some(article) = app.list.order.get(top + r as usize)
            {
                select_article(app, article);
            }
        }
        Pane::Search => {
            let r = inner_row(areas.search) - 1;
            if r >= 0 {
                let top = super::panes::list::first_visible(
                    app.search.selected,
                    areas.search.height.saturating_sub(3) as usize,
                );
                let i = top + r as usize;
                if i < app.search.hits.len() {
                    app.search.selected = i;
                }
            }
        }
        Pane::Related => {
            let r = inner_row(areas.related);
            if r >= 0 {
                let per_page = (areas.related.height.saturating_sub(2) / 2) as usize;
                let top = super::panes::list::first_visible(app.related.selected, per_page);
                let i = top + r as usize / 2;
                if i < app.related.items.len() {
                    app.related.selected = i;
                }
            }
        }
        Pane::Text => {}
    }
}
