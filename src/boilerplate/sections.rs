//! Sections and their headings: once classification has removed what a
//! heading introduced (`Related articles` above links dropped as related,
//! `Further reading` above a link list), the heading goes with it; and a
//! list under a label that names other stories (`More Great Stories`) goes
//! with its label when its items link away, and so do teasers (a linked
//! headline over a short summary). A short line inside a newsletter, share
//! or sign-in box goes with the box.

use super::word_count_upto;
use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};
use crate::extract::ends_sentence;

/// Words a heading may have and still be a section title; pages that mark
/// up their paragraphs as headings give longer ones.
const TITLE_WORDS: usize = 12;

/// No sentence ends the text, or it ends in a colon.
fn titles(text: &str) -> bool {
    !ends_sentence(text) || text.trim_end().ends_with(':')
}

/// The level of a heading that reads as a section title.
fn level(c: &Candidate) -> Option<u8> {
    match c.kind {
        BlockKind::Heading(l)
            if word_count_upto(&c.text, TITLE_WORDS + 1) <= TITLE_WORDS && titles(&c.text) =>
        {
            Some(l)
        }
        _ => None,
    }
}

/// Share of an item's text that must be link text for it to be one of the
/// stories a related-stories label lists (`Paid ads are not the problem.
/// <a>Our perceptions are</a>`).
const LISTED_LINKS: f32 = 0.3;

/// Link density of a teaser's headline.
const HEADLINE_LINKS: f32 = 0.8;
/// Longest summary under a teaser's headline, in words.
const SUMMARY_WORDS: usize = 50;

/// Where a block stands under a label removed as related stories.
#[derive(Clone, Copy, PartialEq)]
enum Under {
    /// Not under such a label.
    No,
    /// Right under it, or after a listed item or a teaser's summary.
    Label,
    /// After a teaser's linked headline: a short summary may follow.
    Headline,
}

/// Teasers a run needs before their summaries go: one linked headline and
/// the paragraph after it is also how a `Read also:` link sits inside an
/// article.
const MIN_TEASERS: usize = 2;

/// Marks what lies right under a label removed as related stories: list
/// items that each link away, and teasers (a linked headline, then a short
/// summary without links), when there are at least [`MIN_TEASERS`] of them:
/// the stories it announces.
pub(crate) fn related_lists(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let mut under = Under::No;
    // Headlines and summaries of the teasers in the current run.
    let mut teasers: Vec<usize> = Vec::new();
    let mut summaries = 0;
    for (i, c) in cands.iter().enumerate() {
        let v = verdict[i];
        let label = v == Some(Reason::Related) && c.kind != BlockKind::ListItem && titles(&c.text);
        if label {
            close(&mut teasers, &mut summaries, verdict);
        }
        under = if label {
            Under::Label
        } else if under == Under::No {
            Under::No
        } else if c.kind == BlockKind::ListItem && c.link_density >= LISTED_LINKS {
            verdict[i].get_or_insert(Reason::Related);
            Under::Label
        } else if c.link_density >= HEADLINE_LINKS && !matches!(c.kind, BlockKind::Heading(_)) {
            teasers.push(i);
            Under::Headline
        } else if under == Under::Headline
            && v.is_none()
            && c.kind == BlockKind::Paragraph
            && c.link_density == 0.0
            && word_count_upto(&c.text, SUMMARY_WORDS + 1) <= SUMMARY_WORDS
        {
            teasers.push(i);
            summaries += 1;
            Under::Label
        } else {
            close(&mut teasers, &mut summaries, verdict);
            Under::No
        };
    }
    close(&mut teasers, &mut summaries, verdict);
}

/// Ends a run of teasers: with [`MIN_TEASERS`] summaries or more, its
/// headlines and summaries are related stories.
fn close(teasers: &mut Vec<usize>, summaries: &mut usize, verdict: &mut [Option<Reason>]) {
    if *summaries >= MIN_TEASERS {
        for &i in teasers.iter() {
            verdict[i].get_or_insert(Reason::Related);
        }
    }
    teasers.clear();
    *summaries = 0;
}

/// Most words of a line taken for part of the chrome around it.
const SANDWICH_WORDS: usize = 20;

/// Chrome that a short line between two of its blocks belongs to: a
/// newsletter box's pitch between its heading and its form, a share bar's
/// caption, a sign-in box's prompt.
fn boxed(r: Option<Reason>) -> Option<Reason> {
    r.filter(|r| matches!(r, Reason::Subscribe | Reason::Share | Reason::Login))
}

/// A short kept line between a box's chrome (a newsletter, share or
/// sign-in box) and more of it, or the box's form, is part of that box. A
/// form alone on both sides says nothing: some sites wrap whole pages in
/// one.
pub(crate) fn sandwiched(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let form = |r: Option<Reason>| r == Some(Reason::CommentForm);
    for i in 1..cands.len().saturating_sub(1) {
        if verdict[i].is_some() {
            continue;
        }
        let (before, after) = (verdict[i - 1], verdict[i + 1]);
        let reason = match (boxed(before), boxed(after)) {
            (Some(a), Some(_)) => a,
            (Some(a), None) if form(after) => a,
            (None, Some(b)) if form(before) => b,
            _ => continue,
        };
        // The neighbours are read first: most lines have none such, and
        // need no count of their words.
        if word_count_upto(&cands[i].text, SANDWICH_WORDS + 1) <= SANDWICH_WORDS {
            verdict[i] = Some(reason);
        }
    }
}

