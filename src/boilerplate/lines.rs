//! Line-level cues that need no markup: headings, metadata lines and
//! body-like prose. How lines are judged by their neighbours is `runs`.

use super::phrases::Found;
use crate::document::Reason;
use crate::extract::ends_sentence;
use crate::swar::{HIGH, LOW, count_low, within};

/// Words in `text`; CJK characters count as a word each.
/// Counts words the way the classifier does.
pub fn word_count(text: &str) -> usize {
    word_count_upto(text, usize::MAX - 1)
}

/// [`word_count`], but stops counting past `limit`: the count when it is at
/// most `limit`, else `limit + 1`. Long blocks compared with a small bound
/// are not read to the end.
pub(crate) fn word_count_upto(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time: a word starts at each alphanumeric
        // byte after one that is not.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if x & HIGH == 0 {
                let alnum = ascii_alnum_bits(x);
                n += count_low(alnum & !((alnum << 8) | u64::from(in_word)));
                in_word = alnum >> 56 != 0;
                i += 8;
                if n > limit {
                    return limit + 1;
                }
                continue;
            }
        }
        // ASCII bytewise; the count is checked only where it grows.
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            if !b.is_ascii_alphanumeric() {
                in_word = false;
            } else if !in_word {
                in_word = true;
                n += 1;
                if n > limit {
                    break;
                }
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if is_cjk(c) {
            n += 1;
            in_word = false;
        } else if crate::lang::is_common_letter(c)
            || !crate::lang::is_common_punctuation(c) && c.is_alphanumeric()
        {
            if !in_word {
                n += 1;
            }
            in_word = true;
        } else {
            in_word = false;
        }
        if n > limit {
            break;
        }
    }
    n
}

/// For eight ASCII bytes (high bits clear), bit 0 of each byte set where
/// the byte is an ASCII letter or digit.
fn ascii_alnum_bits(x: u64) -> u64 {
    let digit = within(x, b'0', b'9');
    let letter = within(x | (0x20 * LOW), b'a', b'z');
    (digit | letter) >> 7
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// A short line without closing punctuation: a headline or subheading.
pub(crate) fn looks_like_heading(text: &str) -> bool {
    let w = word_count_upto(text, 30);
    (2..=30).contains(&w) && !ends_sentence(text)
}

/// Prose: enough words, ending a sentence.
pub(crate) fn reads_as_body(text: &str) -> bool {
    let w = word_count_upto(text, 25);
    w >= 25 || w >= 8 && ends_sentence(text)
}

/// Words in the longest star rating line (`Rated 4.5 out of 5 stars`).
const MAX_RATING_WORDS: usize = 7;

/// Words in the longest line still read as a byline or date line.
const MAX_META_WORDS: usize = 14;

/// How a scripting runtime's error and warning lines open.
const SERVER_MESSAGE_LABELS: &[&str] = &[
    "Warning:",
    "Notice:",
    "Deprecated:",
    "Strict Standards:",
    "Fatal error:",
    "Parse error:",
    "Catchable fatal error:",
];

/// An error or warning a site's software printed into the page: a runtime
/// label, then a source file and line (`Warning: Cannot modify header
/// information in /var/www/site/index.php on line 12`).
pub(crate) fn server_message(text: &str) -> bool {
    let t = text.trim_start();
    SERVER_MESSAGE_LABELS.iter().any(|l| t.starts_with(l))
        && t.match_indices(" on line ").any(|(i, m)| {
            let line_no = t[i + m.len()..].starts_with(|c: char| c.is_ascii_digit());
            let mut before = t[..i].rsplit(' ');
            let path = before.next().unwrap_or("");
            let file = path.contains(['/', '\\'])
                && path
                    .rsplit(['/', '\\'])
                    .next()
                    .is_some_and(|f| f.contains('.'));
            line_no && file && before.next() == Some("in")
        })
}

/// A block that is nothing but a web address.
pub(crate) fn bare_url(text: &str) -> bool {
    let t = text.trim();
    !t.contains(char::is_whitespace)
        && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
}

/// `text.to_lowercase()`, with runs of ASCII lowercased byte by byte: only
/// the characters outside ASCII go through the Unicode case tables.
pub(crate) fn lowercase(text: &str) -> String {
    // A capital sigma lowercases by its context: the whole text then goes
    // the general way.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let from = i;
        while i < b.len() && b[i].is_ascii() {
            i += 1;
        }
        if i > from {
            let at = out.len();
            out.push_str(&text[from..i]);
            out[at..].make_ascii_lowercase();
        }
        if let Some(c) = text[i..].chars().next() {
            out.extend(c.to_lowercase());
            i += c.len_utf8();
        }
    }
    out
}

