//! Character-trigram profiles: a naive-Bayes model over the letter trigrams
//! inside words.
//!
//! `data/lang/trigrams.tsv` keeps, for each language, its most frequent
//! trigrams with their cost (`-10 ln p`, `p` the trigram's share of all the
//! language's trigrams) and a floor cost for any trigram not listed. A text
//! costs the sum over its trigrams; the cheapest language of the script wins.
//! Only entries that a text hits are visited: a language's cost is
//! `n * floor` less its savings on listed trigrams. The build script parses
//! the file; the program only indexes it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

use super::Script;

/// A small multiplicative hasher for packed trigram keys.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        // The product's low bits depend only on the key's low bits (the last
        // letter), and hash tables pick buckets by the low bits: fold the
        // well-mixed high half down.
        self.0 ^ (self.0 >> 32)
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
    /// The languages of each script, with their savings side by side.
    groups: Vec<Group>,
}

/// The profiled languages of one script. Each trigram any of them lists has
/// a row holding every language's saving against its floor (0 when the
/// language does not list it): scoring a trigram adds one short dense row
/// instead of walking a list of (language, saving) pairs.
struct Group {
    script: Script,
    /// Profile numbers, ascending.
    langs: Vec<usize>,
    /// Cost of an unlisted trigram, per language (tenths of a nat).
    floors: Vec<f32>,
    /// Packed trigram -> row number.
    rows: KeyMap<u32>,
    /// `rows.len() * langs.len()` savings, row after row.
    savings: Vec<u16>,
}

/// Three characters packed into one key (21 bits each).
pub(crate) fn pack(a: char, b: char, c: char) -> u64 {
    (u64::from(a as u32) << 42) | (u64::from(b as u32) << 21) | u64::from(c as u32)
}

include!(concat!(env!("OUT_DIR"), "/lang_profiles.rs"));

/// Each listed trigram: packed key, profile number and saving against the
/// profile's floor (12 bytes, little-endian), parsed from the profiles by
/// the build script.
static LISTED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/trigrams.bin"));

pub(crate) static PROFILES: Lazy<Profiles> = Lazy::new(|| {
    let codes = PROFILE_CODES.to_vec();
    let scripts = PROFILE_SCRIPTS.to_vec();
    let floors = PROFILE_FLOORS;
    let listed: Vec<(u64, usize, u16)> = LISTED
        .chunks_exact(12)
        .map(|r| {
            let key = u64::from_le_bytes(r[..8].try_into().expect("8 bytes"));
            let lang = u16::from_le_bytes([r[8], r[9]]);
            let saving = u16::from_le_bytes([r[10], r[11]]);
            (key, usize::from(lang), saving)
        })
        .collect();
    let mut groups: Vec<Group> = Vec::new();
    for (i, &script) in scripts.iter().enumerate() {
        match groups.iter_mut().find(|g| g.script == script) {
            Some(g) => g.langs.push(i),
            None => groups.push(Group {
                script,
                langs: vec![i],
                floors: Vec::new(),
                rows: KeyMap::default(),
                savings: Vec::new(),
            }),
        }
    }
    // Each language's group and its place in the group's rows.
    let mut place = vec![(usize::MAX, 0); codes.len()];
    let mut entries = vec![0; groups.len()];
    for (n, g) in groups.iter_mut().enumerate() {
        g.floors = g.langs.iter().map(|&i| f32::from(floors[i])).collect();
        for (j, &i) in g.langs.iter().enumerate() {
            place[i] = (n, j);
        }
    }
    for &(_, lang, _) in &listed {
        if let Some(&(n, _)) = place.get(lang).filter(|p| p.0 != usize::MAX) {
            entries[n] += 1;
        }
    }
    for (g, &e) in groups.iter_mut().zip(&entries) {
        g.rows.reserve(e);
    }
    // One pass over the entries, each to its group: a group numbers its
    // rows in the order of its own entries.
    for &(key, lang, saving) in &listed {
        let Some(&(n, slot)) = place.get(lang).filter(|p| p.0 != usize::MAX) else {
            continue;
        };
        let g = &mut groups[n];
        let k = g.langs.len();
        let next = g.rows.len() as u32;
        let row = *g.rows.entry(key).or_insert(next) as usize;
        if row == g.savings.len() / k {
            g.savings.resize(g.savings.len() + k, 0);
        }
        // A list names each trigram once, so a cell is written once.
        g.savings[row * k + slot] = saving;
    }
    Profiles {
        codes,
        scripts,
        groups,
    }
});

