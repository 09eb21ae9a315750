#!/usr/bin/env bash
# Backforge on Payara Micro.
#
#   ./backforge.sh demo [ARTIFACT.json]   build, boot the server in the background on the embedded H2 store, generate
#                                          the shipped store example (or ARTIFACT.json), follow it to the end
#   ./backforge.sh start                  run the server in the foreground (Ctrl-C stops it)
#   ./backforge.sh stop                   stop a server started by 'demo'
#
# Settings (environment):
#   BACKFORGE_WORKSPACE  where runs write their files, and the H2 database lives   (default ./workspace)
#   BACKFORGE_PORT       HTTP port                                                  (default 8080)
#   BACKFORGE_DB         h2 | postgres                                               (default h2)
#   BACKFORGE_DB_HOST, BACKFORGE_DB_PORT, BACKFORGE_DB_NAME, BACKFORGE_DB_USER, BACKFORGE_DB_PASSWORD
#                        PostgreSQL connection      (default 127.0.0.1, 5432, backforge, backforge, backforge)
#   BACKFORGE_CLUSTER    join Payara's data grid with this discovery, e.g. tcpip:10.0.0.1:6900,10.0.0.2:6900
#                        or dns:backforge.internal:6900 (default: no grid, --nohazelcast)
#   BACKFORGE_CLUSTER_PORT  the data grid port of this instance                      (default 6900)
#   BACKFORGE_INSTANCE_NAME this instance's name among those sharing the store        (default the host name)
#   JAVA_OPTS            extra JVM options, e.g. -Dbackforge.recovery.auto-restart=false (on 2 cores or fewer the
#                        server runs C1 only unless these choose the JIT's tiers: server-config/jvm-options.sh)
#
# Access: on first use the script creates an operator, "operator", with a random password kept in
# $BACKFORGE_WORKSPACE/operator.password (readable by you only); the server reads only its hash, from the users file
# $BACKFORGE_WORKSPACE/users (mode 0600). More users:
#   java -jar target/backforge-cli.jar user add NAME --role operator|viewer --file $BACKFORGE_WORKSPACE/users
set -euo pipefail
cd "$(dirname "$0")"

workspace=$(mkdir -p "${BACKFORGE_WORKSPACE:-workspace}" && cd "${BACKFORGE_WORKSPACE:-workspace}" && pwd)
port=${BACKFORGE_PORT:-8080}
db=${BACKFORGE_DB:-h2}
log="$workspace/server.log"
pidfile="$workspace/server.pid"

build() {
  echo "backforge: building (./mvnw package)..."
  ./mvnw -q -B -DskipTests package
}

post_boot_file() {
  local out="$workspace/post-boot-$db.asadmin"
  case "$db" in
    h2) sed "s#@backforge.workspace@#$workspace#g" server-config/post-boot-h2.asadmin > "$out" ;;
    postgres) sed -e "s#@backforge.db.host@#${BACKFORGE_DB_HOST:-127.0.0.1}#g" \
                  -e "s#@backforge.db.port@#${BACKFORGE_DB_PORT:-5432}#g" \
                  -e "s#@backforge.db.name@#${BACKFORGE_DB_NAME:-backforge}#g" \
                  -e "s#@backforge.db.user@#${BACKFORGE_DB_USER:-backforge}#g" \
                  -e "s#@backforge.db.password@#${BACKFORGE_DB_PASSWORD:-backforge}#g" \
                  server-config/post-boot-postgres.asadmin > "$out" ;;
    *) echo "backforge: BACKFORGE_DB must be h2 or postgres" >&2; exit 64 ;;
  esac
  echo "$out"
}

# the demo operator: a random password on first use; the server reads only its hash, from the private users file
credentials() {
  local file="$workspace/operator.password"
  if [ ! -f "$file" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$file")
  fi
  export BACKFORGE_USER=operator BACKFORGE_PASSWORD
  BACKFORGE_PASSWORD=$(cat "$file")
  if [ ! -f "$workspace/users" ] || [ "$file" -nt "$workspace/users" ]; then
    java -jar target/backforge-cli.jar user add operator --role operator --file "$workspace/users" < "$file" > /dev/null
  fi
}

server_command() {
  local libs=()
  [ "$db" = postgres ] && libs=(--addlibs target/lib/postgresql.jar)
  local grid=(--nohazelcast)
  [ -n "${BACKFORGE_CLUSTER:-}" ] && grid=(--clustername backforge --clustermode "$BACKFORGE_CLUSTER"
    --startport "${BACKFORGE_CLUSTER_PORT:-6900}")
  # no --rootDir: each boot gets a fresh runtime folder; runs, job repository and files live in the store and workspace
  echo java $(sh server-config/jvm-options.sh) ${JAVA_OPTS:-} -Xmx1g -Dbackforge.workspace="$workspace" -jar target/payara-micro.jar "${grid[@]}" \
    --postbootcommandfile "$(post_boot_file)" "${libs[@]}" --deploy target/backforge.war --contextroot / --port "$port"
}

# a server an earlier demo started is stopped, so that the fresh build is what answers
stop_ours() {
  [ -f "$pidfile" ] || return 1
  local pid; pid=$(cat "$pidfile")
  rm -f "$pidfile"
  kill "$pid" 2>/dev/null || return 1
  echo "backforge: stopping the server an earlier demo started (pid $pid)"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}

wait_ready() {
  printf 'backforge: waiting for the server on port %s' "$port"
  for _ in $(seq 1 180); do
    if curl -sf "http://localhost:$port/health/ready" > /dev/null 2>&1; then echo " ready"; return 0; fi
    if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo; echo "backforge: the server exited; last lines of $log:" >&2; tail -20 "$log" >&2; exit 1
    fi
    printf '.'; sleep 1
  done
  echo; echo "backforge: the server did not become ready in 180 s; see $log" >&2; exit 1
}

case "${1:-demo}" in
  demo)
    artifact=${2:-src/main/resources/examples/store-inventory.json}
    build
    credentials
    stop_ours || true
    if curl -s -o /dev/null "http://localhost:$port/" 2>/dev/null; then
      echo "backforge: another server answers on port $port; stop it or choose another BACKFORGE_PORT" >&2
      exit 1
    fi
    echo "backforge: starting Payara Micro ($db store, workspace $workspace, log $log)"
    # shellcheck disable=SC2046
    nohup $(server_command) > "$log" 2>&1 &
    echo $! > "$pidfile"
    wait_ready
    BACKFORGE_WORKSPACE="$workspace" java -jar target/backforge-cli.jar launch "$artifact" \
      --server "http://localhost:$port/" --workflow demo
    echo "backforge: the server keeps running on http://localhost:$port/ (API under /api/v1, console at /console/);"
    echo "           sign in as operator with the password in $workspace/operator.password; ./backforge.sh stop ends it"
    ;;
  start)
    [ -f target/backforge.war ] || build
    credentials
    echo "backforge: Payara Micro on port $port, $db store, workspace $workspace"
    echo "backforge: operator password in $workspace/operator.password"
    # shellcheck disable=SC2046
    exec $(server_command)
    ;;
  stop)
    stop_ours || echo "backforge: no server started by demo is running"
    ;;
  *) sed -n '2,16p' "$0"; exit 64 ;;
esac
