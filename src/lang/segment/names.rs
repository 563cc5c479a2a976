//! Names put together from segmented words, by the dictionaries' classes
//! alone: candidates for the recogniser, which confirms them.

use super::{Word, WordClass};

/// The names among `words` (the output of [`super::Segmenter::segment`] on
/// `text`), in order:
/// - a family name and the given name after it are one person (`岸田` `文雄`);
/// - a place (or a proper noun of no class) and the place suffix after it
///   are one place (`石川` `県`, `紀の川` `市`);
/// - name pieces joined by middle dots are one foreign name (`比尔·纳尔逊`,
///   `夏巴兹·谢里夫`, which jieba cuts as `夏/nr 巴兹/ns · 谢里夫/nr`);
/// - any other word with a proper-noun class is a name on its own;
/// - a person's name cut short where the text goes on with a longer name of
///   the same text is that name (`郑钦` before `文以`, where `郑钦文` is found
///   elsewhere: the HMM glued the next word's first character on).
pub fn names(text: &str, words: &[Word]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // a known place before a dotted name is no part of it (`巴黎` `罗兰·加洛斯`, `西班牙人` `佩雷·里巴`)
        if whole_place(text, &words[i])
            && words.get(i + 1).is_some_and(|n| n.start == words[i].end)
            && dotted_chain(text, words, i + 1).is_some()
            && !place_cut_from_a_given_name(text, words, i)
        {
            out.push(words[i]);
            i += 1;
            continue;
        }
        // given names joined by a hyphen before a dotted name (`让-吕克·梅朗雄`, Jean-Luc
        // Mélenchon): jieba leaves the first (`让`, also the verb let) a common word;
        // else a dotted name alone
        let chain = hyphened_given_name_before_dotted_chain(text, words, i).or_else(|| dotted_chain(text, words, i));
        if let Some(end) = chain {
            out.push(Word {
                start: words[i].start,
                end: words[end - 1].end,
                class: WordClass::ForeignName,
                known: false,
            });
            i = end;
            continue;
        }
        let w = words[i];
        if w.class == WordClass::Surname
            && let Some(end) = given_name_after(text, words, i)
        {
            out.push(joined(w, words[end - 1], WordClass::Person));
            i = end;
            continue;
        }
        let next = words.get(i + 1).filter(|n| n.start == w.end);
        match (w.class, next.map(|n| n.class)) {
            (WordClass::Surname, Some(WordClass::GivenName)) => {
                out.push(joined(w, words[i + 1], WordClass::Person));
                i += 2;
            }
            // ipadic has some towns as proper nouns of no class (`紀の川` `市`)
            (WordClass::Place | WordClass::Country | WordClass::OtherProper, Some(WordClass::PlaceSuffix)) => {
                out.push(joined(w, words[i + 1], WordClass::Place));
                i += 2;
            }
            (class, _) if class.is_proper() => {
                out.push(w);
                i += 1;
            }
            _ => i += 1,
        }
    }
    complete_people(text, &mut out);
    out
}

/// A whole known name that is no person's: it stands apart from a dotted
/// name after it (`巴黎`, `西班牙人`).
fn whole_place(text: &str, w: &Word) -> bool {
    w.known
        && matches!(w.class, WordClass::Place | WordClass::Country | WordClass::Organisation | WordClass::OtherProper)
        && text[w.start..w.end].chars().count() >= 2
}

/// jieba finds a place inside some given names and leaves their last
/// sound a word of its own (`乌尔苏` `拉` `·` `冯德莱恩`, Ursula von der Leyen;
/// `乌尔苏`, a place): a place written wholly by sound, then one character
/// that is no name's piece and the dot, is the given name's start, not a place.
fn place_cut_from_a_given_name(text: &str, words: &[Word], i: usize) -> bool {
    let place = &text[words[i].start..words[i].end];
    let Some(next) = words.get(i + 1) else { return false };
    let piece = &text[next.start..next.end];
    place.chars().all(super::is_transliteration_char)
        && piece.chars().count() == 1
        && !name_piece(text, next)
        && sounds_before_dot(text, next)
        && words.get(i + 2).is_some_and(|d| d.start == next.end && is_dot(&text[d.start..d.end]))
}

