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
