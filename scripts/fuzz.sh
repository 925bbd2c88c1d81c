#!/usr/bin/env bash
# Runs one fuzz target for a number of seconds with a seed corpus built from
# the fixtures: scripts/fuzz.sh TARGET [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
target=${1:?usage: scripts/fuzz.sh clean|detect|repair [SECONDS]}
secs=${2:-600}
mkdir -p "corpus/$target"
for f in ../tests/fixtures/*/input.*; do
  cp "$f" "corpus/$target/$(basename "$(dirname "$f")")-$(basename "$f")"
done
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "corpus/$target" -- -max_total_time="$secs" -max_len=262144
