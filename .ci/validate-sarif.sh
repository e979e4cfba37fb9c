#!/usr/bin/env bash
# Validates gatelint's SARIF the way a real consumer reads it: Microsoft's SARIF Multitool applies
# the SARIF specification's rules (SARIF1xxx/2xxx) and GitHub code scanning's ingestion rules
# (GH1xxx/GH2xxx). Fails on any error-level result; prints warnings and counts notes.
#
# Usage: .ci/validate-sarif.sh [FILE.sarif]   (default: lint fixtures/alb-basic/bad with the built jar)
#
# Needs java, node and npm. The Multitool is installed with npm into target/ (no global install);
# the gatelint jar is built first when it is missing.
set -euo pipefail

cd "$(dirname "$0")/.."

MULTITOOL_VERSION=5.7.0
prefix="target/sarif-multitool-$MULTITOOL_VERSION"
jar=cli/target/gatelint.jar
sarif=${1:-target/gatelint.sarif}
report=target/sarif-validation.sarif
log=target/sarif-validation.log

mkdir -p target
if [ ! -f "$prefix/node_modules/@microsoft/sarif-multitool/package.json" ]; then
  echo "validate-sarif: installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into $prefix"
  npm install --prefix "$prefix" --save-exact --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >&2
fi
# The package's own launcher runs the tool through a shell, which splits "Gh;Sarif" at the ';':
# call the self-contained native binary it points to instead.
multitool=$(node -p "require(require('path').resolve('$prefix/node_modules/@microsoft/sarif-multitool'))")
chmod u+x "$multitool"
# The binary needs ICU for culture data unless told to run culture-invariant.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

rm -f "$report"
if [ $# -eq 0 ]; then
  if [ ! -f "$jar" ]; then
    echo "validate-sarif: building $jar"
    mvn -B -q -DskipTests -pl cli -am install >&2
  fi
  rm -f "$sarif"
  java -jar "$jar" lint fixtures/alb-basic/bad --format "sarif=$sarif" --fail-on never >/dev/null
fi
# Its console listing goes to the log; the summary below reads its SARIF report.
if ! "$multitool" validate "$sarif" --rule-kind "Gh;Sarif" --level "Error;Warning;Note" --output "$report" >"$log" 2>&1 \
    || [ ! -s "$report" ]; then
  cat "$log" >&2
  echo "validate-sarif: the Multitool failed or wrote no report ($report)" >&2
  exit 1
fi

# The Multitool exits 0 even when it reports errors: count them from its own SARIF output.
node - "$report" "$sarif" <<'JS'
const fs = require('fs');
const [report, target] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(report, 'utf8')).runs[0];
const rules = (run.tool.driver.rules || []);
const text = (r) => {
  const m = r.message || {};
  if (m.text) return m.text;
  const rule = rules[r.ruleIndex] || rules.find((x) => x.id === r.ruleId) || {};
  const template = ((rule.messageStrings || {})[m.id] || {}).text || m.id || '';
  return template.replace(/\{(\d+)\}/g, (_, i) => (m.arguments || [])[i] ?? '');
};
const count = { error: 0, warning: 0, note: 0, none: 0 };
for (const r of run.results || []) {
  const level = r.level || 'warning';
  count[level] = (count[level] || 0) + 1;
  if (level === 'error' || level === 'warning') console.log(`${level} ${r.ruleId}: ${text(r)}`);
}
const notes = {};
for (const r of run.results || []) if ((r.level || 'warning') === 'note') notes[r.ruleId] = (notes[r.ruleId] || 0) + 1;
for (const [id, n] of Object.entries(notes)) console.log(`note ${id}: ${n} result(s)`);
console.log(`validate-sarif: ${target}: ${count.error} error(s), ${count.warning} warning(s), ${count.note} note(s)`);
process.exit(count.error > 0 ? 1 : 0);
JS
