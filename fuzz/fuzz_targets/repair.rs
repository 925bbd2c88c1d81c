//! Repair on arbitrary text: never panics and is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let once = pageclean::repair::repair(text).into_owned();
    let twice = pageclean::repair::repair(&once);
    assert_eq!(once, twice);
});
