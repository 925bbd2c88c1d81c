//! Character-trigram profiles: a naive-Bayes model over the letter trigrams
//! inside words.
//!
//! `data/lang/trigrams.tsv` keeps, for each language, its most frequent
//! trigrams with their cost (`-10 ln p`, `p` the trigram's share of all the
//! language's trigrams) and a floor cost for any trigram not listed. A text
//! costs the sum over its trigrams; the cheapest language of the script wins.
//! Only entries that a text hits are visited: a language's cost is
//! `n * floor` less its savings on listed trigrams.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

use super::Script;
use super::script::script_of;

static DATA: &str = include_str!("../../data/lang/trigrams.tsv");

/// A small multiplicative hasher for packed trigram keys.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// Trigram profiles of all languages that have one.
pub(crate) struct Profiles {
    /// Language codes, indexed by profile number.
    pub(crate) codes: Vec<&'static str>,
    /// The script of each language's letters.
    pub(crate) scripts: Vec<Script>,
    /// Cost of an unlisted trigram, per language (tenths of a nat).
    floors: Vec<u16>,
    /// Packed trigram -> range of `entries`.
    table: KeyMap<(u32, u32)>,
    /// (language, saving against that language's floor), grouped by trigram.
    entries: Vec<(u8, u16)>,
}

/// Three characters packed into one key (21 bits each).
pub(crate) fn pack(a: char, b: char, c: char) -> u64 {
    (u64::from(a as u32) << 42) | (u64::from(b as u32) << 21) | u64::from(c as u32)
}

pub(crate) static PROFILES: Lazy<Profiles> = Lazy::new(|| {
    let mut p = Profiles {
        codes: Vec::new(),
        scripts: Vec::new(),
        floors: Vec::new(),
        table: KeyMap::default(),
        entries: Vec::new(),
    };
    let mut grouped: KeyMap<Vec<(u8, u16)>> = KeyMap::default();
    for line in DATA.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(code), Some(floor), Some(list)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let Ok(floor) = floor.parse::<u16>() else {
            continue;
        };
        let idx = p.codes.len() as u8;
        let mut sample = String::new();
        for item in list.split(' ') {
            let Some((tri, cost)) = item.rsplit_once(':') else {
                continue;
            };
            let mut cs = tri.chars();
            let (Some(a), Some(b), Some(c), None) = (cs.next(), cs.next(), cs.next(), cs.next())
            else {
                continue;
            };
            let Ok(cost) = cost.parse::<u16>() else {
                continue;
            };
            if sample.len() < 300 {
                sample.push_str(tri);
            }
            grouped
                .entry(pack(a, b, c))
                .or_default()
                .push((idx, floor.saturating_sub(cost)));
        }
        p.codes.push(code);
        p.scripts.push(script_of(&sample).unwrap_or(Script::Other));
        p.floors.push(floor);
    }
    for (key, hits) in grouped {
        let start = p.entries.len() as u32;
        p.entries.extend(hits);
        p.table.insert(key, (start, p.entries.len() as u32));
    }
    p
});

impl Profiles {
    /// Adds to `costs` (one slot per profile, in nats) the trigram cost of
    /// each word of `words` for each of the `candidates`, and returns how many
    /// trigrams were counted. A word costs a language at most `cap` nats more
    /// than it costs the word's cheapest candidate, so that one odd word (a
    /// name, a loanword) cannot outvote the rest of the line.
    pub(crate) fn score(
        &self,
        words: &[&[char]],
        candidates: &[usize],
        cap: f32,
        costs: &mut [f32],
    ) -> u32 {
        // Candidates get dense slots, so that the per-word sums below run
        // over contiguous arrays; listed trigrams of other languages land in
        // one spare slot that is never read.
        let k = candidates.len();
        let mut slot = vec![k as u16; self.codes.len()];
        for (j, &i) in candidates.iter().enumerate() {
            slot[i] = j as u16;
        }
        let floors: Vec<f32> = candidates
            .iter()
            .map(|&i| f32::from(self.floors[i]))
            .collect();
        let mut saving = vec![0u32; k + 1];
        let mut word_cost = vec![0f32; k];
        let mut total = vec![0f32; k];
        let mut n = 0u32;
        for w in words {
            saving.fill(0);
            let mut nw = 0u32;
            for t in w.windows(3) {
                if t.iter().any(|c| super::letters::is_mark(*c)) {
                    continue;
                }
                nw += 1;
                if let Some(&(a, b)) = self.table.get(&pack(t[0], t[1], t[2])) {
                    for &(l, s) in &self.entries[a as usize..b as usize] {
                        saving[usize::from(slot[l as usize])] += u32::from(s);
                    }
                }
            }
            if nw == 0 {
                continue;
            }
            n += nw;
            let nwf = nw as f32;
            for ((c, f), s) in word_cost.iter_mut().zip(&floors).zip(&saving) {
                *c = (nwf * f - *s as f32) / 10.0;
            }
            let min = word_cost.iter().copied().fold(f32::INFINITY, f32::min);
            for (t, c) in total.iter_mut().zip(&word_cost) {
                *t += (c - min).min(cap);
            }
        }
        for (&i, t) in candidates.iter().zip(&total) {
            costs[i] += t;
        }
        n
    }
}