fn is_person(class: WordClass) -> bool {
    matches!(class, WordClass::Person | WordClass::Surname | WordClass::GivenName | WordClass::ForeignName)
}

/// Extends people's names to the longest name of this text that the text
/// goes on to write there; names the extension covers are dropped. The
/// last part of a dotted name is such a name too: the press names a person
/// in full once and by the surname after, which jieba cuts apart
/// (`苏埃拉·布雷弗曼` ... `布雷` `弗曼`).
fn complete_people(text: &str, names: &mut Vec<Word>) {
    let mut people: Vec<&str> = names
        .iter()
        .filter(|w| is_person(w.class) && text[w.start..w.end].chars().count() >= 2)
        .flat_map(|w| {
            let name = &text[w.start..w.end];
            let last = name.rsplit_once(['·', '・']).map(|(_, last)| last).filter(|l| l.chars().count() >= 2);
            std::iter::once(name).chain(last)
        })
        .collect();
    people.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    people.dedup();
    let mut out: Vec<Word> = Vec::with_capacity(names.len());
    for &w in names.iter() {
        if out.last().is_some_and(|last: &Word| w.start < last.end) {
            continue;
        }
        let surface = &text[w.start..w.end];
        let longer = is_person(w.class)
            .then(|| {
                people
                    .iter()
                    .find(|p| p.len() > surface.len() && p.starts_with(surface) && text[w.start..].starts_with(**p))
            })
            .flatten();
        match longer {
            Some(p) => out.push(Word { start: w.start, end: w.start + p.len(), class: w.class, known: false }),
            None => out.push(w),
        }
    }
    *names = out;
}

/// Longest given name written right after the family name `words[i]`:
/// one to three kanji over up to three words, either one word ipadic calls
/// a given name (`文雄`) or a given name it lacks, which it cuts (`晋` `三`,
/// `翔` `平`), but never one common noun (`首相`). The end of its last word.
fn given_name_after(text: &str, words: &[Word], i: usize) -> Option<usize> {
    /// Prefixes Japanese writes before a title, right after a name: former,
    /// previous, current, new, the late, vice.
    const TITLE_PREFIXES: &[&str] = &["元", "前", "現", "新", "故", "副"];
    const MAX_GIVEN_NAME_CHARS: usize = 3;
    let mut best = None;
    let mut end = words[i].end;
    for (j, w) in words.iter().enumerate().skip(i + 1).take(MAX_GIVEN_NAME_CHARS) {
        let piece = &text[w.start..w.end];
        // a suffix, or a prefix of the title after the name, is no part of it
        // (`吉田茂` `元` `首相`, former prime minister)
        let affix = matches!(w.class, WordClass::Suffix | WordClass::PersonSuffix | WordClass::PlaceSuffix)
            || TITLE_PREFIXES.contains(&piece);
        if w.start != end || affix || !piece.chars().all(|c| matches!(c, '\u{4e00}'..='\u{9fff}' | '々')) {
            break;
        }
        end = w.end;
        let given = &text[words[i + 1].start..end];
        if given.chars().count() > MAX_GIVEN_NAME_CHARS {
            break;
        }
        let one_word = j == i + 1;
        if (one_word && w.class == WordClass::GivenName)
            || (!(one_word && w.class == WordClass::Noun) && super::given_name_readings(given).is_some())
        {
            best = Some(j + 1);
        }
    }
    best
}

fn joined(a: Word, b: Word, class: WordClass) -> Word {
    Word { start: a.start, end: b.end, class, known: a.known && b.known }
}

fn is_dot(s: &str) -> bool {
    matches!(s, "·" | "・" | "･" | "•")
}

