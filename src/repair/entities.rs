//! Character references: standard decoding (each reference decoded by
//! `htmlize`, which follows the HTML standard exactly: names with and without
//! `;`, numeric references, the windows-1252 remapping of `&#150;`, invalid
//! code points), plus the broken forms earlier tools leave behind: spaced
//! (`& # 171;`, `&# 171 ;`, `& laquo;`), and double or triple escaped
//! (`&amp;#171;`, `&amp;amp;quot;`).
//!
//! # Rules for text that only looks like a reference
//! - A spaced form is decoded only when a `;` ends it and, for names, when the
//!   name is a real reference: `& laquo;` yes, `& so on;` no.
//! - An escaped ampersand (`&amp;`) followed by a complete reference with its
//!   `;` is one more level of escaping and is decoded again; `&amp;copy`
//!   without `;` stays `&copy`.
//! - A named reference without `;` that stands alone as a word inside running text
//!   (whitespace on both sides and more text after it, as in `x &amp y` or
//!   `Q &amp A`) is left as written. The HTML standard decodes such legacy
//!   forms inside markup, but text reaching this step was already extracted:
//!   the parser has decoded the references the markup held, so a bare
//!   `&amp` between words is literal text. Attached forms (`caf&eacute`,
//!   `&notit`) and references at the end of the text are decoded as the
//!   standard says.
//! - Spaces that a spaced form put inside guillemets or quotes
//!   (`& # 171; word & # 187;`) are removed with it: `«word»`.

use std::borrow::Cow;

/// Longest reference name looked at (the longest HTML name has 32 letters).
const MAX_NAME: usize = 40;
/// Longest run of spaces bridged inside a spaced reference.
const MAX_GAP: usize = 4;
/// Nesting of `&amp;` re-escaping undone (`&amp;amp;amp;quot;` is three).
const MAX_DEPTH: usize = 4;

/// Sentinels around a protected character: `\u{FDD0}` hex `\u{FDD1}`.
const OPEN: char = '\u{FDD0}';
const CLOSE: char = '\u{FDD1}';

/// Decodes character references, including broken and multiply escaped ones.
///
/// Text without `&` is returned borrowed. Prose ampersands stay: `AT&T`,
/// `Tom & Jerry`, `x &amp y`.
///
/// ```
/// use pageclean::repair::decode_entities;
/// assert_eq!(decode_entities("& # 171; word & # 187; &amp;quot;q&amp;quot;"), "«word» \"q\"");
/// assert_eq!(decode_entities("caf&eacute; AT&T x &amp y"), "café AT&T x &amp y");
/// ```
#[must_use]
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    decode(text, |_| false)
}

/// Like [`decode_entities`], but characters for which `protect` is true are
/// written as sentinels that later steps leave alone; [`unprotect`] turns them
/// into the characters. An explicit reference is what its author wanted
/// (`&nbsp;` is a no-break space, `&shy;` a soft hyphen), whereas the same
/// characters arriving raw are usually debris.
pub(super) fn decode_protecting(text: &str, protect: fn(char) -> bool) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    if has_sentinel(text) {
        return decode_entities(text);
    }
    decode(text, protect)
}

/// Whether `text` holds [`OPEN`] or [`CLOSE`] (`EF B7 90`, `EF B7 91`),
/// found by their rare lead byte.
fn has_sentinel(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(0xEF, b)
        .any(|i| b.get(i + 1) == Some(&0xB7) && matches!(b.get(i + 2), Some(0x90 | 0x91)))
}

