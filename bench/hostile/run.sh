#!/usr/bin/env bash
# Hostile inputs of issue 11, each generated at run time into a temporary folder and linted by the
# command-line jar under a wall-clock timeout. Prints one Markdown table row per case: exit code,
# wall time, peak RSS and whether the outcome is what issue 11 requires.
#
#   bash bench/hostile/run.sh              every case
#   bash bench/hostile/run.sh CASE...      the named cases
#   bash bench/hostile/run.sh --list       the case names
#
# Environment (defaults in brackets): TIMEOUT [60] s per case; PLAN_MB [200] scales the security
# group rule plan (391k rules at 200) and PLAN_TIMEOUT [300] s is its timeout; YAML_MB [30] size of
# the YAML string; BLANK_KIB [64] size of the blank-line file; SLOW [15] s, the wall time above
# which a finished case counts as a hang (JVM start and the demo take a few seconds of it); KEEP=1
# keeps the temporary folder. Needs java, python3, GNU time and xmllint (Debian's time and
# libxml2-utils, installed with apt-get when missing and running as root).
#
# Quick run with smaller inputs where the point holds at a smaller size:
#   PLAN_MB=20 YAML_MB=3 BLANK_KIB=16 TIMEOUT=30 bash bench/hostile/run.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
JAR=${JAR:-$REPO/cli/target/gatelint.jar}
INSPECT="python3 $REPO/bench/hostile/inspect.py"
TIMEOUT=${TIMEOUT:-60}
PLAN_MB=${PLAN_MB:-200}
YAML_MB=${YAML_MB:-30}
PLAN_TIMEOUT=${PLAN_TIMEOUT:-300}
BLANK_KIB=${BLANK_KIB:-64}
SLOW=${SLOW:-15}
DEMO=fixtures/ecs-nginx-express/bad
DEMO_TF=fixtures/ecs-nginx-express-terraform/bad

CASES=(stub-template resources-empty-list join-alias-bomb js-constant-chain sparse-tf-3g
  explain-links-sensitive config-rule-dir-sensitive include-symlink-outside symlink-to-sys
  blank-lines-64k yaml-string-30mb nginx-include-fanout plan-391k-sg-rules lone-surrogate
  xml-illegal-chars output-names-input javascript-url baseline-dev-zero format-bogus
  invalid-glob control-chars)

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${CASES[@]}"
  exit 0
fi

need() { # need COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "installing $2 for $1" >&2
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && apt-get install -y -qq "$2") >/dev/null 2>&1
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "missing $1 (Debian package $2)" >&2; exit 3; }
}
[ -x /usr/bin/time ] || need /usr/bin/time time
need xmllint libxml2-utils
need python3 python3
need timeout coreutils

if [ ! -f "$JAR" ]; then
  echo "building the command-line jar" >&2
  ./gatelint --version >/dev/null
fi

W=$(mktemp -d "${TMPDIR:-/tmp}/gatelint-hostile.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "inputs and outputs kept in $W" >&2; else trap 'rm -rf "$W"' EXIT; fi

# ------------------------------------------------------------------ helpers

# copy_tree FIXTURE: the case's linted root $R, a copy of FIXTURE
copy_tree() {
  mkdir -p "$R"
  cp -R "$REPO/$1/." "$R/"
}

# reference FIXTURE: findings of FIXTURE alone, one "RULE file:line" a line (computed once)
reference() {
  local name ref
  name=$(echo "$1" | tr '/' '_')
  ref="$W/ref-$name.txt"
  if [ ! -f "$ref" ]; then
    java -jar "$JAR" lint --root "$REPO/$1" "$REPO/$1" --format json="$W/ref-$name.json" >/dev/null 2>&1
    $INSPECT list "$W/ref-$name.json" >"$ref"
  fi
  echo "$ref"
}

# lint [-t SECONDS] [-x JAVA_OPTION] ARG...: runs the jar in $C; sets EXIT, WALL (s), RSS (MB)
lint() {
  local t=$TIMEOUT xopt=""
  while [ $# -gt 0 ]; do
    case $1 in
      -t) t=$2; shift 2 ;;
      -x) xopt=$2; shift 2 ;;
      *) break ;;
    esac
  done
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$C/time.txt" timeout -k 5 "$t" java $xopt -jar "$JAR" lint "$@" \
    >"$C/stdout" 2>"$C/stderr" </dev/null
  EXIT=$?
  end=$(date +%s.%N)
  WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$C/time.txt")
  TIMED_OUT=0
  if [ "$EXIT" = 124 ] || [ "$EXIT" = 137 ]; then TIMED_OUT=1; fi
}

