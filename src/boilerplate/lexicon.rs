//! The multilingual chrome lexicon: phrases sites print around articles
//! (`Leave a Reply`, `Пожалуйста, введите ваш комментарий!`), keyed by
//! category, from `data/lexicon/<lang>.tsv` embedded at build time.
//!
//! A block matches when its whole normalized text is a phrase (case folded,
//! punctuation dropped, digit runs as one `0`), when it matches a phrase with
//! `*` placeholders, or, for label categories such as tags or share, when it
//! is a short line that starts with the label.
//!
//! The build script normalizes the phrases (`normalize`); the program
//! only indexes them.

use rustc_hash::FxHashMap as HashMap;

use once_cell::sync::Lazy;

use crate::document::Reason;

mod normalize;
pub(crate) use normalize::normalize;

/// `normalize(text) == target`, stopping at the first character that
/// differs.
pub(crate) fn normalizes_to(text: &str, target: &str) -> bool {
    let mut rest = target;
    normalize::normalize_into(text, &mut |c| match rest.strip_prefix(c) {
        Some(r) => {
            rest = r;
            true
        }
        None => false,
    }) && rest.is_empty()
}

include!(concat!(env!("OUT_DIR"), "/lexicon_table.rs"));

/// Longest text a `*` placeholder stands for, in characters.
const MAX_PLACEHOLDER: usize = 60;
/// Longest line, in words, matched by its leading label (`Tags: a, b, c`).
const MAX_LABELLED_WORDS: usize = 16;

struct Pattern {
    pieces: &'static [&'static str],
    reason: Reason,
}

struct Lexicon {
    exact: HashMap<&'static str, Reason>,
    patterns: Vec<Pattern>,
    /// Patterns by their first fixed word (those that start with fixed text).
    by_first: HashMap<String, Vec<u32>>,
    /// Patterns by their last fixed word (those that start with `*`).
    by_last: HashMap<String, Vec<u32>>,
    /// Patterns that start and end with `*` (`* thoughts on “*”`): no
    /// first or last word to find them by.
    floating: Vec<u32>,
    languages: usize,
}

fn reason_of(category: &str) -> Option<Reason> {
    Some(match category {
        "navigation" => Reason::Navigation,
        "comment_form" => Reason::CommentForm,
        "share" => Reason::Share,
        "related" => Reason::Related,
        "read_more" => Reason::ReadMore,
        "pagination" => Reason::Pagination,
        "tags" | "categories" => Reason::Tags,
        "subscribe" => Reason::Subscribe,
        "cookie" => Reason::CookieNotice,
        "copyright" => Reason::Copyright,
        "counter" => Reason::Counter,
        "login" => Reason::Login,
        "search" => Reason::Search,
        "breadcrumb" => Reason::Breadcrumb,
        "advertisement" => Reason::Advertisement,
        "site_header" => Reason::SiteHeader,
        "byline" => Reason::Byline,
        _ => return None,
    })
}

/// Categories whose phrases are labels that start a longer chrome line.
fn is_label(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::Tags
            | Reason::Share
            | Reason::Related
            | Reason::Breadcrumb
            | Reason::Byline
            | Reason::Counter
    )
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut exact = HashMap::default();
    exact.reserve(EXACT.len());
    for &(phrase, cat) in EXACT {
        if let Some(reason) = reason_of(cat) {
            exact.entry(phrase).or_insert(reason);
        }
    }
    let patterns: Vec<Pattern> = PATTERNS
        .iter()
        .filter_map(|&(pieces, cat)| reason_of(cat).map(|reason| Pattern { pieces, reason }))
        .collect();
    let mut by_first: HashMap<String, Vec<u32>> = HashMap::default();
    let mut by_last: HashMap<String, Vec<u32>> = HashMap::default();
    let mut floating = Vec::new();
    for (i, p) in patterns.iter().enumerate() {
        let first = p
            .pieces
            .first()
            .and_then(|f| f.split(' ').next())
            .unwrap_or("");
        if first.is_empty() {
            let last = p
                .pieces
                .last()
                .and_then(|l| l.rsplit(' ').next())
                .unwrap_or("");
            if last.is_empty() {
                floating.push(i as u32);
            } else {
                by_last.entry(last.to_owned()).or_default().push(i as u32);
            }
        } else {
            by_first.entry(first.to_owned()).or_default().push(i as u32);
        }
    }
    Lexicon {
        exact,
        patterns,
        by_first,
        by_last,
        floating,
        languages: LANGUAGES,
    }
});

