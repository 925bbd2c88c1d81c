//! Empties the bodies of `<script>` (JavaScript) and `<style>` elements, and
//! removes the attributes that nothing reads, before parsing.
//!
//! Scripts and style sheets are half the bytes of a typical news page, and
//! the HTML tokenizer reads them character by character, yet nothing
//! downstream reads them: the DOM walk skips both elements (JSON scripts,
//! `ld+json` and others, are kept). One scan with SIMD searches finds where
//! the tokenizer would end each body and copies the page without them; the
//! parsed tree is the same but for the emptied text.
//!
//! Comments lose their text, and so do `<noscript>` and `<iframe>`.
//!
//! A newline just after a tag becomes a space, until the first `<pre>` or
//! `<listing>` and outside SVG: the tokenizer emits a newline that opens a
//! run of text as a token of its own, which the tree builder then handles
//! apart, and pages put one after most tags. Outside preformatted text
//! nothing downstream tells a newline from a space, and the text keeps its
//! length.
//!
//! Attributes are most of what is left of a page once its scripts are gone
//! (`data-*`, `href`, `src`, `srcset`, SVG path data), and the tokenizer
//! reads their names character by character. Only those in
//! [`READ_ATTRIBUTES`] are kept, on the elements they are read on; the
//! others are cut from the start tag, name to end of value, which leaves the
//! tag's other attributes as they were.
//!
//! The scan follows the tokenizer: comments, doctypes and bogus comments,
//! tags with quoted attribute values, raw-text and RCDATA elements (`<xmp>`,
//! `<iframe>`, `<noembed>`, `<noframes>`, `<noscript>`, `<textarea>`,
//! `<title>`), and the escaped states of script data (`<!--` ... `<script>`
//! ... `-->`). Inside `<svg>` (foreign content) it keeps count of the open
//! elements, and once the outermost closes its whole body goes: nothing
//! reads inside an SVG image (the DOM walk skips it). Where the tree
//! builder could make the tokenizer diverge from this model (`<math>`, `<frameset>`,
//! `<plaintext>`, `<![CDATA[`, markup inside an SVG integration point, an
//! element breaking out of SVG, unbalanced SVG end tags) the scan stops and
//! the rest of the page is copied as it is.
//!
//! The content of a `<select>` is markup like any other: the tree builder
//! (html5ever 0.40, which follows the customizable `<select>` of the HTML
//! standard) has no "in select" insertion mode that would ignore start
//! tags such as `<style>` or `<svg>`. A `<select>` inside a heading stops
//! the scan, though: a select is a scope boundary, so a heading's end tag
//! inside it would leave the heading open while the scan counts it closed.
//!
//! Inside headings nothing is emptied: the headline is read from the text
//! of `<h1>` elements, style sheets included, and from where their links
//! point.

use std::borrow::Cow;

/// The page with the bodies of JavaScript `<script>` and of `<style>`
/// elements and the unread attributes removed; borrowed when there are none.
pub(crate) fn for_parsing(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut spaces: Vec<usize> = Vec::new();
    scan(b, &mut cuts, &mut spaces);
    if cuts.is_empty() && spaces.is_empty() {
        return Cow::Borrowed(html);
    }
    let removed: usize = cuts.iter().map(|(s, e)| e - s).sum();
    let mut out = String::with_capacity(html.len() - removed);
    let mut from = 0;
    let mut spaces = spaces.into_iter().peekable();
    for (s, e) in cuts.into_iter().chain(std::iter::once((b.len(), b.len()))) {
        // No newline read as a space lies inside a cut.
        while let Some(p) = spaces.next_if(|&p| p < s) {
            out.push_str(&html[from..p]);
            out.push(' ');
            from = p + 1;
        }
        out.push_str(&html[from..s]);
        from = e;
    }
    Cow::Owned(out)
}

/// Bytes that end a tag name or attribute name (after input preprocessing,
/// `\r` reads as `\n`).
fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// A parsed tag: its name and where it ends (after `>`).
struct Tag<'a> {
    name: &'a [u8],
    end: usize,
    self_closing: bool,
    /// The `type` attribute's value, for scripts.
    kind: Option<&'a [u8]>,
}

