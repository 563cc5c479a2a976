//! Word wrapping that keeps byte offsets: each visual row is a byte range of
//! the original text, so entity and search highlights (byte ranges too) can be
//! laid onto rows, and a byte offset can be scrolled into view.
//! Widths come from unicode-width on grapheme clusters (Devanagari conjuncts,
//! combining marks and wide characters line up).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width of a string, grapheme by grapheme.
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

pub fn grapheme_width(g: &str) -> usize {
    g.width()
}

/// Wrap `text` to `width` columns. Rows exclude the newline; a blank line is an
/// empty row. Breaks after whitespace where possible, inside a word only when
/// the word alone is wider than the row.
pub fn wrap(text: &str, width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let line_end = line_start + line.len();
        wrap_line(text, line_start, line_end, width, &mut rows);
        line_start = line_end + 1;
    }
    rows
}

fn wrap_line(text: &str, start: usize, end: usize, width: usize, rows: &mut Vec<(usize, usize)>) {
    let line = &text[start..end];
    if line.is_empty() {
        rows.push((start, start));
        return;
    }
    let mut row_start = start;
    let mut row_width = 0;
    // last place a row may end: just after a whitespace grapheme
    let mut last_break: Option<(usize, usize)> = None; // (byte, width of the row up to it)
    for (offset, g) in line.grapheme_indices(true) {
        let at = start + offset;
        let w = grapheme_width(g);
        if row_width + w > width && at > row_start {
            match last_break.filter(|&(b, _)| b > row_start) {
                Some((b, bw)) => {
                    rows.push((row_start, b));
                    row_start = b;
                    row_width -= bw;
                    // the word carried over may itself be too wide with this grapheme
                    if row_width + w > width && at > row_start {
                        rows.push((row_start, at));
                        row_start = at;
                        row_width = 0;
                    }
                }
                None => {
                    rows.push((row_start, at));
                    row_start = at;
                    row_width = 0;
                }
            }
            last_break = None;
        }
        row_width += w;
        if g.chars().all(char::is_whitespace) {
            last_break = Some((at + g.len(), row_width));
        }
    }
    rows.push((row_start, end));
}

/// The row that contains byte `offset`.
pub fn row_of(rows: &[(usize, usize)], offset: usize) -> usize {
    match rows.binary_search_by(|&(s, _)| s.cmp(&offset)) {
        Ok(i) => i,
        Err(0) => 0,
        Err(i) => i - 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_text<'a>(text: &'a str, rows: &[(usize, usize)]) -> Vec<&'a str> {
        rows.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn wraps_at_spaces_and_keeps_offsets() {
        let text = "one two three four";
        let rows = wrap(text, 9);
        assert_eq!(rows_text(text, &rows), vec!["one two ", "three ", "four"]);
    }

    #[test]
    fn breaks_a_word_longer_than_the_row() {
        let text = "abcdefghij";
        assert_eq!(rows_text(text, &wrap(text, 4)), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn devanagari_conjuncts_are_never_split() {
        let text = "प्योंगयांग प्योंगयांग प्योंगयांग";
        for width in 1..20 {
            for (s, e) in wrap(text, width) {
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                // a row starts at a grapheme boundary
                assert!(text[s..].graphemes(true).next().is_none_or(|g| text[s..].starts_with(g)));
            }
        }
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let text = "日本語の文章";
        let rows = wrap(text, 4);
        assert_eq!(rows_text(text, &rows), vec!["日本", "語の", "文章"]);
    }

    #[test]
    fn blank_lines_are_rows_and_row_of_finds_offsets() {
        let text = "ab\n\ncd";
        let rows = wrap(text, 10);
        assert_eq!(rows, vec![(0, 2), (3, 3), (4, 6)]);
        assert_eq!(row_of(&rows, 5), 2);
        assert_eq!(row_of(&rows, 0), 0);
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn rows_cover_the_text_in_order_on_boundaries_and_fit(text in "[a-z \u{900}-\u{97f}日本\n]{0,80}", width in 1usize..30) {
            let rows = wrap(&text, width);
            let mut last_end = 0;
            for &(s, e) in &rows {
                prop_assert!(s >= last_end && s <= e && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                // a row is wider than the pane only when it is a single grapheme
                let row = &text[s..e];
                prop_assert!(display_width(row) <= width || row.graphemes(true).count() == 1);
                last_end = e;
            }
        }
    }
}
