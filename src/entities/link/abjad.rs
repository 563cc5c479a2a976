//! Names in Arabic, Persian and Hebrew letters, which write a foreign name's
//! consonants and few of its vowels: linked to the cased-script names of
//! other articles by their abjad key (see [`crate::lang::phonetic::push_abjad_key`]),
//! and looked for in text the recogniser found nothing in, as the Devanagari
//! pass does for Hindi.

use super::*;
use crate::entities::tokens::IDEOGRAPHIC;

/// Arabic, Persian and Hebrew write a foreign name's consonants: an abjad key
/// this short (two classes) says too little.
pub(super) const MIN_ABJAD_KEY: usize = 3;

/// Is the language written in an abjad (Arabic or Hebrew letters)?
pub(super) fn writes_abjad(lang: &Profile) -> bool {
    matches!(lang.scripts.first(), Some(crate::lang::Script::Arabic | crate::lang::Script::Hebrew))
}

/// A name in Arabic or Hebrew letters (`فوميو كيشيدا`, `עמנואל מקרון`) that no
/// cased-script name has joined yet joins the one entity whose cased-script
/// name has its abjad key: the whole name, or for a person named by one word
/// the family name of a person named in full, or for a person named by two
/// words two words in a row of a longer name (the recogniser may stop before
/// `أون`, Un). A part of a name must be a person's on both sides. With two entities to choose from, the one far more often named,
/// else none; gazetteer places are never candidates.
pub(super) fn link_abjad_names(
    articles: &[Article],
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    (cands, cand_starts): (&[Kept], &[u32]),
    placed: &HashMap<usize, u32>,
    uf: &mut UnionFind,
) {
    let abjad_article = |it: &Item| langs.get(it.art as usize).is_some_and(|p| writes_abjad(p));
    let kind = |it: &Item| cands.get(it.cand as usize).map(|c| c.kind);
    let todo: Vec<usize> = (0..items.len())
        .filter(|&n| {
            let it = &items[n];
            t.name(it).abjad != NO_STRING && abjad_article(it) && !placed.contains_key(&n) && !t.is_acronym(it)
        })
        .collect();
    if todo.is_empty() {
        return;
    }
    // cased-script names by key: (a name, its entity now)
    let mut full: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    // the same names by their loose keys (rule `a_silent_letter_of_a_latin_name_is_no_consonant`)
    let mut loose: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    let mut surnames: HashMap<&str, Vec<(usize, usize)>> = HashMap::default();
    // the keys of the given names of people named in full, per entity
    let mut cased_given: HashMap<usize, Vec<&str>> = HashMap::default();
    // two words in a row of a person's name of three or more (`كيم جونغ` of Kim Jong Un)
    let mut pairs: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    let mut named: HashMap<usize, usize> = HashMap::default();
    let mut seen: HashSet<(u32, usize)> = HashSet::default();
    for (n, it) in items.iter().enumerate() {
        if t.name(it).abjad == NO_STRING || abjad_article(it) || t.is_acronym(it) || placed.contains_key(&n) {
            continue;
        }
        let root = uf.find(n);
        *named.entry(root).or_default() += 1;
        if !seen.insert((t.name(it).abjad, root)) {
            continue;
        }
        let spaced = t.strings.get(t.name(it).abjad);
        let joined = spaced.replace(' ', "");
        if t.name(it).len >= 2 {
            loose.entry(loose_key(spaced)).or_default().push((n, root));
        }
        if joined.len() >= MIN_ABJAD_KEY {
            full.entry(joined).or_default().push((n, root));
        }
        if t.name(it).len >= 2
            && kind(it) == Some(EntityKind::Person)
            && let Some(last) = spaced.rsplit(' ').next().filter(|l| l.len() >= MIN_ABJAD_KEY)
        {
            surnames.entry(last).or_default().push((n, root));
            if let Some(first) = spaced.split(' ').next() {
                cased_given.entry(root).or_default().push(first);
            }
        }
        if t.name(it).len >= 3 && kind(it) == Some(EntityKind::Person) {
            let words: Vec<&str> = spaced.split(' ').collect();
            for pair in words.windows(2) {
                let key = pair.concat();
                if key.len() > MIN_ABJAD_KEY {
                    pairs.entry(key).or_default().push((n, root));
                }
            }
        }
    }
    // the family names of the people each abjad article names in full (rule
    // `a_family_name_behind_a_proclitic_is_no_other_name_that_sounds_alike`)
    let mut families: HashSet<(u32, &str)> = HashSet::default();
    // the given names those full names are written with, per (article, family name)
    let mut given_names: HashMap<(u32, &str), Vec<&str>> = HashMap::default();
    for &n in &todo {
        let it = &items[n];
        let written = written_words(articles, cands, it);
        if t.name(it).len >= 2
            && kind(it) == Some(EntityKind::Person)
            && let (Some(&first), Some(&last)) = (written.first(), written.last())
        {
            families.insert((it.art, last));
            given_names.entry((it.art, last)).or_default().push(first);
        }
    }
    let cased_roots: HashSet<usize> = named.keys().copied().collect();
    // the cased-script entities some mention of which is a place or a body (rule `a_head_phrase_is_no_person`)
    let mut thing_roots: HashSet<usize> = HashSet::default();
    for (n, it) in items.iter().enumerate() {
        if kind(it).is_some_and(|k| k != EntityKind::Person) {
            thing_roots.insert(uf.find(n));
        }
    }
    // how many cased-script articles name each entity: (the last one, the count)
    let mut cased_articles: HashMap<usize, (u32, u32)> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        if t.name(it).abjad != NO_STRING && !abjad_article(it) && !placed.contains_key(&n) {
            let slot = cased_articles.entry(uf.find(n)).or_insert((u32::MAX, 0));
            if slot.0 != it.art {
                *slot = (it.art, slot.1 + 1);
            }
        }
    }
    let words_of = |name: usize| items.get(name).map_or(0, |f| keyed_words(t.strings.get(t.name(f).abjad)));
    let mut context = ArticleEntities::default();
    for n in todo {
        if cased_roots.contains(&uf.find(n)) {
            continue;
        }
        let it = &items[n];
        let spaced = t.strings.get(t.name(it).abjad);
        let joined = spaced.replace(' ', "");
        let mut found: Vec<(usize, usize)> = full.get(&joined).cloned().unwrap_or_default();
        let article_on = |k: usize| {
            let written = written_words(articles, cands, it);
            langs.get(it.art as usize).zip(written.get(k)).is_some_and(|(lang, w)| written_article(lang, w))
        };
        same_word_count(&mut found, keyed_words(spaced), article_on(0), words_of);
        // `ו`/`و` read as the consonant v where a foreign name writes it so (`קוין דה בראונה`,
        // Kevin De Bruyne; `ויאסנה`, Viasna), where the vowel reading meets no name
        if found.is_empty() {
            let mut variant = String::new();
            for w in written_words(articles, cands, it) {
                let before = variant.len();
                crate::lang::phonetic::push_abjad_key_waw_as_v(w, &mut variant);
                if variant.len() == before {
                    crate::lang::phonetic::push_abjad_key(w, crate::lang::Orthography::English, &mut variant);
                }
            }
            if variant != joined && variant.len() >= MIN_SCANNED_WORD_KEY {
                found = full.get(&variant).cloned().unwrap_or_default();
                same_word_count(&mut found, keyed_words(spaced), article_on(0), words_of);
            }
        }
        // (rule `a_silent_letter_of_a_latin_name_is_no_consonant`) a name of several words whose
        // key meets nothing may meet a cased name by their loose keys (`جون روبرتس`, John Roberts)
        if found.is_empty() && t.name(it).len >= 2 {
            let key = loose_key(spaced);
            if key.len() >= MIN_SCANNED_NAME_KEY {
                found = loose.get(&key).cloned().unwrap_or_default();
                same_word_count(&mut found, keyed_words(spaced), article_on(0), words_of);
            }
        }
        // (rule `a_conjunction_on_a_full_name_is_no_part_of_it`)
        if found.is_empty() && t.name(it).len >= 2 && kind(it) == Some(EntityKind::Person) {
            let written = written_words(articles, cands, it);
            if let Some(key) = langs.get(it.art as usize).and_then(|lang| key_without_conjunction(lang, &written)) {
                found = full.get(&key).cloned().unwrap_or_default();
                same_word_count(&mut found, keyed_words(spaced), false, words_of);
            }
        }
        // one word of three consonant classes is as often a common word or another kind of name
        // (`מובילאיי`, Mobileye, reads MPL like Wembley): only a person joins a person so
        if t.name(it).len == 1 && joined.len() < MIN_SCANNED_WORD_KEY {
            let person = |n: usize| items.get(n).and_then(kind) == Some(EntityKind::Person);
            let place = |n: usize| items.get(n).and_then(kind) == Some(EntityKind::Location);
            let mut kept = Vec::with_capacity(found.len());
            for &(name, root) in &found {
                let same_kind = kind(it) == Some(EntityKind::Person) && person(name);
                // (rule `a_short_place_key_is_a_place_of_the_same_story`) a place named by one word
                // (`الحوز` of `إقليم الحوز`, the province of Al Haouz, its head left out) is the
                // place a cased article of the same story names, as a head phrase is
                let all = (items, cands, cand_starts);
                let place_of_the_story = kind(it) == Some(EntityKind::Location)
                    && place(name)
                    && thing_roots.contains(&root)
                    && items.get(name).is_some_and(|other| {
                        context.shared(it.art, other.art, root, all, placed, uf) >= MIN_SHARED_ENTITIES_OF_A_SOUND_LINK
                    });
                if same_kind || place_of_the_story {
                    kept.push((name, root));
                }
            }
            found = kept;
        }
        // a person's full name is no one word a cased article typed a place or a body
        // (`לואיז אינסיו`, Luiz Inácio, reads like `Loznice`; `ואלעד ריבן` like `Vlada`)
        if t.name(it).len >= 2 && kind(it) == Some(EntityKind::Person) {
            found.retain(|&(name, _)| {
                items.get(name).is_none_or(|f| t.name(f).len >= 2 || kind(f) == Some(EntityKind::Person))
            });
        }
        if found.is_empty() {
            // the words as the article writes them: read only by the two rules below
            let written = written_words(articles, cands, it);
            let lang = langs.get(it.art as usize);
            if let Some(key) = lang.and_then(|lang| regnal_key(lang, spaced, &written)) {
                found = full.get(&key).cloned().unwrap_or_default();
            }
            if found.is_empty()
                && let Some(rest) = lang.and_then(|lang| after_head_word(lang, spaced, &written))
            {
                found = full.get(&rest).cloned().unwrap_or_default();
                // (rule `a_head_phrase_is_no_person`) the head word says the phrase is a body or a
                // place: an entity only people's names spell is none of it (`بنك اليابان`, Bank of
                // Japan, reads LPN like Le Pen)
                found.retain(|(_, root)| thing_roots.contains(root));
                // the words after the head (`מכון ויצמן`, the Weizmann Institute, is no `Üç Maymun`)
                same_word_count(&mut found, keyed_words(spaced).saturating_sub(1), article_on(1), words_of);
                // (rule `a_short_key_after_a_head_is_a_name_of_the_same_story`) three consonant
                // classes after a head meet names of every kind (`مرفأ بيروت`, port of Beirut, reads
                // PRT like Paiporta; `کمیته نوبل`, the Nobel committee, NPL like Napoli): such a
                // phrase is the place or body a cased article names alone only when that article
                // tells the same story (names two entities this one names)
                if rest.len() < MIN_SCANNED_WORD_KEY {
                    let all = (items, cands, cand_starts);
                    let mut same_story = Vec::with_capacity(found.len());
                    for &(name, root) in &found {
                        let Some(other) = items.get(name) else { continue };
                        if context.shared(it.art, other.art, root, all, placed, uf)
                            >= MIN_SHARED_ENTITIES_OF_A_SOUND_LINK
                        {
                            same_story.push((name, root));
                        }
                    }
                    found = same_story;
                }
            }
        }
        // a family name the article names in full, written behind a proclitic (`لعون`, to Aoun),
        // is that person's (`join_surnames_behind_proclitics`), not a name whose key holds the
        // proclitic's letter too (`لعون` reads like Levin)
        let behind_proclitic = || {
            let lang = langs.get(it.art as usize);
            let written = written_words(articles, cands, it);
            lang.zip(written.first()).is_some_and(|(lang, w)| {
                proclitics_without_article(lang.data()).any(|c| {
                    w.strip_prefix(c)
                        .is_some_and(|rest| rest.chars().count() >= 3 && families.contains(&(it.art, rest)))
                })
            })
        };
        if t.name(it).len == 1 && kind(it) == Some(EntityKind::Person) && behind_proclitic() {
            continue;
        }
        if found.is_empty() && t.name(it).len == 1 && kind(it) == Some(EntityKind::Person) {
            found = surnames.get(joined.as_str()).cloned().unwrap_or_default();
        }
        // (rule `a_native_given_name_keeps_a_family_name_apart`) the family name alone, read as
        // a cased name alone (`Pérez`) or as the last word of one (`Florentino Pérez`)
        if t.name(it).len == 1
            && kind(it) == Some(EntityKind::Person)
            && joined.len() < MIN_SCANNED_WORD_KEY
            && !found.is_empty()
        {
            let lang = langs.get(it.art as usize);
            let written = written_words(articles, cands, it);
            if let (Some(lang), Some(&word)) = (lang, written.first())
                && let Some(given) = given_names.get(&(it.art, word))
            {
                found.retain(|&(_, root)| {
                    cased_given
                        .get(&root)
                        .is_none_or(|keys| keys.iter().any(|k| !native_given_name_apart(lang, given, k)))
                });
            }
        }
        // a frequent word of the language taken for a person (`رئيس غرفة…`, head of the chamber…)
        // joins a cased script's name that sounds alike (`غرفة`, Graf) only where several
        // articles name that entity: the frequent words hold famous names too (`ترامب`)
        let frequent_word = || {
            let lang = langs.get(it.art as usize);
            let written = written_words(articles, cands, it);
            lang.zip(written.first()).is_some_and(|(lang, w)| {
                super::super::recognise::is_frequent_word_form(lang, w) || frequent_word_with_a_pronoun(lang, w)
            })
        };
        if t.name(it).len == 1 && !found.is_empty() && frequent_word() {
            found.retain(|(_, root)| cased_articles.get(root).is_some_and(|&(_, k)| k >= 2));
        }
        // a day or an ordinal (`שלישי`, Tuesday or third, reads like Scholz) is no one's name
        if t.name(it).len == 1
            && !found.is_empty()
            && names_nothing(langs.get(it.art as usize), &written_words(articles, cands, it))
        {
            found.clear();
        }
        if found.is_empty() && t.name(it).len == 2 && kind(it) == Some(EntityKind::Person) {
            found = pairs.get(&joined).cloned().unwrap_or_default();
        }
        found.sort_unstable_by_key(|&(_, root)| root);
        found.dedup_by_key(|&mut (_, root)| root);
        let count = |f: Option<&(usize, usize)>| f.and_then(|(_, root)| named.get(root)).copied().unwrap_or(0);
        found.sort_by_key(|f| std::cmp::Reverse(count(Some(f))));
        let clear = found.len() == 1 || count(found.first()) >= 2 * count(found.get(1));
        // (rule `firm_kinds_keep_apart`)
        if let (true, Some(&(name, _))) = (clear, found.first())
            && items.get(name).is_none_or(|f| !items_kinds_firmly_differ(cands, it, f))
        {
            uf.union(n, name);
        }
    }
}

