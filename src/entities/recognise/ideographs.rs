//! Ideographic scripts: Latin names written into Chinese and Japanese text.

use super::*;

/// Names inside a run of Han or kana (no spaces between words): at each
/// position the longest gazetteer name that starts there. Two-character names
/// are common words as often as towns, so they count only when the source is
/// trusted or the place is big.
pub(super) fn detect_in_ideographs(cx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let doc = cx.doc;
    let t = doc.toks[i];
    let word = doc.word(i);
    let bounds: Vec<usize> = word.char_indices().map(|(b, _)| b).chain(std::iter::once(word.len())).collect();
    let mut key = String::new();
    let mut p = 0;
    while p + 1 < bounds.len() {
        let mut best: Option<(KeyHit, usize)> = None;
        for q in p + 1..bounds.len() {
            key.clear();
            push_key(&word[bounds[p]..bounds[q]], t.flags & (UNCASED | IDEOGRAPHIC), &mut key);
            if let Some(hit) = cx.gaz.lookup(&key) {
                let chars = q - p;
                let entry = cx.gaz.entry(hit.entry);
                if chars >= 2 && (hit.trusted || chars >= 3 || entry.prio >= 10) {
                    best = Some((hit, q));
                }
            }
            if !cx.gaz.is_ideographic_prefix(&key) {
                break;
            }
        }
        match best {
            Some((hit, q)) => {
                out.push(Cand {
                    t0: i,
                    t1: i + 1,
                    start: t.start + bounds[p],
                    end: t.start + bounds[q],
                    kind: cx.gaz.entry(hit.entry).kind,
                    source: Source::Gazetteer(hit.entry),
                    cue: false,
                    weak: false,
                });
                p = q;
            }
            None => p += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;

    #[test]
    fn places_are_found_inside_runs_of_han_and_kana() {
        let a = [
            article("en", "en", "Putin flew from Pyongyang to Beijing."),
            article("zh", "zh", "普京在平壤会见金正恩，随后前往北京。"),
            article("ja", "ja", "プーチン大統領は平壌を訪問した。"),
        ];
        let r = run(&a);
        let id = |surface: &str| find(&r[0], surface).expect(surface).2.clone();
        assert_eq!(find(&r[1], "平壤").expect("zh Pyongyang").2, id("Pyongyang"));
        assert_eq!(find(&r[1], "北京").expect("zh Beijing").2, id("Beijing"));
        assert_eq!(find(&r[2], "平壌").expect("ja Pyongyang").2, id("Pyongyang"));
        assert!(r[1].iter().all(|m| m.0.chars().count() <= 4), "no runaway spans: {:?}", r[1]);
    }

    #[test]
    fn a_latin_name_written_into_chinese_ends_where_the_ideographs_begin() {
        let a = [article("a", "zh", "其表现可以与美国OpenAI的模型相媲美。DeepSeek应用登上了美国应用商店的榜首。")];
        let r = run(&a);
        assert!(find(&r[0], "OpenAI").is_some(), "{:?}", r[0]);
        assert!(find(&r[0], "DeepSeek").is_some(), "{:?}", r[0]);
        assert_eq!(r[0].iter().filter(|m| m.0 == "美国").count(), 2, "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("的")), "{:?}", r[0]);
        // katakana written onto a Latin word is part of the name, a particle is not
        let r = run(&[article("b", "ja", "日本製鉄はUSスチールの買収を完了した。")]);
        assert!(find(&r[0], "USスチール").is_some(), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| m.0 != "US" && !m.0.contains("の")), "{:?}", r[0]);
    }
}
