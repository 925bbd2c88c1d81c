//! The public API's promises: thread safety, defaults, errors as values.

use pageclean::{Cleaner, Error, InputKind, Reason, Target};

#[test]
fn cleaner_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Cleaner>();
    assert_send_sync::<pageclean::Document>();
}

#[test]
fn cleaner_is_shared_across_threads() {
    let cleaner = Cleaner::default();
    let page = "Heavy snow closed the pass\n\nThe mountain road was closed on Tuesday after forty centimetres of snow fell overnight, the police said.";
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| cleaner.clean(page.as_bytes()).unwrap()))
            .collect();
        for h in handles {
            let doc = h.join().unwrap();
            assert_eq!(doc.title.as_deref(), Some("Heavy snow closed the pass"));
            assert_eq!(doc.blocks.len(), 1);
        }
    });
}

#[test]
fn empty_input_is_an_empty_document() {
    for input in [&b""[..], b"   \n\n ", b"<html></html>"] {
        let doc = pageclean::clean(input).unwrap();
        assert!(doc.blocks.is_empty());
        assert_eq!(doc.title, None);
    }
}

#[test]
fn size_limit_is_an_error() {
    let c = Cleaner::builder().max_input_bytes(10).build();
    let err = c.clean(&[b'a'; 11]).unwrap_err();
    assert_eq!(
        err,
        Error::InputTooLarge {
            size: 11,
            limit: 10
        }
    );
    assert!(err.to_string().contains("11 bytes"));
}

#[test]
fn undecodable_bytes_are_reported_not_fatal() {
    let c = Cleaner::builder()
        .content_type("text/plain; charset=utf-8")
        .build();
    let doc = c
        .clean(b"A sentence that is long enough to be kept as body text \xff\xfe here.")
        .unwrap();
    assert!(doc.had_decode_errors || doc.encoding() != "UTF-8");
    assert!(!doc.blocks.is_empty());
}

#[test]
fn target_only_drops_other_languages() {
    let page = "The council approved the new budget on Monday after a long debate about schools and roads.\n\n\
                Der Stadtrat hat am Montag nach einer langen Debatte über Schulen und Straßen den Haushalt beschlossen.\n\n\
                The mayor said the money for the new bridge would be released in the spring.";
    let en = Cleaner::builder()
        .language(Target::only("en").unwrap())
        .build()
        .clean(page.as_bytes())
        .unwrap();
    assert_eq!(en.blocks.len(), 2);
    assert!(
        en.removed
            .iter()
            .any(|r| r.reason == Reason::OtherLanguage && r.text.starts_with("Der Stadtrat"))
    );
    let all = Cleaner::builder()
        .language(Target::All)
        .build()
        .clean(page.as_bytes())
        .unwrap();
    assert_eq!(all.blocks.len(), 3);
}

#[test]
fn input_kind_can_be_forced() {
    let page = b"<p>Some text that looks like markup but is a dataset row.</p>";
    let doc = Cleaner::builder()
        .input_kind(InputKind::Text)
        .build()
        .clean(page)
        .unwrap();
    assert_eq!(doc.input_kind, InputKind::Text);
    let doc = Cleaner::builder()
        .input_kind(InputKind::Html)
        .build()
        .clean(page)
        .unwrap();
    assert_eq!(doc.input_kind, InputKind::Html);
}

#[test]
fn figure_captions_and_hidden_text_are_reported_not_dropped() {
    let page = "<html><body><article><h1>Harbour works begin</h1>\
        <p>Work on the new harbour wall began on Monday, and the council expects the first section to be finished before the autumn storms arrive.</p>\
        <figure><img src=\"a.jpg\"><figcaption>Cranes lift the first blocks into place. <span>Photo: Port Authority</span></figcaption></figure>\
        <div hidden>Sign up for the morning briefing</div>\
        <p>The wall will protect the fishing fleet, which lost three boats in last winter's storms, the harbour master said on Monday.</p>\
        </article></body></html>";
    let doc = pageclean::clean(page.as_bytes()).unwrap();
    assert_eq!(doc.blocks.len(), 2);
    let reason_of = |needle: &str| {
        doc.removed
            .iter()
            .find(|r| r.text.contains(needle))
            .map(|r| r.reason)
    };
    assert_eq!(
        reason_of("Cranes lift the first blocks into place. Photo: Port Authority"),
        Some(Reason::Caption)
    );
    assert_eq!(
        reason_of("Sign up for the morning briefing"),
        Some(Reason::Hidden)
    );
}

#[test]
fn mathml_stays_in_its_sentence_without_its_tex_annotation() {
    let page = "<html><body><article><h1>Quadratic equations</h1>\
        <p>When <math><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></math>, there are two solutions to \
        <math><semantics><mrow><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn></mrow>\
        <annotation encoding=\"application/x-tex\">ax^2+c=0</annotation></semantics></math> \
        and both can be found with the formula every student learns at school.</p>\
        </article></body></html>";
    let doc = pageclean::clean(page.as_bytes()).unwrap();
    let text: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        text,
        [
            "When a ≠ 0, there are two solutions to a x 2 + c = 0 and both can be found with the formula every student learns at school."
        ]
    );
}
