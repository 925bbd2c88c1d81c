//! Charset detection and decoding on arbitrary bytes, with and without hints.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pageclean::charset::{Hints, decode, detect};

fuzz_target!(|data: &[u8]| {
    let split = data.first().map_or(0, |b| usize::from(*b) % 64).min(data.len());
    let (hint, bytes) = data.split_at(split);
    let content_type = std::str::from_utf8(hint).ok();
    for hints in [Hints::default(), Hints::new(content_type, Some("http://example.ru/"))] {
        let d = detect(bytes, &hints);
        let _ = decode(bytes, &d);
    }
});
