#!/usr/bin/env bash
# Renders gatelint's HTML report in headless Chromium, the way a person opens it, and checks what
# the browser built: one list item per finding, the summary, no script, and one picture per linked
# chain with its hops, its timeouts (explicit or default) and each broken ordering in red with the
# rule id of the finding that reports it. Installs Debian's chromium
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
[ -f "$jar" ] || mvn -B -q -DskipTests -pl cli -am package
# --explain-links prints the chains on standard output, the reports go to their files
java -jar "$jar" lint "$fixture" --fail-on never --explain-links \
  --format html=target/gatelint.html --format json=target/gatelint-html.json > target/gatelint-html.txt
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile")
chromium "${flags[@]}" --dump-dom "file://$PWD/target/gatelint.html" > target/gatelint-html.dom 2>/dev/null
chromium "${flags[@]}" --hide-scrollbars --window-size=1200,1600 --screenshot="$PWD/target/gatelint-html.png" \
  "file://$PWD/target/gatelint.html" > /dev/null 2>&1 || true
expected=$(python3 -c 'import json,sys; print(len(json.load(open("target/gatelint-html.json"))["findings"]))')
rendered=$(grep -o '<li class="finding' target/gatelint-html.dom | wc -l)
echo "check-html: $fixture: $expected finding(s) in JSON, $rendered rendered by Chromium"
[ "$expected" -gt 0 ] && [ "$expected" = "$rendered" ] || { echo "check-html: mismatch" >&2; exit 1; }
grep -q 'id="summary"' target/gatelint-html.dom || { echo "check-html: no summary rendered" >&2; exit 1; }
! grep -qi '<script' target/gatelint-html.dom || { echo "check-html: the page holds a script" >&2; exit 1; }
# The chains as the browser built them: as many pictures as the run linked chains, each with the
# hops from the client on and its timeouts; every finding on an ordering of two timeouts drawn in
# red with its rule id (the rules are those report/html/Orderings pairs).
python3 - target/gatelint-html.dom target/gatelint-html.json target/gatelint-html.txt <<'PY'
import json, re, sys
from html.parser import HTMLParser

ORDERING_RULES = {"GL010", "GL011", "GL012", "GL014", "GL015", "GL020", "GL050"}
RED = "#c62828"

class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.svgs, self.stack, self.svg, self.broken = [], [], None, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        self.stack.append((tag, cls))
        if tag == "svg" and "chain-svg" in cls:
            self.svg = {"hops": [], "marks": [], "broken": [], "title": False, "desc": False}
            self.svgs.append(self.svg)
        if self.svg is None:
            return
        if tag in ("title", "desc") and len([t for t, _ in self.stack if t == "g"]) == 0:
            self.svg[tag] = True
        if tag == "g" and "hop" in cls:
            self.svg["hops"].append(a.get("data-hop"))
        if tag == "g" and "mark" in cls:
            self.svg["marks"].append((a.get("data-setting"), a.get("data-state")))
        if tag == "g" and "broken" in cls:
            self.broken = {"rule": a.get("data-rule"), "red": False, "label": ""}
            self.svg["broken"].append(self.broken)
        if self.broken is not None and tag in ("line", "path") and a.get("stroke") == RED:
            self.broken["red"] = True
    def handle_endtag(self, tag):
        while self.stack:
            t, cls = self.stack.pop()
            if t == tag:
                break
        if tag == "svg":
            self.svg = None
        if tag == "g" and self.broken is not None and not any(t == "g" for t, _ in self.stack):
            self.broken = None
    def handle_data(self, data):
        if self.broken is not None and self.stack and "broken-label" in self.stack[-1][1]:
            self.broken["label"] += data

dom_file, json_file, text_file = sys.argv[1:4]
d = Dom()
d.feed(open(dom_file, encoding="utf-8").read())
chains = int(re.search(r"^Chains \((\d+)\):", open(text_file, encoding="utf-8").read(), re.M).group(1))
problems = []
if len(d.svgs) != chains:
    problems.append(f"{chains} chain(s) linked, {len(d.svgs)} picture(s) rendered")
for i, svg in enumerate(d.svgs, 1):
    if svg["hops"][:3] != ["client", "load-balancer", "target-group"] or len(svg["hops"]) < 4:
        problems.append(f"chain {i}: hops {svg['hops']}")
    if not svg["title"] or not svg["desc"]:
        problems.append(f"chain {i}: no <title> or <desc>")
    if not any(state in ("explicit", "default") for _, state in svg["marks"]):
        problems.append(f"chain {i}: no timeout marked explicit or default")
    for b in svg["broken"]:
        if not b["red"] or b["label"].strip() != b["rule"]:
            problems.append(f"chain {i}: {b['rule']} not drawn in red with its id ({b})")
findings = json.load(open(json_file, encoding="utf-8"))["findings"]
expected = sorted(f["ruleId"] for f in findings if f["ruleId"] in ORDERING_RULES and not f.get("suppressed"))
drawn = sorted(b["rule"] for svg in d.svgs for b in svg["broken"] if b["red"])
if not set(expected) <= set(drawn):
    problems.append(f"broken orderings reported {expected}, drawn in red {drawn}")
for svg in d.svgs:
    print(f"check-html: chain: {' → '.join(svg['hops'])}; {len(svg['marks'])} timeout(s); red: {sorted(b['rule'] for b in svg['broken'])}")
if problems:
    print("check-html: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
PY
echo "check-html: ok (screenshot target/gatelint-html.png)"
