// Consistent timeouts: no finding, the build passes, the reports are written all the same.
def log = new File(basedir, 'build.log').text
assert log.contains('gatelint: 0 finding(s): 0 error(s), 0 warning(s), 0 note(s)')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/gatelint')
assert new File(reports, 'gatelint.sarif').isFile()
assert new File(reports, 'gatelint.txt').text.contains('0 error(s), 0 warning(s), 0 note(s)')
// 'mvn gatelint:help -Ddetail' resolves the prefix and lists every parameter of the check goal
assert log.contains('gatelint:check')
['sources', 'config', 'failOn', 'formats (Default: sarif,text)',
 'outputDirectory (Default: ${project.build.directory}/gatelint)', 'baseline', 'rules',
 'skip (Default: false)', 'User property: gatelint.failOn', 'User property: gatelint.skip'].each {
  assert log.contains('    ' + it) || log.contains(it)
}
true
