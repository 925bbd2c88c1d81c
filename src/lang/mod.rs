//! Script and language of a piece of text.
//!
//! [`script_of`] counts letters by Unicode range. [`identify_scored`] decides
//! the language: scripts used by one language decide alone (Hangul, kana,
//! Greek, Georgian...); otherwise every language written in that script is
//! scored by a naive-Bayes model over letter trigrams inside words, less a
//! bonus for each of its stopwords, less a prior bonus for the document's main
//! language. The result carries a confidence; [`identify`] returns `None`
//! rather than guess when it is below [`MIN_CONFIDENCE`].
//!
//! # Accuracy
//! Measured on `tests/data/lang/short_lines.tsv` (43 languages, 20-100
//! character lines of news, headlines and site chrome) by `tests/lang_accuracy.rs`.
//!
//! # Performance
//! A few microseconds per short line: one hash lookup per trigram, and one
//! pass over the hits.

mod common_letter;
mod letters;
mod model;
mod profile;
mod script;
mod stopwords;

pub(crate) use common_letter::{is_common_letter, is_common_punctuation};
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
        model::known_code(code)
            .or_else(|| stopwords::known_code(code))
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

/// Below this confidence [`identify`] returns `None`.
pub const MIN_CONFIDENCE: f32 = 0.5;

/// A language guess with a confidence in `0.0..=1.0`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Guess {
    /// The most likely language.
    pub lang: Lang,
    /// Its share of the probability over all candidate languages of the
    /// script; `1.0` when the script alone names the language.
    pub confidence: f32,
}

/// The most likely language of `text` with a confidence, or `None` when the
/// text has no letters or no evidence for any language (a lone short word of
/// a shared script). `prior` is the document's main language, if known; it
/// wins near-ties.
///
/// ```
/// use pageclean::lang::{identify_scored, Lang};
/// let g = identify_scored("Пожалуйста, введите ваш комментарий!", None).unwrap();
/// assert_eq!(g.lang, Lang::from_code("ru").unwrap());
/// assert!(g.confidence > 0.5);
/// ```
#[must_use]
pub fn identify_scored(text: &str, prior: Option<Lang>) -> Option<Guess> {
    identify_scored_in(text, script_of(text), prior)
}

/// [`identify_scored`] for a text whose script, [`script_of`] it, is known.
pub(crate) fn identify_scored_in(
    text: &str,
    script: Option<Script>,
    prior: Option<Lang>,
) -> Option<Guess> {
    let script = script?;
    if let Some(code) = script.single_language(text) {
        return Some(Guess {
            lang: Lang(code),
            confidence: 1.0,
        });
    }
    if let Some(s) = model::best(text, script, prior.map(Lang::code)) {
        return Some(Guess {
            lang: Lang(s.code),
            confidence: s.confidence,
        });
    }
    stopwords::best(text, script).map(|code| Guess {
        lang: Lang(code),
        confidence: MIN_CONFIDENCE,
    })
}

/// The language whose frequent words `text` uses most: a second opinion on
/// lines that mix languages, where letter trigrams follow the names and
/// terms and the function words follow the writer. `script` is the text's, as [`script_of`] finds it.
pub(crate) fn by_stopwords(text: &str, script: Option<Script>) -> Option<Lang> {
    stopwords::best(text, script?).map(Lang)
}

/// The language of `text`, or `None` when it cannot be told with at least
/// [`MIN_CONFIDENCE`] (too few words, digits and symbols only, close
/// languages that the line does not separate). `prior` is the document's main
/// language, if known.
///
/// ```
/// use pageclean::lang::{identify, Lang};
/// assert_eq!(identify("Пожалуйста, введите ваш комментарий!", None), Lang::from_code("ru"));
/// assert_eq!(identify("Der Hund und die Katze sind in dem Haus.", None), Lang::from_code("de"));
/// ```
#[must_use]
pub fn identify(text: &str, prior: Option<Lang>) -> Option<Lang> {
    identify_scored(text, prior)
        .filter(|g| g.confidence >= MIN_CONFIDENCE)
        .map(|g| g.lang)
}
