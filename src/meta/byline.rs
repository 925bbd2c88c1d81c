//! Authors and dates written in the page itself: `rel="author"` links,
//! `itemprop="author"`, elements named `byline` or `author`, `<time>`
//! elements and date lines; and the cleaning of a byline into names
//! (`By Ana Ruiz | 14 January 2022` -> `Ana Ruiz`).

use scraper::{ElementRef, Html, Node};

use super::attrs::{attr, classes};
use super::dates::{self, Date};

/// Longest byline element text read, in characters.
const MAX_BYLINE_CHARS: usize = 160;
/// Most words a name list may have.
const MAX_NAME_WORDS: usize = 10;

/// Leading words that introduce a name (`By`, `Von`, `Par`, `Автор:`).
const PREFIXES: &[&str] = &[
    "written by",
    "posted by",
    "published by",
    "story by",
    "words by",
    "text by",
    "reported by",
    "reporting by",
    "analysis by",
    "opinion by",
    "commentary by",
    "interview by",
    "review by",
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "przez",
    "autor",
    "autorin",
    "autore",
    "auteur",
    "author",
    "autora",
    "yazar",
    "автор",
    "авторы",
    "текст",
    "text",
    "texte",
    "texto",
    "tekst",
    "redaktion",
    "作者",
    "文",
    "记者",
    "記者",
    "撰文",
    "글",
    "기자",
];

/// Class or id words that name a byline or author element.
const AUTHOR_WORDS: &[&str] = &[
    "author",
    "authors",
    "byline",
    "byl",
    "autor",
    "auteur",
    "authorname",
    "writer",
];
/// Words that, next to an author word, name something about the author.
const NOT_AUTHOR_WORDS: &[&str] = &[
    "bio",
    "avatar",
    "photo",
    "image",
    "img",
    "about",
    "desc",
    "description",
    "box",
    "follow",
    "social",
    "more",
    "info",
    "card",
];

/// Class or id words that name a byline or author element.
/// Every author word contains one of these, and so does, in any ASCII
/// case, a token holding one (no character outside ASCII lowercases to
/// their letters).
const AUTHOR_STEMS: &[&str] = &["aut", "byl", "writer"];
const AUTHOR_FIRST: [bool; 256] = super::shape::first_bytes(AUTHOR_STEMS);

