//! Batch inputs: what a page to clean is, how inputs are told apart, and the
//! readers that turn directories, JSONL files and WARC/WET archives into pages.

pub mod dir;
pub mod jsonl;
pub mod warc;

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use pageclean::InputKind;
use serde_json::{Map, Value};

use crate::args::InputFormat;

/// One page to clean, with what its container said about it.
#[derive(Debug, Default)]
pub struct Page {
    /// Record id, row id or path: how the page is named in the output and in errors.
    pub id: String,
    /// The page URL, when known.
    pub url: Option<String>,
    /// The transport `Content-Type` (charset hint), when known.
    pub content_type: Option<String>,
    /// Forced reading mode (WET records are text).
    pub kind: Option<InputKind>,
    /// The page bytes.
    pub body: Vec<u8>,
    /// Fields carried through from a JSONL row.
    pub extra: Option<Map<String, Value>>,
}

/// A page or a record that could not become one.
#[derive(Debug)]
pub enum Item {
    /// A page to clean.
    Page(Page),
    /// A record that failed before cleaning: broken, truncated, oversized.
    Failed(Failure),
    /// A record that is not a page (a request, metadata, an image response).
    Skipped,
}

/// A record or input that failed, named so that it can be found again.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The record id, row id or path (with an offset where no id was readable).
    pub id: String,
    /// The input file it came from.
    pub input: String,
    /// What went wrong.
    pub error: String,
}

/// The reader side was told to stop (the output side failed).
#[derive(Debug)]
pub struct Stopped;

/// Where readers hand their items; blocks when the workers are behind.
pub type Emit<'a> = dyn FnMut(Item) -> Result<(), Stopped> + 'a;

/// One input and how to read it.
#[derive(Debug, Clone)]
pub enum Source {
    /// A directory of pages, or a single page file.
    Pages(PathBuf),
    /// JSON lines (`-` is stdin).
    Jsonl(PathBuf),
    /// A WARC or WET file.
    Warc(PathBuf),
}

impl Source {
    /// Tells how to read `path`, by `format` or else by its name.
    #[must_use]
    pub fn classify(path: &Path, format: InputFormat) -> Source {
        let p = path.to_path_buf();
        match format {
            InputFormat::Pages => return Source::Pages(p),
            InputFormat::Jsonl => return Source::Jsonl(p),
            InputFormat::Warc => return Source::Warc(p),
            InputFormat::Auto => {}
        }
        if path.as_os_str() == "-" {
            return Source::Jsonl(p);
        }
        if path.is_dir() {
            return Source::Pages(p);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let base = strip_compression(&name);
        if base.ends_with(".jsonl") || base.ends_with(".ndjson") || base.ends_with(".json") {
            Source::Jsonl(p)
        } else if base.ends_with(".warc") || base.ends_with(".wet") || base.ends_with(".arc") {
            Source::Warc(p)
        } else {
            Source::Pages(p)
        }
    }

    /// The bytes this input will read (for the progress bar); 0 for stdin.
    #[must_use]
    pub fn size(&self) -> u64 {
        match self {
            Source::Pages(p) => dir::size(p),
            Source::Jsonl(p) | Source::Warc(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
        }
    }

    /// The path as given.
    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            Source::Pages(p) | Source::Jsonl(p) | Source::Warc(p) => p,
        }
    }
}

/// A file name without a trailing `.gz` or `.zst`.
#[must_use]
pub fn strip_compression(name: &str) -> &str {
    name.strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(name)
}

/// Settings the readers need.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Records larger than this are reported as failures without being read whole.
    pub max_bytes: usize,
    /// JSONL: the field holding the page.
    pub field: String,
    /// JSONL: the field holding the row id.
    pub id_field: String,
    /// JSONL: the field holding the URL.
    pub url_field: String,
}

/// Reads every item of `source`, counting raw bytes read in `counter`.
///
/// An input that cannot be opened is emitted as one failure.
///
/// # Errors
/// [`Stopped`] when `emit` says so.
pub fn read(
    source: &Source,
    opts: &ReadOptions,
    counter: &Arc<AtomicU64>,
    emit: &mut Emit<'_>,
) -> Result<(), Stopped> {
    let result = match source {
        Source::Pages(p) => dir::read(p, opts, counter, emit),
        Source::Jsonl(p) => jsonl::read(p, opts, counter, emit),
        Source::Warc(p) => warc::read(p, opts, counter, emit),
    };
    match result {
        Ok(r) => r,
        Err(e) => emit(Item::Failed(Failure {
            id: source.path().display().to_string(),
            input: source.path().display().to_string(),
            error: e.to_string(),
        })),
    }
}

/// A reader that adds every byte it reads to a shared counter.
#[derive(Debug)]
pub struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R> Counting<R> {
    /// Wraps `inner`.
    pub fn new(inner: R, counter: Arc<AtomicU64>) -> Self {
        Counting { inner, counter }
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl<R: io::Seek> io::Seek for Counting<R> {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        self.inner.seek(pos)
    }
}
