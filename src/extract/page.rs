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
/// decided (hints scoped to the main container).
pub(crate) fn block_shape(cands: &[Candidate], shape: &mut Shape) {
    let mut run = 0usize;
    let blocks: Vec<&Candidate> = cands
        .iter()
        .filter(|c| !c.hint.is_some_and(chrome))
        .collect();
    for (i, b) in blocks.iter().enumerate() {
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
                .any(|n| n.link_density < 0.3 && width(&n.text) >= 40);
            if summary {
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
}
