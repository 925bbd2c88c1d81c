//! `dom_smoothie_runner PATH...`: one JSON line per page with `path`, `title`
//! and `paragraphs` (the article's text split at blank lines), like
//! `pageclean`'s `clean --jsonl`. Pages are read and extracted one after
//! another on one thread. Bytes are decoded as UTF-8 (lossily): dom_smoothie
//! takes a `&str` and does no charset detection of its own.

use std::io::Write;

use dom_smoothie::{Config, Readability, TextMode};
use serde_json::json;

fn main() {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("dom_smoothie_runner: cannot read {path}");
            continue;
        };
        let html = String::from_utf8_lossy(&bytes);
        let (title, paragraphs) = match Readability::new(html.as_ref(), None, Some(cfg.clone()))
            .and_then(|mut r| r.parse())
        {
            Ok(a) => {
                let paras: Vec<String> = a
                    .text_content
                    .split("\n\n")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned)
                    .collect();
                (Some(a.title), paras)
            }
            Err(_) => (None, Vec::new()),
        };
        let line = json!({"path": path, "title": title, "paragraphs": paragraphs});
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
    let _ = out.flush();
}