/// Attributes that something reads after parsing, each with the elements
/// it is read on (none listed: any element). The DOM walk reads `class`,
/// `id`, `role`, `style`, `hidden` and `aria-hidden` of every element and
/// the `type` of scripts; the metadata reader microdata and dates on any
/// element, and otherwise the head's `<meta>` and `<link>` tags, `<html
/// lang>`, author links and the values of shop buttons; the tree builder
/// reads `<input type>`, `<font color face size>` and `encoding`. Every
/// other attribute (`data-*`, `src`, `srcset`, `href` but on a canonical
/// `<link>`, SVG path data, event handlers) is removed before parsing. Code
/// that reads a new attribute, or one on another element, must add it here.
const READ_ATTRIBUTES: &[(&[u8], &[&[u8]])] = &[
    (b"class", &[]),
    (b"id", &[]),
    (b"role", &[]),
    (b"style", &[]),
    (b"hidden", &[]),
    (b"aria-hidden", &[]),
    (b"itemprop", &[]),
    (b"itemtype", &[]),
    (b"content", &[]),
    (b"datetime", &[]),
    (b"pubdate", &[]),
    (b"encoding", &[]),
    (b"property", &[b"meta"]),
    (b"name", &[b"meta"]),
    (b"http-equiv", &[b"meta"]),
    (b"charset", &[b"meta"]),
    (b"value", &[b"meta", b"button", b"input", b"a"]),
    (b"rel", &[b"link", b"a"]),
    (b"lang", &[b"html"]),
    (b"xml:lang", &[b"html"]),
    (b"type", &[b"script", b"input"]),
    (b"color", &[b"font"]),
    (b"face", &[b"font"]),
    (b"size", &[b"font"]),
];

/// Longest name in [`READ_ATTRIBUTES`].
const LONGEST_READ: usize = 11;

/// An attribute named `name` (as written) of an element named `element` is
/// read after parsing (`href` on a canonical `<link>` aside).
fn is_read(element: &[u8], name: &[u8]) -> bool {
    if name.len() > LONGEST_READ {
        return false;
    }
    let mut lower = [0u8; LONGEST_READ];
    let lower = &mut lower[..name.len()];
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    READ_ATTRIBUTES
        .iter()
        .find(|(n, _)| *n == &*lower)
        .is_some_and(|(_, on)| on.is_empty() || on.iter().any(|e| e.eq_ignore_ascii_case(element)))
}

/// Reads a start or end tag whose name starts at `i`, following the
/// tokenizer's tag, attribute name and attribute value states. `None` at the
/// end of input. The byte range of each attribute that nothing reads (name
/// to the end of its value) is pushed to `cuts` when `cuts` is given; `href`
/// is kept on a `<link>` whose `rel` names it canonical, the address the
/// metadata reads.
fn read_tag<'a>(
    b: &'a [u8],
    mut i: usize,
    mut cuts: Option<&mut Vec<(usize, usize)>>,
) -> Option<Tag<'a>> {
    let start = i;
    while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    let name = &b[start..i];
    // A link's `href` is read when it is the canonical address: its cuts
    // are made as the tag is read and undone at its end if a `rel` says so.
    let link = name.eq_ignore_ascii_case(b"link");
    let first_cut = cuts.as_deref().map_or(0, Vec::len);
    let mut canonical = false;
    let mut kind = None;
    let mut self_closing = false;
    loop {
        // Before attribute name.
        while i < b.len() && (is_space(b[i]) || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        match b.get(i)? {
            b'>' => {
                if canonical && let Some(c) = cuts.as_deref_mut() {
                    let mine = c.split_off(first_cut);
                    c.extend(mine.into_iter().filter(|&(s, _)| !is_href_at(b, s)));
                }
                return Some(Tag {
                    name,
                    end: i + 1,
                    self_closing,
                    kind,
                });
            }
            _ => self_closing = false,
        }
        // Attribute name: a leading `=` belongs to it.
        let name_start = i;
        i += 1;
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr = &b[name_start..i];
        // After a `/` the attribute keeps its place: without it the `/`
        // could meet a `>` and close the element.
        let unread = cuts.is_some() && b[name_start - 1] != b'/' && !is_read(name, attr);
        let name_end = i;
        // After attribute name.
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            if unread && let Some(c) = cuts.as_deref_mut() {
                c.push((name_start, name_end));
            }
            continue;
        }
        i += 1;
        // Before attribute value.
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        let value = match *b.get(i)? {
            q @ (b'"' | b'\'') => {
                let close = i + 1 + memchr::memchr(q, &b[i + 1..])?;
                let v = &b[i + 1..close];
                i = close + 1;
                v
            }
            b'>' => {
                // A missing value: the tag ends here.
                if unread && let Some(c) = cuts.as_deref_mut() {
                    c.push((name_start, i));
                }
                continue;
            }
            _ => {
                let s = i;
                while i < b.len() && !is_space(b[i]) && b[i] != b'>' {
                    i += 1;
                }
                &b[s..i]
            }
        };
        if unread && let Some(c) = cuts.as_deref_mut() {
            c.push((name_start, i));
        }
        if attr.eq_ignore_ascii_case(b"type") && kind.is_none() {
            kind = Some(value);
        }
        canonical |= link
            && attr.eq_ignore_ascii_case(b"rel")
            && value
                .windows(9)
                .any(|w| w.eq_ignore_ascii_case(b"canonical"));
    }
}

