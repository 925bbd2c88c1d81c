//! The main-content container, chosen Readability-style and then widened.
//!
//! 1. Every prose block scores its holder and up to four more ancestors, less
//!    the farther up they are: `1 + commas + min(chars / 100, 3)`.
//! 2. A node's total is scaled by its content bonus (`<article>`,
//!    `articleBody`), by `1 - link density`, and down when its name says
//!    chrome.
//! 3. The best node is raised to an ancestor when the ancestor scores about
//!    as much or more (the body is split across sibling containers), and
//!    siblings that score well or read as prose join it.

use super::walk::{Node, RawBlock, Tag, Walked};

/// Characters a block needs to score its ancestors.
const MIN_PROSE_CHARS: u32 = 25;
/// Ancestors a block scores, itself included.
const LEVELS: usize = 5;
/// Factor for nodes whose own name says chrome.
const CHROME_FACTOR: f32 = 0.25;
/// Weight of chrome characters against prose when widening the container.
const BAD_WEIGHT: f32 = 2.0;
/// Weight of short non-link lines among chrome characters.
const SHORT_WEIGHT: f32 = 0.5;
/// Weight of blocks the page declares as its `articleBody`.
const DECLARED_FACTOR: f32 = 3.0;
/// A sibling joins the container when it scores this share of the best.
const SIBLING_SHARE: f32 = 0.2;
/// An ancestor that scores this share of the node below it, or more, holds
/// the body as well as that node does (its prose scores it at half weight,
/// and chrome beside the body weighs it down): the wider one is taken.
const RAISE_TOLERANCE: f32 = 0.95;

/// The chosen container: one node and the siblings that joined it.
#[derive(Debug, Clone)]
pub(crate) struct Region {
    /// Per node: inside the region (a root or below one).
    pub inside: Vec<bool>,
    /// Per node: a root or an ancestor of one.
    pub above: Vec<bool>,
    /// Per node: below the parent of the region's top (the region's
    /// neighbourhood, where prose outside the region may still be body).
    pub near: Vec<bool>,
}

/// Commas of any script: `,` `，` `、` `،` `؛`, counted by their UTF-8 bytes
/// (`EF BC 8C`, `E3 80 81`, `D8 8C`, `D8 9B` for the wide ones).
fn commas(text: &str) -> usize {
    let b = text.as_bytes();
    let ascii = b.iter().filter(|&&x| x == b',').count();
    let wide = memchr::memchr3_iter(0xEF, 0xE3, 0xD8, b)
        .filter(|&i| {
            matches!(
                &b[i..],
                [0xEF, 0xBC, 0x8C, ..] | [0xE3, 0x80, 0x81, ..] | [0xD8, 0x8C | 0x9B, ..]
            )
        })
        .count();
    ascii + wide
}

fn link_density(n: &Node) -> f32 {
    if n.chars == 0 {
        0.0
    } else {
        n.link_chars as f32 / n.chars as f32
    }
}

/// Scores every node; returns per-node scores.
pub(crate) fn score(w: &Walked) -> Vec<f32> {
    let mut raw = vec![0.0f32; w.nodes.len()];
    // Characters of prose blocks at or below each node, and in all.
    let mut prose = vec![0u32; w.nodes.len()];
    let mut total = 0u32;
    for b in &w.blocks {
        if !is_prose(b) {
            continue;
        }
        prose[b.node] += b.chars;
        total += b.chars;
        let s = 1.0 + commas(&b.text) as f32 + (b.chars as f32 / 100.0).min(3.0);
        let s = if b.declared { s * DECLARED_FACTOR } else { s };
        let mut at = Some(b.node);
        // A `<p>` scores from its container, as Readability's paragraphs do.
        if w.nodes[b.node].tag == Tag::P {
            at = w.nodes[b.node].parent.or(at);
        }
        // Prose inside an element named as chrome (a sign-up form's consent
        // text, a comment) scores what lies above that element less; within
        // it, the choice is as usual (a page wrapped whole in a `<form>`).
        let chrome = w.nodes[b.node].hinted;
        let mut factor = 1.0;
        for level in 0..LEVELS {
            let Some(i) = at else { break };
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            raw[i] += s * factor / div;
            if Some(i) == chrome {
                factor = CHROME_FACTOR;
            }
            at = w.nodes[i].parent;
        }
    }
    // Parents come before their children.
    for i in (0..w.nodes.len()).rev() {
        if let Some(p) = w.nodes[i].parent {
            prose[p] += prose[i];
        }
    }
    raw.iter()
        .zip(&w.nodes)
        .map(|(s, n)| {
            // Inside an element named as chrome, unless that element holds
            // most of the page's prose (a page wrapped whole in a `<form>`):
            // half under a decisive name, four fifths under a weak one.
            let in_chrome = n.hinted.is_some_and(|h| {
                let hard = w.nodes[h].hint.is_some_and(|(_, hard)| hard);
                let share = if hard { 0.5 } else { 0.8 };
                (prose[h] as f32) < share * total as f32
            });
            let chrome = if n.hint.is_some() || in_chrome {
                CHROME_FACTOR
            } else {
                1.0
            };
            s * n.bonus * (1.0 - link_density(n)) * chrome
        })
        .collect()
}

fn is_prose(b: &RawBlock) -> bool {
    b.chars >= MIN_PROSE_CHARS && b.link_chars * 3 < b.chars
}

