use super::*;
use crate::corpus::{Article, Corpus};

fn corpus(docs: &[(&str, &str, &str)]) -> Corpus {
    Corpus {
        name: "test".into(),
        articles: docs.iter().map(|(id, lang, text)| Article::new((*id).into(), text, None, Some(lang))).collect(),
        warnings: Vec::new(),
    }
}

fn rank(c: &Corpus, article: usize) -> Vec<Related> {
    let entities = EntityIndex::build(&c.articles);
    RelatedIndex::build(c, &entities).related(article, 10)
}

fn ids(c: &Corpus, r: &[Related]) -> Vec<String> {
    r.iter().map(|x| c.articles[x.article].id.clone()).collect()
}

/// Two stories, each told in Turkish and Russian; the Turkish articles share
/// Turkish vocabulary, the Russian ones Russian vocabulary.
fn two_stories() -> Corpus {
    corpus(&[
        (
            "a",
            "tr",
            "Kahramanmaraş merkezli depremler 6 Şubat sabahı bölgeyi vurdu. Depremde ölenlerin sayısı 50.000 kişiyi aştı ve Hatay ile Gaziantep büyük yıkım yaşadı. Açıklamaya göre yardım ekipleri bölgede çalışıyor.",
        ),
        (
            "b",
            "tr",
            "Cumhurbaşkanı seçimlerinin ikinci turu 28 Mayıs günü yapıldı ve sonuçlar açıklandı. Açıklamaya göre katılım yüzde 84 oldu. Seçim kurulu bölgede sandıkların sayımını bitirdi ve ekipleri çalışıyor.",
        ),
        (
            "c",
            "ru",
            "Землетрясение магнитудой 7,8 произошло 6 февраля в провинции Кахраманмараш. Число погибших превысило 50 000 человек, сильнее всего пострадали Хатай и Газиантеп.",
        ),
        (
            "d",
            "ru",
            "Второй тур президентских выборов прошёл 28 мая; по данным избиркома, явка составила 84 процента. Избирком завершил подсчёт голосов во всех регионах страны.",
        ),
    ])
}

#[test]
fn a_story_in_another_language_ranks_above_a_same_language_other_story() {
    let c = two_stories();
    assert_eq!(ids(&c, &rank(&c, 0))[0], "c");
    assert_eq!(ids(&c, &rank(&c, 1))[0], "d");
    assert_eq!(ids(&c, &rank(&c, 2))[0], "a");
    assert_eq!(ids(&c, &rank(&c, 3))[0], "b");
}

#[test]
fn two_stories_about_the_same_two_countries_are_kept_apart() {
    // both pairs are about Turkey and Syria; dates, places and numbers differ
    let c = corpus(&[
        (
            "quake-en",
            "en",
            "On 6 February a magnitude 7.8 earthquake hit Kahramanmaraş in Turkey and northern Syria, killing more than 50,000 people in Turkey and Syria.",
        ),
        (
            "quake-ru",
            "ru",
            "6 февраля землетрясение магнитудой 7,8 разрушило Кахраманмараш на юге Турции и север Сирии; погибли более 50 000 человек.",
        ),
        (
            "op-en",
            "en",
            "On 9 October Turkey launched Operation Peace Spring in northeast Syria against Kurdish forces east of the Euphrates, near Tal Abyad and Ras al-Ayn.",
        ),
        (
            "op-ru",
            "ru",
            "9 октября Турция начала операцию «Источник мира» на северо-востоке Сирии, к востоку от Евфрата, у Тель-Абьяда и Рас-эль-Айна.",
        ),
    ]);
    assert_eq!(ids(&c, &rank(&c, 0))[0], "quake-ru");
    assert_eq!(ids(&c, &rank(&c, 1))[0], "quake-en");
    assert_eq!(ids(&c, &rank(&c, 2))[0], "op-ru");
    assert_eq!(ids(&c, &rank(&c, 3))[0], "op-en");
}

#[test]
fn scores_lie_in_0_1_best_first_and_never_list_the_article_itself() {
    let c = two_stories();
    for a in 0..c.len() {
        let r = rank(&c, a);
        assert!(r.iter().all(|x| x.article != a));
        assert!(r.iter().all(|x| (0.0..=1.0).contains(&x.score)));
        assert!(r.windows(2).all(|w| w[0].score >= w[1].score));
    }
}

#[test]
fn reasons_show_each_side_in_its_own_script() {
    let c = two_stories();
    let r = rank(&c, 0);
    let top = &r[0];
    assert!(!top.shared_terms.is_empty());
    assert!(
        top.shared_terms.iter().any(|t| t.here == "Kahramanmaraş" && t.there == "Кахраманмараш"),
        "{:?}",
        top.shared_terms
    );
    assert!(top.shared_terms.iter().any(|t| t.here == "6 Şubat" && t.there == "6 февраля"), "{:?}", top.shared_terms);
    assert_eq!(top.terms.len(), top.shared_terms.len());
}

#[test]
fn other_languages_only_drops_same_language_articles() {
    let c = two_stories();
    let entities = EntityIndex::build(&c.articles);
    let index = RelatedIndex::build(&c, &entities);
    let r = index.related_filtered(0, 10, true);
    assert!(!r.is_empty());
    assert!(r.iter().all(|x| c.articles[x.article].language != c.articles[0].language));
}

#[test]
fn related_all_matches_one_query_at_a_time() {
    let c = two_stories();
    let entities = EntityIndex::build(&c.articles);
    let index = RelatedIndex::build(&c, &entities);
    let all = index.related_all(3);
    for (a, r) in all.iter().enumerate() {
        assert_eq!(*r, index.related(a, 3));
    }
}

