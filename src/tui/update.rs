//! `update`: the only place TUI state changes. No drawing and no I/O; work
//! that takes time is asked for as an [`Effect`] and comes back as an action.

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::app::{App, Pane, TextHighlight};
use super::panes::layout;
use super::wrap::{row_of, wrap};

/// Work for the loop to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Run a search off the event loop; results come back tagged with `generation`.
    Search { generation: u64, query: String },
}

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    app.status = None;
    if app.show_help {
        return update_help(app, action);
    }
    match action {
        Action::Quit => app.should_quit = true,
        Action::ToggleHelp => {
            app.show_help = true;
            app.help_scroll = 0;
        }
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
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::Open => open(app),
        Action::Back => match app.focus {
            Pane::Search => focus(app, app.focus_before_search),
            Pane::Text | Pane::Related => focus(app, Pane::List),
            Pane::List => app.highlight = None,
        },
        Action::CycleTheme => {
            app.theme = (app.theme + 1) % app.themes.len().max(1);
            app.status = Some(format!("theme: {}", app.theme().name));
        }
        Action::NextEntity => step_entity(app, true),
        Action::PrevEntity => step_entity(app, false),
        Action::SearchInput(key) => {
            let before = app.query();
            app.search_input.input(key);
            let query = app.query();
            if query != before {
                return new_search(app, query);
            }
        }
        Action::SearchResults { generation, hits, done } => {
            // a result for an older query is stale: a newer one is on its way
            if generation == app.search_generation {
                app.search_hits = hits;
                app.search_selected = app.search_selected.min(app.search_hits.len().saturating_sub(1));
                app.search_busy = !done;
            }
        }
        Action::Resize(w, h) => {
            app.size = Rect::new(0, 0, w, h);
            clamp_text_scroll(app);
        }
        Action::Progress(stage) => {
            let started = app.loading.map(|(_, t)| t).unwrap_or_else(std::time::Instant::now);
            app.loading = Some((stage, started));
        }
        Action::CorpusLoaded(corpus) => {
            app.corpus = corpus.0;
            app.selected = 0;
            app.text_scroll = 0;
            app.highlight = None;
            app.entity_cursor = None;
        }
        Action::AnalysisReady(analysis) => {
            app.analysis = analysis.0;
            app.analysis_ready = true;
            app.loading = None;
            app.refresh_related();
            // a query typed while indexing runs again on the real index
            let query = app.query();
            if !query.trim().is_empty() {
                return new_search(app, query);
            }
        }
        Action::LoadFailed(message) => {
            app.loading = None;
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
    match action {
        Action::ToggleHelp | Action::Back | Action::Quit => app.show_help = false,
        Action::Up => app.help_scroll = app.help_scroll.saturating_sub(1),
        Action::Down => app.help_scroll += 1,
        Action::Resize(w, h) => app.size = Rect::new(0, 0, w, h),
        Action::SearchResults { .. } | Action::Progress(_) | Action::CorpusLoaded(_) | Action::AnalysisReady(_) | Action::LoadFailed(_) | Action::Tick => {
            app.show_help = false;
            let effects = update(app, action);
            app.show_help = true;
            return effects;
        }
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
    app.search_generation += 1;
    app.search_selected = 0;
    if query.trim().is_empty() {
        app.search_hits.clear();
        app.search_busy = false;
        return Vec::new();
    }
    app.search_busy = true;
    vec![Effect::Search { generation: app.search_generation, query }]
}

/// Rows of the focused pane that a page moves.
fn page(app: &App) -> isize {
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
            let next = step(app.selected, by, app.corpus.len());
            select_article(app, next);
        }
        Pane::Text => {
            let rows = text_rows(app).len();
            let visible = text_viewport(app).height as usize;
            app.text_scroll = step(app.text_scroll, by, rows.saturating_sub(visible) + 1);
        }
        Pane::Search => app.search_selected = step(app.search_selected, by, app.search_hits.len()),
        Pane::Related => {
            // related rows are two lines each: a page moves half as many
            let by = if by.abs() > 1 { by / 2 } else { by };
            app.related_selected = step(app.related_selected, by, app.related.len());
        }
    }
}

