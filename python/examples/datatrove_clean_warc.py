#!/usr/bin/env python3
"""Cleans a folder of WARC/WET files with a datatrove pipeline.

    python python/examples/datatrove_clean_warc.py INPUT_DIR --output OUT
        [--glob '*.warc.gz'] [--tasks 2] [--workers 2] [--lang xx|main|all]
        [--removed]

Pipeline: ``PagecleanWarcReader`` (keeps each payload's raw bytes, unlike
datatrove's ``WarcReader``, which decodes them to ``str`` first) ->
``PagecleanExtractor`` (pageclean on the bytes: charset detection, repair,
boilerplate removal) -> ``JsonlWriter`` (``OUT/data/*.jsonl.gz``, one
document per line: ``text``, ``id``, ``metadata`` with ``url``, ``title``,
``language``, ``encoding``). Logs and stats go to ``OUT/logs``.

The same steps run under datatrove's Slurm and Ray executors: swap
``LocalPipelineExecutor`` for ``SlurmPipelineExecutor`` or
``RayPipelineExecutor`` with the same pipeline list.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="folder holding the WARC/WET files")
    ap.add_argument("-o", "--output", required=True, help="output folder (replaced)")
    ap.add_argument("--glob", default="*.warc.gz", help="file name pattern inside INPUT")
    ap.add_argument("--tasks", type=int, default=1, help="datatrove tasks (files are split between them)")
    ap.add_argument("--workers", type=int, default=-1, help="tasks run at once (-1: all)")
    ap.add_argument("--lang", default="main", help="xx (ISO 639-1), main or all")
    ap.add_argument("--removed", action="store_true", help="add removed blocks to the metadata")
    a = ap.parse_args()

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter

    from pageclean.datatrove import PagecleanExtractor, PagecleanWarcReader

    if os.path.exists(a.output):
        shutil.rmtree(a.output)
    started = time.monotonic()
    LocalPipelineExecutor(
        pipeline=[
            PagecleanWarcReader(os.path.abspath(a.input), glob_pattern=a.glob),
            PagecleanExtractor(language=a.lang, removed=a.removed),
            JsonlWriter(os.path.join(a.output, "data")),
        ],
        tasks=a.tasks,
        workers=a.workers,
        logging_dir=os.path.join(a.output, "logs"),
    ).run()
    elapsed = time.monotonic() - started
    print(f"datatrove: {a.input} -> {a.output}/data in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
