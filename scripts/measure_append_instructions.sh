#!/usr/bin/env bash
# Issue 11's append figure by instructions (callgrind), which the machine's
# load does not disturb as it does seconds: a JSON Lines corpus of N generated
# one-line articles is indexed, grows by 1 % at its end, and is opened again
# (an append, under callgrind); the grown corpus is then indexed from nothing
# (a full build, under callgrind, given the parsed gazetteer the first build
# kept, as the append has it). Prints both totals and their ratio (the bar is
# 0.2x), then whether the two indexes answer alike (the commands of
# scripts/measure_append.sh, compared byte for byte). Both runs are whole
# `korpus search` processes; callgrind runs a program's threads one at a time,
# so at 100,000 articles the full build takes some minutes of one core.
#
#   [KORPUS_BIN=path] [TOP=N] scripts/measure_append_instructions.sh [ARTICLES]
#
# TOP=N also lists the N functions of the append with the most instructions
# (inclusive). KEEP=DIR keeps the callgrind files there (append.cg, full.cg).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
added=$((articles / 100))
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
korpus=${KORPUS_BIN:-target/release/korpus}
[ -n "${KORPUS_BIN:-}" ] || cargo build --release --quiet --bin korpus
korpus=$(realpath "$korpus")
load() { cut -d' ' -f1-3 /proc/loadavg; }
grown="$work/append-$articles-one-line-grown.jsonl"
# (an examples build brings in the dev-dependencies, which builds the library again: only when needed)
[ -f "$grown" ] || [ -x target/release/examples/gen_corpus ] || cargo build --release --quiet --example gen_corpus
[ -f "$grown" ] || target/release/examples/gen_corpus --one-line $((articles + added)) "$grown"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus="$tmp/corpus.jsonl"
head -n "$articles" "$grown" > "$corpus"
echo "== $articles one-line articles + $added appended, korpus $korpus (load $(load))"
KORPUS_CACHE_DIR=$tmp/appended "$korpus" search warmup --limit 1 --corpus "$corpus" >/dev/null
tail -n "$added" "$grown" >> "$corpus"
# the full build finds the parsed gazetteer the first build kept, as the append does
mkdir -p "$tmp/full"
cp "$tmp"/appended/gazetteer-*.bin "$tmp/full/" 2>/dev/null || true
instructions() {  # cache dir, callgrind file → the instructions counted
  KORPUS_CACHE_DIR=$1 valgrind --tool=callgrind --callgrind-out-file="$2" \
    "$korpus" search warmup --limit 1 --corpus "$corpus" >/dev/null 2>"$2.log"
  sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$2.log" | tail -1
}
append=$(instructions "$tmp/appended" "$tmp/append.cg")
grep -o 'grew: .*' "$tmp/append.cg.log" || { echo "not appended:"; cat "$tmp/append.cg.log"; exit 1; }
echo "append:     $(awk -v n="$append" 'BEGIN { printf "%.1f M", n / 1e6 }') instructions  (load $(load))"
full=$(instructions "$tmp/full" "$tmp/full.cg")
echo "full build: $(awk -v n="$full" 'BEGIN { printf "%.1f M", n / 1e6 }') instructions  (load $(load))"
awk -v a="$append" -v f="$full" 'BEGIN { printf "append / full build: %.4fx (bar 0.2x)\n", a / f }'
same=yes
for args in "list --json" "entities --index --json" "search lavrov --json --limit 200" "search pyongyang --json --limit 200" \
  "related synth-0000007 --json" "related synth-$(printf %07d $((articles + 3))) --json"; do
  # shellcheck disable=SC2086
  if ! cmp -s <(KORPUS_CACHE_DIR=$tmp/appended "$korpus" $args --corpus "$corpus" 2>/dev/null) \
              <(KORPUS_CACHE_DIR=$tmp/full "$korpus" $args --corpus "$corpus" 2>/dev/null); then
    echo "differs: korpus $args"; same=no
  fi
done
echo "same answers (list, entities, searches, related): $same"
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP" && cp "$tmp/append.cg" "$tmp/full.cg" "$KEEP/"
fi
if [ -n "${TOP:-}" ]; then
  # (below the frames every run passes through: main, the command, the opening)
  callgrind_annotate --inclusive=yes "$tmp/append.cg" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | grep 'korpus::' |
    grep -vE 'korpus::main|korpus::cli::|open::open_store|open::build \[' | head -n "$TOP" | sed -E 's/ \[[^]]*\]$//; s/\?\?\?://' || true  # (head closes the pipe early)
fi
