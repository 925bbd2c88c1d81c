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
            (_, Ok(doc)) => write_json(&mut out, path, &doc).and_then(|()| out.write_all(b"\n")),
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

/// One page as a JSON object, keys in sorted order, written field by field
/// (no intermediate `serde_json::Value`).
fn write_json(out: &mut impl Write, path: &str, doc: &Document) -> std::io::Result<()> {
    // A macro, not a generic function: the `Serialize` trait is serde's,
    // which this example does not name.
    macro_rules! field {
        ($first:expr, $key:expr, $value:expr) => {{
            out.write_all(if $first { b"{" } else { b"," })?;
            serde_json::to_writer(&mut *out, $key)?;
            out.write_all(b":")?;
            serde_json::to_writer(&mut *out, $value)?;
        }};
    }
    let m = &doc.metadata;
    field!(true, "author", &m.author());
    field!(false, "canonical_url", &m.canonical_url);
    field!(false, "categories", &m.categories);
    field!(false, "date", &m.date.map(|d| d.iso()));
    field!(false, "description", &m.description);
    field!(false, "encoding", doc.encoding());
    field!(
        false,
        "fallback",
        &doc.fallback.map(pageclean::Fallback::as_str)
    );
    field!(false, "image", &m.image);
    field!(false, "language", &doc.language.map(|l| l.code()));
    field!(false, "modified", &m.modified.map(|d| d.iso()));
    field!(false, "page_type", doc.page_type.as_str());
    field!(false, "paragraphs", &doc.paragraphs().collect::<Vec<_>>());
    field!(false, "path", path);
    out.write_all(b",\"removed\":[")?;
    for (i, r) in doc.removed.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        field!(true, "reason", r.reason.as_str());
        field!(false, "text", &r.text);
        out.write_all(b"}")?;
    }
    out.write_all(b"]")?;
    field!(false, "site_name", &m.site_name);
    field!(false, "tags", &m.tags);
    field!(false, "title", &doc.title);
    out.write_all(b"}")
}
