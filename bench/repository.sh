#!/usr/bin/env bash
# Does a component's cost grow with the job repository? One sitting, one build, embedded H2, item-count 1:
#   1. a server on a fresh store: a first run, then three runs of synth N whose generate step is timed
#   2. the same store with the checkpoint rows of K earlier runs added (the rows the batch runtime keeps for every
#      run of every step), the server booted again: three runs timed the same way
# Prints the generate step's median (ms per component) on both and their ratio: 1.0 means no growth.
# Not a test: numbers depend on the machine.
#
#   bench/repository.sh [N] [K]     # N components (default 200), K earlier runs (default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
k=${2:-5000}
port=${BENCH_PORT:-18080}
[ -f target/backforge.war ] && [ -f target/backforge-cli.jar ] || ./mvnw -q -B -DskipTests package
h2=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)
[ -n "$h2" ] || { ./mvnw -q -B dependency:get -Dartifact=com.h2database:h2:2.2.224 > /dev/null;
  h2=~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar; }
work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
java -jar target/backforge-cli.jar synth "$n" > "$work/synth.json"
python3 -c "import json,sys; print(json.dumps({'architecture': json.load(open(sys.argv[1])), 'options': {'item_count': 1}}))" \
  "$work/synth.json" > "$work/launch.json"
sed "s#@backforge.workspace@#$work/ws#g" server-config/post-boot-h2.asadmin > "$work/post-boot.asadmin"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
mkdir -p "$work/ws"
printf '%s\n' "$password" | java -jar target/backforge-cli.jar user add bench --role operator --file "$work/ws/users" > /dev/null
auth="bench:$password"

boot() {
  java -Xmx1g -Dbackforge.workspace="$work/ws" -jar target/payara-micro.jar --nohazelcast \
    --postbootcommandfile "$work/post-boot.asadmin" --deploy target/backforge.war --contextroot / --port "$port" \
    >> "$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do curl -sf "localhost:$port/health/ready" > /dev/null && break; sleep 1; done
}
halt() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# one run under a workflow of its own; prints its generate step in seconds
run_once() {
  local run status
  run=$(curl -sf -u "$auth" -X POST -H 'Content-Type: application/json' --data @"$work/launch.json" \
    "localhost:$port/api/v1/workflows/$1/runs" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
  while :; do
    status=$(curl -sf -u "$auth" "localhost:$port/api/v1/runs/$run" | grep -o '"status":"[A-Z_]*"' | head -1 | cut -d'"' -f4)
    case "$status" in
      COMPLETED) break ;; FAILED|STOPPED|ABANDONED) echo "run failed" >&2; exit 1 ;; esac
    sleep 0.5
  done
  curl -sf -u "$auth" "localhost:$port/api/v1/runs/$run" | python3 -c "
import datetime, json, sys
at = lambda t: datetime.datetime.fromisoformat(t.replace('Z', '+00:00'))
s = [s for s in json.load(sys.stdin)['steps'] if s['name'] == 'generate'][0]
print((at(s['ended_at']) - at(s['started_at'])).total_seconds())"
}

boot
run_once fresh-first > /dev/null
fresh="$(run_once fresh-1) $(run_once fresh-2) $(run_once fresh-3)"
halt
# the rows K earlier runs leave: a reader's and a writer's checkpoint for each of the three chunk steps
java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/ws/db/backforge" -user backforge -password backforge \
  -sql "insert into JBATCHCHECKPOINTDATA (id, obj) select (x + 1000000) || ',' || s.n || ',' || r.n,
        (select max(obj) from JBATCHCHECKPOINTDATA) from system_range(1, $k)
        cross join (values 'order', 'generate', 'verify') s(n) cross join (values 'READER', 'WRITER') r(n)" > /dev/null
boot
run_once aged-first > /dev/null
aged="$(run_once aged-1) $(run_once aged-2) $(run_once aged-3)"
halt
python3 - "$n" "$k" "$fresh" "$aged" <<'PY'
import statistics, sys
n, k = int(sys.argv[1]), int(sys.argv[2])
fresh, aged = ([float(x) for x in a.split()] for a in sys.argv[3:5])
f, a = statistics.median(fresh), statistics.median(aged)
print(f"generate step, fresh store:          {f:6.2f} s = {1000 * f / n:5.1f} ms per component "
      f"(median of {' '.join(f'{x:.2f}' for x in fresh)})")
print(f"generate step, {k} earlier runs: {a:6.2f} s = {1000 * a / n:5.1f} ms per component "
      f"(median of {' '.join(f'{x:.2f}' for x in aged)})")
print(f"aged / fresh: {a / f:.2f}")
PY
