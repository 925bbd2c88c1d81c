//! What kind of page this is, from declared types (schema.org `@type`,
//! `og:type`) and the page's shape (teaser headlines, runs of prose, posts,
//! prices).
//!
//! An article misread as a listing loses its whole body, so every
//! non-article verdict needs strong evidence: a declared article is never
//! overruled by shape, and shape alone must be unmistakable (many linked
//! headlines and no run of three prose paragraphs).

use super::jsonld::is_article_type;

/// What a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum PageType {
    /// One article, post or story: the body is its text.
    #[default]
    Article,
    /// A list of links to other pages: section fronts, tag and category
    /// pages, search results, archives.
    Listing,
    /// A product page of a shop.
    Product,
    /// A forum thread or question with answers: posts by several people.
    Forum,
    /// Software documentation or reference.
    Documentation,
    /// Anything else: too little prose to be an article (forms, galleries,
    /// error pages, home pages of one paragraph): a low reader score and no
    /// run of three prose paragraphs.
    Other,
}

impl PageType {
    /// A stable lower-case name (`"listing"`), as used in JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Listing => "listing",
            PageType::Product => "product",
            PageType::Forum => "forum",
            PageType::Documentation => "documentation",
            PageType::Other => "other",
        }
    }

    /// True for pages whose text is not one body: listings (products keep
    /// their description, forum threads their posts). Their blocks are
    /// withheld unless [`crate::CleanerBuilder::page_types`] is off, but
    /// for an introduction in prose above the teasers.
    #[must_use]
    pub fn withholds_body(self) -> bool {
        matches!(self, PageType::Listing)
    }
}

impl std::fmt::Display for PageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Shape features of a page, measured by the extractor.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    /// Headings that are one link followed by a summary (teasers), outside
    /// navigation and footers.
    pub linked_headings: usize,
    /// The longest run of prose paragraphs with no teaser headline between.
    pub max_prose_run: usize,
    /// Readability's reader score: the sum of `sqrt(chars - 140)` over
    /// paragraphs of at least 140 characters.
    pub reader_score: f32,
    /// Elements named as posts or messages that carry a date.
    pub dated_posts: usize,
    /// A price and an add-to-cart control are present.
    pub shop: bool,
    /// Preformatted code blocks.
    pub code_blocks: usize,
    /// Characters of text outside links and chrome.
    pub text_chars: usize,
}

/// What the page declares about itself.
#[derive(Debug, Clone, Default)]
pub(crate) struct Declared<'a> {
    pub types: &'a [String],
    pub og_type: Option<&'a str>,
    pub item_types: &'a [String],
    pub url: Option<&'a str>,
}

/// Readability's threshold on [`Shape::reader_score`].
const READER_SCORE: f32 = 20.0;
/// Teaser headlines that make a listing on shape alone.
const LISTING_TEASERS: usize = 6;
/// Teaser headlines that confirm a declared listing.
const DECLARED_LISTING_TEASERS: usize = 3;
/// Most characters of text per teaser headline in a listing: teasers
/// carry a summary, not an article.
const TEXT_PER_TEASER: usize = 500;
/// Dated posts that make a forum thread.
const FORUM_POSTS: usize = 3;

impl Declared<'_> {
    fn any(&self, f: impl Fn(&str) -> bool) -> bool {
        self.types.iter().chain(self.item_types).any(|t| f(t))
    }

    fn og(&self, f: impl Fn(&str) -> bool) -> bool {
        self.og_type.is_some_and(|t| f(&t.to_ascii_lowercase()))
    }
}

/// Classifies a page.
pub(crate) fn classify(d: &Declared<'_>, s: &Shape) -> PageType {
    let article = d.any(is_article_type) || d.og(|t| t == "article" || t.starts_with("article"));
    let product = d.any(|t| t == "Product" || t == "ProductGroup" || t == "Offer")
        || d.og(|t| t.starts_with("product"));
    let forum = d.any(|t| matches!(t, "DiscussionForumPosting" | "QAPage" | "Question"));
    let listing = d.any(|t| {
        matches!(
            t,
            "CollectionPage" | "SearchResultsPage" | "ItemList" | "Blog"
        )
    });
    let docs = d.any(|t| matches!(t, "TechArticle" | "APIReference"));
    if article && !docs {
        return PageType::Article;
    }
    if product && (s.shop || s.max_prose_run < 3) {
        return PageType::Product;
    }
    if forum && !listing {
        return PageType::Forum;
    }
    let teasers = if listing {
        DECLARED_LISTING_TEASERS
    } else {
        LISTING_TEASERS
    };
    let teaser_text = s.text_chars / s.linked_headings.max(1);
    if s.linked_headings >= teasers
        && s.max_prose_run <= 2
        && teaser_text <= TEXT_PER_TEASER
        && !docs
    {
        return PageType::Listing;
    }
    if s.shop && s.max_prose_run <= 2 && s.linked_headings < LISTING_TEASERS {
        return PageType::Product;
    }
    if s.dated_posts >= FORUM_POSTS && s.linked_headings < DECLARED_LISTING_TEASERS {
        return PageType::Forum;
    }
    let docs_url = d.url.is_some_and(|u| {
        let u = u.to_ascii_lowercase();
        [
            "/docs/",
            "/doc/",
            "/documentation/",
            "/manual/",
            "/reference/",
            "/api/",
            "docs.",
        ]
        .iter()
        .any(|k| u.contains(k))
    });
    if docs || docs_url && s.code_blocks >= 1 {
        return PageType::Documentation;
    }
    if s.reader_score <= READER_SCORE && s.max_prose_run < 3 {
        return PageType::Other;
    }
    PageType::Article
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_article_wins_over_shape() {
        let types = vec!["NewsArticle".to_owned()];
        let d = Declared {
            types: &types,
            ..Declared::default()
        };
        let s = Shape {
            linked_headings: 20,
            ..Shape::default()
        };
        assert_eq!(classify(&d, &s), PageType::Article);
        assert_eq!(classify(&Declared::default(), &s), PageType::Listing);
    }

    #[test]
    fn short_pages_are_other() {
        let s = Shape {
            reader_score: 5.0,
            max_prose_run: 1,
            ..Shape::default()
        };
        assert_eq!(classify(&Declared::default(), &s), PageType::Other);
    }
}
