//! Page-level hooks of the extractor: the page's shape for
//! [`crate::meta::PageType`], and blocks that repeat the byline or a date
//! line, marked [`Reason::Byline`].

use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};
use crate::meta::{Metadata, Shape, dates};

/// Characters of a paragraph that count as prose for the shape.
const PROSE_CHARS: usize = 90;
/// Readability's minimum paragraph length for its reader score.
const READER_MIN_CHARS: usize = 140;
/// Most blocks from one teaser headline to the next in a list of teasers
/// (headline, summary, date, a "read more" link, an image caption, …).
const TEASER_GAP: usize = 6;
/// Words a date or byline line may have.
const BYLINE_WORDS: usize = 12;

/// Text width: ideographs and syllables count twice, as they carry about
/// as much as two letters.
fn width(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.chars()
        .map(|c| if c as u32 >= 0x2E80 { 2 } else { 1 })
        .sum()
}

/// Tokens of one character in a row that read as a formula, not prose
/// (`a x 2 + b x + c = 0`, MathML as text).
const FORMULA_RUN: usize = 4;

/// [`width`] without formulas: runs of [`FORMULA_RUN`] or more one-character
/// tokens do not count as the prose Readability's reader score measures.
/// `total` is the text's [`width`], which the caller has.
fn prose_width(text: &str, mut total: usize) -> usize {
    // The current run of one-character tokens: its length and width (each
    // token with its space).
    let (mut run, mut run_width) = (0usize, 0usize);
    // A two-character token after the last closes the last run.
    for token in text.split_whitespace().chain(std::iter::once("..")) {
        if token.chars().nth(1).is_none() {
            run += 1;
            run_width += width(token) + 1;
            continue;
        }
        if run >= FORMULA_RUN {
            total = total.saturating_sub(run_width);
        }
        (run, run_width) = (0, 0);
    }
    total
}

fn chrome(r: Reason) -> bool {
    matches!(
        r,
        Reason::Navigation
            | Reason::Copyright
            | Reason::Related
            | Reason::SiteHeader
            | Reason::Hidden
    )
}

/// Adds the block features of the shape to `shape`, from the blocks as
/// decided (hints scoped to the main container). Returns the index in
/// `cands` of the first teaser headline that the next one follows within
/// [`TEASER_GAP`] blocks, where a listing's teasers begin.
pub(crate) fn block_shape(cands: &[Candidate], shape: &mut Shape) -> Option<usize> {
    let mut run = 0usize;
    let mut teasers = Vec::new();
    let blocks: Vec<(usize, &Candidate)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.hint.is_some_and(chrome))
        .collect();
    for (i, &(at, b)) in blocks.iter().enumerate() {
        let len = width(&b.text);
        let ld = b.link_density;
        let linked_title = matches!(b.kind, BlockKind::Heading(_))
            && ld >= 0.9
            && len >= 12
            && b.text.split_whitespace().count() <= 30;
        if linked_title {
            let summary = blocks[i + 1..]
                .iter()
                .take(3)
                .any(|(_, n)| n.link_density < 0.3 && width(&n.text) >= 40);
            if summary {
                teasers.push(at);
                shape.linked_headings += 1;
                run = 0;
            }
            continue;
        }
        if ld < 0.5 {
            shape.text_chars += len;
        }
        let may_be_prose = matches!(b.kind, BlockKind::Paragraph | BlockKind::Quote) && ld < 0.3;
        let reader = matches!(b.kind, BlockKind::Paragraph | BlockKind::Preformatted);
        // Formulas set as text are not prose (measured only where it counts).
        let len = if len >= PROSE_CHARS && (may_be_prose || reader) {
            prose_width(&b.text, len)
        } else {
            len
        };
        if may_be_prose && len >= PROSE_CHARS {
            run += 1;
            shape.max_prose_run = shape.max_prose_run.max(run);
        }
        if reader && len >= READER_MIN_CHARS {
            shape.reader_score += ((len - READER_MIN_CHARS) as f32).sqrt();
        }
    }
    // A lone teaser (a person's card above an introduction) does not start
    // the list; one followed closely by the next does.
    teasers
        .windows(2)
        .find(|w| w[1] - w[0] <= TEASER_GAP)
        .map(|w| w[0])
}

