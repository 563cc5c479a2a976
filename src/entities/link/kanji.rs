//! Japanese person names written in kanji (`岸田文雄`, also in Chinese text)
//! read by ipadic's name readings (`data/ja/names.tsv.zst`, made by
//! `scripts/build_ja_dict.py`), so that they meet the name's Latin spelling
//! (`Fumio Kishida`) by coarse key.

use std::sync::OnceLock;

use crate::entities::fxhash::FxHashMap as HashMap;
use crate::lang::Script;
use crate::lang::phonetic::transcription_key;

/// Kanji surnames and given names with their katakana readings, zstd-compressed (~140 kB).
static COMPRESSED: &[u8] = include_bytes!("../../../data/ja/names.tsv.zst");

/// Readings tried per name part: a given name may have several (`啓`: Akira, Kei, Hiroshi...).
const MAX_READINGS: usize = 6;

#[derive(Default)]
struct NameReadings {
    surnames: HashMap<String, Vec<String>>,
    given: HashMap<String, Vec<String>>,
}

fn readings() -> &'static NameReadings {
    static TABLE: OnceLock<NameReadings> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = NameReadings::default();
        // a build whose data cannot be read links no kanji names, as before
        for line in crate::lang::segment::unpacked_text(COMPRESSED).lines() {
            let mut cols = line.split('\t');
            let (Some(surface), Some(part), Some(kana)) = (cols.next(), cols.next(), cols.next()) else { continue };
            let list: Vec<String> = kana.split(' ').take(MAX_READINGS).map(str::to_owned).collect();
            match part {
                "s" => table.surnames.insert(surface.to_owned(), list),
                "g" => table.given.insert(surface.to_owned(), list),
                _ => None,
            };
        }
        table
    })
}

/// A Han ideograph, or the iteration mark `々` that repeats one (`佐々木`).
fn is_kanji(c: char) -> bool {
    c == '々' || Script::of(c) == Some(Script::Han)
}

/// The coarse keys (as [`transcription_key`]) a Japanese name in kanji may
/// have in Latin letters.
#[derive(Debug, Default, PartialEq)]
pub(super) struct KanjiKeys {
    /// A surname followed by a given name, both known to ipadic, read given
    /// name first as the press writes Japanese names in Latin letters
    /// (`岸田文雄` -> `フミオキシダ`, the key of `Fumio Kishida`).
    pub whole: Vec<String>,
    /// The name as a surname alone (`岸田`).
    pub surname: Vec<String>,
}

/// The keys of `name` in every split and reading (names have several); none
/// for anything but a name in kanji of known parts.
pub(super) fn kanji_name_keys(name: &str) -> KanjiKeys {
    let mut keys = KanjiKeys::default();
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    if chars.len() < 2 || !chars.iter().all(|&(_, c)| is_kanji(c)) {
        return keys;
    }
    let table = readings();
    let add = |reading: String, to: &mut Vec<String>| {
        if let Some(key) = transcription_key(&reading).filter(|k| !to.contains(k)) {
            to.push(key);
        }
    };
    if let Some(whole) = table.surnames.get(name) {
        whole.iter().for_each(|r| add(r.clone(), &mut keys.surname));
    }
    for &(at, _) in &chars[1..] {
        // ipadic's given names, else JMnedict's (`晋三`)
        let given = table.given.get(&name[at..]).or_else(|| crate::lang::segment::given_name_readings(&name[at..]));
        let (Some(surname), Some(given)) = (table.surnames.get(&name[..at]), given) else {
            continue;
        };
        for g in given {
            for s in surname {
                add(format!("{g}{s}"), &mut keys.whole);
            }
        }
    }
    keys
}

/// Longest tail a whole name has after the family name it is also named by
/// (`晋三` of `安倍晋三`, `近平` of `习近平`).
const MAX_GIVEN_NAME: usize = 2;

