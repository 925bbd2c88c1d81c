//! In-band declarations: the HTML standard's `<meta>` prescan, the XML
//! declaration and `Content-Type` values.
//!
//! [`declared`] follows "prescan a byte stream to determine its encoding"
//! step by step: comments are skipped, `<meta>` attributes are read with
//! "get an attribute" (first occurrence of a name wins, names and values
//! lower-cased), `http-equiv=content-type` must accompany a `content`
//! charset, UTF-16 declarations mean UTF-8 and `x-user-defined` means
//! windows-1252; other tags, `<!...>`, `</...>` and `<?...>` are skipped so
//! that a `charset=` inside them declares nothing. Two deliberate
//! departures: the scan looks at [`PRESCAN_BYTES`] rather than the
//! suggested 1024 (scraped pages often carry long heads), and when no
//! `<meta>` is found an XML declaration at the very start is read, as the
//! standard's "get an XML encoding" does.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};

use super::Source;
use super::label::encoding_for_label;

/// How far into the document the prescan looks (the standard suggests 1024).
pub const PRESCAN_BYTES: usize = 4096;

/// The charset named by a `Content-Type` value (`text/html; charset="koi8-r"`).
pub(crate) fn charset_from_content_type(value: &str) -> Option<&'static Encoding> {
    charset_from_meta_content(value.as_bytes())
}

/// The encoding declared inside the document, if any, and which kind of
/// declaration said so.
pub(crate) fn declared(bytes: &[u8]) -> Option<(&'static Encoding, Source)> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    // UTF-16 XML without a byte order mark (`<?x` as 16-bit units).
    if head.starts_with(b"<\0?\0x\0") {
        return Some((UTF_16LE, Source::Xml));
    }
    if head.starts_with(b"\0<\0?\0x") {
        return Some((UTF_16BE, Source::Xml));
    }
    if let Some(enc) = xml_declaration(head) {
        return Some((enc, Source::Xml));
    }
    meta_prescan(head).map(|e| (e, Source::Meta))
}

fn is_space(b: u8) -> bool {
    matches!(b, 0x09 | 0x0A | 0x0C | 0x0D | 0x20)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// "Get an XML encoding": `<?xml` at the very start, `encoding`, optional
/// spaces, `=`, optional spaces, a quoted label without spaces.
fn xml_declaration(head: &[u8]) -> Option<&'static Encoding> {
    let rest = head.strip_prefix(b"<?xml")?;
    let end = rest.iter().position(|&b| b == b'>')?;
    let decl = &rest[..end];
    let mut i = find(decl, b"encoding")? + 8;
    while decl.get(i).is_some_and(|&b| b <= 0x20) {
        i += 1;
    }
    if decl.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    while decl.get(i).is_some_and(|&b| b <= 0x20) {
        i += 1;
    }
    let q = *decl.get(i)?;
    if q != b'"' && q != b'\'' {
        return None;
    }
    let len = decl[i + 1..].iter().position(|&b| b == q)?;
    let label = &decl[i + 1..i + 1 + len];
    if label.iter().any(|&b| b <= 0x20) {
        return None;
    }
    encoding_for_label(label).map(utf16_means_utf8)
}

/// UTF-16 named in ASCII-compatible bytes means UTF-8; `x-user-defined`
/// means windows-1252 (both rules from the prescan).
fn utf16_means_utf8(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else if enc == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    }
}

