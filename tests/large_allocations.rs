//! `memory::map_large_allocations`, in a process of its own: the allocator's
//! threshold is the whole process's, and no other test may move it meanwhile.

#![cfg(all(target_os = "linux", target_env = "gnu"))]

/// Bytes the allocator holds in blocks mapped for themselves.
#[allow(unsafe_code, reason = "glibc's mallinfo2 has no safe binding; it only reads the allocator's counters")]
fn mapped_bytes() -> usize {
    // SAFETY: mallinfo2 only reads the allocator's statistics.
    unsafe { libc::mallinfo2() }.hblkhd
}

/// Without the fixed threshold, freeing the 8 MiB block raises glibc's to
/// 8 MiB and the 1 MiB table after it is carved from the heap, where its
/// growth copies and its freed pages stay resident.
#[test]
fn a_large_table_is_mapped_even_after_a_larger_one_was_freed() {
    korpus::memory::map_large_allocations();
    let big = vec![1u8; 8 << 20];
    std::hint::black_box(&big);
    drop(big);
    let before = mapped_bytes();
    let table = vec![1u8; 1 << 20];
    std::hint::black_box(&table);
    assert!(mapped_bytes() >= before + (1 << 20), "the 1 MiB table was not mapped");
}