/// Could this word be a piece of a transliterated name? Name classes, and
/// words the dictionary does not know (jieba's HMM guesses), but no number:
/// a date written right after a name (`比尔·纳尔逊8月24日`) is no part of it.
fn name_piece(text: &str, w: &Word) -> bool {
    let piece = &text[w.start..w.end];
    (w.class.is_proper() || !w.known)
        && !is_dot(piece)
        && !matches!(w.class, WordClass::Symbol | WordClass::Number)
        && !piece.chars().any(|c| c.is_numeric())
}

/// A word right after a middle dot is a name's part even when the dictionary
/// knows it as a common noun (`杰克·沙利文`, `沙利文` is a noun to jieba):
/// two to four Han characters.
fn piece_after_dot(text: &str, w: &Word) -> bool {
    let piece = &text[w.start..w.end];
    (2..=4).contains(&piece.chars().count()) && piece.chars().all(|c| matches!(c, '\u{4e00}'..='\u{9fff}'))
}

/// A word before the first middle dot of a name, written wholly with the
/// characters Chinese transcribes sounds with, is a given name's piece even
/// when the dictionary knows it as a common word: jieba cuts `基利安·姆巴佩`
/// (Kylian Mbappé) as `基利/n 安/v · 姆巴佩`.
fn sounds_before_dot(text: &str, w: &Word) -> bool {
    let piece = &text[w.start..w.end];
    (1..=4).contains(&piece.chars().count()) && piece.chars().all(super::is_transliteration_char)
}

/// May this word, written right after a piece of a dotted name, be more of
/// it? Not one Han character that writes no foreign sound (`在` in, which
/// jieba may leave unknown: `博索纳罗` `在` `巴西利亚`).
fn goes_on_a_name(text: &str, w: &Word) -> bool {
    let mut chars = text[w.start..w.end].chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if matches!(c, '\u{4e00}'..='\u{9fff}') => super::is_transliteration_char(c),
        _ => true,
    }
}

/// Hyphens that join a foreign person's given names (`让-吕克`, `ジャン＝リュック`).
fn is_name_hyphen(s: &str) -> bool {
    matches!(s, "-" | "‐" | "－" | "=" | "＝")
}

/// Chinese writes French `Jean` with `让` (let), no character of the
/// transliteration tables: the one given name allowed before a hyphen outside them.
const JEAN: &str = "让";

/// Characters of a given name before a hyphen, at most: Arabic compound
/// names put four there (`阿卜杜勒-法塔赫·塞西`, Abdel Fattah al-Sisi;
/// `穆罕默德-本·扎耶德`), French ones fewer (`让-吕克`).
const MAX_CHARS_BEFORE_A_NAME_HYPHEN: usize = 4;

/// From word `i`: one to three characters written by sound (katakana, the
/// transliteration table's Han, or `让`), a hyphen, and a dotted name right
/// after it. Returns the end of the chain (exclusive).
fn hyphened_given_name_before_dotted_chain(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let first = words.get(i)?;
    let hyphen = words.get(i + 1).filter(|h| h.start == first.end && is_name_hyphen(&text[h.start..h.end]))?;
    let piece = &text[first.start..first.end];
    let katakana = |c: char| matches!(c, '\u{30a1}'..='\u{30ff}');
    let by_sound = piece == JEAN || piece.chars().all(super::is_transliteration_char) || piece.chars().all(katakana);
    if !(1..=MAX_CHARS_BEFORE_A_NAME_HYPHEN).contains(&piece.chars().count()) || !by_sound {
        return None;
    }
    words.get(i + 2).filter(|n| n.start == hyphen.end)?;
    dotted_chain(text, words, i + 2)
}

