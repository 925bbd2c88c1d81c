//! Does text look like mojibake? The characters UTF-8 turns into when misread
//! by a single-byte encoding fall into a few hundred, sorted into categories;
//! some juxtapositions of categories (an accented lowercase letter followed by
//! a currency sign, a box-drawing piece next to a letter) are far more likely
//! in mojibake than in anything written on purpose.
//!
//! The categories and juxtapositions follow the heuristic of ftfy
//! (python-ftfy by Robyn Speer, MIT licence), evaluated here by a single pass
//! over the characters instead of a regular expression.

use once_cell::sync::Lazy;

/// Category bits.
const COMMON: u32 = 1;
const C1: u32 = 1 << 1;
const BAD: u32 = 1 << 2;
const LAW: u32 = 1 << 3;
const CURRENCY: u32 = 1 << 4;
const START: u32 = 1 << 5;
const END: u32 = 1 << 6;
const NUMERIC: u32 = 1 << 7;
const KAOMOJI: u32 = 1 << 8;
const UPPER_ACC: u32 = 1 << 9;
const LOWER_ACC: u32 = 1 << 10;
const UPPER_COMMON: u32 = 1 << 11;
const LOWER_COMMON: u32 = 1 << 12;
const BOX: u32 = 1 << 13;

/// Categories of U+0080 to U+25FF, computed once.
static TABLE: Lazy<Vec<u32>> = Lazy::new(|| {
    (0x80..TABLE_END)
        .map(|u| char::from_u32(u).map_or(0, compute_cat))
        .collect()
});
const TABLE_END: u32 = 0x2600;

/// Category bits of one character, given the table.
fn cat_in(table: &[u32], c: char) -> u32 {
    let u = u32::from(c);
    if u < 0x80 {
        0
    } else if u < TABLE_END {
        table[(u - 0x80) as usize]
    } else if c == '\u{F8FF}' {
        START
    } else if c == '\u{FFFD}' {
        BAD
    } else {
        0
    }
}

