//! Python bindings for pageclean: the `pageclean._pageclean` extension module.
//!
//! The Python package `pageclean` re-exports everything here; see
//! `python/pageclean/_pageclean.pyi` for the typed Python view. Cleaning runs
//! with the GIL released ([`Python::detach`]), so Python threads clean pages
//! in parallel. `bytes` and `str` input are read in place, without a copy.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyMemoryView, PyString};

use pageclean::{BlockKind, Fallback as RsFallback, InputKind, Target};

pyo3::create_exception!(
    pageclean,
    PagecleanError,
    PyValueError,
    "A page could not be cleaned at all (a subclass of ValueError).\n\n\
     Damaged input is not an error: undecodable bytes, broken markup and\n\
     mojibake are repaired and reported on the Document."
);

pyo3::create_exception!(
    pageclean,
    InputTooLargeError,
    PagecleanError,
    "The input is larger than the cleaner's max_input_bytes.\n\n\
     Attributes: size (the input's size in bytes) and limit (the limit)."
);

/// Charset given to `str` input: it is decoded already, so declarations in
/// the markup (`<meta charset=...>`) must not re-decode it.
const STR_CONTENT_TYPE: &str = "text/plain; charset=utf-8";

/// The settings of a cleaner, kept so that per-call hints can override them
/// and so that a cleaner can be pickled (Spark and Ray ship closures).
#[derive(Debug, Clone)]
struct Settings {
    content_type: Option<String>,
    url: Option<String>,
    language: Option<String>,
    target: Target,
    keep_comments: bool,
    input_kind: Option<InputKind>,
    max_input_bytes: usize,
    max_depth: usize,
    max_elements: usize,
    page_types: bool,
}

impl Settings {
    #[allow(clippy::too_many_arguments)]
    fn new(
        content_type: Option<String>,
        url: Option<String>,
        language: Option<String>,
        keep_comments: bool,
        input_kind: Option<&str>,
        max_input_bytes: Option<usize>,
        max_depth: Option<usize>,
        max_elements: Option<usize>,
        page_types: bool,
    ) -> PyResult<Settings> {
        Ok(Settings {
            target: parse_target(language.as_deref())?,
            input_kind: parse_kind(input_kind)?,
            content_type,
            url,
            language,
            keep_comments,
            max_input_bytes: max_input_bytes.unwrap_or(pageclean::DEFAULT_MAX_INPUT_BYTES),
            max_depth: max_depth.unwrap_or(pageclean::DEFAULT_MAX_DEPTH),
            max_elements: max_elements.unwrap_or(pageclean::DEFAULT_MAX_ELEMENTS),
            page_types,
        })
    }

    /// A Rust cleaner with these settings, per-call hints taking precedence.
    fn build(&self, call: &Call) -> pageclean::Cleaner {
        let mut b = pageclean::Cleaner::builder()
            .language(self.target)
            .keep_comments(self.keep_comments)
            .max_input_bytes(self.max_input_bytes)
            .max_depth(self.max_depth)
            .max_elements(self.max_elements)
            .page_types(self.page_types);
        let content_type = if call.is_str {
            Some(STR_CONTENT_TYPE)
        } else {
            call.content_type
                .as_deref()
                .or(self.content_type.as_deref())
        };
        if let Some(ct) = content_type {
            b = b.content_type(ct);
        }
        if let Some(u) = call.url.as_deref().or(self.url.as_deref()) {
            b = b.url(u);
        }
        if let Some(k) = call.input_kind.or(self.input_kind) {
            b = b.input_kind(k);
        }
        b.build()
    }

    fn clean(&self, py: Python<'_>, data: &Bound<'_, PyAny>, mut call: Call) -> PyResult<Document> {
        let result = if let Ok(b) = data.cast::<PyBytes>() {
            let cleaner = self.build(&call);
            let bytes: &[u8] = b.as_bytes();
            py.detach(|| cleaner.clean(bytes))
        } else if let Ok(s) = data.cast::<PyString>() {
            call.is_str = true;
            let cleaner = self.build(&call);
            let text: &str = s.to_str()?;
            py.detach(|| cleaner.clean(text.as_bytes()))
        } else if let Ok(b) = data.cast::<PyByteArray>() {
            let cleaner = self.build(&call);
            let bytes = b.to_vec();
            py.detach(|| cleaner.clean(&bytes))
        } else if data.is_instance_of::<PyMemoryView>() {
            let cleaner = self.build(&call);
            let copy = py.get_type::<PyBytes>().call1((data,))?;
            let b = copy.cast::<PyBytes>()?;
            let bytes: &[u8] = b.as_bytes();
            py.detach(|| cleaner.clean(bytes))
        } else {
            return Err(PyTypeError::new_err(format!(
                "expected bytes or str (or bytearray, memoryview), not {}",
                data.get_type().name()?
            )));
        };
        match result {
            Ok(doc) => Ok(Document { inner: doc }),
            Err(e) => Err(to_py_err(py, &e)),
        }
    }

