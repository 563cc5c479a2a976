//! The text view: the selected article wrapped to the pane, entities coloured
//! by type, search hits and the visited entity highlighted, and a legend.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use korpus::entities::EntityKind;
use korpus::store::ArticleMeta;
use ratatui::style::Modifier;

use super::{fit, pane_block, styled_segments, visual_text};
use crate::tui::app::{App, Pane};
use crate::tui::bidi;
use crate::tui::theme::Slot;
use crate::tui::wrap::{display_width, grapheme_width};
use unicode_segmentation::UnicodeSegmentation;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let (article, text) = match (app.article(app.selected), app.store.text(app.selected)) {
        (Some(article), Ok(text)) => (article, text),
        (article, text) => {
            let message = match (article, text, &app.load.failed) {
                (Some(_), Err(e), _) => format!("the text cannot be shown: {e}"),
                (None, _, Some(why)) => why.clone(),
                _ => "no article".into(),
            };
            let block = pane_block(app, Pane::Text, None);
            frame.render_widget(Paragraph::new(message).block(block).wrap(ratatui::widgets::Wrap { trim: true }), area);
            return;
        }
    };
    let parts = text_layout(app, area);
    let (layout, _) = app.rows(parts.body.width.max(1) as usize);
    let body_height = parts.body.height as usize;
    // only the rows on screen are laid out (and the blocks before them counted)
    let rows = layout.rows(&text, app.text.scroll, body_height);
    // where the view is: always in the border, whatever the width; a huge
    // text's rows are counted as far as it has been read, and guessed beyond
    let (total, counted) = layout.len_so_far();
    let position = if !counted {
        format!("{}-{}/~{total}", app.text.scroll + 1, app.text.scroll + rows.len())
    } else if total > body_height {
        format!("{}-{}/{}", app.text.scroll + 1, (app.text.scroll + body_height).min(total), total)
    } else {
        format!("{} row{}", total, if total == 1 { "" } else { "s" })
    };
    // `G` waits for a worker to count the rows: said where the position is
    let position = match app.text.laying_out {
        Some(l) if l.article == app.selected => format!("{position} · laying out…"),
        _ => position,
    };
    let inner_width = area.width.saturating_sub(2) as usize;
    let border_title = if parts.header.height == 0 || title_opens_text(app) {
        // no title row in the header: the title goes in the border, before the
        // position, so it stays in sight when the text is scrolled
        let room = inner_width.saturating_sub(display_width(&position) + 14);
        if room >= 8 { format!("{} · {position}", visual_text(app, fit(&article.title, room))) } else { position }
    } else {
        position
    };
    let block = pane_block(app, Pane::Text, Some(Span::styled(border_title, theme.style(Slot::Dim))));
    frame.render_widget(block, area);
    if parts.body.height == 0 && parts.header.height == 0 {
        return;
    }
    frame.render_widget(Paragraph::new(header_lines(app, &article, parts.header)), parts.header);

    // the layers of what is on screen alone: a huge article has millions of mentions
    let visible = rows.first().map_or(0, |r| r.0)..rows.last().map_or(0, |r| r.1);
    let on_screen = |&(s, e): &(usize, usize)| e >= visible.start && s <= visible.end;
    let mentions = app.selected_mentions();
    let mut layers: Vec<(usize, usize, Style)> = mentions
        .iter()
        .filter(|m| on_screen(&m.span()))
        .map(|m| (m.start as usize, m.end as usize, theme.entity(m.kind)))
        .collect();
    // while a related article is chosen, underline what the two share
    if app.focus == Pane::Related
        && let Some(r) = app.related.items.get(app.related.selected)
    {
        let shared: Vec<usize> = r.shared.iter().map(|s| s.entity).collect();
        let mark = theme.style(Slot::SearchMatch);
        layers.extend(
            mentions
                .iter()
                .filter(|m| on_screen(&m.span()) && shared.contains(&m.entity()))
                .map(|m| (m.start as usize, m.end as usize, mark)),
        );
    }
    if let Some(h) = app.text.highlight.as_ref().filter(|h| h.article == app.selected) {
        layers.extend(h.ranges.iter().filter(|r| on_screen(r)).map(|&(s, e)| (s, e, theme.style(Slot::Hit))));
    }
    // words found: every match marked, the current one as a hit
    if let Some(find) = app.text.find.as_ref().filter(|f| f.article == app.selected) {
        for (i, &(s, e)) in find.matches.iter().enumerate() {
            if on_screen(&(s, e)) {
                let slot = if find.current == Some(i) { Slot::Hit } else { Slot::SearchMatch };
                layers.push((s, e, theme.style(slot)));
            }
        }
    }
    let lines: Vec<Line> =
        rows.iter().map(|&(s, e)| row_line(app, &text, s, e, parts.body.width as usize, &layers)).collect();
    frame.render_widget(Paragraph::new(lines), parts.body);
    frame.render_widget(Paragraph::new(legend(app, parts.legend.width as usize)), parts.legend);
}

