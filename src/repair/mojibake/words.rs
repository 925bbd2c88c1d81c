//! Word-by-word reversal for the misreadings the line-level heuristic does
//! not see: UTF-8 read as windows-1251, KOI8-R, IBM866 or x-mac-cyrillic,
//! down to a single short word (`Р’ РјРёСЂРµ`, `п▓ п╪п╦я─п╣`, `╨Т ╨╝╨╕╤А╨╡`).
//!
//! Text in these encodings almost never re-encodes to valid multi-byte UTF-8
//! by chance: a Cyrillic letter is a lead byte, and two lead bytes in a row
//! are invalid. A word is changed only when (1) it re-encodes to valid UTF-8
//! with at least one multi-byte sequence, (2) it shows a trace of mojibake (a
//! symbol glued to a letter, a lowercase letter followed by an uppercase
//! one, or a C1 control), and (3) what it decodes to is plausible text:
//! letters of at most one script besides Latin, digits and common
//! punctuation, no historic letters, controls or modifier symbols.

use once_cell::sync::Lazy;

use super::codecs::{Codec, IBM866, KOI8_R, MAC_CYRILLIC, WINDOWS_1251};

/// Encodings tried on each word, in order.
const WORD_CODECS: [Codec; 4] = [WINDOWS_1251, KOI8_R, IBM866, MAC_CYRILLIC];

/// Cheap test: can any word of `line` be Cyrillic-encoding mojibake? The
/// characters all such mojibake contains (Cyrillic letters or box drawing or
/// dashes glued to letters) are a prefilter before any encoding is tried.
pub(super) fn has_candidates(line: &str) -> bool {
    // By their UTF-8 lead bytes: U+0400-U+045F is `D0 xx` or `D1 80-9F`,
    // U+2500-U+25FF `E2 94-97 xx`, the dashes `E2 80 93-94`.
    let b = line.as_bytes();
    memchr::memchr3_iter(0xD0, 0xD1, 0xE2, b).any(|i| {
        let next = b.get(i + 1).copied().unwrap_or(0);
        match b[i] {
            0xD0 => true,
            0xD1 => next <= 0x9F,
            _ => {
                (0x94..=0x97).contains(&next)
                    || next == 0x80 && matches!(b.get(i + 2), Some(0x93 | 0x94))
            }
        }
    })
}

/// Reverses Cyrillic-encoding mojibake word by word; `None` when nothing changed.
pub(super) fn fix_words(line: &str) -> Option<String> {
    if !has_candidates(line) {
        return None;
    }
    // (start, length, fixed text, whether it needed the line's support)
    let mut fixes: Vec<(usize, usize, String, Option<Codec>)> = Vec::new();
    let mut used: Vec<Codec> = Vec::new();
    for (start, word) in words(line) {
        if word.is_ascii() || !has_trace(word) {
            continue;
        }
        let lettered = word.chars().any(|c| class(c) & ALPHA != 0);
        for &codec in &WORD_CODECS {
            let Some((fixed, alone)) = reverse(word, codec, lettered) else {
                continue;
            };
            if alone {
                used.push(codec);
            }
            fixes.push((start, word.len(), fixed, (!alone).then_some(codec)));
            break;
        }
    }
    // A word without letters that decodes only to Latin letters (`√†` for
    // `à`) is fixed when other words of the line were fixed the same way.
    fixes.retain(|f| f.3.is_none_or(|c| used.contains(&c)));
    if fixes.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    for (start, len, fixed, _) in fixes {
        out.push_str(&line[copied..start]);
        out.push_str(&fixed);
        copied = start + len;
    }
    out.push_str(&line[copied..]);
    Some(out)
}

/// The words of `text` (split at ASCII whitespace, found bytewise: such a
/// byte is never part of another character) with their offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let b = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < b.len() && b[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if pos == b.len() {
            return None;
        }
        let start = pos;
        pos += b[pos..]
            .iter()
            .take_while(|c| !c.is_ascii_whitespace())
            .count();
        Some((start, &text[start..pos]))
    })
}

