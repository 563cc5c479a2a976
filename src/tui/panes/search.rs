//! The search pane: the input box and the hits, best first, each marked with
//! what matched and the article's language, matched characters highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use korpus::search::{Hit, HitKind};

use unicode_segmentation::UnicodeSegmentation;

use super::list::first_visible;
use super::{fit, pane_block, selected_row, styled_segments, visual, whole_clusters};
use crate::tui::app::{App, Pane};
use crate::tui::bidi;
use crate::tui::theme::Slot;
use crate::tui::wrap::{display_width, grapheme_width};

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let focused = app.focus == Pane::Search;
    let block = pane_block(app, Pane::Search, Some(Span::styled(count_label(app), theme.style(Slot::Dim))));
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
            if i == app.search.selected { selected_row(line, theme.selected(focused)) } else { line }
        })
        .collect();
    let typed = !app.search.query().trim().is_empty();
    // what failed is said in place of hits: an empty list would read as "no matches"
    let failure = match (&app.load.failed, &app.search.failed) {
        (Some(why), _) => Some(format!("nothing to search: {why}")),
        (None, Some(why)) if typed => Some(format!("the search failed: {why}")),
        _ => None,
    };
    if let Some(failure) = failure {
        frame.render_widget(
            Paragraph::new(failure).style(theme.style(Slot::Warning)).wrap(ratatui::widgets::Wrap { trim: true }),
            results,
        );
    } else if lines.is_empty() && typed && !app.load.text_search_ready {
        let message = "the search index is still being built: the query runs as soon as it is ready";
        frame.render_widget(
            Paragraph::new(message).style(theme.style(Slot::Dim)).wrap(ratatui::widgets::Wrap { trim: true }),
            results,
        );
    } else if lines.is_empty() && typed && !app.search.busy && !app.load.analysis_ready {
        let message = "no matches in titles or text; entity names are searched once they are recognised";
        frame.render_widget(
            Paragraph::new(message).style(theme.style(Slot::Dim)).wrap(ratatui::widgets::Wrap { trim: true }),
            results,
        );
    } else if lines.is_empty() && typed && !app.search.busy {
        frame.render_widget(Paragraph::new("no matches").style(theme.style(Slot::Dim)), results);
    } else {
        frame.render_widget(Paragraph::new(lines), results);
    }
}

/// The pane title's count: every hit the query has, and how many are listed
/// when that is fewer.
fn count_label(app: &App) -> String {
    let search = &app.search;
    if app.load.failed.is_some() {
        "no corpus".to_owned()
    } else if search.failed.is_some() && !search.query().trim().is_empty() {
        "failed".to_owned()
    } else if !app.load.text_search_ready {
        "building the index…".to_owned()
    } else if !app.load.analysis_ready {
        // titles and text are searched; say what is not yet
        let hits = hits_label(search);
        let pending = "entity names once analysed";
        if hits.is_empty() { pending.to_owned() } else { format!("{hits} · {pending}") }
    } else {
        hits_label(search)
    }
}

/// `12 hits`, `3+ hits, searching…`: how far the query in hand has got.
fn hits_label(search: &crate::tui::app::SearchState) -> String {
    if search.query().trim().is_empty() {
        String::new()
    } else if search.busy {
        if search.hits.is_empty() {
            "searching…".to_owned()
        } else {
            format!("{}+ hits, searching…", search.hits.len())
        }
    } else if search.total > search.hits.len() {
        format!("{} hits · best {} listed", thousands(search.total), search.hits.len())
    } else if search.total == 1 {
        "1 hit".to_owned()
    } else {
        format!("{} hits", thousands(search.total))
    }
}

/// `1668` → `1,668`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Columns before the snippet: the kind (`entity `) and the language (`ru `).
const LEAD: usize = 11;

