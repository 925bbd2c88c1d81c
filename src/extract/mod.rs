//! HTML into candidate blocks: parses with `scraper` (html5ever), walks the
//! DOM once without recursion, and turns block-level elements into
//! [`Candidate`]s with their features: kind, link density, structural hints
//! from names, classes, ids and roles, and whether the block lies in the
//! page's main content container.
//!
//! The main container is chosen Readability-style: every prose block gives
//! points to its parent and grandparent, weighted up for `<article>`,
//! `<main>` and `articleBody`-like names; the best-scoring element wins.

mod hints;
mod title;

use ego_tree::NodeId;
use scraper::{Html, Node};

use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};

pub use title::page_title;

/// A parsed page's blocks and title.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Extracted {
    /// The headline, from `<h1>`, `og:title` or `<title>` without the site name.
    pub title: Option<String>,
    /// Blocks in document order.
    pub blocks: Vec<Candidate>,
}

/// Words a block needs to count as prose when scoring containers.
const PROSE_WORDS: usize = 12;

/// Parses `html` and extracts its blocks.
///
/// ```
/// let e = pageclean::extract::extract("<title>Hi | Site</title><nav><a href=/>Home</a></nav><article><h1>Hi</h1><p>Some body text.</p></article>");
/// assert_eq!(e.title.as_deref(), Some("Hi"));
/// assert!(e.blocks.iter().any(|b| b.text == "Some body text." && b.hint.is_none()));
/// ```
#[must_use]
pub fn extract(html: &str) -> Extracted {
    let doc = Html::parse_document(html);
    let title = page_title(&doc);
    let mut blocks = walk(&doc);
    mark_main(&mut blocks);
    Extracted {
        title,
        blocks: blocks.into_iter().map(|b| b.cand).collect(),
    }
}

struct Frame {
    id: NodeId,
    name: String,
    skip: bool,
    hint: Option<(Reason, bool)>,
    kind: Option<BlockKind>,
    link: bool,
    pre: bool,
    block: bool,
    bonus: f32,
}

struct Raw {
    cand: Candidate,
    /// Block-level ancestors (outermost first) with their content bonus.
    ancestors: Vec<(NodeId, f32)>,
}

#[derive(Default)]
struct Buffer {
    text: String,
    link_chars: usize,
    pending_space: bool,
}

impl Buffer {
    fn push_text(&mut self, s: &str, link: bool, pre: bool) {
        for c in s.chars() {
            if !pre && c.is_whitespace() && c != '\u{a0}' {
                self.pending_space = true;
                continue;
            }
            if self.pending_space && !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push(' ');
            }
            self.pending_space = false;
            self.text.push(c);
            if link {
                self.link_chars += 1;
            }
        }
    }

    fn push_break(&mut self) {
        self.pending_space = false;
        if !self.text.is_empty() {
            self.text.push('\n');
        }
    }
}

fn walk(doc: &Html) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut buf = Buffer::default();
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name().to_ascii_lowercase();
                    let parent_skip = stack.last().is_some_and(|f| f.skip);
                    let skip = parent_skip || hints::is_skipped(&name) || hints::is_hidden(el);
                    let block = hints::is_block(&name);
                    if block && !parent_skip {
                        flush(&mut buf, &stack, &mut out);
                    }
                    if name == "br" && !parent_skip {
                        buf.push_break();
                    }
                    stack.push(Frame {
                        id: node.id(),
                        skip,
                        hint: hints::element_hint(&name, el),
                        kind: hints::kind_of(&name),
                        link: name == "a",
                        pre: name == "pre",
                        block,
                        bonus: hints::content_bonus(&name, el),
                        name,
                    });
                }
                Node::Text(t) if stack.last().is_some_and(|f| !f.skip) => {
                    let link = stack.iter().any(|f| f.link);
                    let pre = stack.iter().any(|f| f.pre);
                    buf.push_text(t, link, pre);
                }
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(_) = node.value() {
                    let Some(top) = stack.last() else { continue };
                    if top.block && !top.skip {
                        flush(&mut buf, &stack, &mut out);
                    } else if matches!(top.name.as_str(), "td" | "th") {
                        buf.push_text("\t", false, true);
                    }
                    stack.pop();
                }
            }
        }
    }
    flush(&mut buf, &stack, &mut out);
    out
}

fn flush(buf: &mut Buffer, stack: &[Frame], out: &mut Vec<Raw>) {
    let text = buf.text.trim().to_owned();
    let link_chars = buf.link_chars;
    *buf = Buffer::default();
    if text.is_empty() {
        return;
    }
    let total = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
    let kind = stack
        .iter()
        .rev()
        .find_map(|f| f.kind)
        .unwrap_or(BlockKind::Paragraph);
    let kind = if stack.iter().any(|f| f.name == "blockquote") && kind == BlockKind::Paragraph {
        BlockKind::Quote
    } else {
        kind
    };
    // The outermost hard hint decides; otherwise the innermost soft one.
    let hint = stack
        .iter()
        .find_map(|f| f.hint.filter(|h| h.1))
        .or_else(|| stack.iter().rev().find_map(|f| f.hint));
    let text = if kind == BlockKind::TableRow {
        text.split('\t')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\t")
    } else {
        text
    };
    let mut cand = Candidate::new(text, kind);
    cand.link_density = (link_chars as f32 / total as f32).min(1.0);
    if let Some((reason, hard)) = hint {
        cand = cand.with_hint(reason, hard);
    }
    let ancestors = stack
        .iter()
        .filter(|f| f.block)
        .map(|f| (f.id, f.bonus))
        .collect();
    out.push(Raw { cand, ancestors });
}

/// Chooses the main container and marks each block in or out of it; blocks
/// outside get a soft hint, link-dense blocks a hint of their own.
fn mark_main(blocks: &mut [Raw]) {
    let mut scores: Vec<(NodeId, f32)> = Vec::new();
    for b in blocks.iter() {
        let words = crate::boilerplate::word_count(&b.cand.text);
        if words < PROSE_WORDS || b.cand.link_density > 0.3 || b.cand.hard {
            continue;
        }
        let n = b.ancestors.len();
        for (depth, (id, bonus)) in b.ancestors.iter().rev().take(3).enumerate() {
            let share = [1.0, 0.5, 0.25][depth];
            let s = words as f32 * share * bonus;
            match scores.iter_mut().find(|(x, _)| x == id) {
                Some((_, v)) => *v += s,
                None => scores.push((*id, s)),
            }
        }
        let _ = n;
    }
    let best = scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| *id);
    for b in blocks.iter_mut() {
        let inside = best.map(|id| b.ancestors.iter().any(|(a, _)| *a == id));
        b.cand.in_main = inside;
        if b.cand.hint.is_none() {
            if inside == Some(false) {
                b.cand = b.cand.clone().with_hint(Reason::OutsideContent, false);
            } else if b.cand.link_density > 0.5 {
                b.cand = b.cand.clone().with_hint(Reason::LinkDense, false);
            }
        }
    }
}
