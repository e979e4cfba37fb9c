#!/usr/bin/env bash
# Generates a ~200 MB Terraform plan (mostly aws_s3_bucket, some aws_lb) under bench/out/ and
# measures, in one JVM with a 256 MB heap, a bare Jackson streaming pass against
# TerraformPlanParser.parse and a whole lint of it, alternating, a few repetitions each.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${SIZE_MB:-200}"
REPS="${REPS:-3}"
OUT=bench/out
PLAN="$OUT/plan-${SIZE_MB}mb.json"
mkdir -p "$OUT"
mvn -B -q ${MVN_OFFLINE:-} -pl core compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$OUT/core.classpath" -Dmdep.includeScope=runtime
CP="core/target/classes:$(cat "$OUT/core.classpath")"
if [ ! -f "$PLAN" ]; then
  java -cp "$CP" bench/TfPlanBench.java generate "$PLAN" "$SIZE_MB"
fi
java -Xmx256m -cp "$CP" bench/TfPlanBench.java measure "$PLAN" "$REPS"
