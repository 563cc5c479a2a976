//! The corpus at a glance: articles per language and script, the most
//! mentioned people, places and organisations as bar charts, and articles
//! over time; Enter on an entity's bar opens its card, on a language's bar
//! lists that language's articles.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, BorderType, Borders, Clear};

use korpus::entities::EntityKind;
use korpus::store::ArticleFacet;

use super::fit;
use crate::tui::app::{App, Overlay};
use crate::tui::dates;
use crate::tui::theme::Slot;
use crate::tui::timeline::Timeline;
use crate::tui::wrap::display_width;

/// Entity charts, in the order the chart cursor visits them.
pub const CHARTS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Location, EntityKind::Organization];
/// Bars per entity chart.
pub const TOP: usize = 12;
/// The chart cursor's place for the languages chart, after the entity charts.
pub const LANGUAGES: usize = CHARTS.len();

/// Languages by articles, most first.
pub fn languages(app: &App) -> Vec<(String, u64)> {
    app.store.article_counts(ArticleFacet::Language).unwrap_or_default()
}

/// The most mentioned entities of a chart's kind, most articles first.
pub fn top_entities(app: &App, chart: usize) -> Vec<usize> {
    let kind = CHARTS[chart.min(CHARTS.len() - 1)];
    app.store.top_entities(Some(kind), TOP).unwrap_or_default()
}

/// A bar's label: the name cut to `name_width` columns and padded to them, then
/// its count right-aligned in `count_width`, so the bars start in one column
/// with a space before them and no count is written over a bar's first cells.
fn label_with_count(name: &str, name_width: usize, count: &str, count_width: usize) -> String {
    let name = fit(name, name_width);
    let name_pad = name_width.saturating_sub(display_width(&name));
    let count_pad = count_width.saturating_sub(display_width(count));
    format!("{name}{:name_pad$} {:count_pad$}{count}", "", "")
}

