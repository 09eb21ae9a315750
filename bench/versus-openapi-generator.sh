#!/usr/bin/env bash
# Backforge's command line against OpenAPI Generator's python-fastapi generator, side by side in one sitting: the
# store example and a 50-resource synthetic artifact (synth 301: 50 each of entity, model, repository, service, api,
# exception, and a config), each also as the OpenAPI 3.0 document its api and model components describe.
#
#   bench/versus-openapi-generator.sh [ROUNDS]   # default 3; fetches openapi-generator-cli 7.25.0 from Maven Central
#
# Each round starts a fresh JVM per tool with default flags; prints the median wall time, peak RSS and the ratio.
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

# runs a command ROUNDS times; prints "median_seconds peak_kib"
measure() {
  local times=() peaks=()
  for _ in $(seq "$rounds"); do
    rm -rf "$work/out"
    /usr/bin/time -o "$work/time" -f '%e %M' "$@" -o "$work/out" > /dev/null 2>&1
    read -r t m < "$work/time"
    times+=("$t"); peaks+=("$m")
  done
  echo "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")" \
    "$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)"
}

for case in store synth301; do
  python3 bench/openapi_from_artifact.py "$work/$case.json" > "$work/$case.openapi.json"
  # measure appends "-o DIR"; Backforge takes --out, so a small shell maps it
  read -r bt bm < <(measure bash -c 'java -jar "$0" generate "$1" --out "$3"' "$jar" "$work/$case.json")
  read -r ot om < <(measure java -jar "$oag" generate -g python-fastapi -i "$work/$case.openapi.json")
  python3 - "$case" "$bt" "$bm" "$ot" "$om" <<'PY'
import sys
case, bt, bm, ot, om = sys.argv[1], *map(float, sys.argv[2:])
print(f"{case}: backforge {bt:.2f} s, {bm / 1024:.0f} MiB peak; openapi-generator python-fastapi {ot:.2f} s,"
      f" {om / 1024:.0f} MiB peak; openapi-generator takes {ot / bt:.2f}x backforge's time")
PY
done

java -jar "$jar" synth 5000 > "$work/synth5000.json"
rm -rf "$work/out"
/usr/bin/time -o "$work/time" -f '%e %M' java -jar "$jar" generate "$work/synth5000.json" --out "$work/out" > /dev/null
read -r t m < "$work/time"
echo "synth 5000: backforge $t s, $(( m / 1024 )) MiB peak"
