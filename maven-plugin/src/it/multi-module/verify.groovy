// Only the module that declares the plugin is linted; the application's deploy files are not.
def log = new File(basedir, 'build.log').text
def checks = log.readLines().findAll { it.contains(':check (default) @ ') }
assert checks.size() == 1 && checks[0].contains('@ infra')
assert log.contains('gatelint: 0 finding(s)')
assert !log.contains(' GL010 ')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'infra/target/gatelint/gatelint.sarif').isFile()
assert !new File(basedir, 'app/target/gatelint').exists()
