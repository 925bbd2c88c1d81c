//! Attribute reads that compare names in place: [`scraper::node::Element::attr`]
//! and [`scraper::node::Element::classes`] intern the name or every class
//! token, a hash per call, which on every element of a page adds up.

use scraper::node::Element;

/// The value of the attribute `name` (no namespace), as [`Element::attr`]
/// finds it.
pub(crate) fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    el.attrs
        .iter()
        .find(|(q, _)| &*q.local == name && q.ns.is_empty())
        .map(|(_, v)| &**v)
}

/// The class tokens, as [`Element::classes`] gives them but in attribute
/// order with repeats (callers only ask whether any token matches).
pub(crate) fn classes(el: &Element) -> impl Iterator<Item = &str> {
    el.attrs
        .iter()
        .filter(|(q, _)| &*q.local == "class")
        .flat_map(|(_, v)| v.split_ascii_whitespace())
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    #[test]
    fn reads_as_scraper_does() {
        let doc = Html::parse_document(
            r#"<div class="b a  b" id=x data-y="1" ITEMPROP=author></div><svg><a xlink:href=q></a></svg>"#,
        );
        for el in doc.tree.nodes().filter_map(|n| n.value().as_element()) {
            for name in [
                "class",
                "id",
                "data-y",
                "itemprop",
                "href",
                "xlink:href",
                "z",
            ] {
                assert_eq!(attr(el, name), el.attr(name), "{name}");
            }
            let mut mine: Vec<&str> = classes(el).collect();
            mine.sort_unstable();
            mine.dedup();
            let mut theirs: Vec<&str> = el.classes().collect();
            theirs.sort_unstable();
            assert_eq!(mine, theirs);
        }
    }
}
