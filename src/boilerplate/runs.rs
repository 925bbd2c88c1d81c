//! Lines judged by their neighbours: runs of menu fragments anywhere, and,
//! on text pages, where no markup tells a heading from a menu item, lines
//! that are no sentence kept only beside body text.

use super::lines::{reads_as_body, word_count_upto};
use crate::candidate::Candidate;
use crate::document::Reason;
use crate::extract::ends_sentence;

/// Lines this close to chrome at the page's edge go with it when short.
const EDGE_REACH: usize = 2;
/// Longest headline in a related-posts list, in words.
const HEADLINE_WORDS: usize = 20;
/// Words in a line short enough to be menu-like.
const SHORT_WORDS: usize = 6;
/// Words a line that is no sentence may have and still be judged by its
/// neighbours (on text pages).
const LOOSE_WORDS: usize = 20;
/// Loose lines in a row that make a menu or a list of links.
const LOOSE_RUN: usize = 2;

/// Fragments in a row that make a menu rather than prose.
const FRAGMENT_RUN: usize = 4;
/// Words in a fragment.
const FRAGMENT_WORDS: usize = 3;

/// Runs of [`FRAGMENT_RUN`] or more paragraph fragments of a few words each
/// (player controls, tag clouds, menus flattened into paragraphs) are chrome.
/// List items and headings are exempt: short items are normal in lists.
pub(crate) fn revise_fragment_runs(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let fragment = |i: usize| {
        verdict[i].is_none()
            && cands[i].kind == crate::document::BlockKind::Paragraph
            && word_count_upto(&cands[i].text, FRAGMENT_WORDS) <= FRAGMENT_WORDS
            && !ends_sentence(&cands[i].text)
    };
    // Text set apart (hidden, figure captions) neither makes nor breaks a run.
    let apart = |v: Option<Reason>| matches!(v, Some(Reason::Hidden | Reason::Caption));
    let mut run: Vec<usize> = Vec::new();
    let mut runs = Vec::new();
    // One index past the end closes the last run.
    for i in (0..cands.len()).chain(std::iter::once(usize::MAX)) {
        let v = verdict.get(i).copied().flatten();
        if apart(v) {
            continue;
        }
        if i < cands.len() && fragment(i) {
            run.push(i);
            continue;
        }
        if run.len() >= FRAGMENT_RUN {
            runs.push(std::mem::take(&mut run));
        }
        run.clear();
    }
    // A list of short items set inside the text (`You will need:` over
    // `2 eggs`, `flour`, `butter`, then the method) or a table's rows are
    // no menu: they come after body text or a line introducing them, and
    // before body text.
    let kept = |i: usize| verdict[i].is_none();
    let body = |i: usize| kept(i) && reads_as_body(&cands[i].text);
    let lists: Vec<bool> = runs
        .iter()
        .map(|run| {
            let (first, last) = (run[0], run[run.len() - 1]);
            let before = (0..first).rev().find(|&j| !apart(verdict[j]));
            let next = |from: usize| (from + 1..cands.len()).find(|&j| !apart(verdict[j]));
            let introduced = before
                .is_some_and(|j| body(j) || kept(j) && cands[j].text.trim_end().ends_with(':'));
            // The list's last item may be longer than a fragment.
            let followed =
                next(last).is_some_and(|j| body(j) || kept(j) && next(j).is_some_and(body));
            introduced && followed
        })
        .collect();
    for (run, list) in runs.into_iter().zip(lists) {
        if !list {
            for i in run {
                verdict[i] = Some(Reason::Navigation);
            }
        }
    }
}

/// Words of body text a page needs above a comment section's heading.
const BODY_ABOVE_COMMENTS: usize = 150;

/// Stems of the words that head a comment section (`3 Comments`, `Leave a
/// Reply`, `12 Gedanken zu …`), lowercase.
const COMMENT_STEMS: &[&str] = &[
    "comment",
    "kommentar",
    "коммент",
    "comentari",
    "commentair",
    "commento",
    "commenti",
    "komentarz",
    "reply",
    "responses",
    "thoughts on",
    "gedanken zu",
    "réflexions",
    "reacties",
    "ответ",
];

