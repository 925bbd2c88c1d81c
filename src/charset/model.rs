//! Character-bigram models of languages, built from short sample texts
//! written for this crate (`text/*.txt`), and the byte-level tables that
//! apply them to single-byte encodings.
//!
//! A model maps each lower-case letter of its language to a class and holds
//! `log P(next | previous)` over letters and a word boundary, interpolated
//! with letter frequencies so that pairs the sample text lacks still get a
//! sensible probability. Everything is computed once, on first use.

use encoding_rs::{
    Encoding, IBM866, ISO_8859_2, ISO_8859_5, KOI8_R, KOI8_U, MACINTOSH, WINDOWS_1250,
    WINDOWS_1251, WINDOWS_1252, X_MAC_CYRILLIC,
};
use once_cell::sync::Lazy;

/// A language: its sample text and the single-byte encodings it is written in.
struct Language {
    text: &'static str,
    latin: bool,
    encodings: &'static [&'static Encoding],
}

const CYRILLIC: &[&Encoding] = &[WINDOWS_1251, KOI8_R, IBM866, ISO_8859_5, X_MAC_CYRILLIC];
const CYRILLIC_UK: &[&Encoding] = &[WINDOWS_1251, KOI8_U, IBM866, ISO_8859_5, X_MAC_CYRILLIC];
const WESTERN: &[&Encoding] = &[WINDOWS_1252, MACINTOSH];
const CENTRAL: &[&Encoding] = &[WINDOWS_1250, ISO_8859_2];

macro_rules! lang {
    ($file:literal, $latin:expr, $encs:expr) => {
        Language {
            text: include_str!(concat!("text/", $file, ".txt")),
            latin: $latin,
            encodings: $encs,
        }
    };
}

const LANGUAGES: &[Language] = &[
    lang!("ru", false, CYRILLIC),
    lang!("uk", false, CYRILLIC_UK),
    lang!("bg", false, CYRILLIC),
    lang!("en", true, WESTERN),
    lang!("de", true, WESTERN),
    lang!("fr", true, WESTERN),
    lang!("es", true, WESTERN),
    lang!("pt", true, WESTERN),
    lang!("it", true, WESTERN),
    lang!("nl", true, WESTERN),
    lang!("sv", true, WESTERN),
    lang!("da", true, WESTERN),
    lang!("fi", true, WESTERN),
    lang!("pl", true, CENTRAL),
    lang!("cs", true, CENTRAL),
    lang!("sk", true, CENTRAL),
    lang!("hu", true, CENTRAL),
    lang!("sl", true, CENTRAL),
    lang!("hr", true, CENTRAL),
    lang!("ro", true, CENTRAL),
];

/// The single-byte encodings the models can score, in tie-break order.
pub(crate) const MODELED: &[&Encoding] = &[
    WINDOWS_1252,
    WINDOWS_1251,
    WINDOWS_1250,
    KOI8_R,
    ISO_8859_2,
    ISO_8859_5,
    IBM866,
    KOI8_U,
    X_MAC_CYRILLIC,
    MACINTOSH,
];

/// Weight of the back-off distribution against pair counts when smoothing:
/// the sample texts are short, so unseen pairs must stay affordable.
const SMOOTHING: f32 = 8.0;
/// Share of the back-off distribution spread evenly over the alphabet.
const UNIFORM_SHARE: f32 = 0.5;

/// One language's bigram log-probabilities over `0` (a word boundary) and
/// its letters `1..=n`.
struct Model {
    alphabet: Vec<char>,
    logp: Vec<f32>,
}

impl Model {
    fn build(lang: &Language) -> Model {
        let mut alphabet: Vec<char> = lang
            .text
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if lang.latin {
            alphabet.extend('a'..='z');
        }
        alphabet.sort_unstable();
        alphabet.dedup();
        let n = alphabet.len() + 1;
        let index = |c: char| -> usize {
            c.to_lowercase()
                .next()
                .and_then(|l| alphabet.binary_search(&l).ok())
                .map_or(0, |i| i + 1)
        };
        let mut pairs = vec![0f32; n * n];
        let mut singles = vec![0f32; n];
        let mut prev = 0;
        for c in lang.text.chars().chain(std::iter::once(' ')) {
            let cur = if c.is_alphabetic() { index(c) } else { 0 };
            if cur == 0 && prev == 0 {
                continue;
            }
            pairs[prev * n + cur] += 1.0;
            singles[cur] += 1.0;
            prev = cur;
        }
        let total: f32 = singles.iter().sum();
        let unigram: Vec<f32> = singles
            .iter()
            .map(|&c| (1.0 - UNIFORM_SHARE) * c / total + UNIFORM_SHARE / n as f32)
            .collect();
        let mut logp = vec![0f32; n * n];
        for a in 0..n {
            let row: f32 = pairs[a * n..(a + 1) * n].iter().sum();
            for b in 0..n {
                let p = (pairs[a * n + b] + SMOOTHING * unigram[b]) / (row + SMOOTHING);
                logp[a * n + b] = p.ln();
            }
        }
        Model { alphabet, logp }
    }

