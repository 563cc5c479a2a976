//! korpus: parse the command line, dispatch, map errors to exit codes.

// No unwrap outside tests: user data and files must not panic korpus (clippy.toml lets tests unwrap).
#![deny(clippy::unwrap_used)]

mod cli;
mod cli_clickhouse;
mod cli_review;
mod tui;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, CliError};

fn main() -> ExitCode {
    let args = Cli::parse();
    let cache = cli::cache_dir(args.no_cache);
    let path = args.corpus.as_deref();
    let result = match args.command {
        Some(command) => cli::run(command, path, cache.as_deref(), args.review_file.as_deref()),
        None => tui::run(path, cache.as_deref(), args.review_file.as_deref(), &args.tui),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(e),
    }
}

fn report(error: CliError) -> ExitCode {
    match error {
        CliError::Usage(msg) => {
            eprintln!("korpus: {msg}");
            ExitCode::from(2)
        }
        // the reader has what it wanted (`korpus list | head`): nothing went wrong
        CliError::Write(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        error @ CliError::Write(_) => {
            eprintln!("korpus: {error}");
            ExitCode::from(1)
        }
        CliError::Other(e) => {
            eprintln!("korpus: {e:#}");
            ExitCode::from(1)
        }
    }
}
