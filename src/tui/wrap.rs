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
/// the word alone is wider than the row. (The view lays text out with
/// [`Layout`], which gives these rows for a text of one block.)
#[cfg(test)]
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

/// Bytes of text a block of the [`Layout`] holds, about: an article shorter
/// than this is one block, wrapped exactly as [`wrap`] does.
pub const BLOCK: usize = 64 * 1024;

/// How far past a block's nominal end its cut is looked for (a newline, else
/// a space, else the next grapheme boundary): well short of the next block.
const CUT_WINDOW: usize = BLOCK / 4;

/// Blocks whose rows are kept at once: the screen's and its neighbours'.
const BLOCKS_KEPT: usize = 8;

/// A text's wrapped rows, laid out a block at a time as they are asked for:
/// a 50 MB line shows its first screen after wrapping 64 KiB of it, not all
/// of it (seconds, and a row table the size of the text). A block ends
/// after a newline where there is one near its nominal end, else after a
/// space (a row there may end short of the width), else at a grapheme
/// boundary; the cuts depend on the text alone, so the rows are the same
/// whichever part was laid out first. Rows are byte ranges of the text, as
/// [`wrap`]'s; the text is passed to each call, never kept.
#[derive(Debug)]
pub struct Layout {
    width: usize,
    len: usize,
    /// Where each block starts (the first at 0), increasing.
    starts: Vec<usize>,
    /// Rows of each block once it has been laid out.
    counts: std::cell::RefCell<Vec<Option<usize>>>,
    /// The rows of the blocks laid out last, newest at the back.
    kept: std::cell::RefCell<std::collections::VecDeque<(usize, BlockRows)>>,
}

/// One block's rows.
type BlockRows = std::rc::Rc<[(usize, usize)]>;

impl Layout {
    pub fn new(text: &str, width: usize) -> Layout {
        let starts = block_starts(text);
        let blocks = starts.len();
        Layout {
            width: width.max(1),
            len: text.len(),
            starts,
            counts: std::cell::RefCell::new(vec![None; blocks]),
            kept: Default::default(),
        }
    }

    /// Whether this layout is of `text` (its length) at `width` columns.
    pub fn fits(&self, text: &str, width: usize) -> bool {
        self.len == text.len() && self.width == width.max(1)
    }

    fn block_range(&self, block: usize) -> (usize, usize) {
        (self.starts[block], self.starts.get(block + 1).copied().unwrap_or(self.len))
    }

    /// One block's rows, laid out now unless kept.
    fn block_rows(&self, text: &str, block: usize) -> std::rc::Rc<[(usize, usize)]> {
        if let Some((_, rows)) = self.kept.borrow().iter().find(|(b, _)| *b == block) {
            return std::rc::Rc::clone(rows);
        }
        let rows: std::rc::Rc<[(usize, usize)]> = lay_out_block(text, &self.starts, block, self.width).into();
        self.counts.borrow_mut()[block] = Some(rows.len());
        let mut kept = self.kept.borrow_mut();
        if kept.len() == BLOCKS_KEPT {
            kept.pop_front();
        }
        kept.push_back((block, std::rc::Rc::clone(&rows)));
        rows
    }

    fn count(&self, text: &str, block: usize) -> usize {
        let known = self.counts.borrow()[block];
        known.unwrap_or_else(|| self.block_rows(text, block).len())
    }

    /// Rows, up to `wanted`: only the blocks before the `wanted`th row are laid out.
    pub fn len_up_to(&self, text: &str, wanted: usize) -> usize {
        let mut rows = 0;
        for block in 0..self.starts.len() {
            if rows >= wanted {
                return wanted;
            }
            rows += self.count(text, block);
        }
        rows.min(wanted)
    }

    /// Every row when the whole text has been laid out, else a guess from
    /// the blocks laid out so far, and `false`.
    pub fn len_so_far(&self) -> (usize, bool) {
        let counts = self.counts.borrow();
        let (mut rows, mut bytes, mut all) = (0, 0, true);
        for (block, count) in counts.iter().enumerate() {
            match count {
                Some(n) => {
                    rows += n;
                    let (s, e) = self.block_range(block);
                    bytes += e - s;
                }
                None => all = false,
            }
        }
        if all || bytes == 0 {
            return (rows, all);
        }
        ((rows as f64 * self.len as f64 / bytes as f64).round() as usize, false)
    }

