//! The pipeline: [`Cleaner`] (configured once, reused across threads) and its
//! [`CleanerBuilder`].

use crate::boilerplate::{self, Context, Target};
use crate::candidate::Candidate;
use crate::charset::{self, Hints};
use crate::document::{Block, BlockKind, Document, Fallback, InputKind, Reason, Removed};
use crate::error::Error;
use crate::limits::{self, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS};
use crate::meta::{Metadata, PageType};
use crate::repair::{Repairer, Repairs, Spaces};
use crate::{extract, segment};

/// Repair as blocks of running text need it: spaces collapsed, lines trimmed.
const BLOCK_REPAIR: Repairer = Repairer::new().with_spaces(Spaces::Collapse);

/// Default for [`CleanerBuilder::max_input_bytes`]: 64 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;
/// Characters a paragraph above a listing's teasers needs to be its
/// introduction rather than a label.
const INTRO_PROSE_CHARS: usize = 90;

/// A configured cleaner. Cheap to share: `Send + Sync`, `clean` takes `&self`.
#[derive(Debug, Clone)]
pub struct Cleaner {
    content_type: Option<String>,
    url: Option<String>,
    target: Target,
    keep_comments: bool,
    max_input_bytes: usize,
    max_depth: usize,
    max_elements: usize,
    input_kind: Option<InputKind>,
    page_types: bool,
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::builder().build()
    }
}

/// Builds a [`Cleaner`]; every setting has a documented default.
#[derive(Debug, Clone)]
pub struct CleanerBuilder {
    inner: Cleaner,
}

impl CleanerBuilder {
    /// The transport `Content-Type` of the pages (`text/html; charset=koi8-r`),
    /// used as a charset hint. Default: none.
    #[must_use]
    pub fn content_type(mut self, value: impl Into<String>) -> Self {
        self.inner.content_type = Some(value.into());
        self
    }

    /// The page URL; its top-level domain is a prior for charset detection.
    /// Default: none.
    #[must_use]
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.inner.url = Some(url.into());
        self
    }

    /// Which languages to keep. Default: [`Target::Main`], the page's main language.
    #[must_use]
    pub fn language(mut self, target: Target) -> Self {
        self.inner.target = target;
        self
    }

    /// Keep reader comments in the body. Default: `false`.
    #[must_use]
    pub fn keep_comments(mut self, yes: bool) -> Self {
        self.inner.keep_comments = yes;
        self
    }

    /// Inputs larger than this fail with [`Error::InputTooLarge`].
    /// Default: [`DEFAULT_MAX_INPUT_BYTES`].
    #[must_use]
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.inner.max_input_bytes = limit;
        self
    }

    /// HTML nested deeper than this is read as text instead of parsed (see
    /// [`Fallback::TooDeep`]). Default: [`DEFAULT_MAX_DEPTH`].
    #[must_use]
    pub fn max_depth(mut self, limit: usize) -> Self {
        self.inner.max_depth = limit;
        self
    }

    /// HTML with more elements than this is read as text instead of parsed
    /// (see [`Fallback::TooManyElements`]), bounding the DOM's memory.
    /// Default: [`DEFAULT_MAX_ELEMENTS`].
    #[must_use]
    pub fn max_elements(mut self, limit: usize) -> Self {
        self.inner.max_elements = limit;
        self
    }

    /// Read every input as HTML or as text instead of sniffing. Default: sniff.
    #[must_use]
    pub fn input_kind(mut self, kind: InputKind) -> Self {
        self.inner.input_kind = Some(kind);
        self
    }

    /// Withhold the body of listing pages (see
    /// [`PageType::withholds_body`]), so that no article is assembled from
    /// unrelated teasers. A listing keeps its own introduction, the prose
    /// above its first teasers. With `false` every page returns
    /// its main text; [`Document::page_type`] is set either way.
    /// Default: `true`.
    #[must_use]
    pub fn page_types(mut self, yes: bool) -> Self {
        self.inner.page_types = yes;
        self
    }

    /// The configured cleaner.
    #[must_use]
    pub fn build(self) -> Cleaner {
        self.inner
    }
}

