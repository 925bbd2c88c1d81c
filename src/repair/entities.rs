//! Character references: standard decoding (via `htmlize`) plus the broken
//! forms earlier tools leave behind: spaced (`& # 171;`, `&# 171 ;`,
//! `& laquo;`), and double or triple escaped (`&amp;#171;`, `&amp;amp;quot;`).

use std::borrow::Cow;

/// How many rounds of escaping are undone (`&amp;amp;amp;quot;` is three).
const MAX_UNESCAPE_ROUNDS: usize = 4;

/// Decodes character references, including broken and multiply escaped ones.
///
/// Text with no `&` is returned borrowed. A bare `&` in prose (`AT&T`,
/// `x &amp y` is decoded to `x & y` only because `&amp` is a reference the
/// HTML standard decodes without `;`) is otherwise left alone.
#[must_use]
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let fixed = join_spaced(text);
    let mut cur: String = match htmlize::unescape(fixed.as_ref()) {
        Cow::Borrowed(_) if matches!(fixed, Cow::Borrowed(_)) => return Cow::Borrowed(text),
        other => other.into_owned(),
    };
    for _ in 1..MAX_UNESCAPE_ROUNDS {
        if !has_escaped_reference(&cur) {
            break;
        }
        let next = htmlize::unescape(cur.as_str()).into_owned();
        if next == cur {
            break;
        }
        cur = next;
    }
    tighten_quotes(&mut cur);
    Cow::Owned(cur)
}

/// True when the text still holds a full reference with `;` (`&quot;`, `&#171;`),
/// the sign of one more level of escaping.
fn has_escaped_reference(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'&') {
        let start = i + p + 1;
        let mut j = start;
        if b.get(j) == Some(&b'#') {
            j += 1;
            if matches!(b.get(j), Some(b'x' | b'X')) {
                j += 1;
            }
        }
        let body = j;
        while j < b.len() && b[j].is_ascii_alphanumeric() && j - body < 32 {
            j += 1;
        }
        if j > body && b.get(j) == Some(&b';') {
            return true;
        }
        i = start;
    }
    false
}

/// Marks around quotes introduced from spaced references, so the spaces the
/// broken form put inside the quotes can be removed afterwards.
const OPEN_MARK: char = '\u{E000}';
const CLOSE_MARK: char = '\u{E001}';

/// Rewrites `& # 171;`, `&# 171 ;`, `& #x AB;` and `& laquo;` into their
/// canonical forms. Spaces are only bridged when a `;` ends the reference.
fn join_spaced(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'&') {
        let amp = i + p;
        i = amp + 1;
        let Some((canon, end, spaced)) = parse_spaced(b, amp) else {
            continue;
        };
        if !spaced {
            continue;
        }
        out.push_str(&text[copied..amp]);
        let decoded = htmlize::unescape(canon.as_str());
        let marked = match decoded.as_ref() {
            "«" | "‹" | "„" | "“" => Some(OPEN_MARK),
            "»" | "›" | "”" => Some(CLOSE_MARK),
            _ => None,
        };
        if marked == Some(CLOSE_MARK) {
            out.push(CLOSE_MARK);
        }
        out.push_str(&canon);
        if marked == Some(OPEN_MARK) {
            out.push(OPEN_MARK);
        }
        copied = end;
        i = end;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Parses a possibly spaced reference at `amp`; returns the canonical form,
/// the end offset and whether spaces were bridged.
fn parse_spaced(b: &[u8], amp: usize) -> Option<(String, usize, bool)> {
    let skip = |mut j: usize| {
        while j < b.len() && j - amp < 24 && (b[j] == b' ' || b[j] == b'\t') {
            j += 1;
        }
        j
    };
    let mut j = skip(amp + 1);
    let mut spaced = j > amp + 1;
    let mut canon = String::from("&");
    if b.get(j) == Some(&b'#') {
        canon.push('#');
        let k = skip(j + 1);
        spaced |= k > j + 1;
        j = k;
        let hex = matches!(b.get(j), Some(b'x' | b'X'));
        if hex {
            canon.push('x');
            j = skip(j + 1);
        }
        let start = j;
        while j < b.len()
            && j - start < 8
            && (if hex {
                b[j].is_ascii_hexdigit()
            } else {
                b[j].is_ascii_digit()
            })
        {
            j += 1;
        }
        if j == start {
            return None;
        }
        canon.push_str(std::str::from_utf8(&b[start..j]).ok()?);
    } else {
        let start = j;
        while j < b.len() && j - start < 32 && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j == start || !b[start].is_ascii_alphabetic() {
            return None;
        }
        canon.push_str(std::str::from_utf8(&b[start..j]).ok()?);
        // A spaced name must be a real reference: `& laquo;` yes, `& so;` no.
        let probe = format!("{canon};");
        if spaced && htmlize::unescape(probe.as_str()) == probe {
            return None;
        }
    }
    let k = skip(j);
    if b.get(k) != Some(&b';') {
        return None;
    }
    spaced |= k > j;
    canon.push(';');
    Some((canon, k + 1, spaced))
}

/// Removes the spaces just inside quotes that came from spaced references,
/// and the marks that flagged them.
fn tighten_quotes(s: &mut String) {
    if !s.contains([OPEN_MARK, CLOSE_MARK]) {
        return;
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            OPEN_MARK => {
                while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
                    chars.next();
                }
            }
            CLOSE_MARK => {
                let trimmed = out.trim_end_matches([' ', '\t']).len();
                out.truncate(trimmed);
            }
            _ => out.push(c),
        }
    }
    *s = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_and_broken_forms() {
        let cases = [
            ("&laquo;x&raquo;", "«x»"),
            (
                "& # 171; security guarantees & # 187; next",
                "«security guarantees» next",
            ),
            ("&# 171 ;a& #187;", "«a»"),
            ("& laquo;b& raquo;", "«b»"),
            ("&amp;quot;q&amp;quot;", "\"q\""),
            ("&amp;amp;#171;", "«"),
            ("&#150;", "\u{2013}"),
            ("caf&eacute", "café"),
        ];
        for (i, o) in cases {
            assert_eq!(decode_entities(i), o, "{i}");
        }
    }

    #[test]
    fn prose_ampersands_stay() {
        for s in ["AT&T", "Tom & Jerry", "R& D", "& so on;"] {
            assert_eq!(decode_entities(s), s);
        }
    }
}
