//! Blocks with no text a reader wants: spacers (a paragraph of one to three
//! filler marks), names from code set as paragraphs, star ratings, and the
//! counts that like, share and comment buttons show, printed as paragraphs
//! of their own beside them. The classifier drops them last, so that their
//! going moves nothing around them.

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

/// Words that count ratings, lowercase, in the languages covered.
const RATINGS: &[&str] = &[
    "ratings",
    "rating",
    "votes",
    "vote",
    "reviews",
    "review",
    "bewertungen",
    "bewertung",
    "stimmen",
    "avis",
    "valoraciones",
    "votos",
    "opiniones",
    "voti",
    "recensioni",
    "valutazioni",
    "ocen",
    "opinii",
    "głosów",
    "оценок",
    "оценки",
    "отзывов",
    "голосов",
    "beoordelingen",
    "stemmen",
    "avaliações",
];

/// Words for the stars of a rating scale, lowercase.
const STARS: &[&str] = &[
    "stars",
    "star",
    "sterne",
    "sternen",
    "étoiles",
    "estrellas",
    "stelle",
    "gwiazdek",
    "звезд",
    "звёзд",
    "sterren",
    "estrelas",
];

/// Words that put a score on its scale (`4.5 out of 5`, `4,5 von 5`) or on
/// the ratings behind it (`4,53 bei 4394 Bewertungen`).
const RATED_ON: &[&str] = &[
    "out of",
    "of",
    "von",
    "sur",
    "de",
    "di",
    "z",
    "из",
    "van",
    "from",
    "bei",
    "based on",
    "aus",
    "avec",
    "con",
    "na podstawie",
];

fn is_number(w: &str) -> bool {
    let w = w.trim_matches(|c| matches!(c, '(' | ')' | '/'));
    !w.is_empty()
        && w.bytes().any(|b| b.is_ascii_digit())
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// A star rating's line: a score on its scale or over a count of ratings
/// (`4.5 out of 5 stars`, `4,53 bei 4394 Bewertungen`, `Rated 4 of 5`), or a
/// count of ratings alone (`(128 reviews)`). A rating widget's text, not the
/// article's. `lower` is the line lowercased.
pub(crate) fn rating_line(lower: &str) -> bool {
    let lower = lower.trim().trim_end_matches('.');
    let lower = lower
        .strip_prefix("rated ")
        .or_else(|| lower.strip_prefix("bewertet mit "))
        .unwrap_or(lower);
    // Every form opens with a number (or the bracket or slash [`is_number`]
    // trims from one).
    if !lower.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '/')) {
        return false;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    let unit = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        RATINGS.contains(&w) || STARS.contains(&w)
    };
    match words.as_slice() {
        [n, u] => is_number(n) && unit(u),
        [n, rest @ ..] if is_number(n) && rest.len() <= 5 => {
            let rest = rest.join(" ");
            RATED_ON.iter().any(|on| {
                rest.strip_prefix(on)
                    .and_then(|r| r.strip_prefix(' '))
                    .is_some_and(|r| {
                        let mut ws = r.split_whitespace();
                        ws.next().is_some_and(is_number) && ws.all(unit)
                    })
            })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_lines() {
        for line in [
            "4,53 bei 4394 Bewertungen",
            "4.5 out of 5 stars",
            "Rated 4 of 5",
            "(128 reviews)",
            "3,8 von 5 Sternen",
            "4.2 sur 5",
        ] {
            assert!(rating_line(&line.to_lowercase()), "{line}");
        }
        for line in [
            "5 out of 10 people said they would move.",
            "Book reviews",
            "The 2024 season",
            "3 of the 5 stars of the team were injured",
            "12 reviews of the new phone found the battery weak",
        ] {
            assert!(!rating_line(&line.to_lowercase()), "{line}");
        }
    }

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