fn names_author(el: &scraper::node::Element) -> bool {
    classes(el).chain(el.id()).any(|t| {
        if !super::shape::contains_any_ci(t, AUTHOR_STEMS, &AUTHOR_FIRST) {
            return false;
        }
        if t.is_ascii() {
            // ASCII words compared in place (the word lists are lowercase
            // ASCII), camel case split too (`FeatureByline`, `authorBio`).
            let has = |list: &[&str]| {
                t.split(|c: char| !c.is_ascii_alphanumeric())
                    .flat_map(camel_words)
                    .any(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
            };
            return has(AUTHOR_WORDS) && !has(NOT_AUTHOR_WORDS);
        }
        let ws: Vec<String> = t
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .collect();
        ws.iter().any(|w| AUTHOR_WORDS.contains(&w.as_str()))
            && !ws.iter().any(|w| NOT_AUTHOR_WORDS.contains(&w.as_str()))
    })
}

/// An ASCII word and, when it is in camel case, its parts: `FeatureByline`
/// gives itself, `Feature` and `Byline`.
fn camel_words(w: &str) -> impl Iterator<Item = &str> {
    let b = w.as_bytes();
    let cuts: Vec<usize> = (1..b.len())
        .filter(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase())
        .collect();
    let parts = (!cuts.is_empty()).then(|| {
        std::iter::once(0)
            .chain(cuts.clone())
            .zip(cuts.into_iter().chain(std::iter::once(b.len())))
            .map(move |(s, e)| &w[s..e])
    });
    std::iter::once(w).chain(parts.into_iter().flatten())
}

/// Class or id words that name a date element.
fn names_date(el: &scraper::node::Element) -> bool {
    const DATE_WORDS: &[&str] = &[
        "date", "time", "publish", "posted", "byline", "dateline", "meta", "datum", "fecha", "data",
    ];
    const DATE_FIRST: [bool; 256] = super::shape::first_bytes(DATE_WORDS);
    const CHANGED: &[&str] = &["update", "modif"];
    const CHANGED_FIRST: [bool; 256] = super::shape::first_bytes(CHANGED);
    // Searched in any ASCII case, in place.
    classes(el).chain(el.id()).any(|t| {
        super::shape::contains_any_ci(t, DATE_WORDS, &DATE_FIRST)
            && !super::shape::contains_any_ci(t, CHANGED, &CHANGED_FIRST)
    })
}

fn text_of(el: ElementRef<'_>) -> String {
    el.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Strips a leading introducer and cuts at the first separator or date.
/// A user handle (`CC7567`, a word that runs on into digits) is no name:
/// `None`, so that a name elsewhere on the page is taken instead.
#[must_use]
pub fn clean_name(raw: &str) -> Option<String> {
    let mut s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let lower = s.to_lowercase();
        let Some(p) = PREFIXES.iter().find(|p| {
            // Italian `di` is also a surname particle (`Di Maria`): only its
            // lower-case form counts.
            let strict = **p == "di";
            let source = if strict { s.as_str() } else { lower.as_str() };
            source.starts_with(*p)
                && lower[p.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_whitespace() || matches!(c, ':' | '/' | '：' | '|'))
        }) else {
            break;
        };
        s = s[p.len()..]
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '/' | '：' | '|'))
            .to_owned();
    }
    let digit = s.find(|c: char| c.is_ascii_digit());
    if digit.is_some_and(|d| s[..d].chars().next_back().is_some_and(char::is_alphabetic)) {
        return None;
    }
    // A nickname or middle names in brackets inside a name (`Richard
    // (R.J.) Eskow`) are part of it; brackets that end it (`(Reuters)`,
    // `(@handle)`) are not.
    let inner_brackets = s.find('(').is_some_and(|p| {
        s[p..].find(')').is_some_and(|q| {
            let rest = s[p + q + 1..].trim();
            !rest.is_empty()
                && rest.split_whitespace().count() <= 2
                && rest.split_whitespace().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                })
        })
    });
    let cut = s
        .find(|c: char| {
            matches!(c, '|' | '•' | '·' | '—' | '\n' | '/' | '–' | '@')
                || c == '(' && !inner_brackets
        })
        .or(digit)
        .or_else(|| s.find(" - "))
        .unwrap_or(s.len());
    let at_date = digit == Some(cut);
    let mut s = s[..cut]
        .trim()
        .trim_end_matches([',', ';', ':', '-'])
        .trim();
    // Cut at a date: `Joshua Sokol May 17, 2017` loses its month, and
    // `Claire Dubois, le 5 août` or `Ana Ruiz on 14 May` the short
    // lower-case word before the date.
    if at_date
        && let Some((head, last)) = s.rsplit_once(char::is_whitespace)
        && (dates::is_month(last.trim_end_matches('.'))
            || last.chars().count() <= 4 && last.chars().all(char::is_lowercase))
    {
        s = head.trim_end_matches([',', ';', ':', '-', ' ']);
    }
    let words = s.split_whitespace().count();
    let ok = !s.is_empty()
        && words <= MAX_NAME_WORDS
        && !s.contains("http")
        && s.chars().any(char::is_alphabetic)
        && s.chars().count() >= 2;
    ok.then(|| s.to_owned())
}

/// Words joining two names (`Ana Ruiz and Li Wei`).
const JOINERS: &[&str] = &[
    " and ", " et ", " und ", " y ", " e ", " i ", " и ", " ve ", " en ", " och ", " og ", "、",
    ";", " · ",
];

