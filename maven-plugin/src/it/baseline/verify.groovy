// Every finding is in the baseline (written with 'gatelint baseline . --output gatelint-baseline.json'):
// none is logged, the build passes, the reports still list them as suppressed.
def log = new File(basedir, 'build.log').text
assert log.contains('gatelint: 0 finding(s): 0 error(s), 0 warning(s), 0 note(s), 4 suppressed or in the baseline')
assert !log.contains(' GL010 ')
assert log.contains('BUILD SUCCESS')
def sarif = new File(basedir, 'target/gatelint/gatelint.sarif').text
assert sarif.contains('"ruleId" : "GL010"')
assert sarif.contains('"suppressions"')
