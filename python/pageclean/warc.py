"""WARC and WET archives: pages out of records, cleaned rows out of pages.

Records are chosen as the ``pageclean batch`` command-line tool chooses them,
so that a Spark, Ray or datatrove job gives the same rows as the tool:

- ``response`` and ``resource`` records: when the record holds an HTTP
  message (WARC ``Content-Type: application/http``), only 2xx responses, with
  the HTTP ``Content-Type`` as charset hint; the payload is de-chunked and
  decompressed (``Content-Encoding``). Otherwise the WARC ``Content-Type``.
  Kept when that type is HTML, XHTML, XML, plain text, or missing.
- WET ``conversion`` records: read as text (UTF-8).
- ``WARC-Target-URI`` is the page URL (a charset prior), ``WARC-Record-ID``
  its id.

Reading uses ``warcio`` (``pip install pageclean[warc]``), pure Python; the
raw payload bytes reach the cleaner undecoded, so pageclean's charset
detection decides the encoding.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Union

from . import DEFAULT_MAX_INPUT_BYTES, Cleaner, Document, PagecleanError

__all__ = ["Page", "iter_pages", "row", "clean_pages", "clean_warc", "hostname", "ROW_FIELDS"]

log = logging.getLogger(__name__)

#: The fields of a row, in order, as the command-line tool writes them
#: (``removed`` only when asked for).
ROW_FIELDS = (
    "id",
    "source",
    "hostname",
    "title",
    "language",
    "encoding",
    "text",
    "paragraphs",
    "removed",
)

_PAGE_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"}
_WET_CONTENT_TYPE = "text/plain; charset=utf-8"

ErrorHandler = Callable[[str, str], None]


@dataclass(frozen=True)
class Page:
    """A page taken from a record: its bytes and what the record said about it."""

    id: str
    """``WARC-Record-ID``."""
    url: Optional[str]
    """``WARC-Target-URI``."""
    content_type: Optional[str]
    """The HTTP (or WARC) ``Content-Type``: a charset hint."""
    input_kind: Optional[str]
    """``"text"`` for WET conversion records, None (sniff) otherwise."""
    body: bytes
    """The payload, undecoded."""


def _log_error(record_id: str, message: str) -> None:
    log.warning("%s: %s", record_id or "(no record id)", message)


def _is_page_type(content_type: Optional[str]) -> bool:
    if content_type is None:
        return True
    mime = content_type.split(";", 1)[0].strip().lower()
    return mime == "" or mime in _PAGE_TYPES


def iter_pages(
    source: Union[str, "IO[bytes]"],
    *,
    max_bytes: int = DEFAULT_MAX_INPUT_BYTES,
    on_error: Optional[ErrorHandler] = None,
) -> Iterator[Page]:
    """Yields the pages of a WARC or WET file (plain or gzip), in order.

    ``source`` is a path or a binary stream. Records that are not pages are
    skipped; a record that cannot be read, or whose payload is larger than
    ``max_bytes``, is reported to ``on_error(record_id, message)`` (default:
    a logged warning) and skipped. A truncated archive ends the iteration
    after reporting.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.statusandheaders import StatusAndHeadersParser
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("pageclean.warc needs warcio: pip install 'pageclean[warc]'") from e

    report = on_error or _log_error
    if isinstance(source, (str, bytes)) or hasattr(source, "__fspath__"):
        with open(source, "rb") as f:
            yield from iter_pages(f, max_bytes=max_bytes, on_error=report)
        return

    http_parser = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False)
    it = ArchiveIterator(source, no_record_parse=True, arc2warc=True)
    record_id = ""
    try:
        for rec in it:
            record_id = rec.rec_headers.get_header("WARC-Record-ID") or ""
            page = _page(rec, record_id, http_parser, max_bytes, report)
            if page is not None:
                yield page
    except Exception as e:  # warcio raises several types for damaged archives
        report(record_id, f"archive unreadable after this record: {e}")