/// `text   ru  Москва и Пхеньян…   Россия и Северная Корея…`: kind, language,
/// the matched text (whole when it fits, else around its first match, `…`
/// where it is cut), and the article it comes from.
fn hit_line<'a>(app: &'a App, hit: &'a Hit, width: usize) -> Line<'a> {
    let theme = app.theme();
    let Some(article) = app.article(hit.article) else { return Line::default() };
    // a title given by the corpus (JSON Lines `title`) that is not in the text
    // leaves the text's first line in the title's place: that line is shown
    // for what it is, with the article's title beside it
    let kind =
        if hit.kind == HitKind::Title && !is_title_line(&article.title, &hit.text) { HitKind::Text } else { hit.kind };
    let kind_label = match kind {
        HitKind::Title => "title ",
        HitKind::Entity => "entity",
        HitKind::Text => "text  ",
    };
    let mut spans = vec![
        Span::styled(format!("{kind_label} "), theme.style(Slot::Dim)),
        Span::styled(format!("{:<3} ", article.language.code()), theme.style(Slot::LangTag)),
    ];
    let room = width.saturating_sub(LEAD + 1);
    // the article a text or entity hit comes from: its title when there is room, else its number
    let source = match kind {
        HitKind::Title => None,
        _ if room >= 48 => Some(fit(&article.title, (room / 3).min(36))),
        _ => Some(format!("#{}", hit.article + 1)),
    };
    let entity = hit.entity.and_then(|e| app.entity(e));
    let name =
        entity.as_ref().filter(|e| hit.kind == HitKind::Entity && e.name != hit.text).map(|e| format!(" = {}", e.name));
    let reserved = source.as_ref().map_or(0, |s| display_width(s) + 2);
    let snippet_room = room.saturating_sub(reserved + name.as_ref().map_or(0, |n| display_width(n).min(room / 4)));
    // the hit's own text: offsets into the article become offsets into it
    let text = hit.text.as_str();
    let local = |offset: usize| offset.saturating_sub(hit.start).min(text.len());
    let first_match = hit.matched.first().map(|&(s, e)| (local(s), local(e))).unwrap_or((0, text.len()));
    let window = snippet_window(text, (0, text.len()), first_match, snippet_room);
    // the snippet in reading order, `…` where cut, then in drawing order as a
    // whole: a cut at the start of an Arabic line shows on its right
    let mut snippet = Vec::new();
    if window.cut_left {
        snippet.push(Span::styled("…", theme.style(Slot::Dim)));
    }
    let matched: Vec<(usize, usize, ratatui::style::Style)> =
        hit.matched.iter().map(|&(s, e)| (local(s), local(e), theme.style(Slot::SearchMatch))).collect();
    let base = match entity {
        Some(e) if hit.kind == HitKind::Entity => theme.entity(e.kind),
        _ => theme.style(Slot::Text),
    };
    snippet.extend(styled_segments(text, window.start, window.end, base, &matched));
    if window.cut_right {
        snippet.push(Span::styled("…", theme.style(Slot::Dim)));
    }
    // the direction of the hit's whole line, not of the piece shown
    spans.extend(visual(app, snippet, Some(bidi::paragraph_direction(text))));
    let mut used = LEAD + 1 + window.width;
    if let Some(name) = name {
        let name = fit(&name, room.saturating_sub(window.width + reserved));
        used += display_width(&name);
        spans.push(Span::styled(name, theme.style(Slot::Dim)));
    }
    if let Some(source) = source {
        let pad = width.saturating_sub(used + display_width(&source)).max(2);
        spans.push(Span::raw(" ".repeat(pad)));
        spans.extend(visual(app, vec![Span::styled(source, theme.style(Slot::Dim))], None));
    }
    Line::from(spans)
}

/// Is `line` where `title` was taken from? A title derived from the text is
/// its first line or sentence, perhaps cut with `…` or without Markdown's
/// marks: its letters and digits begin the line's.
pub fn is_title_line(title: &str, line: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    letters(line).starts_with(&letters(title))
}

/// What part of a hit's unit (a title, a line, a mention) a row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnippetWindow {
    pub start: usize,
    pub end: usize,
    pub cut_left: bool,
    pub cut_right: bool,
    /// Columns the snippet takes, its `…` included.
    pub width: usize,
}

