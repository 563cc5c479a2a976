//! Rule `a_q_read_as_g_meets_its_g_spelling`: English and French write the
//! Persian and Arabic `ق` and `غ` of a name as `q` (`Varzaqan`, `Qiz Qalasi`)
//! where most other languages write g or gh (`Varzaghan`, `Варзеган`,
//! `Βαρζεγκάν`, `Giz Galasi`, `Гыз Галасы`). The skeleton reads `q` as k, which
//! keeps `Qatar` with `Katar`; a name with a `q` that is not the `qu` of Latin
//! spelling is also read with g there, and meets the names with that reading in
//! another article of its story (two other entities in common).

use super::{
    Article, Casing, HashMap, Item, Kept, Profile, Tables, UnionFind, items_kinds_firmly_differ, push_skeleton,
    written_name,
};

/// A reading with g shorter than this says too little (`Iraq` as `rg` is `Riga`).
const MIN_G_READING: usize = 4;

/// The word with each `q` that no `u` follows written `g`, if it has one.
fn q_as_g(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    let mut changed = false;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        let before_u = chars.peek().is_some_and(|&next| matches!(next, 'u' | 'U'));
        match c {
            'q' if !before_u => out.push('g'),
            'Q' if !before_u => out.push('G'),
            _ => {
                out.push(c);
                continue;
            }
        }
        changed = true;
    }
    changed.then_some(out)
}

/// The name's joined skeleton read with its `q`s as g, each word cut where the
/// item's own skeleton of it ends (a stem), and read with the whole words: `None`
/// without such a `q`, or when the written words are not the item's. (`read_as`
/// gives a word's other spelling, if it has one: here [`q_as_g`].)
fn read_with(
    written: &str,
    t: &Tables,
    it: &Item,
    lang: &Profile,
    read_as: &dyn Fn(&str, &Profile) -> Option<String>,
) -> Option<(Option<String>, String)> {
    let words = t.words(it);
    let written: Vec<&str> = written.split_whitespace().collect();
    if written.len() != words.len() {
        return None;
    }
    let (mut key, mut whole) = (Some(String::new()), String::new());
    let mut any = false;
    for (text, word) in written.iter().zip(words) {
        let stem = t.strings.get(word.skel);
        let mut plain = String::new();
        push_skeleton(text, lang.orthography, &mut plain);
        let read = match read_as(text, lang) {
            Some(other) => {
                any = true;
                let mut read = String::new();
                push_skeleton(&other, lang.orthography, &mut read);
                read
            }
            None => plain.clone(),
        };
        whole.push_str(&read);
        // the other reading replaces letters one for one: cut it where the stem's skeleton ends
        // (one that does not, the whole words' reading only)
        let cut = (plain.starts_with(stem) && read.len() == plain.len()).then(|| read.get(..stem.len())).flatten();
        key = key.zip(cut).map(|(key, cut)| key + cut);
    }
    let long = |k: &String| k.len() >= MIN_G_READING;
    (any && long(&whole)).then_some((key.filter(long), whole))
}

/// Joins each name written with `q` to the names of other articles of its
/// story whose skeleton is its reading with g (see the module's rule).
pub(super) fn join_q_read_as_g(
    articles: &[Article],
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    uf: &mut UnionFind,
    same_story: &mut dyn FnMut(usize, usize, &mut UnionFind) -> bool,
) {
    let read_as = |word: &str, _: &Profile| q_as_g(word);
    join_names_read_otherwise(articles, items, t, langs, cands, uf, same_story, &['q', 'Q'], &read_as);
}

/// Joins each name of a cased script with a letter of `letters` that `read_as`
/// reads otherwise to the names of other articles of its story whose skeleton
/// is that other reading.
#[allow(clippy::too_many_arguments)]
pub(super) fn join_names_read_otherwise(
    articles: &[Article],
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    uf: &mut UnionFind,
    same_story: &mut dyn FnMut(usize, usize, &mut UnionFind) -> bool,
    letters: &[char],
    read_as: &dyn Fn(&str, &Profile) -> Option<String>,
) {
    // the names so spelt, by the joined skeleton their other reading has
    let mut read_so: HashMap<u32, Vec<usize>> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        let Some(lang) = langs.get(it.art as usize) else { continue };
        if lang.casing == Casing::Uncased || t.is_acronym(it) {
            continue;
        }
        let Some(written) = written_name(articles, cands, it).filter(|w| w.contains(letters)) else { continue };
        let Some((key, whole)) = read_with(written, t, it, lang, read_as) else { continue };
        // (a reading no name has is no string yet)
        for id in [key.as_deref(), Some(whole.as_str())].into_iter().flatten().filter_map(|k| t.strings.ids.get(k)) {
            let spelt = read_so.entry(*id).or_default();
            if spelt.last() != Some(&n) {
                spelt.push(n);
            }
        }
    }
    if read_so.is_empty() {
        return;
    }
    for (m, it) in items.iter().enumerate() {
        let name = t.name(it);
        let spelt = [name.joined, name.whole].into_iter().filter_map(|k| read_so.get(&k)).flatten();
        for &n in spelt {
            let other = &items[n];
            if other.art == it.art || uf.find(n) == uf.find(m) || items_kinds_firmly_differ(cands, other, it) {
                continue;
            }
            if same_story(n, m, uf) {
                uf.union(n, m);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::q_as_g;

    #[test]
    fn a_q_before_no_u_is_read_as_g() {
        assert_eq!(q_as_g("Varzaqan").as_deref(), Some("Varzagan"));
        assert_eq!(q_as_g("Qalasi").as_deref(), Some("Galasi"));
        assert_eq!(q_as_g("Quebec"), None, "the qu of Latin spelling");
        assert_eq!(q_as_g("Varzaghan"), None);
    }
}
