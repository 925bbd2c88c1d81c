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
use super::profile::{ListedIn, PROFILES};
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
pub(super) const WORD_CAP: f32 = 8.0;
/// Softens the naive-Bayes costs into a confidence.
const TEMPERATURE: f32 = 2.0;

/// Languages without a trigram profile that borrow the mean of others'.
const BORROWED: &[(&str, &[&str])] = &[("gl", &["pt", "es"])];

struct Model {
    /// All codes: trigram-profile languages first (same indexes), then the
    /// stopword-only ones.
    codes: Vec<&'static str>,
    /// For each stopword-list language, its index in `codes`.
    from_stopwords: Vec<usize>,
    /// For each marker-list language, its index in `codes`.
    from_markers: Vec<usize>,
    /// The letters of each language, where known: ASCII ones as a bit mask,
    /// the rest sorted.
    alphabets: Vec<Option<(u128, &'static [char])>>,
    /// For stopword-only languages, the indexes they borrow a cost from.
    borrowed: Vec<Vec<usize>>,
    /// Per script: its candidate languages, and those with a trigram profile.
    by_script: Vec<(Script, Vec<usize>, Vec<usize>)>,
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
    let alphabets = codes
        .iter()
        .map(|c| {
            letters::alphabet(c).map(|a| {
                let ascii = a
                    .iter()
                    .filter(|c| c.is_ascii())
                    .fold(0u128, |m, c| m | 1 << (*c as u32));
                (ascii, a)
            })
        })
        .collect();
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
    let mut by_script: Vec<(Script, Vec<usize>, Vec<usize>)> = Vec::new();
    for (i, &s) in scripts.iter().enumerate() {
        let k = by_script
            .iter()
            .position(|(t, _, _)| *t == s)
            .unwrap_or_else(|| {
                by_script.push((s, Vec::new(), Vec::new()));
                by_script.len() - 1
            });
        by_script[k].1.push(i);
        if i < p.codes.len() {
            by_script[k].2.push(i);
        }
    }
    Model {
        by_script,
        codes,
        from_stopwords,
        from_markers,
        alphabets,
        borrowed,
    }
});

/// The stopword and marker languages of each listed word, keyed by its
/// letters: one lookup per word of a text, without spelling it out.
type ListedWords = rustc_hash::FxHashMap<Box<[char]>, ListedIn>;

static LISTED_WORDS: Lazy<ListedWords> = Lazy::new(|| {
    let mut map = ListedWords::default();
    for (word, langs) in STOPWORDS.entries() {
        map.entry(word.chars().collect()).or_default().0 = langs;
    }
    for (word, langs) in MARKERS.entries() {
        map.entry(word.chars().collect()).or_default().1 = langs;
    }
    map
});

/// A language with how sure the model is of it.
pub(crate) struct Scored {
    pub(crate) code: &'static str,
    pub(crate) confidence: f32,
}

/// The words of a text written in one script, and the letters they use.
struct Words {
    /// The lowercase letters of the words, one word after another (ASCII
    /// text: the whole text lowercased, words and what lies between).
    chars: Vec<char>,
    /// Each word's range in `chars`.
    spans: Vec<(usize, usize)>,
    /// The lowercase ASCII letters used (`a` as bit 0).
    lowercase: u32,
    /// The other ASCII characters used (odd case mappings), each as the bit
    /// of its code.
    other_ascii: u128,
    /// The other letters used but marks, with repeats.
    others: Vec<char>,
}