def _page(rec: Any, record_id: str, http_parser: Any, max_bytes: int, report: ErrorHandler) -> Optional[Page]:
    kind = (rec.rec_type or "").lower()
    if kind not in ("response", "resource", "conversion"):
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI")
    url = url.strip() if url is not None else None
    warc_type = rec.rec_headers.get_header("Content-Type")
    input_kind = None
    if kind == "conversion":
        input_kind = "text"
        content_type: Optional[str] = _WET_CONTENT_TYPE
    elif warc_type is not None and warc_type.strip().lower().startswith("application/http"):
        try:
            rec.http_headers = http_parser.parse(rec.raw_stream)
        except Exception as e:
            report(record_id, f"unreadable HTTP header: {e}")
            return None
        status = rec.http_headers.get_statuscode()
        if not (status.isdigit() and 200 <= int(status) < 300):
            return None
        content_type = rec.http_headers.get_header("Content-Type")
    else:
        content_type = warc_type
    if input_kind is None and not _is_page_type(content_type):
        return None
    try:
        body = rec.content_stream().read(max_bytes + 1)
    except Exception as e:
        report(record_id, f"unreadable payload: {e}")
        return None
    if len(body) > max_bytes:
        report(record_id, f"payload exceeds the limit of {max_bytes} bytes")
        return None
    # A record cut short (a truncated archive) is not a page.
    raw = rec.raw_stream
    try:
        while raw.read(1 << 16):
            pass
    except Exception as e:
        report(record_id, f"unreadable record: {e}")
        return None
    if getattr(raw, "limit", 0) > 0:
        report(record_id, f"record truncated: {raw.limit} bytes missing")
        return None
    return Page(id=record_id, url=url, content_type=content_type, input_kind=input_kind, body=body)


def hostname(url: Optional[str]) -> Optional[str]:
    """The host of a URL (``news.example.org``), without user, port or path."""
    if not url:
        return None
    rest = url.split("://", 1)[1] if "://" in url else url
    for sep in "/?#":
        rest = rest.split(sep, 1)[0]
    host = rest.rsplit("@", 1)[-1]
    if host.startswith("["):
        end = host.find("]")
        host = host if end < 0 else host[: end + 1]
    else:
        host = host.split(":", 1)[0]
    return host or None


def row(page: Page, doc: Document, *, removed: bool = False) -> dict:
    """The output row of a cleaned page, with the command-line tool's fields.

    ``id``, ``source`` (the URL), ``hostname``, ``title``, ``language``,
    ``encoding``, ``text`` and ``paragraphs``; ``removed`` (a list of
    ``{"text", "reason"}``) only when asked for.
    """
    out = {
        "id": page.id,
        "source": page.url,
        "hostname": hostname(page.url),
        "title": doc.title,
        "language": doc.language,
        "encoding": doc.encoding,
        "text": doc.text,
        "paragraphs": doc.paragraphs,
    }
    if removed:
        out["removed"] = [r.to_dict() for r in doc.removed]
    return out


def clean_pages(
    pages: Iterable[Page],
    cleaner: Optional[Cleaner] = None,
    *,
    removed: bool = False,
    keep_empty: bool = False,
    on_error: Optional[ErrorHandler] = None,
) -> Iterator[dict]:
    """Cleans pages into rows (see :func:`row`).

    Pages whose body came out empty are dropped unless ``keep_empty``; a page
    the cleaner refuses (``PagecleanError``) goes to ``on_error``.
    """
    cleaner = cleaner or Cleaner()
    report = on_error or _log_error
    for page in pages:
        try:
            doc = cleaner.clean(
                page.body, content_type=page.content_type, url=page.url, input_kind=page.input_kind
            )
        except PagecleanError as e:
            report(page.id, str(e))
            continue
        if keep_empty or doc.paragraphs:
            yield row(page, doc, removed=removed)


def clean_warc(
    source: Union[str, "IO[bytes]"],
    cleaner: Optional[Cleaner] = None,
    *,
    removed: bool = False,
    keep_empty: bool = False,
    on_error: Optional[ErrorHandler] = None,
) -> Iterator[dict]:
    """Rows of the pages of one WARC or WET file, in order: the work of one
    Spark or Ray task over one file.

    Same rows as ``pageclean batch FILE -o OUT.jsonl`` (``--removed``,
    ``--keep-empty`` for the keyword arguments of the same names).
    """
    cleaner = cleaner or Cleaner()
    limit = cleaner.settings()["max_input_bytes"]
    pages = iter_pages(source, max_bytes=limit, on_error=on_error)
    yield from clean_pages(pages, cleaner, removed=removed, keep_empty=keep_empty, on_error=on_error)
