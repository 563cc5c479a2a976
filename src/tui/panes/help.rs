//! The help overlay: every binding in force, per layer, with what it does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::keymap::Layer;
use crate::tui::theme::Slot;

pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = app.theme();
    let mut lines = Vec::new();
    for layer in Layer::ALL {
        let bindings = app.keymap.bindings(layer);
        if bindings.is_empty() {
            continue;
        }
        let heading = match layer {
            Layer::Global => "everywhere (but while typing a search)",
            Layer::List => "article list",
            Layer::Text => "text view",
            Layer::Search => "search box",
            Layer::Related => "related articles",
            Layer::Help => "this help",
            Layer::Card => "entity card",
            Layer::Overview => "corpus overview",
            Layer::Editor => "note and tags editor",
        };
        lines.push(Line::styled(heading.to_owned(), theme.style(Slot::TitleFocused)));
        for (action, keys) in bindings {
            let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<22}", keys.join(" ")), theme.style(Slot::StatusKey)),
                Span::raw(format!(" {}", action.describe())),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines
        .push(Line::styled("Keys can be changed in keymap.toml in korpus's config directory.", theme.style(Slot::Dim)));
    lines
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let width = area.width.saturating_sub(4).min(64);
    let height = area.height.saturating_sub(2);
    let popup = super::centered(area, width, height);
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border(true))
        .title(Span::styled(" Help — keys in force (esc closes) ", theme.title(true)))
        .style(theme.style(Slot::Text));
    let all = lines(app);
    let visible = height.saturating_sub(2) as usize;
    let wanted = match app.overlay {
        crate::tui::app::Overlay::Help { scroll } => scroll,
        _ => 0,
    };
    let scroll = wanted.min(all.len().saturating_sub(visible));
    frame.render_widget(Paragraph::new(all).scroll((scroll as u16, 0)).block(block), popup);
}

/// The warnings view: every file skipped on loading with its reason, and
/// problems with the review file.
pub fn draw_warnings(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let crate::tui::app::Overlay::Warnings { scroll } = app.overlay else { return };
    let width = area.width.saturating_sub(4).min(100);
    let height = area.height.saturating_sub(2);
    let popup = super::centered(area, width, height);
    frame.render_widget(Clear, popup);
    let mut lines: Vec<Line> = app.store.warnings().iter().map(|w| Line::raw(w.to_string())).collect();
    lines.extend(app.notes.iter().map(|n| Line::styled(n.clone(), theme.style(Slot::Warning))));
    if lines.is_empty() {
        lines.push(Line::styled("nothing was skipped", theme.style(Slot::Dim)));
    }
    let title = format!(" {} skipped or failed (esc closes) ", app.store.warnings().len() + app.notes.len());
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border(true))
        .title(Span::styled(title, theme.title(true)))
        .style(theme.style(Slot::Text));
    let visible = height.saturating_sub(2) as usize;
    let scroll = scroll.min(lines.len().saturating_sub(visible));
    frame.render_widget(
        Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }).scroll((scroll as u16, 0)).block(block),
        popup,
    );
}
