//! The opening screen: what is being opened, the stage, a gauge and the time
//! taken, until the articles are in.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Gauge, Paragraph};

use crate::tui::app::App;
use crate::tui::theme::Slot;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let Some((stage, started)) = app.load.progress else { return };
    let width = area.width.saturating_sub(4).min(70);
    let boxed = super::centered(area, width, 6);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Line::styled(" korpus ", theme.title(true)));
    let inner = block.inner(boxed);
    frame.render_widget(block, boxed);
    let [name, label, gauge] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Length(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(super::fit(&format!("opening {}", app.corpus_name), name.width as usize))
            .style(theme.style(Slot::Text)),
        name,
    );
    let elapsed = started.elapsed().as_secs_f64();
    frame.render_widget(
        Paragraph::new(format!("{}… {elapsed:.1} s", stage.label())).style(theme.style(Slot::Dim)),
        label,
    );
    frame.render_widget(
        Gauge::default()
            .ratio(stage.fraction().clamp(0.0, 1.0))
            .gauge_style(theme.style(Slot::ScoreBar))
            .label(format!("{:.0}%", stage.fraction() * 100.0)),
        gauge,
    );
}
