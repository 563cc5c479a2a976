//! The article list: review marks, language, title, date, source and size;
//! the selection drives the rest.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{fit, human_bytes, pane_block};
use crate::tui::app::{App, ListSort, Pane};
use crate::tui::dates;
use crate::tui::theme::Slot;
use crate::tui::wrap::display_width;
use korpus::review::{Relevance, ReviewMark};

/// First row shown so that `selected` is visible in `height` rows.
pub fn first_visible(selected: usize, height: usize) -> usize {
    selected.saturating_sub(height.saturating_sub(1))
}

/// Columns of the review marks and the space after them.
const MARKS_WIDTH: usize = 5;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let focused = app.focus == Pane::List;
    let position = app.list_position().map(|p| p + 1).unwrap_or(0);
    let filters = &app.list.filter;
    let mut count = format!("{}/{}", position, app.list.order.len());
    if app.load.partial && filters.is_empty() {
        count.push_str("+ loading");
    }
    if !filters.is_empty() {
        let mut words = Vec::new();
        if let Some(name) = filters.entity.and_then(|e| app.entity(e)).map(|e| e.name.into_owned()) {
            words.push(format!("with {}", fit(&name, 20)));
        }
        let text = filters.to_text();
        if !text.is_empty() {
            words.push(text);
        }
        count.push_str(&format!(" {} (esc: all)", words.join(" ")));
    }
    if app.list.sort != ListSort::Corpus {
        count.push_str(&format!(" · by {}", app.list.sort.label()));
    }
    let room = (area.width as usize).saturating_sub(16);
    let block = pane_block(
        app,
        Pane::List,
        Some(Span::styled(fit(&count, room), theme.style(if filters.is_empty() { Slot::Dim } else { Slot::Warning }))),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = inner.height as usize;
    let width = inner.width as usize;
    let top = first_visible(app.list_position().unwrap_or(0), height);
    let columns = Columns::for_width(app, width);
    let lines: Vec<Line> = app
        .list
        .order
        .iter_from(top)
        .take(height)
        .filter_map(|i| app.article(i).map(|a| (i, a)))
        .map(|(i, a)| {
            let size = columns.size.then(|| human_bytes(a.bytes));
            let marks_width = if app.review.enabled { MARKS_WIDTH } else { 0 };
            let date = columns.date.then(|| list_date(a.date.as_deref()));
            let source = columns.source.then(|| fit(a.source.as_deref().unwrap_or(""), SOURCE_WIDTH));
            let extra = date.as_ref().map_or(0, |d| display_width(d) + 1)
                + source.as_ref().map_or(0, |_| SOURCE_WIDTH + 1)
                + size.as_ref().map_or(0, |s| s.len());
            let title_width = width.saturating_sub(4 + marks_width + extra + 1);
            let title = fit(&a.title, title_width);
            let pad = title_width.saturating_sub(display_width(&title));
            let mut spans = Vec::with_capacity(8);
            if app.review.enabled {
                spans.push(Span::styled(mark_glyphs(app.mark(i)), theme.style(Slot::Warning)));
            }
            spans.push(Span::styled(format!("{:<3} ", a.language.code()), theme.style(Slot::LangTag)));
            // an Arabic or Hebrew title reads right to left, left-aligned in its column like the rest
            spans.extend(super::visual(app, vec![Span::raw(title)], None));
            spans.push(Span::raw(" ".repeat(pad + 1)));
            if let Some(date) = date {
                spans.push(Span::styled(format!("{date} "), theme.style(Slot::Dim)));
            }
            if let Some(source) = source {
                let pad = SOURCE_WIDTH.saturating_sub(display_width(&source));
                spans.push(Span::styled(format!("{source}{} ", " ".repeat(pad)), theme.style(Slot::Dim)));
            }
            if let Some(size) = size {
                spans.push(Span::styled(size, theme.style(Slot::Dim)));
            }
            let line = Line::from(spans);
            if i == app.selected { super::selected_row(line, theme.selected(focused)) } else { line }
        })
        .collect();
    if lines.is_empty() {
        let message = match super::status::skipped(app) {
            _ if app.load.progress.is_some() => "loading…".to_owned(),
            // the filter left nothing: not a loading problem
            _ if !app.store.is_empty() => "no articles".to_owned(),
            Some(skipped) => skipped,
            None => "no articles".to_owned(),
        };
        frame.render_widget(Paragraph::new(message).style(theme.style(Slot::Dim)).wrap(Wrap { trim: true }), inner);
        return;
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

const SOURCE_WIDTH: usize = 14;

/// The list's columns beside the title, by what the corpus has and the room
/// there is: the date first (news is read by date), the source when wide or
/// sorted by it, the size when there is room to spare or nothing else.
struct Columns {
    date: bool,
    source: bool,
    size: bool,
}

impl Columns {
    fn for_width(app: &App, width: usize) -> Columns {
        // the first rows decide: a corpus either has the field or it does not
        let has = |field: fn(&korpus::store::ArticleMeta<'_>) -> bool| {
            app.list.order.iter().take(200).any(|a| app.article(a).is_some_and(|m| field(&m)))
        };
        let date = width >= 34 && has(|m| m.date.is_some());
        let by_source = app.list.sort == ListSort::Source;
        let source = has(|m| m.source.is_some()) && (width >= 90 || (by_source && width >= 50));
        let size = width >= 70 || !(date || source);
        Columns { date, source, size }
    }
}

/// A date as the list shows it: `2024-06-19`, what was written when it
/// cannot be read (cut to the same width), blank when there is none.
fn list_date(date: Option<&str>) -> String {
    match date {
        Some(date) => match dates::day_number(date) {
            Some(day) => dates::format_day(day),
            None => format!("{:<10}", fit(date, 10)),
        },
        None => " ".repeat(10),
    }
}

/// Four columns of review marks and a space: unread `•`, starred `★`,
/// relevant `+` or not `-`, a note or tags `✎`.
pub fn mark_glyphs(mark: Option<&ReviewMark>) -> String {
    let m = mark.cloned().unwrap_or_default();
    let read = if m.read { ' ' } else { '•' };
    let star = if m.starred { '★' } else { ' ' };
    let relevance = match m.relevance {
        Some(Relevance::Relevant) => '+',
        Some(Relevance::NotRelevant) => '-',
        None => ' ',
    };
    let noted = if !m.note.trim().is_empty() || !m.tags.is_empty() { '✎' } else { ' ' };
    format!("{read}{star}{relevance}{noted} ")
}
