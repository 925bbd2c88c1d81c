//! One pass over a parsed page's elements, in the order
//! [`scraper::Html::select`] visits them, keeping the few elements that
//! metadata and the headline read: `<html>`, `<meta>`, `<link rel>`, JSON-LD scripts,
//! `itemtype`s, `<title>` and `<h1>`s.

use scraper::{ElementRef, Html};

use super::attrs::attr;

/// The elements of a page that metadata and the headline read, each list
/// in [`scraper::Html::select`] order.
#[derive(Debug, Default)]
pub(crate) struct Heads<'a> {
    /// `<meta>` elements.
    pub metas: Vec<&'a scraper::node::Element>,
    /// `<link>` elements with a `rel`.
    pub links: Vec<&'a scraper::node::Element>,
    /// `<script>`s whose `type` contains `ld+json`.
    pub ld_scripts: Vec<ElementRef<'a>>,
    /// `itemtype` values.
    pub item_types: Vec<&'a str>,
    /// The first `<html>`.
    pub html: Option<&'a scraper::node::Element>,
    /// The first `<title>`.
    pub title: Option<ElementRef<'a>>,
    /// `<h1>` elements.
    pub h1s: Vec<ElementRef<'a>>,
}

/// `type` contains `ld+json`, as `script[type*="ld+json"]` matches: ASCII
/// case-insensitive on HTML elements.
fn is_ld_json(el: &scraper::node::Element) -> bool {
    let Some(t) = attr(el, "type") else {
        return false;
    };
    if &*el.name.ns == "http://www.w3.org/1999/xhtml" {
        t.as_bytes()
            .windows(7)
            .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
    } else {
        t.contains("ld+json")
    }
}

impl<'a> Heads<'a> {
    /// Reads them from `doc` in one pass.
    pub(crate) fn of(doc: &'a Html) -> Heads<'a> {
        let mut h = Heads::default();
        for node in doc.tree.nodes() {
            let Some(el) = ElementRef::wrap(node) else {
                continue;
            };
            let v = el.value();
            match v.name() {
                "meta" => h.metas.push(v),
                "link" if attr(v, "rel").is_some() => h.links.push(v),
                "script" if is_ld_json(v) => h.ld_scripts.push(el),
                "html" if h.html.is_none() => h.html = Some(v),
                "title" if h.title.is_none() => h.title = Some(el),
                "h1" => h.h1s.push(el),
                _ => {}
            }
            if let Some(t) = attr(v, "itemtype") {
                h.item_types.push(t);
            }
        }
        h
    }
}
