//! Bytes to text: which encoding a page is in, why, and decoding it.
//!
//! [`detect`] returns a [`Detection`]: the encoding, the [`Source`] of the
//! decision and a confidence. [`decode`] turns the bytes into text with
//! `encoding_rs` and never fails: undecodable bytes become U+FFFD and
//! [`Decoded::had_errors`] says so.
//!
//! # Order of evidence
//!
//! The order is the WHATWG encoding sniffing algorithm's, with the
//! statistical step spelled out:
//!
//! 1. A byte order mark ([`Source::Bom`]).
//! 2. The transport `Content-Type` the caller passes in [`Hints`]
//!    ([`Source::Header`]).
//! 3. The in-document declaration: an XML declaration at the very start
//!    ([`Source::Xml`]) or the HTML standard's `<meta>` prescan
//!    ([`Source::Meta`]), over the first [`PRESCAN_BYTES`]. Labels are the
//!    WHATWG ones plus a few common others (`maccyrillic`, `macroman`).
//! 4. The bytes ([`Source::Statistical`]): BOM-less UTF-16 (zero bytes on one
//!    parity), valid UTF-8, ISO-2022-JP escapes, then legacy encodings.
//! 5. Nothing to go on, pure ASCII: UTF-8 ([`Source::Default`]).
//!
//! A declaration is measured against the bytes, not obeyed blindly: UTF-8
//! declared on bytes that are not UTF-8 is dropped; a legacy encoding
//! declared on valid multi-byte UTF-8 yields UTF-8; a legacy declaration
//! under which more than 2% of the non-ASCII characters are malformed is
//! dropped; a declared Cyrillic or Latin single-byte encoding that the
//! language models find far less likely (by 2 nats per non-ASCII byte) than
//! another gives way to it.
//!
//! # Legacy encodings
//!
//! Statistical detection reads a digest of the sample: the words that
//! contain non-ASCII bytes, since every byte pair that tells legacy
//! encodings apart has a non-ASCII byte in it. Two opinions are combined:
//!
//! - character-bigram language models of Russian, Ukrainian, Bulgarian and
//!   seventeen Latin-script languages, built from short texts written for
//!   this crate (`text/*.txt`), which score windows-1251, KOI8-R, KOI8-U,
//!   IBM866, ISO-8859-5, x-mac-cyrillic, windows-1252, macintosh,
//!   windows-1250 and ISO-8859-2 with case patterns, script mixing and the
//!   context of punctuation and currency signs (`’` between letters, `£`
//!   before digits);
//! - `chardetng`, which knows every legacy encoding of the web (CJK, Greek,
//!   Hebrew, Arabic, Thai, Turkish, Baltic) but refuses the Mac encodings.
//!
//! When the models' best reading is Cyrillic and fits well, it is taken
//! without `chardetng`. Otherwise `chardetng` guesses; when it names an
//! encoding the models cover, the models choose among all they cover.
//!
//! # Performance
//!
//! Detection looks at the first [`SAMPLE_BYTES`] only; valid UTF-8 is
//! recognised by one validation pass. The language models rank at most
//! 1 KiB of a 4 KiB digest, and `chardetng` reads the digest in 256-byte steps and
//! stops when two successive guesses agree. Models and tables are built once,
//! on first use (about a millisecond).
//!
//! # Untrusted input
//!
//! Any bytes are accepted; work is bounded by [`SAMPLE_BYTES`] and
//! [`PRESCAN_BYTES`] whatever the input length, and nothing panics on
//! malformed markup or truncated characters.

mod label;
mod model;
mod prescan;
mod single_byte;
mod sniff;
mod statistical;
mod utf16;
mod verify;

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

use sniff::Utf8;

pub use encoding_rs;
pub use prescan::PRESCAN_BYTES;

/// Where the chosen encoding came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Source {
    /// A byte order mark at the start of the input.
    Bom,
    /// The transport `Content-Type` passed in [`Hints::content_type`].
    Header,
    /// An HTML `<meta charset>` or `<meta http-equiv>` declaration.
    Meta,
    /// An XML declaration (`<?xml version="1.0" encoding="...">`).
    Xml,
    /// The bytes themselves: valid UTF-8, or statistical detection.
    Statistical,
    /// Nothing to go on (empty or pure ASCII input): the default, UTF-8.
    Default,
}

impl Source {
    /// A stable lower-case name (`"meta"`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Bom => "bom",
            Source::Header => "header",
            Source::Meta => "meta",
            Source::Xml => "xml",
            Source::Statistical => "statistical",
            Source::Default => "default",
        }
    }
}

/// What the caller knows about the bytes from outside them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Hints<'a> {
    /// The HTTP `Content-Type` header value (`text/html; charset=koi8-r`).
    pub content_type: Option<&'a str>,
    /// The top-level domain of the page's URL (`"ru"`), a prior for detection.
    pub tld: Option<&'a [u8]>,
}

