package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: options in, exit code and output out. */
class MainTest {

  static final Path FIXTURES = Path.of(System.getProperty("gatelint.repoRoot", "..")).resolve("fixtures");

  @TempDir
  Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void badStackExitsOneWithPositionsRuleAndFix() {
    Run r = run("lint", FIXTURES.resolve("alb-basic/bad").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("infra/api.yaml:49:34: error GL020 health-check-timeout-not-below-interval")
        .contains("related: infra/api.yaml:48: health check interval 10s (infra/api.yaml:48)")
        .contains("idle timeout 4500s (infra/api.yaml:7, parameter IdleTimeoutSeconds default)")
        .contains("fix: Set HealthCheckTimeoutSeconds")
        .contains("3 error(s), 1 warning(s), 1 note(s) in 1 file(s)");
  }

  @Test
  void goodStackExitsZero() {
    Run r = run("lint", FIXTURES.resolve("alb-basic/good").toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("0 error(s), 0 warning(s), 0 note(s) in 1 file(s)");
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertThat(run("lint", FIXTURES.resolve("alb-basic/bad").toString(), "--fail-on", "never").exit()).isEqualTo(0);
    assertThat(run("lint", FIXTURES.resolve("broken-input/bad").toString(), "--fail-on", "note").exit()).isEqualTo(1);
  }

  @Test
  void brokenFileIsGl000AndOtherFindingsStillReported() {
    Run r = run("lint", FIXTURES.resolve("broken-input/bad").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("infra/broken.yaml:9:").contains("GL000 parse-error")
        .contains("infra/duplicate.yaml:10:34: error GL020");
  }

  @Test
  void formatsGoToFiles() throws Exception {
    Path sarif = tmp.resolve("out/gatelint.sarif");
    Path json = tmp.resolve("gatelint.json");
    Run r = run("lint", FIXTURES.resolve("alb-basic/bad").toString(), "--format", "sarif=" + sarif, "--format",
        "json=" + json);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"").contains("%SRCROOT%");
    assertThat(Files.readString(json)).contains("\"ruleId\" : \"GL020\"");
  }

  @Test
  void invalidRuleFileExitsTwoNamingFileAndLine() throws Exception {
    Files.writeString(tmp.resolve("GL901-x.yml"), "id: GL901\nname: x\n");
    Run r = run("lint", FIXTURES.resolve("alb-basic/good").toString(), "--rules", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("GL901-x.yml:1: missing field 'severity'");
  }

  @Test
  void invalidConfigExitsTwo() throws Exception {
    Path config = tmp.resolve("gatelint.yml");
    Files.writeString(config, "failOn: [\n");
    Run r = run("lint", FIXTURES.resolve("alb-basic/good").toString(), "--config", config.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("gatelint.yml:").contains("invalid YAML");
  }

  @Test
  void configTurnsRulesOffAndChangesSeverity() throws Exception {
    Path config = tmp.resolve("gatelint.yml");
    Files.writeString(config, "rules:\n  GL002: off\n  GL020: off\n  GL023: { severity: warning }\n");
    Run r = run("lint", FIXTURES.resolve("alb-basic/bad").toString(), "--config", config.toString());
    assertThat(r.out()).doesNotContain("GL002").doesNotContain("GL020").contains("warning GL023");
    assertThat(r.exit()).isEqualTo(0);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("lint", "--frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void rulesListsTheCatalogue() {
    Run r = run("rules");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("GL020  error    health-check-timeout-not-below-interval");
  }

  @Test
  void explainPrintsSources() {
    Run r = run("explain", "GL001");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("alb-access-logs-disabled").contains("Sources:");
  }
}
