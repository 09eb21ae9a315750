#!/usr/bin/env bash
# Builds of the server side by side, in one sitting: each WAR booted in turn on a fresh embedded H2 store, a first run
# of synth N (item-count 1) and then three warm ones, each under a workflow of its own; two rounds (BENCH_ROUNDS), so
# that each build meets the machine's good and bad moments. Prints each boot's run times, the CPU seconds the server
# process used in each warm run (less swayed than wall time by what else the machine runs), and the last run's steps;
# at the end, each build's median warm run over the rounds and its first run against it. Not a test.
#
#   bench/builds.sh [N] WAR...     # e.g. a build of the commit before, copied aside, against target/backforge.war
# BENCH_SERVER_OPTS: the server's JIT options instead of the shipped launcher's (see bench/server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
n=1000
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then n=$1; shift; fi
[ $# -ge 1 ] || { echo "usage: bench/builds.sh [N] WAR..." >&2; exit 2; }
wars=()
for war in "$@"; do wars+=("$(cd "$(dirname "$war")" && pwd)/$(basename "$war")"); done
. bench/server-lib.sh
bench_setup "$n" --chain
cpu_seconds() { awk '{print ($14 + $15) / 100}' "/proc/$pid/stat"; }
for round in $(seq 1 "${BENCH_ROUNDS:-2}"); do
  for i in "${!wars[@]}"; do
    rm -rf "$work/ws/db" "$work/ws/workflows"
    bench_boot "${wars[$i]}"
    times=()
    cpus=()
    for run in first warm-1 warm-2 warm-3; do
      cpu=$(cpu_seconds)
      start=$(date +%s.%N)
      bench_run "b$i-r$round-$run"
      times+=("$(bench_since "$start")")
      cpus+=("$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$cpu" "$(cpu_seconds)")")
    done
    bench_halt
    echo "round $round, $(basename "${wars[$i]}") ($i): first ${times[0]} s, warm ${times[1]} ${times[2]} ${times[3]} s (server CPU ${cpus[1]} ${cpus[2]} ${cpus[3]} s); last run: $(bench_steps "b$i-r$round-warm-3")"
    echo "$i ${times[1]} ${times[2]} ${times[3]} ${cpus[1]} ${cpus[2]} ${cpus[3]} ${times[0]}" >> "$work/warm"
  done
done
# each build's warm runs over all rounds: the median wall time and server CPU, each round's median against build 0's,
# and each round's first run over its warm median
python3 - "$work/warm" "${wars[@]}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
wars = sys.argv[2:]
by = {i: [r[1:] for r in rows if int(r[0]) == i] for i in range(len(wars))}
for i, war in enumerate(wars):
    walls = [statistics.median(map(float, r[:3])) for r in by[i]]
    cpus = [statistics.median(map(float, r[3:])) for r in by[i]]
    firsts = [float(r[6]) / w for r, w in zip(by[i], walls)]
    line = (f"{war}: warm run, median of each round's median: wall {statistics.median(walls):.2f} s, CPU "
            f"{statistics.median(cpus):.2f} s; first / warm, round by round: {' '.join(f'{f:.2f}' for f in firsts)} "
            f"(median {statistics.median(firsts):.2f})")
    if i > 0:
        base = [statistics.median(map(float, r[:3])) for r in by[0]]
        line += "; wall against build 0, round by round: " + " ".join(f"{w / b:.2f}" for w, b in zip(walls, base))
    print(line)
PY