    /// Keyword arguments that rebuild these settings (`Cleaner(**kwargs)`).
    fn kwargs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("content_type", self.content_type.as_deref())?;
        d.set_item("url", self.url.as_deref())?;
        d.set_item("language", self.language.as_deref())?;
        d.set_item("keep_comments", self.keep_comments)?;
        d.set_item("input_kind", self.input_kind.map(kind_name))?;
        d.set_item("max_input_bytes", self.max_input_bytes)?;
        d.set_item("max_depth", self.max_depth)?;
        d.set_item("max_elements", self.max_elements)?;
        d.set_item("page_types", self.page_types)?;
        Ok(d)
    }
}

/// Per-call hints.
#[derive(Debug, Default)]
struct Call {
    content_type: Option<String>,
    url: Option<String>,
    input_kind: Option<InputKind>,
    is_str: bool,
}

fn parse_target(language: Option<&str>) -> PyResult<Target> {
    match language {
        None | Some("main") => Ok(Target::Main),
        Some("all") => Ok(Target::All),
        Some(code) => Target::only(code).ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown language code {code:?} (expected an ISO 639-1 code, \"main\" or \"all\")"
            ))
        }),
    }
}

fn parse_kind(kind: Option<&str>) -> PyResult<Option<InputKind>> {
    match kind {
        None | Some("auto") => Ok(None),
        Some("html") => Ok(Some(InputKind::Html)),
        Some("text") => Ok(Some(InputKind::Text)),
        Some(other) => Err(PyValueError::new_err(format!(
            "unknown input_kind {other:?} (expected \"auto\", \"html\" or \"text\")"
        ))),
    }
}

fn kind_name(kind: InputKind) -> &'static str {
    match kind {
        InputKind::Html => "html",
        _ => "text",
    }
}

fn to_py_err(py: Python<'_>, e: &pageclean::Error) -> PyErr {
    match e {
        pageclean::Error::InputTooLarge { size, limit } => {
            let err = InputTooLargeError::new_err(e.to_string());
            let value = err.value(py);
            // Setting attributes on a fresh exception instance cannot fail
            // short of memory exhaustion; the message carries them anyway.
            let _ = value.setattr("size", *size);
            let _ = value.setattr("limit", *limit);
            err
        }
        other => PagecleanError::new_err(other.to_string()),
    }
}

/// Cleans one page with the given settings and returns a Document.
///
/// data: the page as bytes (any encoding: detected from the BOM, the
///     content_type hint, <meta>/XML declarations and the bytes) or as str
///     (already decoded: read as UTF-8 whatever the markup declares).
///     bytearray and memoryview are copied first.
/// content_type: the transport Content-Type ("text/html; charset=koi8-r"),
///     a charset hint.
/// url: the page URL; its top-level domain is a prior for charset detection.
/// language: languages to keep: None or "main" (the page's main language),
///     "all", or an ISO 639-1 code ("en").
/// keep_comments: keep reader comments in the body.
/// input_kind: "html" or "text" to skip sniffing; None or "auto" sniffs.
/// max_input_bytes: inputs larger than this raise InputTooLargeError
///     (default 64 MiB).
/// page_types: withhold the body of pages that are not one article (such as
///     listings: section fronts, tag pages, archives), but for an
///     introduction above their teasers; their text is then in removed with
///     the reason "not_article". False returns every page's
///     main text as body. Document.page_type is set either way.
///
/// The GIL is released while the page is cleaned. Raises PagecleanError
/// (a ValueError) when no document can be produced, ValueError for an
/// unknown language code or input_kind, TypeError for other input types.
#[pyfunction]
#[pyo3(signature = (data, *, content_type=None, url=None, language=None, keep_comments=false, input_kind=None, max_input_bytes=None, page_types=true))]
#[allow(clippy::too_many_arguments)]
fn clean(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    content_type: Option<String>,
    url: Option<String>,
    language: Option<String>,
    keep_comments: bool,
    input_kind: Option<&str>,
    max_input_bytes: Option<usize>,
    page_types: bool,
) -> PyResult<Document> {
    let settings = Settings::new(
        content_type,
        url,
        language,
        keep_comments,
        input_kind,
        max_input_bytes,
        None,
        None,
        page_types,
    )?;
    settings.clean(py, data, Call::default())
}

