#!/usr/bin/env bash
# Backforge's command line against OpenAPI Generator's python-fastapi generator, side by side in one sitting: the
# store example and a 50-resource synthetic artifact (synth 301: 50 each of entity, model, repository, service, api,
# exception, and a config), each also as the OpenAPI 3.0 document its api and model components describe.
#
#   bench/versus-openapi-generator.sh [ROUNDS]   # default 3; fetches openapi-generator-cli 7.25.0 from Maven Central
#
# Each round starts a fresh JVM per tool: Backforge as shipped (bin/backforge, its JVM settings) and as a plain
# java -jar with default flags, OpenAPI Generator as its documentation runs it (java -jar, default flags). Prints the
# median wall time, the peak RSS and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
version=7.25.0
jar=target/backforge-cli.jar
[ -f "$jar" ] || ./mvnw -q -DskipTests package
oag=target/bench/openapi-generator-cli-$version.jar
[ -f "$oag" ] || ./mvnw -q -ntp dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:$version \
  -DoutputDirectory=target/bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp src/main/resources/examples/store-inventory.json "$work/store.json"
java -jar "$jar" synth 301 > "$work/synth301.json"

# one timed run: "seconds peak_kib"; the command's output folder is appended as its last argument
once() {
  rm -rf "$work/out"
  /usr/bin/time -o "$work/time" -f '%e %M' "$@" "$work/out" > /dev/null 2>&1
  cat "$work/time"
}

# the median of a column of numbers
median() { sort -n | sed -n "$(( (rounds + 1) / 2 ))p"; }

for case in store synth301; do
  python3 bench/openapi_from_artifact.py "$work/$case.json" > "$work/$case.openapi.json"
  : > "$work/launcher"; : > "$work/plain"; : > "$work/oag"
  # the three in turn, round after round, so that a drift of the machine's speed touches each alike
  for _ in $(seq "$rounds"); do
    once bin/backforge generate "$work/$case.json" --out >> "$work/launcher"
    once java -jar "$jar" generate "$work/$case.json" --out >> "$work/plain"
    once java -jar "$oag" generate -g python-fastapi -i "$work/$case.openapi.json" -o >> "$work/oag"
  done
  python3 - "$case" "$work" "$rounds" <<'PY'
import statistics, sys
case, work, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
def read(name):
    rows = [tuple(map(float, line.split())) for line in open(f"{work}/{name}")]
    return statistics.median_low(r[0] for r in rows), max(r[1] for r in rows) / 1024
(lt, lm), (pt, pm), (ot, om) = read("launcher"), read("plain"), read("oag")
print(f"{case}: backforge bin/backforge {lt:.2f} s {lm:.0f} MiB, java -jar {pt:.2f} s {pm:.0f} MiB;"
      f" openapi-generator python-fastapi {ot:.2f} s {om:.0f} MiB;"
      f" openapi-generator over backforge {ot / lt:.2f} (bin/backforge), {ot / pt:.2f} (java -jar)")
PY
done

java -jar "$jar" synth 5000 > "$work/synth5000.json"
read -r t m < <(once bin/backforge generate "$work/synth5000.json" --out)
read -r pt pm < <(once java -jar "$jar" generate "$work/synth5000.json" --out)
echo "synth 5000: backforge bin/backforge $t s, $(( m / 1024 )) MiB peak; java -jar $pt s, $(( pm / 1024 )) MiB peak"