/// From word `i`: adjacent name pieces with at least one middle dot between
/// two of them. Returns the end of the chain (exclusive).
fn dotted_chain(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let mut j = i;
    let mut dots = 0;
    loop {
        // pieces written together
        let start = j;
        if dots > 0
            && let Some(end) = hyphened_piece(text, words, j)
        {
            j = end;
        }
        while j < words.len()
            && (name_piece(text, &words[j])
                || (j == start
                    && dots > 0
                    && (piece_after_dot(text, &words[j]) || particle_between_dots(text, words, j)))
                || (dots == 0 && sounds_before_dot(text, &words[j])))
            && (j == start || (words[j].start == words[j - 1].end && goes_on_a_name(text, &words[j])))
            && ((j == start && dots > 0) || by_name_or_sound(text, &words[j]) || before_dot(text, words, j))
        {
            j += 1;
        }
        if j == start {
            return None;
        }
        let dot = words.get(j).filter(|d| d.start == words[j - 1].end && is_dot(&text[d.start..d.end]));
        let after = words.get(j + 1).filter(|n| {
            dot.is_some_and(|d| n.start == d.end)
                && (name_piece(text, n)
                    || piece_after_dot(text, n)
                    || particle_between_dots(text, words, j + 1)
                    || hyphened_piece(text, words, j + 1).is_some())
        });
        if after.is_none() {
            return (dots > 0).then_some(j);
        }
        dots += 1;
        j += 1;
    }
}

/// Rule `a_particle_between_dots_is_part_of_the_name`: one character
/// written by sound between two middle dots is a particle of the name (`本`,
/// bin, of `穆罕默德·本·萨勒曼`; `德`, de), though the dictionary knows it
/// as a common word.
fn particle_between_dots(text: &str, words: &[Word], j: usize) -> bool {
    let Some(w) = words.get(j) else { return false };
    let mut chars = text[w.start..w.end].chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if super::is_transliteration_char(c))
        && words.get(j.wrapping_sub(1)).is_some_and(|d| d.end == w.start && is_dot(&text[d.start..d.end]))
        && before_dot(text, words, j)
}

/// Is the word right before a middle dot?
fn before_dot(text: &str, words: &[Word], j: usize) -> bool {
    words.get(j + 1).is_some_and(|d| d.start == words[j].end && is_dot(&text[d.start..d.end]))
}

/// A piece of a dotted name that touches no dot must be a name by the
/// dictionary's class or written wholly by sound (transliteration Han,
/// katakana): jieba's guesses glue a verb after a name (`布蒂吉格` `称达`,
/// Buttigieg said Del-) and a title or a Latin name before it
/// (`CrowdStrike` `高管` `亚当·迈耶斯`), which are no part of it.
fn by_name_or_sound(text: &str, w: &Word) -> bool {
    let piece = &text[w.start..w.end];
    w.class.is_proper()
        || piece.chars().all(super::is_transliteration_char)
        || piece.chars().all(|c| matches!(c, '\u{30a1}'..='\u{30ff}'))
}

/// From word `k`, right after a middle dot: a given name written by sound
/// (or `让`), a hyphen and a name piece, as one part of a dotted name
/// (`卡琳·让-皮埃尔`, Karine Jean-Pierre). Returns the end of the piece (exclusive).
fn hyphened_piece(text: &str, words: &[Word], k: usize) -> Option<usize> {
    let first = words.get(k)?;
    let piece = &text[first.start..first.end];
    let katakana = |c: char| matches!(c, '\u{30a1}'..='\u{30ff}');
    let by_sound = piece == JEAN || piece.chars().all(super::is_transliteration_char) || piece.chars().all(katakana);
    if !(1..=MAX_CHARS_BEFORE_A_NAME_HYPHEN).contains(&piece.chars().count()) || !by_sound {
        return None;
    }
    let hyphen = words.get(k + 1).filter(|h| h.start == first.end && is_name_hyphen(&text[h.start..h.end]))?;
    words
        .get(k + 2)
        .filter(|n| n.start == hyphen.end && (name_piece(text, n) || piece_after_dot(text, n)))
        .map(|_| k + 3)
}

#[cfg(test)]
mod tests {
    use super::super::Segmenter;
    use super::*;

    fn found(seg: Segmenter, text: &str) -> Vec<(&str, WordClass)> {
        names(text, &seg.segment(text)).into_iter().map(|w| (&text[w.start..w.end], w.class)).collect()
    }

