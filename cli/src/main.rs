//! `pageclean`: clean pages, JSONL datasets and WARC/WET archives from the
//! command line. Run `pageclean --help`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod args;
mod batch;
mod clean;
mod input;
mod output;
mod progress;
mod summary;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match &cli.command {
        args::Command::Clean(a) => clean::run(a),
        args::Command::Batch(a) => batch::run(a),
    }
}
