"""The Python API: input types, every Document field, settings, errors."""

from __future__ import annotations

import gzip
import json
import pickle
import subprocess

import pytest

import pageclean
from conftest import fixture_dirs, fixture_input

ARTICLE = (
    "<!doctype html><html><head><title>Night trains return | Rail Daily</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
    "<article><h1>Night trains return</h1>"
    "<p>The overnight service between the two capitals resumes on Friday after a pause of"
    " three years, with sleeping cars refurbished over the winter &amp; a new timetable.</p>"
    "<h2>Tickets</h2>"
    "<ul><li>Seats from 29 euros, booked up to three months ahead.</li>"
    "<li>Couchettes and sleepers sold separately, with breakfast included.</li></ul>"
    "<p>The operator expects most trains to be full during the summer holidays and says that"
    " extra carriages will be added on weekends if demand keeps growing.</p></article>"
    "<div class='share'>Share this: Facebook Twitter Email</div>"
    "<footer>© 2025 Rail Daily. All rights reserved.</footer></body></html>"
)


@pytest.fixture(scope="module")
def doc() -> pageclean.Document:
    return pageclean.clean(ARTICLE.encode("utf-8"))


# --- the fixture pages, through the bindings ---------------------------------


def _expected(d):
    return json.loads((d / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rust_rows(cli_binary) -> dict[str, dict]:
    """The command-line tool's JSON rows for every fixture page, by path."""
    paths = [str(fixture_input(d)) for d in fixture_dirs()]
    out = subprocess.run(
        [str(cli_binary), "clean", "--json", "--removed", *paths],
        check=True, capture_output=True, text=True, encoding="utf-8",
    ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == len(paths)
    return dict(zip(paths, rows))


@pytest.mark.parametrize("d", fixture_dirs(), ids=lambda d: d.name)
def test_fixture_pages_match_the_rust_library(d, rust_rows):
    """Every fixture page, from bytes, gives what the Rust library gives."""
    path = fixture_input(d)
    want = rust_rows[str(path)]
    got = pageclean.clean(path.read_bytes())
    assert got.title == want["title"]
    assert got.language == want["language"]
    assert got.encoding == want["encoding"]
    assert got.paragraphs == want["paragraphs"]
    assert got.text == want["text"]
    assert [r.to_dict() for r in got.removed] == want["removed"]
    # Page type and metadata, as the tool names and shapes them.
    assert got.page_type == want["pagetype"]
    assert got.author == want["author"]
    assert got.author == (", ".join(got.authors) or None)
    assert got.date == want["date"]
    assert got.site_name == want["source-hostname"]
    assert got.description == want["excerpt"]
    assert (";".join(got.categories) or None) == want["categories"]
    assert (";".join(got.tags) or None) == want["tags"]
    assert got.image == want["image"]


# expected.json key -> Document attribute (compared as tests/fixtures.rs does).
_EXPECTED_META = {"page_type": "page_type", "author": "author", "date": "date", "site_name": "site_name"}


@pytest.mark.parametrize(
    "d", [d for d in fixture_dirs() if set(_EXPECTED_META) & set(_expected(d))], ids=lambda d: d.name
)
def test_fixture_metadata(d):
    """The page types and metadata named in the fixtures' expectations."""
    exp = _expected(d)
    opts = exp.get("options", {})
    got = pageclean.clean(
        fixture_input(d).read_bytes(),
        language=opts.get("lang"),
        keep_comments=opts.get("keep_comments", False),
        page_types=opts.get("page_types", True),
    )
    for key, attr in _EXPECTED_META.items():
        if key in exp:
            assert getattr(got, attr) == exp[key], key


@pytest.mark.parametrize("d", [d for d in fixture_dirs() if "encoding" in _expected(d)], ids=lambda d: d.name)
def test_fixture_encodings(d):
    """The encodings named in the fixtures' expectations are detected."""
    exp = _expected(d)
    got = pageclean.clean(fixture_input(d).read_bytes())
    assert got.encoding.lower() == exp["encoding"].lower()


# --- input types --------------------------------------------------------------


def test_bytes_and_str_give_the_same_document():
    for d in fixture_dirs():
        raw = fixture_input(d).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        a, b = pageclean.clean(raw), pageclean.clean(text)
        assert (a.title, a.language, a.paragraphs) == (b.title, b.language, b.paragraphs), d.name


def test_str_is_read_as_utf8_whatever_the_markup_declares():
    d = next(p for p in fixture_dirs() if p.name == "html_ru_dacha_autumn_cp1251")
    raw = fixture_input(d).read_bytes()
    from_bytes = pageclean.clean(raw)
    assert from_bytes.encoding == "windows-1251"
    assert from_bytes.detection.source == "meta"
    # The same page decoded by the caller: the <meta charset=windows-1251>
    # inside must not decode it a second time.
    from_str = pageclean.clean(raw.decode("cp1251"))
    assert from_str.encoding == "UTF-8"
    assert from_str.detection.source == "header"
    assert from_str.paragraphs == from_bytes.paragraphs
    assert from_str.title == from_bytes.title
    # Pure ASCII text under a legacy declaration stays as it is.
    ascii_doc = pageclean.clean("<meta charset=koi8-r><p>" + "plain words here " * 10 + "</p>")
    assert ascii_doc.encoding == "UTF-8"


def test_bytearray_and_memoryview_are_accepted():
    raw = ARTICLE.encode("utf-8")
    want = pageclean.clean(raw).paragraphs
    assert pageclean.clean(bytearray(raw)).paragraphs == want
    assert pageclean.clean(memoryview(raw)).paragraphs == want
    assert pageclean.Cleaner().clean(memoryview(bytearray(raw))[0:]).paragraphs == want


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["<p>x</p>"], {"text": "x"}])
def test_other_input_types_are_a_type_error(bad):
    with pytest.raises(TypeError, match="expected bytes or str"):
        pageclean.clean(bad)
    with pytest.raises(TypeError):
        pageclean.Cleaner().clean(bad)


def test_empty_input_is_an_empty_document():
    for data in (b"", ""):
        d = pageclean.clean(data)
        assert d.paragraphs == [] and d.text == "" and d.blocks == []
        assert d.title is None and d.language is None
        assert d.encoding == "UTF-8"


# --- every Document field -----------------------------------------------------


def test_title_language_encoding_text_paragraphs(doc):
    assert doc.title == "Night trains return"
    assert doc.language == "en"
    assert doc.encoding == "UTF-8"
    assert doc.paragraphs[0].startswith("The overnight service")
    assert "winter & a new timetable" in doc.paragraphs[0]
    assert doc.text == "\n\n".join(doc.paragraphs)
    assert isinstance(doc.paragraphs, list)
    assert all(isinstance(p, str) for p in doc.paragraphs)


def test_blocks(doc):
    blocks = doc.blocks
    assert [b.text for b in blocks] == doc.paragraphs
    kinds = [b.kind for b in blocks]
    assert kinds == ["paragraph", "heading", "list_item", "list_item", "paragraph"]
    heading = blocks[1]
    assert heading.text == "Tickets" and heading.level == 2
    assert all(b.level is None for b in blocks if b.kind != "heading")
    assert {b.language for b in blocks} <= {"en", None}
    assert blocks[0].to_dict() == {
        "kind": "paragraph",
        "level": None,
        "text": blocks[0].text,
        "language": blocks[0].language,
    }
    assert "paragraph" in repr(blocks[0])


def test_removed(doc):
    removed = doc.removed
    assert removed, "chrome was removed"
    reasons = {r.reason for r in removed}
    assert reasons <= _REASONS
    texts = " ".join(r.text for r in removed)
    assert "Share this" in texts
    assert "All rights reserved" in texts
    assert all(isinstance(r.text, str) and r.text for r in removed)
    assert removed[0].to_dict() == {"text": removed[0].text, "reason": removed[0].reason}


def test_detection_and_decode_errors():
    d = pageclean.clean(ARTICLE.encode("utf-8"))
    det = d.detection
    assert det.encoding == "UTF-8" and det.source in ("statistical", "default")
    assert 0.0 <= det.confidence <= 1.0
    assert d.had_decode_errors is False
    cp = pageclean.clean(ARTICLE.replace("euros", "€").encode("cp1252"), content_type="text/html; charset=windows-1252")
    assert cp.encoding == "windows-1252" and cp.detection.source == "header"
    assert cp.detection.confidence > 0
    assert cp.detection.to_dict() == {
        "encoding": "windows-1252",
        "source": "header",
        "confidence": pytest.approx(cp.detection.confidence),
    }
    # Shift_JIS declared, but a broken byte pair inside.
    broken = pageclean.clean(b'<meta charset="shift_jis"><p>' + "日本語の文章です。".encode("shift_jis") * 20 + b"\x82\xff</p>")
    assert broken.had_decode_errors is True


def test_input_kind():
    assert pageclean.clean(ARTICLE).input_kind == "html"
    text = "Night trains return\n\nThe overnight service resumes on Friday after three years.\n"
    assert pageclean.clean(text).input_kind == "text"
    assert pageclean.clean(text, input_kind="html").input_kind == "html"
    assert pageclean.clean(ARTICLE, input_kind="text").input_kind == "text"
    assert pageclean.clean(ARTICLE, input_kind="auto").input_kind == "html"


def test_repairs():
    d = next(p for p in fixture_dirs() if p.name == "html_fr_jam_tips_mojibake")
    doc = pageclean.clean(fixture_input(d).read_bytes())
    r = doc.repairs
    assert r.mojibake > 0
    assert r.to_dict() == {"entities": r.entities, "stray_tags": r.stray_tags, "mojibake": r.mojibake, "chars": r.chars}
    clean_page = pageclean.clean("Plain\n\nA short and entirely ordinary sentence of text.")
    assert clean_page.repairs.to_dict() == {"entities": 0, "stray_tags": 0, "mojibake": 0, "chars": 0}


def test_fallback():
    assert pageclean.clean(ARTICLE).fallback is None
    deep = "<div>" * 50 + "<p>" + "Deeply nested words of a real sentence. " * 5 + "</p>" + "</div>" * 50
    f = pageclean.Cleaner(max_depth=10).clean(deep).fallback
    assert f is not None and f.kind == "too_deep"
    assert f.limit == 10 and f.depth is not None and f.depth > 10 and f.elements is None
    many = "<html><body>" + "<p>word</p>" * 300 + "</body></html>"
    g = pageclean.Cleaner(max_elements=100).clean(many).fallback
    assert g is not None and g.kind == "too_many_elements" and g.limit == 100 and g.elements > 100
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    b = pageclean.clean(png)
    assert b.fallback is not None and b.fallback.kind == "binary" and b.fallback.limit is None
    assert b.blocks == []
    story = "The new bridge opened on Monday after four years of work, and traffic on the old road fell by half. " * 5
    shell = (
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"'
        + story
        + '"}</script></head><body><div id="app">Loading</div></body></html>'
    )
    s = pageclean.clean(shell)
    assert s.fallback is not None and s.fallback.kind == "declared_body"
    assert s.text.startswith("The new bridge opened on Monday")
    assert b.fallback.to_dict() == {"kind": "binary", "depth": None, "elements": None, "limit": None}


def test_to_dict_has_every_field_and_is_json(doc):
    d = doc.to_dict()
    assert set(d) == {
        "title", "language", "encoding", "text", "paragraphs", "blocks", "removed",
        "detection", "had_decode_errors", "input_kind", "repairs", "fallback",
        "page_type", "authors", "author", "date", "modified", "site_name", "description",
        "declared_language", "canonical_url", "categories", "tags", "image",
    }
    for key in set(d) - {"blocks", "removed", "detection", "repairs", "fallback"}:
        assert d[key] == getattr(doc, key), key
    assert d["title"] == doc.title and d["text"] == doc.text and d["paragraphs"] == doc.paragraphs
    assert d["removed"] == [r.to_dict() for r in doc.removed]
    assert d["blocks"] == [b.to_dict() for b in doc.blocks]
    assert d["fallback"] is None
    assert json.loads(json.dumps(d)) == d


META_PAGE = (
    "<!doctype html><html lang='en-GB'><head><title>Night trains return | Rail Daily</title>"
    "<meta property='og:type' content='article'><meta property='og:site_name' content='Rail Daily'>"
    "<meta property='og:description' content='Sleeper services resume between the capitals.'>"
    "<meta property='og:image' content='https://rail.example/img/sleeper.jpg'>"
    "<meta name='author' content='By Ana Ruiz'>"
    "<meta property='article:published_time' content='2025-03-14T08:00:00Z'>"
    "<meta property='article:modified_time' content='2025-03-15T09:30:00Z'>"
    "<meta property='article:section' content='Travel'>"
    "<meta property='article:tag' content='rail'><meta property='article:tag' content='night trains'>"
    "<link rel='canonical' href='https://rail.example/2025/03/14/night-trains'>"
    "</head><body>" + ARTICLE.split("<body>", 1)[1]
)


def test_page_metadata():
    d = pageclean.clean(META_PAGE)
    assert d.page_type == "article"
    assert d.title == "Night trains return"
    assert d.authors == ["Ana Ruiz"] and d.author == "Ana Ruiz"
    assert d.date == "2025-03-14" and d.modified == "2025-03-15"
    assert d.site_name == "Rail Daily"
    assert d.description == "Sleeper services resume between the capitals."
    assert d.image == "https://rail.example/img/sleeper.jpg"
    assert d.canonical_url == "https://rail.example/2025/03/14/night-trains"
    assert d.categories == ["Travel"] and d.tags == ["rail", "night trains"]
    assert d.declared_language == "en-GB" and d.language == "en"
    # Nothing declared: empty lists and None, not missing attributes.
    bare = pageclean.clean("Plain\n\nA short and entirely ordinary sentence of text.")
    assert bare.authors == [] and bare.author is None and bare.date is None and bare.modified is None
    assert bare.categories == [] and bare.tags == [] and bare.image is None and bare.site_name is None
    assert bare.canonical_url is None and bare.description is None
    # The url hint stands in for a missing canonical URL.
    assert pageclean.clean(ARTICLE, url="https://rail.example/a").canonical_url == "https://rail.example/a"


def test_listing_pages_and_the_page_types_setting():
    d = next(p for p in fixture_dirs() if p.name == "html_listing_en_tag_page")
    raw = fixture_input(d).read_bytes()
    listing = pageclean.clean(raw)
    assert listing.page_type == "listing"
    assert listing.paragraphs == [] and listing.text == ""
    assert any(r.reason == "not_article" for r in listing.removed)
    kept = pageclean.clean(raw, page_types=False)
    assert kept.page_type == "listing" and kept.paragraphs
    assert not any(r.reason == "not_article" for r in kept.removed)
    c = pageclean.Cleaner(page_types=False)
    assert c.settings()["page_types"] is False and c.clean(raw).paragraphs == kept.paragraphs
    assert pickle.loads(pickle.dumps(c)).settings()["page_types"] is False


def test_document_is_read_only(doc):
    with pytest.raises(AttributeError):
        doc.title = "x"
    assert "Night trains return" in repr(doc)


# --- settings -----------------------------------------------------------------


def test_language_settings():
    d = next(p for p in fixture_dirs() if p.name == "text_en_wheat_harvest_ru_chrome")
    raw = fixture_input(d).read_bytes()
    main = pageclean.clean(raw)
    assert main.language == "en"
    assert any(r.reason == "other_language" for r in main.removed)
    assert pageclean.clean(raw, language="main").paragraphs == main.paragraphs
    assert pageclean.clean(raw, language="en").paragraphs == main.paragraphs
    every = pageclean.clean(raw, language="all")
    assert not any(r.reason == "other_language" for r in every.removed)


def test_keep_comments():
    d = next(p for p in fixture_dirs() if p.name == "html_uk_cherry_varenyky_comments")
    raw = fixture_input(d).read_bytes()
    dropped = pageclean.clean(raw)
    kept = pageclean.clean(raw, keep_comments=True)
    assert len(kept.paragraphs) > len(dropped.paragraphs)
    assert any(r.reason == "comments" for r in dropped.removed)


def test_content_type_and_url_hints():
    text = "Новости\n\n" + "Жители города обсуждают новый маршрут троллейбуса и расписание на зиму. " * 4
    raw = text.encode("koi8-r")
    assert pageclean.clean(raw, content_type="text/html; charset=koi8-r").encoding == "KOI8-R"
    plain = pageclean.Cleaner()
    assert plain.clean(raw).detection.source == "statistical"
    hinted = plain.clean(raw, content_type="text/plain; charset=koi8-r")
    assert hinted.detection.source == "header" and hinted.encoding == "KOI8-R"
    c = pageclean.Cleaner(content_type="text/plain; charset=koi8-r")
    assert c.clean(raw).encoding == "KOI8-R"
    # A per-call hint replaces the cleaner's own.
    utf8 = c.clean(text.encode("utf-8"), content_type="text/plain; charset=utf-8")
    assert utf8.encoding == "UTF-8" and utf8.detection.source == "header"
    assert pageclean.clean(raw, url="https://example.ru/news/1").paragraphs


def test_cleaner_reuse_settings_and_pickle():
    c = pageclean.Cleaner(language="en", keep_comments=True, max_input_bytes=1 << 20)
    s = c.settings()
    assert s["language"] == "en" and s["keep_comments"] is True and s["max_input_bytes"] == 1 << 20
    assert s["max_depth"] == pageclean.DEFAULT_MAX_DEPTH
    assert s["max_elements"] == pageclean.DEFAULT_MAX_ELEMENTS
    assert s["page_types"] is True
    assert pageclean.Cleaner(**s).settings() == s
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(c, protocol=proto))
        assert isinstance(back, pageclean.Cleaner) and back.settings() == s
    first = c.clean(ARTICLE).paragraphs
    assert c.clean(ARTICLE).paragraphs == first
    assert "language='en'" in repr(c)
    assert pageclean.Cleaner().settings()["max_input_bytes"] == pageclean.DEFAULT_MAX_INPUT_BYTES


