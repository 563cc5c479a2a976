//! Numbers found by several keys, made into a sorted list without repeats:
//! what `sort_unstable` then `dedup` give, without sorting a long list.

/// Sort `numbers` and drop repeats, each number below `bound`. A long list
/// (the candidates of a name found through thousands of names sharing its
/// words: 2.9 % of an append's instructions were their sorts) is marked in
/// `bits`, one bit per number below `bound`, and read back in order; a
/// short one is sorted. `bits` is left all zero, ready for the next list.
pub(super) fn sort_unique(numbers: &mut Vec<usize>, bound: usize, bits: &mut Vec<u64>) {
    let words = bound.div_ceil(64);
    // marking and reading back costs about a word per 64 numbers below the bound
    if numbers.len() < 64 || numbers.len() * 8 < words || numbers.iter().any(|&x| x >= bound) {
        numbers.sort_unstable();
        numbers.dedup();
        return;
    }
    if bits.len() < words {
        bits.resize(words, 0);
    }
    let (mut low, mut high) = (usize::MAX, 0);
    for &x in numbers.iter() {
        let w = x / 64;
        bits[w] |= 1 << (x % 64);
        low = low.min(w);
        high = high.max(w);
    }
    numbers.clear();
    for (w, word) in bits.iter_mut().enumerate().take(high + 1).skip(low) {
        let mut set = std::mem::take(word);
        while set != 0 {
            numbers.push(w * 64 + set.trailing_zeros() as usize);
            set &= set - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_dedup(mut v: Vec<usize>) -> Vec<usize> {
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Long and short lists, dense and sparse, with repeats: the same list
    /// sorting and dropping repeats gives, and the bits left clear.
    #[test]
    fn a_long_list_is_sorted_without_repeats_through_its_bits() {
        let mut bits = Vec::new();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        for (len, bound) in [(0, 10), (5, 10), (63, 100), (64, 100), (200, 130), (5_000, 70_000), (3_000, 1 << 20)] {
            for _ in 0..20 {
                let list: Vec<usize> = (0..len).map(|_| next(bound)).collect();
                let mut got = list.clone();
                sort_unique(&mut got, bound, &mut bits);
                assert_eq!(got, sorted_dedup(list), "len {len} below {bound}");
                assert!(bits.iter().all(|&w| w == 0));
            }
        }
        // a number at or past the bound is sorted as any other
        let mut got: Vec<usize> = (0..100).rev().chain([500, 3, 500]).collect();
        sort_unique(&mut got, 100, &mut bits);
        assert_eq!(got, (0..100).chain([500]).collect::<Vec<_>>());
    }
}
