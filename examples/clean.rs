//! Cleans pages and prints their body.
//!
//! ```text
//! cargo run --release --example clean -- [--json|--jsonl] [--lang xx|--all-languages] [--keep-comments] PATH...
//! ```
//! Plain text by default: the title, then paragraphs separated by blank lines.
//! `--json` prints one object per page; `--jsonl` one object per line for many
//! pages. `-` reads stdin. Pages are cleaned one after another on one thread.

use std::io::{Read, Write};
use std::process::ExitCode;

use pageclean::{Cleaner, Document, Target};
use serde_json::json;

enum Format {
    Text,
    Json,
    Jsonl,
}

fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut builder = Cleaner::builder();
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => format = Format::Json,
            "--jsonl" => format = Format::Jsonl,
            "--keep-comments" => builder = builder.keep_comments(true),
            "--all-languages" => builder = builder.language(Target::All),
            "--lang" => {
                let code = args.next().unwrap_or_default();
                match Target::only(&code) {
                    Some(t) => builder = builder.language(t),
                    None => {
                        eprintln!("clean: unknown language code {code:?}");
                        return ExitCode::from(2);
                    }
                }
            }
            "-h" | "--help" => {
                println!(
                    "usage: clean [--json|--jsonl] [--lang xx|--all-languages] [--keep-comments] PATH..."
                );
                return ExitCode::SUCCESS;
            }
            _ => paths.push(a),
        }
    }
    if paths.is_empty() {
        eprintln!(
            "usage: clean [--json|--jsonl] [--lang xx|--all-languages] [--keep-comments] PATH..."
        );
        return ExitCode::from(2);
    }
    let cleaner = builder.build();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in &paths {
        let bytes = match read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("clean: {path}: {e}");
                failed = true;
                continue;
            }
        };
        let result = cleaner.clean(&bytes);
        let written = match (&format, result) {
            (Format::Text, Ok(doc)) => write_text(&mut out, &doc),
            (_, Ok(doc)) => write_json_line(&mut out, path, &doc),
            (Format::Text, Err(e)) => {
                eprintln!("clean: {path}: {e}");
                failed = true;
                Ok(())
            }
            (_, Err(e)) => {
                failed = true;
                writeln!(
                    out,
                    "{}",
                    json!({"path": path, "error": e.to_string(), "paragraphs": []})
                )
            }
        };
        if written.is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() || failed {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn read(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut v = Vec::new();
        std::io::stdin().read_to_end(&mut v)?;
        Ok(v)
    } else {
        std::fs::read(path)
    }
}

fn write_text(out: &mut impl Write, doc: &Document) -> std::io::Result<()> {
    if let Some(t) = &doc.title {
        writeln!(out, "{t}\n")?;
    }
    writeln!(out, "{}", doc.text())
}

/// One page as a JSON object on one line, keys in sorted order, written
/// straight to `out` (no intermediate JSON value).
fn write_json_line(out: &mut impl Write, path: &str, doc: &Document) -> std::io::Result<()> {
    fn string(out: &mut impl Write, s: &str) -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, s).map_err(std::io::Error::from)
    }
    fn opt(out: &mut impl Write, s: Option<&str>) -> std::io::Result<()> {
        match s {
            Some(s) => string(out, s),
            None => out.write_all(b"null"),
        }
    }
    out.write_all(b"{\"encoding\":")?;
    string(out, doc.encoding())?;
    out.write_all(b",\"language\":")?;
    opt(out, doc.language.map(|l| l.code()))?;
    out.write_all(b",\"paragraphs\":[")?;
    for (i, p) in doc.paragraphs().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        string(out, p)?;
    }
    out.write_all(b"],\"path\":")?;
    string(out, path)?;
    out.write_all(b",\"removed\":[")?;
    for (i, r) in doc.removed.iter().enumerate() {
        out.write_all(if i > 0 {
            b",{\"reason\":"
        } else {
            b"{\"reason\":"
        })?;
        string(out, r.reason.as_str())?;
        out.write_all(b",\"text\":")?;
        string(out, &r.text)?;
        out.write_all(b"}")?;
    }
    out.write_all(b"],\"title\":")?;
    opt(out, doc.title.as_deref())?;
    out.write_all(b"}\n")
}
