#!/usr/bin/env python3
"""Cleans WARC/WET files with Ray Data: records read per file, pages cleaned
with ``map_batches`` by a pool of actors that each build one Cleaner.

    python python/examples/ray_clean_warc.py --output OUT [--format jsonl|parquet]
        [--workers 2] [--batch-size 64] [--lang xx|main|all] [--removed]
        [--keep-empty] [--address auto] WARC...

The rows are those of ``pageclean batch`` (id, source, hostname, title,
language, encoding, text, paragraphs, and removed with ``--removed``), in
no particular order. Without ``--address`` a local Ray instance is started
on this machine (loopback only, no dashboard); with ``--address auto`` the
job joins a running cluster, whose workers need pageclean installed (or
the wheel in ``runtime_env``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time


def read_pages(row: dict):
    """flat_map: one row per page of one WARC file, payload undecoded."""
    import pageclean.warc

    for p in pageclean.warc.iter_pages(row["path"]):
        yield {
            "id": p.id,
            "url": p.url,
            "content_type": p.content_type,
            "input_kind": p.input_kind,
            "body": p.body,
        }


class CleanBatch:
    """map_batches: cleans a batch of pages into output rows (an Arrow table)."""

    def __init__(self, settings: dict, removed: bool, keep_empty: bool):
        import pageclean

        self.cleaner = pageclean.Cleaner(**settings)
        self.removed = removed
        self.keep_empty = keep_empty

    def __call__(self, batch):
        import pyarrow as pa

        import pageclean
        from pageclean.warc import Page, row

        cols = {name: batch.column(name).to_pylist() for name in ("id", "url", "content_type", "input_kind", "body")}
        out = []
        for pid, url, ct, kind, body in zip(*cols.values()):
            page = Page(id=pid, url=url, content_type=ct, input_kind=kind, body=body)
            try:
                doc = self.cleaner.clean(body, content_type=ct, url=url, input_kind=kind)
            except pageclean.PagecleanError:
                continue
            if self.keep_empty or doc.paragraphs:
                out.append(row(page, doc, removed=self.removed))
        return pa.Table.from_pylist(out, schema=arrow_schema(self.removed))


def arrow_schema(removed: bool):
    import pyarrow as pa

    fields = [
        pa.field("id", pa.string(), False),
        pa.field("source", pa.string()),
        pa.field("hostname", pa.string()),
        pa.field("title", pa.string()),
        pa.field("language", pa.string()),
        pa.field("encoding", pa.string(), False),
        pa.field("text", pa.string(), False),
        pa.field("paragraphs", pa.list_(pa.string()), False),
    ]
    if removed:
        item = pa.struct([pa.field("text", pa.string()), pa.field("reason", pa.string())])
        fields.append(pa.field("removed", pa.list_(item), False))
    return pa.schema(fields)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="WARC or WET files (plain or .gz)")
    ap.add_argument("-o", "--output", required=True, help="output directory (replaced)")
    ap.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    ap.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 2) - 1),
                    help="cleaning actors, one CPU each (default: all CPUs but one, which the"
                    " reading and writing tasks need)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--address", help="Ray cluster to join (default: start a local instance)")
    ap.add_argument("--lang", default="main", help="xx (ISO 639-1), main or all")
    ap.add_argument("--keep-comments", action="store_true")
    ap.add_argument("--removed", action="store_true", help="add removed blocks and reasons")
    ap.add_argument("--keep-empty", action="store_true", help="write pages whose body is empty")
    a = ap.parse_args()

    import ray

    if a.address:
        ray.init(address=a.address)
    else:
        ray.init(
            num_cpus=max(os.cpu_count() or 2, a.workers + 1),
            include_dashboard=False,
            _node_ip_address="127.0.0.1",
            log_to_driver=False,
        )
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False

    settings = {"language": a.lang, "keep_comments": a.keep_comments}
    paths = [os.path.abspath(p) for p in a.inputs]
    started = time.monotonic()
    ds = ray.data.from_items([{"path": p} for p in paths], override_num_blocks=len(paths))
    ds = ds.flat_map(read_pages)
    ds = ds.map_batches(
        CleanBatch,
        fn_constructor_kwargs={"settings": settings, "removed": a.removed, "keep_empty": a.keep_empty},
        batch_size=a.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=a.workers),
        num_cpus=1,
    )
    if os.path.exists(a.output):
        shutil.rmtree(a.output)
    if a.format == "jsonl":
        ds.write_json(a.output)
    else:
        ds.write_parquet(a.output)
    elapsed = time.monotonic() - started
    print(f"ray: {len(paths)} file(s) -> {a.output} ({a.format}) in {elapsed:.1f} s", file=sys.stderr)
    ray.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
