//! Mojibake: UTF-8 bytes that were decoded with a single-byte encoding
//! (`Ã©` for `é`, `Р’ РјРёСЂРµ` for `В мире`), possibly more than once.
//!
//! Each line goes through rounds until nothing changes:
//! 1. If the line looks like mojibake ([`badness`]), re-encode it whole with
//!    each candidate encoding (windows-1252, latin-1, windows-1250/1251/1253/
//!    1254/1257, ISO-8859-2, Mac Roman, IBM437) and decode the bytes as UTF-8,
//!    after restoring A0 bytes that became spaces and marking bytes a lossy
//!    decoder lost. The first encoding that gives valid UTF-8 wins.
//! 2. Otherwise fix the spans that look like misread UTF-8 one by one
//!    ([`clues`]), for lines where only part is damaged.
//! 3. C1 controls are read as windows-1252, as browsers do (`\u{93}` is `“`).
//! 4. Words damaged by windows-1251, KOI8-R, IBM866 or x-mac-cyrillic are
//!    reversed one by one ([`words`]), which also fixes short strings.
//!
//! Steps 1-3 follow the design of ftfy (python-ftfy by Robyn Speer, MIT
//! licence), reimplemented without regular expressions.
//!
//! Clean text costs one scan: lines that are ASCII, or hold none of the
//! characters mojibake is made of, are skipped before any encoder runs.

mod badness;
mod bytes;
mod clues;
mod codecs;
mod tables;
mod words;

use std::borrow::Cow;

use codecs::{
    CP437, Codec, ISO_8859_2, LATIN_1, MAC_ROMAN, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252,
    WINDOWS_1253, WINDOWS_1254, WINDOWS_1257,
};

/// Encodings tried on a whole line, in order.
const LINE_CODECS: [Codec; 10] = [
    LATIN_1,
    WINDOWS_1252,
    WINDOWS_1251,
    WINDOWS_1250,
    WINDOWS_1253,
    WINDOWS_1254,
    WINDOWS_1257,
    ISO_8859_2,
    MAC_ROMAN,
    CP437,
];

/// Rounds per line: each undoes one layer of damage.
const MAX_ROUNDS: usize = 6;

