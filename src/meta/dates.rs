//! Calendar dates from machine values (`2022-01-14T09:30:00+01:00`), URLs
//! (`/2022/01/14/`) and running text in many languages and formats
//! (`14 января 2022`, `14. Januar 2022`, `January 14, 2022`, `2022年1月14日`,
//! `14/01/2022`).
//!
//! Text is cut into tokens (digit runs, letter runs, single CJK characters,
//! single punctuation marks) and scanned for a few token patterns. Month
//! names are recognised by stems in the major European languages; a date is
//! accepted only when the day exists in its month and the year lies in
//! 1990 to 2100 (`MIN_YEAR`, `MAX_YEAR`).

use std::fmt;

/// Earliest year accepted from text.
const MIN_YEAR: u16 = 1990;
/// Latest year accepted.
const MAX_YEAR: u16 = 2100;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year (four digits).
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// A date when `year`, `month` and `day` form a real day.
    #[must_use]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let max = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year.is_multiple_of(4)
                && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => return None,
        };
        ((1..=max).contains(&day) && (1900..=MAX_YEAR).contains(&year)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// ISO 8601 (`2022-01-14`).
    #[must_use]
    pub fn iso(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date at the start of a machine value: ISO 8601 (`2022-01-14`,
/// `2022-01-14T09:30Z`, `20220114`), else whatever [`in_text`] finds.
#[must_use]
pub fn parse_value(value: &str) -> Option<Date> {
    let v = value.trim();
    let b = v.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u16> { v.get(r)?.parse().ok() };
    if b.len() >= 10
        && matches!(b[4], b'-' | b'/' | b'.')
        && b[7] == b[4]
        && let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10))
    {
        return Date::new(y, m as u8, d as u8);
    }
    if b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && b.get(8).is_none_or(|c| !c.is_ascii_digit())
        && let (Some(y), Some(m), Some(d)) = (num(0..4), num(4..6), num(6..8))
    {
        return Date::new(y, m as u8, d as u8);
    }
    in_text(v, false)
}

/// A date in a URL path: `/2022/01/14/`, `/2022-01-14-`, `/20220114/`.
#[must_use]
pub fn in_url(url: &str) -> Option<Date> {
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = path.find('/').map_or("", |i| &path[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let parts: Vec<&str> = path.split(['/', '-', '_', '.']).collect();
    for w in parts.windows(3) {
        if w[0].len() == 4
            && w[1].len() <= 2
            && w[2].len() <= 2
            && let (Ok(y), Ok(m), Ok(d)) = (w[0].parse(), w[1].parse(), w[2].parse())
            && y >= MIN_YEAR
            && let Some(d) = Date::new(y, m, d)
        {
            return Some(d);
        }
    }
    parts.iter().find_map(|p| {
        (p.len() == 8 && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| parse_value(p))
            .flatten()
            .filter(|d| d.year >= MIN_YEAR)
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(u32, usize),
    Word(String),
    Mark(char),
}

fn tokens(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut v: u32 = 0;
            let mut n = 0;
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                v = v.saturating_mul(10).saturating_add(d as u32 - '0' as u32);
                n += 1;
                chars.next();
            }
            out.push(Tok::Num(v, n));
        } else if is_cjk(c) {
            out.push(Tok::Mark(c));
            chars.next();
        } else if c.is_alphabetic() {
            let mut w = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic() && !is_cjk(**d)) {
                w.extend(d.to_lowercase());
                chars.next();
            }
            out.push(Tok::Word(w));
        } else if c.is_whitespace() {
            chars.next();
        } else {
            out.push(Tok::Mark(c));
            chars.next();
        }
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// Month stems, longest first where one stem begins another.
const MONTHS: &[(&str, u8)] = &[
    // Czech: červen (June) and červenec (July) share a stem.
    ("červenec", 7),
    ("července", 7),
    ("červen", 6),
    ("června", 6),
    ("leden", 1),
    ("ledna", 1),
    ("únor", 2),
    ("února", 2),
    ("břez", 3),
    ("břev", 3),
    ("dub", 4),
    ("květ", 5),
    ("srp", 8),
    ("září", 9),
    ("říj", 10),
    ("listopad", 11),
    ("prosin", 12),
    // Latin-script stems (en, de, fr, es, it, pt, nl, sv, id, tr, pl).
    ("janv", 1),
    ("jän", 1),
    ("jan", 1),
    ("ene", 1),
    ("gen", 1),
    ("sty", 1),
    ("oca", 1),
    ("feb", 2),
    ("fév", 2),
    ("fev", 2),
    ("lut", 2),
    ("şub", 2),
    ("sub", 2),
    ("mär", 3),
    ("mar", 3),
    ("mrt", 3),
    ("maa", 3),
    ("apr", 4),
    ("avr", 4),
    ("abr", 4),
    ("kwi", 4),
    ("nis", 4),
    ("may", 5),
    ("mai", 5),
    ("maj", 5),
    ("mag", 5),
    ("mei", 5),
    ("jun", 6),
    ("juin", 6),
    ("giu", 6),
    ("cze", 6),
    ("haz", 6),
    ("jul", 7),
    ("juil", 7),
    ("lug", 7),
    ("lip", 7),
    ("tem", 7),
    ("aug", 8),
    ("août", 8),
    ("aou", 8),
    ("ago", 8),
    ("agu", 8),
    ("sie", 8),
    ("ağu", 8),
    ("sep", 9),
    ("set", 9),
    ("wrz", 9),
    ("eyl", 9),
    ("oct", 10),
    ("okt", 10),
    ("ott", 10),
    ("out", 10),
    ("paź", 10),
    ("eki", 10),
    ("nov", 11),
    ("lis", 11),
    ("kas", 11),
    ("dec", 12),
    ("déc", 12),
    ("dez", 12),
    ("dic", 12),
    ("des", 12),
    ("gru", 12),
    ("ara", 12),
    // Cyrillic (ru, uk, bg, sr).
    ("янв", 1),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("мая", 5),
    ("май", 5),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("окт", 10),
    ("ноя", 11),
    ("дек", 12),
    ("січ", 1),
    ("лют", 2),
    ("бер", 3),
    ("кві", 4),
    ("трав", 5),
    ("черв", 6),
    ("лип", 7),
    ("серп", 8),
    ("верес", 9),
    ("жовт", 10),
    ("листоп", 11),
    ("груд", 12),
    // Greek.
    ("ιαν", 1),
    ("φεβ", 2),
    ("μαρ", 3),
    ("απρ", 4),
    ("μαΐ", 5),
    ("μαι", 5),
    ("ιουν", 6),
    ("ιουλ", 7),
    ("αυγ", 8),
    ("σεπ", 9),
    ("οκτ", 10),
    ("νοε", 11),
    ("δεκ", 12),
];

/// The month a word names, by its stem. Words longer than any month name
/// (with case endings) are refused.
fn month(word: &str) -> Option<u8> {
    if word.chars().count() > 13 || word.chars().count() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .find(|(stem, _)| word.starts_with(stem))
        .map(|&(_, m)| m)
}

/// True when `word` names a month in one of the known languages.
#[must_use]
pub fn is_month(word: &str) -> bool {
    month(&word.to_lowercase()).is_some()
}

/// Filler words between the parts of a date (`14 de enero de 2022`).
fn filler(t: &Tok) -> bool {
    match t {
        Tok::Word(w) => matches!(w.as_str(), "de" | "del" | "of" | "di" | "im" | "d"),
        Tok::Mark(c) => matches!(c, '.' | ',' | '-' | '\''),
        Tok::Num(..) => false,
    }
}

fn ordinal_suffix(t: Option<&Tok>) -> bool {
    matches!(t, Some(Tok::Word(w)) if matches!(w.as_str(), "st" | "nd" | "rd" | "th" | "er" | "e" | "º"))
}

/// The first date written in `text`. With `month_first`, ambiguous numeric
/// dates (`03/04/2022`) read month first, as in US English; otherwise day
/// first.
#[must_use]
pub fn in_text(text: &str, month_first: bool) -> Option<Date> {
    // Every date form holds a year: four ASCII digits in a run of their own.
    if !has_four_digit_run(text) {
        return None;
    }
    let t = tokens(text);
    (0..t.len()).find_map(|i| at(&t, i, month_first))
}

/// `text` has a run of exactly four ASCII digits (what [`year`] needs).
fn has_four_digit_run(text: &str) -> bool {
    let mut run = 0;
    for &b in text.as_bytes() {
        if b.is_ascii_digit() {
            run += 1;
        } else {
            if run == 4 {
                return true;
            }
            run = 0;
        }
    }
    run == 4
}

fn year(t: Option<&Tok>) -> Option<u16> {
    match t {
        Some(&Tok::Num(v, 4)) if (MIN_YEAR as u32..=MAX_YEAR as u32).contains(&v) => Some(v as u16),
        _ => None,
    }
}

fn small(t: Option<&Tok>) -> Option<u8> {
    match t {
        Some(&Tok::Num(v, 1 | 2)) if v <= 31 => Some(v as u8),
        _ => None,
    }
}

fn mark(t: Option<&Tok>) -> Option<char> {
    match t {
        Some(&Tok::Mark(c)) => Some(c),
        _ => None,
    }
}

/// Skips filler tokens from `i`, returning the next index.
fn skip(t: &[Tok], mut i: usize) -> usize {
    while t.get(i).is_some_and(filler) {
        i += 1;
    }
    i
}

fn at(t: &[Tok], i: usize, month_first: bool) -> Option<Date> {
    if let Some(y) = year(t.get(i)) {
        // 2022-01-14, 2022/01/14, 2022.01.14
        if let (Some(s), Some(m), Some(d)) =
            (mark(t.get(i + 1)), small(t.get(i + 2)), small(t.get(i + 4)))
            && matches!(s, '-' | '/' | '.')
            && mark(t.get(i + 3)) == Some(s)
        {
            return Date::new(y, m, d);
        }
        // 2022年1月14日, 2022년 1월 14일
        if matches!(mark(t.get(i + 1)), Some('年' | '년'))
            && let (Some(m), Some('月' | '월'), Some(d)) =
                (small(t.get(i + 2)), mark(t.get(i + 3)), small(t.get(i + 4)))
        {
            return Date::new(y, m, d);
        }
        // 2022. január 14.
        let j = skip(t, i + 1);
        if let Some(Tok::Word(w)) = t.get(j)
            && let Some(m) = month(w)
            && let Some(d) = small(t.get(skip(t, j + 1)))
        {
            return Date::new(y, m, d);
        }
        return None;
    }
    if let Some(a) = small(t.get(i)) {
        // 14.01.2022, 14/01/2022, 01/14/2022
        if let (Some(s), Some(b)) = (mark(t.get(i + 1)), small(t.get(i + 2)))
            && matches!(s, '-' | '/' | '.')
            && mark(t.get(i + 3)) == Some(s)
            && let Some(y) = year(t.get(i + 4))
        {
            let (m, d) = if a > 12 || s == '.' || (!month_first && b <= 12) {
                (b, a)
            } else {
                (a, b)
            };
            return Date::new(y, m, d);
        }
        // 14 января 2022, 14. Januar 2022, 14 de enero de 2022, 14th January 2022
        let mut j = i + 1;
        if ordinal_suffix(t.get(j)) {
            j += 1;
        }
        let j = skip(t, j);
        if let Some(Tok::Word(w)) = t.get(j)
            && let Some(m) = month(w)
            && let Some(y) = year(t.get(skip(t, j + 1)))
        {
            return Date::new(y, m, a);
        }
        return None;
    }
    if let Some(Tok::Word(w)) = t.get(i)
        && let Some(m) = month(w)
    {
        // January 14, 2022; Jan. 14th 2022
        let j = skip(t, i + 1);
        if let Some(d) = small(t.get(j)) {
            let mut k = j + 1;
            if ordinal_suffix(t.get(k)) {
                k += 1;
            }
            if let Some(y) = year(t.get(skip(t, k))) {
                return Date::new(y, m, d);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_four_digit_runs() {
        assert!(has_four_digit_run("May 3, 2021"));
        assert!(has_four_digit_run("2021年5月3日"));
        assert!(!has_four_digit_run("20210503 and 12/05/21"));
        assert_eq!(in_text("20210503", false), None);
    }

    fn d(s: &str) -> Option<String> {
        in_text(s, false).map(|d| d.iso())
    }

    #[test]
    fn text_dates_in_many_languages() {
        let want = Some("2022-01-14".to_owned());
        for s in [
            "14 января 2022",
            "14. Januar 2022",
            "2022年1月14日",
            "2022년 1월 14일",
            "January 14, 2022",
            "Jan. 14th, 2022",
            "14 de enero de 2022",
            "le 14 janvier 2022 à 10h",
            "14 stycznia 2022 r.",
            "14 Ocak 2022 Cuma",
            "14. ledna 2022",
            "14.01.2022",
            "Posted 14/01/2022",
            "2022-01-14T10:00:00Z",
            "14 gennaio 2022",
            "14 de janeiro de 2022",
            "14 januari 2022",
            "14 січня 2022",
        ] {
            assert_eq!(d(s), want, "{s}");
        }
        assert_eq!(d("3 июля 2021"), Some("2021-07-03".into()));
        assert_eq!(d("2. März 2020"), Some("2020-03-02".into()));
        assert_eq!(d("5 août 2019"), Some("2019-08-05".into()));
        assert_eq!(d("12 Şubat 2023"), Some("2023-02-12".into()));
        assert_eq!(d("1 lipca 2020"), Some("2020-07-01".into()));
        assert_eq!(d("3 października 2022"), Some("2022-10-03".into()));
        assert_eq!(
            d("Сергей_58 12 июля 2022 Листья"),
            Some("2022-07-12".into())
        );
        assert_eq!(d("3. července 2020"), Some("2020-07-03".into()));
        assert_eq!(d("3. června 2020"), Some("2020-06-03".into()));
    }

    #[test]
    fn ambiguous_and_invalid() {
        assert_eq!(
            in_text("03/04/2022", true).map(|d| d.iso()),
            Some("2022-03-04".into())
        );
        assert_eq!(d("03/04/2022"), Some("2022-04-03".into()));
        assert_eq!(d("31 February 2022"), None);
        assert_eq!(d("page 12 of 2000 items"), None);
        assert_eq!(d("no date here"), None);
    }

    #[test]
    fn values_and_urls() {
        assert_eq!(
            parse_value("2015-07-24T05:36:09+01:00").map(|d| d.iso()),
            Some("2015-07-24".into())
        );
        assert_eq!(
            parse_value("20150724").map(|d| d.iso()),
            Some("2015-07-24".into())
        );
        assert_eq!(
            in_url("https://x.org/news/2019/03/07/storm").map(|d| d.iso()),
            Some("2019-03-07".into())
        );
        assert_eq!(
            in_url("https://x.org/2019-03-07-storm.html").map(|d| d.iso()),
            Some("2019-03-07".into())
        );
        assert_eq!(in_url("https://x.org/a/12345678"), None);
    }
}