/// Words of the longest block the short-block rules ([`short_line`]) read.
const MAX_SHORT_WORDS: usize = 60;

/// A short block with its text lowercased once, for the rules that read
/// lowercase text: consent placeholders, photo credits, invitations.
pub(crate) struct Short<'a> {
    /// The text as it is.
    pub text: &'a str,
    /// The text lowercased.
    pub lower: String,
    /// Its words, counted up to one past [`MAX_SHORT_WORDS`].
    pub words: usize,
    /// The phrase lists in the lowercase text.
    pub found: Found,
}

impl<'a> Short<'a> {
    /// The view of `text` when it has at most [`MAX_SHORT_WORDS`] words.
    #[cfg(test)]
    pub(crate) fn of(text: &'a str) -> Option<Short<'a>> {
        let words = word_count_upto(text, MAX_SHORT_WORDS + 1);
        (words <= MAX_SHORT_WORDS).then(|| {
            let lower = text.to_lowercase();
            Short {
                text,
                found: super::phrases::find(&lower),
                lower,
                words,
            }
        })
    }
}

/// Consent placeholders, photo credits and invitations, from one lowercase
/// copy of a short block.
fn short_line(s: &Short<'_>) -> Option<Reason> {
    if super::consent::embed_consent(s) {
        return Some(Reason::CookieNotice);
    }
    super::credits::credit_line(s).or_else(|| super::promo::promo_line(s))
}

/// A time of day closes a labelled line (`Updated at 1:23 p.m.`): its dot
/// ends no sentence. A time alone (`4:14 p.m.`) heads an entry of a live
/// report, and stays.
fn ends_with_clock(text: &str) -> bool {
    let t = text.trim_end();
    let b = t.as_bytes();
    b.len() >= 4
        && [b"a.m.", b"p.m."]
            .iter()
            .any(|m| b[b.len() - 4..].eq_ignore_ascii_case(*m))
        && t[..t.len() - 4].bytes().any(|c| c.is_ascii_alphabetic())
}

/// Cookie notices, captions, breadcrumb trails and date or byline lines: chrome by
/// their shape alone.
pub(crate) fn metadata_line(text: &str) -> Option<Reason> {
    use super::consent::MAX_NOTICE_WORDS;
    use super::credits::MAX_CAPTION_WORDS;
    // One count and one lowercase copy serve the cookie notice, the short
    // block and the caption rules, each bounded by fewer words.
    if super::excerpt::is_excerpt(text) {
        return Some(Reason::Related);
    }
    let count = word_count_upto(text, MAX_NOTICE_WORDS);
    let mut short = None;
    if count <= MAX_NOTICE_WORDS {
        let lower = lowercase(text);
        let found = super::phrases::find(&lower);
        if super::consent::cookie_notice(&lower, found) {
            return Some(Reason::CookieNotice);
        }
        if count <= MAX_SHORT_WORDS {
            short = Some(Short {
                text,
                lower,
                words: count,
                found,
            });
        }
    }
    if let Some(r) = short.as_ref().and_then(short_line) {
        return Some(r);
    }
    if count <= MAX_RATING_WORDS
        && short
            .as_ref()
            .is_some_and(|s| super::marks::rating_line(&s.lower))
    {
        return Some(Reason::Counter);
    }
    if count <= MAX_CAPTION_WORDS && super::credits::is_caption(text) {
        return Some(Reason::Caption);
    }
    if bare_url(text) {
        return Some(Reason::LinkDense);
    }
    if server_message(text) {
        return Some(Reason::ServerMessage);
    }
    if short
        .as_ref()
        .is_some_and(|s| entry_footer(s) || signed(s) || relative_time(s))
    {
        return Some(Reason::Byline);
    }
    // A long block was counted past the bound already.
    let words = short.map_or(MAX_META_WORDS + 1, |s| s.words.min(MAX_META_WORDS + 1));
    // Cells of a table row (joined by tabs, or by box-drawing rules as a
    // console prints a table) are data: a date or a fraction in a cell
    // makes no byline or breadcrumb.
    if words == 0
        || words > MAX_META_WORDS
        || ends_sentence(text) && !text.ends_with(':') && !ends_with_clock(text)
        || text.contains(['\t', '│', '┃', '║'])
        || continues(text)
    {
        return None;
    }
    if is_breadcrumb(text) {
        return Some(Reason::Breadcrumb);
    }
    (has_date(text) && !event_label(text) && !post_signature(text)).then_some(Reason::Byline)
}

/// Words of the longest relative time (`posted 3 hours ago`).
const MAX_RELATIVE_WORDS: usize = 5;

/// Words that make a time relative (`ago`, `vor`, `il y a`, `hace`, `fa`,
/// `há`, `назад`, `temu`, `önce`).
const AGO: &[&str] = &[
    "ago",
    "vor",
    "il",
    "hace",
    "fa",
    "há",
    "назад",
    "temu",
    "önce",
];

/// Units of a relative time, by their start (`sec` stands for `seconds`,
/// `secondes`; `an` for `ans`, `anni`, `anos`), besides the one-letter
/// forms of feeds (`32M ago`, `2H ago`, `3d ago`).
const TIME_UNITS: &[&str] = &[
    "sec",
    "min",
    "hour",
    "hr",
    "day",
    "week",
    "month",
    "year",
    "sekunde",
    "stunde",
    "tag",
    "woche",
    "monat",
    "jahr",
    "heure",
    "jour",
    "semaine",
    "mois",
    "an",
    "segundo",
    "hora",
    "día",
    "dia",
    "semana",
    "mes",
    "año",
    "or",
    "giorn",
    "settiman",
    "секунд",
    "минут",
    "час",
    "дн",
    "день",
    "недел",
    "месяц",
    "год",
    "лет",
    "godzin",
    "dni",
    "dzień",
    "tydzie",
    "tygodni",
    "miesi",
    "lat",
    "rok",
    "saniye",
    "dakika",
    "saat",
    "gün",
    "hafta",
    "ay",
    "yıl",
];

/// A line that only tells how long ago something was posted (`32M ago`,
/// `3 hours ago`, `vor 2 Stunden`, `il y a 5 minutes`, `3 часа назад`):
/// the timestamp of a teaser or a comment.
fn relative_time(s: &Short<'_>) -> bool {
    s.words <= MAX_RELATIVE_WORDS && relative_time_lower(&s.lower)
}

/// [`relative_time`] of any line.
pub(crate) fn is_relative_time(text: &str) -> bool {
    word_count_upto(text, MAX_RELATIVE_WORDS + 1) <= MAX_RELATIVE_WORDS
        && relative_time_lower(&text.to_lowercase())
}

fn relative_time_lower(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some(n) = words
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return false;
    };
    let number = words[n];
    let digits = number.len()
        - number
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    // The unit is glued to the number (`32m`, `2h`) or the next word.
    let unit = match &number[digits..] {
        "" => words.get(n + 1).copied().unwrap_or(""),
        glued => glued,
    };
    let unit_ok = matches!(unit, "m" | "h" | "d" | "w" | "y" | "s")
        || unit.chars().count() >= 2 && TIME_UNITS.iter().any(|u| unit.starts_with(u));
    unit_ok && words.iter().any(|w| AGO.contains(w))
}