/// A trace of mojibake: a symbol glued to a letter or to another symbol, a
/// lowercase letter followed by an uppercase one, a Cyrillic or Greek letter
/// touching a Latin one, or a C1 control.
fn has_trace(word: &str) -> bool {
    let mut prev = 0u8;
    for c in word.chars() {
        let k = class(c);
        if k & C1 != 0 {
            return true;
        }
        let letters = prev & ALPHA != 0 && k & ALPHA != 0;
        if (prev & (ALPHA | SYMBOL) != 0 && k & SYMBOL != 0)
            || (prev & SYMBOL != 0 && k & ALPHA != 0)
            || (prev & LOWER != 0 && k & UPPER != 0)
            || (letters && (prev & LATIN) != (k & LATIN))
        {
            return true;
        }
        prev = k;
    }
    false
}

const ALPHA: u8 = 1;
const UPPER: u8 = 1 << 1;
const LOWER: u8 = 1 << 2;
const LATIN: u8 = 1 << 3;
const SYMBOL: u8 = 1 << 4;
const C1: u8 = 1 << 5;

/// Classes of U+0000 to U+04FF, computed once (the Unicode property lookups
/// are the cost of scanning Cyrillic and Latin text).
static CLASSES: Lazy<Vec<u8>> = Lazy::new(|| {
    (0..CLASS_END)
        .map(|u| char::from_u32(u).map_or(0, compute_class))
        .collect()
});
const CLASS_END: u32 = 0x500;

fn class(c: char) -> u8 {
    let u = u32::from(c);
    if u < CLASS_END {
        CLASSES[u as usize]
    } else if symbols_only(u) {
        SYMBOL
    } else {
        compute_class(c)
    }
}

/// Blocks without letters or digits (punctuation, currency signs, arrows,
/// mathematical and technical symbols, box drawing, shapes): every character
/// there is a symbol, known without a Unicode property lookup.
fn symbols_only(u: u32) -> bool {
    matches!(u, 0x2000..=0x206F | 0x20A0..=0x20CF | 0x2190..=0x23FF | 0x2500..=0x25FF)
}

fn compute_class(c: char) -> u8 {
    let mut k = 0;
    if c.is_alphabetic() {
        k |= ALPHA;
        if script(c) == Script::Latin {
            k |= LATIN;
        }
    }
    if c.is_uppercase() {
        k |= UPPER;
    }
    if c.is_lowercase() {
        k |= LOWER;
    }
    if !c.is_ascii() && !c.is_alphanumeric() {
        k |= SYMBOL;
    }
    if ('\u{80}'..='\u{9F}').contains(&c) {
        k |= C1;
    }
    k
}

/// Reverses one word: the fixed text, and whether it stands alone. A word
/// without letters of its own (`╨╜╨░`, `√†`) stands alone only when it
/// decodes to letters of a script other than Latin.
fn reverse(word: &str, codec: Codec, lettered: bool) -> Option<(String, bool)> {
    let fixed = codec.encode_to_utf8(word)?;
    if fixed.is_ascii() || !plausible(&fixed) {
        return None;
    }
    let alone = lettered
        || fixed
            .chars()
            .any(|c| c.is_alphabetic() && !matches!(script(c), Script::Latin | Script::Other));
    Some((fixed, alone))
}

/// Script of a letter, coarse: only used to refuse mixtures.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Indic,
    Thai,
    Cjk,
    Other,
}

fn script(c: char) -> Script {
    match c {
        '\u{0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}' => Script::Greek,
        '\u{400}'..='\u{4FF}' => Script::Cyrillic,
        '\u{530}'..='\u{58F}' => Script::Armenian,
        '\u{590}'..='\u{5FF}' => Script::Hebrew,
        '\u{600}'..='\u{6FF}' => Script::Arabic,
        '\u{900}'..='\u{DFF}' => Script::Indic,
        '\u{E00}'..='\u{E7F}' => Script::Thai,
        '\u{1100}'..='\u{11FF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}' => Script::Cjk,
        _ => Script::Other,
    }
}

