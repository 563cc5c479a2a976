//! Name clusters: the entities the joined items make, each with its name
//! shown (the most used spelling), its variants and its kind.

use super::{
    AllCands, AllItems, Article, DEVA, Doc, EntityId, EntityKind, Gazetteer, HashMap, HashSet, KEPT_PLACED, Kept,
    LoneWord, NO_STRING, Origin, Profile, Strings, Tables, UnionFind, display_lemma, each_window, par_chunks,
    segmented, types, unused_id, writes_abjad,
};

/// What a display name names, as far as its grammar goes.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Shown {
    Other,
    Person,
    /// A person some spelling of the corpus shows to be a man (`Lavrov`).
    Man,
}

/// A readable Latin name for one candidate (`acronym`: its letters, if it is
/// one); a person's name in the nominative.
pub(super) fn display(doc: &Doc, c: &Kept, acronym: Option<&str>, shown: Shown) -> String {
    if let Some(letters) = acronym {
        return any_ascii::any_ascii(letters).to_uppercase();
    }
    if shown != Shown::Other && matches!(doc.lang.code, "ru" | "uk") {
        let words: Vec<&str> = c.tokens().map(|i| doc.word(i)).collect();
        let man = shown == Shown::Man;
        let nominative = super::super::nominative::nominative_of_name(&words, &types::is_listed_given_name, man)
            .or_else(|| super::super::nominative::nominative_of_instrumental(&words));
        if let Some(words) = nominative {
            let latin: Vec<String> = words.iter().map(|w| any_ascii::any_ascii(w).replace('\'', "")).collect();
            return latin.join(" ");
        }
    }
    display_span(doc, c.tokens(), c.start as usize..c.end as usize, AbjadVowels::Read)
}

/// Whether alif, waw and ya (alef, vav, yod) are read as the vowels they stand for
/// ([`super::super::abjad_latin`]) or dropped as any_ascii does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum AbjadVowels {
    Read,
    Dropped,
}

