//! The single-byte encodings UTF-8 gets misread as, with encoders back to
//! bytes, and a UTF-8 decoder that also accepts CESU-8 and Java's `C0 80`.

use once_cell::sync::Lazy;

use super::tables::{ALIASES, HIGH, SLOPPY};

/// A single-byte encoding (the index into the generated tables).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Codec(usize);

pub(super) const LATIN_1: Codec = Codec(0);
pub(super) const WINDOWS_1252: Codec = Codec(1);
pub(super) const WINDOWS_1251: Codec = Codec(2);
pub(super) const WINDOWS_1250: Codec = Codec(3);
pub(super) const WINDOWS_1253: Codec = Codec(4);
pub(super) const WINDOWS_1254: Codec = Codec(5);
pub(super) const WINDOWS_1257: Codec = Codec(6);
pub(super) const ISO_8859_2: Codec = Codec(7);
pub(super) const MAC_ROMAN: Codec = Codec(8);
pub(super) const CP437: Codec = Codec(9);
pub(super) const KOI8_R: Codec = Codec(10);
pub(super) const IBM866: Codec = Codec(11);
pub(super) const MAC_CYRILLIC: Codec = Codec(12);

/// Sorted (char, byte) pairs for every encoding, built on first use.
static REVERSE: Lazy<Vec<Vec<(char, u8)>>> = Lazy::new(|| {
    HIGH.iter()
        .enumerate()
        .map(|(i, half)| {
            let mut v: Vec<(char, u8)> = half
                .iter()
                .enumerate()
                .map(|(b, &c)| (c, 0x80 + b as u8))
                .collect();
            v.extend(
                ALIASES
                    .iter()
                    .filter(|(e, _, _)| *e == i)
                    .map(|&(_, c, b)| (c, b)),
            );
            v.sort_unstable();
            v.dedup_by_key(|p| p.0);
            v
        })
        .collect()
});

/// Direct byte lookup for U+0080 to U+04FF and U+2000 to U+25FF (0: no
/// byte), per encoding: most characters met in practice, without a search.
static DIRECT: Lazy<Vec<Vec<u8>>> = Lazy::new(|| {
    REVERSE
        .iter()
        .map(|pairs| {
            let mut t = vec![0u8; DIRECT_LEN];
            for &(c, b) in pairs {
                if let Some(i) = direct_index(u32::from(c)) {
                    t[i] = b;
                }
            }
            t
        })
        .collect()
});
const DIRECT_LEN: usize = 0x480 + 0x600;

/// Where `u` sits in a [`DIRECT`] table.
fn direct_index(u: u32) -> Option<usize> {
    match u {
        0x80..=0x4FF => Some((u - 0x80) as usize),
        0x2000..=0x25FF => Some((u - 0x2000) as usize + 0x480),
        _ => None,
    }
}

impl Codec {
    /// True when undefined bytes pass through and byte 0x1A stands for U+FFFD.
    pub(super) fn is_sloppy(self) -> bool {
        SLOPPY[self.0]
    }

    /// The character byte `b` decodes to.
    pub(super) fn decode_byte(self, b: u8) -> char {
        if b >= 0x80 {
            HIGH[self.0][usize::from(b - 0x80)]
        } else if b == 0x1A && self.is_sloppy() {
            '\u{FFFD}'
        } else {
            char::from(b)
        }
    }

    /// The byte `c` encodes to, if any.
    pub(super) fn encode_char(self, c: char) -> Option<u8> {
        if c.is_ascii() {
            // Sloppy encodings reserve 0x1A for U+FFFD.
            return (c != '\u{1A}' || !self.is_sloppy()).then_some(c as u8);
        }
        if c == '\u{FFFD}' && self.is_sloppy() {
            return Some(0x1A);
        }
        if let Some(i) = direct_index(u32::from(c)) {
            let b = DIRECT[self.0][i];
            return (b != 0).then_some(b);
        }
        let table = &REVERSE[self.0];
        table
            .binary_search_by_key(&c, |p| p.0)
            .ok()
            .map(|i| table[i].1)
    }