/// A comment section's heading: a line the lexicon reads as a comment form
/// or counter, of two words or more (a lone `Comment` is a button), that
/// names comments or replies.
fn heads_comments(c: &Candidate, v: Option<Reason>) -> bool {
    matches!(
        v,
        Some(Reason::CommentForm | Reason::Counter | Reason::Comments)
    ) && word_count_upto(&c.text, 2) >= 2
        && {
            let lower = c.text.to_lowercase();
            COMMENT_STEMS.iter().any(|s| lower.contains(s))
        }
}

/// How a comment's author line ends (`jdoe says:`, `Anna sagt:`), in the
/// languages covered, lowercase.
const SAYS: &[&str] = &[
    " says:",
    " said:",
    " sagt:",
    " schreibt:",
    " dit :",
    " dit:",
    " dice:",
    " scrive:",
    " disse:",
    " diz:",
    " zegt:",
    " napisał:",
    " pisze:",
    " пишет:",
    " написал:",
];

/// Words of body text a page needs above a run of comment author lines,
/// which say more than a heading does.
const BODY_ABOVE_AUTHORS: usize = 60;

/// Author lines from the first of which on a page's end is comments.
const MIN_AUTHOR_LINES: usize = 3;

/// Most words of a comment author's name before `says:`.
const SAYS_NAME_WORDS: usize = 4;

/// A comment's author line: a short name, then `says:` (`C. M. says:`).
fn says_line(text: &str) -> bool {
    let t = text.trim();
    word_count_upto(t, SAYS_NAME_WORDS + 2) <= SAYS_NAME_WORDS + 1 && {
        let lower = t.to_lowercase();
        SAYS.iter().any(|s| lower.ends_with(s))
    }
}

/// On a text page, the prose below a comment section's heading is reader
/// comments, when the heading comes after most of the body (at least
/// [`BODY_ABOVE_COMMENTS`] words and half of the page's kept words above
/// it): a comment count beside the byline heads no section. The first of
/// [`MIN_AUTHOR_LINES`] or more author lines (`jdoe says:`) after enough
/// body opens a section as a heading does, and goes with it.
fn comment_section(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let words: Vec<usize> = cands
        .iter()
        .map(|c| word_count_upto(&c.text, 1000))
        .collect();
    let total: usize = (0..cands.len())
        .filter(|&i| verdict[i].is_none())
        .map(|i| words[i])
        .sum();
    let says: Vec<bool> = cands.iter().map(|c| says_line(&c.text)).collect();
    let mut says_after = says.iter().filter(|&&s| s).count();
    let mut above = 0;
    for i in 0..cands.len() {
        let author = says[i] && says_after >= MIN_AUTHOR_LINES;
        says_after -= usize::from(says[i]);
        if verdict[i].is_none() && !author {
            above += words[i];
            continue;
        }
        let opens = if author {
            Some(i)
        } else if heads_comments(&cands[i], verdict[i]) {
            Some(i + 1)
        } else {
            None
        };
        // Reader comments can outweigh the article; a run of author lines,
        // or a heading that counts the comments (`There are 13 comments`),
        // says what follows without that check.
        let counted = verdict[i] == Some(Reason::Counter)
            && cands[i].text.contains(|c: char| c.is_ascii_digit());
        if let Some(from) = opens
            && (author && above >= BODY_ABOVE_AUTHORS
                || above >= BODY_ABOVE_COMMENTS && (counted || above * 2 >= total))
        {
            for v in &mut verdict[from..] {
                v.get_or_insert(Reason::Comments);
            }
            return;
        }
        if verdict[i].is_none() {
            above += words[i];
        }
    }
}

/// Words of a name alone on a line.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// A person's name alone (`Anna Berg`, `Jean-Luc Moreau`): two or three
/// words, each capitalized, of letters, hyphens, apostrophes and dots.
fn a_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    NAME_WORDS.contains(&words.len()) && words.iter().all(|w| super::lines::name_word(w))
}

