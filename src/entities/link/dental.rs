//! Rule `a_palatal_may_write_a_dental_stop`: Chinese and Japanese write the
//! dental stop of some foreign names with a palatal (`プーチン`, `普京`:
//! Putin; [`dental_stop_of`]), which their coarse key reads as a sibilant:
//! `プーチン` read pu-chi-n has the key of Viasna (`bsn`). The name has a
//! second key, read with a dental stop (`bdn`), which is Putin's, and Biden's:
//! coarse keys merge voicing. A name met by that second key only is the
//! cased-script name whose stops have the voicing the transcription writes,
//! counted alike ([`voicing_agrees`]).

use super::voicing::stops_agree;
use crate::entities::segmented;
use crate::lang::phonetic::{DentalStop, dental_stop_of, transcription_key_dental};

/// The coarse key of a name written by its sound read with its palatals as
/// dental stops, without a place head after it; `None` for a name with no
/// such palatal or a key too short to link by.
pub(super) fn sound_key(name: &str) -> Option<String> {
    let name = segmented::without_place_head_after_sound(name);
    let key = segmented::written_by_sound(name).then(|| transcription_key_dental(name)).flatten()?;
    (key.len() >= super::MIN_TRANSCRIPTION_KEY).then_some(key)
}

/// A stop of each voicing in katakana, and in Han characters of one voicing
/// (pinyin `t` and `d`, neither of the characters of either voicing).
const KANA_STOPS: (char, char) = ('テ', 'デ');
const HAN_STOPS: (char, char) = ('特', '得');

/// Do the stops of `transcription` read with its palatals as dental stops
/// agree with those of the cased-script `spelling` (`joe biden`), as many
/// and of one voicing? A katakana palatal writes its voicing (`チ` t, `ヂ`
/// d); a Han one either (`京` is the t of Putin, `杰` the d of Medvedev). A
/// count that differs says nothing, which here is no: the second reading
/// needs the spelling's word.
pub(super) fn voicing_agrees(transcription: &str, spelling: &str) -> bool {
    // the transcription respelt with a stop of the written voicing, or of the other one
    let respelt = |flip: bool| -> String {
        let mut chars = transcription.chars().peekable();
        let mut out = String::with_capacity(transcription.len());
        while let Some(c) = chars.next() {
            let voiceless = match dental_stop_of(c, chars.peek().copied()) {
                Some(DentalStop::Voiceless | DentalStop::Either) => true,
                Some(DentalStop::Voiced) => false,
                None => {
                    out.push(c);
                    continue;
                }
            };
            let (t, d) = if dental_stop_of(c, None) == Some(DentalStop::Either) { HAN_STOPS } else { KANA_STOPS };
            out.push(if voiceless != flip { t } else { d });
        }
        out
    };
    let (written, other) = (stops_agree(&respelt(false), spelling), stops_agree(&respelt(true), spelling));
    let either = transcription.chars().any(|c| dental_stop_of(c, None) == Some(DentalStop::Either));
    // one voicing agrees and the other does not: the counts met; a Han palatal may be either
    if either { written != other } else { written && !other }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_palatal_read_as_a_dental_stop_has_the_voicing_it_writes() {
        // the key Putin and Biden share: the stops tell them apart
        assert_eq!(sound_key("プーチン"), crate::lang::phonetic::transcription_key("バイデン"));
        assert!(voicing_agrees("プーチン", "vladimir putin"));
        assert!(!voicing_agrees("プーチン", "joe biden"));
        assert!(voicing_agrees("普京", "vladimir putin"));
        assert!(!voicing_agrees("普京", "joe biden"));
        assert!(voicing_agrees("ミシュスチン", "mikhail mishustin"));
        // a name with no stop counted alike is no sound for a second reading
        assert!(!voicing_agrees("プーチン", "viasna"));
        assert!(!voicing_agrees("普京", "vesna"));
    }

    #[test]
    fn a_name_with_no_palatal_has_no_second_key() {
        assert_eq!(sound_key("ボルソナロ"), None);
        assert_eq!(sound_key("チャールズ"), None);
        assert!(sound_key("普京").is_some());
    }
}