/// A configured cleaner, built once and reused: cheap to call, safe to share
/// between threads, picklable (for Spark and Ray tasks).
///
/// Cleaner(*, content_type=None, url=None, language=None, keep_comments=False,
///         input_kind=None, max_input_bytes=None, max_depth=None,
///         max_elements=None, page_types=True)
///
/// The settings are those of pageclean.clean(); max_depth and max_elements
/// bound HTML parsing (deeper or larger markup is read as text, see
/// Document.fallback). content_type, url and input_kind given to
/// Cleaner.clean() override the cleaner's own for that call, as a WARC
/// record's Content-Type and URL do.
#[pyclass(module = "pageclean", frozen)]
#[derive(Debug)]
pub struct Cleaner {
    settings: Settings,
}

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(signature = (*, content_type=None, url=None, language=None, keep_comments=false, input_kind=None, max_input_bytes=None, max_depth=None, max_elements=None, page_types=true))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        content_type: Option<String>,
        url: Option<String>,
        language: Option<String>,
        keep_comments: bool,
        input_kind: Option<&str>,
        max_input_bytes: Option<usize>,
        max_depth: Option<usize>,
        max_elements: Option<usize>,
        page_types: bool,
    ) -> PyResult<Cleaner> {
        Ok(Cleaner {
            settings: Settings::new(
                content_type,
                url,
                language,
                keep_comments,
                input_kind,
                max_input_bytes,
                max_depth,
                max_elements,
                page_types,
            )?,
        })
    }

    /// Cleans one page (bytes or str) and returns a Document.
    ///
    /// content_type, url and input_kind, when given, replace the cleaner's
    /// own for this call. The GIL is released while the page is cleaned.
    #[pyo3(signature = (data, *, content_type=None, url=None, input_kind=None))]
    fn clean(
        &self,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        content_type: Option<String>,
        url: Option<String>,
        input_kind: Option<&str>,
    ) -> PyResult<Document> {
        let call = Call {
            content_type,
            url,
            input_kind: parse_kind(input_kind)?,
            is_str: false,
        };
        self.settings.clean(py, data, call)
    }

    /// The settings as keyword arguments: Cleaner(**c.settings()) is an
    /// equal cleaner.
    fn settings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.settings.kwargs(py)
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyDict>)> {
        let args = pyo3::types::PyTuple::empty(py).into_any();
        Ok((args, self.settings.kwargs(py)?))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let kwargs = self.settings.kwargs(py)?;
        let mut parts = Vec::new();
        for (k, v) in kwargs.iter() {
            parts.push(format!("{}={}", k.str()?, v.repr()?));
        }
        Ok(format!("Cleaner({})", parts.join(", ")))
    }
}

/// A cleaned page: title, language, encoding, body blocks, everything
/// removed with the reason, the page type, and what the page says about
/// itself (authors, dates, site name, description, categories, tags, image,
/// canonical URL).
///
/// Read-only. Attributes are computed from the cleaned page when read;
/// to_dict() gives them all as plain Python values (new keys may be added in
/// later versions, existing ones keep their meaning).
#[pyclass(module = "pageclean", frozen)]
#[derive(Debug)]
pub struct Document {
    inner: pageclean::Document,
}

