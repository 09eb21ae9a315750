#!/bin/sh
# The server's JIT setting for this host, printed for a launcher's command line (backforge.sh, docker-compose.yml,
# the benchmarks). On 2 cores or fewer: C1 only. There C2 keeps recompiling the server's broad path (batch runtime,
# JPA, H2, templates, verification) run after run, on the cores the runs need: measured with synth 1,000, the first
# run after boot took 1.56-1.71x a warm one with C2 and 1.12-1.20x with C1 only, and warm runs were alike (README,
# "Template path"). JAVA_OPTS that choose the JIT's tiers themselves win: nothing is printed then.
case " ${JAVA_OPTS:-} " in
  *TieredStopAtLevel* | *TieredCompilation*) exit 0 ;;
esac
if [ "$(nproc 2>/dev/null || echo 4)" -le 2 ]; then
  echo "-XX:TieredStopAtLevel=1"
fi
