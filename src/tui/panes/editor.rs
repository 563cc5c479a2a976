//! The note and tags editor (ratatui-textarea): multi-line for a note, one
//! line for tags. Esc keeps what was written; nothing typed is lost.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear};

use super::fit;
use crate::tui::action::Action;
use crate::tui::app::{App, EditorField, Overlay};
use crate::tui::keymap::Layer;
use crate::tui::theme::Slot;
use crate::tui::wrap::display_width;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Overlay::Editor { field } = app.overlay else { return };
    let theme = app.theme();
    let meta = app.article(app.selected);
    let title = meta.as_ref().map(|a| a.title.as_ref()).unwrap_or("");
    let (what, height) = match field {
        EditorField::Note => ("note", area.height.saturating_sub(4).min(14)),
        EditorField::Tags => ("tags, comma-separated", 3),
    };
    let width = area.width.saturating_sub(4).min(80);
    let popup = super::centered(area, width, height);
    frame.render_widget(Clear, popup);
    let key = |action: Action| app.keymap.hint(Layer::Editor, &action).map(|k| k.to_string()).unwrap_or_default();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border(true))
        .title(Line::from(vec![
            Span::styled(format!(" {what} "), theme.title(true)),
            // the article's title, cut so a border's length stays on its right
            Span::styled(
                format!("{} ", fit(title, (width as usize).saturating_sub(display_width(what) + 8))),
                theme.style(Slot::Dim),
            ),
        ]))
        .title_bottom(Line::styled(
            format!(" {}: keep  {}: drop ", key(Action::SaveEdit), key(Action::CancelEdit)),
            theme.style(Slot::Dim),
        ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let mut editor = app.review.editor.clone();
    editor.set_style(theme.style(Slot::Text));
    editor.set_cursor_style(theme.style(Slot::Selected));
    editor.set_cursor_line_style(ratatui::style::Style::default());
    frame.render_widget(&editor, inner);
}