/// The names in a byline: cleaned, then split at commas and joining words.
/// A comma after a single word is kept (`Jong, Michiel de` is one name in
/// `Last, First` order).
#[must_use]
pub(crate) fn names(raw: &str) -> Vec<String> {
    let Some(s) = clean_name(raw) else {
        return Vec::new();
    };
    let mut parts = vec![s];
    for j in JOINERS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(j))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
    }
    let out: Vec<String> = parts
        .iter()
        .flat_map(|p| {
            let pieces: Vec<&str> = p
                .split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .collect();
            if pieces.iter().all(|x| x.split_whitespace().count() >= 2) {
                pieces.into_iter().map(str::to_owned).collect()
            } else {
                vec![p.clone()]
            }
        })
        .collect();
    out
}

/// A name found in the page's markup, best source first.
pub(crate) fn author_in_dom(doc: &Html) -> Option<String> {
    let mut itemprop = None;
    let mut rel = None;
    let mut named = None;
    for node in doc.root_element().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let v = el.value();
        if matches!(
            v.name(),
            "script" | "style" | "meta" | "link" | "head" | "noscript"
        ) {
            continue;
        }
        if itemprop.is_none() && matches!(attr(v, "itemprop"), Some("author" | "creator")) {
            let name = el
                .descendants()
                .filter_map(ElementRef::wrap)
                .find(|e| attr(e.value(), "itemprop") == Some("name"))
                .map(|e| attr(e.value(), "content").map_or_else(|| text_of(e), str::to_owned))
                .or_else(|| attr(v, "content").map(str::to_owned))
                .unwrap_or_else(|| text_of(el));
            itemprop = short(&name).and_then(|n| clean_name(&n));
            // The marked author wins over any other: the rest is not read.
            if itemprop.is_some() {
                break;
            }
        }
        if rel.is_none()
            && v.name() == "a"
            && attr(v, "rel").is_some_and(|r| r.split_whitespace().any(|x| x == "author"))
        {
            rel = short(&text_of(el)).and_then(|n| clean_name(&n));
        }
        if named.is_none() && names_author(v) {
            named = short(&text_of(el))
                .and_then(|n| clean_name(&n))
                .filter(|n| plausible_name(n));
        }
    }
    itemprop.or(rel).or(named)
}

/// A name from an element only named `author`: two words or more of two
/// letters or more, or a name in a script without spaces.
fn plausible_name(n: &str) -> bool {
    let long_words = n
        .split_whitespace()
        .filter(|w| w.chars().count() >= 2)
        .count();
    long_words >= 2 || n.chars().any(|c| c as u32 >= 0x3040) && n.chars().count() >= 2
}

fn short(s: &str) -> Option<String> {
    (!s.is_empty() && s.chars().count() <= MAX_BYLINE_CHARS).then(|| s.to_owned())
}

/// A publication date in the markup: `itemprop="datePublished"`, `<time>`
/// elements (those marked as publication first), then elements named as
/// dates or bylines.
pub(crate) fn date_in_dom(doc: &Html, month_first: bool) -> Option<Date> {
    let mut declared = None;
    let mut time_pub = None;
    let mut time_any = None;
    let mut named = None;
    for node in doc.root_element().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let v = el.value();
        if matches!(v.name(), "script" | "style" | "head" | "noscript") {
            continue;
        }
        let value = || {
            attr(v, "datetime")
                .or_else(|| attr(v, "content"))
                .and_then(dates::parse_value)
                .or_else(|| short(&text_of(el)).and_then(|t| dates::in_text(&t, month_first)))
        };
        if declared.is_none() && attr(v, "itemprop") == Some("datePublished") {
            declared = value();
            // The declared date wins over any other: the rest is not read.
            if declared.is_some() {
                break;
            }
        }
        if v.name() == "time" {
            let marked = attr(v, "pubdate").is_some()
                || classes(v).any(|c| c.contains("publish") || c.contains("created"))
                || el.parent().and_then(ElementRef::wrap).is_some_and(|p| {
                    classes(p.value()).any(|c| c.contains("publish") || c.contains("created"))
                });
            if marked && time_pub.is_none() {
                time_pub = value();
            } else if time_any.is_none() {
                time_any = value();
            }
        } else if named.is_none() && names_date(v) && has_text(node) {
            named = short(&text_of(el)).and_then(|t| dates::in_text(&t, month_first));
        }
    }
    declared.or(time_pub).or(time_any).or(named)
}

