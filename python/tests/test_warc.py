"""pageclean.warc: records chosen as the command-line tool chooses them, and
the same rows."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import zlib

import pytest

import pageclean
from pageclean import warc
from conftest import FIXTURES, assert_rows_match, fixture_dirs, fixture_input, make_warc, strict

if not strict():
    pytest.importorskip("warcio")


def test_pages_of_the_test_warc(warc_file):
    errors = []
    pages = list(warc.iter_pages(warc_file, on_error=lambda i, m: errors.append((i, m))))
    assert errors == []
    dirs = fixture_dirs()
    assert len(pages) == len(dirs)
    by_id = {p.id: p for p in pages}
    for d in dirs:
        p = by_id[make_warc.record_id(d.name)]
        # Chunked and gzip-encoded payloads come out as the original bytes.
        assert p.body == fixture_input(d).read_bytes(), d.name
        assert p.url == make_warc.url_for(d.name)
    kinds = {p.input_kind for p in pages}
    assert kinds == {None, "text"}
    cts = {p.content_type for p in pages}
    assert "text/html; charset=ISO-8859-1" in cts and "text/plain; charset=utf-8" in cts


def test_skipped_records_and_plain_warc(tmp_path):
    plain = tmp_path / "fixtures.warc"
    n = make_warc.write(plain, FIXTURES)
    pages = list(warc.iter_pages(str(plain)))
    assert n > len(pages) == len(fixture_dirs())
    ids = {p.id for p in pages}
    for skipped in ("warcinfo", "not-found", "redirect", "image"):
        assert make_warc.record_id(skipped) not in ids
    # A stream works as well as a path.
    with open(plain, "rb") as f:
        assert [p.id for p in warc.iter_pages(f)] == [p.id for p in pages]


def test_truncated_archive_reports_and_stops(warc_file):
    data = warc_file.read_bytes()
    cut = io.BytesIO(data[: len(data) // 2])
    errors = []
    pages = list(warc.iter_pages(cut, on_error=lambda i, m: errors.append((i, m))))
    assert 0 < len(pages) < len(fixture_dirs())
    assert len(errors) == 1 and "truncated" in errors[0][1]
    by_id = {make_warc.record_id(d.name): fixture_input(d).read_bytes() for d in fixture_dirs()}
    assert all(p.body == by_id[p.id] for p in pages), "no partial page"


# Where archives are cut: inside a record's data, a record's header or a gzip
# member's trailer, depending on the fixtures; the rows and the one error
# must be the tool's wherever it is.
CUTS = {
    "half": lambda n: n // 2,
    "seventh": lambda n: n // 7,
    "three_quarters": lambda n: n * 3 // 4,
    "gzip_trailer": lambda n: n - 5,
}


def record_starts(data: bytes, compressed: bool) -> set[int]:
    """Where the archive's gzip members (or, uncompressed, its records)
    start: a cut there leaves a whole, shorter archive."""
    if not compressed:
        return {0} | {i + 4 for i in range(len(data)) if data.startswith(b"\r\n\r\nWARC/", i)}
    starts, pos = set(), 0
    while pos < len(data):
        starts.add(pos)
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        d.decompress(data[pos:])
        pos = len(data) - len(d.unused_data)
    return starts


@pytest.mark.parametrize(
    "where,compressed",
    [(w, True) for w in CUTS] + [(w, False) for w in CUTS if w != "gzip_trailer"],
    ids=lambda v: v if isinstance(v, str) else ("gzip" if v else "plain"),
)
def test_truncated_archive_gives_the_cli_rows(warc_file, cli_binary, tmp_path, where, compressed):
    data = warc_file.read_bytes() if compressed else gzip.decompress(warc_file.read_bytes())
    cut = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    at, starts = CUTS[where](len(data)), record_starts(data, compressed)
    while at in starts:
        at += 1
    cut.write_bytes(data[:at])
    out = tmp_path / "cli.jsonl"
    run = subprocess.run([str(cli_binary), "batch", "-q", "--removed", str(cut), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 1, "the tool reports the truncated record"
    want = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = []
    got = list(warc.clean_warc(cut, removed=True, on_error=lambda i, m: errors.append(i)))
    assert [r["id"] for r in got] == [r["id"] for r in want]
    assert_rows_match(want, got, "pageclean.warc (truncated)")
    assert len(errors) == 1


def test_oversized_payload_is_reported(warc_file):
    errors = []
    pages = list(warc.iter_pages(warc_file, max_bytes=2000, on_error=lambda i, m: errors.append(m)))
    assert all(len(p.body) <= 2000 for p in pages)
    assert errors and all("exceeds the limit of 2000 bytes" in m for m in errors)


def test_hostname():
    assert warc.hostname("https://user@news.example.org:8080/a?b#c") == "news.example.org"
    assert warc.hostname("http://[::1]:80/x") == "[::1]"
    assert warc.hostname("example.org/path") == "example.org"
    assert warc.hostname(None) is None and warc.hostname("") is None


def test_rows_have_the_cli_fields(warc_file, cli_rows):
    # The tool's fields, in its order.
    assert all(list(r) == list(warc.ROW_FIELDS) for r in cli_rows)
    rows = list(warc.clean_warc(warc_file))
    assert rows and list(rows[0]) == list(warc.ROW_FIELDS[:-1])
    with_removed = list(warc.clean_warc(warc_file, removed=True))
    assert list(with_removed[0]) == list(warc.ROW_FIELDS)
    for r in rows:
        assert r["text"] == "\n\n".join(r["paragraphs"])
    json.dumps(with_removed, ensure_ascii=False)


def test_keep_empty(tmp_path):
    empty = tmp_path / "empty.warc.gz"
    rec = make_warc.warc_record(
        "response", "blank", make_warc.http_response(b"<html><body></body></html>", "text/html"),
        uri="https://example.org/blank", content_type="application/http; msgtype=response",
    )
    empty.write_bytes(gzip.compress(rec))
    assert list(warc.clean_warc(empty)) == []
    rows = list(warc.clean_warc(empty, keep_empty=True))
    assert len(rows) == 1 and rows[0]["paragraphs"] == [] and rows[0]["hostname"] == "example.org"


def test_refused_pages_go_to_on_error(warc_file):
    errors = []
    small = pageclean.Cleaner(max_input_bytes=3000)
    rows = list(warc.clean_pages(warc.iter_pages(warc_file), small, on_error=lambda i, m: errors.append(m)))
    assert rows and errors and all("exceeds the limit" in m for m in errors)


def test_python_reader_rows_match_the_cli(warc_file, cli_rows):
    """The same WARC through pageclean.warc and through `pageclean batch`."""
    rows = list(warc.clean_warc(warc_file, removed=True))
    assert [r["id"] for r in rows] == [r["id"] for r in cli_rows], "same rows in the same order"
    assert_rows_match(cli_rows, rows, "pageclean.warc")


def test_keep_empty_rows_match_the_cli(warc_file, cli_rows, cli_rows_all):
    """With keep_empty (--keep-empty) every page has a row; without, those
    whose body came out empty (listings) are left out, by both."""
    every = list(warc.clean_warc(warc_file, removed=True, keep_empty=True))
    assert len(every) == len(fixture_dirs())
    assert [r["id"] for r in every] == [r["id"] for r in cli_rows_all]
    assert_rows_match(cli_rows_all, every, "pageclean.warc (keep_empty)")
    left_out = [r for r in every if not r["paragraphs"]]
    assert left_out and any(r["pagetype"] == "listing" for r in left_out)
    assert [r["id"] for r in cli_rows] == [r["id"] for r in every if r["paragraphs"]]
