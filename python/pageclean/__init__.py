"""Turns scraped web pages into clean body text, in any language.

Pages arrive as bytes in unknown encodings, with broken character references
and markup, mojibake, and site chrome (menus, share bars, related posts,
cookie notices, comment forms) around the article in any language.
``pageclean.clean`` takes the bytes (HTML, or already-extracted text such as
WET records and dataset rows) and returns a :class:`Document`: title,
language, encoding, body blocks, and every removed block with its reason.

>>> import pageclean
>>> doc = pageclean.clean(b"<html><head><title>Rain returns</title></head><body>"
...     b"<article><h1>Rain returns</h1><p>Forecasters said on Monday that"
...     b" &laquo;steady rain&raquo; will reach the coast by Friday, ending"
...     b" a dry spell of six weeks.</p></article></body></html>")
>>> doc.title
'Rain returns'
>>> doc.text
'Forecasters said on Monday that «steady rain» will reach the coast by Friday, ending a dry spell of six weeks.'

The work is done in Rust with the GIL released, so threads clean pages in
parallel. Build one :class:`Cleaner` and reuse it; it is thread-safe and
picklable. :mod:`pageclean.warc` reads WARC/WET archives (with ``warcio``)
into the same rows as the ``pageclean batch`` command-line tool.
"""

from ._pageclean import (
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_ELEMENTS,
    DEFAULT_MAX_INPUT_BYTES,
    Block,
    Cleaner,
    Detection,
    Document,
    Fallback,
    InputTooLargeError,
    PagecleanError,
    Removed,
    Repairs,
    __version__,
    clean,
)

__all__ = [
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_ELEMENTS",
    "DEFAULT_MAX_INPUT_BYTES",
    "Block",
    "Cleaner",
    "Detection",
    "Document",
    "Fallback",
    "InputTooLargeError",
    "PagecleanError",
    "Removed",
    "Repairs",
    "__version__",
    "clean",
]
