//! Whether the stops of a Chinese or Japanese transcription are voiced, compared
//! with a cased-script name's. The coarse keys that meet transcriptions
//! with Latin names merge `b`/`p`, `d`/`t` and `g`/`k` (Chinese and Japanese
//! syllables tell other sounds apart than European spellings do), so `バイデン`
//! (Biden) and `Putin` share the key `bdn`, and `科贝尔` (Kerber) and `Cooper`
//! share `gbl`. Both scripts do keep the voicing of a stop: katakana by its
//! dakuten (`バ` b, `パ` p), Chinese transcription tables by the pinyin initial
//! (`拜` b, `普` p, `德` d, `特` t). A candidate whose stops have the other
//! voicing is another person.

use crate::lang::Script;

/// A stop: voiced (`b`, `d`, `g`) or voiceless (`p`, `t`, `k`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Voiced,
    Voiceless,
}

/// Han characters that transcribe a stop of either voicing: long-established
/// names took them for the other one too (`巴黎` Paris, `波兰` Poland, `德黑兰`
/// Tehran, `多伦多` Toronto; `保罗` Paul, `鲍威尔` Powell; `尼古拉` Nikolai,
/// `古巴` Cuba), and Xinhua's table writes `ti` with `蒂` (dì). Rule
/// `ding_and_dun_write_tin_and_ton`: the table writes English -ton with `顿`
/// (dùn: `克林顿` Clinton, `汉密尔顿` Hamilton) and established names -tin
/// with `丁` (dīng: `马丁` Martin, `奥斯丁` Austin) as well as din (`阿拉丁`).
const EITHER_VOICING: &str = "巴波蒂多德比杜保鲍古丁顿";

/// The stops of a name written by its sound in Han transliteration characters
/// (read as pinyin) or katakana (read as romaji), in order; `None` for text of
/// any other script. Affricates (`ツ`, `茨`, `吉`) are no stops here.
fn transcription_stops(name: &str) -> Option<Vec<Stop>> {
    let mut stops = Vec::new();
    for c in name.chars() {
        match Script::of(c) {
            // a stop of unknown voicing: the counts no longer meet, so nothing is said
            Some(Script::Han) if EITHER_VOICING.contains(c) => return Some(Vec::new()),
            Some(Script::Han | Script::Kana) => {
                let reading = any_ascii::any_ascii_char(c);
                let mut letters = reading.bytes().map(|b| b.to_ascii_lowercase());
                let stop = match (letters.next(), letters.next()) {
                    (Some(b'b' | b'd' | b'g'), _) => Some(Stop::Voiced),
                    (Some(b't'), Some(b's')) => None,
                    (Some(b'p' | b't' | b'k'), _) => Some(Stop::Voiceless),
                    _ => None,
                };
                stops.extend(stop);
            }
            _ if c.is_alphabetic() => return None,
            _ => {}
        }
    }
    Some(stops)
}

/// The stops of a word in Latin letters (other scripts transliterated first),
/// in order. Letters whose sound is unclear from spelling alone (`g` before
/// `e`/`i`, `x`) and affricates (`ts`, `dz`, `ch`) count as none.
fn latin_stops(word: &str) -> Vec<Stop> {
    let latin = any_ascii::any_ascii(word).to_ascii_lowercase();
    let b = latin.as_bytes();
    let mut stops = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (c, next) = (b[i], b.get(i + 1).copied());
        let (stop, used) = match (c, next) {
            // a doubled letter (`pp`, `ck`) is one sound
            (_, Some(n)) if n == c && matches!(c, b'b' | b'p' | b'd' | b't' | b'g' | b'k' | b'c') => {
                i += 1;
                continue;
            }
            (b'p' | b't' | b'k' | b'g' | b'c' | b'd' | b'b', Some(b'h')) => (None, 2),
            (b't', Some(b's' | b'z' | b'c')) | (b'd', Some(b'z' | b'j' | b's')) => (None, 2),
            (b'c', Some(b'k')) => (Some(Stop::Voiceless), 2),
            (b'c' | b'g', Some(b'e' | b'i' | b'y')) => (None, 1),
            (b'b' | b'd' | b'g', _) => (Some(Stop::Voiced), 1),
            (b'p' | b't' | b'k' | b'c' | b'q', _) => (Some(Stop::Voiceless), 1),
            _ => (None, 1),
        };
        stops.extend(stop);
        i += used;
    }
    stops
}

