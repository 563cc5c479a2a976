//! Process memory: what a stage of opening costs, and giving back what a
//! finished stage freed.

/// Hand freed heap memory back to the system. glibc keeps what the analysis
/// threads freed in their arenas; without this, the transient working sets
/// of each stage would stay in the process's resident size for good.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code, reason = "glibc's malloc_trim has no safe binding; it only walks the allocator's own lists")]
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Resident and peak resident size in bytes (Linux `/proc/self/status`), if known.
pub fn resident() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// Start measuring a new peak: resets the kernel's high-water mark
/// (`/proc/self/clear_refs`, Linux 4.0+). Returns whether it could.
pub fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}
