//! Lines that credit or promote rather than tell: photo credits
//! (`Jane Roe, AP`, `Photo by Jane Roe/Getty Images`) and invitations to
//! follow the site on social networks. (Wire-service reporting credits stay:
//! they are part of the story as the agency filed it.) Recognised by their shape, in any
//! language the word lists cover.

use super::lines::word_count_upto;
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
];

/// Longest photo credit, in words.
const MAX_CREDIT_WORDS: usize = 10;

/// A photo credit line: short, not a sentence, closing with an agency
/// (`Michael Conroy, AP`, `New York State Police via AP`) or opening with
/// `Photo by`.
fn photo_credit(text: &str) -> bool {
    let words = word_count_upto(text, MAX_CREDIT_WORDS + 1);
    if words == 0 || words > MAX_CREDIT_WORDS {
        return false;
    }
    let lower = text.trim().trim_end_matches('.').to_lowercase();
    if PHOTO_BY.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    if ends_sentence(text) {
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

/// Imperatives that open an invitation to follow or subscribe, at the start
/// of a sentence (`Follow us on …`, `Folgen Sie uns auf …`).
const FOLLOW: &[&str] = &[
    "follow",
    "subscribe",
    "join us",
    "like us",
    "folgen sie",
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
    "iscriviti",
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

/// Longest invitation to follow, in words.
const MAX_FOLLOW_WORDS: usize = 45;

/// An invitation to follow the site or its writer on social networks: a
/// sentence opening with a follow imperative in a short block that names a
/// network or a `@handle`.
fn follow_line(text: &str) -> bool {
    if word_count_upto(text, MAX_FOLLOW_WORDS + 1) > MAX_FOLLOW_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    // The sentence starts are few: they are read before the words.
    if !sentence_starts(&lower).any(|s| FOLLOW.iter().any(|f| s.starts_with(f))) {
        return false;
    }
    // A network named, or a `@handle`.
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| NETWORKS.contains(&w))
        || lower
            .split_whitespace()
            .any(|w| w.trim_start_matches('(').starts_with('@') && w.len() > 2)
}

/// The starts of the sentences of lowercase `text`: its start, and after
/// each `.`, `!`, `?` followed by a space.
fn sentence_starts(text: &str) -> impl Iterator<Item = &str> {
    std::iter::once(text.trim_start()).chain(
        text.match_indices(['.', '!', '?'])
            .filter_map(move |(i, _)| text[i + 1..].strip_prefix(' '))
            .map(str::trim_start),
    )
}

/// The reason a credit or promotion line is chrome, if it is one.
pub(crate) fn credit_line(text: &str) -> Option<Reason> {
    if photo_credit(text) {
        Some(Reason::Caption)
    } else if follow_line(text) {
        Some(Reason::Share)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_credits() {
        assert!(photo_credit("Michael Conroy, AP"));
        assert!(photo_credit("Getty Images"));
        assert!(photo_credit("New York State Police via AP"));
        assert!(photo_credit("Photo by Kirk Irwin/Getty Images"));
        assert!(photo_credit("Jupiterimages, Getty Images/Creatas RF"));
        assert!(photo_credit("Foto von Anna Berg"));
        assert!(!photo_credit(
            "Getty Images reported higher sales this year."
        ));
        assert!(!photo_credit(
            "The agency's photographers, who supply pictures to Reuters and AP, went on strike"
        ));
    }

    #[test]
    fn follow_lines() {
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
    }
}