/// The signature under an embedded post (`— Jane Roe (@janeroe) May 3,
/// 2024`): part of the quoted post, which is the article's, not the
/// article's own byline.
fn post_signature(text: &str) -> bool {
    let t = text.trim_start();
    (t.starts_with('—') || t.starts_with('–') || t.starts_with("- ")) && t.contains("(@")
}

/// Words that join one item of an enumeration to the next.
const ITEM_JOINS: &[&str] = &[
    "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "i", "oraz", "lub", "en", "of",
];

/// The line breaks off an enumeration that goes on in the next (it ends
/// with a comma, a semicolon or a joining word: `ab 1. Januar 2023 für
/// Zigaretten und`): a piece of a sentence, not a date line.
fn continues(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with([',', ';', '，', '、'])
        || t.rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w != t && ITEM_JOINS.contains(&w))
}

/// Words that sign a story in the languages the cue list covers (`By`,
/// `Von`, `Par`, `Por`, `Door`, `Przez`), lowercase: the one-word name
/// introducers of `meta::byline` that open no ordinary line (its `Text`,
/// `Autor` or `Di` also open headings and names, and are left out here).
const SIGNED_BY: &[&str] = &["by", "von", "par", "por", "door", "przez"];
/// Words that join the names of co-authors.
const NAME_JOINS: &[&str] = &["and", "und", "et", "y", "e", "i", "en", "oraz", "&"];
/// Lowercase particles inside names (`Ana de la Cruz`, `Jan van Dijk`).
const NAME_PARTICLES: &[&str] = &[
    "de", "la", "del", "van", "von", "der", "den", "da", "di", "du", "le", "el", "al", "bin", "ter",
];
/// Most names a signature lists.
const MAX_SIGNED_NAMES: usize = 4;

