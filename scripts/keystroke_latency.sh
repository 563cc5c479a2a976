#!/usr/bin/env bash
# Keystroke to results in the real TUI: korpus runs in tmux on a generated
# corpus with its keystroke log on (KORPUS_LOG=korpus::keystroke=debug), queries
# in three scripts are typed one key at a time, and the log (time from reading a
# key to the first results, and to the final ranking, on screen) is summarised.
# Needs tmux and python3.
#
#   [KORPUS_BIN=path] scripts/keystroke_latency.sh [ARTICLES] [SECONDS_BETWEEN_KEYS]   (default 100000 ≈ 1.2M search units, 0.15)
# KORPUS_BIN measures another build (main's, to compare) instead of this tree's;
# KORPUS_ONE_LINE=1 types into a one-line corpus (gen_corpus --one-line).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
delay=${2:-0.15}
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
if [ -n "${KORPUS_ONE_LINE:-}" ]; then
  corpus="$work/oneline-$articles.jsonl"
  shape=(--one-line)
else
  corpus="$work/synth-$articles.jsonl"
  shape=()
fi
logs=$(mktemp -d)
session="korpus-latency-$$"
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
if [ -n "${KORPUS_BIN:-}" ]; then
  bin=$(realpath "$KORPUS_BIN")
  [ -f "$corpus" ] || cargo run --release --quiet --example gen_corpus -- "${shape[@]}" "$articles" "$corpus"
else
  cargo build --release --quiet --bin korpus --example gen_corpus
  [ -f "$corpus" ] || target/release/examples/gen_corpus "${shape[@]}" "$articles" "$corpus"
  bin="$PWD/target/release/korpus"
fi
tmux new -d -s "$session" -x 120 -y 40 "KORPUS_LOG=korpus::keystroke=debug KORPUS_DATA_DIR=$logs KORPUS_CACHE_DIR=${KORPUS_CACHE_DIR:-$work/cache} $bin -c $corpus"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$logs"' EXIT
busy() { tmux capture-pane -p -t "$session" | tail -1 | grep -qE "loading|reading|recognising|indexing|building|writing"; }
sleep 1
while busy; do sleep 0.5; done
tmux send-keys -t "$session" /
sleep 0.5
python3 - "$session" "$delay" <<'PY'
import subprocess, sys, time
session, delay = sys.argv[1], float(sys.argv[2])
for query in ["lavrov", "пхеньян", "kim jong", "लावरोव", "erdogan"]:
    for ch in query:
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", ch])
        time.sleep(delay)
    time.sleep(1.5)
    for _ in query:
        subprocess.run(["tmux", "send-keys", "-t", session, "BSpace"])
        time.sleep(0.05)
    time.sleep(1.0)
PY
tmux send-keys -t "$session" Escape; sleep 0.2; tmux send-keys -t "$session" q; sleep 0.5
python3 - "$logs/korpus.log" "$articles" "$delay" "$work/keystrokes-last.tsv" <<'PY'
import statistics, sys
# `… DEBUG main korpus::keystroke: first ms=12.3 query=lav`: [kind, ms, query]
rows = [line.rstrip("\n").split("korpus::keystroke: ", 1)[1].split(" ", 2) for line in open(sys.argv[1]) if "korpus::keystroke: " in line]
rows = [[kind, ms.removeprefix("ms="), query.removeprefix("query=")] for kind, ms, query in rows]
# every keystroke's figures, to see which queries are the slow ones
with open(sys.argv[4], "w") as out:
    out.writelines(f"{kind}\t{ms}\t{query}\n" for kind, ms, query in rows)
print(f"{sys.argv[2]} articles, one key every {sys.argv[3]} s (load {open('/proc/loadavg').read().split()[:3]})")
for kind, label in (("first", "keystroke to first results"), ("final", "keystroke to final ranking")):
    times = sorted(float(r[1]) for r in rows if r[0] == kind)
    if times:
        print(f"{label}: {len(times)} queries, median {statistics.median(times):.1f} ms, p90 {times[int(len(times) * 0.9)]:.1f} ms, max {times[-1]:.1f} ms")
PY
