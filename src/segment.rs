//! Plain text (WET records, dataset rows) into blocks: one block per line,
//! hard-wrapped paragraphs joined, and site headers glued to the first line
//! (`example.ruВ мире` + the title, with no space between) split off.

use crate::candidate::Candidate;
use crate::document::{BlockKind, Reason};

/// How many lines at the top are checked for a glued site header.
const GLUE_LINES: usize = 3;
/// Longest section name (`Nachrichten`, `В мире`) glued after a site name.
const MAX_SECTION_CHARS: usize = 30;

/// Splits text into candidate blocks.
///
/// ```
/// use pageclean::segment::segment;
/// let blocks = segment("site.ruНовостиBig news today\n\nFirst paragraph.");
/// let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
/// assert_eq!(texts, ["site.ru", "Новости", "Big news today", "First paragraph."]);
/// ```
#[must_use]
pub fn segment(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for para in paragraphs(text) {
        for line in para {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if out.len() < GLUE_LINES {
                let parts = split_glued(line);
                if parts.len() > 1 {
                    let last = parts.len() - 1;
                    for (i, p) in parts.into_iter().enumerate() {
                        let c = Candidate::new(p, BlockKind::Paragraph);
                        out.push(if i < last {
                            c.with_hint(Reason::SiteHeader, false)
                        } else {
                            c
                        });
                    }
                    continue;
                }
            }
            out.push(Candidate::new(line, BlockKind::Paragraph));
        }
    }
    out
}

/// Groups lines into paragraphs at blank lines; a paragraph that is
/// hard-wrapped prose becomes one joined line.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let mut paras: Vec<Vec<&str>> = vec![Vec::new()];
    for line in text.lines() {
        if line.trim().is_empty() {
            if !paras.last().is_some_and(Vec::is_empty) {
                paras.push(Vec::new());
            }
        } else if let Some(p) = paras.last_mut() {
            p.push(line);
        }
    }
    paras
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| {
            if is_hard_wrapped(&p) {
                vec![p.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ")]
            } else {
                p.into_iter().map(str::to_owned).collect()
            }
        })
        .collect()
}

/// Lines of similar width, most not ending a sentence, continuing in lower case:
/// prose wrapped at a fixed column.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    if lines.len() < 3 {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    let widths: Vec<usize> = body.iter().map(|l| l.trim().chars().count()).collect();
    let max = *widths.iter().max().unwrap_or(&0);
    let min = *widths.iter().min().unwrap_or(&0);
    let continued = lines
        .windows(2)
        .filter(|w| {
            w[1].trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        })
        .count();
    (40..=100).contains(&max) && min * 10 >= max * 7 && continued * 2 >= lines.len() - 1
}

/// Splits a line where text is glued without a space across a change of
/// script or after a domain name (`GENERICO.ruВ миреWhat did...`). Returns the
/// line alone when there is no such seam.
fn split_glued(line: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut cuts = Vec::new();
    for w in chars.windows(2) {
        let ((ia, a), (i, b)) = (w[0], w[1]);
        if !(a.is_lowercase() && b.is_uppercase()) {
            continue;
        }
        let script = crate::lang::script_of;
        let script_change = script(&line[ia..i]) != script(&line[i..i + b.len_utf8()]);
        let after_domain = looks_like_domain(&line[..i]);
        // After a seam, a one- or two-word section name glued to the title.
        let after_section = cuts.last().is_some_and(|&c: &usize| {
            let piece = &line[c..i];
            piece.chars().count() <= MAX_SECTION_CHARS && piece.split_whitespace().count() <= 2
        });
        if script_change || after_domain || after_section {
            cuts.push(i);
        }
    }
    if cuts.is_empty() {
        return vec![line.to_owned()];
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for c in cuts {
        parts.push(line[start..c].trim().to_owned());
        start = c;
    }
    parts.push(line[start..].trim().to_owned());
    parts.retain(|p| !p.is_empty());
    parts
}

/// True when `s` ends with a domain-like token (`news.example.com`).
fn looks_like_domain(s: &str) -> bool {
    let token = s.rsplit(char::is_whitespace).next().unwrap_or(s);
    let Some((name, tld)) = token.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_is_not_split() {
        for s in [
            "iPhone sales rose",
            "McDonald opened",
            "YouTube and PlayStation",
        ] {
            assert_eq!(split_glued(s), [s]);
        }
    }

    #[test]
    fn glued_header_is_split() {
        assert_eq!(
            split_glued("nachrichten.deWetterDer Sturm kommt"),
            ["nachrichten.de", "Wetter", "Der Sturm kommt"]
        );
        assert_eq!(
            split_glued("x.ruВ миреWhat now"),
            ["x.ru", "В мире", "What now"]
        );
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let t = "This is a long line of prose that was wrapped at a fixed\ncolumn by some tool and goes on for a while until it\nreaches the end of the paragraph.\n\nNext.";
        let b = segment(t);
        assert_eq!(b.len(), 2);
        assert!(b[0].text.starts_with("This is") && b[0].text.ends_with("paragraph."));
    }
}
