//! `<meta>` and `<link>` tags: Open Graph, `article:*`, Twitter cards, Dublin
//! Core, Parse.ly and plain `name=` tags, read into one lookup by key.

use super::attrs::attr;
use super::scan::Heads;

/// The page's `<meta>` values by lower-case key (`og:title`, `author`,
/// `article:published_time`), in document order, plus a few `<link>`s.
#[derive(Debug, Default)]
pub(crate) struct Tags {
    pairs: Vec<(String, String)>,
    /// `<link rel="canonical">`.
    pub canonical: Option<String>,
    /// `<html lang>`.
    pub html_lang: Option<String>,
}

impl Tags {
    /// Reads the tags from a page's `heads`.
    pub(crate) fn read(heads: &Heads<'_>) -> Tags {
        let mut t = Tags::default();
        for &el in &heads.metas {
            let Some(content) = attr(el, "content").or_else(|| attr(el, "value")) else {
                continue;
            };
            // Whitespace runs collapsed to single spaces, in one pass.
            let mut collapsed = String::with_capacity(content.len());
            for w in content.split_whitespace() {
                if !collapsed.is_empty() {
                    collapsed.push(' ');
                }
                collapsed.push_str(w);
            }
            let content = collapsed;
            if content.is_empty() {
                continue;
            }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = attr(el, key) {
                    // `property` may list several keys separated by spaces.
                    for key in k.split_whitespace() {
                        t.pairs.push((key.to_lowercase(), content.clone()));
                    }
                }
            }
        }
        for &el in &heads.links {
            let rel = attr(el, "rel").unwrap_or("").to_ascii_lowercase();
            if rel.split_whitespace().any(|r| r == "canonical") && t.canonical.is_none() {
                t.canonical = attr(el, "href").map(|h| h.trim().to_owned());
            }
        }
        t.html_lang = heads
            .html
            .and_then(|h| attr(h, "lang").or_else(|| attr(h, "xml:lang")))
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        t
    }

    /// The first value under any of `keys`, tried in order.
    pub(crate) fn get(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        })
    }

    /// Every value under `key`.
    pub(crate) fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.pairs
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Keys holding the publication date, best first.
pub(crate) const PUBLISHED: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publish_date",
    "pubdate",
    "publishdate",
    "published_time",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "date",
    "datecreated",
    "article.published",
    "originalpublicationdate",
    "timestamp",
];

/// Keys holding the modification date.
pub(crate) const MODIFIED: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
];

/// Keys holding author names.
pub(crate) const AUTHOR: &[&str] = &[
    "dc:creator",
    "dcterm:creator",
    "dc.creator",
    "dcterms.creator",
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "byl",
    "creator",
];