/// The chrome category of a whole block, if the lexicon knows it.
#[must_use]
pub fn lookup(text: &str) -> Option<Reason> {
    if text.chars().count() > 400 {
        return None;
    }
    let norm = normalize_block(text);
    if norm.is_empty() {
        return None;
    }
    let lex = &*LEXICON;
    if let Some(r) = lex.exact.get(norm.as_str()) {
        return Some(*r);
    }
    let first = norm.split_once(' ').map_or(norm.as_str(), |(f, _)| f);
    let last = norm.rsplit_once(' ').map_or(norm.as_str(), |(_, l)| l);
    let candidates = lex
        .by_first
        .get(first)
        .into_iter()
        .chain(lex.by_last.get(last))
        .flatten();
    for &i in candidates {
        let p = &lex.patterns[i as usize];
        if matches_pattern(&norm, p.pieces, MIN_FIXED_SHARE) {
            return Some(p.reason);
        }
    }
    // Words are split apart only in a line short enough to be a label.
    if memchr::memchr_iter(b' ', norm.as_bytes())
        .nth(MAX_LABELLED_WORDS - 1)
        .is_some()
    {
        return None;
    }
    // A pattern with text on both sides of its fixed part (`3 thoughts on
    // “…”`) may be mostly placeholder; the line's shortness bounds it, and
    // a count alone opens it or a quotation closes it, as such headings do
    // (`Readers sent 3 responses to the survey` is a sentence, `5.3.
    // Responses to exclusion` a section).
    let quoted = text
        .trim_end()
        .ends_with(['”', '“', '"', '»', '«', '’', '\'', '」', '』']);
    let after_count = norm.strip_prefix("0 ");
    for &i in &lex.floating {
        let p = &lex.patterns[i as usize];
        let counted = p
            .pieces
            .get(1)
            .is_some_and(|fixed| after_count.is_some_and(|r| r.starts_with(fixed)));
        if (counted || quoted) && matches_pattern(&norm, p.pieces, 0.0) {
            return Some(p.reason);
        }
    }
    let words: Vec<&str> = norm.split(' ').collect();
    colon_label(text)
        .or_else(|| leading_label(&words, text))
        .or_else(|| notice_sentence(text, &words))
        .or_else(|| platform_share(&words))
        .or_else(|| menu_line(text))
}

/// Words a part of a menu line may have.
const MENU_PART_WORDS: usize = 5;

/// `Imprint | Privacy | © 2024 Jane Roe`: links of a footer or menu set
/// as one line, three or more short parts between bars or dots, at least
/// two of them known chrome phrases.
fn menu_line(text: &str) -> Option<Reason> {
    if !text.contains(['|', '·', '•', '∙']) {
        return None;
    }
    let parts: Vec<&str> = text
        .split(['|', '·', '•', '∙'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 3
        || parts
            .iter()
            .any(|p| super::word_count_upto(p, MENU_PART_WORDS + 1) > MENU_PART_WORDS)
    {
        return None;
    }
    let known = parts
        .iter()
        .filter(|p| LEXICON.exact.contains_key(normalize_block(p).as_str()))
        .count();
    (known >= 2).then_some(Reason::Navigation)
}

/// Social platforms that share bars name; a share phrase names any of them
/// (`Auf WhatsApp teilen` is `Auf Facebook teilen`).
const PLATFORMS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "pinterest",
    "linkedin",
    "reddit",
    "vk",
    "вконтакте",
    "одноклассники",
    "threads",
    "bluesky",
    "mastodon",
    "weibo",
    "微博",
    "微信",
    "wechat",
    "line",
    "viber",
    "messenger",
    "flipboard",
    "tumblr",
    "xing",
    "email",
    "e mail",
    "mail",
];

/// A short line that is a known share phrase once its platform is swapped.
fn platform_share(words: &[&str]) -> Option<Reason> {
    if words.len() > 6 {
        return None;
    }
    let lex = &*LEXICON;
    for (i, w) in words.iter().enumerate() {
        if PLATFORMS.contains(w) && *w != "facebook" {
            let mut swapped: Vec<&str> = words.to_vec();
            swapped[i] = "facebook";
            if lex.exact.get(swapped.join(" ").as_str()) == Some(&Reason::Share) {
                return Some(Reason::Share);
            }
        }
    }
    None
}

/// Categories whose phrases make a notice when they stand as a sentence of
/// their own inside a line (`All rights reserved. Reproduction only with a
/// link.`).
fn is_notice(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::Copyright
            | Reason::Subscribe
            | Reason::CookieNotice
            | Reason::CommentForm
            | Reason::Login
    )
}

/// Words a line holding a notice may have.
const MAX_NOTICE_WORDS: usize = 30;
/// Words a subscription prompt may add after its known opening.
const PROMPT_EXTRA_WORDS: usize = 10;

