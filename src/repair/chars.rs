//! Characters: invisible and control characters, odd spaces, line breaks and
//! Unicode normalization.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick, is_nfkc_quick};

use super::{Normalization, Spaces};

/// What to do with one character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Keep,
    Drop,
    Space,
    Newline,
    /// `ŉ`, a deprecated letter: written `’n`.
    Apostrophe,
}

fn action(c: char, spaces: Spaces) -> Action {
    match c {
        '\n' | '\t' => Action::Keep,
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Action::Newline,
        // Zero-width space, word joiner, soft hyphen, BOM, invisible operators,
        // deprecated format controls, interlinear annotation marks.
        '\u{200B}'
        | '\u{2060}'..='\u{2064}'
        | '\u{00AD}'
        | '\u{FEFF}'
        | '\u{206A}'..='\u{206F}'
        | '\u{FFF9}'..='\u{FFFB}' => Action::Drop,
        // Bidi embedding controls scraped from markup carry no text.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Action::Drop,
        '\u{0}'..='\u{1F}' | '\u{7F}' => Action::Drop,
        // C1 controls left after mojibake repair (the five bytes windows-1252
        // leaves undefined) are kept for standalone repair, dropped from
        // running text.
        '\u{80}'..='\u{9F}' if spaces == Spaces::Collapse => Action::Drop,
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => {
            if spaces == Spaces::Keep {
                Action::Keep
            } else {
                Action::Space
            }
        }
        'ŉ' => Action::Apostrophe,
        _ => Action::Keep,
    }
}

/// True when cleaning would change `c` written alone: the characters a
/// character reference must be protected for.
pub(super) fn alters(c: char) -> bool {
    action(c, Spaces::Plain) != Action::Keep
        || ('\u{80}'..='\u{9F}').contains(&c)
        || c.is_whitespace() && c != ' '
        || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes
}

/// Characters that are in NFC whatever surrounds them (no decomposition, no
/// combining class, not composable with what precedes): a fast path before
/// the normalization quick check, covering Latin-1, Latin Extended, basic
/// Greek and Cyrillic, Hebrew and Arabic letters, common punctuation, kana,
/// CJK ideographs and Hangul syllables.
fn always_nfc(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{2FF}'
        | '\u{391}'..='\u{3CE}'
        | '\u{400}'..='\u{482}'
        | '\u{48A}'..='\u{52F}'
        | '\u{5D0}'..='\u{5EA}'
        | '\u{620}'..='\u{64A}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{20A0}'..='\u{20C0}'
        | '\u{2190}'..='\u{21FF}'
        | '\u{2500}'..='\u{25FF}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{303F}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{FDD0}'..='\u{FDEF}')
}

/// Whether [`clean_collapsing`] can change `text`.
/// Letters and punctuation that are kept with any settings and are in NFC
/// whatever surrounds them: Latin-1 and Latin Extended letters, basic Greek,
/// Cyrillic, Hebrew and Arabic letters, common punctuation, kana, CJK
/// ideographs and Hangul syllables.
fn plain(u: u32) -> bool {
    matches!(u,
        0xC0..=0x148
        | 0x14A..=0x2FF
        | 0x391..=0x3CE
        | 0x400..=0x482
        | 0x48A..=0x52F
        | 0x5D0..=0x5EA
        | 0x620..=0x64A
        | 0x2010..=0x2027
        | 0x2030..=0x205E
        | 0x3041..=0x3096
        | 0x30A1..=0x30FA
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3)
}

