#!/usr/bin/env bash
# The benchmark harness: builds the command-line jar through the reactor, then measures whole
# processes (gatelint through ./gatelint, cfn-lint, a bare parse pass, java -version), alternating,
# median of N. See bench/README.md.
#
#   bench/run.sh [--reps N] [--only SCENARIO...] [--size small|medium|large] [--no-build] [--offline]
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/bench.py "$@"
