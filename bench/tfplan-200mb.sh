#!/usr/bin/env bash
# Generates large Terraform plans under bench/out/ (or OUT, e.g. a folder under /tmp) and measures each in one JVM with a 256 MB heap: a bare Jackson streaming pass against TerraformPlanParser.parse and a whole lint of it,
# alternating, a few repetitions each; /usr/bin/time prints the JVM's wall time and peak RSS.
#
# Shapes (SHAPES, default all three):
#   mixed     mostly aws_s3_bucket with some aws_lb, and a prior_state
#   sg-rules  391k aws_security_group_rule (7,821 groups) with configuration references: all modelled
#   buckets   1,000,000 aws_s3_bucket (not modelled: streamed past) and one aws_lb
# SIZE_MB (default 200) scales mixed and sg-rules; sg-rules at 200 holds the issue's 391k rules
# (402 MB as written here); buckets is always a million resources (489 MB).
# For the model's memory alone: java -XmxN -Xlog:gc -cp "$CP" bench/TfPlanBench.java model PLAN
# reads and maps one plan without the per-file time budget and prints the heap the model holds.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${SIZE_MB:-200}"
REPS="${REPS:-3}"
SHAPES="${SHAPES:-mixed sg-rules buckets}"
OUT="${OUT:-bench/out}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
mvn -B -q ${MVN_OFFLINE:-} -pl core compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/core.classpath" -Dmdep.includeScope=runtime
CP="core/target/classes:$(cat "$OUT/core.classpath")"
for shape in $SHAPES; do
  PLAN="$OUT/plan-$shape-${SIZE_MB}.json"
  if [ ! -f "$PLAN" ]; then
    java -cp "$CP" bench/TfPlanBench.java generate "$PLAN" "$SIZE_MB" "$shape"
  fi
  echo "== $shape"
  /usr/bin/time -f "$shape: wall %e s, peak RSS %M KB, exit %x" \
    java -Xmx256m -cp "$CP" bench/TfPlanBench.java measure "$PLAN" "$REPS"
done
