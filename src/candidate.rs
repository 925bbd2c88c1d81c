//! The value passed from the block makers ([`crate::extract`] for HTML,
//! [`crate::segment`] for text) to [`crate::boilerplate`]: a block of text with
//! the features its source could give.

use crate::document::{BlockKind, Reason};

/// A block that may be body or chrome, with its features.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Candidate {
    /// The block's text (repaired by the pipeline before classification).
    pub text: String,
    /// What kind of block it would be in the body.
    pub kind: BlockKind,
    /// Share of the text inside links, 0.0 to 1.0 (0.0 for text input).
    pub link_density: f32,
    /// A reason its source already has to drop it (a `<nav>` ancestor, a glued
    /// site header), which classification confirms or overrides.
    pub hint: Option<Reason>,
    /// A hint is decisive: structure says chrome whatever the text says
    /// (hidden elements, `<nav>`, comment sections).
    pub hard: bool,
    /// Inside the page's main-content container (`<article>`, `<main>`,
    /// schema.org `articleBody`), or `None` when the page has none.
    pub in_main: Option<bool>,
}

impl Candidate {
    /// A plain block of `kind` with no features.
    #[must_use]
    pub fn new(text: impl Into<String>, kind: BlockKind) -> Self {
        Candidate {
            text: text.into(),
            kind,
            link_density: 0.0,
            hint: None,
            hard: false,
            in_main: None,
        }
    }

    /// The same block with a hint.
    #[must_use]
    pub fn with_hint(mut self, reason: Reason, hard: bool) -> Self {
        self.hint = Some(reason);
        self.hard = hard;
        self
    }
}