/// A word of a person's name: capitalized, of letters, dots, hyphens and
/// apostrophes (`Jean-Luc`, `O’Neill`, `E.`).
pub(super) fn name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// A signature: a signing word, then names alone (`Por Ana Ruiz, Luis Gil
/// y Eva Sanz`, `Von Max Muster und Erika Muster`): each name two or more
/// capitalized words (particles aside; German capitalizes nouns, and `Von
/// Risiken und Nebenwirkungen` is a title), joined by commas or `and` in
/// the line's language, and nothing else.
fn signed(s: &Short<'_>) -> bool {
    let mut words = s.text.split_whitespace();
    let Some(cue) = words.next() else {
        return false;
    };
    if !SIGNED_BY.iter().any(|c| cue.eq_ignore_ascii_case(c)) || s.words > 3 * MAX_SIGNED_NAMES + 4
    {
        return false;
    }
    // Names so far, and the words of the one being read (0: between names).
    let (mut names, mut in_name) = (0, 0);
    for w in words {
        let bare = w.trim_end_matches(',');
        if NAME_JOINS.contains(&bare) {
            if in_name < 2 {
                return false;
            }
            in_name = 0;
            continue;
        }
        if !(name_word(bare) || in_name > 0 && NAME_PARTICLES.contains(&bare)) {
            return false;
        }
        if in_name == 0 {
            names += 1;
        }
        in_name += 1;
        if w.ends_with(',') {
            if in_name < 2 {
                return false;
            }
            in_name = 0;
        }
    }
    in_name >= 2 && (1..=MAX_SIGNED_NAMES).contains(&names)
}

/// How a blog engine opens the line under a post that says when it was
/// published and where it is filed.
const ENTRY_FOOTERS: &[&str] = &[
    "this entry was posted",
    "this post was published",
    "der beitrag wurde am",
    "dieser beitrag wurde am",
    "dieser eintrag wurde am",
    "cette entrée a été publiée",
    "esta entrada fue publicada",
    "questo articolo è stato pubblicato",
    "ten wpis został opublikowany",
];

