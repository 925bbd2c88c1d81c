//! The letters known without Unicode table searches; a file of its own so
//! that the build script can normalize the lexicon with the same rules.

/// True for letters of the common alphabets and syllabaries (Latin, Greek,
/// Cyrillic, Hebrew, Arabic, Devanagari, Thai, kana, CJK ideographs,
/// Hangul syllables): alphabetic and not numeric, known without Unicode
/// table searches. `false` says nothing; ask [`char::is_alphabetic`].
#[inline]
pub(crate) fn is_common_letter(c: char) -> bool {
    matches!(c as u32,
        0x41..=0x5A
        | 0x61..=0x7A
        | 0xC0..=0xD6
        | 0xD8..=0xF6
        | 0xF8..=0x24F
        | 0x391..=0x3A1
        | 0x3A3..=0x3A9
        | 0x3B1..=0x3C9
        | 0x400..=0x481
        | 0x48A..=0x52F
        | 0x5D0..=0x5EA
        | 0x621..=0x63A
        | 0x641..=0x64A
        | 0x905..=0x939
        | 0xE01..=0xE30
        | 0x3041..=0x3096
        | 0x30A1..=0x30FA
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3)
}

/// True for common punctuation and spaces outside ASCII (no-break space,
/// `«` `»` `·` `×`, and the General Punctuation block: dashes, curly quotes,
/// bullets, ellipsis, thin spaces), none of which is alphanumeric: known
/// without Unicode table searches. `false` says nothing.
#[inline]
pub(crate) fn is_common_punctuation(c: char) -> bool {
    matches!(c as u32,
        0xA0..=0xA9
        | 0xAB..=0xB1
        | 0xB4
        | 0xB6..=0xB8
        | 0xBB
        | 0xBF
        | 0xD7
        | 0xF7
        | 0x2000..=0x206F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_punctuation_is_not_alphanumeric() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            if is_common_punctuation(c) {
                assert!(!c.is_alphanumeric(), "{c:?}");
            }
            if is_common_letter(c) {
                assert!(c.is_alphabetic() && !c.is_numeric(), "{c:?}");
            }
        }
    }
}
