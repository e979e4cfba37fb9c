// -Dgatelint.skip: the keep-alive mismatch is not linted and no report is written.
def log = new File(basedir, 'build.log').text
assert log.contains('gatelint: skipped')
assert !log.contains('GL010')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/gatelint').exists()
