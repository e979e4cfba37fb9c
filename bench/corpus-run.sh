#!/usr/bin/env bash
# Measures a whole lint run of a folder (default: the shared CloudFormation corpus beside the
# repository) against reading its files once and against parsing them with the YAML library alone,
# in one JVM, alternating. Usage: bench/corpus-run.sh [FOLDER] [REPETITIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:-../shared/corpus/cloudformation}"
REPS="${2:-5}"
OUT=bench/out
mkdir -p "$OUT"
mvn -B -q ${MVN_OFFLINE:-} -pl core install -DskipTests
mvn -B -q ${MVN_OFFLINE:-} -pl core dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$OUT/core.classpath" -Dmdep.includeScope=runtime
CP="core/target/classes:$(cat "$OUT/core.classpath")"
java -cp "$CP" bench/CorpusBench.java "$DIR" "$REPS"