/// On a text page, where no markup tells a heading from a menu item:
/// - lines that are no sentence, two or more in a row, stay only as a
///   heading over body text or between two body paragraphs (jusText's
///   context rule); a line alone stays (a label, a heading over a list), and
///   so does a list set inside the text (after body text or a line ending in
///   a colon, and before body text);
/// - headlines under a related-posts label go with it;
/// - a table of contents above the body, two or more of whose entries
///   come again below as headings, goes whole;
/// - a name alone over the date line above the body is the byline's;
/// - teasers stamped with how long ago they were posted (`32M ago`), two
///   or more, go with their headlines and summaries;
/// - the prose below a comment section's heading, when most of the body is
///   above it, or from a run of comment author lines (`jdoe says:`) on, is
///   reader comments (unless `keep_comments`);
/// - short lines next to chrome at the bottom are chrome too (footers come
///   in clusters).
pub(crate) fn revise_text_page(
    cands: &[Candidate],
    verdict: &mut [Option<Reason>],
    keep_comments: bool,
) {
    // Which lines are body text is read once: the stages below mark only
    // lines that are not.
    let body: Vec<bool> = cands
        .iter()
        .zip(verdict.iter())
        .map(|(c, v)| v.is_none() && reads_as_body(&c.text))
        .collect();
    contents_items(cands, verdict, &body);
    name_bylines(cands, verdict, &body);
    timed_teasers(cands, verdict);
    related_headlines(cands, verdict, &body);
    menu_runs(cands, verdict, &body);
    if !keep_comments {
        comment_section(cands, verdict);
    }
    bottom_edge(cands, verdict);
}

/// Entries of a table of contents that come again as headings below.
const CONTENTS_ENTRIES: usize = 2;

/// A table of contents above the body: a run of lines that are no
/// sentence, before the first paragraph of body text, [`CONTENTS_ENTRIES`]
/// or more of which come again, word for word, in the text below (as its
/// headings). The whole run
/// goes, the entries of sections without a heading (`Introduction`) too.
fn contents_items(cands: &[Candidate], verdict: &mut [Option<Reason>], body: &[bool]) {
    let Some(start) = body.iter().position(|&b| b) else {
        return;
    };
    let later: std::collections::HashSet<&str> =
        cands[start..].iter().map(|c| c.text.as_str()).collect();
    let entry: Vec<bool> = (0..start)
        .map(|i| verdict[i].is_none() && !ends_sentence(&cands[i].text))
        .collect();
    let mut i = 0;
    while i < start {
        if !entry[i] {
            i += 1;
            continue;
        }
        let end = (i..start).find(|&j| !entry[j]).unwrap_or(start);
        let again = (i..end)
            .filter(|&j| later.contains(cands[j].text.as_str()))
            .count();
        if again >= CONTENTS_ENTRIES {
            for v in &mut verdict[i..end] {
                *v = Some(Reason::Navigation);
            }
        }
        i = end;
    }
}

/// Lines a teaser has above its time stamp (a headline, a summary).
const TEASER_LINES: usize = 2;
/// Words of the longest teaser line.
const TEASER_WORDS: usize = 60;

/// A list of teasers stamped with how long ago they were posted (`32M ago`
/// under a headline and its summary, twice or more): each stamp takes the
/// short lines above it, back to the previous stamp.
fn timed_teasers(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let stamps: Vec<usize> = (0..cands.len())
        .filter(|&i| {
            verdict[i] == Some(Reason::Byline) && super::lines::is_relative_time(&cands[i].text)
        })
        .collect();
    if stamps.len() < 2 {
        return;
    }
    let mut from = 0;
    for &t in &stamps {
        // The teaser opens with its headline, a line that is no sentence,
        // at most [`TEASER_LINES`] above the stamp and after the last one.
        let start = (from.max(t.saturating_sub(TEASER_LINES))..t)
            .find(|&i| super::lines::looks_like_heading(&cands[i].text));
        if let Some(start) = start
            && (start..t).all(|i| word_count_upto(&cands[i].text, TEASER_WORDS) <= TEASER_WORDS)
        {
            for v in &mut verdict[start..t] {
                v.get_or_insert(Reason::Related);
            }
        }
        from = t + 1;
    }
}