fn needs_collapsing(text: &str, norm: Normalization) -> bool {
    let spaces = Spaces::Collapse;
    let mut prev_space = true;
    // Every character below U+0300 is in NFC and NFKC except a few
    // compatibility characters, which `action` or the quick check catch.
    let mut may_compose = false;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Eight printable ASCII bytes at a time: they need collapsing only
        // where a space follows a space (or opens the text).
        if let Some(chunk) = b.get(i..i + 8) {
            const ONES: u64 = u64::from_le_bytes([0x01; 8]);
            const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            // High bit set, below 0x20, or 0x7F: not all printable (the
            // lowest such byte is always caught).
            let below_space = w.wrapping_sub(ONES * 0x20) & !w;
            let del = w ^ (ONES * 0x7F);
            let is_del = del.wrapping_sub(ONES) & !del;
            if (w | below_space | is_del) & HIGH == 0 {
                // The high bit of each space (exact: no byte carries).
                let spaces = w.wrapping_add(ONES * 0x60) & !w.wrapping_add(ONES * 0x5F) & HIGH;
                if spaces & (spaces >> 8) != 0 || prev_space && spaces & 0x80 != 0 {
                    return true;
                }
                prev_space = spaces >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let x = b[i];
        if x.is_ascii() {
            i += 1;
            if x.is_ascii_graphic() {
                // Kept as it is, in NFC, and not a space.
                prev_space = false;
                continue;
            }
            // A space, tab or line break is kept; the other controls are
            // not. All are in NFC.
            if !matches!(x, b' ' | b'\t' | b'\n') || prev_space {
                return true;
            }
            prev_space = true;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or_default();
        i += c.len_utf8();
        may_compose |= !always_nfc(c) || norm == Normalization::Nfkc;
        if action(c, spaces) != Action::Keep {
            return true;
        }
        let space = c == ' ' || c == '\t' || c == '\n';
        if space && prev_space {
            return true;
        }
        prev_space = space;
    }
    if prev_space && !text.is_empty() {
        return true;
    }
    if !may_compose {
        return false;
    }
    let quick = match norm {
        Normalization::None => IsNormalized::Yes,
        Normalization::Nfc => is_nfc_quick(text.chars()),
        Normalization::Nfkc => is_nfkc_quick(text.chars()),
    };
    quick != IsNormalized::Yes
}

/// Drops invisible and control characters, turns odd spaces into plain ones,
/// unifies line breaks as `\n` and normalizes to NFC, with the defaults of
/// [`Repairer`](super::Repairer). Returns the text borrowed when nothing changes.
///
/// ```
/// use pageclean::repair::clean_chars;
/// assert_eq!(clean_chars("a\u{00A0}b\u{200B}c\u{00AD}d\r\ne\u{0301}"), "a bcd\né");
/// ```
#[must_use]
pub fn clean_chars(text: &str) -> Cow<'_, str> {
    clean_chars_with(text, Spaces::Plain, Normalization::Nfc)
}

/// [`clean_chars`] with explicit settings.
pub(super) fn clean_chars_with(text: &str, spaces: Spaces, norm: Normalization) -> Cow<'_, str> {
    if spaces == Spaces::Collapse {
        return clean_collapsing(text, norm);
    }
    // One pass: runs of kept characters are copied whole, and nothing is
    // allocated until a character must change.
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    // Characters that are in NFC whatever surrounds them stay so when others
    // are dropped or become spaces, line breaks or `’n`: normalization then
    // changes nothing and is skipped.
    let mut may_compose = false;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if (b' '..=b'~').contains(&x) {
            i = skip_printable(b, i + 1);
            continue;
        }
        if !x.is_ascii() && x < 0xF0 && norm != Normalization::Nfkc {
            // Two- and three-byte characters: the common letters and
            // punctuation are kept as they are, in NFC whatever surrounds them.
            let (u, n) = if x < 0xE0 {
                (u32::from(x & 0x1F) << 6 | u32::from(b[i + 1] & 0x3F), 2)
            } else {
                let u = u32::from(x & 0x0F) << 12
                    | u32::from(b[i + 1] & 0x3F) << 6
                    | u32::from(b[i + 2] & 0x3F);
                (u, 3)
            };
            if plain(u) {
                i += n;
                continue;
            }
        }
        let c = if x.is_ascii() {
            char::from(x)
        } else {
            text[i..].chars().next().unwrap_or_default()
        };
        let mut len = c.len_utf8();
        let act = action(c, spaces);
        if act == Action::Keep {
            may_compose |= !always_nfc(c) || norm == Normalization::Nfkc && !c.is_ascii();
            i += len;
            continue;
        }
        let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
        o.push_str(&text[copied..i]);
        match act {
            Action::Keep | Action::Drop => {}
            Action::Space => o.push(' '),
            Action::Newline => {
                if c == '\r' && b.get(i + 1) == Some(&b'\n') {
                    len += 1;
                }
                o.push('\n');
            }
            Action::Apostrophe => o.push_str("’n"),
        }
        i += len;
        copied = i;
    }
    let mapped: Cow<'_, str> = match out {
        None => Cow::Borrowed(text),
        Some(mut o) => {
            o.push_str(&text[copied..]);
            Cow::Owned(o)
        }
    };
    if !may_compose {
        return mapped;
    }
    let quick = match norm {
        Normalization::None => IsNormalized::Yes,
        Normalization::Nfc => is_nfc_quick(mapped.chars()),
        Normalization::Nfkc => is_nfkc_quick(mapped.chars()),
    };
    if quick == IsNormalized::Yes {
        return mapped;
    }
    let normalized: String = match norm {
        Normalization::Nfkc => mapped.nfkc().collect(),
        _ => mapped.nfc().collect(),
    };
    if normalized == text {
        return Cow::Borrowed(text);
    }
    Cow::Owned(normalized)
}

