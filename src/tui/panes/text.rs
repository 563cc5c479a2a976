//! The text view: the selected article wrapped to the pane, entities coloured
//! by type, search hits and the visited entity highlighted, and a legend.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use korpus::entities::EntityKind;

use super::{fit, pane_block, styled_segments};
use crate::tui::app::{App, Pane};
use crate::tui::theme::Slot;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let (article, text) = match (app.article(app.selected), app.store.text(app.selected)) {
        (Some(article), Ok(text)) => (article, text),
        (article, text) => {
            let message = match (article, text) {
                (Some(_), Err(e)) => format!("the text cannot be shown: {e}"),
                _ => "no article".into(),
            };
            let block = pane_block(app, Pane::Text, None);
            frame.render_widget(Paragraph::new(message).block(block), area);
            return;
        }
    };
    let inner_width = area.width.saturating_sub(2) as usize;
    let rows = app.rows(inner_width.max(1));
    let body_height = area.height.saturating_sub(3) as usize;
    let position = if rows.len() > body_height {
        format!("{}-{}/{}", app.text.scroll + 1, (app.text.scroll + body_height).min(rows.len()), rows.len())
    } else {
        format!("{} rows", rows.len())
    };
    let header = Span::styled(
        fit(
            &format!("{} · {} {} · {}", article.title, article.language.code(), article.script.code(), position),
            inner_width.saturating_sub(12),
        ),
        theme.style(Slot::Dim),
    );
    let block = pane_block(app, Pane::Text, Some(header));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return;
    }

    let mentions = app.mentions(app.selected);
    let mut layers: Vec<(usize, usize, Style)> =
        mentions.iter().map(|m| (m.start as usize, m.end as usize, theme.entity(m.kind))).collect();
    // while a related article is chosen, underline what the two share
    if app.focus == Pane::Related
        && let Some(r) = app.related.items.get(app.related.selected)
    {
        let shared: Vec<usize> = r.shared.iter().map(|s| s.entity).collect();
        let mark = theme.style(Slot::SearchMatch);
        layers.extend(
            mentions.iter().filter(|m| shared.contains(&m.entity())).map(|m| (m.start as usize, m.end as usize, mark)),
        );
    }
    if let Some(h) = app.text.highlight.as_ref().filter(|h| h.article == app.selected) {
        layers.extend(h.ranges.iter().map(|&(s, e)| (s, e, theme.style(Slot::Hit))));
    }
    let text_height = inner.height.saturating_sub(1) as usize;
    let lines: Vec<Line> = rows
        .iter()
        .skip(app.text.scroll)
        .take(text_height)
        .map(|&(s, e)| Line::from(styled_segments(&text, s, e, theme.style(Slot::Text), &layers)))
        .collect();
    let text_area = Rect { height: inner.height.saturating_sub(1), ..inner };
    frame.render_widget(Paragraph::new(lines), text_area);

    let legend_area = Rect { y: inner.y + inner.height.saturating_sub(1), height: 1, ..inner };
    frame.render_widget(Paragraph::new(legend(app, inner.width as usize)), legend_area);
}

/// `PER person  LOC place  ORG organisation`, each in its own style, with counts.
fn legend(app: &App, width: usize) -> Line<'static> {
    let theme = app.theme();
    let mentions = app.mentions(app.selected);
    let mut spans = Vec::new();
    for kind in EntityKind::ALL {
        let n = mentions.iter().filter(|m| m.kind == kind).count();
        let label =
            if width >= 50 { format!("{} {} {n}", kind.tag(), kind.label()) } else { format!("{} {n}", kind.tag()) };
        spans.push(Span::styled(label, theme.entity(kind)));
        spans.push(Span::raw("  "));
    }
    let key = app.keymap.hint(crate::tui::keymap::Layer::Text, &crate::tui::action::Action::NextEntity);
    if let Some(key) = key.filter(|_| width >= 60) {
        spans.push(Span::styled(format!("{key}: next entity"), theme.style(Slot::Dim)));
    }
    Line::from(spans)
}
