#!/usr/bin/env bash
# Renders gatelint's HTML report in headless Chromium, the way a person opens it, and checks what
# the browser built: one list item per finding, the summary, no script. Installs Debian's chromium
# when it is missing. Usage: .ci/check-html.sh [FIXTURE]   (default: fixtures/ecs-nginx-express/bad)
set -euo pipefail
cd "$(dirname "$0")/.."
fixture=${1:-fixtures/ecs-nginx-express/bad}
jar=cli/target/gatelint.jar
mkdir -p target
if ! command -v chromium >/dev/null 2>&1; then
  echo "check-html: installing chromium from Debian's packages"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi
fi
[ -f "$jar" ] || mvn -B -q -DskipTests -pl cli -am install
java -jar "$jar" lint "$fixture" --fail-on never --format html=target/gatelint.html --format json=target/gatelint-html.json > /dev/null
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile")
chromium "${flags[@]}" --dump-dom "file://$PWD/target/gatelint.html" > target/gatelint-html.dom 2>/dev/null
chromium "${flags[@]}" --window-size=1200,1600 --screenshot="$PWD/target/gatelint-html.png" \
  "file://$PWD/target/gatelint.html" > /dev/null 2>&1 || true
expected=$(python3 -c 'import json,sys; print(len(json.load(open("target/gatelint-html.json"))["findings"]))')
rendered=$(grep -o '<li class="finding' target/gatelint-html.dom | wc -l)
echo "check-html: $fixture: $expected finding(s) in JSON, $rendered rendered by Chromium"
[ "$expected" -gt 0 ] && [ "$expected" = "$rendered" ] || { echo "check-html: mismatch" >&2; exit 1; }
grep -q 'id="summary"' target/gatelint-html.dom || { echo "check-html: no summary rendered" >&2; exit 1; }
! grep -qi '<script' target/gatelint-html.dom || { echo "check-html: the page holds a script" >&2; exit 1; }
echo "check-html: ok (screenshot target/gatelint-html.png)"
