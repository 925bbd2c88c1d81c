//! schema.org `articleBody` from JSON-LD scripts, as a signal: blocks whose
//! text the publisher also declared as the article body are body.
//!
//! No JSON parser is needed: the value of every `"articleBody"` key is read
//! as a JSON string, and its 4-word shingles are hashed into a set. A block
//! matches when most of its shingles are in the set. The signal only ever
//! adds: declared bodies are often truncated (paywalls, teasers).

use std::hash::Hasher;

use rustc_hash::{FxHashSet, FxHasher};

/// Words per shingle.
const SHINGLE: usize = 4;
/// Share of a block's shingles that must be declared for it to match.
const MATCH_SHARE: f32 = 0.6;

/// The declared article body of a page, as shingle hashes.
#[derive(Debug, Default)]
pub(crate) struct ArticleBody {
    shingles: FxHashSet<u64>,
}

impl ArticleBody {
    /// Collects `articleBody` values from the text of JSON-LD scripts.
    pub(crate) fn from_scripts(scripts: &str) -> ArticleBody {
        let mut body = ArticleBody::default();
        let key = "\"articleBody\"";
        let mut rest = scripts;
        while let Some(at) = rest.find(key) {
            rest = &rest[at + key.len()..];
            let after = rest.trim_start();
            let Some(after) = after.strip_prefix(':') else {
                continue;
            };
            let after = after.trim_start();
            if let Some((value, used)) = json_string(after) {
                body.add(&value);
                rest = &after[used..];
            }
        }
        body
    }

    fn add(&mut self, text: &str) {
        let words = words(text);
        for w in words.windows(SHINGLE) {
            self.shingles.insert(hash(w));
        }
    }

    /// True when no body was declared.
    pub(crate) fn is_empty(&self) -> bool {
        self.shingles.is_empty()
    }

    /// True when most of `text`'s shingles are in the declared body.
    pub(crate) fn matches(&self, text: &str) -> bool {
        if self.shingles.is_empty() {
            return false;
        }
        let words = words(text);
        if words.len() < SHINGLE + 2 {
            return false;
        }
        let all = words.len() + 1 - SHINGLE;
        let hit = words
            .windows(SHINGLE)
            .filter(|w| self.shingles.contains(&hash(w)))
            .count();
        hit as f32 >= all as f32 * MATCH_SHARE
    }
}

/// A hash of each lowercase word of `text` (letters and digits).
fn words(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut h = FxHasher::default();
            if w.is_ascii() {
                for b in w.bytes() {
                    h.write_u8(b.to_ascii_lowercase());
                }
            } else {
                for b in w.to_lowercase().bytes() {
                    h.write_u8(b);
                }
            }
            h.finish()
        })
        .collect()
}

/// A hash of a run of word hashes.
fn hash(words: &[u64]) -> u64 {
    let mut h = FxHasher::default();
    for &w in words {
        h.write_u64(w);
    }
    h.finish()
}

fn json_string(s: &str) -> Option<(String, usize)> {
    let mut chars = s.char_indices();
    if chars.next()?.1 != '"' {
        return None;
    }
    let mut out = String::new();
    let mut pending_high: Option<u32> = None;
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' | 'r' | 't' => out.push(' '),
                    'u' => {
                        let hex: String =
                            (0..4).filter_map(|_| chars.next().map(|x| x.1)).collect();
                        let v = u32::from_str_radix(&hex, 16).ok()?;
                        if (0xD800..0xDC00).contains(&v) {
                            pending_high = Some(v);
                            continue;
                        }
                        let v = match pending_high.take() {
                            Some(h) if (0xDC00..0xE000).contains(&v) => {
                                0x10000 + ((h - 0xD800) << 10) + (v - 0xDC00)
                            }
                            _ => v,
                        };
                        out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                    }
                    other => out.push(other),
                }
            }
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_article_body() {
        let b = ArticleBody::from_scripts(
            r#"{"@type":"NewsArticle","articleBody" : "The river rose two metres overnight and the old bridge was closed.\n Caf\u00e9 owners moved chairs."}"#,
        );
        assert!(b.matches("The river rose two metres overnight and the old bridge was closed."));
        assert!(!b.matches("Café owners moved chairs out of the water today"));
        assert!(!b.matches("Subscribe to our newsletter for more stories like this"));
    }
}
