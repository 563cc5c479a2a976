//! Rule `a_q_read_as_g_meets_its_g_spelling`: English and French write the
//! Persian and Arabic `ق` and `غ` of a name as `q` (`Varzaqan`, `Qiz Qalasi`)
//! where most other languages write g or gh (`Varzaghan`, `Варзеган`,
//! `Βαρζεγκάν`, `Giz Galasi`, `Гыз Галасы`). The skeleton reads `q` as k, which
//! keeps `Qatar` with `Katar`; a name with a `q` that is not the `qu` of Latin
//! spelling is also read with g there, and meets the names with that reading in
//! another article of its story (two other entities in common).

use super::{
    Casing, HashMap, Item, Profile, StoryPass, Tables, items_kinds_firmly_differ, push_skeleton, written_name,
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
    read_as: fn(&str, &Profile) -> Option<String>,
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

/// The `q` read as g (see the module's rule), one of the readings
/// [`join_names_read_otherwise`] meets names by.
pub(super) const Q_READ_AS_G: Reading = Reading { letters: &['q', 'Q'], read_as: q_read_as_g };

/// [`q_as_g`] as a [`Reading`] reads a word, whatever its language.
fn q_read_as_g(word: &str, _: &Profile) -> Option<String> {
    q_as_g(word)
}

/// A way to read a name otherwise: a name of a cased script with a letter of
/// `letters` that `read_as` reads otherwise (a word's other spelling, if it has one).
pub(super) struct Reading {
    pub(super) letters: &'static [char],
    pub(super) read_as: fn(&str, &Profile) -> Option<String>,
}

/// Joins each name of a cased script that a reading of `readings` reads otherwise
/// to the names of other articles of its story whose skeleton is that other
/// reading, reading after reading. The names each reading finds do not depend
/// on the joins, so the items are read once for all of them; the joins are then
/// made reading after reading, in the order one pass per reading made them, as
/// the story test reads the joins so far.
pub(super) fn join_names_read_otherwise(p: &mut StoryPass, readings: &[Reading]) {
    let (articles, items, t, langs, cands) = (p.articles, p.items, p.t, p.langs, p.cands);
    // per reading, the names so spelt, by the joined skeleton their other reading has
    let mut read_so: Vec<HashMap<u32, Vec<usize>>> = readings.iter().map(|_| HashMap::default()).collect();
    for (n, it) in items.iter().enumerate() {
        let Some(lang) = langs.get(it.art as usize) else { continue };
        if lang.casing == Casing::Uncased || t.is_acronym(it) {
            continue;
        }
        let Some(written) = written_name(articles, cands, it) else { continue };
        for (reading, read_so) in readings.iter().zip(&mut read_so) {
            if !written.contains(reading.letters) {
                continue;
            }
            let Some((key, whole)) = read_with(written, t, it, lang, reading.read_as) else { continue };
            // (a reading no name has is no string yet)
            for id in [key.as_deref(), Some(whole.as_str())].into_iter().flatten().filter_map(|k| t.strings.ids.get(k))
            {
                let spelt = read_so.entry(*id).or_default();
                if spelt.last() != Some(&n) {
                    spelt.push(n);
                }
            }
        }
    }
    if read_so.iter().all(HashMap::is_empty) {
        return;
    }
    // per reading, the pairs it may join, in item order, each joined as it is met: a
    // name many articles write pairs with each of them, and a list of every pair of
    // every reading held first took 1 GB at a million one-line articles
    for read_so in read_so.iter().filter(|read_so| !read_so.is_empty()) {
        for (m, it) in items.iter().enumerate() {
            let name = t.name(it);
            for &n in [name.joined, name.whole].into_iter().filter_map(|k| read_so.get(&k)).flatten() {
                let other = &items[n];
                if other.art != it.art
                    && !items_kinds_firmly_differ(cands, other, it)
                    && p.uf.find(n) != p.uf.find(m)
                    && p.same_story(n, m)
                {
                    p.uf.union(n, m);
                }
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
