"""The PySpark and Ray Data examples, run for real in local mode on two WARC
files built from the fixtures, and the datatrove steps, checked row by row
against `pageclean batch`.

Slow (a JVM, a Ray instance): run only when PAGECLEAN_ENGINES=1 (python/ci.sh
--engines does so). The Spark job ships the wheel to its executors with
addArchive (PAGECLEAN_WHEEL, else the newest wheel in target/wheels).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pageclean.warc import hostname

from conftest import EXAMPLES, FIXTURES, REPO, assert_rows_match, make_warc, need

pytestmark = pytest.mark.skipif(
    os.environ.get("PAGECLEAN_ENGINES") != "1", reason="engine jobs run with PAGECLEAN_ENGINES=1"
)

TIMEOUT = 900


@pytest.fixture(scope="module")
def warcs(tmp_path_factory) -> list[Path]:
    """Two files, one gzip per record and one plain, with distinct record ids."""
    d = tmp_path_factory.mktemp("engines")
    a, b = d / "part-a.warc.gz", d / "part-b.warc"
    make_warc.write(a, FIXTURES, copies=1, first=0)
    make_warc.write(b, FIXTURES, copies=1, first=1)
    return [a, b]


@pytest.fixture(scope="module")
def expected(cli_binary, warcs, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("cli") / "rows.jsonl"
    subprocess.run([str(cli_binary), "batch", "-q", "--removed", *map(str, warcs), "-o", str(out)], check=True)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 88
    return rows


def run_job(args: list[str], name: str) -> str:
    """Runs an example script; returns its stderr. Reports the time taken."""
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=TIMEOUT, cwd=str(REPO)
    )
    elapsed = time.monotonic() - started
    print(f"\n{name}: {elapsed:.1f} s wall (process start to exit)")
    if proc.returncode != 0:
        pytest.fail(f"{name} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return proc.stderr


def wheel() -> Path | None:
    env = os.environ.get("PAGECLEAN_WHEEL")
    if env:
        return Path(env)
    wheels = sorted((REPO / "target" / "wheels").glob("pageclean-*.whl"), key=lambda p: p.stat().st_mtime)
    return wheels[-1] if wheels else None


def test_spark_job_rows_match_the_cli(warcs, expected, tmp_path):
    need(importlib.util.find_spec("pyspark") is not None, "pyspark is not installed")
    whl = wheel()
    need(whl is not None and whl.exists(), "no wheel to ship (PAGECLEAN_WHEEL or target/wheels)")
    out = tmp_path / "spark"
    err = run_job(
        [str(EXAMPLES / "spark_clean_warc.py"), *map(str, warcs), "-o", str(out),
         "--format", "parquet", "--removed", "--master", "local[2]", "--wheel", str(whl)],
        "spark (local[2], 2 files, parquet)",
    )
    # The executors used the shipped wheel, not the installed package.
    assert "executors import pageclean from" in err and "pageclean_wheel" in err.split("executors import pageclean from")[1].splitlines()[0]
    import pyarrow.parquet as pq

    parts = sorted(out.glob("part-*.parquet"))
    assert parts
    rows = [r for p in parts for r in pq.read_table(p).to_pylist()]
    assert_rows_match(expected, rows, "spark")


def test_spark_job_jsonl_output(warcs, expected, tmp_path):
    need(importlib.util.find_spec("pyspark") is not None, "pyspark is not installed")
    out = tmp_path / "spark-jsonl"
    run_job(
        [str(EXAMPLES / "spark_clean_warc.py"), *map(str, warcs), "-o", str(out), "--removed", "--master", "local[2]"],
        "spark (local[2], 2 files, jsonl)",
    )
    parts = sorted(out.glob("part-*"))
    assert len(parts) == 2, "one task, one output part per file"
    rows = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    # One file per task: each part holds one file's rows, in the file's order.
    assert [r["id"] for r in rows] == [r["id"] for r in expected]
    assert_rows_match(expected, rows, "spark jsonl")


def test_ray_job_rows_match_the_cli(warcs, expected, tmp_path):
    need(importlib.util.find_spec("ray") is not None, "ray is not installed")
    out = tmp_path / "ray"
    run_job(
        [str(EXAMPLES / "ray_clean_warc.py"), *map(str, warcs), "-o", str(out), "--removed"],
        "ray data (local, map_batches, jsonl)",
    )
    rows = [json.loads(line) for p in sorted(out.glob("*.json")) for line in p.read_text(encoding="utf-8").splitlines()]
    assert_rows_match(expected, rows, "ray")


def test_datatrove_pipeline_matches_the_cli(warc_file, cli_rows, tmp_path):
    """PagecleanWarcReader -> PagecleanExtractor -> JsonlWriter, run in process."""
    need(importlib.util.find_spec("datatrove") is not None, "datatrove is not installed")
    need(importlib.util.find_spec("orjson") is not None, "orjson (for datatrove's JsonlWriter) is not installed")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter

    from pageclean.datatrove import PagecleanExtractor, PagecleanWarcReader

    LocalPipelineExecutor(
        pipeline=[
            PagecleanWarcReader(str(warc_file.parent), glob_pattern="*.warc.gz"),
            PagecleanExtractor(removed=True),
            JsonlWriter(str(tmp_path / "data")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    docs = []
    for f in sorted((tmp_path / "data").glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh]
    rows = [
        {
            "id": d["id"],
            "source": d["metadata"]["url"],
            "hostname": hostname(d["metadata"]["url"]),
            "title": d["metadata"]["title"],
            "language": d["metadata"]["language"],
            "encoding": d["metadata"]["encoding"],
            "text": d["text"],
            "removed": d["metadata"]["removed"],
        }
        for d in docs
    ]
    # datatrove documents keep the text, not the paragraphs it joins.
    expected = [{k: v for k, v in r.items() if k != "paragraphs"} for r in cli_rows]
    assert_rows_match(expected, rows, "datatrove")


def test_datatrove_extractor_cleans_text_from_other_readers():
    """Without raw bytes (datatrove's own readers), doc.text is cleaned."""
    need(importlib.util.find_spec("datatrove") is not None, "datatrove is not installed")
    from datatrove.data import Document

    from pageclean.datatrove import PagecleanExtractor

    d = next(p for p in sorted(FIXTURES.iterdir()) if p.name == "text_en_wheat_harvest_ru_chrome")
    text = (d / "input.txt").read_text(encoding="utf-8")
    docs = [Document(text=text, id="a", metadata={"url": "https://example.ru/a"}), Document(text="", id="empty")]
    out = list(PagecleanExtractor().run(iter(docs)))
    import pageclean

    want = pageclean.clean(text, url="https://example.ru/a")
    assert [o.id for o in out] == ["a"]
    assert out[0].text == want.text and out[0].metadata["title"] == want.title
    assert out[0].metadata["language"] == "en" and out[0].metadata["encoding"] == "UTF-8"
