//! Mojibake: UTF-8 bytes that were decoded with a single-byte legacy encoding
//! (`Ã©` for `é`, `Р’ РјРёСЂРµ` for `В мире`). Each whitespace-separated
//! token is tried on its own, so lines where only part is damaged are fixed
//! too. A reading is accepted only when re-encoding the token gives valid
//! UTF-8 that is shorter and free of control characters.

use std::borrow::Cow;

use encoding_rs::{Encoding, WINDOWS_1251, WINDOWS_1252};

/// Rounds of reversal, for text damaged twice (`Ã\u{90}Â’`).
const MAX_ROUNDS: usize = 3;

/// Reverses UTF-8 misread as windows-1252 or windows-1251, token by token.
#[must_use]
pub fn fix_mojibake(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut cur = Cow::Borrowed(text);
    for _ in 0..MAX_ROUNDS {
        match fix_round(&cur) {
            Some(next) => cur = Cow::Owned(next),
            None => break,
        }
    }
    cur
}

fn fix_round(text: &str) -> Option<String> {
    let encodings = [WINDOWS_1252, WINDOWS_1251];
    let mut out = String::new();
    let mut copied = 0;
    for (start, token) in tokens(text) {
        if token.is_ascii() {
            continue;
        }
        if let Some(fixed) = encodings.iter().find_map(|enc| reverse(token, enc)) {
            out.push_str(&text[copied..start]);
            out.push_str(&fixed);
            copied = start + token.len();
        }
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| c.is_ascii_whitespace())
        .scan(0usize, |pos, tok| {
            let start = *pos;
            *pos += tok.len() + 1;
            Some((start, tok))
        })
        .filter(|(_, t)| !t.is_empty())
}

fn reverse(token: &str, enc: &'static Encoding) -> Option<String> {
    let (bytes, _, unmappable) = enc.encode(token);
    if unmappable || bytes.is_ascii() {
        return None;
    }
    let fixed = std::str::from_utf8(&bytes).ok()?;
    let shorter = fixed.chars().count() < token.chars().count();
    let clean = !fixed.chars().any(|c| c.is_control() || c == '\u{FFFD}');
    (shorter && clean).then(|| fixed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverses_common_misreadings() {
        assert_eq!(fix_mojibake("cafÃ© crÃ¨me"), "café crème");
        assert_eq!(fix_mojibake("itâ€™s"), "it’s");
        assert_eq!(fix_mojibake("Р’ РјРёСЂРµ"), "В мире");
        assert_eq!(fix_mojibake("Ð’ Ð¼Ð¸Ñ€Ðµ"), "В мире");
        assert_eq!(
            fix_mojibake("ok cafÃ© and plain café"),
            "ok café and plain café"
        );
    }

    #[test]
    fn clean_text_stays() {
        for s in [
            "café crème",
            "В мире",
            "São Paulo",
            "Æsir «ok»",
            "naïve — “quoted”",
        ] {
            assert_eq!(fix_mojibake(s), s);
        }
    }
}
