//! The help overlay: every binding in force, per layer, with what it does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use super::fit;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Layer;
use crate::tui::theme::Slot;
use crate::tui::wrap::display_width;

/// What a layer of bindings is called in the help and the README.
pub fn heading(layer: Layer) -> &'static str {
    match layer {
        Layer::Global => "everywhere (but while typing a search)",
        Layer::List => "article list",
        Layer::Text => "text view",
        Layer::Search => "search box",
        Layer::Related => "related articles",
        Layer::Help => "this help",
        Layer::Card => "entity card",
        Layer::Overview => "corpus overview",
        Layer::Editor => "note and tags editor",
        Layer::Prompt => "find and filter prompts",
        Layer::Export => "export dialog",
    }
}

/// Every binding in force, per layer: keys, what the action does, and the
/// action's name for keymap.toml; then the search syntax. Lines are cut to
/// `width` with `…`.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = app.theme();
    let mut lines = Vec::new();
    let keys_width = 16.min(width / 3);
    for layer in Layer::ALL {
        let bindings = app.keymap.bindings(layer);
        if bindings.is_empty() {
            continue;
        }
        let heading = heading(layer);
        lines.push(Line::styled(fit(heading, width), theme.style(Slot::TitleFocused)));
        for (action, keys) in bindings {
            let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
            let keys = fit(&keys.join(" "), keys_width);
            let pad = keys_width.saturating_sub(display_width(&keys));
            let lead = format!("  {keys}{} ", " ".repeat(pad));
            let room = width.saturating_sub(display_width(&lead));
            // the name, right-aligned, is what keymap.toml takes: the description gives way to it
            let name = action.name();
            let mut spans = vec![Span::styled(lead, theme.style(Slot::StatusKey))];
            if room >= name.len() + 6 {
                let describe = fit(action.describe(), room - name.len() - 2);
                let gap = room - display_width(&describe) - name.len();
                spans.push(Span::raw(format!(" {describe}{}", " ".repeat(gap.saturating_sub(1)))));
                spans.push(Span::styled(name.to_owned(), theme.style(Slot::Dim)));
            } else {
                spans.push(Span::raw(fit(&format!(" {}", action.describe()), room)));
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(fit("search syntax (as fzf)", width), theme.style(Slot::TitleFocused)));
    for (example, meaning) in SEARCH_SYNTAX {
        let lead = format!("  {example:<16} ");
        let room = width.saturating_sub(display_width(&lead));
        lines.push(Line::from(vec![Span::styled(lead, theme.style(Slot::StatusKey)), Span::raw(fit(meaning, room))]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        fit("Keys can be changed in keymap.toml in korpus's config directory, by the names on the right.", width),
        theme.style(Slot::Dim),
    ));
    lines
}

/// The query syntax of the search box, for the help.
const SEARCH_SYNTAX: [(&str, &str); 7] = [
    ("lavrov pyong", "every term must match, in any script (лавров finds Lavrov)"),
    ("'exact", "the exact text, not a fuzzy match"),
    ("^prefix", "starts with"),
    ("suffix$", "ends with"),
    ("^whole$", "the whole name or line"),
    ("!not", "excludes what matches"),
    ("Kim", "an upper-case letter makes that term match case exactly"),
];

/// The help's text width and visible rows in a terminal of `area`.
pub fn size(area: Rect) -> (usize, usize) {
    let (width, height) = popup_size(area);
    (width.saturating_sub(2) as usize, height.saturating_sub(2) as usize)
}

fn popup_size(area: Rect) -> (u16, u16) {
    (area.width.saturating_sub(4).min(76), area.height.saturating_sub(2))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let (width, height) = popup_size(area);
    let popup = super::centered(area, width, height);
    frame.render_widget(Clear, popup);
    let (text_width, visible) = size(area);
    let all = lines(app, text_width);
    let wanted = match app.overlay {
        crate::tui::app::Overlay::Help { scroll } => scroll,
        _ => 0,
    };
    let scroll = wanted.min(all.len().saturating_sub(visible));
    let below = all.len().saturating_sub(scroll + visible);
    let key = |action: Action| app.keymap.hint(Layer::Help, &action).map(|k| k.to_string()).unwrap_or_default();
    let footer = if below > 0 {
        format!(" ↓ {below} more lines below ({} {}) ", key(Action::Down), key(Action::PageDown))
    } else if scroll > 0 {
        format!(" end ({} {} to go back) ", key(Action::Up), key(Action::PageUp))
    } else {
        String::new()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border(true))
        .title(Span::styled(
            fit(" Help — keys in force (esc closes) ", width.saturating_sub(2) as usize),
            theme.title(true),
        ))
        .title_bottom(Line::styled(fit(&footer, width.saturating_sub(2) as usize), theme.style(Slot::Dim)))
        .style(theme.style(Slot::Text));
    frame.render_widget(Paragraph::new(all).scroll((scroll as u16, 0)).block(block), popup);
}

/// How many rows of warnings the warnings view shows in `area`.
pub fn warnings_rows(area: Rect) -> usize {
    area.height.saturating_sub(4) as usize
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
    let visible = warnings_rows(area);
    let scroll = scroll.min(lines.len().saturating_sub(visible));
    frame.render_widget(
        Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }).scroll((scroll as u16, 0)).block(block),
        popup,
    );
}
