//! The export dialog (`E`): the formats in a row, the chosen one marked,
//! the file's path in an editable field, and what the last try came to.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use super::fit;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::export::ExportChoice;
use crate::tui::keymap::Layer;
use crate::tui::theme::Slot;

/// The label column's width: "format " and "file   ".
const LABEL: u16 = 8;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let dialog = &app.export;
    let width = area.width.saturating_sub(4).min(80);
    let popup = super::centered(area, width, 9.min(area.height));
    frame.render_widget(Clear, popup);
    let key = |action: Action| app.keymap.hint(Layer::Export, &action).map(|k| k.to_string()).unwrap_or_default();
    let marked = app.review.marks.values().filter(|m| !m.is_blank()).count();
    let footer = format!(
        " {}: export  {}: format  {}: cancel ",
        key(Action::Confirm),
        key(Action::NextFormat),
        key(Action::Cancel)
    );
    let room = popup.width.saturating_sub(2) as usize;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border(true))
        .title(Line::from(vec![
            Span::styled(" export the review ", theme.title(true)),
            Span::styled(
                fit(
                    &format!("{marked} marked article{} ", if marked == 1 { "" } else { "s" }),
                    room.saturating_sub(19),
                ),
                theme.style(Slot::Dim),
            ),
        ]))
        .title_bottom(Line::styled(fit(&footer, room), theme.style(Slot::Dim)))
        .style(theme.style(Slot::Text));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [_, formats, path, _, message] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(inner.inner(ratatui::layout::Margin::new(1, 0)));

    let mut choices = vec![Span::styled("format  ", theme.style(Slot::Dim))];
    for choice in ExportChoice::ALL {
        let label = format!(" {} ", choice.label());
        if choice == dialog.format {
            choices.push(Span::styled(format!("[{label}]"), theme.style(Slot::Selected)));
        } else {
            choices.push(Span::raw(format!(" {label} ")));
        }
        choices.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(choices)), formats);

    let [label, field] = Layout::horizontal([Constraint::Length(LABEL), Constraint::Min(1)]).areas(path);
    frame.render_widget(Paragraph::new("file").style(theme.style(Slot::Dim)), label);
    let mut input = dialog.path.clone();
    input.set_style(theme.style(Slot::Text));
    input.set_cursor_style(theme.style(Slot::Selected));
    frame.render_widget(&input, field);

    if let Some(said) = &dialog.message {
        frame.render_widget(
            Paragraph::new(said.as_str()).style(theme.style(Slot::Warning)).wrap(Wrap { trim: true }),
            message,
        );
    }
}
