//! Work split over the machine's cores, results kept in order: the one helper
//! every parallel pass (loading, entities, search, related) goes through.

/// Threads worth using: the cores available, at most `cap`.
pub fn threads(cap: usize) -> usize {
    cores().clamp(1, cap.max(1))
}

/// The cores available, asked once: the standard library opens and reads
/// three cgroup files at every call, and a search asks at every run of keys
/// it scores (1,213 times for a word found nowhere in 101,000 one-line articles).
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}

/// Split `items` into at most `threads` contiguous chunks, run `work(offset,
/// chunk)` on each in its own scoped thread, and return the results in order
/// (`offset` is the chunk's first index in `items`). Fewer than `min_len`
/// items run on this thread alone: a thread costs more than they do.
pub fn map_chunks<'a, T: Sync, R: Send>(
    threads: usize,
    items: &'a [T],
    min_len: usize,
    work: impl Fn(usize, &'a [T]) -> R + Sync,
) -> Vec<R> {
    if threads <= 1 || items.len() < min_len.max(2) {
        return vec![work(0, items)];
    }
    let per = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let work = &work;
        let handles: Vec<_> =
            items.chunks(per).enumerate().map(|(i, chunk)| scope.spawn(move || work(i * per, chunk))).collect();
        // a worker panics only on a bug; re-raise it here rather than lose results silently
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order_with_offsets() {
        let items: Vec<usize> = (0..1000).collect();
        let parts = map_chunks(3, &items, 10, |offset, chunk| (offset, chunk.iter().sum::<usize>()));
        assert_eq!(parts.iter().map(|p| p.1).sum::<usize>(), items.iter().sum::<usize>());
        assert!(parts.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(parts[0].0, 0);
    }

    #[test]
    fn small_inputs_stay_on_this_thread() {
        assert_eq!(map_chunks(4, &[1, 2, 3], 10, |offset, chunk| (offset, chunk.len())), vec![(0, 3)]);
        assert_eq!(map_chunks(4, &[] as &[u8], 10, |_, chunk| chunk.len()), vec![0]);
    }
}