impl Profiles {
    /// Adds to `costs` (one slot per profile, in nats) the trigram cost of
    /// each word of `words` for each profiled language of `script`, and
    /// returns how many trigrams were counted. A word costs a language at
    /// most `cap` nats more than it costs the word's cheapest candidate, so
    /// that one odd word (a name, a loanword) cannot outvote the rest of the
    /// line. Each word's [`ListedIn`], as `listed_in` finds it, is pushed to
    /// `listed`: the memo of word costs keeps it too, so that a word is
    /// looked up once for both.
    pub(crate) fn score(
        &self,
        words: &[&[char]],
        script: Script,
        cap: f32,
        costs: &mut [f32],
        listed_in: impl Fn(&[char]) -> ListedIn,
        listed: &mut Vec<ListedIn>,
    ) -> u32 {
        let is_mark = super::letters::is_mark;
        let Some(g) = self.groups.iter().find(|g| g.script == script) else {
            // No profiled language: only the trigrams are counted.
            listed.extend(words.iter().map(|w| listed_in(w)));
            let trigrams = words
                .iter()
                .flat_map(|w| w.windows(3))
                .filter(|t| !t.iter().any(|c| is_mark(*c)));
            return trigrams.count() as u32;
        };
        let k = g.langs.len();
        let group = self
            .groups
            .iter()
            .position(|x| x.script == script)
            .unwrap_or_default();
        let mut saving = vec![0u32; k];
        let mut word_cost = vec![0f32; k];
        let mut total = vec![0f32; k];
        let mut n = 0u32;
        WORD_COSTS.with_borrow_mut(|memo| {
            if memo.len() != self.groups.len()
                || memo.iter().map(|m| m.len()).sum::<usize>() > MEMO_WORDS
            {
                *memo = (0..self.groups.len())
                    .map(|_| WordMemo::default())
                    .collect();
            }
            let memo = &mut memo[group];
            for w in words {
                if let Some((nw, capped, lists)) = memo.get(*w).filter(|_| cap == WORD_CAP_MEMO) {
                    listed.push(*lists);
                    n += nw;
                    for (t, c) in total.iter_mut().zip(capped.iter()) {
                        *t += c;
                    }
                    continue;
                }
                let lists = listed_in(w);
                listed.push(lists);
                saving.fill(0);
                let mut nw = 0u32;
                for t in w.windows(3) {
                    if t.iter().any(|c| is_mark(*c)) {
                        continue;
                    }
                    nw += 1;
                    if let Some(&row) = g.rows.get(&pack(t[0], t[1], t[2])) {
                        let row = row as usize * k;
                        for (s, &v) in saving.iter_mut().zip(&g.savings[row..row + k]) {
                            *s += u32::from(v);
                        }
                    }
                }
                if nw == 0 {
                    if cap == WORD_CAP_MEMO {
                        memo.insert((*w).into(), (0, Box::default(), lists));
                    }
                    continue;
                }
                n += nw;
                let nwf = nw as f32;
                for ((c, f), s) in word_cost.iter_mut().zip(&g.floors).zip(&saving) {
                    *c = (nwf * f - *s as f32) / 10.0;
                }
                let min = word_cost.iter().copied().fold(f32::INFINITY, f32::min);
                for c in &mut word_cost {
                    *c = (*c - min).min(cap);
                }
                for (t, c) in total.iter_mut().zip(&word_cost) {
                    *t += c;
                }
                if cap == WORD_CAP_MEMO {
                    memo.insert((*w).into(), (nw, word_cost.as_slice().into(), lists));
                }
            }
        });
        for (&i, t) in g.langs.iter().zip(&total) {
            costs[i] += t;
        }
        n
    }
}

/// The cap that [`WORD_COSTS`] holds costs for (the model's).
const WORD_CAP_MEMO: f32 = super::model::WORD_CAP;
/// Words remembered per thread before the memo starts over.
const MEMO_WORDS: usize = 20_000;

/// The languages whose stopword list and whose marker list hold a word (by
/// their numbers in those lists).
pub(crate) type ListedIn = (&'static [u16], &'static [u16]);

/// A word's trigram count, its capped cost for each language of its
/// script's group (empty when it has no trigram), and the lists it is in.
type WordMemo = FxHashMap<Box<[char]>, (u32, Box<[f32]>, ListedIn)>;

thread_local! {
    /// Capped word costs per script group: pages repeat their words, and a
    /// word's cost depends on nothing else.
    static WORD_COSTS: std::cell::RefCell<Vec<WordMemo>> = const { std::cell::RefCell::new(Vec::new()) };
}
