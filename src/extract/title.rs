//! The headline of a parsed page.

use scraper::Html;

use crate::meta::scan::Heads;

/// Separators between a headline and the site name in `<title>`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ",
];

fn text_of(el: scraper::ElementRef<'_>) -> String {
    el.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `href` points at a site's home page (`/`, `https://example.com/`).
fn is_home(href: &str) -> bool {
    let href = href.trim();
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None => href,
    };
    matches!(path, "" | "/" | "./" | "/index.html" | "/index.php")
}

/// An `<h1>` that is a link to the home page: the site's name as a logo, not
/// the headline.
fn links_home(h1: scraper::ElementRef<'_>) -> bool {
    h1.descendants()
        .filter_map(scraper::ElementRef::wrap)
        .any(|e| e.value().name() == "a" && e.value().attr("href").is_some_and(is_home))
}

/// The longest part of a `<title>` split at site-name separators.
fn strip_site(title: &str) -> String {
    for sep in SEPARATORS {
        if title.contains(sep)
            && let Some(best) = title.split(sep).max_by_key(|p| p.chars().count())
        {
            return best.trim().to_owned();
        }
    }
    title.trim().to_owned()
}

/// The headline: the `<h1>` that agrees with `og:title` or `<title>`, else
/// `og:title`, else `<title>` without the site name, else the first `<h1>`.
#[must_use]
pub fn page_title(doc: &Html) -> Option<String> {
    page_title_in(&Heads::of(doc))
}

/// [`page_title`] from a page's `heads`.
pub(crate) fn page_title_in(heads: &Heads<'_>) -> Option<String> {
    let og = heads
        .metas
        .iter()
        .filter(|m| {
            m.attr("property") == Some("og:title") || m.attr("name") == Some("twitter:title")
        })
        .find_map(|m| m.attr("content"))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty());
    let title = heads.title.map(text_of).filter(|s| !s.is_empty());
    let h1s: Vec<String> = heads
        .h1s
        .iter()
        .filter(|h| !links_home(**h))
        .map(|&h| text_of(h))
        .filter(|s| !s.is_empty())
        .take(5)
        .collect();
    let key = |s: &str| s.to_lowercase();
    for h in &h1s {
        let k = key(h);
        let agrees = og.iter().chain(title.iter()).any(|t| key(t).contains(&k));
        if agrees {
            return Some(h.clone());
        }
    }
    og.map(|o| strip_site(&o))
        .or_else(|| title.map(|t| strip_site(&t)))
        .or_else(|| h1s.into_iter().next())
}
