#!/usr/bin/env bash
# Compares the `clean --jsonl` output of two builds over every evaluation page
# (../shared/eval/extract/*) and the bundled fixtures (HTML and text).
# Usage: scripts/perf/same_output.sh OLD_BINARY NEW_BINARY
# Exit status 0 when every set is byte-identical.
set -u
old=$1 new=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
check() {
    local name=$1; shift
    [ $# -gt 0 ] || return 0
    "$old" --jsonl "$@" > "$tmp/old" 2>/dev/null
    "$new" --jsonl "$@" > "$tmp/new" 2>/dev/null
    if cmp -s "$tmp/old" "$tmp/new"; then
        echo "same      $name ($# files)"
    else
        echo "DIFFERENT $name ($# files)"
        status=1
    fi
}
for d in "$root"/../shared/eval/extract/*/; do
    [ -d "$d" ] || continue
    check "$(basename "$d")" "$d"*.html
done
check fixtures-html "$root"/tests/fixtures/*/input.html
check fixtures-text "$root"/tests/fixtures/*/input.txt
exit $status
