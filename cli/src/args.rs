//! Command-line arguments: the `clean` and `batch` subcommands and the
//! cleaning options they share.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use pageclean::{Cleaner, CleanerBuilder, InputKind, Target};

/// Turns scraped web pages into clean body text, in any language.
#[derive(Debug, Parser)]
#[command(
    name = "pageclean",
    version,
    about,
    long_about = "Turns scraped web pages (HTML or extracted text, any encoding, any \
language) into clean body text: title, language, encoding and paragraphs, with \
menus, share bars, comment forms and other chrome removed.\n\n\
`pageclean clean` prints one page or a few; `pageclean batch` cleans whole \
crawls (directories of pages, JSONL datasets, WARC and WET archives) in parallel \
into one JSONL file.",
    after_help = "Run `pageclean clean --help` or `pageclean batch --help` for the \
options and examples of each command."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Clean a few pages and print their text, JSON or Markdown.
    #[command(after_help = CLEAN_EXAMPLES)]
    Clean(CleanArgs),
    /// Clean directories, JSONL files and WARC/WET archives into one JSONL file.
    #[command(after_help = BATCH_EXAMPLES)]
    Batch(BatchArgs),
}

const CLEAN_EXAMPLES: &str = "\
Examples:
  pageclean clean page.html
  curl -s https://example.org/ | pageclean clean --url https://example.org/ -
  pageclean clean --json --removed page.html
  pageclean clean --format markdown --lang en page.html > page.md

Exit status: 0 when every page was cleaned, 1 when a page could not be read or
cleaned (the others are still printed), 2 for a usage error.";

const BATCH_EXAMPLES: &str = "\
Inputs (the kind is told by the name; override with --input-format):
  DIR                       every file below it is one page (id: its path)
  *.jsonl *.ndjson [.gz|.zst]  one page per line in --field (other fields are
                            carried into the output row); `-` reads JSONL on stdin
  *.warc *.warc.gz *.wet *.wet.gz  response records with an HTML payload (charset
                            hint from the HTTP Content-Type), resource records
                            with HTML, and WET conversion records (read as text)
  any other file            one page

Output: one JSON object per page, in input order: id, source (the URL), hostname,
title, author, date, source-hostname (site name), excerpt, categories, tags,
image, pagetype, language, encoding, text, paragraphs, removed (with --removed),
then the carried JSONL fields. Names as in trafilatura's JSON output where they
mean the same. Compressed when OUT ends in .gz or .zst.

Examples:
  pageclean batch CC-MAIN-*.warc.gz -o pages.jsonl.zst
  pageclean batch -j 8 --lang de crawl/ -o de.jsonl.gz
  pageclean batch --field html --id-field doc_id rows.jsonl.gz -o clean.jsonl
  pageclean batch --removed --keep-empty site.warc -o - | jq .title

A record that cannot be read or cleaned (a broken record, a truncated gzip
member, an oversized page) is reported on stderr with its id and counted; the
batch goes on. A progress bar is drawn when stderr is a terminal; a summary is
printed at the end (--quiet hides both).

Pages that clean to an empty body are counted and left out (--keep-empty keeps
them); records that are not pages (requests, metadata, redirects, images) are
counted as skipped.

Exit status: 0 when every page was read and cleaned, 1 when any page or input
failed (the rest is still written), 2 for a usage error, 3 when the output
could not be written (the batch stopped).";

/// Options that configure the cleaner, shared by both subcommands.
#[derive(Debug, Args, Clone)]
pub struct CleanOptions {
    /// Language to keep: a two-letter code (`en`, `ru`), `main` for the page's
    /// main language, or `all` for every language.
    #[arg(long, value_name = "LANG", default_value = "main")]
    pub lang: String,

    /// Keep reader comments in the body.
    #[arg(long)]
    pub keep_comments: bool,

    /// Transport Content-Type of the pages, used as a charset hint
    /// (`text/html; charset=koi8-r`). In batch mode a record's own HTTP
    /// header takes precedence.
    #[arg(long, value_name = "TYPE")]
    pub content_type: Option<String>,

