//! The fast, non-cryptographic hash maps of the recogniser's string-keyed
//! tables: rustc-hash's Fx hash. Keys are words and names from article text
//! and the embedded gazetteer; the tables never face untrusted input at a
//! scale where hash flooding matters, and SipHash was a tenth of the run time.

pub use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
