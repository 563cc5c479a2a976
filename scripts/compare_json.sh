#!/usr/bin/env bash
# Byte-for-byte comparison of two korpus binaries' --json outputs.
#   scripts/compare_json.sh BEFORE_BIN AFTER_BIN [CORPUS...]
# CORPUS is a folder or file korpus opens, or `seeds` for the bundled corpus
# (no -c). Without CORPUS: the seeds and the test sets under tests/data.
# For each corpus it runs list, show, search (queries in several scripts,
# each scope, two limits), entities (all, per article, --index) and related
# (all, per article) with --json, first with --no-cache and then through a
# cache directory of the binary's own (the first command writes the index,
# the rest read it). Article ids come from the BEFORE binary's `list --json`
# (first, second, middle and last, a 1-based index and an id that is not
# there). Standard output and the exit code must match; stderr is compared
# too but only reported (its wording may change for reasons of its own).
# Prints each command whose outputs differ, with the start of the diff, and
# exits 1 when any did; 0 when all matched. Needs jq.
# Environment: KEEP=1 keeps the scratch directory with every output.
set -u
before=$(realpath "${1:?BEFORE_BIN}")
after=$(realpath "${2:?AFTER_BIN}")
shift 2
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
    set -- seeds tests/data/related tests/data/ner tests/data/ner19/dev tests/data/ner19/test \
        tests/data/xlang/dev tests/data/xlang/test
fi
command -v jq >/dev/null || { echo "compare_json.sh: needs jq" >&2; exit 2; }

scratch=$(mktemp -d)
[ "${KEEP:-}" = 1 ] && echo "outputs in $scratch" || trap 'rm -rf "$scratch"' EXIT
# the same clean environment for both: no user config, data or cache, no colour
run_env() {
    local home=$1
    shift
    env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" KORPUS_DATA_DIR="$home/data" \
        KORPUS_CACHE_DIR="$home/korpus-cache" LANG=C.UTF-8 NO_COLOR=1 TERM=dumb "$@"
}

queries=(lavrov Лавров 'Sergey Lavrov' Putin путин Pyongyang Пхеньян korea 'Kim Jong' "'Kim !Moscow" '^Rus'
    'ov$' मोदी भारत 'Erdoğan' Београд 東京 北京 'إسرائيل' ישראל 2023 earthquake qqqxqqq)
commands=0
differing=0
stderr_only=0

compare() { # label, then korpus arguments
    local label=$1
    shift
    local n=$commands
    commands=$((commands + 1))
    local side
    for side in before after; do
        local bin=$before
        [ $side = after ] && bin=$after
        mkdir -p "$scratch/$side/home"
        run_env "$scratch/$side/home" "$bin" "$@" >"$scratch/$side/$n.out" 2>"$scratch/$side/$n.err"
        echo $? >"$scratch/$side/$n.rc"
    done
    if ! cmp -s "$scratch/before/$n.out" "$scratch/after/$n.out" || ! cmp -s "$scratch/before/$n.rc" "$scratch/after/$n.rc"; then
        differing=$((differing + 1))
        echo "DIFFERS [$label] korpus $* (exit $(cat "$scratch/before/$n.rc") -> $(cat "$scratch/after/$n.rc"))"
        diff -u "$scratch/before/$n.out" "$scratch/after/$n.out" | sed -n '3,14p' | sed 's/^/    /'
    elif ! cmp -s "$scratch/before/$n.err" "$scratch/after/$n.err"; then
        stderr_only=$((stderr_only + 1))
        echo "stderr only [$label] korpus $*"
        diff "$scratch/before/$n.err" "$scratch/after/$n.err" | sed -n '1,6p' | sed 's/^/    /'
    fi
}

for corpus in "$@"; do
    if [ "$corpus" = seeds ]; then
        open=()
    else
        [ -e "$corpus" ] || { echo "compare_json.sh: no such corpus: $corpus" >&2; exit 2; }
        open=(-c "$(realpath "$corpus")")
    fi
    mkdir -p "$scratch/ids"
    run_env "$scratch/ids" "$before" "${open[@]}" --no-cache list --json 2>/dev/null | jq -r '.[].id' >"$scratch/ids/list"
    mapfile -t all <"$scratch/ids/list"
    count=${#all[@]}
    ids=(1 not-an-article-id)
    if [ "$count" -gt 0 ]; then
        ids+=("${all[0]}" "${all[$((count / 2))]}" "${all[$((count - 1))]}")
        [ "$count" -gt 1 ] && ids+=("${all[1]}")
    fi
    # without a cache every command analyses the corpus again: a shorter set;
    # through the cache (the way the commands normally run) the whole set
    for cache in --no-cache cached; do
        flags=("${open[@]}")
        short=''
        id_count=${#ids[@]}
        query_count=${#queries[@]}
        if [ $cache = --no-cache ]; then
            flags+=(--no-cache)
            short=1
            id_count=3
            query_count=6
        fi
        label="$corpus $cache"
        # with a cache: a fresh one per corpus, written by this first command
        rm -rf "$scratch/before/home/korpus-cache" "$scratch/after/home/korpus-cache"
        compare "$label" "${flags[@]}" list --json
        compare "$label" "${flags[@]}" entities --json
        compare "$label" "${flags[@]}" entities --index --json
        compare "$label" "${flags[@]}" related --json
        for id in "${ids[@]:0:id_count}"; do
            compare "$label" "${flags[@]}" show "$id" --json
            compare "$label" "${flags[@]}" entities "$id" --json
            compare "$label" "${flags[@]}" related "$id" --limit 3 --json
            [ -n "$short" ] || compare "$label" "${flags[@]}" related "$id" --json
        done
        for query in "${queries[@]:0:query_count}"; do
            compare "$label" "${flags[@]}" search "$query" --json
        done
        [ -n "$short" ] && continue
        for scope in title entity text; do
            compare "$label" "${flags[@]}" search lavrov --scope $scope --json
            compare "$label" "${flags[@]}" search korea --scope $scope --limit 100 --json
        done
        compare "$label" "${flags[@]}" search a --limit 5 --json
        compare "$label" "${flags[@]}" search e --limit 1000 --json
    done
done

echo "compare_json.sh: $commands commands on $# corpora, $differing with different output or exit code, $stderr_only with different stderr only"
echo "  before: $before"
echo "  after:  $after"
[ "$differing" -eq 0 ]
