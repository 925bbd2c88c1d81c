//! Prose that structure put outside the chosen content container but a
//! reader wants: the lead paragraph between the headline and the body, and,
//! when nothing at all survived, the page's prose (a last resort, as
//! trafilatura's baseline is).

use super::lines::{reads_as_body, word_count_upto};
use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};

/// Blocks after the headline searched for a lead paragraph.
const LEAD_REACH: usize = 6;
/// Words a lead paragraph needs: shorter blurbs under a headline are decks
/// and captions.
const LEAD_WORDS: usize = 30;
/// Link density above which a block is not prose.
const MAX_PROSE_LINKS: f32 = 0.2;
/// A body shorter than this, in words, counts as empty.
const EMPTY_BODY_WORDS: usize = 40;

/// Words from which a "heading" is prose set in a heading element (a lead
/// styled as `<h2>`).
const HEADING_PROSE_WORDS: usize = 25;

/// Whether a heading's text is prose set in a heading element: at least
/// [`HEADING_PROSE_WORDS`] words.
pub(crate) fn prose_heading(text: &str) -> bool {
    word_count_upto(text, HEADING_PROSE_WORDS) >= HEADING_PROSE_WORDS
}

/// Prose worth rescuing: few links, reads as body, not a heading, and not a
/// line whose shape says chrome (a caption, a byline, a cookie notice).
fn prose(c: &Candidate) -> bool {
    let heading = matches!(c.kind, BlockKind::Heading(_)) && !prose_heading(&c.text);
    c.link_density < MAX_PROSE_LINKS
        && reads_as_body(&c.text)
        && !heading
        && super::lines::metadata_line(&c.text).is_none()
}

/// Reasons that only say where a block stood, not what it is.
fn positional(r: Option<Reason>) -> bool {
    matches!(r, Some(Reason::OutsideContent))
}

/// Keeps prose that sits between the headline and the first block of the
/// content container (a standfirst set apart from the body).
pub(crate) fn lead(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    // The headline: the title's copy, or else the first `<h1>` that only
    // stood outside the container (a headline worded apart from the title).
    let Some(t) = verdict
        .iter()
        .position(|v| *v == Some(Reason::DuplicateTitle))
        .or_else(|| {
            (0..cands.len()).find(|&i| {
                cands[i].kind == BlockKind::Heading(1)
                    && cands[i].in_main == Some(false)
                    && positional(verdict[i])
            })
        })
    else {
        return;
    };
    if cands[t].in_main != Some(false) {
        return;
    }
    for i in t + 1..cands.len().min(t + 1 + LEAD_REACH) {
        if cands[i].in_main == Some(true) {
            break;
        }
        if positional(verdict[i])
            && prose(&cands[i])
            && word_count_upto(&cands[i].text, LEAD_WORDS) >= LEAD_WORDS
        {
            verdict[i] = None;
        }
    }
}

/// Keeps the prose dropped only for where it stood: every post of a
/// discussion thread, or the page's prose when no body survived.
pub(crate) fn posts(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    for (c, v) in cands.iter().zip(verdict.iter_mut()) {
        if positional(*v) && prose(c) {
            *v = None;
        }
    }
}

/// Whether the blocks kept so far make a body of at least
/// [`EMPTY_BODY_WORDS`].
fn has_body(cands: &[Candidate], verdict: &[Option<Reason>]) -> bool {
    is_body(
        cands
            .iter()
            .zip(verdict)
            .filter(|(_, v)| v.is_none())
            .map(|(c, _)| c.text.as_str()),
    )
}

/// Whether `texts` make a body: at least [`EMPTY_BODY_WORDS`] words
/// (counting stops at the bound).
pub(crate) fn is_body<'a>(texts: impl IntoIterator<Item = &'a str>) -> bool {
    let mut words = 0;
    for t in texts {
        words += word_count_upto(t, EMPTY_BODY_WORDS);
        if words >= EMPTY_BODY_WORDS {
            return true;
        }
    }
    false
}

/// When no body survived, keeps the page's prose blocks that were dropped
/// only for where they stood; when still none, and the page's prose is all
/// marked up as comments (a discussion thread), keeps the opening post.
pub(crate) fn empty_body(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    if has_body(cands, verdict) {
        return;
    }
    posts(cands, verdict);
    if has_body(cands, verdict) {
        return;
    }
    if let Some(i) =
        (0..cands.len()).find(|&i| verdict[i] == Some(Reason::Comments) && prose(&cands[i]))
    {
        verdict[i] = None;
    }
}
