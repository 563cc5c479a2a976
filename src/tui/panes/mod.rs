//! Drawing: one file per pane, each `draw(frame, area, &App)`, pure over App.

pub mod card;
pub mod editor;
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
    if app.load.progress.is_some() && app.corpus.is_empty() {
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
    }
}

/// A pane's frame: rounded when focused, the number key and title in the border.
pub fn pane_block<'a>(app: &App, pane: Pane, extra: Option<Span<'a>>) -> Block<'a> {
    let theme = app.theme();
    let focused = app.focus == pane;
    let number = Pane::ORDER.iter().position(|&p| p == pane).map(|i| i + 1).unwrap_or(0);
    let mut title = vec![Span::styled(format!(" {number} {} ", pane.title()), theme.title(focused))];
    if let Some(extra) = extra {
        title.push(extra);
        title.push(Span::raw(" "));
    }
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused { BorderType::Thick } else { BorderType::Plain })
        .border_style(theme.border(focused))
        .title(Line::from(title))
}

/// A popup's area: `width` × `height`, centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height)]).flex(Flex::Center).areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center).areas(row);
    popup
}

/// Split `text[start..end]` into spans styled by overlapping byte ranges
/// (later layers win), cutting only at char boundaries.
pub fn styled_segments<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    base: Style,
    layers: &[(usize, usize, Style)],
) -> Vec<Span<'a>> {
    let mut cuts: Vec<usize> = vec![start, end];
    for &(s, e, _) in layers {
        for c in [s, e] {
            if c > start && c < end && text.is_char_boundary(c) {
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
        for &(ls, le, layer_style) in layers {
            if ls <= s && e <= le {
                style = style.patch(layer_style);
            }
        }
        spans.push(Span::styled(&text[s..e], style));
    }
    spans
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

/// Give each column of a wide grapheme cluster its own cell.
///
/// A Devanagari conjunct such as `ष्ट्र` is one grapheme three columns wide,
/// so ratatui keeps it in one cell and treats the next two as hidden. The
/// terminal, though, puts each of its three letters in a cell of its own;
/// when the cluster is later overwritten by narrower text, ratatui rewrites
/// only the first cell and the other two letters stay on screen. Splitting
/// the cluster into one piece per column (a letter with its marks) makes
/// ratatui's cells the terminal's cells. Clusters with a genuinely wide
/// character (CJK, emoji) are left whole: there the terminal agrees.
pub fn split_wide_clusters(buffer: &mut ratatui::buffer::Buffer) {
    use unicode_width::UnicodeWidthChar;
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol().to_owned();
            let width = super::wrap::display_width(&symbol);
            if width < 2 || symbol.chars().any(|c| c.width().unwrap_or(0) > 1) || x + width as u16 > area.right() {
                x += 1;
                continue;
            }
            // pieces: a letter of width 1 with the zero-width marks after it
            let mut pieces: Vec<String> = Vec::new();
            for c in symbol.chars() {
                match (c.width().unwrap_or(0), pieces.last_mut()) {
                    (0, Some(last)) => last.push(c),
                    _ => pieces.push(c.to_string()),
                }
            }
            if pieces.len() != width {
                x += 1;
                continue;
            }
            let style = buffer[(x, y)].style();
            for (i, piece) in pieces.iter().enumerate() {
                let cell = &mut buffer[(x + i as u16, y)];
                cell.set_symbol(piece);
                cell.set_style(style);
            }
            x += width as u16;
        }
    }
}
