//! Notices about the text rather than text: rights notices (`© 2022
//! Gazette. This article may not be republished …`), reservations of all
//! rights (`Alle Rechte vorbehalten.`), open-license notices (`content on
//! this site is licensed under CC BY`) and suggestions of how to cite the
//! page (`Zitiervorschlag: …`). Recognised by their shape and the phrase
//! lists of the languages covered; sentences about copyright stay.

use super::lines::Short;
use super::phrases::List;

/// A rights, reservation, license or citation notice.
pub(super) fn notice(s: &Short<'_>) -> bool {
    rights_notice(s) || license_notice(s) || reserved_notice(s) || citation_notice(s)
}

/// Words between the copyright sign and the year in a rights notice.
const RIGHTS_YEAR_REACH: usize = 4;

/// A rights notice: the line opens with a copyright sign (`©`, `(c)`,
/// `Copyright`) and a year follows within a few words (`© 2022 Gazette.
/// This article may not be republished …`). A credit without a year
/// (`© Jane Roe/Agency`) is a photo credit.
fn rights_notice(s: &Short<'_>) -> bool {
    let lower = s.lower.trim_start();
    let Some(rest) = ["©", "(c)", "copyright"]
        .iter()
        .find_map(|sign| lower.strip_prefix(sign))
    else {
        return false;
    };
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(RIGHTS_YEAR_REACH)
        .any(is_year)
}

/// How a notice says that all rights are reserved, lowercase, in the
/// languages covered.
pub(crate) const RESERVED: &[&str] = &[
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "tous les droits sont réservés",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "tutti i diritti riservati",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "wszystkie prawa zastrzeżone",
    "všechna práva vyhrazena",
    "všetky práva vyhradené",
    "minden jog fenntartva",
    "toate drepturile rezervate",
    "sva prava zadržana",
    "sva prava pridržana",
    "vse pravice pridržane",
    "alla rättigheter förbehållna",
    "alle rettigheder forbeholdes",
    "alle rettigheter reservert",
    "kaikki oikeudet pidätetään",
    "tüm hakları saklıdır",
    "все права защищены",
    "всі права захищені",
    "усі права захищені",
    "hak cipta dilindungi undang-undang",
    "جميع الحقوق محفوظة",
    "כל הזכויות שמורות",
    "無断転載を禁じます",
    "무단 전재 및 재배포 금지",
    "무단전재 및 재배포 금지",
];

/// Longest notice that reserves all rights, in words: a sentence or two
/// around the reservation (`Material protected by copyright, all rights
/// reserved. Further distribution only with the publisher's consent.`).
const MAX_RESERVED_WORDS: usize = 40;

/// A short notice that reserves all rights: the reservation ends a
/// sentence or the text, wherever it stands, and is not in quotes or
/// brackets, where it is named, not made (`between copyright (all rights
/// reserved) and the public domain`).
fn reserved_notice(s: &Short<'_>) -> bool {
    s.words <= MAX_RESERVED_WORDS
        && s.found.has(List::Reserved)
        && RESERVED.iter().any(|r| {
            s.lower.match_indices(r).any(|(at, _)| {
                let before = s.lower[..at].trim_end().chars().next_back();
                let after = s.lower[at + r.len()..].trim_start().chars().next();
                !before.is_some_and(opens_quote) && after.is_none_or(|c| ENDS_NOTICE.contains(&c))
            })
        })
}

/// What may follow a reservation that makes a notice: the end of its
/// sentence or of a footer item. A clause that goes on (`All rights
/// reserved under the treaty stay with …`) tells of one.
const ENDS_NOTICE: &[char] = &['.', '。', '|', '·', '!', '/'];

fn opens_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '‘' | '‚' | '(' | '[' | '「'
    )
}

/// Labels that open a suggestion of how to cite the page, lowercase.
const CITE_LABELS: &[&str] = &[
    "suggested citation",
    "recommended citation",
    "cite this article",
    "cite this page",
    "cite this post",
    "cite as:",
    "how to cite this",
    "to cite this article",
    "zitiervorschlag",
    "zitierweise",
    "zitierhinweis",
    "diesen artikel zitieren",
    "pour citer cet article",
    "pour citer ce document",
    "citer cet article",
    "cómo citar",
    "como citar",
    "citar este artículo",
    "citar este artigo",
    "para citar este artículo",
    "come citare",
    "per citare questo articolo",
    "jak cytować",
    "sposób cytowania",
    "cytuj ten artykuł",
    "как цитировать",
    "для цитирования",
    "ссылка для цитирования",
    "citeer dit artikel",
];