#[pymethods]
impl Document {
    /// The headline, once, without the site name: the one the page declares
    /// (schema.org headline, og:title) when there is one, else the one found
    /// in the page; None when none was found.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title.as_deref()
    }

    /// ISO 639-1 code of the body's main language ("en"), or None.
    #[getter]
    fn language(&self) -> Option<&'static str> {
        self.inner.language.map(|l| l.code())
    }

    /// The name of the encoding the input was decoded with ("windows-1251",
    /// "UTF-8", "Shift_JIS"). str input is always "UTF-8".
    #[getter]
    fn encoding(&self) -> &'static str {
        self.inner.encoding()
    }

    /// The body text: blocks joined with blank lines, title excluded.
    #[getter]
    fn text(&self) -> String {
        self.inner.text()
    }

    /// The body blocks' texts, in order (a new list on each access).
    #[getter]
    fn paragraphs(&self) -> Vec<&str> {
        self.inner.paragraphs().collect()
    }

    /// The body blocks, in document order (a new list on each access).
    #[getter]
    fn blocks(&self) -> Vec<Block> {
        self.inner.blocks.iter().map(Block::from_rs).collect()
    }

    /// Everything left out of the body, in document order, with reasons.
    #[getter]
    fn removed(&self) -> Vec<Removed> {
        self.inner
            .removed
            .iter()
            .map(|r| Removed {
                text: r.text.clone(),
                reason: r.reason.as_str(),
            })
            .collect()
    }

    /// How the bytes were decoded, and why.
    #[getter]
    fn detection(&self) -> Detection {
        let d = &self.inner.detection;
        Detection {
            encoding: d.encoding.name(),
            source: d.source.as_str(),
            confidence: d.confidence,
        }
    }

    /// True when some bytes could not be decoded and became U+FFFD.
    #[getter]
    fn had_decode_errors(&self) -> bool {
        self.inner.had_decode_errors
    }

    /// How the input was read: "html" (parsed) or "text" (split into lines
    /// and paragraphs, as for WET records and dataset rows).
    #[getter]
    fn input_kind(&self) -> &'static str {
        kind_name(self.inner.input_kind)
    }

    /// What text repair changed over the whole page.
    #[getter]
    fn repairs(&self) -> Repairs {
        let r = &self.inner.repairs;
        Repairs {
            entities: r.entities,
            stray_tags: r.stray_tags,
            mojibake: r.mojibake,
            chars: r.chars,
        }
    }

    /// Set when the page was read in a degraded way (markup too deep or too
    /// large, or binary bytes), and why; None normally.
    #[getter]
    fn fallback(&self) -> Option<Fallback> {
        self.inner.fallback.map(Fallback::from_rs)
    }

    /// What kind of page it is, as a lower-case name: "article", "listing",
    /// "product", "forum", "documentation" or "other". Listings have no body
    /// by default (their text is in removed, reason "not_article"; see the
    /// page_types setting).
    #[getter]
    fn page_type(&self) -> &'static str {
        self.inner.page_type.as_str()
    }

    /// Author names as written ("Ana Ruiz"), without "By"; an empty list
    /// when none is known (a new list on each access).
    #[getter]
    fn authors(&self) -> Vec<&str> {
        self.inner
            .metadata
            .authors
            .iter()
            .map(String::as_str)
            .collect()
    }

    /// The authors joined with ", ", or None when none is known.
    #[getter]
    fn author(&self) -> Option<String> {
        self.inner.metadata.author()
    }

    /// The publication date as ISO 8601 ("2022-01-14"), or None.
    #[getter]
    fn date(&self) -> Option<String> {
        self.inner.metadata.date.map(|d| d.iso())
    }

    /// The date of the last change as ISO 8601 ("2022-01-15"), or None.
    #[getter]
    fn modified(&self) -> Option<String> {
        self.inner.metadata.modified.map(|d| d.iso())
    }

    /// The site or publication name (og:site_name, the publisher), or None.
    #[getter]
    fn site_name(&self) -> Option<&str> {
        self.inner.metadata.site_name.as_deref()
    }

    /// The page's own summary (og:description, <meta name=description>), or
    /// None.
    #[getter]
    fn description(&self) -> Option<&str> {
        self.inner.metadata.description.as_deref()
    }

    /// The language tag the page declares (<html lang>, og:locale), as
    /// written ("en-GB"), or None. Document.language is the detected one.
    #[getter]
    fn declared_language(&self) -> Option<&str> {
        self.inner.metadata.language.as_deref()
    }

    /// The canonical URL (<link rel=canonical>, og:url; else the url hint),
    /// or None.
    #[getter]
    fn canonical_url(&self) -> Option<&str> {
        self.inner.metadata.canonical_url.as_deref()
    }

    /// Sections and categories (article:section, articleSection); an empty
    /// list when none (a new list on each access).
    #[getter]
    fn categories(&self) -> Vec<&str> {
        self.inner
            .metadata
            .categories
            .iter()
            .map(String::as_str)
            .collect()
    }

    /// Tags and keywords (article:tag, keywords); an empty list when none
    /// (a new list on each access).
    #[getter]
    fn tags(&self) -> Vec<&str> {
        self.inner
            .metadata
            .tags
            .iter()
            .map(String::as_str)
            .collect()
    }

    /// The main image URL (og:image, schema.org image), or None.
    #[getter]
    fn image(&self) -> Option<&str> {
        self.inner.metadata.image.as_deref()
    }

    /// Every attribute as plain Python values (str, int, float, bool, None,
    /// lists and dicts): ready for json.dumps, a DataFrame row or Arrow.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("title", self.title())?;
        d.set_item("language", self.language())?;
        d.set_item("encoding", self.encoding())?;
        d.set_item("text", self.text())?;
        d.set_item("paragraphs", self.paragraphs())?;
        let blocks = PyList::empty(py);
        for b in self.blocks() {
            blocks.append(b.to_dict(py)?)?;
        }
        d.set_item("blocks", blocks)?;
        let removed = PyList::empty(py);
        for r in self.removed() {
            removed.append(r.to_dict(py)?)?;
        }
        d.set_item("removed", removed)?;
        d.set_item("detection", self.detection().to_dict(py)?)?;
        d.set_item("had_decode_errors", self.had_decode_errors())?;
        d.set_item("input_kind", self.input_kind())?;
        d.set_item("repairs", self.repairs().to_dict(py)?)?;
        match self.fallback() {
            Some(f) => d.set_item("fallback", f.to_dict(py)?)?,
            None => d.set_item("fallback", py.None())?,
        }
        d.set_item("page_type", self.page_type())?;
        d.set_item("authors", self.authors())?;
        d.set_item("author", self.author())?;
        d.set_item("date", self.date())?;
        d.set_item("modified", self.modified())?;
        d.set_item("site_name", self.site_name())?;
        d.set_item("description", self.description())?;
        d.set_item("declared_language", self.declared_language())?;
        d.set_item("canonical_url", self.canonical_url())?;
        d.set_item("categories", self.categories())?;
        d.set_item("tags", self.tags())?;
        d.set_item("image", self.image())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "<pageclean.Document title={:?} language={:?} encoding={:?} page_type={:?} blocks={} removed={}>",
            self.inner.title.as_deref().unwrap_or(""),
            self.language().unwrap_or(""),
            self.encoding(),
            self.page_type(),
            self.inner.blocks.len(),
            self.inner.removed.len(),
        )
    }
}

