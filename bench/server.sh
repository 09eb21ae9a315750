#!/usr/bin/env bash
# End-to-end benchmark on Payara Micro, side by side with the core alone, in one sitting:
#   1. the core alone (target/backforge-cli.jar, one thread, as the job generates one component at a time)
#   2. the same artifact through the REST API and the batch job, item-count 1, embedded H2 store
# Prints components/s for both and their ratio. Not a test: numbers depend on the machine.
#
#   bench/server.sh [N]      # N components (default 1000), backforge-cli.jar synth N --chain
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

start=$(date +%s.%N)
java -jar target/backforge-cli.jar generate "$work/synth.json" --out "$work/core" --threads 1 > /dev/null
core_s=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")

sed "s#@backforge.workspace@#$work/ws#g" server-config/post-boot-h2.asadmin > "$work/post-boot.asadmin"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
mkdir -p "$work/ws"
printf '%s\n' "$password" | java -jar target/backforge-cli.jar user add bench --role operator --file "$work/ws/users" > /dev/null
auth="bench:$password"
java -Xmx1g -Dbackforge.workspace="$work/ws" -jar target/payara-micro.jar --nohazelcast \
  --postbootcommandfile "$work/post-boot.asadmin" --deploy target/backforge.war --contextroot / --port "$port" \
  > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do curl -sf "localhost:$port/health/ready" > /dev/null && break; sleep 1; done
python3 -c "import json,sys; print(json.dumps({'architecture': json.load(open(sys.argv[1])), 'options': {'item_count': 1}}))" \
  "$work/synth.json" > "$work/launch.json"
start=$(date +%s.%N)
run=$(curl -sf -u "$auth" -X POST -H 'Content-Type: application/json' --data @"$work/launch.json" \
  "localhost:$port/api/v1/workflows/bench/runs" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
while :; do
  status=$(curl -sf -u "$auth" "localhost:$port/api/v1/runs/$run" | python3 -c "import json,sys; print(json.load(sys.stdin)['status'])")
  case "$status" in COMPLETED) break ;; FAILED|STOPPED|ABANDONED) echo "run $status" >&2; exit 1 ;; esac
  sleep 0.5
done
server_s=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")
python3 - "$components" "$core_s" "$server_s" <<'PY'
import sys
n, core, server = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"core alone:          {n} components in {core:6.1f} s = {n / core:6.1f} components/s (one thread, incl. JVM start)")
print(f"Payara, item-count 1: {n} components in {server:6.1f} s = {n / server:6.1f} components/s (launch to COMPLETED)")
print(f"ratio server/core:   {(n / server) / (n / core):.2f}")
PY