# --- errors -------------------------------------------------------------------


def test_too_large_is_a_pageclean_error():
    with pytest.raises(pageclean.InputTooLargeError) as e:
        pageclean.clean(b"x" * 101, max_input_bytes=100)
    assert e.value.size == 101 and e.value.limit == 100
    assert "exceeds the limit" in str(e.value)
    assert isinstance(e.value, pageclean.PagecleanError)
    assert isinstance(e.value, ValueError)
    assert issubclass(pageclean.PagecleanError, ValueError)
    with pytest.raises(pageclean.PagecleanError):
        pageclean.Cleaner(max_input_bytes=3).clean("four")
    # The default limit applies too (64 MiB).
    assert pageclean.DEFAULT_MAX_INPUT_BYTES == 64 << 20


def test_bad_settings_are_value_errors():
    with pytest.raises(ValueError, match="unknown language code"):
        pageclean.clean(b"x", language="klingon")
    with pytest.raises(ValueError, match="unknown language code"):
        pageclean.Cleaner(language="xx")
    with pytest.raises(ValueError, match="input_kind"):
        pageclean.clean(b"x", input_kind="pdf")
    with pytest.raises(ValueError, match="input_kind"):
        pageclean.Cleaner().clean(b"x", input_kind="pdf")
    with pytest.raises(TypeError):
        pageclean.clean(b"x", "positional content type")  # keyword-only
    with pytest.raises(TypeError):
        pageclean.Cleaner("en")


def test_gzip_payload_is_not_text():
    """Compressed bytes are binary to the cleaner: decompress first."""
    d = pageclean.clean(gzip.compress(ARTICLE.encode() * 4))
    assert d.blocks == [] and d.fallback is not None and d.fallback.kind == "binary"


def test_module_surface():
    assert pageclean.__version__
    for name in pageclean.__all__:
        assert hasattr(pageclean, name), name
    assert pageclean.Document.__module__ == "pageclean"
    assert pageclean.clean.__doc__ and "GIL" in pageclean.clean.__doc__
    assert pageclean.Cleaner.__doc__ and pageclean.Document.__doc__


_REASONS = {
    "navigation", "breadcrumb", "comment_form", "comments", "share", "related", "read_more",
    "pagination", "tags", "subscribe", "cookie_notice", "copyright", "counter", "login",
    "search", "advertisement", "site_header", "duplicate_title", "byline", "caption",
    "other_language", "link_dense", "too_short", "hidden", "outside_content", "repeated",
    "server_message", "not_article",
}


def test_module_docstring_example():
    import doctest

    result = doctest.testmod(pageclean)
    assert result.attempted > 0 and result.failed == 0