impl Cleaner {
    /// A builder with every setting at its default.
    #[must_use]
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder {
            inner: Cleaner {
                content_type: None,
                url: None,
                target: Target::Main,
                keep_comments: false,
                max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
                max_depth: DEFAULT_MAX_DEPTH,
                max_elements: DEFAULT_MAX_ELEMENTS,
                input_kind: None,
                page_types: true,
            },
        }
    }

    /// Cleans one page of bytes (HTML or text, any encoding).
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `bytes` exceeds the configured limit.
    pub fn clean(&self, bytes: &[u8]) -> Result<Document, Error> {
        if bytes.len() > self.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: bytes.len(),
                limit: self.max_input_bytes,
            });
        }
        let hints = Hints::new(self.content_type.as_deref(), self.url.as_deref());
        let detection = charset::detect(bytes, &hints);
        let decoded = charset::decode(bytes, &detection);
        let input_kind = self.input_kind.unwrap_or_else(|| sniff_kind(&decoded.text));
        let mut repairs = Repairs::default();
        if looks_binary(&decoded.text) {
            return Ok(Document {
                title: None,
                language: None,
                detection,
                had_decode_errors: decoded.had_errors,
                input_kind,
                blocks: Vec::new(),
                removed: Vec::new(),
                repairs,
                fallback: Some(Fallback::Binary),
                page_type: PageType::Other,
                metadata: Metadata::default(),
            });
        }
        let fallback = match input_kind {
            InputKind::Html => self.check_shape(&decoded.text),
            InputKind::Text => None,
        };
        let stripped;
        let (input_kind, text) = match fallback {
            Some(_) => {
                stripped = limits::strip_tags(&decoded.text);
                (InputKind::Text, stripped.as_str())
            }
            None => (input_kind, decoded.text.as_ref()),
        };
        let withhold_listing = |t: PageType| self.page_types && t.withholds_body();
        let mut intro = false;
        let (html_title, cands, mut metadata, page_type, declared) = match input_kind {
            InputKind::Html => {
                let e = extract::extract_at(text, self.url.as_deref());
                let mut blocks = e.blocks;
                // Before repair, which may split a block: the index is the
                // extractor's.
                if let Some(from) = e.teasers_from.filter(|_| withhold_listing(e.page_type)) {
                    intro = true;
                    for b in &mut blocks[from..] {
                        b.hint = Some(Reason::NotArticle);
                        b.hard = true;
                    }
                }
                repair_blocks(&mut blocks, &mut repairs);
                (e.title, blocks, e.metadata, e.page_type, e.declared_body)
            }
            // Text is repaired line by line first, so that segmentation sees
            // the real characters (mojibake hides script changes).
            InputKind::Text => {
                let cands = segment::segment(&repair_lines(text, &mut repairs));
                (None, cands, Metadata::default(), PageType::Article, None)
            }
        };
        repair_metadata(&mut metadata);
        let title = html_title.map(|t| BLOCK_REPAIR.repair(&t).into_owned());
        let ctx = Context {
            input_kind,
            title: title.as_deref(),
            target: self.target,
            keep_comments: self.keep_comments,
            thread: page_type == PageType::Forum,
        };
        let mut out = boilerplate::classify(cands, &ctx);
        // A shell page takes its declared article, when some of it is kept
        // (not when the language asked for drops it too).
        let fallback = match declared {
            Some(text)
                if fallback.is_none()
                    && !boilerplate::is_body(out.blocks.iter().map(|b| b.text.as_str())) =>
            {
                let mut declared_repairs = Repairs::default();
                let d = classify_declared(&text, &ctx, &mut declared_repairs);
                if d.blocks.is_empty() {
                    fallback
                } else {
                    repairs.add(declared_repairs);
                    stand_in(&mut out, d);
                    Some(Fallback::DeclaredBody)
                }
            }
            _ => fallback,
        };
        // A listing keeps its own introduction above the teasers, when that
        // holds prose; otherwise nothing.
        if withhold_listing(page_type) && !(intro && has_prose(&out.blocks)) {
            withhold(&mut out.blocks, &mut out.removed);
        }
        Ok(Document {
            title: metadata.title.clone().or(out.title),
            language: out.language,
            detection,
            had_decode_errors: decoded.had_errors,
            input_kind,
            blocks: out.blocks,
            removed: out.removed,
            repairs,
            fallback,
            page_type,
            metadata,
        })
    }

    fn check_shape(&self, html: &str) -> Option<Fallback> {
        let shape = limits::shape(html);
        if shape.depth > self.max_depth {
            Some(Fallback::TooDeep {
                depth: shape.depth,
                limit: self.max_depth,
            })
        } else if shape.elements > self.max_elements {
            Some(Fallback::TooManyElements {
                elements: shape.elements,
                limit: self.max_elements,
            })
        } else {
            None
        }
    }
}

/// The declared article, a paragraph a line, repaired and classified as
/// the page's own blocks are.
fn classify_declared(text: &str, ctx: &Context<'_>, repairs: &mut Repairs) -> boilerplate::Outcome {
    let mut cands: Vec<Candidate> = text
        .split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| Candidate::new(p.to_owned(), BlockKind::Paragraph))
        .collect();
    repair_blocks(&mut cands, repairs);
    boilerplate::classify(cands, ctx)
}

