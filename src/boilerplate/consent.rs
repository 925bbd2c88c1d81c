//! Placeholders that stand in for embedded content until the reader agrees
//! to load it (a video, a post from a social network): "External content
//! from Instagram. I agree that external content is shown to me…". Privacy
//! plugins print them in the site's language where the embed was.

use super::lines::Short;

/// Phrases naming external or third-party content.
const EXTERNAL: &[&str] = &[
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
const CONNECT: &[&str] = &[
    "verbindung zu",
    "connection to",
    "connexion à",
    "conexión con",
];

/// Platforms whose embeds privacy plugins hold back.
const PLATFORMS: &[&str] = &[
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
const CONSENT: &[&str] = &[
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
    let has = |list: &[&str]| list.iter().any(|w| s.lower.contains(w));
    has(CONSENT) && (has(EXTERNAL) || has(CONNECT) && has(PLATFORMS))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
