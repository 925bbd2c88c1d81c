//! schema.org body text from JSON-LD scripts, as a signal: blocks whose
//! text the publisher also declared as the page's content are body. Read
//! are an article's `articleBody`, a recipe's `recipeIngredient` and
//! `recipeInstructions` (a string, or an array of strings and `HowToStep`
//! objects), and a `HowTo`'s `step`s. On a shell page, the article body
//! (or else the steps) stands in for the body the scripts would render.
//!
//! No JSON parser is needed: every string in those values is read as a JSON
//! string, its 4-word shingles are hashed into a set, and short strings (an
//! ingredient) are also hashed whole. A block matches when most of its
//! shingles are in the set, or when it is one of the short strings. The
//! signal only ever adds: declared bodies are often truncated (paywalls,
//! teasers).

use std::hash::Hasher;

use rustc_hash::{FxHashSet, FxHasher};

/// Words per shingle.
const SHINGLE: usize = 4;
/// Share of a block's shingles that must be declared for it to match.
const MATCH_SHARE: f32 = 0.6;

/// The key of an article's text, the one a shell page's body can stand in
/// for.
const ARTICLE_BODY: &str = "\"articleBody\"";

/// Keys whose values are declared content.
const KEYS: &[&str] = &[
    ARTICLE_BODY,
    "\"recipeIngredient\"",
    RECIPE_INSTRUCTIONS,
    STEP,
];

/// A recipe's steps.
const RECIPE_INSTRUCTIONS: &str = "\"recipeInstructions\"";

/// The steps of a `HowTo`.
const STEP: &str = "\"step\"";

/// The key of a step's text inside instructions and steps.
const TEXT: &str = "\"text\"";

/// Longest declared string, in words, also kept whole (an ingredient, a
/// step heading).
const WHOLE_WORDS: usize = 12;

/// The declared content of a page, as shingle hashes and whole short
/// strings.
#[derive(Debug, Default)]
pub(crate) struct ArticleBody {
    shingles: FxHashSet<u64>,
    whole: FxHashSet<u64>,
    /// The longest `articleBody` string, newlines kept.
    longest: Option<String>,
    /// The `text` of every instruction or step, a line each, in order.
    steps: String,
}

impl ArticleBody {
    /// Collects the declared content from the text of JSON-LD scripts.
    pub(crate) fn from_scripts(scripts: &str) -> ArticleBody {
        let mut body = ArticleBody::default();
        for key in KEYS {
            let mut rest = scripts;
            while let Some(at) = rest.find(key) {
                rest = &rest[at + key.len()..];
                let after = rest.trim_start();
                let Some(after) = after.strip_prefix(':') else {
                    continue;
                };
                let after = after.trim_start();
                if after.starts_with('[') {
                    let used = body.add_array(after);
                    if matches!(*key, RECIPE_INSTRUCTIONS | STEP) {
                        body.add_steps(&after[..used]);
                    }
                    rest = &after[used..];
                } else if let Some((value, used)) = json_string(after) {
                    body.add(&value);
                    rest = &after[used..];
                    if *key == ARTICLE_BODY
                        && body.longest.as_ref().is_none_or(|l| value.len() > l.len())
                    {
                        body.longest = Some(value);
                    }
                }
            }
        }
        body
    }

    /// The longest `articleBody` declared, or else the steps of the
    /// instructions, when it has at least [`MIN_DECLARED_WORDS`] words: the
    /// text of pages whose markup is an empty shell that scripts fill in.
    pub(crate) fn into_text(self) -> Option<String> {
        self.longest
            .or((!self.steps.is_empty()).then_some(self.steps))
            .filter(|b| crate::boilerplate::word_count(b) >= MIN_DECLARED_WORDS)
    }

    /// Appends the `text` of every step in an array of instructions (each
    /// a `HowToStep`, or a `HowToSection` of them), a line each.
    fn add_steps(&mut self, array: &str) {
        let mut rest = array;
        while let Some(at) = rest.find(TEXT) {
            rest = rest[at + TEXT.len()..].trim_start();
            let Some(after) = rest.strip_prefix(':') else {
                continue;
            };
            let after = after.trim_start();
            if let Some((value, used)) = json_string(after) {
                let value = value.trim();
                if !value.is_empty() {
                    self.steps.push_str(value);
                    self.steps.push('\n');
                }
                rest = &after[used..];
            } else {
                rest = after;
            }
        }
    }

