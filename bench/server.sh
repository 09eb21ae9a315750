#!/usr/bin/env bash
# End-to-end benchmark on Payara Micro, side by side with the core alone, in one sitting:
#   1. the command line as shipped (bin/backforge, one thread, as the job generates one component at a time), 3 times
#   2. the same artifact through the REST API and the batch job, item-count 1, embedded H2 store: the first run after
#      the server is ready, then three (warm) runs, each under a workflow of its own
# Prints components/s for each, the first run over the median warm one, and the warm server over the command line's
# median. Not a test: numbers depend on the machine.
#
#   bench/server.sh [N]      # N components (default 1000), backforge-cli.jar synth N --chain
# BENCH_SERVER_OPTS: more JVM options for the server (e.g. -XX:TieredStopAtLevel=1 to compare the JIT's tiers).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
port=${BENCH_PORT:-18080}
[ -f target/backforge.war ] && [ -f target/backforge-cli.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
java -jar target/backforge-cli.jar synth "$n" --chain > "$work/synth.json"
components=$(python3 -c "import json,sys; print(sum(c['assigned_to']=='backend' for c in json.load(open(sys.argv[1]))['components']))" "$work/synth.json")

# the command line as shipped (bin/backforge), three times: the median is compared
core_once() {
  local start
  rm -rf "$work/core"
  start=$(date +%s.%N)
  bin/backforge generate "$work/synth.json" --out "$work/core" --threads 1 > /dev/null
  python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)"
}
core_s="$(core_once) $(core_once) $(core_once)"

sed "s#@backforge.workspace@#$work/ws#g" server-config/post-boot-h2.asadmin > "$work/post-boot.asadmin"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
mkdir -p "$work/ws"
printf '%s\n' "$password" | java -jar target/backforge-cli.jar user add bench --role operator --file "$work/ws/users" > /dev/null
auth="bench:$password"
java ${BENCH_SERVER_OPTS:-} -Xmx1g -Dbackforge.workspace="$work/ws" -jar target/payara-micro.jar --nohazelcast \
  --postbootcommandfile "$work/post-boot.asadmin" --deploy target/backforge.war --contextroot / --port "$port" \
  > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do curl -sf "localhost:$port/health/ready" > /dev/null && break; sleep 1; done
python3 -c "import json,sys; print(json.dumps({'architecture': json.load(open(sys.argv[1])), 'options': {'item_count': 1}}))" \
  "$work/synth.json" > "$work/launch.json"

# one run of the artifact under a workflow of its own (so nothing is reused), launch to COMPLETED, in seconds
run_once() {
  local start run status
  start=$(date +%s.%N)
  run=$(curl -sf -u "$auth" -X POST -H 'Content-Type: application/json' --data @"$work/launch.json" \
    "localhost:$port/api/v1/workflows/$1/runs" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
  while :; do
    # grep, not a Python per poll: the poller should not take the server's cores
    status=$(curl -sf -u "$auth" "localhost:$port/api/v1/runs/$run" | grep -o '"status":"[A-Z_]*"' | head -1 | cut -d'"' -f4)
    case "$status" in COMPLETED) break ;; FAILED|STOPPED|ABANDONED) echo "run $status" >&2; exit 1 ;; esac
    sleep 0.5
  done
  curl -sf -u "$auth" "localhost:$port/api/v1/runs/$run" > "$work/run-$1.json"
  python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)"
}
first_s=$(run_once bench-first)
# warm: the median of three later runs (one run alone swings by a quarter on shared cores)
warm_s="$(run_once bench-warm-1) $(run_once bench-warm-2) $(run_once bench-warm-3)"
python3 - "$components" "$core_s" "$first_s" "$warm_s" "$work" <<'PY'
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
print(f"warm server / command line: {warm / core:.2f} (time)")
import datetime, json, os
def steps(name):
    run = json.load(open(os.path.join(sys.argv[5], f"run-{name}.json")))
    at = lambda t: datetime.datetime.fromisoformat(t.replace("Z", "+00:00"))
    return " ".join(f"{s['name']} {(at(s['ended_at']) - at(s['started_at'])).total_seconds():.1f}" for s in run["steps"])
print(f"steps (s), first run:  {steps('bench-first')}")
for i in range(1, 4):
    print(f"steps (s), warm run {i}: {steps(f'bench-warm-{i}')}")
PY