    #[test]
    fn a_given_name_jieba_cuts_into_a_place_and_a_sound_stays_whole() {
        let names = found(Segmenter::Chinese, "欧盟委员会主席乌尔苏拉·冯德莱恩随后加入");
        assert!(names.contains(&("乌尔苏拉·冯德莱恩", WordClass::ForeignName)), "{names:?}");
        let names = found(Segmenter::Chinese, "他在巴黎罗兰·加洛斯球场夺冠");
        assert!(names.iter().any(|&(w, _)| w == "巴黎"), "{names:?}");
    }

    #[test]
    fn a_verb_the_hmm_glues_after_a_dotted_name_is_no_part_of_it() {
        let names = found(Segmenter::Chinese, "美国交通部长皮特·布蒂吉格称达美的恢复速度令人无法接受");
        assert!(names.iter().any(|&(w, _)| w == "皮特·布蒂吉格"), "{names:?}");
    }

    #[test]
    fn a_latin_name_and_a_title_before_a_dotted_name_are_no_part_of_it() {
        let names = found(Segmenter::Chinese, "CrowdStrike高管亚当·迈耶斯在众议院作证");
        assert!(names.contains(&("亚当·迈耶斯", WordClass::ForeignName)), "{names:?}");
        // initials before the dot stay in (J. K. Rowling)
        let names = found(Segmenter::Chinese, "J·K·罗琳的新书");
        assert!(names.iter().any(|&(w, _)| w == "J·K·罗琳"), "{names:?}");
    }

    #[test]
    fn an_arabic_given_name_of_four_characters_stays_with_the_dotted_name_after_its_hyphen() {
        let names = found(Segmenter::Chinese, "埃及总统阿卜杜勒-法塔赫·塞西会见了客人");
        assert!(names.iter().any(|&(w, _)| w == "阿卜杜勒-法塔赫·塞西"), "{names:?}");
    }

    #[test]
    fn a_particle_between_dots_is_part_of_the_name() {
        let names = found(Segmenter::Chinese, "拜登、穆罕默德·本·萨勒曼和欧盟委员会");
        assert!(names.contains(&("穆罕默德·本·萨勒曼", WordClass::ForeignName)), "{names:?}");
    }

    #[test]
    fn a_hyphened_given_name_after_the_dot_is_part_of_the_name() {
        let names = found(Segmenter::Chinese, "白宫新闻秘书卡琳·让-皮埃尔表示");
        assert!(names.contains(&("卡琳·让-皮埃尔", WordClass::ForeignName)), "{names:?}");
    }

    #[test]
    fn a_surname_after_the_dotted_full_name_is_found_whole() {
        let names = found(Segmenter::Chinese, "内政大臣苏埃拉·布雷弗曼辞职。苏纳克重新任命布雷弗曼为内政大臣");
        assert!(names.iter().any(|&(w, _)| w == "布雷弗曼"), "{names:?}");
        assert!(names.iter().all(|&(w, _)| w != "弗曼"), "{names:?}");
    }

    #[test]
    fn given_names_joined_by_a_hyphen_stay_with_the_dotted_name_after_them() {
        let names = found(Segmenter::Chinese, "法国极左翼领导人让-吕克·梅朗雄表示");
        assert!(names.contains(&("让-吕克·梅朗雄", WordClass::ForeignName)), "{names:?}");
        let names = found(Segmenter::Chinese, "他说-吕克·梅朗雄");
        assert!(names.iter().all(|(w, _)| !w.starts_with('说')), "{names:?}");
    }

    #[test]
    fn a_date_written_right_after_a_dotted_name_is_no_part_of_it() {
        let names = found(Segmenter::Chinese, "NASA局长比尔·纳尔逊8月24日在休斯敦宣布");
        assert!(names.contains(&("比尔·纳尔逊", WordClass::ForeignName)), "{names:?}");
        assert!(names.iter().all(|(w, _)| !w.contains('8')), "{names:?}");
    }