/// A short line in which a notice phrase stands as a sentence or segment of
/// its own (`© 2024 Gazette. All rights reserved.`), or that opens with a
/// subscription prompt of three or more words (`Subscribe to our newsletter
/// and get …`). A phrase merely opening a sentence of prose (`All rights
/// reserved, it said on every record sleeve.`) does not count.
fn notice_sentence(text: &str, words: &[&str]) -> Option<Reason> {
    let lex = &*LEXICON;
    if super::word_count_upto(text, MAX_NOTICE_WORDS) > MAX_NOTICE_WORDS {
        return None;
    }
    let cjk = text
        .chars()
        .any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF));
    let separator = |c: char| {
        matches!(
            c,
            '.' | '!' | '?' | '|' | '·' | '•' | ';' | '©' | '。' | '！' | '？' | '｜'
        ) || cjk && c.is_whitespace()
    };
    for segment in text.split(separator) {
        let norm = normalize_block(segment);
        if norm.split(' ').count() < 2 && super::word_count(&norm) < 4 {
            continue;
        }
        if let Some(r) = lex.exact.get(norm.as_str()).filter(|r| is_notice(**r)) {
            return Some(*r);
        }
    }
    let n = words.len();
    for k in (3..=8.min(n.saturating_sub(1))).rev() {
        if n - k > PROMPT_EXTRA_WORDS {
            continue;
        }
        if lex.exact.get(words[..k].join(" ").as_str()) == Some(&Reason::Subscribe) {
            return Some(Reason::Subscribe);
        }
    }
    None
}

/// `Tags: politics, world`, `Читайте также: …`, `分享到：微信`, `À lire
/// aussi » …`: a known phrase before a colon or guillemet labels the whole
/// line.
fn colon_label(text: &str) -> Option<Reason> {
    let end = text.char_indices().nth(48).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    let pos = head.find([':', '：', '»', '›']);
    // A spaced dash ends a label too (`ANZEIGE - …`), a hyphen does not.
    let dash = [" - ", " – "].iter().filter_map(|d| head.find(d)).min();
    let pos = match (pos, dash) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    let label = normalize_block(&text[..pos]);
    let reason = LEXICON.exact.get(label.as_str()).copied()?;
    // A menu item (`Edit`, `Home`) before a whole sentence labels a note of
    // the text (`EDIT: Thanks for all the answers!`).
    (reason != Reason::Navigation || !crate::extract::ends_sentence(&text[pos..])).then_some(reason)
}

/// `Share on Facebook Twitter`: a label of two or more words, then a few
/// more words, and no sentence.
fn leading_label(words: &[&str], text: &str) -> Option<Reason> {
    if text.trim_end().ends_with(['.', '!', '?', '。']) {
        return None;
    }
    for i in 0..words.len().min(4) {
        let rest = words.len() - (i + 1);
        if i >= 1 && (1..=4).contains(&rest) {
            let label = words[..=i].join(" ");
            if let Some(r) = LEXICON.exact.get(label.as_str()).filter(|r| is_label(**r)) {
                return Some(*r);
            }
        }
    }
    None
}

/// A block's text normalized for lookup: as [`normalize`], with stars
/// (required-field markers) dropped.
fn normalize_block(text: &str) -> String {
    let n = if memchr::memmem::find(text.as_bytes(), b"://").is_some() {
        normalize(&without_urls(text))
    } else {
        normalize(text)
    };
    if n.contains('*') {
        n.split(['*', ' '])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        n
    }
}

/// `text` with each address (`https://p.example/x7`) one word, `url`: a
/// label before an address (`Permalink https://…`) is the line's point, and
/// the address's parts are no words to weigh against it.
fn without_urls(text: &str) -> String {
    text.split_whitespace()
        .map(|t| if t.contains("://") { "url" } else { t })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Least share of a line that a pattern's fixed words must cover, so that a
/// short pattern such as `From *` does not swallow a sentence.
const MIN_FIXED_SHARE: f32 = 0.5;

/// True when `text` is the pattern with each `*` standing for a short run of
/// whole words.
fn matches_pattern(text: &str, pieces: &[&str], min_share: f32) -> bool {
    let fixed: usize = pieces.iter().map(|p| p.chars().count()).sum();
    if fixed < 4 || (fixed as f32) < min_share * text.chars().count() as f32 {
        return false;
    }
    let bytes = text.as_bytes();
    let boundary =
        |i: usize| i == 0 || i >= bytes.len() || bytes[i] == b' ' || bytes[i - 1] == b' ';
    let mut pos = 0;
    for (i, piece) in pieces.iter().enumerate() {
        let hay = &text[pos..];
        let at = if i == 0 {
            hay.starts_with(piece).then_some(0)
        } else if i + 1 == pieces.len() {
            hay.ends_with(piece).then(|| hay.len() - piece.len())
        } else {
            hay.find(piece)
        };
        let Some(at) = at else { return false };
        let start = pos + at;
        let end = start + piece.len();
        if !(piece.is_empty() || boundary(start) && boundary(end)) {
            return false;
        }
        if i > 0 && hay[..at].chars().count() > MAX_PLACEHOLDER {
            return false;
        }
        pos = end;
    }
    pos == text.len()
}

/// How many languages and phrases the lexicon holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Coverage {
    /// Language files.
    pub languages: usize,
    /// Distinct normalized phrases, with and without placeholders.
    pub phrases: usize,
}