/// Letters that do not occur in text written today, or only as symbols.
fn historic_or_modifier(c: char) -> bool {
    // Click, digraph and tone-marked letters (`ǀ`, `ǅ`, `ǎ`) are no language's
    // everyday text either.
    matches!(c, 'ſ' | '\u{1C0}'..='\u{1FF}' | '\u{250}'..='\u{2FF}' | '\u{460}'..='\u{48F}' | '\u{4C0}'..='\u{4FF}')
}

fn good_symbol(c: char) -> bool {
    matches!(c,
        '\u{A0}' | '«' | '»' | '©' | '®' | '°' | '±' | '×' | '÷' | '§' | '¶' | '·' | '¡' | '¿'
        | '£' | '¥' | '¢' | '€' | '₽' | '₴' | '№' | '™'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
        | '\u{2190}'..='\u{22FF}' | '\u{2600}'..='\u{27BF}'
        | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\u{1F300}'..='\u{1FAFF}')
}

fn plausible(text: &str) -> bool {
    let mut other: Option<Script> = None;
    let mut prev_letter = false;
    for c in text.chars().filter(|c| !c.is_ascii()) {
        let alpha = class(c) & ALPHA != 0;
        let ok = if alpha && !historic_or_modifier(c) {
            match script(c) {
                Script::Latin => true,
                Script::Other => false,
                s => *other.get_or_insert(s) == s,
            }
        } else if ('\u{300}'..='\u{36F}').contains(&c) {
            prev_letter
        } else {
            good_symbol(c) || c.is_numeric() && c.is_ascii()
        };
        if !ok {
            return false;
        }
        prev_letter = alpha;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverses_cyrillic_encodings() {
        assert_eq!(fix_words("Р’ РјРёСЂРµ").as_deref(), Some("В мире"));
        assert_eq!(fix_words("п▓ п╪п╦я─п╣").as_deref(), Some("В мире"));
        assert_eq!(fix_words("╨Т ╨╝╨╕╤А╨╡").as_deref(), Some("В мире"));
        assert_eq!(fix_words("–Т –Љ–Є—А–µ").as_deref(), Some("В мире"));
        assert_eq!(fix_words("╨║ ╬│╬╣╬▒").as_deref(), Some("к για"));
        assert_eq!(fix_words("k├╢pr├╝n tr√®s").as_deref(), Some("köprün très"));
        assert_eq!(fix_words("Еџehir BГјrger").as_deref(), Some("şehir Bürger"));
        assert_eq!(
            fix_words("√† la f√™te de lвАЩ√©cole").as_deref(),
            Some("à la fête de l’école")
        );
    }

    #[test]
    fn splits_words() {
        let text = "  Р’\tРјРёСЂРµ \u{A0}x\n";
        let w: Vec<_> = words(text).collect();
        assert_eq!(w, [(2, "Р’"), (8, "РјРёСЂРµ"), (25, "\u{A0}x")]);
        assert!(w.iter().all(|&(at, word)| text[at..].starts_with(word)));
        assert_eq!(words(" \n ").count(), 0);
    }

    #[test]
    fn symbol_blocks() {
        for u in (0x2000..0x2600).filter(|&u| symbols_only(u)) {
            let c = char::from_u32(u).expect("char");
            assert_eq!(compute_class(c), SYMBOL, "{c:?}");
        }
    }

    #[test]
    fn candidates_by_bytes() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let expected = matches!(c, '\u{400}'..='\u{45F}' | '\u{2500}'..='\u{25FF}' | '–' | '—');
            assert_eq!(has_candidates(&format!("a{c}b")), expected, "{c:?}");
        }
    }

    #[test]
    fn leaves_clean_words() {
        for s in [
            "В мире",
            "ВІКІ is WIKI",
            "м’ясо",
            "ПоздравЂаво",
            "a — b",
            "Сі",
            "├┤a┼┐a┼┐a",
            "√† ├┤",
        ] {
            assert_eq!(fix_words(s), None, "{s}");
        }
    }
}
