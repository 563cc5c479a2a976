//! korpus core: load multilingual news corpora, recognise and link named
//! entities across scripts, search them and rank related articles.
//!
//! Nothing here knows about terminals, argument parsing or process exits;
//! the TUI and the CLI (in the binary) are thin shells over these types.
//! Every position is a byte range into an [`corpus::Article`]'s text.

// No unwrap outside tests: user data and files must not panic korpus (clippy.toml lets tests unwrap).
#![deny(clippy::unwrap_used)]

pub mod analysis;
pub mod clickhouse;
pub mod corpus;
pub mod dates;
pub mod entities;
pub mod fsio;
pub mod index;
pub mod lang;
pub mod memory;
pub mod open;
pub mod parallel;
pub mod related;
pub mod review;
pub mod search;
pub mod store;

// the corpus generator (tests/synth) for the library's own unit tests; it names
// the library `korpus`, as the tests, benches and examples that include it do
#[cfg(test)]
extern crate self as korpus;
#[cfg(test)]
#[path = "../tests/synth/mod.rs"]
mod synth;

pub use analysis::Analysis;
pub use corpus::{Article, Corpus, LoadWarning};
pub use entities::{Entity, EntityId, EntityIndex, EntityKind, Mention};
pub use store::{Store, StoreError, StoreResult};