/// `This entry was posted on 27 November 2019 and is filed under News.`:
/// the publication line a blog engine prints under a post.
fn entry_footer(s: &Short<'_>) -> bool {
    let lower = s.lower.trim_start();
    ENTRY_FOOTERS.iter().any(|f| lower.starts_with(f)) && has_date(s.text)
}

/// Labels of dates a page tells about rather than its own (`Termin: 29.02.,
/// 19 Uhr`, `Deadline: 3 May`): a date line under one of them is body.
const EVENT_LABELS: &[&str] = &[
    "termin",
    "einsendeschluss",
    "anmeldeschluss",
    "bewerbungsschluss",
    "beginn",
    "ende",
    "wann",
    "deadline",
    "when",
    "starts",
    "ends",
    "opening",
    "event date",
    "date limite",
    "quand",
    "fecha límite",
    "cuándo",
    "termin zgłoszeń",
    "kiedy",
];

/// The line opens with an event label and a colon.
fn event_label(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, _)| {
        let label = label.trim().to_lowercase();
        EVENT_LABELS.contains(&label.as_str())
    })
}

/// `Home > News > World`, `Главная / Культура`: short parts between separators.
fn is_breadcrumb(text: &str) -> bool {
    const ARROWS: &[&str] = &[">", "»", "›", "＞", "→", "/", "|", "::"];
    for sep in ARROWS {
        let parts: Vec<&str> = text.split(sep).map(str::trim).collect();
        if parts.len() < 2 || parts.iter().any(|p| p.is_empty() || word_count(p) > 4) {
            continue;
        }
        let arrow = !matches!(*sep, "/" | "|");
        let short_parts = parts.iter().all(|p| word_count(p) <= 2);
        if parts.len() >= 3 || arrow || short_parts && text.contains(&format!(" {sep} ")) {
            return true;
        }
    }
    false
}

/// A calendar date in the line: `08.02.2024`, `2024-04-02`, `2024年4月2日`,
/// a time `07:45`, or a day number near a year (`April 9, 2024`,
/// `14 февраля 2024`, `3 de marzo de 2024`).
fn has_date(text: &str) -> bool {
    let tokens: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == ':' || c == '/'))
        .filter(|t| t.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    if tokens.iter().any(|t| is_numeric_date(t) || is_time(t)) {
        return true;
    }
    if text.contains('年') && text.contains('月') {
        return true;
    }
    // A day number and a year with at most three words between them.
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| w.trim_end_matches('.').parse::<u32>().ok();
    words.iter().enumerate().any(|(i, w)| {
        num(w).is_some_and(|y| (1900..2100).contains(&y))
            && words[i.saturating_sub(4)..i]
                .iter()
                .any(|d| num(d).is_some_and(|d| (1..=31).contains(&d)))
    })
}

fn is_numeric_date(t: &str) -> bool {
    let t = t.trim_matches(|c: char| !c.is_ascii_digit());
    for sep in ['.', '-', '/'] {
        let parts: Vec<&str> = t.split(sep).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        {
            // A day and a month have one or two digits, a year four (and
            // then 19xx or 20xx) or two; `800-227-2345` is a phone number.
            let years = parts.iter().filter(|p| p.len() == 4).count();
            let short = parts.iter().filter(|p| p.len() <= 2).count();
            return match years {
                1 => short == 2 && parts.iter().any(|p| super::notices::is_year(p)),
                0 => short == 3 && parts[2].len() == 2,
                _ => false,
            };
        }
    }
    false
}

