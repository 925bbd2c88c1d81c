//! `pageclean clean`: a few pages, one after another, to stdout.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::args::{CleanArgs, Format};
use crate::input::Page;
use crate::output;

/// Cleans each path and prints it; exit status 1 when any page failed.
pub fn run(args: &CleanArgs) -> ExitCode {
    let mut builder = match args.options.builder() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("pageclean: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(ct) = &args.options.content_type {
        builder = builder.content_type(ct.clone());
    }
    if let Some(u) = &args.options.url {
        builder = builder.url(u.clone());
    }
    let cleaner = builder.build();
    let format = if args.json { Format::Json } else { args.format };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for (i, path) in args.paths.iter().enumerate() {
        let name = path.display().to_string();
        let doc = match read(path, args.options.max_input_bytes)
            .map_err(|e| e.to_string())
            .and_then(|b| cleaner.clean(&b).map_err(|e| e.to_string()))
        {
            Ok(d) => d,
            Err(e) => {
                eprintln!("pageclean: {name}: {e}");
                failed = true;
                continue;
            }
        };
        let written = match format {
            Format::Text => {
                let sep = if i > 0 { "\n" } else { "" };
                write!(out, "{sep}").and_then(|()| output::write_text(&mut out, &doc))
            }
            Format::Markdown => {
                let sep = if i > 0 { "\n---\n\n" } else { "" };
                write!(out, "{sep}{}", output::markdown(&doc))
            }
            Format::Json => {
                let page = Page {
                    id: name,
                    url: args.options.url.clone(),
                    ..Page::default()
                };
                let row = output::row(&page, &doc, args.removed);
                serde_json::to_writer(&mut out, &row)
                    .map_err(std::io::Error::other)
                    .and_then(|()| writeln!(out))
            }
        };
        if written.is_err() {
            // stdout closed (a pipe to `head`, say): nothing more to do.
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() || failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn read(path: &Path, limit: usize) -> std::io::Result<Vec<u8>> {
    let mut v = Vec::new();
    let cap = limit as u64 + 1;
    if path.as_os_str() == "-" {
        std::io::stdin().lock().take(cap).read_to_end(&mut v)?;
    } else {
        std::fs::File::open(path)?.take(cap).read_to_end(&mut v)?;
    }
    if v.len() > limit {
        return Err(std::io::Error::other(format!(
            "page exceeds the limit of {limit} bytes"
        )));
    }
    Ok(v)
}
