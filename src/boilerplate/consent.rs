//! Consent notices: cookie banners ("We use cookies to…", in the site's own
//! voice) and placeholders that stand in for embedded content until the
//! reader agrees to load it (a video, a post from a social network):
//! "External content from Instagram. I agree that external content is shown
//! to me…". Privacy plugins print them in the site's language where the
//! embed was.

use super::lines::Short;
use super::phrases::{Found, List};

/// Phrases naming external or third-party content.
pub(super) const EXTERNAL: &[&str] = &[
    "external content",
    "third-party content",
    "third party content",
    "externe inhalte",
    "externen inhalt",
    "externer inhalt",
    "inhalte von drittanbietern",
    "contenu externe",
    "contenus externes",
    "contenu tiers",
    "contenido externo",
    "contenidos externos",
    "contenuti esterni",
    "contenuto esterno",
    "conteúdo externo",
    "externe inhoud",
    "treści zewnętrzne",
    "zewnętrzne treści",
    "внешний контент",
];

/// Phrases about connecting to another service, which make a placeholder
/// when a platform is named with them.
pub(super) const CONNECT: &[&str] = &[
    "verbindung zu",
    "connection to",
    "connexion à",
    "conexión con",
];

/// Platforms whose embeds privacy plugins hold back.
pub(super) const PLATFORMS: &[&str] = &[
    "youtube",
    "twitter",
    "instagram",
    "facebook",
    "tiktok",
    "vimeo",
    "spotify",
    "google maps",
    "soundcloud",
];

/// Words asking for the reader's consent, pointing to the privacy policy or
/// offering to load the content with a click.
pub(super) const CONSENT: &[&str] = &[
    "click",
    "klick",
    "cliquez",
    "clic",
    "haga clic",
    "clicca",
    "kliknij",
    "нажмите",
    "consent",
    "agree",
    "accept",
    "privacy",
    "einverstanden",
    "einverständnis",
    "einwilligung",
    "zustimm",
    "akzeptier",
    "datenschutz",
    "accepte",
    "confidentialité",
    "acepto",
    "aceptar",
    "privacidad",
    "accetto",
    "consenso",
    "aceito",
    "privacidade",
    "akkoord",
    "toestemming",
    "zgadzam",
    "zgod",
    "prywatności",
    "согласен",
    "согласие",
    "конфиденциальност",
];

/// A placeholder for embedded content that asks for consent: it names
/// external content (or a connection to a named platform) and asks to
/// agree, points to the privacy policy or offers a click to load.
pub(crate) fn embed_consent(s: &Short<'_>) -> bool {
    let has = |list| s.found.has(list);
    has(List::Consent) && (has(List::External) || has(List::Connect) && has(List::Platforms))
}

/// Word stems that name cookies.
pub(super) const COOKIE_WORDS: &[&str] =
    &["cookie", "çerez", "kuki", "ciastecz", "куки", "galleta"];
/// Word stems that name a site.
const SITE_WORDS: &[&str] = &[
    "site",
    "website",
    "web",
    "webseite",
    "sitio",
    "sito",
    "сайт",
    "strona",
    "stronie",
    "stron",
    "witryn",
    "serwis",
    "webové",
    "stránk",
    "websted",
    "nettsted",
    "webbplats",
    "موقع",
    // What the site offers, as a notice may call it (`unser Angebot`,
    // `our services`, `nos services`).
    "angebot",
    "dienst",
    "service",
    "servizi",
    "servicio",
    "usług",
    "platform",
    "plateforme",
];
/// Word stems of "using" cookies.
const USE_WORDS: &[&str] = &[
    "use",
    "uses",
    "using",
    "usa",
    "usamos",
    "utiliz",
    "verwend",
    "nutz",
    "utilis",
    "używa",
    "stosuj",
    "kullan",
    "использ",
    "gebruik",
    "anvä",
    "bruge",
    "bruk",
    "používá",
    "využív",
    "usiamo",
    "yararlan",
];
/// Word stems of what cookies do for the site: a consent dialog describes
/// each category ("Necessary cookies are essential for the website to
/// function properly").
const FUNCTION_WORDS: &[&str] = &[
    "function",
    "funktion",
    "fonctionn",
    "funcion",
    "funzion",
    "functioneren",
    "funkcjon",
    "функцион",
];
/// The site speaking: first-person words, or a demonstrative before the site
/// word ("this site uses").
const SPEAKER_WORDS: &[&str] = &[
    "we",
    "our",
    "us",
    "nous",
    "notre",
    "nos",
    "wir",
    "unsere",
    "unser",
    "unseren",
    "nosotros",
    "nuestro",
    "nuestra",
    "usamos",
    "utilizamos",
    "utilizziamo",
    "noi",
    "nostro",
    "używamy",
    "stosujemy",
    "nasz",
    "nasza",
    "naszej",
    "kullanıyoruz",
    "мы",
    "наш",
    "нашем",
    "wij",
    "onze",
    "vi",
    "vår",
    "vores",
    "používáme",
    "this",
    "ce",
    "cette",
    "diese",
    "dieser",
    "este",
    "esta",
    "questo",
    "ten",
    "ta",
    "bu",
    "этот",
    "данный",
    "deze",
    "dit",
    "denna",
    "tento",
    "tato",
];
/// Notices in scripts without spaces, by substring.
pub(super) const CJK_COOKIE: &[&str] = &["cookie", "クッキー", "쿠키"];
const CJK_SITE: &[&str] = &["网站", "網站", "サイト", "사이트", "本站"];
const CJK_USE: &[&str] = &["使用", "利用", "사용"];
const CJK_SPEAKER: &[&str] = &[
    "本站",
    "本网站",
    "我们",
    "当サイト",
    "当社",
    "저희",
    "우리",
    "본",
];

