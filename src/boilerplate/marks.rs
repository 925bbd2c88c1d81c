//! Blocks with no text a reader wants, whatever their place: spacers (a
//! paragraph of one to three filler marks) and names from code set as
//! paragraphs. The classifier drops them last, so that their going moves
//! nothing around them.

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
}
