#!/usr/bin/env bash
# Benchmark of the generation core alone (no server): throughput on a synthetic architecture, and how many
# service/utility methods the template generator writes real bodies for on the shipped examples.
#
#   bench/core.sh [N]        # N components for the synthetic run (default 1000); needs target/backforge-cli.jar
#
# Prints one line per measurement; the throughput is the median of 3 runs in one JVM start each.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
jar=target/backforge-cli.jar
[ -f "$jar" ] || ./mvnw -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/backforge-cli.jar synth "$n" --chain > "$work/synth.json"

rates=()
for run in 1 2 3; do
  java -jar "$jar" generate "$work/synth.json" --out "$work/out-$run" > "$work/log-$run"
  rate=$(grep -o '([0-9.]* components/s)' "$work/log-$run" | tr -d '(' | cut -d' ' -f1)
  rates+=("$rate")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | sed -n 2p)
echo "core: synth $n --chain, template generator + verifier + writes: ${rates[*]} components/s (median $median)"

for example in auth-service store-inventory; do
  java -jar "$jar" generate "src/main/resources/examples/$example.json" --out "$work/$example" > /dev/null
  python3 - "$work/$example/manifest.json" "src/main/resources/examples/$example.json" <<'PY'
import json, sys
manifest = json.load(open(sys.argv[1]))
types = {c["id"]: c["type"] for c in json.load(open(sys.argv[2]))["components"]}
done = stub = 0
for entry in manifest["generated_files"] + manifest["api_files"]:
    if types.get(entry["component_id"]) in ("service", "utility"):
        done += len(entry["implemented_methods"])
        stub += len(entry["stubbed_methods"])
total = done + stub
print(f"bodies: {sys.argv[2].split('/')[-1]}: service/utility methods with real bodies {done}/{total}"
      f" ({100 * done / total:.0f}%), stubs {stub}")
PY
done
