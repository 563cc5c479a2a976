//! The article list: language tag, title, size; the selection drives the rest.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{fit, human_bytes, pane_block};
use crate::tui::app::{App, ListFilter, ListSort, Pane};
use crate::tui::theme::Slot;
use korpus::review::{Relevance, ReviewMark};

/// First row shown so that `selected` is visible in `height` rows.
pub fn first_visible(selected: usize, height: usize) -> usize {
    selected.saturating_sub(height.saturating_sub(1))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let focused = app.focus == Pane::List;
    let position = app.list_position().map(|p| p + 1).unwrap_or(0);
    let mut count = match &app.list.filter {
        None if app.load.partial => format!("{}/{}+ loading", position, app.list.order.len()),
        None => format!("{}/{}", position, app.list.order.len()),
        Some(ListFilter::Entity(e)) => {
            let name = app.entity(*e).map(|e| e.name.into_owned()).unwrap_or_else(|| "?".into());
            format!("{}/{} with {} (esc: all)", position, app.list.order.len(), fit(&name, 20))
        }
        Some(filter) => format!("{}/{} {} (esc: all)", position, app.list.order.len(), filter.label()),
    };
    if app.list.sort != ListSort::Corpus {
        count.push_str(&format!(" · by {}", app.list.sort.label()));
    }
    let block = pane_block(
        app,
        Pane::List,
        Some(Span::styled(count, theme.style(if app.list.filter.is_some() { Slot::Warning } else { Slot::Dim }))),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = inner.height as usize;
    let width = inner.width as usize;
    let top = first_visible(app.list_position().unwrap_or(0), height);
    let lines: Vec<Line> = app
        .list
        .order
        .iter()
        .skip(top)
        .take(height)
        .filter_map(|&i| app.article(i).map(|a| (i, a)))
        .map(|(i, a)| {
            let size = human_bytes(a.bytes);
            let marks = mark_glyphs(app.mark(i));
            let marks_width = if app.review.enabled { 3 } else { 0 };
            let title_width = width.saturating_sub(4 + marks_width + size.len() + 1);
            let title = fit(&a.title, title_width);
            let pad = title_width.saturating_sub(crate::tui::wrap::display_width(&title));
            let mut spans = Vec::with_capacity(5);
            if app.review.enabled {
                spans.push(Span::styled(marks, theme.style(Slot::Warning)));
            }
            spans.extend([
                Span::styled(format!("{:<3} ", a.language.code()), theme.style(Slot::LangTag)),
                Span::raw(title),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(size, theme.style(Slot::Dim)),
            ]);
            let line = Line::from(spans);
            if i == app.selected { super::selected_row(line, theme.selected(focused)) } else { line }
        })
        .collect();
    if lines.is_empty() {
        let message = if app.load.progress.is_some() { "loading…" } else { "no articles" };
        frame.render_widget(Paragraph::new(message).style(theme.style(Slot::Dim)), inner);
        return;
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Three columns of review marks: unread `•`, starred `★`, flagged `+`/`-`,
/// and `✎` for a note in the third when it is free.
pub fn mark_glyphs(mark: Option<&ReviewMark>) -> String {
    let m = mark.cloned().unwrap_or_default();
    let read = if m.read { ' ' } else { '•' };
    let star = if m.starred { '★' } else { ' ' };
    let third = match m.relevance {
        Some(Relevance::Relevant) => '+',
        Some(Relevance::NotRelevant) => '-',
        None if !m.note.trim().is_empty() || !m.tags.is_empty() => '✎',
        None => ' ',
    };
    format!("{read}{star}{third}")
}
