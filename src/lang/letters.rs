//! Letters: which count as letters inside trigrams, and which letters each
//! language writes (`data/lang/alphabets.tsv`). A letter that a language never
//! writes is strong evidence against it (`ů` against Slovak, `ј` against
//! Russian, `ã` against Galician).

use std::collections::HashMap;

use once_cell::sync::Lazy;

/// Letters per language code.
static ALPHABETS: Lazy<HashMap<&'static str, Vec<char>>> = Lazy::new(|| {
    include_str!("../../data/lang/alphabets.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(code, letters)| {
            let mut v: Vec<char> = letters.chars().collect();
            v.sort_unstable();
            (code, v)
        })
        .collect()
});

/// The sorted letters that `code` writes, if known.
pub(crate) fn alphabet(code: &str) -> Option<&'static [char]> {
    ALPHABETS.get(code).map(Vec::as_slice)
}

/// Combining vowel signs and other marks that are alphabetic in Unicode but
/// not letters of a trigram (Devanagari matras and virama, Arabic harakat,
/// Latin combining accents).
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F
        | 0x064B..=0x065F
        | 0x0670
        | 0x0900..=0x0903
        | 0x093A..=0x093C
        | 0x093E..=0x094F
        | 0x0951..=0x0957
        | 0x0962..=0x0963)
}
