//! Errors: the few ways a call can fail outright.
//!
//! Damaged input is not an error: undecodable bytes become U+FFFD and are
//! reported in [`crate::Document::detection`], chrome is reported in
//! [`crate::Document::removed`]. An [`Error`] means no document was produced.

/// Why [`crate::Cleaner::clean`] produced no document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than the configured limit
    /// ([`crate::CleanerBuilder::max_input_bytes`]).
    #[error("input of {size} bytes exceeds the limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
}
