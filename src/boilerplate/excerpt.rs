//! Excerpts: the opening of another article, cut short where a listing or a
//! blog engine stopped it. Two endings give them away in any language: the
//! bracketed ellipsis WordPress and others put where they cut (`… ohne euch
//! ins Bodenlose zu […]`), and a "read more" link after a finished sentence
//! (`… Seht selbst! Weiterlesen`). A bare "read more" line is the lexicon's;
//! an ellipsis without brackets is also how writers trail off, and stays.

use super::lexicon;
use crate::document::Reason;

/// Longest "read more" link, in bytes, looked for at the end of a block.
const MAX_LINK_BYTES: usize = 48;
/// Most words in such a link (`Lire la suite de l'article`).
const MAX_LINK_WORDS: usize = 5;
/// Words of text before the link that make it an excerpt's, not a label's.
const MIN_EXCERPT_WORDS: usize = 8;

/// Whether `text` ends the way an excerpt is cut.
pub(crate) fn is_excerpt(text: &str) -> bool {
    let text = text.trim_end();
    // Prose ends in a mark: only a bracket or a link's last letter or arrow
    // may close an excerpt.
    match text.chars().next_back() {
        Some(']') => cut_marker(text),
        Some(c) if c.is_alphabetic() || matches!(c, '»' | '›' | '→') => {
            read_more_after_mark(text)
        }
        _ => false,
    }
}

/// A "read more" link closes the block, after the last sentence end,
/// ellipsis or bracket in its final bytes, with enough text before it.
fn read_more_after_mark(text: &str) -> bool {
    let tail_from = text.len().saturating_sub(MAX_LINK_BYTES);
    let tail_from = (tail_from..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let Some(at) = text[tail_from..].rfind(['.', '!', '?', '…', ']']) else {
        return false;
    };
    let at = tail_from + at;
    let end = at + text[at..].chars().next().map_or(0, char::len_utf8);
    let link = text[end..].trim();
    !link.is_empty()
        && super::word_count_upto(link, MAX_LINK_WORDS + 1) <= MAX_LINK_WORDS
        && super::word_count_upto(&text[..end], MIN_EXCERPT_WORDS) >= MIN_EXCERPT_WORDS
        && lexicon::lookup(link) == Some(Reason::ReadMore)
}

/// `[…]` or `[...]` closing the text.
fn cut_marker(text: &str) -> bool {
    let Some(inner) = text.strip_suffix(']') else {
        return false;
    };
    let Some(open) = inner.rfind('[') else {
        return false;
    };
    matches!(inner[open + 1..].trim(), "…" | "...")
        && super::word_count_upto(&inner[..open], MIN_EXCERPT_WORDS) >= MIN_EXCERPT_WORDS
}

#[cfg(test)]
mod tests {
    use super::is_excerpt;

    #[test]
    fn bracketed_cuts_are_excerpts() {
        assert!(is_excerpt(
            "Die Ausstellung zeigt Arbeiten aus drei Jahrzehnten und lädt zu einem Rundgang durch das [...]"
        ));
        assert!(is_excerpt(
            "The new library opens on Monday with a reading by local authors and a concert in the […]  "
        ));
        assert!(is_excerpt(
            "Le festival revient cette année avec une programmation plus longue que jamais, et des [&hellip;] Lire la suite"
                .replace("&hellip;", "…")
                .as_str()
        ));
    }

    #[test]
    fn read_more_after_a_sentence_is_an_excerpt() {
        assert!(is_excerpt(
            "Sommer ist Reisezeit, und die Stadt am Meer zeigt sich von ihrer besten Seite. Seht selbst! Weiterlesen"
        ));
        assert!(is_excerpt(
            "Three new parks will open next spring along the river, the council said on Tuesday. Continue reading"
        ));
    }

    #[test]
    fn prose_and_labels_are_not() {
        // A writer trailing off, an omission inside a quotation, a sentence
        // that mentions reading, and the bare link (the lexicon's).
        assert!(!is_excerpt(
            "We waited for the results all night, and then we waited some more..."
        ));
        assert!(!is_excerpt(
            "\"The committee [...] will decide in May,\" the minister said in a statement."
        ));
        assert!(!is_excerpt(
            "She closed the book after the first chapter. Then she decided to read more."
        ));
        assert!(!is_excerpt("Weiterlesen"));
        assert!(!is_excerpt("Short line. Continue reading"));
    }
}
