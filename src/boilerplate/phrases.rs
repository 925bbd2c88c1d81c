//! The phrase lists that the consent, cookie and invitation rules look for
//! in a block's lowercase text, all found in one pass over it.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use once_cell::sync::Lazy;

use super::{consent, promo};

/// A phrase list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum List {
    /// [`consent::EXTERNAL`].
    External,
    /// [`consent::CONNECT`].
    Connect,
    /// [`consent::PLATFORMS`].
    Platforms,
    /// [`consent::CONSENT`].
    Consent,
    /// [`consent::COOKIE_WORDS`] and [`consent::CJK_COOKIE`].
    Cookie,
    /// [`promo::NEWSLETTERS`].
    Newsletters,
    /// [`promo::OFFERS`].
    Offers,
    /// [`promo::DISCLOSURE`].
    Disclosure,
    /// [`promo::EARNED_BY`].
    EarnedBy,
    /// [`promo::CONTAINS_ADVERTISING`].
    ContainsAdvertising,
    /// [`promo::FOLLOW`], opening a sentence or clause.
    Follow,
    /// [`promo::ASK`], opening a sentence or clause.
    Ask,
}

/// Every list with its phrases.
const LISTS: &[(List, &[&str])] = &[
    (List::External, consent::EXTERNAL),
    (List::Connect, consent::CONNECT),
    (List::Platforms, consent::PLATFORMS),
    (List::Consent, consent::CONSENT),
    (List::Cookie, consent::COOKIE_WORDS),
    (List::Cookie, consent::CJK_COOKIE),
    (List::Newsletters, promo::NEWSLETTERS),
    (List::Offers, promo::OFFERS),
    (List::Disclosure, promo::DISCLOSURE),
    (List::EarnedBy, promo::EARNED_BY),
    (List::ContainsAdvertising, promo::CONTAINS_ADVERTISING),
    (List::Follow, promo::FOLLOW),
    (List::Ask, promo::ASK),
];

/// Lists that count only where a sentence or clause starts.
fn at_start(list: List) -> bool {
    matches!(list, List::Follow | List::Ask)
}

fn bit(list: List) -> u32 {
    1 << list as u32
}

/// The lists found in one text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Found(u32);

impl Found {
    /// Whether a phrase of `list` is in the text (at a sentence or clause
    /// start, for the lists read there).
    pub(crate) fn has(self, list: List) -> bool {
        self.0 & bit(list) != 0
    }
}

/// One automaton over the distinct phrases of all lists, and for each
/// phrase the lists it belongs to: anywhere, and at sentence starts.
struct Phrases {
    automaton: AhoCorasick,
    anywhere: Vec<u32>,
    at_start: Vec<u32>,
}

static PHRASES: Lazy<Phrases> = Lazy::new(|| {
    let mut phrases: Vec<&str> = Vec::new();
    let mut anywhere: Vec<u32> = Vec::new();
    let mut starting: Vec<u32> = Vec::new();
    for &(list, words) in LISTS {
        for &w in words {
            let i = phrases.iter().position(|p| *p == w).unwrap_or_else(|| {
                phrases.push(w);
                anywhere.push(0);
                starting.push(0);
                phrases.len() - 1
            });
            if at_start(list) {
                starting[i] |= bit(list);
            } else {
                anywhere[i] |= bit(list);
            }
        }
    }
    Phrases {
        // A full table of transitions: the fastest walk for so few phrases.
        automaton: AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .expect("phrase automaton"),
        anywhere,
        at_start: starting,
    }
});

/// The lists whose phrases occur in `lower`, a lowercase text.
pub(crate) fn find(lower: &str) -> Found {
    let p = &*PHRASES;
    let mut found = 0;
    let mut starts: Option<Vec<usize>> = None;
    for m in p.automaton.find_overlapping_iter(lower) {
        let i = m.pattern().as_usize();
        found |= p.anywhere[i];
        let open = p.at_start[i] & !found;
        if open != 0
            && starts
                .get_or_insert_with(|| promo::sentence_start_offsets(lower).collect())
                .contains(&m.start())
        {
            found |= open;
        }
    }
    Found(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists found phrase by phrase, as the rules once read them.
    fn naive(lower: &str) -> Found {
        let mut found = 0;
        for &(list, words) in LISTS {
            let hit = if at_start(list) {
                promo::sentence_start_offsets(lower)
                    .any(|i| words.iter().any(|w| lower[i..].starts_with(w)))
            } else {
                words.iter().any(|w| lower.contains(w))
            };
            if hit {
                found |= bit(list);
            }
        }
        Found(found)
    }

    #[test]
    fn one_pass_matches_phrase_by_phrase() {
        let mut pieces: Vec<&str> = LISTS.iter().flat_map(|(_, w)| w.iter().copied()).collect();
        pieces.extend([" ", ". ", ", ", "x", "ab", "é", "\u{a0}", "!", "  "]);
        let mut seed = 11u64;
        for _ in 0..4000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            for k in 0..(seed >> 60) {
                let j = (seed.rotate_left(k as u32 * 7) >> 20) as usize % pieces.len();
                text.push_str(pieces[j]);
                if k % 3 == 0 {
                    // Pieces cut short, so that phrases also nearly match.
                    let p = pieces[(j + 1) % pieces.len()];
                    let cut = p.char_indices().nth(2).map_or(p.len(), |(i, _)| i);
                    text.push_str(&p[..cut]);
                }
            }
            assert_eq!(find(&text), naive(&text), "{text:?}");
        }
    }
}
