#!/usr/bin/env bash
# Issue 11's append figure on real multilingual news: every article of
# tests/data (19 languages, several scripts) as one folder corpus, indexed
# without its last 1 % of files, which are then added (their names sort
# last, so the folder grew at its end) and the index appended to; the grown
# folder is then indexed from nothing. Both times are whole `korpus search`
# processes; the answers of the two indexes are compared. REPEAT=N runs (3).
#
#   scripts/measure_append_real.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet --bin korpus
korpus=$PWD/target/release/korpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/all"
find tests/data -name '*.txt' | sort | while read -r f; do cp "$f" "$tmp/all/$(echo "${f#tests/data/}" | tr / _)"; done
total=$(find "$tmp/all" -type f | wc -l)
added=$(( (total + 99) / 100 ))
load() { cut -d' ' -f1-3 /proc/loadavg; }
timed() { /usr/bin/time -f '%e' "$@" 2>"$tmp/notes" >/dev/null; tail -1 "$tmp/notes"; }
echo "== $((total - added)) articles of tests/data + $added appended (load $(load))"
for run in $(seq "${REPEAT:-3}"); do
  rm -rf "$tmp/c" "$tmp/appended" "$tmp/full" && mkdir "$tmp/c"
  find "$tmp/all" -type f | sort | head -n $((total - added)) | xargs cp -t "$tmp/c"
  KORPUS_CACHE_DIR=$tmp/appended timed "$korpus" search warmup --limit 1 --corpus "$tmp/c" >/dev/null
  find "$tmp/all" -type f | sort | tail -n "$added" | xargs cp -t "$tmp/c"
  append=$(KORPUS_CACHE_DIR=$tmp/appended timed "$korpus" search warmup --limit 1 --corpus "$tmp/c")
  grew=$(grep -o 'grew: .*' "$tmp/notes" || echo "NOT APPENDED")
  full=$(KORPUS_CACHE_DIR=$tmp/full timed "$korpus" search warmup --limit 1 --corpus "$tmp/c")
  same=yes
  for args in "list --json" "entities --index --json" "search putin --json --limit 200" "related 3 --json" "related 100 --json"; do
    # shellcheck disable=SC2086
    cmp -s <(KORPUS_CACHE_DIR=$tmp/appended "$korpus" $args --corpus "$tmp/c" 2>/dev/null) \
           <(KORPUS_CACHE_DIR=$tmp/full "$korpus" $args --corpus "$tmp/c" 2>/dev/null) || { same=no; echo "differs: korpus $args"; }
  done
  echo "$append" >>"$tmp/append-times"; echo "$full" >>"$tmp/full-times"
  echo "append $append s, full build $full s, same answers: $same; $grew (load $(load))"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
a=$(median "$tmp/append-times") f=$(median "$tmp/full-times")
echo "median: append $a s, full build $f s, ratio $(awk -v a="$a" -v f="$f" 'BEGIN { printf "%.2f", a / f }')"