/// The offset of the first byte at or after `i` that is not printable ASCII
/// (`' '..='~'`), eight bytes at a time.
fn skip_printable(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_ne_bytes(word);
        // High bit set, below 0x20, or 0x7F (zero after xor): not printable.
        let below_space = w.wrapping_sub(ONES * 0x20) & !w;
        let del = w ^ (ONES * 0x7F);
        let is_del = del.wrapping_sub(ONES) & !del;
        if (w | below_space | is_del) & HIGH != 0 {
            break;
        }
        i += 8;
    }
    i + b[i..]
        .iter()
        .take_while(|x| (b' '..=b'~').contains(*x))
        .count()
}

/// [`clean_chars_with`] for [`Spaces::Collapse`].
fn clean_collapsing(text: &str, norm: Normalization) -> Cow<'_, str> {
    let spaces = Spaces::Collapse;
    if !needs_collapsing(text, norm) {
        return Cow::Borrowed(text);
    }
    let mut mapped = String::with_capacity(text.len());
    let mut may_compose = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match action(c, spaces) {
            Action::Keep => {
                may_compose |= !always_nfc(c) || norm == Normalization::Nfkc && !c.is_ascii();
                mapped.push(c);
            }
            Action::Drop => {}
            Action::Space => mapped.push(' '),
            Action::Newline => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                mapped.push('\n');
            }
            Action::Apostrophe => mapped.push_str("’n"),
        }
    }
    let normalized: String = match norm {
        _ if !may_compose => mapped,
        Normalization::None => mapped,
        Normalization::Nfc => mapped.nfc().collect(),
        Normalization::Nfkc => mapped.nfkc().collect(),
    };
    let out = collapse(&normalized);
    if out == text {
        return Cow::Borrowed(text);
    }
    Cow::Owned(out)
}

