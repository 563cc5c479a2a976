//! Word wrapping that keeps byte offsets: each visual row is a byte range of
//! the original text, so entity and search highlights (byte ranges too) can be
//! laid onto rows, and a byte offset can be scrolled into view.
//! Widths come from unicode-width on grapheme clusters (Devanagari conjuncts,
//! combining marks and wide characters line up).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthChar;

/// Display width of a string, grapheme by grapheme.
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

/// Columns a terminal gives a grapheme cluster: tmux, xterm and VTE add up
/// each code point's `wcwidth`. unicode-width's width of the whole cluster
/// differs for an emoji sequence joined with ZWJ or made wide by U+FE0F
/// (both left out when drawn: see `panes::split_wide_clusters`), and its
/// width of a character for the spacing marks below.
pub fn grapheme_width(g: &str) -> usize {
    g.chars().map(char_columns).sum()
}

/// Columns a terminal gives one character (0 for marks that join the one before).
pub fn char_columns(c: char) -> usize {
    if SPACING_MARKS.binary_search(&c).is_ok() { 1 } else { c.width().unwrap_or(0) }
}

/// Characters unicode-width gives no column, as they extend a grapheme
/// cluster or are format marks, which the C library's `wcwidth` (what tmux,
/// xterm and VTE draw by) gives one: mostly spacing vowel signs, such as
/// Bengali া (U+09BE), Tamil ா (U+0BBE), Kannada ೀ (U+0CC0) and Malayalam
/// ാ (U+0D3E), and the soft hyphen. Found by comparing unicode-width 0.2
/// with glibc 2.36 over every code point; sorted for the binary search.
const SPACING_MARKS: [char; 69] = [
    '\u{00AD}',
    '\u{0605}',
    '\u{070F}',
    '\u{0890}',
    '\u{0891}',
    '\u{08E2}',
    '\u{09BE}',
    '\u{09D7}',
    '\u{0B3E}',
    '\u{0B57}',
    '\u{0BBE}',
    '\u{0BD7}',
    '\u{0CC0}',
    '\u{0CC2}',
    '\u{0CC7}',
    '\u{0CC8}',
    '\u{0CCA}',
    '\u{0CCB}',
    '\u{0CD5}',
    '\u{0CD6}',
    '\u{0D3E}',
    '\u{0D4E}',
    '\u{0D57}',
    '\u{0DCF}',
    '\u{0DDF}',
    '\u{1715}',
    '\u{1734}',
    '\u{1B35}',
    '\u{1B3B}',
    '\u{1B3D}',
    '\u{1B43}',
    '\u{1B44}',
    '\u{1BAA}',
    '\u{1BF2}',
    '\u{1BF3}',
    '\u{A8FA}',
    '\u{A953}',
    '\u{A9C0}',
    '\u{FFA0}',
    '\u{111C0}',
    '\u{111C2}',
    '\u{111C3}',
    '\u{11235}',
    '\u{1133E}',
    '\u{1134D}',
    '\u{11357}',
    '\u{114B0}',
    '\u{114BD}',
    '\u{115AF}',
    '\u{116B6}',
    '\u{11930}',
    '\u{1193D}',
    '\u{1193F}',
    '\u{11941}',
    '\u{11A84}',
    '\u{11A85}',
    '\u{11A86}',
    '\u{11A87}',
    '\u{11A88}',
    '\u{11A89}',
    '\u{11D46}',
    '\u{1D165}',
    '\u{1D166}',
    '\u{1D16D}',
    '\u{1D16E}',
    '\u{1D16F}',
    '\u{1D170}',
    '\u{1D171}',
    '\u{1D172}',
];

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
