//! Lexicon normalization, shared with the build script, which normalizes
//! the lexicon's phrases once at build time.

/// Case-folds and reduces punctuation to single spaces; keeps `*`; digit runs
/// become `0`.
pub(crate) fn normalize(text: &str) -> String {
    if text.is_ascii() {
        return normalize_ascii(text);
    }
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut |c| {
        out.push(c);
        true
    });
    out
}

/// [`normalize`] of ASCII text, byte by byte.
fn normalize_ascii(text: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut space = false;
    let mut digit = false;
    for &b in text.as_bytes() {
        let c = b.to_ascii_lowercase();
        if c.is_ascii_digit() {
            if !digit {
                if space && !out.is_empty() {
                    out.push(b' ');
                }
                out.push(b'0');
            }
            digit = true;
            space = false;
        } else if c.is_ascii_alphanumeric() || c == b'*' {
            if space && !out.is_empty() {
                out.push(b' ');
            }
            out.push(c);
            space = false;
            digit = false;
        } else if digit && matches!(c, b',' | b'.' | b'\'') {
            // Thousands separators stay inside the number.
        } else {
            space = true;
            digit = false;
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// What a lowercase character is to the normalization.
#[derive(PartialEq)]
enum Class {
    Digit,
    Word,
    Separator,
    Other,
}

fn class_of(c: char) -> Class {
    if crate::lang::is_common_letter(c) {
        Class::Word
    } else if c.is_numeric() {
        Class::Digit
    } else if c.is_alphanumeric() || c == '*' || is_mark(c) {
        Class::Word
    } else if matches!(c, ',' | '.' | '\'' | '\u{a0}' | '\u{202f}') {
        Class::Separator
    } else {
        Class::Other
    }
}

/// [`class_of`] an ASCII character, without tables.
fn ascii_class(c: char) -> Class {
    if c.is_ascii_digit() {
        Class::Digit
    } else if c.is_ascii_alphanumeric() || c == '*' {
        Class::Word
    } else if matches!(c, ',' | '.' | '\'') {
        Class::Separator
    } else {
        Class::Other
    }
}

/// Where the normalization stands between two characters.
#[derive(Default)]
struct State {
    emitted: bool,
    space: bool,
    digit: bool,
}

impl State {
    /// Takes the lowercase character `c` of class `class`, giving what it
    /// adds to `emit`; `false` as soon as `emit` refuses.
    #[inline(always)]
    fn feed(&mut self, c: char, class: Class, emit: &mut impl FnMut(char) -> bool) -> bool {
        match class {
            Class::Digit => {
                if !self.digit {
                    if self.space && self.emitted && !emit(' ') {
                        return false;
                    }
                    if !emit('0') {
                        return false;
                    }
                    self.emitted = true;
                }
                self.digit = true;
                self.space = false;
            }
            Class::Word => {
                if self.space && self.emitted && !emit(' ') {
                    return false;
                }
                if !emit(c) {
                    return false;
                }
                self.emitted = true;
                self.space = false;
                self.digit = false;
            }
            // Thousands separators stay inside the number.
            Class::Separator if self.digit => {}
            Class::Separator | Class::Other => {
                self.space = true;
                self.digit = false;
            }
        }
        true
    }
}

/// [`normalize`], each character of the result given to `emit` in turn;
/// stops, returning `false`, as soon as `emit` does.
pub(crate) fn normalize_into(text: &str, emit: &mut impl FnMut(char) -> bool) -> bool {
    let mut state = State::default();
    for ch in text.chars() {
        if ch.is_ascii() {
            // ASCII lowercases to one ASCII character; classes without tables.
            let c = ch.to_ascii_lowercase();
            if !state.feed(c, ascii_class(c), emit) {
                return false;
            }
        } else {
            for c in ch.to_lowercase() {
                if !state.feed(c, class_of(c), emit) {
                    return false;
                }
            }
        }
    }
    true
}

fn is_mark(c: char) -> bool {
    // Combining marks belong to words (Devanagari, Thai, Arabic vowel signs).
    matches!(c as u32, 0x300..=0x36F | 0x900..=0x903 | 0x93A..=0x94F | 0xE31 | 0xE34..=0xE3A | 0xE47..=0xE4E | 0x64B..=0x65F)
}
