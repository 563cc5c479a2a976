//! A word's letters and digits, case-folded ([`folded_letters`]): the linker's spelling
//! checks ask it of a few words many times over (every pair of names whose skeletons
//! meet), and asking Unicode's tables whether a char beyond ASCII is a letter, then how
//! it folds, was a thirtieth of an append. The chars up to Devanagari are read from one
//! table worked out once from those same tables, so the answers are theirs.

/// The chars below this (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari) are read from [`table`].
const TABLE_END: u32 = 0x980;
/// An entry of [`table`] for a char that is neither a letter nor a digit.
const NOT_ALNUM: char = '\0';
/// An entry for a letter or digit that folds into other than one char (`ß` → `ss`): folded as before.
const SEVERAL: char = '\u{1}';

/// Per char below [`TABLE_END`]: what [`crate::lang::fold_char`] makes of it when it is a
/// letter or digit and that is one char, else [`NOT_ALNUM`] or [`SEVERAL`].
fn table() -> &'static [char] {
    static TABLE: std::sync::OnceLock<Box<[char]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut folded = String::new();
        (0..TABLE_END)
            .map(|code| match char::from_u32(code) {
                Some(c) if c.is_alphanumeric() => {
                    folded.clear();
                    crate::lang::fold_char(c, &mut folded);
                    let mut chars = folded.chars();
                    match (chars.next(), chars.next()) {
                        (Some(one), None) if one != NOT_ALNUM && one != SEVERAL => one,
                        _ => SEVERAL,
                    }
                }
                _ => NOT_ALNUM,
            })
            .collect()
    })
}

/// A word's letters and digits, case-folded: [`crate::lang::fold_char`] of each char
/// that is alphanumeric.
pub(super) fn folded_letters(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    let table = table();
    for c in word.chars() {
        if c.is_ascii() {
            // (the one ASCII char fold_char does not lower-case, the backtick, is no letter)
            if c.is_ascii_alphanumeric() {
                folded.push(c.to_ascii_lowercase());
            }
            continue;
        }
        match table.get(c as usize) {
            Some(&NOT_ALNUM) => {}
            Some(&SEVERAL) => crate::lang::fold_char(c, &mut folded),
            Some(&one) => folded.push(one),
            None if c.is_alphanumeric() => crate::lang::fold_char(c, &mut folded),
            None => {}
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `folded_letters` was before the table: the tables asked per char.
    fn folded_by_unicode_tables(word: &str) -> String {
        let mut folded = String::new();
        for c in word.chars().filter(|c| c.is_alphanumeric()) {
            crate::lang::fold_char(c, &mut folded);
        }
        folded
    }

    #[test]
    fn folded_letters_reads_the_table_as_the_unicode_tables_read() {
        // every char the table holds, and past it (CJK, kana, Hangul), one at a time and in words
        let chars = (0..0x3100u32).chain(0xac00..0xac40).chain(0x1_f600..0x1_f610).filter_map(char::from_u32);
        for c in chars {
            let word = format!("a{c}Z");
            assert_eq!(folded_letters(&word), folded_by_unicode_tables(&word), "{c:?} (U+{:04X})", c as u32);
        }
        for word in ["Straße", "İstanbul", "Шольца", "Ёлкин", "Βουλή", "नरेंद्र", "محمد", "O'Neill-Smith", "ǅemal", "`x`"]
        {
            assert_eq!(folded_letters(word), folded_by_unicode_tables(word), "{word}");
        }
        assert_eq!(folded_letters("Straße"), "strasse");
        assert_eq!(folded_letters("Шольца"), "шольца");
        assert_eq!(folded_letters("O'Neill-2"), "oneill2");
    }
}
