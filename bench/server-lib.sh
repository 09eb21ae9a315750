# Shared by the benchmarks that drive a Payara Micro server (sourced, not run): a work folder with a synth artifact
# and its launch body, an operator, the embedded H2 store, and runs launched and awaited over the REST API.
#
#   bench_setup N [--chain]   # $work, $work/synth.json, $work/launch.json (item-count 1), $components, $auth
#   bench_boot [WAR]          # the server (target/backforge.war, or WAR) on $port with $work/ws as its workspace, ready
#                             # when this returns
#   bench_halt                # the server stopped
#   bench_run WORKFLOW        # one run under its own workflow, to COMPLETED; its detail in $work/run-WORKFLOW.json
#   bench_since START         # the seconds since START (a `date +%s.%N` reading)
#   bench_steps WORKFLOW      # the steps of bench_run WORKFLOW's run with their seconds: "parse 0.0 order 0.4 ..."
port=${BENCH_PORT:-18080}
[ -f target/backforge.war ] && [ -f target/backforge-cli.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
pid=
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

bench_setup() {
  java -jar target/backforge-cli.jar synth "$@" > "$work/synth.json"
  components=$(python3 -c "import json,sys; print(sum(c['assigned_to']=='backend' for c in json.load(open(sys.argv[1]))['components']))" "$work/synth.json")
  python3 -c "import json,sys; print(json.dumps({'architecture': json.load(open(sys.argv[1])), 'options': {'item_count': 1}}))" \
    "$work/synth.json" > "$work/launch.json"
  sed "s#@backforge.workspace@#$work/ws#g" server-config/post-boot-h2.asadmin > "$work/post-boot.asadmin"
  local password
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  mkdir -p "$work/ws"
  printf '%s\n' "$password" | java -jar target/backforge-cli.jar user add bench --role operator --file "$work/ws/users" > /dev/null
  auth="bench:$password"
}

bench_boot() {
  # the shipped launcher's JIT setting unless BENCH_SERVER_OPTS is set (even empty: the JVM's defaults)
  java ${BENCH_SERVER_OPTS-$(sh server-config/jvm-options.sh)} -Xmx1g -Dbackforge.workspace="$work/ws" -jar target/payara-micro.jar --nohazelcast \
    --postbootcommandfile "$work/post-boot.asadmin" --deploy "${1:-target/backforge.war}" --contextroot / --port "$port" \
    >> "$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do curl -sf "localhost:$port/health/ready" > /dev/null && break; sleep 1; done
}

bench_halt() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

bench_run() {
  local run status
  run=$(curl -sf -u "$auth" -X POST -H 'Content-Type: application/json' --data @"$work/launch.json" \
    "localhost:$port/api/v1/workflows/$1/runs" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
  while :; do
    # the status, not the detail (every component), and grep, not a Python per poll: the poller should not take the
    # server's cores; the server answers as the run ends (wait), a build without that at once (then the sleep)
    status=$(curl -sf -u "$auth" "localhost:$port/api/v1/runs/$run/status?wait=30" | grep -o '"status":"[A-Z_]*"' | head -1 | cut -d'"' -f4)
    case "$status" in COMPLETED) break ;; FAILED|STOPPED|ABANDONED) echo "run $status" >&2; exit 1 ;; esac
    sleep 0.5
  done
  curl -sf -u "$auth" "localhost:$port/api/v1/runs/$run" > "$work/run-$1.json"
}

bench_since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(date +%s.%N)"; }

bench_steps() {
  python3 - "$work/run-$1.json" <<'PY'
import datetime, json, sys
at = lambda t: datetime.datetime.fromisoformat(t.replace("Z", "+00:00"))
run = json.load(open(sys.argv[1]))
print(" ".join(f"{s['name']} {(at(s['ended_at']) - at(s['started_at'])).total_seconds():.1f}" for s in run["steps"]))
PY
}
