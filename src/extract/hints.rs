//! What an element's name, class, id and role say about its content.

use rustc_hash::FxHashMap;
use scraper::node::Element;

use crate::document::{BlockKind, Reason};

/// The attributes the hints read, found in one pass over an element's
/// attributes (string compares, no atom interning or hashing per lookup).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Attrs<'a> {
    /// `class`, unsplit.
    class: Option<&'a str>,
    /// `id`.
    id: Option<&'a str>,
    /// `role`.
    role: Option<&'a str>,
    /// `style`.
    style: Option<&'a str>,
    /// `itemprop`.
    itemprop: Option<&'a str>,
    /// `aria-hidden`.
    aria_hidden: Option<&'a str>,
    /// `hidden` is present.
    hidden: bool,
    /// A class or id token names the article body
    /// ([`TokenHints::mark_content`]; `false` until it is called).
    content: bool,
    /// An inline element that a class token names a pop-up shown on hover
    /// ([`is_popup_word`]; `false` until [`TokenHints::mark_content`] is
    /// called).
    popup: bool,
    /// The element is not block-level.
    inline: bool,
    /// A class token names the element as the article's lead paragraph
    /// ([`is_lead_word`]; set by [`TokenHints::mark_content`]).
    lead: bool,
    /// The hint of the class tokens ([`TokenHints::class`]; set by
    /// [`TokenHints::mark_content`]).
    class_hint: Option<(Reason, bool)>,
    /// The hint of the id as a token (set by [`TokenHints::mark_content`]
    /// when no class token names the article body).
    id_hint: Option<(Reason, bool)>,
}

impl<'a> Attrs<'a> {
    /// The attributes of `el` that the hints read. Like [`Element::attr`],
    /// only attributes without a namespace count (`class` and `id` as
    /// [`Element::classes`] and [`Element::id`] read them, from any).
    pub(crate) fn of(el: &'a Element) -> Self {
        let mut a = Attrs::default();
        for (name, value) in &el.attrs {
            let local: &str = &name.local;
            let value: &'a str = value;
            match local {
                "class" => {
                    a.class.get_or_insert(value);
                }
                "id" => {
                    a.id.get_or_insert(value);
                }
                _ if !name.ns.is_empty() => {}
                "role" => a.role = Some(value),
                "style" => a.style = Some(value),
                "itemprop" => a.itemprop = Some(value),
                "aria-hidden" => a.aria_hidden = Some(value),
                "hidden" => a.hidden = true,
                _ => {}
            }
        }
        a.inline = !is_block(el.name());
        a
    }

    /// A class token names the element as the article's lead paragraph.
    pub(crate) fn is_lead(&self) -> bool {
        self.lead
    }

    /// The element is block-level ([`is_block`]).
    pub(crate) fn is_block(&self) -> bool {
        !self.inline
    }

    /// An inline element named as a hover pop-up or its trigger.
    pub(crate) fn is_popup(&self) -> bool {
        self.popup
    }

    /// The first token of the `class` attribute.
    pub(crate) fn first_class(&self) -> Option<&'a str> {
        self.class.and_then(|c| c.split_ascii_whitespace().next())
    }
}

/// Elements whose content is never text for readers.
pub(crate) fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "annotation"
            | "annotation-xml"
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
            | "rt"
            | "rp"
    )
}

/// A MathML token (identifier, number, operator, text): its text is one
/// word of the formula, set apart from its neighbours by a space.
pub(crate) fn is_math_token(el: &scraper::node::Element) -> bool {
    matches!(el.name(), "mi" | "mn" | "mo" | "ms" | "mtext")
        && &*el.name.ns == "http://www.w3.org/1998/Math/MathML"
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
pub(crate) fn is_hidden(el: &Attrs<'_>) -> bool {
    if el.hidden || el.aria_hidden == Some("true") {
        return true;
    }
    el.style.is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        s.contains("display:none")
            || s.contains("visibility:hidden")
            || s.contains("left:-9999px")
            || s.contains("text-indent:-9999")
    })
}