/// Rule `a_native_given_name_keeps_a_family_name_apart`: short family names
/// (three consonant classes or fewer) of different languages read alike in an
/// abjad by chance (`פרץ`, Peretz, like Pérez), so such a family name alone
/// written where the article names the person in full (`מרים פרץ`) with a
/// given name of the language's own (`given`) is no cased-script person whose
/// given name reads otherwise (Florentino Pérez).
/// `given` are the given names the article writes with the family name,
/// `cased_given` the abjad key of the cased name's first word; none of the
/// article's given names may be foreign or read as it does.
fn native_given_name_apart(lang: &Profile, given: &[&str], cased_given: &str) -> bool {
    !given.is_empty()
        && given.iter().all(|g| {
            let mut key = String::new();
            crate::lang::phonetic::push_abjad_key(g, lang.orthography, &mut key);
            super::super::types::is_given_name_in(lang, g) && key != cased_given
        })
}

/// Rule `a_conjunction_on_a_full_name_is_no_part_of_it`: the conjunction is
/// written onto the next word (`ודווין סמית'`, and Devin Smith; `وكاس`), so a
/// person's full name in a list carries it on its given name: the joined abjad
/// key of the name without it, where the given name keeps three letters or
/// more; None where the first word has no conjunction (profile class `conjclitic`).
fn key_without_conjunction(lang: &Profile, written: &[&str]) -> Option<String> {
    let (first, rest) = written.split_first()?;
    let bare =
        lang.data().words("conjclitic").find_map(|c| first.strip_prefix(c).filter(|b| b.chars().count() >= 3))?;
    let mut key = String::new();
    for w in std::iter::once(bare).chain(rest.iter().copied()) {
        crate::lang::phonetic::push_abjad_key(w, lang.orthography, &mut key);
    }
    Some(key)
}

/// Rule `a_silent_letter_of_a_latin_name_is_no_consonant`: the abjad key of a
/// name in Latin letters keeps letters an abjad spelling leaves out or writes
/// apart: a silent h inside a word (`John` reads SHN, `جون` SN; `Mourinho` MRNH)
/// and the affricate read of `ts` (`Roberts` reads RPRS, `روبرتس` writes t and s,
/// RPRTS). The loose key of a spaced key drops an h class past a word's first
/// letter and reads t before s as s, on both sides, with the words run together.
fn loose_key(spaced: &str) -> String {
    let mut out = String::with_capacity(spaced.len());
    for word in spaced.split(' ') {
        let start = out.len();
        for (k, c) in word.chars().enumerate() {
            if (k > 0 && c == 'H') || out[start..].ends_with(c) {
                continue;
            }
            if c == 'S' && out[start..].ends_with('T') {
                out.pop();
                if out[start..].ends_with('S') {
                    continue;
                }
            }
            out.push(c);
        }
    }
    out
}

/// How many words of a name have a key: a Roman numeral or a vowel alone has
/// none (`Charles III` is one, `Studio E` one).
fn keyed_words(spaced: &str) -> usize {
    spaced.split(' ').filter(|w| !w.is_empty()).count()
}

/// Rule `a_name_of_one_word_is_no_name_of_several`: a name read by its whole
/// key joins only a name of one word where it has one word, and of several
/// where it has several: the keys of two short names run together read like
/// a longer one (`ماركيز`, Márquez, like `Ömer Koç`; `לה פן`, Le Pen, like
/// `Olefiny`). `words` are the key's words on the abjad side; one written
/// with the Arabic article or a hyphen (`الحوز`, `אל-חוז`) may be two in Latin
/// letters (`Al Haouz`).
fn same_word_count(
    found: &mut Vec<(usize, usize)>,
    words: usize,
    article_first: bool,
    words_of: impl Fn(usize) -> usize,
) {
    if words == 1 && article_first {
        return;
    }
    found.retain(|&(name, _)| (words_of(name) > 1) == (words > 1));
}

/// Is the word written with the language's article of two letters or more
/// (Arabic `ال`), which a Latin spelling writes as a word of its own (`Al`),
/// or with a hyphen (Hebrew `אל-חוז`)?
fn written_article(lang: &Profile, word: &str) -> bool {
    word.contains('-') || lang.data().articles.iter().any(|a| a.chars().count() >= 2 && word.starts_with(a.as_str()))
}

/// Rule `a_shared_family_name_is_the_person_named_most`: where an article in
/// Arabic or Hebrew letters names two people of one family name in full
/// (`ميشال عون`, the former president, and `جوزاف عون`, the new one), the
/// family name alone is the one it names at least twice as often, its subject,
/// else neither: the nearest full name is no guide. `people` are the full
/// names (item, its entity now) that may own the family name; with one
/// person among them, that person.
pub(super) fn person_named_most(people: &[(usize, usize)]) -> Option<usize> {
    let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (entity, names, an item)
    for &(item, root) in people {
        match counts.iter_mut().find(|c| c.0 == root) {
            Some(c) => c.1 += 1,
            None => counts.push((root, 1, item)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [] => None,
        [one] => Some(one.2),
        [first, second, ..] => (first.1 >= 2 * second.1).then_some(first.2),
    }
}

/// Rule `a_town_found_in_abjad_text_is_the_place_other_articles_name`: a place of
/// one word the recogniser found in Arabic, Persian or Hebrew text by its context
/// alone (`مدينة كاشيهارا`, the city of Kashihara) is the gazetteer place the
/// cased-script articles name with its abjad key (`place_abjad`, as the scan of
/// text the recogniser left alone reads it), where one place has that key. By item.
pub(super) fn places_named_by_their_sound(
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    placed: &HashMap<usize, u32>,
    place_abjad: &HashMap<String, u32>,
) -> HashMap<usize, u32> {
    let mut out = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        let abjad_article = langs.get(it.art as usize).is_some_and(|p| writes_abjad(p));
        let unknown_place =
            cands.get(it.cand as usize).is_some_and(|c| c.kind == EntityKind::Location && c.is_unknown());
        if !abjad_article || !unknown_place || t.name(it).len != 1 || t.name(it).abjad == NO_STRING {
            continue;
        }
        if placed.contains_key(&n) || t.is_acronym(it) {
            continue;
        }
        let key = t.strings.get(t.name(it).abjad);
        if key.len() < MIN_SCANNED_WORD_KEY {
            continue;
        }
        if let Some(&e) = place_abjad.get(key).filter(|&&e| e != NO_STRING) {
            out.insert(n, e);
        }
    }
    out
}

/// The profile's proclitics that carry no article (`ل`, `ו`, not `لل`): a family
/// name is written behind them as it stands.
fn proclitics_without_article(data: &crate::lang::profile::LanguageData) -> impl Iterator<Item = &str> {
    data.proclitics.iter().filter(|c| !data.articles.iter().any(|a| c.ends_with(a.as_str()))).map(String::as_str)
}

/// A person's family name written behind a proclitic (`למיליי`, to Milei) is
/// a mention of its own whose key holds the proclitic's letter: it is the
/// person the same article names in full (`חוויאר מיליי`), where only one
/// such person has that family name. Never behind the definite article: a
/// person's name takes none.
pub(super) fn join_surnames_behind_proclitics(
    articles: &[Article],
    items: &[Item],
    t: &Tables,
    langs: &[&'static Profile],
    cands: &[Kept],
    uf: &mut UnionFind,
    resolved: &mut [bool],
) {
    let person = |it: &Item| cands.get(it.cand as usize).is_some_and(|c| c.kind == EntityKind::Person);
    let mut run_start = 0;
    while run_start < items.len() {
        let art = items[run_start].art;
        let run_end = run_start + items[run_start..].iter().take_while(|it| it.art == art).count();
        let members = run_start..run_end;
        run_start = run_end;
        let Some(lang) = langs.get(art as usize).filter(|p| writes_abjad(p)) else { continue };
        let data = lang.data();
        let clitics: Vec<&str> = proclitics_without_article(data).collect();
        // the last word of each full name, with its person (where two people share it, the one
        // named most: rule `a_shared_family_name_is_the_person_named_most`)
        let mut bearers: HashMap<&str, Vec<(usize, usize)>> = HashMap::default();
        for n in members.clone().filter(|&n| t.name(&items[n]).len >= 2 && person(&items[n])) {
            if let Some(&last) = written_words(articles, cands, &items[n]).last() {
                bearers.entry(last).or_default().push((n, uf.find(n)));
            }
        }
        let family: HashMap<&str, Option<usize>> =
            bearers.iter().map(|(&last, people)| (last, person_named_most(people))).collect();
        let bodies = one_word_bodies(articles, items, cands, resolved, members.clone());
        if family.is_empty() && bodies.is_empty() {
            continue;
        }
        for n in members.filter(|&n| t.name(&items[n]).len == 1) {
            if resolved.get(n).copied().unwrap_or(true) {
                continue;
            }
            let written = written_words(articles, cands, &items[n]);
            let Some(word) = written.first() else { continue };
            let names = if person(&items[n]) { &family } else { &bodies };
            let full = clitics.iter().find_map(|c| {
                let rest = word.strip_prefix(c)?;
                (rest.chars().count() >= 3).then(|| names.get(rest).copied().flatten()).flatten()
            });
            if let Some(full) = full {
                uf.union(n, full);
                resolved[n] = true;
            }
        }
    }
}

/// Rule `a_body_behind_a_proclitic_is_the_body_named_alone`: an organisation
/// named by one word no source knows (`וויז`, Wiz) is written behind one or two
/// proclitics too (`ושוויז`, and that Wiz), a mention whose key holds their
/// letters: it is the body the same article names by the word alone; so is a
/// town (`בפסקרה`, in Pescara, after `בעיר פסקרה`). The article's one-word
/// organisations and places no source knows, by their written word.
fn one_word_bodies<'a>(
    articles: &'a [Article],
    items: &[Item],
    cands: &[Kept],
    resolved: &[bool],
    members: std::ops::Range<usize>,
) -> HashMap<&'a str, Option<usize>> {
    let mut bodies: HashMap<&str, Option<usize>> = HashMap::default();
    for n in members {
        let Some(c) = cands.get(items[n].cand as usize) else { continue };
        if c.kind == EntityKind::Person || resolved.get(n).copied().unwrap_or(true) {
            continue;
        }
        if let [word] = written_words(articles, cands, &items[n])[..] {
            bodies.entry(word).or_insert(Some(n));
        }
    }
    bodies
}