/// The lexicon's size.
#[must_use]
pub fn coverage() -> Coverage {
    let lex = &*LEXICON;
    Coverage {
        languages: lex.languages,
        phrases: lex.exact.len() + lex.patterns.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_normalized() {
        for (text, target) in [
            ("  Leave a Reply!! ", "leave a reply"),
            ("1,234 views", "0 views"),
            ("1,234 views", "0 view"),
            ("Views", "views 0"),
            ("", ""),
            ("!!", ""),
            ("Ärger", "ärger"),
            ("A1,000.5b 'x'", "a0b x"),
            (" Name * ", "name *"),
            ("2024, 12", "0 0"),
        ] {
            let mut general = String::new();
            normalize::normalize_into(text, &mut |c| {
                general.push(c);
                true
            });
            assert_eq!(normalize(text), general);
            assert_eq!(normalizes_to(text, target), normalize(text) == target);
        }
    }

    #[test]
    fn labels_before_a_colon_or_guillemet() {
        assert_eq!(
            colon_label("À lire aussi » Comment bien dormir en été"),
            Some(Reason::Related)
        );
        assert_eq!(
            colon_label("Lesen Sie auch: Der Sommer wird heiß"),
            Some(Reason::Related)
        );
        assert_eq!(colon_label("Er sagte: Lesen Sie auch das"), None);
        assert_eq!(
            colon_label("ANZEIGE - Heute mal ausgehen? Wie wäre es mit:"),
            Some(Reason::Advertisement)
        );
        assert_eq!(colon_label("E-Mail-Adressen sind bei uns sicher"), None);
        // A menu word labels a note of the text when a sentence follows it.
        assert_eq!(
            colon_label("Edit: Home | Contact"),
            Some(Reason::Navigation)
        );
        assert_eq!(
            colon_label("EDIT: Thanks a lot for all the great posts!"),
            None
        );
    }

    #[test]
    fn menu_lines() {
        assert_eq!(
            lookup("IMPRESSUM | DATENSCHUTZ | COPYRIGHT JANE ROE | A NORTHERN PROJECT"),
            Some(Reason::Navigation)
        );
        assert_eq!(
            lookup("Home · Contact · Imprint · Our team"),
            Some(Reason::Navigation)
        );
        assert_eq!(lookup("Berlin | Hamburg | München"), None);
    }

    #[test]
    fn addresses_weigh_as_one_word() {
        assert_eq!(
            lookup("Permalink https://p.example.org/p/RPYx"),
            Some(Reason::Share)
        );
        assert_eq!(
            lookup("The full report is at https://example.org/reports/2024/harbour-wall.pdf"),
            None
        );
    }

    #[test]
    fn hosted_blog_comment_forms() {
        for line in [
            "Fill in your details below or click an icon to log in:",
            "You are commenting using your WordPress.com account.",
            "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
            "Du kommentierst mit deinem WordPress.com-Konto.",
            "( Abmelden / Ändern )",
            "Estás comentando usando tu cuenta de Twitter.",
        ] {
            assert_eq!(lookup(line), Some(Reason::CommentForm), "{line}");
        }
        assert_eq!(
            lookup("You are commenting on a story about the harbour wall."),
            None
        );
    }

    #[test]
    fn normalizes() {
        assert_eq!(normalize("  Leave a Reply!! "), "leave a reply");
        assert_eq!(normalize("1,234 views"), "0 views");
        assert_eq!(normalize("Reply to %s"), "reply to s");
        assert_eq!(normalize("Reply to *"), "reply to *");
    }

    #[test]
    fn pattern_matching() {
        let m = |t, p: &[&str]| matches_pattern(t, p, MIN_FIXED_SHARE);
        let p = ["leave a reply to", ""];
        assert!(m("leave a reply to anna", &p));
        assert!(!m("please leave a reply to anna", &p));
        let st = ["", "st"];
        assert!(!m("rain returns to the coast", &st));
        let from = ["from", ""];
        assert!(!m("from the river we walked home", &from));
    }

    #[test]
    fn patterns_open_at_both_ends() {
        assert_eq!(
            lookup("3 Responses to “Library to grow into the old school”"),
            Some(Reason::CommentForm)
        );
        assert_eq!(
            lookup("12 Gedanken zu „Neues vom Dorfbrunnen“"),
            Some(Reason::CommentForm)
        );
        assert_eq!(
            lookup("Readers sent 3 responses to the survey about the old school"),
            None
        );
        assert_eq!(lookup("5.3.3. Through social responses to exclusion"), None);
    }
}
