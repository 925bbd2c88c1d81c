//! Ranking the single-byte encodings the language models cover.
//!
//! The digest's byte pairs that contain a non-ASCII byte are counted once;
//! each (encoding, language) table scores them, an encoding keeps its best
//! language, and a small prior breaks ties in favour of encodings common on
//! the web. Scores are sums of log-probabilities (nats), so differences
//! between encodings are log-likelihood ratios.

use encoding_rs::{
    Encoding, IBM866, ISO_8859_2, ISO_8859_5, KOI8_U, MACINTOSH, WINDOWS_1250, X_MAC_CYRILLIC,
};
use once_cell::sync::Lazy;

use super::model::{MODELED, TABLES};

/// One encoding's score on a digest.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scored {
    /// The encoding.
    pub encoding: &'static Encoding,
    /// Log-likelihood of the digest's non-ASCII pairs, plus the prior.
    pub score: f32,
}

/// The modelled encodings ranked best first on a digest.
#[derive(Debug, Clone)]
pub(crate) struct Ranking {
    /// Best first.
    pub scored: Vec<Scored>,
    /// How many non-ASCII bytes the ranked bytes hold.
    pub non_ascii: usize,
    /// The non-ASCII bytes present in the digest (a 128-bit set).
    present: [u64; 2],
}

impl Ranking {
    /// The best encoding.
    pub(crate) fn best(&self) -> Scored {
        self.scored[0]
    }

    /// The score of `enc`, if it is modelled.
    pub(crate) fn score_of(&self, enc: &'static Encoding) -> Option<f32> {
        self.scored
            .iter()
            .find(|s| s.encoding == enc)
            .map(|s| s.score)
    }

    /// The best encoding that decodes the digest differently from the best.
    pub(crate) fn runner_up(&self) -> Option<Scored> {
        let best = self.scored[0].encoding;
        self.scored[1..]
            .iter()
            .find(|s| !self.same_text(best, s.encoding))
            .copied()
    }

    /// True when `a` and `b` decode every non-ASCII byte of the digest alike.
    pub(crate) fn same_text(&self, a: &'static Encoding, b: &'static Encoding) -> bool {
        if a == b {
            return true;
        }
        let (Some(ta), Some(tb)) = (high_chars(a), high_chars(b)) else {
            return false;
        };
        (0..128).all(|i| self.present[i / 64] & (1 << (i % 64)) == 0 || ta[i] == tb[i])
    }
}

/// Prior in nats: how much less likely an encoding is on the web than
/// windows-1252 or windows-1251 before looking at the bytes.
fn prior(enc: &'static Encoding) -> f32 {
    if enc == WINDOWS_1250 || enc == encoding_rs::KOI8_R {
        -0.5
    } else if enc == ISO_8859_2 || enc == ISO_8859_5 || enc == IBM866 {
        -1.0
    } else if enc == KOI8_U {
        -1.5
    } else if enc == X_MAC_CYRILLIC {
        -2.0
    } else if enc == MACINTOSH {
        -3.0
    } else {
        0.0
    }
}

/// Decoded characters of bytes 0x80..=0xFF per modelled encoding.
static HIGH_CHARS: Lazy<Vec<[char; 128]>> = Lazy::new(|| {
    MODELED
        .iter()
        .map(|enc| {
            let mut t = ['\u{FFFD}'; 128];
            for (i, slot) in t.iter_mut().enumerate() {
                let b = [0x80 + i as u8];
                if let Some(s) = enc.decode_without_bom_handling_and_without_replacement(&b) {
                    *slot = s.chars().next().unwrap_or('\u{FFFD}');
                }
            }
            t
        })
        .collect()
});

fn high_chars(enc: &'static Encoding) -> Option<&'static [char; 128]> {
    MODELED
        .iter()
        .position(|&e| e == enc)
        .map(|i| &HIGH_CHARS[i])
}

/// Ranks the modelled encodings on `digest` (words joined by spaces).
pub(crate) fn rank(digest: &[u8]) -> Ranking {
    let mut keys: Vec<u16> = Vec::with_capacity(digest.len() * 2);
    let mut present = [0u64; 2];
    let mut non_ascii = 0;
    let mut prev = b' ';
    for &b in digest.iter().chain(std::iter::once(&b' ')) {
        if !b.is_ascii() {
            non_ascii += 1;
            let i = usize::from(b - 0x80);
            present[i / 64] |= 1 << (i % 64);
        }
        if !prev.is_ascii() || !b.is_ascii() {
            keys.push(u16::from(prev) << 8 | u16::from(b));
        }
        prev = b;
    }
    keys.sort_unstable();
    let mut pairs: Vec<(u8, u8, f32)> = Vec::new();
    for &k in &keys {
        let (a, b) = ((k >> 8) as u8, k as u8);
        match pairs.last_mut() {
            Some(last) if last.0 == a && last.1 == b => last.2 += 1.0,
            _ => pairs.push((a, b, 1.0)),
        }
    }
    let mut best = vec![f32::NEG_INFINITY; MODELED.len()];
    for table in TABLES.iter() {
        let score: f32 = pairs.iter().map(|&(a, b, n)| n * table.pair(a, b)).sum();
        let slot = MODELED
            .iter()
            .position(|&e| e == table.encoding)
            .unwrap_or(0);
        best[slot] = best[slot].max(score);
    }
    let mut scored: Vec<Scored> = MODELED
        .iter()
        .zip(best)
        .map(|(&encoding, s)| Scored {
            encoding,
            score: s + prior(encoding),
        })
        .collect();
    // Stable: ties keep the tie-break order of `MODELED`.
    scored.sort_by(|a, b| b.score.total_cmp(&a.score));
    Ranking {
        scored,
        non_ascii,
        present,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{KOI8_R, WINDOWS_1251, WINDOWS_1252};

    fn best_for(text: &str, enc: &'static Encoding) -> &'static str {
        let (bytes, _, _) = enc.encode(text);
        rank(&bytes).best().encoding.name()
    }

    #[test]
    fn russian_in_each_cyrillic_encoding() {
        let text = "Мы долго гуляли по городу, а потом зашли в маленькое кафе.";
        for enc in [WINDOWS_1251, KOI8_R, IBM866, ISO_8859_5, X_MAC_CYRILLIC] {
            assert_eq!(best_for(text, enc), enc.name());
        }
    }

    #[test]
    fn central_and_western() {
        assert_eq!(
            best_for(
                "Köszönjük, hogy elküldte az űrlapot; később jelentkezünk.",
                WINDOWS_1250
            ),
            "windows-1250"
        );
        assert_eq!(
            best_for(
                "Informações sobre as eleições não estão disponíveis.",
                WINDOWS_1252
            ),
            "windows-1252"
        );
    }

    #[test]
    fn same_text_ignores_absent_bytes() {
        let (bytes, _, _) = WINDOWS_1252.encode("Grüße aus Köln");
        let r = rank(&bytes);
        assert!(r.same_text(WINDOWS_1252, WINDOWS_1250));
        assert!(!r.same_text(WINDOWS_1252, WINDOWS_1251));
    }
}
