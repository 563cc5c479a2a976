//! The corpus at a glance: articles per language and script, and the most
//! mentioned people, places and organisations as bar charts; Enter on a bar
//! opens that entity's card.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, BorderType, Borders, Clear};

use korpus::entities::EntityKind;
use korpus::store::ArticleFacet;

use super::fit;
use crate::tui::app::{App, Overlay};
use crate::tui::theme::Slot;

/// Entity charts, in the order the chart cursor visits them.
pub const CHARTS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Location, EntityKind::Organization];
/// Bars per entity chart.
pub const TOP: usize = 12;

/// The most mentioned entities of a chart's kind, most articles first.
pub fn top_entities(app: &App, chart: usize) -> Vec<usize> {
    let kind = CHARTS[chart.min(CHARTS.len() - 1)];
    app.store.top_entities(Some(kind), TOP).unwrap_or_default()
}

fn horizontal_chart<'a>(title: Line<'a>, bars: Vec<Bar<'a>>, focused: bool, app: &App) -> BarChart<'a> {
    let theme = app.theme();
    BarChart::default()
        .direction(Direction::Horizontal)
        .block(Block::default().borders(Borders::ALL).border_style(theme.border(focused)).title(title))
        .bar_width(1)
        .bar_gap(0)
        .bar_style(theme.style(Slot::ScoreBar))
        .value_style(theme.style(Slot::Text))
        .label_style(theme.style(Slot::Text))
        .data(BarGroup::default().bars(&bars))
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Overlay::Overview { chart, selected } = app.overlay else { return };
    let theme = app.theme();
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border(true))
        .title(Line::styled(
            format!(" Overview · {} · {} articles ", app.corpus_name, app.store.len()),
            theme.title(true),
        ))
        .title_bottom(Line::styled(
            " tab: next chart  j/k: choose  enter: entity card  esc: close ",
            theme.style(Slot::Dim),
        ))
        .style(theme.style(Slot::Text));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let narrow = inner.width < 70;
    let [left, right] = if narrow {
        Layout::vertical([Constraint::Length(9), Constraint::Min(3)]).areas(inner)
    } else {
        Layout::horizontal([Constraint::Percentage(30), Constraint::Min(20)]).areas(inner)
    };

    // languages and scripts
    let [langs_area, scripts_area] = Layout::vertical([Constraint::Percentage(60), Constraint::Min(3)]).areas(left);
    let label_width = 8usize;
    let lang_bars: Vec<Bar> = app
        .store
        .article_counts(ArticleFacet::Language)
        .unwrap_or_default()
        .into_iter()
        .map(|(lang, n)| {
            Bar::default().label(Line::from(fit(&lang, label_width))).value(n).style(theme.style(Slot::LangTag))
        })
        .collect();
    frame.render_widget(horizontal_chart(Line::from(" languages "), lang_bars, false, app), langs_area);
    let script_bars: Vec<Bar> = app
        .store
        .article_counts(ArticleFacet::Script)
        .unwrap_or_default()
        .into_iter()
        .map(|(script, n)| Bar::default().label(Line::from(script.to_owned())).value(n))
        .collect();
    frame.render_widget(horizontal_chart(Line::from(" scripts "), script_bars, false, app), scripts_area);

    // the three entity charts, stacked
    let areas =
        Layout::vertical([Constraint::Ratio(1, 3), Constraint::Ratio(1, 3), Constraint::Ratio(1, 3)]).split(right);
    let name_width = (right.width as usize / 3).clamp(8, 24);
    for (i, kind) in CHARTS.into_iter().enumerate() {
        let focused = i == chart;
        let bars: Vec<Bar> = top_entities(app, i)
            .into_iter()
            .enumerate()
            .filter_map(|(rank, e)| Some((rank, app.entity(e)?)))
            .map(|(rank, entity)| {
                let chosen = focused && rank == selected;
                let style: Style = if chosen { theme.selected(true) } else { theme.entity(kind) };
                // the count is written over the bar: on the chosen one, in the selection's colours
                let value_style = if chosen { theme.selected(true) } else { theme.style(Slot::Text) };
                Bar::default()
                    .value_style(value_style)
                    .label(Line::from(fit(&entity.name, name_width)))
                    .value(entity.articles as u64)
                    .text_value(format!("{} art.", entity.articles))
                    .style(style)
            })
            .collect();
        let title = Line::from(vec![
            Span::styled(format!(" {} ", plural(kind)), if focused { theme.title(true) } else { theme.title(false) }),
            Span::styled("by articles ", theme.style(Slot::Dim)),
        ]);
        frame.render_widget(horizontal_chart(title, bars, focused, app), areas[i]);
    }
}

fn plural(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "people",
        EntityKind::Location => "places",
        EntityKind::Organization => "organisations",
    }
}
