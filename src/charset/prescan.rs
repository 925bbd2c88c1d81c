//! In-band declarations: the HTML `<meta>` prescan, the XML declaration and
//! `Content-Type` values.

use encoding_rs::Encoding;

use super::Source;

/// How far into the document the prescan looks (the HTML standard uses 1024).
const PRESCAN_BYTES: usize = 4096;

/// The charset named by a `Content-Type` value (`text/html; charset="koi8-r"`).
pub(crate) fn charset_from_content_type(value: &str) -> Option<&'static Encoding> {
    charset_param(value.as_bytes())
}

/// The HTML standard's "extract a character encoding from a meta element":
/// finds `charset`, skips spaces and `=`, reads a quoted or bare label.
fn charset_param(value: &[u8]) -> Option<&'static Encoding> {
    let lower = value.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + 7;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            from = from + pos + 7;
            continue;
        }
        i += 1;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        let rest = &value[i..];
        let label = match rest.first() {
            Some(&q @ (b'"' | b'\'')) => {
                let end = rest[1..].iter().position(|&b| b == q)?;
                &rest[1..1 + end]
            }
            _ => {
                let end = rest
                    .iter()
                    .position(|&b| b.is_ascii_whitespace() || b == b';')
                    .unwrap_or(rest.len());
                &rest[..end]
            }
        };
        return Encoding::for_label(label);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The encoding declared inside the document, if any: an XML declaration at
/// the very start, or a `<meta>` in the first bytes.
pub(crate) fn declared(bytes: &[u8]) -> Option<(&'static Encoding, Source)> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    xml_declaration(head)
        .map(|e| (e, Source::Xml))
        .or_else(|| meta_prescan(head).map(|e| (e, Source::Meta)))
}

fn xml_declaration(head: &[u8]) -> Option<&'static Encoding> {
    let rest = head.strip_prefix(b"<?xml")?;
    let end = find(rest, b"?>")?;
    let decl = &rest[..end];
    let pos = find(decl, b"encoding")?;
    let mut i = pos + 8;
    while i < decl.len() && (decl[i].is_ascii_whitespace() || decl[i] == b'=') {
        i += 1;
    }
    let q = *decl.get(i)?;
    if q != b'"' && q != b'\'' {
        return None;
    }
    let label_end = decl[i + 1..].iter().position(|&b| b == q)?;
    Encoding::for_label(&decl[i + 1..i + 1 + label_end])
}

/// A simplified form of the HTML standard's prescan: walks tags, skips
/// comments, and reads `<meta charset>` or `<meta http-equiv=content-type
/// content="...charset=...">`.
fn meta_prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < head.len() {
        if head[i] != b'<' {
            i += 1;
            continue;
        }
        if head[i..].starts_with(b"<!--") {
            i = find(&head[i + 4..], b"-->").map_or(head.len(), |p| i + 4 + p + 3);
            continue;
        }
        let tag_end = head[i..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |p| i + p);
        let tag = &head[i..tag_end];
        if tag.len() > 5
            && tag[1..5].eq_ignore_ascii_case(b"meta")
            && (tag[5].is_ascii_whitespace() || tag[5] == b'/')
            && let Some(enc) = meta_tag_charset(&tag[5..])
        {
            return Some(enc);
        }
        i = tag_end + 1;
    }
    None
}

fn meta_tag_charset(attrs: &[u8]) -> Option<&'static Encoding> {
    let mut charset = None;
    let mut content = None;
    let mut http_equiv_ct = false;
    for (name, value) in Attributes(attrs) {
        if name.eq_ignore_ascii_case(b"charset") && charset.is_none() {
            charset = Encoding::for_label(value.trim_ascii());
        } else if name.eq_ignore_ascii_case(b"content") && content.is_none() {
            content = Some(value);
        } else if name.eq_ignore_ascii_case(b"http-equiv") {
            http_equiv_ct = value.trim_ascii().eq_ignore_ascii_case(b"content-type");
        }
    }
    charset.or_else(|| {
        if http_equiv_ct {
            content.and_then(charset_param)
        } else {
            None
        }
    })
}

/// Iterates `name=value` pairs of a tag's attribute text.
struct Attributes<'a>(&'a [u8]);

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let s = self.0;
        let mut i = 0;
        while i < s.len() && (s[i].is_ascii_whitespace() || s[i] == b'/') {
            i += 1;
        }
        if i >= s.len() {
            return None;
        }
        let name_start = i;
        while i < s.len() && !s[i].is_ascii_whitespace() && s[i] != b'=' && s[i] != b'/' {
            i += 1;
        }
        let name = &s[name_start..i];
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        if s.get(i) != Some(&b'=') {
            self.0 = &s[i..];
            return Some((name, &[]));
        }
        i += 1;
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        let value = match s.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = s[i + 1..]
                    .iter()
                    .position(|&b| b == q)
                    .map_or(s.len(), |p| i + 1 + p);
                let v = &s[i + 1..end];
                i = (end + 1).min(s.len());
                v
            }
            _ => {
                let start = i;
                while i < s.len() && !s[i].is_ascii_whitespace() {
                    i += 1;
                }
                &s[start..i]
            }
        };
        self.0 = &s[i..];
        Some((name, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_forms() {
        let d = |s: &str| declared(s.as_bytes()).map(|(e, _)| e.name());
        assert_eq!(d("<meta charset='windows-1251'>"), Some("windows-1251"));
        assert_eq!(
            d(r#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">"#),
            Some("Shift_JIS")
        );
        assert_eq!(d("<!-- <meta charset=koi8-r> --><p>x"), None);
        assert_eq!(
            d(r#"<?xml version="1.0" encoding="ISO-8859-2"?>"#),
            Some("ISO-8859-2")
        );
    }
}
