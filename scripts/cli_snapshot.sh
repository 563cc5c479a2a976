#!/usr/bin/env bash
# Writes every CLI output (text and --json) for the seeds and the test sets into
# one directory, so two builds can be compared byte for byte:
#   scripts/cli_snapshot.sh OUT_DIR [KORPUS_BINARY]
#   diff -r before/ after/
set -euo pipefail
out=${1:?usage: cli_snapshot.sh OUT_DIR [KORPUS_BINARY]}
bin=${2:-target/release/korpus}
cd "$(dirname "$0")/.."
mkdir -p "$out"
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export KORPUS_CACHE_DIR=$cache NO_COLOR=1

corpora=(seeds)
# every directory of tests/data that holds articles itself (not only gold files) is a corpus
while IFS= read -r dir; do
  if compgen -G "$dir/*.txt" >/dev/null || compgen -G "$dir/*.jsonl" >/dev/null; then corpora+=("$dir"); fi
done < <(find tests/data -mindepth 1 -type d | sort)
queries=(лавров korea 'пхеньян' "'moscow" 'putin !kim' xyzzyqq)

for corpus in "${corpora[@]}"; do
  name=${corpus//\//_}
  run() { # file-name args...
    local file=$1; shift
    "$bin" --corpus "$corpus" "$@" >"$out/$name.$file" 2>"$out/$name.$file.err" || echo "exit $?" >>"$out/$name.$file.err"
  }
  for mode in text json; do
    flag=(); [ "$mode" = json ] && flag=(--json)
    run "list.$mode" list "${flag[@]}"
    count=$("$bin" --corpus "$corpus" list --json | grep -c '"file"' || true)
    for ((i = 1; i <= count; i++)); do run "show-$i.$mode" show "$i" "${flag[@]}"; done
    for q in "${queries[@]}"; do
      run "search-$(printf %s "$q" | od -An -tx1 | tr -d ' \n').$mode" search "$q" --limit 50 "${flag[@]}"
    done
    run "search-scope-title.$mode" search korea --scope title "${flag[@]}"
    run "entities.$mode" entities "${flag[@]}"
    run "entities-1.$mode" entities 1 "${flag[@]}"
    run "entities-index.$mode" entities --index "${flag[@]}"
    run "related.$mode" related "${flag[@]}"
    run "related-1.$mode" related 1 --limit 3 "${flag[@]}"
  done
done
echo "cli_snapshot: ${#corpora[@]} corpora, $(ls "$out" | grep -vc '\.err$') outputs in $out"
