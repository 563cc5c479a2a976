#!/usr/bin/env bash
# The TUI's first screen, timed through tmux (issue 11: "TUI first screen ≤ 0.1 s on an
# indexed corpus"): korpus starts in a detached tmux session and the pane is read until the
# article list's counter ("1/N") is on screen; beside it, a shell printing the same marker,
# which is what tmux itself costs on this machine at this load. Median, min and max of RUNS.
# Index the corpus first (any `korpus search x --corpus CORPUS` does), with the same
# KORPUS_CACHE_DIR. Needs tmux and python3.
#
#   scripts/first_screen.sh CORPUS [RUNS]      (default 9 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: scripts/first_screen.sh CORPUS [RUNS]}
runs=${2:-9}
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
bin="$PWD/target/release/korpus"
[ -x "$bin" ] || cargo build --release --quiet --bin korpus
cache=${KORPUS_CACHE_DIR:+KORPUS_CACHE_DIR=$KORPUS_CACHE_DIR}
python3 - "$runs" "$bin" "$corpus" "$cache" <<'PY'
import statistics, subprocess, sys, time

runs, bin, corpus, cache = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def first_screen(command, marker):
    """Seconds from starting the session to the marker on screen, RUNS times."""
    times = []
    for run in range(runs):
        session = f"korpus-first-screen-{run}"
        started = time.monotonic()
        subprocess.run(["tmux", "new", "-d", "-s", session, "-x", "120", "-y", "40", command], check=True)
        while True:
            screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session],
                                    capture_output=True, text=True).stdout
            if marker in screen:
                times.append(time.monotonic() - started)
                break
            if time.monotonic() - started > 30:
                sys.exit(f"no {marker!r} on screen after 30 s:\n{screen}")
        subprocess.run(["tmux", "kill-session", "-t", session])
        time.sleep(0.2)
    return times

def show(label, times):
    print(f"{label:<8} median {statistics.median(times):.3f} s  min {min(times):.3f}  max {max(times):.3f}")

show("korpus", first_screen(f"{cache} {bin} -c {corpus}", "1/"))
show("shell", first_screen("printf '1/'; sleep 30", "1/"))
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