/// A name alone over the date line above the body is the byline's.
fn name_bylines(cands: &[Candidate], verdict: &mut [Option<Reason>], body: &[bool]) {
    let body_start = body.iter().position(|&b| b).unwrap_or(0);
    for i in 0..body_start.saturating_sub(1) {
        if verdict[i].is_none() && verdict[i + 1] == Some(Reason::Byline) && a_name(&cands[i].text)
        {
            verdict[i] = Some(Reason::Byline);
        }
    }
}

/// Headlines listed under a related-posts label go with it.
fn related_headlines(cands: &[Candidate], verdict: &mut [Option<Reason>], body: &[bool]) {
    let mut under_related = false;
    for i in 0..cands.len() {
        match verdict[i] {
            Some(Reason::Related) => under_related = true,
            Some(_) => {}
            None if under_related
                && word_count_upto(&cands[i].text, HEADLINE_WORDS) <= HEADLINE_WORDS
                && !body[i] =>
            {
                verdict[i] = Some(Reason::Related);
            }
            None => under_related = false,
        }
    }
}

/// Lines that interrupt an article without ending it (an advertisement
/// label, a byline, a share bar and its counts): looked past when finding a
/// line's neighbours.
fn interrupts(v: Option<Reason>) -> bool {
    matches!(
        v,
        Some(
            Reason::Advertisement
                | Reason::Byline
                | Reason::Counter
                | Reason::Share
                | Reason::Caption
                | Reason::Hidden
        )
    )
}

/// A line that is no sentence stays as a heading over body text, or between
/// two body paragraphs; elsewhere, in a run of two or more, it is a menu's
/// or a list of links' (jusText's context rule, for text without markup).
fn menu_runs(cands: &[Candidate], verdict: &mut [Option<Reason>], body: &[bool]) {
    let n = cands.len();
    let past: Vec<bool> = (0..n)
        .map(|j| interrupts(verdict[j]) || super::marks::bare_count(&cands[j]))
        .collect();
    // For each line, the nearest line after and before it not looked past
    // (one pass each way, so that long runs of counts cost no more).
    let mut after = vec![None; n];
    for i in (0..n.saturating_sub(1)).rev() {
        after[i] = if past[i + 1] {
            after[i + 1]
        } else {
            Some(i + 1)
        };
    }
    let mut before = vec![None; n];
    for i in 1..n {
        before[i] = if past[i - 1] {
            before[i - 1]
        } else {
            Some(i - 1)
        };
    }
    let is_body = |i: Option<usize>| i.is_some_and(|i| body[i]);
    // Lines that are no sentence and stand before no body text, in runs;
    // `loose` marks those that may go.
    let mut lines = Vec::new();
    let mut loose = vec![false; n];
    for i in 0..n {
        if verdict[i].is_some()
            || word_count_upto(&cands[i].text, LOOSE_WORDS) > LOOSE_WORDS
            || ends_sentence(&cands[i].text)
        {
            continue;
        }
        // Body after it covers the heading over body text and the line
        // between two paragraphs alike.
        if is_body(after[i]) {
            continue;
        }
        // A line broken off a sentence (`… as described in` / `Section
        // 4 of …`) is text set in short lines, not a menu: it stays, but
        // belongs to the run around it (`2 tsp baking powder` over `a
        // pinch of salt` in a list of ingredients).
        let continued = cands
            .get(i + 1)
            .is_some_and(|c| verdict[i + 1].is_none() && c.text.starts_with(char::is_lowercase));
        loose[i] = !continued;
        lines.push(i);
    }
    // Menus and link lists come in runs; a loose line alone (a heading over
    // a list, a label) stays.
    let mut k = 0;
    while k < lines.len() {
        let mut end = k + 1;
        while end < lines.len() && lines[end] == lines[end - 1] + 1 {
            end += 1;
        }
        // A list set inside the text: after a line introducing it (`You
        // will need:`) or after body text, and before body text.
        let (first, last) = (lines[k], lines[end - 1]);
        let introduced = before[first].is_some_and(|p| {
            verdict[p].is_none() && (body[p] || cands[p].text.trim_end().ends_with(':'))
        });
        // The run's last item may stay as the heading of the text after it.
        let next = after[last];
        let followed =
            is_body(next) || next.is_some_and(|a| verdict[a].is_none() && is_body(after[a]));
        let run = &lines[k..end];
        if run.iter().filter(|&&i| loose[i]).count() >= LOOSE_RUN
            && !(introduced && followed)
            && !records(run.iter().map(|&i| cands[i].text.as_str()))
        {
            for &i in run.iter().filter(|&&i| loose[i]) {
                verdict[i] = Some(Reason::TooShort);
            }
        }
        k = end;
    }
}

