//! The n-gram prefilter over search keys, as code-search engines such as
//! zoekt keep one: units are taken [`BLOCK`] at a time, and for each bigram
//! of key bytes (letters folded to one case, digits, and every other byte as
//! one class) a bitset says which blocks hold it somewhere. A query's terms
//! then name the blocks worth reading before any key is read.
//!
//! fzf's syntax decides how far that may go. An exact, prefix, suffix or
//! whole-key term is a run of bytes in the key, so every bigram of it is in
//! its unit's block: blocks missing one cannot match and are never read. A
//! fuzzy term's letters may lie apart, so its bigrams only say where the
//! likely hits are: those blocks are read first (their hits are published as
//! the first results), the others after, and the answer is the same as
//! without the prefilter.

use super::query::{Query, TermKind};

/// Units per block.
pub const BLOCK: usize = 64;
/// Byte classes: 26 letters, 10 digits, everything else.
const CLASSES: usize = 37;
/// Rows of the table: one per pair of classes.
pub const BIGRAMS: usize = CLASSES * CLASSES;

fn class(b: u8) -> usize {
    match b {
        b'a'..=b'z' => usize::from(b - b'a'),
        b'A'..=b'Z' => usize::from(b - b'A'),
        b'0'..=b'9' => 26 + usize::from(b - b'0'),
        _ => 36,
    }
}

/// The bigrams of `bytes`, as row numbers.
fn bigrams(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes.windows(2).map(|w| class(w[0]) * CLASSES + class(w[1]))
}

/// Words (u64) in each row for `units` units.
pub fn row_words(units: usize) -> usize {
    units.div_ceil(BLOCK).div_ceil(64)
}

/// Words of a block's bigram set while the table is built.
const BLOCK_WORDS: usize = BIGRAMS.div_ceil(64);

/// The table being built as units come, before their count is known: per
/// block, the set of its bigrams ([`BigramBlocks::rows`] turns it into
/// [`BIGRAMS`] rows of a bit per block, as the index keeps it). Both take
/// 172 bytes per block of [`BLOCK`] units.
#[derive(Default)]
pub struct BigramBlocks {
    blocks: Vec<[u64; BLOCK_WORDS]>,
}

impl BigramBlocks {
    /// Note unit `unit`'s key.
    pub fn add(&mut self, unit: usize, key: &[u8]) {
        let block = unit / BLOCK;
        if self.blocks.len() <= block {
            self.blocks.resize(block + 1, [0; BLOCK_WORDS]);
        }
        let set = &mut self.blocks[block];
        for row in bigrams(key) {
            set[row / 64] |= 1u64 << (row % 64);
        }
    }

    /// The sets of `units` units read back from their table ([`BigramBlocks::rows`]),
    /// so units added after them extend it (an index grown at its end).
    /// `None` when the table is not that long.
    pub fn from_rows(table: &[u64], units: usize) -> Option<BigramBlocks> {
        let words = row_words(units);
        if table.len() != words * BIGRAMS {
            return None;
        }
        let mut blocks = vec![[0u64; BLOCK_WORDS]; units.div_ceil(BLOCK)];
        for (row, row_bits) in table.chunks_exact(words.max(1)).enumerate().take(BIGRAMS) {
            for (word, &bits) in row_bits.iter().enumerate() {
                let mut bits = bits;
                while bits != 0 {
                    let block = word * 64 + bits.trailing_zeros() as usize;
                    blocks.get_mut(block)?[row / 64] |= 1u64 << (row % 64);
                    bits &= bits - 1;
                }
            }
        }
        Some(BigramBlocks { blocks })
    }

    /// The table of `units` units, row after row ([`row_words`] words a row).
    pub fn rows(&self, units: usize) -> Vec<u64> {
        let words = row_words(units);
        let mut table = vec![0u64; words * BIGRAMS];
        for (block, set) in self.blocks.iter().enumerate().take(units.div_ceil(BLOCK)) {
            let (word, bit) = (block / 64, 1u64 << (block % 64));
            for (w, &bits) in set.iter().enumerate() {
                let mut bits = bits;
                while bits != 0 {
                    let row = w * 64 + bits.trailing_zeros() as usize;
                    table[row * words + word] |= bit;
                    bits &= bits - 1;
                }
            }
        }
        table
    }
}

/// Which blocks a query reads, and in what order.
pub(crate) struct Plan {
    /// Blocks holding every bigram of every term: read first.
    pub first: Vec<u64>,
    /// Blocks that may still match (every bigram of the exact terms): read
    /// after `first`; `None` when any block may.
    pub possible: Option<Vec<u64>>,
}