/// Replaces the sentinels written by [`decode_protecting`] with their characters.
pub(super) fn unprotect(text: &str) -> Cow<'_, str> {
    if !text.contains(OPEN) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find(OPEN) {
        out.push_str(&rest[..p]);
        let after = &rest[p + OPEN.len_utf8()..];
        let Some(q) = after.find(CLOSE) else {
            out.push_str(&rest[p..]);
            rest = "";
            break;
        };
        match u32::from_str_radix(&after[..q], 16)
            .ok()
            .and_then(char::from_u32)
        {
            Some(c) => out.push(c),
            None => out.push_str(&rest[p..p + OPEN.len_utf8() + q + CLOSE.len_utf8()]),
        }
        rest = &after[q + CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn decode(text: &str, protect: fn(char) -> bool) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let b = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'&') {
        let amp = i + p;
        let Some(r) = reference(text, amp + 1, false, 0) else {
            i = amp + 1;
            continue;
        };
        if out.capacity() == 0 {
            out.reserve(text.len());
        }
        out.push_str(&text[copied..amp]);
        let mut end = r.end;
        let mut buf = [0u8; 4];
        let decoded = r.decoded.as_str(&mut buf);
        if r.spaced && is_closing(decoded) {
            let kept = out.trim_end_matches([' ', '\t']).len();
            out.truncate(kept);
        }
        for c in decoded.chars() {
            if protect(c) {
                use std::fmt::Write as _;
                // Writing to a String cannot fail.
                let _ = write!(out, "{OPEN}{:X}{CLOSE}", u32::from(c));
            } else {
                out.push(c);
            }
        }
        if r.spaced && is_opening(decoded) {
            end += b[end..]
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
        }
        copied = end;
        i = end;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

fn is_opening(s: &str) -> bool {
    matches!(s, "«" | "‹" | "„" | "“")
}

fn is_closing(s: &str) -> bool {
    matches!(s, "»" | "›" | "”")
}

/// A reference found in the text.
struct Ref {
    /// What it decodes to.
    decoded: Decoded,
    /// Byte offset just past it.
    end: usize,
    /// Whether spaces inside it were bridged.
    spaced: bool,
}

/// What a reference decodes to: mostly one character, sometimes more
/// (`&NotEqualTilde;`, or a name decoded in part with the text after it).
enum Decoded {
    Char(char),
    Text(String),
}

impl Decoded {
    fn as_str<'a>(&'a self, buf: &'a mut [u8; 4]) -> &'a str {
        match self {
            Decoded::Char(c) => c.encode_utf8(buf),
            Decoded::Text(t) => t,
        }
    }
}

/// Parses a reference whose `&` ends just before `at`. `strict` requires the
/// closing `;` (references re-escaped as `&amp;...`).
fn reference(text: &str, at: usize, strict: bool, depth: usize) -> Option<Ref> {
    let r = spaced(text, at).or_else(|| plain(text, at, strict))?;
    // `&amp;` followed by a complete reference: one more level of escaping.
    let ends_with_semicolon = text.as_bytes().get(r.end.wrapping_sub(1)) == Some(&b';');
    if matches!(r.decoded, Decoded::Char('&'))
        && ends_with_semicolon
        && depth < MAX_DEPTH
        && let Some(inner) = reference(text, r.end, true, depth + 1)
    {
        return Some(Ref {
            spaced: r.spaced || inner.spaced,
            ..inner
        });
    }
    Some(r)
}

/// The length of the run of digits (hex digits when `hex`) that opens `b`,
/// counting at most `limit` bytes.
fn digit_run(b: &[u8], hex: bool, limit: usize) -> usize {
    let digit = |c: &&u8| {
        if hex {
            c.is_ascii_hexdigit()
        } else {
            c.is_ascii_digit()
        }
    };
    b.iter().take(limit).take_while(digit).count()
}

/// A reference written without spaces, decoded by the HTML standard's rules.
fn plain(text: &str, at: usize, strict: bool) -> Option<Ref> {
    let b = text.as_bytes();
    let mut j = at;
    if b.get(j) == Some(&b'#') {
        j += 1;
        let hex = matches!(b.get(j), Some(b'x' | b'X'));
        if hex {
            j += 1;
        }
        j += digit_run(&b[j..], hex, usize::MAX);
    } else {
        j += b[j..]
            .iter()
            .take(MAX_NAME)
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
    }
    if j == at {
        return None;
    }
    let semicolon = b.get(j) == Some(&b';');
    if semicolon {
        j += 1;
    } else if strict || b[at] != b'#' && standalone_word(b, at - 1, j) {
        // A numeric reference is never prose (`&#8211 something`); a bare
        // name standing alone may be (`x &amp y`).
        return None;
    }
    Some(Ref {
        decoded: decode_one(&text[at..j])?,
        end: j,
        spaced: false,
    })
}

/// Decodes `&` followed by `body` (a name or `#` and a number, with its `;`
/// if written) as the HTML standard does in text; `None` when nothing is
/// decoded.
fn decode_one(body: &str) -> Option<Decoded> {
    if let Some(c) = plain_number(body) {
        return Some(Decoded::Char(c));
    }
    // The commonest names, as the standard decodes them.
    let common = match body {
        "amp;" => Some('&'),
        "lt;" => Some('<'),
        "gt;" => Some('>'),
        "quot;" => Some('"'),
        "apos;" => Some('\''),
        "nbsp;" => Some('\u{A0}'),
        _ => None,
    };
    if let Some(c) = common {
        return Some(Decoded::Char(c));
    }
    let mut buf = [0u8; 2 * MAX_NAME];
    let span: Cow<'_, str> = match buf.get_mut(..=body.len()) {
        Some(span) => {
            span[0] = b'&';
            span[1..].copy_from_slice(body.as_bytes());
            Cow::Borrowed(std::str::from_utf8(span).ok()?)
        }
        None => Cow::Owned(format!("&{body}")),
    };
    match htmlize::unescape(span.as_ref()) {
        Cow::Owned(decoded) if decoded != span => {
            let mut chars = decoded.chars();
            Some(match (chars.next(), chars.next()) {
                (Some(c), None) => Decoded::Char(c),
                _ => Decoded::Text(decoded),
            })
        }
        _ => None,
    }
}

/// A numeric reference (`#171`, `#xAB;`) to an ordinary character, which the
/// standard decodes as that character; `None` for every other reference
/// (controls, the windows-1252 remapping, surrogates, noncharacters, out of
/// range), which `htmlize` decodes.
fn plain_number(body: &str) -> Option<char> {
    let digits = body.strip_prefix('#')?;
    let digits = digits.strip_suffix(';').unwrap_or(digits);
    let (digits, radix) = match digits.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16),
        None => (digits, 10),
    };
    if digits.is_empty() || digits.len() > 7 {
        return None;
    }
    let u = u32::from_str_radix(digits, radix).ok()?;
    let ordinary = matches!(u, 0x20..=0x7E | 0xA0..=0xD7FF | 0xE000..=0xFDCF | 0xFDF0..=0x10_FFFF)
        && u & 0xFFFE != 0xFFFE;
    if ordinary { char::from_u32(u) } else { None }
}

