//! Eight bytes at a time: per-byte range tests and counts on a `u64` read
//! little-endian from a byte slice, for the scans that walk ASCII text.

/// The low bit of each byte of a word.
pub(crate) const LOW: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte of a word.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that lies in `lo..=hi` (both below
/// 0x80). Per byte, `x + (0x80 - lo)` has its high bit set when `x >= lo`,
/// and `x + (0x7F - hi)` when `x > hi`. Exact for every byte when all are
/// ASCII; otherwise up to the first byte of 0x80 or more (only such a byte
/// carries into the next), which itself reads as outside.
#[inline]
pub(crate) fn within(x: u64, lo: u8, hi: u8) -> u64 {
    let (lo, hi) = (u64::from(lo), u64::from(hi));
    x.wrapping_add((0x80 - lo) * LOW) & !x.wrapping_add((0x7F - hi) * LOW) & HIGH
}

/// How many bytes of `bits` are 1, when each byte is 0 or 1: the
/// multiplication sums the bytes into the top one (fewer instructions than
/// a bit count without a population-count instruction).
#[inline]
pub(crate) fn count_low(bits: u64) -> usize {
    (bits.wrapping_mul(LOW) >> 56) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_counts_by_the_byte() {
        let bytes: Vec<u8> = (0u8..0x80).collect();
        for w in bytes.windows(8) {
            let x = u64::from_le_bytes(w.try_into().unwrap());
            for (lo, hi) in [(b'a', b'z'), (b'0', b'9'), (0x09, 0x0D), (b' ', b' ')] {
                let got = within(x, lo, hi);
                for (k, &b) in w.iter().enumerate() {
                    let set = got >> (8 * k + 7) & 1 == 1;
                    assert_eq!(set, (lo..=hi).contains(&b), "{b:#x} in {lo:#x}..={hi:#x}");
                }
                assert_eq!(count_low(got >> 7), got.count_ones() as usize);
            }
        }
    }
}
