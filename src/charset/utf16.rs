//! UTF-16 without a byte order mark.
//!
//! Text in UTF-16 has a zero byte in every code unit below U+0100, that is
//! in every ASCII character, space, digit and line break, and those zeros
//! all sit on one side of the unit: odd offsets for little-endian, even for
//! big-endian. Text in ASCII-compatible encodings never contains zero bytes.
//! So the detector counts zeros per parity, asks for a clear majority on one
//! side, and then checks that the units decode: no unpaired surrogates and
//! few control characters.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// At least this share of the zero bytes must sit on one parity.
const PARITY_SHARE: f32 = 0.9;
/// At least one code unit in this many must be below U+0100 (ASCII-range
/// characters: spaces, digits, line breaks, markup).
const MIN_LATIN_UNITS: usize = 16;
/// At most one code unit in this many may be a control character.
const MAX_CONTROLS: usize = 50;

/// The UTF-16 flavour `sample` is in, if it looks like BOM-less UTF-16.
pub(crate) fn detect(sample: &[u8]) -> Option<&'static Encoding> {
    // Without a zero byte there is nothing to count (one SIMD search).
    if sample.len() < 4 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let units = sample.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let total = even + odd;
    if total == 0 || total * MIN_LATIN_UNITS < units {
        return None;
    }
    let enc = if odd as f32 >= PARITY_SHARE * total as f32 {
        UTF_16LE
    } else if even as f32 >= PARITY_SHARE * total as f32 {
        UTF_16BE
    } else {
        return None;
    };
    plausible(&sample[..units * 2], enc == UTF_16LE).then_some(enc)
}

/// No unpaired surrogates (a cut pair at the end is allowed) and few
/// control characters other than tab, line feed and carriage return.
fn plausible(bytes: &[u8], little: bool) -> bool {
    let mut controls = 0usize;
    let mut pending_high = false;
    let n = bytes.len() / 2;
    for pair in bytes.chunks_exact(2) {
        let u = if little {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        };
        let is_high = (0xD800..0xDC00).contains(&u);
        let is_low = (0xDC00..0xE000).contains(&u);
        if pending_high != is_low {
            return false;
        }
        pending_high = is_high;
        if (u < 0x20 && !matches!(u, 0x09 | 0x0A | 0x0D)) || (0x7F..0xA0).contains(&u) {
            controls += 1;
        }
    }
    controls * MAX_CONTROLS <= n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, little: bool) -> Vec<u8> {
        s.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn finds_both_byte_orders() {
        let text = "Hello, мир! 你好 — a line\r\nand another 😀 one.";
        assert_eq!(detect(&utf16(text, true)), Some(UTF_16LE));
        assert_eq!(detect(&utf16(text, false)), Some(UTF_16BE));
    }

    #[test]
    fn rejects_ascii_compatible_and_utf32() {
        assert_eq!(detect("plain text, no zeros".as_bytes()), None);
        let utf32: Vec<u8> = "some text"
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        assert_eq!(detect(&utf32), None);
    }

    #[test]
    fn rejects_unpaired_surrogates() {
        let mut b = utf16("ab cd ef gh", true);
        b[2] = 0x00;
        b[3] = 0xDC;
        assert_eq!(detect(&b), None);
    }
}
