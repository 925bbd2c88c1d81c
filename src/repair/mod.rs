//! Text repair: turns what scrapers and earlier tools damaged back into what
//! the author wrote, and leaves clean text alone.
//!
//! The steps, in order, each usable alone:
//! 1. [`decode_entities`]: HTML character references as the HTML standard
//!    decodes them in text, plus the broken forms earlier tools leave
//!    (`& # 171;`, `&amp;quot;`).
//! 2. [`strip_stray_tags`]: markup left in text (`< p>`, `</ p>`, `<br / >`).
//! 3. [`fix_mojibake`]: UTF-8 that was decoded with a legacy encoding, once
//!    or twice, in whole lines, parts of lines or single words.
//! 4. [`clean_chars`]: invisible and control characters, odd spaces, line
//!    breaks, normalization.
//! 5. [`fix_mixed_scripts`], on request ([`Repairer::with_mixed_scripts`]):
//!    words that mix look-alike Latin and Cyrillic letters, written in the
//!    one script they can be read in (counted with the characters of step
//!    4). Off by default: a letter of the other script may be meant (a
//!    Ukrainian `Е` in a brand name), and the default repairs only what is
//!    surely damage.
//!
//! [`repair`] runs them all with the defaults; [`Repairer`] holds settings;
//! [`repair_report`] also says what changed.
//!
//! # What is kept
//! Clean text comes back byte for byte, borrowed. Typography stays as
//! written (curly quotes, guillemets, dashes); spacing is the author's
//! (no runs collapsed, no lines trimmed) except where a repair itself left a
//! gap: a removed tag, the spaces a broken reference put inside guillemets.
//! A character written as a reference is the character the author asked
//! for: `&nbsp;` stays a no-break space and `&shy;` a soft hyphen, while the
//! same characters arriving raw are cleaned. C1 controls are read as
//! windows-1252, as browsers do; the five bytes windows-1252 leaves undefined
//! (`\u{81}`, `\u{8D}`, `\u{8F}`, `\u{90}`, `\u{9D}`) are kept, since they
//! record a byte rather than junk.
//!
//! # Performance
//! Each step first looks for its trigger (`&`, `<`, non-ASCII characters of
//! the kinds mojibake is made of, characters to clean) and returns the text
//! borrowed when there is none; no encoder runs on clean text. A later round
//! in which the first three steps change nothing ends before cleaning, which
//! would find nothing in its own output.

mod chars;
mod entities;
mod markup;
mod mojibake;
mod scripts;

use std::borrow::Cow;

pub use chars::clean_chars;
pub use entities::decode_entities;
pub use markup::strip_stray_tags;
pub use mojibake::fix_mojibake;
pub use scripts::fix_mixed_scripts;

/// What to do with spaces.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Spaces {
    /// Leave no-break and other odd spaces as they are.
    Keep,
    /// Turn no-break and odd spaces (U+00A0, U+2000-U+200A, U+202F, U+3000...)
    /// into plain spaces; keep runs and line edges. The default.
    #[default]
    Plain,
    /// Like `Plain`, and also collapse runs of spaces and of line breaks to
    /// one and trim every line: for blocks of running text.
    Collapse,
}

/// Unicode normalization applied at the end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Normalization {
    /// None.
    None,
    /// NFC: composes accents, changes no letter. The default.
    #[default]
    Nfc,
    /// NFKC: also folds ligatures, full-width forms and superscripts; this
    /// alters text (`x²` becomes `x2`), so only on request.
    Nfkc,
}

/// Text repair with settings; [`repair`] uses [`Repairer::new`].
///
/// ```
/// use pageclean::repair::{Repairer, Spaces};
/// let r = Repairer::new().with_spaces(Spaces::Collapse);
/// assert_eq!(r.repair("  cafÃ©   crÃ¨me "), "café crème");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Repairer {
    spaces: Spaces,
    normalization: Normalization,
    mixed_scripts: bool,
}

impl Repairer {
    /// Defaults: [`Spaces::Plain`], [`Normalization::Nfc`].
    #[must_use]
    pub const fn new() -> Self {
        Repairer {
            spaces: Spaces::Plain,
            normalization: Normalization::Nfc,
            mixed_scripts: false,
        }
    }

    /// Also writes words that mix look-alike Latin and Cyrillic letters in
    /// the one script they can be read in ([`fix_mixed_scripts`]; default
    /// off).
    ///
    /// ```
    /// use pageclean::repair::Repairer;
    /// let r = Repairer::new().with_mixed_scripts(true);
    /// assert_eq!(r.repair("Нoвaя cтaтья"), "Новая статья");
    /// assert_eq!(Repairer::new().repair("Нoвaя cтaтья"), "Нoвaя cтaтья");
    /// ```
    #[must_use]
    pub const fn with_mixed_scripts(mut self, yes: bool) -> Self {
        self.mixed_scripts = yes;
        self
    }

