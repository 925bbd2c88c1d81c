//! Page metadata and page types: what the page is ([`PageType`]), and who
//! wrote it, when, where and under which headline ([`Metadata`]).
//!
//! Sources, best first for each field:
//! 1. schema.org JSON-LD (`NewsArticle`, `BlogPosting`, `@graph`s);
//! 2. `<meta>` tags: Open Graph, `article:*`, Dublin Core, Parse.ly,
//!    `name="author"`;
//! 3. markup: `itemprop`, `rel="author"`, `<time datetime>`, elements named
//!    `byline`, `author`, `date`;
//! 4. the URL (`/2022/01/14/`) and date lines in the text, in many
//!    languages and formats (see [`dates`]).
//!
//! Bylines and date lines found here are metadata, not body: the extractor
//! marks blocks that repeat them as [`crate::Reason::Byline`].

mod attrs;
mod byline;
pub mod dates;
mod jsonld;
mod pagetype;
pub(crate) mod scan;
mod shape;
mod tags;

use scraper::Html;

pub use byline::clean_name;
pub use dates::Date;
pub use pagetype::{PageType, Shape};

use jsonld::JsonLd;
use tags::Tags;

/// What a page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Metadata {
    /// The declared headline (schema.org `headline`, `og:title`), without
    /// the site name.
    pub title: Option<String>,
    /// Author names, as written (`Ana Ruiz`), without `By`.
    pub authors: Vec<String>,
    /// The publication date.
    pub date: Option<Date>,
    /// The date of the last change.
    pub modified: Option<Date>,
    /// The site or publication (`og:site_name`, the publisher).
    pub site_name: Option<String>,
    /// The page's own summary (`og:description`, `<meta name=description>`).
    pub description: Option<String>,
    /// The declared language tag (`<html lang>`, `og:locale`), as written.
    pub language: Option<String>,
    /// The canonical URL (`<link rel=canonical>`, `og:url`).
    pub canonical_url: Option<String>,
    /// Sections and categories (`article:section`, `articleSection`).
    pub categories: Vec<String>,
    /// Tags and keywords (`article:tag`, `keywords`).
    pub tags: Vec<String>,
    /// The main image URL (`og:image`, schema.org `image`).
    pub image: Option<String>,
}

impl Metadata {
    /// Authors joined with `, `, or `None` when none is known.
    #[must_use]
    pub fn author(&self) -> Option<String> {
        (!self.authors.is_empty()).then(|| self.authors.join(", "))
    }
}

/// Metadata and the declared types of a parsed page.
#[derive(Debug, Clone)]
pub(crate) struct Read {
    pub meta: Metadata,
    types: Vec<String>,
    item_types: Vec<String>,
    og_type: Option<String>,
}

impl Read {
    /// The page type for this page of shape `s`.
    pub(crate) fn page_type(&self, s: &Shape) -> PageType {
        pagetype::classify(
            &pagetype::Declared {
                types: &self.types,
                og_type: self.og_type.as_deref(),
                item_types: &self.item_types,
                url: self.meta.canonical_url.as_deref(),
            },
            s,
        )
    }
}

/// Reads a page's metadata. `url` is the page's address when known.
#[cfg(test)]
pub(crate) fn read(doc: &Html, url: Option<&str>) -> Read {
    read_with(doc, &scan::Heads::of(doc), url)
}