pub fn select_article(app: &mut App, index: usize) {
    if index >= app.corpus.len() {
        return;
    }
    if index != app.selected {
        app.selected = index;
        app.text_scroll = 0;
        app.entity_cursor = None;
        app.highlight = None;
        app.refresh_related();
    }
}

fn open(app: &mut App) {
    match app.focus {
        Pane::List => app.focus = Pane::Text,
        Pane::Text => {}
        Pane::Search => {
            let Some(hit) = app.search_hits.get(app.search_selected).cloned() else { return };
            select_article(app, hit.article);
            let ranges = if hit.matched.is_empty() { vec![(hit.start, hit.end)] } else { hit.matched.clone() };
            app.highlight = Some(TextHighlight { article: hit.article, ranges });
            scroll_to(app, hit.start);
            app.focus = Pane::Text;
        }
        Pane::Related => {
            let Some(related) = app.related.get(app.related_selected).cloned() else { return };
            select_article(app, related.article);
            app.focus = Pane::Text;
        }
    }
}

/// The text pane's inner area (inside the border) at the current size.
pub fn text_viewport(app: &App) -> Rect {
    let area = layout(app.size, Pane::Text).text;
    Rect::new(area.x + 1, area.y + 1, area.width.saturating_sub(2), area.height.saturating_sub(3))
}

pub fn text_rows(app: &App) -> Vec<(usize, usize)> {
    let width = text_viewport(app).width as usize;
    app.corpus.articles.get(app.selected).map(|a| wrap(&a.text, width)).unwrap_or_default()
}

/// Scroll so the row holding `offset` is a third of the way down the view.
fn scroll_to(app: &mut App, offset: usize) {
    let rows = text_rows(app);
    let row = row_of(&rows, offset);
    let visible = text_viewport(app).height as usize;
    app.text_scroll = row.saturating_sub(visible / 3);
    clamp_text_scroll(app);
}

fn clamp_text_scroll(app: &mut App) {
    let rows = text_rows(app).len();
    let visible = text_viewport(app).height as usize;
    app.text_scroll = app.text_scroll.min(rows.saturating_sub(visible));
}

fn step_entity(app: &mut App, forward: bool) {
    let mentions = app.analysis.entities.mentions_in(app.selected);
    if mentions.is_empty() {
        app.status = Some("no entities in this article".into());
        return;
    }
    let n = mentions.len();
    let next = match (app.entity_cursor, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    let m = mentions[next].clone();
    app.entity_cursor = Some(next);
    app.highlight = Some(TextHighlight { article: app.selected, ranges: vec![(m.start, m.end)] });
    let entity = &app.analysis.entities.entities[m.entity];
    app.status = Some(format!("{} {} ({}/{})", m.kind.tag(), entity.name, next + 1, n));
    scroll_to(app, m.start);
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
            let top = super::panes::list::first_visible(app.selected, areas.list.height.saturating_sub(2) as usize);
            if r >= 0 {
                select_article(app, top + r as usize);
            }
        }
        Pane::Search => {
            let r = inner_row(areas.search) - 1;
            if r >= 0 {
                let top = super::panes::list::first_visible(app.search_selected, areas.search.height.saturating_sub(3) as usize);
                let i = top + r as usize;
                if i < app.search_hits.len() {
                    app.search_selected = i;
                }
            }
        }
        Pane::Related => {
            let r = inner_row(areas.related);
            if r >= 0 {
                let per_page = (areas.related.height.saturating_sub(2) / 2) as usize;
                let top = super::panes::list::first_visible(app.related_selected, per_page);
                let i = top + r as usize / 2;
                if i < app.related.len() {
                    app.related_selected = i;
                }
            }
        }
        Pane::Text => {}
    }
}
