//! Per-block verdicts from structure: which hints apply given the chosen
//! container, and what lies outside it.

use super::container::Region;
use super::features::{density, ends_sentence};
use super::walk::{RawBlock, Walked};
use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};

/// Link density above which a block inside the container is chrome.
const LINK_DENSE: f32 = 0.5;
/// Link density above which a block that is not a finished sentence is
/// chrome however long it is (a line of linked headlines).
const ALL_LINKS: f32 = 0.8;

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

/// Prose that may be body even outside the container: at least
/// `min_chars` long ([`PROSE_CHARS`], or [`LEAD_CHARS`] for a paragraph
/// named as the lead), few links, a finished sentence.
fn reads_as_prose(b: &RawBlock, ld: f32, min_chars: u32) -> bool {
    b.chars >= min_chars && ld < 0.2 && ends_sentence(&b.text)
}

/// Characters a paragraph named as the lead needs: one sentence will do.
const LEAD_CHARS: u32 = 50;

/// Recorded ancestors searched for a lead-paragraph name.
const LEAD_REACH: usize = 3;

/// Whether the node or one of its nearest recorded ancestors is named as the
/// article's lead paragraph: the standfirst that opens the story, however far
/// from the container the layout put it.
fn in_lead(w: &Walked, node: usize) -> bool {
    let mut at = Some(node);
    for _ in 0..LEAD_REACH {
        let Some(i) = at else { return false };
        if w.nodes[i].lead {
            return true;
        }
        at = w.nodes[i].parent;
    }
    false
}

/// Characters of the paragraph a linked heading must introduce to be body.
const INTRODUCED_CHARS: u32 = 200;

/// A heading, linked or not, right above a long paragraph with few links:
/// a section of the article whose title links somewhere (a product, a
/// source), not a list of linked headlines.
fn heads_prose(blocks: &[RawBlock], i: usize) -> bool {
    matches!(blocks[i].kind, BlockKind::Heading(_))
        && blocks.get(i + 1).is_some_and(|n| {
            !matches!(n.kind, BlockKind::Heading(_))
                && n.chars > INTRODUCED_CHARS
                && reads_as_prose(n, density(n.link_chars, n.chars), PROSE_CHARS)
        })
}

/// Characters a block outside the container needs to be rescued.
const PROSE_CHARS: u32 = 100;

/// Turns raw blocks into candidates with hints, link density and `in_main`.
pub(crate) fn candidates(mut w: Walked, region: Option<&Region>) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(w.blocks.len() + w.apart.len());
    let mut apart = std::mem::take(&mut w.apart).into_iter().peekable();
    let teasers = teasers(&w.blocks);
    for (i, &teaser) in teasers.iter().enumerate() {
        while let Some((_, text, reason)) = apart.next_if(|(at, ..)| *at <= i) {
            out.push(Candidate::new(text, BlockKind::Paragraph).with_hint(reason, true));
        }
        let c = candidate(&w, region, i, teaser);
        // The block's text is read no more (a block looks only at the one
        // after it): it moves to the candidate.
        let text = std::mem::take(&mut w.blocks[i].text);
        out.push(Candidate { text, ..c });
    }
    for (_, text, reason) in apart {
        out.push(Candidate::new(text, BlockKind::Paragraph).with_hint(reason, true));
    }
    out
}

/// The candidate of block `i`, its text left empty; `teaser`: the block
/// is in a run of teasers.
fn candidate(w: &Walked, region: Option<&Region>, i: usize, teaser: bool) -> Candidate {
    let b = &w.blocks[i];
    let inside = region.map(|r| r.inside[b.node]);
    // A caption class names what an element is, not chrome; outside the
    // container, where the block stands says more.
    let hint = scoped_hint(w, region, b)
        .filter(|&(r, hard)| hard || r != Reason::Caption || inside != Some(false));
    let ld = density(b.link_chars, b.chars);
    let mut c = Candidate::new(String::new(), b.kind);
    c.link_density = ld;
    let rescued = inside == Some(false)
        && hint.is_none()
        && (region.is_some_and(|r| r.near[b.node]) && reads_as_prose(b, ld, PROSE_CHARS)
            || in_lead(w, b.node) && reads_as_prose(b, ld, LEAD_CHARS));
    // A heading right above declared content introduces it.
    let heads_declared = matches!(b.kind, BlockKind::Heading(_))
        && hint.is_none()
        && w.blocks.get(i + 1).is_some_and(|n| n.declared);
    let inside = if rescued || b.declared || heads_declared {
        Some(true)
    } else {
        inside
    };
    let hint = if b.declared { None } else { hint };
    c.in_main = inside;
    match (hint, inside) {
        (Some((reason, _)), Some(false)) => c.with_hint(reason, true),
        (None, Some(false)) => c.with_hint(Reason::OutsideContent, true),
        (Some((reason, hard)), _) => c.with_hint(reason, hard),
        (None, _) if ld > LINK_DENSE && !(inside == Some(true) && heads_prose(&w.blocks, i)) => {
            c.with_hint(Reason::LinkDense, ld > ALL_LINKS && !ends_sentence(&b.text))
        }
        (None, _) if teaser => c.with_hint(Reason::Related, true),
        (None, _) => c,
    }
}

/// Blocks in a row that open with a link for a list of teasers.
const TEASER_RUN: usize = 3;
/// Least characters of the opening link of a teaser (its headline).
const TEASER_LINK_CHARS: u32 = 12;

/// A teaser: a list item whose linked headline opens other text. (Paragraphs
/// that open with a link are also how digest articles are written, and so
/// are list items whose opening link is a whole sentence.)
fn is_teaser(b: &RawBlock) -> bool {
    b.kind == BlockKind::ListItem
        && b.lead_link_chars >= TEASER_LINK_CHARS
        && b.lead_link_chars * 7 >= b.chars
        && b.lead_link_chars < b.chars
        && !link_is_sentence(b)
}

/// The opening link is a sentence: it ends one, or a full stop follows it
/// (`<a>…layoffs</a>.`).
fn link_is_sentence(b: &RawBlock) -> bool {
    let link = lead_link_text(b);
    ends_sentence(link)
        || b.text[link.len()..]
            .trim_start()
            .starts_with(['.', '!', '?', '。', '！', '？'])
}

/// The opening link's text: the block's text up to its
/// [`RawBlock::lead_link_chars`]th character that is not a space.
fn lead_link_text(b: &RawBlock) -> &str {
    let mut seen = 0;
    for (i, c) in b.text.char_indices() {
        if seen == b.lead_link_chars {
            return &b.text[..i];
        }
        seen += u32::from(!c.is_whitespace());
    }
    &b.text
}

/// Runs of at least [`TEASER_RUN`] consecutive teasers: lists of other
/// articles (headline link plus summary), however long their summaries.
fn teasers(blocks: &[RawBlock]) -> Vec<bool> {
    let mut out = vec![false; blocks.len()];
    let mut start = 0;
    for i in 0..=blocks.len() {
        if i < blocks.len() && is_teaser(&blocks[i]) {
            continue;
        }
        if i - start >= TEASER_RUN {
            out[start..i].iter_mut().for_each(|t| *t = true);
        }
        start = i + 1;
    }
    out
}
