//! Property tests of the Chinese and Japanese segmenters: any text, in any
//! mix of Han, kana and other scripts, segments without panicking into words
//! that are in order, do not overlap, sit on char boundaries and cover every
//! byte but line breaks; the names made from them are ranges of the text too.

use korpus::lang::segment::{Segmenter, names};
use proptest::prelude::*;

/// Pieces that exercise the segmenters and the katakana and middle-dot rules.
const PIECES: &[&str] = &[
    "习近平",
    "北京",
    "拉夫罗夫",
    "卡瓦诺",
    "·",
    "・",
    "･",
    "比尔",
    "纳尔逊",
    "的",
    "。",
    "，",
    "岸田",
    "文雄",
    "首相",
    "は",
    "の",
    "県",
    "石川",
    "カバノー",
    "ラブロフ",
    "ー",
    "ｶﾊﾞﾉｰ",
    "ア",
    "ホテル",
    "デーブ",
    "\u{3000}",
    "\u{ff0c}",
    "2024年",
    "Reuters",
    "Лавров",
    "\n",
    "\r\n",
    " ",
    "\u{301}",
    "\u{200d}",
    "🙂",
    "𠀋",
    "々",
    "〆",
    "ヶ",
];

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![prop::sample::select(PIECES).prop_map(str::to_owned), any::<char>().prop_map(String::from)],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

fn check(segmenter: Segmenter, text: &str) -> Result<(), TestCaseError> {
    let words = segmenter.segment(text);
    let mut last = 0;
    for w in &words {
        prop_assert!(w.start >= last && w.start < w.end && w.end <= text.len(), "{w:?} after {last}");
        prop_assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end), "{w:?}");
        last = w.end;
    }
    let covered: usize = words.iter().map(|w| w.end - w.start).sum();
    prop_assert_eq!(covered, text.bytes().filter(|b| !matches!(b, b'\n' | b'\r')).count());
    for n in names(text, &words) {
        prop_assert!(n.start < n.end && n.end <= text.len());
        prop_assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end), "{n:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn chinese_segments_anything(text in article_text()) {
        check(Segmenter::Chinese, &text)?;
    }

    #[test]
    fn japanese_segments_anything(text in article_text()) {
        check(Segmenter::Japanese, &text)?;
    }
}

#[test]
fn a_long_line_is_segmented_in_pieces_with_spans_into_the_whole() {
    let text = "岸田文雄首相は東京でカバノー氏と会談した".repeat(600);
    for segmenter in [Segmenter::Chinese, Segmenter::Japanese] {
        check(segmenter, &text).unwrap_or_else(|e| panic!("{segmenter:?}: {e}"));
    }
}