/// An attribute named `href` starts at `i` (a cut made by [`read_tag`]).
fn is_href_at(b: &[u8], i: usize) -> bool {
    b.get(i..i + 4)
        .is_some_and(|n| n.eq_ignore_ascii_case(b"href"))
        && b.get(i + 4)
            .is_none_or(|&c| is_space(c) || matches!(c, b'/' | b'>' | b'='))
}

/// `</name` followed by a byte that ends a tag name, from `i` on: where the
/// tokenizer's "appropriate end tag" closes a raw-text or RCDATA element.
fn find_end_tag(b: &[u8], mut i: usize, name: &[u8]) -> Option<usize> {
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let at = i + p;
        if is_end_tag_of(b, at, name) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// `b[at..]` is `</name` and then a space, `/` or `>`.
fn is_end_tag_of(b: &[u8], at: usize, name: &[u8]) -> bool {
    b.get(at + 1) == Some(&b'/') && starts_tag_named(b, at + 2, name)
}

/// `b[at..]` is `name` (any ASCII case) and then a space, `/` or `>`.
fn starts_tag_named(b: &[u8], at: usize, name: &[u8]) -> bool {
    let end = at + name.len();
    end < b.len()
        && b[at..end].eq_ignore_ascii_case(name)
        && (is_space(b[end]) || b[end] == b'/' || b[end] == b'>')
}

/// Where the body of a script that starts at `i` ends (the `<` of its end
/// tag), following the script data states with their escapes.
fn find_script_end(b: &[u8], mut i: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    // Dashes just read (inside the escaped states).
    let mut dashes = 0usize;
    while i < b.len() {
        if state == State::Data {
            let at = i + memchr::memchr(b'<', &b[i..])?;
            if is_end_tag_of(b, at, b"script") {
                return Some(at);
            }
            if b[at + 1..].starts_with(b"!--") {
                // "<!--": the escaped dash-dash state.
                state = State::Escaped;
                dashes = 2;
                i = at + 4;
            } else {
                i = at + 1;
            }
            continue;
        }
        match b[i] {
            b'-' => {
                dashes += 1;
                i += 1;
            }
            b'>' if dashes >= 2 => {
                state = State::Data;
                dashes = 0;
                i += 1;
            }
            b'<' => {
                dashes = 0;
                if state == State::Escaped && is_end_tag_of(b, i, b"script") {
                    return Some(i);
                }
                if state == State::Escaped && starts_tag_named(b, i + 1, b"script") {
                    state = State::DoubleEscaped;
                    i += 7;
                } else if state == State::DoubleEscaped && is_end_tag_of(b, i, b"script") {
                    state = State::Escaped;
                    i += 8;
                } else {
                    i += 1;
                }
            }
            _ => {
                dashes = 0;
                // Skip to the next byte that can matter.
                i += 1 + memchr::memchr3(b'-', b'<', b'>', &b[i + 1..]).unwrap_or(b.len() - i - 1);
            }
        }
    }
    None
}

/// A script whose body is JavaScript (no `type`, or a JavaScript or module
/// type): the only kind emptied. JSON and template scripts are kept.
fn is_javascript(kind: Option<&[u8]>) -> bool {
    let Some(t) = kind else { return true };
    let t = t.trim_ascii();
    t.is_empty()
        || t.eq_ignore_ascii_case(b"module")
        || t.windows(10).any(|w| w.eq_ignore_ascii_case(b"javascript"))
        || t.windows(10).any(|w| w.eq_ignore_ascii_case(b"ecmascript"))
}

/// Elements that make SVG content give way to HTML (the tree builder pops
/// out of foreign content), or whose content is HTML (integration points).
fn leaves_svg(name: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"b",
        b"big",
        b"blockquote",
        b"body",
        b"br",
        b"center",
        b"code",
        b"dd",
        b"div",
        b"dl",
        b"dt",
        b"em",
        b"embed",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"h5",
        b"h6",
        b"head",
        b"hr",
        b"i",
        b"img",
        b"li",
        b"listing",
        b"menu",
        b"meta",
        b"nobr",
        b"ol",
        b"p",
        b"pre",
        b"ruby",
        b"s",
        b"small",
        b"span",
        b"strong",
        b"strike",
        b"sub",
        b"sup",
        b"table",
        b"tt",
        b"u",
        b"ul",
        b"var",
        b"font",
        b"foreignobject",
        b"math",
        b"annotation-xml",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// `h1` to `h6`.
fn is_heading(name: &[u8]) -> bool {
    name.len() == 2 && matches!(name[0], b'h' | b'H') && (b'1'..=b'6').contains(&name[1])
}

/// A newline at `i`, just after a tag, is read as a space: the tokenizer
/// emits a newline that opens a run of text as a token of its own, and a
/// space it reads with the rest of the run. The text keeps its length (a
/// `\r\n` pair, one newline to the tokenizer, becomes one space).
fn newline_as_space(b: &[u8], i: usize, cuts: &mut Vec<(usize, usize)>, spaces: &mut Vec<usize>) {
    match b.get(i) {
        Some(b'\n') => spaces.push(i),
        Some(b'\r') => {
            spaces.push(i);
            if b.get(i + 1) == Some(&b'\n') {
                cuts.push((i + 1, i + 2));
            }
        }
        _ => {}
    }
}

/// Records in `cuts` the byte ranges to remove, in order, and in `spaces`
/// the newlines to read as spaces, in order.
fn scan(b: &[u8], cuts: &mut Vec<(usize, usize)>, spaces: &mut Vec<usize>) {
    let mut i = 0;
    // A `<pre>` or `<listing>` has been opened: from here on newlines may
    // be preformatted text, and stay.
    let mut pre = false;
    // Open SVG elements, innermost last (empty: HTML content).
    let mut svg: Vec<&[u8]> = Vec::new();
    // Where the body of the outermost open `<svg>` starts, and how many cuts
    // there were then: nothing reads inside an SVG image, so once it closes
    // its body goes in one cut.
    let mut svg_body: Option<(usize, usize)> = None;
    // Headings possibly open (at least as many as the tree builder has).
    let mut headings = 0usize;
    let close = memchr::memmem::Finder::new(b"-->");
    let bang = memchr::memmem::Finder::new(b"--!>");
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + p;
        match b.get(lt + 1) {
            Some(b'!') => {
                if b[lt + 2..].starts_with(b"--") {
                    let body = lt + 4;
                    let rest = &b[body..];
                    i = if rest.starts_with(b">") {
                        body + 1
                    } else if rest.starts_with(b"->") {
                        body + 2
                    } else {
                        // The first `-->` or `--!>`; the second is looked for
                        // only before the first.
                        let a = close.find(rest).map(|e| (e, e + 3));
                        let z = bang
                            .find(&rest[..a.map_or(rest.len(), |a| a.1)])
                            .map(|e| (e, e + 4));
                        let (text_end, end) = match (a, z) {
                            (Some(a), Some(z)) => {
                                if a.1 <= z.1 {
                                    a
                                } else {
                                    z
                                }
                            }
                            (Some(e), None) | (None, Some(e)) => e,
                            (None, None) => return,
                        };
                        // Nothing reads comments: their text goes.
                        if text_end > 0 {
                            cuts.push((body, body + text_end));
                        }
                        body + end
                    };
                } else if b[lt + 2..].starts_with(b"[CDATA[") {
                    return;
                } else {
                    // Doctype or bogus comment: to the first `>`.
                    let Some(e) = memchr::memchr(b'>', &b[lt + 2..]) else {
                        return;
                    };
                    i = lt + 2 + e + 1;
                }
            }
            Some(b'?') => {
                let Some(e) = memchr::memchr(b'>', &b[lt + 2..]) else {
                    return;
                };
                i = lt + 2 + e + 1;
            }
            Some(b'/') => match b.get(lt + 2) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let Some(tag) = read_tag(b, lt + 2, None) else {
                        return;
                    };
                    if let Some(top) = svg.last() {
                        // Only the innermost open SVG element may close.
                        if !top.eq_ignore_ascii_case(tag.name) {
                            return;
                        }
                        svg.pop();
                        if svg.is_empty()
                            && let Some((body, before)) = svg_body.take()
                            && lt > body
                        {
                            cuts.truncate(before);
                            cuts.push((body, lt));
                        }
                    } else if is_heading(tag.name) {
                        headings = headings.saturating_sub(1);
                    }
                    i = tag.end;
                    if svg.is_empty() && !pre && matches!(b.get(i), Some(b'\n' | b'\r')) {
                        newline_as_space(b, i, cuts, spaces);
                    }
                }
                Some(b'>') => i = lt + 3,
                Some(_) => {
                    let Some(e) = memchr::memchr(b'>', &b[lt + 2..]) else {
                        return;
                    };
                    i = lt + 2 + e + 1;
                }
                None => return,
            },
            Some(c) if c.is_ascii_alphabetic() => {
                let before = cuts.len();
                // Inside headings attributes stay too: the headline logic
                // reads where a heading's link points.
                let cut = (headings == 0).then_some(&mut *cuts);
                let Some(tag) = read_tag(b, lt + 1, cut) else {
                    // The tokenizer drops a tag cut off by the end of input.
                    cuts.truncate(before);
                    return;
                };
                let name = tag.name;
                let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
                i = tag.end;
                if !svg.is_empty() {
                    if leaves_svg(name) {
                        return;
                    }
                    if is(b"title") || is(b"desc") {
                        // Integration points: plain text only, then their end tag.
                        let Some(e) = memchr::memchr(b'<', &b[i..]) else {
                            return;
                        };
                        if !is_end_tag_of(b, i + e, name) {
                            return;
                        }
                    }
                    if !tag.self_closing {
                        svg.push(name);
                    }
                    continue;
                }
                if is(b"svg") {
                    if !tag.self_closing {
                        svg.push(name);
                        if headings == 0 {
                            svg_body = Some((i, cuts.len()));
                        }
                    }
                } else if is_heading(name) {
                    headings += 1;
                } else if is(b"math")
                    || is(b"select") && headings > 0
                    || is(b"frameset")
                    || is(b"plaintext")
                {
                    return;
                } else if is(b"script") {
                    let Some(end) = find_script_end(b, i) else {
                        return;
                    };
                    if is_javascript(tag.kind) && end > i && headings == 0 {
                        cuts.push((i, end));
                    }
                    i = end;
                } else if is(b"style") {
                    let Some(end) = find_end_tag(b, i, name) else {
                        return;
                    };
                    if end > i && headings == 0 {
                        cuts.push((i, end));
                    }
                    i = end;
                } else if [
                    &b"xmp"[..],
                    b"iframe",
                    b"noembed",
                    b"noframes",
                    b"noscript",
                    b"textarea",
                    b"title",
                ]
                .iter()
                .any(|n| is(n))
                {
                    let Some(end) = find_end_tag(b, i, name) else {
                        return;
                    };
                    // Nothing reads the text of these two (markup as text,
                    // for browsers without scripts or frames).
                    if (is(b"noscript") || is(b"iframe")) && end > i && headings == 0 {
                        cuts.push((i, end));
                    }
                    i = end;
                }
                if is(b"pre") || is(b"listing") {
                    pre = true;
                }
                if svg.is_empty() && !pre && matches!(b.get(i), Some(b'\n' | b'\r')) {
                    newline_as_space(b, i, cuts, spaces);
                }
            }
            Some(_) => i = lt + 1,
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use ego_tree::iter::Edge;
    use proptest::prelude::*;
    use scraper::{Html, Node};

    use super::*;

    /// The tree as a list of events, with the text of script and style
    /// elements left out and newlines read as spaces outside `<pre>` and
    /// `<listing>`.
    fn events(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let mut out = Vec::new();
        let mut raw: Vec<bool> = Vec::new();
        let mut pre = 0usize;
        // Depth inside an `<svg>` (its content is not compared).
        let mut svg = 0usize;
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(n) => match n.value() {
                    Node::Element(e) => {
                        let mut attrs: Vec<String> = e
                            .attrs
                            .iter()
                            .filter(|(k, _)| {
                                let local: &str = &k.local;
                                let name = match &k.prefix {
                                    Some(p) => format!("{}:{local}", &**p),
                                    None => local.to_owned(),
                                };
                                is_read(e.name().as_bytes(), name.as_bytes())
                                    || e.name() == "link"
                                        && local == "href"
                                        && e.attr("rel").is_some_and(|r| {
                                            r.to_ascii_lowercase().contains("canonical")
                                        })
                            })
                            .map(|(k, v)| format!("{}={v:?}", &*k.local))
                            .collect();
                        attrs.sort();
                        if svg > 0 {
                            svg += 1;
                            continue;
                        }
                        out.push(format!("<{:?} {}>", e.name, attrs.join(" ")));
                        svg += usize::from(e.name() == "svg");
                        raw.push(matches!(
                            e.name(),
                            "script" | "style" | "noscript" | "iframe"
                        ));
                        pre += usize::from(matches!(e.name(), "pre" | "listing"));
                    }
                    Node::Text(t) if raw.last() != Some(&true) && svg == 0 => {
                        let t = if pre > 0 {
                            t.to_string()
                        } else {
                            t.replace('\n', " ")
                        };
                        out.push(format!("{t:?}"));
                    }
                    Node::Comment(_) if svg == 0 => out.push("<!---->".to_owned()),
                    _ => {}
                },
                Edge::Close(n) => {
                    if let Node::Element(e) = n.value() {
                        if svg > 1 || svg == 1 && e.name() != "svg" {
                            svg -= 1;
                            continue;
                        }
                        svg -= usize::from(svg == 1);
                        out.push(format!("</{}>", e.name()));
                        raw.pop();
                        pre -= usize::from(matches!(e.name(), "pre" | "listing"));
                    }
                }
            }
        }
        out
    }

    /// What the DOM walk reads of a page: each block's text, kind, counts
    /// and hint, the text set apart, and the JSON-LD.
    fn walked(html: &str) -> Vec<String> {
        let w = crate::extract::walk::walk(&Html::parse_document(html));
        let mut out: Vec<String> = w
            .blocks
            .iter()
            .map(|b| {
                format!(
                    "{:?} {:?} {} {} {} {:?}",
                    b.text, b.kind, b.chars, b.link_chars, b.lead_link_chars, b.inline_hint
                )
            })
            .collect();
        out.extend(w.apart.iter().map(|a| format!("{a:?}")));
        out.push(w.json_ld);
        out
    }

    /// `html` skims to `want`, and the skimmed page parses to the same tree.
    fn skims_to(html: &str, want: &str) {
        assert_eq!(for_parsing(html), want);
        same_tree(html);
    }

    fn same_tree(html: &str) {
        let skimmed = for_parsing(html);
        assert_eq!(events(html), events(&skimmed), "{html:?} -> {skimmed:?}");
        assert_eq!(walked(html), walked(&skimmed), "{html:?} -> {skimmed:?}");
    }

    #[test]
    fn empties_scripts_and_styles() {
        let html = "<html><head><style>p{color:red}</style><script>var a = '<p>';</script>\
                    <script type=\"application/ld+json\">{\"a\":1}</script></head><body><p>x</p></body></html>";
        let s = for_parsing(html);
        assert_eq!(
            s,
            "<html><head><style></style><script></script>\
             <script type=\"application/ld+json\">{\"a\":1}</script></head><body><p>x</p></body></html>"
        );
        same_tree(html);
    }

    #[test]
    fn newlines_after_tags_read_as_spaces() {
        let html = "<div>\n  <p>a</p>\r\n\t<p>b\nc</p>\n<pre>\nx</pre>\n<p>d</p>";
        skims_to(
            html,
            "<div>   <p>a</p> \t<p>b\nc</p> <pre>\nx</pre>\n<p>d</p>",
        );
        let svg = "<svg>\n<g>\n</g></svg>\n<p>x</p>";
        skims_to(svg, "<svg></svg> <p>x</p>");
    }

    #[test]
    fn svg_images_lose_their_content_but_not_in_headings() {
        let html = "<p>a<svg viewBox='0 0 9 9'><g><path d='M0 0h9'/><title>Share</title></g><svg><circle r=1 /></svg></svg>b</p>";
        skims_to(html, "<p>a<svg ></svg>b</p>");
        let heading = "<h2>x<svg><path d='M0'/></svg></h2>";
        assert_eq!(for_parsing(heading), heading);
        // Markup that breaks out of SVG stops the scan: nothing is cut.
        let broken = "<svg><g><p>out</p></g></svg>";
        assert_eq!(for_parsing(broken), broken);
    }

    #[test]
    fn longest_read_attribute() {
        assert_eq!(
            READ_ATTRIBUTES.iter().map(|(n, _)| n.len()).max(),
            Some(LONGEST_READ)
        );
    }

    #[test]
    fn removes_unread_attributes() {
        let html = "<div class=a data-x=\"1\" id=b><img src=x.png alt='y' srcset=\"a 1x\">\
                    <a href=/x onclick=f() hidden>t</a><link rel=canonical href=/c><br x=>";
        skims_to(
            html,
            "<div class=a  id=b><img   >\
             <a   hidden>t</a><link rel=canonical href=/c><br >",
        );
    }

    #[test]
    fn keeps_attributes_only_where_read() {
        let html = "<link href=/s.css rel=stylesheet type=text/css><LINK HREF=/c REL=Canonical>\
                    <meta name=a content=b><a name=x rel=author value=v type=t>y</a>\
                    <option value=1 name=n>o</option><script type=application/ld+json>{}</script>\
                    <input type=hidden name=q><html lang=en><p lang=de itemscope>z</p>";
        skims_to(
            html,
            "<link  rel=stylesheet ><LINK HREF=/c REL=Canonical>\
             <meta name=a content=b><a  rel=author value=v >y</a>\
             <option  >o</option><script type=application/ld+json>{}</script>\
             <input type=hidden ><html lang=en><p  >z</p>",
        );
    }

    #[test]
    fn reads_on_past_a_select() {
        let html = "<select><option>a<style>s</style></select><script>x</script>";
        skims_to(
            html,
            "<select><option>a<style></style></select><script></script>",
        );
        // Inside a heading the scan stops.
        let heading = "<h2><select><option>a</h2><style>s</style>";
        assert_eq!(for_parsing(heading), heading);
    }

    #[test]
    fn keeps_style_sheets_inside_headings() {
        let html = "<h1><style>.a{}</style><a>Site</a></h1><div><h2>x<div><h3>y</h3></div></h2></div><style>b</style>";
        assert_eq!(
            for_parsing(html),
            "<h1><style>.a{}</style><a>Site</a></h1><div><h2>x<div><h3>y</h3></div></h2></div><style></style>"
        );
    }

    #[test]
    fn follows_the_tokenizer() {
        for html in [
            "<script><!-- <script></script> still script --></script><p>after</p>",
            "<script><!-- x --></script><style>a</style><p>y</p>",
            "<script>a<!--b<script>c</script>d--></script><style>e</style><p>f</p>",
            "<script>if (a<b) x = '</scripty>';</script ><p>z</p>",
            "<div title='<script>'>t</div><script>q</script><p>u</p>",
            "<div data-x=\"a>b\" x=y z>t</div><style>s</style>",
            "<!-- <script> --><p>a</p><script>b</script>",
            "<!--><script>x</script><!--->y<!-- a --!><style>z</style>",
            "<textarea><script>not</script></textarea><script>x</script>",
            "<title><style>t</style></title><style>u</style>",
            "<svg><style>.a{}</style><path d='M0'/></svg><style>b</style><p>c</p>",
            "<svg><title>Icon</title><g><script>x</script></g></svg><script>y</script>",
            "<svg><p>out</p><style>z</style></svg>",
            "<svg><foreignObject><style>x</style></foreignObject></svg>",
            "<select><style>x</style></select><p>a</p>",
            "<select><option>a<style>s</style><svg><path d='M0'/></svg></select><script>x</script><p>b</p>",
            "<select><option>a<textarea><script>t</script></textarea><script>x</script></select>",
            "<table><tr><td><select><option>a<script>x</script></td></tr></table><style>y</style>",
            "<select><select><style>x</style><input><style>y</style></select>",
            "<h2>a<select><option>b</h2><style>x</style></select><style>y</style>",
            "<svg><select><style>x</style></select></svg><style>y</style>",
            "<math><mi><style>x</style></mi></math>",
            "<table><script>x</script><tr><td><style>y</style>c</td></tr></table>",
            "<noscript><style>n</style><script>m</script></noscript><script>k</script>",
            "<script type=text/template><p>{{x}}</p></script><script type=module>m</script>",
            "<SCRIPT>a</SCRIPT><Style>b</STYLE >",
            "<script>unclosed <p>rest",
            "<style>unclosed",
            "<p>a <b c=\"unclosed</p><script>x</script>",
            "<![CDATA[x]]><script>y</script>",
            "<plaintext><script>x</script>",
            "</><script>a</script></ x><style>b</style>",
            "<frameset><script>x</script></frameset>",
            "<script>a<!--b--->c</script><style>d</style>",
            "<script>a<!--<script>b</script>--></script>c</script><p>d</p>",
        ] {
            same_tree(html);
        }
    }

    const PIECES: &[&str] = &[
        "<script>",
        "</script>",
        "</script ",
        "<script type=\"application/json\">",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "--!>",
        "<svg>",
        "</svg>",
        "<svg/>",
        "<title>",
        "</title>",
        "<textarea>",
        "</textarea>",
        "<p>",
        "</p>",
        "<div class='a>b'>",
        "</div>",
        "<table>",
        "<td>",
        "<select>",
        "</select>",
        "<option>",
        "<input>",
        "<math>",
        "<g>",
        "</g>",
        "<desc>",
        "</desc>",
        "<noscript>",
        "</noscript>",
        "<iframe>",
        "</iframe>",
        "x",
        "a<b",
        "-",
        ">",
        "<",
        "\"",
        "'",
        "=",
        " ",
        "<!x>",
        "<?x>",
        "</>",
        "<![CDATA[",
        "]]>",
        "<br/>",
        "<font color=red>",
        "<link href=/s rel=x>",
        "<link rel=Canonical href=/c>",
        "<a name=n rel=author>",
        "\n",
        "\r\n",
        "\r",
        "\n  ",
        "<pre>",
        "</pre>",
        "<listing>",
        "</listing>",
        "<h2>",
        "</h2>",
        "&amp;",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn same_tree_as_the_page(ix in proptest::collection::vec(0..PIECES.len(), 0..24)) {
            let html: String = ix.iter().map(|&i| PIECES[i]).collect();
            same_tree(&html);
        }
    }
}
