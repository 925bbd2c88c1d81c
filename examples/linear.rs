//! Time against page size on synthetic pages, to show cost growing linearly.
//!
//! ```text
//! cargo run --release --example linear -- [--runs 5]
//! ```
//! Each page is a header and navigation, then ordinary article markup (a
//! headline, paragraphs with links and emphasis, subheadings, quotes, a
//! figure) and long lists (link lists, a table), repeated until the page
//! reaches its size, then a footer. Sizes run from 10 KB to 10 MB; each is
//! cleaned `--runs` times and the median reported, with nanoseconds per byte.
//! The element limit is raised so that every size takes the DOM path; the
//! last column is the time with the default limits, under which pages of
//! more than [`pageclean::DEFAULT_MAX_ELEMENTS`] elements are read as text
//! (marked `text`).

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use pageclean::Cleaner;

const WORDS: &[&str] = &[
    "the",
    "council",
    "said",
    "on",
    "Tuesday",
    "that",
    "new",
    "rules",
    "for",
    "water",
    "use",
    "would",
    "take",
    "effect",
    "next",
    "spring",
    "after",
    "months",
    "of",
    "debate",
    "among",
    "residents",
    "farmers",
    "and",
    "local",
    "businesses",
    "who",
    "depend",
    "river",
    "supply",
];

fn sentence(seed: &mut u64, words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let w = WORDS[(*seed >> 33) as usize % WORDS.len()];
        if i > 0 {
            s.push(' ');
        }
        s.push_str(w);
    }
    s.push('.');
    s
}

fn section(seed: &mut u64, n: usize) -> String {
    let mut h = String::new();
    let _ = write!(h, "<h2>Section {n}: {}</h2>", sentence(seed, 5));
    for _ in 0..4 {
        let _ = writeln!(
            h,
            "<p>{} <a href=\"/story/{n}\">{}</a> <em>{}</em> {}</p>",
            sentence(seed, 14),
            sentence(seed, 3),
            sentence(seed, 4),
            sentence(seed, 18)
        );
    }
    let _ = write!(h, "<blockquote><p>{}</p></blockquote>", sentence(seed, 16));
    let _ = write!(
        h,
        "<figure><img src=\"/img/{n}.jpg\" alt=\"\"><figcaption>{}</figcaption></figure>",
        sentence(seed, 6)
    );
    h.push_str("<ul class=\"related-links\">");
    for k in 0..12 {
        let _ = write!(
            h,
            "<li><a href=\"/more/{n}/{k}\">{}</a></li>",
            sentence(seed, 5)
        );
    }
    h.push_str("</ul><table><tbody>");
    for k in 0..6 {
        let _ = write!(
            h,
            "<tr><td>Row {k}</td><td>{}</td><td>{}</td></tr>",
            sentence(seed, 3),
            k * 17
        );
    }
    h.push_str("</tbody></table>\n");
    h
}

fn page(size: usize) -> String {
    let mut seed = 42;
    let mut h = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Water rules | Daily</title></head><body>\
         <header class=\"site-header\"><a href=\"/\">Daily</a><nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>\
         <main><article><h1>Water rules</h1>",
    );
    let tail = "</article></main><footer><p>Copyright 2024 Daily. All rights reserved.</p></footer></body></html>";
    let mut n = 0;
    while h.len() + tail.len() < size {
        h.push_str(&section(&mut seed, n));
        n += 1;
    }
    h.push_str(tail);
    h
}

fn main() {
    let mut runs = 5;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--runs" {
            runs = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
        }
    }
    let cleaner = Cleaner::builder().max_elements(usize::MAX).build();
    let default = Cleaner::default();
    cleaner.clean(page(10_000).as_bytes()).ok(); // tables built
    println!(
        "{:>10}  {:>10}  {:>8}  {:>7}  {:>10}  {:>16}",
        "bytes", "median_ms", "ns/byte", "MB/s", "paragraphs", "default_limits_ms"
    );
    for size in [
        10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000,
    ] {
        let html = page(size);
        let mut times: Vec<Duration> = Vec::new();
        let mut paras = 0;
        for _ in 0..runs {
            let t0 = Instant::now();
            let doc = cleaner.clean(html.as_bytes()).expect("clean");
            times.push(t0.elapsed());
            paras = doc.paragraphs().count();
            assert!(doc.fallback.is_none(), "page of {size} bytes fell back");
        }
        times.sort();
        let t = times[times.len() / 2].as_secs_f64();
        let t0 = Instant::now();
        let fell_back = default
            .clean(html.as_bytes())
            .expect("clean")
            .fallback
            .is_some();
        let d = t0.elapsed().as_secs_f64();
        println!(
            "{:>10}  {:>10.2}  {:>8.2}  {:>7.1}  {:>10}  {:>11.2}{}",
            html.len(),
            t * 1e3,
            t * 1e9 / html.len() as f64,
            html.len() as f64 / t / 1e6,
            paras,
            d * 1e3,
            if fell_back { " text" } else { "     " }
        );
    }
}
