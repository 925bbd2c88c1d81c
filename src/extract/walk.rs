//! One iterative pass over the DOM: block-level elements become raw blocks,
//! and every element that may matter later (block-level, hinted, or named as
//! content) becomes a [`Node`] with subtree text totals.
//!
//! Nodes are numbered in document order, so a parent's number is always
//! smaller than its children's: later stages can propagate top-down or
//! bottom-up with one linear loop and no recursion.

use ego_tree::iter::Edge;
use rustc_hash::FxHashMap;
use scraper::{Html, Node as DomNode};

use super::hints;
use super::rows::merge_rows;
use super::slides::shown_in_turn;
use crate::document::{BlockKind, Reason};

/// An element kept for container choice and hint scoping.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// The nearest recorded ancestor.
    pub parent: Option<usize>,
    /// The nearest ancestor-or-self with a chrome hint.
    pub hinted: Option<usize>,
    /// A chrome hint from the element's name, class, id or role.
    pub hint: Option<(Reason, bool)>,
    /// Content bonus from `<article>`, `articleBody` and similar names.
    pub bonus: f32,
    /// The element is a paragraph-like text holder (`<p>`, `<pre>`, `<td>`).
    pub tag: Tag,
    /// Non-space characters in the subtree.
    pub chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// A class names the element as the article's lead paragraph.
    pub lead: bool,
}

/// The element kinds the later stages tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// `<p>`.
    P,
    /// `<div>`, `<section>` and other generic containers.
    Div,
    /// `<article>` or `<main>`.
    Article,
    /// `<td>`, `<th>`.
    Cell,
    /// `<ul>`, `<ol>`, `<dl>`, `<table>` and their rows and items.
    List,
    /// `<h1>`..`<h6>`.
    Heading,
    /// `<body>` or `<html>`.
    Body,
    /// Anything else.
    Other,
}

impl Tag {
    fn of(name: &str) -> Tag {
        match name {
            "p" => Tag::P,
            "div" | "section" | "center" | "font" | "span" | "blockquote" | "pre" | "details" => {
                Tag::Div
            }
            "article" | "main" => Tag::Article,
            "td" | "th" => Tag::Cell,
            "ul" | "ol" | "dl" | "li" | "dt" | "dd" | "table" | "tr" | "tbody" | "thead"
            | "tfoot" => Tag::List,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Tag::Heading,
            "body" | "html" => Tag::Body,
            _ => Tag::Other,
        }
    }
}

/// An ASCII character that [`char::is_whitespace`] holds a space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
}

