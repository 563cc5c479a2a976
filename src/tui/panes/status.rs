//! The status bar: corpus, position, language, a message, and key hints taken
//! from the keymap in force for what has the keys (so hints never drift from
//! behaviour, and an open editor does not advertise `q quit`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::fit;
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay, Pane, PromptKind};
use crate::tui::keymap::Layer;
use crate::tui::theme::Slot;
use crate::tui::wrap::display_width;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    if let Overlay::Prompt(kind) = app.overlay {
        draw_prompt(frame, area, app, kind);
        return;
    }
    let theme = app.theme();
    let width = area.width as usize;
    let lang = app.article(app.selected).map(|a| a.language.code().to_owned()).unwrap_or_default();
    // "+" while only the first articles of a corpus still loading are in
    let more = if app.load.partial { "+" } else { "" };
    let position = if app.store.is_empty() { 0 } else { app.selected + 1 };
    let mut left = format!(" {position}/{}{more} {lang} ", app.store.len());
    if app.review.enabled && app.status.is_none() {
        left.push_str(&format!("│ {}/{} reviewed ", app.reviewed(), app.store.len()));
    }
    // the corpus name gives way first, and to a message entirely: the message matters more
    let message = app
        .status
        .as_ref()
        .map(|m| (format!(" {m} "), Slot::StatusMessage))
        .or_else(|| skipped(app).map(|s| (format!(" {s} "), Slot::StatusMessage)));
    if app.status.is_none() {
        let name = fit(&app.corpus_name, (width / 4).max(10));
        left = format!(" {name} │{left}");
    }
    let mut spans = vec![Span::styled(fit(&left, (width * 2 / 3).max(20)), theme.style(Slot::Status))];
    if let Some((stage, started)) = app.load.progress.filter(|_| app.status.is_none()) {
        spans.push(Span::styled(
            format!(" {} {:.0}% {:.1}s ", stage.label(), stage.fraction() * 100.0, started.elapsed().as_secs_f64()),
            theme.style(Slot::StatusMessage),
        ));
    } else if let Some((message, slot)) = message {
        let room = width.saturating_sub(spans.iter().map(Span::width).sum::<usize>());
        spans.push(Span::styled(fit(&message, room), theme.style(slot)));
    }
    let (layer, hints) = hints(app);
    let mut used: usize = spans.iter().map(|s| s.width()).sum();
    for action in hints {
        let Some(key) = app.keymap.hint(layer, action) else { continue };
        let key = format!(" {key} ");
        let desc = format!(" {} ", action.describe());
        if used + display_width(&key) + display_width(&desc) > width {
            break;
        }
        used += display_width(&key) + display_width(&desc);
        spans.push(Span::styled(key, theme.style(Slot::StatusKey)));
        spans.push(Span::styled(desc, theme.style(Slot::Status)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.style(Slot::Status)), area);
}

/// What could not be loaded, said so that someone new to korpus knows what
/// was left out and which key shows why: `nothing loaded: 1 line skipped (W
/// shows why)`, `2 files skipped, 1 problem (W shows why)`.
pub fn skipped(app: &App) -> Option<String> {
    let warnings = app.store.warnings();
    let lines = warnings.iter().filter(|w| w.line.is_some()).count();
    let counts = [
        (lines, "line skipped", "lines skipped"),
        (warnings.len() - lines, "file skipped", "files skipped"),
        (app.notes.len(), "problem", "problems"),
    ];
    let said: Vec<String> = counts
        .iter()
        .filter(|(n, ..)| *n > 0)
        .map(|&(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
    if said.is_empty() || app.load.progress.is_some() {
        return None;
    }
    let why = match app.keymap.hint(app.focus.layer(), &Action::ShowWarnings) {
        Some(key) => format!(" ({key} shows why)"),
        None => String::new(),
    };
    let nothing = if app.store.is_empty() { "nothing loaded: " } else { "" };
    Some(format!("{nothing}{}{why}", said.join(", ")))
}

/// A prompt in place of the status bar: `find: pyong▏` with what the keys do,
/// and the message the last try left (a filter line that did not read).
fn draw_prompt(frame: &mut Frame, area: Rect, app: &App, kind: PromptKind) {
    let theme = app.theme();
    let label = format!(" {}: ", kind.label());
    let key = |action: Action| app.keymap.hint(Layer::Prompt, &action).map(|k| k.to_string()).unwrap_or_default();
    let mut hint = format!(" {}: ok  {}: cancel ", key(Action::Confirm), key(Action::Cancel));
    if let (PromptKind::Find, Some(find)) = (kind, &app.text.find) {
        hint = format!(" {} matches{hint}", find.matches.len());
    }
    if let Some(message) = &app.status {
        hint = format!(" {message} ");
    }
    let hint = fit(&hint, (area.width as usize / 2).max(10));
    let label_width = display_width(&label) as u16;
    let hint_width = display_width(&hint) as u16;
    let field_width = area.width.saturating_sub(label_width + hint_width);
    frame.render_widget(
        Paragraph::new(label).style(theme.style(Slot::StatusKey)),
        Rect { width: label_width.min(area.width), ..area },
    );
    let mut input = app.prompt.clone();
    input.set_style(theme.style(Slot::Status));
    input.set_cursor_style(theme.style(Slot::Selected));
    frame.render_widget(&input, Rect { x: area.x + label_width, width: field_width, ..area });
    let slot = if app.status.is_some() { Slot::StatusMessage } else { Slot::Status };
    frame.render_widget(
        Paragraph::new(hint).style(theme.style(slot)),
        Rect { x: area.x + label_width + field_width, width: hint_width.min(area.width), ..area },
    );
}

/// The layer that has the keys, and the actions worth a hint there.
fn hints(app: &App) -> (Layer, &'static [Action]) {
    match app.overlay {
        Overlay::Editor { .. } => (Layer::Editor, &[Action::SaveEdit, Action::CancelEdit]),
        Overlay::Help { .. } | Overlay::Warnings { .. } => (Layer::Help, &[Action::Down, Action::ToggleHelp]),
        Overlay::Card { .. } => (Layer::Card, &[Action::Open, Action::FilterByEntity, Action::Back]),
        Overlay::Overview { .. } => (Layer::Overview, &[Action::Open, Action::FocusNext, Action::Back]),
        Overlay::Prompt(_) => (Layer::Prompt, &[Action::Confirm, Action::Cancel]),
        Overlay::Export => (Layer::Export, &[Action::Confirm, Action::NextFormat, Action::Cancel]),
        Overlay::None => match app.focus {
            Pane::Search => (Layer::Search, &[Action::Open, Action::Back, Action::FocusNext]),
            Pane::Text => (
                Layer::Text,
                &[Action::FocusSearch, Action::NextEntity, Action::FocusNext, Action::ToggleHelp, Action::Quit],
            ),
            pane => (
                pane.layer(),
                &[Action::FocusSearch, Action::Open, Action::FocusNext, Action::ToggleHelp, Action::Quit],
            ),
        },
    }
}