/// One block of body text.
///
/// kind: "heading", "paragraph", "list_item", "quote", "preformatted" or
/// "table_row" (cells separated by tabs); level: 1 to 6 for headings, else
/// None; text: the repaired text; language: ISO 639-1 code or None.
#[pyclass(module = "pageclean", frozen, get_all)]
#[derive(Debug, Clone)]
pub struct Block {
    kind: &'static str,
    level: Option<u8>,
    text: String,
    language: Option<&'static str>,
}

impl Block {
    fn from_rs(b: &pageclean::Block) -> Block {
        let (kind, level) = match b.kind {
            BlockKind::Heading(l) => ("heading", Some(l)),
            BlockKind::Paragraph => ("paragraph", None),
            BlockKind::ListItem => ("list_item", None),
            BlockKind::Quote => ("quote", None),
            BlockKind::Preformatted => ("preformatted", None),
            BlockKind::TableRow => ("table_row", None),
            _ => ("other", None),
        };
        Block {
            kind,
            level,
            text: b.text.clone(),
            language: b.language.map(|l| l.code()),
        }
    }
}

#[pymethods]
impl Block {
    /// The block as a dict: kind, level, text, language.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", self.kind)?;
        d.set_item("level", self.level)?;
        d.set_item("text", &self.text)?;
        d.set_item("language", self.language)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Block(kind={:?}, text={:?})", self.kind, self.text)
    }
}

/// A block or line left out of the body.
///
/// text: the repaired text; reason: why, as a stable lower-case name
/// ("navigation", "comment_form", "cookie_notice", "other_language", ...).
#[pyclass(module = "pageclean", frozen, get_all)]
#[derive(Debug, Clone)]
pub struct Removed {
    text: String,
    reason: &'static str,
}

