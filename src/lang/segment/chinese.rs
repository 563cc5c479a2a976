//! Chinese: jieba-rs with the dictionary inside the crate.

use std::sync::OnceLock;

use jieba_rs::Jieba;

use super::{Word, WordClass};

static JIEBA: OnceLock<Jieba> = OnceLock::new();

/// The segmenter, loaded on first use (the crate's dictionary is compiled in).
pub(super) fn jieba() -> &'static Jieba {
    JIEBA.get_or_init(Jieba::new)
}

pub(super) fn is_loaded() -> bool {
    JIEBA.get().is_some()
}

/// Appends the words of one line (byte ranges into it).
pub(super) fn segment(line: &str, out: &mut Vec<Word>) {
    let jieba = jieba();
    let first = out.len();
    // the HMM finds words the dictionary lacks, among them most names (卞志刚)
    for tag in jieba.tag(line, true) {
        let mut class = class_of(tag.tag);
        // (rule `a_foreign_name_has_a_character_of_the_tables`)
        if class == WordClass::ForeignName && !tag.word.chars().any(is_transliteration_char) {
            class = if looks_like_a_name(tag.word) { WordClass::Person } else { WordClass::Noun };
        }
        out.push(Word { start: tag.byte_start, end: tag.byte_end, class, known: jieba.has_word(tag.word) });
    }
    give_ren_to_the_word_after(line, out, first);
    cut_function_words_glued_before_names(line, out, first);
    join_directions_to_provinces(line, out, first);
    join_transliterations(line, out, first);
    cut_glued_function_words(line, out, first);
    join_people_the_hmm_cut_apart(line, out, first);
    unname_regnal_numbers(line, out, first);
    mark_place_suffixes(line, out, first);
    for w in &mut out[first..] {
        if w.class == WordClass::Person && (!looks_like_a_name(&line[w.start..w.end]) || is_day(&line[w.start..w.end]))
        {
            w.class = WordClass::Noun;
        }
        if w.class == WordClass::OtherProper && written_by_sound_alone(&line[w.start..w.end]) {
            w.class = WordClass::ForeignName;
        }
    }
}

/// jieba tags some foreign people it knows as other proper nouns (`维尼修斯/nz`,
/// Vinícius): a word of three characters or more written wholly with
/// transliteration characters is a name written by its sound.
fn written_by_sound_alone(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().all(is_transliteration_char)
}

/// Common Chinese family names (one character; compound ones start with one
/// of their own: 欧阳, 司马, 诸葛, 上官). Characters that are far more often
/// a common word's first (`和`, `时`, `古`) are left out.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程\
    苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃\
    武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅\
    童凌毕季裴霍涂苗谷盛曲翁冉骆蓝辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓吉缪简项连芦麦褚娄窦戚岑景党\
    宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝习诸上\
    赖萧洪游阎薄栗";

/// jieba's dictionary tags some common words as people (`晋级/nr`, `亚军/nr`,
/// `五星红旗/nr`), and its HMM guesses people. A name here starts with a
/// family name, or is written wholly with transliteration characters.
fn looks_like_a_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    chars.as_str().is_empty() || is_family_name(first) || word.chars().all(is_transliteration_char)
}

/// Rule `a_day_of_the_week_is_no_person`: jieba tags `上周三` (last
/// Wednesday) a person, and `上` is a family name: a weekday, after `上`
/// (last), `下` (next), `本` or `这` (this) or alone, is a date.
fn is_day(word: &str) -> bool {
    let word = word.strip_prefix(['上', '下', '本', '这']).unwrap_or(word);
    ["周", "星期", "礼拜"].iter().any(|week| {
        word.strip_prefix(week).is_some_and(|day| {
            let mut chars = day.chars();
            matches!((chars.next(), chars.next()), (Some(d), None) if "一二三四五六日天末".contains(d))
        })
    })
}

/// Is this character a common Chinese family name?
pub fn is_family_name(c: char) -> bool {
    SURNAMES.contains(c)
}

/// The characters Chinese writes foreign names with by their sound (the
/// common ones of Xinhua's transliteration tables: `穆罕默德`, Mohammed;
/// `叶利钦`, Yeltsin; `墨索里尼`, Mussolini), sorted for search. The tables
/// write English final th and s with `思` as well as `斯` (`格里菲思`, Griffiths;
/// `基思`, Keith; `马克思`, Marx). The tables
/// write ʒ (Russian ж, French and Portuguese j) with characters of pinyin's
/// r: `任` zhin (`普里戈任`, Prigozhin), `热` zhe/ge (`热拉尔`, Gérard), `茹`, `若`.
fn transliteration_chars() -> &'static [char] {
    static CHARS: OnceLock<Vec<char>> = OnceLock::new();
    CHARS.get_or_init(|| {
        let mut chars: Vec<char> =
            "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德登邓迪蒂丁杜敦多厄恩尔法凡范\
            菲费芬冯佛弗伏福盖甘冈戈哥格根贡古瓜圭哈海汉豪赫亨洪胡怀惠霍基吉加贾杰金卡凯坎康考柯科克肯孔库夸奎\
            昆拉莱赖兰朗劳勒雷蕾黎里利莉丽连列林琳留龙隆卢鲁路伦罗洛玛马迈麦曼芒梅门蒙米缪莫默姆穆纳娜奈南瑙内\
            尼妮涅宁纽努诺欧帕派潘庞佩彭皮珀普齐奇契恰乔切钦琼丘瑞若萨塞赛桑瑟森沙莎尚绍舍施什舒斯松苏索塔泰坦\
            汤唐特提廷图托瓦万旺威韦维温翁沃乌伍西希锡席夏谢辛欣休修雅亚扬耶伊因尤约扎泽詹兹佐祖\
            夫逊顿茨华盛斐娃娅丝黛歇廉\
            罕叶季捷喀茹肖朱吕墨慕蓬屈卓楚迦赞措柳廖哲翰京卜申露珍\
            朔雄库白\
            任热\
            思"
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        chars.sort_unstable();
        chars
    })
}

