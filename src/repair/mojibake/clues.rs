//! Spans that look like UTF-8 sequences misread one character per byte:
//! a character that a lead byte decodes to, followed by the right number of
//! characters that continuation bytes decode to. Used to fix mojibake embedded
//! in otherwise clean text, where the whole line cannot be re-encoded.

use std::collections::BTreeMap;

use once_cell::sync::Lazy;

use super::codecs::{
    Codec, LATIN_1, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252, WINDOWS_1253, WINDOWS_1254,
    WINDOWS_1257,
};

const FIRST_OF_2: u8 = 1;
const FIRST_OF_3: u8 = 1 << 1;
const FIRST_OF_4: u8 = 1 << 2;
const CONT: u8 = 1 << 3;
const CONT_STRICT: u8 = 1 << 4;

/// The encodings whose misreadings the clues cover.
const CLUE_CODECS: [Codec; 7] = [
    LATIN_1,
    WINDOWS_1252,
    WINDOWS_1250,
    WINDOWS_1251,
    WINDOWS_1253,
    WINDOWS_1254,
    WINDOWS_1257,
];

/// Continuation characters that also stand for themselves next to mojibake.
const LOOSE_CONT: &str = " –—―‘’‚“”„•…";

static CLUES: Lazy<Vec<(char, u8)>> = Lazy::new(|| {
    let mut m: BTreeMap<char, u8> = BTreeMap::new();
    for codec in CLUE_CODECS {
        for b in 0x80..=0xFFu8 {
            let c = codec.decode_byte(b);
            let flag = match b {
                0x80..=0xBF => {
                    if LOOSE_CONT.contains(c) {
                        CONT
                    } else {
                        CONT | CONT_STRICT
                    }
                }
                0xC2..=0xDF if c.is_alphabetic() || c == '×' => FIRST_OF_2,
                0xE0..=0xEF if c.is_alphabetic() => FIRST_OF_3,
                0xF0 | 0xF3 if c.is_alphabetic() => FIRST_OF_4,
                _ => 0,
            };
            *m.entry(c).or_default() |= flag;
        }
    }
    *m.entry(' ').or_default() |= CONT;
    m.into_iter().filter(|&(_, f)| f != 0).collect()
});

fn clue(c: char) -> u8 {
    if c.is_ascii() && c != ' ' {
        return 0;
    }
    CLUES
        .binary_search_by_key(&c, |p| p.0)
        .map_or(0, |i| CLUES[i].1)
}

/// Byte ranges of `text` that look like misread UTF-8, as runs of sequences.
/// A run does not start right after a strict continuation character, so a
/// few characters are not cut out of a larger garble.
pub(super) fn utf8_like_spans(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let flags: Vec<u8> = chars.iter().map(|&(_, c)| clue(c)).collect();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let after_strict = i > 0 && flags[i - 1] & CONT_STRICT != 0;
        let mut j = i;
        if !after_strict {
            while let Some(len) = sequence_at(&flags, j) {
                j += len;
            }
        }
        if j > i {
            let end = chars.get(j).map_or(text.len(), |p| p.0);
            spans.push((chars[i].0, end));
            i = j;
        } else {
            i += 1;
        }
    }
    spans
}

fn sequence_at(flags: &[u8], i: usize) -> Option<usize> {
    let lead = *flags.get(i)?;
    let conts = |n: usize| (1..=n).all(|k| flags.get(i + k).is_some_and(|f| f & CONT != 0));
    if lead & FIRST_OF_2 != 0 && conts(1) {
        Some(2)
    } else if lead & FIRST_OF_3 != 0 && conts(2) {
        Some(3)
    } else if lead & FIRST_OF_4 != 0 && conts(3) {
        Some(4)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_spans() {
        let t = "ok cafÃ© and plain café";
        let spans = utf8_like_spans(t);
        assert_eq!(spans.len(), 1);
        assert_eq!(&t[spans[0].0..spans[0].1], "Ã©");
    }
}
