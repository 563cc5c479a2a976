//! Everything korpus works out about a corpus, computed once and shared by
//! the TUI and the CLI.

use crate::corpus::Corpus;
use crate::entities::EntityIndex;
use crate::memory;
use crate::open::Stage;
use crate::related::RelatedIndex;
use crate::search::SearchIndex;

/// The analysed corpus: entities, and the search and related-article
/// indexes built on them.
pub struct Analysis {
    pub entities: EntityIndex,
    pub search: SearchIndex,
    pub related: RelatedIndex,
}

impl Analysis {
    pub fn build(corpus: &Corpus) -> Analysis {
        Analysis::build_with_progress(corpus, &mut |_| {})
    }

    /// Build, reporting each stage as it starts.
    pub fn build_with_progress(corpus: &Corpus, progress: &mut dyn FnMut(Stage)) -> Analysis {
        progress(Stage::Entities);
        let entities = EntityIndex::build(&corpus.articles);
        // each stage hands back its working memory before the next one starts,
        // and the largest index is built last, so the peaks do not add up
        memory::release_free_memory();
        progress(Stage::Related);
        let related = RelatedIndex::build(corpus, &entities);
        memory::release_free_memory();
        progress(Stage::SearchIndex);
        let search = SearchIndex::build(corpus, &entities);
        memory::release_free_memory();
        Analysis { entities, search, related }
    }

    /// The analysis of no articles: what the TUI shows while a corpus loads.
    pub fn empty() -> Analysis {
        Analysis::build(&Corpus::default())
    }
}