/// The prescan loop over `head`.
fn meta_prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < head.len() {
        let rest = &head[pos..];
        if rest.starts_with(b"<!--") {
            // The `-->` may share its dashes with the opening `<!--`.
            pos = pos + 2 + find(&rest[2..], b"-->")? + 3;
            continue;
        }
        if rest.len() > 5 && rest[1..5].eq_ignore_ascii_case(b"meta") && rest[0] == b'<' {
            let after = rest[5];
            if is_space(after) || after == b'/' {
                let mut cur = pos + 5;
                match meta_element(head, &mut cur) {
                    MetaOutcome::Found(enc) => return Some(enc),
                    MetaOutcome::Nothing => {
                        pos = cur + 1;
                        continue;
                    }
                    MetaOutcome::EndOfInput => return None,
                }
            }
        }
        if rest.first() == Some(&b'<') {
            let tag_start = match rest.get(1) {
                Some(b) if b.is_ascii_alphabetic() => Some(1),
                Some(b'/') if rest.get(2).is_some_and(u8::is_ascii_alphabetic) => Some(2),
                _ => None,
            };
            if let Some(skip) = tag_start {
                // Skip the tag name, then every attribute, so that a
                // `charset=` inside another tag's value declares nothing.
                let mut cur = pos + skip;
                while cur < head.len() && !is_space(head[cur]) && head[cur] != b'>' {
                    cur += 1;
                }
                loop {
                    match attribute(head, &mut cur) {
                        AttrOutcome::Attr(..) => {}
                        AttrOutcome::NoMore => break,
                        AttrOutcome::EndOfInput => return None,
                    }
                }
                pos = cur + 1;
                continue;
            }
            if matches!(rest.get(1), Some(b'!' | b'/' | b'?')) {
                pos = pos + 1 + rest[1..].iter().position(|&b| b == b'>')? + 1;
                continue;
            }
        }
        pos += 1;
    }
    None
}