/// Removes each kept heading whose section (the blocks up to the next kept
/// heading of the same or a higher level, or the end of the page) holds
/// removed blocks and nothing kept. It takes the reason of the first block
/// removed after it; hidden blocks and captions do not count.
///
/// A page whose kept blocks are all headings keeps them.
pub(crate) fn orphan_headings(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let body = cands
        .iter()
        .zip(verdict.iter())
        .any(|(c, v)| v.is_none() && level(c).is_none());
    if !body {
        return;
    }
    // Walking back from the end: the nearest kept block after `i`, and the
    // reason of the first block removed between `i` and it. Blocks after
    // `i` are decided already, so one pass does.
    let mut next_kept: Option<usize> = None;
    let mut first_removed: Option<Reason> = None;
    for i in (0..cands.len()).rev() {
        if verdict[i].is_none()
            && let Some(lv) = level(&cands[i])
        {
            let kept = next_kept.is_some_and(|j| level(&cands[j]).is_none_or(|l| l > lv));
            if !kept && let Some(r) = first_removed {
                verdict[i] = Some(r);
            }
        }
        match verdict[i] {
            None => {
                next_kept = Some(i);
                first_removed = None;
            }
            // A collapsed section (an accordion's answers) still has a
            // title to show.
            Some(Reason::Hidden | Reason::Caption) => {}
            Some(r) => first_removed = Some(r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(blocks: &[(BlockKind, &str, Option<Reason>)]) -> Vec<Option<Reason>> {
        let cands: Vec<Candidate> = blocks
            .iter()
            .map(|(k, t, _)| Candidate::new(*t, *k))
            .collect();
        let mut verdict: Vec<Option<Reason>> = blocks.iter().map(|b| b.2).collect();
        orphan_headings(&cands, &mut verdict);
        verdict
    }

    const P: BlockKind = BlockKind::Paragraph;
    const H2: BlockKind = BlockKind::Heading(2);
    const H3: BlockKind = BlockKind::Heading(3);
    const BODY: &str = "The council voted on Tuesday to extend the tram line to the harbour.";

    #[test]
    fn a_pitch_inside_a_newsletter_box_goes_with_it() {
        let cands: Vec<Candidate> = [
            BODY,
            "Sign up for the morning briefing",
            "The day's news in five minutes, every weekday.",
            "Email address",
            BODY,
            "Page 2",
            BODY,
        ]
        .iter()
        .map(|t| Candidate::new(*t, P))
        .collect();
        let mut verdict = vec![
            None,
            Some(Reason::Subscribe),
            None,
            Some(Reason::CommentForm),
            None,
            None,
            Some(Reason::CommentForm),
        ];
        sandwiched(&cands, &mut verdict);
        assert_eq!(verdict[2], Some(Reason::Subscribe));
        assert_eq!(verdict[4], None, "body between a form and body stays");
        assert_eq!(verdict[5], None);
        let mut forms = vec![Some(Reason::CommentForm), None, Some(Reason::CommentForm)];
        sandwiched(&cands[..3], &mut forms);
        assert_eq!(forms[1], None, "a page wrapped in a form keeps its lines");
    }

    #[test]
    fn heading_over_removed_links_goes_with_them() {
        let v = run(&[
            (P, BODY, None),
            (H2, "Weitere Beiträge", None),
            (P, "Ein anderer Artikel", Some(Reason::Related)),
            (P, "Noch ein Artikel", Some(Reason::Related)),
        ]);
        assert_eq!(v[1], Some(Reason::Related));
        assert_eq!(v[0], None);
    }

    #[test]
    fn heading_with_kept_text_stays() {
        let v = run(&[
            (H2, "Background", None),
            (P, "Photo: city archive", Some(Reason::Caption)),
            (P, BODY, None),
            (H2, "Related", None),
            (P, "Other story", Some(Reason::Related)),
        ]);
        assert_eq!(v[0], None);
        assert_eq!(v[3], Some(Reason::Related));
    }

    #[test]
    fn parent_heading_of_a_kept_subsection_stays() {
        let v = run(&[
            (P, BODY, None),
            (H2, "Results", None),
            (P, "Share", Some(Reason::Share)),
            (H3, "Second round", None),
            (P, BODY, None),
        ]);
        assert_eq!(v[1], None);
        assert_eq!(v[3], None);
    }

    #[test]
    fn nested_headings_of_a_removed_section_all_go() {
        let v = run(&[
            (P, BODY, None),
            (H2, "Mehr zum Thema", None),
            (H3, "Politik", None),
            (P, "Link", Some(Reason::Related)),
        ]);
        assert_eq!(v[1], Some(Reason::Related));
        assert_eq!(v[2], Some(Reason::Related));
    }

    #[test]
    fn headings_that_read_as_prose_and_hidden_sections_are_kept() {
        let v = run(&[
            (P, BODY, None),
            (H3, BODY, None),
            (P, "Views: 22", Some(Reason::OutsideContent)),
            (H2, "How do I apply?", None),
            (P, "Fill in the form.", Some(Reason::Hidden)),
        ]);
        assert_eq!(v[1], None);
        assert_eq!(v[3], None);
    }

    #[test]
    fn a_page_of_headings_only_keeps_them() {
        let v = run(&[
            (H2, "Opening hours", None),
            (P, "Menu", Some(Reason::Navigation)),
        ]);
        assert_eq!(v[0], None);
    }
}
