//! Context revision, after jusText's last stage: a heading or a short label
//! that introduces chrome (`Related articles` above a list of links) is
//! chrome too; and a row of a data table whose cells link somewhere stays
//! with the rows around it.

use super::features::ends_sentence;
use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};

/// Words a label may have and still be taken for a section heading.
const LABEL_WORDS: usize = 6;

/// Reasons that mark a section of chrome a heading may introduce.
fn sectional(r: Reason) -> bool {
    matches!(
        r,
        Reason::Related
            | Reason::Navigation
            | Reason::Share
            | Reason::Tags
            | Reason::Comments
            | Reason::CommentForm
            | Reason::Subscribe
            | Reason::LinkDense
            | Reason::OutsideContent
            | Reason::Pagination
    )
}

/// A heading (not prose set as one, such as a standfirst in `<h3>`), or a
/// few words that finish no sentence; never a row of several cells, which
/// is data (`1 Pck.  Tortenguss, klar`).
fn is_label(c: &Candidate) -> bool {
    if data_row(c) {
        return false;
    }
    matches!(c.kind, BlockKind::Heading(_)) && !crate::boilerplate::prose_heading(&c.text)
        || crate::boilerplate::word_count_upto(&c.text, LABEL_WORDS) <= LABEL_WORDS
            && !ends_sentence(&c.text)
}

/// A table row of several cells (joined by tabs).
fn data_row(c: &Candidate) -> bool {
    c.kind == BlockKind::TableRow && c.text.contains('\t')
}

/// Keeps a row of cells that link somewhere (an ingredient linked to its
/// page) when the rows of cells on both sides of it are kept: a row of the
/// same data table, not a line of links.
fn linked_rows(cands: &mut [Candidate]) {
    let plain_row = |c: &Candidate| data_row(c) && c.hint.is_none();
    for i in 1..cands.len().saturating_sub(1) {
        if data_row(&cands[i])
            && cands[i].hint == Some(Reason::LinkDense)
            && cands[i].in_main != Some(false)
            && plain_row(&cands[i - 1])
            && plain_row(&cands[i + 1])
        {
            cands[i].hint = None;
            cands[i].hard = false;
        }
    }
}

/// Marks headings and labels followed by a run of chrome (two blocks, or one
/// at the end of the page).
pub(crate) fn revise(cands: &mut [Candidate]) {
    linked_rows(cands);
    for i in (0..cands.len()).rev() {
        if cands[i].hint.is_some() || !is_label(&cands[i]) {
            continue;
        }
        let next = cands
            .get(i + 1)
            .and_then(|c| c.hint.filter(|r| sectional(*r)));
        let Some(reason) = next else { continue };
        if matches!(cands[i + 1].kind, BlockKind::Heading(_)) {
            continue;
        }
        let run = cands
            .get(i + 2)
            .is_none_or(|c| c.hint.is_some_and(sectional));
        if run {
            cands[i] = cands[i].clone().with_hint(reason, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrome(text: &str) -> Candidate {
        Candidate::new(text, BlockKind::Paragraph).with_hint(Reason::OutsideContent, true)
    }

    #[test]
    fn a_heading_labels_the_chrome_below_it_but_a_standfirst_set_as_one_does_not() {
        let standfirst = "Travelling by camper is booming in the pandemic, as the fair showed: \
            over fifty thousand visitors came in five days to see the new vans, and the builders \
            sold out their stock for the year.";
        let mut cands = vec![
            Candidate::new("More from the fair", BlockKind::Heading(3)),
            chrome("A van with a raised roof."),
            chrome("Read also"),
            Candidate::new(standfirst, BlockKind::Heading(3)),
            chrome("A van with a raised roof."),
            chrome("Read also"),
        ];
        revise(&mut cands);
        assert_eq!(cands[0].hint, Some(Reason::OutsideContent));
        assert_eq!(cands[3].hint, None);
    }

    #[test]
    fn rows_of_a_data_table_are_no_labels_and_a_linked_row_among_them_stays() {
        let row = |t: &str| Candidate::new(t, BlockKind::TableRow);
        let mut cands = vec![
            row("200 g\tZucker"),
            row("2 Dosen\tMandarinen").with_hint(Reason::LinkDense, true),
            row("1 Pck.\tTortenguss"),
            chrome("Add to shopping list"),
            chrome("Nutrition per serving"),
        ];
        revise(&mut cands);
        assert_eq!(cands[1].hint, None, "a linked row between rows stays");
        assert_eq!(cands[2].hint, None, "a row is no label of the chrome below");
        let mut menu = vec![
            Candidate::new("Read more", BlockKind::Paragraph),
            row("Home").with_hint(Reason::LinkDense, true),
            Candidate::new("Contact", BlockKind::Paragraph),
        ];
        revise(&mut menu);
        assert_eq!(menu[1].hint, Some(Reason::LinkDense));
    }
}