/// Is this character one Chinese writes foreign names with by their sound?
pub fn is_transliteration_char(c: char) -> bool {
    transliteration_chars().binary_search(&c).is_ok()
}

/// Could this word be a piece of a name written by its sound? Single
/// characters of the table, and longer words of it that the dictionary
/// calls a name (or does not know): `贝尔`, `巴伦`, not the common `比赛`.
fn sound_piece(line: &str, w: &Word) -> bool {
    let text = &line[w.start..w.end];
    // jieba tags a few characters of the table as symbols (`娅` of `克里斯蒂娅`); no
    // punctuation is in the table, so the class says nothing here
    text.chars().all(is_transliteration_char)
        && w.class != WordClass::Number
        && (text.chars().count() == 1 || w.class.is_proper() || !w.known || rare_word_of_two(text))
}

/// How often jieba's dictionary may have met a common word of two characters
/// of the tables for it to be a piece of a longer transcription (`科利` 40 of
/// `科利万德`, Kolivand; `拉加` 55 of `拉加德`, Lagarde; `比赛`, match, 11336, is a word).
const MAX_FREQ_OF_A_NAME_PIECE: usize = 100;

/// Rule `a_rare_word_of_the_tables_is_a_piece_of_a_name`: jieba cuts a
/// transcription it lacks into a rare common word and the rest (`科利` `万德`,
/// Kolivand; `拉加` `德`, Lagarde): a word of two characters of the tables met
/// seldom is a piece (a run still needs a name and a fragment to be joined).
fn rare_word_of_two(text: &str) -> bool {
    text.chars().count() == 2 && jieba().suggest_freq(text) < MAX_FREQ_OF_A_NAME_PIECE
}

/// Rule `ren_before_a_word_of_its_own_is_no_demonym`: jieba glues `人` onto a
/// country it knows (`乌克兰人`, Ukrainian) where the text writes the country
/// and a word of `人` (`乌克兰` `人权组织`, a Ukrainian human rights group): when
/// the character after `X人` stands alone and `人` with it is a word the
/// dictionary met more often than `X人` (`人权` 401, `乌克兰人` 39), `人`
/// belongs to that word.
fn give_ren_to_the_word_after(line: &str, words: &mut [Word], first: usize) {
    let jieba = jieba();
    for k in first + 1..words.len() {
        let (before, w) = (words[k - 1], words[k]);
        let Some(country) = line[before.start..before.end].strip_suffix('人') else { continue };
        let next = &line[w.start..w.end];
        if before.end != w.start || next.chars().count() != 1 || country.chars().count() < 2 || !jieba.has_word(country)
        {
            continue;
        }
        let joined = format!("人{next}");
        if jieba.has_word(&joined) && jieba.suggest_freq(&joined) > jieba.suggest_freq(&line[before.start..before.end])
        {
            let cut = before.end - '人'.len_utf8();
            // the word before keeps the dictionary's own tag (`乌克兰/ns`)
            let class = match jieba.tag(country, false).as_slice() {
                [tag] => class_of(tag.tag),
                _ => WordClass::Noun,
            };
            words[k - 1] = Word { end: cut, class, known: true, ..before };
            words[k] = Word { start: cut, class: WordClass::Noun, known: true, ..w };
        }
    }
}

/// Compass points that begin a province's or a state's name (`东阿塞拜疆省`,
/// East Azerbaijan; `西澳大利亚州`, Western Australia).
const DIRECTIONS: &str = "东西南北";

/// Rule `a_compass_point_before_a_province_is_part_of_its_name`: jieba makes
/// a word of its own of a compass point before a place (`东` `阿塞拜疆` `省`):
/// glued before a place with a province's or a state's suffix after it, the
/// point is the first part of the province's name.
fn join_directions_to_provinces(line: &str, words: &mut Vec<Word>, first: usize) {
    let mut k = first;
    while k + 2 < words.len() {
        let (point, place, suffix) = (words[k], words[k + 1], words[k + 2]);
        let text = &line[point.start..point.end];
        let joined = point.end == place.start && place.end == suffix.start;
        let is_point = text.chars().count() == 1 && text.chars().all(|c| DIRECTIONS.contains(c));
        let province = matches!(&line[suffix.start..suffix.end], "省" | "州");
        if joined && is_point && province && matches!(place.class, WordClass::Place | WordClass::Country) {
            words[k] = Word { end: place.end, class: WordClass::Place, known: false, ..point };
            words.remove(k + 1);
        }
        k += 1;
    }
}