/// Where the run of ASCII spaces (`spaces`), or of ASCII characters other
/// than spaces, that starts at `i` ends: eight bytes at a time, then byte
/// by byte.
fn ascii_run_end(b: &[u8], mut i: usize, spaces: bool) -> usize {
    use crate::swar::{HIGH, within};
    // Exact up to the first byte that is not ASCII, which reads as no
    // space and ends either run.
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let space = within(x, 0x09, 0x0D) | within(x, b' ', b' ');
        let stop = if spaces {
            !space & HIGH
        } else {
            x & HIGH | space
        };
        if stop != 0 {
            // The first byte that ends the run.
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii() && is_ascii_space(b[i]) == spaces {
        i += 1;
    }
    i
}

/// A block of text before classification.
#[derive(Debug, Clone)]
pub(crate) struct RawBlock {
    /// Whitespace-collapsed text; `<br>` and `<pre>` keep line breaks.
    pub text: String,
    /// Body kind from the innermost kind-giving ancestor.
    pub kind: BlockKind,
    /// The innermost recorded element holding the block.
    pub node: usize,
    /// Non-space characters.
    pub chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// A hint from inline elements covering most of the block
    /// (`<span class="byline">`).
    pub inline_hint: Option<(Reason, bool)>,
    /// The block's text is also the declared schema.org `articleBody`
    /// (set after the walk).
    pub declared: bool,
    /// The table row (`<tr>` node) when the block is a whole cell of it.
    pub row: Option<usize>,
    /// When the cell's text sits in one wrapper element inside it (`<td><div>…`):
    /// the cell's node. Such rows are joined only when each cell gives one
    /// short block (a data table, not a layout table).
    pub wrapped_cell: Option<usize>,
    /// Characters of a link that opens the block (a teaser's headline).
    pub lead_link_chars: u32,
}

/// The result of the walk.
#[derive(Debug, Default)]
pub(crate) struct Walked {
    /// Recorded elements in document order.
    pub nodes: Vec<Node>,
    /// Blocks in document order.
    pub blocks: Vec<RawBlock>,
    /// The text of JSON-LD scripts, concatenated.
    pub json_ld: String,
    /// Text set apart from the blocks, each with the number of blocks before
    /// it and why: hidden elements, and figure captions (which say what an
    /// image shows, not what the article says).
    pub apart: Vec<(usize, String, Reason)>,
}

struct Frame {
    node: Option<usize>,
    skip: bool,
    link: bool,
    pre: bool,
    block: bool,
    cell: bool,
    kind: Option<BlockKind>,
    quote: bool,
    inline_hint: Option<(Reason, bool)>,
    json_ld: bool,
    /// Inside an element whose text is collected apart.
    hidden: bool,
    /// This element is where text collected apart starts, and why.
    apart: Option<Reason>,
    /// Inside an inline element named as a hover pop-up.
    popup: bool,
}

#[derive(Default)]
struct Buffer {
    text: String,
    chars: u32,
    link_chars: u32,
    hinted_chars: u32,
    hint: Option<(Reason, bool)>,
    pending_space: bool,
    /// Characters inside links before the first character outside one.
    lead_link_chars: u32,
    seen_plain: bool,
}

impl Buffer {
    fn push_text(&mut self, s: &str, f: &Frame) {
        if f.pre {
            self.push_text_by_char(s, f);
            return;
        }
        // Runs of characters between collapsible spaces are copied whole;
        // the frame's flags are the same for every character, so the counts
        // are added once. ASCII is read byte by byte, other characters
        // decoded.
        let b = s.as_bytes();
        let mut n = 0u32;
        let mut run_start = None;
        let mut i = 0;
        while i < b.len() {
            if is_ascii_space(b[i]) {
                if let Some(start) = run_start.take() {
                    self.text.push_str(&s[start..i]);
                }
                self.pending_space = true;
                i = ascii_run_end(b, i + 1, true);
                continue;
            }
            let (space, len) = if b[i].is_ascii() {
                (false, 1)
            } else {
                let c = s[i..].chars().next().unwrap_or_default();
                (c.is_whitespace(), c.len_utf8())
            };
            if space && !s[i..].starts_with('\u{a0}') {
                if let Some(start) = run_start.take() {
                    self.text.push_str(&s[start..i]);
                }
                self.pending_space = true;
                i += len;
                continue;
            }
            if run_start.is_none() {
                if self.pending_space && !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.text.push(' ');
                }
                self.pending_space = false;
                run_start = Some(i);
            }
            n += u32::from(!space);
            i += len;
            // The ASCII characters that follow, up to a space, and single
            // spaces between them: collapsing would keep those as they are.
            loop {
                let end = ascii_run_end(b, i, false);
                n += (end - i) as u32;
                i = end;
                if b.get(i) == Some(&b' ')
                    && b.get(i + 1)
                        .is_some_and(|&x| x.is_ascii() && !is_ascii_space(x))
                {
                    i += 1;
                } else {
                    break;
                }
            }
        }
        if let Some(start) = run_start {
            self.text.push_str(&s[start..]);
        }
        if n == 0 {
            return;
        }
        self.chars += n;
        if f.link {
            self.link_chars += n;
            if !self.seen_plain {
                self.lead_link_chars += n;
            }
        } else {
            self.seen_plain = true;
        }
        if let Some(h) = f.inline_hint {
            self.hinted_chars += n;
            self.hint = Some(h);
        }
    }

    /// [`Buffer::push_text`] one character at a time (inside `<pre>`).
    fn push_text_by_char(&mut self, s: &str, f: &Frame) {
        for c in s.chars() {
            if !f.pre && c.is_whitespace() && c != '\u{a0}' {
                self.pending_space = true;
                continue;
            }
            if self.pending_space && !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push(' ');
            }
            self.pending_space = false;
            self.text.push(c);
            if !c.is_whitespace() {
                self.chars += 1;
                if f.link {
                    self.link_chars += 1;
                    if !self.seen_plain {
                        self.lead_link_chars += 1;
                    }
                } else {
                    self.seen_plain = true;
                }
                if let Some(h) = f.inline_hint {
                    self.hinted_chars += 1;
                    self.hint = Some(h);
                }
            }
        }
    }

    fn push_break(&mut self) {
        self.pending_space = false;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }
}

