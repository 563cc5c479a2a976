//! Appending: a corpus split into batches, each appended to the index of
//! the ones before (through the index's bytes, as on disk), gives the index
//! a full build of the whole corpus gives — section for section, byte for
//! byte (all but the kept recognition, whose segments follow the batches).

#[path = "synth/mod.rs"]
mod synth;

use korpus::corpus::{Article, Corpus, load_seeds};
use korpus::index::append::{self, Recognition};
use korpus::index::format::{Layout, SectionId};
use korpus::index::{Bytes, IndexStore, Texts, write_grown_index, write_index};
use korpus::related::RelatedIndex;
use korpus::search::SearchIndex;
use korpus::{Analysis, EntityIndex};
use proptest::prelude::*;

/// Articles to draw corpora from: the bundled seeds (real news in many
/// languages and scripts) and generated ones (stories retold across languages).
fn pool() -> Vec<Article> {
    let mut articles = load_seeds().articles;
    articles.extend((0..40).map(|n| {
        let a = synth::article(n);
        Article::new(a.id, &a.text, Some(&a.title), Some(a.lang))
    }));
    articles
}

fn corpus_of(articles: &[Article]) -> Corpus {
    Corpus { name: "appended".into(), articles: articles.to_vec(), warnings: Vec::new() }
}

fn index_bytes(corpus: &Corpus, analysis: &Analysis) -> Vec<u8> {
    write_index(Vec::new(), corpus, analysis, &Texts::Inline).expect("written in memory").0
}

/// The whole corpus built the way korpus built it before appends were kept:
/// recognised and linked at once.
fn full_build(corpus: &Corpus) -> Vec<u8> {
    let entities = EntityIndex::build(&corpus.articles);
    let related = RelatedIndex::build(corpus, &entities);
    let search = SearchIndex::build(corpus, &entities);
    index_bytes(corpus, &Analysis { entities, search, related, recognition: Recognition::default() })
}

/// The corpus indexed batch by batch, each batch appended to the index of
/// those before as read back from its bytes (which also gives the old
/// articles' search units); also the old articles recognised again over all
/// the appends.
fn appended_build(articles: &[Article], cuts: &[usize], segment: usize) -> (Vec<u8>, usize) {
    let first = corpus_of(&articles[..cuts[0]]);
    let (recognised, recognition) = append::recognise_in(&first.articles, segment);
    let mut bytes = index_bytes(&first, &Analysis::build_from_recognised(&first, recognised, recognition, &mut |_| {}));
    let mut recognised_again = 0;
    for &cut in &cuts[1..] {
        let corpus = corpus_of(&articles[..cut]);
        let store = IndexStore::from_bytes(Bytes::owned(&bytes), None).expect("the index reads back");
        assert!(store.analysed_as(&corpus.articles).expect("records"), "the old articles are seen unchanged");
        let kept = store.recognition().expect("the kept recognition reads back");
        let (recognised, recognition, counts) =
            append::recognise_appended_in(&corpus.articles, &kept, segment).expect("appended");
        recognised_again += counts.recognised_again;
        let analysis = Analysis::build_from_recognised(&corpus, recognised, recognition, &mut |_| {});
        bytes = write_grown_index(Vec::new(), &corpus, &analysis, &Texts::Inline, Some(&store))
            .expect("written in memory")
            .0;
    }
    (bytes, recognised_again)
}

/// Each section's bytes but the kept recognition's.
fn answering_sections(bytes: &[u8]) -> Vec<(SectionId, Vec<u8>)> {
    let layout = Layout::open(bytes).expect("a valid index");
    SectionId::ALL
        .into_iter()
        .filter(|id| {
            !matches!(
                id,
                SectionId::RecognitionStats
                    | SectionId::RecognitionSegments
                    | SectionId::RecognitionKeys
                    | SectionId::RecognitionSegmentEnds
                    | SectionId::RecognitionDictionaries
            )
        })
        .map(|id| (id, layout.section(id).expect("section").all().expect("checked").to_vec()))
        .collect()
}

