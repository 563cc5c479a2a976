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
        // a title span is given as many cells as unicode-width says the whole
        // string takes, which counts an Arabic lam-alef pair as one column though
        // the buffer draws it a grapheme at a time, in two: blanks at its end make
        // up for it, else its last letters are cut (what the terminal draws wider
        // still is `split_wide_clusters`'s)
        let in_the_buffer: usize = unicode_segmentation::UnicodeSegmentation::graphemes(extra.content.as_ref(), true)
            .map(|g| usize::from(ratatui::buffer::CellWidth::cell_width(g)))
            .sum();
        let shortfall = in_the_buffer.saturating_sub(unicode_width::UnicodeWidthStr::width(extra.content.as_ref()));
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
/// Terminals (tmux, xterm, VTE) give each code point of a cluster its own
/// `wcwidth` columns; ratatui gives a grapheme cluster the columns
/// unicode-width gives the whole cluster. They differ three ways:
/// - a Devanagari conjunct such as `ष्ट्र` is one grapheme three columns
///   wide, kept in one cell: the terminal puts each of its letters in a cell
///   of its own, and when the cluster is later overwritten by narrower text
///   ratatui rewrites only the first cell and the other letters stay;
/// - a spacing vowel sign that extends its cluster (Bengali `া`, Tamil `ா`)
///   counts no column for unicode-width and one for the terminal, and an
///   emoji joined with ZWJ (`👨‍👩‍👧`) counts 2 for unicode-width and 2 per
///   person for tmux: ratatui writes the next cell at once, the terminal
///   puts it a column or more further, and the pane's border is pushed out;
/// - an emoji made wide by U+FE0F (`❤️`) counts 2 for unicode-width and 1
///   for most terminals.
///
/// Each row is laid out again the terminal's way: every cluster is cut into
/// pieces of one column-taking character with its marks (ZWJ and U+FE0F,
/// which terminals disagree on, are left out), each piece in a cell of its
/// own whose width ratatui is told when it counts otherwise. What the
/// terminal takes in more comes out of the blanks before the next border
/// or the row's end (a run of blanks keeps one, so words stay apart);
/// what does not fit there is cut, so borders stay where they were drawn.
pub fn split_wide_clusters(buffer: &mut ratatui::buffer::Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let start = buffer.index_of(area.left(), y);
        let row = &buffer.content[start..start + area.width as usize];
        if row.iter().all(|cell| cell.symbol().is_ascii()) {
            continue;
        }
        let laid = lay_row_as_the_terminal_does(row);
        buffer.content[start..start + area.width as usize].clone_from_slice(&laid);
    }
}

/// One row of cells laid out in the terminal's columns (see [`split_wide_clusters`]):
/// the borders where they were drawn, each stretch between them on its own.
fn lay_row_as_the_terminal_does(row: &[ratatui::buffer::Cell]) -> Vec<ratatui::buffer::Cell> {
    let mut out = Vec::with_capacity(row.len());
    let mut x = 0;
    while x < row.len() {
        if is_border(row[x].symbol()) {
            out.push(row[x].clone());
            x += 1;
            continue;
        }
        let end = (x..row.len()).find(|&i| is_border(row[i].symbol())).unwrap_or(row.len());
        lay_stretch(&row[x..end], &mut out);
        x = end;
    }
    out
}

/// A cell as ratatui laid it out, and as the terminal will draw it.
struct Drawn<'a> {
    cell: &'a ratatui::buffer::Cell,
    pieces: Vec<(String, usize)>,
    /// Columns it takes on the terminal.
    columns: usize,
}