    fn letter(&self, c: char) -> Option<u8> {
        let l = c.to_lowercase().next()?;
        let i = self.alphabet.binary_search(&l).ok()?;
        u8::try_from(i + 1).ok().filter(|&i| i < FIRST_SPECIAL)
    }

    fn n(&self) -> usize {
        self.alphabet.len() + 1
    }
}

/// Byte classes at and above this value are not letters of the language.
const FIRST_SPECIAL: u8 = 240;
/// A word boundary: ASCII space and punctuation, no-break space.
pub(crate) const BOUNDARY: u8 = 0;
/// An apostrophe (`’`): natural between letters.
const APOSTROPHE: u8 = 240;
/// Opening quotes and inverted marks: natural before a letter.
const OPENING: u8 = 241;
/// Closing quotes and the ellipsis: natural after a letter.
const CLOSING: u8 = 242;
/// Dashes, bullets and common signs (`–`, `•`, `°`, `№`, `©`).
const COMMON_SIGN: u8 = 243;
/// Currency signs: natural next to digits.
const CURRENCY: u8 = 244;
/// Rarely used signs (`±`, `¶`, `¤`, spacing accents).
const RARE_SIGN: u8 = 245;
/// Box drawing, block and mathematical characters of DOS and Mac code pages.
const GRAPHIC: u8 = 246;
/// A letter of the language's script that the language does not use.
const FOREIGN: u8 = 249;
/// A letter of another script (Latin in Cyrillic text or the reverse).
const OTHER_SCRIPT: u8 = 250;
/// An ASCII digit.
const DIGIT: u8 = 251;
/// A C1 control or a byte the encoding leaves unmapped.
const INVALID: u8 = 255;

/// How one encoding's bytes look to one language model.
pub(crate) struct Table {
    /// The encoding.
    pub encoding: &'static Encoding,
    /// Per byte: a dense class index (`0` boundary, letters, then specials).
    dense: [u8; 256],
    /// Per byte: an upper-case letter.
    upper: [bool; 256],
    /// Per byte: a lower-case letter.
    lower: [bool; 256],
    /// Number of dense classes.
    width: usize,
    /// Pair costs over dense classes, case aside.
    cost: Vec<f32>,
}

/// The special classes, in dense order after the letters.
const SPECIALS: [u8; 12] = [
    APOSTROPHE,
    OPENING,
    CLOSING,
    COMMON_SIGN,
    CURRENCY,
    RARE_SIGN,
    GRAPHIC,
    FOREIGN,
    OTHER_SCRIPT,
    DIGIT,
    INVALID,
    BOUNDARY,
];

fn sign_class(c: char) -> u8 {
    match c {
        '\u{A0}' => BOUNDARY,
        '’' | 'ʼ' => APOSTROPHE,
        '“' | '„' | '«' | '‘' | '‚' | '‹' | '¿' | '¡' => OPENING,
        '”' | '»' | '›' | '…' => CLOSING,
        '–' | '—' | '•' | '·' | '°' | '№' | '§' | '©' | '®' | '™' | '×' | '\u{AD}' => {
            COMMON_SIGN
        }
        '€' | '£' | '¥' | '¢' => CURRENCY,
        '\u{80}'..='\u{9F}' => INVALID,
        '\u{2190}'..='\u{23FF}' | '\u{2500}'..='\u{25FF}' => GRAPHIC,
        _ => RARE_SIGN,
    }
}

impl Table {
    fn build(encoding: &'static Encoding, m: &Model, cyrillic: bool) -> Table {
        let mut class = [BOUNDARY; 256];
        let mut upper = [false; 256];
        for b in 0..=255u8 {
            let c = if b.is_ascii() {
                Some(char::from(b))
            } else {
                encoding
                    .decode_without_bom_handling_and_without_replacement(&[b])
                    .and_then(|s| s.chars().next())
            };
            class[usize::from(b)] = match c {
                None => INVALID,
                Some(c) if c.is_ascii_digit() => DIGIT,
                Some(c) if c.is_alphabetic() => {
                    upper[usize::from(b)] = c.is_uppercase();
                    m.letter(c).unwrap_or(if is_cyrillic(c) == cyrillic {
                        FOREIGN
                    } else {
                        OTHER_SCRIPT
                    })
                }
                Some(c) if b.is_ascii() => {
                    if c.is_ascii_control() && !c.is_ascii_whitespace() {
                        INVALID
                    } else {
                        BOUNDARY
                    }
                }
                Some(c) => sign_class(c),
            };
        }
        let n = m.n();
        let width = n + SPECIALS.len() - 1;
        let dense_of = |c: u8| -> u8 {
            if c < FIRST_SPECIAL {
                c
            } else {
                let i = SPECIALS.iter().position(|&s| s == c).unwrap_or(0);
                u8::try_from(n + i).unwrap_or(0)
            }
        };
        let mut sparse_of = vec![BOUNDARY; width];
        for (c, slot) in sparse_of.iter_mut().enumerate().take(n) {
            *slot = u8::try_from(c).unwrap_or(0);
        }
        for (i, &s) in SPECIALS[..SPECIALS.len() - 1].iter().enumerate() {
            sparse_of[n + i] = s;
        }
        let mut cost = vec![0f32; width * width];
        for a in 0..width {
            for b in 0..width {
                cost[a * width + b] = pair_cost(m, sparse_of[a], sparse_of[b]);
            }
        }
        let mut dense = [0u8; 256];
        let mut lower = [false; 256];
        for b in 0..256 {
            dense[b] = dense_of(class[b]);
            lower[b] = is_letter(class[b]) && !upper[b];
            upper[b] &= is_letter(class[b]);
        }
        Table {
            encoding,
            dense,
            upper,
            lower,
            width,
            cost,
        }
    }

