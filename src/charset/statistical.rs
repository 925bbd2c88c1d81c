//! Detection from the bytes alone, for input that is neither UTF-8, UTF-16
//! nor declared.
//!
//! Two opinions are combined. `chardetng` knows every legacy encoding of the
//! web (CJK multi-byte encodings, Greek, Hebrew, Arabic, Thai, Turkish,
//! Baltic) but refuses the Mac encodings and is weak on short Central
//! European and Cyrillic text. The crate's own language models
//! ([`super::single_byte`]) cover the Cyrillic and Latin single-byte
//! encodings, Mac ones included. When `chardetng` names an encoding the
//! models cover, the models decide among all the encodings they cover;
//! otherwise `chardetng`'s answer stands.
//!
//! Speed: both read a digest of the sample's non-ASCII words rather than the
//! sample. When the models' best explanation is Cyrillic and fits at least
//! [`CYRILLIC_FIT`] nats per non-ASCII byte, no other script comes close (on
//! the evaluation corpus the best Cyrillic reading of Greek, Hebrew and CJK
//! text fits at most -4.6, real Cyrillic text at least -3.4), so `chardetng`
//! is not run at all. Otherwise `chardetng` reads the digest in
//! [`CHUNK_BYTES`] steps and stops once two successive guesses agree.

use encoding_rs::Encoding;

use super::model::MODELED;
use super::single_byte::{self, Ranking};
use super::sniff::Digest;
use super::{Detection, Source};

/// Budget of the digest of non-ASCII words that detection reads.
pub const DIGEST_BYTES: usize = 4 * 1024;
/// Fit (nats per non-ASCII byte) above which a Cyrillic reading is taken
/// without asking `chardetng`; set on one half of the evaluation corpus
/// (every other file), checked on the other.
pub const CYRILLIC_FIT: f32 = -4.0;
/// Fewest non-ASCII bytes for the Cyrillic shortcut.
pub const CYRILLIC_MIN_BYTES: usize = 16;
/// The step in which `chardetng` reads the digest.
pub const CHUNK_BYTES: usize = 256;
/// How much of the digest the language models rank.
pub const RANK_BYTES: usize = 1024;

/// Detects the legacy encoding of `sample`; `truncated` says the input
/// continues past it.
pub(crate) fn legacy(sample: &[u8], truncated: bool, tld: Option<&[u8]>) -> Detection {
    let digest = Digest::new(sample, truncated, DIGEST_BYTES);
    let ranking = single_byte::rank(prefix_at_space(&digest.bytes, RANK_BYTES));
    let best = ranking.best();
    if ranking.non_ascii >= CYRILLIC_MIN_BYTES
        && is_cyrillic(best.encoding)
        && best.score >= CYRILLIC_FIT * ranking.non_ascii as f32
    {
        return decide(&ranking);
    }
    let guess = chardetng_guess(&digest.bytes, tld);
    if !MODELED.contains(&guess) {
        return Detection {
            encoding: guess,
            source: Source::Statistical,
            confidence: 0.6,
        };
    }
    decide(&ranking)
}

/// The models' choice and how sure they are.
fn decide(ranking: &Ranking) -> Detection {
    let best = ranking.best();
    let margin = ranking
        .runner_up()
        .map_or(f32::INFINITY, |r| best.score - r.score);
    Detection {
        encoding: best.encoding,
        source: Source::Statistical,
        confidence: confidence(margin, ranking.non_ascii),
    }
}

/// Maps a log-likelihood margin to 0.5..1.0.
fn confidence(margin: f32, non_ascii: usize) -> f32 {
    if non_ascii == 0 || !margin.is_finite() {
        return 0.99;
    }
    (1.0 - 0.5 * (-margin / 4.0).exp()).clamp(0.5, 0.99)
}

/// The longest prefix of `bytes` up to `max` bytes that ends before a space
/// (or all of `bytes` when shorter).
pub(crate) fn prefix_at_space(bytes: &[u8], max: usize) -> &[u8] {
    if bytes.len() <= max {
        return bytes;
    }
    let cut = bytes[..=max]
        .iter()
        .rposition(|&b| b == b' ')
        .unwrap_or(max);
    &bytes[..cut]
}

fn is_cyrillic(enc: &'static Encoding) -> bool {
    [
        encoding_rs::WINDOWS_1251,
        encoding_rs::KOI8_R,
        encoding_rs::KOI8_U,
        encoding_rs::IBM866,
        encoding_rs::ISO_8859_5,
        encoding_rs::X_MAC_CYRILLIC,
    ]
    .contains(&enc)
}

/// `chardetng`'s guess over `bytes` (whole words joined by spaces), read in
/// [`CHUNK_BYTES`] steps cut at spaces until two successive guesses agree.
pub(crate) fn chardetng_guess(bytes: &[u8], tld: Option<&[u8]>) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    let mut previous = None;
    let mut rest = bytes;
    while !rest.is_empty() {
        let cut = if rest.len() <= CHUNK_BYTES {
            rest.len()
        } else {
            rest[CHUNK_BYTES..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(rest.len(), |p| CHUNK_BYTES + p + 1)
        };
        det.feed(&rest[..cut], cut == rest.len());
        rest = &rest[cut..];
        let guess = det.guess(tld, chardetng::Utf8Detection::Deny);
        if previous == Some(guess) {
            return guess;
        }
        previous = Some(guess);
    }
    det.guess(tld, chardetng::Utf8Detection::Deny)
}

#[cfg(test)]
mod analysis {
    use super::*;

    /// Prints, per file of a labelled corpus, the models' best fit and
    /// `chardetng`'s guess; used to set [`PLAUSIBLE_NATS_PER_BYTE`] on a
    /// tuning half. `LABELS=dir/labels.tsv cargo test --lib fit_report -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn fit_report() {
        let Ok(labels) = std::env::var("LABELS") else {
            eprintln!("fit_report: set LABELS=dir/labels.tsv to print the report; skipped");
            return;
        };
        let dir = std::path::Path::new(&labels)
            .parent()
            .unwrap()
            .to_path_buf();
        for (i, line) in std::fs::read_to_string(&labels)
            .unwrap()
            .lines()
            .enumerate()
        {
            let (path, label) = line.split_once('\t').unwrap();
            let bytes = std::fs::read(dir.join(path)).unwrap();
            let sample = &bytes[..bytes.len().min(super::super::SAMPLE_BYTES)];
            let truncated = sample.len() < bytes.len();
            if super::super::sniff::utf8_verdict(sample, truncated) != super::super::Utf8::Invalid {
                continue;
            }
            let digest = Digest::new(sample, truncated, DIGEST_BYTES);
            let r = single_byte::rank(prefix_at_space(&digest.bytes, RANK_BYTES));
            let best = r.best();
            let margin = r.runner_up().map_or(999.0, |u| best.score - u.score);
            let n = r.non_ascii.max(1) as f32;
            println!(
                "FIT\t{}\t{label}\t{}\t{:.2}\t{:.2}\t{}\t{}",
                i % 2,
                best.encoding.name(),
                best.score / n,
                margin / n,
                r.non_ascii,
                chardetng_guess(&digest.bytes, None).name()
            );
        }
    }
}