/// Rule `a_frequent_word_with_a_pronoun_is_a_common_word`: Arabic and Persian
/// write a possessive or object pronoun onto the word (`كلمته`, his speech, of
/// `كلمة`; `کتابش`, his book), so a frequent word of the language appears in
/// forms its list of frequent words lacks, whose keys read like foreign names
/// (`كلمته` reads KLMT like Glimt). The word, also behind a proclitic, is such a
/// form when it ends with one of the language's pronoun suffixes (profile class
/// `enclitic`) and what is left (with the feminine `ة` the suffix turns into
/// `ت`) is a frequent word of three letters or more.
fn frequent_word_with_a_pronoun(lang: &Profile, word: &str) -> bool {
    let data = lang.data();
    if data.words("enclitic").next().is_none() {
        return false;
    }
    let frequent = |stem: &str| {
        stem.chars().count() >= 3
            && (super::super::recognise::is_frequent_word_form(lang, stem)
                || stem
                    .strip_suffix('ت')
                    .is_some_and(|root| super::super::recognise::is_frequent_word_form(lang, &format!("{root}ة"))))
    };
    let bare = data.proclitics.iter().filter_map(|c| word.strip_prefix(c.as_str()));
    std::iter::once(word)
        .chain(bare)
        .any(|w| data.words("enclitic").any(|suffix| w.strip_suffix(suffix).is_some_and(frequent)))
}

/// Rule `a_frequent_word_with_the_article_is_no_foreign_name`: the article of
/// two letters or more (Arabic `ال`) written onto a frequent word of the
/// language, also behind a proclitic, makes a noun (`الخلف`, the back, reads
/// like Aliyev; `والمقيم`, and the resident, like Yamagami): alone it names no
/// one another article names, even one this article names in full.
fn frequent_word_with_the_article(lang: &Profile, word: &str) -> bool {
    let data = lang.data();
    let behind_article = |w: &str| {
        data.articles.iter().filter(|a| a.chars().count() >= 2).any(|a| {
            w.strip_prefix(a.as_str()).is_some_and(|rest| {
                rest.chars().count() >= 3 && super::super::recognise::is_frequent_word_form(lang, rest)
            })
        })
    };
    behind_article(word) || data.proclitics.iter().filter_map(|c| word.strip_prefix(c.as_str())).any(behind_article)
}

/// Rule `a_proclitic_on_a_common_word_is_no_foreign_name`: a frequent word of
/// the language that is a proclitic written onto another frequent word
/// (`בארץ`, in the land: `ב` + `ארץ`) read whole, the proclitic's letter as a
/// name's first consonant, is no form of a foreign name (`בארץ` reads like
/// Pérez, b as p), even one the article names: the language reads it so first.
fn proclitic_on_a_common_word(lang: &Profile, word: &str) -> bool {
    super::super::recognise::common_word_behind_proclitic(lang, word)
}

/// Rule `an_imperfect_verb_is_no_family_name`: Arabic writes the imperfect of
/// its derived verbs with a prefix of two letters or more (the profile's
/// `imperfect`: `تتعرض`, she is exposed; `يتحدث`, he speaks), which few foreign
/// names begin with; such a word read by its sound (`تتعرض` reads TRD like
/// Trudeau) is a verb, not a family name alone, even of a person the article names.
fn imperfect_verb(lang: &Profile, word: &str) -> bool {
    let data = lang.data();
    data.words("imperfect").any(|prefix| {
        word.strip_prefix(prefix).is_some_and(|rest| rest.chars().count() >= 2)
            || data.words("conjclitic").any(|c| {
                word.strip_prefix(c).and_then(|w| w.strip_prefix(prefix)).is_some_and(|rest| rest.chars().count() >= 2)
            })
    })
}

/// Is the one written word one of the language's words that name nothing (its
/// `notname` class: days of the week, common abbreviations)?
fn names_nothing(lang: Option<&&'static Profile>, written: &[&str]) -> bool {
    lang.zip(written.first()).is_some_and(|(lang, w)| lang.data().words("notname").any(|n| n == *w))
}

/// The words of an item's span as the article writes them.
fn written_words<'a>(articles: &'a [Article], cands: &[Kept], it: &Item) -> Vec<&'a str> {
    let span = cands.get(it.cand as usize).map(|c| c.start as usize..c.end as usize);
    articles
        .get(it.art as usize)
        .zip(span)
        .and_then(|(a, span)| a.text.get(span))
        .map(|text| text.split_whitespace().collect())
        .unwrap_or_default()
}

/// A place's or an organisation's head word comes first in these languages
/// (`إقليم الحوز`, `استان تارودانت`, `מחוז טרודנט`: the province of …), where a
/// cased script names the place alone (`Al Haouz`): the joined key of the
/// words after a head word (also behind a proclitic: `ومحوز`) of a name of two or more.
fn after_head_word(lang: &Profile, spaced: &str, written: &[&str]) -> Option<String> {
    let (first, rest) = spaced.split_once(' ')?;
    let head = written.first()?;
    let data = lang.data();
    let is_head = |w: &str| data.words("orghead").chain(data.words("lochead")).any(|h| h == w);
    let bare_head = is_head(head) || data.proclitics.iter().any(|c| head.strip_prefix(c.as_str()).is_some_and(is_head));
    let rest = rest.replace(' ', "");
    (bare_head && !first.is_empty() && rest.len() >= MIN_ABJAD_KEY).then_some(rest)
}

/// The head word of a body's or a place's name written behind a proclitic
/// (`وحزب`, and the party; `לחברת`; `والبحر`, and the sea), without that
/// proclitic; None for any other word or language. The article stays on.
pub(super) fn head_behind_proclitic<'d>(doc: &'d Doc, i: usize) -> Option<&'d str> {
    if !writes_abjad(doc.lang) {
        return None;
    }
    let data = doc.lang.data();
    let word = doc.word(i);
    let is_head = |w: &str| data.words("orghead").chain(data.words("lochead")).any(|h| h == w);
    let bare_is_head = |w: &str| {
        is_head(w)
            || data
                .articles
                .iter()
                .any(|a| w.strip_prefix(a.as_str()).is_some_and(|rest| rest.chars().count() >= 2 && is_head(rest)))
    };
    if is_head(word) {
        return None;
    }
    proclitics_without_article(data)
        .filter_map(|c| word.strip_prefix(c))
        .find(|rest| rest.chars().count() >= 2 && bare_is_head(rest))
}

/// A sovereign's ordinal is a word in these languages (`محمد السادس`, `محمد
/// ششم`, `צ'ארלס השלישי`) and a Roman numeral in cased scripts (`Mohammed
/// VI`): the name's joined key with the numeral's key in place of the ordinal
/// (the language's `regnal` words are the ordinals from the first on, each
/// written `word:numeral`).
fn regnal_key(lang: &Profile, spaced: &str, written: &[&str]) -> Option<String> {
    let last = written.last()?;
    let (before, _) = spaced.rsplit_once(' ')?;
    let numeral = lang.data().words("regnal").find_map(|pair| {
        let (word, numeral) = pair.split_once(':')?;
        (word == *last).then_some(numeral)
    })?;
    let mut key = before.replace(' ', "");
    crate::lang::phonetic::push_abjad_key(numeral, crate::lang::Orthography::English, &mut key);
    (written.len() >= 2 && key.len() >= MIN_ABJAD_KEY).then_some(key)
}

/// Shortest abjad key a single word of Arabic or Hebrew text is taken for a
/// name by without the article naming that entity otherwise: Arabic words are
/// built on three-consonant roots, so three classes meet ordinary words
/// (`بدون`, without, reads `PDN` like Biden).
pub(super) const MIN_SCANNED_WORD_KEY: usize = 4;

/// Shortest abjad key of a name of several words looked for in text.
const MIN_SCANNED_NAME_KEY: usize = 4;