/// The readable Latin name of the name on tokens `tokens` (bytes `span`) of `doc`.
pub(super) fn display_span(
    doc: &Doc,
    tokens: std::ops::Range<usize>,
    span: std::ops::Range<usize>,
    abjad: AbjadVowels,
) -> String {
    if let Some(name) = segmented::ideographic_name(doc, tokens.clone(), span) {
        return segmented::latin_display(name);
    }
    let mut out = String::new();
    let first = tokens.start;
    for i in tokens {
        if i > first {
            out.push(' ');
        }
        let word = doc.word(i);
        let t = doc.toks[i];
        if t.flags & DEVA != 0 {
            let key = crate::lang::phonetic::devanagari_latin(word).to_ascii_lowercase();
            let mut chars = key.chars();
            if let Some(f) = chars.next() {
                out.extend(f.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else if matches!(word.chars().next(), Some(ch) if matches!(ch as u32, 0x400..=0x52f)) {
            // no ending stripped: nominatives end in -ом too (`Газпром`); the
            // shortest variant, usually the nominative, was chosen already
            out.push_str(&any_ascii::any_ascii(word).replace('\'', ""));
        } else if word.chars().find(|ch| ch.is_alphabetic()).and_then(crate::lang::Script::of)
            == Some(crate::lang::Script::Greek)
        {
            // by the romanisation the press uses (`Androulakis`, not any_ascii's `Androylakis`)
            out.push_str(&crate::lang::greek_latin(word));
        } else if let Some(latin) = (abjad == AbjadVowels::Read)
            .then(|| super::super::abjad_latin::abjad_word_latin(word, doc.lang.code == "fa"))
            .flatten()
        {
            out.push_str(&latin);
        } else if word
            .chars()
            .any(|ch| ch.is_alphabetic() && crate::lang::Script::of(ch) != Some(crate::lang::Script::Latin))
        {
            // Han, kana and other scripts: names are shown in Latin letters by default
            let latin = any_ascii::any_ascii(word).replace(['\'', '"'], "");
            let mut chars = latin.chars();
            if let Some(f) = chars.next() {
                out.extend(f.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else if !doc.lang.display_lemma {
            out.push_str(word);
        } else {
            out.push_str(display_lemma(word));
        }
    }
    out
}

pub(super) fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in any_ascii::any_ascii(name).chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() { "x".to_owned() } else { s }
}

/// How good a mention is as the source of a display name: more words, a
/// language whose spelling is closest to English, then a shorter surface.
pub(super) type NameRank = (usize, u8, std::cmp::Reverse<usize>);

/// A display spelling as compared across articles: lower case, a hyphen a
/// space (`Ri Son-gwon` is `Ri Son Gwon`).
pub(super) fn spelling_key(display: &str) -> String {
    display.chars().flat_map(char::to_lowercase).map(|c| if c == '-' { ' ' } else { c }).collect()
}

/// Edit distance between two display spellings, in half steps: a letter that
/// differs from another only by a diacritic (`ž`/`z`) one, any other change two.
pub(super) fn spelling_distance(a: &str, b: &str) -> usize {
    // each char with its base letter (folded once per char, not once per cell of the table)
    let mut folded = String::new();
    let mut with_base = |text: &str| -> Vec<(char, char)> {
        text.chars()
            .map(|c| {
                folded.clear();
                crate::lang::fold_char(c, &mut folded);
                (c, folded.chars().next().unwrap_or(c))
            })
            .collect()
    };
    let (a, b) = (with_base(a), with_base(b));
    let mut row: Vec<usize> = (0..=b.len()).map(|j| 2 * j).collect();
    for (i, &(x, x_base)) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = 2 * (i + 1);
        for (j, &(y, y_base)) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(x != y) + usize::from(x_base != y_base);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 2).min(row[j + 1] + 2);
        }
    }
    row[b.len()]
}

/// One spelling of a cluster's name: how many articles use it, and its best mention.
#[derive(Clone, Copy)]
pub(super) struct Spelling {
    pub(super) key: u32,
    pub(super) articles: u32,
    pub(super) last_article: u32,
    pub(super) best: (usize, NameRank),
    /// Transliterated from Arabic or Hebrew letters, which write few vowels
    /// (`Srgyy Lvrvv`): shown only when no other script spells the name.
    pub(super) vowelless: bool,
    /// Of `articles`, those that write it in Latin letters themselves rather
    /// than in a script korpus transliterates (`Volodimir Zelenski` in Serbian, not Bulgarian).
    pub(super) latin_articles: u32,
    /// Of `latin_articles`, those in a language whose names do not decline:
    /// the name as that press writes it in the nominative (`Xi Jinping`, not
    /// Serbian `Si Đinpinga`).
    pub(super) undeclined_latin_articles: u32,
    /// Written in Greek, whose masculine names lose their final `ς` in the genitive.
    pub(super) greek: bool,
    /// A Chinese person's name in Han in a Chinese article, shown in its pinyin reading.
    pub(super) pinyin: bool,
    /// Written in a language whose names decline (`Ким Чен Ына`, `Pjongjangu`).
    pub(super) declines: bool,
    /// Every article writes it with a case ending that `display_lemma` cut off
    /// (`Evropskom agencijom` → `Evropsk agencij`): it is no word of its own.
    pub(super) cut: bool,
}

/// English's display rank, the highest (see `lang::Profile::display_rank`).
pub(super) const ENGLISH_DISPLAY_RANK: u8 = 5;

/// The word rank (see [`NameRank`]) of a name of two words: a Latin spelling this full
/// says how many words the name has, whatever a transliteration adds (Greek articles).
pub(super) const TWO_WORD_RANK: usize = 5;

/// The mention to name a cluster after: of its fullest names (the most words),
/// the spelling the most articles use, each article counted once whatever
/// its mentions (`Kim Jong Un` in Hindi and English beside Serbian `Kim
/// Džong Un`); on a tie one in plain ASCII letters, then the one the most
/// articles write in Latin letters themselves, then an English article's,
/// then the one nearest to all the others (the spelling the languages agree
/// on), then the rank.
///
/// A `translated` name (a place's or a body's, which each language translates
/// rather than spells) is full at the most words its own language group
/// writes it with, two at least: its word count is the language's grammar,
/// not more of the name (`Servicio Geológico de Estados Unidos` is no fuller
/// than `Geological Survey`); and a spelling some article writes in Latin
/// letters comes before the most used one (see `order`).
pub(super) fn most_used_spelling(
    spellings: &[Spelling],
    best_words: usize,
    strings: &Strings,
    translated: bool,
) -> Option<(usize, NameRank)> {
    // an abjad transliteration counts a particle as a word where the cased
    // spelling does not (`Dh` for `da`): its word count alone must not push
    // every spelling with vowels out (`Lvys Ynsyv Lvlh Dh Sylvh`)
    let fullest = |vowelless: bool| spellings.iter().any(|s| s.vowelless == vowelless && s.best.1.0 == best_words);
    let latin_words = spellings.iter().filter(|s| s.latin_articles > 0).map(|s| s.best.1.0).max();
    let best_words = match spellings.iter().filter(|s| !s.vowelless).map(|s| s.best.1.0).max() {
        // nor does a transliteration's from Greek or Cyrillic (`Nosokomeio Toy Iatrikoy …`)
        _ if latin_words.is_some_and(|w| w >= TWO_WORD_RANK) => latin_words.unwrap_or(best_words),
        Some(words) if fullest(true) && !fullest(false) => words,
        _ => best_words,
    };
    // a translated name is full at the most words its own language group writes it with
    let fullest_of_group = |s: &Spelling| {
        spellings.iter().filter(|o| o.best.1.1 == s.best.1.1).map(|o| o.best.1.0).max() == Some(s.best.1.0)
    };
    let full_words = |s: &Spelling| {
        if translated && best_words >= TWO_WORD_RANK {
            s.best.1.0 >= TWO_WORD_RANK && fullest_of_group(s)
        } else {
            s.best.1.0 == best_words
        }
    };
    let mut full: Vec<Spelling> = spellings.iter().filter(|s| full_words(s)).copied().collect();
    if full.iter().any(|s| !s.vowelless) {
        full.retain(|s| !s.vowelless);
    }
    if !translated {
        let keys: Vec<(&str, bool)> = full.iter().map(|s| (strings.get(s.key), s.greek)).collect();
        full.retain(|s| {
            !s.greek || !keys.iter().any(|&(other, greek)| greek && greek_genitive_of(strings.get(s.key), other))
        });
    }
    let written = full;
    let full = declined_spellings_give_way(&written, strings);
    // a body's name transliterated from another script reads as a foreign phrase
    // (`Suprim Korta`, `Sila Sibiri`): a translated name written in Latin letters comes first
    // rule `a_name_written_in_latin_letters_comes_before_its_transliteration`: a
    // person's name too, where some article writes it in Latin letters in the
    // nominative, is shown so (`Xi Jinping`, not `Si Tszinpin` read from the
    // Cyrillic of more articles); a name no such article writes is counted as before
    let order = |s: &Spelling| {
        let written_in_latin = if translated { s.latin_articles } else { s.undeclined_latin_articles };
        (written_in_latin > 0, s.articles, strings.get(s.key).is_ascii(), s.latin_articles)
    };
    let top = full.iter().map(order).max()?;
    let mut tied: Vec<&Spelling> = full.iter().filter(|s| order(s) == top).collect();
    // the reader's default is Latin letters as English writes them: an English
    // article's spelling wins a tie (`European Commission`, not the Serbian
    // genitive `Evropske komisije`, nearer to the Cyrillic transliterations)
    if tied.iter().any(|s| s.best.1.1 == ENGLISH_DISPLAY_RANK) {
        tied.retain(|s| s.best.1.1 == ENGLISH_DISPLAY_RANK);
    }
    let cost = |s: &Spelling| -> usize {
        if tied.len() < 2 {
            return 0;
        }
        let key = strings.get(s.key);
        // (nearest to every spelling written, its cases too)
        written.iter().map(|o| o.articles as usize * spelling_distance(key, strings.get(o.key))).sum()
    };
    tied.iter().min_by(|a, b| cost(a).cmp(&cost(b)).then(b.best.1.cmp(&a.best.1))).map(|s| s.best)
}

/// Rule `a_declined_spelling_gives_way_to_its_nominative`: where names decline, an
/// article names a person or place in whatever case its sentence needs, and the
/// genitive is often the most used (`Ким Чен Ына` in more articles than `Ким Чен Ын`).
/// A spelling that some other spelling of the cluster is a case of stands for it: the
/// case form is dropped, and the nominative counts as many articles as its most used case.
pub(super) fn declined_spellings_give_way(full: &[Spelling], strings: &Strings) -> Vec<Spelling> {
    let declined = |s: &Spelling, of: &Spelling| {
        s.declines && !of.cut && s.key != of.key && declined_form_of(strings.get(s.key), strings.get(of.key))
    };
    full.iter()
        .filter(|s| !full.iter().any(|of| declined(s, of)))
        .map(|&s| {
            let cases = full.iter().filter(|d| declined(d, &s));
            let articles = cases.clone().map(|d| d.articles).fold(s.articles, u32::max);
            let latin_articles = cases.map(|d| d.latin_articles).fold(s.latin_articles, u32::max);
            Spelling { articles, latin_articles, ..s }
        })
        .collect()
}

/// Is `declined` (a display spelling, as `spelling_key` writes it) `nominative` with a
/// Slavic case ending on one or more of its words? Only a word that ends in a consonant
/// takes one here (`Ын` → `Ына`, `Ыном`; `Putin` → `Putinem`, `Putinowi`), as men's names and
/// places do; a woman's `-a` changes into its case ending and is left alone.
pub(super) fn declined_form_of(declined: &str, nominative: &str) -> bool {
    const CASE_ENDINGS: &[&str] = &["a", "u", "e", "om", "em", "ym", "im", "ovi", "owi", "ie", "ovy"];
    let consonant_end = |word: &str| {
        let mut folded = String::new();
        word.chars().last().is_some_and(|c| {
            crate::lang::fold_char(c, &mut folded);
            folded.chars().all(|f| f.is_alphabetic() && !"aeiouy".contains(f))
        })
    };
    let (mut d, mut n) = (declined.split(' '), nominative.split(' '));
    let mut any = false;
    loop {
        match (d.next(), n.next()) {
            (None, None) => return any,
            (Some(dw), Some(nw)) if dw == nw => {}
            (Some(dw), Some(nw)) => {
                let declined_word = dw.strip_prefix(nw).is_some_and(|ending| CASE_ENDINGS.contains(&ending));
                if !declined_word || nw.chars().count() < 2 || !consonant_end(nw) {
                    return false;
                }
                any = true;
            }
            _ => return false,
        }
    }
}

/// Rule `a_chinese_name_is_shown_in_pinyin`: a Chinese person's name that a
/// Chinese article writes in Han is shown by its pinyin reading (`王毅`: Wang Yi),
/// not by another script's transcription of it (`Ван И`, Palladius: Van I), unless
/// some article writes the name in Latin letters itself. The spellings to choose
/// among, when that is so.
pub(super) fn chinese_name_in_pinyin(spellings: &[Spelling]) -> Option<Vec<Spelling>> {
    if spellings.iter().any(|s| s.latin_articles > 0) || !spellings.iter().any(|s| s.pinyin) {
        return None;
    }
    Some(spellings.iter().filter(|s| s.pinyin).copied().collect())
}

/// Rule `a_greek_name_is_shown_in_the_nominative`: a Greek man's name in the genitive
/// drops its final `ς` (`Αλέξη Τσίπρα` of `Αλέξης Τσίπρας`) or ends in `ου` for `ος`
/// (`Κυριάκου Βελόπουλου`), so `genitive`, as spelt in Latin letters, is the genitive
/// of `nominative` when its family name is so and its other words are each the same
/// word or so. (A woman's family name keeps one form: `Κατερίνα(ς) Σακελλαροπούλου`
/// is not told apart here, and its shorter given name wins as before.)
pub(super) fn greek_genitive_of(genitive: &str, nominative: &str) -> bool {
    let (g, n): (Vec<&str>, Vec<&str>) = (genitive.split(' ').collect(), nominative.split(' ').collect());
    let case_of = |g: &str, n: &str| {
        n.strip_suffix('s').is_some_and(|stem| stem == g)
            || (g.strip_suffix("ou").is_some() && n.strip_suffix("os") == g.strip_suffix("ou"))
    };
    match (g.split_last(), n.split_last()) {
        (Some((g_last, g_rest)), Some((n_last, n_rest))) if g_rest.len() == n_rest.len() => {
            case_of(g_last, n_last) && g_rest.iter().zip(n_rest).all(|(a, b)| a == b || case_of(a, b))
        }
        _ => false,
    }
}

/// One cluster of unknown names: kind by vote (strong evidence counts more), best name.
pub(super) struct Cluster {
    pub(super) votes: [u32; 3],
    /// Some member is more than a lone capitalised word typed by default.
    pub(super) strong: bool,
    /// Some member is an acronym, or comes from an article in a language korpus
    /// has a profile for: in any other language korpus names only what it
    /// knows (precision first), never a word of that language it cannot read.
    pub(super) vouched: bool,
    pub(super) best: Option<(usize, NameRank)>,
    pub(super) id: Option<EntityId>,
    pub(super) name: String,
    /// Index into the entity table, once a mention has used it.
    pub(super) slot: Option<u32>,
    /// The gazetteer entry a member is (a gazetteer name kept as an item): the
    /// whole cluster is that entry. `Some(NO_STRING)` where members are two entries.
    pub(super) entry: Option<u32>,
}

/// The clusters of the linked items, by root item, with their kinds, names and ids.
#[allow(clippy::too_many_arguments)]
pub(super) fn name_clusters(
    articles: &[Article],
    langs: &[&Profile],
    all: &AllCands,
    items: &AllItems,
    t: &Tables,
    uf: &mut UnionFind,
    prefixed: &[u8],
    gaz: &'static Gazetteer,
    threads: usize,
) -> HashMap<usize, Cluster> {
    let mut clusters: HashMap<usize, Cluster> = HashMap::default();
    let mut spellings: HashMap<usize, Vec<Spelling>> = HashMap::default();
    // where each cluster's spelling is in its list: a name in many articles has
    // hundreds of spellings, and a scan of them per item made this quadratic
    let mut spelling_at: HashMap<(usize, u32), usize> = HashMap::default();
    for (n, it) in items.iter().enumerate() {
        let root = uf.find(n);
        let Some(c) = all.get(it.cand as usize) else { continue };
        let cl = clusters.entry(root).or_insert(Cluster {
            votes: [0; 3],
            strong: false,
            vouched: false,
            best: None,
            id: None,
            name: String::new(),
            slot: None,
            entry: None,
        });
        // (a placed name's cluster-mates are left to their own name: the cluster
        // may hold what joined the word before it was placed)
        if let Origin::Gazetteer(e) = c.origin()
            && c.flags & KEPT_PLACED == 0
        {
            cl.entry = match cl.entry {
                None => Some(e),
                Some(f) if f == e => Some(e),
                Some(_) => Some(NO_STRING),
            };
        }
        cl.strong |= !c.weak() || c.words() > 1 || matches!(c.origin(), Origin::Known { .. });
        let art = it.art as usize;
        let unprofiled = langs[art].index == crate::lang::OTHER.index
            && articles.get(art).is_some_and(|a| matches!(a.language, crate::lang::Language::Other(_)));
        cl.vouched |= !unprofiled || matches!(c.origin(), Origin::Unknown { acronym: true, .. });
        cl.votes[types::slot(c.kind)] += u32::from(c.weight());
        if c.is_unknown() {
            // a name with a role before it counts without the role's words, and after the bare name
            let leading = prefixed.get(n).map_or(0, |&k| usize::from(k));
            // (a Chinese or Japanese name is one word however its tokens fall)
            let words = 2 * (t.name(it).len as usize).saturating_sub(leading) + usize::from(leading == 0);
            let rank = (words, langs[it.art as usize].display_rank, std::cmp::Reverse((c.end - c.start) as usize));
            if cl.best.as_ref().is_none_or(|(_, r)| rank > *r) {
                cl.best = Some((n, rank));
            }
            if t.name(it).spelling != NO_STRING {
                let written_in_latin = || {
                    articles.get(art).and_then(|a| a.text.get(c.start as usize..c.end as usize)).is_some_and(|text| {
                        text.chars()
                            .filter(|ch| ch.is_alphabetic())
                            .all(|ch| crate::lang::Script::of(ch) == Some(crate::lang::Script::Latin))
                    })
                };
                let cut = langs[art].display_lemma
                    && articles
                        .get(art)
                        .and_then(|a| a.text.get(c.start as usize..c.end as usize))
                        .is_some_and(|text| spelling_key(text) != t.strings.get(t.name(it).spelling));
                let forms = spellings.entry(root).or_default();
                match spelling_at.get(&(root, t.name(it).spelling)).and_then(|&at| forms.get_mut(at)) {
                    Some(f) => {
                        // items come in corpus order: an article's mentions are together
                        f.cut &= cut;
                        if f.last_article != it.art {
                            f.articles += 1;
                            let latin = written_in_latin();
                            f.latin_articles += u32::from(latin);
                            f.undeclined_latin_articles += u32::from(latin && !langs[art].names_inflect);
                            f.last_article = it.art;
                        }
                        if rank > f.best.1 {
                            f.best = (n, rank);
                        }
                    }
                    None => {
                        spelling_at.insert((root, t.name(it).spelling), forms.len());
                        let latin = written_in_latin();
                        forms.push(Spelling {
                            key: t.name(it).spelling,
                            articles: 1,
                            last_article: it.art,
                            best: (n, rank),
                            vowelless: writes_abjad(langs[art]),
                            latin_articles: u32::from(latin),
                            undeclined_latin_articles: u32::from(latin && !langs[art].names_inflect),
                            greek: langs[art].code == "el",
                            declines: langs[art].names_inflect,
                            cut,
                            pinyin: langs[art].code == "zh"
                                && articles
                                    .get(art)
                                    .and_then(|a| a.text.get(c.start as usize..c.end as usize))
                                    .is_some_and(|name| {
                                        (2..=3).contains(&name.chars().count())
                                            && segmented::is_chinese_person_name(name)
                                    }),
                        })
                    }
                }
            }
        }
    }
    // persons some spelling shows to be men (`Lavrov`, `Лавровым`)
    let mut men: HashSet<usize> = HashSet::default();
    for (root, forms) in &spellings {
        let Some(cl) = clusters.get_mut(root) else { continue };
        let Some((_, (best_words, ..))) = cl.best else { continue };
        // (the lone-word default never makes a person, so any default serves here)
        let person = types::cluster_kind(cl.votes, cl.strong, LoneWord::Place) == EntityKind::Person;
        if person && forms.iter().any(|f| super::super::nominative::a_mans_family_name(t.strings.get(f.key))) {
            men.insert(*root);
        }
        let pinyin = if person { chinese_name_in_pinyin(forms) } else { None };
        let (forms, best_words) = match &pinyin {
            Some(pinyin) => (&pinyin[..], pinyin.iter().map(|s| s.best.1.0).max().unwrap_or(best_words)),
            None => (&forms[..], best_words),
        };
        if let Some(best) = most_used_spelling(forms, best_words, t.strings, !person) {
            cl.best = Some(best);
        }
    }
    // display names: one tokenisation per article that names a cluster best,
    // with whether the cluster is a person's (a name shown in the nominative) and a man's
    let mut wanted: Vec<(usize, usize, Shown)> = clusters
        .iter()
        .filter_map(|(root, cl)| {
            let shown = match types::cluster_kind(cl.votes, cl.strong, LoneWord::Place) {
                EntityKind::Person if men.contains(root) => Shown::Man,
                EntityKind::Person => Shown::Person,
                _ => Shown::Other,
            };
            cl.best.and_then(|(n, _)| Some((items.get(n)?.art as usize, n, shown)))
        })
        .collect();
    wanted.sort_unstable();
    // an article's names on one thread: a huge article split between threads
    // was tokenised on each at once (two token tables of a 60 MB article)
    let by_article: Vec<&[(usize, usize, Shown)]> = wanted.chunk_by(|a, b| a.0 == b.0).collect();
    let names: HashMap<usize, String> = par_chunks(threads, &by_article, |groups| {
        let mut out = Vec::new();
        for group in groups {
            let Some(article) = group.first().and_then(|&(art, ..)| articles.get(art)) else { continue };
            // a long article a window at a time, each name read in the window that holds it
            let mut doc = Doc::default();
            each_window(&mut doc, article, |d| {
                for &(_, n, shown) in *group {
                    let Some(it) = items.get(n) else { continue };
                    let Some(c) = all.get(it.cand as usize).and_then(|c| c.in_window(d)) else { continue };
                    // an acronym's letters are its one transliteration
                    let letters = matches!(c.origin(), Origin::Unknown { acronym: true, .. })
                        .then(|| t.words(it).first().map_or("", |w| t.strings.get(w.vkey)));
                    out.push((n, display(d, &c, letters, shown)));
                }
            });
        }
        out
    })
    .into_iter()
    .flatten()
    .collect();
    tracing::debug!(
        clusters = clusters.len(),
        wanted = wanted.len(),
        names = names.len(),
        found_items = items.found.len(),
        found = all.found.len(),
        "entity linking"
    );
    let mut used: HashSet<String> = HashSet::default();
    let mut next_suffix: HashMap<String, u32> = HashMap::default();
    let mut roots: Vec<usize> = clusters.keys().copied().collect();
    roots.sort_unstable();
    for root in roots {
        let Some(cl) = clusters.get_mut(&root) else { continue };
        let lone_word =
            cl.best.and_then(|(n, _)| items.get(n)).map_or(LoneWord::Place, |it| langs[it.art as usize].lone_word);
        let kind = types::cluster_kind(cl.votes, cl.strong, lone_word);
        let name = match cl.best {
            Some((n, _)) => names.get(&n).cloned().unwrap_or_else(|| "?".to_owned()),
            None => "?".to_owned(),
        };
        let base = format!("{}:{}", kind.tag().to_lowercase(), slug(&name));
        if cl.entry.is_none() {
            cl.entry = gaz.entry_named(&base, kind, &name);
        }
        let id = unused_id(base, &mut used, &mut next_suffix, |id| gaz.has_id(id));
        cl.votes = match kind {
            EntityKind::Person => [1, 0, 0],
            EntityKind::Location => [0, 1, 0],
            EntityKind::Organization => [0, 0, 1],
        };
        cl.id = Some(EntityId(id));
        cl.name = name;
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::recognise::tests::{article, id_of, run};

    #[test]
    fn a_gazetteer_name_meets_names_as_a_name_its_cyrillic_spelling_joins_it() {
        // rule `a_gazetteer_name_meets_names_as_a_name`: the gazetteer knows `Boeing` (not
        // `Боинг`); the Bulgarian spelling met the English one as an unknown name before
        let r = run(&[
            article(
                "en",
                "en",
                "Boeing said in the United States on Tuesday that its deliveries to China rose. Analysts in Germany \
                 said Boeing faces pressure.",
            ),
            article(
                "bg",
                "bg",
                "Боинг съобщи в САЩ във вторник, че доставките му за Китай са се увеличили. Анализатори в Германия \
                 казаха, че Боинг е под натиск.",
            ),
        ]);
        let boeing = id_of(&r, 0, "Boeing");
        assert_eq!(boeing.as_deref(), Some("org:boeing"), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Боинг"), boeing, "{r:?}");
    }

    #[test]
    fn a_name_shown_as_an_entry_is_that_entry() {
        // the gazetteer looks for `Microsoft` in the abjads alone: the Latin name's cluster is the entry
        let r = run(&[
            article(
                "en",
                "en",
                "On Monday the company said that Microsoft had invested billions in OpenAI in Seattle.",
            ),
            article("ar", "ar", "استثمرت مايكروسوفت مليارات الدولارات في الشركة، بحسب ما أعلنت يوم الاثنين."),
        ]);
        assert_eq!(id_of(&r, 1, "مايكروسوفت").as_deref(), Some("org:microsoft"), "{:?}", r[1]);
        assert_eq!(id_of(&r, 0, "Microsoft").as_deref(), Some("org:microsoft"), "{:?}", r[0]);
    }

    #[test]
    fn the_display_name_is_the_spelling_most_articles_use() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("sr", "sr", "Lider Severne Koreje Kim Džong Un sastao se sa Lavrovom. Kim Džong Un je zadovoljan."),
            article("ru", "ru", "Лидер Северной Кореи Ким Чен Ын встретился с Лавровым. Ким Чен Ын доволен."),
            article("hi", "hi", "उत्तर कोरिया के नेता किम जोंग उन ने लावरोव से मुलाकात की।"),
        ]);
        let sr = id_of(&r, 0, "Kim Džong Un");
        assert_eq!(sr.as_deref(), Some("per:kim-jong-un"), "{r:?}");
        assert_eq!(id_of(&r, 1, "Ким Чен Ын"), sr, "{r:?}");
    }

    #[test]
    fn a_man_named_once_in_the_instrumental_is_shown_in_the_nominative() {
        use super::super::super::recognise::tests::{article, run};
        let r =
            run(&[article("ru", "ru", "Глава МИД поговорил с госсекретарём Энтони Блинкеном и с канцлером Шольцем.")]);
        assert_eq!(id_of(&r, 0, "Энтони Блинкеном").as_deref(), Some("per:entoni-blinken"), "{r:?}");
        assert_eq!(id_of(&r, 0, "Шольцем").as_deref(), Some("per:sholts"), "{r:?}");
    }

    #[test]
    fn a_name_written_in_latin_letters_comes_before_its_transliteration() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("ru", "ru", "Председатель КНР Си Цзиньпин встретился с Путиным в Москве. Си Цзиньпин доволен."),
            article("uk", "uk", "Голова КНР Сі Цзіньпін зустрівся з Путіним у Москві. Сі Цзіньпін задоволений."),
            article("en", "en", "Chinese President Xi Jinping met Vladimir Putin in Moscow. Xi Jinping was pleased."),
        ]);
        // two articles transliterate `Si Tszinpin` from Cyrillic; one writes the name itself
        let en = id_of(&r, 2, "Xi Jinping");
        assert_eq!(en.as_deref(), Some("per:xi-jinping"), "{r:?}");
        assert_eq!(id_of(&r, 0, "Си Цзиньпин"), en, "{r:?}");
    }

    #[test]
    fn a_greek_mans_name_is_shown_in_the_nominative_and_in_the_press_romanisation() {
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article("a", "el", "Ο πρωθυπουργός συναντήθηκε με τον Αλέξη Τσίπρα στην Αθήνα την Τρίτη."),
            article("b", "el", "Η ομιλία του Αλέξη Τσίπρα κράτησε μία ώρα, σύμφωνα με το γραφείο του."),
            article("c", "el", "Ο Αλέξης Τσίπρας δήλωσε ότι το κόμμα θα στηρίξει την πρόταση του Νίκου Ανδρουλάκη."),
        ]);
        assert_eq!(id_of(&r, 0, "Αλέξη Τσίπρα").as_deref(), Some("per:alexis-tsipras"), "{r:?}");
        assert_eq!(id_of(&r, 2, "Αλέξης Τσίπρας").as_deref(), Some("per:alexis-tsipras"), "{r:?}");
        assert_eq!(id_of(&r, 2, "Νίκου Ανδρουλάκη").as_deref(), Some("per:nikou-androulaki"), "{r:?}");
        assert!(greek_genitive_of("kyriakou velopoulou", "kyriakos velopoulos"));
        assert!(!greek_genitive_of("katerina sakellaropoulou", "katerinas sakellaropoulou"));
    }

    #[test]
    fn spellings_differing_by_a_diacritic_are_closer_than_other_letters() {
        assert_eq!(spelling_distance("kim jong un", "kim jong un"), 0);
        assert_eq!(spelling_distance("džong", "dzong"), 1);
        assert_eq!(spelling_distance("dxong", "dzong"), 2);
        assert!(spelling_distance("kim jong un", "kim džong un") < spelling_distance("kim chen ynom", "kim džong un"));
        assert_eq!(spelling_key("Ri Son-gwon"), "ri son gwon");
    }

    #[test]
    fn a_q_read_as_g_meets_the_g_spelling_of_its_story() {
        // (rule `a_q_read_as_g_meets_its_g_spelling`)
        use super::super::super::recognise::tests::{article, run};
        let r = run(&[
            article(
                "en",
                "en",
                "The helicopter of Ebrahim Raisi came down near Varzaqan. Ilham Aliyev had met Ebrahim Raisi \
                 at the border. Iran asked Turkey for help.",
            ),
            article(
                "de",
                "de",
                "Der Hubschrauber von Ebrahim Raisi stürzte bei Varzaghan ab. Ilham Aliyev hatte Ebrahim Raisi \
                 an der Grenze getroffen. Iran bat die Türkei um Hilfe.",
            ),
        ]);
        let en = id_of(&r, 0, "Varzaqan");
        assert!(en.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Varzaghan"), en, "{:?}", r[1]);
    }

    #[test]
    fn a_full_name_without_a_letter_its_latin_spelling_writes_is_that_person() {
        let r = run(&[
            article("en", "en", "He is the first president since Jacques Chirac to win a second term."),
            article("ru", "ru", "Он стал первым президентом после Жака Ширака, выигравшим второй срок."),
        ]);
        let chirac = id_of(&r, 0, "Jacques Chirac");
        assert!(chirac.is_some(), "{:?}", r[0]);
        assert_eq!(id_of(&r, 1, "Жака Ширака"), chirac, "{r:?}");
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Kim Džong Un"), "kim-dzong-un");
        assert_eq!(slug("Сергей Лавров"), "sergey-lavrov");
    }
}
