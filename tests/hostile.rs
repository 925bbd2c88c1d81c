//! Hostile and broken pages: each shape finishes, without panic, in time
//! comparable to an ordinary page of the same size measured in the same run,
//! and yields valid text without control characters.

use std::time::{Duration, Instant};

use pageclean::{Cleaner, Fallback};

#[path = "common/hostile_shapes.rs"]
mod hostile_shapes;
use hostile_shapes::{ordinary_page, shapes};

/// Size of each generated input, in bytes (roughly).
const SIZE: usize = 1 << 20;
/// Allowed slowdown against an ordinary page of the same size.
const MAX_RATIO: f64 = 5.0;
/// Timings below this are noise, whatever the ratio.
const FLOOR: Duration = Duration::from_millis(60);

fn time(cleaner: &Cleaner, input: &[u8]) -> (Duration, pageclean::Document) {
    let t = Instant::now();
    let doc = cleaner
        .clean(input)
        .expect("hostile input is cleaned, not refused");
    (t.elapsed(), doc)
}

#[test]
fn hostile_shapes_finish_in_linear_time() {
    let cleaner = Cleaner::default();
    let (base, doc) = time(&cleaner, &ordinary_page(SIZE));
    assert!(!doc.blocks.is_empty());
    let limit = FLOOR.max(base.mul_f64(MAX_RATIO));
    eprintln!("ordinary page: {base:?}, limit {limit:?}");
    let mut slow = Vec::new();
    for (name, input) in shapes(SIZE) {
        let (t, doc) = time(&cleaner, &input);
        eprintln!(
            "{name:>28}: {:>10.1?} ({:.2}x) {} blocks {:?}",
            t,
            t.as_secs_f64() / base.as_secs_f64(),
            doc.blocks.len(),
            doc.fallback
        );
        for b in &doc.blocks {
            assert!(
                !b.text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t'),
                "{name}: control character in output"
            );
        }
        if t > limit {
            slow.push((name, t));
        }
    }
    assert!(
        slow.is_empty(),
        "slower than {MAX_RATIO}x an ordinary page: {slow:?}"
    );
}

#[test]
fn binary_is_flagged_with_no_body() {
    let png: Vec<u8> = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"
        .iter()
        .copied()
        .cycle()
        .take(4096)
        .collect();
    let doc = Cleaner::default().clean(&png).unwrap();
    assert_eq!(doc.fallback, Some(Fallback::Binary));
    assert!(doc.blocks.is_empty());
}

#[test]
fn damaged_utf8_is_decoded_as_utf8() {
    let mut bytes = "Тихая ночь над рекой, и город спит. "
        .repeat(200)
        .into_bytes();
    for i in (5..bytes.len()).step_by(101) {
        bytes[i] = 0xD0;
    }
    let doc = Cleaner::default().clean(&bytes).unwrap();
    assert_eq!(doc.encoding(), "UTF-8");
    assert!(doc.had_decode_errors);
    assert!(doc.text().contains("город"));
}

#[test]
fn deep_markup_falls_back_to_text() {
    let page = format!(
        "{}<p>Deep text survives the fallback.</p>{}",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let doc = Cleaner::default().clean(page.as_bytes()).unwrap();
    assert!(matches!(doc.fallback, Some(Fallback::TooDeep { .. })));
    assert!(doc.text().contains("Deep text survives the fallback."));
}

#[test]
fn plain_article_loses_nothing() {
    let paras = [
        "The harbour authority opened the new ferry terminal on Monday morning.",
        "Passengers can now buy tickets at machines inside the hall or on their phones.",
        "The old terminal will become a market hall next spring, the mayor said.",
    ];
    let html = format!(
        "<html><head><title>New terminal</title></head><body>{}</body></html>",
        paras
            .iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    );
    let text = paras.join("\n\n");
    for input in [html.as_bytes(), text.as_bytes()] {
        let doc = Cleaner::default().clean(input).unwrap();
        for p in paras {
            assert!(doc.paragraphs().any(|x| x == p), "lost {p:?}");
        }
    }
}
