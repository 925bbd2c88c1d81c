//! Word lists per language: frequent words (`data/stopwords.tsv`) and words
//! that tell close languages apart (`data/lang/markers.tsv`). A text's words
//! found in a language's list are evidence for it.

use rustc_hash::FxHashMap as HashMap;

use once_cell::sync::Lazy;

use super::Script;

/// Word lists of several languages, indexed by word.
pub(crate) struct WordLists {
    /// Word -> indexes of languages whose list has it.
    words: HashMap<&'static str, Vec<u16>>,
    /// Language codes, by index.
    pub(crate) codes: Vec<&'static str>,
    /// The script of each language's words.
    pub(crate) scripts: Vec<Script>,
}

impl WordLists {
    fn parse(data: &'static str) -> WordLists {
        let mut words: HashMap<&'static str, Vec<u16>> = HashMap::default();
        let mut codes = Vec::new();
        let mut scripts = Vec::new();
        for line in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let Some((code, list)) = line.split_once('\t') else {
                continue;
            };
            let idx = codes.len() as u16;
            codes.push(code);
            scripts.push(super::script_of(list).unwrap_or(Script::Other));
            for w in list.split(' ').filter(|w| !w.is_empty()) {
                let e = words.entry(w).or_default();
                if !e.contains(&idx) {
                    e.push(idx);
                }
            }
        }
        WordLists {
            words,
            codes,
            scripts,
        }
    }

    /// Every word of the lists with the indexes of the languages whose
    /// list has it.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&'static str, &[u16])> {
        self.words.iter().map(|(w, l)| (*w, l.as_slice()))
    }
}

/// Frequent words per language.
pub(crate) static STOPWORDS: Lazy<WordLists> =
    Lazy::new(|| WordLists::parse(include_str!("../../data/stopwords.tsv")));

/// Words that tell close languages apart.
pub(crate) static MARKERS: Lazy<WordLists> =
    Lazy::new(|| WordLists::parse(include_str!("../../data/lang/markers.tsv")));

pub(crate) fn known_code(code: &str) -> Option<&'static str> {
    STOPWORDS.codes.iter().find(|c| **c == code).copied()
}

/// The best-scoring language of `script` for `text` by stopwords alone, for
/// scripts without trigram profiles.
pub(crate) fn best(text: &str, script: Script) -> Option<&'static str> {
    let p = &*STOPWORDS;
    let mut scores = vec![0f32; p.codes.len()];
    // Each word, a run of alphanumeric characters, lowercased as it is read.
    let mut lower = String::new();
    let mut score = |lower: &mut String| {
        if let Some(langs) = p.words.get(lower.as_str()) {
            for &l in langs {
                scores[l as usize] += 1.0 + 1.0 / langs.len() as f32;
            }
        }
        lower.clear();
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            if b.is_ascii_alphanumeric() {
                lower.push(char::from(b.to_ascii_lowercase()));
            } else if !lower.is_empty() {
                score(&mut lower);
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if super::is_common_letter(c) || !super::is_common_punctuation(c) && c.is_alphanumeric() {
            lower.extend(c.to_lowercase());
        } else if !lower.is_empty() {
            score(&mut lower);
        }
    }
    if !lower.is_empty() {
        score(&mut lower);
    }
    let (best, score) = scores
        .iter()
        .enumerate()
        .filter(|(i, _)| p.scripts[*i] == script)
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    (*score > 0.0).then(|| p.codes[best])
}
