//! Invitations: lines where the site asks the reader to do something for it
//! rather than tell the story: follow it on social networks, subscribe to
//! its newsletter or its paper, install its app, support its journalism.
//! Recognised by an imperative opening a sentence and the thing asked for,
//! in any language the word lists cover.

use super::lines::Short;
use super::phrases::List;
use crate::document::Reason;

/// Social networks a site invites readers to follow it on.
const NETWORKS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "linkedin",
    "tiktok",
    "telegram",
    "whatsapp",
    "pinterest",
    "threads",
    "mastodon",
    "bluesky",
    "вконтакте",
    "vk",
    "одноклассники",
];

/// What a site invites readers to subscribe to by e-mail.
pub(super) const NEWSLETTERS: &[&str] = &[
    "newsletter",
    "new posts",
    "inbox",
    "news alerts",
    "email alerts",
    "e-mail alerts",
    "posteingang",
    "postfach",
    "boîte mail",
    "boîte de réception",
    "bandeja de entrada",
    "boletín",
    "casella di posta",
    "caixa de entrada",
    "рассылк",
    "почт",
];

/// Imperatives that open an invitation to follow or subscribe, at the start
/// of a sentence (`Follow us on …`, `Folgen Sie uns auf …`).
pub(super) const FOLLOW: &[&str] = &[
    "follow",
    "subscribe",
    "sign up",
    "get the latest",
    "get breaking news",
    "stay on top",
    "stay up to date",
    "melden sie sich",
    "abonniere",
    "inscrivez-vous",
    "abonnez-vous",
    "recevez",
    "regístrate",
    "suscríbase",
    "iscriviti",
    "assine",
    "meld je aan",
    "zapisz się",
    "подпишитесь на рассылку",
    "join us",
    "chat with us",
    "like us",
    "folgen sie",
    "lass dir",
    "lassen sie sich",
    "folge uns",
    "folgt uns",
    "abonnieren sie",
    "suivez",
    "abonnez",
    "rejoignez",
    "síguenos",
    "siguenos",
    "suscríbete",
    "únete",
    "seguici",
    "siga",
    "sigam",
    "inscreva-se",
    "volg ons",
    "obserwuj",
    "dołącz",
    "подписывайтесь",
    "подпишитесь",
    "следите",
    "присоединяйтесь",
    "bizi takip",
    "takip edin",
];

/// What else a site asks readers to subscribe to, install or support:
/// its paper, its app, its journalism.
pub(super) const OFFERS: &[&str] = &[
    "subscription",
    "subscriber",
    "abonnent",
    "abonné",
    "suscriptor",
    "abbonato",
    "assinante",
    "full story",
    "e-paper",
    "epaper",
    "app store",
    "google play",
    // The site's app, named as a word (not `whatsapp`).
    " app ",
    " app.",
    " app,",
    "-app ",
    "-app.",
    "ios and android",
    "android and ios",
    "journalism",
    "our work",
    "donate",
    "donation",
    "abonnement",
    "abo ",
    "journalismus",
    "unsere arbeit",
    "spende",
    "journalisme",
    "notre travail",
    "suscripción",
    "periodismo",
    "nuestro trabajo",
    "nuestra comunidad",
    "abbonamento",
    "giornalismo",
    "assinatura",
    "jornalismo",
    "dziennikarstw",
    "подписк",
    "журналистик",
    "articles par mois",
    "articles per month",
    "artikel pro monat",
    "en illimité",
    "accès illimité",
    "unlimited access",
    "unbegrenzten zugang",
    "acceso ilimitado",
    "accesso illimitato",
    "votre compte",
    "your account",
    "ihr konto",
    "dein konto",
    "tu cuenta",
    "il tuo account",
    "mitglied",
    "membership",
    "subskrypcj",
    "prenumerat",
    "letter to the editor",
    "letters to the editor",
    "leserbrief",
    "courrier des lecteurs",
    "carta al director",
    "cartas al director",
];