/// Hints of the class and id tokens seen so far on a page, and whether each
/// names the article body: sites repeat the same few tokens on many
/// elements. The same for whole class values, which sites repeat as well.
pub(crate) struct TokenHints<'a> {
    tokens: FxHashMap<&'a str, TokenFacts>,
    classes: FxHashMap<&'a str, ClassFacts>,
}

/// Distinct tokens and class values a page is sized for (a few hundred).
const PAGE_TOKENS: usize = 512;

impl Default for TokenHints<'_> {
    fn default() -> Self {
        TokenHints {
            tokens: FxHashMap::with_capacity_and_hasher(PAGE_TOKENS, Default::default()),
            classes: FxHashMap::with_capacity_and_hasher(PAGE_TOKENS, Default::default()),
        }
    }
}

/// What the tokens of one class value say: their hint ([`TokenHints::class`]),
/// whether one names the article body, the lead paragraph or a pop-up.
#[derive(Clone, Copy)]
struct ClassFacts {
    hint: Option<(Reason, bool)>,
    content: bool,
    lead: bool,
    popup: bool,
}

/// Tokens remembered per thread before the memo starts over.
const MEMO_TOKENS: usize = 50_000;

thread_local! {
    /// The facts of the class and id tokens of the pages seen so far: a
    /// token's facts depend on nothing else.
    static SEEN_TOKENS: std::cell::RefCell<FxHashMap<Box<str>, TokenFacts>> =
        std::cell::RefCell::new(FxHashMap::default());
}

/// What one class or id token says.
#[derive(Clone, Copy)]
struct TokenFacts {
    /// Its hint ([`token_hint`]).
    hint: Option<(Reason, bool)>,
    /// It names the article body ([`token_names_content`]).
    content: bool,
    /// A word of it names the lead paragraph ([`is_lead_word`]).
    lead: bool,
    /// A word of it names a hover pop-up ([`is_popup_word`]).
    popup: bool,
}

impl TokenFacts {
    fn of(token: &str) -> TokenFacts {
        // The lead and pop-up names are read from the words of an ASCII
        // split, of any token; the hint from the same split when the token
        // is ASCII.
        let fast = ascii_words(token);
        let hint = match &fast {
            Some((ws, n)) if token.is_ascii() => hint_of_words(&ws[..*n]),
            _ => token_hint(token),
        };
        let words = fast.as_ref().map_or(&[][..], |(ws, n)| &ws[..*n]);
        TokenFacts {
            hint,
            content: token_names_content(token),
            lead: words.iter().any(|w| is_lead_word(w)),
            popup: words.iter().any(|w| is_popup_word(w)),
        }
    }
}

impl<'a> TokenHints<'a> {
    fn entry(&mut self, token: &'a str) -> TokenFacts {
        *self.tokens.entry(token).or_insert_with(|| {
            // Pages of a site, and sites built on one framework, share their
            // tokens: the facts of tokens seen on earlier pages are kept too.
            SEEN_TOKENS.with_borrow_mut(|seen| {
                if let Some(f) = seen.get(token) {
                    return *f;
                }
                if seen.len() >= MEMO_TOKENS {
                    seen.clear();
                }
                let f = TokenFacts::of(token);
                seen.insert(token.into(), f);
                f
            })
        })
    }

    /// The facts of a whole class value, from those of its tokens.
    fn class(&mut self, class: &'a str) -> ClassFacts {
        if let Some(f) = self.classes.get(class) {
            return *f;
        }
        let mut facts = ClassFacts {
            hint: None,
            content: false,
            lead: false,
            popup: false,
        };
        // Picking the least class token among the hard hints (else the soft
        // ones) gives the first in sorted order without sorting.
        let mut best: Option<(&str, (Reason, bool))> = None;
        for token in class.split_ascii_whitespace() {
            let f = self.entry(token);
            if let Some(h) = f.hint
                && best.is_none_or(|(t, (_, hard))| (!h.1, token) < (!hard, t))
            {
                best = Some((token, h));
            }
            facts.content |= f.content;
            facts.lead |= f.lead;
            facts.popup |= f.popup;
        }
        facts.hint = best.map(|(_, h)| h);
        self.classes.insert(class, facts);
        facts
    }