/// The words of `text` written in `script`, lowercased, and the letters
/// they use. ASCII is read byte by byte, other characters decoded.
fn words_in(text: &str, script: Script) -> Words {
    let b = text.as_bytes();
    if text.is_ascii() && script == Script::Latin {
        // The whole text lowercased, each word a run of letters in it.
        let mut w = Words {
            chars: b
                .iter()
                .map(|&y| char::from(y.to_ascii_lowercase()))
                .collect(),
            spans: Vec::with_capacity(text.len() / 2 + 1),
            lowercase: 0,
            other_ascii: 0,
            others: Vec::new(),
        };
        let mut i = 0;
        while i < b.len() {
            while b.get(i).is_some_and(|y| !y.is_ascii_alphabetic()) {
                i += 1;
            }
            let from = i;
            // An ASCII letter with bit 5 set is its lowercase.
            while let Some(l) = b.get(i).map(|y| y | 0x20).filter(u8::is_ascii_lowercase) {
                w.lowercase |= 1 << (l - b'a');
                i += 1;
            }
            if i > from {
                w.spans.push((from, i));
            }
        }
        return w;
    }
    let mut w = Words {
        chars: Vec::with_capacity(text.len()),
        // A word and the space after it take two bytes or more.
        spans: Vec::with_capacity(text.len() / 2 + 1),
        lowercase: 0,
        other_ascii: 0,
        others: Vec::new(),
    };
    // The letters of the word being read, kept if it is in `script`.
    let (mut lowercase, mut other_ascii, mut others_from) = (0u32, 0u128, 0);
    let mut start = 0;
    let mut foreign = false;
    let mut i = 0;
    loop {
        // The end of the text ends a word as a space would.
        if let Some(&x) = b.get(i).filter(|x| x.is_ascii()) {
            if x.is_ascii_alphabetic() {
                // The run of ASCII letters from here, copied lowercased.
                foreign |= script != Script::Latin;
                // An ASCII letter with bit 5 set is its lowercase.
                let from = i;
                while let Some(l) = b.get(i).map(|y| y | 0x20).filter(u8::is_ascii_lowercase) {
                    lowercase |= 1 << (l - b'a');
                    i += 1;
                }
                w.chars
                    .extend(b[from..i].iter().map(|&y| char::from(y | 0x20)));
                continue;
            }
            i += 1;
        } else if i < b.len() {
            let c = text[i..].chars().next().unwrap_or_default();
            i += c.len_utf8();
            if super::is_common_letter(c) || c.is_alphabetic() {
                foreign |= script_of_char(c) != Some(script);
                for l in c.to_lowercase() {
                    w.chars.push(l);
                    if l.is_ascii_lowercase() {
                        lowercase |= 1 << (l as u32 - u32::from(b'a'));
                    } else if l.is_ascii() {
                        other_ascii |= 1 << (l as u32);
                    } else if !letters::is_mark(l) {
                        w.others.push(l);
                    }
                }
                continue;
            }
        }
        if w.chars.len() > start {
            if foreign {
                w.chars.truncate(start);
                w.others.truncate(others_from);
            } else {
                w.spans.push((start, w.chars.len()));
                w.lowercase |= lowercase;
                w.other_ascii |= other_ascii;
            }
            start = w.chars.len();
            foreign = false;
        }
        (lowercase, other_ascii, others_from) = (0, 0, w.others.len());
        if i >= b.len() {
            return w;
        }
    }
}