#[test]
fn empty_and_one_article_corpora_do_not_panic() {
    let empty = corpus(&[]);
    let index = RelatedIndex::build(&empty, &EntityIndex::build(&empty.articles));
    assert!(index.related(0, 10).is_empty());
    assert!(index.related_all(10).is_empty());
    let one = corpus(&[("only", "en", "Sergey Lavrov met Ri Son Gwon in Pyongyang on 12 July 2024.")]);
    let index = RelatedIndex::build(&one, &EntityIndex::build(&one.articles));
    assert!(index.related(0, 10).is_empty());
    assert!(index.related(5, 10).is_empty());
    let blank = corpus(&[("x", "en", ""), ("y", "en", "  \n")]);
    let index = RelatedIndex::build(&blank, &EntityIndex::build(&blank.articles));
    assert!(index.related(0, 10).is_empty());
}

#[test]
fn a_limit_of_zero_returns_nothing() {
    let c = two_stories();
    let index = RelatedIndex::build(&c, &EntityIndex::build(&c.articles));
    assert!(index.related(0, 0).is_empty());
}

#[test]
fn stored_vectors_of_an_article_and_its_candidates_rank_as_the_full_index() {
    let c = crate::corpus::load_seeds();
    let entities = EntityIndex::build(&c.articles);
    let index = RelatedIndex::build(&c, &entities);
    for a in 0..c.len() {
        let full = index.related(a, 10);
        // the article itself and its ranked candidates, in corpus order, as a remote store holds them
        let mut chosen: Vec<usize> = full.iter().map(|r| r.article).chain([a]).collect();
        chosen.sort_unstable();
        let vectors: Vec<_> = chosen.iter().map(|&i| index.stored_vector(i).expect("in range")).collect();
        let small = RelatedIndex::from_vectors(&vectors);
        let here = chosen.iter().position(|&i| i == a).expect("chosen");
        let mut ranked = small.related(here, 10);
        for r in &mut ranked {
            r.article = chosen[r.article];
        }
        assert_eq!(ranked, full, "article {a}");
    }
    assert!(index.stored_vector(c.len()).is_none());
}

/// The table sizes a build reports add up to the index's own tables: an
/// article's entries are counted once in `entries` and once in `postings`.
#[test]
fn table_bytes_count_every_entry_and_posting() {
    let corpus = crate::corpus::load_seeds();
    let entities = EntityIndex::build(&corpus.articles);
    let index = RelatedIndex::build(&corpus, &entities);
    let tables: std::collections::HashMap<&str, usize> = index.table_bytes().into_iter().collect();
    assert!(!index.entries.is_empty());
    assert!(tables["entries"] >= index.entries.len() * std::mem::size_of::<Entry>());
    assert!(tables["postings"] >= index.entries.len() * std::mem::size_of::<Posting>());
    let sizes: Vec<usize> = index.table_bytes().iter().map(|t| t.1).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "largest first");
}

/// A worker extracts article after article with one cache, its buffers
/// kept from one to the next (a long text before short ones, a short before
/// a long): each article's features are those a fresh cache gives it.
#[test]
fn articles_extracted_with_one_cache_have_the_features_a_fresh_cache_gives() {
    let c = two_stories();
    let long = c.articles.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" ");
    let mut texts: Vec<(usize, String)> = vec![(0, long.clone())];
    texts.extend(c.articles.iter().enumerate().map(|(i, a)| (i, a.text.clone())));
    texts.push((1, long));
    texts.push((2, String::new()));
    let entities = EntityIndex::build(&c.articles);
    let mut kept = terms::WordCache::default();
    for (i, text) in &texts {
        let article = &c.articles[*i];
        let again = extract(article, text, entities.mentions_in(*i), &mut kept).features;
        let fresh = extract(article, text, entities.mentions_in(*i), &mut terms::WordCache::default()).features;
        assert_eq!(again, fresh, "article {i}, {} bytes", text.len());
        assert!(text.is_empty() || !fresh.is_empty(), "a text with terms has features");
    }
}

/// An article's features are listed in room made once for its mentions and
/// terms, not grown by doubling (which reallocated the list about three times
/// an article): five distinct terms take room for five, where doubling made eight.
#[test]
fn an_article_s_features_are_listed_without_growing_the_list() {
    let article = Article::new("a".into(), "Kahramanmaraş Gaziantep Diyarbakır Malatya Osmaniye", None, Some("tr"));
    let terms = terms::terms(&article.text, article.language.profile(article.script));
    assert_eq!(terms.len(), 5);
    let extracted = extract(&article, &article.text, &[], &mut terms::WordCache::default());
    assert_eq!(extracted.features.len(), 5);
    assert_eq!(extracted.features.capacity(), 5);
}

#[test]
fn features_are_numbered_as_first_met_and_never_confused() {
    let mut numbers = FeatureNumbers::default();
    // a term whose key is an entity's hash word is still another feature
    let entity = RawFeature::Entity(7);
    let look_alike = RawFeature::Term(entity.hash_word(), TermKind::Number);
    let features = [
        entity,
        look_alike,
        RawFeature::Entity(0),
        RawFeature::Term(0, TermKind::Word(3)),
        RawFeature::Term(0, TermKind::Date),
    ];
    for (next, &f) in features.iter().enumerate() {
        assert_eq!(numbers.number_or(f, next), (next, false), "{f:?}");
    }
    // met again, each keeps its number, many others later
    for n in 0..10_000 {
        numbers.number_or(RawFeature::Entity(1_000 + n), 5 + n);
    }
    for (number, &f) in features.iter().enumerate() {
        assert_eq!(numbers.number_or(f, 99_999), (number, true), "{f:?}");
    }
    numbers.clear();
    assert_eq!(numbers.number_or(entity, 3), (3, false));
}