/// One row of text, styled: in visual order when it holds right-to-left
/// letters (and the terminal is not trusted to reorder), right-aligned when
/// its paragraph is right-to-left.
fn row_line<'a>(
    app: &App,
    text: &'a str,
    start: usize,
    end: usize,
    width: usize,
    layers: &[(usize, usize, Style)],
) -> Line<'a> {
    let base = app.theme().style(Slot::Text);
    let Some(row) = app.reorder_bidi.then(|| bidi::visual_row(text, start, end)).flatten() else {
        return Line::from(styled_segments(text, start, end, base, layers));
    };
    let mut spans = Vec::new();
    for &(s, e, right_to_left) in &row.pieces {
        let piece = styled_segments(text, s, e, base, layers);
        spans.extend(if right_to_left { bidi::reversed(piece) } else { piece });
    }
    if row.right_to_left {
        // cell by cell, as the buffer draws them: a reversed `ال` reads as the ligature `لا` to unicode-width
        let used: usize = spans.iter().flat_map(|s| s.content.graphemes(true)).map(grapheme_width).sum();
        // the trailing space a wrap leaves at a row's end goes to the left edge: the row ends on the right
        spans.insert(0, Span::raw(" ".repeat(width.saturating_sub(used))));
    }
    Line::from(spans)
}

/// The text pane's inside: a header (title, language, date, source, link,
/// the note's first line), the text, and a legend row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextLayout {
    pub header: Rect,
    pub body: Rect,
    pub legend: Rect,
}

/// Header rows the pane has room for: all of them in a tall pane, the title
/// alone in a short one, none in a tiny one (the title then goes in the border).
pub fn text_layout(app: &App, area: Rect) -> TextLayout {
    let inner = Rect::new(area.x + 1, area.y + 1, area.width.saturating_sub(2), area.height.saturating_sub(2));
    let has_note = app.mark(app.selected).is_some_and(|m| !m.note.trim().is_empty());
    let title_row = !title_opens_text(app) as u16;
    let header_rows: u16 = match inner.height {
        0..=5 => 0,
        6..=9 => title_row.max(has_note as u16),
        _ => title_row + 1 + has_note as u16,
    };
    let legend_rows = inner.height.min(1);
    let body_rows = inner.height.saturating_sub(header_rows + legend_rows);
    TextLayout {
        header: Rect { height: header_rows, ..inner },
        body: Rect { y: inner.y + header_rows, height: body_rows, ..inner },
        legend: Rect { y: inner.y + header_rows + body_rows, height: legend_rows, ..inner },
    }
}

/// True when the text begins with its title (a headline as first line): the
/// header need not repeat it.
fn title_opens_text(app: &App) -> bool {
    match (app.article(app.selected), app.store.text(app.selected)) {
        // a title made of the opening words ends in `…`
        (Some(article), Ok(text)) => text.trim_start().starts_with(article.title.trim().trim_end_matches('…')),
        _ => false,
    }
}

/// The header's lines: the title (unless the text opens with it); `en Latn · 2024-06-19 · Reuters · https://…`;
/// `✎` and the note's first line.
fn header_lines<'a>(app: &App, article: &ArticleMeta<'_>, area: Rect) -> Vec<Line<'a>> {
    let theme = app.theme();
    let width = area.width as usize;
    let mut lines = Vec::new();
    if !title_opens_text(app) {
        let title = visual_text(app, fit(&article.title, width));
        lines.push(Line::styled(title, theme.style(Slot::Title).add_modifier(Modifier::BOLD)));
    }
    if lines.len() < area.height as usize {
        let mut meta = vec![Span::styled(
            format!("{} {}", article.language.code(), article.script.code()),
            theme.style(Slot::LangTag),
        )];
        let mut used = display_width(&format!("{} {}", article.language.code(), article.script.code()));
        for field in [&article.date, &article.source, &article.url].into_iter().flatten() {
            let room = width.saturating_sub(used + 3);
            if room < 4 {
                break;
            }
            let piece = fit(field, room);
            used += display_width(&piece) + 3;
            meta.push(Span::styled(" · ", theme.style(Slot::Dim)));
            meta.push(Span::styled(piece, theme.style(Slot::Dim)));
        }
        lines.push(Line::from(meta));
    }
    if lines.len() < area.height as usize
        && let Some(note) = app.mark(app.selected).and_then(|m| m.note.lines().find(|l| !l.trim().is_empty()))
    {
        lines.push(Line::styled(fit(&format!("✎ {}", note.trim()), width), theme.style(Slot::Warning)));
    }
    lines
}

/// `PER person  LOC place  ORG organisation`, each in its own style, with counts.
fn legend(app: &App, width: usize) -> Line<'static> {
    let theme = app.theme();
    let mentions = app.selected_mentions();
    let mut spans = Vec::new();
    for kind in EntityKind::ALL {
        let n = mentions.iter().filter(|m| m.kind == kind).count();
        let label =
            if width >= 50 { format!("{} {} {n}", kind.tag(), kind.label()) } else { format!("{} {n}", kind.tag()) };
        spans.push(Span::styled(label, theme.entity(kind)));
        spans.push(Span::raw("  "));
    }
    let key = app.keymap.hint(crate::tui::keymap::Layer::Text, &crate::tui::action::Action::NextEntity);
    if let Some(key) = key.filter(|_| width >= 60) {
        spans.push(Span::styled(format!("{key}: next entity"), theme.style(Slot::Dim)));
    }
    Line::from(spans)
}
