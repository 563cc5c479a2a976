//! Drawing: one file per pane, each `draw(frame, area, &App)`, pure over App.

pub mod card;
pub mod editor;
pub mod export;
pub mod help;
pub mod list;
pub mod loading;
pub mod overview;
pub mod related;
pub mod search;
pub mod status;
pub mod text;

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};

use super::app::{App, Overlay, Pane};
use super::bidi;

/// Where each pane goes. In a terminal too small for four panes (`compact`),
/// the focused pane takes the whole main area and the others are hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub main: Rect,
    pub list: Rect,
    pub text: Rect,
    pub search: Rect,
    pub related: Rect,
    pub status: Rect,
    pub compact: bool,
}

/// Smallest terminal that shows all four panes.
pub const MIN_FOUR_PANES: (u16, u16) = (60, 16);

pub fn layout(area: Rect, focus: Pane) -> Areas {
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    if area.width < MIN_FOUR_PANES.0 || area.height < MIN_FOUR_PANES.1 {
        let _ = focus;
        return Areas { main, list: main, text: main, search: main, related: main, status, compact: true };
    }
    // left: articles over related; right: text over search
    let left_pct = if area.width >= 120 { 34 } else { 40 };
    let [left, right] = Layout::horizontal([Constraint::Percentage(left_pct), Constraint::Min(20)]).areas(main);
    let [list, related] = Layout::vertical([Constraint::Percentage(50), Constraint::Min(4)]).areas(left);
    let search_height = (main.height * 2 / 5).clamp(5, 14);
    let [text, search] = Layout::vertical([Constraint::Min(5), Constraint::Length(search_height)]).areas(right);
    Areas { main, list, text, search, related, status, compact: false }
}

/// Draw the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let areas = layout(frame.area(), app.focus);
    let theme = app.theme();
    frame.render_widget(Block::default().style(theme.style(super::theme::Slot::Text)), frame.area());
    if app.load.progress.is_some() && app.store.is_empty() {
        loading::draw(frame, areas.main, app);
        status::draw(frame, areas.status, app);
        return;
    }
    let panes = [
        (Pane::List, areas.list),
        (Pane::Text, areas.text),
        (Pane::Search, areas.search),
        (Pane::Related, areas.related),
    ];
    for (pane, area) in panes {
        if areas.compact && pane != app.focus {
            continue;
        }
        match pane {
            Pane::List => list::draw(frame, area, app),
            Pane::Text => text::draw(frame, area, app),
            Pane::Search => search::draw(frame, area, app),
            Pane::Related => related::draw(frame, area, app),
        }
    }
    status::draw(frame, areas.status, app);
    match app.overlay {
        Overlay::None => {}
        Overlay::Help { .. } => help::draw(frame, frame.area(), app),
        Overlay::Card { .. } => card::draw(frame, areas.main, app),
        Overlay::Overview { .. } => overview::draw(frame, areas.main, app),
        Overlay::Editor { .. } => editor::draw(frame, areas.main, app),
        Overlay::Warnings { .. } => help::draw_warnings(frame, frame.area(), app),
        Overlay::Export => export::draw(frame, areas.main, app),
        // drawn by the status bar, in its place
        Overlay::Prompt(_) => {}
    }
}

/// A pane's frame: rounded when focused, the number key and title in the border.
pub fn pane_block<'a>(app: &App, pane: Pane, extra: Option<Span<'a>>) -> Block<'a> {
    let theme = app.theme();
    let focused = app.focus == pane;
    let number = Pane::ORDER.iter().position(|&p| p == pane).map(|i| i + 1).unwrap_or(0);
    let mut title = vec![Span::styled(format!(" {number} {} ", pane.title()), theme.title(focused))];
    if let Some(extra) = extra.filter(|e| !e.content.is_empty()) {
        // a title span is drawn in as many cells as unicode-width says it takes,
        // which counts an Arabic lam-alef pair as one column though the buffer
        // draws two: blanks at its end make up for it, else its last letters are cut
        let shortfall = super::wrap::display_width(&extra.content)
            .saturating_sub(unicode_width::UnicodeWidthStr::width(extra.content.as_ref()));
        let extra = if shortfall == 0 {
            extra
        } else {
            Span::styled(format!("{}{}", extra.content, " ".repeat(shortfall)), extra.style)
        };
        title.push(extra);
        title.push(Span::raw(" "));
    }
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused { BorderType::Thick } else { BorderType::Plain })
        .border_style(theme.border(focused))
        .title(Line::from(title))
}

