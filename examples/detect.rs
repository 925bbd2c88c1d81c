//! Prints the detected encoding of each file: `PATH<TAB>ENCODING`.
//!
//! ```text
//! cargo run --release --example detect -- [--why] [--chardetng] PATH...
//! ```
//! `--why` adds the source of the decision and its confidence.
//! `--chardetng` prints what `chardetng` alone guesses from each whole file
//! (no TLD, UTF-8 allowed), for comparison on the same corpus.

use std::io::Write;
use std::process::ExitCode;

use pageclean::charset::{Hints, detect};

fn main() -> ExitCode {
    let mut why = false;
    let mut baseline = false;
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in std::env::args().skip(1) {
        if path == "--why" {
            why = true;
            continue;
        }
        if path == "--chardetng" {
            baseline = true;
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => {
                let d = detect(&bytes, &Hints::default());
                let r = if baseline {
                    let mut det =
                        chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
                    det.feed(&bytes, true);
                    let guess = det.guess(None, chardetng::Utf8Detection::Allow);
                    writeln!(out, "{path}\t{}", guess.name())
                } else if why {
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
