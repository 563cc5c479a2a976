//! Everything korpus works out about a corpus, computed once and shared by
//! the TUI and the CLI.

use crate::corpus::Corpus;
use crate::entities::EntityIndex;
use crate::index::append::{self, AppendCounts, Recognition};
use crate::memory;
use crate::open::Stage;
use crate::related::RelatedIndex;
use crate::search::SearchIndex;

/// The analysed corpus: entities, and the search and related-article
/// indexes built on them.
pub struct Analysis {
    pub entities: EntityIndex,
    /// Built by [`Analysis::build`] alone, for an in-memory store; empty
    /// from the builds an index file is written from, which makes its search
    /// sections from the corpus and entities as it writes them (so building
    /// never holds every key: see `index::write`).
    pub search: SearchIndex,
    pub related: RelatedIndex,
    /// What recognition learnt, kept in the index so an append can reuse it
    /// (see [`crate::index::append`]).
    pub recognition: Recognition,
}

impl Analysis {
    /// Everything, the search index too (for an in-memory store).
    pub fn build(corpus: &Corpus) -> Analysis {
        let mut analysis = Analysis::build_with_progress(corpus, &mut |_| {});
        analysis.search = SearchIndex::build(corpus, &analysis.entities);
        analysis
    }

    /// Build what an index file is written from (all but the search index,
    /// which the file makes as it is written), reporting each stage as it starts.
    pub fn build_with_progress(corpus: &Corpus, progress: &mut dyn FnMut(Stage)) -> Analysis {
        progress(Stage::Entities);
        let (recognised, recognition) = append::recognise(&corpus.articles);
        Analysis::build_from_recognised(corpus, recognised, recognition, progress)
    }

    /// Build the analysis of a corpus whose first articles were analysed
    /// before and are unchanged (`old`: what their recognition learnt); only
    /// what the appended articles can change is recognised again. An error
    /// is kept data that does not decode. `old_read` is called once `old` is
    /// read: nothing after uses it (an index it is mapped from can let the
    /// pages read go before linking's peak).
    pub fn build_appended(
        corpus: &Corpus,
        old: &Recognition,
        old_read: &dyn Fn(),
        progress: &mut dyn FnMut(Stage),
    ) -> Result<(Analysis, AppendCounts), String> {
        progress(Stage::Entities);
        let (recognised, recognition, counts) = append::recognise_appended(&corpus.articles, old)?;
        old_read();
        Ok((Analysis::build_from_recognised(corpus, recognised, recognition, progress), counts))
    }

    /// The analysis from a corpus's recognised candidates (see [`append`]),
    /// all but the search index.
    pub fn build_from_recognised(
        corpus: &Corpus,
        recognised: crate::entities::Recognised,
        recognition: Recognition,
        progress: &mut dyn FnMut(Stage),
    ) -> Analysis {
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(16);
        let entities = EntityIndex::link(&corpus.articles, recognised, threads);
        // each stage hands back its working memory before the next one starts,
        // so the peaks do not add up
        memory::release_free_memory();
        progress(Stage::Related);
        let related = RelatedIndex::build(corpus, &entities);
        memory::release_free_memory();
        Analysis { entities, search: SearchIndex::default(), related, recognition }
    }

    /// [`Analysis::build_with_progress`] for a build that alone holds the
    /// corpus: once linking is done the articles' texts are let go (the
    /// articles are left without them) and related articles read them back
    /// from the corpus's files (`listing`, `spans`) a batch at a time.
    /// Returns the (length, CRC-32) of each text let go, which the index's
    /// writing reads them back with ([`crate::index::Texts::ReadBack`]). An
    /// error is a text that could not be read back as it was analysed.
    pub fn build_letting_texts_go(
        corpus: &mut Corpus,
        listing: &crate::corpus::Listing,
        spans: &[crate::corpus::SourceSpan],
        progress: &mut dyn FnMut(Stage),
    ) -> std::io::Result<(Analysis, Vec<(u64, u32)>)> {
        progress(Stage::Entities);
        let (recognised, recognition) = append::recognise(&corpus.articles);
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(16);
        let entities = EntityIndex::link(&corpus.articles, recognised, threads);
        let sums: Vec<(u64, u32)> =
            corpus.articles.iter().map(|a| (a.text.len() as u64, crc32fast::hash(a.text.as_bytes()))).collect();
        for article in &mut corpus.articles {
            article.text = String::new();
        }
        memory::release_free_memory();
        progress(Stage::Related);
        let source = crate::corpus::SourceTexts::new(listing, spans, &sums);
        let related = RelatedIndex::build_reading(corpus, &entities, crate::corpus::ArticleTexts::Files(&source))?;
        memory::release_free_memory();
        Ok((Analysis { entities, search: SearchIndex::default(), related, recognition }, sums))
    }

    /// The analysis of no articles: what the TUI shows while a corpus loads.
    /// Made without the linker, which would parse the gazetteer and the
    /// language data (most of a second) before the first screen for nothing.
    /// No index is ever written from it, so its recognition is left empty.
    pub fn empty() -> Analysis {
        let entities = EntityIndex::default();
        let related = RelatedIndex::build(&Corpus::default(), &entities);
        Analysis { entities, search: SearchIndex::default(), related, recognition: Recognition::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_empty_analysis_is_that_of_an_empty_corpus() {
        let built = Analysis::build(&Corpus::default());
        let empty = Analysis::empty();
        assert_eq!(serde_json::to_string(&empty.entities).unwrap(), serde_json::to_string(&built.entities).unwrap());
        assert_eq!(empty.related.article_count(), 0);
        assert_eq!(empty.search.len(), built.search.len());
    }
}
