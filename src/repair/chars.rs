//! Characters: invisible and control characters, odd spaces, Unicode NFC and
//! whitespace runs. Line breaks are kept (collapsed to one) because `<br>` and
//! `<pre>` text carries them on purpose.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// What to do with one character.
enum Action {
    Keep,
    Drop,
    Space,
}

fn action(c: char) -> Action {
    match c {
        '\n' | '\t' => Action::Keep,
        // Zero-width space, word joiner, soft hyphen, BOM, invisible operators.
        '\u{200B}' | '\u{2060}' | '\u{00AD}' | '\u{FEFF}' | '\u{2061}'..='\u{2064}' => Action::Drop,
        // Bidi embedding controls scraped from markup carry no text.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => Action::Drop,
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' => Action::Space,
        c if c.is_control() => Action::Drop,
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Action::Space,
        '\u{2028}' | '\u{2029}' => Action::Space,
        _ => Action::Keep,
    }
}

fn needs_work(text: &str) -> bool {
    let mut prev_space = true;
    for c in text.chars() {
        if !matches!(action(c), Action::Keep) {
            return true;
        }
        let space = c == ' ' || c == '\t' || c == '\n';
        if space && prev_space {
            return true;
        }
        prev_space = space;
    }
    prev_space && !text.is_empty() || is_nfc_quick(text.chars()) != IsNormalized::Yes
}

/// Drops invisible and control characters, turns odd spaces into plain ones,
/// normalizes to NFC, collapses space runs and trims each line.
#[must_use]
pub fn clean_chars(text: &str) -> Cow<'_, str> {
    if !needs_work(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut pending_newline = false;
    for c in text.nfc() {
        let c = match action(c) {
            Action::Drop => continue,
            Action::Space => ' ',
            Action::Keep => c,
        };
        match c {
            '\n' => pending_newline = true,
            ' ' | '\t' => pending_space = true,
            _ => {
                if !out.is_empty() {
                    if pending_newline {
                        out.push('\n');
                    } else if pending_space {
                        out.push(' ');
                    }
                }
                pending_space = false;
                pending_newline = false;
                out.push(c);
            }
        }
    }
    if out == text {
        return Cow::Borrowed(text);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans() {
        assert_eq!(
            clean_chars("  a\u{00A0}\u{00A0}b\u{200B}c\u{00AD}d  "),
            "a bcd"
        );
        assert_eq!(clean_chars("line one \n\n  line two"), "line one\nline two");
        assert_eq!(clean_chars("e\u{0301}"), "é");
        assert_eq!(clean_chars("x\u{0007}y"), "xy");
    }

    #[test]
    fn clean_stays_borrowed() {
        assert!(matches!(clean_chars("Hello, world."), Cow::Borrowed(_)));
        assert!(matches!(clean_chars("zwnj\u{200C}kept"), Cow::Borrowed(_)));
    }
}
