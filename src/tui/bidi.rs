//! Right-to-left text (Arabic, Persian, Hebrew) in a terminal that draws
//! cells left to right: each displayed row is put in visual order with the
//! Unicode bidirectional algorithm (the unicode-bidi crate), so it reads
//! right. Rows stay byte ranges of the article: a row becomes pieces of it in
//! the order they are drawn, and styles (entities, hits) are looked up by
//! those bytes, so colours stay on their words. Terminals that reorder by
//! themselves are told `bidi = "terminal"` in config.toml.

use std::borrow::Cow;

use ratatui::text::Span;
pub use unicode_bidi::Direction;
use unicode_bidi::{Level, ParagraphBidiInfo, get_base_direction};
use unicode_segmentation::UnicodeSegmentation;

/// A row of text in drawing order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualRow {
    /// Byte ranges of the text, left to right on screen; `true` when the
    /// piece's letters are drawn right to left (reversed).
    pub pieces: Vec<(usize, usize, bool)>,
    /// The row belongs to a right-to-left paragraph: it is aligned right.
    pub right_to_left: bool,
}

/// Whether `text` holds a character of a right-to-left script (a cheap test
/// before the algorithm runs).
fn may_hold_rtl(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
    })
}

/// How far back a row's paragraph start is looked for, and how much of the
/// paragraph decides its direction: a bound, for 50 MB lines.
const LOOK_BACK: usize = 64 * 1024;
const DIRECTION_SAMPLE: usize = 4 * 1024;

/// The row `text[start..end]` in visual order, or `None` when it is all
/// left to right (drawn as it is). The paragraph's direction comes from its
/// first strong letter, as the algorithm says (a Latin name opening an
/// Arabic row does not turn the row around).
pub fn visual_row(text: &str, start: usize, end: usize) -> Option<VisualRow> {
    let row = text.get(start..end)?;
    if !may_hold_rtl(row) {
        return None;
    }
    let paragraph_start = {
        let from = floor_boundary(text, start.saturating_sub(LOOK_BACK));
        text[from..start].rfind('\n').map_or(from, |i| from + i + 1)
    };
    let level = match paragraph_direction(&text[paragraph_start..]) {
        Direction::Rtl => Level::rtl(),
        _ => Level::ltr(),
    };
    let info = ParagraphBidiInfo::new(row, Some(level));
    let (levels, runs) = info.visual_runs(0..row.len());
    let pieces = runs
        .into_iter()
        .filter(|run| run.start < run.end)
        .map(|run| (start + run.start, start + run.end, levels[run.start].is_rtl()))
        .collect();
    Some(VisualRow { pieces, right_to_left: level.is_rtl() })
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The direction of a paragraph: its first strong letter's (from a bounded
/// sample), left to right when it has none.
pub fn paragraph_direction(text: &str) -> Direction {
    let sample = &text[..floor_boundary(text, text.len().min(DIRECTION_SAMPLE))];
    match get_base_direction(sample) {
        Direction::Rtl => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// One short line (a title, a search snippet) given as styled spans in
/// reading order, in drawing order: runs of right-to-left letters reversed,
/// each piece keeping its span's style, so a match stays coloured on its
/// word. `direction` is the paragraph's the line comes from (a snippet cut
/// from an Arabic line opening with a Latin name is still Arabic); `None`:
/// the line's own. Lines without right-to-left letters come back unchanged.
pub fn visual_spans<'a>(spans: Vec<Span<'a>>, direction: Option<Direction>) -> Vec<Span<'a>> {
    let line: String = spans.iter().map(|s| s.content.as_ref()).collect();
    if !may_hold_rtl(&line) {
        return spans;
    }
    let level = match direction.unwrap_or_else(|| paragraph_direction(&line)) {
        Direction::Rtl => Level::rtl(),
        _ => Level::ltr(),
    };
    // each span's byte range in the line
    let mut bounds = Vec::with_capacity(spans.len());
    let mut at = 0;
    for span in &spans {
        bounds.push((at, at + span.content.len(), span.style));
        at += span.content.len();
    }
    let info = ParagraphBidiInfo::new(&line, Some(level));
    let (levels, runs) = info.visual_runs(0..line.len());
    let mut out = Vec::new();
    for run in runs.into_iter().filter(|run| run.start < run.end) {
        let pieces: Vec<Span<'static>> = bounds
            .iter()
            .filter(|&&(s, e, _)| s < run.end && e > run.start)
            .map(|&(s, e, style)| Span::styled(line[s.max(run.start)..e.min(run.end)].to_owned(), style))
            .collect();
        out.extend(if levels[run.start].is_rtl() { reversed(pieces) } else { pieces });
    }
    out
}

/// Spans of a right-to-left piece, drawn left to right: the spans in
/// reverse order, each one's grapheme clusters reversed (a letter keeps its
/// marks), brackets mirrored.
pub fn reversed<'a>(spans: Vec<Span<'a>>) -> Vec<Span<'a>> {
    spans
        .into_iter()
        .rev()
        .map(|span| {
            let text: String = span.content.graphemes(true).rev().map(mirrored).collect();
            Span::styled(Cow::Owned(text), span.style)
        })
        .collect()
}

