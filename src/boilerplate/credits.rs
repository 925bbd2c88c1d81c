//! Captions and photo credits: lines that describe or credit a picture
//! rather than tell the story (`Abbildung 4: …`, `… (AP Photo/Jane Roe)`,
//! `Jane Roe, AP`, `Photo by Jane Roe/Getty Images`). Wire-service
//! reporting credits stay: they are part of the story as the agency filed
//! it. Recognised by their shape, in any language the word lists cover.

use super::lines::Short;
use super::notices::is_year;
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
    "pap",
    "apa",
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

/// The reason a credit line, or a notice about the text (see
/// [`super::notices`]), is chrome, if it is one.
pub(crate) fn credit_line(s: &Short<'_>) -> Option<Reason> {
    if super::notices::notice(s) {
        return Some(Reason::Copyright);
    }
    (photo_credit(s) || credited_caption(s) || placed_caption(s) || opens_with_credit(s))
        .then_some(Reason::Caption)
}

/// How a caption says where in the picture a person stands (`Jane Roe,
/// left, and …`, `Max Muster (links) …`), lowercase.
const POSITIONS: &[&str] = &[
    ", left,",
    ", right,",
    ", center,",
    ", centre,",
    ", from left,",
    " (left)",
    " (right)",
    " (center)",
    " (centre)",
    " (l.)",
    " (r.)",
    " (links)",
    " (rechts)",
    " (mitte)",
    " (von links)",
    " (v.l.)",
    " (à gauche)",
    " (à droite)",
    " (izquierda)",
    " (derecha)",
    " (a sinistra)",
    " (a destra)",
    " (z lewej)",
    " (z prawej)",
    " (слева)",
    " (справа)",
];

/// A caption that places the people in its picture: a few sentences at most
/// with a position marker (`Former Gov. Jane Roe, left, speaks with …`).
fn placed_caption(s: &Short<'_>) -> bool {
    if s.words > MAX_CREDITED_CAPTION_WORDS {
        return false;
    }
    // Each marker opens with a comma or a space and a bracket: only where
    // the line has one is a marker looked for.
    let lower = s.lower.as_str();
    lower.match_indices([',', '(']).any(|(i, m)| {
        // A bracketed marker starts at the space before its bracket.
        let from = if m == "(" {
            match i.checked_sub(1) {
                Some(j) if lower.as_bytes()[j] == b' ' => j,
                _ => return false,
            }
        } else {
            i
        };
        POSITIONS.iter().any(|p| lower[from..].starts_with(p))
    })
}

/// A caption that opens with its credit: a copyright sign, then the
/// photographer, then the description (`© Jane Roe A nurse prepares …`).
/// With a year after the sign it is a rights notice instead.
fn opens_with_credit(s: &Short<'_>) -> bool {
    s.words <= MAX_CREDITED_CAPTION_WORDS && s.lower.trim_start().starts_with('©')
}

/// Labels that introduce a picture's credit at the end of its caption.
const CREDIT_LABELS: &[&str] = &[
    "photo:",
    "photos:",
    "photo ©",
    "photos ©",
    "foto:",
    "fotos:",
    "foto ©",
    "fotos ©",
    "bild:",
    "image:",
    "image ©",
    "picture:",
    "credit:",
    "crédit:",
    "crédit photo:",
    "zdjęcie:",
    "fot.",
    "фото:",
];

/// Bracketed notes that close a caption and say what kind of picture it
/// is (`Logo of the committee (archive)`, `Polizeiauto (Symbolbild)`).
const PICTURE_MARKS: &[&str] = &[
    "(archiv)",
    "(archivbild)",
    "(archivfoto)",
    "(symbolbild)",
    "(symbolfoto)",
    "(file photo)",
    "(file)",
    "(archive)",
    "(archive photo)",
    "(illustration)",
    "(photo d'archives)",
    "(foto de archivo)",
    "(foto d'archivio)",
    "(zdjęcie ilustracyjne)",
];

/// Longest caption that ends with a credit, in words.
const MAX_CREDITED_CAPTION_WORDS: usize = 40;
/// Longest credit after its label or copyright sign, in words.
const MAX_TAIL_CREDIT_WORDS: usize = 6;

