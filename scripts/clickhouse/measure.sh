#!/usr/bin/env bash
# Figures for korpus on a two-shard ClickHouse cluster, on a generated corpus:
# ingest throughput with one process and with two slices at once, the
# per-shard scan rate of the search prefilter, and search per keystroke
# against the embedded index (examples/clickhouse_search.rs).
#
#   scripts/clickhouse/measure.sh ARTICLES [BASE_PORT]
#
# STEPS="embedded one search scan two" (the default) picks the parts to run,
# in that order: "embedded" builds the embedded index in the background while
# the next steps run (its time and peak memory are printed when it ends, and
# "search" waits for it); "search" needs "one" (or "two" before it). Before
# "two", the database of "one" and the embedded index are dropped (disk)
# unless KEEP=yes.
# QUERIES="lavrov korea|lavrov" replaces the five typed queries ('|' between
# queries; one keystroke costs seconds on a million articles). EMBEDDED=no
# types on the cluster alone. Without "one", scan and search use the two
# slices' database. The load is sampled every minute into the output too.
#
# The whole 1M side by side, one command (about two hours on 2 busy cores):
#   QUERIES="lavrov korea|lavrov" scripts/clickhouse/measure.sh 1000000 > measure-1M.log 2>&1
#
# Builds with --release, writes the corpus to target/measure/ARTICLES.jsonl
# (kept for later runs), starts its own cluster in a temp folder and stops it
# at the end. Prints the machine's load before and after: other work on the
# machine changes every figure.
set -euo pipefail
cd "$(dirname "$0")/../.."

articles=${1:?usage: measure.sh ARTICLES [BASE_PORT]}
base=${2:-19300}
corpus=target/measure/$articles.jsonl
dir=$(mktemp -d /tmp/korpus-ch-measure-XXXXXX)
sampler=
embedded_pid=
stop_all() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null
  [ -n "$embedded_pid" ] && kill "$embedded_pid" 2>/dev/null
  scripts/clickhouse/cluster.sh stop "$dir"
  rm -rf "$dir"
}
trap stop_all EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load before: $(load) ($(date +%T))"
(while sleep 60; do echo "  [load $(date +%T): $(load)]"; done) &
sampler=$!
cargo build --release -q --bin korpus --example gen_corpus --example clickhouse_search
mkdir -p target/measure
[ -f "$corpus" ] || target/release/examples/gen_corpus "$articles" "$corpus"
url=$(scripts/clickhouse/cluster.sh start "$dir" 2 "$base")
# a keystroke's ranked round can pass the default 30 s on a million articles
one=${url/\/korpus\?/\/one?}\&timeout=${TIMEOUT:-120}
two=${url/\/korpus\?/\/two?}\&timeout=${TIMEOUT:-120}
export KORPUS_CACHE_DIR="$dir/cache"

steps=${STEPS:-embedded one search scan two}
step() { [[ " $steps " == *" $1 "* ]]; }
disk() { echo "disk: cluster $(du -sh "$dir" --exclude=cache | cut -f1), embedded index $(du -sh "$dir/cache" 2>/dev/null | cut -f1)"; }

# the database scanned and searched: the one-process ingest's if there is one
db=one
step one || db=two
url_of_db=$one
[ "$db" = two ] && url_of_db=$two

run_embedded() {
echo "== embedded index: building it in the background (a korpus search on the corpus)"
(
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$dir/embedded.rss" target/release/korpus search --corpus "$corpus" --json lavrov >/dev/null
  end=$(date +%s.%N)
  echo "== embedded index built: $(echo "$end - $start" | bc) s, peak $(($(cat "$dir/embedded.rss") / 1024)) MB resident; load $(load) ($(date +%T))"
) &
embedded_pid=$!
}

run_one() {
echo "== one process: the whole corpus, then the merge"
start=$(date +%s.%N)
target/release/korpus index --corpus "$corpus" --to "$one" 2>&1 | grep -v '^\s*$'
end=$(date +%s.%N)
echo "one process, end to end: $(echo "$end - $start" | bc) s, $(echo "$articles / ($end - $start)" | bc) articles/s"
echo "load: $(load) ($(date +%T))"; disk
}

run_two() {
if [ "$db" = one ] && [ "${KEEP:-no}" = no ]; then
  # disk: the one-process database and the embedded index were measured
  echo "== dropping database one and the embedded index (KEEP=yes keeps them)"
  for port in $base $((base + 2)); do curl -sS --data-binary "DROP DATABASE IF EXISTS one" "http://127.0.0.1:$port/"; done
  rm -rf "$dir/cache"
fi
echo "== two processes: slices 1/2 and 2/2 at once, then the merge"
start=$(date +%s.%N)
target/release/korpus index --corpus "$corpus" --to "$two" --slice 1/2 2>&1 &
first=$!
target/release/korpus index --corpus "$corpus" --to "$two" --slice 2/2 2>&1
wait $first
sliced=$(date +%s.%N)
target/release/korpus index --to "$two" --merge 2>&1
end=$(date +%s.%N)
echo "two slices: $(echo "$sliced - $start" | bc) s; with the merge: $(echo "$end - $start" | bc) s, $(echo "$articles / ($end - $start)" | bc) articles/s"
echo "load: $(load) ($(date +%T))"; disk
}

