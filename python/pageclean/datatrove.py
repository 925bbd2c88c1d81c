"""datatrove pipeline steps: a WARC reader that keeps the raw bytes, and an
extractor that cleans them with pageclean.

datatrove's own ``WarcReader`` decodes every payload to ``str`` (UTF-8, else a
guess) before any extractor sees it, so an extractor gets text that may
already be mojibake. :class:`PagecleanWarcReader` keeps the payload bytes and
the record's ``Content-Type`` and URL (as ``doc.media[0]``), and
:class:`PagecleanExtractor` hands them to pageclean, whose charset detection
then decides::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter
    from pageclean.datatrove import PagecleanExtractor, PagecleanWarcReader

    LocalPipelineExecutor(pipeline=[
        PagecleanWarcReader("crawl/", glob_pattern="*.warc.gz"),
        PagecleanExtractor(language="en"),
        JsonlWriter("out/"),
    ], tasks=4).run()

The extractor also accepts documents from any other reader: without raw
bytes it cleans ``doc.text``. Records are chosen as in :mod:`pageclean.warc`
(and the ``pageclean batch`` tool). Needs ``datatrove`` and ``warcio``.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from datatrove.data import Document as DtDocument
from datatrove.data import DocumentsPipeline, Media, MediaType
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.utils.typeshelper import StatHints

from . import DEFAULT_MAX_INPUT_BYTES, Cleaner, PagecleanError
from .warc import iter_pages

__all__ = ["PagecleanWarcReader", "PagecleanExtractor"]

#: Key of the raw page in ``Media.metadata``: the HTTP ``Content-Type``.
CONTENT_TYPE_KEY = "content_type"
#: Key of the forced reading mode (``"text"`` for WET records) in ``Media.metadata``.
INPUT_KIND_KEY = "input_kind"


class PagecleanWarcReader(BaseDiskReader):
    """Reads WARC/WET files into documents that keep the raw payload.

    Each page becomes a datatrove ``Document`` with ``id`` the
    ``WARC-Record-ID``, empty ``text``, ``metadata["url"]`` and one
    ``Media`` holding the undecoded payload (``media_bytes``) with the
    record's ``Content-Type`` and reading mode in its ``metadata``. Follow it
    with :class:`PagecleanExtractor`. Arguments are those of datatrove's
    readers (``data_folder``, ``paths_file``, ``glob_pattern``, ``limit``,
    ``skip``, ...); ``max_bytes`` skips larger payloads.
    """

    name = "🕷 Warc (raw bytes for pageclean)"
    _requires_dependencies = ["warcio"]

    def __init__(
        self,
        data_folder: Any,
        paths_file: Any = None,
        compression: Literal["infer", "gzip", "zstd"] | None = None,
        limit: int = -1,
        skip: int = 0,
        file_progress: bool = False,
        doc_progress: bool = False,
        default_metadata: Optional[dict] = None,
        recursive: bool = True,
        glob_pattern: Optional[str] = None,
        shuffle_files: bool = False,
        max_bytes: int = DEFAULT_MAX_INPUT_BYTES,
    ):
        # warcio reads gzip members itself: no compression layer by default.
        self.compression = compression
        self.max_bytes = max_bytes
        super().__init__(
            data_folder,
            paths_file=paths_file,
            limit=limit,
            skip=skip,
            file_progress=file_progress,
            doc_progress=doc_progress,
            default_metadata=default_metadata,
            recursive=recursive,
            glob_pattern=glob_pattern,
            shuffle_files=shuffle_files,
        )

    def read_file(self, filepath: str) -> DocumentsPipeline:
        def on_error(record_id: str, message: str) -> None:
            self.stat_update("record_error")

        with self.data_folder.open(filepath, "rb", compression=self.compression) as f:
            for page in iter_pages(f, max_bytes=self.max_bytes, on_error=on_error):
                with self.track_time():
                    media = Media(
                        id=page.id,
                        type=MediaType.DOCUMENT,
                        url=page.url or "",
                        media_bytes=page.body,
                        metadata={CONTENT_TYPE_KEY: page.content_type, INPUT_KIND_KEY: page.input_kind},
                    )
                    doc = DtDocument(text="", id=page.id, media=[media], metadata={"url": page.url})
                    if self.default_metadata:
                        doc.metadata = self.default_metadata | doc.metadata
                    if self.add_file_path:
                        doc.metadata.setdefault("file_path", self.data_folder.resolve_paths(filepath))
                yield doc


class PagecleanExtractor(PipelineStep):
    """Cleans each document with pageclean: raw bytes when the reader kept
    them (:class:`PagecleanWarcReader`), else ``doc.text``.

    Sets ``doc.text`` to the body and adds ``title``, ``language`` and
    ``encoding`` to ``doc.metadata`` (and ``removed``, a list of
    ``{"text", "reason"}``, when ``removed=True``). Documents whose body is
    empty, or that pageclean refuses, are dropped (counted in the stats). The
    raw bytes are dropped from ``doc.media`` unless ``keep_raw=True``.

    ``language``, ``keep_comments``, ``input_kind`` and ``max_input_bytes``
    are those of :class:`pageclean.Cleaner`.
    """

    name = "🧽 pageclean"
    type = "🛢 - EXTRAC"

    def __init__(
        self,
        language: Optional[str] = None,
        keep_comments: bool = False,
        input_kind: Optional[str] = None,
        max_input_bytes: Optional[int] = None,
        removed: bool = False,
        keep_raw: bool = False,
    ):
        super().__init__()
        self.cleaner = Cleaner(
            language=language,
            keep_comments=keep_comments,
            input_kind=input_kind,
            max_input_bytes=max_input_bytes,
        )
        self.removed = removed
        self.keep_raw = keep_raw

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                raw = next((m for m in doc.media if m.media_bytes is not None), None)
                try:
                    if raw is not None:
                        meta = raw.metadata or {}
                        cleaned = self.cleaner.clean(
                            raw.media_bytes,
                            content_type=meta.get(CONTENT_TYPE_KEY),
                            url=raw.url or doc.metadata.get("url"),
                            input_kind=meta.get(INPUT_KIND_KEY),
                        )
                    else:
                        cleaned = self.cleaner.clean(doc.text, url=doc.metadata.get("url"))
                except PagecleanError:
                    self.stat_update("clean_error")
                    continue
                if not self.keep_raw and raw is not None:
                    doc.media = [m for m in doc.media if m is not raw]
                doc.text = cleaned.text
                doc.metadata["title"] = cleaned.title
                doc.metadata["language"] = cleaned.language
                doc.metadata["encoding"] = cleaned.encoding
                if self.removed:
                    doc.metadata["removed"] = [r.to_dict() for r in cleaned.removed]
            if not doc.text:
                self.stat_update("empty")
                continue
            self.stat_update("extracted")
            self.stat_update(StatHints.forwarded)
            self.update_doc_stats(doc)
            yield doc
