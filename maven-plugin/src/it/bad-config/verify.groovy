// An invalid configuration stops the build with the file and line, not with findings.
def log = new File(basedir, 'build.log').text
assert log =~ /gatelint: .*gatelint\.yml:4: invalid YAML/
assert !log.contains(' GL0')
assert log.contains('BUILD FAILURE')
