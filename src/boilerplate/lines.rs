//! Line-level cues that need no markup: headings, metadata lines, body-like
//! prose, and chrome clusters at the edges of a text page.

use crate::candidate::Candidate;
use crate::document::Reason;

/// Lines this close to chrome at the page's edge go with it when short.
const EDGE_REACH: usize = 2;
/// Words in a line short enough to be menu-like.
const SHORT_WORDS: usize = 6;

/// Words in `text`; CJK characters count as a word each.
/// Counts words the way the classifier does.
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_cjk(c) {
            n += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                n += 1;
            }
            in_word = true;
        } else {
            in_word = false;
        }
    }
    n
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '»', '”', '’', ')', '」', '』'])
        .ends_with(['.', '!', '?', '。', '！', '？', '…', ':', ';', '؟', '।'])
}

/// A short line without closing punctuation: a headline or subheading.
pub(crate) fn looks_like_heading(text: &str) -> bool {
    let w = word_count(text);
    (2..=30).contains(&w) && !ends_sentence(text)
}

/// Prose: enough words, ending a sentence.
pub(crate) fn reads_as_body(text: &str) -> bool {
    let w = word_count(text);
    w >= 25 || w >= 8 && ends_sentence(text)
}

/// Date, time and counter lines (`12.03.2024 14:05`, `2024-03-12`): metadata.
pub(crate) fn metadata_line(text: &str) -> Option<Reason> {
    let words = word_count(text);
    if words == 0 || words > 8 {
        return None;
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    (digits >= 4 && letters <= 12 && !ends_sentence(text)).then_some(Reason::Byline)
}

/// On a text page, short lines next to chrome at the top or bottom are chrome
/// too (menus and footers come in clusters).
pub(crate) fn revise_edges(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let n = cands.len();
    let short =
        |i: usize| word_count(&cands[i].text) <= SHORT_WORDS && !ends_sentence(&cands[i].text);
    // Bottom up.
    let mut gap = usize::MAX;
    for i in (0..n).rev() {
        if verdict[i].is_some() {
            gap = 0;
            continue;
        }
        gap = gap.saturating_add(1);
        if gap <= EDGE_REACH && short(i) {
            verdict[i] = Some(Reason::TooShort);
            gap = 0;
        } else {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_lines() {
        assert_eq!(metadata_line("12.03.2024 14:05"), Some(Reason::Byline));
        assert_eq!(metadata_line("March 12, 2024"), Some(Reason::Byline));
        assert_eq!(metadata_line("In 2024 the city grew by 3000 people."), None);
    }

    #[test]
    fn words() {
        assert_eq!(word_count("Hello, big world"), 3);
        assert_eq!(word_count("東京タワー"), 5);
    }
}
