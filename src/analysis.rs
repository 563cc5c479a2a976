//! Everything korpus works out about a corpus, computed once and shared by
//! the TUI and the CLI.

use crate::corpus::Corpus;
use crate::entities::EntityIndex;

/// The analysed corpus: entities now; the search index and related-article
/// index build on it.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub entities: EntityIndex,
}

impl Analysis {
    pub fn build(corpus: &Corpus) -> Analysis {
        Analysis { entities: EntityIndex::build(&corpus.articles) }
    }
}
