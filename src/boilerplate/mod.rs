//! Chrome removal for blocks from any source, HTML or text, in any language.
//!
//! [`classify`] takes the candidate blocks of one page and decides, in stages:
//! 1. structure: hints from the block makers (a `<nav>` ancestor, a glued site
//!    header) that are decisive;
//! 2. lexicon: whole blocks that are known chrome phrases in any language
//!    ([`lexicon::lookup`]);
//! 3. language: each block's language, the document's main language (the
//!    language of most body text), and blocks in another language dropped as
//!    the [`Target`] asks;
//! 4. title: the headline found once (`headline`); repeats and the site
//!    header above it dropped;
//! 5. context: short lines that cling to chrome at the top and bottom of the
//!    page go with it; soft structural hints are confirmed unless the block
//!    reads as body.

mod consent;
mod credits;
mod excerpt;
mod headline;
pub mod lexicon;
mod lines;
mod marks;
mod notices;
mod peel;
mod phrases;
mod promo;
mod rescue;
mod runs;
mod sections;

pub use lines::word_count;
pub(crate) use lines::word_count_upto;
pub(crate) use rescue::{is_body, prose_heading};

use crate::candidate::Candidate;
use crate::document::{Block, InputKind, Reason, Removed};
use crate::lang::{self, Guess, Lang, Script};

/// Which languages to keep.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Target {
    /// The page's main language (default): blocks in another script are
    /// dropped as [`Reason::OtherLanguage`], and so are blocks in another
    /// language of the same script outside the article's container (inside
    /// it they are quotations and references).
    #[default]
    Main,
    /// Only this language, whatever the page's main language is.
    Only(Lang),
    /// Every language.
    All,
}

impl Target {
    /// `Target::Only` for an ISO 639-1 code; `None` for a code the crate does not know.
    #[must_use]
    pub fn only(code: &str) -> Option<Target> {
        Lang::from_code(code).map(Target::Only)
    }
}

/// What the caller knows about the page beyond its blocks.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Context<'a> {
    /// How the page was read.
    pub input_kind: InputKind,
    /// The headline, when markup gave one (`<h1>`, `og:title`).
    pub title: Option<&'a str>,
    /// Which languages to keep.
    pub target: Target,
    /// Keep reader comments instead of removing them.
    pub keep_comments: bool,
    /// The page is a discussion thread (a forum or Q&A page): its posts,
    /// wherever the layout puts them, are the content.
    pub thread: bool,
}

impl<'a> Context<'a> {
    /// A context for input of `kind` with defaults: no title, main language,
    /// comments removed.
    #[must_use]
    pub fn new(input_kind: InputKind) -> Self {
        Context {
            input_kind,
            title: None,
            target: Target::Main,
            keep_comments: false,
            thread: false,
        }
    }
}

/// The classification of one page.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Outcome {
    /// The headline.
    pub title: Option<String>,
    /// The main language of the body.
    pub language: Option<Lang>,
    /// Body blocks in order.
    pub blocks: Vec<Block>,
    /// Removed blocks in order, with reasons.
    pub removed: Vec<Removed>,
}

