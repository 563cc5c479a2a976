//! Process memory: what a stage of opening costs, and giving back what a
//! finished stage freed.

/// Hand freed heap memory back to the system. glibc keeps what the analysis
/// threads freed in their arenas; without this, the transient working sets
/// of each stage would stay in the process's resident size for good.
#[track_caller]
pub fn release_free_memory() {
    let logged = tracing::enabled!(target: "korpus::memory", tracing::Level::DEBUG);
    let before = if logged { resident() } else { None };
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code, reason = "glibc's malloc_trim has no safe binding; it only walks the allocator's own lists")]
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
    release_program_pages();
    if let (Some((rss, peak)), Some((after, _))) = (before, if logged { resident() } else { None }) {
        let mb = |b: u64| b >> 20;
        let at = std::panic::Location::caller();
        tracing::debug!(target: "korpus::memory", at = %format_args!("{}:{}", at.file(), at.line()),
            rss_mb = mb(rss), trimmed_mb = mb(after), peak_mb = mb(peak), "memory released");
    }
}

/// Let go of the resident pages of korpus's own program file: its code and
/// the data embedded in it (the gazetteer and language tables, read once,
/// when they are parsed), 13 MB of a huge article's peak. They are clean
/// pages of a file: the system reads them back from its page cache when they
/// are used again. Only read-only private mappings of the program none of
/// whose pages was ever written (copied on write, as relocated ones are) are
/// let go, so no byte in them can change.
pub fn release_program_pages() {
    #[cfg(target_os = "linux")]
    {
        // the program's mappings, and which of them was ever written (relocation, before
        // main), stay as they are while it runs: smaps is read once, not at every stage's
        // end (reading it walks every page of the process, 2 % of an append's CPU)
        static CLEAN: std::sync::OnceLock<Vec<(usize, usize)>> = std::sync::OnceLock::new();
        let clean = match CLEAN.get() {
            Some(clean) => clean,
            None => {
                let (Ok(program), Ok(smaps)) =
                    (std::fs::read_link("/proc/self/exe"), std::fs::read_to_string("/proc/self/smaps"))
                else {
                    return;
                };
                CLEAN.get_or_init(|| clean_program_mappings(&smaps, &program.to_string_lossy()))
            }
        };
        for &(start, end) in clean {
            #[allow(
                unsafe_code,
                reason = "madvise has no safe binding; it only drops clean pages of a read-only file mapping"
            )]
            // SAFETY: [start, end) is a whole read-only private mapping of the program's
            // file none of whose pages was written: its pages are the file's, and dropped,
            // the next read faults them back from the file with the same bytes.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
            }
        }
    }
}

/// The address ranges in `smaps` (`/proc/self/smaps`) of read-only private
/// mappings of the file `program` with no anonymous (written) page.
fn clean_program_mappings(smaps: &str, program: &str) -> Vec<(usize, usize)> {
    let mut clean = Vec::new();
    // the mapping whose fields are being read, if it is one of the program's read-only ones
    let mut mapping: Option<(usize, usize)> = None;
    for line in smaps.lines() {
        let mut fields = line.split_ascii_whitespace();
        let Some(first) = fields.next() else { continue };
        if let Some((start, end)) = first.split_once('-') {
            mapping = None;
            let (Ok(start), Ok(end)) = (usize::from_str_radix(start, 16), usize::from_str_radix(end, 16)) else {
                continue;
            };
            let perms = fields.next().unwrap_or("");
            let path = fields.skip(3).collect::<Vec<_>>().join(" ");
            if perms.len() == 4 && !perms.contains('w') && perms.ends_with('p') && path == program && start < end {
                mapping = Some((start, end));
            }
        } else if first == "Anonymous:" {
            let anonymous = fields.next().and_then(|kb| kb.parse::<u64>().ok());
            if let (Some(range), Some(0)) = (mapping.take(), anonymous) {
                clean.push(range);
            }
        }
    }
    clean
}

/// Allocations this large and larger get their own mapping from the system.
pub const LARGE_ALLOCATION: usize = 256 << 10;

/// Serve every allocation of [`LARGE_ALLOCATION`] or more from its own
/// mapping, for the rest of the process. glibc raises that threshold each
/// time a mapped block is freed (up to 32 MiB); past it, a growing table of
/// a huge article (its candidates, its names) is copied within the heap as
/// it grows and the old copies' pages stay resident. Mapped, a table grows
/// in place (mremap) and its pages go back to the system when it is freed.
/// Measured on a 60 MB article: peak 221 → 210 MB; 8,772 short articles
/// (15 MB of JSON Lines): 116 → 93 MB, the same time.
pub fn map_large_allocations() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let threshold = libc::c_int::try_from(LARGE_ALLOCATION).unwrap_or(libc::c_int::MAX);
            #[allow(unsafe_code, reason = "glibc's mallopt has no safe binding; it sets one allocator parameter")]
            // SAFETY: mallopt only sets a parameter of the allocator, which is thread-safe.
            unsafe {
                libc::mallopt(libc::M_MMAP_THRESHOLD, threshold);
            }
        });
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

#[cfg(test)]
mod tests {
    use super::*;

    const SMAPS: &str = "\
55a9bef33000-55a9bfe50000 r--p 00000000 fe:00 5366357                    /usr/bin/korpus
Rss:                5376 kB
Anonymous:             0 kB
55a9bfe50000-55a9c06e2000 r-xp 00f1c000 fe:00 5366357                    /usr/bin/korpus
Rss:                6520 kB
Anonymous:             0 kB
55a9c06e2000-55a9c071f000 r--p 017ad000 fe:00 5366357                    /usr/bin/korpus
Rss:                 244 kB
Anonymous:           244 kB
55a9c071f000-55a9c0720000 rw-p 017ea000 fe:00 5366357                    /usr/bin/korpus
Rss:                   4 kB
Anonymous:             0 kB
7f8414874000-7f841489a000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
Rss:                 152 kB
Anonymous:             0 kB
7f8411544000-7f8414874000 rw-p 00000000 00:00 0
Rss:               52416 kB
Anonymous:         52416 kB
";

    #[test]
    fn only_the_programs_read_only_pages_never_written_are_let_go() {
        let clean = clean_program_mappings(SMAPS, "/usr/bin/korpus");
        // its data and code; not its relocated (written) read-only part, its writable
        // data, a library's pages or the heap
        assert_eq!(clean, [(0x55a9bef33000, 0x55a9bfe50000), (0x55a9bfe50000, 0x55a9c06e2000)]);
        assert!(clean_program_mappings(SMAPS, "/usr/bin/other").is_empty());
    }

    #[test]
    fn the_program_runs_on_after_its_pages_are_let_go() {
        static TABLE: [u8; 3] = [7, 8, 9];
        release_program_pages();
        assert_eq!(std::hint::black_box(&TABLE).iter().map(|&b| u32::from(b)).sum::<u32>(), 24);
    }
}
