#!/usr/bin/env bash
# Before/after byte comparison of the cluster's `--json` output for a change
# to the ingest: two korpus binaries each ingest the same corpus (in two
# slices written at once, then the merge) into their own database on one
# private two-shard cluster; then both databases are asked the same
# `list|show|search|entities|related --json` questions (by the AFTER binary,
# and each database by its own binary too) and the answers compared byte for byte.
#
#   scripts/clickhouse/compare_json.sh BEFORE_BIN AFTER_BIN [CORPUS] [BASE_PORT]
#
# CORPUS defaults to the bundled seeds (`-`); a generated corpus (examples/gen_corpus)
# exercises more names. Prints one line per question and exits 1 on any difference.
set -euo pipefail
cd "$(dirname "$0")/../.."

before=${1:?usage: compare_json.sh BEFORE_BIN AFTER_BIN [CORPUS] [BASE_PORT]}
after=${2:?usage: compare_json.sh BEFORE_BIN AFTER_BIN [CORPUS] [BASE_PORT]}
corpus=${3:--}
base=${4:-19400}
dir=$(mktemp -d /tmp/korpus-ch-compare-XXXXXX)
trap 'scripts/clickhouse/cluster.sh stop "$dir"; rm -rf "$dir"' EXIT
export KORPUS_CACHE_DIR="$dir/cache" KORPUS_DATA_DIR="$dir/data"

url=$(scripts/clickhouse/cluster.sh start "$dir" 2 "$base")
corpus_args=()
[ "$corpus" = - ] || corpus_args=(--corpus "$corpus")

for side in before after; do
  bin=${!side}
  to=${url/\/korpus\?/\/$side?}
  "$bin" index "${corpus_args[@]}" --to "$to" --slice 1/2 >"$dir/$side.ingest1" 2>&1 &
  first=$!
  "$bin" index "${corpus_args[@]}" --to "$to" --slice 2/2 >"$dir/$side.ingest2" 2>&1
  wait "$first"
  "$bin" index --to "$to" --merge >"$dir/$side.merge" 2>&1
done

# one question a line, its arguments separated by "|"
questions=(
  "list|--json"
  "show|1|--json"
  "show|2|--json"
  "search|lavrov|--json"
  "search|пхеньян|--limit|50|--json"
  "search|'kim !jong|--scope|text|--json"
  "search|^Rus|--scope|title|--json"
  "entities|--json"
  "entities|--index|--json"
  "entities|1|--json"
  "related|--json"
  "related|1|--json"
  "related|2|--limit|5|--json"
)
differ=0
ask() { # binary database output
  "$1" --corpus "${url/\/korpus\?/\/$2?}" "${words[@]}" >"$3" 2>"$dir/stderr" ||
    { echo "FAIL  korpus ${words[*]} on $2: $(head -c 300 "$dir/stderr")"; differ=1; }
}
for question in "${questions[@]}"; do
  IFS='|' read -r -a words <<<"$question"
  ask "$after" before "$dir/q.before"
  ask "$after" after "$dir/q.after"
  # each database read by the binary that wrote it
  ask "$before" before "$dir/q.own"
  if cmp -s "$dir/q.before" "$dir/q.after" && cmp -s "$dir/q.own" "$dir/q.after"; then
    echo "same  $(wc -c <"$dir/q.after") bytes  korpus ${words[*]}"
  else
    echo "DIFF  korpus ${words[*]}"
    diff "$dir/q.before" "$dir/q.after" | head -c 3000 || true
    echo "(the before database read by the before binary:)"
    diff "$dir/q.own" "$dir/q.after" | head -c 3000 || true
    differ=1
  fi
done
exit $differ
