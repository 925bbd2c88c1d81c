//! Writing systems by Unicode range.

use crate::swar::{HIGH, LOW, count_low, within};

/// The main writing system of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic.
    Cyrillic,
    /// Greek.
    Greek,
    /// Arabic script (Arabic, Persian, Urdu...).
    Arabic,
    /// Hebrew.
    Hebrew,
    /// Han ideographs without kana.
    Han,
    /// Japanese: kana, with or without Han.
    Japanese,
    /// Korean Hangul.
    Hangul,
    /// Thai.
    Thai,
    /// Devanagari (Hindi, Marathi, Nepali...).
    Devanagari,
    /// Bengali.
    Bengali,
    /// Georgian.
    Georgian,
    /// Armenian.
    Armenian,
    /// Any other script with letters.
    Other,
}

/// Codes of languages that a script alone identifies.
pub(crate) const SINGLE_LANGUAGE_CODES: &[&str] =
    &["el", "he", "zh", "ja", "ko", "th", "ka", "hy", "bn"];

pub(crate) fn script_of_char(c: char) -> Option<Script> {
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(Script::Latin);
    }
    let s = match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x531..=0x58F => Script::Armenian,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x900..=0x97F => Script::Devanagari,
        0x980..=0x9FF => Script::Bengali,
        0xE00..=0xE7F => Script::Thai,
        0x10A0..=0x10FF | 0x2D00..=0x2D2F => Script::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Japanese,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => Script::Han,
        // General punctuation and currency signs: no letters (a fast miss
        // for dashes and quotes).
        0x2000..=0x206F | 0x20A0..=0x20CF => return None,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    };
    Some(s)
}

/// The script most letters of `text` are in; `None` when it has no letters.
/// Han text with any kana counts as Japanese.
#[must_use]
pub fn script_of(text: &str) -> Option<Script> {
    let mut counts = [0u32; 14];
    // ASCII letters counted by bytes, eight at a time where they can be;
    // the rest decoded.
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            if x & HIGH == 0 {
                let letters = count_low(ascii_letter_bits(x) >> 7);
                counts[Script::Latin as usize] += letters as u32;
                i += 8;
                continue;
            }
        }
        if b[i].is_ascii() {
            counts[Script::Latin as usize] += u32::from(b[i].is_ascii_alphabetic());
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if let Some(s) = script_of_char(c) {
            counts[s as usize] += 1;
        }
    }
    let kana = counts[Script::Japanese as usize];
    if kana > 0 {
        counts[Script::Japanese as usize] += counts[Script::Han as usize];
        counts[Script::Han as usize] = 0;
    }
    // CJK characters carry a word each; weigh them against Latin letters.
    for s in [Script::Han, Script::Japanese, Script::Hangul] {
        counts[s as usize] *= 3;
    }
    let (best, n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (*n > 0).then(|| ALL[best])
}

/// For eight ASCII bytes (high bits clear), the high bit of each byte set
/// where the byte is an ASCII letter (lowercased, one in `a..=z`).
fn ascii_letter_bits(x: u64) -> u64 {
    within(x | (0x20 * LOW), b'a', b'z')
}

const ALL: [Script; 14] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Arabic,
    Script::Hebrew,
    Script::Han,
    Script::Japanese,
    Script::Hangul,
    Script::Thai,
    Script::Devanagari,
    Script::Bengali,
    Script::Georgian,
    Script::Armenian,
    Script::Other,
];

impl Script {
    /// The language code when the script names one language.
    pub(crate) fn single_language(self, _text: &str) -> Option<&'static str> {
        Some(match self {
            Script::Greek => "el",
            Script::Hebrew => "he",
            Script::Han => "zh",
            Script::Japanese => "ja",
            Script::Hangul => "ko",
            Script::Thai => "th",
            Script::Georgian => "ka",
            Script::Armenian => "hy",
            Script::Bengali => "bn",
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_letters_eight_at_a_time() {
        let bytes: Vec<u8> = (0u8..0x80).collect();
        for w in bytes.windows(8) {
            let x = u64::from_le_bytes(w.try_into().unwrap());
            let want = w.iter().filter(|b| b.is_ascii_alphabetic()).count() as u32;
            assert_eq!(super::ascii_letter_bits(x).count_ones(), want, "{w:?}");
        }
    }

    use super::*;
    use crate::lang::is_common_letter;

    #[test]
    fn counts_ascii_runs_as_latin_letters() {
        assert_eq!(script_of("abcdefg Привет"), Some(Script::Latin));
        assert_eq!(script_of("ab Привет"), Some(Script::Cyrillic));
        assert_eq!(script_of("Привет, world!"), Some(Script::Cyrillic));
        assert_eq!(script_of("x東京y"), Some(Script::Han));
        assert_eq!(script_of("12 — 34"), None);
    }

    #[test]
    fn common_letters_are_alphabetic_and_not_numeric() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| is_common_letter(*c))
        {
            assert!(c.is_alphabetic() && !c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn no_letters_in_punctuation_ranges() {
        for c in (0x2000..=0x206F)
            .chain(0x20A0..=0x20CF)
            .filter_map(char::from_u32)
        {
            assert!(!c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn scripts() {
        assert_eq!(script_of("Hello"), Some(Script::Latin));
        assert_eq!(script_of("GENERICO.ru В мире"), Some(Script::Latin));
        assert_eq!(script_of("В мире новостей"), Some(Script::Cyrillic));
        assert_eq!(script_of("東京で会議が開かれた"), Some(Script::Japanese));
        assert_eq!(script_of("北京今天下雨 OK"), Some(Script::Han));
        assert_eq!(script_of("1234 !!"), None);
    }
}