/// May the transcription `name` (Han or katakana) be the cased-script name
/// whose Latin spelling is `spelling` (`joe biden`)? No when the whole name and
/// its last word (a surname) both have as many stops as `name`, in another
/// voicing; yes when either agrees, or when the counts differ (a coda a
/// transcription left out, a silent letter: too little to say no).
pub(super) fn stops_agree(name: &str, spelling: &str) -> bool {
    let Some(own) = transcription_stops(name) else { return true };
    let last = spelling.rsplit([' ', '-']).next().unwrap_or(spelling);
    let verdicts = [latin_stops(spelling), latin_stops(last)].map(|l| (l.len() == own.len()).then(|| l == own));
    verdicts.contains(&Some(true)) || !verdicts.contains(&Some(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn katakana_voicing_tells_biden_from_putin() {
        assert!(stops_agree("バイデン", "joe biden"));
        assert!(!stops_agree("バイデン", "vladimir putin"));
        assert!(stops_agree("プーチン", "vladimir putin"), "チ is an affricate, not a stop");
        assert!(!stops_agree("トランプ", "joe biden"));
    }

    #[test]
    fn chinese_initials_tell_kerber_from_cooper() {
        assert!(stops_agree("科贝尔", "angelique kerber"));
        assert!(!stops_agree("科贝尔", "yvette cooper"));
        assert!(stops_agree("拜登", "joe biden"));
        assert!(!stops_agree("蓬佩奥", "joe biden"));
        assert!(stops_agree("特朗普", "donald trump"), "the surname agrees");
        assert!(stops_agree("卡瓦诺", "brett kavanaugh"));
        assert!(stops_agree("埃马纽埃尔·马克龙", "emmanuel macron"));
        assert!(stops_agree("姆巴佩", "kylian mbappe"));
        assert!(stops_agree("廷迈勒", "tinmel") && !stops_agree("廷迈勒", "dinmel"));
        // `蒂` writes `ti`, though its pinyin is `di`
        assert!(stops_agree("因凡蒂诺", "gianni infantino"));
    }

    #[test]
    fn ding_and_dun_write_tin_and_ton() {
        assert!(stops_agree("马丁·格里菲思", "martin griffiths"));
        assert!(stops_agree("马丁内斯", "emiliano martinez"));
        assert!(stops_agree("汉密尔顿", "lewis hamilton"));
        assert!(stops_agree("埃丁·泰尔齐奇", "edin terzic"), "din as before");
    }

    #[test]
    fn established_bao_and_gu_write_p_and_k_too() {
        assert!(stops_agree("鲍威尔", "jerome powell"));
        assert!(stops_agree("保罗", "paul"));
        assert!(stops_agree("尼古连科", "oleg nikolenko"));
    }

    #[test]
    fn unclear_spellings_and_other_scripts_never_say_no() {
        // a different number of stops says nothing: a left-out coda, a silent letter
        assert!(stops_agree("雷诺", "renaud"));
        assert!(stops_agree("Putin", "joe biden"), "no transcription");
        assert!(stops_agree("吉尔", "gil"), "吉 is an affricate in pinyin");
        assert_eq!(latin_stops("Gerhard"), vec![Stop::Voiced]);
        assert_eq!(latin_stops("Mbappé"), vec![Stop::Voiced, Stop::Voiceless]);
    }
}