/// A suggestion of how to cite the page: a citation label, then a
/// reference that carries a year, a web address or a DOI (`SUGGESTED
/// CITATION Roe, Jane: Title, Blog, 2020/4/09, https://…`).
fn citation_notice(s: &Short<'_>) -> bool {
    let lower = s.lower.trim_start();
    CITE_LABELS.iter().any(|l| {
        lower.strip_prefix(l).is_some_and(|rest| {
            rest.contains("http")
                || rest.contains("doi")
                || rest.split(|c: char| !c.is_alphanumeric()).any(is_year)
        })
    })
}

/// Open licenses a site puts its content under.
const LICENSES: &[&str] = &[
    "creative commons",
    "cc by",
    "cc-by",
    "cc0",
    "gnu free documentation",
];

/// How a notice puts content under a license, in the languages covered.
const UNDER_LICENSE: &[&str] = &[
    "licensed under",
    "available under",
    "published under",
    "released under",
    "lizenziert unter",
    "veröffentlicht unter",
    "unter der lizenz",
    "unter einer",
    "unter cc",
    "unter creative commons",
    "sous licence",
    "sous la licence",
    "sous une licence",
    "bajo licencia",
    "bajo la licencia",
    "bajo una licencia",
    "sotto licenza",
    "sotto una licenza",
    "na licencji",
];

/// What a site's license notice covers, as whole words: the site, its
/// content, this work.
const LICENSED: &[&str] = &[
    "this",
    "site",
    "website",
    "content",
    "contents",
    "work",
    "text",
    "texts",
    "page",
    "blog",
    "article",
    "inhalt",
    "inhalte",
    "dieser",
    "diese",
    "dieses",
    "werk",
    "seite",
    "artikel",
    "texte",
    "contenu",
    "contenus",
    "ce",
    "cette",
    "este",
    "esta",
    "contenido",
    "contenidos",
    "questo",
    "questa",
    "contenuti",
    "ten",
    "ta",
    "treść",
    "treści",
];

/// A license notice: the site says its content is under an open license
/// (`Unless otherwise noted, content on this site is licensed under CC BY
/// 4.0`).
fn license_notice(s: &Short<'_>) -> bool {
    let lower = s.lower.as_str();
    LICENSES.iter().any(|l| lower.contains(l))
        && UNDER_LICENSE.iter().any(|w| lower.contains(w))
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| LICENSED.contains(&w))
}

/// A year from 1900 to 2099.
pub(super) fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::document::Reason;

    /// What [`notice`] makes of a short line, as the classifier reports it.
    fn line(text: &str) -> Option<Reason> {
        Short::of(text).and_then(|s| notice(&s).then_some(Reason::Copyright))
    }

    #[test]
    fn license_notices() {
        for notice in [
            "Unless otherwise noted, content on this site is licensed under CC BY 4.0.",
            "Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter der Lizenz CC-BY.",
            "Ce texte est publié sous licence Creative Commons BY-SA.",
        ] {
            assert_eq!(line(notice), Some(Reason::Copyright), "{notice}");
        }
        for text in [
            "The museum put its photos under a Creative Commons license on Monday.",
            "With staff around the world, Creative Commons provides free copyright licenses to the public.",
            "Durch eine Lizenz nach Creative Commons kann der Urheber selbst bestimmen, was Dritte dürfen.",
        ] {
            assert_eq!(line(text), None, "{text}");
        }
    }

    #[test]
    fn reservations_and_citations() {
        for notice in [
            "Material protected by copyright - all rights reserved. Further distribution of the article only with the publisher's consent. Buy a license",
            "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.",
            "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.",
            "Все права защищены. Перепечатка без согласия редакции запрещена.",
        ] {
            assert_eq!(line(notice), Some(Reason::Copyright), "{notice}");
        }
        let long = format!(
            "The court held that the phrase all rights reserved adds nothing to a copyright notice today. {}",
            "The judges went on to explain why the old formula lost its force after the treaty. "
                .repeat(3)
        );
        assert_eq!(line(&long), None);
        for cite in [
            "SUGGESTED CITATION Roe, Jane: Experts in the crisis, LawBlog, 2020/4/09, https://example.org/experts/.",
            "Zitiervorschlag: Muster, Max (2021): Der Wald im Wandel. In: Forstblatt 3/2021.",
            "Cite this article: Roe J. Rivers in spate. Hydrology Today. doi:10.1000/xyz123",
        ] {
            assert_eq!(line(cite), Some(Reason::Copyright), "{cite}");
        }
        assert_eq!(
            line(
                "Cómo citar a un autor que no firma sus textos es una pregunta que muchos lectores nos hacen."
            ),
            None
        );

        assert_eq!(
            line(
                "The licenses stand between copyright (all rights reserved) and the public domain."
            ),
            None
        );
        assert_eq!(
            line("Their motto, “all rights reserved”, no longer fits what the archive does."),
            None
        );
    }
}
