//! Guards against pages that would make parsing superlinear or memory-hungry.
//!
//! HTML tree construction checks "element in scope" against the stack of
//! open elements, so a page of 100,000 nested `<div>`s costs time quadratic
//! in its depth. Before parsing, one linear scan estimates the nesting depth
//! and the element count; a page over the limits is read as text instead
//! (tags stripped), a documented degraded result rather than a stall.

/// Default for [`crate::CleanerBuilder::max_depth`].
pub const DEFAULT_MAX_DEPTH: usize = 2048;
/// Default for [`crate::CleanerBuilder::max_elements`].
pub const DEFAULT_MAX_ELEMENTS: usize = 200_000;

/// Elements that never raise the depth: void elements, which never hold
/// content, and elements closed implicitly by their next sibling, which do
/// not nest (`p`, `li`, `td`...). Names are matched case-insensitively.
fn never_nests(name: &[u8]) -> bool {
    let mut low = [0u8; 8];
    if name.len() > low.len() {
        return false;
    }
    for (d, s) in low.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    matches!(
        &low[..name.len()],
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
            | b"keygen"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"option"
            | b"tr"
            | b"td"
            | b"th"
            | b"!doctype"
    )
}

/// Bytes read as part of a tag name: ASCII letters and digits, and `!`.
static NAME_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'!';
        c += 1;
    }
    t
};

/// What the scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Deepest nesting of open container elements, estimated.
    pub depth: usize,
    /// Start tags.
    pub elements: usize,
}

/// One pass over the markup: counts start tags and tracks how deep open
/// container elements nest. Comments and raw text are not skipped exactly;
/// the figures are estimates for limits, not a parse. SIMD searches
/// (`memchr`) find each `<` and the end of each container's start tag.
pub(crate) fn shape(html: &str) -> Shape {
    let b = html.as_bytes();
    let mut depth: usize = 0;
    let mut max_depth = 0;
    let mut elements = 0;
    for p in memchr::memchr_iter(b'<', b) {
        let start = p + 1;
        let close = b.get(start) == Some(&b'/');
        let name_start = if close { start + 1 } else { start };
        let mut j = name_start;
        let end = b.len().min(name_start + 16);
        while j < end && NAME_BYTES[usize::from(b[j])] {
            j += 1;
        }
        if j == name_start || !b[name_start].is_ascii_alphabetic() && b[name_start] != b'!' {
            continue;
        }
        if close {
            depth = depth.saturating_sub(1);
            continue;
        }
        elements += 1;
        if never_nests(&b[name_start..j]) {
            continue;
        }
        let window = &b[j..b.len().min(j + 512)];
        let self_closed =
            memchr::memchr(b'>', window).is_some_and(|e| e > 0 && b[j + e - 1] == b'/');
        if !self_closed {
            depth += 1;
            max_depth = max_depth.max(depth);
        }
    }
    Shape {
        depth: max_depth,
        elements,
    }
}

/// Text of markup with tags, comments, scripts and styles removed and
/// character references left for repair; block tags become line breaks.
pub(crate) fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(p) = rest.find('<') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let lower: String = rest
            .chars()
            .take(10)
            .collect::<String>()
            .to_ascii_lowercase();
        let end_marker = if lower.starts_with("<!--") {
            Some("-->")
        } else if lower.starts_with("<script") {
            Some("</script")
        } else if lower.starts_with("<style") {
            Some("</style")
        } else {
            None
        };
        if let Some(m) = end_marker {
            rest = match find_ci(rest, m) {
                Some(e) => {
                    let after = &rest[e + m.len()..];
                    // `</script >`: skip to the end of the closing tag.
                    if m == "-->" {
                        after
                    } else {
                        after.find('>').map_or("", |g| &after[g + 1..])
                    }
                }
                None => "",
            };
            continue;
        }
        match rest.find('>') {
            Some(e) => {
                let tag = &lower[1..];
                if ["p", "div", "br", "li", "h", "tr", "/p", "/div", "/li", "/h"]
                    .iter()
                    .any(|t| tag.starts_with(t))
                {
                    out.push('\n');
                } else {
                    out.push(' ');
                }
                rest = &rest[e + 1..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_counts_depth_and_elements() {
        let s = shape("<html><body><div><p>a<p>b<br><img src=x /></div></body></html>");
        assert_eq!(s.depth, 3);
        assert_eq!(s.elements, 7);
        let deep = "<div>".repeat(5000);
        assert_eq!(shape(&deep).depth, 5000);
    }

    #[test]
    fn strips() {
        let t = strip_tags("<p>One <b>two</b></p><script>x<y</script><!-- c --><div>three</div>");
        assert_eq!(
            t.split_whitespace().collect::<Vec<_>>(),
            ["One", "two", "three"]
        );
    }
}