/// The plan for `query`, reading each row it needs through `row` (`None`
/// when the store keeps no table); `None` when the query has no bigram.
pub(crate) fn plan<'r, E>(
    query: &Query,
    mut row: impl FnMut(usize) -> Result<Option<&'r [u64]>, E>,
) -> Result<Option<Plan>, E> {
    let mut exact: Vec<usize> = Vec::new();
    let mut fuzzy: Vec<usize> = Vec::new();
    for term in query.terms.iter().filter(|t| !t.negated) {
        let into = if term.kind == TermKind::Fuzzy { &mut fuzzy } else { &mut exact };
        into.extend(bigrams(term.needle.as_bytes()));
    }
    exact.sort_unstable();
    exact.dedup();
    fuzzy.sort_unstable();
    fuzzy.dedup();
    fuzzy.retain(|b| exact.binary_search(b).is_err());
    if exact.is_empty() && fuzzy.is_empty() {
        return Ok(None);
    }
    let Some(all) = row(0)?.map(|words| vec![u64::MAX; words.len()]) else { return Ok(None) };
    let mut and = |rows: &[usize], mut into: Vec<u64>| -> Result<Option<Vec<u64>>, E> {
        for &r in rows {
            let Some(words) = row(r)? else { return Ok(None) };
            for (into, word) in into.iter_mut().zip(words) {
                *into &= word;
            }
        }
        Ok(Some(into))
    };
    let Some(possible) = and(&exact, all)? else { return Ok(None) };
    let Some(first) = and(&fuzzy, possible.clone())? else { return Ok(None) };
    Ok(Some(Plan { first, possible: (!exact.is_empty()).then_some(possible) }))
}

/// Whether block `block` is in a bitset of blocks.
pub(crate) fn has(blocks: &[u64], block: usize) -> bool {
    blocks.get(block / 64).is_some_and(|w| w & (1 << (block % 64)) != 0)
}

/// The units of `units` in the blocks `take` admits, as ranges of at most
/// `most` units in order.
pub(crate) fn ranges(units: usize, most: usize, take: impl Fn(usize) -> bool) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for block in 0..units.div_ceil(BLOCK) {
        if !take(block) {
            continue;
        }
        let range = block * BLOCK..((block + 1) * BLOCK).min(units);
        match out.last_mut() {
            Some(last) if last.end == range.start && last.len() + range.len() <= most => last.end = range.end,
            _ => out.push(range),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_folds_and_other_bytes_share_a_class() {
        assert_eq!(bigrams(b"Ab").collect::<Vec<_>>(), bigrams(b"aB").collect::<Vec<_>>());
        assert_eq!(bigrams(b"a-").collect::<Vec<_>>(), bigrams(b"a ").collect::<Vec<_>>());
        assert_ne!(bigrams(b"ab").collect::<Vec<_>>(), bigrams(b"ba").collect::<Vec<_>>());
    }

    #[test]
    fn ranges_join_neighbouring_blocks_up_to_a_limit() {
        let units = BLOCK * 5 + 3;
        assert_eq!(ranges(units, usize::MAX, |b| b != 2), vec![0..2 * BLOCK, 3 * BLOCK..units]);
        assert_eq!(ranges(units, BLOCK, |b| b < 2), vec![0..BLOCK, BLOCK..2 * BLOCK]);
    }
}

#[cfg(test)]
mod table_tests {
    use super::*;

    /// Blocks noted as units come, turned into rows at the end, are the
    /// table made row by row knowing the count: across many words of a row
    /// (more than 64 blocks), with empty keys and a short last block.
    #[test]
    fn rows_made_at_the_end_are_the_rows_made_knowing_the_count() {
        let units = 64 * 64 * 3 + 17;
        let key = |unit: usize| -> Vec<u8> {
            if unit.is_multiple_of(11) { Vec::new() } else { format!("k{}x{}", unit % 97, unit / 301).into_bytes() }
        };
        let mut growing = BigramBlocks::default();
        let words = row_words(units);
        let mut expected = vec![0u64; words * BIGRAMS];
        for unit in 0..units {
            growing.add(unit, &key(unit));
            let block = unit / BLOCK;
            for row in bigrams(&key(unit)) {
                expected[row * words + block / 64] |= 1u64 << (block % 64);
            }
        }
        assert_eq!(growing.rows(units), expected);
        // the last word of some row is set: blocks past the first 64 were noted
        assert!(words > 1 && expected.chunks(words).any(|row| row[words - 1] != 0));
    }

    /// A table read back and grown by more units (its last block half full)
    /// is the table of all the units noted at once; a table of the wrong
    /// length, or with a block past its units, is refused.
    #[test]
    fn a_table_read_back_grows_into_the_table_of_all_its_units() {
        let key = |unit: usize| format!("w{}q{}", unit % 89, unit / 7).into_bytes();
        let (before, after) = (64 * 65 + 30, 64 * 66 + 5);
        let mut whole = BigramBlocks::default();
        let mut first = BigramBlocks::default();
        for unit in 0..after {
            whole.add(unit, &key(unit));
            if unit < before {
                first.add(unit, &key(unit));
            }
        }
        let mut grown = BigramBlocks::from_rows(&first.rows(before), before).unwrap();
        for unit in before..after {
            grown.add(unit, &key(unit));
        }
        assert_eq!(grown.rows(after), whole.rows(after));
        assert!(BigramBlocks::from_rows(&first.rows(before), before + 64 * 64).is_none());
        assert!(BigramBlocks::from_rows(&[], 0).is_some_and(|empty| empty.rows(0).is_empty()));
        let mut past = first.rows(before);
        // block 66 of a table of 66 blocks' words
        past[1] |= 1 << 2;
        assert!(BigramBlocks::from_rows(&past, before).is_none());
    }
}