/// True when `b[start..end]` has whitespace on both sides and text after it.
fn standalone_word(b: &[u8], start: usize, end: usize) -> bool {
    let before = start > 0 && b[start - 1].is_ascii_whitespace();
    let after = b.get(end).is_some_and(u8::is_ascii_whitespace)
        && b[end..].iter().any(|c| !c.is_ascii_whitespace());
    before && after
}

/// A reference with spaces inside (`& # 171;`, `&# 171 ;`, `& laquo;`); it
/// must end with `;`. `None` when no space was bridged.
fn spaced(text: &str, at: usize) -> Option<Ref> {
    let b = text.as_bytes();
    // Cheap test first: a space or tab before the `;` that must end it.
    let window = &b[at..b.len().min(at + 2 * MAX_GAP + MAX_NAME)];
    let semi = window.iter().position(|&c| c == b';')?;
    if !window[..semi].iter().any(|&c| c == b' ' || c == b'\t') {
        return None;
    }
    let skip = |j: usize| {
        j + b[j..]
            .iter()
            .take(MAX_GAP)
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count()
    };
    let mut j = skip(at);
    let mut bridged = j > at;
    // The reference without its spaces and without `&`.
    let mut canon = String::new();
    if b.get(j) == Some(&b'#') {
        canon.push('#');
        let k = skip(j + 1);
        bridged |= k > j + 1;
        j = k;
        let hex = matches!(b.get(j), Some(b'x' | b'X'));
        if hex {
            canon.push('x');
            let k = skip(j + 1);
            bridged |= k > j + 1;
            j = k;
        }
        let start = j;
        j += digit_run(&b[j..], hex, 8);
        if j == start {
            return None;
        }
        canon.push_str(&text[start..j]);
    } else {
        let start = j;
        j += b[j..]
            .iter()
            .take(MAX_NAME)
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if j == start || !b[start].is_ascii_alphabetic() {
            return None;
        }
        canon.push_str(&text[start..j]);
    }
    let k = skip(j);
    if b.get(k) != Some(&b';') {
        return None;
    }
    bridged |= k > j;
    if !bridged {
        return None;
    }
    canon.push(';');
    let decoded = decode_one(&canon)?;
    // A name decoded only in part (`& notit;`) is not a reference.
    if decoded.as_str(&mut [0; 4]).ends_with(';') {
        return None;
    }
    Some(Ref {
        decoded,
        end: k + 1,
        spaced: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_and_broken_forms() {
        let cases = [
            ("&laquo;x&raquo;", "«x»"),
            (
                "& # 171; security guarantees & # 187; next",
                "«security guarantees» next",
            ),
            ("&# 171 ;a& #187;", "«a»"),
            ("& laquo;b& raquo;", "«b»"),
            ("&amp;quot;q&amp;quot;", "\"q\""),
            ("&amp;amp;#171;", "«"),
            ("&amp;amp;amp;quot;", "\""),
            ("&#150;", "\u{2013}"),
            ("caf&eacute", "café"),
            ("I'm &notit", "I'm ¬it"),
            ("&amp", "&"),
            ("&lt;p&gt;", "<p>"),
            ("&amp;copy", "&copy"),
            ("& semi; &# 59; &semi;", "& semi; &# 59; ;"),
        ];
        for (i, o) in cases {
            assert_eq!(decode_entities(i), o, "{i}");
        }
    }

    #[test]
    fn prose_ampersands_stay() {
        for s in [
            "AT&T",
            "Tom & Jerry",
            "R& D",
            "& so on;",
            "x &amp y",
            "Q &lt A",
        ] {
            assert_eq!(decode_entities(s), s);
        }
    }

    #[test]
    fn protects_and_restores() {
        let p = decode_protecting("a&nbsp;b&eacute;", |c| c == '\u{A0}');
        assert!(!p.contains('\u{A0}'));
        assert_eq!(unprotect(&p), "a\u{A0}bé");
    }
}
