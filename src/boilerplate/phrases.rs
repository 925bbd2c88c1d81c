//! The phrase lists that the consent, cookie and invitation rules look for
//! in a block's lowercase text, all found in one pass over it.

use once_cell::sync::Lazy;

use super::{consent, notices, promo};

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
    /// [`promo::ADVERTISE`], opening a sentence or clause.
    Advertise,
    /// [`notices::RESERVED`].
    Reserved,
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
    (List::Advertise, promo::ADVERTISE),
    (List::Reserved, notices::RESERVED),
];

/// Lists that count only where a sentence or clause starts.
fn at_start(list: List) -> bool {
    matches!(list, List::Follow | List::Ask | List::Advertise)
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

/// The distinct phrases of all lists, found by their first three bytes; for
/// each phrase the lists it belongs to: anywhere, and at sentence starts.
struct Phrases {
    phrases: Vec<&'static str>,
    /// For each pair of bytes, one more than the index in `buckets` of the
    /// phrases that open with it; 0 when none does.
    pairs: Vec<u16>,
    /// The phrases that open with one pair: the bytes that follow the pair
    /// in any of them (a bit each), and the phrase indexes.
    buckets: Vec<([u64; 4], Vec<usize>)>,
    anywhere: Vec<u32>,
    at_start: Vec<u32>,
}

/// The index in [`Phrases::pairs`] of two bytes.
fn pair(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

static PHRASES: Lazy<Phrases> = Lazy::new(|| {
    let mut phrases: Vec<&'static str> = Vec::new();
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
    let mut pairs = vec![0u16; 1 << 16];
    let mut buckets: Vec<([u64; 4], Vec<usize>)> = Vec::new();
    for (i, p) in phrases.iter().enumerate() {
        // Every phrase has three bytes or more (a test checks).
        let b = p.as_bytes();
        let slot = &mut pairs[pair(b[0], b[1])];
        if *slot == 0 {
            buckets.push(([0; 4], Vec::new()));
            *slot = u16::try_from(buckets.len()).expect("few phrases");
        }
        let (third, ids) = &mut buckets[usize::from(*slot) - 1];
        third[usize::from(b[2] >> 6)] |= 1 << (b[2] & 63);
        ids.push(i);
    }
    Phrases {
        phrases,
        pairs,
        buckets,
        anywhere,
        at_start: starting,
    }
});

/// The lists whose phrases occur in `lower`, a lowercase text.
pub(crate) fn find(lower: &str) -> Found {
    let p = &*PHRASES;
    let b = lower.as_bytes();
    let mut found = 0;
    let mut starts: Option<Vec<usize>> = None;
    for (at, w) in b.windows(3).enumerate() {
        let slot = p.pairs[pair(w[0], w[1])];
        if slot == 0 {
            continue;
        }
        let (third, ids) = &p.buckets[usize::from(slot) - 1];
        if third[usize::from(w[2] >> 6)] & 1 << (w[2] & 63) == 0 {
            continue;
        }
        for &i in ids {
            if !b[at..].starts_with(p.phrases[i].as_bytes()) {
                continue;
            }
            found |= p.anywhere[i];
            let open = p.at_start[i] & !found;
            if open != 0
                && starts
                    .get_or_insert_with(|| promo::sentence_start_offsets(lower).collect())
                    .contains(&at)
            {
                found |= open;
            }
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
    fn phrases_have_three_bytes() {
        for (_, words) in LISTS {
            for w in *words {
                assert!(w.len() >= 3, "{w:?}");
            }
        }
    }

    /// Every phrase, and short pieces of text between them.
    fn pieces() -> Vec<&'static str> {
        let mut pieces: Vec<&str> = LISTS.iter().flat_map(|(_, w)| w.iter().copied()).collect();
        pieces.extend([" ", ". ", ", ", "x", "ab", "é", "\u{a0}", "!", "  "]);
        pieces
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// Pieces are phrases or their first two characters (so that phrases
        /// also nearly match).
        #[test]
        fn one_pass_matches_phrase_by_phrase(
            picks in proptest::collection::vec((0..10_000usize, proptest::bool::ANY), 0..16),
        ) {
            let pieces = pieces();
            let mut text = String::new();
            for (j, cut) in picks {
                let p = pieces[j % pieces.len()];
                if cut {
                    text.push_str(&p[..p.char_indices().nth(2).map_or(p.len(), |(i, _)| i)]);
                } else {
                    text.push_str(p);
                }
            }
            proptest::prop_assert_eq!(find(&text), naive(&text), "{:?}", text);
        }
    }
}
