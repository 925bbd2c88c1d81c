//! Which line is the headline: the page's title when the markup gives one,
//! else, on a text page, the heading-like line over the body past the site's
//! menu, section path, tagline and byline. Its copies go, and on a text page
//! what stands above it goes as the site's header.

use super::{Context, lexicon, lines};
use crate::candidate::Candidate;
use crate::document::{BlockKind, InputKind, Reason};

/// Lines of a text searched for its headline: a site's menu may come first.
const TITLE_REACH: usize = 30;
/// Words of the longest line a text page's headline may be.
const TITLE_WORDS: usize = 30;

/// Lines after the first heading-like line of a text searched for the
/// post's own headline.
const POST_HEADLINE_REACH: usize = 4;
/// Lines after that headline searched for the body.
const HEADLINE_BODY_REACH: usize = 8;
/// Lines above the body searched for a headline over its byline.
const BYLINE_REACH: usize = 20;
/// Words the post's headline needs: more than a section heading has.
const HEADLINE_WORDS: usize = 4;
/// A line of fewer words between the first heading-like line and the
/// headline is the next item of a menu or a section path.
const MENU_ITEM_WORDS: usize = 3;

/// A line set as an item of a list (`+ Added iron trapdoors`, `* Fixed`,
/// `1. Open Settings`): no headline.
fn list_item(text: &str) -> bool {
    let t = text.trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    t.starts_with(['+', '*', '-', '•', '·', '–', '—', '►', '>'])
        || digits > 0 && t[digits..].starts_with(['.', ')'])
}

/// A line holding a date (`Thu 3 Jan 2019 02.00 EST`, `21.dez.2018 às
/// 12h55`) is a byline's or a date line, not the headline.
fn dated(text: &str) -> bool {
    crate::meta::dates::in_text(text, false).is_some()
}

/// Words of `c`, counted up to [`TITLE_WORDS`].
fn words(c: &Candidate) -> usize {
    lines::word_count_upto(&c.text, TITLE_WORDS)
}

/// A line that may be a headline: no hint on it, no sentence, no date.
fn headline_like(c: &Candidate) -> bool {
    c.hint.is_none() && lines::looks_like_heading(&c.text) && !dated(&c.text)
}

/// In text, the headline when a site's name heads the page: a heading-like
/// line of at least [`HEADLINE_WORDS`] words and no fewer than the first
/// line's, after chrome lines only (a date, a byline, `Subscribe`, `Sign
/// in`) and before the body (`Millbrook Notes` / `Tuesday, March 3, 2009` /
/// `Library to grow into the old school` / …), as blog pages print them;
/// else `first`.
fn post_headline(cands: &[Candidate], verdict: &[Option<Reason>], first: usize) -> usize {
    let words = |i: usize| words(&cands[i]);
    let mut chrome = false;
    for i in first + 1..cands.len().min(first + 1 + POST_HEADLINE_REACH) {
        // Chrome, or a menu's next item (`Sport` / `Football` / `Results`).
        if verdict[i].is_some()
            || words(i) < MENU_ITEM_WORDS && !crate::extract::ends_sentence(&cands[i].text)
        {
            chrome = true;
            continue;
        }
        let headline = chrome
            && headline_like(&cands[i])
            && words(i) >= HEADLINE_WORDS.max(words(first))
            && cands[i + 1..]
                .iter()
                .take(HEADLINE_BODY_REACH)
                .any(|c| lines::reads_as_body(&c.text));
        return if headline { i } else { first };
    }
    first
}

/// In text, the headline over the body when a site's menu or section path
/// comes first: the heading-like line of at least [`HEADLINE_WORDS`]
/// words nearest above the first paragraph of body text, past chrome and
/// short lines (a byline, a date, a kicker).
fn headline_over_body(
    cands: &[Candidate],
    verdict: &[Option<Reason>],
    first: usize,
) -> Option<usize> {
    let body = (first + 1..cands.len())
        .find(|&i| verdict[i].is_none() && lines::reads_as_body(&cands[i].text))?;
    let heading = |i: usize| {
        verdict[i].is_none()
            && !list_item(&cands[i].text)
            && lines::word_count_upto(&cands[i].text, HEADLINE_WORDS) >= HEADLINE_WORDS
            && headline_like(&cands[i])
    };
    // A headline over its byline or date line is the article's; else the
    // nearest above the body.
    let h = (body.saturating_sub(BYLINE_REACH).max(first)..body)
        .rev()
        .find(|&i| heading(i) && verdict[i + 1] == Some(Reason::Byline))
        .or_else(|| (first + 1..body).rev().find(|&i| heading(i)))?;
    // A longer headline right above it makes this one its standfirst or a
    // section heading; a shorter line above is the site's tagline.
    Some(
        if h > first && heading(h - 1) && words(&cands[h]) < words(&cands[h - 1]) {
            h - 1
        } else {
            h
        },
    )
}

/// Picks the headline and marks its copies (and, in text, what sits above it).
pub(super) fn find_title(
    cands: &[Candidate],
    verdict: &mut [Option<Reason>],
    ctx: &Context<'_>,
) -> Option<String> {
    let key = |s: &str| lexicon::normalize(s);
    let title = match ctx.title {
        Some(t) => Some(t.to_owned()),
        None if ctx.input_kind == InputKind::Text => {
            // One-word lines above the headline are a menu's items or a
            // section label (a kicker); a headline has two words or more.
            let first = (0..cands.len().min(TITLE_REACH)).find(|&i| {
                verdict[i].is_none()
                    && cands[i].hint.is_none()
                    && lines::word_count_upto(&cands[i].text, 2) > 1
            })?;
            let text = &cands[first].text;
            // A paragraph printed twice (a page's teaser and its body) is
            // no headline, however near the top.
            let repeated = lines::word_count_upto(text, TITLE_WORDS + 1) <= TITLE_WORDS
                && cands[first + 1..]
                    .iter()
                    .take(4)
                    .any(|c| key(&c.text) == key(text));
            if repeated || lines::looks_like_heading(text) && cands.len() > first + 1 {
                let first = if repeated {
                    first
                } else {
                    headline_over_body(cands, verdict, first)
                        .unwrap_or_else(|| post_headline(cands, verdict, first))
                };
                for v in verdict.iter_mut().take(first) {
                    v.get_or_insert(Reason::SiteHeader);
                }
                verdict[first] = Some(Reason::DuplicateTitle);
                Some(cands[first].text.clone())
            } else {
                None
            }
        }
        None => None,
    }?;
    let k = key(&title);
    let mut first_copy = None;
    for (i, c) in cands.iter().enumerate() {
        let open = matches!(verdict[i], None | Some(Reason::OutsideContent));
        if open && lexicon::normalizes_to(&c.text, &k) {
            verdict[i] = Some(Reason::DuplicateTitle);
            first_copy.get_or_insert(i);
        }
    }
    // A section label just above the headline (a kicker) is site chrome.
    if let Some(t) = first_copy {
        for i in (t.saturating_sub(KICKER_REACH)..t).rev() {
            let c = &cands[i];
            if verdict[i].is_some() {
                continue;
            }
            if lines::word_count_upto(&c.text, KICKER_WORDS) <= KICKER_WORDS
                && !matches!(c.kind, BlockKind::Heading(_))
                && !lines::reads_as_body(&c.text)
            {
                verdict[i] = Some(Reason::SiteHeader);
            } else {
                break;
            }
        }
    }
    Some(title)
}

/// Blocks above the headline checked for a section label.
const KICKER_REACH: usize = 2;
/// Longest section label above a headline, in words.
const KICKER_WORDS: usize = 3;