/// Imperatives that ask for installing an app or supporting the site.
pub(super) const ASK: &[&str] = &[
    "download",
    "install",
    "get the",
    "for the latest",
    "to view the full story",
    "to continue reading",
    "support us",
    "support our",
    "support independent",
    "unterstützen sie",
    "unterstütze",
    "soutenez",
    "apóyanos",
    "apoya",
    "sostieni",
    "apoie",
    "steun",
    "wesprzyj",
    "поддержите",
    "please subscribe",
    "to read more",
    "to keep reading",
    "pour lire la suite",
    "um weiterzulesen",
    "para seguir leyendo",
    "per continuare a leggere",
    "bestellen sie",
    "holen sie sich",
    "laden sie",
    "werden sie mitglied",
    "werde mitglied",
    "become a member",
    "devenez membre",
    "hazte socio",
    "créez votre compte",
    "create an account",
    "if you enjoyed",
    "if you value",
    "wenn ihnen",
    "wenn dir",
    "si vous avez aimé",
    "si te gustó",
    "zapraszamy do",
    "zapraszamy też do",
    "pour accéder",
    "to access",
    "to get unlimited",
    "para acceder",
    "per accedere",
    "submit a letter",
    "submit your letter",
    "write a letter",
    "schreiben sie einen leserbrief",
    "écrivez au courrier des lecteurs",
    "envíe su carta",
    // A paywall's note to subscribers (`… already a subscriber, you can
    // log in for immediate access`).
    "you can log in",
    "you can sign in",
    "log in for",
    "sign in for",
    "log in to read",
    "sign in to read",
    "dann melden sie sich",
    "melden sie sich hier an",
    "hier anmelden",
    "connectez-vous pour",
    "connectez-vous ici",
    "inicia sesión para",
    "inicia sesión aquí",
    "accedi per",
    "faça login para",
];

/// Longest invitation to follow, in words.
const MAX_FOLLOW_WORDS: usize = 45;

/// Whether `lower` names a social network, a `@handle` or a newsletter.
fn names_channel(s: &Short<'_>) -> bool {
    let lower = s.lower.as_str();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| NETWORKS.contains(&w))
        || s.found.has(List::Newsletters)
        || lower
            .split_whitespace()
            .any(|w| w.trim_start_matches('(').starts_with('@') && w.len() > 2)
}

/// Words of an affiliate disclosure.
pub(super) const DISCLOSURE: &[&str] = &[
    "affiliate",
    "commission",
    "compensation",
    "share of the sale",
    "provision",
    "partnerlink",
    "lien affilié",
    "liens affiliés",
    "afiliad",
    "comisión",
    "commissione",
    "link affiliat",
    "prowizj",
    "партнерск",
];

/// What the disclosed earnings come from: links and purchases.
pub(super) const EARNED_BY: &[&str] = &[
    "link",
    "partner",
    "purchase",
    "buy",
    "kauf",
    "klick",
    "achat",
    "clic",
    "compra",
    "acquist",
    "zakup",
    "покупк",
    "ссылк",
];

/// Whole disclosures of advertising in the page.
pub(super) const CONTAINS_ADVERTISING: &[&str] = &[
    "contains advertising",
    "enthält werbung",
    "enthält anzeigen",
    "contient de la publicité",
    "contiene publicidad",
    "contiene pubblicità",
    "zawiera reklam",
    "содержит рекламу",
    // The credit line a common shopping plugin prints under its product
    // boxes (`Last update on … / Affiliate links / Images from Amazon
    // Product Advertising API`).
    "product advertising api",
];

/// Imperatives that pitch advertising on the site (`Advertise with the
/// most visited news site in …`).
pub(super) const ADVERTISE: &[&str] = &[
    "advertise with",
    "advertise on",
    "advertise here",
    "werben sie",
    "werben auf",
    "annoncez",
    "anúnciese",
    "anúnciate",
    "anunciate",
    "pubblicizza",
    "reklamuj się",
    "разместите рекламу",
];

/// How a site speaks of itself or the page in a disclosure.
const SELF: &[&str] = &[
    "we ",
    "our ",
    " us ",
    "this post",
    "this article",
    "this page",
    "wir ",
    "unser",
    "dieser beitrag",
    "dieser artikel",
    "diesem beitrag",
    "diesem artikel",
    "nous ",
    "cet article",
    "ce contenu",
    "este artículo",
    "nosotros",
    "questo articolo",
    "este artigo",
    "ten artykuł",
    "эта статья",
];

/// Longest disclosure, in words.
const MAX_DISCLOSURE_WORDS: usize = 50;