    /// Encodes `text`, or `None` when a character has no byte.
    pub(super) fn encode(self, text: &str) -> Option<Vec<u8>> {
        let direct: &[u8] = &DIRECT[self.0];
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            let b = match direct_index(u32::from(c)) {
                Some(i) if direct[i] != 0 => direct[i],
                Some(_) => return None,
                None => self.encode_char(c)?,
            };
            out.push(b);
        }
        Some(out)
    }
}

impl Codec {
    /// Encodes `text` and reads the bytes as UTF-8: `None` when a character
    /// has no byte or the bytes are not UTF-8 (mostly seen while encoding,
    /// at the first byte out of place).
    pub(super) fn encode_to_utf8(self, text: &str) -> Option<String> {
        let direct: &[u8] = &DIRECT[self.0];
        // Allocated once the first byte is known to fit.
        let mut out = Vec::new();
        // Continuation bytes still expected.
        let mut pending = 0u32;
        for c in text.chars() {
            let b = match direct_index(u32::from(c)) {
                Some(i) if direct[i] != 0 => direct[i],
                Some(_) => return None,
                None => self.encode_char(c)?,
            };
            let continuation = b & 0xC0 == 0x80;
            if pending > 0 {
                if !continuation {
                    return None;
                }
                pending -= 1;
            } else if b >= 0x80 {
                pending = match utf8_len(b) {
                    Some(n) if n > 1 => n as u32 - 1,
                    _ => return None,
                };
            }
            if out.is_empty() {
                out.reserve(text.len());
            }
            out.push(b);
        }
        String::from_utf8(out).ok()
    }
}

/// Decodes UTF-8, also accepting CESU-8 surrogate pairs (`ED A0 BD ED B8 8D`)
/// and Java's two-byte NUL (`C0 80`). `None` when the bytes are not valid.
pub(super) fn decode_utf8_variants(bytes: Vec<u8>) -> Option<String> {
    let bytes = match String::from_utf8(bytes) {
        Ok(s) => return Some(s),
        Err(e) => e.into_bytes(),
    };
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if let Some(c) = cesu_pair(rest) {
            out.push(c);
            i += 6;
            continue;
        }
        if rest.starts_with(&[0xC0, 0x80]) {
            out.push('\0');
            i += 2;
            continue;
        }
        let len = utf8_len(rest[0])?;
        let s = std::str::from_utf8(rest.get(..len)?).ok()?;
        out.push_str(s);
        i += len;
    }
    Some(out)
}

fn cesu_pair(b: &[u8]) -> Option<char> {
    if b.len() < 6 || b[0] != 0xED || b[3] != 0xED {
        return None;
    }
    let cont = |x: u8| x & 0xC0 == 0x80;
    if !(0xA0..=0xAF).contains(&b[1])
        || !(0xB0..=0xBF).contains(&b[4])
        || !cont(b[2])
        || !cont(b[5])
    {
        return None;
    }
    let hi = 0xD000 | (u32::from(b[1] & 0x3F) << 6) | u32::from(b[2] & 0x3F);
    let lo = 0xD000 | (u32::from(b[4] & 0x3F) << 6) | u32::from(b[5] & 0x3F);
    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
}

/// Length of the UTF-8 sequence a lead byte starts.
pub(super) fn utf8_len(lead: u8) -> Option<usize> {
    match lead {
        0x00..=0x7F => Some(1),
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for codec in [
            WINDOWS_1252,
            WINDOWS_1251,
            KOI8_R,
            IBM866,
            MAC_CYRILLIC,
            CP437,
        ] {
            for b in 0..=255u8 {
                let c = codec.decode_byte(b);
                assert_eq!(codec.encode_char(c), Some(b), "{codec:?} {b:#x}");
            }
        }
        assert_eq!(WINDOWS_1252.encode("Ã©"), Some(vec![0xC3, 0xA9]));
        assert_eq!(WINDOWS_1252.encode("\u{1A}"), None);
        assert_eq!(LATIN_1.encode("€"), None);
    }

    #[test]
    fn decodes_variants() {
        let cesu = [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x8D];
        assert_eq!(decode_utf8_variants(cesu.to_vec()).as_deref(), Some("😍"));
        assert_eq!(
            decode_utf8_variants(vec![0xC0, 0x80]).as_deref(),
            Some("\0")
        );
        assert_eq!(decode_utf8_variants(vec![0xC3]), None);
    }
}
