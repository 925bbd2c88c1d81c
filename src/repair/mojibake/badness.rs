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
/// Not a category: a character that starts a rule of its own (`Ã` before
/// `©`, `Р` before `°`), read by [`pair_may_be_bad`].
const SPECIAL: u32 = 1 << 14;

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
    if matches!(
        c,
        'Œ' | 'œ'
            | 'Â'
            | 'Ã'
            | 'Î'
            | 'Ð'
            | '×'
            | 'Ø'
            | 'Ù'
            | 'à'
            | '√'
            | '≈'
            | '‚'
            | 'β'
            | 'Β'
            | 'Γ'
            | 'Ξ'
            | 'Ο'
            | 'ā'
            | 'в'
            | 'В'
            | 'Г'
            | 'Р'
            | 'С'
    ) {
        k |= SPECIAL;
    }
    k
}

/// Groups used by several rules.
const ACCENTED: u32 = LOWER_ACC | UPPER_ACC;
const SYMBOLIC: u32 = BOX | START | END | CURRENCY | NUMERIC | LAW;

/// True when the text holds at least one juxtaposition typical of mojibake.
#[must_use]
pub(super) fn is_bad(text: &str) -> bool {
    // The rules are tried only at the characters up to two before a trigger
    // (see [`triggers`]), each start once.
    let table: &[u32] = &TABLE;
    let mut next = 0;
    triggers(text, |t| {
        if t < next {
            return false;
        }
        let from = text[next..t]
            .char_indices()
            .rev()
            .take(2)
            .last()
            .map_or(t, |(o, _)| next + o);
        let starts = text[from..].char_indices().map(|(o, c)| (from + o, c));
        for (s, c) in starts.take_while(|&(s, _)| s <= t) {
            let mut ch = ['\0'; WINDOW];
            let mut k = [0u32; WINDOW];
            let mut n = 0;
            for c in text[s..].chars().take(WINDOW) {
                ch[n] = c;
                k[n] = cat_in(table, c);
                n += 1;
            }
            if bad_at(&ch[..n], &k[..n], s == 0) {
                return true;
            }
            next = s + c.len_utf8();
        }
        false
    })
}

/// Calls `found` with the byte offset of each character that a rule may
/// match at or up to two characters before, in order, until it returns true
/// (and then returns true). Every rule that matches needs, within its first
/// three characters, a C1 control, `Œ` before something, `Ã` or `Â` before a
/// space, or two adjacent categorized characters that some rule can start
/// with ([`pair_may_be_bad`]): a rule starting with a plain character goes on
/// with such a pair (`a` + `Ð¸` + `ˆ`) or with `Â`/`Ã`, and rules naming
/// characters start with a character marked [`SPECIAL`]. Checked on every
/// triple of categorized characters by the tests.
fn triggers(text: &str, mut found: impl FnMut(usize) -> bool) -> bool {
    let table: &[u32] = &TABLE;
    let b = text.as_bytes();
    // The previous character, its category and offset (`'\0'` after ASCII).
    let (mut pc, mut pk, mut po) = ('\0', 0u32, 0);
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x.is_ascii() {
            // No category: only what precedes it can make a rule.
            let after = matches!(pc, 'Œ' | 'œ') || x == b' ' && matches!(pc, 'Ã' | 'Â');
            if after && found(po) {
                return true;
            }
            (pc, pk) = ('\0', 0);
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or_default();
        let o = i;
        i += c.len_utf8();
        let k = cat_in(table, c);
        // Triggers at the previous character come first.
        let pair = matches!(pc, 'Œ' | 'œ') || k != 0 && pk != 0 && pair_may_be_bad(pc, pk, c, k);
        if pair && found(po) {
            return true;
        }
        if k & C1 != 0 && found(o) {
            return true;
        }
        (pc, pk, po) = (c, k, o);
    }
    false
}

/// A necessary condition for [`is_bad`]: a trigger anywhere.
#[cfg(test)]
fn might_be_bad(text: &str) -> bool {
    triggers(text, |_| true)
}

/// Characters a rule looks at, at most.
const WINDOW: usize = 7;

/// Bits of the plain Greek and Cyrillic letters.
const LETTERS: u32 = UPPER_COMMON | LOWER_COMMON;

