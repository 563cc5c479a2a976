#!/usr/bin/env bash
# Issue 11's "TUI first screen <= 0.1 s and search ready at once on an indexed
# corpus, RSS after open" for long articles, in one rerunnable run: a corpus of
# ARTICLES generated long articles (gen_corpus; 1,000,000 is 1.79 GB) is
# indexed once if its index is not there yet (build time, CPU time, peak RSS,
# index size, with the load beside them), then through tmux:
#   - the first screen warm (scripts/first_screen.sh), then cold: the index's
#     and the corpus file's pages dropped from the page cache before each run
#     (posix_fadvise DONTNEED on those files only: nothing else is dropped);
#   - `/QUERY` typed on the first screen: first hits, search done, resident
#     memory after opening and after the search (scripts/measure_search_ready.sh).
# Each beside a shell printing the same marker (what tmux costs at this load).
# Needs tmux, python3 and GNU time.
#
#   [KORPUS_BIN=path] [KORPUS_BENCH_DIR=dir] scripts/measure_first_screen.sh [ARTICLES] [RUNS]
#
# (default 100000 articles, 9 runs; the index is kept in DIR/cache-long-ARTICLES,
# so a second run measures the same index without building it again)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
runs=${2:-9}
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }
korpus=$(realpath "${KORPUS_BIN:-target/release/korpus}")
[ -n "${KORPUS_BIN:-}" ] || cargo build --release --quiet --bin korpus
load() { cut -d' ' -f1-3 /proc/loadavg; }
mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1e6 }'; }

corpus=$(realpath -m "$work/synth-$articles.jsonl")
if [ ! -f "$corpus" ]; then
  gen=$(dirname "$korpus")/examples/gen_corpus
  [ -x "$gen" ] || { cargo build --release --quiet --example gen_corpus; gen=target/release/examples/gen_corpus; }
  "$gen" "$articles" "$corpus"
fi
export KORPUS_CACHE_DIR
KORPUS_CACHE_DIR=$(realpath -m "$work/cache-long-$articles")
mkdir -p "$KORPUS_CACHE_DIR"
disk=$(stat -c %s "$corpus")
echo "== $articles long articles: $(mb "$disk") MB, korpus $korpus"
if ! compgen -G "$KORPUS_CACHE_DIR/corpus-*.kix" >/dev/null; then
  echo "building the index (load $(load))"
  /usr/bin/time -f '%e %U %S %M' -o "$KORPUS_CACHE_DIR/build.time" \
    "$korpus" search warmup --limit 1 --corpus "$corpus" >/dev/null
  read -r seconds user sys kb < "$KORPUS_CACHE_DIR/build.time"
  index=$(du -bc "$KORPUS_CACHE_DIR"/corpus-*.kix | tail -1 | cut -f1)
  printf 'build: %.0f s (%.0f CPU-s), peak %s MB (%.2fx the file); index %s MB (%.2fx the file)  (load %s)\n' \
    "$seconds" "$(echo "$user + $sys" | bc -l)" "$(mb $((kb * 1024)))" "$(echo "$kb * 1024 / $disk" | bc -l)" \
    "$(mb "$index")" "$(echo "$index / $disk" | bc -l)" "$(load)"
else
  index=$(du -bc "$KORPUS_CACHE_DIR"/corpus-*.kix | tail -1 | cut -f1)
  echo "index there already: $(mb "$index") MB ($(echo "$index / $disk" | bc -l | cut -c1-4)x the file)"
fi
echo "-- first screen, warm (load $(load))"
KORPUS_BIN=$korpus bash scripts/first_screen.sh "$corpus" "$runs"
echo "-- first screen, cold: the index's and the corpus's pages dropped before each run"
COLD=1 COLD_FILES=$corpus KORPUS_BIN=$korpus bash scripts/first_screen.sh "$corpus" "$runs"
echo "-- search ready (warm)"
KORPUS_BIN=$korpus bash scripts/measure_search_ready.sh "$corpus" lavrov "$(( (runs + 1) / 2 ))"