fn is_time(t: &str) -> bool {
    let t = t.trim_matches(|c: char| !c.is_ascii_digit());
    let mut it = t.split(':');
    matches!((it.next(), it.next(), it.next()), (Some(h), Some(m), None)
        if (1..=2).contains(&h.len()) && m.len() == 2 && h.parse::<u32>().is_ok_and(|h| h < 24) && m.parse::<u32>().is_ok_and(|m| m < 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_bylines() {
        for line in [
            "Por Steven Lee Myers, Keith Bradsher y Tariq Panja",
            "Von Benjamin Fischer und Marcus Theurer",
            "By Ana de la Cruz and Jan van Dijk",
            "Par Jean-Pierre Martin",
            "przez Anna Nowak",
        ] {
            assert_eq!(metadata_line(line), Some(Reason::Byline), "{line}");
        }
        for line in [
            "By the river, the old mill still turns",
            "Von Berlin nach Hamburg",
            "By Monday, Apple and Google had both agreed.",
            "Por qué los precios suben",
            "Von Risiken und Nebenwirkungen",
        ] {
            assert_ne!(metadata_line(line), Some(Reason::Byline), "{line}");
        }
    }

    #[test]
    fn relative_times_are_time_stamps() {
        for line in [
            "32M ago",
            "2H ago",
            "posted 3 hours ago",
            "vor 2 Stunden",
            "il y a 5 minutes",
            "hace 3 horas",
            "2 ore fa",
            "há 4 dias",
            "3 часа назад",
            "2 godziny temu",
            "5 saat önce",
        ] {
            assert!(is_relative_time(line), "{line}");
            assert_eq!(metadata_line(line), Some(Reason::Byline), "{line}");
        }
        for line in [
            "3 hours of talks",
            "Twenty years ago today, the wall came down in Berlin",
            "Ago",
        ] {
            assert!(!is_relative_time(line), "{line}");
        }
    }

    #[test]
    fn times_of_day_end_bylines() {
        assert_eq!(metadata_line("Updated at 1:23 p.m."), Some(Reason::Byline));
        assert_eq!(
            metadata_line("Posted Nov. 19, 2019 at 8:02 A.M."),
            Some(Reason::Byline)
        );
        assert_eq!(metadata_line("4:14 p.m."), None);
    }

    #[test]
    fn signatures_of_embedded_posts_are_no_bylines() {
        assert_eq!(
            metadata_line("— Jane Roe (@janeroe) November 18, 2019"),
            None
        );
        assert_eq!(
            metadata_line("Jane Roe (@janeroe) November 18, 2019"),
            Some(Reason::Byline)
        );
    }

    #[test]
    fn phone_numbers_are_no_dates() {
        assert!(!is_numeric_date("800-227-2345"));
        assert!(!is_numeric_date("1234-5678-9012"));
        assert!(is_numeric_date("2024-03-12"));
        assert!(is_numeric_date("12.03.2024"));
        assert!(is_numeric_date("3/12/24"));
        assert!(!is_numeric_date("1.2.3"), "a version");
        assert_eq!(metadata_line("800-227-2345 or 800-282-4914"), None);
        // A row of a table printed as a console prints it is data.
        assert_eq!(metadata_line("2020-08-01 18:00:00+00 │ 200 │ 4084"), None);
        assert_eq!(
            metadata_line("2020-08-01 18:00:00+00"),
            Some(Reason::Byline)
        );
    }

    #[test]
    fn metadata_lines() {
        assert_eq!(metadata_line("12.03.2024 14:05"), Some(Reason::Byline));
        assert_eq!(metadata_line("March 12, 2024"), Some(Reason::Byline));
        assert_eq!(
            metadata_line("By Daniel Hughes | April 9, 2024"),
            Some(Reason::Byline)
        );
        assert_eq!(
            metadata_line("Publicado por Lucía Fernández el 3 de marzo de 2024"),
            Some(Reason::Byline)
        );
        assert_eq!(
            metadata_line("2024年4月2日 来源：新华网"),
            Some(Reason::Byline)
        );
        assert_eq!(metadata_line("In 2024 the city grew by 3000 people."), None);
        for item in [
            "Einführung eines neuen Steuertarifs zum 1. Januar 2022,",
            "ab 1. Januar 2023 für Zigarren und Pfeifentabak und",
            "the second payment on 3 March 2024;",
        ] {
            assert_eq!(metadata_line(item), None, "{item}");
        }
        assert_eq!(metadata_line("The 2024 season"), None);
        assert_eq!(
            metadata_line("Open from 9:00 to 17:00 every day in summer and winter alike."),
            None
        );
    }

    #[test]
    fn server_messages() {
        assert!(server_message(
            "Deprecated: Function split() is deprecated in /home/site/www/wp-includes/load.php on line 47"
        ));
        assert!(server_message(
            "Warning: Cannot modify header information - headers already sent by (output started at /srv/a.php:3) in /srv/b.php on line 12"
        ));
        assert!(!server_message(
            "Warning: the river rose in the night and was on line with the old flood marks by 6am."
        ));
        assert!(!server_message(
            "Notice: the library in /town square closes on line 3 of the timetable"
        ));
    }

    #[test]
    fn breadcrumbs() {
        for s in [
            "Home > News > World",
            "Главная / Культура",
            "ホーム ＞ 旅行 ＞ 国内旅行",
            "Inicio » Recetas",
        ] {
            assert_eq!(metadata_line(s), Some(Reason::Breadcrumb), "{s}");
        }
        for s in [
            "Pros and cons of heat pumps",
            "Input/output errors explained",
            "1/2 cup of sugar",
        ] {
            assert_eq!(metadata_line(s), None, "{s}");
        }
    }

    #[test]
    fn entry_footers_are_bylines() {
        assert_eq!(
            metadata_line(
                "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Reisen abgelegt."
            ),
            Some(Reason::Byline)
        );
        assert_eq!(
            metadata_line(
                "This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed."
            ),
            Some(Reason::Byline)
        );
        assert_eq!(
            metadata_line(
                "This entry was posted by a reader who asked us to keep the story short."
            ),
            None
        );
    }

    #[test]
    fn event_dates_are_body() {
        assert_eq!(metadata_line("Termin: 29.02.2020, 19 Uhr"), None);
        assert_eq!(
            metadata_line("Einsendeschluss: 03.11.2019 (Poststempel)"),
            None
        );
        assert_eq!(metadata_line("Deadline: March 3, 2024"), None);
        assert_eq!(metadata_line("Stand: 12.03.2024"), Some(Reason::Byline));
    }

    #[test]
    fn table_rows_are_data() {
        for s in [
            "Oslo\t-2/-7\t1/-6\t5/-3",
            "12.03.2024\tSpring concert\tTown hall",
        ] {
            assert_eq!(metadata_line(s), None, "{s}");
        }
    }

    #[test]
    fn lowercase_as_std() {
        for s in [
            "",
            "Hello, World",
            "Ärger über DIE Straße",
            "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ",
            "İSTANBUL’DA K",
            "Mixed “Quotes” — and ÆØÅ",
            "東京 ＡＢＣ",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn words() {
        assert_eq!(word_count("Hello, big world"), 3);
        assert_eq!(word_count("東京タワー"), 5);
    }

    /// The count character by character, as the word rules read.
    fn words_by_char(text: &str) -> usize {
        let mut n = 0;
        let mut in_word = false;
        for c in text.chars() {
            if is_cjk(c) {
                n += 1;
                in_word = false;
            } else if c.is_ascii_alphanumeric()
                || !c.is_ascii() && (crate::lang::is_common_letter(c) || c.is_alphanumeric())
            {
                n += usize::from(!in_word);
                in_word = true;
            } else {
                in_word = false;
            }
        }
        n
    }

    const WORD_PIECES: &[&str] = &[
        "a", "Zz", "09", " ", "-", "@", "[", "`", "{", "/", ":", "é", "東", "\u{a0}", "ß9", "\t",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        #[test]
        fn words_upto_match_the_char_rules(
            ix in proptest::collection::vec(0..WORD_PIECES.len(), 0..64),
        ) {
            let text: String = ix.iter().map(|&i| WORD_PIECES[i]).collect();
            let all = words_by_char(&text);
            proptest::prop_assert_eq!(word_count(&text), all, "{:?}", text);
            for limit in [0, 1, 2, 3, 5, 8, 13] {
                proptest::prop_assert_eq!(
                    word_count_upto(&text, limit),
                    all.min(limit + 1),
                    "{:?}",
                    text
                );
            }
        }
    }
}