/// A selected row: one foreground on the selection's background, whatever
/// colours its spans had (a coloured language tag or mark may be unreadable
/// on it); their bold, italic and underline stay, so entities and matches
/// still stand out.
pub fn selected_row(line: Line<'_>, style: Style) -> Line<'_> {
    let spans: Vec<Span> = line
        .spans
        .into_iter()
        .map(|mut span| {
            span.style.fg = None;
            span.style.bg = None;
            span
        })
        .collect();
    Line::from(spans).style(style)
}

/// A popup's area: `width` × `height`, centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height)]).flex(Flex::Center).areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center).areas(row);
    popup
}

/// A short line (a title, a snippet) in drawing order: right-to-left runs
/// reversed (see [`bidi::visual_spans`]), unless the terminal reorders by itself.
pub fn visual<'a>(app: &App, spans: Vec<Span<'a>>, direction: Option<bidi::Direction>) -> Vec<Span<'a>> {
    if app.reorder_bidi { bidi::visual_spans(spans, direction) } else { spans }
}

/// One string of one style (a title in a border) in drawing order.
pub fn visual_text(app: &App, text: String) -> String {
    visual(app, vec![Span::raw(text)], None).iter().map(|s| s.content.as_ref()).collect()
}

/// Split `text[start..end]` into spans styled by overlapping byte ranges
/// (later layers win). Each range is widened to whole grapheme clusters
/// first: a span that began with a combining mark (the `ु` of `पु`) would
/// be drawn as a cell of its own, or dropped, and the letter would vanish.
pub fn styled_segments<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    base: Style,
    layers: &[(usize, usize, Style)],
) -> Vec<Span<'a>> {
    let layers: Vec<(usize, usize, Style)> = layers
        .iter()
        .filter(|&&(s, e, _)| s < e && e <= text.len())
        .map(|&(s, e, style)| {
            let (s, e) = whole_clusters(text, s, e);
            (s, e, style)
        })
        .collect();
    let mut cuts: Vec<usize> = vec![start, end];
    for &(s, e, _) in &layers {
        for c in [s, e] {
            if c > start && c < end {
                cuts.push(c);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::new();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        if s >= e {
            continue;
        }
        let mut style = base;
        for &(ls, le, layer_style) in &layers {
            if ls <= s && e <= le {
                style = style.patch(layer_style);
            }
        }
        spans.push(Span::styled(&text[s..e], style));
    }
    spans
}

/// The byte range `start..end` of `text` widened to whole grapheme clusters.
pub fn whole_clusters(text: &str, start: usize, end: usize) -> (usize, usize) {
    use unicode_segmentation::GraphemeCursor;
    let end = end.min(text.len());
    let start = start.min(end);
    let boundary = |at: usize, forward: bool| {
        let mut cursor = GraphemeCursor::new(at, text.len(), true);
        match cursor.is_boundary(text, 0) {
            Ok(true) | Err(_) => at,
            Ok(false) => {
                let moved = if forward { cursor.next_boundary(text, 0) } else { cursor.prev_boundary(text, 0) };
                moved.ok().flatten().unwrap_or(at)
            }
        }
    };
    (boundary(start, false), boundary(end, true))
}

/// Trim a string to `width` columns, adding `…` when cut.
pub fn fit(s: &str, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    if super::wrap::display_width(s) <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = super::wrap::grapheme_width(g);
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// Human size: 812 B, 3.4k, 1.2M.
pub fn human_bytes(n: usize) -> String {
    match n {
        0..=999 => format!("{n}B"),
        1000..=999_999 => format!("{:.1}k", n as f64 / 1000.0),
        _ => format!("{:.1}M", n as f64 / 1_000_000.0),
    }
}

/// For a terminal without a UTF-8 locale: replace the interface's own
/// drawing characters (borders, bars, ellipses, arrows) by ASCII after a draw.
/// Article text is left as it is: it is still shown, as well as the terminal can.
pub fn asciify(buffer: &mut ratatui::buffer::Buffer) {
    for cell in buffer.content.iter_mut() {
        let mut chars = cell.symbol().chars();
        let (Some(c), None) = (chars.next(), chars.next()) else { continue };
        let ascii = match c {
            '─' | '━' | '═' => "-",
            '│' | '┃' | '║' => "|",
            '\u{2500}'..='\u{257f}' => "+",
            '█' | '▉' | '▊' | '▋' | '▌' | '▍' | '▎' | '▏' => "#",
            '░' | '▒' | '▓' => ".",
            '…' => "~",
            '×' => "x",
            '·' => ".",
            '↑' => "^",
            '↓' => "v",
            '←' => "<",
            '→' => ">",
            '•' => "*",
            '★' => "s",
            '✎' => "n",
            _ => continue,
        };
        cell.set_symbol(ascii);
    }
}

/// True when the locale (LC_ALL, else LC_CTYPE, else LANG) is not UTF-8.
pub fn locale_is_ascii(get: impl Fn(&str) -> Option<String>) -> bool {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .filter_map(&get)
        .find(|v| !v.is_empty())
        .unwrap_or_default()
        .to_ascii_lowercase();
    !(locale.contains("utf-8") || locale.contains("utf8"))
}

/// Make the buffer mean what the terminal will show.
///
/// A Devanagari conjunct such as `ष्ट्र` is one grapheme three columns wide,
/// so ratatui keeps it in one cell and treats the next two as hidden. The
/// terminal, though, puts each of its three letters in a cell of its own;
/// when the cluster is later overwritten by narrower text, ratatui rewrites
/// only the first cell and the other two letters stay on screen. Splitting
/// the cluster into one piece per column (a letter with its marks) makes
/// ratatui's cells the terminal's cells. Clusters with a genuinely wide
/// character (CJK, emoji) are left whole: there the terminal agrees.
///
/// A cluster whose hidden columns were drawn over afterwards (an overlay's
/// border, a pane's edge) is cut at that cell: the pieces that still fit are
/// kept, and a wide character that no longer fits becomes blanks, so what was
/// drawn over it stays where it was drawn.
pub fn split_wide_clusters(buffer: &mut ratatui::buffer::Buffer) {
    use unicode_width::UnicodeWidthChar;
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol().to_owned();
            let width = super::wrap::display_width(&symbol);
            if width < 2 {
                x += 1;
                continue;
            }
            // columns the cluster may still take: up to the first cell drawn over
            let room = (1..width)
                .take_while(|&i| x + (i as u16) < area.right() && is_hidden(&buffer[(x + i as u16, y)]))
                .count()
                + 1;
            let style = buffer[(x, y)].style();
            // pieces: a letter of width 1 with the zero-width marks after it
            let mut pieces: Vec<String> = Vec::new();
            for c in symbol.chars() {
                match (c.width().unwrap_or(0), pieces.last_mut()) {
                    (0, Some(last)) => last.push(c),
                    _ => pieces.push(c.to_string()),
                }
            }
            let splittable = !symbol.chars().any(|c| c.width().unwrap_or(0) > 1) && pieces.len() == width;
            if splittable {
                for (i, piece) in pieces.iter().take(room).enumerate() {
                    let cell = &mut buffer[(x + i as u16, y)];
                    cell.set_symbol(piece);
                    cell.set_style(style);
                }
            } else if room < width {
                for i in 0..room {
                    let cell = &mut buffer[(x + i as u16, y)];
                    cell.set_symbol(" ");
                    cell.set_style(style);
                }
            }
            x += room as u16;
        }
    }
}

/// A cell a wide symbol on its left hides: ratatui resets those to a blank.
fn is_hidden(cell: &ratatui::buffer::Cell) -> bool {
    cell.symbol() == " "
}
