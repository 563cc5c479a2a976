#!/usr/bin/env bash
# Issue 11's "search ready at once" on an indexed corpus, timed through tmux
# beside its first screen: korpus starts in a detached tmux session; timed are
# its first screen (the list's counter `1/` drawn), then, from typing `/` and
# QUERY, the first hits on screen (the search pane's ` hits` title) and the
# search done (no longer `searching…`); the resident memory after opening and
# after the search; and a shell printing the list's marker, which is what tmux
# itself costs at this load. Median, min and max of RUNS.
# Index the corpus first (any `korpus search x --corpus CORPUS`), with the same
# KORPUS_CACHE_DIR. Needs tmux and python3.
#
#   [KORPUS_BIN=path] scripts/measure_search_ready.sh CORPUS [QUERY] [RUNS]   (lavrov, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: scripts/measure_search_ready.sh CORPUS [QUERY] [RUNS]}
query=${2:-lavrov}
runs=${3:-5}
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
bin=${KORPUS_BIN:-$PWD/target/release/korpus}
[ -x "$bin" ] || cargo build --release --quiet --bin korpus
python3 - "$bin" "$corpus" "$query" "$runs" "${KORPUS_CACHE_DIR:-}" <<'PY'
import statistics, subprocess, sys, time

bin, corpus, query, runs, cache = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
env = f"KORPUS_CACHE_DIR={cache} " if cache else ""

def screen(session):
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout

def wait(session, ok, since, limit=60):
    """Seconds from `since` until the screen satisfies `ok`, and that screen."""
    while time.monotonic() - since < limit:
        shown = screen(session)
        if ok(shown):
            return time.monotonic() - since, shown
        time.sleep(0.005)
    subprocess.run(["tmux", "kill-session", "-t", session])
    sys.exit(f"gave up after {limit} s:\n{shown}")

def resident_mb(session):
    pid = subprocess.run(["tmux", "display", "-p", "-t", session, "#{pane_pid}"], capture_output=True, text=True).stdout.strip()
    with open(f"/proc/{pid}/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmRSS")) / 1024

figures = {k: [] for k in ("first screen", "first hits", "search done", "RSS open", "RSS searched", "shell")}
title = ""
for run in range(runs):
    session = f"korpus-search-ready-{run}"
    started = time.monotonic()
    subprocess.run(["tmux", "new", "-d", "-s", session, "-x", "120", "-y", "40", f"{env}{bin} -c {corpus}"], check=True)
    figures["first screen"].append(wait(session, lambda s: "1/" in s, started)[0])
    figures["RSS open"].append(resident_mb(session))
    asked = time.monotonic()
    subprocess.run(["tmux", "send-keys", "-t", session, "/"])
    subprocess.run(["tmux", "send-keys", "-t", session, "-l", query])
    figures["first hits"].append(wait(session, lambda s: f"/ {query}" in s and " hits" in s, asked)[0])
    done, shown = wait(session, lambda s: f"/ {query}" in s and " hits" in s and "searching…" not in s, asked)
    figures["search done"].append(done)
    figures["RSS searched"].append(resident_mb(session))
    title = next((l.split("┏", 1)[-1].strip(" ━┓") for l in shown.splitlines() if " hits" in l), "")
    subprocess.run(["tmux", "kill-session", "-t", session])
    session = f"korpus-search-ready-shell-{run}"
    started = time.monotonic()
    subprocess.run(["tmux", "new", "-d", "-s", session, "-x", "120", "-y", "40", "printf '1/'; sleep 30"], check=True)
    figures["shell"].append(wait(session, lambda s: "1/" in s, started)[0])
    subprocess.run(["tmux", "kill-session", "-t", session])
    time.sleep(0.2)
for name, values in figures.items():
    unit = "MB" if name.startswith("RSS") else "s"
    digits = 0 if unit == "MB" else 3
    print(f"{name:<13} median {statistics.median(values):.{digits}f} {unit}  min {min(values):.{digits}f}  max {max(values):.{digits}f}")
print(f"(first hits and search done are timed from typing `/{query}`; the search pane read: {title})")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
