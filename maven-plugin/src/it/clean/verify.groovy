// Consistent timeouts: no finding, the build passes, the reports are written all the same.
def log = new File(basedir, 'build.log').text
assert log.contains('gatelint: 0 finding(s): 0 error(s), 0 warning(s), 0 note(s)')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/gatelint')
assert new File(reports, 'gatelint.sarif').isFile()
assert new File(reports, 'gatelint.txt').text.contains('0 error(s), 0 warning(s), 0 note(s)')
