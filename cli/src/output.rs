//! What is written: JSON rows (field names shared with trafilatura's JSON
//! output where they mean the same), plain text and Markdown, and the
//! (optionally compressed) output file.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use pageclean::{BlockKind, Document};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::input::Page;

/// Our field names, in output order.
const FIELDS: [&str; 17] = [
    "id",
    "source",
    "hostname",
    "title",
    "author",
    "date",
    "source-hostname",
    "excerpt",
    "categories",
    "tags",
    "image",
    "pagetype",
    "language",
    "encoding",
    "text",
    "paragraphs",
    "removed",
];

/// The JSON row of a cleaned page.
///
/// `id`, `source` (the URL), `hostname`, `title`, `author`, `date`,
/// `source-hostname` (the site name), `excerpt` (the page's description),
/// `categories` and `tags` (joined with `;`), `image`, `pagetype`, `language`
/// and `text` are named and shaped as in trafilatura's JSON output;
/// `encoding`, `paragraphs` and `removed` are pageclean's own. Fields carried from a JSONL row follow;
/// one with the name of a field above is replaced by it.
#[derive(Debug, Serialize)]
pub struct Row<'a> {
    /// Record id, row id or path.
    pub id: &'a str,
    /// The page URL.
    pub source: Option<&'a str>,
    /// The URL's host.
    pub hostname: Option<&'a str>,
    /// The headline.
    pub title: Option<&'a str>,
    /// Author names joined with `, `.
    pub author: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The site or publication name.
    #[serde(rename = "source-hostname")]
    pub source_hostname: Option<&'a str>,
    /// The page's own summary.
    pub excerpt: Option<&'a str>,
    /// Sections and categories, joined with `;`.
    pub categories: Option<String>,
    /// Tags and keywords, joined with `;`.
    pub tags: Option<String>,
    /// The main image URL.
    pub image: Option<&'a str>,
    /// `article`, `listing`, `product`, `forum`, ...
    pub pagetype: &'static str,
    /// ISO 639-1 code of the body's main language.
    pub language: Option<&'static str>,
    /// The encoding the page was decoded with.
    pub encoding: &'static str,
    /// The body: paragraphs separated by blank lines.
    pub text: String,
    /// The body blocks.
    pub paragraphs: Vec<&'a str>,
    /// Removed blocks and why, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<RemovedRow<'a>>>,
    /// Carried JSONL fields.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A removed block in a [`Row`].
#[derive(Debug, Serialize)]
pub struct RemovedRow<'a> {
    /// Its text.
    pub text: &'a str,
    /// Why it was removed (`navigation`, `comment_form`, ...).
    pub reason: &'static str,
}

/// The row of `page` cleaned into `doc`.
#[must_use]
pub fn row<'a>(page: &'a Page, doc: &'a Document, with_removed: bool) -> Row<'a> {
    let meta = &doc.metadata;
    let mut extra = page.extra.clone().unwrap_or_default();
    for f in FIELDS {
        extra.remove(f);
    }
    Row {
        id: &page.id,
        source: page.url.as_deref(),
        hostname: page.url.as_deref().and_then(hostname),
        title: doc.title.as_deref(),
        author: meta.author(),
        date: meta.date.map(|d| d.iso()),
        source_hostname: meta.site_name.as_deref(),
        excerpt: meta.description.as_deref(),
        categories: joined(&meta.categories),
        tags: joined(&meta.tags),
        image: meta.image.as_deref(),
        pagetype: doc.page_type.as_str(),
        language: doc.language.map(|l| l.code()),
        encoding: doc.encoding(),
        text: doc.text(),
        paragraphs: doc.paragraphs().collect(),
        removed: with_removed.then(|| {
            doc.removed
                .iter()
                .map(|r| RemovedRow {
                    text: &r.text,
                    reason: r.reason.as_str(),
                })
                .collect()
        }),
        extra,
    }
}

/// `a;b;c`, or `None` for no items.
fn joined(items: &[String]) -> Option<String> {
    (!items.is_empty()).then(|| items.join(";"))
}

