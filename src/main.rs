//! korpus: parse the command line, dispatch, map errors to exit codes.

// No unwrap outside tests: user data and files must not panic korpus (clippy.toml lets tests unwrap).
#![deny(clippy::unwrap_used)]

mod cli;
mod cli_clickhouse;
mod cli_review;
mod logging;
mod tui;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, CliError};

// entity analysis allocates many small strings: jemalloc is faster than glibc's malloc (README, "Crates, and why")
#[global_allocator]
static GLOBAL_ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let mut args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => return clap_exit(&e),
    };
    logging::init();
    match korpus::corpus::FieldMap::with_mappings(&args.fields) {
        Ok(fields) => {
            korpus::corpus::set_field_map(fields);
        }
        Err(e) => return report(CliError::Usage(e.to_string())),
    }
    let cache = cli::cache_dir(args.no_cache);
    let command = args.command.take();
    let path = args.corpus_path();
    let result = match command {
        Some(command) => {
            let from = cli::Sources { corpus: path, cache: cache.as_deref(), review_file: args.review_file.as_deref() };
            cli::run(command, from, args.tui.color)
        }
        None => tui::run(path, cache.as_deref(), args.review_file.as_deref(), &args.tui),
    };
    match result {
        // ended by a signal (once the terminal is restored and the review saved): 128+N, as a shell reports it
        Ok(()) => match tui::run::stopped_by_signal() {
            Some(signal) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(u8::MAX)),
            None => ExitCode::SUCCESS,
        },
        Err(e) => report(e),
    }
}

/// `--help`, `--version` or a command line that does not parse. clap's own
/// `exit` ignores a failed write; here it is reported as any other write.
fn clap_exit(e: &clap::Error) -> ExitCode {
    match e.print() {
        Ok(()) => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)),
        Err(write) => report(CliError::Write(write)),
    }
}

fn report(error: CliError) -> ExitCode {
    match &error {
        CliError::Usage(msg) => tracing::info!("usage: {msg}"),
        other => tracing::error!("{other:#}"),
    }
    match error {
        // the last guard: whatever a message quotes from a file, a config or
        // an argument, nothing in it acts on the terminal
        CliError::Usage(msg) => {
            eprintln!("korpus: {}", korpus::corpus::sanitize_for_terminal(&msg));
            ExitCode::from(2)
        }
        // the reader has what it wanted (`korpus list | head`): nothing went wrong
        CliError::Write(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        error @ CliError::Write(_) => {
            eprintln!("korpus: {}", korpus::corpus::sanitize_for_terminal(&error.to_string()));
            ExitCode::from(1)
        }
        CliError::Other(e) => {
            eprintln!("korpus: {}", korpus::corpus::sanitize_for_terminal(&format!("{e:#}")));
            ExitCode::from(1)
        }
    }
}