    /// Sets [`Attrs::content`]: whether a class or id token of `el` names
    /// the article body; and [`Attrs::is_popup`].
    pub(crate) fn mark_content(&mut self, el: &mut Attrs<'a>) {
        let class = el.class.map(|c| (c, self.class(c)));
        let class_content = class.is_some_and(|(_, f)| f.content);
        let id = if class_content {
            None
        } else {
            el.id.map(|id| self.entry(id))
        };
        el.content = class_content || id.is_some_and(|f| f.content);
        el.class_hint = class.and_then(|(_, f)| f.hint);
        el.lead = class.is_some_and(|(_, f)| f.lead);
        el.id_hint = id.and_then(|f| f.hint);
        el.popup = el.inline && class.is_some_and(|(_, f)| f.popup);
    }
}

/// A structural reason to drop an element's content, and whether it is
/// decisive (`hard`). `memo` remembers the page's class and id tokens.
pub(crate) fn element_hint(name: &str, el: &Attrs<'_>) -> Option<(Reason, bool)> {
    match name {
        "nav" | "menu" => return Some((Reason::Navigation, true)),
        "footer" => return Some((Reason::Copyright, true)),
        "aside" => return Some((Reason::Related, false)),
        "form" => return Some((Reason::CommentForm, false)),
        _ => {}
    }
    if let Some(role) = el.role {
        match role {
            "navigation" | "menubar" | "menu" => return Some((Reason::Navigation, true)),
            "contentinfo" => return Some((Reason::Copyright, true)),
            "complementary" => return Some((Reason::Related, false)),
            "banner" => return Some((Reason::SiteHeader, false)),
            _ => {}
        }
    }
    if el.content {
        return None;
    }
    if el.class.is_some_and(author_box) {
        return Some((Reason::Byline, true));
    }
    // Classes are taken in sorted order, then the id; the first hard hint
    // wins, else the first soft one (as [`TokenHints::mark_content`] found
    // them).
    let best = el.class_hint;
    // An id made from a heading names no role (read only when it hints).
    let id_hint = el.id_hint.filter(|_| el.id.is_some_and(|id| !is_slug(id)));
    match id_hint {
        Some(h) if best.is_none_or(|(_, hard)| !hard && h.1) => Some(h),
        _ => best,
    }
}

/// Words that, beside an `author` word in the same class attribute, name
/// a box about the author (also as a word's end: `authorbox`, `abh_box`).
const AUTHOR_BOX: &[&str] = &["bio", "box", "about", "profile", "card", "description"];

/// A box about the author (`author-bio`, `vcard author about-tab`,
/// `authorbox`): the site's, whatever it says, and never the article's.
fn author_box(class: &str) -> bool {
    if !contains_ci(class.as_bytes(), b"author") {
        return false;
    }
    let ws = words(class);
    let author = ws
        .iter()
        .any(|w| w.starts_with("author") && !w.starts_with("authori"));
    author
        && ws.iter().any(|w| {
            AUTHOR_BOX
                .iter()
                .any(|k| w == k || w.len() > k.len() + 3 && w.ends_with(k))
        })
}

/// Words from which an id may be a heading's slug rather than a name for
/// the element's role.
const SLUG_WORDS: usize = 5;

/// Function words that names for a role do not use but headings do.
const SLUG_FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "with", "of", "to", "and", "for", "in", "on", "how", "what", "is", "der",
    "die", "das", "und", "mit", "le", "la", "les", "et", "de", "des", "el", "los", "y", "con",
];

/// An id made from a heading (`sharing-with-a-single-developer`, as
/// documentation generators and many editors write them): its words are
/// the heading's, not a name for chrome.
fn is_slug(id: &str) -> bool {
    let mut n = 0;
    let mut function = false;
    for w in id.split(['-', '_']).filter(|w| !w.is_empty()) {
        n += 1;
        function |= SLUG_FUNCTION_WORDS.contains(&w);
    }
    n >= SLUG_WORDS && function && !id.bytes().any(|b| b.is_ascii_uppercase())
}

/// Up to this many words of a class or id token are split without
/// allocating; longer tokens take the general path.
const MAX_FAST_WORDS: usize = 16;