/// A known place or organisation of two characters or more: it stands on
/// its own at either end of a run (`巴黎` before `罗兰`).
/// Rule `a_rare_place_of_the_dictionary_is_a_piece_of_a_name`: jieba's
/// dictionary holds pieces of longer transcriptions as places it met a few
/// times (`比亚` `利亚` of `比亚利亚茨基`, Bialiatski; `欧安` of `欧安诺`,
/// Orano): only a place it met often (`巴黎`, Paris; `西南`, south-west)
/// stands on its own, at either end of a run or inside one.
fn whole_proper(line: &str, w: &Word) -> bool {
    let text = &line[w.start..w.end];
    w.known
        && matches!(w.class, WordClass::Place | WordClass::Country | WordClass::Organisation)
        && text.chars().count() >= 2
        && jieba().suggest_freq(text) >= MIN_FREQ_OF_A_WHOLE_PLACE
}

/// How often jieba's dictionary must have met a place for it to be whole
/// in a run of transcription pieces (`巴黎` 3756, `利比亚` 391; `利亚` 262,
/// `罗兰` 90, `比亚` 51, `欧安` 2 are pieces).
const MIN_FREQ_OF_A_WHOLE_PLACE: usize = 300;

/// Characters the HMM glues before a name it does not know (`由恒大`, by
/// Evergrande; `与泽` `连斯基`, with Zelensky): prepositions and conjunctions
/// no company's name begins with.
pub const GLUED_BEFORE_A_NAME: &str = "由在从对向与和被将把为是而";

/// Sounds of a name the HMM glues after a function word into one word (`而博索`).
const MAX_SOUNDS_GLUED_AFTER_A_FUNCTION_WORD: usize = 3;

/// Rule `a_function_word_glued_before_a_name_is_cut_off`: jieba's HMM makes
/// one unknown word of a function word and the first character of a
/// transcription whose rest the dictionary knows (`与泽` `连斯基`, with
/// Zelensky): that word is the function word and a piece of the name.
fn cut_function_words_glued_before_names(line: &str, words: &mut Vec<Word>, first: usize) {
    let mut k = first;
    while k + 1 < words.len() {
        let (w, next) = (words[k], words[k + 1]);
        let text = &line[w.start..w.end];
        let mut chars = text.chars();
        // (rule `a_function_word_glued_before_sounds_of_a_name_is_cut_off`) or before
        // more sounds of it: `而博索` `纳罗` (and Bolsonaro)
        let glued = match chars.next() {
            Some(f) => {
                let sounds = chars.as_str();
                GLUED_BEFORE_A_NAME.contains(f)
                    && (1..=MAX_SOUNDS_GLUED_AFTER_A_FUNCTION_WORD).contains(&sounds.chars().count())
                    && sounds.chars().all(is_transliteration_char)
            }
            None => false,
        };
        let name_after = next.start == w.end
            && line[next.start..next.end].chars().count() >= 2
            && matches!(next.class, WordClass::Person | WordClass::ForeignName)
            && sound_piece(line, &next);
        if !w.known && glued && name_after {
            let cut = w.start + text.chars().next().map_or(0, char::len_utf8);
            words[k] = Word { end: cut, class: WordClass::Other, known: true, ..w };
            words.insert(k + 1, Word { start: cut, end: w.end, class: WordClass::Other, known: false });
            k += 1;
        }
        k += 1;
    }
}