/// Chinese and Japanese name a person by the family name alone after the whole
/// name (`安倍晋三` ... `安倍`, `岸田文雄首相` ... `岸田首相`). A person's name in
/// Han characters that begins a longer person's name of the same article, one
/// or two characters longer, is that person when only one such name is there;
/// so is a name that is the last part of only one dotted name there (`梅西`).
pub(super) fn join_family_names(
    items: &[super::Item],
    t: &super::Tables,
    langs: &[&'static crate::lang::Profile],
    cands: &[super::Kept],
    uf: &mut super::UnionFind,
) {
    use crate::entities::EntityKind;
    let segmented =
        |art: u32| langs.get(art as usize).is_some_and(|p| p.segmentation == crate::lang::Segmentation::Dictionary);
    let mut by_article: HashMap<u32, Vec<(usize, &str)>> = HashMap::default();
    // persons named in parts joined by middle dots, by article: (item, last part)
    let mut dotted: HashMap<u32, Vec<(usize, &str)>> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        let person = cands.get(it.cand as usize).is_some_and(|c| c.kind == EntityKind::Person);
        let name = t.joined(it);
        if t.name(it).len == 1 && person && segmented(it.art) && name.chars().count() >= 2 && name.chars().all(is_kanji)
        {
            by_article.entry(it.art).or_default().push((n, name));
        }
        if t.name(it).len == 1 && person && segmented(it.art) {
            let last = name.rsplit_once(['·', '・']).map(|(_, last)| last).filter(|last| !last.is_empty());
            dotted.entry(it.art).or_default().extend(last.map(|last| (n, last)));
        }
    }
    // a foreign person named in full once (`利昂内尔·梅西`), then by the last part alone (`梅西`)
    for (n, it) in items.iter().enumerate() {
        let person = cands.get(it.cand as usize).is_some_and(|c| c.kind == EntityKind::Person);
        let Some(full) = dotted.get(&it.art).filter(|_| t.name(it).len == 1 && person) else { continue };
        let name = t.joined(it);
        let mut whole: Vec<usize> = full.iter().filter(|&&(_, last)| last == name).map(|&(l, _)| uf.find(l)).collect();
        whole.sort_unstable();
        whole.dedup();
        if let [root] = whole[..] {
            uf.union(n, root);
        }
    }
    for names in by_article.values() {
        for &(n, short) in names {
            let short_len = short.chars().count();
            let mut whole: Vec<usize> = names
                .iter()
                .filter(|(_, long)| {
                    long.starts_with(short)
                        && (short_len + 1..=short_len + MAX_GIVEN_NAME).contains(&long.chars().count())
                })
                .map(|&(l, _)| uf.find(l))
                .collect();
            whole.sort_unstable();
            whole.dedup();
            if let [root] = whole[..] {
                uf.union(n, root);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kanji_name_is_read_given_name_first_like_its_latin_spelling() {
        let mut latin = String::new();
        crate::lang::phonetic::push_coarse_key("FumioKishida", crate::lang::Orthography::English, &mut latin);
        latin.make_ascii_lowercase();
        assert!(kanji_name_keys("岸田文雄").whole.contains(&latin), "{latin} {:?}", kanji_name_keys("岸田文雄"));
        // a surname alone is read as itself
        let mut kishida = String::new();
        crate::lang::phonetic::push_coarse_key("Kishida", crate::lang::Orthography::English, &mut kishida);
        kishida.make_ascii_lowercase();
        assert_eq!(kanji_name_keys("岸田"), KanjiKeys { whole: Vec::new(), surname: vec![kishida] });
    }

    #[test]
    fn a_given_name_only_jmnedict_knows_is_read_too() {
        let mut latin = String::new();
        crate::lang::phonetic::push_coarse_key("ShinzoAbe", crate::lang::Orthography::English, &mut latin);
        latin.make_ascii_lowercase();
        assert!(kanji_name_keys("安倍晋三").whole.contains(&latin), "{latin} {:?}", kanji_name_keys("安倍晋三"));
    }

    #[test]
    fn a_japanese_name_in_kanji_joins_its_latin_spelling_in_japanese_and_chinese_text() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("en", "en", "Prime Minister Fumio Kishida condemned the attack. Kishida said the vote goes on."),
            article("ja", "ja", "岸田文雄首相は広島で記者会見を開き、襲撃を非難した。岸田首相は選挙を続けると述べた。"),
            article("zh", "zh", "首相岸田文雄中断了在大阪的活动，返回东京。首相岸田文雄表示选举将继续进行。"),
        ]);
        let id = |a: usize, surface: &str| r[a].iter().find(|m| m.0 == surface).map(|m| m.2.clone());
        let en = id(0, "Fumio Kishida");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id(1, "岸田文雄"), en, "{:?}", r[1]);
        assert_eq!(id(2, "岸田文雄"), en, "{:?}", r[2]);
    }

    #[test]
    fn a_whole_kanji_name_does_not_join_a_person_by_surname_alone() {
        use super::super::super::recognise::tests::{article, run};
        // 大谷翔 read ショウ + オオタニ has the coarse key of the surname Zeydan
        let r = run(&[
            article("en", "en", "Interior Minister Abdullah Zeydan visited Van. Zeydan said the roads are open."),
            article("ja", "ja", "大谷翔さんは東京で記者会見を開いた。大谷翔さんは練習を続けると述べた。"),
        ]);
        let id = |a: usize, surface: &str| r[a].iter().find(|m| m.0 == surface).map(|m| m.2.clone());
        assert!(id(0, "Abdullah Zeydan").is_some(), "{:?}", r[0]);
        assert!(id(1, "大谷翔").is_some(), "{:?}", r[1]);
        assert_ne!(id(1, "大谷翔"), id(0, "Abdullah Zeydan"), "{:?}", r[1]);
    }

    #[test]
    fn a_family_name_alone_is_the_whole_name_of_the_same_article() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("ja", "ja", "岸田文雄首相が和歌山市で演説する前に爆発物が投げられた。岸田首相にけがはなかった。"),
            article("zh", "zh", "日本前首相安倍晋三在奈良遭枪击。安倍随后被送往医院。"),
        ]);
        let id = |a: usize, surface: &str| r[a].iter().find(|m| m.0 == surface).map(|m| m.2.clone());
        for (a, whole, family) in [(0, "岸田文雄", "岸田"), (1, "安倍晋三", "安倍")] {
            assert!(id(a, whole).is_some(), "{:?}", r[a]);
            assert_eq!(id(a, family), id(a, whole), "{:?}", r[a]);
        }
    }

    #[test]
    fn only_names_of_known_parts_in_kanji_are_read() {
        for name in ["会議", "キシダ", "岸"] {
            assert_eq!(kanji_name_keys(name), KanjiKeys::default(), "{name}");
        }
    }
}
