#!/usr/bin/env bash
# Issue 11's figures for awkward corpus shapes, with the machine's load:
#   - one huge article: a 60 MB text file, and a JSON Lines file of one
#     300 MB line: time and peak RSS of a first opening (`korpus search`,
#     which analyses and indexes) against the file's size;
#   - deep and wide trees: 40,000 folders of one file each, and a chain of
#     2,000 nested folders, listed (`korpus list`) against the same number
#     of files in one folder.
# Needs GNU time (apt-get install time) and python3.
#
#   [KORPUS_BIN=path] [KORPUS_BIN_BEFORE=path] scripts/measure_shapes.sh [ARTICLE_MB] [LINE_MB] [FOLDERS] [LEVELS]
# (a size of 0 skips that file). With KORPUS_BIN_BEFORE every figure is measured
# for that build too, right before this one's, on the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
article_mb=${1:-60}
line_mb=${2:-300}
folders=${3:-40000}
levels=${4:-2000}
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }
# KORPUS_BIN measures another build (main's, to compare) instead of this tree's
if [ -n "${KORPUS_BIN:-}" ]; then
  korpus=$KORPUS_BIN
else
  cargo build --release --quiet --bin korpus
  korpus=$PWD/target/release/korpus
fi
# (label, binary) pairs measured, the earlier build first
builds=()
[ -n "${KORPUS_BIN_BEFORE:-}" ] && builds+=("before" "$KORPUS_BIN_BEFORE")
builds+=("${KORPUS_BIN_BEFORE:+after}" "$korpus")
load() { cut -d' ' -f1-3 /proc/loadavg; }
cache=$(mktemp -d)
trees=$(mktemp -d)
trap 'rm -rf "$cache" "$trees"' EXIT
export KORPUS_CACHE_DIR="$cache"

# sentences in several scripts, repeated to the size asked for
python3 - "$work/huge-$article_mb.txt" "$article_mb" "$work/line-$line_mb.jsonl" "$line_mb" <<'PY'
import json, os, sys
sentences = [
    "Sergey Lavrov met officials in Pyongyang to discuss trade. ",
    "Сергей Лавров прибыл в Пхеньян для переговоров. ",
    "Erdoğan Ankara'da Merkez Bankası ile görüştü. ",
    "सर्गेई लावरोव प्योंगयांग पहुंचे। ",
    "Kim Jong Un received the delegation in the capital.\n",
]
def text_of(mb):
    out, size, i = [], 0, 0
    while size < mb * 1_000_000:
        s = sentences[i % len(sentences)]
        out.append(s)
        size += len(s.encode())
        i += 1
    return "".join(out)
article, article_mb, line, line_mb = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
if article_mb and not os.path.exists(article):
    with open(article, "w") as f:
        f.write("A very long article\n" + text_of(article_mb))
if line_mb and not os.path.exists(line):
    with open(line, "w") as f:
        f.write(json.dumps({"id": "huge", "text": text_of(line_mb)}, ensure_ascii=False) + "\n")
PY

first_opening() {  # binary path → "seconds peak_kb"
  rm -rf "${cache:?}"/*
  /usr/bin/time -f '%e %M' "$1" search lavrov --limit 1 --corpus "$2" 2>&1 >/dev/null | tail -1
}
for corpus in "$work/huge-$article_mb.txt" "$work/line-$line_mb.jsonl"; do
  case "$corpus" in *-0.*) continue ;; esac   # a size of 0: not measured
  size=$(stat -c %s "$corpus")
  for ((b = 0; b < ${#builds[@]}; b += 2)); do
    read -r seconds kb < <(first_opening "${builds[b + 1]}" "$corpus")
    awk -v name="$(basename "$corpus")" -v build="${builds[b]}" -v size="$size" -v s="$seconds" -v kb="$kb" -v load="$(load)" 'BEGIN {
      printf "%-6s %-22s %6.0f MB: first opening %6.1f s, peak %6.0f MB (%.2fx the file)  (load %s)\n",
        build, name, size / 1e6, s, kb * 1024 / 1e6, kb * 1024 / size, load }'
  done
done

# trees: N folders of one file, a chain of N levels, and N files in one folder
[ "$folders" -gt 0 ] && [ "$levels" -gt 0 ] || exit 0
python3 - "$trees" "$folders" "$levels" <<'PY'
import os, sys
root, folders, levels = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def article(path, i):
    with open(path, "w") as f:
        f.write(f"Article {i}\nLavrov met officials in Pyongyang, report {i}.\n")
for i in range(folders):
    d = os.path.join(root, "wide", f"{i // 200:03}", f"{i:05}")
    os.makedirs(d)
    article(os.path.join(d, "a.txt"), i)
os.makedirs(os.path.join(root, "flat-wide"))
for i in range(folders):
    article(os.path.join(root, "flat-wide", f"{i:05}.txt"), i)
d = os.path.join(root, "deep")
for i in range(levels):
    d = os.path.join(d, "d")
    os.makedirs(d)
    article(os.path.join(d, "a.txt"), i)
os.makedirs(os.path.join(root, "flat-deep"))
for i in range(levels):
    article(os.path.join(root, "flat-deep", f"{i:05}.txt"), i)
PY
list_seconds() {  # binary path → median of 3 listings without an index
  for _ in 1 2 3; do
    /usr/bin/time -f '%e' "$1" list --no-cache --json --corpus "$2" 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 2p
}
for pair in "wide flat-wide $folders folders" "deep flat-deep $levels levels"; do
  read -r tree flat n what <<<"$pair"
  for ((b = 0; b < ${#builds[@]}; b += 2)); do
    t=$(list_seconds "${builds[b + 1]}" "$trees/$tree")
    f=$(list_seconds "${builds[b + 1]}" "$trees/$flat")
    ratio=$(awk -v t="$t" -v f="$f" 'BEGIN { if (f > 0) printf "%.1fx", t / f; else print "n/a" }')
    printf '%-6s %s %s: listed in %s s; the same files in one folder %s s (%s)  (load %s)\n' \
      "${builds[b]}" "$n" "$what" "$t" "$f" "$ratio" "$(load)"
  done
done