    /// The score of the byte pair `a b`, at least one of them non-ASCII.
    #[inline]
    pub(crate) fn pair(&self, a: u8, b: u8) -> f32 {
        let (a, b) = (usize::from(a), usize::from(b));
        let s = self.cost[usize::from(self.dense[a]) * self.width + usize::from(self.dense[b])];
        if self.lower[a] && self.upper[b] {
            s + CASE_FLIP
        } else {
            s
        }
    }
}

/// The score of the class pair `ca cb` under model `m`, case aside.
fn pair_cost(m: &Model, ca: u8, cb: u8) -> f32 {
    let mut s = side_cost(ca, cb, true) + side_cost(cb, ca, false);
    if let (Some(ia), Some(ib)) = (bigram_index(ca), bigram_index(cb))
        && (ia != 0 || ib != 0)
    {
        s += m.logp[usize::from(ia) * m.n() + usize::from(ib)];
    }
    s
}

/// Cost of an upper-case letter right after a lower-case one.
const CASE_FLIP: f32 = -5.0;

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{52F}')
}

fn is_letter(c: u8) -> bool {
    c != BOUNDARY && c < FIRST_SPECIAL
}

/// The class as a bigram index: letters, or `0` for anything that ends a word.
fn bigram_index(c: u8) -> Option<u8> {
    match c {
        FOREIGN | OTHER_SCRIPT | INVALID => None,
        c if c < FIRST_SPECIAL => Some(c),
        _ => Some(0),
    }
}

/// The cost a non-letter class `c` adds to a pair, given the class on the
/// other side; `left` says `c` comes first.
fn side_cost(c: u8, other: u8, left: bool) -> f32 {
    let next_to_letter = is_letter(other) || other == FOREIGN || other == OTHER_SCRIPT;
    match c {
        INVALID => -12.0,
        OTHER_SCRIPT => -12.0,
        FOREIGN => -9.0,
        GRAPHIC => -5.0,
        RARE_SIGN => -3.0 - if next_to_letter { 2.0 } else { 0.0 },
        COMMON_SIGN => -1.5 - if next_to_letter { 1.0 } else { 0.0 },
        CURRENCY => match other {
            DIGIT => -0.5,
            o if is_letter(o) => -3.5,
            _ => -1.5,
        },
        APOSTROPHE => -1.5,
        OPENING => -1.5 - if next_to_letter && !left { 2.0 } else { 0.0 },
        CLOSING => -1.5 - if next_to_letter && left { 2.0 } else { 0.0 },
        DIGIT if is_letter(other) => -2.0,
        _ => 0.0,
    }
}

static MODELS: Lazy<Vec<Model>> = Lazy::new(|| LANGUAGES.iter().map(Model::build).collect());

/// Every (encoding, language) table.
pub(crate) static TABLES: Lazy<Vec<Table>> = Lazy::new(|| {
    let mut tables = Vec::new();
    for (i, lang) in LANGUAGES.iter().enumerate() {
        for &enc in lang.encodings {
            tables.push(Table::build(enc, &MODELS[i], !lang.latin));
        }
    }
    tables
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_build_and_prefer_real_pairs() {
        let ru = Model::build(&LANGUAGES[0]);
        let st = ru.logp
            [usize::from(ru.letter('с').unwrap()) * ru.n() + usize::from(ru.letter('т').unwrap())];
        let tsch = ru.logp
            [usize::from(ru.letter('ъ').unwrap()) * ru.n() + usize::from(ru.letter('ы').unwrap())];
        assert!(st > tsch + 2.0, "{st} {tsch}");
    }

    #[test]
    fn every_language_has_tables() {
        assert_eq!(
            TABLES.len(),
            LANGUAGES.iter().map(|l| l.encodings.len()).sum::<usize>()
        );
        for enc in MODELED {
            assert!(TABLES.iter().any(|t| t.encoding == *enc), "{}", enc.name());
        }
    }
}