/// jieba cuts foreign names it does not know into pieces of the dictionary:
/// `科/n 贝尔/nr` (Kerber), `萨/nr 巴伦/ns 卡/n` (Sabalenka), `卡瓦/nrt 诺/nz`
/// (Kavanaugh), and its HMM glues the next word on (`埃 尔多 安说`). A run of
/// adjacent pieces written with transliteration characters becomes one
/// foreign name when one piece is a name or unknown and one is a single
/// character or unknown (a run of whole known names, `巴黎罗兰`, stays apart).
fn join_transliterations(line: &str, words: &mut Vec<Word>, first: usize) {
    let mut out: Vec<Word> = Vec::with_capacity(words.len() - first);
    let mut i = first;
    while i < words.len() {
        let mut j = i;
        // a place met often ends a run before it (`马拉喀什` `西南` `约`: Marrakesh, south-west, about)
        while j < words.len()
            && sound_piece(line, &words[j])
            && (j == i || (words[j].start == words[j - 1].end && !whole_proper(line, &words[j])))
        {
            j += 1;
        }
        // an unknown word the HMM made of the name's last sound and one more character (`安说`),
        // or a preposition of the dictionary after a run of pieces (`比亚` `利亚` `茨` `基于`)
        let mut tail: Option<(usize, Word)> = None;
        if j > i
            && let Some(w) = words
                .get(j)
                .filter(|w| w.start == words[j - 1].end && (!w.known || (j - i >= 2 && preposition_glued_on(line, w))))
        {
            let text = &line[w.start..w.end];
            let last = text.char_indices().next_back().map_or(0, |(b, _)| b);
            if last > 0 && text[..last].chars().all(is_transliteration_char) {
                tail = Some((w.start + last, *w));
            }
        }
        let mut a = i;
        let mut b = j;
        while a < b && whole_proper(line, &words[a]) {
            a += 1;
        }
        while tail.is_none() && b > a && whole_proper(line, &words[b - 1]) {
            b -= 1;
        }
        let run = &words[a..b];
        let pieces = run.len() + usize::from(tail.is_some());
        let has_name = tail.is_some() || run.iter().any(|w| w.class.is_proper() || !w.known);
        // two transliterated names of the dictionary side by side are one name
        // it lacks (`库比` `蒂诺`, Cupertino)
        let has_fragment = tail.is_some()
            || run.iter().any(|w| !w.known || line[w.start..w.end].chars().count() == 1)
            || run.iter().filter(|w| w.class == WordClass::ForeignName).count() >= 2;
        if j == i {
            out.push(words[i]);
            i += 1;
            continue;
        }
        if pieces < 2 || !has_name || !has_fragment {
            out.extend_from_slice(&words[i..j]);
            i = j;
            continue;
        }
        out.extend_from_slice(&words[i..a]);
        let start = words.get(a).map_or(words[j - 1].end, |w| w.start);
        match tail {
            Some((cut, w)) => {
                out.push(Word { start, end: cut, class: WordClass::ForeignName, known: false });
                out.push(Word { start: cut, end: w.end, class: WordClass::Other, known: false });
                i = j + 1;
            }
            None => {
                out.push(Word { start, end: words[b - 1].end, class: WordClass::ForeignName, known: false });
                out.extend_from_slice(&words[b..j]);
                i = j;
            }
        }
    }
    words.truncate(first);
    words.extend(out);
}

/// Prepositions the dictionary knows that begin with a character of the
/// tables (`基于`, based on), which jieba prefers to a name's last sound and
/// the one-character preposition after it (`比亚利亚茨基` `于`, Bialiatski in).
const PREPOSITIONS_AFTER_A_NAME: &str = "于在";

/// Rule `a_name_s_last_sound_is_no_preposition_s_first`: a known word of two
/// characters, one of the tables and then `于` or `在`, after a run of two
/// pieces of a transcription or more, is the name's last sound and the preposition.
fn preposition_glued_on(line: &str, w: &Word) -> bool {
    let mut chars = line[w.start..w.end].chars();
    matches!((chars.next(), chars.next(), chars.next()),
        (Some(sound), Some(prep), None) if is_transliteration_char(sound) && PREPOSITIONS_AFTER_A_NAME.contains(prep))
        && !w.class.is_proper()
}

/// One-character words that follow a name at the start of a clause: `在`
/// (at), `说` (said), `是` (is), `将` (will), `也` (also), `对` (to), `向`
/// (towards), `以` (by), `与`/`和` (and)...
const FUNCTION_CHARS: &str = "在说是的了将也对被把称曾已都就却向以与和于为从";

/// Of [`FUNCTION_CHARS`], those no Chinese given name ends in often enough to
/// keep (`和`, `为`, `以` do end given names).
const NEVER_ENDS_A_GIVEN_NAME: &str = "在说是的了将也对被把称曾已都就却";

/// jieba's HMM glues a function word onto the name before it when the
/// dictionary knows neither (`卢拉在`, `王毅说`): an unknown name whose last
/// character is such a word, after a name written by its sound or a family
/// name and one or two characters, is the name and that word.
fn cut_glued_function_words(line: &str, words: &mut Vec<Word>, first: usize) {
    let mut out: Vec<Word> = Vec::with_capacity(words.len() - first);
    for w in &words[first..] {
        let text = &line[w.start..w.end];
        let Some((cut, last)) = text.char_indices().next_back() else { continue };
        let name = &text[..cut];
        let chars = name.chars().count();
        let by_sound = chars >= 2 && name.chars().all(is_transliteration_char) && FUNCTION_CHARS.contains(last);
        let native = (2..=3).contains(&chars)
            && name.chars().next().is_some_and(is_family_name)
            && NEVER_ENDS_A_GIVEN_NAME.contains(last);
        let glued = !w.known && matches!(w.class, WordClass::Person | WordClass::ForeignName) && (by_sound || native);
        if glued {
            out.push(Word { end: w.start + cut, ..*w });
            out.push(Word { start: w.start + cut, end: w.end, class: WordClass::Other, known: true });
        } else {
            out.push(*w);
        }
    }
    words.truncate(first);
    words.extend(out);
}

/// Is `text` Han characters only, and of these `chars` many?
fn han_of(text: &str, chars: usize) -> bool {
    all_han(text) && text.chars().count() == chars
}