/// [`read`] with the page's `heads` already found.
pub(crate) fn read_with(doc: &Html, heads: &scan::Heads<'_>, url: Option<&str>) -> Read {
    let scripts: Vec<String> = heads
        .ld_scripts
        .iter()
        .map(|s| s.text().collect())
        .collect();
    let ld = JsonLd::from_scripts(scripts.iter().map(String::as_str));
    let tags = Tags::read(heads);
    let item_types: Vec<String> = heads
        .item_types
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(|t| t.rsplit('/').next().unwrap_or(t).to_owned())
        .collect();
    let language = tags
        .html_lang
        .clone()
        .or_else(|| {
            tags.get(&["og:locale", "content-language", "language", "dc.language"])
                .map(str::to_owned)
        })
        .or_else(|| ld.language.clone());
    let month_first = language
        .as_deref()
        .is_some_and(|l| l.eq_ignore_ascii_case("en-us") || l.eq_ignore_ascii_case("en"));
    let canonical_url = tags
        .canonical
        .clone()
        .or_else(|| tags.get(&["og:url"]).map(str::to_owned))
        .or_else(|| ld.url.clone())
        .or_else(|| url.map(str::to_owned));
    let title_tag: Option<String> = heads.title.map(|t| {
        t.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    });
    // schema.org `headline` is sometimes a summary and `name` the title:
    // of the two, take the one the `<title>` contains. A `name` that is the
    // publisher's or the website's names the site, which the `<title>`
    // holds too.
    let in_title = |h: &String| {
        title_tag
            .as_deref()
            .is_some_and(|t| t.to_lowercase().contains(&h.to_lowercase()))
    };
    let names_site = |n: &String| {
        let n = n.trim().to_lowercase();
        [
            ld.publisher.as_deref(),
            ld.website.as_deref(),
            tags.get(&["og:site_name"]),
        ]
        .into_iter()
        .flatten()
        .any(|s| s.trim().to_lowercase() == n)
    };
    let ld_title = match (&ld.headline, &ld.name) {
        (Some(h), Some(n)) if !in_title(h) && in_title(n) && !names_site(n) => Some(n.clone()),
        (Some(h), _) => Some(h.clone()),
        (None, n) => n.clone(),
    };
    let headline = ld_title.or_else(|| {
        tags.get(&[
            "dc:title",
            "dcterm:title",
            "dc.title",
            "dcterms.title",
            "og:title",
            "twitter:title",
            "parsely-title",
            "headline",
        ])
        .map(str::to_owned)
    });
    let mut authors: Vec<String> = ld.authors.iter().flat_map(|a| byline::names(a)).collect();
    if authors.is_empty() {
        // Every value of the first key that holds a name: pages list
        // co-authors as repeated tags.
        authors = tags::AUTHOR
            .iter()
            .map(|k| {
                tags.all(k)
                    .filter(|a| !a.starts_with('@'))
                    .flat_map(byline::names)
                    .collect::<Vec<_>>()
            })
            .find(|n| !n.is_empty())
            .unwrap_or_default();
    }
    if authors.is_empty() {
        authors = byline::author_in_dom(doc)
            .map(|a| byline::names(&a))
            .unwrap_or_default();
    }
    // A name given twice (in the byline and again in its box) is one author.
    let mut seen = std::collections::HashSet::new();
    authors.retain(|a| seen.insert(a.to_lowercase()));
    let date = ld
        .published
        .as_deref()
        .and_then(dates::parse_value)
        .or_else(|| tags.get(tags::PUBLISHED).and_then(dates::parse_value))
        .or_else(|| parsely_date(&tags))
        .or_else(|| ld.created.as_deref().and_then(dates::parse_value))
        .or_else(|| byline::date_in_dom(doc, month_first))
        .or_else(|| canonical_url.as_deref().and_then(dates::in_url))
        .or_else(|| url.and_then(dates::in_url));
    let modified = ld
        .modified
        .as_deref()
        .and_then(dates::parse_value)
        .or_else(|| tags.get(tags::MODIFIED).and_then(dates::parse_value));
    let site_name = ld
        .publisher
        .clone()
        .or_else(|| {
            tags.get(&[
                "og:site_name",
                "application-name",
                "al:android:app_name",
                "al:ios:app_name",
            ])
            .map(str::to_owned)
        })
        .or_else(|| ld.website.clone())
        .or_else(|| {
            title_tag
                .as_deref()
                .and_then(|t| site_suffix(t, headline.as_deref()))
        });
    let description = tags
        .get(&[
            "og:description",
            "description",
            "twitter:description",
            "dc.description",
        ])
        .map(str::to_owned)
        .or_else(|| ld.description.clone());
    let mut categories: Vec<String> = tags.all("article:section").map(str::to_owned).collect();
    categories.extend(ld.sections.iter().cloned());
    categories.dedup();
    let mut tag_list: Vec<String> = tags.all("article:tag").map(str::to_owned).collect();
    if tag_list.is_empty() {
        tag_list = ld.keywords.clone();
    }
    if tag_list.is_empty() {
        tag_list = tags
            .get(&["keywords", "news_keywords"])
            .map(|k| {
                k.split(',')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
    }
    let image = tags
        .get(&[
            "og:image",
            "og:image:url",
            "twitter:image",
            "twitter:image:src",
        ])
        .map(str::to_owned)
        .or_else(|| ld.image.clone());
    let og_type = tags.get(&["og:type"]).map(str::to_owned);
    Read {
        meta: Metadata {
            title: headline.map(|h| strip_site(&h, site_name.as_deref())),
            authors,
            date,
            modified,
            site_name,
            description,
            language,
            canonical_url,
            categories,
            tags: tag_list,
            image,
        },
        types: ld.types,
        item_types,
        og_type,
    }
}

/// Parse.ly's `parsely-page` JSON value (`{"pub_date": "..."}`).
fn parsely_date(tags: &Tags) -> Option<Date> {
    let v = tags.get(&["parsely-page"])?;
    let at = v.find("pub_date")?;
    let rest = &v[at + "pub_date".len()..];
    let start = rest.find(|c: char| c.is_ascii_digit())?;
    dates::parse_value(&rest[start..])
}

/// Separators between a headline and a site name.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ", " _ ",
];

/// The site name at either end of a `<title>`: the last part (or else the
/// first) when it is short and not the headline.
fn site_suffix(title: &str, headline: Option<&str>) -> Option<String> {
    let same = |part: &str| {
        headline.is_some_and(|h| {
            let (p, h) = (part.trim().to_lowercase(), h.to_lowercase());
            p == h || h.contains(&p)
        })
    };
    for sep in SEPARATORS {
        let (Some((first, _)), Some((_, last))) = (title.split_once(sep), title.rsplit_once(sep))
        else {
            continue;
        };
        for (site, rest) in [
            (last, &title[..title.len() - last.len()]),
            (first, &title[first.len()..]),
        ] {
            let site = site.trim();
            if !site.is_empty()
                && site.split_whitespace().count() <= 5
                && !same(site)
                && rest.chars().count() > site.chars().count()
            {
                return Some(site.to_owned());
            }
        }
    }
    None
}

/// A headline without a trailing or leading site name: the known site name
/// (compared case-insensitively), or else a short last part after ` | `.
fn strip_site(headline: &str, site: Option<&str>) -> String {
    let h = headline.trim();
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        // Lower-casing can change byte lengths (`İ`); then offsets into the
        // lower-cased copy would not fit the original, so compare as written.
        let folds = h.to_lowercase().len() == h.len();
        let (lower, site_l) = if folds {
            (h.to_lowercase(), site.to_lowercase())
        } else {
            (h.to_owned(), site.to_owned())
        };
        for sep in SEPARATORS {
            let sep = sep.trim();
            if let Some(rest) = lower
                .strip_suffix(&site_l)
                .and_then(|r| r.trim_end().strip_suffix(sep))
            {
                return h
                    .get(..rest.trim_end().len())
                    .unwrap_or(h)
                    .trim()
                    .to_owned();
            }
            if let Some(rest) = lower
                .strip_prefix(&site_l)
                .and_then(|r| r.trim_start().strip_prefix(sep))
            {
                return h
                    .get(h.len() - rest.trim_start().len()..)
                    .unwrap_or(h)
                    .trim()
                    .to_owned();
            }
        }
    }
    if let Some((head, tail)) = h.rsplit_once(" | ")
        && tail.split_whitespace().count() <= MAX_SITE_WORDS
        && head.split_whitespace().count() > tail.split_whitespace().count()
    {
        return head.trim().to_owned();
    }
    h.to_owned()
}

