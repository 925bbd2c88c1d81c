//! Hostile and broken pages: each shape finishes, without panic, in time
//! comparable to an ordinary page of the same size measured in the same run,
//! and yields valid text without control characters.

use std::time::{Duration, Instant};

use pageclean::{Cleaner, Fallback};

/// Size of each generated input, in bytes (roughly).
const SIZE: usize = 1 << 20;
/// Allowed slowdown against an ordinary page of the same size.
const MAX_RATIO: f64 = 5.0;
/// Timings below this are noise, whatever the ratio.
const FLOOR: Duration = Duration::from_millis(60);

fn ordinary_page(size: usize) -> Vec<u8> {
    let para = "<p>The river rose overnight and the council closed the lower road, \
                while volunteers filled sandbags near the old mill until dawn.</p>\n";
    let mut s = String::from(
        "<html><head><title>Flood | Gazette</title></head><body><article><h1>Flood</h1>",
    );
    while s.len() < size {
        s.push_str(para);
    }
    s.push_str("</article></body></html>");
    s.into_bytes()
}

fn time(cleaner: &Cleaner, input: &[u8]) -> (Duration, pageclean::Document) {
    let t = Instant::now();
    let doc = cleaner
        .clean(input)
        .expect("hostile input is cleaned, not refused");
    (t.elapsed(), doc)
}

fn shapes() -> Vec<(&'static str, Vec<u8>)> {
    let n = SIZE;
    let mut v: Vec<(&'static str, Vec<u8>)> = Vec::new();
    v.push((
        "deep divs",
        format!("{}deep{}", "<div>".repeat(n / 10), "</div>".repeat(n / 12)).into_bytes(),
    ));
    v.push((
        "unclosed tags",
        "<p><b><i><span>text ".repeat(n / 20).into_bytes(),
    ));
    v.push((
        "unclosed formatting",
        "<b><i><u><font>x".repeat(n / 16).into_bytes(),
    ));
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let binary: Vec<u8> = (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    v.push(("binary", binary));
    v.push((
        "entity bomb",
        format!("<p>{}quot;</p>", "&amp;".repeat(n / 5)).into_bytes(),
    ));
    v.push(("spaced entity run", "& # 171; ".repeat(n / 9).into_bytes()));
    v.push(("one long line", "word ".repeat(n / 5).into_bytes()));
    v.push((
        "long html line",
        format!("<p>{}</p>", "word ".repeat(n / 5)).into_bytes(),
    ));
    v.push(("nul bytes", b"abc\0def\0".repeat(n / 8)));
    let mut bad = "Привет мир. ".repeat(n / 22).into_bytes();
    for i in (7..bad.len()).step_by(97) {
        bad[i] = 0xD0;
    }
    v.push(("invalid utf-8 mid-multibyte", bad));
    let utf16: Vec<u8> = "<html><p>Hello world, this is UTF-16 without a BOM.</p></html>"
        .repeat(n / 120)
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    v.push(("utf-16 without bom", utf16));
    v.push((
        "script only",
        format!("<script>{}</script>", "var x = '<p>1</p>';".repeat(n / 20)).into_bytes(),
    ));
    v.push((
        "many links",
        "<li><a href=/x>link</a></li>".repeat(n / 28).into_bytes(),
    ));
    v.push(("mojibake run", "Ã©Ã¨â€™Ð’ Ð¼ ".repeat(n / 30).into_bytes()));
    v.push((
        "stray tag run",
        "< p> </ p> <br / > ".repeat(n / 19).into_bytes(),
    ));
    v.push(("empty", Vec::new()));
    v.push(("whitespace", b" \n\t\r ".repeat(n / 5)));
    v
}

#[test]
fn hostile_shapes_finish_in_linear_time() {
    let cleaner = Cleaner::default();
    let (base, doc) = time(&cleaner, &ordinary_page(SIZE));
    assert!(!doc.blocks.is_empty());
    let limit = FLOOR.max(base.mul_f64(MAX_RATIO));
    eprintln!("ordinary page: {base:?}, limit {limit:?}");
    let mut slow = Vec::new();
    for (name, input) in shapes() {
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
