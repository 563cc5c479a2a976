#!/usr/bin/env bash
# Keystroke to results in the real TUI: korpus runs in tmux on a generated
# corpus with its keystroke log on (KORPUS_LOG=korpus::keystroke=debug), queries
# in three scripts are typed one key at a time, and the log (time from reading a
# key to the first results, and to the final ranking, on screen) is summarised.
# Needs tmux and python3.
#
#   scripts/keystroke_latency.sh [ARTICLES] [SECONDS_BETWEEN_KEYS]   (default 100000 ≈ 1.2M search units, 0.15)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
delay=${2:-0.15}
work=${KORPUS_BENCH_DIR:-target/bench-data}
mkdir -p "$work"
corpus="$work/synth-$articles.jsonl"
logs=$(mktemp -d)
session="korpus-latency-$$"
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
cargo build --release --quiet --bin korpus --example gen_corpus
[ -f "$corpus" ] || target/release/examples/gen_corpus "$articles" "$corpus"
bin="$PWD/target/release/korpus"
tmux new -d -s "$session" -x 120 -y 40 "KORPUS_LOG=korpus::keystroke=debug KORPUS_DATA_DIR=$logs KORPUS_CACHE_DIR=$work/cache $bin -c $corpus"
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
python3 - "$logs/korpus.log" "$articles" "$delay" <<'PY'
import statistics, sys
# `… DEBUG main korpus::keystroke: first ms=12.3 query=lav`: [kind, ms, query]
rows = [line.rstrip("\n").split("korpus::keystroke: ", 1)[1].split(" ", 2) for line in open(sys.argv[1]) if "korpus::keystroke: " in line]
rows = [[kind, ms.removeprefix("ms="), query.removeprefix("query=")] for kind, ms, query in rows]
print(f"{sys.argv[2]} articles, one key every {sys.argv[3]} s")
for kind, label in (("first", "keystroke to first results"), ("final", "keystroke to final ranking")):
    times = sorted(float(r[1]) for r in rows if r[0] == kind)
    if times:
        print(f"{label}: {len(times)} queries, median {statistics.median(times):.1f} ms, p90 {times[int(len(times) * 0.9)]:.1f} ms, max {times[-1]:.1f} ms")
PY