# Verdict parts: ok CONDITION-TEXT when a requirement holds, bad TEXT when it does not.
ok() { NOTES+=("$1"); }
bad() { NOTES+=("$1"); FAILED=1; }

finished() {
  if [ "$TIMED_OUT" = 1 ]; then bad "timed out after ${1:-$TIMEOUT} s"; else ok "finished"; fi
}
internal_error() { grep -q "internal error\|OutOfMemoryError\|Exception" "$C/stderr"; }
oom() { grep -q "OutOfMemoryError" "$C/stderr" "$C/stdout" "$@" 2>/dev/null; }

# demo_kept REFERENCE REPORT.json
demo_kept() {
  local msg
  if msg=$($INSPECT kept "$1" "$2"); then ok "$msg"; else bad "$msg"; fi
}

# no_text TEXT FILE...: TEXT occurs in none of the files
no_text() {
  local text=$1 hit=""
  shift
  for f in "$@"; do
    [ -f "$f" ] && grep -qF -- "$text" "$f" && hit="$hit $(basename "$f")"
  done
  if [ -z "$hit" ]; then ok "no sensitive text in outputs"; else bad "sensitive text printed in:$hit"; fi
}

exit_is() { # exit_is CODE WHAT
  if [ "$EXIT" = "$1" ]; then ok "exit $1"; else bad "exit $EXIT, not $1${2:+ ($2)}"; fi
}

# ------------------------------------------------------------------ cases

# A stub template (no Resources) beside the demo, read before it: the demo keeps every finding; no GL000 for it.
case_stub-template() {
  copy_tree $DEMO
  printf 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: a stub\n' >"$R/infra/base.yaml"
  lint --root "$R" "$R" --format json="$C/out.json"
  demo_kept "$(reference $DEMO)" "$C/out.json"
  local g
  g=$($INSPECT gl000 "$C/out.json" infra/base.yaml)
  if [ "${g%% *}" = 0 ]; then ok "no GL000 for the stub"; else bad "stub: $g"; fi
}

# Resources: [] beside the demo: the demo keeps every finding (GL000 for the bad file is fine).
case_resources-empty-list() {
  copy_tree $DEMO
  printf 'AWSTemplateFormatVersion: "2010-09-09"\nResources: []\n' >"$R/infra/empty-list.yaml"
  lint --root "$R" "$R" --format json="$C/out.json"
  demo_kept "$(reference $DEMO)" "$C/out.json"
  ok "bad file: $($INSPECT gl000 "$C/out.json" infra/empty-list.yaml)"
}

# A 1 MB template, read before the demo's, whose load balancer attribute is a !Join repeating a
# 1 MB anchor through 4,096 aliases (4 GB when expanded).
case_join-alias-bomb() {
  copy_tree $DEMO
  python3 - "$R/infra/alias.yaml" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Lb:\n')
    f.write('    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n')
    f.write('      LoadBalancerAttributes:\n        - Key: idle_timeout.timeout_seconds\n')
    f.write('          Value: !Join\n            - ""\n            - - &s "' + "9" * 1_000_000 + '"\n')
    f.write("              - *s\n" * 4095)
EOF
  lint --root "$R" "$R" --format json="$C/out.json"
  finished
  demo_kept "$(reference $DEMO)" "$C/out.json"
  local g
  g=$($INSPECT gl000 "$C/out.json" infra/alias.yaml)
  if [ "${g%% *}" != 0 ]; then ok "GL000 for the bad file"; else bad "no GL000 for the bad file"; fi
  if oom; then bad "OutOfMemoryError"; fi
}