/// An advertising or affiliate disclosure: the site says, of itself or the
/// page, that it carries advertising or earns from links (`We may earn a
/// commission if you buy through links in this article`).
fn disclosure_line(s: &Short<'_>) -> bool {
    if s.words > MAX_DISCLOSURE_WORDS {
        return false;
    }
    let has = |list| s.found.has(list);
    if has(List::ContainsAdvertising) {
        return true;
    }
    if !(has(List::Disclosure) && has(List::EarnedBy)) {
        return false;
    }
    let padded = format!(" {} ", s.lower);
    SELF.iter().any(|w| padded.contains(w))
}

/// The reason an invitation or disclosure is chrome, if the block is one:
/// an invitation to follow (a network, a handle or a newsletter named), an
/// offer to subscribe, install or support (the offer named), each opening a
/// sentence or clause with its imperative; or a disclosure.
pub(crate) fn promo_line(s: &Short<'_>) -> Option<Reason> {
    if s.words <= MAX_FOLLOW_WORDS {
        let follow = s.found.has(List::Follow);
        if follow && names_channel(s) {
            return Some(Reason::Share);
        }
        if s.found.has(List::Offers) && (follow || s.found.has(List::Ask)) {
            return Some(Reason::Subscribe);
        }
    }
    (s.found.has(List::Advertise) || disclosure_line(s)).then_some(Reason::Advertisement)
}