enum MetaOutcome {
    Found(&'static Encoding),
    Nothing,
    EndOfInput,
}

/// The `<meta>` branch of the prescan; `cur` starts at the byte after
/// `<meta` and ends on the tag's `>`.
fn meta_element(head: &[u8], cur: &mut usize) -> MetaOutcome {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    // `None`: no charset yet; `Some(None)`: a `charset` that named nothing.
    let mut charset: Option<Option<&'static Encoding>> = None;
    loop {
        let (name, value) = match attribute(head, cur) {
            AttrOutcome::Attr(name, value) => (name, value),
            AttrOutcome::NoMore => break,
            AttrOutcome::EndOfInput => return MetaOutcome::EndOfInput,
        };
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" if value == b"content-type" => got_pragma = true,
            b"content" if charset.is_none() => {
                if let Some(enc) = charset_from_meta_content(&value) {
                    charset = Some(Some(enc));
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Some(encoding_for_label(&value));
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    match (need_pragma, charset) {
        (Some(true), _) if !got_pragma => MetaOutcome::Nothing,
        (Some(_), Some(Some(enc))) => MetaOutcome::Found(utf16_means_utf8(enc)),
        _ => MetaOutcome::Nothing,
    }
}

enum AttrOutcome {
    /// A lower-cased name and value.
    Attr(Vec<u8>, Vec<u8>),
    /// The tag ended (`cur` is on its `>`).
    NoMore,
    /// The bytes ran out inside the tag.
    EndOfInput,
}

/// The standard's "get an attribute", moving `cur` past what it read.
fn attribute(s: &[u8], cur: &mut usize) -> AttrOutcome {
    let at = |i: usize| s.get(i).copied();
    let mut i = *cur;
    while at(i).is_some_and(|b| is_space(b) || b == b'/') {
        i += 1;
    }
    match at(i) {
        None => return AttrOutcome::EndOfInput,
        Some(b'>') => {
            *cur = i;
            return AttrOutcome::NoMore;
        }
        Some(_) => {}
    }
    let mut name = Vec::new();
    let mut value = Vec::new();
    // The name.
    loop {
        let Some(b) = at(i) else {
            return AttrOutcome::EndOfInput;
        };
        if b == b'=' && !name.is_empty() {
            i += 1;
            break;
        }
        if is_space(b) {
            while at(i).is_some_and(is_space) {
                i += 1;
            }
            if at(i) != Some(b'=') {
                *cur = i;
                return AttrOutcome::Attr(name, value);
            }
            i += 1;
            break;
        }
        if b == b'/' || b == b'>' {
            *cur = i;
            return AttrOutcome::Attr(name, value);
        }
        name.push(b.to_ascii_lowercase());
        i += 1;
    }
    while at(i).is_some_and(is_space) {
        i += 1;
    }
    // The value.
    match at(i) {
        None => return AttrOutcome::EndOfInput,
        Some(q @ (b'"' | b'\'')) => {
            i += 1;
            loop {
                match at(i) {
                    None => return AttrOutcome::EndOfInput,
                    Some(b) if b == q => {
                        *cur = i + 1;
                        return AttrOutcome::Attr(name, value);
                    }
                    Some(b) => value.push(b.to_ascii_lowercase()),
                }
                i += 1;
            }
        }
        Some(b'>') => {
            *cur = i;
            return AttrOutcome::Attr(name, value);
        }
        Some(b) => {
            value.push(b.to_ascii_lowercase());
            i += 1;
        }
    }
    loop {
        match at(i) {
            None => return AttrOutcome::EndOfInput,
            Some(b) if is_space(b) || b == b'>' => {
                *cur = i;
                return AttrOutcome::Attr(name, value);
            }
            Some(b) => value.push(b.to_ascii_lowercase()),
        }
        i += 1;
    }
}

/// "Extracting a character encoding from a meta element": the first
/// `charset` followed (after spaces) by `=`, then a quoted or bare label.
fn charset_from_meta_content(s: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    loop {
        let found = s[pos..]
            .windows(7)
            .position(|w| w.eq_ignore_ascii_case(b"charset"))?;
        let mut i = pos + found + 7;
        while s.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        if s.get(i) != Some(&b'=') {
            pos = i;
            continue;
        }
        i += 1;
        while s.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        let rest = &s[i..];
        let label = match rest.first() {
            Some(&q @ (b'"' | b'\'')) => {
                let end = rest[1..].iter().position(|&b| b == q)?;
                &rest[1..1 + end]
            }
            _ => {
                let end = rest
                    .iter()
                    .position(|&b| is_space(b) || b == b';')
                    .unwrap_or(rest.len());
                &rest[..end]
            }
        };
        return encoding_for_label(label);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<&'static str> {
        declared(s.as_bytes()).map(|(e, _)| e.name())
    }

    #[test]
    fn meta_forms() {
        assert_eq!(d("<meta charset='windows-1251'>"), Some("windows-1251"));
        assert_eq!(d("<meta charset=koi8-r >"), Some("KOI8-R"));
        // An unquoted value runs to a space or `>`: the label is `koi8-r/`.
        assert_eq!(d("<meta charset=koi8-r/>"), None);
        assert_eq!(
            d(r#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">"#),
            Some("Shift_JIS")
        );
        assert_eq!(
            d(r#"<meta content="text/html; charset=euc-kr" http-equiv=content-type>"#),
            Some("EUC-KR")
        );
        assert_eq!(
            d(r#"<?xml version="1.0" encoding="ISO-8859-2"?>"#),
            Some("ISO-8859-2")
        );
    }

    #[test]
    fn content_needs_pragma() {
        assert_eq!(d(r#"<meta content="text/html; charset=koi8-r">"#), None);
        assert_eq!(d(r#"<meta name=x content="charset=koi8-r">"#), None);
    }

    #[test]
    fn comments_and_other_tags_hide_declarations() {
        assert_eq!(d("<!-- <meta charset=koi8-r> --><p>x"), None);
        assert_eq!(d("<!--><meta charset=koi8-r>"), Some("KOI8-R"));
        assert_eq!(d(r#"<a title="<meta charset=koi8-r>">x</a>"#), None);
        assert_eq!(d("<!DOCTYPE html><meta charset=gbk>"), Some("GBK"));
        assert_eq!(d("</p charset=gbk><meta charset=big5>"), Some("Big5"));
    }

    #[test]
    fn first_attribute_wins_and_special_labels() {
        assert_eq!(d("<meta charset=gbk charset=big5>"), Some("GBK"));
        assert_eq!(d("<meta charset=utf-16le>"), Some("UTF-8"));
        assert_eq!(d("<meta charset=x-user-defined>"), Some("windows-1252"));
        assert_eq!(d("<meta charset=bogus>"), None);
    }

    #[test]
    fn content_value_forms() {
        let c = |s: &str| charset_from_meta_content(s.as_bytes()).map(|e| e.name());
        assert_eq!(c("text/html; charset = 'koi8-r'"), Some("KOI8-R"));
        assert_eq!(c("charsetx; charset=gbk;x"), Some("GBK"));
        assert_eq!(c("charset=\"gbk"), None);
    }

    #[test]
    fn truncated_meta_declares_nothing() {
        assert_eq!(d("<meta charset=\"koi8-r"), None);
    }

    #[test]
    fn bomless_utf16_xml() {
        assert_eq!(declared(b"<\0?\0x\0m\0l\0").map(|(e, _)| e), Some(UTF_16LE));
    }
}
