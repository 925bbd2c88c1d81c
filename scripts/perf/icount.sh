#!/usr/bin/env bash
# Instruction count (valgrind callgrind) of one `clean --jsonl` run over the
# ScrapingHub benchmark pages: a repeatable figure on a noisy machine.
# Usage: scripts/perf/icount.sh [BINARY] [OUT_FILE]
# Prints the total; `callgrind_annotate OUT_FILE` shows where it goes.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$root/target/release/examples/clean}
out=${2:-/tmp/pageclean.callgrind}
pages=("$root"/../shared/eval/extract/scrapinghub-aeb/*.html)
valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" --jsonl "${pages[@]}" \
    2>&1 >/dev/null | sed -n 's/.*refs: *//p'