fn fold(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Marks short blocks that are the byline or a date line: they name a
/// declared author, or hold the publication date, with few other words.
pub(crate) fn mark_bylines(cands: &mut [Candidate], meta: &Metadata) {
    let authors: Vec<String> = meta
        .authors
        .iter()
        .map(|a| fold(a))
        .filter(|a| !a.is_empty())
        .collect();
    for c in cands.iter_mut() {
        if c.hint.is_some() || matches!(c.kind, BlockKind::Heading(_)) {
            continue;
        }
        // Counted no further than the bound: long blocks are not read to the end.
        // Over 160 characters: at least 161 bytes, and sure past 640.
        let len = c.text.len();
        if len > 640 || len > 160 && c.text.chars().nth(160).is_some() {
            continue;
        }
        let words = c.text.split_whitespace().take(BYLINE_WORDS + 1).count();
        if words > BYLINE_WORDS {
            continue;
        }
        // The folded words, where there are authors to find in them.
        let f = (!authors.is_empty()).then(|| fold(&c.text));
        let f = f.as_deref().unwrap_or_default();
        let names = authors.iter().any(|a| {
            f == *a
                || f.strip_prefix(a.as_str())
                    .is_some_and(|r| r.starts_with(' '))
                || f.strip_suffix(a.as_str()).is_some_and(|r| r.ends_with(' '))
                || f.contains(&format!(" {a} "))
        });
        // The date is looked for only where it can decide.
        let dated = || {
            meta.date.is_some_and(|d| {
                dates::in_text(&c.text, false) == Some(d)
                    || dates::in_text(&c.text, true) == Some(d)
            })
        };
        let bare_author = authors.iter().any(|a| a == f);
        if bare_author || names && (words <= 6 || dated()) || !names && words <= 8 && dated() {
            *c = c.clone().with_hint(Reason::Byline, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_not_prose() {
        let prose = "When the roots are real, there are two solutions and they are";
        let text = format!("{prose} x = − b ± b 2 − 4 a c 2 a .");
        assert!(prose_width(&text, width(&text)) <= prose.len() + 1);
        // One-letter words in prose stay.
        let sentence = "I saw a cat and a dog in a garden near the river.";
        assert_eq!(prose_width(sentence, width(sentence)), width(sentence));
    }

    fn teaser(title: &str) -> [Candidate; 2] {
        let mut h = Candidate::new(title, BlockKind::Heading(3));
        h.link_density = 1.0;
        let summary = format!("{title}: a summary of the story in one sentence or two.");
        [h, Candidate::new(summary, BlockKind::Paragraph)]
    }

    #[test]
    fn teasers_begin_where_one_closely_follows_another() {
        let intro = Candidate::new(
            "The introduction of the section, a paragraph of prose that says what it holds.",
            BlockKind::Paragraph,
        );
        let mut cands: Vec<Candidate> = teaser("A lone card of a person").into();
        cands.extend(std::iter::repeat_n(intro, 5));
        for t in ["First story in the list", "Second story in the list"] {
            cands.extend(teaser(t));
        }
        let mut shape = Shape::default();
        assert_eq!(block_shape(&cands, &mut shape), Some(7));
        assert_eq!(shape.linked_headings, 3);
        // Teasers too far apart are no list.
        cands.drain(7..9);
        cands.extend(std::iter::repeat_n(cands[2].clone(), TEASER_GAP));
        cands.extend(teaser("A story far below"));
        assert_eq!(block_shape(&cands, &mut Shape::default()), None);
    }
}
