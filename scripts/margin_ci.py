#!/usr/bin/env python3
"""How sure a margin over a peer is: pageclean's F1 minus a peer's on the same pages,
with a paired bootstrap 95% interval (pages drawn with replacement, both tools scored
on the same draw, the set's own pooled metric recomputed each time).

  python3 scripts/margin_ci.py DATASET_DIR [--peer trafilatura|resiliparse|justext]
                               [--cmd 'target/release/examples/clean --jsonl'] [--draws 2000]

The metric is the scorer's (../shared/tools/eval_extract.py): shingle F1 for pages with a
`.txt` reference, snippet F1 for pages with `.segments.json`. A small set gives a wide
interval: twelve pages cannot show a margin of a few thousandths either way.
"""
import argparse
import os
import random
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import eval_extract as E  # noqa: E402


def page_stats(kind, truth, pred):
    """What the pooled metric needs from one page."""
    if kind == "seg":
        norm = lambda s: re.sub(r"\s+", " ", s).strip()
        text = norm(pred or "")
        hit = sum(1 for w in truth.get("with", []) if norm(w) in text)
        fp = sum(1 for w in truth.get("without", []) if norm(w) in text)
        return (hit, fp, len(truth.get("with", [])) - hit)
    a, b = E.shingles(truth), E.shingles(pred)
    tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def pooled(kind, stats):
    """The set's F1 from per-page statistics, as eval_extract.py computes it."""
    if kind == "seg":
        tp = sum(s[0] for s in stats)
        fp = sum(s[1] for s in stats)
        fn = sum(s[2] for s in stats)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [prec(*x) for x in stats if x[0] + x[1] > 0] or [0.0]
    rs = [rec(*x) for x in stats if x[0] + x[2] > 0] or [0.0]
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("--peer", default="trafilatura")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "target/release/examples/clean") + " --jsonl")
    ap.add_argument("--draws", type=int, default=2000)
    a = ap.parse_args()
    pages = E.load(a.dataset)
    kinds = {t[0] for _, t in pages}
    if len(kinds) != 1:
        sys.exit("a set mixes .txt and .segments.json references")
    kind = kinds.pop()
    ours, _ = E.run_cmd(a.cmd, [p for p, _ in pages])
    peer = E.peer_funcs().get(a.peer)
    if peer is None:
        sys.exit(f"{a.peer} is not installed")
    theirs = {}
    for path, _ in pages:
        try:
            theirs[path] = peer(open(path, "rb").read())
        except Exception:
            theirs[path] = ""
    rows = [
        (page_stats(kind, t[1], ours.get(p, "")), page_stats(kind, t[1], theirs[p]))
        for p, t in pages
    ]
    f_ours = pooled(kind, [r[0] for r in rows])
    f_peer = pooled(kind, [r[1] for r in rows])
    # The per-page statistics must pool to the scorer's own figure.
    score = E.snippet_scores if kind == "seg" else E.shingle_scores
    for preds, f in ((ours, f_ours), (theirs, f_peer)):
        want = score([(t[1], preds.get(p, "")) for p, t in pages])["f1"]
        if abs(want - f) > 1e-9:
            sys.exit(f"per-page statistics pool to {f}, the scorer gives {want}")
    rng = random.Random(0)
    diffs = []
    for _ in range(a.draws):
        draw = [rows[rng.randrange(len(rows))] for _ in rows]
        diffs.append(pooled(kind, [r[0] for r in draw]) - pooled(kind, [r[1] for r in draw]))
    diffs.sort()
    lo, hi = diffs[int(0.025 * a.draws)], diffs[int(0.975 * a.draws) - 1]
    parts = os.path.normpath(a.dataset).split(os.sep)
    name = "/".join(parts[-2:]) if parts[-1] in ("dev", "held") else parts[-1]
    print(
        f"{name}: {len(pages)} pages; pageclean {f_ours:.3f}, {a.peer} {f_peer:.3f}; "
        f"margin {f_ours - f_peer:+.3f} (95% interval {lo:+.3f} .. {hi:+.3f})"
    )


if __name__ == "__main__":
    main()
