#!/usr/bin/env bash
# A huge article in the TUI's text view, timed through tmux (issue 11: "a reader opening a
# huge article sees its first screen at once"): korpus opens CORPUS (one huge article, e.g.
# a 50 MB line) in a detached tmux session; timed are its first screen (the text's opening
# words on screen), `G` to the end (the position reading `a-b/b`) and `q` (the session
# gone), with the peak resident memory after each. Index the corpus first (any
# `korpus search x --corpus CORPUS`), with the same KORPUS_CACHE_DIR.
#
#   scripts/huge_screen.sh CORPUS WORDS [KORPUS_BIN]   (WORDS: the text's first words)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: scripts/huge_screen.sh CORPUS WORDS [KORPUS_BIN]}
words=${2:?usage: scripts/huge_screen.sh CORPUS WORDS [KORPUS_BIN]}
bin=${3:-$PWD/target/release/korpus}
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
python3 - "$bin" "$corpus" "$words" "${KORPUS_CACHE_DIR:-}" <<'PY'
import re, subprocess, sys, time

bin, corpus, words, cache = sys.argv[1:5]
session = f"korpus-huge-{int(time.time() * 1000) % 100000}"
env = ["env", f"KORPUS_CACHE_DIR={cache}"] if cache else ["env"]

def screen():
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout

def wait(ok, limit=300):
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if ok(screen()):
            return time.monotonic() - started
        time.sleep(0.01)
    sys.exit(f"gave up after {limit} s:\n{screen()}")

def peak_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(l.split()[1]) // 1024 for l in status if l.startswith("VmHWM"))

def at_end(s):
    m = re.search(r"(\d+)-(\d+)/(\d+)", s)
    return m is not None and m.group(2) == m.group(3) and int(m.group(1)) > 1

subprocess.run(["tmux", "new", "-d", "-s", session, "-x", "160", "-y", "45", *env, bin, "-c", corpus], check=True)
pid = subprocess.run(["tmux", "display", "-p", "-t", session, "#{pane_pid}"], capture_output=True, text=True).stdout.strip()
first = wait(lambda s: words in s and "1/1" in s)
print(f"first screen  {first:6.2f} s   peak {peak_mb(pid)} MB")
subprocess.run(["tmux", "send-keys", "-t", session, "Enter"])
time.sleep(0.3)
subprocess.run(["tmux", "send-keys", "-t", session, "G"])
end = wait(at_end)
position = re.search(r"(\d+-\d+/\d+)", screen()).group(1)
print(f"G to the end  {end:6.2f} s   peak {peak_mb(pid)} MB   ({position})")
asked = time.monotonic()
subprocess.run(["tmux", "send-keys", "-t", session, "q"])
while subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode == 0:
    if time.monotonic() - asked > 60:
        subprocess.run(["tmux", "kill-session", "-t", session])
        sys.exit("q did not quit within 60 s")
    time.sleep(0.01)
print(f"q             {time.monotonic() - asked:6.2f} s")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
