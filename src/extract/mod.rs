//! HTML into candidate blocks: parses with `scraper` (html5ever), walks the
//! DOM once without recursion (`walk`; a table's cells joined into rows in
//! `rows`, hidden slides shown in turn told in `slides`, drop caps joined
//! to their paragraphs), chooses the main-content container (`container`),
//! and gives each block its verdict from structure (`decide`): chrome hints
//! scoped to what lies below the container, link density, and whether it
//! lies in the container; then revises labels by their neighbours
//! (`revise`).

mod container;
mod decide;
mod features;

pub(crate) use features::ends_sentence;
mod hints;
mod jsonld;
mod page;
mod revise;
mod rows;
mod slides;
mod title;
pub(crate) mod walk;

use scraper::Html;

use crate::candidate::Candidate;
use crate::meta::{self, Metadata, PageType};

pub use title::page_title;

/// A parsed page's blocks and title.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Extracted {
    /// The headline, from `<h1>`, `og:title` or `<title>` without the site name.
    pub title: Option<String>,
    /// Blocks in document order.
    pub blocks: Vec<Candidate>,
    /// What the page says about itself.
    pub metadata: Metadata,
    /// What kind of page it is.
    pub page_type: PageType,
    /// On a listing, the index in `blocks` of its first teaser headline:
    /// what stands above is the listing's own introduction.
    pub teasers_from: Option<usize>,
    /// The article's text as the page's JSON-LD declares it (`articleBody`),
    /// when long enough to stand in for the body of an empty shell page.
    pub declared_body: Option<String>,
}

/// Parses `html` and extracts its blocks.
///
/// ```
/// let e = pageclean::extract::extract("<title>Hi | Site</title><nav><a href=/>Home</a></nav><article><h1>Hi</h1><p>Some body text.</p></article>");
/// assert_eq!(e.title.as_deref(), Some("Hi"));
/// assert!(e.blocks.iter().any(|b| b.text == "Some body text." && b.hint.is_none()));
/// ```
#[must_use]
pub fn extract(html: &str) -> Extracted {
    extract_at(html, None)
}

/// [`extract`] for a page fetched from `url`, which is then one more source
/// of its date and type.
#[must_use]
pub fn extract_at(html: &str, url: Option<&str>) -> Extracted {
    // JavaScript, style sheets and most attributes are never read: the
    // tokenizer skips them.
    let doc = Html::parse_document(&crate::skim::for_parsing(html));
    let heads = meta::scan::Heads::of(&doc);
    let title = title::page_title_in(&heads);
    let read = meta::read_with(&doc, &heads, url);
    let mut shape = meta::dom_shape(&doc);
    let mut walked = walk::walk(&doc);
    walk::join_drop_caps(&mut walked);
    let declared = jsonld::ArticleBody::from_scripts(&walked.json_ld);
    if !declared.is_empty() {
        for b in &mut walked.blocks {
            b.declared = declared.matches(&b.text);
        }
    }
    let declared_body = declared.into_text();
    let region = container::choose(&walked);
    let mut blocks = decide::candidates(walked, region.as_ref());
    revise::revise(&mut blocks);
    let teasers_from = page::block_shape(&blocks, &mut shape);
    let page_type = read.page_type(&shape);
    page::mark_bylines(&mut blocks, &read.meta);
    Extracted {
        title,
        blocks,
        metadata: read.meta,
        page_type,
        teasers_from: teasers_from.filter(|_| page_type == PageType::Listing),
        declared_body,
    }
}
