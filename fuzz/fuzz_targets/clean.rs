//! The whole pipeline on arbitrary bytes: never panics, emits no control characters.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = pageclean::clean(data) {
        for b in &doc.blocks {
            assert!(!b.text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        }
    }
});
