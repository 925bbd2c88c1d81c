//! `pageclean batch`: read inputs on one thread, clean chunks of pages on a
//! rayon pool, write rows in input order on another thread.
//!
//! Memory is bounded: at most a few chunks of `--chunk` pages are held at
//! once (one being read, two queued, one being cleaned, two being written).

use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crossbeam_channel::bounded;
use pageclean::CleanerBuilder;
use rayon::prelude::*;

use crate::args::BatchArgs;
use crate::input::{self, Failure, Item, Page, ReadOptions, Source};
use crate::output::{self, Output};
use crate::progress::Progress;
use crate::summary::Summary;

/// Failures printed on stderr before only counting them.
const MAX_PRINTED_FAILURES: u64 = 100;

/// Pages read together, with the raw bytes read so far.
struct Chunk {
    items: Vec<Item>,
    bytes: u64,
}

/// What became of one item.
enum Outcome {
    /// A JSON line to write (none for an empty page without `--keep-empty`).
    Row {
        line: Option<Vec<u8>>,
        language: Option<&'static str>,
        empty: bool,
    },
    Failed(Failure),
    Skipped,
}

/// Runs the batch; the exit status is 0 when nothing failed, 1 when a record
/// or input failed, 2 for a usage error, 3 when the output failed.
pub fn run(args: &BatchArgs) -> ExitCode {
    let builder = match args.options.builder() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("pageclean: {e}");
            return ExitCode::from(2);
        }
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .max(1);
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("clean-{i}"))
        .build()
    {
        Ok(p) => p,
        Err(e) => return fatal(&format!("cannot start {jobs} threads: {e}")),
    };
    let sources: Vec<Source> = args
        .inputs
        .iter()
        .map(|p| Source::classify(p, args.input_format))
        .collect();
    let total: u64 = sources.iter().map(Source::size).sum();
    let out = match Output::create(&args.output) {
        Ok(o) => o,
        Err(e) => return fatal(&format!("{}: {e}", args.output.display())),
    };
    let mut errors_out = match &args.errors {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Some(std::io::BufWriter::new(f)),
            Err(e) => return fatal(&format!("{}: {e}", p.display())),
        },
        None => None,
    };
    let opts = ReadOptions {
        max_bytes: args.options.max_input_bytes,
        field: args.field.clone(),
        id_field: args.id_field.clone(),
        url_field: args.url_field.clone(),
    };
    let chunk_size = args.chunk.max(1);
    let progress = Progress::new(total, !args.quiet);
    let counter = Arc::new(AtomicU64::new(0));
    let mut summary = Summary::default();

    let (chunk_tx, chunk_rx) = bounded::<Chunk>(2);
    let (row_tx, row_rx) = bounded::<Vec<u8>>(2);
    let result = std::thread::scope(|s| {
        let reader_counter = counter.clone();
        let reader = std::thread::Builder::new().name("read".into());
        let spawned = reader.spawn_scoped(s, move || {
            let mut buf = Vec::with_capacity(chunk_size);
            for source in &sources {
                let mut emit = |item: Item| {
                    buf.push(item);
                    if buf.len() < chunk_size {
                        return Ok(());
                    }
                    let items = std::mem::replace(&mut buf, Vec::with_capacity(chunk_size));
                    let bytes = reader_counter.load(Ordering::Relaxed);
                    chunk_tx
                        .send(Chunk { items, bytes })
                        .map_err(|_| input::Stopped)
                };
                if input::read(source, &opts, &reader_counter, &mut emit).is_err() {
                    return;
                }
            }
            let bytes = reader_counter.load(Ordering::Relaxed);
            let _ = chunk_tx.send(Chunk { items: buf, bytes });
        });
        if let Err(e) = spawned {
            return Err(std::io::Error::other(format!(
                "cannot start the reader: {e}"
            )));
        }
        let writer = std::thread::Builder::new().name("write".into());
        let writer = writer.spawn_scoped(s, move || -> std::io::Result<()> {
            let mut out = out;
            for rows in row_rx {
                out.write_all(&rows)?;
            }
            out.finish()
        });
        // On an early return the chunk receiver is dropped, which stops the reader.
        let writer = match writer {
            Ok(w) => w,
            Err(e) => {
                return Err(std::io::Error::other(format!(
                    "cannot start the writer: {e}"
                )));
            }
        };

        for chunk in chunk_rx {
            let outcomes: Vec<Outcome> = pool.install(|| {
                chunk
                    .items
                    .into_par_iter()
                    .map(|item| process(item, &builder, args))
                    .collect()
            });
            let mut rows = Vec::new();
            for o in outcomes {
                match o {
                    Outcome::Row {
                        line,
                        language,
                        empty,
                    } => {
                        if empty {
                            summary.pages += 1;
                            summary.empty += 1;
                        } else {
                            summary.kept(language);
                        }
                        if let Some(l) = line {
                            rows.extend_from_slice(&l);
                        }
                    }
                    Outcome::Skipped => summary.skipped += 1,
                    Outcome::Failed(f) => {
                        summary.pages += 1;
                        summary.errors += 1;
                        report(&f, summary.errors, &progress, errors_out.as_mut());
                    }
                }
            }
            if row_tx.send(rows).is_err() {
                break;
            }
            progress.update(chunk.bytes, summary.pages, summary.errors);
        }
        drop(row_tx);
        writer
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("writer thread panicked")))
    });
    // Bytes read again after a resync are not input: never report more than the inputs' size.
    summary.bytes = match counter.load(Ordering::Relaxed) {
        n if total > 0 => n.min(total),
        n => n,
    };
    progress.update(summary.bytes, summary.pages, summary.errors);
    progress.finish();
    if let Some(w) = errors_out.as_mut()
        && let Err(e) = w.flush()
    {
        eprintln!("pageclean: errors file: {e}");
    }
    if let Err(e) = result {
        return fatal(&format!("{}: {e}", args.output.display()));
    }
    if !args.quiet {
        eprint!("{}", summary.report(progress.elapsed()));
    }
    if summary.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn fatal(msg: &str) -> ExitCode {
    eprintln!("pageclean: {msg}");
    ExitCode::from(3)
}

