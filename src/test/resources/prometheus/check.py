"""Parses Prometheus text (the file named by the first argument, else stdin) with prometheus_client's parser and checks what Prometheus itself enforces:
one HELP and one TYPE per family, each series (name and labels) once. Prints the family count; exits 1 on a breach."""
import sys
from prometheus_client.parser import text_string_to_metric_families

text = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else sys.stdin.read()
families, series, problems = set(), set(), []
for line in text.splitlines():
    for kind in ("# HELP ", "# TYPE "):
        if line.startswith(kind):
            key = (kind, line.split(" ")[2])
            if key in families:
                problems.append("second %s line for %s" % (kind.strip(), key[1]))
            families.add(key)
count = 0
for family in text_string_to_metric_families(text):
    count += 1
    for sample in family.samples:
        key = (sample.name, tuple(sorted(sample.labels.items())))
        if key in series:
            problems.append("series twice: %s %s" % key)
        series.add(key)
if problems:
    print("\n".join(problems[:20]))
    sys.exit(1)
print(count)
