// Warnings only: logged at warning level; the build fails once failOn is warning.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] nginx\.conf:\d+:\d+ warning GL013 /
assert log.contains('gatelint: 2 finding(s): 0 error(s), 2 warning(s), 0 note(s)')
assert log.contains('(failOn: warning)')
assert new File(basedir, 'target/gatelint/gatelint.sarif').isFile()
