//! Stopword-profile language identification for scripts shared by many
//! languages (Latin, Cyrillic, Arabic, Devanagari...). Each language has a list
//! of its most frequent words (`data/stopwords.tsv`); a text scores one point
//! per word found in a language's list.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use super::Script;

static DATA: &str = include_str!("../../data/stopwords.tsv");

struct Profiles {
    /// Word -> indexes of languages whose list has it.
    words: HashMap<&'static str, Vec<u16>>,
    codes: Vec<&'static str>,
}

static PROFILES: Lazy<Profiles> = Lazy::new(|| {
    let mut words: HashMap<&'static str, Vec<u16>> = HashMap::new();
    let mut codes = Vec::new();
    for line in DATA
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let Some((code, list)) = line.split_once('\t') else {
            continue;
        };
        let idx = codes.len() as u16;
        codes.push(code);
        for w in list.split(' ').filter(|w| !w.is_empty()) {
            let e = words.entry(w).or_default();
            if !e.contains(&idx) {
                e.push(idx);
            }
        }
    }
    Profiles { words, codes }
});

pub(crate) fn known_code(code: &str) -> Option<&'static str> {
    PROFILES.codes.iter().find(|c| **c == code).copied()
}

/// Letters that only some Cyrillic languages use, as strong evidence.
fn cyrillic_letter_bonus(word: &str) -> Option<&'static str> {
    for c in word.chars() {
        let code = match c {
            'і' | 'ї' | 'є' | 'ґ' => "uk",
            'ў' => "be",
            'ә' | 'ө' | 'ұ' | 'қ' | 'ң' | 'ғ' | 'һ' => "kk",
            'ђ' | 'ћ' | 'џ' | 'љ' | 'њ' => "sr",
            'ѓ' | 'ќ' | 'ѕ' => "mk",
            'ё' | 'ы' | 'э' | 'ъ' => "ru",
            _ => continue,
        };
        return Some(code);
    }
    None
}

fn script_matches(code: &str, script: Script) -> bool {
    const CYRILLIC: &[&str] = &["ru", "uk", "be", "bg", "sr", "mk", "kk"];
    const ARABIC: &[&str] = &["ar", "fa", "ur"];
    const INDIC: &[&str] = &["hi", "mr", "ne"];
    match script {
        Script::Cyrillic => CYRILLIC.contains(&code),
        Script::Arabic => ARABIC.contains(&code),
        Script::Devanagari => INDIC.contains(&code),
        Script::Latin => {
            !CYRILLIC.contains(&code) && !ARABIC.contains(&code) && !INDIC.contains(&code)
        }
        _ => true,
    }
}

/// The best-scoring language of `script` for `text`.
pub(crate) fn best(text: &str, script: Script, prior: Option<super::Lang>) -> Option<&'static str> {
    let p = &*PROFILES;
    let mut scores = vec![0f32; p.codes.len()];
    let mut lower = String::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.'))
    {
        let word = word.trim_matches(|c| c == '.' || c == '\'' || c == '’');
        if word.is_empty() {
            continue;
        }
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        if let Some(langs) = p.words.get(lower.as_str()) {
            let w = 1.0 / langs.len() as f32;
            for &l in langs {
                scores[l as usize] += 1.0 + w;
            }
        }
        if script == Script::Cyrillic
            && let Some(code) = cyrillic_letter_bonus(&lower)
            && let Some(i) = p.codes.iter().position(|c| *c == code)
        {
            scores[i] += 1.5;
        }
    }
    if let Some(prior) = prior
        && let Some(i) = p.codes.iter().position(|c| *c == prior.code())
        && scores[i] > 0.0
    {
        scores[i] += 0.75;
    }
    let (best, score) = scores
        .iter()
        .enumerate()
        .filter(|(i, _)| script_matches(p.codes[*i], script))
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    if *score > 0.0 {
        return Some(p.codes[best]);
    }
    // No evidence: a lone script with a default language.
    match script {
        Script::Cyrillic => Some("ru"),
        Script::Arabic => Some("ar"),
        Script::Devanagari => Some("hi"),
        _ => None,
    }
}
