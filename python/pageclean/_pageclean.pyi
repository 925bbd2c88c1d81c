"""Type stubs for the compiled core of pageclean (import ``pageclean``)."""

from typing import Any, Literal, Optional, TypedDict, Union, final

__version__: str
DEFAULT_MAX_INPUT_BYTES: int
DEFAULT_MAX_DEPTH: int
DEFAULT_MAX_ELEMENTS: int

Data = Union[bytes, str, bytearray, memoryview]
"""A page: bytes in any encoding, or already decoded text (read as UTF-8)."""

InputKind = Literal["auto", "html", "text"]
BlockKind = Literal["heading", "paragraph", "list_item", "quote", "preformatted", "table_row"]
Reason = Literal[
    "navigation",
    "breadcrumb",
    "comment_form",
    "comments",
    "share",
    "related",
    "read_more",
    "pagination",
    "tags",
    "subscribe",
    "cookie_notice",
    "copyright",
    "counter",
    "login",
    "search",
    "advertisement",
    "site_header",
    "duplicate_title",
    "byline",
    "caption",
    "other_language",
    "link_dense",
    "too_short",
    "hidden",
    "outside_content",
    "repeated",
    "server_message",
    "not_article",
]
PageType = Literal["article", "listing", "product", "forum", "documentation", "other"]
DetectionSource = Literal["bom", "header", "meta", "xml", "statistical", "default"]
FallbackKind = Literal["too_deep", "too_many_elements", "binary", "declared_body"]

class PagecleanError(ValueError):
    """A page could not be cleaned at all. Damaged input is not an error."""

class InputTooLargeError(PagecleanError):
    """The input is larger than the cleaner's ``max_input_bytes``."""

    size: int
    """The input's size in bytes."""
    limit: int
    """The configured limit in bytes."""

class BlockDict(TypedDict):
    kind: str
    level: Optional[int]
    text: str
    language: Optional[str]

class RemovedDict(TypedDict):
    text: str
    reason: str

class DetectionDict(TypedDict):
    encoding: str
    source: str
    confidence: float

class RepairsDict(TypedDict):
    entities: int
    stray_tags: int
    mojibake: int
    chars: int

class FallbackDict(TypedDict):
    kind: str
    depth: Optional[int]
    elements: Optional[int]
    limit: Optional[int]

class DocumentDict(TypedDict):
    title: Optional[str]
    language: Optional[str]
    encoding: str
    text: str
    paragraphs: list[str]
    blocks: list[BlockDict]
    removed: list[RemovedDict]
    detection: DetectionDict
    had_decode_errors: bool
    input_kind: Literal["html", "text"]
    repairs: RepairsDict
    fallback: Optional[FallbackDict]
    page_type: PageType
    authors: list[str]
    author: Optional[str]
    date: Optional[str]
    modified: Optional[str]
    site_name: Optional[str]
    description: Optional[str]
    declared_language: Optional[str]
    canonical_url: Optional[str]
    categories: list[str]
    tags: list[str]
    image: Optional[str]

@final
class Block:
    """One block of body text."""

    @property
    def kind(self) -> BlockKind:
        """What the block is (a future version may add kinds)."""
    @property
    def level(self) -> Optional[int]:
        """1 to 6 for headings (plain-text headings get 2), None otherwise."""
    @property
    def text(self) -> str:
        """The repaired text; line breaks only for ``<br>`` and ``<pre>``."""
    @property
    def language(self) -> Optional[str]:
        """ISO 639-1 code of the block's language, when it could be told."""
    def to_dict(self) -> BlockDict:
        """The block as a dict: kind, level, text, language."""

@final
class Removed:
    """A block or line left out of the body, and why."""

    @property
    def text(self) -> str:
        """The repaired text that was removed."""
    @property
    def reason(self) -> Reason:
        """Why, as a stable lower-case name (a future version may add reasons)."""
    def to_dict(self) -> RemovedDict:
        """The removed block as a dict: text, reason."""

@final
class Detection:
    """How the input's bytes were decoded."""

    @property
    def encoding(self) -> str:
        """The encoding's name (``"windows-1251"``)."""
    @property
    def source(self) -> DetectionSource:
        """Why it was chosen. ``str`` input reports ``"header"`` (UTF-8 is given)."""
    @property
    def confidence(self) -> float:
        """0.0 to 1.0: 1.0 for a BOM or valid non-ASCII UTF-8, lower for guesses."""
    def to_dict(self) -> DetectionDict:
        """The detection as a dict: encoding, source, confidence."""

@final
class Repairs:
    """How many texts of the page each kind of repair changed."""

    @property
    def entities(self) -> int:
        """Texts in which character references were decoded."""
    @property
    def stray_tags(self) -> int:
        """Texts in which markup left in the text was removed."""
    @property
    def mojibake(self) -> int:
        """Texts in which mojibake was reversed."""
    @property
    def chars(self) -> int:
        """Texts in which invisible characters, controls, spacing or normalization changed."""
    def to_dict(self) -> RepairsDict:
        """The counts as a dict."""

