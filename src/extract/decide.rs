//! Per-block verdicts from structure: which hints apply given the chosen
//! container, and what lies outside it.

use super::container::Region;
use super::features::{density, ends_sentence};
use super::walk::{RawBlock, Walked};
use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};

/// Link density above which a block inside the container is chrome.
const LINK_DENSE: f32 = 0.5;

/// The hint that applies to `b`: hints on the container or above it are
/// ignored (a page-wide `class="subscriber"` says nothing about the body);
/// of the rest, the outermost hard hint wins, else the innermost soft one.
fn scoped_hint(w: &Walked, region: Option<&Region>, b: &RawBlock) -> Option<(Reason, bool)> {
    let mut at = w.nodes[b.node].hinted;
    let mut innermost_soft = None;
    let mut outermost_hard = None;
    while let Some(h) = at {
        if region.is_some_and(|r| r.above[h]) {
            break;
        }
        let hint = w.nodes[h].hint.expect("hinted nodes carry a hint");
        if hint.1 {
            outermost_hard = Some(hint);
        } else if innermost_soft.is_none() {
            innermost_soft = Some(hint);
        }
        at = w.nodes[h].parent.and_then(|p| w.nodes[p].hinted);
    }
    outermost_hard.or(innermost_soft).or(b.inline_hint)
}

/// Prose that may be body even outside the container: long enough, few
/// links, a finished sentence.
fn reads_as_prose(b: &RawBlock, ld: f32) -> bool {
    b.chars >= PROSE_CHARS && ld < 0.2 && ends_sentence(&b.text)
}

/// Characters a block outside the container needs to be rescued.
const PROSE_CHARS: u32 = 100;

/// Turns raw blocks into candidates with hints, link density and `in_main`.
pub(crate) fn candidates(w: Walked, region: Option<&Region>) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(w.blocks.len() + w.hidden.len());
    let mut hidden = w.hidden.iter().peekable();
    for (i, b) in w.blocks.iter().enumerate() {
        while let Some((_, text)) = hidden.next_if(|(at, _)| *at <= i) {
            out.push(
                Candidate::new(text.clone(), BlockKind::Paragraph).with_hint(Reason::Hidden, true),
            );
        }
        let hint = scoped_hint(&w, region, b);
        let ld = density(b.link_chars, b.chars);
        let inside = region.map(|r| r.inside[b.node]);
        let mut c = Candidate::new(b.text.clone(), b.kind);
        c.link_density = ld;
        c.in_main = inside;
        let rescued = inside == Some(false)
            && hint.is_none()
            && region.is_some_and(|r| r.near[b.node])
            && reads_as_prose(b, ld);
        let inside = if rescued || b.declared {
            Some(true)
        } else {
            inside
        };
        let hint = if b.declared { None } else { hint };
        c.in_main = inside;
        c = match (hint, inside) {
            (Some((reason, _)), Some(false)) => c.with_hint(reason, true),
            (None, Some(false)) => c.with_hint(Reason::OutsideContent, true),
            (Some((reason, hard)), _) => c.with_hint(reason, hard),
            (None, _) if ld > LINK_DENSE => c.with_hint(Reason::LinkDense, false),
            (None, _) => c,
        };
        out.push(c);
    }
    for (_, text) in hidden {
        out.push(
            Candidate::new(text.clone(), BlockKind::Paragraph).with_hint(Reason::Hidden, true),
        );
    }
    out
}
