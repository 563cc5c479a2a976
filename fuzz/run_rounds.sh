#!/usr/bin/env bash
# Long fuzzing runs, one target at a time, at the lowest priority.
#   fuzz/run_rounds.sh LOGDIR TARGET:SECONDS [TARGET:SECONDS ...]
# Build first (`cargo +nightly fuzz build`); this runs the built binaries
# directly (FUZZ_BIN: another folder of them), so a rebuild between targets
# takes effect at the next one. Each
# target grows its corpus in fuzz/corpus/TARGET and saves crashes in
# fuzz/artifacts/TARGET/. A crash ends that target's run; the next one starts.
# Per run LOGDIR gets TARGET-N.log (libFuzzer's output, with the machine's
# load before and after) and one summary line in LOGDIR/summary.tsv.
# FUZZ_TIMEOUT (600 s): an input slower than this is saved as a hang. Not less:
# index_reader's first input also indexes the seeds, over 60 s at nice 19 on a
# loaded machine.
set -u
cd "$(dirname "$0")"
logdir=${1:?LOGDIR}
shift
mkdir -p "$logdir"
bin=${FUZZ_BIN:-target/x86_64-unknown-linux-gnu/release}
summary="$logdir/summary.tsv"
[ -f "$summary" ] || printf 'target\tstart\tend\twall_s\truns\texec_s\tcov\tft\tcorpus\trc\tload_start\tload_end\n' >"$summary"
for spec in "$@"; do
    target=${spec%%:*}
    seconds=${spec##*:}
    n=1
    while [ -e "$logdir/$target-$n.log" ]; do n=$((n + 1)); done
    log="$logdir/$target-$n.log"
    mkdir -p "corpus/$target" "artifacts/$target"
    load_start=$(cut -d' ' -f1-3 /proc/loadavg)
    start=$(date +%s)
    {
        echo "# $(date -u +%FT%TZ) $target for ${seconds}s; load $load_start; nproc $(nproc)"
        nice -n 19 "$bin/$target" "corpus/$target" -artifact_prefix="artifacts/$target/" \
            -max_total_time="$seconds" -rss_limit_mb=2048 -timeout="${FUZZ_TIMEOUT:-600}" -print_final_stats=1 2>&1
        echo "# rc $?"
    } >"$log"
    rc=$(sed -n 's/^# rc //p' "$log")
    end=$(date +%s)
    load_end=$(cut -d' ' -f1-3 /proc/loadavg)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
    execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$(date -u -d @"$start" +%T)" \
        "$(date -u -d @"$end" +%T)" $((end - start)) "${runs:-?}" "${execs:-?}" "${cov:-?}" "${ft:-?}" \
        "${corp:-?}" "$rc" "$load_start" "$load_end" >>"$summary"
done
