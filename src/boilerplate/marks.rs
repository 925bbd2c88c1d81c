//! Blocks with no text a reader wants: spacers (a paragraph of one to three
//! filler marks), names from code set as paragraphs, and the counts that
//! like, share and comment buttons show, printed as paragraphs of their own
//! beside them. The classifier drops them last, so that their going moves
//! nothing around them.

use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};

/// A name from code set as a paragraph (`narrow-browser-and-phone`, a
/// layout's breakpoint printed by a template): one lowercase ASCII token of
/// at least three parts joined by hyphens or underscores.
pub(super) fn code_name(text: &str) -> bool {
    // One pass that stops at the first byte no such name has (a space or a
    // capital, early in any prose).
    let (mut joins, mut letters, mut after_join) = (0, false, true);
    for b in text.trim().bytes() {
        match b {
            b'-' | b'_' if !after_join => {
                joins += 1;
                after_join = true;
            }
            b'a'..=b'z' => (letters, after_join) = (true, false),
            b'0'..=b'9' => after_join = false,
            _ => return false,
        }
    }
    joins >= 2 && letters && !after_join
}

/// Most characters of a bare count (`12`, `1,204`, `3.4K`).
const MAX_COUNT_CHARS: usize = 6;

/// A bare count: a number alone, with thousands separators or a `K`/`M`
/// suffix, as like, share and comment buttons print them; not a year.
pub(super) fn bare_count(c: &Candidate) -> bool {
    let t = c.text.trim();
    let digits = t.trim_end_matches(['K', 'k', 'M']);
    let year = t.len() == 4 && (t.starts_with("19") || t.starts_with("20"));
    c.kind == BlockKind::Paragraph
        && !year
        && t.len() <= MAX_COUNT_CHARS
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.ends_with(|c: char| c.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// What a button's count sits beside: share and comment buttons, bylines.
fn beside_buttons(r: Option<Reason>) -> bool {
    matches!(
        r,
        Some(
            Reason::Share
                | Reason::Counter
                | Reason::Comments
                | Reason::CommentForm
                | Reason::Subscribe
                | Reason::Byline
        )
    )
}

/// Marks runs of bare counts next to a removed share or comment button or
/// byline (`Mar 3` / `12` / `3` / `Share`) as counters. Numbers elsewhere
/// (a recipe's step numbers, a list of years) stay.
pub(super) fn button_counts(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let mut i = 0;
    while i < cands.len() {
        if verdict[i].is_some() || !bare_count(&cands[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < cands.len() && verdict[i].is_none() && bare_count(&cands[i]) {
            i += 1;
        }
        let before = start.checked_sub(1).and_then(|b| verdict[b]);
        let after = verdict.get(i).copied().flatten();
        if beside_buttons(before) || beside_buttons(after) {
            verdict[start..i].fill(Some(Reason::Counter));
        }
    }
}

/// Most characters a spacer has.
const MAX_SPACER_CHARS: usize = 3;

/// A spacer: a paragraph of filler marks only (`.` on its own to make
/// room, `,` between two links, `×` on a close button). Rules of dashes,
/// underscores or asterisks divide sections of the text and stay, and so
/// do emoticons (`=)`).
pub(super) fn mark_only(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().count() <= MAX_SPACER_CHARS
        && text
            .chars()
            .all(|c| matches!(c, '.' | ',' | ';' | '·' | '•' | '|' | '/' | '\\' | '×'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names() {
        assert!(code_name("medium-browser-and-portrait-tablet"));
        assert!(code_name("wide_browser_and_larger"));
        for text in [
            "2019-11-18",
            "state of the art",
            "Jean-Paul-Sartre",
            "above-phone",
            "a--b",
        ] {
            assert!(!code_name(text), "{text}");
        }
    }

    #[test]
    fn spacers_are_too_short() {
        for spacer in [".", " , ", "×", "...", "•"] {
            assert!(mark_only(spacer), "{spacer:?}");
        }
        for kept in ["* * *", "___", "—", "=)", "A.", "42", " ", "....."] {
            assert!(!mark_only(kept), "{kept:?}");
        }
    }

    #[test]
    fn counts_beside_buttons_go_and_other_numbers_stay() {
        let p = |t: &str| Candidate::new(t, BlockKind::Paragraph);
        let cands = [
            p("Mar 3, 2024"),
            p("12"),
            p("3"),
            p("Share"),
            p("1998"),
            p("The first film came out that year."),
            p("1."),
            p("Preheat the oven."),
        ];
        let mut verdict = vec![None; cands.len()];
        verdict[0] = Some(Reason::Byline);
        verdict[3] = Some(Reason::Share);
        button_counts(&cands, &mut verdict);
        assert_eq!(verdict[1], Some(Reason::Counter));
        assert_eq!(verdict[2], Some(Reason::Counter));
        assert_eq!(verdict[4], None);
        assert_eq!(verdict[6], None);
    }
}