@final
class Fallback:
    """Why a page was read in a degraded way."""

    @property
    def kind(self) -> FallbackKind:
        """``too_deep`` or ``too_many_elements`` (read as text, tags stripped), ``binary`` (no blocks), or ``declared_body`` (the markup held no body; the text is the page's JSON-LD ``articleBody``)."""
    @property
    def depth(self) -> Optional[int]:
        """The estimated nesting depth, for ``too_deep``."""
    @property
    def elements(self) -> Optional[int]:
        """The estimated element count, for ``too_many_elements``."""
    @property
    def limit(self) -> Optional[int]:
        """The configured limit; None for ``binary``."""
    def to_dict(self) -> FallbackDict:
        """The fallback as a dict: kind, depth, elements, limit."""

@final
class Document:
    """A cleaned page. Read-only; attributes are computed when read."""

    @property
    def title(self) -> Optional[str]:
        """The headline, once, without the site name (the declared one when there is one)."""
    @property
    def language(self) -> Optional[str]:
        """ISO 639-1 code of the body's main language."""
    @property
    def encoding(self) -> str:
        """The encoding the input was decoded with (``"UTF-8"`` for ``str`` input)."""
    @property
    def text(self) -> str:
        """The body: blocks joined with blank lines, title excluded."""
    @property
    def paragraphs(self) -> list[str]:
        """The body blocks' texts, in order."""
    @property
    def blocks(self) -> list[Block]:
        """The body blocks, in document order."""
    @property
    def removed(self) -> list[Removed]:
        """Everything left out of the body, in document order."""
    @property
    def detection(self) -> Detection:
        """How the bytes were decoded, and why."""
    @property
    def had_decode_errors(self) -> bool:
        """True when some bytes could not be decoded and became U+FFFD."""
    @property
    def input_kind(self) -> Literal["html", "text"]:
        """How the input was read."""
    @property
    def repairs(self) -> Repairs:
        """What text repair changed over the whole page."""
    @property
    def fallback(self) -> Optional[Fallback]:
        """Set when the page was read in a degraded way."""
    @property
    def page_type(self) -> PageType:
        """What kind of page it is (a future version may add types).

        Listings have no body by default: their text is in ``removed`` with
        the reason ``"not_article"`` (see the ``page_types`` setting).
        """
    @property
    def authors(self) -> list[str]:
        """Author names as written (``"Ana Ruiz"``), without ``By``; empty when none is known."""
    @property
    def author(self) -> Optional[str]:
        """The authors joined with ``", "``, or None."""
    @property
    def date(self) -> Optional[str]:
        """The publication date, ISO 8601 (``"2022-01-14"``)."""
    @property
    def modified(self) -> Optional[str]:
        """The date of the last change, ISO 8601."""
    @property
    def site_name(self) -> Optional[str]:
        """The site or publication name (``og:site_name``, the publisher)."""
    @property
    def description(self) -> Optional[str]:
        """The page's own summary (``og:description``, ``<meta name=description>``)."""
    @property
    def declared_language(self) -> Optional[str]:
        """The language tag the page declares (``<html lang>``, ``og:locale``), as written.

        ``language`` is the detected language of the body.
        """
    @property
    def canonical_url(self) -> Optional[str]:
        """The canonical URL (``<link rel=canonical>``, ``og:url``; else the ``url`` hint)."""
    @property
    def categories(self) -> list[str]:
        """Sections and categories (``article:section``, ``articleSection``)."""
    @property
    def tags(self) -> list[str]:
        """Tags and keywords (``article:tag``, ``keywords``)."""
    @property
    def image(self) -> Optional[str]:
        """The main image URL (``og:image``, schema.org ``image``)."""
    def to_dict(self) -> DocumentDict:
        """Every attribute as plain Python values (keys may be added in later versions)."""

@final
class Cleaner:
    """A configured cleaner: build once, reuse; thread-safe and picklable."""

    def __init__(
        self,
        *,
        content_type: Optional[str] = None,
        url: Optional[str] = None,
        language: Optional[str] = None,
        keep_comments: bool = False,
        input_kind: Optional[InputKind] = None,
        max_input_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_elements: Optional[int] = None,
        page_types: bool = True,
    ) -> None: ...
    def clean(
        self,
        data: Data,
        *,
        content_type: Optional[str] = None,
        url: Optional[str] = None,
        input_kind: Optional[InputKind] = None,
    ) -> Document:
        """Cleans one page; per-call hints replace the cleaner's own. Releases the GIL."""
    def settings(self) -> dict[str, Any]:
        """The settings as keyword arguments: ``Cleaner(**c.settings())`` is an equal cleaner."""

def clean(
    data: Data,
    *,
    content_type: Optional[str] = None,
    url: Optional[str] = None,
    language: Optional[str] = None,
    keep_comments: bool = False,
    input_kind: Optional[InputKind] = None,
    max_input_bytes: Optional[int] = None,
    page_types: bool = True,
) -> Document:
    """Cleans one page and returns a Document. Releases the GIL while it works.

    ``page_types=False`` returns the main text of every page as its body,
    listings included (by default their text is in ``removed``).

    Raises PagecleanError (a ValueError) when no document can be produced,
    ValueError for an unknown language code or input_kind, TypeError for
    other input types.
    """
