//! Everything korpus works out about a corpus, computed once and shared by
//! the TUI and the CLI.

use crate::corpus::Corpus;
use crate::entities::EntityIndex;
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
        let entities = EntityIndex::build(&corpus.articles);
        let search = SearchIndex::build(corpus, &entities);
        let related = RelatedIndex::build(corpus, &entities);
        Analysis { entities, search, related }
    }
}