/// A link inside a heading to a place on the same page (`<h3><a
/// href="#setup">Setup</a></h3>`): the heading's own permalink, not a link
/// away. (Attributes inside headings are all kept before parsing.)
fn anchors_heading(el: &scraper::node::Element, kind: Option<BlockKind>) -> bool {
    matches!(kind, Some(BlockKind::Heading(_)))
        && el.attr("href").is_some_and(|h| h.starts_with('#'))
}

/// Walks `doc` once, iteratively.
pub(crate) fn walk(doc: &Html) -> Walked {
    let mut w = Walked::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut buf = Buffer::default();
    let mut hidden = String::new();
    let mut token_hints = hints::TokenHints::default();
    let mut turns = FxHashMap::default();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                DomNode::Element(el) => {
                    let name = el.name();
                    let top = stack.last();
                    let parent_skip = top.is_some_and(|f| f.skip);
                    let json_ld =
                        name == "script" && el.attr("type").is_some_and(|t| t.contains("ld+json"));
                    if parent_skip {
                        let hidden = top.is_some_and(|f| f.hidden) && !hints::is_skipped(name);
                        stack.push(Frame {
                            json_ld,
                            hidden,
                            ..Frame::skipped()
                        });
                        continue;
                    }
                    let mut attrs = hints::Attrs::of(el);
                    token_hints.mark_content(&mut attrs);
                    // A pop-up inside a pop-up's trigger is the card shown on
                    // hover; the trigger itself is text.
                    let popup = attrs.is_popup();
                    let skipped = hints::is_skipped(name);
                    let apart = if skipped {
                        None
                    } else if hints::is_hidden(&attrs)
                        && !shown_in_turn(node, name, &attrs, &mut turns)
                        || popup && top.is_some_and(|f| f.popup)
                    {
                        Some(Reason::Hidden)
                    } else if name == "figcaption" {
                        Some(Reason::Caption)
                    } else {
                        None
                    };
                    let skip = skipped || apart.is_some();
                    let block = attrs.is_block();
                    if block && !skip {
                        flush(&mut buf, &stack, &mut w);
                    } else if block {
                        // A hidden block still ends a word.
                        buf.pending_space = true;
                    }
                    if name == "br" && !skip {
                        buf.push_break();
                    }
                    if hints::is_math_token(el) {
                        buf.pending_space = true;
                    }
                    let hint = hints::element_hint(name, &attrs);
                    let bonus = hints::content_bonus(name, &attrs);
                    let parent = stack.iter().rev().find_map(|f| f.node);
                    let lead = block && !skip && attrs.is_lead();
                    let record = !skip && (block || hint.is_some() || bonus != 1.0 || lead);
                    let node = record.then(|| {
                        let hinted = if hint.is_some() {
                            Some(w.nodes.len())
                        } else {
                            parent.and_then(|p| w.nodes[p].hinted)
                        };
                        w.nodes.push(Node {
                            parent,
                            hinted,
                            hint,
                            bonus,
                            tag: Tag::of(name),
                            chars: 0,
                            link_chars: 0,
                            lead,
                        });
                        w.nodes.len() - 1
                    });
                    let (link, pre, quote, parent_kind, parent_inline) = top
                        .map_or((false, false, false, None, None), |f| {
                            (f.link, f.pre, f.quote, f.kind, f.inline_hint)
                        });
                    stack.push(Frame {
                        node,
                        skip,
                        link: link || name == "a" && !anchors_heading(el, parent_kind),
                        pre: pre || name == "pre",
                        block,
                        cell: matches!(name, "td" | "th"),
                        kind: hints::kind_of(name).or(parent_kind),
                        quote: quote || name == "blockquote",
                        inline_hint: if block { None } else { hint.or(parent_inline) },
                        json_ld,
                        hidden: apart.is_some(),
                        apart,
                        popup: popup || top.is_some_and(|f| f.popup),
                    });
                }
                DomNode::Text(t) => match stack.last() {
                    Some(f) if f.json_ld => {
                        w.json_ld.push_str(t);
                        w.json_ld.push('\n');
                    }
                    Some(f) if !f.skip => buf.push_text(t, f),
                    Some(f) if f.hidden => {
                        hidden.push(' ');
                        hidden.push_str(t);
                    }
                    _ => {}
                },
                _ => {}
            },
            Edge::Close(node) => {
                if let DomNode::Element(_) = node.value() {
                    let Some(top) = stack.last() else { continue };
                    if top.block && !top.skip {
                        flush(&mut buf, &stack, &mut w);
                    } else if top.cell && !top.skip {
                        buf.text.push('\t');
                    } else if top.block {
                        buf.pending_space = true;
                    }
                    let top = stack.pop().expect("non-empty stack");
                    if let Some(reason) = top.apart {
                        let text = hidden.split_whitespace().collect::<Vec<_>>().join(" ");
                        if !text.is_empty() {
                            w.apart.push((w.blocks.len(), text, reason));
                        }
                        hidden.clear();
                    }
                    if let Some(i) = top.node
                        && let Some(p) = w.nodes[i].parent
                    {
                        w.nodes[p].chars += w.nodes[i].chars;
                        w.nodes[p].link_chars += w.nodes[i].link_chars;
                    }
                }
            }
        }
    }
    flush(&mut buf, &stack, &mut w);
    merge_rows(&mut w.blocks);
    w
}

