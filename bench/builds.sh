#!/usr/bin/env bash
# Builds of the server side by side, in one sitting: each WAR booted in turn on a fresh embedded H2 store, a first run
# of synth N (item-count 1) and then three warm ones, each under a workflow of its own; two rounds, so that each build
# meets the machine's good and bad moments. Prints each boot's run times and the last run's steps. Not a test.
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
for round in 1 2; do
  for i in "${!wars[@]}"; do
    rm -rf "$work/ws/db" "$work/ws/workflows"
    bench_boot "${wars[$i]}"
    times=()
    for run in first warm-1 warm-2 warm-3; do
      start=$(date +%s.%N)
      bench_run "b$i-r$round-$run"
      times+=("$(bench_since "$start")")
    done
    bench_halt
    echo "round $round, $(basename "${wars[$i]}") ($i): first ${times[0]} s, warm ${times[1]} ${times[2]} ${times[3]} s; last run: $(bench_steps "b$i-r$round-warm-3")"
  done
done