    /// URL of the page; its top-level domain is a hint for charset detection.
    /// In batch mode a record's own URL takes precedence.
    #[arg(long)]
    pub url: Option<String>,

    /// Pages larger than this many bytes are refused (counted as errors).
    #[arg(long, value_name = "BYTES", default_value_t = pageclean::DEFAULT_MAX_INPUT_BYTES)]
    pub max_input_bytes: usize,

    /// Read pages as HTML or as text instead of sniffing.
    #[arg(long, value_enum, default_value_t = KindArg::Auto)]
    pub input_kind: KindArg,
}

/// How to read a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Sniff: markup is parsed as HTML, anything else read as text.
    Auto,
    /// Always parse as HTML.
    Html,
    /// Always read as text (WET records, dataset rows).
    Text,
}

impl CleanOptions {
    /// A builder with these options; per-page hints are added by the caller.
    ///
    /// # Errors
    /// A message when the language code is unknown.
    pub fn builder(&self) -> Result<CleanerBuilder, String> {
        let target = match self.lang.as_str() {
            "main" => Target::Main,
            "all" => Target::All,
            code => Target::only(code).ok_or_else(|| format!("unknown language code {code:?}"))?,
        };
        let mut b = Cleaner::builder()
            .language(target)
            .keep_comments(self.keep_comments)
            .max_input_bytes(self.max_input_bytes);
        b = match self.input_kind {
            KindArg::Auto => b,
            KindArg::Html => b.input_kind(InputKind::Html),
            KindArg::Text => b.input_kind(InputKind::Text),
        };
        Ok(b)
    }
}

/// Output format of `pageclean clean`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The title, then paragraphs separated by blank lines.
    Text,
    /// One JSON object per page, one per line (the batch row format).
    Json,
    /// Markdown: headings, lists, quotes, code blocks and tables.
    Markdown,
}

/// Arguments of `pageclean clean`.
#[derive(Debug, Args)]
pub struct CleanArgs {
    /// Files to clean; `-` reads one page from stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Same as `--format json`.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// With JSON output, list every removed block with its reason.
    #[arg(long)]
    pub removed: bool,

    /// Cleaning options.
    #[command(flatten)]
    pub options: CleanOptions,
}

/// How to read a batch input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Tell by the name: directory, `.jsonl`/`.ndjson`, `.warc`/`.wet`, else one page.
    Auto,
    /// A directory of pages, or one page.
    Pages,
    /// JSON lines.
    Jsonl,
    /// WARC or WET, plain or gzip.
    Warc,
}

/// Arguments of `pageclean batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Directories, JSONL files, WARC/WET files; `-` reads JSONL from stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output JSONL file, gzip- or zstd-compressed when it ends in `.gz` or
    /// `.zst`; `-` writes to stdout.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: PathBuf,

    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,

    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub input_format: InputFormat,

    /// JSONL: the field that holds the page (HTML or text).
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub field: String,

    /// JSONL: the field used as the row id (else `FILE:LINE`).
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_field: String,

    /// JSONL: the field that holds the page URL, used as a hint and as `source`.
    #[arg(long, value_name = "NAME", default_value = "url")]
    pub url_field: String,

    /// Add each page's removed blocks (`text`, `reason`) to its row.
    #[arg(long)]
    pub removed: bool,

    /// Also write rows for pages whose body came out empty.
    #[arg(long)]
    pub keep_empty: bool,

    /// Pages read ahead and cleaned together; bounds memory together with
    /// --max-input-bytes.
    #[arg(long, value_name = "N", default_value_t = 256)]
    pub chunk: usize,

    /// Also write every failure as a JSON line (`id`, `input`, `error`) here.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,

    /// No progress bar and no summary; failures are still reported.
    #[arg(long, short = 'q')]
    pub quiet: bool,

    /// Cleaning options.
    #[command(flatten)]
    pub options: CleanOptions,
}
