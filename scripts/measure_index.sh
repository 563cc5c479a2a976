#!/usr/bin/env bash
# Issue 11's figures for the mapped index, side by side in one run, with the
# machine's load beside them (other builds skew every time here):
#   - one-line corpus (default 1,000,000 articles): the index build (time,
#     peak RSS), the index's size against the corpus file, and the whole
#     `korpus search` process on the indexed corpus against `fzf --filter` on
#     the same lines (median of 3, and korpus's peak RSS);
#   - long-article corpus (default 100,000): build, then an indexed opening
#     with examples/open_timing (open, first rows, first text, a search).
# Needs fzf and GNU time (apt-get install fzf time).
#
#   scripts/measure_index.sh [ONE_LINE_ARTICLES] [LONG_ARTICLES]
#
# KORPUS_BIN=path measures that build of korpus (its examples are taken from
# the examples folder beside it) instead of building one; LONG_ARTICLES 0
# leaves out the long-article part.
set -euo pipefail
cd "$(dirname "$0")/.."
one_line=${1:-1000000}
long=${2:-100000}
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
command -v fzf >/dev/null || { echo "fzf is not installed (apt-get install fzf)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }
korpus=${KORPUS_BIN:-target/release/korpus}
examples=$(dirname "$korpus")/examples
[ -n "${KORPUS_BIN:-}" ] || cargo build --release --quiet --bin korpus --example gen_corpus --example open_timing --example index_sections
load() { cut -d' ' -f1-3 /proc/loadavg; }
mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1e6 }'; }

corpus="$work/oneline-$one_line.jsonl"
lines="$work/oneline-$one_line.lines"
[ -f "$corpus" ] || $examples/gen_corpus --one-line "$one_line" "$corpus"
# the very lines korpus searches: each article's one line of text
[ -f "$lines" ] || python3 scripts/corpus_lines.py "$corpus" "$lines"
disk=$(stat -c %s "$corpus")
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export KORPUS_CACHE_DIR="$cache"
echo "== $one_line one-line articles: $(mb "$disk") MB, $(wc -l < "$lines") lines (load $(load))"
read -r seconds kb < <(/usr/bin/time -f '%e %M' $korpus search warmup --limit 1 --corpus "$corpus" 2>&1 >/dev/null | tail -1)
index=$(du -b "$cache"/corpus-*.kix | cut -f1)
printf 'build: %.1f s, peak %s MB (%.2fx the file); index %s MB (%.2fx the file)  (load %s)\n' \
  "$seconds" "$(mb $((kb * 1024)))" "$(echo "$kb * 1024 / $disk" | bc -l)" "$(mb "$index")" "$(echo "$index / $disk" | bc -l)" "$(load)"
$examples/index_sections "$cache"/corpus-*.kix

median3() {  # median of 3 "seconds peak_kb" lines of GNU time, by seconds
  sort -n | sed -n 2p
}
printf '%-14s %9s %10s %8s %12s %8s\n' query "fzf s" "korpus s" ratio "korpus MB" "x file"
for q in lavrov "лавров" "लावरोव" "lavrov pyong" e lavorv; do
  quoted=$(printf '%q' "$q")
  fzf_s=$(for _ in 1 2 3; do /usr/bin/time -f '%e %M' bash -c "fzf --filter $quoted < '$lines' >/dev/null" 2>&1 | tail -1; done | median3 | cut -d' ' -f1)
  read -r k_s k_kb < <(for _ in 1 2 3; do /usr/bin/time -f '%e %M' $korpus search "$q" --limit 50 --corpus "$corpus" 2>&1 >/dev/null | tail -1; done | median3)
  printf '%-14s %9s %10s %8.3f %12s %8.2f\n' "$q" "$fzf_s" "$k_s" "$(echo "$k_s / $fzf_s" | bc -l)" "$(mb $((k_kb * 1024)))" "$(echo "$k_kb * 1024 / $disk" | bc -l)"
done
echo "(load $(load); targets: korpus <= 0.3x fzf, peak <= 1.0x the file, index <= 1.5x the file)"

[ "$long" -gt 0 ] || exit 0
corpus="$work/synth-$long.jsonl"
[ -f "$corpus" ] || $examples/gen_corpus "$long" "$corpus"
disk=$(stat -c %s "$corpus")
echo
echo "== $long long articles: $(mb "$disk") MB (load $(load))"
rm -f "$cache"/corpus-*.kix   # the one-line corpus's index: only this corpus's is measured below
read -r seconds kb < <(/usr/bin/time -f '%e %M' $korpus search warmup --limit 1 --corpus "$corpus" 2>&1 >/dev/null | tail -1)
index=$(du -b "$cache"/corpus-*.kix | cut -f1)
printf 'build: %.1f s, peak %s MB; index %s MB (%.2fx the file)\n' "$seconds" "$(mb $((kb * 1024)))" "$(mb "$index")" "$(echo "$index / $disk" | bc -l)"
$examples/open_timing "$corpus"
echo "(load $(load))"
