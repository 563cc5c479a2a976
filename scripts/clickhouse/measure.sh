#!/usr/bin/env bash
# Figures for korpus on a two-shard ClickHouse cluster, on a generated corpus:
# ingest throughput with one process and with two slices at once, the
# per-shard scan rate of the search prefilter, and search per keystroke
# against the embedded index (examples/clickhouse_search.rs).
#
#   scripts/clickhouse/measure.sh ARTICLES [BASE_PORT]
#
# STEPS="one two scan search" (the default) picks the parts to run; "search"
# needs "one". QUERIES="lavrov путин" replaces the five typed queries (one
# keystroke costs seconds on a million articles). EMBEDDED=no types on the
# cluster alone. Without "one", scan and search use the two slices' database.
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
trap 'scripts/clickhouse/cluster.sh stop "$dir"; rm -rf "$dir"' EXIT

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
cargo build --release -q --bin korpus --example gen_corpus --example clickhouse_search
mkdir -p target/measure
[ -f "$corpus" ] || target/release/examples/gen_corpus "$articles" "$corpus"
url=$(scripts/clickhouse/cluster.sh start "$dir" 2 "$base")
one=${url/\/korpus\?/\/one?}
two=${url/\/korpus\?/\/two?}
export KORPUS_CACHE_DIR="$dir/cache"

steps=" ${STEPS:-one two scan search} "
step() { [[ $steps == *" $1 "* ]]; }

if step one; then
echo "== one process: the whole corpus, then the merge"
start=$(date +%s.%N)
target/release/korpus index --corpus "$corpus" --to "$one" 2>&1 | grep -v '^\s*$'
end=$(date +%s.%N)
echo "one process, end to end: $(echo "$end - $start" | bc) s, $(echo "$articles / ($end - $start)" | bc) articles/s"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if step two; then
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
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# the database scanned and searched: the one-process ingest's if there is one
db=one
step one || db=two
if step scan; then
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
fi

if step search; then
echo "== search per keystroke: embedded index and cluster"
# shellcheck disable=SC2086 # the queries are words
url_of_db=$one
[ "$db" = two ] && url_of_db=$two
embedded_corpus=$corpus
[ "${EMBEDDED:-yes}" = no ] && embedded_corpus=-
target/release/examples/clickhouse_search "$embedded_corpus" "$url_of_db" ${QUERIES:-}
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
