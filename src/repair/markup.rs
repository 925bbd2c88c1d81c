//! Markup left in text by earlier tools: `< p>`, `</ p>`, `<br / >`, `<p>`.
//! Only tags with a known HTML element name are removed, so prose such as
//! `a < b` or `x <y> z` stays.

use std::borrow::Cow;

/// Element names whose tags are removed when found in text.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "center",
    "cite",
    "code",
    "div",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "section",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "tr",
    "u",
    "ul",
    "article",
    "figure",
    "figcaption",
    "iframe",
    "label",
    "nobr",
    "s",
    "strike",
    "wbr",
];

/// Length of the longest name in [`TAGS`].
const LONGEST_NAME: usize = 10;

/// Longest attribute text a stray tag may carry.
const MAX_TAG_LEN: usize = 300;

/// Removes stray tags (`< p>`, `</ p>`, `<br / >`, `<a href="...">`) from text.
/// A paragraph, heading, list-item, row or `<br>` tag between text becomes a
/// line break (the text was broken there), another block-level tag a space,
/// an inline one nothing; no doubled space is left where a tag stood.
#[must_use]
pub fn strip_stray_tags(text: &str) -> Cow<'_, str> {
    if !text.contains('<') {
        return Cow::Borrowed(text);
    }
    let b = text.as_bytes();
    let mut out = String::new();
    // Whether `out` holds anything but spaces and line breaks, kept as it
    // grows (asking `out` each time would read it whole, once per tag).
    let mut has_text = false;
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + p;
        i = lt + 1;
        let Some((end, block)) = parse_tag(b, lt) else {
            continue;
        };
        if out.capacity() == 0 {
            out.reserve(text.len());
        }
        let piece = &text[copied..lt];
        has_text |= !piece.chars().all(is_space);
        out.push_str(piece);
        let mut end = end;
        let more = b[end..].iter().any(|c| !c.is_ascii_whitespace());
        if block == Break::Line && has_text && more {
            // A paragraph or line break between text: the text breaks there.
            let kept = out.trim_end_matches([' ', '\t']).len();
            out.truncate(kept);
            if !out.ends_with('\n') {
                out.push('\n');
            }
            end += b[end..]
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
        } else if out.is_empty() || out.ends_with(is_space) {
            // No doubled space where the tag stood, none at the start.
            end += b[end..]
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
        } else if block != Break::None && b.get(end).is_some_and(|&c| !c.is_ascii_whitespace()) {
            out.push(' ');
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

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\n'
}

/// What a removed tag leaves in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Break {
    /// Inline markup: nothing.
    None,
    /// Other block markup: a space between words.
    Space,
    /// Paragraphs, headings, list items, rows and `<br>`: a line break.
    Line,
}

fn parse_tag(b: &[u8], lt: usize) -> Option<(usize, Break)> {
    let mut j = lt + 1;
    let sp = |j: &mut usize| {
        while *j < b.len() && b[*j] == b' ' {
            *j += 1;
        }
    };
    sp(&mut j);
    let spaced = j > lt + 1;
    if b.get(j) == Some(&b'/') {
        j += 1;
        sp(&mut j);
    }
    let start = j;
    while j < b.len() && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    // The name in lowercase, in a buffer as long as the longest name.
    let mut buf = [0u8; LONGEST_NAME];
    let lower = buf.get_mut(..j - start)?;
    lower.copy_from_slice(&b[start..j]);
    lower.make_ascii_lowercase();
    let name = std::str::from_utf8(lower).ok()?;
    if !TAGS.contains(&name) {
        return None;
    }
    // `a < b > c` is prose: a spaced opening only for unambiguous names.
    if spaced && name.len() == 1 && name != "p" {
        return None;
    }
    match b.get(j) {
        Some(b'>' | b' ' | b'/') => {}
        _ => return None,
    }
    let limit = (j + MAX_TAG_LEN).min(b.len());
    let close = b[j..limit].iter().position(|&c| c == b'>' || c == b'<')?;
    if b[j + close] != b'>' {
        return None;
    }
    // `x <b and c>` in prose: an attribute-less tag must not hold loose words.
    let inner = &b[j..j + close];
    let inner_ok = inner.iter().all(|&c| c == b' ' || c == b'/')
        || inner.contains(&b'=')
        || name.len() > 1 && inner.trim_ascii() == b"/";
    if !inner_ok {
        return None;
    }
    let line = matches!(
        name,
        "p" | "div"
            | "br"
            | "hr"
            | "li"
            | "ul"
            | "ol"
            | "tr"
            | "table"
            | "blockquote"
            | "section"
            | "article"
            | "figure"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
    );
    let inline = matches!(
        name,
        "a" | "abbr"
            | "b"
            | "cite"
            | "code"
            | "em"
            | "font"
            | "i"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "u"
            | "s"
            | "strike"
            | "nobr"
            | "wbr"
            | "label"
    );
    let brk = if line {
        Break::Line
    } else if inline {
        Break::None
    } else {
        Break::Space
    };
    Some((j + close + 1, brk))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_stray_tags() {
        assert_eq!(strip_stray_tags("< p> However"), "However");
        assert_eq!(strip_stray_tags("end.</ p>"), "end.");
        assert_eq!(strip_stray_tags("went on < p>went"), "went on\nwent");
        assert_eq!(strip_stray_tags("one</p><p>two"), "one\ntwo");
        assert_eq!(strip_stray_tags("a<br / >b"), "a\nb");
        assert_eq!(strip_stray_tags("a <section>b"), "a\nb");
        assert_eq!(strip_stray_tags("a<center>b"), "a b");
        assert_eq!(strip_stray_tags("<strong>x</strong>"), "x");
        assert_eq!(strip_stray_tags(r#"<a href="/x">y</a>"#), "y");
    }

    #[test]
    fn names_fit() {
        assert_eq!(TAGS.iter().map(|t| t.len()).max(), Some(LONGEST_NAME));
    }

    #[test]
    fn prose_stays() {
        for s in [
            "a < b and c > d",
            "x <y> z",
            "if a<b then",
            "<b and c>",
            "I <3 u",
        ] {
            assert_eq!(strip_stray_tags(s), s);
        }
    }
}
