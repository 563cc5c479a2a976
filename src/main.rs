//! korpus: parse the command line, dispatch, map errors to exit codes.

mod cli;
mod tui;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, CliError};

fn main() -> ExitCode {
    let args = Cli::parse();
    let corpus = match cli::open_corpus(args.corpus.as_ref()) {
        Ok(c) => c,
        Err(e) => return report(e),
    };
    let result = match args.command {
        Some(command) => cli::run(command, &corpus),
        None => tui::run(corpus, &args.tui).map_err(CliError::Other),
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
        CliError::Other(e) => {
            eprintln!("korpus: {e:#}");
            ExitCode::from(1)
        }
    }
}