/// Collapses runs of spaces to one, runs of line breaks to one, and trims
/// each line.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut pending_newline = false;
    for c in text.chars() {
        match c {
            '\n' => pending_newline = true,
            ' ' | '\t' => pending_space = true,
            _ => {
                if !out.is_empty() {
                    if pending_newline {
                        out.push('\n');
                    } else if pending_space {
                        out.push(' ');
                    }
                }
                pending_space = false;
                pending_newline = false;
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans() {
        assert_eq!(
            clean_chars("  a\u{00A0}\u{00A0}b\u{200B}c\u{00AD}d  "),
            "  a  bcd  "
        );
        assert_eq!(clean_chars("x\u{0007}y\r\nz\rw"), "xy\nz\nw");
        assert_eq!(clean_chars("e\u{0301}"), "é");
        assert_eq!(clean_chars("ŉ Chloroplas"), "’n Chloroplas");
        assert_eq!(
            clean_chars_with(" a  b \n\n c ", Spaces::Collapse, Normalization::Nfc),
            "a b\nc"
        );
        assert_eq!(
            clean_chars_with("ﬁ", Spaces::Plain, Normalization::Nfkc),
            "fi"
        );
        assert_eq!(
            clean_chars_with("ſĲ", Spaces::Plain, Normalization::Nfkc),
            "sIJ"
        );
    }

    /// Repair skips cleaning text that cleaning gave: it must change nothing.
    #[test]
    fn cleaning_is_idempotent() {
        let settings = [Spaces::Keep, Spaces::Plain, Spaces::Collapse]
            .into_iter()
            .flat_map(|s| {
                [Normalization::None, Normalization::Nfc, Normalization::Nfkc].map(|n| (s, n))
            });
        for (spaces, norm) in settings {
            let chars = (0..0x3100).chain(0xFB00..0xFB50).chain(0xFE00..0x1_0000);
            for c in chars.filter_map(char::from_u32) {
                let text = format!("a{c}\u{301} {c}\r\n\u{200B}{c}{c}\u{A0} ");
                let once = clean_chars_with(&text, spaces, norm).into_owned();
                let twice = clean_chars_with(&once, spaces, norm);
                assert_eq!(twice, once, "{c:?} {spaces:?} {norm:?}");
            }
        }
    }

    /// [`needs_collapsing`] character by character, as it once read.
    fn needs_collapsing_by_char(text: &str, norm: Normalization) -> bool {
        let mut prev_space = true;
        let mut may_compose = false;
        for c in text.chars() {
            if c.is_ascii_graphic() {
                prev_space = false;
                continue;
            }
            may_compose |= !always_nfc(c) || norm == Normalization::Nfkc && !c.is_ascii();
            if action(c, Spaces::Collapse) != Action::Keep {
                return true;
            }
            let space = c == ' ' || c == '\t' || c == '\n';
            if space && prev_space {
                return true;
            }
            prev_space = space;
        }
        if prev_space && !text.is_empty() {
            return true;
        }
        may_compose
            && match norm {
                Normalization::None => false,
                Normalization::Nfc => is_nfc_quick(text.chars()) != IsNormalized::Yes,
                Normalization::Nfkc => is_nfkc_quick(text.chars()) != IsNormalized::Yes,
            }
    }

    const COLLAPSE_PIECES: &[&str] = &[
        "a",
        "Zz",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\u{7f}",
        "\u{1}",
        "é",
        "e\u{301}",
        "\u{a0}",
        "\u{200b}",
        "ﬁ",
        "东",
        ".",
        "\u{85}",
        "abcdefgh ijklmnop",
        "a word  or two ",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        #[test]
        fn collapsing_check_reads_bytes_as_characters(
            ix in proptest::collection::vec(0..COLLAPSE_PIECES.len(), 0..16),
        ) {
            let text: String = ix.iter().map(|&i| COLLAPSE_PIECES[i]).collect();
            for norm in [Normalization::None, Normalization::Nfc, Normalization::Nfkc] {
                proptest::prop_assert_eq!(
                    needs_collapsing(&text, norm),
                    needs_collapsing_by_char(&text, norm),
                    "{:?}",
                    text
                );
            }
        }
    }

    #[test]
    fn plain_characters_need_nothing() {
        for c in (0..0x1_0000)
            .filter(|&u| plain(u))
            .filter_map(char::from_u32)
        {
            assert!(always_nfc(c), "{c:?}");
            for spaces in [Spaces::Keep, Spaces::Plain, Spaces::Collapse] {
                assert!(action(c, spaces) == Action::Keep, "{c:?}");
            }
        }
    }

    #[test]
    fn skips_printable_bytes() {
        let text: Vec<u8> = (0..=255u8).collect();
        for start in 0..text.len() {
            for end in start..text.len().min(start + 24) {
                let b = &text[start..end];
                let expected = b.iter().position(|x| !(b' '..=b'~').contains(x));
                assert_eq!(skip_printable(b, 0), expected.unwrap_or(b.len()));
            }
        }
        let mut line = b"0123456789abcdefghij".to_vec();
        for bad in [0x00, 0x1F, 0x7F, 0x80, 0xFF] {
            for at in 0..line.len() {
                let keep = line[at];
                line[at] = bad;
                assert_eq!(skip_printable(&line, 0), at, "{bad:#x} at {at}");
                line[at] = keep;
            }
        }
    }

    #[test]
    fn clean_stays_borrowed() {
        for s in ["Hello, world.", "zwnj\u{200C}kept", "two  spaces", "\nx\n"] {
            assert!(matches!(clean_chars(s), Cow::Borrowed(_)), "{s}");
        }
    }
}
