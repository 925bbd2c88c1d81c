//! The output of the pipeline: a [`Document`] of body [`Block`]s, plus what was
//! removed and why.

use crate::charset::Detection;
use crate::lang::Lang;
use crate::meta::{Metadata, PageType};
use crate::repair::Repairs;

/// What kind of text a body block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockKind {
    /// A heading, with its level (1 to 6; plain-text headings get 2).
    Heading(u8),
    /// An ordinary paragraph.
    Paragraph,
    /// One item of a list.
    ListItem,
    /// A quotation (`<blockquote>`).
    Quote,
    /// Preformatted text (`<pre>`), line breaks kept.
    Preformatted,
    /// One row of a table, cells separated by tabs.
    TableRow,
}

/// One block of body text, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The repaired text. Line breaks inside are kept only for `<br>` and `<pre>`.
    pub text: String,
    /// The language of the block, when it could be told.
    pub language: Option<Lang>,
}

/// Why a block or line was left out of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// Menus, skip links, section lists.
    Navigation,
    /// Breadcrumb trails (`Home > News > World`).
    Breadcrumb,
    /// Comment forms and their prompts (`Leave a Reply`).
    CommentForm,
    /// Reader comments (kept with [`crate::CleanerBuilder::keep_comments`]).
    Comments,
    /// Share bars and social buttons.
    Share,
    /// Related, latest, recent or popular posts.
    Related,
    /// "Read more" and "continue reading" links.
    ReadMore,
    /// Previous/next links and page numbers.
    Pagination,
    /// Tag and category lines.
    Tags,
    /// Newsletter and subscription boxes, "follow us".
    Subscribe,
    /// Cookie and consent notices.
    CookieNotice,
    /// Copyright lines, "all rights reserved", reproduction notices.
    Copyright,
    /// View, like and comment counters.
    Counter,
    /// Log-in and registration prompts.
    Login,
    /// Search boxes.
    Search,
    /// Advertisement labels and slots.
    Advertisement,
    /// The site's name, logo text or section name above the article.
    SiteHeader,
    /// A second copy of the title.
    DuplicateTitle,
    /// Author and date lines: returned as metadata, not body.
    Byline,
    /// Image captions and credits (`Foto: dpa`).
    Caption,
    /// A block in another language than the one kept.
    OtherLanguage,
    /// A block that is mostly link text.
    LinkDense,
    /// A block too short to be body, among chrome.
    TooShort,
    /// Text the page hides from readers (`hidden`, `display:none`).
    Hidden,
    /// A block outside the main content by its place in the page.
    OutsideContent,
    /// A line repeated elsewhere on the page.
    Repeated,
    /// An error or warning the site's software printed into the page
    /// (`Warning: … in /var/www/… on line 12`).
    ServerMessage,
    /// The page is a listing of other pages, so its text is not returned as
    /// a body; see
    /// [`crate::CleanerBuilder::page_types`].
    NotArticle,
}

impl Reason {
    /// A stable lower-case name (`"comment_form"`), as used in JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::Breadcrumb => "breadcrumb",
            Reason::CommentForm => "comment_form",
            Reason::Comments => "comments",
            Reason::Share => "share",
            Reason::Related => "related",
            Reason::ReadMore => "read_more",
            Reason::Pagination => "pagination",
            Reason::Tags => "tags",
            Reason::Subscribe => "subscribe",
            Reason::CookieNotice => "cookie_notice",
            Reason::Copyright => "copyright",
            Reason::Counter => "counter",
            Reason::Login => "login",
            Reason::Search => "search",
            Reason::Advertisement => "advertisement",
            Reason::SiteHeader => "site_header",
            Reason::DuplicateTitle => "duplicate_title",
            Reason::Byline => "byline",
            Reason::Caption => "caption",
            Reason::OtherLanguage => "other_language",
            Reason::LinkDense => "link_dense",
            Reason::TooShort => "too_short",
            Reason::Hidden => "hidden",
            Reason::OutsideContent => "outside_content",
            Reason::Repeated => "repeated",
            Reason::ServerMessage => "server_message",
            Reason::NotArticle => "not_article",
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A block or line left out of the body, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Removed {
    /// The (repaired) text that was removed.
    pub text: String,
    /// Why it was removed.
    pub reason: Reason,
}

/// Whether the input was read as HTML or as already-extracted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputKind {
    /// Markup: parsed into a DOM.
    Html,
    /// Text such as a WET record or a dataset row: split into lines and paragraphs.
    Text,
}

/// Why a page was read in a degraded way: HTML over a structural limit is
/// read as text (tags stripped) instead of parsed, so its cost stays linear;
/// bytes that are not text give no blocks; a page whose markup holds no body
/// takes the article text its JSON-LD declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Fallback {
    /// Elements nest deeper than [`crate::CleanerBuilder::max_depth`].
    TooDeep {
        /// The estimated depth.
        depth: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The bytes are not text (an image or archive served as a page): more
    /// than 5% of the decoded sample is control or replacement characters.
    /// The document has no blocks.
    Binary,
    /// The markup held no body (a shell that scripts fill in), and the
    /// article's text comes from the `articleBody` its JSON-LD declares,
    /// after whatever little the markup kept.
    DeclaredBody,
    /// More elements than [`crate::CleanerBuilder::max_elements`].
    TooManyElements {
        /// The estimated element count.
        elements: usize,
        /// The configured limit.
        limit: usize,
    },
}

impl Fallback {
    /// A stable lower-case name (`"too_deep"`), as used in JSON output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Fallback::TooDeep { .. } => "too_deep",
            Fallback::Binary => "binary",
            Fallback::DeclaredBody => "declared_body",
            Fallback::TooManyElements { .. } => "too_many_elements",
        }
    }
}

/// A cleaned page.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Document {
    /// The headline, once, without the site name.
    pub title: Option<String>,
    /// The main language of the body (the language of most body text).
    pub language: Option<Lang>,
    /// How the bytes were decoded, and why.
    pub detection: Detection,
    /// Whether decoding needed replacement characters (undecodable bytes).
    pub had_decode_errors: bool,
    /// How the input was read.
    pub input_kind: InputKind,
    /// The body, in document order.
    pub blocks: Vec<Block>,
    /// Everything left out, in document order, each with its reason.
    pub removed: Vec<Removed>,
    /// What text repair changed over the whole page.
    pub repairs: Repairs,
    /// Set when the page was read in a degraded way, and why.
    pub fallback: Option<Fallback>,
    /// What kind of page it is. Listings, products and forum threads have no
    /// body by default (their text is in [`Document::removed`] with
    /// [`Reason::NotArticle`]).
    pub page_type: PageType,
    /// Author, dates, site name and the rest of what the page says about
    /// itself.
    pub metadata: Metadata,
}

impl Document {
    /// The name of the encoding used to decode the input (`"windows-1251"`).
    #[must_use]
    pub fn encoding(&self) -> &'static str {
        self.detection.encoding.name()
    }

    /// The body text: blocks joined with blank lines, title excluded.
    #[must_use]
    pub fn text(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&b.text);
        }
        out
    }

    /// The body blocks' texts, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().map(|b| b.text.as_str())
    }
}