/// The best language of `script` for `text`, or `None` without evidence.
pub(crate) fn best(text: &str, script: Script, prior: Option<&str>) -> Option<Scored> {
    let m = &*MODEL;
    let p = &*PROFILES;
    let found = words_in(text, script);
    let words: Vec<&[char]> = found
        .spans
        .iter()
        .map(|&(a, b)| &found.chars[a..b])
        .collect();
    let mut costs = vec![0f32; m.codes.len()];
    let (_, candidates, profiled) = m.by_script.iter().find(|(s, _, _)| *s == script)?;
    let (candidates, profiled) = (candidates.as_slice(), profiled.as_slice());
    let listed = &*LISTED_WORDS;
    let mut lists = Vec::with_capacity(words.len());
    let n = p.score(
        &words,
        script,
        WORD_CAP,
        &mut costs[..p.codes.len()],
        |w| listed.get(w).copied().unwrap_or_default(),
        &mut lists,
    );
    // Stopword-only languages: a borrowed trigram cost. The median is
    // found only when one of them needs it.
    let mut median = None;
    for &i in candidates.iter().filter(|&&i| i >= p.codes.len()) {
        let from = &m.borrowed[i];
        costs[i] = if from.is_empty() {
            *median.get_or_insert_with(|| {
                // Selected by their order keys: integer comparisons.
                let mut sorted: Vec<i32> =
                    profiled.iter().map(|&i| total_order(costs[i])).collect();
                let mid = sorted.len() / 2;
                if sorted.is_empty() {
                    0.0
                } else {
                    from_total_order(*sorted.select_nth_unstable(mid).1)
                }
            })
        } else {
            from.iter().map(|&j| costs[j]).sum::<f32>() / from.len() as f32
        };
    }
    let mut hits = 0;
    for (stop, mark) in lists {
        for (langs, places, bonus) in [
            (stop, &m.from_stopwords, STOPWORD_BONUS),
            (mark, &m.from_markers, MARKER_BONUS),
        ] {
            // A word listed for no language of a list is not in it.
            if !langs.is_empty() {
                hits += 1;
                for &l in langs {
                    costs[places[l as usize]] -= bonus;
                }
            }
        }
    }
    // Lowercase ASCII letters, the only ASCII a word holds but for odd
    // case mappings, placed at their codes.
    let ascii_seen = found.other_ascii | u128::from(found.lowercase) << b'a';
    let mut seen = found.others;
    seen.sort_unstable();
    seen.dedup();
    for &i in candidates {
        if let Some((ascii, others)) = m.alphabets[i] {
            // Most texts use only letters the language writes: nothing to
            // count (a 128-bit count is a long run of instructions).
            let missing = ascii_seen & !ascii;
            let missing_ascii = if missing == 0 {
                0
            } else {
                missing.count_ones() as usize
            };
            let unknown = missing_ascii
                + seen
                    .iter()
                    .filter(|c| others.binary_search(c).is_err())
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
    let &best = candidates.iter().min_by_key(|&&i| total_order(costs[i]))?;
    let total: f32 = candidates
        .iter()
        .map(|&i| (-(costs[i] - costs[best]) / TEMPERATURE).exp())
        .sum();
    Some(Scored {
        code: m.codes[best],
        confidence: 1.0 / total,
    })
}

/// A key whose integer order is [`f32::total_cmp`]'s order of `x` (its bit
/// pattern, negatives flipped, as `total_cmp` compares): one transform per
/// cost instead of two per comparison.
fn total_order(x: f32) -> i32 {
    total_order_bits(x.to_bits() as i32)
}

/// Flips all but the sign bit of a negative number's bits.
fn total_order_bits(bits: i32) -> i32 {
    bits ^ (((bits >> 31) as u32) >> 1) as i32
}

/// The cost whose [`total_order`] key is `key` (the transform is its own
/// inverse: it keeps the sign bit).
fn from_total_order(key: i32) -> f32 {
    f32::from_bits(total_order_bits(key) as u32)
}

/// Whether `code` is a language the model knows.
pub(crate) fn known_code(code: &str) -> Option<&'static str> {
    MODEL.codes.iter().find(|c| **c == code).copied()
}

#[cfg(test)]
mod tests {
    use super::{from_total_order, total_order};

    #[test]
    fn total_order_as_total_cmp() {
        let xs = [
            f32::NEG_INFINITY,
            -1e30,
            -2.5,
            -f32::MIN_POSITIVE,
            -0.0,
            0.0,
            f32::MIN_POSITIVE,
            1e-45,
            2.5,
            1e30,
            f32::INFINITY,
            f32::NAN,
            -f32::NAN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(
                    total_order(a).cmp(&total_order(b)),
                    a.total_cmp(&b),
                    "{a} {b}"
                );
                assert_eq!(from_total_order(total_order(a)).to_bits(), a.to_bits());
            }
        }
    }
}
