//! The article list: language tag, title, size; the selection drives the rest.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{fit, human_bytes, pane_block};
use crate::tui::app::{App, Pane};
use crate::tui::theme::Slot;

/// First row shown so that `selected` is visible in `height` rows.
pub fn first_visible(selected: usize, height: usize) -> usize {
    selected.saturating_sub(height.saturating_sub(1))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let focused = app.focus == Pane::List;
    let count = Span::styled(format!("{}/{}", app.selected + 1, app.corpus.len()), theme.style(Slot::Dim));
    let block = pane_block(app, Pane::List, Some(count));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = inner.height as usize;
    let width = inner.width as usize;
    let top = first_visible(app.selected, height);
    let lines: Vec<Line> = app
        .corpus
        .articles
        .iter()
        .enumerate()
        .skip(top)
        .take(height)
        .map(|(i, a)| {
            let size = human_bytes(a.bytes());
            let title_width = width.saturating_sub(4 + size.len() + 1);
            let title = fit(&a.title, title_width);
            let pad = title_width.saturating_sub(crate::tui::wrap::display_width(&title));
            let line = Line::from(vec![
                Span::styled(format!("{:<3} ", a.language.code()), theme.style(Slot::LangTag)),
                Span::raw(title),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(size, theme.style(Slot::Dim)),
            ]);
            if i == app.selected { line.style(theme.selected(focused)) } else { line }
        })
        .collect();
    if lines.is_empty() {
        frame.render_widget(Paragraph::new("no articles").style(theme.style(Slot::Dim)), inner);
        return;
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