/// Lines that make a list of records rather than a menu.
const RECORD_LINES: usize = 5;
/// Share of a run's lines that must share one skeleton.
const RECORD_SHARE: f32 = 0.6;
/// Words a record has at least.
const RECORD_WORDS: usize = 3;

/// Whether `lines` are records of one form (`June 9 – Tampa, FL @ Arena`,
/// a date, a place and a venue in each): most of them, five or more, have
/// three words or more and the same punctuation in the same order. Menu
/// items are words without it.
fn records<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    let skeletons: Vec<String> = lines
        .filter(|l| word_count_upto(l, RECORD_WORDS) >= RECORD_WORDS)
        .map(|l| {
            l.chars()
                .filter(|c| !c.is_alphanumeric() && !c.is_whitespace())
                .collect()
        })
        .collect();
    if skeletons.len() < RECORD_LINES {
        return false;
    }
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for s in &skeletons {
        *counts.entry(s.as_str()).or_default() += 1;
    }
    counts.into_iter().any(|(s, n)| {
        !s.is_empty() && n >= RECORD_LINES && n as f32 >= RECORD_SHARE * skeletons.len() as f32
    })
}

/// Short lines next to chrome at the bottom are chrome too (footers come
/// in clusters).
fn bottom_edge(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let short = |i: usize| {
        word_count_upto(&cands[i].text, SHORT_WORDS) <= SHORT_WORDS
            && !ends_sentence(&cands[i].text)
    };
    let mut gap = usize::MAX;
    for i in (0..cands.len()).rev() {
        if verdict[i].is_some() {
            gap = 0;
            continue;
        }
        gap = gap.saturating_add(1);
        // A line that goes on from a kept one (the last item of a list,
        // `… and` / `mulch`) is not the footer's.
        let goes_on =
            i > 0 && verdict[i - 1].is_none() && cands[i].text.starts_with(char::is_lowercase);
        if gap <= EDGE_REACH && short(i) && !goes_on {
            verdict[i] = Some(Reason::TooShort);
            gap = 0;
        } else {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph of body text.
    const BODY: &str = "The council voted on Tuesday to extend the library into the empty school next door, the mayor said.";
    /// Body text of more words than a comment section needs above it.
    const LONG_BODY: &str = "The council voted on Tuesday to extend the library into the empty school next door, and the mayor said the work would start in spring and take about a year, with the reading room moving to the town hall meanwhile.";

    /// The verdicts of a text page of `texts`, as paragraphs none of which
    /// an earlier stage removed, comments dropped.
    fn revised(texts: &[&str]) -> Vec<Option<Reason>> {
        let cands = paragraphs(texts);
        let mut verdict = vec![None; cands.len()];
        revise_text_page(&cands, &mut verdict, false);
        verdict
    }

    /// [`revised`] where an earlier stage already removed the blocks of
    /// `preset` for their reasons.
    fn revised_with(texts: &[&str], preset: &[(usize, Reason)]) -> Vec<Option<Reason>> {
        let cands = paragraphs(texts);
        let mut verdict = vec![None; cands.len()];
        for &(i, r) in preset {
            verdict[i] = Some(r);
        }
        revise_text_page(&cands, &mut verdict, false);
        verdict
    }

    fn paragraphs(texts: &[&str]) -> Vec<Candidate> {
        texts
            .iter()
            .map(|t| Candidate::new(*t, crate::document::BlockKind::Paragraph))
            .collect()
    }

    #[test]
    fn lines_that_are_no_sentence_stay_only_beside_body() {
        let body = BODY;
        let texts = [
            "Giving 101",
            "Your donation can change a life",
            "Library to grow",
            "Advertisement",
            body,
            "What it costs",
            body,
            "Most read",
            "Ferry prices rise in April",
        ];
        let verdict = revised_with(&texts, &[(3, Reason::Advertisement)]);
        // A menu's lines go (two or more in a row); a heading over the body
        // stays, past an advertisement label, and so does one between two
        // paragraphs.
        assert_eq!(verdict[0], Some(Reason::TooShort));
        assert_eq!(verdict[1], Some(Reason::TooShort));
        assert_eq!(verdict[2], None);
        assert_eq!(verdict[5], None);
        assert!(verdict[7].is_some() && verdict[8].is_some());
    }

    #[test]
    fn a_name_over_the_date_above_the_body_is_a_byline() {
        let body = BODY;
        let texts = [
            "Anna Berg",
            "Mar 3, 2024",
            body,
            "Anna Berg",
            "Mar 4, 2024",
            body,
        ];
        let cands = paragraphs(&texts);
        let mut verdict = vec![
            None,
            Some(Reason::Byline),
            None,
            None,
            Some(Reason::Byline),
            None,
        ];
        revise_text_page(&cands, &mut verdict, false);
        assert_eq!(verdict[0], Some(Reason::Byline));
        // Below the body's start, a name is the text's.
        assert_eq!(verdict[3], None);
        assert!(!a_name("Why the ferry costs more"));
        assert!(a_name("Jean-Luc Moreau"));
    }

    #[test]
    fn prose_under_a_comment_heading_below_the_body_is_comments() {
        let body = LONG_BODY;
        let comment = "I have waited for this library for years, and I am glad the council finally agreed to it.";
        let mut lines = vec![body; 5];
        lines.extend(["3 Comments", comment, comment]);
        let verdict = revised_with(&lines, &[(5, Reason::Counter)]);
        assert_eq!(&verdict[..5], &[None; 5]);
        assert_eq!(&verdict[6..], &[Some(Reason::Comments); 2]);
        // Unless comments are kept.
        let cands = paragraphs(&lines);
        let mut kept = vec![None; cands.len()];
        kept[5] = Some(Reason::Counter);
        revise_text_page(&cands, &mut kept, true);
        assert_eq!(&kept[6..], &[None; 2]);
        // A comment count above the body heads no section.
        let mut lines = vec!["3 Comments"];
        lines.extend([body; 5]);
        let verdict = revised_with(&lines, &[(0, Reason::Counter)]);
        assert_eq!(&verdict[1..], &[None; 5]);
    }

    #[test]
    fn a_counted_comment_heading_opens_comments_that_outweigh_the_body() {
        let comment = "I have waited for this library for years, and I am glad the council finally agreed to it at last.";
        let mut lines = vec![LONG_BODY; 4];
        lines.push("There are 13 comments");
        lines.extend([comment; 12]);
        let verdict = revised_with(&lines, &[(4, Reason::Counter)]);
        assert_eq!(&verdict[..4], &[None; 4]);
        assert!(verdict[5..].iter().all(|v| *v == Some(Reason::Comments)));
    }

    #[test]
    fn a_run_of_author_lines_below_the_body_opens_the_comments() {
        let body = LONG_BODY;
        let comment = "I have waited for this library for years, and I am glad the council finally agreed to it, though spring seems far away to me and to my neighbours who use the reading room every single day of the week.";
        let mut lines = vec![body; 4];
        for author in ["readerone says:", "C. M. says:", "Anna sagt:"] {
            lines.extend([author, comment, comment]);
        }
        let verdict = revised(&lines);
        // The comments outweigh the article; the author lines still say
        // where they start.
        assert_eq!(&verdict[..4], &[None; 4]);
        assert!(
            verdict[4..].iter().all(|v| *v == Some(Reason::Comments)),
            "{verdict:?}"
        );
        // Two author lines are quotes, not a thread.
        let mut lines = vec![body; 4];
        lines.extend(["The mayor says:", comment, "Her deputy says:", comment]);
        let verdict = revised(&lines);
        assert!(verdict.iter().all(|v| v.is_none()), "{verdict:?}");
    }

    #[test]
    fn long_headlines_in_a_run_below_the_body_go() {
        let body = BODY;
        let texts = [
            body,
            body,
            "Most read",
            "Spot in the conference championship up for grabs as the home side hosts the league leaders",
            "How to retire early so you can work, travel and relax on your own schedule for good",
            "Stolen account passwords are selling for three dollars on hacking forums a week after the breach",
        ];
        let verdict = revised(&texts);
        assert!(verdict[3..].iter().all(Option::is_some), "{verdict:?}");
        // One such line between two paragraphs is a subheading.
        let texts = [
            body,
            "A subtitle of fourteen words that stands alone between two paragraphs of the story",
            body,
        ];
        let verdict = revised(&texts);
        assert_eq!(verdict, [None; 3]);
    }

    #[test]
    fn headlines_under_a_related_label_go_with_it() {
        let body = BODY;
        let texts = [
            body,
            body,
            "Related stories",
            "Why the ferry to the island costs more this winter than it did in any year since the war",
            "Ferry prices rise in April",
        ];
        let verdict = revised_with(&texts, &[(2, Reason::Related)]);
        assert_eq!(verdict[3], Some(Reason::Related), "a headline of 18 words");
        assert!(verdict[4].is_some());
    }

    #[test]
    fn a_list_inside_the_text_stays() {
        let texts = [
            "Pancakes are quick to make and the children can help, which is half the fun of a slow Sunday.",
            "You will need:",
            "2 eggs",
            "100 g flour",
            "1 cup of milk",
            "Mix everything in a bowl until smooth, then let the batter rest for ten minutes.",
            "Home",
            "Recipes",
        ];
        let verdict = revised(&texts);
        assert_eq!(&verdict[..6], &[None; 6]);
        assert_eq!(&verdict[6..], &[Some(Reason::TooShort); 2]);
    }

    #[test]
    fn an_item_that_runs_on_keeps_its_list_together() {
        // `2 tsp baking powder` runs on into a lower-case item: the list is
        // still one run, introduced and followed by body text.
        let texts = [
            "Pancakes are quick to make and the children can help, which is half the fun of a slow Sunday.",
            "Ingredients",
            "2 eggs",
            "100 g flour",
            "2 tsp baking powder",
            "a pinch of salt",
            "Method",
            "Mix everything in a bowl until smooth, then let the batter rest for ten minutes.",
        ];
        assert_eq!(revised(&texts), [None; 8]);
    }

    #[test]
    fn a_list_that_ends_the_text_keeps_its_last_item() {
        let texts = [
            "Pancakes are quick to make and the children can help, which is half the fun of a slow Sunday.",
            "Mix everything in a bowl until smooth, then let the batter rest for ten minutes.",
            "What you will need:",
            "a bowl",
            "a whisk",
            "a pan",
            "Share this article",
        ];
        let verdict = revised_with(&texts, &[(6, Reason::Share)]);
        assert_eq!(&verdict[..6], &[None; 6]);
    }

    #[test]
    fn short_items_between_body_text_are_a_list_not_a_menu() {
        let fragments = |texts: &[&str]| {
            let cands = paragraphs(texts);
            let mut verdict = vec![None; cands.len()];
            revise_fragment_runs(&cands, &mut verdict);
            verdict
        };
        let intro = "Pancakes are quick to make and the children can help, which is half the fun of a slow Sunday.";
        let method = "Whisk everything until smooth, then fry small rounds in a hot buttered pan until golden.";
        let items = ["2 eggs", "250 ml milk", "flour", "butter"];
        let list: Vec<&str> = [intro, "You will need:"]
            .into_iter()
            .chain(items)
            .chain(["a pinch of salt", method])
            .collect();
        assert_eq!(fragments(&list), vec![None; list.len()]);
        let table = [
            intro,
            "Team\tPoints",
            "Northport\t28",
            "Eastfield\t26",
            "Riverside\t21",
            method,
        ];
        assert_eq!(fragments(&table), vec![None; table.len()]);
        // The same items with no body text after them are a menu.
        let menu: Vec<&str> = [intro].into_iter().chain(items).collect();
        assert_eq!(&fragments(&menu)[1..], &[Some(Reason::Navigation); 4]);
    }

    #[test]
    fn teasers_stamped_with_how_long_ago_go() {
        let texts = [
            LONG_BODY,
            "Council tax to rise by four percent",
            "The rise will pay for more bus routes and school repairs.",
            "32M ago",
            "New bus timetable from June",
            "The new timetable adds evening buses to three villages.",
            "2H ago",
        ];
        let verdict = revised_with(&texts, &[(3, Reason::Byline), (6, Reason::Byline)]);
        assert_eq!(verdict[0], None);
        assert!(verdict[1..].iter().all(Option::is_some), "{verdict:?}");
        // One stamp under a paragraph is that paragraph's date, no list.
        let texts = [
            LONG_BODY,
            "The rise will pay for more bus routes and school repairs.",
            "2H ago",
        ];
        let cands = paragraphs(&texts);
        let mut verdict = vec![None, None, Some(Reason::Byline)];
        revise_text_page(&cands, &mut verdict, false);
        assert_eq!(&verdict[..2], &[None, None]);
    }

    #[test]
    fn a_list_of_records_is_no_menu() {
        let texts = [
            BODY,
            "Tour dates",
            "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
            "June 10 – Tampa, FL @ Credit Union Amphitheatre",
            "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre",
            "June 17 – Nashville, TN @ Bridgestone Arena",
            "June 19 – Charlotte, NC @ Music Pavilion",
            "Home",
            "Contact",
        ];
        let verdict = revised(&texts);
        assert_eq!(&verdict[2..7], &[None; 5], "{verdict:?}");
        // Menu items share no form.
        let texts = [
            BODY,
            "World news today",
            "Sport and games",
            "Culture and arts",
            "Local weather map",
            "Jobs and homes",
        ];
        assert!(revised(&texts)[1..].iter().all(Option::is_some));
    }

    #[test]
    fn a_table_of_contents_above_the_body_goes_whole() {
        let texts = [
            "Introduction",
            "What the council decided",
            "Who pays for the works",
            LONG_BODY,
            "What the council decided",
            LONG_BODY,
            "Who pays for the works",
            LONG_BODY,
        ];
        let verdict = revised(&texts);
        assert_eq!(&verdict[..3], &[Some(Reason::Navigation); 3]);
        assert_eq!(&verdict[3..], &[None; 5]);
        // One entry seen again is a heading over the body, no table.
        let verdict = revised(&[
            "What the council decided",
            LONG_BODY,
            "What the council decided",
            LONG_BODY,
        ]);
        assert_eq!(verdict, [None; 4]);
    }

    #[test]
    fn text_set_in_short_lines_stays() {
        let texts = [
            "Menu",
            "Search the archive",
            "The client can make its requests using a bearer token as",
            "described in the section on storage, and the server answers",
            "with the document or an error code.",
        ];
        let verdict = revised(&texts);
        assert_eq!(&verdict[..2], &[Some(Reason::TooShort); 2]);
        assert_eq!(&verdict[2..], &[None, None, None]);
    }
}