/// Whether the adjacent categorized characters `c0` and `c1` satisfy the
/// first two conditions of some rule of [`bad_at`]. Every rule that matches
/// somewhere needs such a pair, a C1 control, `Œ` before something or `Ã`
/// or `Â` before a space: a rule starting with a plain character goes on with
/// a pair (`a` + `Ð¸` + `ˆ`) or `Â`/`Ã`, and rules naming characters start
/// with a character marked [`SPECIAL`].
#[inline]
fn pair_may_be_bad(c0: char, k0: u32, c1: char, k1: u32) -> bool {
    if (k0 | k1) & !(LETTERS | SPECIAL) == 0 {
        // Plain Greek or Cyrillic letters: `вЂ` and `ГўВЂВ` only.
        return c0 == 'в' && c1 == 'Ђ' || c0 == 'Г' && c1 == 'ў';
    }
    pair_may_be_bad_mixed(k0, k1)
}

/// [`pair_may_be_bad`] for pairs with something besides plain letters.
fn pair_may_be_bad_mixed(k0: u32, k1: u32) -> bool {
    let has = |kk: u32, set: u32| kk & set != 0;
    has(k0, SPECIAL)
        || has(k0, BAD | ACCENTED | SYMBOLIC | LETTERS) && has(k1, BAD)
        || has(k0, BAD) && has(k1, ACCENTED | SYMBOLIC)
        || has(
            k0,
            LOWER_ACC | LOWER_COMMON | BOX | END | CURRENCY | NUMERIC,
        ) && has(k1, UPPER_ACC)
        || has(k0, BOX | END | CURRENCY | NUMERIC) && has(k1, LOWER_ACC)
        || has(k0, ACCENTED | BOX | END) && has(k1, CURRENCY)
        || has(k0, UPPER_ACC | BOX) && has(k1, NUMERIC | LAW | KAOMOJI)
        || has(k0, ACCENTED | BOX | CURRENCY | END | NUMERIC) && has(k1, START)
        || has(k0, ACCENTED | CURRENCY | NUMERIC | BOX | LAW) && has(k1, END)
        || has(k0, BOX) && has(k1, KAOMOJI | END)
        || has(k0, ACCENTED | CURRENCY | NUMERIC | START | END | LAW) && has(k1, BOX)
        || has(k0, ACCENTED) && has(k1, START | END)
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
    if (k0 | k1) & !(UPPER_COMMON | LOWER_COMMON | SPECIAL) == 0 && !matches!(c0, 'в' | 'Г') {
        // Plain Greek or Cyrillic letters before letters or plain text: the
        // rules that start with such a letter need something else after it,
        // except `вЂ` and `ГўВЂВ`.
        return false;
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

/// The scan against the rules themselves: `cargo test --release --lib
/// prefilter -- --ignored` (every triple of categorized characters).
#[cfg(test)]
mod prefilter {
    use super::*;

    /// [`is_bad`] without prefilters: the rules at every position.
    fn raw(text: &str) -> bool {
        let table: &[u32] = &TABLE;
        let chars: Vec<char> = text.chars().collect();
        let k: Vec<u32> = chars.iter().map(|&c| cat_in(table, c)).collect();
        (0..chars.len()).any(|s| {
            let e = chars.len().min(s + WINDOW);
            bad_at(&chars[s..e], &k[s..e], s == 0)
        })
    }

    #[test]
    fn categorized_spaces() {
        let spaces: Vec<char> = (0x80..TABLE_END)
            .filter_map(char::from_u32)
            .filter(|&c| c.is_whitespace() && cat_in(&TABLE, c) != 0)
            .collect();
        assert_eq!(spaces, ['\u{85}', '\u{A0}']);
    }

    #[test]
    #[ignore]
    fn prefilters_are_exact() {
        let mut alphabet: Vec<char> = (0x80u32..TABLE_END)
            .filter_map(char::from_u32)
            .filter(|&c| cat_in(&TABLE, c) != 0)
            .collect();
        alphabet.extend([
            'a', 'z', 'A', ' ', '.', '\n', 'é', '\u{F8FF}', '\u{FFFD}', '東',
        ]);
        let n = alphabet.len() as u64;
        let mut seed = 0x1234_5678_9abc_def0u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        // All pairs and triples of a sample, then random strings.
        for &a in &alphabet {
            for &b in &alphabet {
                let s: String = [a, b].iter().collect();
                assert!(might_be_bad(&s) || !raw(&s), "{s:?}");
                let t: String = ['x', a, b].iter().collect();
                assert!(might_be_bad(&t) || !raw(&t), "{t:?}");
                for &c in &alphabet {
                    let u: String = [a, b, c].iter().collect();
                    assert_eq!(is_bad(&u), raw(&u), "{u:?}");
                }
            }
        }
        for _ in 0..3_000_000 {
            let len = 2 + next() % 7;
            let s: String = (0..len).map(|_| alphabet[(next() % n) as usize]).collect();
            assert!(might_be_bad(&s) || !raw(&s), "{s:?}");
            assert_eq!(is_bad(&s), raw(&s), "{s:?}");
        }
    }
}
