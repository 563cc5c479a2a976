//! An entity's card: its display name and type, every form the corpus writes
//! it in, and the articles that mention it (Enter opens one, `f` filters the
//! list to them).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use super::fit;
use super::list::first_visible;
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::keymap::Layer;
use crate::tui::theme::Slot;
use crate::tui::wrap::display_width;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Overlay::Card { entity, selected, .. } = app.overlay else { return };
    let Some(record) = app.entity(entity) else { return };
    let articles = app.store.entity_articles(entity).unwrap_or_default();
    let theme = app.theme();
    let width = area.width.saturating_sub(4).min(76);
    let height = area.height.saturating_sub(2).min(26);
    let popup = super::centered(area, width, height);
    frame.render_widget(Clear, popup);
    let hint = |action: Action| app.keymap.hint(Layer::Card, &action).map(|k| k.to_string()).unwrap_or_default();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border(true))
        .title(Line::from(vec![
            Span::styled(format!(" {} ", record.name), theme.entity(record.kind)),
            Span::styled(format!("{} ", record.kind.label()), theme.style(Slot::Dim)),
        ]))
        .title_bottom(Line::styled(
            format!(
                " {}: open  {}: filter list  {}: close ",
                hint(Action::Open),
                hint(Action::FilterByEntity),
                hint(Action::Back)
            ),
            theme.style(Slot::Dim),
        ))
        .style(theme.style(Slot::Text));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let summary = format!("{} mentions in {} articles · id {}", record.mentions, record.articles, record.id);
    let written = record.variants.join(" · ");
    // rows the wrapped variants take (an estimate that errs on the generous side)
    let variant_rows = (display_width(&written) + 12).div_ceil(inner.width.max(1) as usize) + 1;
    let variants = Line::from(vec![Span::styled("written as: ", theme.style(Slot::Dim)), Span::raw(written)]);
    let head = Paragraph::new(vec![Line::styled(summary, theme.style(Slot::Dim)), variants]).wrap(Wrap { trim: true });
    let head_height = (1 + variant_rows).min(inner.height as usize / 2) as u16;
    let [head_area, list_area] =
        Layout::vertical([Constraint::Length(head_height + 1), Constraint::Min(1)]).areas(inner);
    frame.render_widget(head, head_area);
    let rows = list_area.height as usize;
    let top = first_visible(selected, rows);
    let lines: Vec<Line> = articles
        .iter()
        .enumerate()
        .skip(top)
        .take(rows)
        .filter_map(|(i, &(article, count))| Some((i, app.article(article)?, count)))
        .map(|(i, a, count)| {
            let line = Line::from(vec![
                Span::styled(format!("{:<3} ", a.language.code()), theme.style(Slot::LangTag)),
                Span::styled(format!("×{count:<3} "), theme.style(Slot::Dim)),
                Span::raw(fit(&a.title, list_area.width.saturating_sub(9) as usize)),
            ]);
            if i == selected { super::selected_row(line, theme.selected(true)) } else { line }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list_area);
}