/// A caption that ends with its picture's credit: `The mayor at the
/// opening. Foto: dpa`, `Roman Prymula, photo: Government archive`,
/// `Snow on the roofs © Jane Roe/agency.de`. The credit follows a sentence
/// end, comma, bar or bracket and is a few words long.
fn credited_caption(s: &Short<'_>) -> bool {
    if s.words < 2 || s.words > MAX_CREDITED_CAPTION_WORDS {
        return false;
    }
    let closing = s.lower.trim_end();
    if PICTURE_MARKS.iter().any(|m| closing.ends_with(m)) {
        return true;
    }
    let lower = closing.trim_end_matches([')', '.']);
    // A few words that end no sentence inside (`agency.de` may have a dot).
    let short_tail = |tail: &str| {
        let n = tail.split_whitespace().count();
        (1..=MAX_TAIL_CREDIT_WORDS).contains(&n)
            && !tail.contains(". ")
            && !tail.contains(['!', '?'])
    };
    // Every label ends in a colon, a copyright sign or `fot.`: most lines
    // hold none, and need no search for each label.
    let may_have_label = lower.contains([':', '©']) || lower.contains("fot.");
    let labelled = may_have_label
        && CREDIT_LABELS.iter().any(|label| {
            lower.rmatch_indices(label).next().is_some_and(|(i, _)| {
                let before = lower[..i].trim_end();
                !before.is_empty()
                    && before.ends_with(['.', ',', '|', '(', '/', '–', '-', ':'])
                    && short_tail(lower[i + label.len()..].trim())
            })
        });
    // A copyright sign with a year dates a work (`© 2002 Jane Roe`); one
    // without credits a picture.
    labelled
        || lower.rfind('©').is_some_and(|i| {
            let before = lower[..i].trim_end();
            let tail = lower[i + '©'.len_utf8()..].trim();
            before.split_whitespace().count() >= 2
                && short_tail(tail)
                && !tail.split(|c: char| !c.is_alphanumeric()).any(is_year)
        })
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
    let Some(head) = before_colon(text) else {
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

/// The text before the first `:` or `：`, as `split_once` finds it, by the
/// bytes (`：` is `EF BC 9A`).
fn before_colon(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    memchr::memchr2_iter(b':', 0xEF, b)
        .find(|&i| b[i] == b':' || b[i + 1..].starts_with(&[0xBC, 0x9A]))
        .map(|i| &text[..i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_colon_as_split_once() {
        for t in [
            "",
            "Foto: dpa",
            "图片：新华社",
            "no colon ＡＢ",
            "a：b:c",
            "x:：",
            "ｆ",
        ] {
            assert_eq!(
                before_colon(t),
                t.split_once([':', '：']).map(|(h, _)| h),
                "{t}"
            );
        }
    }

    fn is_caption(text: &str) -> bool {
        super::super::lines::word_count_upto(text, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS
            && super::is_caption(text)
    }

    fn photo_credit(text: &str) -> bool {
        Short::of(text).is_some_and(|s| super::photo_credit(&s))
    }

    /// The reason [`credit_line`] gives a short line.
    fn line(text: &str) -> Option<Reason> {
        Short::of(text).and_then(|s| credit_line(&s))
    }

    #[test]
    fn rights_notices() {
        assert_eq!(
            line(
                "© 2022, Gazette.com. This article is the property of the Gazette. Written permission is required to republish it."
            ),
            Some(Reason::Copyright)
        );
        assert_eq!(
            line("Copyright (c) 1998-2024 Verlag Nord"),
            Some(Reason::Copyright)
        );
        assert_eq!(
            line("(C) 2019 Radio Dunav. Sva prava zadržana."),
            Some(Reason::Copyright)
        );
        assert_eq!(line("© Jane Roe/Reuters"), Some(Reason::Caption));
        assert_eq!(
            line("© Jane Roe A nurse prepares a flu shot at a community health center."),
            Some(Reason::Caption)
        );
        assert_eq!(
            line("Copyright law was reformed in 2019 after a long debate."),
            None
        );
    }

    #[test]
    fn captions_that_end_with_a_credit() {
        let caption = |t: &str| Short::of(t).is_some_and(|s| credited_caption(&s));
        assert!(caption(
            "Der Bürgermeister bei der Eröffnung am Montag. Foto: dpa"
        ));
        assert!(caption("Roman Prymula, photo: Government archive"));
        assert!(caption("Le maire à l'inauguration (Photo: Ville de Lyon)"));
        assert!(caption(
            "Schnee auf dem Dach – was man wissen muss© Jane Roe/bilder.de"
        ));
        assert!(caption("Installation views, photos © Galerie Nord, 2018"));
        assert!(caption("Logo des Komitees (Archiv)"));
        assert!(caption("Ein Streifenwagen der Polizei (Symbolbild)"));
        assert!(!caption(
            "linux usability ...or, why do I bother. © 2002, 2003 Jane Roe"
        ));
        assert!(!caption(
            "Photo: the council approved the plan on Monday. Work begins in May."
        ));
        assert!(!caption(
            "The exhibition opens on Friday. Photo: visitors will be allowed to take pictures in every room of the museum this year."
        ));
    }

    #[test]
    fn photo_credits() {
        assert!(photo_credit("Michael Conroy, AP"));
        assert!(photo_credit("Getty Images"));
        assert!(photo_credit("New York State Police via AP"));
        assert!(photo_credit("Photo by Kirk Irwin/Getty Images"));
        assert!(photo_credit("Jupiterimages, Getty Images/Creatas RF"));
        assert!(photo_credit("Foto von Anna Berg"));
        assert!(photo_credit("aja/PAP"));
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

    #[test]
    fn captions_that_place_people() {
        for caption in [
            "Former Gov. Jane Roe, left, speaks with a shop owner during a campaign stop, Tuesday, Nov. 19, 2019, in Columbia.",
            "Max Muster (links) und Erika Muster bei der Eröffnung am Freitag.",
            "La ministre (à droite) salue les habitants du quartier.",
        ] {
            assert_eq!(line(caption), Some(Reason::Caption), "{caption}");
        }
        for prose in [
            "Sie werden von links nach rechts zunehmend restriktiver.",
            "The party moved left, and its voters followed it over the decade.",
            "Turn left at the church, then right at the bakery.",
            // A bracket right after a wide character.
            "Le café(à droite) et la boulangerie sont fermés ce lundi.",
        ] {
            assert_eq!(line(prose), None, "{prose}");
        }
    }
}
