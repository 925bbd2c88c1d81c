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

use encoding_rs::Encoding;

use super::model::MODELED;
use super::single_byte::{self, Ranking};
use super::sniff::Digest;
use super::{Detection, Source};

/// Budget of the digest of non-ASCII words that detection reads.
pub const DIGEST_BYTES: usize = 8 * 1024;

/// Detects the legacy encoding of `sample`; `truncated` says the input
/// continues past it.
pub(crate) fn legacy(sample: &[u8], truncated: bool, tld: Option<&[u8]>) -> Detection {
    let digest = Digest::new(sample, truncated, DIGEST_BYTES);
    let ranking = single_byte::rank(&digest.bytes);
    let guess = chardetng_guess(&digest.bytes, tld);
    if !MODELED.contains(&guess) {
        return Detection {
            encoding: guess,
            source: Source::Statistical,
            confidence: 0.6,
        };
    }
    decide(&ranking, digest.non_ascii)
}

/// The models' choice and how sure they are.
fn decide(ranking: &Ranking, non_ascii: usize) -> Detection {
    let best = ranking.best();
    let margin = ranking
        .runner_up()
        .map_or(f32::INFINITY, |r| best.score - r.score);
    Detection {
        encoding: best.encoding,
        source: Source::Statistical,
        confidence: confidence(margin, non_ascii),
    }
}

/// Maps a log-likelihood margin to 0.5..1.0.
fn confidence(margin: f32, non_ascii: usize) -> f32 {
    if non_ascii == 0 || !margin.is_finite() {
        return 0.99;
    }
    (1.0 - 0.5 * (-margin / 4.0).exp()).clamp(0.5, 0.99)
}

/// `chardetng`'s guess over `bytes`, which must end at a character boundary.
pub(crate) fn chardetng_guess(bytes: &[u8], tld: Option<&[u8]>) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    det.feed(bytes, true);
    det.guess(tld, chardetng::Utf8Detection::Deny)
}
