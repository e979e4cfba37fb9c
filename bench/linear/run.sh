#!/usr/bin/env bash
# Worst-case input shapes of 1-64 KiB per parser, timed in one JVM: prints the median time per size
# and exits 1 when a shape grows faster than linearly from 32 to 64 KiB. A benchmark, not a test:
# run it on a quiet machine after building the command-line jar.
#
#   bash bench/linear/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=cli/target/gatelint.jar
if [ ! -f "$JAR" ]; then
  mvn -B -o -q -pl core,cli package -DskipTests
fi
exec java -cp "$JAR" bench/linear/LinearBench.java
