/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.config.ConfigException;
import io.gatelint.finding.Severity;
import io.gatelint.rules.RuleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's one call into core: lint, baseline, reports; and its log lines and summary. */
class LintRunTest {

  static final Path BAD =
      Path.of(System.getProperty("gatelint.repoRoot", ".."), "fixtures/ecs-nginx-express/bad")
          .toAbsolutePath()
          .normalize();

  @TempDir Path out;

  private CheckParameters parameters(Path baseline, List<Path> rules) {
    return new CheckParameters(
        BAD, null, null, null, List.of("sarif", "text"), out, baseline, rules, false, false);
  }

  @Test
  void findingsAreRelativeToTheProjectLoggedAsFileLineColumnAndReportedInEveryFormat()
      throws Exception {
    LintRun.Outcome outcome = LintRun.run(parameters(null, null), "test");
    assertThat(outcome.threshold()).contains(Severity.ERROR);
    assertThat(outcome.result().active().stream().map(LogLines::finding))
        .anySatisfy(
            line -> assertThat(line).startsWith("deploy/nginx/nginx.conf:15:5 error GL010 nginx"))
        .anySatisfy(line -> assertThat(line).startsWith("infra/service.yaml:68:24 warning GL021 "));
    assertThat(LogLines.summary(outcome.result()))
        .isEqualTo("4 finding(s): 2 error(s), 2 warning(s), 0 note(s)");
    assertThat(Files.readString(out.resolve("gatelint.sarif"))).contains("\"ruleId\" : \"GL010\"");
    assertThat(Files.readString(out.resolve("gatelint.txt"))).contains("GL015");
  }

  @Test
  void theJunitReportFailsOnlyWhatFailsTheBuildAndGitlabIsWritten() throws Exception {
    LintRun.run(
        new CheckParameters(
            BAD, null, null, null, List.of("junit", "gitlab"), out, null, null, false, false),
        "test");
    String junit = Files.readString(out.resolve("TEST-gatelint.xml"));
    // 2 errors fail the build at the default threshold; the 2 warnings do not
    assertThat(junit.split("<failure", -1)).hasSize(3);
    assertThat(Files.readString(out.resolve("gl-code-quality-report.json")))
        .contains("\"check_name\" : \"GL010\"");
  }

  @Test
  void aBaselineHidesTheFindingsItHolds() throws Exception {
    Path baseline = out.resolve("baseline.json");
    Files.writeString(
        baseline,
        Files.readString(
            Path.of(System.getProperty("gatelint.repoRoot", ".."))
                .resolve("maven-plugin/src/it/baseline/gatelint-baseline.json")));
    LintRun.Outcome outcome = LintRun.run(parameters(baseline, null), "test");
    assertThat(outcome.result().active()).isEmpty();
    assertThat(LogLines.summary(outcome.result()))
        .isEqualTo(
            "0 finding(s): 0 error(s), 0 warning(s), 0 note(s), 4 suppressed or in the baseline");
  }

  @Test
  void noGitignoreLintsWhatGitignoreLeavesOut() throws Exception {
    Path project = out.resolve("project");
    try (Stream<Path> files = Files.walk(BAD)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path copy = project.resolve(BAD.relativize(f).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(f, copy);
      }
    }
    Files.writeString(project.resolve(".gitignore"), "deploy/\n");
    CheckParameters honoured =
        new CheckParameters(
            project, null, null, "never", List.of(), out.resolve("r1"), null, null, false, false);
    CheckParameters ignored =
        new CheckParameters(
            project, null, null, "never", List.of(), out.resolve("r2"), null, null, false, true);
    assertThat(LintRun.run(honoured, "test").result().active())
        .extracting(f -> f.location().file().toString())
        .doesNotContain("deploy/nginx/nginx.conf");
    assertThat(LintRun.run(ignored, "test").result().active())
        .extracting(f -> f.location().file().toString())
        .contains("deploy/nginx/nginx.conf");
  }

  @Test
  void aMissingBaselineIsAConfigurationError() {
    Path missing = out.resolve("none.json");
    assertThatThrownBy(() -> LintRun.run(parameters(missing, null), "test"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("none.json");
  }

  @Test
  void anInvalidRuleFileNamesTheFileAndLine() throws Exception {
    Path rules = Files.createDirectories(out.resolve("rules"));
    Files.writeString(rules.resolve("GL990-broken.yml"), "id: GL990\nname: broken\n");
    assertThatThrownBy(() -> LintRun.run(parameters(null, List.of(rules)), "test"))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("GL990-broken.yml:");
  }
}