/// Adds the declared article after what the markup kept (nothing is
/// dropped; a paragraph the markup already kept is not repeated), with what
/// the classifier removed from it.
fn stand_in(out: &mut boilerplate::Outcome, declared: boilerplate::Outcome) {
    for b in declared.blocks {
        if !out.blocks.iter().any(|k| k.text == b.text) {
            out.blocks.push(b);
        }
    }
    out.removed.extend(declared.removed);
    out.language = declared.language.or(out.language);
}

/// True when a paragraph among `blocks` is prose, not a label or a line.
fn has_prose(blocks: &[Block]) -> bool {
    blocks
        .iter()
        .any(|b| b.kind == BlockKind::Paragraph && b.text.chars().nth(INTRO_PROSE_CHARS).is_some())
}

/// Moves every body block to `removed` as [`Reason::NotArticle`], keeping
/// document order.
fn withhold(blocks: &mut Vec<Block>, removed: &mut Vec<Removed>) {
    for b in blocks.drain(..) {
        removed.push(Removed {
            text: b.text,
            reason: Reason::NotArticle,
        });
    }
}

/// Repairs the text fields of metadata (entities, mojibake).
fn repair_metadata(m: &mut Metadata) {
    let fix = |s: &mut String| {
        if let std::borrow::Cow::Owned(t) = BLOCK_REPAIR.repair(s) {
            *s = t;
        }
    };
    for s in [&mut m.title, &mut m.site_name, &mut m.description]
        .into_iter()
        .flatten()
    {
        fix(s);
    }
    m.authors
        .iter_mut()
        .chain(&mut m.categories)
        .chain(&mut m.tags)
        .for_each(fix);
}

fn repair_lines(text: &str, total: &mut Repairs) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let r = BLOCK_REPAIR.repair_report(line);
        total.add(r.repairs);
        out.push_str(&r.text);
        out.push('\n');
    }
    out
}

fn repair_blocks(cands: &mut Vec<Candidate>, total: &mut Repairs) {
    let mut out = Vec::with_capacity(cands.len());
    for mut c in cands.drain(..) {
        let r = BLOCK_REPAIR.repair_report(&c.text);
        total.add(r.repairs);
        let split = r.repairs.stray_tags > 0 && r.text.contains('\n');
        if let std::borrow::Cow::Owned(s) = r.text {
            c.text = s;
        }
        if split {
            // Escaped markup (`&lt;p&gt;`) broke the text into paragraphs.
            let parts: Vec<String> = c.text.split('\n').map(str::to_owned).collect();
            for p in parts {
                let mut part = c.clone();
                part.text = p;
                out.push(part);
            }
        } else {
            out.push(c);
        }
    }
    out.retain(|c| !c.text.trim().is_empty());
    *cands = out;
}

/// Characters of the decoded text sampled to tell binary from text.
const BINARY_SAMPLE_CHARS: usize = 16 * 1024;

/// More than one in twenty sampled characters are controls or U+FFFD.
fn looks_binary(text: &str) -> bool {
    let is_bad = |c: char| {
        c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}'))
    };
    let mut n = 0usize;
    let mut bad = 0usize;
    let b = text.as_bytes();
    let mut i = 0;
    while n < BINARY_SAMPLE_CHARS && i < b.len() {
        // Eight printable ASCII bytes at a time: none is bad.
        if n + 8 <= BINARY_SAMPLE_CHARS
            && let Some(chunk) = b.get(i..i + 8)
            && printable_ascii(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])))
        {
            n += 8;
            i += 8;
            continue;
        }
        if b[i].is_ascii() {
            // One ASCII character per byte.
            n += 1;
            bad += usize::from(is_bad(char::from(b[i])));
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or_default();
            n += 1;
            bad += usize::from(is_bad(c));
            i += c.len_utf8();
        }
    }
    n >= 64 && bad * 20 > n
}

/// Eight bytes, each ASCII and neither a control character nor DEL.
fn printable_ascii(x: u64) -> bool {
    use crate::swar::{HIGH, LOW};
    // With every high bit clear, a byte below 0x20 borrows into its own
    // high bit, and so does a zero byte of `x ^ 0x7F..`.
    let control = x.wrapping_sub(0x20 * LOW) & !x;
    let del = (x ^ (0x7F * LOW)).wrapping_sub(LOW) & !(x ^ (0x7F * LOW));
    x & HIGH == 0 && (control | del) & HIGH == 0
}