/// Names of other articles found in Arabic and Hebrew text by their abjad key,
/// as (article, candidate joining the item its origin names), per chunk in
/// article order. A name of two or three words, or one word with a key of
/// four classes, whose key only one entity's cased-script names have; a
/// family name of three classes only where the article names that person
/// already. A proclitic or the article written onto the first word
/// (`وبايدن`, `במרקש`) is left out of the mention.
#[allow(clippy::too_many_arguments)]
pub(super) fn abjad_pass(
    articles: &[Article],
    langs: &[&'static Profile],
    (cands, cand_starts): (&[Kept], &[u32]),
    items: &[Item],
    t: &Tables,
    uf: &mut UnionFind,
    places: &HashMap<String, u32>,
    gaz: &'static Gazetteer,
    threads: usize,
) -> Vec<Vec<(u32, Kept)>> {
    let todo: Vec<usize> = (0..langs.len()).filter(|&a| writes_abjad(langs[a])).collect();
    if todo.is_empty() {
        return Vec::new();
    }
    let roots: Vec<u32> = (0..items.len()).map(|n| uf.find(n) as u32).collect();
    // keys of cased-script names: the item to join, or NO_STRING where two entities share the key
    let mut names: HashMap<String, u32> = HashMap::default();
    let mut surnames: HashMap<String, u32> = HashMap::default();
    let add = |table: &mut HashMap<String, u32>, key: String, n: usize| {
        let slot = table.entry(key).or_insert(n as u32);
        if *slot != NO_STRING && roots[*slot as usize] != roots[n] {
            *slot = NO_STRING;
        }
    };
    let cased = |it: &Item| langs.get(it.art as usize).is_some_and(|p| p.casing != Casing::Uncased);
    // how many cased-script articles name each entity: a lone capitalised word
    // of one article may be no name at all, one that several languages write is
    let mut articles_naming: HashMap<u32, (u32, u32)> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        if cased(it) {
            let slot = articles_naming.entry(roots[n]).or_insert((u32::MAX, 0));
            if slot.0 != it.art {
                *slot = (it.art, slot.1 + 1);
            }
        }
    }
    for (n, it) in items.iter().enumerate() {
        if t.name(it).abjad == NO_STRING || !cased(it) || t.is_acronym(it) {
            continue;
        }
        let Some(c) = cands.get(it.cand as usize) else { continue };
        // a gazetteer name of several words has its abjad spellings in the gazetteer
        // already: scanned for by its sound it finds words that are none (`יוביל גז`)
        if t.name(it).len >= 2 && matches!(c.origin(), super::Origin::Gazetteer(_)) {
            continue;
        }
        let spaced = t.strings.get(t.name(it).abjad);
        let joined = spaced.replace(' ', "");
        let min = if t.name(it).len >= 2 { MIN_SCANNED_NAME_KEY } else { MIN_SCANNED_WORD_KEY };
        let vouched = !c.weak() || articles_naming.get(&roots[n]).is_some_and(|&(_, k)| k >= 2);
        if joined.len() >= min && vouched {
            add(&mut names, joined, n);
        }
        if t.name(it).len >= 2
            && c.kind == EntityKind::Person
            && !c.weak()
            && let Some(last) = spaced.rsplit(' ').next().filter(|l| l.len() >= MIN_ABJAD_KEY)
        {
            add(&mut surnames, last.to_owned(), n);
        }
    }
    names.retain(|_, n| *n != NO_STRING);
    surnames.retain(|_, n| *n != NO_STRING);
    if names.is_empty() && surnames.is_empty() && places.is_empty() {
        return Vec::new();
    }
    let (names, surnames, roots) = (&names, &surnames, &roots);
    let mut found = par_chunks(threads, &todo, |chunk| {
        let mut out = Vec::new();
        let mut doc = Doc::default();
        let mut key = String::new();
        for &art in chunk {
            let Some(article) = articles.get(art) else { continue };
            doc.refill(article);
            let own = &cands[cand_range(cand_starts, art)];
            let mut covered = vec![false; doc.toks.len()];
            for c in own {
                for slot in covered.iter_mut().take(c.t1() as usize).skip(c.t0 as usize) {
                    *slot = true;
                }
            }
            // the entities the article names itself, and those found in it so far
            let mut named: HashSet<u32> = own.iter().filter_map(Kept::item).map(|n| roots[n]).collect();
            let orth = doc.lang.orthography;
            // (rule `a_family_name_alone_is_written_as_in_the_full_name`) the keys of the last
            // words of the names of two words or more the article writes, as it writes them (of
            // any kind: a person's name another article found may have been typed otherwise there)
            let mut family_keys: HashSet<String> = HashSet::default();
            let last_word_key = |c: &Kept| {
                let mut k = String::new();
                let last = c.t1() as usize;
                if last >= c.t0 as usize + 2 && last <= doc.toks.len() {
                    crate::lang::phonetic::push_abjad_key(doc.word(last - 1), orth, &mut k);
                }
                k
            };
            family_keys.extend(own.iter().map(last_word_key).filter(|k| !k.is_empty()));
            // the entity of the name that ends right before each token (`رجب طيب` before `أردوغان`:
            // the recogniser may stop a name before its family name)
            let ends_before: HashMap<usize, u32> =
                own.iter().filter_map(|c| Some((c.t1() as usize, roots[c.item()?]))).collect();
            let data = doc.lang.data();
            // titles and heads are words of the language, never a foreign name (`הנשיא`, the president)
            let heads: HashSet<&str> =
                data.words("title").chain(data.words("orghead")).chain(data.words("lochead")).collect();
            let usable = |i: usize| {
                let tok = doc.toks[i];
                tok.flags & UNCASED != 0
                    && tok.flags & (DIGIT | IDEOGRAPHIC) == 0
                    && !covered[i]
                    && !doc.lang.is_stop_word(doc.word(i))
                    && !data.frequent.contains(doc.word(i))
                    && !heads.contains(doc.word(i))
                    // (rule `a_title_behind_a_proclitic_is_no_foreign_name`: `כמנכ"ל`, as chief
                    // executive, reads like Mongolia)
                    && !data.proclitics.iter().any(|c| doc.word(i).strip_prefix(c.as_str()).is_some_and(|w| heads.contains(w)))
                    && !data.words("notname").any(|n| n == doc.word(i))
            };
            let mut i = 0;
            while i < doc.toks.len() {
                if !usable(i) {
                    i += 1;
                    continue;
                }
                let word = doc.word(i);
                // a common word alone (`زندان`, prison) names only an entity the article names already
                let common_word = super::super::recognise::is_frequent_word_form(doc.lang, word)
                    || super::super::recognise::common_word_behind_proclitic(doc.lang, word)
                    || frequent_word_with_a_pronoun(doc.lang, word);
                let with_the_article = frequent_word_with_the_article(doc.lang, word);
                // the word as written, then without a proclitic, the article, or both
                let mut firsts: Vec<usize> = vec![0];
                for clitic in data.proclitics.iter().chain(&data.articles) {
                    if let Some(rest) = word.strip_prefix(clitic.as_str()) {
                        firsts.push(clitic.len());
                        for article_prefix in &data.articles {
                            if rest.strip_prefix(article_prefix.as_str()).is_some() {
                                firsts.push(clitic.len() + article_prefix.len());
                            }
                        }
                    }
                }
                let mut hit = None;
                'search: for n in (1..=3).rev() {
                    if i + n > doc.toks.len() || !(i + 1..i + n).all(|k| usable(k) && doc.toks[k].flags & JOINED != 0) {
                        continue;
                    }
                    for &skip in &firsts {
                        let first = &word[skip..];
                        if first.chars().count() < 2 {
                            continue;
                        }
                        key.clear();
                        crate::lang::phonetic::push_abjad_key(first, orth, &mut key);
                        for k in i + 1..i + n {
                            crate::lang::phonetic::push_abjad_key(doc.word(k), orth, &mut key);
                        }
                        // a frequent word read without its first letters, and frequent words after
                        // it, name no one together (`הכריז בליל`, declared on the night of, is no
                        // `ה` + `כריז בליל`, Chris Paul); famous names are frequent words too (`ایلان ماسک`)
                        let all_common = n >= 2
                            && skip > 0
                            && (i..i + n).all(|k| {
                                super::super::recognise::is_frequent_word_form(doc.lang, doc.word(k))
                                    || super::super::recognise::common_word_behind_proclitic(doc.lang, doc.word(k))
                            });
                        if all_common {
                            continue;
                        }
                        if n == 1 && with_the_article {
                            continue;
                        }
                        if n == 1 && skip == 0 && proclitic_on_a_common_word(doc.lang, word) {
                            continue;
                        }
                        let lone_common = n == 1 && common_word;
                        let target = names
                            .get(key.as_str())
                            .copied()
                            .or_else(|| {
                                // a family name alone: only of a person the article names, written
                                // as the article writes that name's last word (`جانبين`, both
                                // sides, reads like Jinping, but the article wrote `شي جين بينغ`)
                                surnames.get(key.as_str()).copied().filter(|&s| {
                                    let root = roots[s as usize];
                                    n == 1
                                        && named.contains(&root)
                                        && (family_keys.contains(key.as_str()) || ends_before.get(&i) == Some(&root))
                                        && !imperfect_verb(doc.lang, word)
                                })
                            })
                            .filter(|&s| !lone_common || named.contains(&roots[s as usize]));
                        if let Some(target) = target {
                            hit = Some((n, skip, Origin::Known { item: target }));
                            break 'search;
                        }
                        if let Some(&e) = places.get(key.as_str()).filter(|&&e| e != NO_STRING && !lone_common) {
                            hit = Some((n, skip, Origin::Gazetteer(e)));
                            break 'search;
                        }
                    }
                }
                let Some((n, skip, origin)) = hit else {
                    i += 1;
                    continue;
                };
                let kind = match origin {
                    Origin::Gazetteer(e) => gaz.entry(e).kind,
                    Origin::Known { item } | Origin::Unknown { item, .. } => {
                        named.insert(roots[item as usize]);
                        items
                            .get(item as usize)
                            .and_then(|it| cands.get(it.cand as usize))
                            .map_or(EntityKind::Person, |c| c.kind)
                    }
                };
                if let Some(mut found) = make_cand(&doc, i, i + n, kind, origin) {
                    found.start += skip as u32;
                    let family = last_word_key(&found);
                    if !family.is_empty() {
                        family_keys.insert(family);
                    }
                    out.push((art as u32, found));
                }
                i += n;
            }
        }
        out
    });
    keep_names_of_a_story_told_elsewhere(&mut found, (items, cands, cand_starts), uf);
    found
}

/// Most articles naming an entity that an article a name of it was found in is compared with.
const STORY_ARTICLES_COMPARED: usize = 256;

/// Other entities an article in Arabic or Hebrew letters must share with one naming an
/// entity for a name found in its text by sound alone to be that entity.
const MIN_SHARED_ENTITIES_OF_A_NAME_FOUND_BY_SOUND: usize = 1;

/// The key an entity has among an article's entities ([`ArticleEntities`]): a gazetteer
/// entry, or the cluster of the item a found name joins.
fn entity_key(origin: Origin, uf: &mut UnionFind) -> u64 {
    match origin {
        Origin::Gazetteer(e) => GAZETTEER_ENTRY | u64::from(e),
        Origin::Known { item } | Origin::Unknown { item, .. } => uf.find(item as usize) as u64,
    }
}