/// Where the sentences and clauses of lowercase `text` start: its start,
/// and after each `.`, `!`, `?`, `:`, `;` or `,` followed by a space, past
/// the white space.
pub(super) fn sentence_start_offsets(text: &str) -> impl Iterator<Item = usize> {
    let from = |i: usize| text.len() - text[i..].trim_start().len();
    std::iter::once(from(0)).chain(
        text.match_indices(['.', '!', '?', ':', ';', ','])
            .filter(move |(i, _)| text[i + 1..].starts_with(' '))
            .map(move |(i, _)| from(i + 2)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn follow_line(text: &str) -> bool {
        Short::of(text).is_some_and(|s| promo_line(&s) == Some(Reason::Share))
    }

    fn offer_line(text: &str) -> bool {
        Short::of(text).is_some_and(|s| promo_line(&s) == Some(Reason::Subscribe))
    }

    fn disclosure_line(text: &str) -> bool {
        Short::of(text).is_some_and(|s| super::disclosure_line(&s))
    }

    #[test]
    fn disclosures() {
        assert!(disclosure_line(
            "This post contains references to products from our advertisers. We may receive compensation when you click on links."
        ));
        assert!(disclosure_line(
            "If you buy something through this post, we may get a share of the sale."
        ));
        assert!(disclosure_line(
            "*Werbung. Dieser Beitrag enthält Werbung für eine Marke."
        ));
        assert!(!disclosure_line(
            "Amazon cut the commission it pays to sites that link to its products, the company said."
        ));
        assert!(!disclosure_line(
            "Wir wollen auch Provisionen - dafür ist das Fixum moderater"
        ));
        assert!(!disclosure_line(
            "With staff and affiliates around the world, we provide free licenses."
        ));
    }

    #[test]
    fn paywall_notes() {
        assert!(offer_line(
            "If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story."
        ));
        assert!(!offer_line(
            "Readers can log in for free, the publisher said, but a subscription costs more this year."
        ));
        assert!(offer_line(
            "Sie sind bereits Abonnent? Dann melden Sie sich hier an."
        ));
        assert!(offer_line(
            "Déjà abonné ? Connectez-vous pour lire la suite."
        ));
        assert!(!offer_line(
            "Der Streamingdienst verlor im Sommer eine Million Abonnenten, teilte das Unternehmen mit."
        ));
    }

    #[test]
    fn app_offers() {
        assert!(offer_line(
            "Get the latest news straight to your phone with the Island Gazette app."
        ));
        assert!(!offer_line(
            "Get the latest version of WhatsApp, the company told users on Monday."
        ));
    }

    #[test]
    fn advertising_pitches() {
        let ad = |t: &str| Short::of(t).and_then(|s| promo_line(&s)) == Some(Reason::Advertisement);
        assert!(ad(
            "Advertise with the most visited news site in Belize ~ We offer fully customizable digital marketing packages."
        ));
        assert!(ad("Werben Sie bei uns: Mediadaten und Preise"));
        assert!(!ad(
            "Brands that advertise with influencers spend a third of their budget on video, the study found."
        ));
    }

    #[test]
    fn unlimited_access_paywalls() {
        assert!(offer_line(
            "Pour accéder en illimité aux articles de La Gazette :"
        ));
        assert!(offer_line(
            "To access unlimited articles, become a subscriber for 3 euros a month."
        ));
        assert!(!offer_line(
            "To access the island, visitors take the ferry, which runs every hour in summer."
        ));
    }

    #[test]
    fn paywalls() {
        assert!(offer_line(
            "Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre compte"
        ));
        assert!(offer_line(
            "Werden Sie Mitglied bei uns und erhalten Sie exklusive Angebote!"
        ));
        assert!(!offer_line(
            "The club said it would become a member of the national league next season."
        ));
    }

    #[test]
    fn offers() {
        assert!(offer_line(
            "Get the latest news straight to your phone with our app, free on the App Store and Google Play."
        ));
        assert!(offer_line(
            "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus."
        ));
        assert!(offer_line(
            "To view the full story, please subscribe. An annual subscription costs $60."
        ));
        assert!(offer_line(
            "Si te parece valioso nuestro trabajo, apóyanos para seguir."
        ));
        assert!(offer_line(
            "We want to hear what you think. Submit a letter to the editor or write to letters@example.com."
        ));
        assert!(!offer_line(
            "The paper printed his letter to the editor in full on Sunday, and the mayor replied a week later."
        ));
        assert!(offer_line(
            "If you enjoyed reading this post – would you consider supporting our work? Just click here."
        ));
        assert!(offer_line(
            "Zapraszamy też do subskrypcji naszego tygodnika i do oglądania audycji."
        ));
        assert!(!offer_line(
            "If you enjoyed the first season, the second one will not disappoint: the writers kept their nerve."
        ));
        assert!(!offer_line(
            "Support for the measure grew among journalism students, the survey found."
        ));
        assert!(!offer_line(
            "The company said users could download the app for iOS and Android next week."
        ));
    }

    #[test]
    fn follow_lines() {
        assert!(follow_line(
            "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
        ));
        assert!(follow_line(
            "Lust auf mehr? Lass dir die besten Geschichten jede Woche in deinen Posteingang liefern."
        ));
        assert!(follow_line(
            "Follow the Opinion section on Facebook, Twitter (@ExampleOpinion) and Instagram."
        ));
        assert!(follow_line(
            "Email Ann Lee at ann@example.com or follow her @annlee. Follow us on Twitter @Example."
        ));
        assert!(follow_line("Folgen Sie uns auf Facebook und Instagram!"));
        assert!(follow_line("Подписывайтесь на наш канал в Telegram."));
        assert!(!follow_line(
            "More than two million people follow her on Instagram and TikTok."
        ));
        assert!(!follow_line(
            "Facebook and Twitter removed the accounts on Tuesday."
        ));
        assert!(!follow_line(
            "Follow the signs to the old harbour and turn left."
        ));
        assert!(follow_line(
            "Get the latest updates right in your inbox. Subscribe to our newsletters."
        ));
        assert!(follow_line(
            "Sign up for our newsletter to get the week's best stories."
        ));
        assert!(!follow_line(
            "Readers who signed up for the newsletter last year got a discount."
        ));
        assert!(follow_line(
            "Get breaking news alerts and special reports, delivered to you."
        ));
        assert!(!follow_line(
            "The county sends flood warnings as text alerts to residents who register."
        ));
        let ad = |t: &str| Short::of(t).and_then(|s| promo_line(&s));
        assert_eq!(
            ad(
                "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API"
            ),
            Some(Reason::Advertisement)
        );
        assert_eq!(
            ad(
                "Last update on 2022-02-02 / Affiliate links / Images from Amazon Product Advertising API"
            ),
            Some(Reason::Advertisement)
        );
        assert_eq!(
            ad(
                "We recommend the best products through an independent review process, and advertisers do not influence our picks. We may receive compensation if you visit partners we recommend."
            ),
            Some(Reason::Advertisement)
        );
        assert_eq!(
            ad(
                "The airline said its partners would receive compensation for the cancelled flights."
            ),
            None
        );
    }
}
