//! Checking a declared encoding against the bytes.
//!
//! A declaration wins unless the bytes contradict it:
//! - declared UTF-8 on bytes that are not UTF-8: detect instead;
//! - declared legacy encoding on valid multi-byte UTF-8: the bytes are UTF-8;
//! - declared UTF-16 on bytes that do not look like UTF-16: detect instead;
//! - declared legacy encoding under which more than [`MAX_ERROR_SHARE`] of
//!   the non-ASCII characters are malformed: detect instead;
//! - declared single-byte encoding that the language models find far less
//!   likely than another one (by [`OVERRIDE_NATS_PER_BYTE`] per non-ASCII
//!   byte): the models' choice.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::model::MODELED;
use super::sniff::{self, Digest, Utf8};
use super::statistical::DIGEST_BYTES;
use super::{Detection, Source, single_byte, utf16};

/// Share of malformed characters above which a declaration is not trusted.
pub const MAX_ERROR_SHARE: f32 = 0.02;
/// How much better (in nats per non-ASCII byte) another single-byte encoding
/// must explain the bytes before it overrides a declaration.
pub const OVERRIDE_NATS_PER_BYTE: f32 = 2.0;

/// The detection for a declaration, or `None` when the bytes contradict it
/// and detection should decide.
pub(crate) fn declared(
    enc: &'static Encoding,
    source: Source,
    sample: &[u8],
    truncated: bool,
) -> Option<Detection> {
    let trusted = |encoding| {
        Some(Detection {
            encoding,
            source,
            confidence: 0.95,
        })
    };
    if enc == UTF_16LE || enc == UTF_16BE {
        return match utf16::detect(sample) {
            Some(found) => trusted(found),
            None if source == Source::Header => None,
            // An XML declaration in ASCII-compatible bytes naming UTF-16.
            None => {
                trusted(UTF_8).filter(|_| sniff::utf8_verdict(sample, truncated) != Utf8::Invalid)
            }
        };
    }
    match sniff::utf8_verdict(sample, truncated) {
        Utf8::Invalid if enc == UTF_8 => None,
        Utf8::Valid if enc != UTF_8 => Some(Detection {
            encoding: UTF_8,
            source: Source::Statistical,
            confidence: 0.99,
        }),
        Utf8::Ascii | Utf8::Valid => trusted(enc),
        Utf8::Invalid => legacy(enc, source, sample, truncated),
    }
}

/// A declared legacy encoding on non-UTF-8 bytes.
fn legacy(
    enc: &'static Encoding,
    source: Source,
    sample: &[u8],
    truncated: bool,
) -> Option<Detection> {
    let whole = if truncated {
        // Bytes below 0x40 never continue a multi-byte character.
        let cut = sample.iter().rposition(|&b| b < 0x40).map_or(0, |p| p + 1);
        &sample[..cut]
    } else {
        sample
    };
    if error_share(enc, whole) > MAX_ERROR_SHARE {
        return None;
    }
    if MODELED.contains(&enc) {
        let digest = Digest::new(sample, truncated, DIGEST_BYTES);
        let ranking = single_byte::rank(&digest.bytes);
        let best = ranking.best();
        if let Some(declared) = ranking.score_of(enc)
            && !ranking.same_text(best.encoding, enc)
            && best.score - declared > OVERRIDE_NATS_PER_BYTE * ranking.non_ascii as f32
        {
            return Some(Detection {
                encoding: best.encoding,
                source: Source::Statistical,
                confidence: 0.9,
            });
        }
    }
    Some(Detection {
        encoding: enc,
        source,
        confidence: 0.95,
    })
}

/// Malformed characters per non-ASCII byte when decoding `bytes` with `enc`.
fn error_share(enc: &'static Encoding, bytes: &[u8]) -> f32 {
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    if non_ascii == 0 {
        return 0.0;
    }
    if enc
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_some()
    {
        return 0.0;
    }
    let (text, _) = enc.decode_without_bom_handling(bytes);
    let errors = text.chars().filter(|&c| c == '\u{FFFD}').count();
    errors as f32 / non_ascii as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_utf8_on_legacy_bytes_is_measured() {
        assert!(declared(UTF_8, Source::Meta, b"caf\xe9 au lait", false).is_none());
    }

    #[test]
    fn declared_legacy_on_utf8_is_utf8() {
        let d = declared(
            encoding_rs::WINDOWS_1252,
            Source::Meta,
            "Grüße".as_bytes(),
            false,
        );
        assert_eq!(d.map(|d| d.encoding), Some(UTF_8));
    }

    #[test]
    fn declared_shift_jis_on_garbage_is_measured() {
        let bytes = b"\x82\xa0\x82\x82\xff\xfe\xfd\xfc\xfb \xff\xfe";
        assert!(declared(encoding_rs::SHIFT_JIS, Source::Meta, bytes, false).is_none());
    }

    #[test]
    fn declared_latin_on_cyrillic_is_overridden() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("Мы долго гуляли по старому городу и зашли в книжный магазин.");
        let d = declared(encoding_rs::WINDOWS_1252, Source::Header, &bytes, false).unwrap();
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1251);
        assert_eq!(d.source, Source::Statistical);
    }
}