/// Classifies a page's candidate blocks into body and chrome.
#[must_use]
pub fn classify(cands: Vec<Candidate>, ctx: &Context<'_>) -> Outcome {
    let n = cands.len();
    let mut verdict: Vec<Option<Reason>> = vec![None; n];

    // 1-2: structure and lexicon.
    for (i, c) in cands.iter().enumerate() {
        if c.hard {
            verdict[i] = c.hint;
        } else if let Some(r) = lexicon::lookup(&c.text).or_else(|| lines::metadata_line(&c.text)) {
            verdict[i] = Some(r);
        }
    }
    if ctx.keep_comments {
        for v in &mut verdict {
            if *v == Some(Reason::Comments) {
                *v = None;
            }
        }
    }

    // 3: languages.
    // Blocks already decided as chrome need no language, nor a script unless
    // a rescue brings them back (see `read` below).
    let read: Vec<bool> = verdict.iter().map(Option::is_none).collect();
    let scripts: Vec<Option<Script>> = cands
        .iter()
        .zip(&read)
        .map(|(c, &r)| if r { lang::script_of(&c.text) } else { None })
        .collect();
    let first: Vec<Option<Guess>> = cands
        .iter()
        .zip(&verdict)
        .zip(&scripts)
        .map(|((c, v), s)| {
            if v.is_some() {
                None
            } else {
                lang::identify_scored_in(&c.text, *s, None)
            }
        })
        .collect();
    let main = main_language(&cands, &verdict, &first, &scripts);
    let main_script = main.and_then(|l| {
        first
            .iter()
            .zip(&scripts)
            .find(|(g, _)| g.is_some_and(|g| g.lang == l))
            .and_then(|(_, s)| *s)
    });
    let guesses: Vec<Option<Guess>> = cands
        .iter()
        .zip(&first)
        .zip(&verdict)
        .zip(&scripts)
        .map(|(((c, g), v), s)| match g {
            _ if v.is_some() => None,
            Some(g) if Some(g.lang) == main => Some(*g),
            _ => lang::identify_scored_in(&c.text, *s, main),
        })
        .collect();
    let langs: Vec<Option<Lang>> = guesses.iter().map(|g| g.map(|g| g.lang)).collect();

    // 4: title, and the lead paragraph between it and the body container.
    let title = headline::find_title(&cands, &mut verdict, ctx);
    rescue::lead(&cands, &mut verdict);

    // Soft structural hints: confirmed unless the block reads as body, or
    // whatever it reads as when the name says what the element holds.
    for (i, c) in cands.iter().enumerate() {
        if verdict[i].is_none()
            && !c.hard
            && let Some(h) = c.hint
            && (!lines::reads_as_body(&c.text)
                || h == Reason::SiteHeader && i < 3
                || names_what_it_holds(h))
        {
            verdict[i] = Some(h);
        }
    }

    repeated_captions(&cands, &mut verdict);

    // Languages to keep.
    let keep = match ctx.target {
        Target::Main => main,
        Target::Only(l) => Some(l),
        Target::All => None,
    };
    if let Some(keep) = keep {
        for i in 0..n {
            if verdict[i].is_none()
                && is_other_language(
                    &cands[i].text,
                    if read[i] {
                        scripts[i]
                    } else {
                        lang::script_of(&cands[i].text)
                    },
                    guesses[i],
                    keep,
                    main_script,
                    ctx.target,
                    cands[i].in_main == Some(true),
                )
            {
                verdict[i] = Some(Reason::OtherLanguage);
            }
        }
    }

    // 5: context: runs of menu-like fragments anywhere, and on text pages
    // the lines that are no sentence, judged by the lines beside them.
    runs::revise_fragment_runs(&cands, &mut verdict);
    if ctx.input_kind == InputKind::Text {
        runs::revise_text_page(&cands, &mut verdict, ctx.keep_comments);
    }

    rescue::empty_body(&cands, &mut verdict);
    if ctx.thread {
        rescue::posts(&cands, &mut verdict);
    }
    sections::related_lists(&cands, &mut verdict);
    sections::sandwiched(&cands, &mut verdict);
    sections::orphan_headings(&cands, &mut verdict);
    // Spacers, names from code and the counts of buttons go last, so that
    // their going moves nothing around them.
    for (c, v) in cands.iter().zip(verdict.iter_mut()) {
        if v.is_none() && (marks::mark_only(&c.text) || marks::code_name(&c.text)) {
            *v = Some(Reason::TooShort);
        }
    }
    marks::button_counts(&cands, &mut verdict);

    let title_key = title.as_deref().map(lexicon::normalize);
    let mut blocks = Vec::new();
    let mut removed = Vec::new();
    for ((c, v), l) in cands.into_iter().zip(verdict).zip(langs) {
        match v {
            Some(reason) => removed.push(Removed {
                text: c.text,
                reason,
            }),
            None => {
                let text = match peel::peel(c.kind, &c.text, title_key.as_deref()) {
                    Some((kept, before, after)) => {
                        removed.extend(before);
                        removed.extend(after);
                        kept
                    }
                    None => c.text,
                };
                blocks.push(Block {
                    kind: c.kind,
                    text,
                    language: l,
                });
            }
        }
    }
    let language = match ctx.target {
        Target::Only(l) => Some(l),
        _ => main,
    };
    Outcome {
        title,
        language,
        blocks,
        removed,
    }
}

