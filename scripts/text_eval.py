#!/usr/bin/env python3
"""Scores the text path (WET records, dataset rows) on the extraction benchmark pages.

Each page's whole visible text is written out the way a crawler's WET record holds it
(resiliparse's `extract_plain_text` with `main_content=False`: every line of the page,
menus and footers included, no markup), and the text is cleaned as text. The score is the
same shingle F1 as for HTML, against the same reference. Sets whose references are
snippets (trafilatura-eval) are skipped: their snippets assume the page's markup.

  scripts/text_eval.py DIR [DIR ...] [--cmd 'target/release/examples/clean --jsonl']

DIR is a set (../shared/eval/extract/scrapinghub-aeb) or a part of one
(/tmp/pageclean-split/scrapinghub-aeb/dev). The text kept whole is scored beside it
("text as is"), for the gain of cleaning. Needs `pip install resiliparse`.
"""
import json
import argparse
import os
import subprocess
import sys
import tempfile

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.encoding import bytes_to_str, detect_encoding

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "shared", "tools", "eval_extract.py")


def as_text(html_path: str) -> str:
    raw = open(html_path, "rb").read()
    html = bytes_to_str(raw, detect_encoding(raw))
    return extract_plain_text(
        html, main_content=False, alt_texts=False, links=False, list_bullets=False
    )


def emit_as_is(paths) -> int:
    """The command that keeps every line: one JSON row per path, as the scorer reads."""
    for p in paths:
        lines = [l for l in open(p, encoding="utf-8").read().split("\n") if l.strip()]
        print(json.dumps({"path": p, "paragraphs": lines}))
    return 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--as-is":
        return emit_as_is(sys.argv[2:])
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--cmd", default="target/release/examples/clean --jsonl")
    a = ap.parse_args()
    status = 0
    for d in a.dirs:
        ids = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
        ids = [i for i in ids if os.path.exists(os.path.join(d, i + ".txt"))]
        if not ids:
            print(f"{d}: no pages with a text reference, skipped")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            for i in ids:
                # The scorer reads `<id>.html` as the input: here it holds text.
                with open(os.path.join(tmp, i + ".html"), "w", encoding="utf-8") as f:
                    f.write(as_text(os.path.join(d, i + ".html")))
                os.symlink(os.path.abspath(os.path.join(d, i + ".txt")), os.path.join(tmp, i + ".txt"))
            print(f"# {d} as text ({len(ids)} pages)", flush=True)
            as_is = f"{sys.executable} {os.path.abspath(__file__)} --as-is"
            for name, cmd in (("text as is", as_is), ("cleaned", a.cmd)):
                r = subprocess.run(
                    [sys.executable, SCORER, tmp, "--cmd", cmd], capture_output=True, text=True
                )
                print(f"{name}: {r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr}")
                status |= r.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