fn assert_same_index(appended: &[u8], full: &[u8]) {
    for ((id, left), (_, right)) in answering_sections(appended).into_iter().zip(answering_sections(full)) {
        assert!(left == right, "{id:?} differs between the appended index and a full build");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Any corpus, any split into batches, any segment length: appending
    /// batch after batch is a full build.
    #[test]
    fn appending_batch_after_batch_is_a_full_build(
        picks in prop::collection::vec(any::<prop::sample::Index>(), 2..36),
        cut_picks in prop::collection::vec(any::<prop::sample::Index>(), 1..5),
        segment in 1usize..7,
    ) {
        let pool = pool();
        let articles: Vec<Article> = picks.iter().map(|p| pool[p.index(pool.len())].clone()).collect();
        let mut cuts: Vec<usize> = cut_picks.iter().map(|p| 1 + p.index(articles.len())).collect();
        cuts.push(articles.len());
        cuts.sort_unstable();
        cuts.dedup();
        let (appended, _) = appended_build(&articles, &cuts, segment);
        assert_same_index(&appended, &full_build(&corpus_of(&articles)));
    }
}

/// Generated articles first, then the seeds (new words, new names, new
/// scripts): old articles that read what the new ones taught the corpus
/// are recognised again, and the index is still a full build's.
#[test]
fn articles_reading_new_words_are_recognised_again_and_the_index_is_a_full_builds() {
    let seeds = load_seeds().articles.len();
    let mut articles = pool();
    articles.rotate_left(seeds);
    let cuts = [articles.len() - seeds, articles.len() - seeds / 2, articles.len()];
    let (appended, recognised_again) = appended_build(&articles, &cuts, 4);
    assert!(recognised_again > 0, "some old article read a word the new ones added");
    assert_same_index(&appended, &full_build(&corpus_of(&articles)));
}

/// Real news in many languages and scripts (the cross-language and the
/// named-entity development sets, in corpus order).
fn multilingual() -> Vec<Article> {
    let mut articles = Vec::new();
    for set in ["tests/data/xlang/dev", "tests/data/ner19/dev"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(set);
        articles.extend(korpus::corpus::load_path(&path).expect("the test set loads").articles);
    }
    articles
}

/// Real multilingual news split at several points, in segments of several
/// lengths: appended batch after batch it is a full build, and an append of
/// a few articles recognises again only some of the old ones.
#[test]
fn multilingual_news_appended_at_several_points_is_a_full_build() {
    let articles = multilingual();
    let n = articles.len();
    let full = full_build(&corpus_of(&articles));
    for (cuts, segment) in [
        (vec![n / 2, n], append::SEGMENT),
        (vec![n / 4, n / 2 + 3, n - 5, n], 7),
        (vec![1, n / 3, n - 1, n], 16),
        (vec![n - 3, n], 2),
    ] {
        let (appended, recognised_again) = appended_build(&articles, &cuts, segment);
        assert_same_index(&appended, &full);
        if cuts.len() == 2 && segment < n / 4 {
            assert!(recognised_again < cuts[0] / 2, "{recognised_again} of {} old articles recognised again", cuts[0]);
        }
    }
}

/// A headline word is a name when running text capitalises it: an old
/// article's Title Case headline gains a name when a new article writes the
/// word capitalised mid-sentence, and the appended index still is a full
/// build's. (A lone name: a given name before a word would be found in a Title
/// Case headline without the new article, see `title_case_name_word`.)
#[test]
fn a_headline_word_the_new_articles_capitalise_is_recognised_again() {
    let article =
        |id: &str, title: &str, text: &str| Article::new(id.into(), &format!("{title}\n{text}"), None, Some("en"));
    let old = vec![
        article("a", "Zorblat Wins Grand Prize Again", "The prize went to a newcomer. Nobody expected it this year."),
        article("b", "Markets Calm", "Shares rose slightly on Tuesday as traders waited for the report."),
    ];
    let new = article("c", "Interview", "Speaking to reporters, the winner Zorblat thanked the jury for the prize.");
    let mut articles = old.clone();
    articles.push(new);
    let spans = |articles: &[Article]| -> Vec<(u32, u32)> {
        EntityIndex::build(articles).mentions_in(0).iter().map(|m| (m.start, m.end)).collect()
    };
    assert_ne!(spans(&old), spans(&articles), "the new article changes what the old one's headline holds");
    for segment in [1, 2, append::SEGMENT] {
        let (appended, recognised_again) = appended_build(&articles, &[old.len(), articles.len()], segment);
        assert_same_index(&appended, &full_build(&corpus_of(&articles)));
        assert!(recognised_again >= 1, "the old article is recognised again");
    }
}