    #[test]
    fn family_and_given_names_make_one_person() {
        let names = found(Segmenter::Japanese, "岸田文雄首相は述べた");
        assert!(names.contains(&("岸田文雄", WordClass::Person)), "{names:?}");
    }

    #[test]
    fn a_given_name_ipadic_cuts_stays_with_its_family_name() {
        let names = found(Segmenter::Japanese, "安倍晋三元首相が銃撃され、大谷翔平選手も哀悼の意を表した。安倍首相");
        assert!(names.contains(&("安倍晋三", WordClass::Person)), "{names:?}");
        assert!(names.contains(&("大谷翔平", WordClass::Person)), "{names:?}");
        assert!(names.contains(&("安倍", WordClass::Surname)), "a title is no given name: {names:?}");
    }

    #[test]
    fn former_after_a_one_kanji_given_name_is_no_part_of_it() {
        let names = found(Segmenter::Japanese, "吉田茂元首相の孫にあたる");
        assert!(names.contains(&("吉田茂", WordClass::Person)), "{names:?}");
    }

    #[test]
    fn a_place_and_its_suffix_make_one_place() {
        let names = found(Segmenter::Japanese, "石川県の輪島市で");
        assert!(names.contains(&("石川県", WordClass::Place)), "{names:?}");
        assert!(names.contains(&("輪島市", WordClass::Place)), "{names:?}");
    }

    #[test]
    fn middle_dots_join_a_transliterated_name() {
        let names = found(Segmenter::Chinese, "巴基斯坦总理夏巴兹·谢里夫也发表声明，局长比尔·纳尔逊表示");
        assert!(names.contains(&("夏巴兹·谢里夫", WordClass::ForeignName)), "{names:?}");
        assert!(names.contains(&("比尔·纳尔逊", WordClass::ForeignName)), "{names:?}");
        assert!(names.contains(&("巴基斯坦", WordClass::Place)), "{names:?}");
    }

    #[test]
    fn a_place_before_a_dotted_name_stays_a_place() {
        let names = found(Segmenter::Chinese, "在巴黎罗兰·加洛斯球场");
        assert!(names.contains(&("巴黎", WordClass::Place)), "{names:?}");
        assert!(names.contains(&("罗兰·加洛斯", WordClass::ForeignName)), "{names:?}");
    }

    #[test]
    fn a_name_cut_short_is_completed_from_the_same_text() {
        let text = "郑钦文夺得网球女单金牌。选手郑钦文以6比2获胜";
        let names = found(Segmenter::Chinese, text);
        assert_eq!(names.iter().filter(|(n, _)| *n == "郑钦文").count(), 2, "{names:?}");
    }

    #[test]
    fn a_dotted_name_ends_before_a_preposition_and_a_place() {
        let names = found(Segmenter::Chinese, "巴西总统雅伊尔·博索纳罗在巴西利亚会见了记者");
        assert!(names.contains(&("雅伊尔·博索纳罗", WordClass::ForeignName)), "{names:?}");
        assert!(names.contains(&("巴西利亚", WordClass::Place)), "{names:?}");
    }

    #[test]
    fn a_known_place_of_two_characters_may_end_a_dotted_name() {
        let names = found(Segmenter::Chinese, "法官亚历山大·德莫拉埃斯作出裁决");
        assert!(names.contains(&("亚历山大·德莫拉埃斯", WordClass::ForeignName)), "{names:?}");
    }

    #[test]
    fn a_given_name_the_dictionary_cuts_into_common_words_stays_with_the_dotted_name() {
        let names = found(Segmenter::Chinese, "法国前锋基利安·姆巴佩宣布加盟");
        assert!(names.contains(&("基利安·姆巴佩", WordClass::ForeignName)), "{names:?}");
    }

    #[test]
    fn a_dot_between_common_words_joins_nothing() {
        let names = found(Segmenter::Chinese, "这是一个·测试");
        assert!(names.is_empty(), "{names:?}");
    }
}
