#!/usr/bin/env python3
"""Side-by-side speed (and accuracy) of pageclean and its peers on the same pages, in one run.

  python3 scripts/peers/compare.py [DATASET_DIR] [--rounds N] [--no-f1] [--skip NAME,...]

DATASET_DIR defaults to ../shared/eval/extract/scrapinghub-aeb (181 pages). Build first:

  cargo build --release --examples
  cargo build --release --manifest-path scripts/peers/dom_smoothie_runner/Cargo.toml
  pip install trafilatura resiliparse lxml_html_clean

What is timed, per tool (single thread each):
  pageclean     wall time of one `target/release/examples/clean --jsonl PAGE...` process over
                all pages: start-up (tables), reading each file, charset detection and
                decoding, repair, extraction, language-aware boilerplate, JSON lines out.
  dom_smoothie  wall time of one `dom_smoothie_runner PAGE...` process, the same way (read
                file, lossy UTF-8, Readability::parse with TextMode::Formatted, JSON lines out).
  resiliparse   in this Python process, per page, after the bytes are read: detect_encoding,
                bytes_to_str, extract_plain_text(main_content=True); the sum over pages.
  trafilatura   in this Python process, per page, after the bytes are read:
                trafilatura.extract(bytes); the sum over pages.
Rounds are interleaved (every tool once per round, in turn) so that load on the machine
falls on all of them alike; each tool's figure is its median round, by elapsed (wall) time
and by CPU time (user + system: of the child process for the two binaries, of this process
during the timed calls for the Python peers). F1 is the 4-word
shingle F1 of ../shared/tools/eval_extract.py (ScrapingHub's metric) on the first round.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TOOLS = os.path.join(ROOT, "..", "shared", "tools")


def load(ds):
    ids = sorted(f[:-5] for f in os.listdir(ds) if f.endswith(".html"))
    pages = []
    for i in ids:
        txt = os.path.join(ds, i + ".txt")
        truth = open(txt, encoding="utf-8").read() if os.path.exists(txt) else None
        pages.append((os.path.join(ds, i + ".html"), truth))
    return pages


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_process(cmd, paths):
    c0 = children_cpu()
    t0 = time.perf_counter()
    res = subprocess.run(cmd + paths, capture_output=True, check=False)
    spent = time.perf_counter() - t0
    cpu = children_cpu() - c0
    preds = {}
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        preds[obj.get("path")] = "\n".join(obj.get("paragraphs") or [])
    return preds, spent, cpu


def run_in_process(func, pages, raw):
    preds, spent, cpu = {}, 0.0, 0.0
    for path, _ in pages:
        b = raw[path]
        c0 = time.process_time()
        t0 = time.perf_counter()
        try:
            preds[path] = func(b) or ""
        except Exception:  # a peer failing on a page scores it empty
            preds[path] = ""
        spent += time.perf_counter() - t0
        cpu += time.process_time() - c0
    return preds, spent, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset", nargs="?", default=os.path.join(ROOT, "..", "shared", "eval", "extract", "scrapinghub-aeb"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-f1", action="store_true")
    ap.add_argument("--skip", default="")
    a = ap.parse_args()
    pages = load(a.dataset)
    paths = [p for p, _ in pages]
    raw = {p: open(p, "rb").read() for p in paths}
    skip = set(x for x in a.skip.split(",") if x)

    tools = []
    clean = os.path.join(ROOT, "target", "release", "examples", "clean")
    tools.append(("pageclean", lambda: run_process([clean, "--jsonl"], paths)))
    ds = os.path.join(ROOT, "scripts", "peers", "dom_smoothie_runner", "target", "release", "dom_smoothie_runner")
    if os.path.exists(ds):
        tools.append(("dom_smoothie", lambda: run_process([ds], paths)))
    else:
        print(f"# dom_smoothie: runner not built ({ds})")
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding

        def resiliparse_main(b):
            return extract_plain_text(bytes_to_str(b, detect_encoding(b)), main_content=True)

        tools.append(("resiliparse", lambda: run_in_process(resiliparse_main, pages, raw)))
    except ImportError:
        print("# resiliparse: not installed")
    try:
        import trafilatura

        tools.append(("trafilatura", lambda: run_in_process(trafilatura.extract, pages, raw)))
    except ImportError:
        print("# trafilatura: not installed")
    tools = [t for t in tools if t[0] not in skip]

    times = {name: [] for name, _ in tools}
    cpus = {name: [] for name, _ in tools}
    first = {}
    for r in range(a.rounds):
        for name, run in tools:
            preds, spent, cpu = run()
            times[name].append(spent)
            cpus[name].append(cpu)
            first.setdefault(name, preds)
            print(f"# round {r + 1} {name}: {len(pages) / spent:.1f} pages/s", file=sys.stderr, flush=True)

    f1 = {}
    if not a.no_f1 and all(t is not None for _, t in pages):
        sys.path.insert(0, TOOLS)
        try:
            from eval_extract import shingle_scores

            for name, preds in first.items():
                f1[name] = shingle_scores([(t, preds.get(p, "")) for p, t in pages])["f1"]
        except ImportError:
            pass

    mb = sum(len(b) for b in raw.values()) / 1e6
    print(f"# {os.path.basename(os.path.normpath(a.dataset))}: {len(pages)} pages, {mb:.1f} MB; "
          f"median of {a.rounds} interleaved rounds, single thread")
    print("# wall: elapsed time; cpu: user+system time of the tool (less sensitive to other load)")
    n = len(pages)
    wall = {k: n / statistics.median(v) for k, v in times.items()}
    cpu = {k: n / statistics.median(v) for k, v in cpus.items() if statistics.median(v) > 0}
    print(f"{'tool':<14}{'pages/s':>9}{'ms/page':>9}{'pageclean is':>14}"
          f"{'cpu pages/s':>13}{'pageclean is':>14}{'F1':>8}")
    for name, _ in tools:
        ratio = f"{wall['pageclean'] / wall[name]:.2f}x" if "pageclean" in wall else "-"
        c = cpu.get(name)
        cratio = f"{cpu['pageclean'] / c:.2f}x" if c and "pageclean" in cpu else "-"
        score = f"{f1[name]:.3f}" if name in f1 else "-"
        print(f"{name:<14}{wall[name]:>9.1f}{1000 / wall[name]:>9.2f}{ratio:>14}"
              f"{(f'{c:.1f}' if c else '-'):>13}{cratio:>14}{score:>8}")

if __name__ == "__main__":
    sys.exit(main())