/// Could `text`, a word the dictionary lacks, begin a Chinese person's name:
/// Han characters, a common family name first?
fn begins_a_native_name(text: &str) -> bool {
    all_han(text) && text.chars().next().is_some_and(is_family_name)
}

/// Rule `a_family_name_and_the_hmm_s_pieces_are_one_person`: jieba's HMM
/// finds the names its dictionary lacks, but tags some as verbs (`周受资`,
/// Shou Zi Chew) and cuts others after the given name's first character,
/// leaving the last one a word of its own (`孟晚` `舟`, Meng Wanzhou) or
/// gluing a function word onto it (`周受` `资在`). A word it guessed of three
/// Han characters, a family name first, is a person; one of two is a person
/// with the one character after it, when that character is a noun or a
/// name the dictionary knows (not a verb, particle or function word), or
/// with the first of two guessed characters whose second is a function word
/// no given name ends in (which stays a word of its own).
fn join_people_the_hmm_cut_apart(line: &str, words: &mut Vec<Word>, first: usize) {
    let guessed = |w: &Word| {
        !w.known
            && !matches!(w.class, WordClass::Person | WordClass::ForeignName)
            && begins_a_native_name(&line[w.start..w.end])
    };
    let mut k = first;
    while k < words.len() {
        let w = words[k];
        let text = &line[w.start..w.end];
        if guessed(&w) && han_of(text, 3) && text.chars().next_back().is_some_and(|c| !FUNCTION_CHARS.contains(c)) {
            words[k].class = WordClass::Person;
        } else if guessed(&w)
            && han_of(text, 2)
            && let Some(&next) = words.get(k + 1).filter(|n| n.start == w.end)
        {
            let after = &line[next.start..next.end];
            let one_more = next.known
                && han_of(after, 1)
                && !FUNCTION_CHARS.contains(after)
                && (next.class == WordClass::Noun || next.class.is_proper());
            let glued = !next.known
                && han_of(after, 2)
                && after.chars().next_back().is_some_and(|c| NEVER_ENDS_A_GIVEN_NAME.contains(c));
            if one_more {
                words[k] = Word { end: next.end, class: WordClass::Person, known: false, ..w };
                words.remove(k + 1);
            } else if glued {
                let cut = next.start + after.chars().next().map_or(0, char::len_utf8);
                words[k] = Word { end: cut, class: WordClass::Person, known: false, ..w };
                words[k + 1] = Word { start: cut, class: WordClass::Other, known: true, ..next };
            }
        }
        k += 1;
    }
}

/// Characters that end the name of an administrative place: province,
/// city, county, district, township, town, village, banner (Inner
/// Mongolia), prefecture and Japanese town (`熊本县`, `菊阳町`). The one list
/// of them: the entity rules (`巴特勒` `县`) and the pinyin linker (which
/// leaves out the ones that are part of a name's pinyin) read it here.
pub const PLACE_SUFFIXES: &str = "省市县区乡镇村旗州町";

/// Is this word one character of [`PLACE_SUFFIXES`]?
pub fn is_place_suffix(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| PLACE_SUFFIXES.contains(c)) && chars.next().is_none()
}

fn all_han(text: &str) -> bool {
    text.chars().all(|c| matches!(c, '\u{4e00}'..='\u{9fff}'))
}

/// jieba leaves the suffix of a small place a word of its own (`刘集` `乡`,
/// `中川` `乡`, `积石山` `县`), glues it to the name's last character (`大河`
/// `家镇`), or calls the whole a person (`金田村/nr`): a name (or a word the
/// dictionary lacks) of two characters or more with a place suffix after it
/// is a place and its suffix; a name with an unknown word of one character
/// and the suffix after it is one place; a person's name of three characters
/// or more that ends in a suffix is a place. A common word before a suffix
/// stays one (`草滩` `村`, grassland village, says too little).
fn mark_place_suffixes(line: &str, words: &mut Vec<Word>, first: usize) {
    // a foreign place written by its sound is linked by that sound, without the suffix (`塔鲁丹特` `省`)
    let stem = |w: &Word| {
        let text = &line[w.start..w.end];
        all_han(text)
            && text.chars().count() >= 2
            && !text.chars().all(is_transliteration_char)
            && (w.class.is_proper() || (!w.known && w.class == WordClass::Noun))
    };
    let mut k = first;
    while k < words.len() {
        let w = words[k];
        let text = &line[w.start..w.end];
        let after_stem = k > first && words[k - 1].end == w.start && stem(&words[k - 1]);
        if after_stem && is_place_suffix(text) {
            words[k - 1].class = WordClass::Place;
            words[k].class = WordClass::PlaceSuffix;
        } else if after_stem
            && !w.known
            && text.chars().count() == 2
            && all_han(text)
            && text.chars().next_back().is_some_and(|c| PLACE_SUFFIXES.contains(c))
            && matches!(words[k - 1].class, WordClass::Place | WordClass::Person)
        {
            words[k - 1] = Word { end: w.end, class: WordClass::Place, known: false, ..words[k - 1] };
            words.remove(k);
            continue;
        } else if matches!(w.class, WordClass::Person | WordClass::OtherProper)
            && all_han(text)
            && text.chars().count() >= 3
            && text
                .char_indices()
                .next_back()
                .is_some_and(|(cut, c)| PLACE_SUFFIXES.contains(c) && !text[..cut].chars().all(is_transliteration_char))
        {
            words[k].class = WordClass::Place;
        }
        k += 1;
    }
}