impl<'a> Hints<'a> {
    /// Hints from a `Content-Type` value and a URL, either optional.
    #[must_use]
    pub fn new(content_type: Option<&'a str>, url: Option<&'a str>) -> Self {
        Hints {
            content_type,
            tld: url.and_then(tld_of),
        }
    }
}

fn tld_of(url: &str) -> Option<&[u8]> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let tld = host.rsplit('.').next()?;
    (!tld.is_empty() && tld.bytes().all(|b| b.is_ascii_alphabetic())).then_some(tld.as_bytes())
}

/// The decision: an encoding, where it came from, and how sure it is.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Detection {
    /// The encoding to decode with.
    pub encoding: &'static Encoding,
    /// Why this encoding was chosen.
    pub source: Source,
    /// 0.0 to 1.0: 1.0 for a BOM or valid non-ASCII UTF-8, lower for guesses.
    pub confidence: f32,
}

/// Decoded text and whether replacement characters were needed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decoded<'a> {
    /// The text; borrowed when the input was valid UTF-8 without a BOM.
    pub text: Cow<'a, str>,
    /// True when some bytes could not be decoded and became U+FFFD.
    pub had_errors: bool,
}

/// How many bytes of the input detection looks at.
pub const SAMPLE_BYTES: usize = 64 * 1024;

/// Decides the encoding of `bytes`.
///
/// ```
/// use pageclean::charset::{detect, Hints, Source};
/// let d = detect(b"<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4", &Hints::default());
/// assert_eq!(d.encoding.name(), "KOI8-R");
/// assert_eq!(d.source, Source::Meta);
/// ```
#[must_use]
pub fn detect(bytes: &[u8], hints: &Hints<'_>) -> Detection {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return Detection {
            encoding: enc,
            source: Source::Bom,
            confidence: 1.0,
        };
    }
    let truncated = bytes.len() > SAMPLE_BYTES;
    let sample = &bytes[..bytes.len().min(SAMPLE_BYTES)];
    let declared = hints
        .content_type
        .and_then(prescan::charset_from_content_type)
        .map(|e| (e, Source::Header))
        .or_else(|| prescan::declared(sample));
    if let Some((enc, source)) = declared
        && let Some(d) = verify::declared(enc, source, sample, truncated)
    {
        return d;
    }
    undeclared(sample, truncated, hints.tld)
}

/// Detection from the bytes alone.
fn undeclared(sample: &[u8], truncated: bool, tld: Option<&[u8]>) -> Detection {
    if let Some(enc) = utf16::detect(sample) {
        return Detection {
            encoding: enc,
            source: Source::Statistical,
            confidence: 0.9,
        };
    }
    match sniff::utf8_verdict(sample, truncated) {
        Utf8::Valid => Detection {
            encoding: UTF_8,
            source: Source::Statistical,
            confidence: 1.0,
        },
        Utf8::Ascii if sniff::has_iso_2022_jp_escapes(sample) => Detection {
            encoding: encoding_rs::ISO_2022_JP,
            source: Source::Statistical,
            confidence: 0.95,
        },
        Utf8::Ascii => Detection {
            encoding: UTF_8,
            source: Source::Default,
            confidence: 0.5,
        },
        Utf8::Invalid => statistical::legacy(sample, truncated, tld),
    }
}

/// Decodes `bytes` with the detected encoding, removing a BOM if present.
///
/// Never fails: malformed sequences become U+FFFD and set
/// [`Decoded::had_errors`]. Borrows when the input is valid UTF-8.
#[must_use]
pub fn decode<'a>(bytes: &'a [u8], detection: &Detection) -> Decoded<'a> {
    let (text, _, had_errors) = detection.encoding.decode(bytes);
    Decoded { text, had_errors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let d = detect(
            b"\xef\xbb\xbfhi",
            &Hints::new(Some("text/html; charset=koi8-r"), None),
        );
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Bom));
    }

    #[test]
    fn legacy_declaration_on_utf8_loses() {
        let page = "<meta charset=windows-1252><p>Привет, мир</p>";
        let d = detect(page.as_bytes(), &Hints::default());
        assert_eq!(d.encoding, UTF_8);
    }

    #[test]
    fn undeclared_cyrillic_is_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("Пожалуйста, введите ваш комментарий! Это очень важно для нас всех.");
        let d = detect(&bytes, &Hints::default());
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1251);
        assert_eq!(d.source, Source::Statistical);
    }

    #[test]
    fn header_hint_is_used() {
        let d = detect(
            b"caf\xe9",
            &Hints::new(Some("text/plain; charset=ISO-8859-1"), None),
        );
        assert_eq!(
            (d.encoding, d.source),
            (encoding_rs::WINDOWS_1252, Source::Header)
        );
    }

    #[test]
    fn tld_parsed() {
        assert_eq!(tld_of("https://news.example.ru/a/b"), Some(&b"ru"[..]));
        assert_eq!(tld_of("http://[::1]/"), None);
    }
}
