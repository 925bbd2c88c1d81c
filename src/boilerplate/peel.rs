//! Chrome lines at the edges of a kept block that `<br>` breaks into lines:
//! pages that set a whole post in one element print its title, byline,
//! tags, share links and comment count as lines of the same block as the
//! text. Such lines are peeled off the block's ends, each removed with its
//! reason; lines between kept lines stay, so the text keeps its order.

use super::lexicon;
use super::lines::metadata_line;
use crate::document::{BlockKind, Reason, Removed};

/// Why a line of a block is chrome: a copy of the title (`title_key`: the
/// title normalized as the lexicon normalizes), a byline, or a lexicon
/// phrase of the kinds printed under a post. Menus and link-like lines are
/// not judged line by line: a line of a block is as often a command, a path
/// or a reference.
fn line_reason(line: &str, title_key: Option<&str>) -> Option<Reason> {
    if title_key.is_some_and(|k| lexicon::normalizes_to(line, k)) {
        return Some(Reason::DuplicateTitle);
    }
    match lexicon::lookup(line).or_else(|| metadata_line(line)) {
        Some(
            r @ (Reason::Share
            | Reason::Tags
            | Reason::Counter
            | Reason::ReadMore
            | Reason::Subscribe
            | Reason::Login
            | Reason::Pagination),
        ) => Some(r),
        Some(Reason::Byline) if signed(line) => Some(Reason::Byline),
        _ => None,
    }
}

/// How a post's byline or publication line opens (`Posted by … on …`,
/// `Von …`, `This entry was posted …`): a dated line that opens otherwise
/// may be the text's own (`Opening hours from 3 May`).
const SIGNED: &[&str] = &[
    "posted",
    "written by",
    "published",
    "by ",
    "von ",
    "par ",
    "por ",
    "door ",
    "przez ",
    "author",
    "autor",
    "auteur",
    "geschrieben",
    "veröffentlicht",
    "publié",
    "publicado",
    "pubblicato",
    "opublikowan",
    "this entry",
    "dieser beitrag",
];

fn signed(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    SIGNED.iter().any(|s| lower.starts_with(s))
}

/// The block's lines, once its chrome lines are peeled off its ends: the
/// lines kept (joined by `\n`) and the lines removed, in order (the leading
/// ones first). `None` when no line is chrome, or when every line is (the
/// block is then left to the block-level verdict).
pub(crate) fn peel(
    kind: BlockKind,
    text: &str,
    title_key: Option<&str>,
) -> Option<(String, Vec<Removed>, Vec<Removed>)> {
    if !matches!(
        kind,
        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote
    ) || !text.contains('\n')
    {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    // Lines are judged from each end inward, up to the first kept one.
    let judge = |i: usize| {
        let line = lines[i].trim();
        let reason = if line.is_empty() {
            None
        } else {
            line_reason(line, title_key)
        };
        reason.map(|reason| Removed {
            text: line.to_owned(),
            reason,
        })
    };
    let mut before = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let Some(r) = judge(start) else { break };
        before.push(r);
        start += 1;
    }
    if start == lines.len() {
        return None;
    }
    let mut after = Vec::new();
    let mut end = lines.len();
    while end > start + 1 {
        let Some(r) = judge(end - 1) else { break };
        after.push(r);
        end -= 1;
    }
    if start == 0 && end == lines.len() {
        return None;
    }
    after.reverse();
    Some((lines[start..end].join("\n"), before, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines_at_the_ends_go_and_the_middle_stays() {
        let text = "Posted by admin on March 3, 2009\n\
            The council voted on Tuesday to extend the library.\n\
            Tags: library, council\n\
            The cost is put at 1.2 million euros.\n\
            Share this: Facebook Twitter";
        let (kept, before, after) = peel(BlockKind::Paragraph, text, None).unwrap();
        assert_eq!(
            kept,
            "The council voted on Tuesday to extend the library.\n\
             Tags: library, council\n\
             The cost is put at 1.2 million euros."
        );
        assert_eq!(before[0].reason, Reason::Byline);
        assert_eq!(after[0].reason, Reason::Share);
    }

    #[test]
    fn blocks_without_chrome_lines_or_all_chrome_are_left_alone() {
        assert_eq!(
            peel(BlockKind::Paragraph, "One line.\nTwo lines.", None),
            None
        );
        assert_eq!(
            peel(
                BlockKind::Paragraph,
                "Share this: Facebook\nTags: a, b",
                None
            ),
            None
        );
        assert_eq!(
            peel(BlockKind::Preformatted, "Tags: a\ncode();", None),
            None
        );
    }
}
