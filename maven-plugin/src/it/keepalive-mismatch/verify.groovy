// The build fails on the keep-alive race and names each finding as file:line:col severity ID message.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] deploy/nginx/nginx.conf:15:5 error GL010 ')
assert log.contains('[ERROR] deploy/nginx/nginx.conf:8:3 error GL015 ')
assert log.contains('[WARNING] deploy/nginx/nginx.conf:28:7 warning GL014 ')
assert log.contains('[WARNING] infra/service.yaml:68:24 warning GL021 ')
assert log.contains('gatelint: 4 finding(s): 2 error(s), 2 warning(s), 0 note(s)')
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/gatelint')
assert new File(reports, 'gatelint.sarif').text.contains('"ruleId" : "GL010"')
assert new File(reports, 'gatelint.txt').text.contains('GL010')
assert !new File(reports, 'gatelint.json').exists()
