#!/usr/bin/env bash
# Issue 11's huge articles, each measured by GNU time (user seconds, peak
# resident KB) one after the other, with the load:
#   entities  `korpus entities --no-cache --json` (analysed and indexed in memory)
#   index     the first opening `korpus search lavrov --limit 1` (writes the index file)
#   tui       the TUI's build through tmux, from its start until the index is
#             written and the process has gone quiet, then `q`
# Corpora are folders or files given on the command line. GEN=DIR first writes
# DIR/line/line.txt, mirroring tests/hostile.rs's generator: a 50 MB one-line
# text with escapes (the other shapes issue 11 names, a 60 MB article and a
# 300 MB JSON Lines line, are scripts/measure_shapes.sh's files in
# target/bench-data); delete DIR when done.
#
#   [KORPUS_BIN=path] [WHAT="entities index tui"] scripts/measure_huge.sh CORPUS...
#   GEN=DIR scripts/measure_huge.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)" >&2; exit 2; }
if [ -n "${GEN:-}" ]; then
  mkdir -p "$GEN/line"
  python3 - "$GEN/line/line.txt" <<'PY'
import os, sys
# tests/hostile.rs's long line: eight words, every seventh, an escape among them
words = ["Lavrov ", "Pyongyang ", "Москва ", "diplomacy ", "talks ", "\x1b[2J ", "the ", "minister "]
out, n, i = ["Long line "], 10, 0
while n < 50 << 20:
    w = words[i % len(words)]
    out.append(w)
    n += len(w.encode())
    i += 7
if not os.path.exists(sys.argv[1]):
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("".join(out))
PY
  exit 0
fi
korpus=${KORPUS_BIN:-$PWD/target/release/korpus}
what=${WHAT:-entities index tui}
load() { cut -d' ' -f1-3 /proc/loadavg; }
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export KORPUS_CACHE_DIR="$cache"
report() {  # label corpus time-output-file
  local size
  size=$(du -sb "$2" | cut -f1)
  read -r user kb < <(tail -1 "$3")
  awk -v what="$1" -v name="$2" -v size="$size" -v user="$user" -v kb="$kb" -v load="$(load)" 'BEGIN {
    printf "%-8s %-28s %5.0f MB: %7.1f s user, peak %5.0f MB (%.2fx)  load %s\n",
      what, name, size / 1e6, user, kb * 1024 / 1e6, kb * 1024 / size, load }'
}
out=$(mktemp)
for corpus in "$@"; do
  for w in $what; do
    rm -rf "${cache:?}"/*
    case $w in
      entities) /usr/bin/time -o "$out" -f '%U %M' "$korpus" entities --no-cache --json --corpus "$corpus" >/dev/null ;;
      index) /usr/bin/time -o "$out" -f '%U %M' "$korpus" search lavrov --limit 1 --corpus "$corpus" >/dev/null ;;
      tui)
        command -v tmux >/dev/null || { echo "tmux is not installed" >&2; continue; }
        session="korpus-huge-$$"
        tmux new -d -s "$session" -x 120 -y 40 \
          "KORPUS_CACHE_DIR=$cache /usr/bin/time -o $out -f '%U %M' $korpus --corpus $corpus"
        # the build is done once its index is written and the process stops using the CPU
        pid=""
        while [ -z "$pid" ]; do sleep 0.5; pid=$(pgrep -n -f "^$korpus --corpus $corpus" || true); done
        until [ -n "$(find "$cache" -name '*.kix' 2>/dev/null)" ]; do sleep 1; done
        last=-1
        while :; do
          sleep 3
          ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo done)
          [ "$ticks" = "$last" ] && break
          last=$ticks
        done
        tmux send-keys -t "$session" q
        while tmux has-session -t "$session" 2>/dev/null && [ ! -s "$out" ]; do sleep 0.5; done
        sleep 0.5
        tmux kill-session -t "$session" 2>/dev/null || true
        ;;
    esac
    report "$w" "$corpus" "$out"
  done
done
rm -f "$out"