/// The part of `text[unit]` to show in `room` columns: all of it when it
/// fits; else from its start when the first match is then on screen; else
/// from a little before the first match. Cuts fall between grapheme clusters
/// and are marked with `…` (one column each).
pub fn snippet_window(text: &str, unit: (usize, usize), first_match: (usize, usize), room: usize) -> SnippetWindow {
    let (unit_start, unit_end) = whole_clusters(text, unit.0, unit.1);
    let whole = display_width(&text[unit_start..unit_end]);
    if whole <= room {
        return SnippetWindow { start: unit_start, end: unit_end, cut_left: false, cut_right: false, width: whole };
    }
    let (match_start, match_end) = whole_clusters(text, first_match.0.max(unit_start), first_match.1.min(unit_end));
    // from the start, if the first match then ends before the right `…`
    let start = if display_width(&text[unit_start..match_end.max(unit_start)]) < room {
        unit_start
    } else {
        // else a quarter of the room of context before the match
        let mut start = match_start;
        let mut back = 0;
        for (offset, g) in text[unit_start..match_start].grapheme_indices(true).rev() {
            back += grapheme_width(g);
            if back > room / 4 {
                break;
            }
            start = unit_start + offset;
        }
        start
    };
    let cut_left = start > unit_start;
    // `…Sergey`, not `… Sergey`
    let start = if cut_left {
        start + (text[start..match_start].len() - text[start..match_start].trim_start().len())
    } else {
        start
    };
    let mut available = room.saturating_sub(cut_left as usize);
    let rest = display_width(&text[start..unit_end]);
    let cut_right = rest > available;
    if cut_right {
        available = available.saturating_sub(1);
    }
    let mut end = start;
    let mut used = 0;
    for (offset, g) in text[start..unit_end].grapheme_indices(true) {
        let w = grapheme_width(g);
        if used + w > available {
            break;
        }
        used += w;
        end = start + offset + g.len();
    }
    // `four…`, not `four …`
    if cut_right {
        let kept = text[start..end].trim_end();
        used -= display_width(&text[start + kept.len()..end]);
        end = start + kept.len();
    }
    SnippetWindow { start, end, cut_left, cut_right, width: used + cut_left as usize + cut_right as usize }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, w: SnippetWindow) -> String {
        format!("{}{}{}", if w.cut_left { "…" } else { "" }, &text[w.start..w.end], if w.cut_right { "…" } else { "" })
    }

    #[test]
    fn a_line_that_fits_is_shown_whole_even_when_the_match_is_far_right() {
        let text = "сотрудничества между Москвой и Пхеньяном";
        let m = text.find("Пхеньяном").unwrap();
        let w = snippet_window(text, (0, text.len()), (m, m + "Пхеньяном".len()), 60);
        assert_eq!(shown(text, w), text);
    }

    #[test]
    fn a_long_line_is_cut_with_an_ellipsis_on_each_cut_side() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let m = text.find("eight").unwrap();
        // the match is on screen from the start: only the right is cut
        let w = snippet_window(text, (0, text.len()), (0, 3), 20);
        assert_eq!(shown(text, w), "one two three four…");
        assert_eq!(w.width, 19);
        // a match far right: context before it, both sides cut
        let w = snippet_window(text, (0, text.len()), (m, m + 5), 20);
        let s = shown(text, w);
        assert!(s.starts_with('…') && s.ends_with('…') && s.contains("eight"), "{s}");
        assert!(display_width(&s) <= 20, "{s}");
    }

    #[test]
    fn snippets_never_start_or_end_inside_a_devanagari_cluster() {
        let text = "रूसी राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरियाई नेता किम जोंग उन प्योंगयांग पहुंचे";
        let m = text.find("प्योंग").unwrap();
        for room in 5..40 {
            let w = snippet_window(text, (0, text.len()), (m, m + 3), room);
            assert_eq!(whole_clusters(text, w.start, w.end), (w.start, w.end), "room {room}");
            assert!(w.width <= room, "room {room}: {}", shown(text, w));
        }
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1668), "1,668");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