/// Longest block read as a cookie notice, in words.
pub(crate) const MAX_NOTICE_WORDS: usize = 80;

/// A cookie notice: names cookies, the site, their use or what they do for
/// it, and the site as the speaker ("we use", "this site uses", "this
/// category"), in one short block. A news sentence
/// about cookies speaks of the site in the third person.
/// `lower` is the block lowercased, `found` its phrases, and the block has
/// at most [`MAX_NOTICE_WORDS`] words.
pub(crate) fn cookie_notice(lower: &str, found: Found) -> bool {
    // Either way the block names cookies: a word starting with a cookie
    // stem, or a CJK cookie word, is somewhere in it.
    if !found.has(List::Cookie) {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let starts = |list: &[&str]| words.iter().any(|w| list.iter().any(|s| w.starts_with(s)));
    let whole = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let has = |list: &[&str]| list.iter().any(|s| lower.contains(s));
    let spaced = starts(COOKIE_WORDS)
        && starts(SITE_WORDS)
        && (starts(USE_WORDS) || starts(FUNCTION_WORDS))
        && whole(SPEAKER_WORDS);
    spaced || has(CJK_COOKIE) && has(CJK_SITE) && has(CJK_USE) && has(CJK_SPEAKER)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cookie_notice(text: &str) -> bool {
        super::super::lines::word_count_upto(text, MAX_NOTICE_WORDS) <= MAX_NOTICE_WORDS
            && super::cookie_notice(
                &text.to_lowercase(),
                super::super::phrases::find(&text.to_lowercase()),
            )
    }

    fn embed_consent(text: &str) -> bool {
        Short::of(text).is_some_and(|s| super::embed_consent(&s))
    }

    #[test]
    fn placeholders() {
        assert!(embed_consent(
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Mehr dazu in der Datenschutzerklärung."
        ));
        assert!(embed_consent(
            "This post contains external content from YouTube. Click to accept and load it; see our privacy policy."
        ));
        assert!(embed_consent(
            "An dieser Stelle findet ihr einen externen Inhalt, der den Artikel ergänzt. Mit einem Klick wird er angezeigt."
        ));
        assert!(!embed_consent(
            "The ministry said the external content of the report had been checked by auditors."
        ));
        assert!(!embed_consent(
            "Die Behörde prüft externe Inhalte, bevor sie veröffentlicht werden."
        ));
        assert!(embed_consent(
            "Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu Twitter her."
        ));
        assert!(!embed_consent(
            "Die App stellt eine Verbindung zu Servern in den USA her, ohne Einwilligung der Nutzer."
        ));
    }

    #[test]
    fn cookie_notices() {
        assert!(cookie_notice(
            "We use cookies to improve your experience on our website. By continuing you accept."
        ));
        assert!(cookie_notice(
            "Мы используем файлы cookie, чтобы сайт работал удобнее."
        ));
        assert!(!cookie_notice(
            "The best-selling item is still the raisin cookies baked by her grandmother."
        ));
        assert!(!cookie_notice(
            "Regulators fined the website for setting cookies without consent."
        ));
        assert!(!cookie_notice(
            "Privacy advocates said the site used tracking cookies before visitors could agree to them."
        ));
        assert!(cookie_notice(
            "This site uses cookies. By continuing you agree."
        ));
        assert!(cookie_notice("本网站使用cookie，继续浏览即表示您同意。"));
        assert!(cookie_notice(
            "Wir verwenden Cookies, die unser Angebot nutzerfreundlicher machen. Durch die Nutzung unserer Dienste stimmen Sie zu."
        ));
        assert!(cookie_notice(
            "We use cookies to deliver our services. By using them you agree."
        ));
        assert!(!cookie_notice(
            "The bakery said its delivery service used cookies from a supplier that had been fined."
        ));
    }

    #[test]
    fn cookie_categories_of_a_consent_dialog() {
        for text in [
            "Necessary cookies are absolutely essential for the website to function properly. This category only includes cookies that ensure basic features of the website.",
            "Notwendige Cookies sind für das Funktionieren der Website unbedingt erforderlich. Diese Kategorie umfasst nur Cookies, die grundlegende Funktionen gewährleisten.",
            "Les cookies nécessaires sont indispensables au bon fonctionnement du site. Cette catégorie comprend uniquement les cookies qui assurent ses fonctions de base.",
            "Las cookies necesarias son esenciales para que el sitio web funcione correctamente. Esta categoría solo incluye cookies que garantizan funciones básicas.",
        ] {
            assert!(cookie_notice(text), "{text}");
        }
        // A report on a site's cookies speaks of it in the third person.
        assert!(!cookie_notice(
            "The court heard that cookies on the retailer's website did not function as the company had described."
        ));
    }
}