/// Text of its own, or a handful of children (spaces between tags aside).
fn has_text(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let blank =
        |c: &ego_tree::NodeRef<'_, Node>| matches!(c.value(), Node::Text(t) if t.trim().is_empty());
    node.children()
        .any(|c| matches!(c.value(), Node::Text(_)) && !blank(&c))
        || node.children().filter(|c| !blank(c)).count() <= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_bylines() {
        for (raw, name) in [
            ("By Ana Ruiz | 14 January 2022", Some("Ana Ruiz")),
            ("Von Jonas Weber, 14. Januar 2022", Some("Jonas Weber")),
            ("Автор: Иван Петров", Some("Иван Петров")),
            (
                "Par Claire Dubois et Marc Petit",
                Some("Claire Dubois et Marc Petit"),
            ),
            ("记者 王小明", Some("王小明")),
            ("Par Claire Dubois, le 5 août 2019", Some("Claire Dubois")),
            ("Av Erik Lindqvist, 14 januari 2022", Some("Erik Lindqvist")),
            ("https://example.org/me", None),
            // Brackets inside a name stay; brackets that end it go.
            ("Richard (R.J.) Eskow", Some("Richard (R.J.) Eskow")),
            ("Ana Ruiz (Reuters)", Some("Ana Ruiz")),
            ("Analysis by Chris Doe", Some("Chris Doe")),
            // A handle is no name; a name before a date still is.
            ("CC7567", None),
            ("By jdoe42 | 3 May 2021", None),
            ("Joshua Sokol May 17, 2017", Some("Joshua Sokol")),
        ] {
            assert_eq!(clean_name(raw).as_deref(), name, "{raw}");
        }
    }

    #[test]
    fn camel_case_classes_name_bylines() {
        assert_eq!(
            camel_words("FeatureByline").collect::<Vec<_>>(),
            ["FeatureByline", "Feature", "Byline"]
        );
        assert_eq!(camel_words("byline").collect::<Vec<_>>(), ["byline"]);
        let doc = Html::parse_document(
            r#"<h2>Arduino dispute</h2><div class="FeatureByline"> By <b>Nathan Willis</b><br>March 25, 2015</div><p>Text.</p>"#,
        );
        assert_eq!(author_in_dom(&doc).as_deref(), Some("Nathan Willis"));
        let doc = Html::parse_document(
            r#"<div class="authorBio">Nathan Willis writes about free software.</div>"#,
        );
        assert_eq!(author_in_dom(&doc), None);
    }

    #[test]
    fn a_name_on_the_page_stands_for_a_declared_handle() {
        let doc = Html::parse_document(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","creator":"CC7567"}</script>
            <article><p class="byline">By <a class="author-name" rel="author" href="/u/CC7567">James Akinaka</a></p><p>Text.</p></article>"#,
        );
        assert_eq!(
            super::super::read(&doc, None).meta.authors,
            ["James Akinaka"]
        );
    }

    #[test]
    fn finds_dom_bylines_and_dates() {
        let doc = Html::parse_document(
            r#"<article><p class="byline">By <a rel="author" href="/a">Ana Ruiz</a></p>
            <time datetime="2022-01-14T08:00">14 Jan</time><p>Body.</p></article>"#,
        );
        assert_eq!(author_in_dom(&doc).as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            date_in_dom(&doc, false).map(|d| d.iso()).as_deref(),
            Some("2022-01-14")
        );
    }

    #[test]
    fn spaces_between_tags_do_not_hide_a_date() {
        for html in [
            r#"<div class="post-date"><span>04.02.2022</span><span>|</span><span>13:10 Uhr</span></div>"#,
            "<div class=\"post-date\">\n  <span>04.02.2022</span>\n  <span>|</span>\n  <span>13:10 Uhr</span>\n</div>",
        ] {
            let doc = Html::parse_document(html);
            assert_eq!(
                date_in_dom(&doc, false).map(|d| d.iso()).as_deref(),
                Some("2022-02-04"),
                "{html}"
            );
        }
    }
}
