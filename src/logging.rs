//! The log: korpus owns the screen while it runs, so what it has to say
//! beyond the status bar (timings, worker errors, panics) goes to a file.
//!
//! Off unless `KORPUS_LOG` is set, to a level (`debug`) or to per-target
//! levels (`warn,korpus::keystroke=debug`). The file is `korpus.log` in the
//! state directory, appended to; the library emits events with `tracing` and
//! knows nothing of where they go.

use std::path::PathBuf;

use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// The variable that turns the log on and sets its levels.
pub const LOG_VARIABLE: &str = "KORPUS_LOG";
/// The log's file name inside [`log_dir`].
pub const LOG_FILE: &str = "korpus.log";

/// Where the log is written: `$KORPUS_DATA_DIR` when set (so one variable
/// moves all of korpus's own files), else the state directory
/// (`$XDG_STATE_HOME/korpus`, `~/.local/state/korpus`; see `fsio::dirs`).
pub fn log_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("KORPUS_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    korpus::fsio::dirs::state_dir()
}

/// Start the log if `KORPUS_LOG` asks for it, and log panics from then on.
/// A log that cannot be started is said once on stderr; korpus runs without it.
pub fn init() {
    let Some(spec) = std::env::var_os(LOG_VARIABLE) else { return };
    let spec = spec.to_string_lossy();
    let levels: Targets = match spec.trim().parse() {
        Ok(levels) => levels,
        Err(e) => {
            eprintln!("korpus: warning: {LOG_VARIABLE}={spec:?} is not a log level ({e}); no log is written");
            return;
        }
    };
    let Some(dir) = log_dir() else {
        eprintln!("korpus: warning: no home directory to put the log in; set KORPUS_DATA_DIR");
        return;
    };
    // one file, appended to; each event is written as it happens (no buffer a
    // panic or a signal could lose)
    let file = match tracing_appender::rolling::RollingFileAppender::builder()
        .filename_prefix(LOG_FILE)
        .rotation(tracing_appender::rolling::Rotation::NEVER)
        .build(&dir)
    {
        Ok(file) => file,
        Err(e) => {
            eprintln!("korpus: warning: cannot write the log in {}: {e}", korpus::fsio::quoted(&dir));
            return;
        }
    };
    let to_file = tracing_subscriber::fmt::layer().with_writer(file).with_ansi(false).with_thread_names(true);
    if tracing_subscriber::registry().with(to_file).with(levels).try_init().is_err() {
        return;
    }
    log_panics();
    tracing::info!(version = env!("CARGO_PKG_VERSION"), args = ?std::env::args().skip(1).collect::<Vec<_>>(), "korpus started");
}

/// A panic on any thread (a worker's too) is logged, then reported as before.
/// The explorer's hook, set later, puts the terminal back first and then calls this one.
fn log_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let thread = std::thread::current();
        let backtrace = std::backtrace::Backtrace::force_capture();
        tracing::error!(thread = thread.name().unwrap_or("unnamed"), "panic: {info}\n{backtrace}");
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_panic_is_logged_with_its_message_and_where_it_happened() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt().with_writer(move || writer.clone()).with_ansi(false).finish();
        tracing::subscriber::with_default(subscriber, || {
            log_panics();
            let outcome = std::panic::catch_unwind(|| panic!("the worker fell over"));
            assert!(outcome.is_err());
        });
        // the hook is process-wide: put the default one back for the other tests
        drop(std::panic::take_hook());
        let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        assert!(log.contains("ERROR") && log.contains("panic: ") && log.contains("the worker fell over"), "{log}");
        assert!(log.contains("src/logging.rs"), "the panic's place: {log}");
    }
}