    /// Rows `from..from + n` (fewer at the end of the text).
    pub fn rows(&self, text: &str, from: usize, n: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(n.min(1024));
        let mut first = 0;
        for block in 0..self.starts.len() {
            if out.len() >= n {
                break;
            }
            let count = self.count(text, block);
            if first + count > from {
                let rows = self.block_rows(text, block);
                let skip = from.saturating_sub(first);
                out.extend(rows.iter().skip(skip).take(n - out.len()));
            }
            first += count;
        }
        out
    }

    /// Bytes of the blocks before the one holding byte `offset` whose rows
    /// are not counted yet: what finding that byte's row would lay out.
    pub fn uncounted_bytes_before(&self, offset: usize) -> usize {
        let block = self.starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let counts = self.counts.borrow();
        (0..block)
            .filter(|&b| counts[b].is_none())
            .map(|b| {
                let (s, e) = self.block_range(b);
                e - s
            })
            .sum()
    }

    /// Take the row count of every block from [`count_rows`] of a text of
    /// `len` bytes at `width`; false (and nothing taken) when they are not
    /// of this layout's text and width.
    pub fn take_counts(&self, len: usize, width: usize, counts: &[usize]) -> bool {
        if len != self.len || width.max(1) != self.width || counts.len() != self.starts.len() {
            return false;
        }
        for (known, &count) in self.counts.borrow_mut().iter_mut().zip(counts) {
            known.get_or_insert(count);
        }
        true
    }

    /// How many blocks have been laid out.
    #[cfg(test)]
    pub fn blocks_laid_out(&self) -> usize {
        self.counts.borrow().iter().filter(|c| c.is_some()).count()
    }

    /// Row `i`, if the text has that many.
    pub fn row(&self, text: &str, i: usize) -> Option<(usize, usize)> {
        self.rows(text, i, 1).first().copied()
    }

    /// The row that holds byte `offset`: the blocks before it are laid out.
    pub fn row_of(&self, text: &str, offset: usize) -> usize {
        let block = self.starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let before: usize = (0..block).map(|b| self.count(text, b)).sum();
        before + row_of(&self.block_rows(text, block), offset)
    }
}

/// Where each block of `text` starts (the first at 0), increasing.
fn block_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut nominal = BLOCK;
    while nominal < text.len() {
        let cut = block_cut(text, nominal);
        if cut > *starts.last().unwrap_or(&0) && cut < text.len() {
            starts.push(cut);
        }
        nominal += BLOCK;
    }
    starts
}

/// The rows of block `block` of `text`, whose blocks start at `starts`.
fn lay_out_block(text: &str, starts: &[usize], block: usize, width: usize) -> Vec<(usize, usize)> {
    let (start, end) = (starts[block], starts.get(block + 1).copied().unwrap_or(text.len()));
    let last = block + 1 == starts.len();
    let mut rows = Vec::new();
    let mut line_start = start;
    loop {
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[line_start..end]).map_or(end, |i| line_start + i);
        // a block cut after a newline: the next line is the next block's
        if line_start < end || line_end < end || last || line_start == start {
            wrap_line(text, line_start, line_end, width, &mut rows);
        }
        if line_end >= end {
            break;
        }
        line_start = line_end + 1;
    }
    rows
}

/// The rows of every block of `text` at `width`, as a [`Layout`] of it
/// counts them, counted on a few threads for a worker: `G` on a 60 MB
/// article must not lay it out on the event loop. `None` once `cancel` is set.
pub fn count_rows(text: &str, width: usize, cancel: &std::sync::atomic::AtomicBool) -> Option<Vec<usize>> {
    use std::sync::atomic::Ordering;
    let (starts, width) = (block_starts(text), width.max(1));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let per_thread = starts.len().div_ceil(threads).max(1);
    let starts = &starts;
    std::thread::scope(|scope| {
        let counting: Vec<_> = (0..starts.len())
            .step_by(per_thread)
            .map(|first| {
                scope.spawn(move || {
                    (first..(first + per_thread).min(starts.len()))
                        .map(|block| {
                            let cancelled = cancel.load(Ordering::Relaxed);
                            (!cancelled).then(|| lay_out_block(text, starts, block, width).len())
                        })
                        .collect::<Option<Vec<usize>>>()
                })
            })
            .collect();
        let mut counts = Vec::with_capacity(starts.len());
        for thread in counting {
            counts.extend(thread.join().ok()??);
        }
        Some(counts)
    })
}

