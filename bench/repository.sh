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
. bench/server-lib.sh
h2=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)
[ -n "$h2" ] || { ./mvnw -q -B dependency:get -Dartifact=com.h2database:h2:2.2.224 > /dev/null;
  h2=~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar; }
bench_setup "$n"

# one run under a workflow of its own; prints its generate step in seconds
run_once() {
  bench_run "$1"
  python3 - "$work/run-$1.json" <<'PY'
import datetime, json, sys
at = lambda t: datetime.datetime.fromisoformat(t.replace('Z', '+00:00'))
s = [s for s in json.load(open(sys.argv[1]))['steps'] if s['name'] == 'generate'][0]
print((at(s['ended_at']) - at(s['started_at'])).total_seconds())
PY
}

bench_boot
run_once fresh-first > /dev/null
fresh="$(run_once fresh-1) $(run_once fresh-2) $(run_once fresh-3)"
bench_halt
# the rows K earlier runs leave: a reader's and a writer's checkpoint for each of the three chunk steps
java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/ws/db/backforge" -user backforge -password backforge \
  -sql "insert into JBATCHCHECKPOINTDATA (id, obj) select (x + 1000000) || ',' || s.n || ',' || r.n,
        (select max(obj) from JBATCHCHECKPOINTDATA) from system_range(1, $k)
        cross join (values 'order', 'generate', 'verify') s(n) cross join (values 'READER', 'WRITER') r(n)" > /dev/null
bench_boot
run_once aged-first > /dev/null
aged="$(run_once aged-1) $(run_once aged-2) $(run_once aged-3)"
bench_halt
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
