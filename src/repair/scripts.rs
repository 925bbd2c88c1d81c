//! Words that mix Latin and Cyrillic letters which look alike: `Cтaтья`
//! typed with a Latin `C` and `a`, copy made "unique" for plagiarism
//! checkers by swapping letters, `Аdvеrtіѕе` spelled to slip past filters.
//! Such a word is written back in the one script it can be read in.
//!
//! A word is changed only when every letter of the other script has a
//! look-alike in the word's own script (`a` and `а`, `C` and `С`) and the
//! word is not made of such letters alone in both scripts. Words mixing
//! scripts on purpose are split by a hyphen or a digit (`Wi-Fi-сеть`, `Т-34`)
//! and stay as they are.

use std::borrow::Cow;

/// Latin letters and the Cyrillic letters that look the same.
const LATIN_CYRILLIC: &[(char, char)] = &[
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('i', 'і'),
    ('j', 'ј'),
    ('s', 'ѕ'),
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('I', 'І'),
    ('J', 'Ј'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('S', 'Ѕ'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
];

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4FF}').contains(&c)
}

fn to_cyrillic(c: char) -> Option<char> {
    LATIN_CYRILLIC.iter().find(|p| p.0 == c).map(|p| p.1)
}

fn to_latin(c: char) -> Option<char> {
    LATIN_CYRILLIC.iter().find(|p| p.1 == c).map(|p| p.0)
}

/// The script a mixed word is read in, if one: `Some(true)` for Cyrillic.
fn read_as_cyrillic(word: &str) -> Option<bool> {
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    let (mut all_latin_alike, mut all_cyrillic_alike) = (true, true);
    for c in word.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
            all_latin_alike &= to_cyrillic(c).is_some();
        } else if is_cyrillic(c) {
            cyrillic += 1;
            all_cyrillic_alike &= to_latin(c).is_some();
        } else {
            return None;
        }
    }
    if latin == 0 || cyrillic == 0 {
        return None;
    }
    match (all_latin_alike, all_cyrillic_alike) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        (true, true) if cyrillic != latin => Some(cyrillic > latin),
        _ => None,
    }
}

/// Writes each word that mixes look-alike Latin and Cyrillic letters in the
/// one script it can be read in (`Cтaтья` -> `Статья`, `Аdvеrtіѕе` ->
/// `Advertise`). Text without Cyrillic letters, or without mixed words,
/// comes back borrowed.
///
/// ```
/// use pageclean::repair::fix_mixed_scripts;
/// assert_eq!(fix_mixed_scripts("Нoвaя cтaтья"), "Новая статья");
/// assert_eq!(fix_mixed_scripts("Wi-Fi-сеть и Т-34"), "Wi-Fi-сеть и Т-34");
/// ```
#[must_use]
pub fn fix_mixed_scripts(text: &str) -> Cow<'_, str> {
    // Cyrillic letters of U+0400 to U+04FF open with bytes D0 to D3.
    if !text.bytes().any(|b| (0xD0..=0xD3).contains(&b)) {
        return Cow::Borrowed(text);
    }
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphabetic() {
            start.get_or_insert(i);
            continue;
        }
        let Some(s) = start.take() else { continue };
        let word = &text[s..i];
        let Some(cyrillic) = read_as_cyrillic(word) else {
            continue;
        };
        let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
        o.push_str(&text[copied..s]);
        o.extend(word.chars().map(|c| {
            let alike = if cyrillic {
                to_cyrillic(c)
            } else {
                to_latin(c)
            };
            alike.unwrap_or(c)
        }));
        copied = i;
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_words_take_the_script_they_can_be_read_in() {
        assert_eq!(
            fix_mixed_scripts("Cтaтья oб пpaвилax"),
            "Статья об правилах"
        );
        assert_eq!(
            fix_mixed_scripts("Аdvеrtіѕе wіth thе most visited news site"),
            "Advertise with the most visited news site"
        );
        assert_eq!(fix_mixed_scripts("мощность 5 кBт"), "мощность 5 кВт");
    }

    #[test]
    fn words_of_one_script_and_mixes_on_purpose_stay() {
        for text in [
            "Привет, мир! Hello, world.",
            "Wi-Fi-сеть, Т-34, iPhone и ВКонтакте",
            "CO2 и H2O",
            "e-mail: ivan@пример.рф",
            "",
        ] {
            assert!(
                matches!(fix_mixed_scripts(text), Cow::Borrowed(_)),
                "{text}"
            );
        }
        // Made of look-alikes alone, as many of each script: no reading
        // wins.
        assert!(matches!(fix_mixed_scripts("Сo"), Cow::Borrowed(_)));
    }

    #[test]
    fn fixing_twice_changes_nothing() {
        let once = fix_mixed_scripts("Cтaтья: Аdvеrtіѕе").into_owned();
        assert_eq!(fix_mixed_scripts(&once), once);
    }
}