/// Rule `a_name_found_by_its_sound_is_one_of_a_story_told_elsewhere`: a name found in
/// Arabic or Hebrew text by its abjad key alone (`found`, per chunk: article, candidate),
/// an entity the article does not name otherwise, is that entity only where an article
/// naming it tells the same story, naming another entity this one names too. Common words
/// read like the names of unrelated stories (`טרבל`, treble, reads like `Torre Eiffel`;
/// `إدارة شؤون`, the running of affairs, like Ederson; `برسالة`, by a letter, like
/// Brasil), and a translation or another report of the same events names the same people
/// and places. An entity two articles name is compared as [`ArticleEntities::shared`] does.
fn keep_names_of_a_story_told_elsewhere(
    found: &mut [Vec<(u32, Kept)>],
    all: (&[Item], &[Kept], &[u32]),
    uf: &mut UnionFind,
) {
    let (_, cands, cand_starts) = all;
    let mut context = ArticleEntities::default();
    // (the places decided are the candidates' origins by now)
    let placed = HashMap::default();
    // the entities found in an article that does not name them itself
    let mut wanted: HashSet<u64> = HashSet::default();
    for &(art, c) in found.iter().flatten() {
        let key = entity_key(c.origin(), uf);
        if !context.entities(art, all, &placed, uf).contains(&key) {
            wanted.insert(key);
        }
    }
    if wanted.is_empty() {
        return;
    }
    // the articles naming each of them, the first few
    let mut naming: HashMap<u64, Vec<u32>> = HashMap::default();
    for art in 0..cand_starts.len().saturating_sub(1) {
        for c in cands.get(cand_range(cand_starts, art)).into_iter().flatten() {
            let key = match (c.origin(), c.item()) {
                (Origin::Gazetteer(e), _) => GAZETTEER_ENTRY | u64::from(e),
                (_, Some(n)) => uf.find(n) as u64,
                _ => continue,
            };
            if wanted.contains(&key) {
                let arts = naming.entry(key).or_default();
                if arts.last() != Some(&(art as u32)) && arts.len() < STORY_ARTICLES_COMPARED {
                    arts.push(art as u32);
                }
            }
        }
    }
    for chunk in found.iter_mut() {
        chunk.retain(|&(art, c)| {
            let key = entity_key(c.origin(), uf);
            if context.entities(art, all, &placed, uf).contains(&key) {
                return true;
            }
            // (a gazetteer entry's key stands for the root `shared` leaves out)
            naming.get(&key).into_iter().flatten().any(|&other| {
                other != art
                    && context.shared(art, other, key as usize, all, &placed, uf)
                        >= MIN_SHARED_ENTITIES_OF_A_NAME_FOUND_BY_SOUND
            })
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::recognise::tests::{article, id_of, run};

    #[test]
    fn an_imperfect_verb_is_no_family_name() {
        // sentences written for this test: Justin Trudeau spoke in Ottawa; he said Canada is
        // exposed to great pressure (`تتعرض`, a verb that reads TRD like Trudeau)
        let r = run(&[
            article(
                "en",
                "en",
                "Justin Trudeau spoke in Ottawa on Monday. Trudeau said Canada would answer the tariffs.",
            ),
            article(
                "ar",
                "ar",
                "تحدث جاستن ترودو في أوتاوا يوم الاثنين. وقال إن كندا تتعرض لضغوط كبيرة، وأكد ترودو أن بلاده سترد.",
            ),
        ]);
        let en = id_of(&r, 0, "Justin Trudeau");
        assert!(en.is_some(), "{:?}", r[0]);
        assert!(r[1].iter().all(|m| !m.0.contains("تتعرض")), "a verb: {:?}", r[1]);
        // the family name alone is still the person's
        assert_eq!(id_of(&r, 1, "ترودو"), en, "{:?}", r[1]);
    }

    #[test]
    fn a_town_found_in_abjad_text_is_the_place_other_articles_name() {
        // sentences written for this test: the delegation arrived in the city of Kashihara (in Nara
        // prefecture, a city the gazetteer keeps) on Monday, and officials welcomed it
        let r = run(&[
            article("en", "en", "The delegation arrived in Kashihara on Monday. Officials in Kashihara welcomed it."),
            article("ar", "ar", "وصل الوفد إلى مدينة كاشيهارا يوم الاثنين، ورحب به المسؤولون."),
        ]);
        let en = id_of(&r, 0, "Kashihara");
        assert!(en.as_deref().is_some_and(|id| id.starts_with("loc:gn")), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "كاشيهارا"), en, "{:?}", r[1]);
        // a town no source knows, named again behind a proclitic: the delegation reached the city
        // of Pescara on Monday; in Pescara the city's heads welcomed it
        let r = run(&[article("he", "he", "המשלחת הגיעה לעיר פסקרה ביום שני. בפסקרה קיבלו אותה ראשי העיר.")]);
        let town = id_of(&r, 0, "פסקרה");
        assert!(town.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "בפסקרה"), town, "{:?}", r[0]);
    }

    #[test]
    fn a_native_given_name_keeps_a_family_name_apart() {
        // `פרץ` (Peretz) reads like Pérez; the article names her `מרים פרץ`, Miriam, a Hebrew given name
        let r = run(&[
            article(
                "es",
                "es",
                "Florentino Pérez presentó al nuevo fichaje en Madrid. Pérez dijo que el club está feliz.",
            ),
            article("he", "he", "הנשיא הרצוג נפגש עם מרים פרץ בירושלים. פרץ אמרה שהמפגש היה מרגש מאוד."),
        ]);
        let es = id_of(&r, 0, "Florentino Pérez");
        assert!(es.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "מרים פרץ").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "פרץ"), es, "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "מרים פרץ"), es, "{:?}", r[1]);
    }

    #[test]
    fn a_conjunction_on_a_full_name_is_no_part_of_it() {
        // `ודווין סמית'`, and Devin Smith, in a list of players
        let r = run(&[
            article("en", "en", "Devin Smith scored twenty points. Smith said the team played well."),
            article("he", "he", "במשחק שיחקו רודי פרננדס ודווין סמית' מול הקהל. סמית' קלע עשרים נקודות."),
        ]);
        let en = id_of(&r, 0, "Devin Smith");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "ודווין סמית'"), en, "{:?}", r[1]);
    }

    #[test]
    fn a_proclitic_on_a_common_word_is_no_foreign_name() {
        // `בארץ`, in the land, reads like Pérez, whom the Hebrew article names in full
        let r = run(&[
            article(
                "es",
                "es",
                "Florentino Pérez presentó al nuevo fichaje en Madrid. Pérez dijo que el club está feliz.",
            ),
            article(
                "he",
                "he",
                "הנשיא פלורנטינו פרס הציג את השחקן החדש. פרס אמר שהמועדון שמח. \
                 השחקן אמר שהוא אוהב לשחק בארץ החדשה.",
            ),
        ]);
        let es = id_of(&r, 0, "Florentino Pérez");
        assert!(es.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "פלורנטינו פרס"), es, "{:?}", r[1]);
        assert!(r[1].iter().all(|m| !m.0.contains("בארץ")), "in the land: {:?}", r[1]);
    }

    #[test]
    fn arabic_and_hebrew_spellings_of_a_name_join_its_latin_form() {
        let r = run(&[
            article("en", "en", "Prime Minister Fumio Kishida condemned the attack. Kishida said the vote goes on."),
            article("ar", "ar", "أدان رئيس الوزراء فوميو كيشيدا الهجوم. وقال كيشيدا إن الانتخابات ستستمر."),
            article("he", "he", "ראש הממשלה פומיו קישידה גינה את ההתקפה. קישידה אמר שהבחירות יימשכו."),
        ]);
        let en = id_of(&r, 0, "Fumio Kishida");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "فوميو كيشيدا"), en, "{:?}", r[1]);
        assert_eq!(id_of(&r, 2, "פומיו קישידה"), en, "{:?}", r[2]);
    }

    #[test]
    fn a_frequent_word_with_the_article_is_no_foreign_name() {
        // `والمقيم`, and the resident, reads like Yamagami, whom the article names in full
        let r = run(&[
            article(
                "en",
                "en",
                "Tetsuya Yamagami, a resident of Nara, was arrested. Yamagami told police he acted alone.",
            ),
            article(
                "de",
                "de",
                "Tetsuya Yamagami wurde in Nara festgenommen. Yamagami sagte der Polizei, er habe allein gehandelt.",
            ),
            article(
                "ar",
                "ar",
                "اعتقلت الشرطة تيتسويا ياماغامي البالغ من العمر 41 عاما والمقيم في نارا، وقال ياماغامي إنه تصرف بمفرده.",
            ),
        ]);
        let yamagami = id_of(&r, 0, "Tetsuya Yamagami");
        assert!(yamagami.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 2, "تيتسويا ياماغامي"), yamagami, "{:?}", r[2]);
        assert!(r[2].iter().all(|m| !m.0.contains("مقيم")), "{:?}", r[2]);
    }

    #[test]
    fn a_family_name_alone_is_written_as_in_the_full_name() {
        // the article writes Xi Jinping `شي جين بينغ`: `جانبين`, both sides, reads like `Jinping`
        // but is no word of his name as the article writes it
        let r = run(&[
            article("en", "en", "President Xi Jinping met Vladimir Putin in Moscow. Xi Jinping praised the ties."),
            article(
                "de",
                "de",
                "Präsident Xi Jinping traf Wladimir Putin in Moskau. Xi Jinping lobte die Beziehungen.",
            ),
            article(
                "ar",
                "ar",
                "التقى الرئيس الصيني شي جين بينغ بالرئيس فلاديمير بوتين في موسكو، ووقع الجانبين اتفاقات جديدة.",
            ),
        ]);
        let xi = id_of(&r, 0, "Xi Jinping");
        assert!(xi.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 2, "شي جين بينغ"), xi, "{:?}", r[2]);
        assert!(r[2].iter().all(|m| m.0 != "الجانبين" && m.0 != "جانبين"), "{:?}", r[2]);
    }

    #[test]
    fn a_title_behind_a_proclitic_is_no_foreign_name() {
        // `כמנכ"ל`, as chief executive, reads MNKL like Mongolia, which another article names
        let r = run(&[
            article("en", "en", "Mongolia and China signed a deal. Mongolia will export coal."),
            article("he", "he", "סם אלטמן ישוב לכהן כמנכ\"ל החברה, הודיעה החברה ביום רביעי."),
        ]);
        assert!(r[1].iter().all(|m| !m.0.contains("מנכ")), "{:?}", r[1]);
    }

    #[test]
    fn a_head_phrase_is_no_person() {
        // `بنك اليابان`, the Bank of Japan: the words after the head read LPN like Le Pen, whom the
        // Russian article, which tells of Tokyo, Kuroda and Germany too, names
        let r = run(&[
            article("en", "en", "Marine Le Pen lost the runoff. Le Pen conceded defeat in Paris."),
            article(
                "ru",
                "ru",
                "Марин Ле Пен проиграла во втором туре. Ле Пен признала поражение в Париже. В Токио Харухико Курода сохранил ставки, Германия ждёт газа.",
            ),
            article(
                "ar",
                "ar",
                "وفي طوكيو، أبقى بنك اليابان أسعار الفائدة دون تغيير يوم الخميس، وقال هاروهيكو كورودا إن ألمانيا تنتظر الغاز.",
            ),
        ]);
        let le_pen = id_of(&r, 0, "Marine Le Pen");
        assert!(le_pen.is_some(), "{:?}", r[0]);
        assert_eq!(kind_of(&r, 2, "بنك اليابان"), Some("ORG"), "{:?}", r[2]);
        assert_ne!(id_of(&r, 2, "بنك اليابان"), le_pen, "{:?}", r[2]);
    }

    #[test]
    fn a_proclitic_on_a_head_word_is_no_part_of_the_name() {
        // `لحزب الله`, of Hezbollah; `במכון ויצמן`, at the Weizmann Institute
        let r = run(&[
            article("ar", "ar", "أعلن حزب الله موقفه من الحكومة. وقال مسؤول لحزب الله إن الحزب لن يشارك."),
            article("he", "he", "מכון ויצמן פרסם מחקר חדש. החוקרים במכון ויצמן אמרו שהתוצאות ברורות."),
        ]);
        assert!(id_of(&r, 0, "حزب الله").is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "لحزب الله"), id_of(&r, 0, "حزب الله"), "{:?}", r[0]);
        assert!(id_of(&r, 1, "מכון ויצמן").is_some(), "{:?}", r[1]);
        assert_eq!(id_of(&r, 1, "במכון ויצמן"), id_of(&r, 1, "מכון ויצמן"), "{:?}", r[1]);
    }

    #[test]
    fn a_name_of_one_word_is_no_name_of_several() {
        // `ماركيز` (Márquez) reads MRKS, as `Ömer Koç` run together does
        let r = run(&[
            article("en", "en", "The chairman Ömer Koç met investors in Istanbul. Ömer Koç said sales grew."),
            article("ar", "ar", "وقال المدرب ماركيز إن الفريق لعب جيدا. وأضاف ماركيز أن المباراة كانت صعبة."),
        ]);
        let en = id_of(&r, 0, "Ömer Koç");
        assert!(en.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "ماركيز").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "ماركيز"), en, "{:?}", r[1]);
    }

    #[test]
    fn waw_is_the_v_of_a_foreign_name_where_the_vowel_reading_meets_nothing() {
        // `קוין`, Kevin: the vav is v before the yod
        let r = run(&[
            article("en", "en", "Kevin De Bruyne scored twice for City. De Bruyne was named man of the match."),
            article("he", "he", "הקשר קוין דה בראונה כבש פעמיים בשבת."),
        ]);
        let en = id_of(&r, 0, "Kevin De Bruyne");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "קוין דה בראונה"), en, "{:?}", r[1]);
    }

    #[test]
    fn a_frequent_word_that_only_a_small_town_is_called_is_no_place() {
        // `سعيدة`, happy, is Saïda, Algeria, in GeoNames; `האיחוד`, the union, South Sudan's Unity State
        let r = run(&[
            article("ar", "ar", "وقالت الوزيرة إنها سعيدة بنتيجة الانتخابات."),
            article("he", "he", "ראשי האיחוד נפגשו בבריסל ביום שני."),
        ]);
        assert!(r[0].iter().all(|m| m.0 != "سعيدة"), "{:?}", r[0]);
        assert!(r[1].iter().all(|m| m.0 != "האיחוד"), "{:?}", r[1]);
    }

    #[test]
    fn two_words_of_a_longer_name_in_arabic_are_that_person() {
        let r = run(&[
            article("en", "en", "Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang."),
            article("ar", "ar", "التقى الزعيم الكوري الشمالي كيم جونغ في بيونغ يانغ."),
        ]);
        let en = id_of(&r, 0, "Kim Jong Un");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "كيم جونغ"), en, "{:?}", r[1]);
    }

    #[test]
    fn a_name_several_cased_articles_write_is_found_in_arabic_text() {
        let r = run(&[
            // (one story: the three name Marrakesh too, rule
            // `a_name_found_by_its_sound_is_one_of_a_story_told_elsewhere`)
            article(
                "en",
                "en",
                "The earthquake destroyed much of Taroudant, south of Marrakesh. Rescuers reached Taroudant on Sunday.",
            ),
            article(
                "fr",
                "fr",
                "Le séisme a détruit une grande partie de Taroudant, au sud de Marrakech. Les secours sont arrivés à Taroudant.",
            ),
            article(
                "ar",
                "ar",
                "دمر الزلزال جزءا كبيرا من تارودانت جنوب مراكش. ووصل رجال الإنقاذ إلى تارودانت يوم الأحد.",
            ),
        ]);
        let en = id_of(&r, 0, "Taroudant");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 2, "تارودانت"), en, "{:?}", r[2]);
    }

    #[test]
    fn a_province_named_by_its_head_word_first_is_the_place_a_cased_script_names_alone() {
        // `إقليم الحوز`, `מחוז אל-חוז`: the province of Al Haouz, which English names without the head
        let r = run(&[
            // (one story: the articles name Morocco and Spain too, see
            // `a_short_key_after_a_head_word_joins_only_a_name_of_the_same_story`)
            article(
                "en",
                "en",
                "The quake in Morocco destroyed villages in Al Haouz. Spain sent rescuers, who reached Al Haouz on Sunday.",
            ),
            article("ar", "ar", "دمر الزلزال في المغرب قرى في إقليم الحوز يوم الجمعة. وأرسلت إسبانيا فرق إنقاذ."),
            article("he", "he", "רעידת האדמה במרוקו הרסה כפרים במחוז אל-חוז ביום שישי. ספרד שלחה צוותי חילוץ."),
        ]);
        let en = id_of(&r, 0, "Al Haouz");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "الحوز"), en, "{:?}", r[1]);
        assert_eq!(id_of(&r, 2, "במחוז אל-חוז"), en, "{:?}", r[2]);
    }

    #[test]
    fn a_short_key_after_a_head_word_joins_only_a_name_of_the_same_story() {
        // `مرفأ بيروت` (the port of Beirut) reads PRT after its head like Paiporta, and
        // `کمیته نوبل` (the Nobel committee) NPL like Napoli: other stories, other entities
        let r = run(&[
            article("es", "es", "La riada arrasó Paiporta el martes. Los vecinos de Paiporta piden ayuda."),
            article("it", "it", "Il Napoli ha vinto lo scudetto. Napoli ha festeggiato tutta la notte."),
            article("ar", "ar", "دمر الانفجار مرفأ بيروت في آب. وبدأ التحقيق في انفجار مرفأ بيروت أمس."),
            article("fa", "fa", "کمیته نوبل جایزه صلح را به او داد. کمیته نوبل آزادی او را خواست."),
        ]);
        let paiporta = id_of(&r, 0, "Paiporta");
        let napoli = id_of(&r, 1, "Napoli");
        assert!(paiporta.is_some() && napoli.is_some(), "{:?} {:?}", r[0], r[1]);
        assert_ne!(id_of(&r, 2, "مرفأ بيروت"), paiporta, "{:?}", r[2]);
        assert_ne!(id_of(&r, 3, "کمیته نوبل"), napoli, "{:?}", r[3]);
    }

    #[test]
    fn a_frequent_word_with_a_pronoun_is_no_name_of_another_story() {
        // `كلمته` (his speech, `كلمة` with `ه`) reads KLMT like Glimt
        let r = run(&[
            article("sr", "sr", "Bodo Glimt je pobedio Zvezdu. Igrači kluba Glimt slavili su u Norveškoj."),
            article("ar", "ar", "ألقى الرئيس كلمته أمام البرلمان يوم الأحد."),
        ]);
        let glimt = id_of(&r, 0, "Glimt");
        assert!(glimt.is_some(), "{:?}", r[0]);
        assert!(r[1].iter().all(|m| Some(&m.2) != glimt.as_ref()), "{:?}", r[1]);
    }

    #[test]
    fn a_sovereigns_ordinal_word_is_the_roman_numeral_of_a_cased_script() {
        let r = run(&[
            article("en", "en", "King Mohammed VI visited the victims. Mohammed VI ordered aid for the region."),
            article("ar", "ar", "زار الملك محمد السادس الضحايا في المستشفى."),
        ]);
        let en = id_of(&r, 0, "Mohammed VI");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "محمد السادس"), en, "{:?}", r[1]);
    }

    #[test]
    fn a_hebrew_ordinal_word_after_a_title_is_the_roman_numeral_of_a_cased_script() {
        // `השישי` has the article and an adjective's ending, yet it ends the king's name
        let r = run(&[
            article("en", "en", "King Mohammed VI visited the victims. Mohammed VI ordered aid for the region."),
            article("he", "he", "המלך מוחמד השישי ביקר את הנפגעים בבית החולים."),
        ]);
        let en = id_of(&r, 0, "Mohammed VI");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "מוחמד השישי"), en, "{:?}", r[1]);
    }

    #[test]
    fn a_title_is_no_family_name_found_in_text() {
        // `הנשיא` (the president) reads HNS like Akhannouch
        let r = run(&[
            article("en", "en", "Prime Minister Aziz Akhannouch announced a fund. Akhannouch spoke on Sunday."),
            article("he", "he", "ראש הממשלה עזיז אח'נוש הודיע על קרן. הנשיא אמר כי המדינה תסייע."),
        ]);
        assert!(id_of(&r, 0, "Aziz Akhannouch").is_some(), "{:?}", r[0]);
        assert!(r[1].iter().all(|m| m.0 != "הנשיא"), "{:?}", r[1]);
    }

    #[test]
    fn a_word_with_the_article_is_no_family_name_spread_from_a_titled_name() {
        // `الثاني` (the second) is `ال` + `ثاني`, the last word of `آل ثاني`
        let r = run(&[article(
            "ar",
            "ar",
            "استقبل الأمير تميم بن حمد آل ثاني الوفد. وفاز الفريق في الدور الثاني من البطولة.",
        )]);
        assert!(id_of(&r, 0, "تميم بن حمد آل ثاني").is_some(), "{:?}", r[0]);
        assert!(!r[0].iter().any(|m| m.0 == "الثاني"), "{:?}", r[0]);
    }

    #[test]
    fn the_arabic_crown_prince_is_no_given_name() {
        // `ولي` is a given name (Wali), but `ولي عهد` is the crown prince
        let r = run(&[article("ar", "ar", "وصل ولي عهد البلاد إلى المطار صباح اليوم.")]);
        assert!(!r[0].iter().any(|m| m.0.starts_with("ولي")), "{:?}", r[0]);
    }

    #[test]
    fn an_arabic_word_that_sounds_like_a_countrys_foreign_name_is_not_that_country() {
        // `لمنح` (to grant) reads LMNH like Portuguese `Alemanha`; Germany has Arabic names of its own
        let r = run(&[
            article("pt", "pt", "A Alemanha venceu a Argentina em Munique. A Alemanha comemorou."),
            article("ar", "ar", "قرر المجلس لمنح الجائزة للفريق الفائز في المباراة."),
        ]);
        assert!(r[1].iter().all(|m| m.2 != "loc:de"), "{:?}", r[1]);
    }

    #[test]
    fn hebrew_words_that_sound_like_a_countrys_french_name_are_not_that_country() {
        // `עת שנשא` (when he carried) reads like French `États-Unis`; the press in Hebrew writes
        // a country by its English name or its own, never by a third language's
        let r = run(&[
            article("fr", "fr", "Les États-Unis ont signé l'accord à Genève. Les États-Unis ont salué le texte."),
            article("he", "he", "באותה עת שנשא את נאומו הקהל מחא כפיים."),
        ]);
        assert!(r[1].iter().all(|m| m.2 != "loc:us"), "{:?}", r[1]);
    }

    #[test]
    fn an_arabic_word_with_a_family_names_three_consonants_is_no_name() {
        // `بدون` (without) reads PDN like Biden; the article names no Biden
        let r = run(&[
            article("en", "en", "President Joe Biden met Emmanuel Macron in Paris. Biden spoke first."),
            article("ar", "ar", "وصل الوفد بدون تأخير إلى المدينة."),
        ]);
        assert!(id_of(&r, 0, "Joe Biden").is_some(), "{:?}", r[0]);
        assert!(!r[1].iter().any(|m| m.0.contains("بدون")), "{:?}", r[1]);
    }

    #[test]
    fn a_common_word_alone_is_no_place_whose_key_it_shares() {
        // `زندان` (prison) has the key of `Сен-Дені` (Saint-Denis), which the other article names
        let r = run(&[
            article("uk", "uk", "Матчі відбулися в Сен-Дені. Сен-Дені прийняв фінал."),
            article("fa", "fa", "او سال‌ها در زندان بود."),
        ]);
        assert!(id_of(&r, 0, "Сен-Дені").is_some(), "{:?}", r[0]);
        assert!(r[1].is_empty(), "{:?}", r[1]);
    }

    fn kind_of(r: &[Vec<(String, &'static str, String)>], a: usize, surface: &str) -> Option<&'static str> {
        r[a].iter().find(|m| m.0 == surface).map(|m| m.1)
    }

    #[test]
    fn a_frequent_word_keyed_like_a_geonames_town_is_no_place() {
        // `السلطات` (the authorities) is keyed like a GeoNames spelling of Settat, `بأنه` (that it) like Baneh
        let r = run(&[article("ar", "ar", "قالت السلطات في بيان بأنه لا توجد إصابات.")]);
        assert!(r[0].is_empty(), "{:?}", r[0]);
        // but a town behind a proclitic is that town where the whole word is frequent (`בחיפה`, in Haifa)
        let r = run(&[article("he", "he", "הם גרים בחיפה מאז המלחמה.")]);
        assert_eq!(kind_of(&r, 0, "בחיפה"), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn a_hebrew_proclitic_that_swallows_the_article_leaves_the_name() {
        // `ב` + `הכנסת` is written `בכנסת`
        let r = run(&[article("he", "he", "הכנסת אישרה את החוק. הדיון בכנסת נמשך עד הלילה.")]);
        let knesset = id_of(&r, 0, "הכנסת");
        assert!(knesset.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "בכנסת"), knesset, "{:?}", r[0]);
    }

    #[test]
    fn the_press_forms_of_names_are_the_places_cldr_names_otherwise() {
        let r = run(&[
            article("en", "en", "Talks in Geneva went on. North Korea and the United Arab Emirates sent envoys."),
            article("fa", "fa", "مذاکرات در ژنو ادامه یافت و کره شمالی هیئتی فرستاد."),
            article("ar", "ar", "أرسلت الإمارات وفدا إلى المحادثات."),
            article("he", "he", "צפון קוריאה שלחה משלחת לשיחות בז'נבה."),
        ]);
        let geneva = id_of(&r, 0, "Geneva");
        assert!(geneva.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "ژنو"), geneva, "{:?}", r[1]);
        assert_eq!(id_of(&r, 3, "בז'נבה"), geneva, "{:?}", r[3]);
        assert_eq!(id_of(&r, 1, "کره شمالی").as_deref(), Some("loc:kp"), "{:?}", r[1]);
        assert_eq!(id_of(&r, 3, "צפון קוריאה").as_deref(), Some("loc:kp"), "{:?}", r[3]);
        assert_eq!(id_of(&r, 2, "الإمارات").as_deref(), Some("loc:ae"), "{:?}", r[2]);
    }

    #[test]
    fn a_name_between_a_title_and_the_person_is_found_too() {
        // the chair of the Histadrut: the title's institution, then the person
        let r = run(&[article("he", "he", "יו\"ר ההסתדרות ארנון בר-דוד הכריז על שביתה.")]);
        assert_eq!(kind_of(&r, 0, "ההסתדרות"), Some("ORG"), "{:?}", r[0]);
        assert_eq!(kind_of(&r, 0, "ארנון בר-דוד"), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn construct_and_ezafe_forms_of_head_words_begin_names() {
        // Hebrew `משטרת` (police of), Persian `باشگاه` (club)
        let r = run(&[
            article("he", "he", "משטרת ישראל פתחה בחקירה."),
            article("fa", "fa", "باشگاه استقلال قرارداد را امضا کرد."),
        ]);
        assert_eq!(kind_of(&r, 0, "משטרת ישראל"), Some("ORG"), "{:?}", r[0]);
        assert_eq!(kind_of(&r, 1, "باشگاه استقلال"), Some("ORG"), "{:?}", r[1]);
    }

    #[test]
    fn religious_ranks_and_sports_roles_are_titles() {
        let r = run(&[
            article("fa", "fa", "آیت‌الله سیستانی گفت که آتش‌بس لازم است."),
            article("ar", "ar", "تألق اللاعب ميسي في المباراة."),
        ]);
        assert_eq!(kind_of(&r, 0, "سیستانی"), Some("PER"), "{:?}", r[0]);
        assert_eq!(kind_of(&r, 1, "ميسي"), Some("PER"), "{:?}", r[1]);
    }

    #[test]
    fn what_a_hebrew_title_is_of_is_no_part_of_the_name_after_it() {
        // minister of culture and sport; chair of the Olympic Committee in Israel
        let r = run(&[article(
            "he",
            "he",
            "שר התרבות והספורט חילי טרופר בירך. יו\"ר הוועד האולימפי בישראל יגאל כרמי אמר שזה הישג.",
        )]);
        assert_eq!(kind_of(&r, 0, "חילי טרופר"), Some("PER"), "{:?}", r[0]);
        assert_eq!(kind_of(&r, 0, "יגאל כרמי"), Some("PER"), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "בישראל").as_deref(), Some("loc:il"), "{:?}", r[0]);
    }

    #[test]
    fn a_company_after_its_describing_head_is_named_by_the_words_after_it_throughout() {
        // the Jerusalem company Mobileye: `חברת` and the adjective are no part of the name
        let r = run(&[article("he", "he", "חברת מובילאיי הירושלמית פיתחה שבב חדש. מובילאיי נוסדה ב-1999.")]);
        let orgs: Vec<&str> = r[0].iter().filter(|m| m.1 == "ORG").map(|m| m.0.as_str()).collect();
        assert_eq!(orgs, ["מובילאיי", "מובילאיי"], "{:?}", r[0]);
        // what the company does is no name: the missile company, the ball company
        let r = run(&[article("he", "he", "חברת הטילים חתמה על חוזה. חברת כדור חדשה נוסדה.")]);
        assert!(r[0].is_empty(), "{:?}", r[0]);
    }

    #[test]
    fn an_arabic_company_is_named_without_its_head_and_its_nisba_adjective() {
        // the American company Cerebras: `شركة` and `الأمريكية` are no part of the name,
        // behind a proclitic too (`وشركة`, and the company)
        let r = run(&[article(
            "ar",
            "ar",
            "وقعت شركة سيريبراس الأمريكية اتفاقا جديدا. وقالت سيريبراس إن العقد كبير. وشركة سيريبراس ناشئة.",
        )]);
        let orgs: Vec<&str> = r[0].iter().filter(|m| m.1 == "ORG").map(|m| m.0.as_str()).collect();
        assert_eq!(orgs, ["سيريبراس", "سيريبراس", "سيريبراس"], "{:?}", r[0]);
        // a company the gazetteer knows after the head; a foreign name of two words whose
        // first is a frequent word (`شوي`, a little) after it
        let r = run(&[article(
            "ar",
            "ar",
            "استثمرت شركة مايكروسوفت الأمريكية في الإمارات. وتملك شركة شوي كيسن اليابانية السفينة.",
        )]);
        let orgs: Vec<&str> = r[0].iter().filter(|m| m.1 == "ORG").map(|m| m.0.as_str()).collect();
        assert_eq!(orgs, ["مايكروسوفت", "شوي كيسن"], "{:?}", r[0]);
        // a frequent word with the article after the head says what the company does (the rockets company)
        let r = run(&[article("ar", "ar", "أطلقت شركة الصواريخ كبسولة جديدة أمس.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("الصواريخ")), "{:?}", r[0]);
    }

    #[test]
    fn a_club_word_before_a_city_names_a_club_in_arabic_and_hebrew() {
        // Real Madrid and Maccabi Tel Aviv are clubs, not the cities they play in
        let r = run(&[
            article("ar", "ar", "فاز برشلونة على ريال مدريد في الرياض. ولعب ريال مدريد بعشرة لاعبين."),
            article("he", "he", "מכבי תל אביב ניצחה את ריאל מדריד בגמר במילאנו."),
        ]);
        let kind = |a: usize, s: &str| r[a].iter().find(|m| m.0 == s).map(|m| m.1);
        assert_eq!(kind(0, "ريال مدريد"), Some("ORG"), "{:?}", r[0]);
        assert_eq!(kind(1, "מכבי תל אביב"), Some("ORG"), "{:?}", r[1]);
        assert_eq!(kind(1, "ריאל מדריד"), Some("ORG"), "{:?}", r[1]);
        // the city alone is still a place
        assert_eq!(kind(0, "الرياض"), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn the_worlds_best_known_companies_are_organisations_in_arabic_and_hebrew() {
        // no capital marks them and no head comes before them: the gazetteer names them
        let r = run(&[
            article("ar", "ar", "أعلنت مايكروسوفت وتويوتا عن نتائج قوية هذا العام."),
            article("he", "he", "גוגל ואמזון זכו במכרז, ובואינג הפסידה."),
        ]);
        let orgs = |a: usize| -> Vec<&str> { r[a].iter().filter(|m| m.1 == "ORG").map(|m| m.0.as_str()).collect() };
        assert_eq!(orgs(0), ["مايكروسوفت", "وتويوتا"], "{:?}", r[0]);
        assert_eq!(orgs(1), ["גוגל", "ואמזון", "ובואינג"], "{:?}", r[1]);
        assert_eq!(id_of(&r, 0, "مايكروسوفت").as_deref(), Some("org:microsoft"), "{:?}", r[0]);
    }

    #[test]
    fn a_company_after_its_head_and_the_words_describing_it_is_named_throughout() {
        // the American chip company Nvidia; the hedge fund Starboard Value
        let r = run(&[article(
            "he",
            "he",
            "חברת השבבים האמריקאית אנבידיה הודיעה על רכישה. קרן הגידור סטארבורד ואליו תמכה. בעבר מכרה סטארבורד ואליו מניות. שבאנבידיה מרוצים.",
        )]);
        let orgs: Vec<&str> = r[0].iter().filter(|m| m.1 == "ORG").map(|m| m.0.as_str()).collect();
        assert_eq!(orgs, ["אנבידיה", "סטארבורד ואליו", "סטארבורד ואליו", "שבאנבידיה"], "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("השבבים") && !m.0.contains("הגידור")), "{:?}", r[0]);
        // a rare word after the describing words that the article never writes again names nothing
        let r = run(&[article("he", "he", "חברת הטילים הממשלתית חתמה על חוזה חדש.")]);
        assert!(r[0].is_empty(), "{:?}", r[0]);
    }

    #[test]
    fn a_person_between_commas_after_the_office_is_named_throughout() {
        // Nvidia's chief executive, Jensen Huang, said ... Huang founded
        let r = run(&[article("he", "he", "מנכ\"ל אנבידיה, ג'נסן הואנג, אמר כי השילוב חשוב. הואנג ייסד את החברה.")]);
        assert_eq!(kind_of(&r, 0, "ג'נסן הואנג"), Some("PER"), "{:?}", r[0]);
        assert_eq!(kind_of(&r, 0, "הואנג"), Some("PER"), "{:?}", r[0]);
        // what the office is of is no person
        assert_eq!(kind_of(&r, 0, "אנבידיה"), Some("ORG"), "{:?}", r[0]);
        // no title before the comma: two words between commas are no name
        let r = run(&[article("he", "he", "הוא הגיע לעיר, בתים שרופים, ולא מצא איש.")]);
        assert!(r[0].is_empty(), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_read_as_a_person_joins_no_family_name_that_sounds_alike() {
        // `غرفة` (chamber) after `رئيس` (head) reads GRF like Graf; `قرب` (near) then too
        let r = run(&[
            article("en", "en", "Steffi Graf won the title. Graf retired later."),
            article("ar", "ar", "وقال رئيس غرفة الدرجة الأولى إن الجلسة انعقدت قرب لاهاي."),
        ]);
        let graf = id_of(&r, 0, "Steffi Graf");
        assert!(graf.is_some(), "{:?}", r[0]);
        assert!(r[1].iter().all(|m| Some(&m.2) != graf.as_ref()), "{:?}", r[1]);
    }

    #[test]
    fn a_family_name_behind_a_proclitic_is_the_person_named_in_full() {
        // the economist Javier Milei won; Massa called (to) Milei
        let r =
            run(&[article("he", "he", "הכלכלן חוויאר מיליי ניצח בבחירות. מסה התקשר למיליי כדי לברך. מיליי הודה לו.")]);
        let full = id_of(&r, 0, "חוויאר מיליי");
        assert!(full.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "למיליי"), full, "{:?}", r[0]);
    }

    #[test]
    fn a_shared_family_name_is_the_person_named_most() {
        // parliament elected Joseph Aoun; Joseph Aoun was army chief; he succeeds Michel Aoun;
        // Aoun won 99 votes, and the deputies voted for (to) Aoun: the nearest full name is Michel's
        let text = "انتخب البرلمان جوزاف عون رئيسا. وكان جوزاف عون قائدا للجيش. وخلف ميشال عون بعد فراغ طويل. \
                    وحصل عون على 99 صوتا. وصوت النواب لعون في الدورة الثانية.";
        let r = run(&[
            article("en", "en", "Justice Minister Yariv Levin spoke in the Knesset. Levin said the plan would go on."),
            article("ar", "ar", text),
        ]);
        let joseph = id_of(&r, 1, "جوزاف عون");
        assert!(joseph.is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "ميشال عون"), joseph, "{:?}", r[1]);
        assert_eq!(id_of(&r, 1, "عون"), joseph, "{:?}", r[1]);
        assert_eq!(id_of(&r, 1, "لعون"), joseph, "{:?}", r[1]);
        assert_ne!(id_of(&r, 0, "Yariv Levin"), joseph, "{:?}", r[0]);
        // two people named as often: the family name alone is neither
        assert_eq!(super::person_named_most(&[(1, 1), (2, 2)]), None);
        assert_eq!(super::person_named_most(&[(1, 1), (2, 2), (3, 2)]), Some(2));
        assert_eq!(super::person_named_most(&[(1, 1), (3, 1)]), Some(1));
    }

    #[test]
    fn a_common_word_behind_a_proclitic_ends_a_name_after_a_given_name() {
        // the court convicts Salim Ayyash of (with) the assassination of
        let r = run(&[article("ar", "ar", "المحكمة تدين سليم عياش باغتيال رئيس الوزراء.")]);
        assert_eq!(kind_of(&r, 0, "سليم عياش"), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_one_word_organisation_of_three_consonants_joins_no_name_that_sounds_alike() {
        // `מובילאיי` (Mobileye) and `Wembley` both read MPL
        let r = run(&[
            article("en", "en", "The final was played at Wembley Stadium. Wembley was full."),
            article("he", "he", "חברת מובילאיי פיתחה שבב חדש. מובילאיי נוסדה ב-1999."),
        ]);
        let wembley = id_of(&r, 0, "Wembley");
        assert!(wembley.is_some(), "{:?}", r[0]);
        assert!(id_of(&r, 1, "מובילאיי").is_some(), "{:?}", r[1]);
        assert_ne!(id_of(&r, 1, "מובילאיי"), wembley, "{:?}", r[1]);
    }

    #[test]
    fn a_persian_deputys_rank_after_the_title_is_no_name() {
        // `معاون اول` (first deputy) of the president
        let r = run(&[article("fa", "fa", "محمد مخبر، معاون اول رئیس‌جمهور، اداره امور را بر عهده گرفت.")]);
        assert!(r[0].iter().all(|m| m.0 != "اول"), "{:?}", r[0]);
        assert_eq!(kind_of(&r, 0, "محمد مخبر"), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_hebrew_day_or_ordinal_is_no_family_name_that_sounds_alike() {
        // Mélenchon, who came third (`שלישי`, also Tuesday), and Scholz, whose key it shares
        let r = run(&[
            article("de", "de", "Bundeskanzler Olaf Scholz gratulierte. Scholz sprach von einem guten Tag."),
            article("en", "en", "German Chancellor Olaf Scholz congratulated Macron. Scholz called him."),
            article("he", "he", "הקנצלר אולף שולץ בירך. ז'אן-לוק מלנשון, שהגיע שלישי בסיבוב הראשון, לא תמך."),
        ]);
        assert_eq!(id_of(&r, 2, "שלישי"), None, "{:?}", r[2]);
    }

    #[test]
    fn a_name_found_by_its_sound_is_one_of_a_story_told_elsewhere() {
        // `טרבל`, a treble, reads TRPL like `Torre Eiffel`, which only an unrelated story names
        let r = run(&[
            article("es", "es", "Miles de personas visitaron la Torre Eiffel en París. La Torre Eiffel brilló."),
            article(
                "it",
                "it",
                "Migliaia di persone hanno visitato la Torre Eiffel a Parigi. La Torre Eiffel brillava.",
            ),
            article("he", "he", "מנצ'סטר סיטי השלימה טרבל היסטורי באיסטנבול. השחקנים חגגו את הטרבל עם האוהדים."),
        ]);
        let tower = id_of(&r, 0, "Torre Eiffel");
        assert!(tower.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Torre Eiffel"), tower, "{:?}", r[1]);
        assert!(r[2].iter().all(|m| Some(&m.2) != tower.as_ref()), "{:?}", r[2]);
    }

    #[test]
    fn common_words_in_a_row_join_no_name_of_another_article_that_sounds_alike() {
        // `הכריז בליל`, declared on the night of, keyed like Chris Paul
        let r = run(&[
            article("en", "en", "Chris Paul scored twenty points. Paul thanked the fans."),
            article("he", "he", "הנשיא הכריז בליל שלישי על משטר צבאי."),
        ]);
        assert!(r[1].iter().all(|m| m.0 != "כריז בליל" && m.0 != "הכריז בליל"), "{:?}", r[1]);
    }

    #[test]
    fn a_weekday_is_no_capital_spelled_alike() {
        // Persian `دوشنبه` is Monday and Dushanbe
        let r = run(&[article("fa", "fa", "او روز دوشنبه در پاریس درگذشت.")]);
        assert_eq!(kind_of(&r, 0, "دوشنبه"), None, "{:?}", r[0]);
        assert_eq!(kind_of(&r, 0, "پاریس"), Some("LOC"), "{:?}", r[0]);
    }

    #[test]
    fn ever_is_no_island_and_the_secretary_general_no_acronym_in_hebrew() {
        let r = run(&[article(
            "he",
            "he",
            "זו העסקה הגדולה ביותר אי פעם בתעשייה. ומזכ\"ל הארגון חסן נסראללה אמר כי יעקוב.",
        )]);
        assert_eq!(kind_of(&r, 0, "אי פעם"), None, "{:?}", r[0]);
        assert_eq!(kind_of(&r, 0, "ומזכ\"ל"), None, "{:?}", r[0]);
        assert_eq!(kind_of(&r, 0, "חסן נסראללה"), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn feminine_arabic_titles_announce_names_too() {
        let r = run(&[article("ar", "ar", "حضر الجلسة سفراء عدة دول، بينهم السفيرة الأمريكية ليزا جونسون.")]);
        assert_eq!(kind_of(&r, 0, "ليزا جونسون"), Some("PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_letter_alone_after_a_word_read_as_a_title_is_no_name() {
        // `מדובר` (it is about) reads like `מ` + `דובר`, from the spokesman
        let r = run(&[article("he", "he", "ראש הממשלה אמר כי מדובר ב\"הישג מדיני\" גדול. מדובר ב, כמובן, הסכם.")]);
        assert!(r[0].iter().all(|m| m.1 != "PER" || m.0.chars().count() > 2), "{:?}", r[0]);
    }

    #[test]
    fn a_persian_body_s_name_goes_on_through_the_ezafe_to_its_adjectives_and_rare_words() {
        // (recognition, kept here beside the other abjad tests: the rule is `ezafe_complement`)
        let text = "ایران به عضویت سازمان همکاری شانگهای درآمد. گزارش سازمان پزشکی قانونی منتشر شد. \
                    وزارت کشور روز دوشنبه اعلام کرد که سازمان انرژی اتمی ایران آماده است.";
        let r = run(&[article("fa", "fa", text)]);
        for name in ["سازمان همکاری شانگهای", "سازمان پزشکی قانونی", "سازمان انرژی اتمی ایران"]
        {
            assert!(r[0].iter().any(|m| m.0 == name && m.1 == "ORG"), "{name}: {:?}", r[0]);
        }
        // a frequent noun after the name is the sentence going on (`روز`, day)
        assert!(r[0].iter().all(|m| !m.0.contains("روز")), "{:?}", r[0]);
    }

    #[test]
    fn the_persian_president_s_title_written_with_a_space_names_nobody() {
        // `رئیس جمهور` (head of the republic) is one title; `جمهوری اسلامی` is the press's name for Iran
        let text = "دونالد ترامپ، رئیس جمهور آمریکا، گفت که جمهوری اسلامی به توافق پایبند نیست.";
        let r = run(&[article("fa", "fa", text)]);
        assert!(r[0].iter().all(|m| m.0 != "جمهور"), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "جمهوری اسلامی").as_deref(), Some("loc:ir"), "{:?}", r[0]);
    }

    #[test]
    fn an_arabic_city_spelled_like_a_frequent_word_is_found_by_the_press_s_spelling() {
        let r = run(&[article("ar", "ar", "وصل الرئيس إلى جدة يوم الجمعة لحضور القمة.")]);
        assert_eq!(id_of(&r, 0, "جدة").as_deref(), Some("loc:gn105343"), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_behind_two_hebrew_proclitics_is_no_family_name() {
        // `שבדרום`: which (`ש`) is in (`ב`) the south (`דרום`)
        let r = run(&[article("he", "he", "ארנה שבדרום העיר נפתחה מחדש אתמול. ההופעה נערכה בארנה שבדרום העיר.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("שבדרום")), "{:?}", r[0]);
    }

    #[test]
    fn a_title_s_name_goes_on_past_a_given_name_that_spells_a_small_town() {
        // `بشار` is also Béchar (GeoNames, priority 0): before a given name it begins the name
        let r = run(&[article("ar", "ar", "وقال الرئيس السوري بشار الأسد إن القمة مهمة. وأضاف الأسد أن بلاده عادت.")]);
        assert!(r[0].iter().any(|m| m.0 == "بشار الأسد" && m.1 == "PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_title_s_name_goes_on_to_the_family_name_after_two_given_names() {
        // `محمد جواد ظريف`: after the title the name went on past two words only along connectors
        let r = run(&[article("ar", "ar", "قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده مستعدة للحوار.")]);
        assert!(r[0].iter().any(|m| m.0 == "محمد جواد ظريف" && m.1 == "PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_persian_word_that_is_a_given_name_ends_a_name_of_two_given_names() {
        // `ظریف` (delicate) is a frequent word of Persian as well as a name
        let r = run(&[article("fa", "fa", "محمد جواد ظریف، وزیر امور خارجه ایران، در تهران سخن گفت.")]);
        assert!(r[0].iter().any(|m| m.0 == "محمد جواد ظریف" && m.1 == "PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_word_with_the_article_after_two_given_names_describes_unless_a_nisba() {
        // `الحداد الوطني`, the national mourning, is what the prime minister announced
        let r = run(&[article("ar", "ar", "وأعلن رئيس الوزراء حسان دياب الحداد الوطني في البلاد.")]);
        assert!(r[0].iter().any(|m| m.0 == "حسان دياب"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("الحداد")), "{:?}", r[0]);
    }

    #[test]
    fn a_rare_hebrew_word_after_two_given_names_is_the_verb() {
        // Hebrew puts the verb after the subject: `בירך` (welcomed) is no third name
        let r = run(&[article("he", "he", "שר הכלכלה ניר ברקת בירך על ההחלטה. ניר ברקת בירך גם את העובדים.")]);
        assert!(r[0].iter().any(|m| m.0 == "ניר ברקת"), "{:?}", r[0]);
        assert!(r[0].iter().all(|m| !m.0.contains("בירך")), "{:?}", r[0]);
    }

    #[test]
    fn a_foreign_person_after_the_adjective_of_their_country_is_a_name() {
        // no title: `الأمريكي فيل ميكلسون`, the American Phil Mickelson; `فيل` is also elephant
        let r = run(&[article("ar", "ar", "ورحب الأمريكي فيل ميكلسون بالاتفاق ووصف اليوم بأنه رائع.")]);
        assert!(r[0].iter().any(|m| m.0 == "فيل ميكلسون" && m.1 == "PER"), "{:?}", r[0]);
    }

    #[test]
    fn frequent_words_after_a_country_s_adjective_are_no_name() {
        let r = run(&[article("ar", "ar", "ارتفع الدولار الأمريكي مقابل الجنيه في السوق. وانتهى النص بالأمريكي")]);
        assert!(r[0].iter().all(|m| m.1 != "PER"), "{:?}", r[0]);
        // a verb and a given name after it: the name begins at the given name
        let r = run(&[article("ar", "ar", "قال بيان إن الجيش السوداني يعزل عمر البشير بعد الاحتجاجات.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("يعزل")), "{:?}", r[0]);
    }

    #[test]
    fn a_silent_letter_of_a_latin_name_is_no_consonant() {
        // `John Roberts` keys SHN RPRS (a silent h, ts read as one sibilant); `جون روبرتس` SN RPRTS
        assert_eq!(super::loose_key("SHN RPRS"), super::loose_key("SN RPRTS"));
        assert_eq!(super::loose_key("S MRNH"), super::loose_key("S MRN"));
        assert_eq!(super::loose_key("HMD"), "HMD", "a word's first h is a consonant");
        let r = run(&[
            article(
                "en",
                "en",
                "Chief Justice John Roberts wrote a separate opinion. Roberts said the court went too far.",
            ),
            article("ar", "ar", "وكتب رئيس المحكمة العليا جون روبرتس رأيا منفصلا. وقال روبرتس إن المحكمة ذهبت بعيدا."),
            article(
                "he",
                "he",
                "נשיא בית המשפט העליון ג'ון רוברטס כתב חוות דעת נפרדת. רוברטס אמר שבית המשפט הרחיק לכת.",
            ),
        ]);
        let en = id_of(&r, 0, "John Roberts");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "جون روبرتس"), en, "{:?}", r[1]);
        assert_eq!(id_of(&r, 2, "ג'ון רוברטס"), en, "{:?}", r[2]);
    }

    #[test]
    fn a_place_named_with_its_head_is_the_gazetteer_place() {
        // `جزر القمر`, the Comoros (islands of the moon), is no new place named `القمر`
        let r = run(&[article("ar", "ar", "وزار الوفد جزر القمر الأسبوع الماضي والتقى بالمسؤولين هناك.")]);
        assert_eq!(id_of(&r, 0, "جزر القمر").as_deref(), Some("loc:km"), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_before_a_country_is_what_the_title_is_of() {
        // `رئيس وزراء بريطانيا`, prime minister of Britain: `وزراء` (ministers) is no name
        let r = run(&[article("ar", "ar", "ووصف رئيس وزراء بريطانيا بوريس جونسون القرار بأنه خطوة كبيرة إلى الوراء.")]);
        assert!(r[0].iter().all(|m| m.0 != "وزراء"), "{:?}", r[0]);
        assert!(r[0].iter().any(|m| m.0 == "بريطانيا" && m.1 == "LOC"), "{:?}", r[0]);
    }

    #[test]
    fn the_press_names_places_as_data_lang_names_writes_them() {
        // Hebrew `וושינגטון` behind `ב` (in) is the capital; the state is named with its head word
        let r = run(&[article("he", "he", "המונים התקבצו מחוץ לבית המשפט בוושינגטון ביום שישי.")]);
        assert_eq!(id_of(&r, 0, "בוושינגטון").as_deref(), Some("loc:gn4140963"), "{:?}", r[0]);
        let r = run(&[article("ar", "ar", "أيدت المحكمة قانونا في ولاية ميسيسيبي يحظر معظم عمليات الإجهاض.")]);
        assert!(r[0].iter().any(|m| m.0.contains("ميسيسيبي") && m.2 == "loc:us-ms"), "{:?}", r[0]);
    }

    #[test]
    fn a_function_word_behind_a_proclitic_is_no_family_name() {
        // `ووعد بأن`, and he promised that: `وعد` is a given name too, `بأن` is `ب` + `أن`
        let r = run(&[article("ar", "ar", "وألقى الرئيس كلمة في باريس، ووعد بأن يكون رئيسا لجميع الفرنسيين.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("بأن")), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_noun_with_tanween_is_no_family_name() {
        // `مقالا`, an article (accusative): Xi wrote an article for the newspaper
        let r = run(&[article("ar", "ar", "وقبل الزيارة، كتب شي مقالا لصحيفة روسية، وكتب بوتين مقالا لصحيفة صينية.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("مقالا")), "{:?}", r[0]);
    }

    #[test]
    fn a_frequent_word_after_the_given_name_is_the_verb() {
        // `השופט קלרנס תומאס כתב`, Justice Clarence Thomas wrote: `כתב` is no family name
        let r = run(&[article("he", "he", "השופט קלרנס תומאס כתב כי על בית המשפט לשקול מחדש גם פסקי דין אחרים.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("כתב")), "{:?}", r[0]);
        assert!(r[0].iter().any(|m| m.0 == "קלרנס תומאס" && m.1 == "PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_french_compound_given_name_leads_on_to_the_family_name() {
        // `جان لوك ميلانشون`, Jean-Luc Mélenchon: `لوك` is a given name, the family name follows
        let r = run(&[article("ar", "ar", "ودعا جان لوك ميلانشون، الذي حل ثالثا في الجولة الأولى، إلى التصويت.")]);
        assert!(r[0].iter().any(|m| m.0 == "جان لوك ميلانشون" && m.1 == "PER"), "{:?}", r[0]);
    }

    #[test]
    fn a_city_before_a_club_word_is_the_club() {
        // `مانشستر سيتي`, Manchester City: the club, named after the city, joins its Latin name
        let r = run(&[
            article("en", "en", "Manchester City beat Inter in the final. Manchester City won the treble."),
            article("ar", "ar", "فاز مانشستر سيتي على إنتر في النهائي. وحقق مانشستر سيتي الثلاثية."),
            article("he", "he", "מנצ'סטר סיטי ניצחה את אינטר בגמר. מנצ'סטר סיטי זכתה בשלישייה."),
        ]);
        let en = id_of(&r, 0, "Manchester City");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "مانشستر سيتي"), en, "{:?}", r[1]);
        assert_eq!(id_of(&r, 2, "מנצ'סטר סיטי"), en, "{:?}", r[2]);
    }

    #[test]
    fn a_name_named_alone_behind_the_conjunction_is_another_person() {
        // `شي وبوتين`, Xi and Putin: `بوتين` is named alone elsewhere, no family name of `شي`
        let r = run(&[article("ar", "ar", "وقال بوتين إن المحادثات كانت مثمرة. ووقع شي وبوتين على بيان مشترك.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("وبوتين")), "{:?}", r[0]);
        let r = run(&[article("he", "he", "פוטין אמר שהשיחות היו פוריות. שי ופוטין חתמו על הצהרה משותפת.")]);
        assert!(r[0].iter().all(|m| !m.0.contains("ופוטין")), "{:?}", r[0]);
        // a family name that opens with the letter is named again with it (Eyal Waldman)
        let r = run(&[article("he", "he", "המייסד אייל ולדמן הודיע על פרישתו. ולדמן ייסד את החברה לפני שנים.")]);
        assert!(r[0].iter().any(|m| m.0 == "אייל ולדמן"), "{:?}", r[0]);
    }
    #[test]
    fn a_body_behind_a_proclitic_is_the_body_named_alone() {
        // sentences written for this test: the data security company Zelkova; that Zelkova will go on
        let text =
            "חברת אבטחת המידע זלקובה הודיעה על מכירתה. המנכ\"ל אמר כי זלקובה תישאר בישראל, ושזלקובה תמשיך לגייס.";
        let r = run(&[article("he", "he", text)]);
        let alone = id_of(&r, 0, "זלקובה");
        assert!(alone.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 0, "ושזלקובה"), alone, "{:?}", r[0]);
    }
}
