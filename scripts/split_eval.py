#!/usr/bin/env python3
"""Splits each extraction evaluation set into a development part and a held-out part.

A page is held out when the SHA-1 of its id, read as an integer, is 0 mod 5 (about
one page in five). The split depends on the id only, so it is stable when pages are
added. Tune on dev; score held-out only to report.

  scripts/split_eval.py [EVAL_EXTRACT_DIR] [OUT_DIR]

defaults: ../shared/eval/extract and /tmp/pageclean-split. Writes OUT_DIR/<set>/{dev,held}/
with symlinks to each page's files, and prints the counts.
"""
import hashlib
import os
import sys

HOLD_MOD = 5


def held_out(page_id: str) -> bool:
    return int(hashlib.sha1(page_id.encode("utf-8")).hexdigest(), 16) % HOLD_MOD == 0


def main() -> int:
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/extract"
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/pageclean-split"
    src = os.path.abspath(src)
    for name in sorted(os.listdir(src)):
        ds = os.path.join(src, name)
        if not os.path.isdir(ds):
            continue
        counts = {"dev": 0, "held": 0}
        for part in counts:
            os.makedirs(os.path.join(out, name, part), exist_ok=True)
        for f in sorted(os.listdir(ds)):
            if not f.endswith(".html"):
                continue
            pid = f[:-5]
            part = "held" if held_out(pid) else "dev"
            counts[part] += 1
            for g in [pid + ".html", pid + ".txt", pid + ".segments.json"]:
                s = os.path.join(ds, g)
                d = os.path.join(out, name, part, g)
                if os.path.exists(s) and not os.path.lexists(d):
                    os.symlink(s, d)
        print(f"{name}: dev {counts['dev']} held {counts['held']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
