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
    if !has_terminal_hazard(text) {
        return text.to_owned();
    }
    replace_hazards(text)
}

/// The same for text already owned, cleaned in its own buffer: every
/// replacement has the hazard's UTF-8 length, so no byte moves. A copy was
/// a second whole text held beside the first: a 50 MB line with escapes
/// peaked at twice its size when it was loaded and each time it was read back.
pub fn sanitize_owned(text: String) -> String {
    if !has_terminal_hazard(&text) {
        return text;
    }
    let mut bytes = text.into_bytes();
    replace_hazard_bytes(&mut bytes);
    // the replacements are whole characters put over whole characters of
    // the same length, so the bytes stay UTF-8; checked rather than assumed
    String::from_utf8(bytes).unwrap_or_else(|e| replace_hazards(&String::from_utf8_lossy(e.as_bytes())))
}

/// [`replace_hazards`] over UTF-8 bytes in place, the hazards found as
/// [`has_terminal_hazard`] finds them (a continuation byte is never a lead
/// byte, so each byte can be looked at as if it began a character).
pub(super) fn replace_hazard_bytes(bytes: &mut [u8]) {
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => i += 1,
            0x00..=0x1f | 0x7f => {
                bytes[i] = b' ';
                i += 1;
            }
            0xc2 if bytes.get(i + 1).is_some_and(|next| (0x80..=0x9f).contains(next)) => {
                bytes[i..i + 2].copy_from_slice(b"  ");
                i += 2;
            }
            0xe2 if matches!(
                (bytes.get(i + 1), bytes.get(i + 2)),
                (Some(0x80), Some(0xa8..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
            ) =>
            {
                bytes[i..i + 3].copy_from_slice("\u{fffd}".as_bytes());
                i += 3;
            }
            _ => i += 1,
        }
    }
}

/// Text safe to print on one terminal line: no escapes or controls, no
/// newline. For the fields a record carries besides its text (id, title,
/// date, url, source) and for file names, which every command prints.
pub fn sanitize_line(text: &str) -> String {
    let clean = sanitize_for_terminal(text);
    if clean.contains('\n') { clean.replace('\n', " ") } else { clean }
}

/// Whether any character of `text` is a [`is_terminal_hazard`], read from
/// its UTF-8 bytes: every article is checked at load, and decoding each
/// character to ask was a fifth of loading a large corpus. A hazard is an
/// ASCII control or DEL, a C1 control (`C2 80`..`C2 9F`), or one of
/// U+2028..U+202E (`E2 80 A8`..`E2 80 AE`) and U+2066..U+2069 (`E2 81 A6`..
/// `E2 81 A9`); a continuation byte is never `C2` or `E2`, so each byte
/// can be looked at as if it began a character.
pub fn has_terminal_hazard(text: &str) -> bool {
    let bytes = text.as_bytes();
    let blocks = bytes.len() / HAZARD_BLOCK;
    // a hazard's later bytes may lie in the next block: only where it begins matters
    (0..blocks)
        .filter(|&b| may_begin_a_hazard(&bytes[b * HAZARD_BLOCK..(b + 1) * HAZARD_BLOCK]))
        .any(|b| (b * HAZARD_BLOCK..(b + 1) * HAZARD_BLOCK).any(|i| hazard_at(bytes, i)))
        || (blocks * HAZARD_BLOCK..bytes.len()).any(|i| hazard_at(bytes, i))
}

/// Bytes looked at a block at a time: a block with no byte that can begin
/// a hazard (a control, `C2`, `E2`) is passed over whole, a test made on all
/// its bytes at once. Most text has none; the scan a byte at a time cost
/// about 14 instructions a byte, 2 % of an append's (every old article is
/// loaded again).
const HAZARD_BLOCK: usize = 32;

/// Whether a byte of `block` can begin a hazard (no early exit, so the
/// compiler tests the bytes together).
fn may_begin_a_hazard(block: &[u8]) -> bool {
    block.iter().fold(false, |any, &b| any | (b < 0x20) | (b == 0x7f) | (b == 0xc2) | (b == 0xe2))
}

/// Whether a hazard begins at byte `i`.
fn hazard_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' => false,
        0x00..=0x1f | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|&next| (0x80..=0x9f).contains(&next)),
        0xe2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(&last)) => (0xa8..=0xae).contains(&last),
            (Some(0x81), Some(&last)) => (0xa6..=0xa9).contains(&last),
            _ => false,
        },
        _ => false,
    }
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
    fn the_byte_check_finds_the_hazards_the_character_check_finds() {
        // every character, alone and between others (a C1 control after `é`, U+2029 after `—`)
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            for text in [c.to_string(), format!("é—{c}“x"), format!("{c}\u{2014}")] {
                assert_eq!(has_terminal_hazard(&text), text.chars().any(is_terminal_hazard), "{:?}", text);
            }
        }
        assert!(!has_terminal_hazard("Лавров — «Erdoğan’s» “x” 2023\nप्योंगयांग"));
        assert!(has_terminal_hazard("a\u{2067}b"));
    }

    /// A hazard at any place of a text longer than a block, its bytes split
    /// over two blocks too, is found; a text of bytes that only look like a
    /// hazard's first one is passed.
    #[test]
    fn the_block_check_finds_a_hazard_at_every_place() {
        let plain = "Лавров — «Erdoğan’s» “x” 2023\nप्योंगयांग; Kore'nin ";
        for hazard in ["\u{1b}", "\u{7f}", "\u{9b}", "\u{2028}", "\u{202e}", "\u{2066}", "\t", "\r"] {
            for len in 0..3 * HAZARD_BLOCK {
                let mut text: String = "x".repeat(len);
                text.push_str(hazard);
                text.push_str(plain);
                assert!(has_terminal_hazard(&text), "{hazard:?} after {len}");
                assert!(has_terminal_hazard(&format!("{plain}{text}")), "{hazard:?} after {len}");
            }
        }
        for len in 0..3 * HAZARD_BLOCK {
            // `—`, `’`, `“` begin with E2, `§` with C2: no hazards
            let text = format!("{}{plain}—’“§\n", "y".repeat(len));
            assert!(!has_terminal_hazard(&text), "{text:?}");
            assert_eq!(has_terminal_hazard(&text), text.chars().any(is_terminal_hazard));
        }
    }

    #[test]
    fn owned_text_is_cleaned_in_its_own_buffer_as_a_copy_would_be() {
        let mut every_hazard: String =
            (0..=0x10ffffu32).filter_map(char::from_u32).filter(|&c| is_terminal_hazard(c)).collect();
        every_hazard.push_str("é—“x\nЛавров\u{2014}\u{2030}\u{2065}\u{c2}");
        for text in
            [every_hazard.as_str(), "a\x1b]52;c;ZXZpbA==\x07b\x1b[2Jc", "x\u{202e}evil\u{9b}31m\u{2066}y\r\n", "clean"]
        {
            let owned = text.to_owned();
            let buffer = owned.as_ptr();
            let cleaned = sanitize_owned(owned);
            assert_eq!(cleaned, replace_hazards(text), "{text:?}");
            // the same allocation: no second copy of the text was made
            assert_eq!(cleaned.as_ptr(), buffer);
        }
    }

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
