//! Invariants over generated input: repair is idempotent and leaves clean
//! text alone; the pipeline never panics, emits no control characters, and
//! emits only words that were in the (decoded, repaired) input.

use std::collections::HashSet;

use proptest::prelude::*;

/// Text with the damage scrapers leave: entities, stray tags, mojibake
/// words, invisible characters, mixed scripts. (Mojibake glued to other
/// gibberish is ambiguous by nature, so damaged words stand apart.)
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z ]{1,12}",
        // Real words: random Cyrillic or Greek letters are indistinguishable
        // from mojibake, which repair is right to reverse.
        prop::sample::select(vec![
            "мир ",
            "Привет ",
            "новости ",
            "Москва ",
            "день ",
            "Україна "
        ])
        .prop_map(str::to_owned),
        prop::sample::select(vec!["καλημέρα ", "Αθήνα ", "νέα "]).prop_map(str::to_owned),
        "[東京大阪 ]{1,6}",
        Just("& # 171;".to_owned()),
        Just("&amp;quot;".to_owned()),
        Just("&laquo;".to_owned()),
        Just("&#150;".to_owned()),
        Just("< p>".to_owned()),
        Just("</ p>".to_owned()),
        Just("<br / >".to_owned()),
        Just(" Ã© ".to_owned()),
        Just(" Ð’ ".to_owned()),
        Just(" Р’ ".to_owned()),
        Just("\u{200B}".to_owned()),
        Just("\u{00AD}".to_owned()),
        Just("\u{00A0}".to_owned()),
        Just("\n".to_owned()),
        Just("AT&T".to_owned()),
        Just(" a < b ".to_owned()),
        Just("…".to_owned()),
        Just("«".to_owned()),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// Ordinary sentences with nothing to repair.
fn clean_sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{2,9}( [a-z]{1,9}){3,12}[.!?]",
        "[А-Я][а-я]{2,9}( [а-я]{1,9}){3,12}[.!?]",
        "[A-Z][a-zäöüß]{2,9}( [a-zäöüß]{1,9}){3,12}[.]",
    ]
}

fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The text of `html`'s DOM with a line break for each `<br>`, spaces
/// folded within lines.
fn dom_lines(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let mut text = String::new();
    for node in doc.root_element().descendants() {
        match node.value() {
            scraper::Node::Text(t) => text.push_str(t),
            scraper::Node::Element(e) if e.name() == "br" => text.push('\n'),
            _ => {}
        }
    }
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn repair_is_idempotent(s in messy_text()) {
        let once = pageclean::repair::repair(&s).into_owned();
        let twice = pageclean::repair::repair(&once).into_owned();
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn clean_text_passes_through(s in clean_sentence()) {
        prop_assert_eq!(pageclean::repair::repair(&s), s.as_str());
    }

    #[test]
    fn pipeline_output_is_clean_and_from_input(s in messy_text(), html in any::<bool>()) {
        let input = if html { format!("<html><body><p>{s}</p></body></html>") } else { s.clone() };
        let doc = pageclean::clean(input.as_bytes()).unwrap();
        // Segmentation may split words glued across scripts and markup may
        // join them (`</ p>` is a comment to an HTML parser), so each output
        // word must occur in the repaired input with spaces ignored.
        // Markup also moves token boundaries, so mojibake the repair of the
        // whole string fixes may stay in a DOM text node: a word may come
        // from the raw input as well.
        let squash = |t: &str| t.to_lowercase().split_whitespace().collect::<String>();
        // The pipeline repairs blocks as running text: spaces collapsed.
        let block_repair = pageclean::repair::Repairer::new().with_spaces(pageclean::repair::Spaces::Collapse);
        let repaired = squash(&block_repair.repair(&s));
        // An HTML parser also folds runs of whitespace, which moves where the
        // mojibake step sees word edges.
        let folded: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let repaired_folded = squash(&block_repair.repair(&folded));
        let raw = squash(&s);
        // What the parser leaves of the markup (`</ p>` is a comment) is
        // what the pipeline repairs.
        let dom_text: String = scraper::Html::parse_document(&input)
            .root_element()
            .text()
            .collect::<Vec<_>>()
            .join(" ");
        let dom_folded: String = dom_text.split_whitespace().collect::<Vec<_>>().join(" ");
        let repaired_dom = squash(&block_repair.repair(&dom_folded));
        // Line breaks (`<br>`) stay in a block, and the mojibake step reads
        // each line's edges: the DOM's text with them kept.
        let repaired_lines = squash(&block_repair.repair(&dom_lines(&input)));
        for b in &doc.blocks {
            prop_assert!(!b.text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
            for w in words(&b.text) {
                prop_assert!(
                    repaired.contains(&w)
                        || repaired_folded.contains(&w)
                        || repaired_dom.contains(&w)
                        || repaired_lines.contains(&w)
                        || raw.contains(&w),
                    "word {:?} of {:?} not in input", w, b.text
                );
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let doc = pageclean::clean(&bytes).unwrap();
        for b in &doc.blocks {
            prop_assert!(!b.text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        }
    }
}

/// Every fixture page, decoded, repairs idempotently (a fuzzing find: a
/// no-break space written as `&nbsp;` used to survive the first pass and be
/// cleaned by the second).
#[test]
fn repair_is_idempotent_on_fixture_pages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut n = 0;
    for dir in std::fs::read_dir(root).unwrap().filter_map(Result::ok) {
        for name in ["input.html", "input.txt"] {
            let Ok(bytes) = std::fs::read(dir.path().join(name)) else {
                continue;
            };
            let d = pageclean::charset::detect(&bytes, &pageclean::charset::Hints::default());
            let text = pageclean::charset::decode(&bytes, &d).text;
            let once = pageclean::repair::repair(&text).into_owned();
            assert_eq!(
                pageclean::repair::repair(&once),
                once.as_str(),
                "{}",
                dir.path().display()
            );
            n += 1;
        }
    }
    assert!(n >= 12);
}

/// Inputs on which fuzzing found repair not idempotent (control characters
/// inside a tag, a reference written as `&nbsp;`), kept as regressions.
#[test]
fn repair_is_idempotent_on_fuzz_finds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let bytes = std::fs::read(entry.path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let once = pageclean::repair::repair(&text).into_owned();
        assert_eq!(
            pageclean::repair::repair(&once),
            once.as_str(),
            "{}",
            entry.path().display()
        );
        n += 1;
    }
    assert!(n >= 2);
}

/// Mojibake next to a line break is repaired as the block holds it: the word
/// comes from the input's DOM with its `<br>` kept (a case the property
/// test found).
#[test]
fn mojibake_before_a_line_break_counts_as_from_input() {
    let input = "<html><body><p> Ð’ </ p> Ã© <br / >день </p></body></html>";
    let doc = pageclean::clean(input.as_bytes()).unwrap();
    let block_repair =
        pageclean::repair::Repairer::new().with_spaces(pageclean::repair::Spaces::Collapse);
    let repaired = block_repair.repair(&dom_lines(input)).to_lowercase();
    for b in &doc.blocks {
        for w in words(&b.text) {
            assert!(repaired.contains(&w), "{w:?} of {:?}", b.text);
        }
    }
}
