#!/usr/bin/env bash
# Opening time and peak memory of korpus on generated corpora, first (no
# cache) and cached, against the corpus's size on disk (the product's rule:
# peak under 3x). Uses GNU time (apt-get install time).
#
#   scripts/measure_opening.sh [ARTICLES ...]      (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet --bin korpus --example gen_corpus
[ $# -gt 0 ] || set -- 10000 100000
printf '%-9s %-7s %9s %10s %8s\n' articles opening seconds "peak MB" "x disk"
for articles in "$@"; do
  corpus="$work/synth-$articles.jsonl"
  [ -f "$corpus" ] || target/release/examples/gen_corpus "$articles" "$corpus"
  disk=$(stat -c %s "$corpus")
  cache=$(mktemp -d)
  for opening in first cached cached; do
    # `search` needs the whole analysis, as the TUI does
    out=$(KORPUS_CACHE_DIR="$cache" /usr/bin/time -f '%e %M' target/release/korpus search lavrov --limit 1 --corpus "$corpus" 2>&1 >/dev/null | tail -1)
    read -r seconds kb <<<"$out"
    awk -v a="$articles" -v o="$opening" -v s="$seconds" -v kb="$kb" -v d="$disk" 'BEGIN { printf "%-9s %-7s %9.2f %10.0f %8.2f\n", a, o, s, kb * 1024 / 1e6, kb * 1024 / d }'
  done
  rm -rf "$cache"
done
