#!/usr/bin/env python3
"""Builds a small WARC file from the repository's fixture pages.

    python python/tests/make_warc.py OUT.warc.gz [--fixtures tests/fixtures] [--copies N]

Every ``tests/fixtures/*/input.html`` becomes an HTTP ``response`` record and
every ``input.txt`` a WET ``conversion`` record or a plain-text ``resource``
record (alternately), so both readers of text are exercised. Records the
cleaners must skip are mixed in: a ``warcinfo`` record, ``request`` and
``metadata`` records, a 404, a redirect and an image response. One page is
sent chunked and gzip-compressed, one with a charset in the HTTP
``Content-Type``. Each record is its own gzip member, as in Common Crawl's
files (no compression for a name not ending in ``.gz``). Record ids and dates
are derived from the fixture names, so the file is the same on every run.

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import gzip
import io
import uuid
from pathlib import Path

DATE = "2025-01-15T10:00:00Z"

# Top-level domains by the site language in a fixture's name (the second
# language code when there are two: `html_en_heat_pumps_ru_site`).
TLD = {
    "ar": "ae", "cs": "cz", "de": "de", "en": "co.uk", "es": "es", "fr": "fr", "it": "it",
    "ja": "jp", "ko": "kr", "nl": "nl", "pl": "pl", "pt": "pt", "ru": "ru", "tr": "com.tr",
    "uk": "ua", "zh": "cn",
}


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'pageclean-fixture:' + name)}>"


def warc_record(warc_type: str, name: str, block: bytes, *, uri: str | None = None,
                content_type: str | None = None, extra: dict[str, str] | None = None) -> bytes:
    headers = [
        ("WARC-Type", warc_type),
        ("WARC-Record-ID", record_id(name)),
        ("WARC-Date", DATE),
    ]
    if uri is not None:
        headers.append(("WARC-Target-URI", uri))
    for k, v in (extra or {}).items():
        headers.append((k, v))
    if content_type is not None:
        headers.append(("Content-Type", content_type))
    headers.append(("Content-Length", str(len(block))))
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str | None, *, status: str = "200 OK",
                  extra: list[tuple[str, str]] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Server: fixture"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    for k, v in extra or []:
        lines.append(f"{k}: {v}")
    if not any(k.lower() == "transfer-encoding" for k, _ in extra or []):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def chunked(data: bytes, size: int = 700) -> bytes:
    out = io.BytesIO()
    for i in range(0, len(data), size):
        part = data[i:i + size]
        out.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
    out.write(b"0\r\n\r\n")
    return out.getvalue()


def url_for(name: str) -> str:
    parts = name.split("_")
    codes = [p for p in parts[1:] if p in TLD]
    site = codes[1] if len(codes) > 1 else parts[1]
    tld = TLD.get(site, "org")
    return f"https://news.example.{tld}/{'-'.join(parts[2:])}/"


def records(fixtures: Path, copy: int = 0):
    """The records of one copy of the fixtures, as raw (uncompressed) bytes."""
    tag = "" if copy == 0 else f"#{copy}"
    if copy == 0:
        info = b"software: pageclean make_warc.py\r\nformat: WARC File Format 1.0\r\n"
        yield warc_record("warcinfo", "warcinfo", info, content_type="application/warc-fields")
    text_count = 0
    for d in sorted(p for p in fixtures.iterdir() if p.is_dir()):
        name = d.name + tag
        uri = url_for(d.name)
        html = d / "input.html"
        txt = d / "input.txt"
        if html.exists():
            body = html.read_bytes()
            request = f"GET / HTTP/1.1\r\nHost: {uri.split('/')[2]}\r\n\r\n".encode()
            yield warc_record("request", name + ":request", request, uri=uri,
                              content_type="application/http; msgtype=request")
            if d.name.endswith("_latin1"):
                http = http_response(body, "text/html; charset=ISO-8859-1")
            elif d.name == "html_en_sourdough_starter":
                http = http_response(chunked(gzip.compress(body, mtime=0)), "text/html",
                                     extra=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])
            else:
                http = http_response(body, "text/html")
            yield warc_record("response", name, http, uri=uri,
                              content_type="application/http; msgtype=response",
                              extra={"WARC-Concurrent-To": record_id(name + ":request")})
            meta = b"fetchTimeMs: 120\r\n"
            yield warc_record("metadata", name + ":metadata", meta, uri=uri,
                              content_type="application/warc-fields")
        elif txt.exists():
            body = txt.read_bytes()
            if text_count % 2 == 0:
                yield warc_record("conversion", name, body, uri=uri, content_type="text/plain",
                                  extra={"WARC-Refers-To": record_id(name + ":source")})
            else:
                yield warc_record("resource", name, body, uri=uri, content_type="text/plain")
            text_count += 1
    # Records that are not pages.
    yield warc_record("response", "not-found" + tag, http_response(b"<p>Not found</p>" * 20, "text/html",
                      status="404 Not Found"), uri="https://news.example.org/missing/",
                      content_type="application/http; msgtype=response")
    yield warc_record("response", "redirect" + tag, http_response(b"", "text/html", status="301 Moved Permanently",
                      extra=[("Location", "https://news.example.org/")]), uri="http://news.example.org/",
                      content_type="application/http; msgtype=response")
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    yield warc_record("response", "image" + tag, http_response(png, "image/png"),
                      uri="https://news.example.org/logo.png",
                      content_type="application/http; msgtype=response")


def write(out: Path, fixtures: Path, copies: int = 1, first: int = 0) -> int:
    """Writes the WARC (copies `first` to `first + copies - 1` of the
    fixture records); returns the number of records."""
    compress = out.name.endswith(".gz")
    n = 0
    with open(out, "wb") as f:
        for copy in range(first, first + copies):
            for rec in records(fixtures, copy):
                f.write(gzip.compress(rec, mtime=0) if compress else rec)
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--fixtures", type=Path,
                    default=Path(__file__).resolve().parents[2] / "tests" / "fixtures")
    ap.add_argument("--copies", type=int, default=1,
                    help="repeat the fixture records N times (new ids) for a larger file")
    ap.add_argument("--first", type=int, default=0,
                    help="number of the first copy, for files whose ids must not clash")
    a = ap.parse_args()
    n = write(a.out, a.fixtures, a.copies, a.first)
    print(f"{a.out}: {n} records")


if __name__ == "__main__":
    main()
