#!/usr/bin/env python3
"""Cleans WARC/WET files with PySpark, one file per task (as cc-pyspark does).

    python python/examples/spark_clean_warc.py --output OUT [--format jsonl|parquet]
        [--master local[2]] [--lang xx|main|all] [--removed] [--keep-empty]
        [--wheel target/wheels/pageclean-*.whl] WARC...

Each task opens one file, reads its records with ``pageclean.warc`` (warcio)
and cleans the raw payloads, so pageclean's charset detection sees the
bytes. The rows are those of ``pageclean batch``: id, source, hostname,
title, language, encoding, text, paragraphs (and removed with
``--removed``). JSONL output is one ``part-*`` text file per task; Parquet
goes through a DataFrame with an explicit schema.

Paths must be readable from every executor (a shared file system, or
local paths in local mode). ``--wheel`` ships the pageclean wheel with
``SparkContext.addArchive`` for executors that do not have it installed:
the wheel is a zip whose top level is the package, so it is added as a
``.zip`` archive and its unpacked folder is put first on ``sys.path`` in
the task. (``addPyFile`` does not work for the compiled module.) Use it
with ``spark-submit`` as well; the driver itself never imports pageclean.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time

ARCHIVE = "pageclean_wheel"


def _import_pageclean():
    """Imports pageclean, from the shipped archive when there is one."""
    from pyspark import SparkFiles

    for base in (os.getcwd(), SparkFiles.getRootDirectory()):
        path = os.path.join(base, ARCHIVE)
        if os.path.isdir(path) and path not in sys.path:
            sys.path.insert(0, path)
            break
    import pageclean
    import pageclean.warc

    return pageclean


def clean_files(paths, settings: dict, removed: bool, keep_empty: bool):
    """The task: every page of every file in this partition, as rows."""
    pageclean = _import_pageclean()
    cleaner = pageclean.Cleaner(**settings)
    for path in paths:
        yield from pageclean.warc.clean_warc(path, cleaner, removed=removed, keep_empty=keep_empty)


def schema(removed: bool):
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    fields = [
        StructField("id", StringType(), False),
        StructField("source", StringType(), True),
        StructField("hostname", StringType(), True),
        StructField("title", StringType(), True),
        StructField("language", StringType(), True),
        StructField("encoding", StringType(), False),
        StructField("text", StringType(), False),
        StructField("paragraphs", ArrayType(StringType(), False), False),
    ]
    if removed:
        item = StructType([StructField("text", StringType(), False), StructField("reason", StringType(), False)])
        fields.append(StructField("removed", ArrayType(item, False), False))
    return StructType(fields)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="WARC or WET files (plain or .gz)")
    ap.add_argument("-o", "--output", required=True, help="output directory (replaced)")
    ap.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--lang", default="main", help="xx (ISO 639-1), main or all")
    ap.add_argument("--keep-comments", action="store_true")
    ap.add_argument("--removed", action="store_true", help="add removed blocks and reasons")
    ap.add_argument("--keep-empty", action="store_true", help="write pages whose body is empty")
    ap.add_argument("--wheel", help="ship this pageclean wheel to the executors (addArchive)")
    a = ap.parse_args()

    if a.master.startswith("local"):
        # Local mode: keep the driver on the loopback interface.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(a.master)
        .appName("pageclean-warc")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    tmp = None
    if a.wheel:
        # addArchive unpacks by extension: a wheel is a zip under another name.
        tmp = tempfile.mkdtemp(prefix="pageclean-wheel-")
        archive = os.path.join(tmp, "pageclean.zip")
        shutil.copyfile(a.wheel, archive)
        sc.addArchive(f"{archive}#{ARCHIVE}")

        where = sc.parallelize([0], 1).map(lambda _: _import_pageclean().__file__).collect()[0]
        print(f"spark: executors import pageclean from {where}", file=sys.stderr)

    settings = {"language": a.lang, "keep_comments": a.keep_comments}
    paths = [os.path.abspath(p) for p in a.inputs]
    started = time.monotonic()
    rows = sc.parallelize(paths, len(paths)).mapPartitions(
        lambda part: clean_files(part, settings, a.removed, a.keep_empty)
    )
    if os.path.exists(a.output):
        shutil.rmtree(a.output)
    if a.format == "jsonl":
        rows.map(lambda r: json.dumps(r, ensure_ascii=False)).saveAsTextFile(a.output)
    else:
        spark.createDataFrame(rows, schema(a.removed)).write.parquet(a.output)
    elapsed = time.monotonic() - started
    print(f"spark: {len(paths)} file(s) -> {a.output} ({a.format}) in {elapsed:.1f} s", file=sys.stderr)
    spark.stop()
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