    /// Sets what happens to spaces (default [`Spaces::Plain`]).
    #[must_use]
    pub const fn with_spaces(mut self, spaces: Spaces) -> Self {
        self.spaces = spaces;
        self
    }

    /// Sets the normalization (default [`Normalization::Nfc`]).
    #[must_use]
    pub const fn with_normalization(mut self, normalization: Normalization) -> Self {
        self.normalization = normalization;
        self
    }

    /// Repairs `text`; clean text comes back borrowed.
    #[must_use]
    pub fn repair<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.repair_report(text).text
    }

    /// Repairs `text` and reports which steps changed it.
    #[must_use]
    pub fn repair_report<'a>(&self, text: &'a str) -> Repaired<'a> {
        let mut repairs = Repairs::default();
        let mut cur: Cow<'a, str> = Cow::Borrowed(text);
        // With spaces kept, characters written as references are exact
        // (`&nbsp;` stays a no-break space, `&shy;` a soft hyphen), as the
        // HTML standard decodes them. Otherwise they are cleaned like the same
        // characters written raw, which keeps repair idempotent.
        let protect: fn(char) -> bool = if self.spaces == Spaces::Keep {
            chars::alters
        } else {
            never
        };
        let (spaces, norm) = (self.spaces, self.normalization);
        let mut protected = false;
        // Each step can uncover work for another (a tag removed between
        // `&#821` and `7;`, a control character inside `</span>`), so the
        // steps run again while a round changed something and markup or a
        // dropped character is left to look at.
        for round in 0..MAX_ROUNDS {
            let before = repairs;
            protected |= apply(&mut cur, &mut repairs.entities, |t| {
                entities::decode_protecting(t, protect)
            });
            apply(&mut cur, &mut repairs.stray_tags, strip_stray_tags);
            apply(&mut cur, &mut repairs.mojibake, fix_mojibake);
            if round > 0 && repairs == before {
                // The text is what cleaning gave last round, and cleaning
                // its own output changes nothing.
                break;
            }
            let cleaned = apply(&mut cur, &mut repairs.chars, |t| {
                chars::clean_chars_with(t, spaces, norm)
            });
            if repairs == before
                || !(cleaned || memchr::memchr2(b'&', b'<', cur.as_bytes()).is_some())
            {
                break;
            }
        }
        if protected {
            let mut ignored = 0;
            apply(&mut cur, &mut ignored, entities::unprotect);
        }
        if self.mixed_scripts {
            apply(&mut cur, &mut repairs.chars, fix_mixed_scripts);
        }
        Repaired { text: cur, repairs }
    }
}

/// Most rounds of the repair steps over one text.
const MAX_ROUNDS: usize = 4;

fn never(_: char) -> bool {
    false
}

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

/// Repairs `text` with the default [`Repairer`]: entities, stray markup,
/// mojibake, invisible characters, odd spaces, line breaks, NFC. Clean text
/// comes back borrowed and unchanged.
///
/// ```
/// use pageclean::repair::repair;
/// assert_eq!(repair("talks on & # 171; security & # 187; < p>went on"), "talks on «security»\nwent on");
/// assert_eq!(repair("AT&T says a < b"), "AT&T says a < b");
/// assert_eq!(repair("Р’ РјРёСЂРµ"), "В мире");
/// ```
#[must_use]
pub fn repair(text: &str) -> Cow<'_, str> {
    Repairer::new().repair(text)
}

/// Like [`repair`], also reporting which steps changed the text.
#[must_use]
pub fn repair_report(text: &str) -> Repaired<'_> {
    Repairer::new().repair_report(text)
}

/// Runs one step; true when it changed the text.
fn apply<'a, F>(cur: &mut Cow<'a, str>, count: &mut u32, step: F) -> bool
where
    F: for<'b> Fn(&'b str) -> Cow<'b, str>,
{
    if let Cow::Owned(new) = step(cur) {
        *count += 1;
        *cur = Cow::Owned(new);
        return true;
    }
    false
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
            "two  spaces ",
        ] {
            assert!(matches!(repair(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn report_counts_steps() {
        let r = repair_report("&amp;quot;hi&amp;quot; < p>");
        assert_eq!(r.text, "\"hi\" ");
        assert_eq!(r.repairs.entities, 1);
        assert_eq!(r.repairs.stray_tags, 1);
    }

    #[test]
    fn references_keep_their_characters_when_spaces_are_kept() {
        let exact = Repairer::new().with_spaces(Spaces::Keep);
        assert_eq!(
            exact.repair("a&nbsp;b\u{A0}c&shy;d\u{AD}e"),
            "a\u{A0}b\u{A0}c\u{AD}de"
        );
        assert_eq!(exact.repair("10Î&frac14;s"), "10μs");
        // By default they are cleaned like raw characters: repair is idempotent.
        let once = repair("a&nbsp;b\u{A0}c&shy;d\u{AD}e");
        assert_eq!(once, "a b cde");
        assert_eq!(repair(&once), once);
    }
}