/// Longest site name recognised after a ` | ` without knowing it.
const MAX_SITE_WORDS: usize = 4;

pub(crate) use shape::dom_shape;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_author_named_twice_is_listed_once() {
        let doc = Html::parse_document(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "author":[{"@type":"Person","name":"Jill Doe"},{"@type":"Person","name":"Li Wei"},
            {"@type":"Person","name":"Jill Doe"}]}</script></head><body><p>Text.</p></body></html>"#,
        );
        assert_eq!(read(&doc, None).meta.authors, ["Jill Doe", "Li Wei"]);
    }

    #[test]
    fn a_declared_name_that_is_the_site_is_no_title() {
        let doc = Html::parse_document(
            r#"<html><head><title>Lázně znovu otevřely - Zprávy.cz</title>
            <script type="application/ld+json">{"@type":"NewsArticle","name":"Zprávy.cz",
            "headline":"Lázně v Teplicích znovu otevřely","publisher":{"@type":"Organization","name":"Zprávy.cz"}}</script>
            </head><body><h1>Lázně v Teplicích znovu otevřely</h1><p>Text.</p></body></html>"#,
        );
        let r = read(&doc, None);
        assert_eq!(
            r.meta.title.as_deref(),
            Some("Lázně v Teplicích znovu otevřely")
        );
    }

    #[test]
    fn reads_meta_tags() {
        let doc = Html::parse_document(
            r#"<html lang="de"><head><title>Fähre fährt wieder | Hafenblatt</title>
            <meta property="og:site_name" content="Hafenblatt">
            <meta property="og:title" content="Fähre fährt wieder – Hafenblatt">
            <meta name="author" content="Von Jonas Weber">
            <meta property="article:published_time" content="2022-01-14T09:00:00+01:00">
            <link rel="canonical" href="https://hafenblatt.example/2022/01/14/faehre"></head>
            <body><p>Text.</p></body></html>"#,
        );
        let r = read(&doc, None);
        assert_eq!(r.meta.title.as_deref(), Some("Fähre fährt wieder"));
        assert_eq!(r.meta.authors, ["Jonas Weber"]);
        assert_eq!(r.meta.date.map(|d| d.iso()).as_deref(), Some("2022-01-14"));
        assert_eq!(r.meta.site_name.as_deref(), Some("Hafenblatt"));
        assert_eq!(r.meta.language.as_deref(), Some("de"));
    }

    #[test]
    fn site_from_title() {
        assert_eq!(
            site_suffix("Ferry resumes | Harbour Gazette", None).as_deref(),
            Some("Harbour Gazette")
        );
        assert_eq!(
            site_suffix("Gazette - Ferry resumes after the long winter", None).as_deref(),
            Some("Gazette")
        );
        assert_eq!(site_suffix("Ferry resumes", None), None);
    }
}
