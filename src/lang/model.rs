//! Combines the signals into one cost per language.
//!
//! Every language that writes the text's script is a candidate. Its cost, in
//! nats, is the trigram cost ([`super::profile`]) less a bonus for each of its
//! stopwords and marker words in the text ([`super::stopwords`]), plus a
//! penalty for each letter it never writes ([`super::letters`]) and, for the
//! document's main language, a prior bonus. Languages without a trigram profile borrow one:
//! Galician the mean of Portuguese and Spanish, others the median candidate.
//! The cheapest candidate wins; its confidence is its share of
//! `exp(-cost / TEMPERATURE)` over all candidates.

use once_cell::sync::Lazy;

use super::letters;
use super::profile::PROFILES;
use super::script::{Script, script_of_char};
use super::stopwords::{MARKERS, STOPWORDS, WordLists};

/// Bonus for each word of the text found in a language's stopword list.
const STOPWORD_BONUS: f32 = 2.5;
/// Bonus for each word of the text that tells a language from its neighbours.
const MARKER_BONUS: f32 = 5.0;
/// Cost of each distinct letter of the text that a language never writes.
const ALPHABET_PENALTY: f32 = 8.0;
/// Bonus for the document's main language.
const PRIOR_BONUS: f32 = 4.0;
/// Further prior bonus per trigram: naive-Bayes margins grow with the length
/// of the line, for odd words (names, loanwords) as much as for real evidence.
const PRIOR_PER_TRIGRAM: f32 = 0.3;
/// The most one word can cost a language above the word's cheapest one.
const WORD_CAP: f32 = 8.0;
/// Softens the naive-Bayes costs into a confidence.
const TEMPERATURE: f32 = 2.0;

/// Languages without a trigram profile that borrow the mean of others'.
const BORROWED: &[(&str, &[&str])] = &[("gl", &["pt", "es"])];

struct Model {
    /// All codes: trigram-profile languages first (same indexes), then the
    /// stopword-only ones.
    codes: Vec<&'static str>,
    scripts: Vec<Script>,
    /// For each stopword-list language, its index in `codes`.
    from_stopwords: Vec<usize>,
    /// For each marker-list language, its index in `codes`.
    from_markers: Vec<usize>,
    /// The letters of each language, where known.
    alphabets: Vec<Option<&'static [char]>>,
    /// For stopword-only languages, the indexes they borrow a cost from.
    borrowed: Vec<Vec<usize>>,
}

static MODEL: Lazy<Model> = Lazy::new(|| {
    let p = &*PROFILES;
    let mut codes = p.codes.clone();
    let mut scripts = p.scripts.clone();
    let mut place = |lists: &WordLists| -> Vec<usize> {
        lists
            .codes
            .iter()
            .zip(&lists.scripts)
            .map(|(code, script)| {
                codes.iter().position(|c| c == code).unwrap_or_else(|| {
                    codes.push(code);
                    scripts.push(*script);
                    codes.len() - 1
                })
            })
            .collect()
    };
    let from_stopwords = place(&STOPWORDS);
    let from_markers = place(&MARKERS);
    let alphabets = codes.iter().map(|c| letters::alphabet(c)).collect();
    let borrowed = codes
        .iter()
        .map(|code| {
            BORROWED
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, from)| {
                    from.iter()
                        .filter_map(|f| p.codes.iter().position(|c| c == f))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    Model {
        codes,
        scripts,
        from_stopwords,
        from_markers,
        alphabets,
        borrowed,
    }
});

/// A language with how sure the model is of it.
pub(crate) struct Scored {
    pub(crate) code: &'static str,
    pub(crate) confidence: f32,
}

/// The lowercase words of `text` written in `script`.
fn words_in(text: &str, script: Script) -> Vec<Vec<char>> {
    let mut words = Vec::new();
    let mut cur: Vec<char> = Vec::new();
    let mut foreign = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            foreign |= script_of_char(c) != Some(script);
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            if !foreign {
                words.push(std::mem::take(&mut cur));
            }
            cur.clear();
            foreign = false;
        }
    }
    words
}

/// The best language of `script` for `text`, or `None` without evidence.
pub(crate) fn best(text: &str, script: Script, prior: Option<&str>) -> Option<Scored> {
    let m = &*MODEL;
    let p = &*PROFILES;
    let words = words_in(text, script);
    let mut costs = vec![0f32; m.codes.len()];
    let candidates: Vec<usize> = (0..m.codes.len())
        .filter(|&i| m.scripts[i] == script)
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let profiled: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| i < p.codes.len())
        .collect();
    let n = p.score(&words, &profiled, WORD_CAP, &mut costs[..p.codes.len()]);
    // Stopword-only languages: a borrowed trigram cost.
    let mut profiled: Vec<f32> = profiled.iter().map(|&i| costs[i]).collect();
    profiled.sort_by(f32::total_cmp);
    let median = profiled.get(profiled.len() / 2).copied().unwrap_or(0.0);
    for &i in candidates.iter().filter(|&&i| i >= p.codes.len()) {
        let from = &m.borrowed[i];
        costs[i] = if from.is_empty() {
            median
        } else {
            from.iter().map(|&j| costs[j]).sum::<f32>() / from.len() as f32
        };
    }
    let mut hits = 0;
    let mut word = String::new();
    let mut seen: Vec<char> = Vec::new();
    for w in &words {
        word.clear();
        word.extend(w.iter());
        for (lists, places, bonus) in [
            (&*STOPWORDS, &m.from_stopwords, STOPWORD_BONUS),
            (&*MARKERS, &m.from_markers, MARKER_BONUS),
        ] {
            if let Some(langs) = lists.languages_of(&word) {
                hits += 1;
                for &l in langs {
                    costs[places[l as usize]] -= bonus;
                }
            }
        }
        seen.extend(w.iter().filter(|c| !letters::is_mark(**c)));
    }
    seen.sort_unstable();
    seen.dedup();
    for &i in &candidates {
        if let Some(alphabet) = m.alphabets[i] {
            let unknown = seen
                .iter()
                .filter(|c| alphabet.binary_search(c).is_err())
                .count();
            costs[i] += ALPHABET_PENALTY * unknown as f32;
        }
    }
    if n == 0 && hits == 0 {
        return None;
    }
    if let Some(prior) = prior
        && let Some(i) = candidates.iter().find(|&&i| m.codes[i] == prior)
    {
        costs[*i] -= PRIOR_BONUS + PRIOR_PER_TRIGRAM * n as f32;
    }
    let &best = candidates
        .iter()
        .min_by(|&&a, &&b| costs[a].total_cmp(&costs[b]))?;
    let total: f32 = candidates
        .iter()
        .map(|&i| (-(costs[i] - costs[best]) / TEMPERATURE).exp())
        .sum();
    Some(Scored {
        code: m.codes[best],
        confidence: 1.0 / total,
    })
}

/// Whether `code` is a language the model knows.
pub(crate) fn known_code(code: &str) -> Option<&'static str> {
    MODEL.codes.iter().find(|c| **c == code).copied()
}
