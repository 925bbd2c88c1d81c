//! # pageclean
//!
//! Turns scraped web pages into clean body text, in any language.
//!
//! Crawled pages arrive as bytes in unknown encodings, with markup and
//! character references broken by earlier tools (`& # 171;`, `&amp;quot;`,
//! `< p>`), mojibake (`Ð’ Ð¼Ð¸Ñ€Ðµ`), and site chrome around the article in
//! any language: menus, share bars, related posts, cookie notices, comment
//! forms. pageclean takes the bytes, HTML or already-extracted text (WET
//! records, dataset rows), and returns a [`Document`]: title, language,
//! encoding, body blocks with their kinds, and every removed block with the
//! reason it was removed.
//!
//! ```
//! let page = "example.ruНовостиRain returns to the coast\n\n\
//!     Rain returns to the coast\n\n\
//!     Forecasters said on Monday that & # 171;steady rain& # 187; will reach the coast by Friday.\n\n\
//!     ОСТАВЬТЕ ОТВЕТ";
//! let doc = pageclean::clean(page.as_bytes()).unwrap();
//! assert_eq!(doc.title.as_deref(), Some("Rain returns to the coast"));
//! assert_eq!(doc.text(), "Forecasters said on Monday that «steady rain» will reach the coast by Friday.");
//! ```
//!
//! ## The layers
//! Each layer is a module usable on its own, with a typed value between stages:
//! 1. [`charset`]: bytes to text (BOM, `Content-Type`, `<meta>`, statistics),
//!    reporting which encoding and why.
//! 2. [`repair`]: entities (standard and broken), stray tags, mojibake,
//!    invisible characters, NFC, whitespace.
//! 3. [`extract`] (HTML) or [`segment`] (text): blocks with features
//!    ([`candidate::Candidate`]).
//! 4. [`lang`]: script and language per block.
//! 5. [`boilerplate`]: body or chrome, by structure, a multilingual lexicon,
//!    language, title handling and context.
//!
//! [`Cleaner`] runs them in order with settings from [`CleanerBuilder`];
//! [`clean`] uses the defaults.
//!
//! ## Non-goals
//! No rendering or JavaScript execution, no network access, no boilerplate
//! model trained per site.
//!
//! # Untrusted input
//! Every input is assumed hostile. Inputs over
//! [`CleanerBuilder::max_input_bytes`] are refused with
//! [`Error::InputTooLarge`]; undecodable bytes become U+FFFD and are reported
//! in [`Document::had_decode_errors`]; the DOM is walked without recursion.
//! HTML parsing is superlinear in nesting depth (the tree builder checks
//! scopes against the stack of open elements), so markup nested deeper than
//! [`CleanerBuilder::max_depth`] or with more elements than
//! [`CleanerBuilder::max_elements`] is read as text with its tags stripped,
//! and [`Document::fallback`] says so. Every other stage is linear in the
//! input.
//!
//! # Panics
//! None of the public functions panic on any input. A panic is a bug.
//!
//! # Performance
//! One parse, one walk over the DOM, and repair steps that return borrowed
//! text when there is nothing to fix. See `benches/` for measured throughput.
//!
//! # Crate features
//! None yet: the library pulls only the parsing, encoding and normalization
//! crates it needs.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod boilerplate;
pub mod candidate;
pub mod charset;
mod cleaner;
mod document;
mod error;
pub mod extract;
pub mod lang;
mod limits;
pub mod meta;
pub mod repair;
pub mod segment;
mod skim;
mod swar;

pub use boilerplate::Target;
pub use cleaner::{Cleaner, CleanerBuilder, DEFAULT_MAX_INPUT_BYTES};
pub use document::{Block, BlockKind, Document, Fallback, InputKind, Reason, Removed};
pub use error::Error;
pub use lang::Lang;
pub use limits::{DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS};
pub use meta::{Metadata, PageType};

/// Cleans one page with the default settings.
///
/// # Errors
/// [`Error::InputTooLarge`] when the input exceeds [`DEFAULT_MAX_INPUT_BYTES`].
pub fn clean(bytes: &[u8]) -> Result<Document, Error> {
    Cleaner::default().clean(bytes)
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