/// Is this word a regnal number (`三世`, the third; `十二世`)?
fn is_regnal_number(word: &str) -> bool {
    word.strip_suffix('世')
        .is_some_and(|n| (1..=2).contains(&n.chars().count()) && n.chars().all(|c| "一二三四五六七八九十".contains(c)))
}

/// A king or a pope is numbered after the name (`查尔斯` `三世`, Charles III;
/// `伊丽莎白` `二世`), and jieba calls the number a transliterated name: it
/// is no name of its own. It stays apart from the name, whose sound meets
/// the name's Latin spelling without it.
fn unname_regnal_numbers(line: &str, words: &mut [Word], first: usize) {
    for k in first + 1..words.len() {
        let (before, w) = (words[k - 1], words[k]);
        let regnal = is_regnal_number(&line[w.start..w.end]);
        if regnal && before.end == w.start && matches!(before.class, WordClass::Person | WordClass::ForeignName) {
            words[k].class = WordClass::Other;
        }
    }
}

/// jieba's part-of-speech tags (ICTCLAS's set) as word classes.
fn class_of(tag: &str) -> WordClass {
    match tag {
        "nr" | "nrfg" => WordClass::Person,
        "nrt" => WordClass::ForeignName,
        "ns" => WordClass::Place,
        "nt" => WordClass::Organisation,
        "nz" => WordClass::OtherProper,
        "m" | "mq" => WordClass::Number,
        "x" | "w" => WordClass::Symbol,
        "k" => WordClass::Suffix,
        "vn" | "an" | "j" | "l" => WordClass::VerbalNoun,
        t if t.starts_with('n') => WordClass::Noun,
        _ => WordClass::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::super::Segmenter;
    use super::*;

    fn classes(text: &str) -> Vec<(&str, WordClass)> {
        Segmenter::Chinese.segment(text).into_iter().map(|w| (&text[w.start..w.end], w.class)).collect()
    }

    #[test]
    fn people_places_and_organisations_are_tagged() {
        let words = classes("朝鲜外相李英浩在北京与联合国官员会谈，金正恩随后抵达。");
        for (name, class) in [
            ("李英浩", WordClass::Person),
            ("北京", WordClass::Place),
            ("联合国", WordClass::Organisation),
            ("金正恩", WordClass::Person),
        ] {
            assert!(words.contains(&(name, class)), "{name} {class:?} in {words:?}");
        }
    }

    #[test]
    fn names_of_families_common_in_taiwan_are_people() {
        let words = classes("民进党候选人赖清德与搭档萧美琴获得约558万票");
        for name in ["赖清德", "萧美琴"] {
            assert!(words.contains(&(name, WordClass::Person)), "{name} in {words:?}");
        }
    }

    #[test]
    fn transliterated_names_are_foreign_names() {
        let words = classes("俄罗斯外长拉夫罗夫表示");
        assert!(words.contains(&("拉夫罗夫", WordClass::ForeignName)), "{words:?}");
    }

    #[test]
    fn a_name_the_dictionary_lacks_is_found_by_the_hmm_and_marked_unknown() {
        let text = "国家航天局副局长卞志刚在北京表示";
        let words = Segmenter::Chinese.segment(text);
        let bian = words.iter().find(|w| &text[w.start..w.end] == "卞志刚");
        assert!(bian.is_some_and(|w| !w.known), "{words:?}");
        assert!(words.iter().any(|w| &text[w.start..w.end] == "北京" && w.known));
    }

    #[test]
    fn a_transcription_of_zh_with_pinyin_r_is_one_foreign_name() {
        // (the table's `任` zhin: jieba cut `普里戈` `任` apart)
        let words = classes("普里戈任在一段音频中对政变表示欢迎");
        assert!(words.contains(&("普里戈任", WordClass::ForeignName)), "{words:?}");
        // common words of these characters stay common words
        let words = classes("他担任主任，热情的日本人任何时候都欢迎。");
        assert!(!words.iter().any(|(_, c)| *c == WordClass::ForeignName), "{words:?}");
    }

    #[test]
    fn foreign_names_cut_into_dictionary_pieces_are_joined() {
        for (text, name) in [
            ("战胜了德国老将科贝尔，这也是", "科贝尔"),
            ("不敌白俄罗斯选手萨巴伦卡，获得亚军", "萨巴伦卡"),
            ("卡瓦诺被提名为最高法院大法官", "卡瓦诺"),
            ("埃尔多安说，他将出席", "埃尔多安"),
        ] {
            let words = classes(text);
            assert!(words.contains(&(name, WordClass::ForeignName)), "{name} in {words:?}");
        }
    }

    #[test]
    fn a_function_word_the_hmm_glued_onto_a_name_is_cut_off() {
        let words = classes("卢拉在巴西利亚发表讲话。");
        assert!(words.iter().any(|&(w, c)| w == "卢拉" && c != WordClass::Noun), "{words:?}");
        assert!(words.contains(&("在", WordClass::Other)), "{words:?}");
    }

    #[test]
    fn names_of_the_transliteration_tables_are_written_by_sound() {
        // `朔尔茨` Scholz, `梅朗雄` Mélenchon and `库克` Cook were cut short or not read by sound;
        // `伊丽莎白` Elizabeth and `白金汉` Buckingham were not read by sound
        for name in [
            "穆罕默德",
            "叶利钦",
            "墨索里尼",
            "约翰逊",
            "普京",
            "卢卡申科",
            "卡瓦诺",
            "朔尔茨",
            "梅朗雄",
            "库克",
            "伊丽莎白",
            "白金汉",
        ] {
            assert!(name.chars().all(is_transliteration_char), "{name}");
        }
        assert!(!"李娜".chars().all(is_transliteration_char));
    }

    #[test]
    fn known_names_side_by_side_and_common_words_stay_apart() {
        let words = classes("在巴黎罗兰球场举行比赛，西班牙巴塞罗那");
        assert!(words.iter().all(|&(_, c)| c != WordClass::ForeignName), "{words:?}");
        assert!(words.contains(&("巴黎", WordClass::Place)), "{words:?}");
    }

    #[test]
    fn common_words_the_dictionary_tags_as_people_are_nouns() {
        let words = classes("郑钦文晋级决赛，获得亚军");
        assert!(words.contains(&("郑钦文", WordClass::Person)), "{words:?}");
        assert!(words.iter().all(|&(w, c)| c != WordClass::Person || w == "郑钦文"), "{words:?}");
    }

    #[test]
    fn a_character_of_the_table_jieba_tags_as_a_symbol_ends_a_foreign_name() {
        let names = names_of("财政部长克里斯蒂娅·弗里兰辞职");
        assert!(names.contains(&("克里斯蒂娅·弗里兰", WordClass::ForeignName)), "{names:?}");
    }

    fn names_of(text: &str) -> Vec<(&str, WordClass)> {
        super::super::names(text, &Segmenter::Chinese.segment(text))
            .into_iter()
            .map(|w| (&text[w.start..w.end], w.class))
            .collect()
    }

    #[test]
    fn a_place_suffix_after_a_name_or_an_unknown_word_is_part_of_the_place() {
        let names = names_of("积石山县大河家镇、刘集乡、柳沟乡等地，泥流冲入金田村");
        for place in ["积石山县", "大河家镇", "刘集乡", "柳沟乡", "金田村"] {
            assert!(names.contains(&(place, WordClass::Place)), "{place} in {names:?}");
        }
        let names = names_of("日本熊本县菊阳町");
        assert!(names.contains(&("菊阳町", WordClass::Place)), "{names:?}");
    }

    #[test]
    fn a_common_word_or_a_foreign_name_before_a_place_suffix_takes_no_suffix() {
        let names = names_of("泥流冲入草滩村");
        assert!(names.iter().all(|&(w, _)| !w.contains('村')), "{names:?}");
        // the foreign name is linked by its sound alone
        let names = names_of("摩洛哥塔鲁丹特省");
        assert!(names.iter().all(|&(w, _)| w != "塔鲁丹特省"), "{names:?}");
    }

    #[test]
    fn a_regnal_number_after_a_name_is_no_name() {
        let names = names_of("国王查尔斯三世在白金汉宫");
        assert!(names.iter().all(|&(w, _)| w != "三世"), "{names:?}");
        assert!(names.iter().any(|&(w, _)| w == "查尔斯"), "{names:?}");
    }

    #[test]
    fn two_transliterated_names_of_the_dictionary_side_by_side_are_one() {
        let words = classes("在加利福尼亚州库比蒂诺发布");
        assert!(words.contains(&("库比蒂诺", WordClass::ForeignName)), "{words:?}");
    }

    #[test]
    fn a_foreign_name_jieba_tags_as_another_proper_noun_is_a_foreign_name() {
        let words = classes("贝林厄姆助攻维尼修斯推射破门");
        assert!(words.contains(&("维尼修斯", WordClass::ForeignName)), "{words:?}");
    }

    #[test]
    fn a_rare_place_of_the_dictionary_is_a_piece_of_a_name() {
        for (text, name) in
            [("诺贝尔和平奖授予比亚利亚茨基、“纪念”组织", "比亚利亚茨基"), ("法国核燃料集团欧安诺表示", "欧安诺")]
        {
            let words = classes(text);
            assert!(words.contains(&(name, WordClass::ForeignName)), "{name} in {words:?}");
        }
        // a place met often is whole inside a run too
        let words = classes("在马拉喀什西南约70公里处");
        assert!(words.iter().all(|&(_, c)| c != WordClass::ForeignName), "{words:?}");
    }

    #[test]
    fn a_rare_word_of_the_tables_is_a_piece_of_a_name() {
        for (text, name) in
            [("红新月会会长科利万德对国家电视台说", "科利万德"), ("欧洲央行行长拉加德在法兰克福表示", "拉加德")]
        {
            let words = classes(text);
            assert!(words.contains(&(name, WordClass::ForeignName)), "{name} in {words:?}");
        }
        // a frequent word stays a word
        let words = classes("比赛在巴黎举行");
        assert!(words.iter().all(|&(_, c)| c != WordClass::ForeignName), "{words:?}");
    }

    #[test]
    fn ren_before_a_word_of_its_own_is_no_demonym() {
        let words = classes("“纪念”组织和乌克兰人权组织");
        assert!(words.iter().any(|&(w, _)| w == "乌克兰"), "{words:?}");
        assert!(words.iter().any(|&(w, _)| w == "人权"), "{words:?}");
        // a demonym before another word stays one
        let words = classes("乌克兰人表示反对");
        assert!(words.iter().any(|&(w, _)| w == "乌克兰人"), "{words:?}");
    }

    #[test]
    fn a_compass_point_before_a_province_is_part_of_its_name() {
        let names = names_of("直升机在东阿塞拜疆省山区坠毁");
        assert!(names.iter().any(|&(w, _)| w.starts_with("东阿塞拜疆")), "{names:?}");
    }

    #[test]
    fn a_name_s_last_sound_is_no_preposition_s_first() {
        let words = classes("现年60岁的比亚利亚茨基于1996年创立了人权组织");
        assert!(words.contains(&("比亚利亚茨基", WordClass::ForeignName)), "{words:?}");
        // the preposition alone stays one
        let words = classes("基于这些数据");
        assert!(words.iter().any(|&(w, _)| w == "基于"), "{words:?}");
    }

    #[test]
    fn a_function_word_glued_before_a_name_is_cut_off() {
        let words = classes("乘火车抵达基辅，与泽连斯基总统会面。");
        assert!(words.contains(&("泽连斯基", WordClass::ForeignName)), "{words:?}");
        assert!(words.contains(&("与", WordClass::Other)), "{words:?}");
    }

    #[test]
    fn a_function_word_glued_before_sounds_of_a_name_is_cut_off() {
        let words = classes("反对派一直支持博索纳罗，而博索纳罗几个月来一直沉默。");
        assert!(!words.iter().any(|&(w, _)| w == "纳罗"), "{words:?}");
        assert!(words.iter().filter(|&&(w, _)| w == "博索纳罗").count() == 2, "{words:?}");
    }

    #[test]
    fn a_final_th_written_si_is_a_sound_of_the_tables() {
        let names = names_of("联合国人道主义事务负责人马丁·格里菲思称这是一场灾难。");
        assert!(names.contains(&("马丁·格里菲思", WordClass::ForeignName)), "{names:?}");
    }

    #[test]
    fn a_day_of_the_week_is_no_person() {
        let words = classes("上周三在尼亚美扣押总统巴祖姆的");
        assert!(words.iter().all(|&(w, c)| c != WordClass::Person || w != "上周三"), "{words:?}");
    }

    #[test]
    fn a_foreign_name_has_a_character_of_the_tables() {
        // jieba tags `二人` (the two) a transliterated name
        let words = classes("直升机坠毁，二人遇难。");
        assert!(words.iter().all(|&(_, c)| c != WordClass::ForeignName), "{words:?}");
    }

    #[test]
    fn a_family_name_and_the_hmm_s_pieces_are_one_person() {
        for (text, name) in [
            ("美国最高法院维持TikTok禁令 周受资感谢特朗普", "周受资"),
            ("新加坡籍首席执行官周受资在视频中感谢特朗普", "周受资"),
            ("孟晚舟走下舷梯后发表讲话", "孟晚舟"),
        ] {
            let words = classes(text);
            assert!(words.contains(&(name, WordClass::Person)), "{name} in {words:?}");
        }
        let words = classes("新加坡籍首席执行官周受资在视频中");
        assert!(words.contains(&("在", WordClass::Other)), "{words:?}");
        // a verb or an adverb after a guessed word stays apart
        for text in ["这次事件被称为史上最严重的IT故障之一。", "理想汽车CEO李想都来到现场。"]
        {
            let words = classes(text);
            assert!(
                !words.iter().any(|&(w, c)| c == WordClass::Person && (w.starts_with("史上") || w == "李想都")),
                "{words:?}"
            );
        }
    }

    #[test]
    fn tags_map_to_classes() {
        assert_eq!(class_of("nrt"), WordClass::ForeignName);
        assert_eq!(class_of("nrfg"), WordClass::Person);
        assert_eq!(class_of("vn"), WordClass::VerbalNoun);
        assert_eq!(class_of("v"), WordClass::Other);
        assert_eq!(class_of("n"), WordClass::Noun);
        assert_eq!(class_of("x"), WordClass::Symbol);
    }
}
