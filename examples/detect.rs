//! Prints the detected encoding of each file: `PATH<TAB>ENCODING`.
//!
//! ```text
//! cargo run --release --example detect -- [--why] PATH...
//! ```
//! `--why` adds the source of the decision and its confidence.

use std::io::Write;
use std::process::ExitCode;

use pageclean::charset::{Hints, detect};

fn main() -> ExitCode {
    let mut why = false;
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in std::env::args().skip(1) {
        if path == "--why" {
            why = true;
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => {
                let d = detect(&bytes, &Hints::default());
                let r = if why {
                    writeln!(
                        out,
                        "{path}\t{}\t{}\t{:.2}",
                        d.encoding.name(),
                        d.source.as_str(),
                        d.confidence
                    )
                } else {
                    writeln!(out, "{path}\t{}", d.encoding.name())
                };
                if r.is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("detect: {path}: {e}");
                failed = true;
            }
        }
    }
    if out.flush().is_err() || failed {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
