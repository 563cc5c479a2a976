#!/usr/bin/env bash
# The TUI's first screen, timed through tmux (issue 11: "TUI first screen ≤ 0.1 s on an
# indexed corpus"): korpus starts in a detached tmux session and the pane is read until the
# article list's counter ("1/N") is on screen; beside it, a shell printing the same marker,
# which is what tmux itself costs on this machine at this load. Median, min and max of RUNS.
# Index the corpus first (any `korpus search x --corpus CORPUS` does), with the same
# KORPUS_CACHE_DIR. Needs tmux and python3. With COLD=1, the index's pages are dropped from
# the page cache before each run (as after a reboot: what the opening reads comes from disk);
# COLD_FILES=a:b drops those files' pages too (the corpus's).
#
#   scripts/first_screen.sh CORPUS [RUNS]      (default 9 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: scripts/first_screen.sh CORPUS [RUNS]}
runs=${2:-9}
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
bin=${KORPUS_BIN:-$PWD/target/release/korpus}
[ -x "$bin" ] || cargo build --release --quiet --bin korpus
cache=${KORPUS_CACHE_DIR:+KORPUS_CACHE_DIR=$KORPUS_CACHE_DIR}
python3 - "$runs" "$bin" "$corpus" "$cache" "${COLD:-}" "${COLD_FILES:-}" <<'PY'
import glob, os, statistics, subprocess, sys, time

runs, bin, corpus, cache, cold = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] == "1"
cold_files = [f for f in sys.argv[6].split(":") if f]

def drop_index_pages():
    """The index files' pages (and COLD_FILES') out of the page cache (clean: nothing is lost)."""
    folder = cache.split("=", 1)[1] if cache else os.path.expanduser("~/.cache/korpus")
    for path in glob.glob(os.path.join(folder, "*.kix")) + cold_files:
        fd = os.open(path, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)

def first_screen(command, marker, drop=False):
    """Seconds from starting the session to the marker on screen, RUNS times."""
    times = []
    for run in range(runs):
        session = f"korpus-first-screen-{run}"
        if drop:
            drop_index_pages()
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

show("korpus", first_screen(f"{cache} {bin} -c {corpus}", "1/", drop=cold))
show("shell", first_screen("printf '1/'; sleep 30", "1/"))
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
