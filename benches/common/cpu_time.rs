//! CPU time of the calling thread, for figures per core that hold on a machine
//! busy with other work (wall-clock time counts the waits for a core too).

use std::time::Duration;

/// CPU time this thread has used.
#[allow(unsafe_code, reason = "clock_gettime has no safe binding in libc; it only writes the timespec given")]
pub fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}
