#!/usr/bin/env bash
# Issue 11: where an index build's memory goes. Builds the index of one
# corpus from nothing (a whole `korpus search` process) with korpus's memory
# and linking logs on, and prints, in order, each point where a stage handed
# its memory back (resident MB before and after, the peak so far) and each
# linking stage's time; then the process's wall, CPU and peak, with the load.
# The stage whose line first shows the final peak is the one that made it.
#
#   scripts/measure_build_memory.sh CORPUS.jsonl [GAZETTEER_CACHE_DIR]
#
# GAZETTEER_CACHE_DIR: a cache directory whose parsed gazetteer is copied in
# first (as a user's cache holds it), so the build does not parse it.
# KORPUS_BIN=path measures that build of korpus instead of building one.
# The log and the index go to a temporary directory, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: scripts/measure_build_memory.sh CORPUS.jsonl [GAZETTEER_CACHE_DIR]}
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }
korpus=${KORPUS_BIN:-target/release/korpus}
[ -n "${KORPUS_BIN:-}" ] || cargo build --release --quiet --bin korpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/cache" "$tmp/data"
[ -n "${2:-}" ] && { cp "$2"/gazetteer-*.bin "$tmp/cache/" 2>/dev/null || true; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== $(basename "$corpus"), $(du -m "$corpus" | cut -f1) MB (load $(load))"
KORPUS_LOG=korpus::memory=debug,korpus::entities::link=debug KORPUS_DATA_DIR="$tmp/data" \
  KORPUS_CACHE_DIR="$tmp/cache" /usr/bin/time -f '%e %M %U %S' \
  "$korpus" search warmup --limit 1 --corpus "$corpus" >/dev/null 2>"$tmp/notes"
# a memory release: where, resident before and after, peak so far; a linking stage: its name and time
sed -n -e 's/.*memory released at=\([^ ]*\) rss_mb=\([0-9]*\) trimmed_mb=\([0-9]*\) peak_mb=\([0-9]*\).*/\1 rss \2 -> \3 MB, peak \4 MB/p' \
  -e 's/.*linking stage stage="\([^"]*\)" ms=\([0-9]*\).*/    linking: \1, \2 ms/p' "$tmp/data/korpus.log"
tail -1 "$tmp/notes" |
  awk -v load="$(load)" '{ printf "whole build: %.2f s (cpu %.2f s), peak %.0f MB (load %s)\n", $1, $3 + $4, $2 / 1024, load }'
