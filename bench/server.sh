#!/usr/bin/env bash
# End-to-end benchmark on Payara Micro, side by side with the core alone, in one sitting. Each of BENCH_BOOTS boots
# (default 3, each on a fresh embedded H2 store):
#   1. the artifact through the REST API and the batch job, item-count 1: the first run after the server is ready
#      and has answered one request with credentials (see sign_in), then three (warm) runs, each under a workflow of
#      its own
#   2. the command line as shipped (bin/backforge, one thread, as the job generates one component at a time) right
#      after each warm run, with the server idle: the machine's speed drifts over minutes, a pair shares its moment
# A single run here swings by a fifth from one to the next on shared cores, and a boot has only one first run: the
# ratios are medians over the boots (first run over that boot's median warm run) and over all pairs (warm server over
# the command line right after it). Also printed: each run's steps and the seconds the server JVM spent compiling
# (JIT) and in GC meanwhile (jstat).
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
# the first request with credentials after a boot checks the password (PBKDF2, remembered for five minutes), about a
# third of a second on these cores, whatever it asks: made before the first run and timed apart, so that the first
# run's launch is not charged for signing in, which the warm runs' launches are spared by the cache
sign_in() {
  curl -sf -o /dev/null -w '%{time_total}' -u "$auth" "localhost:$port/api/v1/runs"
}
boots=${BENCH_BOOTS:-3}
signins=
firsts=
warms=
cores=
for b in $(seq 1 "$boots"); do
  [ "$b" = 1 ] || { bench_halt; rm -rf "$work/ws/db" "$work/ws/workflows"; bench_boot; }
  signins="$signins $(sign_in)"
  firsts="$firsts $(run_once "b$b-first")"
  # warm: three later runs, each followed by the command line
  boot_warms=
  for i in 1 2 3; do
    boot_warms="$boot_warms,$(run_once "b$b-warm-$i")"
    cores="$cores,$(core_once)"
  done
  warms="$warms ${boot_warms#,}"
  cores="$cores "
done
python3 - "$components" "$firsts" "$warms" "$cores" "$signins" <<'PY'
import statistics, sys
n = int(sys.argv[1])
firsts = [float(x) for x in sys.argv[2].split()]
warms = [[float(x) for x in boot.split(",")] for boot in sys.argv[3].split()]
cores = [[float(x) for x in boot.strip(",").split(",")] for boot in sys.argv[4].split()]
signins = [float(x) for x in sys.argv[5].split()]
fmt = lambda xs: " ".join(f"{x:.1f}" for x in xs)
for b, (f, w, c) in enumerate(zip(firsts, warms, cores), 1):
    print(f"boot {b}: first run {f:.1f} s, warm runs {fmt(w)} s, command line {fmt(c)} s; "
          f"first / warm {f / statistics.median(w):.2f}")
all_w, all_c = [x for w in warms for x in w], [x for c in cores for x in c]
core, warm, first = statistics.median(all_c), statistics.median(all_w), statistics.median(firsts)
print(f"command line:          {n} components in {core:6.1f} s = {n / core:6.1f} components/s "
      f"(bin/backforge, one thread, incl. JVM start; median of {len(all_c)})")
print(f"Payara, first run:     {n} components in {first:6.1f} s = {n / first:6.1f} components/s "
      f"(launch to COMPLETED; median of {len(firsts)} boots)")
print(f"Payara, warm run:      {n} components in {warm:6.1f} s = {n / warm:6.1f} components/s (median of {len(all_w)})")
ratios = [f / statistics.median(w) for f, w in zip(firsts, warms)]
print(f"first run / warm run:  {statistics.median(ratios):.2f} (median of the boots' {' '.join(f'{r:.2f}' for r in ratios)})")
print(f"signing in after boot: {' '.join(f'{x:.2f}' for x in signins)} s (the first request with credentials); "
      f"first run / warm run counting it: {statistics.median((f + s) / statistics.median(w) for f, s, w in zip(firsts, signins, warms)):.2f}")
pairs = sorted(w / c for w, c in zip(all_w, all_c))
print(f"warm server / command line: {statistics.median(pairs):.2f} (time; median of {len(pairs)} pairs, "
      f"from {pairs[0]:.2f} to {pairs[-1]:.2f}; of the medians {warm / core:.2f})")
PY
# each run's steps, and the JIT and GC seconds it saw
jvm_seconds() {
  python3 -c "import sys; c0, g0, c1, g1 = map(float, sys.argv[1:]); print(f'JIT compiling {c1 - c0:.1f}, GC {g1 - g0:.2f}')" \
    $(cat "$work/jvm-$1")
}
for b in $(seq 1 "$boots"); do
  for run in first warm-1 warm-2 warm-3; do
    echo "steps (s), boot $b, $run: $(bench_steps "b$b-$run"); $(jvm_seconds "b$b-$run")"
  done
done
