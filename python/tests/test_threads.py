"""The GIL is released while a page is cleaned, so threads clean in parallel."""

from __future__ import annotations

import os
import resource
import threading
import time

import pytest

import pageclean
from conftest import fixture_dirs, fixture_input

#: The speed-up two threads must reach over one (PAGECLEAN_MIN_SPEEDUP overrides).
MIN_SPEEDUP = float(os.environ.get("PAGECLEAN_MIN_SPEEDUP", "1.7"))
#: Other processes using more than this many cores during a measurement make
#: it meaningless on a shared machine: the test is then skipped, not failed.
BUSY_CORES = 0.35


def pages() -> list[bytes]:
    return [fixture_input(d).read_bytes() for d in fixture_dirs()]


def _busy_ticks() -> int:
    """Non-idle CPU time of the whole machine, in clock ticks (/proc/stat)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields[:8]) - idle


def _own_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def measure(fn) -> tuple[float, float]:
    """Runs fn; returns (wall seconds, cores used by other processes meanwhile)."""
    tick = os.sysconf("SC_CLK_TCK")
    busy0, own0, t0 = _busy_ticks(), _own_seconds(), time.perf_counter()
    fn()
    wall = time.perf_counter() - t0
    busy = (_busy_ticks() - busy0) / tick
    own = _own_seconds() - own0
    return wall, max(0.0, busy - own) / wall


def test_other_python_threads_run_during_a_clean():
    """While one thread is inside clean(), another Python thread keeps running.

    Holds on a busy machine too: it needs no free core, only that the GIL is
    not held during the call.
    """
    cleaner = pageclean.Cleaner(input_kind="html")
    # A page long enough that one call takes a measurable time on this
    # machine, however fast the cleaner has become.
    big = b"".join(pages()[:22])
    while len(big) < (32 << 20):
        started = time.perf_counter()
        cleaner.clean(big)
        if time.perf_counter() - started > 0.05:
            break
        big *= 2
    counter = 0
    stop = threading.Event()

    def spin():
        nonlocal counter
        while not stop.is_set():
            counter += 1

    t = threading.Thread(target=spin)
    t.start()
    try:
        time.sleep(0.05)
        before = counter
        started = time.perf_counter()
        cleaner.clean(big)
        elapsed = time.perf_counter() - started
        during = counter - before
    finally:
        stop.set()
        t.join()
    assert elapsed > 0.02, "the page should take a measurable time"
    # With the GIL held for the whole call the spinning thread would not get
    # a single iteration in; released, it runs (millions per second).
    assert during > 1000, f"only {during} iterations in {elapsed:.3f} s: is the GIL held?"


def test_two_threads_clean_a_batch_at_least_1_7x_faster():
    if (os.cpu_count() or 1) < 2:
        pytest.skip("needs two cores")
    batch = pages() * 4
    cleaner = pageclean.Cleaner()
    for p in batch[:50]:
        cleaner.clean(p)  # warm up: tables and models are built on first use

    def one_thread():
        for _ in range(2):
            for p in batch:
                cleaner.clean(p)

    def two_threads():
        ts = [threading.Thread(target=lambda: [cleaner.clean(p) for p in batch]) for _ in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()

    best = None
    report = []
    for _ in range(6):
        t1, load1 = measure(one_thread)
        t2, load2 = measure(two_threads)
        speedup = t1 / t2
        load = max(load1, load2)
        report.append(f"{t1:.3f}s/{t2:.3f}s={speedup:.2f}x (others {load:.2f} cores)")
        if best is None or speedup > best[0]:
            best = (speedup, load)
        if speedup >= MIN_SPEEDUP:
            break
    speedup, load = best
    pages_per_s = 2 * len(batch) / t2
    print(f"\nGIL scaling on {len(batch)} pages x 2: {'; '.join(report)}; {pages_per_s:.0f} pages/s on 2 threads")
    if speedup < MIN_SPEEDUP and load > BUSY_CORES:
        pytest.skip(f"machine busy (other processes used {load:.2f} cores); best speed-up {speedup:.2f}x: {report}")
    assert speedup >= MIN_SPEEDUP, f"2 threads only {speedup:.2f}x one thread: {report}"


def test_threads_give_the_same_documents():
    batch = pages()
    cleaner = pageclean.Cleaner()
    want = [cleaner.clean(p).to_dict() for p in batch]
    results: list[list[dict]] = [[], [], []]

    def work(i):
        results[i] = [cleaner.clean(p).to_dict() for p in batch]

    ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert all(r == want for r in results)