/// Where the block that nominally starts at `at` starts: after the first
/// newline within reach, else after the first space, else at the first
/// grapheme boundary at or after `at`.
fn block_cut(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let reach = (at + CUT_WINDOW).min(text.len());
    if let Some(i) = memchr::memchr(b'\n', &bytes[at..reach]) {
        return at + i + 1;
    }
    let mut at = match memchr::memchr2(b' ', b'\t', &bytes[at..reach]) {
        Some(i) => at + i + 1,
        None => at,
    };
    while !text.is_char_boundary(at) {
        at += 1;
    }
    // (a mark after a space makes one grapheme with it: the cut moves past the mark)
    let mut cursor = unicode_segmentation::GraphemeCursor::new(at, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(true) | Err(_) => at,
        Ok(false) => cursor.next_boundary(text, 0).ok().flatten().unwrap_or(text.len()),
    }
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
    for (offset, g) in Graphemes::new(line) {
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

/// `grapheme_indices`, a byte at a time through ASCII: a row's layout asks
/// for every grapheme of the text, and on a 50 MB line segmenting each was
/// most of the time. An ASCII character followed by another (but CR LF) is a
/// grapheme of its own, and so a boundary follows it; elsewhere (and from
/// the last ASCII character before one that is not, which a mark may join)
/// the segmenter runs, from a boundary, until it is back on such a pair.
struct Graphemes<'a> {
    text: &'a str,
    at: usize,
    /// The segmenter, and where its slice of the text starts.
    slow: Option<(usize, unicode_segmentation::GraphemeIndices<'a>)>,
}

impl<'a> Graphemes<'a> {
    fn new(text: &'a str) -> Graphemes<'a> {
        Graphemes { text, at: 0, slow: None }
    }
}

impl<'a> Iterator for Graphemes<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let bytes = self.text.as_bytes();
        if let Some((base, graphemes)) = self.slow.as_mut() {
            let (offset, g) = graphemes.next()?;
            let at = *base + offset;
            self.at = at + g.len();
            if g.len() == 1 && bytes.get(self.at).is_some_and(|b| b.is_ascii() && !(g == "\r" && *b == b'\n')) {
                self.slow = None;
            }
            return Some((at, g));
        }
        let &b = bytes.get(self.at)?;
        let alone = match bytes.get(self.at + 1) {
            None => b.is_ascii(),
            Some(&next) => b.is_ascii() && next.is_ascii() && !(b == b'\r' && next == b'\n'),
        };
        if alone {
            self.at += 1;
            return Some((self.at - 1, &self.text[self.at - 1..self.at]));
        }
        self.slow = Some((self.at, self.text[self.at..].grapheme_indices(true)));
        self.next()
    }
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

    /// A text of many blocks: one line of words (with Cyrillic and a
    /// combining mark among them), then short lines.
    fn huge_text() -> String {
        let mut text = "Lavrov met Москва\u{301} officials in Pyongyang. ".repeat(6000);
        text.push_str(&"a line\n\nand another\n".repeat(3000));
        text
    }

    #[test]
    fn a_text_of_one_block_is_laid_out_as_wrap_does() {
        for text in ["one two three four", "ab\n\ncd\n", "", "日本語の文章\nप्योंगयांग"] {
            for width in [1, 4, 9, 80] {
                let layout = Layout::new(text, width);
                let all = layout.rows(text, 0, usize::MAX);
                assert_eq!(all, wrap(text, width), "{text:?} at {width}");
                assert_eq!(layout.len_so_far(), (all.len(), true));
            }
        }
    }

    #[test]
    fn the_first_screen_of_a_huge_text_lays_out_its_first_block_alone() {
        let text = huge_text();
        let layout = Layout::new(&text, 80);
        assert!(layout.starts.len() > 4, "{} blocks", layout.starts.len());
        let first = layout.rows(&text, 0, 40);
        assert_eq!(first.len(), 40);
        assert_eq!(layout.blocks_laid_out(), 1);
        let (guess, counted) = layout.len_so_far();
        assert!(!counted);
        // the guess scales the block's rows to the text (whose short lines at the end it cannot know)
        let all = layout.len_up_to(&text, usize::MAX);
        assert!(guess > all / 4 && guess < all, "{guess} against {all}");
        // and the rows are the same, asked for first or last
        assert_eq!(first, Layout::new(&text, 80).rows(&text, 0, usize::MAX)[..40]);
    }

    #[test]
    fn rows_counted_off_the_loop_are_the_layouts_and_reach_its_end_at_once() {
        let text = huge_text();
        for width in [1, 13, 80] {
            let counted = count_rows(&text, width, &std::sync::atomic::AtomicBool::new(false)).unwrap();
            let laid_out = Layout::new(&text, width);
            let total = laid_out.len_up_to(&text, usize::MAX);
            assert_eq!(counted.iter().sum::<usize>(), total, "width {width}");
            // taken by a fresh layout: its end is known and shown without laying out what comes before
            let layout = Layout::new(&text, width);
            assert!(!layout.take_counts(text.len() - 1, width, &counted), "another text's counts");
            assert!(!layout.take_counts(text.len(), width + 1, &counted), "another width's counts");
            let last_block = *layout.starts.last().unwrap();
            assert_eq!(layout.uncounted_bytes_before(text.len()), last_block, "every block before the last");
            assert_eq!(layout.uncounted_bytes_before(BLOCK / 2), 0, "none before the first");
            assert!(layout.take_counts(text.len(), width, &counted));
            assert_eq!(layout.uncounted_bytes_before(text.len()), 0);
            assert_eq!(layout.len_so_far(), (total, true));
            assert_eq!(layout.rows(&text, total - 3, 10), laid_out.rows(&text, total - 3, 10));
            assert_eq!(layout.kept.borrow().len(), 1, "the last block alone is laid out");
        }
        assert_eq!(count_rows(&text, 80, &std::sync::atomic::AtomicBool::new(true)), None, "cancelled");
    }

    #[test]
    fn a_huge_text_laid_out_in_blocks_covers_it_in_order_on_grapheme_boundaries() {
        let text = huge_text();
        for width in [1, 13, 80] {
            let layout = Layout::new(&text, width);
            // from the end first: blocks laid out in any order give the same rows
            let total = layout.len_up_to(&text, usize::MAX);
            let last = layout.rows(&text, total - 3, 10);
            assert_eq!(last.len(), 3);
            let rows = layout.rows(&text, 0, usize::MAX);
            assert_eq!(rows.len(), total);
            assert_eq!(&rows[total - 3..], &last[..]);
            let mut end = 0;
            for (i, &(s, e)) in rows.iter().enumerate() {
                assert!(s >= end && s <= e, "row {i}");
                // nothing but a newline between rows
                assert!(text[end..s].chars().all(|c| c == '\n'), "row {i}");
                assert!(text[s..].graphemes(true).next().is_none_or(|g| text[s..].starts_with(g)));
                assert!(display_width(&text[s..e]) <= width || text[s..e].graphemes(true).count() == 1);
                assert_eq!(layout.row_of(&text, s), i);
                end = e;
            }
            assert_eq!(end, text.len());
            // away from the blocks' seams, the rows are wrap's
            let whole = wrap(&text, width);
            assert_eq!(rows[..100], whole[..100]);
        }
    }

    #[test]
    fn graphemes_through_ascii_are_the_segmenters() {
        let samples = [
            "plain ascii text",
            "Москва\u{301} and e\u{301}t\u{e9}",
            "a\r\nb\rc",
            "\u{1F1FA}\u{1F1F8}x\u{1F468}\u{200D}\u{1F469}y",
            "\u{600}1 \u{1100}\u{1161}\u{11A8}z",
            "प्योंगयांग ok",
        ];
        for text in samples {
            let fast: Vec<(usize, &str)> = Graphemes::new(text).collect();
            let slow: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
            assert_eq!(fast, slow, "{text:?}");
        }
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
        fn graphemes_through_ascii_match_the_segmenter(
            text in "[a-z \r\n\u{300}-\u{36f}\u{900}-\u{97f}\u{1100}-\u{1112}\u{1161}-\u{1175}\u{200d}\u{1F1E6}-\u{1F1FF}\u{600}\u{1F468}]{0,60}"
        ) {
            let fast: Vec<(usize, &str)> = Graphemes::new(&text).collect();
            prop_assert_eq!(fast, text.grapheme_indices(true).collect::<Vec<_>>());
        }

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