# 1 MB of JavaScript where each constant doubles the previous one.
case_js-constant-chain() {
  copy_tree $DEMO
  python3 - "$R/app/constants.js" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write('const c0 = "0123456789abcdef";\n')
    i, size = 1, 0
    while size < 1_000_000:
        line = "const c%d = c%d + c%d;\n" % (i, i - 1, i - 1)
        f.write(line)
        size += len(line)
        i += 1
    f.write("module.exports = { c%d };\n" % (i - 1))
EOF
  lint --root "$R" "$R" --format json="$C/out.json"
  finished
  demo_kept "$(reference $DEMO)" "$C/out.json"
  ok "bad file: $($INSPECT gl000 "$C/out.json" app/constants.js)"
  if oom; then bad "OutOfMemoryError"; fi
}

# A 3 GiB sparse .tf beside the Terraform demo.
case_sparse-tf-3g() {
  copy_tree $DEMO_TF
  truncate -s 3G "$R/infra/huge.tf"
  lint --root "$R" "$R" --format json="$C/out.json"
  finished
  demo_kept "$(reference $DEMO_TF)" "$C/out.json"
  ok "bad file: $($INSPECT gl000 "$C/out.json" infra/huge.tf)"
  if oom; then bad "OutOfMemoryError"; fi
}

