#!/usr/bin/env bash
# `tumbuh status` against `timew summary`, side by side in one run, on one machine.
#
#   benches/compare-timewarrior.sh            # builds the release binary, then measures
#   TUMBUH_BIN=/path/to/tumbuh benches/compare-timewarrior.sh   # measure a given binary
#   RUNS=20 benches/compare-timewarrior.sh    # more runs per command (default 10)
#
# What it measures, each at 10,000 and 100,000 entries:
#   - `tumbuh status` on a file from `examples/generate` (entries over ten years, read whole);
#   - `timew summary` over the same number of intervals, all in one year (2026), for that year;
#   - a save: `tumbuh log --jp 1` into a copy of the 10,000-entry file;
#   - the peak memory (maximum resident set) of each, from `/usr/bin/time -v`.
# Times come from hyperfine when it is installed (mean of RUNS runs after a warm-up), else from a
# plain loop. timewarrior is installed with apt-get when it is missing and that is possible; when
# it cannot be, the tumbuh figures are still printed and the comparison says it was skipped.
# The numbers vary between runs on a shared machine: read the ratios, not the milliseconds.
set -uo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say() { printf '%s\n' "$*" >&2; }

if [ -z "${TUMBUH_BIN:-}" ]; then
    say "building the release binary and the generator…"
    cargo build --quiet --release --bin tumbuh --example generate || exit 1
    TUMBUH_BIN="$PWD/target/release/tumbuh"
fi
generate="$PWD/target/release/examples/generate"
[ -x "$generate" ] || cargo build --quiet --release --example generate || exit 1

if ! command -v timew >/dev/null 2>&1; then
    say "timewarrior is missing; trying to install it…"
    if [ "$(id -u)" = 0 ]; then
        { apt-get install -y timewarrior || { apt-get update && apt-get install -y timewarrior; }; } \
            >/dev/null 2>&1 || true
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n apt-get install -y timewarrior >/dev/null 2>&1 || true
    fi
fi
have_timew=false
command -v timew >/dev/null 2>&1 && have_timew=true
$have_timew || say "timewarrior could not be installed: its side of the comparison is skipped"

# A timewarrior database of N intervals, all in 2026: 28 a day, 20 minutes each, with two tags.
timew_db() {
    local n="$1" dir="$2"
    mkdir -p "$dir/data"
    : >"$dir/timewarrior.cfg"
    awk -v n="$n" -v dir="$dir/data" 'BEGIN {
        split("31 28 31 30 31 30 31 31 30 31 30 31", len, " ")
        per_day = 28
        for (i = 0; i < n; i++) {
            d = int(i / per_day) % 365; slot = i % per_day
            m = 1; while (d >= len[m]) { d -= len[m]; m++ }
            start = 6 * 60 + slot * 25; end = start + 20
            file = sprintf("%s/2026-%02d.data", dir, m)
            printf "inc 2026%02d%02dT%02d%02d00Z - 2026%02d%02dT%02d%02d00Z # \"Webinar seri %d\" pelatihan-teknis\n",
                m, d + 1, int(start / 60), start % 60, m, d + 1, int(end / 60), end % 60, i >> file
        }
    }'
}

# Mean seconds of a command over RUNS runs (after one warm-up).
mean_seconds() {
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style none --warmup 1 --runs "$RUNS" --export-csv "$work/h.csv" "$1" >/dev/null 2>&1 \
            && awk -F, 'NR == 2 { print $2 }' "$work/h.csv" && return
    fi
    bash -c "$1" >/dev/null 2>&1
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$RUNS"); do bash -c "$1" >/dev/null 2>&1; done
    end=$(date +%s%N)
    awk -v ns=$((end - start)) -v runs="$RUNS" 'BEGIN { print ns / 1e9 / runs }'
}

# Peak resident memory of a command, in MiB (empty when /usr/bin/time is not there).
peak_mib() {
    [ -x /usr/bin/time ] || return 0
    /usr/bin/time -v bash -c "exec $1" 2>&1 >/dev/null | awk -F: '/Maximum resident/ { printf "%.1f", $2 / 1024 }'
}

ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else printf "?" }'; }

declare -A t_status t_timew m_status m_timew
for n in 10000 100000; do
    say "measuring $n…"
    "$generate" "$n" >"$work/tumbuh-$n.toml"
    status="env TUMBUH_TODAY=2026-06-30 TUMBUH_LANG=en $TUMBUH_BIN --file $work/tumbuh-$n.toml status"
    t_status[$n]=$(mean_seconds "$status")
    m_status[$n]=$(peak_mib "$status")
    if $have_timew; then
        timew_db "$n" "$work/timew-$n"
        summary="env TIMEWARRIORDB=$work/timew-$n timew summary 2026-01-01 - 2027-01-01"
        t_timew[$n]=$(mean_seconds "$summary")
        m_timew[$n]=$(peak_mib "$summary")
    fi
done

# A save: one log entry added to a copy of the 10,000-entry file, the copy put back each time.
cp "$work/tumbuh-10000.toml" "$work/save.toml"
save="cp $work/tumbuh-10000.toml $work/save.toml && env TUMBUH_TODAY=2026-06-30 $TUMBUH_BIN --file $work/save.toml log --jp 1 --title Webinar --form seminar"
copy="cp $work/tumbuh-10000.toml $work/save.toml"
t_save=$(mean_seconds "$save")
t_copy=$(mean_seconds "$copy")
t_save_only=$(awk -v a="$t_save" -v b="$t_copy" 'BEGIN { print (a > b ? a - b : a) }')

echo "tumbuh: $TUMBUH_BIN ($RUNS runs each$(command -v hyperfine >/dev/null && echo ', hyperfine'))"
echo
printf '%-34s %14s %14s\n' "" "10,000" "100,000"
printf '%-34s %14s %14s\n' "tumbuh status" "$(ms "${t_status[10000]}")" "$(ms "${t_status[100000]}")"
printf '%-34s %14s %14s\n' "tumbuh status, peak memory" "${m_status[10000]:-?} MiB" "${m_status[100000]:-?} MiB"
if $have_timew; then
    printf '%-34s %14s %14s\n' "timew summary (one year)" "$(ms "${t_timew[10000]}")" "$(ms "${t_timew[100000]}")"
    printf '%-34s %14s %14s\n' "timew summary, peak memory" "${m_timew[10000]:-?} MiB" "${m_timew[100000]:-?} MiB"
fi
printf '%-34s %14s\n' "tumbuh log (one save)" "$(ms "$t_save_only")"
echo
echo "status 10k → 100k:                 $(ratio "${t_status[100000]}" "${t_status[10000]}") ×"
if $have_timew; then
    echo "timew summary ÷ tumbuh status 10k: $(ratio "${t_timew[10000]}" "${t_status[10000]}") × (tumbuh faster by this)"
    echo "timew ÷ tumbuh peak memory 10k:    $(ratio "${m_timew[10000]:-0}" "${m_status[10000]:-0}") ×"
else
    echo "timewarrior: skipped (not installed)"
fi
