//! Text repair: turns what scrapers and earlier tools damaged back into what
//! the author wrote, and leaves clean text alone.
//!
//! The steps, in order, each usable alone:
//! 1. [`decode_entities`]: HTML character references as the HTML standard
//!    decodes them in text, plus the broken forms earlier tools leave
//!    (`& # 171;`, `&amp;quot;`).
//! 2. [`strip_stray_tags`]: markup left in text (`< p>`, `</ p>`, `<br / >`).
//! 3. [`fix_mojibake`]: UTF-8 that was decoded with a legacy encoding.
//! 4. [`clean_chars`]: invisible and control characters, odd spaces, NFC,
//!    whitespace runs.
//!
//! [`repair`] runs them all; [`repair_report`] also says what changed.

mod chars;
mod entities;
mod markup;
mod mojibake;

use std::borrow::Cow;

pub use chars::clean_chars;
pub use entities::decode_entities;
pub use markup::strip_stray_tags;
pub use mojibake::fix_mojibake;

/// Counts of what [`repair_report`] changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Repairs {
    /// Texts in which character references were decoded.
    pub entities: u32,
    /// Texts in which markup left in the text was removed.
    pub stray_tags: u32,
    /// Texts in which mojibake was reversed.
    pub mojibake: u32,
    /// Texts in which invisible characters, controls, spacing or normalization changed.
    pub chars: u32,
}

impl Repairs {
    /// Adds another report's counts to this one.
    pub fn add(&mut self, other: Repairs) {
        self.entities += other.entities;
        self.stray_tags += other.stray_tags;
        self.mojibake += other.mojibake;
        self.chars += other.chars;
    }

    /// True when nothing was changed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Repairs::default()
    }
}

/// Repaired text and what was done to it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Repaired<'a> {
    /// The repaired text; borrowed when nothing changed.
    pub text: Cow<'a, str>,
    /// What changed.
    pub repairs: Repairs,
}

/// Repairs `text`: entities, stray markup, mojibake, invisible characters,
/// normalization and whitespace. Clean text comes back borrowed and unchanged.
///
/// ```
/// use pageclean::repair::repair;
/// assert_eq!(repair("talks on & # 171; security & # 187; < p>went on"), "talks on «security» went on");
/// assert_eq!(repair("AT&T says a < b"), "AT&T says a < b");
/// ```
#[must_use]
pub fn repair(text: &str) -> Cow<'_, str> {
    repair_report(text).text
}

/// Like [`repair`], also reporting which steps changed the text.
#[must_use]
pub fn repair_report(text: &str) -> Repaired<'_> {
    let mut repairs = Repairs::default();
    let mut cur: Cow<'_, str> = Cow::Borrowed(text);
    apply(&mut cur, &mut repairs.entities, decode_entities);
    apply(&mut cur, &mut repairs.stray_tags, strip_stray_tags);
    apply(&mut cur, &mut repairs.mojibake, fix_mojibake);
    apply(&mut cur, &mut repairs.chars, clean_chars);
    Repaired { text: cur, repairs }
}

fn apply<'a>(cur: &mut Cow<'a, str>, count: &mut u32, step: fn(&str) -> Cow<'_, str>) {
    if let Cow::Owned(new) = step(cur) {
        *count += 1;
        *cur = Cow::Owned(new);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        for s in [
            "Plain English.",
            "Привет, мир — «ёлка»",
            "東京は晴れ。",
            "AT&T",
            "a < b > c",
        ] {
            assert!(matches!(repair(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn report_counts_steps() {
        let r = repair_report("&amp;quot;hi&amp;quot; < p>");
        assert_eq!(r.text, "\"hi\"");
        assert_eq!(r.repairs.entities, 1);
        assert_eq!(r.repairs.stray_tags, 1);
    }
}