run_scan() {
echo "== per-shard scan rate of the prefilter (shard 1's local table, 3 runs each)"
port=$base
query() { curl -sS --data-binary "$1" "http://127.0.0.1:$port/"; }
rows=$(query "SELECT count() FROM $db.lines_local")
bytes=$(query "SELECT sum(data_uncompressed_bytes) FROM system.columns WHERE database = '$db' AND table = 'lines_local' AND name = 'key'")
echo "shard 1: $rows key rows, $bytes bytes of keys"
for condition in "like(lower(key), '%l%a%v%r%o%v%')" "positionCaseInsensitive(key, 'lavrov') > 0" "like(lower(key), '%e%')"; do
  for _ in 1 2 3; do
    # the server's own time (FORMAT JSON's statistics), without the HTTP round trip
    query "SELECT count() AS n FROM $db.lines_local WHERE $condition SETTINGS max_threads = 1 FORMAT JSON" |
      COND="$condition" python3 -c "import json, os, sys; d = json.load(sys.stdin); s = d['statistics']; print(os.environ['COND'] + ':', d['data'][0]['n'], 'match,', round(s['elapsed'] * 1000, 1), 'ms,', round(s['rows_read'] / s['elapsed'] / 1e6, 2), 'M rows/s,', round(s['bytes_read'] / s['elapsed'] / 1e6), 'MB/s on one thread')"
  done
done

echo "== per-shard cost of a keystroke's first round: the prefilter, the score bound, the best 150 by it (3 runs each)"
for q in lavrov korea kore; do
  like=$(echo "$q" | sed 's/./%&/g')
  bound=$(target/release/examples/clickhouse_search --bound-sql "$q")
  for _ in 1 2 3; do
    query "SELECT article, unit, kind, start, end, key, $bound AS bound FROM $db.lines_local WHERE like(lower(key), '$like%') ORDER BY bound DESC, article ASC, unit ASC LIMIT 150 SETTINGS max_threads = 1 FORMAT JSON" |
      Q="$q" python3 -c "import json, os, sys; d = json.load(sys.stdin); s = d['statistics']; print(os.environ['Q'] + ': best', d['rows'], 'of', d.get('rows_before_limit_at_least'), 'matching,', round(s['elapsed'] * 1000, 1), 'ms,', round(s['rows_read'] / s['elapsed'] / 1e6, 2), 'M keys/s on one thread')"
  done
done

echo "== per-shard cost of a keystroke's word tier: the lines where the needle begins a word, the best 150 (3 runs each)"
for q in l lavrov korea kore; do
  above=$(python3 -c "import sys; q = sys.argv[1]; print(q[:-1] + chr(ord(q[-1]) + 1))" "$q")
  for _ in 1 2 3; do
    query "SELECT article, unit, any(kind) AS line_kind FROM $db.words_local WHERE word >= '$q' AND word < '$above' GROUP BY article, unit ORDER BY line_kind = 0 DESC, article ASC, unit ASC LIMIT 150 SETTINGS max_threads = 1 FORMAT JSON" |
      Q="$q" python3 -c "import json, os, sys; d = json.load(sys.stdin); s = d['statistics']; print(os.environ['Q'] + ': best', d['rows'], 'of', d.get('rows_before_limit_at_least'), 'lines,', round(s['elapsed'] * 1000, 1), 'ms,', s['rows_read'], 'word rows read on one thread')"
  done
done
echo "load: $(load) ($(date +%T))"
}

run_search() {
if [ -n "$embedded_pid" ]; then
  echo "== waiting for the embedded index ($(date +%T))"
  wait "$embedded_pid"
  embedded_pid=
fi
echo "== search per keystroke: embedded index and cluster (load $(load), $(date +%T))"
queries=()
[ -n "${QUERIES:-}" ] && IFS='|' read -ra queries <<<"$QUERIES"
embedded_corpus=$corpus
[ "${EMBEDDED:-yes}" = no ] && embedded_corpus=-
target/release/examples/clickhouse_search "$embedded_corpus" "$url_of_db" "${queries[@]}"
echo "load: $(load) ($(date +%T))"
}

for name in $steps; do
  case $name in
    embedded | one | two | scan | search) "run_$name" ;;
    *) echo "measure.sh: unknown step $name (embedded one search scan two)" >&2; exit 2 ;;
  esac
done
[ -n "$embedded_pid" ] && wait "$embedded_pid"
embedded_pid=
disk
echo "load after: $(load) ($(date +%T))"