/// The host of a URL (`news.example.org`), without user, port or path.
#[must_use]
pub fn hostname(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next()?
    } else {
        host.split(':').next()?
    };
    (!host.is_empty()).then_some(host)
}

/// Title, blank line, then paragraphs separated by blank lines.
///
/// # Errors
/// Write errors.
pub fn write_text(out: &mut dyn Write, doc: &Document) -> io::Result<()> {
    if let Some(t) = &doc.title {
        writeln!(out, "{t}\n")?;
    }
    writeln!(out, "{}", doc.text())
}

/// The page as Markdown: `# title`, headings, lists, quotes, code and tables.
#[must_use]
pub fn markdown(doc: &Document) -> String {
    let mut out = String::new();
    if let Some(t) = &doc.title {
        out.push_str("# ");
        out.push_str(t);
        out.push_str("\n\n");
    }
    let mut prev: Option<BlockKind> = None;
    for b in &doc.blocks {
        let joined = matches!(
            (prev, b.kind),
            (Some(BlockKind::ListItem), BlockKind::ListItem)
                | (Some(BlockKind::TableRow), BlockKind::TableRow)
        );
        if prev.is_some() && !joined {
            out.push('\n');
        }
        match b.kind {
            BlockKind::Heading(level) => {
                out.push_str(&"#".repeat(usize::from(level.clamp(2, 6))));
                out.push(' ');
                out.push_str(&b.text);
            }
            BlockKind::ListItem => {
                out.push_str("- ");
                out.push_str(&b.text.replace('\n', "\n  "));
            }
            BlockKind::Quote => {
                out.push_str("> ");
                out.push_str(&b.text.replace('\n', "\n> "));
            }
            BlockKind::Preformatted => {
                out.push_str("```\n");
                out.push_str(&b.text);
                out.push_str("\n```");
            }
            BlockKind::TableRow => {
                let cells: Vec<&str> = b.text.split('\t').map(str::trim).collect();
                out.push_str("| ");
                out.push_str(&cells.join(" | ").replace('\n', " "));
                out.push_str(" |");
                if !joined {
                    out.push_str("\n|");
                    out.push_str(&" --- |".repeat(cells.len()));
                }
            }
            _ => out.push_str(&b.text),
        }
        out.push('\n');
        prev = Some(b.kind);
    }
    out
}

/// The batch output: stdout or a file, compressed by its extension.
pub enum Output {
    /// Written as is.
    Plain(BufWriter<Box<dyn Write + Send>>),
    /// `.gz`.
    Gzip(flate2::write::GzEncoder<BufWriter<std::fs::File>>),
    /// `.zst`.
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<std::fs::File>>),
}

impl Output {
    /// Creates `path` (`-` for stdout).
    ///
    /// # Errors
    /// When the file cannot be created.
    pub fn create(path: &Path) -> io::Result<Output> {
        if path.as_os_str() == "-" {
            return Ok(Output::Plain(BufWriter::new(Box::new(io::stdout()))));
        }
        let file = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
        let name = path.to_string_lossy().to_ascii_lowercase();
        Ok(if name.ends_with(".gz") {
            Output::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            ))
        } else if name.ends_with(".zst") {
            Output::Zstd(zstd::stream::write::Encoder::new(file, 3)?)
        } else {
            Output::Plain(BufWriter::new(Box::new(
                file.into_inner().map_err(|e| e.into_error())?,
            )))
        })
    }

    /// Flushes and ends the compressed stream.
    ///
    /// # Errors
    /// Write errors.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Output::Plain(mut w) => w.flush(),
            Output::Gzip(w) => w.finish()?.flush(),
            Output::Zstd(w) => w.finish()?.flush(),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Plain(w) => w.write(buf),
            Output::Gzip(w) => w.write(buf),
            Output::Zstd(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Plain(w) => w.flush(),
            Output::Gzip(w) => w.flush(),
            Output::Zstd(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostnames() {
        assert_eq!(
            hostname("https://user@news.example.org:8080/a?b"),
            Some("news.example.org")
        );
        assert_eq!(hostname("http://[::1]:80/"), Some("[::1]"));
        assert_eq!(hostname("example.org/path"), Some("example.org"));
        assert_eq!(hostname("https:///x"), None);
    }
}
