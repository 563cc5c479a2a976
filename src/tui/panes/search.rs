//! The search pane: the input box and the hits, best first, each marked with
//! what matched and the article's language, matched characters highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use korpus::search::{Hit, HitKind};

use super::list::first_visible;
use super::{pane_block, styled_segments};
use crate::tui::app::{App, Pane};
use crate::tui::theme::Slot;
use crate::tui::wrap::display_width;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let focused = app.focus == Pane::Search;
    let status = if !app.load.analysis_ready {
        "indexing…".to_owned()
    } else if app.search.busy {
        "searching…".to_owned()
    } else if app.search.query().trim().is_empty() {
        String::new()
    } else {
        format!("{} hits", app.search.hits.len())
    };
    let block = pane_block(app, Pane::Search, Some(Span::styled(status, theme.style(Slot::Dim))));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    let input_area = Rect { height: 1, ..inner };
    let prompt = Rect { width: 2.min(input_area.width), ..input_area };
    frame.render_widget(Paragraph::new("/ ").style(theme.style(Slot::TitleFocused)), prompt);
    let field =
        Rect { x: input_area.x + prompt.width, width: input_area.width.saturating_sub(prompt.width), ..input_area };
    let mut input = app.search.input.clone();
    input.set_style(theme.style(Slot::Text));
    input.set_placeholder_style(theme.style(Slot::Dim));
    input.set_cursor_style(if focused { theme.style(Slot::Selected) } else { theme.style(Slot::Text) });
    frame.render_widget(&input, field);

    let results = Rect { y: inner.y + 1, height: inner.height.saturating_sub(1), ..inner };
    let height = results.height as usize;
    let width = results.width as usize;
    let top = first_visible(app.search.selected, height);
    let lines: Vec<Line> = app
        .search
        .hits
        .iter()
        .enumerate()
        .skip(top)
        .take(height)
        .map(|(i, hit)| {
            let line = hit_line(app, hit, width);
            if i == app.search.selected { line.style(theme.selected(focused)) } else { line }
        })
        .collect();
    if lines.is_empty() && !app.search.query().trim().is_empty() && !app.search.busy {
        frame.render_widget(Paragraph::new("no matches").style(theme.style(Slot::Dim)), results);
    } else {
        frame.render_widget(Paragraph::new(lines), results);
    }
}

/// `title ru  Россия и Северная Корея…`: kind, language, the matched text
/// shown around its first match so the highlight is on screen.
fn hit_line<'a>(app: &'a App, hit: &Hit, width: usize) -> Line<'a> {
    let theme = app.theme();
    let article = &app.corpus.articles[hit.article];
    let kind = match hit.kind {
        HitKind::Title => "title ",
        HitKind::Entity => "entity",
        HitKind::Text => "text  ",
    };
    let mut spans = vec![
        Span::styled(format!("{kind} "), theme.style(Slot::Dim)),
        Span::styled(format!("{:<3}", article.language.code()), theme.style(Slot::LangTag)),
    ];
    let room = width.saturating_sub(11);
    let text = &article.text;
    // start a little before the first match so it is on screen
    let first = hit.matched.first().map(|&(s, _)| s).unwrap_or(hit.start).max(hit.start);
    let mut start = hit.start;
    if display_width(&text[hit.start..first]) > room / 3 {
        start = first;
        let mut back = 0;
        for (i, c) in text[hit.start..first].char_indices().rev() {
            back += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if back > room / 4 {
                break;
            }
            start = hit.start + i;
        }
        spans.push(Span::styled("…", theme.style(Slot::Dim)));
    }
    let mut end = start;
    let mut used = 0;
    for (i, c) in text[start..hit.end].char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        end = start + i + c.len_utf8();
    }
    // whole graphemes only: never end inside a conjunct
    while end < hit.end && !is_grapheme_end(text, end) {
        end -= text[..end].chars().next_back().map(char::len_utf8).unwrap_or(1);
    }
    let matched: Vec<(usize, usize, ratatui::style::Style)> =
        hit.matched.iter().map(|&(s, e)| (s, e, theme.style(Slot::SearchMatch))).collect();
    let base = if hit.kind == HitKind::Entity {
        theme.entity(app.analysis.entities.entities[hit.entity.unwrap_or(0)].kind)
    } else {
        theme.style(Slot::Text)
    };
    spans.extend(styled_segments(text, start, end.max(start), base, &matched));
    if hit.kind == HitKind::Entity
        && let Some(e) = hit.entity
    {
        spans.push(Span::styled(format!("  {}", app.analysis.entities.entities[e].name), theme.style(Slot::Dim)));
    }
    Line::from(spans)
}

fn is_grapheme_end(text: &str, at: usize) -> bool {
    use unicode_segmentation::GraphemeCursor;
    let mut cursor = GraphemeCursor::new(at, text.len(), true);
    cursor.is_boundary(text, 0).unwrap_or(true)
}
