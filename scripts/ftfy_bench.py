#!/usr/bin/env python3
"""ftfy throughput on the texts `benches/repair.rs` uses (one fix_text call per
text), to compare with `cargo bench --bench repair` in the same run.

    pip install ftfy && python3 scripts/ftfy_bench.py
"""
import json
import os
import time

import ftfy

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "repair")


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def measure(texts, repeats=5, min_seconds=0.6):
    """Best of `repeats` runs of at least `min_seconds` each, in MB/s: on a
    shared machine the best run is the one least disturbed."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = 0.0
    for _ in range(repeats):
        rounds, t0 = 0, time.perf_counter()
        while True:
            for t in texts:
                ftfy.fix_text(t)
            rounds += 1
            spent = time.perf_counter() - t0
            if spent >= min_seconds:
                break
        best = max(best, size * rounds / spent / 1e6)
    return best


def main():
    clean = load("clean.json")
    mojibake = [c["damaged"] for c in load("mojibake.json")]
    markup = ["& # 171; %s & # 187;&amp;nbsp;< p>" % s for s in clean]
    sets = [("clean", clean), ("damaged", mojibake + markup),
            ("damaged-mojibake", mojibake), ("damaged-markup", markup)]
    for name, texts in sets:
        print(f"ftfy {ftfy.__version__} {name}: {measure(texts):.2f} MB/s")


if __name__ == "__main__":
    main()