/// Reverses mojibake line by line. Text with nothing to fix is returned
/// borrowed, without allocating.
#[must_use]
pub fn fix_mojibake(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        if let Some(fixed) = fix_line(line) {
            out.push_str(&text[copied..start]);
            out.push_str(&fixed);
            copied = end;
        }
        start = end;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

fn fix_line(line: &str) -> Option<String> {
    if line.is_ascii() {
        return None;
    }
    // Exact prefilters: unless the line looks bad (which every C1 control
    // makes it) neither the line-level steps nor C1 reading can change it,
    // and without candidates the word step cannot.
    let bad = badness::is_bad(line);
    let candidates = words::has_candidates(line);
    if !bad && !candidates {
        return None;
    }
    let mut cur: Option<String> = None;
    for round in 0..MAX_ROUNDS {
        let text = cur.as_deref().unwrap_or(line);
        let (mut changed, settled) = match (round, bad) {
            (0, false) => (None, true),
            (0, true) => fix_encoding(text, Some(true)),
            _ => fix_encoding(text, None),
        };
        // Whether a step after the line-level one changed the text.
        let mut later = false;
        // The prefilters speak for the line as it came.
        let mut original = round == 0 && changed.is_none();
        if (!original || bad)
            && let Some(s) = fix_c1_controls(changed.as_deref().unwrap_or(text))
        {
            changed = Some(s);
            later = true;
            original = false;
        }
        if (!original || candidates)
            && let Some(s) = words::fix_words(changed.as_deref().unwrap_or(text))
        {
            changed = Some(s);
            later = true;
        }
        match changed {
            Some(s) if s != text => {
                cur = Some(s);
                // Another round would find what this one found on the
                // line-level result: nothing.
                if settled && !later {
                    break;
                }
            }
            _ => break,
        }
    }
    cur.filter(|s| s != line)
}

/// Applies [`fix_bad_text`] until it changes nothing; also says whether
/// the result was found to need no further step. `bad`: what
/// [`badness::is_bad`] says of `text`, when known.
fn fix_encoding(text: &str, bad: Option<bool>) -> (Option<String>, bool) {
    let mut cur: Option<String> = None;
    for round in 0..MAX_ROUNDS {
        let now = cur.as_deref().unwrap_or(text);
        let bad = match bad {
            Some(known) if round == 0 => known,
            _ => badness::is_bad(now),
        };
        if !bad {
            return (cur, true);
        }
        match fix_bad_text(now) {
            Some(next) if next != now => cur = Some(next),
            _ => return (cur, true),
        }
    }
    (cur, false)
}

/// One layer of reversal of text that looks bad; `None` when no reading helps.
fn fix_bad_text(text: &str) -> Option<String> {
    let mut latin1 = false;
    for codec in LINE_CODECS {
        let Some(mut b) = codec.encode(text) else {
            continue;
        };
        latin1 |= codec == LATIN_1;
        // Mac Roman's 0xA0 is a dagger, not a no-break space.
        if codec != MAC_ROMAN && bytes::has_altered_utf8(&b) {
            b = bytes::restore_byte_a0(&b);
        }
        if codec.is_sloppy() {
            b = bytes::replace_lossy_sequences(b);
        }
        if let Some(fixed) = codecs::decode_utf8_variants(b) {
            return Some(fixed);
        }
    }
    if let Some(fixed) = fix_inconsistent(text) {
        return Some(fixed);
    }
    if latin1 && let Some(fixed) = latin1_as_windows1252(text) {
        return Some(fixed);
    }
    fix_c1_controls(text)
}

/// Fixes each span that looks like misread UTF-8 and looks bad on its own.
fn fix_inconsistent(text: &str) -> Option<String> {
    let spans = clues::utf8_like_spans(text);
    let mut out = String::new();
    let mut copied = 0;
    for (s, e) in spans {
        let sub = &text[s..e];
        if sub.len() >= text.len() || !badness::is_bad(sub) {
            continue;
        }
        if let (Some(fixed), _) = fix_encoding(sub, Some(true)) {
            out.push_str(&text[copied..s]);
            out.push_str(&fixed);
            copied = e;
        }
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// Text with C1 controls that is latin-1 but not windows-1252: read the
/// controls as windows-1252 (strictly: bytes it leaves undefined fail).
fn latin1_as_windows1252(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let b = LATIN_1.encode_char(c)?;
        if matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D) {
            return None;
        }
        out.push(WINDOWS_1252.decode_byte(b));
    }
    (out != text).then_some(out)
}

/// Reads C1 controls as windows-1252; the five bytes it leaves undefined stay.
fn fix_c1_controls(text: &str) -> Option<String> {
    let is_c1 = |c: char| ('\u{80}'..='\u{9F}').contains(&c);
    // U+0080 to U+009F are `C2 80` to `C2 9F`.
    let b = text.as_bytes();
    if !memchr::memchr_iter(0xC2, b).any(|i| b.get(i + 1).is_some_and(|&x| x < 0xA0)) {
        return None;
    }
    let out: String = text
        .chars()
        .map(|c| {
            if is_c1(c) {
                WINDOWS_1252.decode_byte(c as u8)
            } else {
                c
            }
        })
        .collect();
    (out != text).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverses_common_misreadings() {
        let cases = [
            ("cafÃ© crÃ¨me", "café crème"),
            ("itâ€™s", "it’s"),
            ("Р’ РјРёСЂРµ", "В мире"),
            ("Ð’ Ð¼Ð¸Ñ€Ðµ", "В мире"),
            ("Ã\u{90}Â’", "В"),
            ("ok cafÃ© and plain café", "ok café and plain café"),
            ("parlé\u{85} Tu", "parlé… Tu"),
            ("voilÃ le travail", "voilà le travail"),
        ];
        for (i, o) in cases {
            assert_eq!(fix_mojibake(i), o, "{i}");
        }
    }

    #[test]
    fn clean_text_stays() {
        for s in [
            "café crème",
            "В мире",
            "São Paulo",
            "Æsir «ok»",
            "naïve — “quoted”",
            "4288×…",
            "東京は晴れ。",
            "intentional \u{81}",
        ] {
            assert!(matches!(fix_mojibake(s), Cow::Borrowed(_)), "{s}");
        }
    }
}