/// Chooses the region, or `None` when no block reads as prose.
pub(crate) fn choose(w: &Walked) -> Option<Region> {
    let scores = score(w);
    let best = (0..scores.len())
        .filter(|&i| scores[i] > 0.0 && w.nodes[i].tag != Tag::Body)
        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))?;
    let top = raise(w, &scores, best);
    let top = expand(w, top);
    let roots = with_siblings(w, &scores, top);
    let n = w.nodes.len();
    let mut inside = vec![false; n];
    let mut above = vec![false; n];
    for &r in &roots {
        inside[r] = true;
        let mut at = Some(r);
        while let Some(i) = at {
            if above[i] {
                break;
            }
            above[i] = true;
            at = w.nodes[i].parent;
        }
    }
    for i in 0..n {
        if let Some(p) = w.nodes[i].parent
            && inside[p]
        {
            inside[i] = true;
        }
    }
    let mut near = vec![false; n];
    let parent = w.nodes[top].parent.filter(|&p| w.nodes[p].tag != Tag::Body);
    let grandparent = parent
        .and_then(|p| w.nodes[p].parent)
        .filter(|&g| w.nodes[g].tag != Tag::Body);
    if let Some(p) = grandparent.or(parent) {
        near[p] = true;
    }
    for i in 0..n {
        if let Some(p) = w.nodes[i].parent
            && near[p]
        {
            near[i] = true;
        }
    }
    Some(Region {
        inside,
        above,
        near,
    })
}

/// Raises `best` to an ancestor that holds the body better: while the parent
/// keeps at least a third of the score, and when it scores about as much
/// or higher ([`RAISE_TOLERANCE`]), take it.
fn raise(w: &Walked, scores: &[f32], best: usize) -> usize {
    let mut top = best;
    // An only child holds nothing its parent does not.
    while let Some(p) = w.nodes[top].parent {
        if w.nodes[p].tag == Tag::Body || w.nodes[p].chars != w.nodes[top].chars {
            break;
        }
        top = p;
    }
    let threshold = scores[best] / 3.0;
    let mut last = scores[best];
    let mut at = w.nodes[top].parent;
    while let Some(p) = at {
        if w.nodes[p].tag == Tag::Body {
            break;
        }
        let s = scores[p];
        if s < threshold {
            break;
        }
        if s > last * RAISE_TOLERANCE {
            top = p;
            break;
        }
        last = s;
        at = w.nodes[p].parent;
    }
    top
}

/// The ancestor-or-self of `best` with the most prose net of chrome:
/// maximises `good - BAD_WEIGHT * bad`, where good is prose outside chrome
/// hints and bad is link text, short lines and hinted blocks.
fn expand(w: &Walked, best: usize) -> usize {
    let n = w.nodes.len();
    let mut above = vec![false; n];
    let mut at = Some(best);
    while let Some(i) = at {
        above[i] = true;
        at = w.nodes[i].parent;
    }
    let mut net = vec![0.0f32; n];
    for b in &w.blocks {
        let mut chrome = false;
        let mut h = w.nodes[b.node].hinted;
        while let Some(x) = h {
            if above[x] {
                break;
            }
            chrome = true;
            h = None;
        }
        let v = if b.declared {
            b.chars as f32
        } else if chrome {
            -BAD_WEIGHT * b.chars as f32
        } else if is_prose(b) {
            (b.chars - b.link_chars) as f32 - BAD_WEIGHT * b.link_chars as f32
        } else {
            -BAD_WEIGHT * (b.link_chars as f32 + SHORT_WEIGHT * (b.chars - b.link_chars) as f32)
        };
        net[b.node] += v;
    }
    for i in (0..n).rev() {
        if let Some(p) = w.nodes[i].parent {
            net[p] += net[i];
        }
    }
    let mut top = best;
    let mut at = w.nodes[best].parent;
    while let Some(i) = at {
        if net[i] > net[top] {
            top = i;
        }
        at = w.nodes[i].parent;
    }
    top
}

/// `top` and its siblings that score well or read as prose.
fn with_siblings(w: &Walked, scores: &[f32], top: usize) -> Vec<usize> {
    let Some(parent) = w.nodes[top].parent else {
        return vec![top];
    };
    let threshold = (scores[top] * SIBLING_SHARE).max(10.0);
    let mut prose = vec![false; w.nodes.len()];
    for b in &w.blocks {
        if w.nodes[b.node].parent == Some(parent) && is_sibling_prose(b) {
            prose[b.node] = true;
        }
    }
    (0..w.nodes.len())
        .filter(|&i| {
            i == top
                || w.nodes[i].parent == Some(parent)
                    && w.nodes[i].hint.is_none()
                    && (scores[i] >= threshold || prose[i])
        })
        .collect()
}

fn is_sibling_prose(b: &RawBlock) -> bool {
    let ld = b.link_chars as f32 / b.chars.max(1) as f32;
    b.chars > 80 && ld < 0.25 || b.chars > 0 && ld == 0.0 && super::features::ends_sentence(&b.text)
}

#[cfg(test)]
mod tests {
    use super::commas;

    #[test]
    fn commas_by_bytes_as_by_characters() {
        for s in [
            "",
            "a, b, c",
            "东京，大阪、京都",
            "مرحبا، كيف؛ حالك",
            "Ｌ，ｍ ؛،、,",
            "no commas at all — “quoted” é ü",
            "ﻼ ＬＭ ぁ 〃 ؐ ٠",
        ] {
            let want = s
                .chars()
                .filter(|c| matches!(c, ',' | '，' | '、' | '،' | '؛'))
                .count();
            assert_eq!(commas(s), want, "{s}");
        }
    }
}
