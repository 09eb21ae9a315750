#!/usr/bin/env bash
# End-to-end benchmark on Payara Micro, side by side with the core alone, in one sitting:
#   1. the artifact through the REST API and the batch job, item-count 1, embedded H2 store: the first run after the
#      server is ready, then three (warm) runs, each under a workflow of its own
#   2. the command line as shipped (bin/backforge, one thread, as the job generates one component at a time) right
#      after each warm run, with the server idle: the machine's speed drifts over minutes, a pair shares its moment
# Prints components/s for each, the first run over the median warm one, the warm server over the command line (each
# pair's ratio and their median), and for each run its steps and the seconds the server JVM spent compiling (JIT)
# and in GC meanwhile (jstat).
# Not a test: numbers depend on the machine.
#
#   bench/server.sh [N]      # N components (default 1000), backforge-cli.jar synth N --chain
# BENCH_SERVER_OPTS: the server's JIT options instead of the shipped launcher's (server-config/jvm-options.sh), e.g.
# -XX:TieredStopAtLevel=4 for C2 on a 2-core host; set but empty: the JVM's defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
. bench/server-lib.sh
bench_setup "$n" --chain

# the command line as shipped (bin/backforge), once
core_once() {
  local start
  rm -rf "$work/core"
  start=$(date +%s.%N)
  bin/backforge generate "$work/synth.json" --out "$work/core" --threads 1 > /dev/null
  bench_since "$start"
}
bench_boot
# the server JVM's JIT compile time and GC time so far, in seconds (jstat, the JDK's own counters)
jvm_counters() {
  echo "$(jstat -compiler "$pid" | awk 'NR==2 {print $4}') $(jstat -gc "$pid" | awk 'NR==2 {print $NF}')"
}
# one run of the artifact under a workflow of its own (so nothing is reused), launch to COMPLETED, in seconds; the
# JIT and GC time it saw go to $work/jvm-WORKFLOW
run_once() {
  local start before
  before=$(jvm_counters)
  start=$(date +%s.%N)
  bench_run "$1"
  bench_since "$start"
  echo "$before $(jvm_counters)" > "$work/jvm-$1"
}
first_s=$(run_once bench-first)
# warm: three later runs, each followed by the command line (one run alone swings by a quarter on shared cores)
warm_s=
core_s=
for i in 1 2 3; do
  warm_s="$warm_s $(run_once "bench-warm-$i")"
  core_s="$core_s $(core_once)"
done
python3 - "$components" "$core_s" "$first_s" "$warm_s" <<'PY'
import statistics, sys
n, first = int(sys.argv[1]), float(sys.argv[3])
cores, warms = [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[4].split()]
core, warm = statistics.median(cores), statistics.median(warms)
print(f"command line:          {n} components in {core:6.1f} s = {n / core:6.1f} components/s "
      f"(bin/backforge, one thread, incl. JVM start; median of {' '.join(f'{c:.1f}' for c in cores)})")
print(f"Payara, first run:     {n} components in {first:6.1f} s = {n / first:6.1f} components/s (launch to COMPLETED)")
print(f"Payara, warm run:      {n} components in {warm:6.1f} s = {n / warm:6.1f} components/s "
      f"(median of {' '.join(f'{w:.1f}' for w in warms)})")
print(f"first run / warm run:  {first / warm:.2f}")
pairs = [w / c for w, c in zip(warms, cores)]
print(f"warm server / command line: {statistics.median(pairs):.2f} (time; median of the pairs "
      f"{' '.join(f'{p:.2f}' for p in pairs)}; of the medians {warm / core:.2f})")
PY
# each run's steps, and the JIT and GC seconds it saw
jvm_seconds() {
  python3 -c "import sys; c0, g0, c1, g1 = map(float, sys.argv[1:]); print(f'JIT compiling {c1 - c0:.1f}, GC {g1 - g0:.2f}')" \
    $(cat "$work/jvm-$1")
}
echo "steps (s), first run:  $(bench_steps bench-first); $(jvm_seconds bench-first)"
for i in 1 2 3; do
  echo "steps (s), warm run $i: $(bench_steps "bench-warm-$i"); $(jvm_seconds "bench-warm-$i")"
done
