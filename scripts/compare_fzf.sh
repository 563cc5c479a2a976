#!/usr/bin/env bash
# Compare korpus search with `fzf --filter` on the same ~1M multilingual lines:
# the whole `korpus search` process on a cached corpus, and one in-process pass
# (what the TUI waits for on a keystroke), against fzf, with the same queries
# in the same run. Needs fzf (apt-get install fzf); hyperfine is used when present.
#
#   scripts/compare_fzf.sh [ARTICLES]      (default 100000 articles ≈ 1.1M lines)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
corpus="$work/synth-$articles.jsonl"
lines="$work/synth-$articles.lines"
export KORPUS_CACHE_DIR="$work/cache"

command -v fzf >/dev/null || { echo "fzf is not installed (apt-get install fzf)" >&2; exit 2; }
cargo build --release --quiet --bin korpus --example gen_corpus --example search_pass
[ -f "$corpus" ] || target/release/examples/gen_corpus "$articles" "$corpus"
# the very lines korpus searches: every non-blank line of every article
[ -f "$lines" ] || python3 scripts/corpus_lines.py "$corpus" "$lines"
echo "corpus: $articles articles, $(wc -l < "$lines") lines, $(du -h "$corpus" | cut -f1)"
target/release/korpus search warmup --corpus "$corpus" --limit 1 >/dev/null   # builds the cache once

queries=("lavrov" "лавров" "लावरोव" "lavrov pyong" "e" "lavorv")
median_ms() {  # median wall time of 3 runs of a shell command, in ms
  local times=()
  for _ in 1 2 3; do
    local start end
    start=$(date +%s%N); bash -c "$1" >/dev/null 2>&1; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
passes=$(target/release/examples/search_pass "$corpus" "${queries[@]}" 2>/dev/null | awk -F'\t' '$1=="Nucleo"{split($3,a," "); print $2 "\t" a[2]}')

printf '\n%-14s %10s %12s %12s %10s %12s\n' query "fzf ms" "korpus ms" "ratio" "pass ms" "ratio"
for q in "${queries[@]}"; do
  quoted=$(printf '%q' "$q")
  fzf_ms=$(median_ms "fzf --filter $quoted < '$lines'")
  korpus_ms=$(median_ms "target/release/korpus search $quoted --corpus '$corpus' --limit 50")
  pass_ms=$(printf '%s\n' "$passes" | awk -F'\t' -v q="$q" '$1==q{print $2}')
  printf '%-14s %10s %12s %12.3f %10s %12.3f\n' "$q" "$fzf_ms" "$korpus_ms" "$(echo "$korpus_ms / $fzf_ms" | bc -l)" "$pass_ms" "$(echo "$pass_ms / $fzf_ms" | bc -l)"
done
echo
echo "targets: whole korpus process <= 0.5 of fzf; one in-process pass <= 0.1 of fzf"
