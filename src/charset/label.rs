//! Encoding labels: the WHATWG label table plus a few names that pages use
//! although the Encoding Standard does not list them.

use encoding_rs::{Encoding, IBM866, MACINTOSH, WINDOWS_1252, X_MAC_CYRILLIC};

/// The encoding a label names: the WHATWG table first, then names from
/// other registries (`maccyrillic`, `macroman`, `latin-1`) that the standard
/// does not list but pages and feeds use.
pub(crate) fn encoding_for_label(label: &[u8]) -> Option<&'static Encoding> {
    if let Some(enc) = Encoding::for_label(label) {
        return Some(enc);
    }
    let trimmed = label.trim_ascii();
    if trimmed.len() > 20 {
        return None;
    }
    let lower = trimmed.to_ascii_lowercase();
    let canon: Vec<u8> = lower
        .iter()
        .map(|&b| if b == b'_' { b'-' } else { b })
        .collect();
    match canon.as_slice() {
        b"maccyrillic" | b"mac-cyrillic" | b"x-mac-ukrainian" | b"macukrainian" => {
            Some(X_MAC_CYRILLIC)
        }
        b"macroman" | b"mac-roman" => Some(MACINTOSH),
        b"cp-866" | b"ibm-866" => Some(IBM866),
        b"latin-1" | b"iso-8859-1-windows-3.1-latin-1" => Some(WINDOWS_1252),
        _ if canon != lower => Encoding::for_label(&canon),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whatwg_and_extra_labels() {
        let n = |s: &str| encoding_for_label(s.as_bytes()).map(|e| e.name());
        assert_eq!(n(" KOI8-R "), Some("KOI8-R"));
        assert_eq!(n("MacCyrillic"), Some("x-mac-cyrillic"));
        assert_eq!(n("shift_jis"), Some("Shift_JIS"));
        assert_eq!(n("windows_1251"), Some("windows-1251"));
        assert_eq!(n("no-such-thing"), None);
    }
}