/// Elements that open only markup: a page whose text starts with one is HTML
/// however few tags its first kilobytes hold (a long inline style sheet).
const HTML_OPENINGS: &[&str] = &[
    "<head",
    "<body",
    "<style",
    "<script",
    "<meta",
    "<link",
    "<title",
    "<base",
    "<noscript",
];

/// `trimmed` opens with `p`, in any ASCII case.
fn opens(trimmed: &str, p: &str) -> bool {
    trimmed
        .as_bytes()
        .get(..p.len())
        .is_some_and(|t| t.eq_ignore_ascii_case(p.as_bytes()))
}

/// HTML when the start of the text opens with markup or holds several
/// structural tags; text otherwise.
fn sniff_kind(text: &str) -> InputKind {
    let opens_markup = |trimmed: &str| {
        opens(trimmed, "<!doctype html") || opens(trimmed, "<html") || opens(trimmed, "<?xml")
    };
    // The opening read first from the whole text: the same as from the
    // head when it starts well inside the head (4096 characters are at
    // least 4096 bytes), which need not be measured then.
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let start = text.len() - trimmed.len();
    if start + "<!doctype html".len() <= 4096 && opens_markup(trimmed) {
        return InputKind::Html;
    }
    let head_end = text.char_indices().nth(4096).map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    if opens_markup(head.trim_start_matches('\u{feff}').trim_start()) {
        return InputKind::Html;
    }
    // A page cut before its `<html>`, or one whose server printed a style
    // sheet or script first: no text opens with these.
    if HTML_OPENINGS.iter().any(|t| {
        opens(trimmed, t)
            && trimmed
                .as_bytes()
                .get(t.len())
                .is_none_or(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace())
    }) {
        return InputKind::Html;
    }
    let head = head.to_ascii_lowercase();
    let tags = [
        "<p>", "<p ", "<div", "<body", "<head", "<meta", "<br>", "<br/", "<br ", "<table", "<span",
        "<a href", "<li>", "<b>",
    ];
    let hits: usize = tags.iter().map(|t| head.matches(t).count()).sum();
    if hits >= 3 {
        InputKind::Html
    } else {
        InputKind::Text
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn printable_ascii_by_the_byte() {
        let bytes: Vec<u8> = (0u8..=255).collect();
        for w in bytes
            .windows(8)
            .chain([&b"abc\x7fdefg"[..], b"        ", b"ab\ncdefg"])
        {
            let x = u64::from_le_bytes(w.try_into().unwrap());
            let want = w.iter().all(|&b| (0x20..0x7F).contains(&b));
            assert_eq!(printable_ascii(x), want, "{w:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]

        /// Words of bytes at the edges of the printable range.
        #[test]
        fn printable_ascii_at_the_edges(
            w in proptest::array::uniform8(proptest::sample::select(vec![
                0x00u8, 0x01, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0xA0, 0xFF,
            ])),
        ) {
            let want = w.iter().all(|&b| (0x20..0x7F).contains(&b));
            proptest::prop_assert_eq!(printable_ascii(u64::from_le_bytes(w)), want, "{:?}", w);
        }
    }
    use super::*;

    #[test]
    fn sniffs() {
        assert_eq!(sniff_kind("<!DOCTYPE html><p>x"), InputKind::Html);
        assert_eq!(
            sniff_kind("Title\n\n< p> text with one stray tag"),
            InputKind::Text
        );
        assert_eq!(sniff_kind("<div><p>a</p><p>b</p></div>"), InputKind::Html);
        // A style sheet longer than the sniffed window opens the page.
        let styled = format!(
            "<style>\n{}</style><p>Body</p>",
            ".box {\n  opacity: 1;\n}\n".repeat(400)
        );
        assert_eq!(sniff_kind(&styled), InputKind::Html);
        assert_eq!(sniff_kind("<script>var a = 1;</script>"), InputKind::Html);
        // Words that merely start like an element are text.
        assert_eq!(sniff_kind("<stylesheet> is a word here"), InputKind::Text);
        // Warnings a server printed before the page, in XHTML breaks.
        let warned = "<br />\n<b>Deprecated</b>:  Assigning the return value of new by reference is deprecated in <b>/www/wp-settings.php</b> on line <b>520</b><br />\n".repeat(3);
        assert_eq!(sniff_kind(&warned), InputKind::Html);
        assert_eq!(sniff_kind("<heading of a plain note>"), InputKind::Text);
    }

    #[test]
    fn too_large_is_an_error() {
        let c = Cleaner::builder().max_input_bytes(4).build();
        assert_eq!(
            c.clean(b"12345"),
            Err(Error::InputTooLarge { size: 5, limit: 4 })
        );
    }
}
