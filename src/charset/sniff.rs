//! Cheap looks at the bytes: UTF-8 validity, ISO-2022-JP escapes, and the
//! digest of non-ASCII words that statistical detection reads.

/// What the sample says about UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Utf8 {
    /// Only ASCII bytes.
    Ascii,
    /// Valid UTF-8 with at least one multi-byte sequence.
    Valid,
    /// Not UTF-8.
    Invalid,
}

/// Classifies `sample`; `truncated` says the input continues past it, so a
/// sequence cut at the end is not evidence against UTF-8.
pub(crate) fn utf8_verdict(sample: &[u8], truncated: bool) -> Utf8 {
    let first = encoding_rs::Encoding::ascii_valid_up_to(sample);
    if first == sample.len() {
        return Utf8::Ascii;
    }
    match std::str::from_utf8(&sample[first..]) {
        Ok(_) => Utf8::Valid,
        Err(e) if truncated && e.error_len().is_none() => Utf8::Valid,
        Err(_) if mostly_utf8(&sample[first..]) => Utf8::Valid,
        Err(_) => Utf8::Invalid,
    }
}

/// Least multi-byte characters before damaged UTF-8 is recognised as such.
const MIN_MULTIBYTE: usize = 16;
/// Most invalid sequences per valid multi-byte character in damaged UTF-8.
const MAX_DAMAGE: usize = 20;

/// UTF-8 with sporadic damage (a byte lost here and there in transfer or
/// truncation): at least [`MIN_MULTIBYTE`] valid multi-byte characters and at
/// most one invalid sequence per [`MAX_DAMAGE`] of them. Legacy single-byte
/// text forms valid sequences only by chance, so it fails this by far.
fn mostly_utf8(mut rest: &[u8]) -> bool {
    let mut multibyte = 0usize;
    let mut errors = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let valid = &rest[..e.valid_up_to()];
                multibyte += std::str::from_utf8(valid)
                    .map_or(0, |s| s.chars().filter(|c| !c.is_ascii()).count());
                errors += 1;
                if errors >= 8 && errors * MAX_DAMAGE > multibyte * 2 {
                    return false;
                }
                let skip =
                    e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to()).max(1);
                rest = &rest[skip.min(rest.len())..];
            }
        }
    }
    multibyte >= MIN_MULTIBYTE && errors * MAX_DAMAGE <= multibyte
}

/// True when 7-bit `bytes` switch to JIS X 0208 or JIS X 0212 with the
/// escape sequences ISO-2022-JP uses (`ESC $ B`, `ESC $ @`, `ESC $ ( D`).
pub(crate) fn has_iso_2022_jp_escapes(bytes: &[u8]) -> bool {
    bytes
        .windows(3)
        .any(|w| w[0] == 0x1B && w[1] == b'$' && matches!(w[2], b'B' | b'@' | b'('))
}

/// Bytes that end a word for the digest: ASCII spaces and markup brackets.
/// None of them is ever a trail byte of a legacy multi-byte encoding.
fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'<' | b'>')
}

/// The words of a sample that contain non-ASCII bytes, joined by single
/// spaces, up to a byte budget.
///
/// Every byte pair that tells legacy encodings apart has a non-ASCII byte in
/// it, so the digest keeps the evidence while dropping markup and ASCII
/// prose, which is most of a page.
#[derive(Debug, Clone, Default)]
pub(crate) struct Digest {
    /// The joined words.
    pub bytes: Vec<u8>,
    /// How many non-ASCII bytes the digest holds.
    pub non_ascii: usize,
}

impl Digest {
    /// Collects words of `sample` until `budget` bytes. When `truncated`,
    /// the sample's last word may be cut inside a character and is dropped.
    pub(crate) fn new(sample: &[u8], truncated: bool, budget: usize) -> Digest {
        let mut d = Digest::default();
        let mut i = 0;
        while i < sample.len() {
            let hit = i + encoding_rs::Encoding::ascii_valid_up_to(&sample[i..]);
            if hit == sample.len() {
                break;
            }
            let start = sample[i..hit]
                .iter()
                .rposition(|&b| is_separator(b))
                .map_or(i, |p| i + p + 1);
            let end = sample[hit..]
                .iter()
                .position(|&b| is_separator(b))
                .map_or(sample.len(), |p| hit + p);
            if end == sample.len() && truncated {
                break;
            }
            let word = &sample[start..end];
            if !d.bytes.is_empty() && d.bytes.len() + word.len() + 1 > budget {
                break;
            }
            if !d.bytes.is_empty() {
                d.bytes.push(b' ');
            }
            d.bytes.extend_from_slice(word);
            d.non_ascii += word.iter().filter(|b| !b.is_ascii()).count();
            i = end;
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_keeps_non_ascii_words() {
        let d = Digest::new(b"<p>plain caf\xe9 text <b>na\xefve</b> end", false, 100);
        assert_eq!(d.bytes, b"caf\xe9 na\xefve".to_vec());
        assert_eq!(d.non_ascii, 2);
    }

    #[test]
    fn digest_drops_cut_last_word_and_respects_budget() {
        let d = Digest::new(b"ab\xe9 cd\xe9 ef\xe9", true, 100);
        assert_eq!(d.bytes, b"ab\xe9 cd\xe9".to_vec());
        let d = Digest::new(b"ab\xe9 cd\xe9 ef\xe9", false, 8);
        assert_eq!(d.bytes, b"ab\xe9 cd\xe9".to_vec());
    }

    #[test]
    fn utf8_verdicts() {
        assert_eq!(utf8_verdict(b"abc", false), Utf8::Ascii);
        assert_eq!(utf8_verdict("añb".as_bytes(), false), Utf8::Valid);
        assert_eq!(utf8_verdict(b"a\xc3", true), Utf8::Valid);
        assert_eq!(utf8_verdict(b"a\xc3", false), Utf8::Invalid);
        assert_eq!(utf8_verdict(b"a\xe9b", false), Utf8::Invalid);
        let mut damaged = "Привет, мир! ".repeat(40).into_bytes();
        damaged[100] = 0xD0;
        assert_eq!(utf8_verdict(&damaged, false), Utf8::Valid);
        let text = "Привет, мир! ".repeat(40);
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
        assert_eq!(utf8_verdict(&cp1251, false), Utf8::Invalid);
    }

    #[test]
    fn iso_2022_jp_escapes() {
        assert!(has_iso_2022_jp_escapes(b"a\x1b$B%3%s\x1b(Jb"));
        assert!(!has_iso_2022_jp_escapes(b"a\x1b[0mb"));
    }
}