/// The words of an ASCII token as [`words`] splits them, as slices of the
/// token in its own case; `None` past [`MAX_FAST_WORDS`].
fn ascii_words(token: &str) -> Option<([&str; MAX_FAST_WORDS], usize)> {
    let b = token.as_bytes();
    let mut out = [""; MAX_FAST_WORDS];
    let mut n = 0;
    let mut start = 0;
    let mut prev_lower = false;
    let mut push = |from: usize, to: usize, n: &mut usize| -> bool {
        if from < to {
            if *n == MAX_FAST_WORDS {
                return false;
            }
            out[*n] = &token[from..to];
            *n += 1;
        }
        true
    };
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !push(start, i, &mut n) {
                return None;
            }
            start = i + 1;
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && start < i {
            if !push(start, i, &mut n) {
                return None;
            }
            start = i;
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    if !push(start, b.len(), &mut n) {
        return None;
    }
    Some((out, n))
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
    ("caption", Reason::Caption, false),
    ("trending", Reason::Related, true),
];

/// The indexes into [`STEMS`] of the stems that start with each byte, in
/// list order: a word is compared only with stems of its first letter.
static STEMS_BY_FIRST: once_cell::sync::Lazy<Vec<Vec<usize>>> = once_cell::sync::Lazy::new(|| {
    let mut by_first = vec![Vec::new(); 256];
    for (i, (stem, _, _)) in STEMS.iter().enumerate() {
        by_first[usize::from(stem.as_bytes()[0])].push(i);
    }
    by_first
});

/// Whole words that name chrome.
const WORDS: &[(&str, Reason, bool)] = &[
    ("nav", Reason::Navigation, true),
    ("ad", Reason::Advertisement, true),
    ("ads", Reason::Advertisement, true),
    ("tags", Reason::Tags, true),
    ("taglist", Reason::Tags, true),
    ("modal", Reason::Hidden, true),
    ("dialog", Reason::Hidden, true),
    ("popup", Reason::Hidden, true),
    ("lightbox", Reason::Hidden, true),
];

/// Class or id tokens that name chrome (`share-buttons`, `comment-list`).
/// Script hooks (`js-...`) say nothing about content and are ignored.
fn token_hint(token: &str) -> Option<(Reason, bool)> {
    if token.is_ascii()
        && let Some((ws, n)) = ascii_words(token)
    {
        return hint_of_words(&ws[..n]);
    }
    let ws = words(token);
    let ws: Vec<&str> = ws.iter().map(String::as_str).collect();
    hint_of_words(&ws)
}

/// `word` (any ASCII case) starts with the lowercase `stem`.
fn starts_ci(word: &str, stem: &str) -> bool {
    word.len() >= stem.len() && word.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
}

/// [`token_hint`] over the token's words, which are lowercase or ASCII in
/// any case (every word compared against is lowercase ASCII).
fn hint_of_words(ws: &[&str]) -> Option<(Reason, bool)> {
    let first = ws.first()?;
    if first.eq_ignore_ascii_case("js") {
        return None;
    }
    // Containers of the article body itself are not chrome even when their
    // names mention chrome words (`entry-content-share` aside).
    // Nor are embedded posts quoted in the article (`social-media-embed`),
    // nor guidelines and instructions, a document of their own whatever
    // they are for (`author_guidelines` on a journal's submission page).
    if ws.iter().any(|w| {
        starts_ci(w, "content")
            || starts_ci(w, "entry")
            || w.eq_ignore_ascii_case("articlebody")
            || starts_ci(w, "embed")
            || w.eq_ignore_ascii_case("oembed")
            || starts_ci(w, "guideline")
            || w.eq_ignore_ascii_case("instructions")
    }) {
        return None;
    }
    if ws
        .windows(2)
        .any(|p| p[0].eq_ignore_ascii_case("site") && p[1].eq_ignore_ascii_case("header"))
    {
        return Some((Reason::SiteHeader, true));
    }
    // An element with a context menu attached (`CtxtMenu_Attached`, as
    // MathJax marks every formula) is content, not a menu.
    if ws.windows(2).any(|p| {
        (p[0].eq_ignore_ascii_case("ctxt") || p[0].eq_ignore_ascii_case("context"))
            && p[1].eq_ignore_ascii_case("menu")
    }) {
        return None;
    }
    // A layout wrapper named after a weak hint (`elementor-widget-container`)
    // holds whatever the page puts in it, the article included; so do the
    // text blocks of a page builder that calls every block a widget
    // (`elementor-widget`, `elementor-widget-text-editor`), unlike its
    // lists of posts (`elementor-widget-posts`).
    let builder_text = first.eq_ignore_ascii_case("elementor")
        && ws.get(2).is_none_or(|kind| {
            ["text", "heading", "image", "video", "theme"]
                .iter()
                .any(|k| kind.eq_ignore_ascii_case(k))
        });
    let wrapper = builder_text
        || ws.iter().any(|w| {
            ["container", "wrap", "wrapper", "inner"]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
        });
    // Live coverage is written as a stream of comments
    // (`live-match-comment`): the reporter's, not the readers'.
    let live = ws.iter().any(|w| {
        ["live", "liveblog", "liveticker", "ticker"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
    });
    let by_first = &*STEMS_BY_FIRST;
    for w in ws {
        let first = w.as_bytes()[0].to_ascii_lowercase();
        for &i in &by_first[usize::from(first)] {
            let (stem, reason, hard) = &STEMS[i];
            if live && *reason == Reason::Comments {
                continue;
            }
            if starts_ci(w, stem) && (*hard || !wrapper) {
                return Some((*reason, *hard));
            }
        }
        for (word, reason, hard) in WORDS {
            if w.eq_ignore_ascii_case(word) && (*hard || !wrapper) {
                return Some((*reason, *hard));
            }
        }
    }
    None
}

/// Elements that name the article body (`<article>`, `<main>`, `articleBody`,
/// `entry-content`): a bonus when choosing the main container.
pub(crate) fn content_bonus(name: &str, el: &Attrs<'_>) -> f32 {
    let mut bonus: f32 = match name {
        "article" => 1.6,
        "main" => 1.3,
        _ => 1.0,
    };
    if el.itemprop == Some("articleBody") {
        bonus = bonus.max(2.0);
    }
    if el.content {
        bonus = bonus.max(1.8);
    }
    bonus
}

/// Whether `hay` contains the lowercase ASCII `needle`, in any ASCII case.
/// Windows are compared whole only where the first byte matches.
fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    hay.len() >= needle.len()
        && hay
            .windows(needle.len())
            .any(|w| w[0].to_ascii_lowercase() == first && w.eq_ignore_ascii_case(needle))
}

/// Words of class tokens that name the article's lead paragraph (the
/// standfirst under the headline that opens the story, in the names
/// newsrooms give it), as opposed to a deck or summary.
const LEAD_WORDS: &[&str] = &[
    "lead",
    "lede",
    "intro",
    "introtext",
    "leadtext",
    "standfirst",
    "teasertext",
    "bajada",
    "chapeau",
    "chapo",
    "entradilla",
    "vorspann",
];

/// A word of a class token that names the element as the article's lead
/// paragraph (`lead teasertext`, `intro-text`, `texto-bajada`).
fn is_lead_word(w: &str) -> bool {
    LEAD_WORDS.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// Word stems of class tokens that name a card shown only on hover (a
/// person's profile card inside a sentence).
const POPUP_STEMS: &[&str] = &["tooltip", "popover", "hovercard", "rollover"];

/// A word of a class token that names a hover pop-up
/// (`rollover-people-block`, `tooltip-content`).
fn is_popup_word(w: &str) -> bool {
    POPUP_STEMS.iter().any(|s| starts_ci(w, s))
}

/// A class or id token that names the article body (`article-body`,
/// `entry-content`).
fn token_names_content(token: &str) -> bool {
    {
        let t = token.as_bytes();
        // The hAtom microformat's entry (`hentry`), as blog engines mark
        // a post.
        if t.eq_ignore_ascii_case(b"hentry") {
            return true;
        }
        // Every name below contains `body` or `content`.
        (contains_ci(t, b"body") || contains_ci(t, b"content"))
            && [
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
            .any(|k| contains_ci(t, k.as_bytes()))
    }
}
