//! The status bar: corpus, position, language, a message, and key hints taken
//! from the keymap in force (so hints never drift from behaviour).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::fit;
use crate::tui::action::Action;
use crate::tui::app::{App, Pane};
use crate::tui::theme::Slot;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let lang = app.article(app.selected).map(|a| a.language.code().to_owned()).unwrap_or_default();
    // the corpus name gives way first: position, language and progress matter more
    let name = fit(&app.corpus_name, (area.width as usize / 4).max(10));
    // "+" while only the first articles of a corpus still loading are in
    let more = if app.load.partial { "+" } else { "" };
    let position = if app.store.is_empty() { 0 } else { app.selected + 1 };
    let mut left = format!(" {name} │ {position}/{}{more} {lang} ", app.store.len());
    if app.review.enabled {
        left.push_str(&format!("│ {}/{} reviewed ", app.reviewed(), app.store.len()));
    }
    let mut spans = vec![Span::styled(fit(&left, (area.width as usize * 2 / 3).max(20)), theme.style(Slot::Status))];
    if let Some((stage, started)) = app.load.progress {
        spans.push(Span::styled(
            format!(" {} {:.0}% {:.1}s ", stage.label(), stage.fraction() * 100.0, started.elapsed().as_secs_f64()),
            theme.style(Slot::StatusMessage),
        ));
    } else if let Some(message) = &app.status {
        spans.push(Span::styled(format!(" {message} "), theme.style(Slot::StatusMessage)));
    } else if !app.store.warnings().is_empty() || !app.notes.is_empty() {
        let key =
            app.keymap.hint(app.focus.layer(), &Action::ShowWarnings).map(|k| format!(" ({k})")).unwrap_or_default();
        spans.push(Span::styled(
            format!(" {} skipped{key} ", app.store.warnings().len() + app.notes.len()),
            theme.style(Slot::StatusMessage),
        ));
    }
    let layer = app.focus.layer();
    let hints: &[Action] = match app.focus {
        Pane::Search => &[Action::Open, Action::Back, Action::FocusNext],
        Pane::Text => &[Action::FocusSearch, Action::NextEntity, Action::FocusNext, Action::ToggleHelp, Action::Quit],
        _ => &[Action::FocusSearch, Action::Open, Action::FocusNext, Action::ToggleHelp, Action::Quit],
    };
    let mut used: usize = spans.iter().map(|s| s.width()).sum();
    for action in hints {
        let Some(key) = app.keymap.hint(layer, action) else { continue };
        let key = format!(" {key} ");
        let desc = format!(" {} ", action.describe());
        if used + key.len() + desc.len() > area.width as usize {
            break;
        }
        used += key.len() + desc.len();
        spans.push(Span::styled(key, theme.style(Slot::StatusKey)));
        spans.push(Span::styled(desc, theme.style(Slot::Status)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.style(Slot::Status)), area);
}
