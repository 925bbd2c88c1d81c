//! What an element's name, class, id and role say about its content.

use scraper::node::Element;

use crate::document::{BlockKind, Reason};

/// Elements whose content is never text for readers.
pub(crate) fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "object"
            | "embed"
            | "select"
            | "option"
            | "textarea"
            | "button"
            | "input"
            | "canvas"
            | "head"
            | "title"
            | "video"
            | "audio"
            | "map"
            | "figcaption"
            | "rt"
            | "rp"
    )
}

/// Elements that end one block and start another.
pub(crate) fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "caption"
            | "form"
            | "fieldset"
            | "figure"
            | "address"
            | "hr"
            | "body"
            | "center"
            | "details"
            | "summary"
            | "menu"
            | "legend"
            | "html"
    )
}

/// The body kind an element gives its text.
pub(crate) fn kind_of(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dd" | "dt" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        "tr" => BlockKind::TableRow,
        _ => return None,
    })
}

/// True when the element hides its content from readers.
pub(crate) fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    el.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none")
            || s.contains("visibility:hidden")
            || s.contains("left:-9999px")
            || s.contains("text-indent:-9999")
    })
}

/// A structural reason to drop an element's content, and whether it is
/// decisive (`hard`).
pub(crate) fn element_hint(name: &str, el: &Element) -> Option<(Reason, bool)> {
    match name {
        "nav" | "menu" => return Some((Reason::Navigation, true)),
        "footer" => return Some((Reason::Copyright, true)),
        "aside" => return Some((Reason::Related, false)),
        "form" => return Some((Reason::CommentForm, false)),
        _ => {}
    }
    if let Some(role) = el.attr("role") {
        match role {
            "navigation" | "menubar" | "menu" => return Some((Reason::Navigation, true)),
            "contentinfo" => return Some((Reason::Copyright, true)),
            "complementary" => return Some((Reason::Related, false)),
            "banner" => return Some((Reason::SiteHeader, false)),
            _ => {}
        }
    }
    if names_content(el) {
        return None;
    }
    let mut best = None;
    for token in el.classes().chain(el.id()) {
        if let Some(h) = token_hint(token) {
            // Hard hints win over soft ones.
            if best.is_none_or(|(_, hard): (Reason, bool)| !hard && h.1) {
                best = Some(h);
            }
        }
    }
    best
}

/// The lowercase words of a class or id token: split at punctuation and at
/// camel-case humps (`shareBar_top` -> `share`, `bar`, `top`).
fn words(token: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in token.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Word stems (matched at the start of a word) that name chrome.
const STEMS: &[(&str, Reason, bool)] = &[
    ("cookie", Reason::CookieNotice, true),
    ("consent", Reason::CookieNotice, true),
    ("gdpr", Reason::CookieNotice, true),
    ("comment", Reason::Comments, true),
    ("kommentar", Reason::Comments, true),
    ("commentaire", Reason::Comments, true),
    ("respond", Reason::CommentForm, true),
    ("disqus", Reason::Comments, true),
    ("breadcrumb", Reason::Breadcrumb, true),
    ("share", Reason::Share, true),
    ("sharing", Reason::Share, true),
    ("social", Reason::Share, true),
    ("related", Reason::Related, true),
    ("recommend", Reason::Related, true),
    ("popular", Reason::Related, false),
    ("newsletter", Reason::Subscribe, true),
    ("subscri", Reason::Subscribe, true),
    ("navbar", Reason::Navigation, true),
    ("navigation", Reason::Navigation, true),
    ("menu", Reason::Navigation, true),
    ("sidebar", Reason::Related, true),
    ("widget", Reason::Related, false),
    ("footer", Reason::Copyright, true),
    ("copyright", Reason::Copyright, true),
    ("advert", Reason::Advertisement, true),
    ("sponsor", Reason::Advertisement, false),
    ("promo", Reason::Advertisement, false),
    ("byline", Reason::Byline, true),
    ("author", Reason::Byline, false),
    ("dateline", Reason::Byline, true),
    ("pagination", Reason::Pagination, true),
    ("pager", Reason::Pagination, true),
    ("masthead", Reason::SiteHeader, true),
    ("login", Reason::Login, true),
    ("search", Reason::Search, false),
];

/// Whole words that name chrome.
const WORDS: &[(&str, Reason, bool)] = &[
    ("nav", Reason::Navigation, true),
    ("ad", Reason::Advertisement, true),
    ("ads", Reason::Advertisement, true),
    ("tags", Reason::Tags, true),
    ("taglist", Reason::Tags, true),
];

/// Class or id tokens that name chrome (`share-buttons`, `comment-list`).
/// Script hooks (`js-...`) say nothing about content and are ignored.
fn token_hint(token: &str) -> Option<(Reason, bool)> {
    let ws = words(token);
    let first = ws.first()?;
    if first == "js" {
        return None;
    }
    // Containers of the article body itself are not chrome even when their
    // names mention chrome words (`entry-content-share` aside).
    if ws
        .iter()
        .any(|w| w.starts_with("content") || w.starts_with("entry") || w == "articlebody")
    {
        return None;
    }
    if ws.windows(2).any(|p| p[0] == "site" && p[1] == "header") {
        return Some((Reason::SiteHeader, true));
    }
    // A layout wrapper named after a weak hint (`elementor-widget-container`)
    // holds whatever the page puts in it, the article included.
    let wrapper = ws
        .iter()
        .any(|w| matches!(w.as_str(), "container" | "wrap" | "wrapper" | "inner"));
    for w in &ws {
        for (stem, reason, hard) in STEMS {
            if w.starts_with(stem) && (*hard || !wrapper) {
                return Some((*reason, *hard));
            }
        }
        for (word, reason, hard) in WORDS {
            if w == word && (*hard || !wrapper) {
                return Some((*reason, *hard));
            }
        }
    }
    None
}

/// Elements that name the article body (`<article>`, `<main>`, `articleBody`,
/// `entry-content`): a bonus when choosing the main container.
pub(crate) fn content_bonus(name: &str, el: &Element) -> f32 {
    let mut bonus: f32 = match name {
        "article" => 1.6,
        "main" => 1.3,
        _ => 1.0,
    };
    if el.attr("itemprop") == Some("articleBody") {
        bonus = bonus.max(2.0);
    }
    if names_content(el) {
        bonus = bonus.max(1.8);
    }
    bonus
}

/// Class or id tokens that name the article body (`article-body`,
/// `entry-content`).
fn names_content(el: &Element) -> bool {
    el.classes().chain(el.id()).any(|token| {
        let t = token.to_ascii_lowercase();
        [
            "article-body",
            "articlebody",
            "entry-content",
            "post-content",
            "story-body",
            "article-content",
            "post-body",
            "article__body",
            "td-post-content",
            "field-body",
        ]
        .iter()
        .any(|k| t.contains(k))
    })
}
