//! Script and language of a piece of text.
//!
//! [`script_of`] counts letters by Unicode range. [`identify`] decides the
//! language: scripts used by one language decide alone (Hangul, kana, Greek,
//! Georgian...), otherwise a stopword profile over the words scores every
//! language of that script, with a prior that favours the document's main
//! language on ties and short lines.

mod script;
mod stopwords;

pub use script::{Script, script_of};

/// A language, as an ISO 639-1 code (`"en"`) or ISO 639-3 where there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

impl Lang {
    /// The language with this code, if the crate knows it (`Lang::from_code("ru")`).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let code = code.split(['-', '_']).next().unwrap_or("");
        stopwords::known_code(code)
            .or_else(|| {
                script::SINGLE_LANGUAGE_CODES
                    .iter()
                    .find(|c| **c == code)
                    .copied()
            })
            .map(Lang)
    }

    /// The code (`"en"`).
    #[must_use]
    pub fn code(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// The language of `text`, or `None` when it cannot be told (too few words,
/// digits and symbols only). `prior` is the document's main language, if known.
///
/// ```
/// use pageclean::lang::{identify, Lang};
/// assert_eq!(identify("Пожалуйста, введите ваш комментарий!", None), Lang::from_code("ru"));
/// assert_eq!(identify("Der Hund und die Katze sind in dem Haus.", None), Lang::from_code("de"));
/// ```
#[must_use]
pub fn identify(text: &str, prior: Option<Lang>) -> Option<Lang> {
    let script = script_of(text)?;
    if let Some(code) = script.single_language(text) {
        return Some(Lang(code));
    }
    stopwords::best(text, script, prior).map(Lang)
}
