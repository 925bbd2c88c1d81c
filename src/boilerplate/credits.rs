//! Photo credits: lines that credit a picture rather than tell the story
//! (`Jane Roe, AP`, `Photo by Jane Roe/Getty Images`). Wire-service
//! reporting credits stay: they are part of the story as the agency filed
//! it. Recognised by their shape, in any
//! language the word lists cover.

use super::lines::Short;
use crate::document::Reason;
use crate::extract::ends_sentence;

/// Photo agencies and wire services whose name closes a credit line.
const AGENCIES: &[&str] = &[
    "ap",
    "associated press",
    "getty images",
    "getty",
    "reuters",
    "afp",
    "epa",
    "dpa",
    "ansa",
    "efe",
    "pa",
    "pa wire",
    "shutterstock",
    "istock",
    "istockphoto",
    "alamy",
    "imago",
    "picture alliance",
    "picture-alliance",
    "keystone",
    "tass",
    "ria novosti",
    "xinhua",
    "yonhap",
    "kyodo",
    "unsplash",
    "pixabay",
    "depositphotos",
    "creatas rf",
];

/// Whether a bracketed credit names an agency among its parts (`NASA via
/// AP, File`, `Jane Roe/Reuters`); a lone name (`(Reuters)`) is a source,
/// not a photo credit.
pub(crate) fn credits_agency(inner: &str) -> bool {
    let lower = inner.to_lowercase();
    let parts: Vec<&str> = lower
        .split([',', '/', ';'])
        .flat_map(|p| p.split(" via "))
        .map(str::trim)
        .collect();
    parts.len() >= 2 && parts.len() <= 4 && parts.iter().any(|p| AGENCIES.contains(p))
}

/// Words that open a photo credit (`Photo by …`, `Foto von …`).
const PHOTO_BY: &[&str] = &[
    "photo by",
    "photos by",
    "photograph by",
    "image by",
    "picture by",
    "foto von",
    "bild von",
    "photo de",
    "foto de",
    "foto di",
    "foto:",
    "фото:",
    "личный архив",
    "из личного архива",
    "фото из личного архива",
];

/// Longest photo credit, in words.
const MAX_CREDIT_WORDS: usize = 10;

/// A photo credit line: short, not a sentence, closing with an agency
/// (`Michael Conroy, AP`, `New York State Police via AP`) or opening with
/// `Photo by`.
fn photo_credit(s: &Short<'_>) -> bool {
    if s.words == 0 || s.words > MAX_CREDIT_WORDS {
        return false;
    }
    let lower = s.lower.trim().trim_end_matches('.');
    if PHOTO_BY.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    if ends_sentence(s.text) {
        return false;
    }
    // The agency is the last part after a comma, slash or `via`, or the
    // whole line.
    let tail = lower
        .rsplit([',', '/', '|'])
        .next()
        .unwrap_or("")
        .trim()
        .trim_start_matches("via ")
        .trim_start_matches("©")
        .trim();
    let tail = tail.rsplit(" via ").next().unwrap_or(tail).trim();
    AGENCIES.contains(&tail)
}

/// The reason a credit line is chrome, if it is one.
pub(crate) fn credit_line(s: &Short<'_>) -> Option<Reason> {
    photo_credit(s).then_some(Reason::Caption)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo_credit(text: &str) -> bool {
        Short::of(text).is_some_and(|s| super::photo_credit(&s))
    }

    #[test]
    fn photo_credits() {
        assert!(photo_credit("Michael Conroy, AP"));
        assert!(photo_credit("Getty Images"));
        assert!(photo_credit("New York State Police via AP"));
        assert!(photo_credit("Photo by Kirk Irwin/Getty Images"));
        assert!(photo_credit("Jupiterimages, Getty Images/Creatas RF"));
        assert!(photo_credit("Foto von Anna Berg"));
        assert!(credits_agency("NASA via AP, File"));
        assert!(credits_agency("Jane Roe/Reuters"));
        assert!(!credits_agency("Reuters"));
        assert!(!credits_agency("see the AP report, page 4, and the annex"));
        assert!(!photo_credit(
            "Getty Images reported higher sales this year."
        ));
        assert!(!photo_credit(
            "The agency's photographers, who supply pictures to Reuters and AP, went on strike"
        ));
    }
}
