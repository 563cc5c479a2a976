//! Make article text safe for a terminal without moving any byte offset.
//!
//! Every character that could act on a terminal (C0 and C1 controls, DEL,
//! bidirectional overrides and isolates) is replaced by characters of the
//! same UTF-8 length, so a byte offset into the sanitised text is also a byte
//! offset into the file. `ESC [31m` becomes ` [31m`: visible, inert text.

/// True when `c` may change what a terminal does rather than what it shows.
pub fn is_terminal_hazard(c: char) -> bool {
    match c {
        '\n' => false,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        // bidi embeddings, overrides and isolates: they reorder what follows
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        // line and paragraph separators break a pane's row accounting
        '\u{2028}' | '\u{2029}' => true,
        _ => false,
    }
}

/// Replace terminal hazards by same-length, harmless text.
/// One-byte controls become a space, two-byte ones two spaces,
/// three-byte ones U+FFFD (itself three bytes).
pub fn sanitize_for_terminal(text: &str) -> String {
    if !text.chars().any(is_terminal_hazard) {
        return text.to_owned();
    }
    replace_hazards(text)
}

/// The same for text already owned: kept as it is (no copy) when it is
/// safe, which nearly all article text is.
pub fn sanitize_owned(text: String) -> String {
    if !text.chars().any(is_terminal_hazard) {
        return text;
    }
    replace_hazards(&text)
}

/// Text safe to print on one terminal line: no escapes or controls, no
/// newline. For the fields a record carries besides its text (id, title,
/// date, url, source) and for file names, which every command prints.
pub fn sanitize_line(text: &str) -> String {
    let clean = sanitize_for_terminal(text);
    if clean.contains('\n') { clean.replace('\n', " ") } else { clean }
}

fn replace_hazards(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !is_terminal_hazard(c) {
            out.push(c);
            continue;
        }
        match c.len_utf8() {
            3 => out.push('\u{fffd}'),
            n => out.extend(std::iter::repeat_n(' ', n)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape_but_keep_length() {
        let hostile = "a\x1b]52;c;ZXZpbA==\x07b\x1b[2Jc";
        let clean = sanitize_for_terminal(hostile);
        assert_eq!(clean.len(), hostile.len());
        assert!(!clean.chars().any(is_terminal_hazard));
        assert!(clean.starts_with("a ]52;"));
    }

    #[test]
    fn bidi_override_and_c1_controls_keep_offsets() {
        let hostile = "x\u{202e}evil\u{9b}31m\u{2066}y";
        let clean = sanitize_for_terminal(hostile);
        assert_eq!(clean.len(), hostile.len());
        assert!(!clean.chars().any(is_terminal_hazard));
        assert!(clean.ends_with('y'));
    }

    #[test]
    fn newlines_and_plain_text_are_untouched() {
        let text = "Лавров\nप्योंगयांग\nKore'nin";
        assert_eq!(sanitize_for_terminal(text), text);
    }

    #[test]
    fn tabs_and_carriage_returns_become_spaces() {
        assert_eq!(sanitize_for_terminal("a\tb\r\n"), "a b \n");
    }
}