fn report(
    f: &Failure,
    n: u64,
    progress: &Progress,
    errors_out: Option<&mut std::io::BufWriter<std::fs::File>>,
) {
    if n <= MAX_PRINTED_FAILURES {
        progress.println(&format!("pageclean: {}: {}", f.id, f.error));
    } else if n == MAX_PRINTED_FAILURES + 1 {
        progress
            .println("pageclean: further failures are counted, not printed (see --errors FILE)");
    }
    if let Some(w) = errors_out {
        let row = serde_json::json!({"id": f.id, "input": f.input, "error": f.error});
        let _ = writeln!(w, "{row}");
    }
}

fn process(item: Item, builder: &CleanerBuilder, args: &BatchArgs) -> Outcome {
    let page = match item {
        Item::Page(p) => p,
        Item::Failed(f) => return Outcome::Failed(f),
        Item::Skipped => return Outcome::Skipped,
    };
    let cleaned = catch_unwind(AssertUnwindSafe(|| clean(&page, builder, args)));
    cleaned.unwrap_or_else(|_| {
        Outcome::Failed(Failure {
            id: page.id.clone(),
            input: String::new(),
            error: "internal error: the cleaner panicked".into(),
        })
    })
}

fn clean(page: &Page, builder: &CleanerBuilder, args: &BatchArgs) -> Outcome {
    let mut b = builder.clone();
    if let Some(ct) = page
        .content_type
        .as_ref()
        .or(args.options.content_type.as_ref())
    {
        b = b.content_type(ct.clone());
    }
    if let Some(u) = page.url.as_ref().or(args.options.url.as_ref()) {
        b = b.url(u.clone());
    }
    if let Some(k) = page.kind {
        b = b.input_kind(k);
    }
    match b.build().clean(&page.body) {
        Ok(doc) => {
            let empty = doc.blocks.is_empty();
            let line = (!empty || args.keep_empty).then(|| {
                let mut l =
                    serde_json::to_vec(&output::row(page, &doc, args.removed)).unwrap_or_default();
                l.push(b'\n');
                l
            });
            Outcome::Row {
                line,
                language: doc.language.map(|l| l.code()),
                empty,
            }
        }
        Err(e) => Outcome::Failed(Failure {
            id: page.id.clone(),
            input: String::new(),
            error: e.to_string(),
        }),
    }
}