fn compute_cat(c: char) -> u32 {
    if c.is_ascii() {
        return 0;
    }
    let mut k = 0;
    if matches!(
        c,
        '\u{A0}' | '\u{AD}' | '·' | '´' | '–' | '—' | '―' | '…' | '’'
    ) {
        k |= COMMON;
    }
    if ('\u{80}'..='\u{9F}').contains(&c) {
        k |= C1;
    }
    if matches!(
        c,
        '¦' | '¤'
            | '¨'
            | '¬'
            | '¯'
            | '¸'
            | 'ƒ'
            | 'ˆ'
            | 'ˇ'
            | '˘'
            | '˛'
            | '˜'
            | '†'
            | '‡'
            | '‰'
            | '⌐'
            | '◊'
            | '\u{FFFD}'
            | 'ª'
            | 'º'
    ) {
        k |= BAD;
    }
    if matches!(c, '¶' | '§') {
        k |= LAW;
    }
    if matches!(c, '¢' | '£' | '¥' | '₧' | '€') {
        k |= CURRENCY;
    }
    if matches!(
        c,
        '¡' | '«' | '¿' | '©' | '΄' | '΅' | '‘' | '‚' | '“' | '„' | '•' | '‹' | '\u{F8FF}'
    ) {
        k |= START;
    }
    if matches!(c, '®' | '»' | '˝' | '”' | '›' | '™') {
        k |= END;
    }
    if matches!(
        c,
        '²' | '³'
            | '¹'
            | '±'
            | '¼'
            | '½'
            | '¾'
            | '×'
            | 'µ'
            | '÷'
            | '⁄'
            | '∂'
            | '∆'
            | '∏'
            | '∑'
            | '√'
            | '∞'
            | '∩'
            | '∫'
            | '≈'
            | '≠'
            | '≡'
            | '≤'
            | '≥'
            | '№'
    ) {
        k |= NUMERIC;
    }
    if matches!(c, 'Ò'..='Ö' | 'Ù'..='Ü' | 'ò'..='ö' | 'ø'..='ü' | 'Ő' | 'Ō' | 'Ū' | 'Ų' | '°')
    {
        k |= KAOMOJI;
    }
    if matches!(
        c,
        'À'..='Ñ'
            | 'Ø'
            | 'Ü'
            | 'Ý'
            | 'Ă'
            | 'Ā'
            | 'Ą'
            | 'Ć'
            | 'Č'
            | 'Ď'
            | 'Đ'
            | 'Ę'
            | 'Ě'
            | 'Ē'
            | 'Ė'
            | 'Ğ'
            | 'Ģ'
            | 'İ'
            | 'Ī'
            | 'Ķ'
            | 'Ĺ'
            | 'Ľ'
            | 'Ł'
            | 'Ļ'
            | 'Ń'
            | 'Ň'
            | 'Ņ'
            | 'Œ'
            | 'Ř'
            | 'Ś'
            | 'Ş'
            | 'Š'
            | 'Ţ'
            | 'Ť'
            | 'Ů'
            | 'Ű'
            | 'Ÿ'
            | 'Ź'
            | 'Ż'
            | 'Ž'
            | 'Ґ'
    ) {
        k |= UPPER_ACC;
    }
    if matches!(
        c,
        'ß' | 'à'
            ..='ñ'
                | 'ă'
                | 'ą'
                | 'ā'
                | 'ć'
                | 'č'
                | 'ď'
                | 'đ'
                | 'ę'
                | 'ě'
                | 'ē'
                | 'ė'
                | 'ğ'
                | 'ģ'
                | 'į'
                | 'ī'
                | 'ķ'
                | 'ĺ'
                | 'ľ'
                | 'ł'
                | 'ļ'
                | 'œ'
                | 'ŕ'
                | 'ś'
                | 'ş'
                | 'š'
                | 'ť'
                | 'ü'
                | 'ź'
                | 'ż'
                | 'ž'
                | 'ґ'
                | 'ﬁ'
                | 'ﬂ'
    ) {
        k |= LOWER_ACC;
    }
    if matches!(
        c,
        'Þ' | 'Α'..='Ω'
            | 'Ά'
            | 'Έ'
            | 'Ή'
            | 'Ί'
            | 'Ό'
            | 'Ύ'
            | 'Ώ'
            | 'Ϊ'
            | 'Ϋ'
            | 'Ё'..='Я'
    ) {
        k |= UPPER_COMMON;
    }
    if matches!(c, 'α'..='ω' | 'ά' | 'έ' | 'ή' | 'ί' | 'ΰ' | 'а'..='џ') {
        k |= LOWER_COMMON;
    }
    if matches!(
        c,
        '│' | '┌' | '┐' | '┘' | '├' | '┤' | '┬' | '┼' | '═'
            ..='╬' | '▀' | '▄' | '█' | '▌' | '▐' | '░' | '▒' | '▓'
    ) {
        k |= BOX;
    }
    k
}

/// Groups used by several rules.
const ACCENTED: u32 = LOWER_ACC | UPPER_ACC;
const SYMBOLIC: u32 = BOX | START | END | CURRENCY | NUMERIC | LAW;

/// True when the text holds at least one juxtaposition typical of mojibake.
#[must_use]
pub(super) fn is_bad(text: &str) -> bool {
    if !might_be_bad(text) {
        return false;
    }
    let table: &[u32] = &TABLE;
    // A window over the next characters: the longest rule spans seven.
    let mut ch = ['\0'; WINDOW];
    let mut k = [0u32; WINDOW];
    let mut n = 0;
    let mut it = text.chars();
    for c in it.by_ref().take(WINDOW) {
        ch[n] = c;
        k[n] = cat_in(table, c);
        n += 1;
    }
    let mut at_start = true;
    while n > 0 {
        // Every rule starts with a categorized character, or with an ASCII
        // one before a categorized character or before a space and `Ã`/`Â`.
        let may_start = k[0] != 0
            || n > 1 && k[1] != 0
            || n > 2 && ch[1].is_whitespace() && matches!(ch[2], 'Ã' | 'Â');
        if may_start && bad_at(&ch[..n], &k[..n], at_start) {
            return true;
        }
        at_start = false;
        ch.copy_within(1..n, 0);
        k.copy_within(1..n, 0);
        n -= 1;
        if let Some(c) = it.next() {
            ch[n] = c;
            k[n] = cat_in(table, c);
            n += 1;
        }
    }
    false
}

/// Characters a rule looks at, at most.
const WINDOW: usize = 7;