/// Soft hints that name what an element holds (`sponsored-story`,
/// `promo-box`): its text is that, however much it reads like the article
/// (a sponsored teaser's summary). The other soft hints (an author's name,
/// a search form, a list of popular posts, link density) only say where
/// body text is unlikely; a caption class is left to the caption rules,
/// which keep the first copy of a caption written as prose.
fn names_what_it_holds(hint: Reason) -> bool {
    hint == Reason::Advertisement
}

/// Copies of a caption: a gallery shows each caption in several places
/// (slide, thumbnail strip, lightbox). When one copy reads as a caption, every
/// copy goes; when a caption class only marks it, the later copies go and the
/// first stays (a caption that reads as body).
fn repeated_captions(cands: &[Candidate], verdict: &mut [Option<Reason>]) {
    let texts = |keep: &dyn Fn(usize) -> bool| -> rustc_hash::FxHashSet<&str> {
        (0..cands.len())
            .filter(|&i| keep(i))
            .map(|i| cands[i].text.trim())
            .collect()
    };
    // Texts that some copy reads as a caption (a credit, `Photo: …`), and
    // texts that only a caption class marks.
    let read = texts(&|i| verdict[i] == Some(Reason::Caption));
    let marked = texts(&|i| cands[i].hint == Some(Reason::Caption));
    if read.is_empty() && marked.is_empty() {
        return;
    }
    let mut seen: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    for (i, c) in cands.iter().enumerate() {
        let text = c.text.trim();
        if c.hint == Some(Reason::Hidden) {
            continue;
        }
        let repeat = !seen.insert(text);
        if verdict[i].is_none() && (read.contains(text) || repeat && marked.contains(text)) {
            verdict[i] = Some(Reason::Caption);
        }
    }
}

/// Least confidence for dropping a block written in the page's own script as
/// another language under [`Target::Main`]: close languages share words, so
/// only a sure guess on a sentence-length block counts.
const SAME_SCRIPT_CONFIDENCE: f32 = 0.9;
/// A formula set as text (`1 ( ϕ 5 − ϕ ) e 2 5 π = …`): at least four
/// tokens, half of them one character long. Its letters (Greek ones
/// included) are symbols, not a language.
fn formula_like(text: &str) -> bool {
    let (mut tokens, mut single) = (0usize, 0usize);
    for t in text.split_whitespace() {
        tokens += 1;
        single += usize::from(t.chars().nth(1).is_none());
    }
    tokens >= 4 && single * 2 >= tokens
}

/// Letters a block in another script needs to count as another language.
const OTHER_SCRIPT_LETTERS: usize = 8;
/// Words a same-script block needs before its language is held against it.
const SAME_SCRIPT_WORDS: usize = 5;
/// Least confidence for dropping a block under [`Target::Only`].
const ONLY_CONFIDENCE: f32 = 0.6;

/// Scripts that one language's text mixes (Japanese writes Han too).
fn same_script(a: Script, b: Script) -> bool {
    a == b
        || matches!(
            (a, b),
            (Script::Han, Script::Japanese) | (Script::Japanese, Script::Han)
        )
}