#[pymethods]
impl Removed {
    /// The removed block as a dict: text, reason.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.text)?;
        d.set_item("reason", self.reason)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Removed(reason={:?}, text={:?})", self.reason, self.text)
    }
}

/// How the input's bytes were decoded.
///
/// encoding: the encoding's name; source: why it was chosen ("bom",
/// "header", "meta", "xml", "statistical" or "default"); confidence: 0.0 to
/// 1.0 (1.0 for a BOM or valid non-ASCII UTF-8, lower for guesses).
#[pyclass(module = "pageclean", frozen, get_all)]
#[derive(Debug, Clone)]
pub struct Detection {
    encoding: &'static str,
    source: &'static str,
    confidence: f32,
}

#[pymethods]
impl Detection {
    /// The detection as a dict: encoding, source, confidence.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("encoding", self.encoding)?;
        d.set_item("source", self.source)?;
        d.set_item("confidence", self.confidence)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Detection(encoding={:?}, source={:?}, confidence={})",
            self.encoding, self.source, self.confidence
        )
    }
}

/// What text repair changed over the page: how many texts had character
/// references decoded (entities), markup removed (stray_tags), mojibake
/// reversed (mojibake), or invisible characters, controls, spacing or
/// normalization changed (chars).
#[pyclass(module = "pageclean", frozen, get_all)]
#[derive(Debug, Clone)]
pub struct Repairs {
    entities: u32,
    stray_tags: u32,
    mojibake: u32,
    chars: u32,
}

#[pymethods]
impl Repairs {
    /// The counts as a dict: entities, stray_tags, mojibake, chars.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("entities", self.entities)?;
        d.set_item("stray_tags", self.stray_tags)?;
        d.set_item("mojibake", self.mojibake)?;
        d.set_item("chars", self.chars)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Repairs(entities={}, stray_tags={}, mojibake={}, chars={})",
            self.entities, self.stray_tags, self.mojibake, self.chars
        )
    }
}

/// Why a page was read in a degraded way.
///
/// kind: "too_deep" (markup nested deeper than max_depth; depth is the
/// estimate), "too_many_elements" (more elements than max_elements;
/// elements is the estimate) — both read as text with tags stripped — or
/// "binary" (the bytes are not text; the document has no blocks).
/// limit: the configured limit, None for "binary".
#[pyclass(module = "pageclean", frozen, get_all)]
#[derive(Debug, Clone)]
pub struct Fallback {
    kind: &'static str,
    depth: Option<usize>,
    elements: Option<usize>,
    limit: Option<usize>,
}

impl Fallback {
    fn from_rs(f: RsFallback) -> Fallback {
        let none = Fallback {
            kind: "other",
            depth: None,
            elements: None,
            limit: None,
        };
        match f {
            RsFallback::TooDeep { depth, limit } => Fallback {
                kind: "too_deep",
                depth: Some(depth),
                limit: Some(limit),
                ..none
            },
            RsFallback::TooManyElements { elements, limit } => Fallback {
                kind: "too_many_elements",
                elements: Some(elements),
                limit: Some(limit),
                ..none
            },
            RsFallback::Binary => Fallback {
                kind: "binary",
                ..none
            },
            RsFallback::DeclaredBody => Fallback {
                kind: f.as_str(),
                ..none
            },
            _ => none,
        }
    }
}

#[pymethods]
impl Fallback {
    /// The fallback as a dict: kind, depth, elements, limit.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", self.kind)?;
        d.set_item("depth", self.depth)?;
        d.set_item("elements", self.elements)?;
        d.set_item("limit", self.limit)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Fallback(kind={:?}, limit={:?})", self.kind, self.limit)
    }
}

/// Compiled core of the pageclean Python package; import `pageclean` instead.
#[pymodule]
mod _pageclean {
    #[pymodule_export]
    use super::{
        Block, Cleaner, Detection, Document, Fallback, InputTooLargeError, PagecleanError, Removed,
        Repairs, clean,
    };

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        m.add(
            "DEFAULT_MAX_INPUT_BYTES",
            pageclean::DEFAULT_MAX_INPUT_BYTES,
        )?;
        m.add("DEFAULT_MAX_DEPTH", pageclean::DEFAULT_MAX_DEPTH)?;
        m.add("DEFAULT_MAX_ELEMENTS", pageclean::DEFAULT_MAX_ELEMENTS)?;
        Ok(())
    }
}