/// A necessary condition for [`is_bad`], checked without allocating: every
/// rule needs a C1 control, `Œ` before something, `Ã` or `Â` before a space,
/// or two adjacent categorized characters that are not both plain Greek or
/// Cyrillic letters (except `вЂ`).
pub(super) fn might_be_bad(text: &str) -> bool {
    const LETTERS: u32 = UPPER_COMMON | LOWER_COMMON;
    let table: &[u32] = &TABLE;
    let (mut pc, mut pk) = ('\0', 0u32);
    for c in text.chars() {
        let k = cat_in(table, c);
        if k & C1 != 0 || matches!(pc, 'Œ' | 'œ') || c == ' ' && matches!(pc, 'Ã' | 'Â') {
            return true;
        }
        if k != 0 && pk != 0 && ((k | pk) & !LETTERS != 0 || pc == 'в' && c == 'Ђ') {
            return true;
        }
        (pc, pk) = (c, k);
    }
    false
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[allow(clippy::too_many_lines)]
fn bad_at(ch: &[char], k: &[u32], at_start: bool) -> bool {
    let i = 0;
    let c0 = ch[i];
    let k0 = k[i];
    let c1 = ch.get(i + 1).copied();
    let k1 = k.get(i + 1).copied().unwrap_or(0);
    let c2 = ch.get(i + 2).copied();
    let k2 = k.get(i + 2).copied().unwrap_or(0);
    let has = |kk: u32, set: u32| kk & set != 0;
    let is = |c: Option<char>, set: &str| c.is_some_and(|c| set.contains(c));
    if k0 == 0 {
        // Only the rules that start with a plain character can match.
        let a_grave_space = |j: usize| is(ch.get(j).copied(), "ÃÂ") && ch.get(j + 1) == Some(&' ');
        return c0.is_ascii_alphabetic() && has(k1, LOWER_COMMON | UPPER_COMMON) && has(k2, BAD)
            || c0.is_whitespace() && has(k1, UPPER_ACC) && has(k2, CURRENCY)
            || c0.is_ascii_lowercase() && has(k1, UPPER_ACC) && has(k2, START | CURRENCY)
            || c0.is_ascii_lowercase()
                && (a_grave_space(1) || c1.is_some_and(char::is_whitespace) && a_grave_space(2))
            || matches!(c0, 'a'..='z' | '.' | ',' | '?' | '!')
                && c1 == Some('Â')
                && (c2 == Some(' ') || has(k2, START | END));
    }
    if has(k0, C1) {
        return true;
    }
    if has(k0, BAD | ACCENTED | SYMBOLIC) && has(k1, BAD) {
        return true;
    }
    if c0.is_ascii_alphabetic() && has(k1, LOWER_COMMON | UPPER_COMMON) && has(k2, BAD) {
        return true;
    }
    if has(k0, BAD) && has(k1, ACCENTED | SYMBOLIC) {
        return true;
    }
    if has(
        k0,
        LOWER_ACC | LOWER_COMMON | BOX | END | CURRENCY | NUMERIC,
    ) && has(k1, UPPER_ACC)
    {
        return true;
    }
    if has(k0, BOX | END | CURRENCY | NUMERIC) && has(k1, LOWER_ACC) {
        return true;
    }
    if has(k0, LOWER_ACC | BOX | END) && has(k1, CURRENCY) {
        return true;
    }
    if c0.is_whitespace() && has(k1, UPPER_ACC) && has(k2, CURRENCY) {
        return true;
    }
    if has(k0, UPPER_ACC | BOX) && has(k1, NUMERIC | LAW) {
        return true;
    }
    if has(k0, ACCENTED | BOX | CURRENCY | END) && has(k1, START) && has(k2, NUMERIC) {
        return true;
    }
    if has(k0, ACCENTED | CURRENCY | NUMERIC | BOX | LAW) && has(k1, END) && has(k2, START) {
        return true;
    }
    if has(k0, CURRENCY | NUMERIC | BOX) && has(k1, START) {
        return true;
    }
    if c0.is_ascii_lowercase() && has(k1, UPPER_ACC) && has(k2, START | CURRENCY) {
        return true;
    }
    if has(k0, BOX) && has(k1, KAOMOJI) {
        return true;
    }
    if has(k0, ACCENTED | CURRENCY | NUMERIC | START | END | LAW) && has(k1, BOX) {
        return true;
    }
    if has(k0, BOX) && has(k1, END) {
        return true;
    }
    if has(k0, ACCENTED) && has(k1, START | END) && c2.is_some_and(is_word) {
        return true;
    }
    if matches!(c0, 'Œ' | 'œ') && c1.is_some_and(|c| !c.is_ascii_alphabetic()) {
        return true;
    }
    if has(k0, UPPER_ACC) && c1 == Some('°') {
        return true;
    }
    if matches!(c0, 'Â' | 'Ã' | 'Î' | 'Ð')
        && (is(c1, "€œŠš¢£Ÿž\u{A0}\u{AD}®©°·»–—´") || has(k1, START | END))
    {
        return true;
    }
    if c0 == '×' && is(c1, "²³") {
        return true;
    }
    let arabic_tail = |kk: u32, c: Option<char>| {
        has(kk, COMMON | CURRENCY | BAD | NUMERIC | START) || is(c, "ŸŠ®°µ»")
    };
    if matches!(c0, 'Ø' | 'Ù')
        && arabic_tail(k1, c1)
        && is(c2, "ØÙ")
        && arabic_tail(k.get(i + 3).copied().unwrap_or(0), ch.get(i + 3).copied())
    {
        return true;
    }
    if c0 == 'à' && is(c1, "²µ¹¼½¾") {
        return true;
    }
    if c0 == '√' && is(c1, "±∂†≠®™´≤≥¥µø") {
        return true;
    }
    if c0 == '≈' && is(c1, "°¢") {
        return true;
    }
    if c0 == '‚' && c1 == Some('Ä') && is(c2, "ìîïòôúùû†°¢π") {
        return true;
    }
    if c0 == '‚' && is(c1, "âó") && is(c2, "àä°ê") {
        return true;
    }
    if c0 == 'в' && c1 == Some('Ђ') {
        return true;
    }
    let cyr_mid =
        |kk: u32, c: Option<char>| has(kk, C1 | BAD | START | END | CURRENCY) || is(c, "°µ");
    if matches!(c0, 'В' | 'Г' | 'Р' | 'С') && cyr_mid(k1, c1) && is(c2, "ВГРС") {
        return true;
    }
    if ch[i..].starts_with(&['Г', 'ў', 'В', 'Ђ', 'В'])
        && ch.get(i + 5).is_some_and(|&c| c != '\n')
        && ch
            .get(i + 6)
            .is_some_and(|&c| c.is_ascii_alphabetic() || c == ' ')
    {
        return true;
    }
    if c0 == 'Ã' && is(c1, "\u{A0}¡") {
        return true;
    }
    if c0.is_ascii_lowercase() {
        let mut j = i + 1;
        if ch.get(j).is_some_and(|c| c.is_whitespace()) {
            j += 1;
        }
        if is(ch.get(j).copied(), "ÃÂ") && ch.get(j + 1) == Some(&' ') {
            return true;
        }
        // The optional space may also be absent when a space follows it.
        if is(c1, "ÃÂ") && c2 == Some(' ') {
            return true;
        }
    }
    if at_start && matches!(c0, 'Ã' | 'Â') && c1 == Some(' ') {
        return true;
    }
    if (matches!(c0, 'a'..='z' | '.' | ',' | '?' | '!') || has(k0, END))
        && c1 == Some('Â')
        && (c2 == Some(' ') || has(k2, START | END))
    {
        return true;
    }
    if c0 == 'β' && c1 == Some('€') && is(c2, "™\u{A0}Ά\u{AD}®°") {
        return true;
    }
    let greek_mid =
        |kk: u32, c: Option<char>| has(kk, C1 | BAD | START | END | CURRENCY) || c == Some('°');
    if matches!(c0, 'Β' | 'Γ' | 'Ξ' | 'Ο') && greek_mid(k1, c1) && is(c2, "ΒΓΞΟ") {
        return true;
    }
    c0 == 'ā' && c1 == Some('€')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_mojibake() {
        for s in ["cafÃ©", "Ã perturber", "â€œ", "Ã\u{A0}", "√©"] {
            assert!(is_bad(s), "{s}");
        }
    }

    #[test]
    fn passes_clean_text() {
        for s in [
            "café crème",
            "Привет, мир",
            "4288×…",
            "SELKÄ\u{A0}EDELLÄ",
            "Ôôô",
        ] {
            assert!(!is_bad(s), "{s}");
        }
    }
}