/// The widest of some names, in columns, at most `limit`.
fn widest(names: impl Iterator<Item = usize>, limit: usize) -> usize {
    names.max().unwrap_or(0).min(limit)
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
            " tab: next chart  j/k: choose  enter: entity card or language's articles  esc: close ",
            theme.style(Slot::Dim),
        ))
        .style(theme.style(Slot::Text));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let timeline = app.timeline.as_ref().map(|(_, t)| t).filter(|t| !t.is_empty() && inner.height >= 18);
    let (charts_area, timeline_area) = match timeline {
        Some(_) => {
            let [charts, time] = Layout::vertical([Constraint::Min(10), Constraint::Length(7)]).areas(inner);
            (charts, Some(time))
        }
        None => (inner, None),
    };
    let narrow = charts_area.width < 70;
    let [left, right] = if narrow {
        Layout::vertical([Constraint::Length(9), Constraint::Min(3)]).areas(charts_area)
    } else {
        Layout::horizontal([Constraint::Percentage(30), Constraint::Min(20)]).areas(charts_area)
    };

    // languages (a bar chosen when the cursor is on this chart) and scripts
    let [langs_area, scripts_area] = Layout::vertical([Constraint::Percentage(60), Constraint::Min(3)]).areas(left);
    let label_width = 8usize;
    let languages_focused = chart == LANGUAGES;
    let chosen_language = languages(app).get(selected).filter(|_| languages_focused).map(|(l, _)| l.clone());
    let language_counts = languages(app);
    let lang_width = widest(language_counts.iter().map(|(l, _)| display_width(l)), label_width);
    let lang_count_width = widest(language_counts.iter().map(|(_, n)| n.to_string().len()), usize::MAX);
    let lang_bars: Vec<Bar> = language_counts
        .into_iter()
        .enumerate()
        .map(|(rank, (lang, n))| {
            let chosen = languages_focused && rank == selected;
            let style = if chosen { theme.selected(true) } else { theme.style(Slot::LangTag) };
            let label = label_with_count(&lang, lang_width, &n.to_string(), lang_count_width);
            let label = if chosen { Line::styled(label, theme.selected(true)) } else { Line::from(label) };
            Bar::default().label(label).value(n).text_value(String::new()).style(style)
        })
        .collect();
    let title = Line::styled(" languages ", theme.title(languages_focused));
    frame.render_widget(horizontal_chart(title, lang_bars, languages_focused, app), langs_area);
    let script_counts = app.store.article_counts(ArticleFacet::Script).unwrap_or_default();
    let script_width = widest(script_counts.iter().map(|(s, _)| display_width(s)), label_width);
    let script_count_width = widest(script_counts.iter().map(|(_, n)| n.to_string().len()), usize::MAX);
    let script_bars: Vec<Bar> = script_counts
        .into_iter()
        .map(|(script, n)| {
            let label = label_with_count(&script, script_width, &n.to_string(), script_count_width);
            Bar::default().label(Line::from(label)).value(n).text_value(String::new())
        })
        .collect();
    frame.render_widget(horizontal_chart(Line::from(" scripts "), script_bars, false, app), scripts_area);
    if let (Some(timeline), Some(area)) = (timeline, timeline_area) {
        draw_timeline(frame, area, app, timeline, chosen_language.as_deref());
    }

    // the three entity charts, stacked
    let areas =
        Layout::vertical([Constraint::Ratio(1, 3), Constraint::Ratio(1, 3), Constraint::Ratio(1, 3)]).split(right);
    let name_width = (right.width as usize / 3).clamp(8, 24);
    for (i, kind) in CHARTS.into_iter().enumerate() {
        let focused = i == chart;
        // ranks are places in `top_entities`, which the chart cursor counts in
        let top: Vec<_> =
            top_entities(app, i).into_iter().enumerate().filter_map(|(rank, e)| Some((rank, app.entity(e)?))).collect();
        let names = widest(top.iter().map(|(_, entity)| display_width(&entity.name)), name_width);
        let counts = widest(top.iter().map(|(_, entity)| format!("{} art.", entity.articles).len()), usize::MAX);
        let bars: Vec<Bar> = top
            .into_iter()
            .map(|(rank, entity)| {
                let chosen = focused && rank == selected;
                let style: Style = if chosen { theme.selected(true) } else { theme.entity(kind) };
                let label = label_with_count(&entity.name, names, &format!("{} art.", entity.articles), counts);
                // the chosen bar's label in the selection's colours, as the bar
                let label = if chosen { Line::styled(label, theme.selected(true)) } else { Line::from(label) };
                Bar::default().label(label).value(entity.articles as u64).text_value(String::new()).style(style)
            })
            .collect();
        let title = Line::from(vec![
            Span::styled(format!(" {} ", plural(kind)), if focused { theme.title(true) } else { theme.title(false) }),
            Span::styled("by articles ", theme.style(Slot::Dim)),
        ]);
        frame.render_widget(horizontal_chart(title, bars, focused, app), areas[i]);
    }
}

/// Articles per day, week or month (whichever fits the width), of the
/// language chosen in the languages chart or of all; the span and the
/// undated articles in the title.
fn draw_timeline(frame: &mut Frame, area: Rect, app: &App, timeline: &Timeline, language: Option<&str>) {
    let theme = app.theme();
    let columns = area.width.saturating_sub(2) as usize;
    let bins = timeline.bins(columns, language);
    let (Some(&(first, _)), Some(&(last, _))) = (bins.bars.first(), bins.bars.last()) else { return };
    let mut title = format!(
        " articles per {} · {} · {} – {} ",
        bins.period.label(),
        language.unwrap_or("all languages"),
        dates::format_day(first),
        dates::format_day(last)
    );
    if bins.left_out > 0 {
        title.push_str(&format!("· {} earlier not shown ", bins.left_out));
    }
    if timeline.undated > 0 {
        title.push_str(&format!("· {} undated ", timeline.undated));
    }
    // as wide as the room allows, up to three columns a bar
    let bar_width = (columns / bins.bars.len().max(1)).clamp(1, 3) as u16;
    let gap = u16::from(bar_width > 1);
    let bar_width = bar_width - gap;
    let bars: Vec<Bar> = bins
        .bars
        .iter()
        .map(|&(_, n)| Bar::default().value(n).text_value(String::new()).style(theme.style(Slot::ScoreBar)))
        .collect();
    let chart = BarChart::default()
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border(false))
                .title(Line::styled(fit(&title, columns), theme.style(Slot::Dim))),
        )
        .bar_width(bar_width.max(1))
        .bar_gap(gap)
        .data(BarGroup::default().bars(&bars));
    frame.render_widget(chart, area);
}

fn plural(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "people",
        EntityKind::Location => "places",
        EntityKind::Organization => "organisations",
    }
}
