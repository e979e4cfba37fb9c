// Templates that do not parse are GL000; the template that parses still raises its finding.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] infra/broken.yaml:9:22 error GL000 ')
assert log.contains('[ERROR] infra/empty.template:1:1 error GL000 ')
assert log.contains('[ERROR] infra/duplicate.yaml:10:34 error GL020 ')
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/gatelint')
['gatelint.sarif', 'gatelint.json', 'gatelint.txt'].each { assert new File(reports, it).isFile() }
assert new File(reports, 'gatelint.json').text.contains('GL020')
