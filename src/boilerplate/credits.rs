//! Captions and photo credits: lines that describe or credit a picture
//! rather than tell the story (`Abbildung 4: …`, `… (AP Photo/Jane Roe)`,
//! `Jane Roe, AP`, `Photo by Jane Roe/Getty Images`). Wire-service
//! reporting credits stay: they are part of the story as the agency filed
//! it. Recognised by their shape, in any language the word lists cover.

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

/// Labels that open an image caption or credit (`Abbildung 4: …`, `Foto: …`).
const CAPTION_LABELS: &[&str] = &[
    "abbildung",
    "abb",
    "bild",
    "foto",
    "fotos",
    "photo",
    "photos",
    "image",
    "figure",
    "fig",
    "grafik",
    "quelle",
    "source",
    "fuente",
    "fonte",
    "źródło",
    "zdjęcie",
    "fot",
    "фото",
    "источник",
    "джерело",
    "图",
    "图片",
    "写真",
    "사진",
    "resim",
    "fotoğraf",
    "kaynak",
    "crédit",
    "credit",
    "credits",
];
/// Longest caption, in words.
pub(crate) const MAX_CAPTION_WORDS: usize = 60;

/// An image caption or credit: a caption label, an optional number, then a
/// colon (`Abbildung 4: klassische Schwachschicht`, `Foto: dpa`).
/// The block has at most [`MAX_CAPTION_WORDS`] words.
pub(crate) fn is_caption(text: &str) -> bool {
    // `… protests kicked off in June (Image: GETTY)`, `… (AP Photo/Jane
    // Doe)`: a credit in brackets closing the block, its label the last word
    // before the colon or slash.
    if let Some(open) = text.trim_end().strip_suffix(')').and_then(|t| t.rfind('(')) {
        let inner = &text[open + 1..];
        if let Some((head, _)) = inner.split_once([':', '：', '/'])
            && let Some(label) = head.split_whitespace().next_back()
            && head.split_whitespace().count() <= 3
            && CAPTION_LABELS.contains(&label.to_lowercase().as_str())
        {
            return true;
        }
        // `… (NASA via AP, File)`: an agency credited in the brackets.
        if credits_agency(inner.trim_end().trim_end_matches(')')) {
            return true;
        }
    }
    let Some((head, _)) = text.split_once([':', '：']) else {
        return false;
    };
    let mut words = head.split_whitespace();
    let Some(label) = words.next() else {
        return false;
    };
    let label = label.trim_end_matches('.').to_lowercase();
    let rest_is_number = words.all(|w| w.trim_end_matches('.').chars().all(|c| c.is_ascii_digit()));
    rest_is_number && CAPTION_LABELS.contains(&label.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_caption(text: &str) -> bool {
        super::super::lines::word_count_upto(text, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS
            && super::is_caption(text)
    }

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

    #[test]
    fn captions() {
        assert!(is_caption("Abbildung 4: klassische Schwachschicht."));
        assert!(is_caption("Foto: dpa"));
        assert!(is_caption(
            "The protests kicked off in June (Image: GETTY )"
        ));
        assert!(is_caption(
            "A long row of unsold pickups sits at a dealership in Denver. (AP Photo/Jane Roe)"
        ));
        assert!(!is_caption("The council met (as planned) on Monday."));
        assert!(!is_caption("Speeds fell to 30 (km/h) near the school."));
        assert!(!is_caption(
            "Readers sent in their pictures (see the full photo/video gallery online)"
        ));
        assert!(!is_caption(
            "Source of the river: a spring in the hills, the guide said."
        ));
        assert!(!is_caption(
            "Photography is her passion: she began at twelve."
        ));
    }
}