/// Paired brackets face the other way in right-to-left text (Unicode's
/// Bidi_Mirrored, for the pairs news text uses).
fn mirrored(grapheme: &str) -> &str {
    match grapheme {
        "(" => ")",
        ")" => "(",
        "[" => "]",
        "]" => "[",
        "{" => "}",
        "}" => "{",
        "<" => ">",
        ">" => "<",
        "«" => "»",
        "»" => "«",
        "‹" => "›",
        "›" => "‹",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The row as drawn, piece by piece.
    fn drawn(text: &str) -> String {
        let Some(row) = visual_row(text, 0, text.len()) else { return text.to_owned() };
        row.pieces
            .iter()
            .map(
                |&(s, e, rtl)| {
                    if rtl { text[s..e].graphemes(true).rev().map(mirrored).collect() } else { text[s..e].to_owned() }
                },
            )
            .collect()
    }

    #[test]
    fn left_to_right_rows_are_left_alone() {
        assert_eq!(visual_row("Lavrov in Pyongyang 李英浩", 0, 29), None);
    }

    #[test]
    fn an_arabic_row_is_drawn_right_to_left_with_a_latin_name_kept_in_reading_order() {
        let text = "التقى لافروف (Lavrov) في بيونغ يانغ";
        let row = visual_row(text, 0, text.len()).unwrap();
        assert!(row.right_to_left);
        let shown = drawn(text);
        // the last word read is leftmost; the Latin name reads left to right, in brackets facing right
        assert!(shown.starts_with("غناي غنويب"), "{shown}");
        assert!(shown.contains("(Lavrov)"), "{shown}");
        assert!(shown.ends_with("ىقتلا"), "{shown}");
        // every byte of the row is in exactly one piece
        let mut covered: Vec<(usize, usize)> = row.pieces.iter().map(|&(s, e, _)| (s, e)).collect();
        covered.sort();
        assert_eq!(covered.first().unwrap().0, 0);
        assert_eq!(covered.last().unwrap().1, text.len());
        assert!(covered.windows(2).all(|w| w[0].1 == w[1].0));
    }

    #[test]
    fn a_paragraph_takes_its_direction_from_its_first_letters_not_the_row() {
        // the second row opens with a Latin word but belongs to an Arabic paragraph
        let text = "قال الوزير إن\nKCNA ذكرت";
        let second = text.find("KCNA").unwrap();
        let row = visual_row(text, second, text.len()).unwrap();
        assert!(!row.right_to_left, "a new paragraph opening with Latin is left to right");
        let text = "قال الوزير إن KCNA ذكرت";
        let at = text.find("KCNA").unwrap();
        assert!(visual_row(text, at, text.len()).unwrap().right_to_left, "a wrapped row of an Arabic paragraph");
    }

    #[test]
    fn a_short_line_keeps_each_style_on_its_letters_and_a_cut_start_on_the_right() {
        use ratatui::style::Style;
        let marked = Style::new().underlined();
        let spans = vec![Span::raw("…"), Span::raw("נפגש "), Span::styled("לברוב", marked), Span::raw(" אמר")];
        let drawn = visual_spans(spans, Some(Direction::Rtl));
        let text: String = drawn.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "רמא בורבל שגפנ…");
        let underlined: String = drawn.iter().filter(|s| s.style == marked).map(|s| s.content.as_ref()).collect();
        assert_eq!(underlined, "בורבל");
        // Latin alone is left as it was, styles and all
        let latin = vec![Span::raw("Lavrov "), Span::styled("met", marked)];
        assert_eq!(visual_spans(latin.clone(), None), latin);
    }

    #[test]
    fn combining_marks_stay_on_their_letter_when_reversed() {
        let spans = reversed(vec![Span::raw("مُحَمَّد")]);
        let letters: Vec<&str> = spans[0].content.graphemes(true).collect();
        assert_eq!(letters, ["د", "مَّ", "حَ", "مُ"]);
    }
}
