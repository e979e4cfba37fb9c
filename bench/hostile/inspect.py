#!/usr/bin/env python3
"""Reads gatelint's outputs for bench/hostile/run.sh.

  inspect.py list REPORT.json               one "RULE file:line" per finding, GL000 left out
  inspect.py kept REFERENCE.txt REPORT.json how many reference findings the report still holds
  inspect.py gl000 REPORT.json [PATH...]    GL000 count (only for files under PATH when given),
                                            and the first message
  inspect.py json FILE                      exit 0 when FILE is strict UTF-8 JSON
"""
import json
import sys


def load(path):
    try:
        with open(path, encoding="utf-8", errors="strict") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def findings(report):
    return report.get("findings", []) if isinstance(report, dict) else []


def key(f):
    loc = f.get("location") or {}
    return "%s %s:%s" % (f.get("ruleId"), loc.get("file"), loc.get("line"))


def main(argv):
    cmd = argv[1]
    if cmd == "list":
        for k in sorted({key(f) for f in findings(load(argv[2])) if f.get("ruleId") != "GL000"}):
            print(k)
        return 0
    if cmd == "kept":
        with open(argv[2], encoding="utf-8") as f:
            ref = {line.strip() for line in f if line.strip()}
        report = load(argv[3])
        if report is None:
            print("0/%d reference findings kept (no readable JSON report)" % len(ref))
            return 1
        got = {key(f) for f in findings(report)}
        kept = len(ref & got)
        print("%d/%d reference findings kept" % (kept, len(ref)))
        return 0 if kept == len(ref) else 1
    if cmd == "gl000":
        prefixes = argv[3:]
        hits = [
            f
            for f in findings(load(argv[2]))
            if f.get("ruleId") == "GL000"
            and (not prefixes or any(((f.get("location") or {}).get("file") or "").startswith(p) for p in prefixes))
        ]
        first = hits[0].get("message", "").replace("\n", " ")[:120] if hits else ""
        print("%d GL000%s" % (len(hits), (" (" + first + ")") if first else ""))
        return 0
    if cmd == "json":
        return 0 if load(argv[2]) is not None else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
