//! Byte-level touch-ups applied after re-encoding and before decoding as
//! UTF-8: byte A0 that an earlier tool turned into a space, and sequences
//! whose lost bytes a lossy decoder turned into U+FFFD.

/// A class of bytes.
type Class = fn(u8) -> bool;

fn cont(b: u8) -> bool {
    (0x80..=0xBF).contains(&b)
}

fn space(b: u8) -> bool {
    b == b' '
}

/// Continuation bytes that plausibly sat next to an A0 turned into a space.
fn cont_not_85_a0(b: u8) -> bool {
    matches!(b, 0x80..=0x84 | 0x86..=0x9F | 0xA1..=0xBF)
}

fn sub(b: u8) -> bool {
    b == 0x1A
}

fn sub_or_q(b: u8) -> bool {
    b == 0x1A || b == b'?'
}

fn sub_or_cont(b: u8) -> bool {
    b == 0x1A || cont(b)
}

fn sub_q_or_cont(b: u8) -> bool {
    b == 0x1A || b == b'?' || cont(b)
}

/// Length of the first pattern matching at `i`, if any.
fn match_at(b: &[u8], i: usize, patterns: &[&[Class]]) -> Option<usize> {
    patterns.iter().find_map(|p| {
        let ok = p.len() <= b.len() - i && p.iter().enumerate().all(|(k, f)| f(b[i + k]));
        ok.then_some(p.len())
    })
}

fn altered_patterns() -> [&'static [Class]; 6] {
    [
        &[
            |b| matches!(b, 0xC2 | 0xC3 | 0xC5 | 0xCE | 0xD0 | 0xD9),
            space,
        ],
        &[|b| matches!(b, 0xE2 | 0xE3), space, cont_not_85_a0],
        &[|b| (0xE0..=0xE3).contains(&b), cont_not_85_a0, space],
        &[|b| b == 0xF0, space, cont, cont],
        &[|b| b == 0xF0, cont, space, cont],
        &[|b| b == 0xF0, cont, cont, space],
    ]
}

/// True when the bytes hold a UTF-8 sequence with a space where A0 belongs.
pub(super) fn has_altered_utf8(b: &[u8]) -> bool {
    let near_space = memchr::memchr_iter(b' ', b)
        .any(|sp| sp > 0 && b[sp - 1] >= 0xC2 || b.get(sp + 1).is_some_and(|&x| x >= 0x80));
    if !near_space {
        return false;
    }
    // Every pattern has a space one to three bytes after its start.
    let pats = altered_patterns();
    memchr::memchr_iter(b' ', b)
        .any(|sp| (sp.saturating_sub(3)..sp).any(|i| match_at(b, i, &pats).is_some()))
}

/// Puts back byte A0 where a space stands in a sequence that would otherwise
/// decode as UTF-8; `Ã ` before a word (French and Portuguese `à`) first gets
/// its lost A0 back while keeping the space.
pub(super) fn restore_byte_a0(b: &[u8]) -> Vec<u8> {
    let mut grave = Vec::with_capacity(b.len() + 4);
    let mut i = 0;
    while i < b.len() {
        if b[i] == 0xC3 && b.get(i + 1) == Some(&b' ') && !a_grave_exception(&b[i + 2..]) {
            grave.extend_from_slice(&[0xC3, 0xA0, b' ']);
            i += 2;
        } else {
            grave.push(b[i]);
            i += 1;
        }
    }
    let pats = altered_patterns();
    let mut out = Vec::with_capacity(grave.len());
    let mut i = 0;
    while i < grave.len() {
        if let Some(len) = match_at(&grave, i, &pats) {
            out.extend(
                grave[i..i + len]
                    .iter()
                    .map(|&x| if x == b' ' { 0xA0 } else { x }),
            );
            i += len;
        } else {
            out.push(grave[i]);
            i += 1;
        }
    }
    out
}

/// Words after which `Ã ` is not `à` missing its A0 (`às`, `àquele`).
fn a_grave_exception(rest: &[u8]) -> bool {
    [&b" "[..], b"quele", b"quela", b"quilo", b"s "]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// Replaces UTF-8 sequences in which a lossy decoder replaced bytes (byte
/// 0x1A from U+FFFD, or `?`) with the UTF-8 bytes of U+FFFD.
pub(super) fn replace_lossy_sequences(bytes: Vec<u8>) -> Vec<u8> {
    if !bytes.iter().any(|&x| x == 0x1A || x == b'?') {
        return bytes;
    }
    let b = bytes.as_slice();
    let lead2: Class = |b| (0xC2..=0xDF).contains(&b);
    let lead3: Class = |b| (0xE0..=0xEF).contains(&b);
    let lead4: Class = |b| (0xF0..=0xF4).contains(&b);
    let ed: Class = |b| b == 0xED;
    let hi: Class = |b| (0xA0..=0xAF).contains(&b);
    let lo: Class = |b| (0xB0..=0xBF).contains(&b);
    let pats: [&[Class]; 10] = [
        &[lead2, sub],
        &[|b| b == 0xC2 || b == 0xC3, |b| b == b'?'],
        &[ed, hi, sub_or_q, ed, lo, sub_q_or_cont],
        &[ed, hi, sub_q_or_cont, ed, lo, sub_or_q],
        &[lead3, sub_or_q, sub_or_cont],
        &[lead3, sub_or_cont, sub_or_q],
        &[lead4, sub_or_q, sub_or_cont, sub_or_cont],
        &[lead4, sub_or_cont, sub_or_q, sub_or_cont],
        &[lead4, sub_or_cont, sub_or_cont, sub_or_q],
        &[sub],
    ];
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if let Some(len) = match_at(b, i, &pats) {
            out.extend_from_slice("\u{FFFD}".as_bytes());
            i += len;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_a0() {
        assert_eq!(restore_byte_a0(b"voil\xc3 le"), b"voil\xc3\xa0 le");
        assert_eq!(restore_byte_a0(b"\xc3 s "), b"\xc3\xa0s ");
        assert!(has_altered_utf8(b"x\xc2 y"));
        assert!(!has_altered_utf8(b"plain"));
    }

    #[test]
    fn replaces_lossy() {
        assert_eq!(
            replace_lossy_sequences(b"\xe2\x80\x1a".to_vec()),
            "\u{FFFD}".as_bytes()
        );
        assert_eq!(replace_lossy_sequences(b"a?b".to_vec()), b"a?b");
    }
}