    /// Adds every string in the JSON array that opens `s` (nested objects
    /// and arrays included); returns the bytes read.
    fn add_array(&mut self, s: &str) -> usize {
        let mut depth = 0usize;
        let mut i = 0;
        let b = s.as_bytes();
        while i < b.len() {
            match b[i] {
                b'[' | b'{' => depth += 1,
                b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return i + 1;
                    }
                }
                b'"' => {
                    let Some((value, used)) = json_string(&s[i..]) else {
                        return b.len();
                    };
                    self.add(&value);
                    i += used;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        b.len()
    }

    fn add(&mut self, text: &str) {
        let words = words(text);
        for w in words.windows(SHINGLE) {
            self.shingles.insert(hash(w));
        }
        if (2..=WHOLE_WORDS).contains(&words.len()) {
            self.whole.insert(hash(&words));
        }
    }

    /// True when no body was declared.
    pub(crate) fn is_empty(&self) -> bool {
        self.shingles.is_empty() && self.whole.is_empty()
    }

    /// True when most of `text`'s shingles are in the declared body, or
    /// `text` is one of its short strings.
    pub(crate) fn matches(&self, text: &str) -> bool {
        if self.is_empty() {
            return false;
        }
        let words = words(text);
        if (2..=WHOLE_WORDS).contains(&words.len()) && self.whole.contains(&hash(&words)) {
            return true;
        }
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

/// Words a declared `articleBody` needs to stand in for an empty body.
const MIN_DECLARED_WORDS: usize = 80;

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
                    'n' => out.push('\n'),
                    'r' | 't' => out.push(' '),
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

    #[test]
    fn declared_text_keeps_paragraphs_and_needs_length() {
        let long = "The river rose two metres overnight. ".repeat(15);
        let scripts = format!(
            r#"{{"@type":"NewsArticle","articleBody":"short"}} {{"articleBody": "{long}\n\nSecond paragraph."}}"#
        );
        let text = ArticleBody::from_scripts(&scripts).into_text().unwrap();
        assert!(text.ends_with("overnight. \n\nSecond paragraph."));
        assert_eq!(
            ArticleBody::from_scripts(r#"{"articleBody":"Too short to stand in for a body."}"#)
                .into_text(),
            None
        );
    }

    #[test]
    fn steps_stand_in_when_no_article_body_is_declared() {
        let step = "Measure the table top from edge to edge through its centre, and add twice the drop you want on each side.";
        let scripts = format!(
            r#"{{"@type":"HowTo","name":"A round tablecloth","step":[{{"@type":"HowToStep","name":"Step 1","itemListElement":{{"@type":"HowToDirection","text":"<p>{step}</p>"}}}},{{"@type":"HowToStep","text":"{step} Then fold the cloth in four."}}]}}"#
        );
        let short = ArticleBody::from_scripts(&scripts);
        assert!(short.matches(step));
        assert_eq!(short.into_text(), None, "too short to stand in");
        let long = scripts.replace("Then fold", &"Then fold it again. ".repeat(30));
        let text = ArticleBody::from_scripts(&long).into_text().unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], format!("<p>{step}</p>"));
        assert!(lines[1].starts_with(step));
        let with_body = format!(
            r#"{long} {{"articleBody":"{}"}}"#,
            "The river rose two metres overnight. ".repeat(25)
        );
        let text = ArticleBody::from_scripts(&with_body).into_text().unwrap();
        assert!(text.starts_with("The river rose"), "an article body wins");
    }

    #[test]
    fn reads_recipes() {
        let b = ArticleBody::from_scripts(
            r#"{"@type":"Recipe","recipeIngredient":["200 g Mehl","2 Eier","1 Prise Salz"],
               "recipeInstructions":[{"@type":"HowToStep","text":"Mehl, Eier und Salz zu einem glatten Teig verrühren und ruhen lassen."}],
               "name":"Pfannkuchen"}"#,
        );
        assert!(b.matches("200 g\tMehl"));
        assert!(b.matches("2 Eier"));
        assert!(b.matches("Mehl, Eier und Salz zu einem glatten Teig verrühren und ruhen lassen."));
        assert!(!b.matches("Pfannkuchen"));
        assert!(!b.matches("3 Eier"));
    }
}