impl Frame {
    fn skipped() -> Frame {
        Frame {
            node: None,
            skip: true,
            link: false,
            pre: false,
            block: false,
            cell: false,
            kind: None,
            quote: false,
            inline_hint: None,
            json_ld: false,
            hidden: false,
            apart: None,
            popup: false,
        }
    }
}

fn flush(buf: &mut Buffer, stack: &[Frame], w: &mut Walked) {
    // The text buffer keeps its allocation for the next block.
    let mut text = std::mem::take(&mut buf.text);
    let b = std::mem::take(buf);
    push_block(&text, &b, stack, w);
    text.clear();
    buf.text = text;
}

/// The row and cell of a block whose text sits in a single block element
/// inside a table cell (`<tr><td><div>text`, inline elements aside).
fn wrapped_row(stack: &[Frame]) -> (Option<usize>, Option<usize>) {
    let Some(c) = stack.iter().rposition(|f| f.cell) else {
        return (None, None);
    };
    let blocks_inside = stack[c + 1..].iter().filter(|f| f.block).count();
    match (c.checked_sub(1).map(|r| &stack[r]), stack[c].node) {
        (Some(row), Some(cell)) if blocks_inside == 1 && row.kind == Some(BlockKind::TableRow) => {
            (row.node, Some(cell))
        }
        _ => (None, None),
    }
}

/// The block of buffered `text`, when it holds any.
fn push_block(text: &str, b: &Buffer, stack: &[Frame], w: &mut Walked) {
    let text = text.trim();
    if text.is_empty() || b.chars == 0 {
        return;
    }
    let Some(node) = stack.iter().rev().find_map(|f| f.node) else {
        return;
    };
    let top = stack.last();
    let (row, wrapped_cell) = match stack {
        [.., parent, cell] if cell.cell && parent.kind == Some(BlockKind::TableRow) => {
            (parent.node, None)
        }
        _ => wrapped_row(stack),
    };
    let mut kind = top.and_then(|f| f.kind).unwrap_or(BlockKind::Paragraph);
    if kind == BlockKind::Paragraph && top.is_some_and(|f| f.quote) {
        kind = BlockKind::Quote;
    }
    let text = if text.contains('\t') {
        text.split('\t')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\t")
    } else {
        text.to_owned()
    };
    w.nodes[node].chars += b.chars;
    w.nodes[node].link_chars += b.link_chars;
    let inline_hint = (b.hinted_chars * 10 >= b.chars * 8)
        .then_some(b.hint)
        .flatten();
    w.blocks.push(RawBlock {
        text,
        kind,
        node,
        chars: b.chars,
        link_chars: b.link_chars,
        inline_hint,
        declared: false,
        row,
        wrapped_cell,
        lead_link_chars: b.lead_link_chars,
    });
}

