//! Japanese given names in kanji that ipadic lacks (`晋三`, `翔平`), with
//! their katakana readings, from JMnedict (`data/ja/given-jmnedict.tsv.zst`,
//! made by `scripts/build_ja_dict.py`). ipadic cuts such a name into pieces
//! (`安倍` `晋` `三`), so without them a person keeps half a given name and
//! the name meets no Latin spelling.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

/// Given names of two or three kanji with up to four readings each, zstd-compressed.
static COMPRESSED: &[u8] = include_bytes!("../../../data/ja/given-jmnedict.tsv.zst");

fn table() -> &'static HashMap<Box<str>, Vec<String>> {
    static TABLE: OnceLock<HashMap<Box<str>, Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        // a build whose data cannot be read knows no more given names than ipadic's
        for line in unpacked_text(COMPRESSED).lines() {
            let mut cols = line.split('\t');
            if let (Some(surface), Some("g"), Some(kana)) = (cols.next(), cols.next(), cols.next()) {
                table.insert(surface.into(), kana.split(' ').map(str::to_owned).collect());
            }
        }
        table
    })
}

/// The text of a zstd-compressed table of names; empty if it cannot be read
/// (it is compiled in, so only a broken build could fail).
pub fn unpacked_text(compressed: &[u8]) -> String {
    let mut text = String::new();
    if let Ok(mut decoder) = zstd::Decoder::new(compressed)
        && decoder.read_to_string(&mut text).is_err()
    {
        text.clear();
    }
    text
}

/// The katakana readings of a given name in kanji that JMnedict knows and
/// ipadic does not (`晋三`: `シンゾウ`).
pub fn given_name_readings(name: &str) -> Option<&'static Vec<String>> {
    table().get(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_ipadic_lacks_have_readings() {
        assert_eq!(given_name_readings("晋三").map(|r| r[0].as_str()), Some("シンゾウ"));
        assert!(given_name_readings("翔平").is_some_and(|r| r.iter().any(|k| k == "ショウヘイ")));
        assert!(given_name_readings("首相").is_none());
    }
}
