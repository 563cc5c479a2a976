#!/usr/bin/env bash
# Issue 11's append figure: a JSON Lines corpus of N generated articles is
# indexed, grows by 1 % at its end, and is opened again (an append); the
# grown corpus is then indexed from nothing (a full build). Both times are
# whole `korpus search` processes (load, analysis, index written); the
# answers of the appended index and the full build are compared.
#
#   scripts/measure_append.sh [ARTICLES] [--long]    (default 100000 one-line articles)
#
# REPEAT=N times the append and the full build N times each (the append to
# a copy of the first build's index each time) and prints their medians.
# KORPUS_BIN=path measures that build of korpus instead of building one (to
# compare two builds at the same load). WITHOUT_LANG=1 leaves out the
# records' "lang" fields, so every language is detected. The full build is
# given the parsed gazetteer the first build kept in its cache directory, as
# the append has it; COLD_GAZETTEER=1 makes it parse the gazetteer instead.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
shape=--one-line
[ "${2:-}" = --long ] && shape=
added=$((articles / 100))
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }
korpus=${KORPUS_BIN:-target/release/korpus}
[ -n "${KORPUS_BIN:-}" ] || cargo build --release --quiet --bin korpus
load() { cut -d' ' -f1-3 /proc/loadavg; }
grown="$work/append-$articles${shape:+-one-line}-grown.jsonl"
[ -f "$grown" ] || cargo build --release --quiet --example gen_corpus
[ -f "$grown" ] || target/release/examples/gen_corpus $shape $((articles + added)) "$grown"
if [ -n "${WITHOUT_LANG:-}" ]; then
  [ -f "${grown%.jsonl}-without-lang.jsonl" ] || sed 's/"lang":"[^"]*",//' "$grown" > "${grown%.jsonl}-without-lang.jsonl"
  grown="${grown%.jsonl}-without-lang.jsonl"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus="$tmp/corpus.jsonl"
head -n "$articles" "$grown" > "$corpus"
timed() {  # seconds, CPU seconds (all threads) and peak MB of one korpus run, its notes to $tmp/notes
  /usr/bin/time -f '%e %M %U %S' "$@" 2>"$tmp/notes" >/dev/null
  tail -1 "$tmp/notes" | awk '{ printf "%.2f s (cpu %.2f s), peak %.0f MB", $1, $3 + $4, $2 / 1024 }'
}
cpu() { tail -1 "$tmp/notes" | awk '{ printf "%.2f\n", $3 + $4 }'; }
echo "== $articles articles${shape:+ (one line each)}${WITHOUT_LANG:+, no language given,} + $added appended (load $(load))"
echo "first build:  $(KORPUS_CACHE_DIR=$tmp/appended timed $korpus search warmup --limit 1 --corpus "$corpus")"
tail -n "$added" "$grown" >> "$corpus"
cp -r "$tmp/appended" "$tmp/before"
repeat=${REPEAT:-1}
for run in $(seq "$repeat"); do
  rm -rf "$tmp/appended" "$tmp/full" && cp -r "$tmp/before" "$tmp/appended"
  # the full build finds the parsed gazetteer korpus keeps in its cache directory, as the append
  # does (a user's cache holds it after korpus's first run); COLD_GAZETTEER=1 leaves it out
  mkdir -p "$tmp/full"
  [ -n "${COLD_GAZETTEER:-}" ] || cp "$tmp"/before/gazetteer-*.bin "$tmp/full/" 2>/dev/null || true
  echo "append:       $(KORPUS_CACHE_DIR=$tmp/appended timed $korpus search warmup --limit 1 --corpus "$corpus")  (load $(load))"
  cut -d' ' -f1 <<<"$(tail -1 "$tmp/notes")" >>"$tmp/append-times"
  cpu >>"$tmp/append-cpu"
  grep -o 'grew: .*' "$tmp/notes" || { echo "not appended:"; cat "$tmp/notes"; exit 1; }
  echo "full build:   $(KORPUS_CACHE_DIR=$tmp/full timed $korpus search warmup --limit 1 --corpus "$corpus")  (load $(load))"
  cut -d' ' -f1 <<<"$(tail -1 "$tmp/notes")" >>"$tmp/full-times"
  cpu >>"$tmp/full-cpu"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
if [ "$repeat" -gt 1 ]; then
  a=$(median "$tmp/append-times") f=$(median "$tmp/full-times")
  echo "median of $repeat: append $a s, full build $f s, ratio $(awk -v a="$a" -v f="$f" 'BEGIN { printf "%.2f", a / f }')"
  a=$(median "$tmp/append-cpu") f=$(median "$tmp/full-cpu")
  echo "median CPU of $repeat: append $a s, full build $f s, ratio $(awk -v a="$a" -v f="$f" 'BEGIN { printf "%.2f", a / f }')"
fi
same=yes
for args in "list --json" "entities --index --json" "search lavrov --json --limit 200" "search pyongyang --json --limit 200" \
  "related synth-0000007 --json" "related synth-$(printf %07d $((articles + 3))) --json"; do
  # shellcheck disable=SC2086
  if ! cmp -s <(KORPUS_CACHE_DIR=$tmp/appended $korpus $args --corpus "$corpus" 2>/dev/null) \
              <(KORPUS_CACHE_DIR=$tmp/full $korpus $args --corpus "$corpus" 2>/dev/null); then
    echo "differs: korpus $args"; same=no
  fi
done
echo "same answers (list, entities, searches, related): $same"
cmp -s <(tail -c +1 "$tmp"/appended/*.kix) "$tmp"/full/*.kix && echo "index files: byte-identical" || echo "index files: differ (the kept recognition's segments follow the appends)"