/// Lay `cells` (between two borders) out the terminal's way at the end of `out`, in as many columns.
fn lay_stretch(cells: &[ratatui::buffer::Cell], out: &mut Vec<ratatui::buffer::Cell>) {
    use ratatui::buffer::{Cell, CellDiffOption, CellWidth};
    let mut drawn = Vec::new();
    let mut x = 0;
    while x < cells.len() {
        let cell = &cells[x];
        let ratatui_width = usize::from(cell.symbol().cell_width()).max(1);
        // the columns ratatui gave it: up to the first cell drawn over
        let given = 1 + (1..ratatui_width).take_while(|&i| x + i < cells.len() && cells[x + i].symbol() == " ").count();
        let pieces = terminal_pieces(cell.symbol());
        let columns = pieces.iter().map(|(_, columns)| columns).sum::<usize>();
        drawn.push(Drawn { cell, pieces, columns });
        x += given;
    }
    // the korpus panes lay out in the terminal's columns (`wrap::display_width`),
    // so the stretch is laid out again from its start: what the terminal takes
    // more than ratatui gave comes out of the blanks (or lines) ratatui left
    // at its end, then, from the right, out of all but the first of each run,
    // so words stay apart; what it takes less leaves blanks at its end
    let mut surplus = drawn.iter().map(|d| d.columns).sum::<usize>().saturating_sub(cells.len());
    let mut kept = vec![true; drawn.len()];
    for i in (0..drawn.len()).rev() {
        if surplus == 0 || !is_fill(drawn[i].cell.symbol()) {
            break;
        }
        kept[i] = false;
        surplus -= 1;
    }
    for i in (1..drawn.len()).rev() {
        if surplus == 0 {
            break;
        }
        if kept[i] && is_fill(drawn[i].cell.symbol()) && is_fill(drawn[i - 1].cell.symbol()) {
            kept[i] = false;
            surplus -= 1;
        }
    }
    let start = out.len();
    let blank = |style| {
        let mut cell = Cell::EMPTY;
        cell.set_style(style);
        cell
    };
    'cells: for (d, _) in drawn.iter().zip(&kept).filter(|(_, kept)| **kept) {
        let style = d.cell.style();
        for (piece, columns) in &d.pieces {
            // what still does not fit is cut: the border after it stays in its column
            if out.len() - start + columns > cells.len() {
                break 'cells;
            }
            let mut placed = d.cell.clone();
            placed.set_symbol(piece);
            // ratatui skips the columns it thinks a cell takes when it writes the row
            if usize::from(piece.cell_width()) != *columns
                && let Some(forced) = u16::try_from(*columns).ok().and_then(std::num::NonZeroU16::new)
            {
                placed.set_diff_option(CellDiffOption::ForcedWidth(forced));
            }
            out.push(placed);
            for _ in 1..*columns {
                out.push(blank(style));
            }
        }
    }
    // the end of the stretch as ratatui drew it: the row's style, a border's line
    let last = cells.last().cloned().unwrap_or_default();
    let fill = if is_fill(last.symbol()) { last } else { blank(last.style()) };
    while out.len() - start < cells.len() {
        out.push(fill.clone());
    }
}

/// Box drawing but the horizontal lines: the panes' corners and sides,
/// which stay where they are drawn.
fn is_border(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    matches!((chars.next(), chars.next()), (Some('\u{2500}'..='\u{257f}'), None)) && !is_fill(symbol)
}

/// A blank, or a horizontal line between a pane title and its corner:
/// what can give way to a cluster the terminal draws wider.
fn is_fill(symbol: &str) -> bool {
    matches!(symbol, " " | "─" | "━" | "═")
}

/// A cluster cut the way a terminal gives it columns: a piece per character
/// that takes columns, with the marks after it, and the columns it takes.
/// ZWJ and U+FE0F are left out (terminals disagree on what they join).
fn terminal_pieces(symbol: &str) -> Vec<(String, usize)> {
    let mut pieces: Vec<(String, usize)> = Vec::new();
    let wide = symbol.chars().any(|c| crate::tui::wrap::char_columns(c) > 1);
    for c in symbol.chars() {
        if c == '\u{FE0F}' || (c == '\u{200D}' && wide) {
            continue;
        }
        let columns = crate::tui::wrap::char_columns(c);
        match pieces.last_mut() {
            Some((piece, _)) if columns == 0 => piece.push(c),
            _ => pieces.push((c.to_string(), columns)),
        }
    }
    pieces.retain(|(_, columns)| *columns > 0);
    pieces
}
