//! Repairs text.
//!
//! ```text
//! cargo run --release --example repair -- --jsonl   # one JSON string per stdin line
//! cargo run --release --example repair              # the whole of stdin as text
//! ```
//! Repairs with spaces kept ([`Spaces::Keep`]): characters written as
//! references come out exactly as the HTML standard decodes them, and no-break
//! spaces stay, as the entity and mojibake test suites expect.

use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

use pageclean::repair::{Repairer, Spaces};

/// The repairer: exact characters, spaces kept.
const REPAIR: Repairer = Repairer::new().with_spaces(Spaces::Keep);

fn main() -> ExitCode {
    let jsonl = std::env::args().any(|a| a == "--jsonl");
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if !jsonl {
        let mut s = String::new();
        if stdin.lock().read_to_string(&mut s).is_err() {
            eprintln!("repair: stdin is not UTF-8");
            return ExitCode::FAILURE;
        }
        return match writeln!(out, "{}", REPAIR.repair(&s)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        };
    }
    for (n, line) in stdin.lock().lines().enumerate() {
        let Ok(line) = line else {
            eprintln!("repair: line {}: not UTF-8", n + 1);
            return ExitCode::FAILURE;
        };
        let fixed = match serde_json::from_str::<String>(&line) {
            Ok(s) => serde_json::Value::String(REPAIR.repair(&s).into_owned()),
            Err(e) => {
                eprintln!("repair: line {}: {e}", n + 1);
                serde_json::Value::Null
            }
        };
        if writeln!(out, "{fixed}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    match out.flush() {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}
