//! Titles: a headline on the first line, or the opening words of the text.

use unicode_width::UnicodeWidthStr;

/// Widest title, in terminal columns, derived from an article's opening words.
pub const TITLE_WIDTH: usize = 72;

/// A first line reads as a headline when it is short and does not end like a sentence.
fn reads_as_headline(line: &str) -> bool {
    let line = line.trim();
    // the cheap tests first, and the counts stop past their bounds: a one-line
    // article is its whole text, read here once per article at every opening
    !line.is_empty()
        && !line.ends_with(['.', '。', '।', '!', '?', ':', ';', ','])
        && line.len() <= 160 * 4
        && line.chars().nth(160).is_none()
        && line.split_whitespace().nth(20).is_none()
}

/// The columns `s` takes, as `width()` counts them: printable ASCII takes
/// one a byte, found without walking the width tables (`width()` was half
/// of deriving a title, which every article without one pays at every opening).
fn width_of(s: &str) -> usize {
    if s.bytes().fold(true, |printable, b| printable & (0x20..0x7f).contains(&b)) { s.len() } else { s.width() }
}

/// Title and the byte span of the text it came from.
pub fn derive_title(text: &str, max_width: usize) -> (String, (usize, usize)) {
    let lead = text.len() - text.trim_start().len();
    let body = &text[lead..];
    let first_line_len = body.find('\n').unwrap_or(body.len());
    let first_line = body[..first_line_len].trim_end();
    if reads_as_headline(first_line) {
        return (first_line.to_owned(), (lead, lead + first_line.len()));
    }
    // Opening words of the first sentence, cut at a word boundary to the width.
    let sentence_end = first_line
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?' | '।') && first_line[i + c.len_utf8()..].starts_with(' '))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(first_line.len());
    let sentence = &first_line[..sentence_end];
    if width_of(sentence) <= max_width {
        return (sentence.to_owned(), (lead, lead + sentence.len()));
    }
    let mut cut = 0;
    for (i, _) in sentence.match_indices(' ') {
        if width_of(&sentence[..i]) + 1 > max_width {
            break;
        }
        cut = i;
    }
    if cut == 0 {
        // one enormous word: cut on a char boundary
        cut = sentence
            .char_indices()
            .take_while(|&(i, c)| width_of(&sentence[..i + c.len_utf8()]) < max_width)
            .last()
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
    }
    let words = sentence[..cut].trim_end_matches([',', ';', ':', ' ']);
    (format!("{words}…"), (lead, lead + words.len()))
}

/// A title taken from Markdown, as a reader sees it: no heading marks
/// (`# `, a closing ` ##`), no emphasis or code marks (`**`, `__`, `*`, `` ` ``),
/// links and images as their text (`[Putin](https://…)` is `Putin`).
pub fn markdown_title(title: &str) -> String {
    let mut line = title.trim();
    let hashes = line.len() - line.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t']) {
        line = line[hashes..].trim_start();
        let closing = line.trim_end_matches('#');
        if closing.ends_with([' ', '\t']) || closing.is_empty() {
            line = closing.trim_end();
        }
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        // `[text](target)` and `![alt](target)`: the text alone
        let link = rest.strip_prefix("![").or_else(|| rest.strip_prefix('['));
        if let Some(inner) = link
            && let Some(close) = inner.find("](")
            && let Some(end) = inner[close + 2..].find(')')
        {
            out.push_str(&inner[..close]);
            rest = &inner[close + 2 + end + 1..];
            continue;
        }
        if rest.starts_with("**") || rest.starts_with("__") {
            rest = &rest[2..];
            continue;
        }
        if c == '*' || c == '`' {
            rest = &rest[1..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    let cleaned = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.is_empty() { title.trim().to_owned() } else { cleaned }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The count without the tables is `width()`'s for every printable
    /// ASCII text (each character alone and in pairs), and any other text
    /// is counted by `width()` itself.
    #[test]
    fn printable_ascii_is_counted_as_width_counts_it() {
        let printable: Vec<char> = (0x20u8..0x7f).map(char::from).collect();
        for &a in &printable {
            for &b in &printable {
                let pair: String = [a, b].iter().collect();
                assert_eq!(width_of(&pair), pair.width(), "{pair:?}");
            }
        }
        for text in ["", "Putin met Erdoğan.", "习近平会见", "a\tb", "x\u{7f}", "１２", "e\u{301}"] {
            assert_eq!(width_of(text), text.width(), "{text:?}");
        }
    }

    #[test]
    fn markdown_marks_leave_the_title() {
        assert_eq!(markdown_title("# **Putin** visits Pyongyang"), "Putin visits Pyongyang");
        assert_eq!(markdown_title("## Kim and [Lavrov](https://x.org/l) meet ##"), "Kim and Lavrov meet");
        assert_eq!(markdown_title("![Kim](k.png) in `Wonsan`"), "Kim in Wonsan");
        assert_eq!(markdown_title("#hashtag stays"), "#hashtag stays");
        assert_eq!(markdown_title("snake_case_name and C# 12"), "snake_case_name and C# 12");
        assert_eq!(markdown_title("**"), "**", "nothing left: the line as it was");
    }

    #[test]
    fn short_first_line_without_full_stop_is_the_headline() {
        let (title, span) = derive_title("Russia and Korea sign a pact\nBody text here.", 72);
        assert_eq!(title, "Russia and Korea sign a pact");
        assert_eq!(span, (0, 28));
    }

    #[test]
    fn long_paragraph_gives_opening_words_cut_at_a_word() {
        let text = "Rusya Dışişleri Bakanı Sergey Lavrov, Kuzey Koreli mevkidaşı Ri Son-gwon ile gerçekleştirdiği görüşme sonrası, iki ülke arasındaki ilişkiler.";
        let (title, (s, e)) = derive_title(text, 40);
        assert!(title.ends_with('…'));
        assert!(title.width() <= 41);
        assert_eq!(&text[s..e], title.trim_end_matches('…'));
    }

    #[test]
    fn short_first_sentence_is_kept_whole() {
        let (title, _) = derive_title("Putin visited Pyongyang. He met Kim for talks that lasted hours and hours.", 72);
        assert_eq!(title, "Putin visited Pyongyang.");
    }

    #[test]
    fn devanagari_sentence_is_cut_on_a_char_boundary() {
        let text = "रूसी राष्ट्रपति व्लादिमीर पुतिन और उत्तर कोरियाई नेता किम जोंग उन अपने देशों के संबंधों को विकसित करने पर सहमत हुए।";
        let (title, (s, e)) = derive_title(text, 30);
        assert!(text.is_char_boundary(e) && s == 0);
        assert!(title.width() <= 31);
    }

    #[test]
    fn a_headline_has_at_most_twenty_words_and_160_letters() {
        let words = |n: usize| vec!["Kim"; n].join(" ");
        assert!(reads_as_headline(&words(20)));
        assert!(!reads_as_headline(&words(21)));
        assert!(reads_as_headline(&"ж".repeat(160)), "160 letters of two bytes each");
        assert!(!reads_as_headline(&"ж".repeat(161)));
        assert!(reads_as_headline(&"界".repeat(160)), "160 letters of three bytes each");
        assert!(!reads_as_headline("Kim met Putin."));
        assert!(!reads_as_headline("  "));
    }

    #[test]
    fn empty_text_gives_empty_title() {
        assert_eq!(derive_title("", 72).0, "");
    }
}
