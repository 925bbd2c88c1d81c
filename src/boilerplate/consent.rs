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
/// external content and asks to agree or points to the privacy policy.
pub(crate) fn embed_consent(s: &Short<'_>) -> bool {
    EXTERNAL.iter().any(|p| s.lower.contains(p)) && CONSENT.iter().any(|w| s.lower.contains(w))
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
    }
}