/// Characters a paragraph needs after a drop cap (a capital alone before a
/// short lowercase line is an avatar's initial over a user name).
const DROP_CAP_REST: u32 = 20;

/// Joins a drop cap set in an element of its own before the paragraph it
/// opens (`<span>T</span><p>urkey, Poland and …`) to that paragraph: a
/// block of one capital letter, standing in the paragraph's parent,
/// followed by a block that opens in lowercase. A paragraph of one letter
/// (`<p>W</p><p>sobotę …`, a one-letter word) is not joined.
pub(crate) fn join_drop_caps(w: &mut Walked) {
    let is_cap = |t: &str| {
        let mut cs = t.trim().chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    };
    let opens_lower = |t: &str| t.chars().next().is_some_and(char::is_lowercase);
    let joined: Vec<usize> = (0..w.blocks.len().saturating_sub(1))
        .filter(|&i| {
            is_cap(&w.blocks[i].text)
                && opens_lower(&w.blocks[i + 1].text)
                && w.blocks[i + 1].chars >= DROP_CAP_REST
                && w.nodes[w.blocks[i + 1].node].parent == Some(w.blocks[i].node)
        })
        .collect();
    if joined.is_empty() {
        return;
    }
    // One pass: a page of many drop caps costs no more than one.
    let blocks = std::mem::take(&mut w.blocks);
    w.blocks.reserve(blocks.len() - joined.len());
    let mut caps = joined.iter().copied().peekable();
    let mut cap: Option<RawBlock> = None;
    for (i, mut b) in blocks.into_iter().enumerate() {
        if caps.next_if_eq(&i).is_some() {
            cap = Some(b);
            continue;
        }
        if let Some(c) = cap.take() {
            b.text.insert_str(0, c.text.trim());
            b.chars += c.chars;
            b.link_chars += c.link_chars;
            b.lead_link_chars = 0;
        }
        w.blocks.push(b);
    }
    // Text set apart keeps its place among the blocks that remain.
    for (at, ..) in &mut w.apart {
        *at -= joined.partition_point(|&i| i < *at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(link: bool) -> Frame {
        Frame {
            node: None,
            skip: false,
            link,
            pre: false,
            block: false,
            cell: false,
            kind: None,
            quote: false,
            inline_hint: Some((Reason::Byline, false)),
            json_ld: false,
            hidden: false,
            apart: None,
            popup: false,
        }
    }

    fn state(b: &Buffer) -> (String, [u32; 4], bool, bool, Option<(Reason, bool)>) {
        (
            b.text.clone(),
            [b.chars, b.link_chars, b.hinted_chars, b.lead_link_chars],
            b.pending_space,
            b.seen_plain,
            b.hint,
        )
    }

    const PIECES: &[&str] = &[
        " ",
        "          ",
        "\n\t\t\t\t\t\t\t\t",
        "abcdefghijklmnopq",
        "a\u{85}b",
        "  ",
        "\n",
        "\t",
        "\u{b}",
        "\r\n",
        "a",
        "bc",
        "word",
        "é",
        "\u{a0}",
        "\u{2003}",
        "x y",
        "东",
        ".",
        "a b c d e f g h i",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Text pushed in runs reads as text pushed character by character.
        #[test]
        fn runs_match_characters(
            ix in proptest::collection::vec(0..PIECES.len(), 0..16),
            link: bool,
            before in 0..4u8,
        ) {
            let text: String = ix.iter().map(|&i| PIECES[i]).collect();
            let f = frame(link);
            let mut runs = Buffer::default();
            match before {
                1 => runs.text.push_str("before"),
                2 => runs.text.push_str("line\n"),
                3 => {
                    runs.text.push('x');
                    runs.pending_space = true;
                }
                _ => {}
            }
            let mut chars = Buffer {
                text: runs.text.clone(),
                pending_space: runs.pending_space,
                ..Buffer::default()
            };
            runs.push_text(&text, &f);
            chars.push_text_by_char(&text, &f);
            proptest::prop_assert_eq!(state(&runs), state(&chars), "{:?}", text);
        }
    }
}