/// True when the block is not in the language to keep. `in_main`: the block
/// lies in the page's main-content container.
fn is_other_language(
    text: &str,
    script: Option<Script>,
    guess: Option<Guess>,
    keep: Lang,
    main_script: Option<Script>,
    target: Target,
    in_main: bool,
) -> bool {
    let words = lines::word_count_upto(text, SAME_SCRIPT_WORDS.max(3));
    // A line of figures and codes (`GPS: N24 39 16.4 E121 18 19.5`) has a
    // script but no language.
    let other_script = matches!((script, main_script), (Some(s), Some(m)) if !same_script(s, m))
        && text
            .chars()
            .filter(|c| c.is_alphabetic())
            .nth(OTHER_SCRIPT_LETTERS - 1)
            .is_some();
    let other = |min_conf: f32, min_words: usize| {
        guess.is_some_and(|g| g.lang != keep && g.confidence >= min_conf) && words >= min_words
    };
    let other_language = match target {
        Target::Only(_) => {
            other(ONLY_CONFIDENCE, 3) || other_script && guess.is_none_or(|g| g.lang != keep)
        }
        // Inside the article's container, a passage in another language of
        // the same script is a quotation, a reference or code, not chrome.
        _ => {
            other_script
                || !in_main
                    && other(SAME_SCRIPT_CONFIDENCE, SAME_SCRIPT_WORDS)
                    && script != Some(Script::Han)
        }
    };
    // A formula is never another language; read last, as most blocks are
    // in the language kept anyway.
    other_language && !formula_like(text)
}

/// The weight, in choosing the main language, of a block whose function
/// words belong to another language than its letters say (`DP World Tour:
/// Championship, 1. Tag, 11:30 Uhr bei Sky` on a German page).
const MIXED_WEIGHT: f32 = 0.25;

/// Relative margin that keeps rounding out of the lead test of
/// [`main_language`].
const LEAD_MARGIN: f32 = 1e-3;

/// The language with the most characters among blocks not already chrome,
/// each block weighted by the confidence of its guess, less when its
/// function words disagree with it.
fn main_language(
    cands: &[Candidate],
    verdict: &[Option<Reason>],
    guesses: &[Option<Guess>],
    scripts: &[Option<Script>],
) -> Option<Lang> {
    // A language whose weight, each block cut to the mixed weight, still
    // clearly exceeds every other's whole weight leads whatever the function
    // words say: they are then not read.
    let mut whole: Vec<(Lang, f32)> = Vec::new();
    for ((c, v), g) in cands.iter().zip(verdict).zip(guesses) {
        let (None, Some(g)) = (v, g) else { continue };
        let w = c.text.len() as f32 * g.confidence;
        match whole.iter_mut().find(|(x, _)| *x == g.lang) {
            Some((_, n)) => *n += w,
            None => whole.push((g.lang, w)),
        }
    }
    if let Some(&(lead, w)) = whole.iter().max_by(|a, b| a.1.total_cmp(&b.1))
        && whole
            .iter()
            .all(|&(l, x)| l == lead || w * MIXED_WEIGHT > x * (1.0 + LEAD_MARGIN))
    {
        return Some(lead);
    }
    let mut weight: Vec<(Lang, f32)> = Vec::new();
    for (((c, v), g), s) in cands.iter().zip(verdict).zip(guesses).zip(scripts) {
        let (None, Some(g)) = (v, g) else { continue };
        // Function words of another language: a line of names and terms.
        let mixed = lang::by_stopwords(&c.text, *s).is_some_and(|l| l != g.lang);
        let w = c.text.len() as f32 * g.confidence * if mixed { MIXED_WEIGHT } else { 1.0 };
        match weight.iter_mut().find(|(x, _)| *x == g.lang) {
            Some((_, n)) => *n += w,
            None => weight.push((g.lang, w)),
        }
    }
    weight
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(l, _)| l)
}
