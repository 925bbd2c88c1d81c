#!/usr/bin/env bash
# The Python package's checks: a virtual environment, the wheel built with
# maturin and installed in it, the command-line tool (for the cross-checks),
# and pytest over python/tests.
#
#   bash python/ci.sh             # package tests (bytes/str, fields, errors, GIL, WARC rows vs the CLI)
#   bash python/ci.sh --engines   # also PySpark, Ray Data and datatrove jobs (large installs)
#
# PAGECLEAN_ENGINES=1 is the same as --engines. PAGECLEAN_VENV names the
# environment (default target/pyvenv, reused between runs); PYTHON the
# interpreter that creates it (default python3, 3.10 or later).
set -euo pipefail
cd "$(dirname "$0")/.."

engines=${PAGECLEAN_ENGINES:-0}
for arg in "$@"; do
  case $arg in
    --engines) engines=1 ;;
    *) echo "usage: python/ci.sh [--engines]" >&2; exit 2 ;;
  esac
done
venv=${PAGECLEAN_VENV:-target/pyvenv}
python=${PYTHON:-python3}

step_start=$SECONDS
step() {
  local now=$SECONDS
  if [ -n "${step_name:-}" ]; then echo "-- ${step_name}: $((now - step_start)) s"; fi
  step_name=$1; step_start=$now
  echo "== python: $1"
}

step "venv and test tools"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
# shellcheck disable=SC1091
. "$venv/bin/activate"
pip install -q --disable-pip-version-check "maturin>=1.9.4,<2" "pytest>=7" "warcio>=1.7"

if [ "$engines" = 1 ]; then
  step "pyspark, ray, datatrove (large)"
  # pandas 3 is not yet supported by PySpark.
  pip install -q --disable-pip-version-check pyspark ray pyarrow "pandas<3" datatrove orjson
fi

step "wheel (maturin build --release)"
rm -f target/wheels/pageclean-*.whl
(cd python && maturin build --release --quiet -o ../target/wheels)
wheel=$(ls target/wheels/pageclean-*.whl)
pip install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"

step "command-line tool (cargo build --release -p pageclean-cli)"
if [ -d cli ]; then
  cargo build --release --quiet -p pageclean-cli
  export PAGECLEAN_CLI=$PWD/target/release/pageclean
  strict=1
else
  echo "no cli/ member: the cross-checks against the command-line tool are skipped"
  strict=0
fi

step "pytest"
# Run from the repository root so that python/pageclean (sources without the
# compiled module) does not shadow the installed wheel.
status=0
PAGECLEAN_STRICT=$strict PAGECLEAN_ENGINES=$engines PAGECLEAN_WHEEL=$PWD/$wheel \
  pytest -p no:cacheprovider -rs python/tests || status=$?
step "done"
exit $status
