//! Cleans pages and prints their body.
//!
//! ```text
//! cargo run --release --example clean -- [--json|--jsonl] [--lang xx|--all-languages] [--keep-comments] [--all-pages] PATH...
//! ```
//! Plain text by default: the title, then paragraphs separated by blank lines.
//! `--json` prints one object per page; `--jsonl` one object per line for many
//! pages; both carry the page type and metadata. `--all-pages` returns the
//! main text of listing, product and forum pages too. `-` reads stdin. Pages are cleaned one after another on one thread.

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
            "--all-pages" => builder = builder.page_types(false),
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
                    "usage: clean [--json|--jsonl] [--lang xx|--all-languages] [--keep-comments] [--all-pages] PATH..."
                );
                return ExitCode::SUCCESS;
            }
            _ => paths.push(a),
        }
    }
    if paths.is_empty() {
        eprintln!(
            "usage: clean [--json|--jsonl] [--lang xx|--all-languages] [--keep-comments] [--all-pages] PATH..."
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
            // Serialized straight into the buffer (no `Display` detour).
            (_, Ok(doc)) => serde_json::to_writer(&mut out, &to_json(path, &doc))
                .map_err(std::io::Error::from)
                .and_then(|()| out.write_all(b"\n")),
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

fn to_json(path: &str, doc: &Document) -> serde_json::Value {
    json!({
        "path": path,
        "title": doc.title,
        "language": doc.language.map(|l| l.code()),
        "encoding": doc.encoding(),
        "author": doc.metadata.author(),
        "date": doc.metadata.date.map(|d| d.iso()),
        "modified": doc.metadata.modified.map(|d| d.iso()),
        "site_name": doc.metadata.site_name,
        "description": doc.metadata.description,
        "page_type": doc.page_type.as_str(),
        "canonical_url": doc.metadata.canonical_url,
        "categories": doc.metadata.categories,
        "tags": doc.metadata.tags,
        "image": doc.metadata.image,
        "paragraphs": doc.paragraphs().collect::<Vec<_>>(),
        "removed": doc.removed.iter().map(|r| json!({"text": r.text, "reason": r.reason.as_str()})).collect::<Vec<_>>(),
    })
}
