"""Shared paths and helpers for the Python package's tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO = PYTHON_DIR.parent
FIXTURES = REPO / "tests" / "fixtures"
EXAMPLES = PYTHON_DIR / "examples"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_warc  # noqa: E402


def fixture_dirs() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.is_dir())


def fixture_input(d: Path) -> Path:
    html = d / "input.html"
    return html if html.exists() else d / "input.txt"


def strict() -> bool:
    """PAGECLEAN_STRICT=1 (set by python/ci.sh): what a test needs must be there."""
    return os.environ.get("PAGECLEAN_STRICT") == "1"


def need(condition: bool, reason: str) -> None:
    """Skips when `condition` is false, or fails under PAGECLEAN_STRICT=1."""
    if not condition:
        if strict():
            pytest.fail(reason + " (PAGECLEAN_STRICT=1)")
        pytest.skip(reason)


@pytest.fixture(scope="session")
def warc_file(tmp_path_factory) -> Path:
    """A small WARC built from the fixtures (python/tests/make_warc.py)."""
    out = tmp_path_factory.mktemp("warc") / "fixtures.warc.gz"
    make_warc.write(out, FIXTURES)
    return out


@pytest.fixture(scope="session")
def cli_binary() -> Path:
    """The `pageclean` command-line tool: $PAGECLEAN_CLI, else target/release/pageclean."""
    env = os.environ.get("PAGECLEAN_CLI")
    path = Path(env) if env else REPO / "target" / "release" / "pageclean"
    need(path.exists(), f"no command-line tool at {path}: cargo build --release -p pageclean-cli")
    return path


@pytest.fixture(scope="session")
def cli_rows(cli_binary, warc_file, tmp_path_factory) -> list[dict]:
    """The command-line tool's rows for the test WARC (with removed blocks)."""
    out = tmp_path_factory.mktemp("cli") / "rows.jsonl"
    subprocess.run(
        [str(cli_binary), "batch", "-q", "--removed", str(warc_file), "-o", str(out)],
        check=True,
    )
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def assert_rows_match(expected: list[dict], got: list[dict], engine: str) -> None:
    """Row by row, by id: every field equal; same set of ids."""
    want = {r["id"]: r for r in expected}
    have = {r["id"]: r for r in got}
    assert len(have) == len(got), f"{engine}: duplicate ids"
    missing = sorted(set(want) - set(have))
    extra = sorted(set(have) - set(want))
    assert not missing and not extra, f"{engine}: missing {missing[:5]}, extra {extra[:5]}"
    for rid, row in want.items():
        other = have[rid]
        for field in row:
            assert other.get(field) == row[field], f"{engine}: {rid}: field {field!r} differs"
        assert set(other) == set(row), f"{engine}: {rid}: fields {sorted(other)} != {sorted(row)}"


def which_java() -> bool:
    return shutil.which("java") is not None
