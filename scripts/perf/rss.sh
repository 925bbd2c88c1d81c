#!/usr/bin/env bash
# Peak resident memory per page: one `clean --jsonl PAGE` process per page,
# its maximum RSS (GNU time %M, least of three runs) less that of the same
# binary on a tiny page (the binary, its tables and the allocator's start),
# divided by the page size.
# Usage: scripts/perf/rss.sh [DIR_OR_FILES...]   (default: the ScrapingHub pages)
# Prints the pages with the largest ratios and the largest absolute peak.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$root/target/release/examples/clean
if [ $# -eq 0 ]; then set -- "$root"/../shared/eval/extract/scrapinghub-aeb/*.html; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '<html><head><title>t</title></head><body><p>Hello world, this is a short page.</p></body></html>' > "$tmp/tiny.html"
rss() { /usr/bin/time -f %M "$bin" --jsonl "$1" 2>&1 >/dev/null | tail -1; }
base=$(for _ in 1 2 3; do rss "$tmp/tiny.html"; done | sort -n | head -1)
echo "# baseline RSS (tiny page): ${base} KB"
for f in "$@"; do
    # The least of three runs, as for the baseline: RSS varies by a few
    # hundred KB from run to run, which small pages would read as their own.
    kb=$(for _ in 1 2 3; do rss "$f"; done | sort -n | head -1)
    size=$(stat -c %s "$f")
    awk -v kb="$kb" -v base="$base" -v size="$size" -v f="$(basename "$f")" \
        'BEGIN { extra = (kb - base) * 1024; printf "%.2f %d %d %d %s\n", extra / size, size, kb, extra / 1024, f }'
done | sort -rn > "$tmp/all"
echo "# ratio = (peak RSS - baseline) / page size; $(wc -l < "$tmp/all") pages"
echo "ratio  page_KB  peak_RSS_KB  extra_KB  page"
head -5 "$tmp/all" | awk '{ printf "%5.2f  %7d  %11d  %8d  %s\n", $1, $2 / 1024, $3, $4, $5 }'
echo "# largest absolute peak:"
sort -k3 -n "$tmp/all" | tail -1 | awk '{ printf "%5.2f  %7d  %11d  %8d  %s\n", $1, $2 / 1024, $3, $4, $5 }'
echo "# largest page:"
sort -k2 -n "$tmp/all" | tail -1 | awk '{ printf "%5.2f  %7d  %11d  %8d  %s\n", $1, $2 / 1024, $3, $4, $5 }'