# The Terraform demo with its container definitions (and the service's container name) marked
# sensitive, the nginx container renamed to a token: --explain-links must not print the token.
SECRET=zz-secret-7f3a9c
case_explain-links-sensitive() {
  copy_tree $DEMO_TF
  python3 - "$R/infra/plan.json" "$SECRET" <<'EOF'
import json, sys
path, token = sys.argv[1], sys.argv[2]
plan = json.load(open(path))
def rename(node):
    if isinstance(node, dict):
        return {k: (token if k in ("name", "container_name") and v == "nginx" else rename(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [rename(v) for v in node]
    if isinstance(node, str) and '"name":"nginx"' in node:
        return node.replace('"name":"nginx"', '"name":"%s"' % token)
    return node
plan = rename(plan)
def mark(values, sensitive, address):
    if address.endswith("aws_ecs_task_definition.orders"):
        sensitive["container_definitions"] = True
    if address.endswith("aws_ecs_service.orders"):
        sensitive["load_balancer"] = [{"container_name": True} for _ in values.get("load_balancer", [])]
for r in plan["planned_values"]["root_module"]["resources"]:
    mark(r["values"], r.setdefault("sensitive_values", {}), r["address"])
for rc in plan["resource_changes"]:
    after = rc["change"].get("after") or {}
    mark(after, rc["change"].setdefault("after_sensitive", {}), rc["address"])
json.dump(plan, open(path, "w"))
EOF
  lint --root "$R" "$R" --explain-links --format text --format json="$C/out.json"
  no_text "$SECRET" "$C/stdout" "$C/stderr" "$C/out.json"
  if grep -q "aws_ecs_service.orders" "$C/stdout"; then ok "chain printed"; else bad "no ECS chain printed (check is void)"; fi
}

# The ALB Terraform twin with its access log bucket marked sensitive and a rule folder added by
# the repository's gatelint.yml whose placeholders print it next to word characters and as the
# resource.
case_config-rule-dir-sensitive() {
  copy_tree fixtures/alb-basic-terraform/bad
  python3 - "$R/plan.json" "$SECRET" <<'EOF'
import json, sys
path, token = sys.argv[1], sys.argv[2]
plan = json.load(open(path))
def mark(values, sensitive):
    values["access_logs"][0]["bucket"] = token
    sensitive.setdefault("access_logs", [{}])[0]["bucket"] = True
for r in plan["planned_values"]["root_module"]["resources"]:
    if r["address"] == "aws_lb.api":
        mark(r["values"], r.setdefault("sensitive_values", {}))
for rc in plan["resource_changes"]:
    if rc["address"] == "aws_lb.api":
        mark(rc["change"]["after"], rc["change"].setdefault("after_sensitive", {}))
json.dump(plan, open(path, "w"))
EOF
  mkdir -p "$R/policy"
  printf 'ruleDirs: [policy]\n' >"$R/gatelint.yml"
  cat >"$R/policy/GL990-bucket.yml" <<'EOF'
id: GL990
name: prints-access-log-bucket
severity: warning
category: observability
title: Access log bucket
description: Prints the access log bucket through placeholders.
remediation: None.
helpUri: https://example.invalid/gl990
facts:
  - claim: none
    source: hostile input
    url: https://example.invalid/gl990
for: lb in model.applicationLoadBalancers
when: known(lb.accessLogsBucket)
at: lb.accessLogsBucket
resource: lb.accessLogsBucket.raw()
message: "bucket_{lb.accessLogsBucket.raw()}_x s3://{lb.accessLogsBucket}/logs"
EOF
  lint --root "$R" "$R" --format github --format sarif="$C/out.sarif" --format json="$C/out.json"
  no_text "$SECRET" "$C/stdout" "$C/stderr" "$C/out.sarif" "$C/out.json"
  if grep -q GL990 "$C/stdout"; then ok "GL990 fired"; else bad "GL990 did not fire (check is void)"; fi
}

# nginx includes through symlinks that leave the root: a one-line token file (a password file, say)
# in the temporary folder and /etc/hostname. Neither content may be printed.
case_include-symlink-outside() {
  mkdir -p "$R/nginx" "$C/outside"
  printf '%s\n' "$SECRET" >"$C/outside/token.conf"
  ln -s "$C/outside" "$R/nginx/conf.d"
  ln -s /etc/hostname "$R/nginx/host.conf"
  cat >"$R/nginx/nginx.conf" <<'EOF'
events {}
http {
  include conf.d/*.conf;
  include host.conf;
  server { listen 8080; }
}
EOF
  lint --root "$R" "$R" --format text --format json="$C/out.json"
  no_text "$SECRET" "$C/stdout" "$C/stderr" "$C/out.json"
  local host
  host=$(cat /etc/hostname 2>/dev/null)
  if [ -n "$host" ] && grep -qF -- "\"$host\"" "$C/stdout"; then
    bad "/etc/hostname content printed"
  fi
}

# A symlink to /sys inside the demo tree.
case_symlink-to-sys() {
  copy_tree $DEMO
  ln -s /sys "$R/sys"
  lint -t 20 --root "$R" "$R" --format json="$C/out.json"
  finished 20
  demo_kept "$(reference $DEMO)" "$C/out.json"
}

# 64 KiB of blank lines beside the demo, in a file whose kind is sniffed from its content.
case_blank-lines-64k() {
  copy_tree $DEMO
  head -c $((BLANK_KIB * 1024)) /dev/zero | tr '\0' '\n' >"$R/blank.conf"
  lint --root "$R" "$R" --format json="$C/out.json"
  finished
  demo_kept "$(reference $DEMO)" "$C/out.json"
}

# A 30 MB YAML string beside the demo.
case_yaml-string-30mb() {
  copy_tree $DEMO
  python3 - "$R/infra/big.yaml" "$YAML_MB" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write('AWSTemplateFormatVersion: "2010-09-09"\nDescription: "')
    chunk = "lorem ipsum " * 8192
    for _ in range(int(float(sys.argv[2]) * 1_000_000) // len(chunk)):
        f.write(chunk)
    f.write('"\nResources: {}\n')
EOF
  lint --root "$R" "$R" --format json="$C/out.json"
  finished
  demo_kept "$(reference $DEMO)" "$C/out.json"
}

# Eight nginx files that each include conf.d/*.conf, that is each other.
case_nginx-include-fanout() {
  mkdir -p "$R/nginx/conf.d"
  printf 'events {}\nhttp {\n  include conf.d/*.conf;\n  server { listen 8080; }\n}\n' >"$R/nginx/nginx.conf"
  for i in 1 2 3 4 5 6 7 8; do
    printf 'include conf.d/*.conf;\n' >"$R/nginx/conf.d/$i.conf"
  done
  lint --root "$R" "$R" --format json="$C/out.json"
  finished
  local g
  g=$($INSPECT gl000 "$C/out.json")
  if [ "$TIMED_OUT" = 0 ] && [ "${g%% *}" -le 9 ]; then ok "$g"; else bad "${g%% (*}"; fi
}

# A plan of aws_security_group_rule resources (391k for PLAN_MB=200) in a 256 MB heap.
case_plan-391k-sg-rules() {
  mkdir -p "$R"
  python3 - "$R/plan.json" "$PLAN_MB" <<'EOF'
import sys
path, mb = sys.argv[1], float(sys.argv[2])
def values(i):
    return ('{"cidr_blocks":null,"description":"r%d","from_port":%d,"protocol":"tcp",'
            '"security_group_id":"sg-%08x","source_security_group_id":"sg-%08x","to_port":%d,"type":"ingress"}'
            % (i, 1024 + i % 60000, i // 50, (i // 50 + 1) % groups, 1024 + i % 60000))
def group(k):
    return '{"description":"g%d","id":"sg-%08x","name":"g%d","vpc_id":"vpc-1"}' % (k, k, k)
# 391k rules for 200 MB, as in the issue; one security group per 50 rules, each rule allowing the
# next group in, referenced from the configuration as a real plan does
n = int(mb * 391_000 / 200)
groups = n // 50 + 1
with open(path, "w") as f:
    f.write('{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{"resources":[')
    for k in range(groups):
        f.write('{"address":"aws_security_group.g%d","mode":"managed","type":"aws_security_group","name":"g%d",'
                '"values":%s,"sensitive_values":{}},' % (k, k, group(k)))
    for i in range(n):
        f.write((',' if i else '') + '{"address":"aws_security_group_rule.r%d","mode":"managed",'
                '"type":"aws_security_group_rule","name":"r%d","schema_version":2,"values":%s,'
                '"sensitive_values":{}}' % (i, i, values(i)))
    f.write(']}},"resource_changes":[')
    for k in range(groups):
        f.write('{"address":"aws_security_group.g%d","type":"aws_security_group","change":{"actions":["create"],'
                '"before":null,"after":%s,"after_unknown":{}}},' % (k, group(k)))
    for i in range(n):
        f.write((',' if i else '') + '{"address":"aws_security_group_rule.r%d","type":"aws_security_group_rule",'
                '"change":{"actions":["create"],"before":null,"after":%s,"after_unknown":{"id":true}}}'
                % (i, values(i)))
    f.write('],"configuration":{"root_module":{"resources":[')
    for i in range(n):
        f.write((',' if i else '') + '{"address":"aws_security_group_rule.r%d","mode":"managed",'
                '"type":"aws_security_group_rule","name":"r%d","expressions":{'
                '"security_group_id":{"references":["aws_security_group.g%d.id","aws_security_group.g%d"]},'
                '"source_security_group_id":{"references":["aws_security_group.g%d.id","aws_security_group.g%d"]}}}'
                % (i, i, i // 50, i // 50, (i // 50 + 1) % groups, (i // 50 + 1) % groups))
    f.write(']}}}\n')
with open(path + ".count", "w") as f:
    print(n, file=f)
EOF
  BUDGET=$PLAN_TIMEOUT
  lint -t "$PLAN_TIMEOUT" -x -Xmx256m --root "$R" "$R" --format json="$C/out.json"
  finished "$PLAN_TIMEOUT"
  if oom; then bad "OutOfMemoryError"; else ok "no OutOfMemoryError"; fi
  case $EXIT in 0 | 1) ok "exit $EXIT" ;; *) bad "exit $EXIT" ;; esac
  # an OutOfMemoryError is caught per file and becomes the plan's GL000: the plan is not linted
  local g
  g=$($INSPECT gl000 "$C/out.json" plan.json)
  if [ "${g%% *}" = 0 ]; then ok "plan linted"; else bad "plan not linted: $g"; fi
  NOTES+=("$(($(stat -c %s "$R/plan.json") / 1000000)) MB plan of $(cat "$R/plan.json.count") rules")
}

# hostile_template FILE LOGICAL-ID: a YAML template whose load balancer's logical id is LOGICAL-ID,
# written inside double quotes so that YAML escapes (\uD800, \n, \e) reach the model.
hostile_template() {
  cat >"$1" <<EOF
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  "$2":
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      LoadBalancerAttributes:
        - Key: idle_timeout.timeout_seconds
          Value: "4500"
EOF
}

# One unpaired surrogate: every report written whole; SARIF parses as JSON.
case_lone-surrogate() {
  mkdir -p "$R"
  hostile_template "$R/api.yaml" 'Api\uD800Lb'
  lint --root "$R" "$R" --format text --format json="$C/out.json" --format sarif="$C/out.sarif" \
    --format junit="$C/out.xml" --format html="$C/out.html"
  exit_is 1
  if $INSPECT json "$C/out.sarif"; then ok "SARIF is JSON"; else bad "SARIF missing or not JSON"; fi
  if $INSPECT json "$C/out.json"; then ok "JSON report is JSON"; else bad "JSON report missing or not JSON"; fi
  if [ -s "$C/out.xml" ] && xmllint --noout "$C/out.xml" 2>/dev/null; then ok "JUnit well-formed"; else bad "JUnit missing or not well-formed"; fi
  if grep -q "</html>" "$C/out.html" 2>/dev/null; then ok "HTML complete"; else bad "HTML missing or truncated"; fi
}

# U+FFFE and U+FFFF: JUnit and HTML stay well-formed XML.
case_xml-illegal-chars() {
  mkdir -p "$R"
  hostile_template "$R/api.yaml" 'Api\uFFFE\uFFFFLb'
  lint --root "$R" "$R" --format junit="$C/out.xml" --format html="$C/out.html"
  exit_is 1
  local f
  for f in out.xml out.html; do
    if [ -s "$C/$f" ] && xmllint --noout "$C/$f" 2>/dev/null; then ok "$f well-formed"; else bad "$f not well-formed XML"; fi
  done
}

# --output naming an input file: a usage error; the template stays as it was.
case_output-names-input() {
  copy_tree $DEMO
  local before
  before=$(sha256sum "$R/infra/service.yaml")
  lint --root "$R" "$R" --format json --output "$R/infra/service.yaml"
  exit_is 2 "usage error"
  if [ "$(sha256sum "$R/infra/service.yaml")" = "$before" ]; then ok "input untouched"; else bad "input overwritten"; fi
}

# A custom rule whose fact URL is javascript:: the HTML report must not link it.
case_javascript-url() {
  copy_tree fixtures/alb-basic/bad
  mkdir -p "$C/rules"
  cat >"$C/rules/GL991-link.yml" <<'EOF'
id: GL991
name: hostile-link
severity: warning
category: observability
title: A rule with a javascript fact URL
description: Every application load balancer.
remediation: None.
helpUri: https://example.invalid/gl991
facts:
  - claim: none
    source: hostile input
    url: "javascript:alert(document.domain)"
for: lb in model.applicationLoadBalancers
when: known(lb.idleTimeout)
at: lb.idleTimeout
message: "load balancer {lb.id}"
EOF
  lint --root "$R" "$R" --rules "$C/rules" --format html="$C/out.html"
  if grep -qiE "href=[\"']?[[:space:]]*javascript:" "$C/out.html" 2>/dev/null; then
    bad "javascript: URL is a link"
  elif [ -s "$C/out.html" ]; then
    ok "no javascript: link"
  else
    NOTES+=("no HTML written (exit $EXIT)")
  fi
}

# A committed baseline that is a symlink to /dev/zero, in a 512 MB heap.
case_baseline-dev-zero() {
  copy_tree $DEMO
  ln -s /dev/zero "$R/gatelint-baseline.json"
  lint -t 30 -x -Xmx512m --root "$R" "$R" --baseline "$R/gatelint-baseline.json"
  finished 30
  exit_is 2 "usage error"
  if grep -q $'^\tat ' "$C/stderr"; then bad "stack trace on stderr"; fi
}

# An unknown format after a valid one: exit 2 before any work, nothing written.
case_format-bogus() {
  copy_tree $DEMO
  lint --root "$R" "$R" --format json="$C/out.json" --format bogus
  exit_is 2
  if internal_error; then bad "reported as an internal error"; fi
  if [ -e "$C/out.json" ]; then bad "json report written before the error"; else ok "nothing written"; fi
}

# An invalid glob in gatelint.yml: exit 2 before any work, one line naming the file.
case_invalid-glob() {
  copy_tree $DEMO
  # an unclosed [ (an unpaired { is literal in gitignore semantics, as in git)
  printf 'exclude: ["infra/[ab"]\n' >"$R/gatelint.yml"
  lint --root "$R" "$R" --format json="$C/out.json"
  exit_is 2
  if internal_error; then bad "reported as an internal error"; fi
  if grep -q "gatelint.yml" "$C/stderr"; then ok "names gatelint.yml"; else bad "does not name gatelint.yml"; fi
  if [ -e "$C/out.json" ]; then bad "json report written before the error"; fi
}

# Control characters in a logical id: no forged ::error line, no raw ESC or CR in text or github.
case_control-chars() {
  mkdir -p "$R"
  hostile_template "$R/api.yaml" 'Lb\n::error file=forged.yaml,line=1::forged finding\e[2J\r'
  lint --root "$R" "$R" --format text --format github="$C/github.txt"
  local f
  for f in stdout github.txt; do
    if grep -q '^::error file=forged' "$C/$f"; then bad "forged ::error line in $f"; fi
    if grep -q $'\x1b\|\r' "$C/$f"; then bad "raw control character in $f"; fi
  done
  if grep -q "4500" "$C/stdout"; then ok "finding reported"; else bad "no finding (check is void)"; fi
}

# ------------------------------------------------------------------ main

selected=("$@")
[ ${#selected[@]} -eq 0 ] && selected=("${CASES[@]}")
echo "| case | exit | wall s | peak RSS MB | meets issue 11 | observed |"
echo "|---|---:|---:|---:|---|---|"
fails=0
for name in "${selected[@]}"; do
  if ! declare -F "case_$name" >/dev/null; then
    echo "unknown case: $name (see --list)" >&2
    exit 2
  fi
  C="$W/$name"
  R="$C/root"
  mkdir -p "$C"
  NOTES=()
  FAILED=0
  EXIT="-" WALL="-" RSS="-" TIMED_OUT=0
  echo "running $name" >&2
  BUDGET=$SLOW
  "case_$name"
  if [ "$WALL" != "-" ] && [ "$TIMED_OUT" = 0 ] && awk -v w="$WALL" -v b="$BUDGET" 'BEGIN { exit !(w > b) }'; then
    bad "slow: over $BUDGET s"
  fi
  [ "$FAILED" = 1 ] && fails=$((fails + 1))
  notes=$(printf '%s; ' "${NOTES[@]}")
  echo "| $name | $EXIT | $WALL | $RSS | $([ "$FAILED" = 1 ] && echo no || echo yes) | ${notes%; } |"
  # the large inputs go as soon as their case is measured
  [ "${KEEP:-0}" = 1 ] || rm -rf "$R"
done
echo
echo "$fails of ${#selected[@]} case(s) do not meet issue 11."
