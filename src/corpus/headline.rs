//! A JSON Lines record's title is part of its article. Readers expect the
//! headline above the body, and a headline often names what the lede does
//! not (a headline corpus is nothing but titles): the text korpus analyses,
//! shows and searches is the title, a blank line, then the body. A body that
//! already opens with its title (many datasets repeat it) is kept as it is,
//! and a record with a title and no text is its title alone. Every span is a
//! byte range into this text, and reading a record back (the text view, an
//! index's second pass) makes the same text from the same line.

/// Put between a title and the body it heads.
const TITLE_BREAK: &str = "\n\n";

/// The text of a record with `title` and `body` (either may be missing or
/// blank), or `None` when it has neither. The title is trimmed and kept on
/// one line (a line break in it becomes a space, as in the title shown), so
/// it is the text's first line. A huge body is not copied: the title goes in
/// at its front, in the body's own buffer when that has room.
pub(crate) fn text_with_title(title: Option<&str>, body: Option<String>) -> Option<String> {
    let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) else { return body };
    let body = body.filter(|b| !b.trim().is_empty());
    let one_line = || title.replace('\n', " ");
    match body {
        None => Some(one_line()),
        Some(body) if body.trim_start().starts_with(title) => Some(body),
        Some(mut body) => {
            body.insert_str(0, &(one_line() + TITLE_BREAK));
            Some(body)
        }
    }
}

/// The byte span of `title` in `text` when the text opens with it (after
/// any leading blank space), as a record's text does.
pub(crate) fn title_span_in(text: &str, title: &str) -> Option<(usize, usize)> {
    let lead = text.len() - text.trim_start().len();
    (!title.is_empty() && text[lead..].starts_with(title)).then_some((lead, lead + title.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(title: Option<&str>, body: Option<&str>) -> Option<String> {
        text_with_title(title, body.map(str::to_owned))
    }

    #[test]
    fn a_title_heads_a_body_that_does_not_repeat_it() {
        assert_eq!(
            text(Some(" Putin meets Kim in Pyongyang "), Some("The two leaders signed a pact.")).as_deref(),
            Some("Putin meets Kim in Pyongyang\n\nThe two leaders signed a pact.")
        );
    }

    #[test]
    fn a_body_that_opens_with_its_title_is_kept_as_it_is() {
        let body = "\nPutin meets Kim in Pyongyang\nThe two leaders signed a pact.";
        assert_eq!(text(Some("Putin meets Kim in Pyongyang"), Some(body)).as_deref(), Some(body));
    }

    #[test]
    fn a_title_without_a_body_is_the_whole_text() {
        assert_eq!(text(Some("Putin meets Kim"), None).as_deref(), Some("Putin meets Kim"));
        assert_eq!(text(Some("Putin meets Kim"), Some(" \n ")).as_deref(), Some("Putin meets Kim"));
        assert_eq!(text(Some("  "), None), None);
        assert_eq!(text(None, Some(" ")).as_deref(), Some(" "), "a blank body alone is the loader's to refuse");
    }

    #[test]
    fn a_title_across_lines_is_one_line_of_the_text() {
        assert_eq!(text(Some("Putin\nmeets Kim"), Some("Body.")).as_deref(), Some("Putin meets Kim\n\nBody."));
    }

    #[test]
    fn a_title_is_found_where_the_text_opens_with_it() {
        assert_eq!(title_span_in("Putin meets Kim\n\nBody.", "Putin meets Kim"), Some((0, 15)));
        assert_eq!(title_span_in("\n Putin meets Kim", "Putin meets Kim"), Some((2, 17)));
        assert_eq!(title_span_in("Body first. Putin meets Kim", "Putin meets Kim"), None);
        assert_eq!(title_span_in("Body", ""), None);
    }
}
