/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format of a lint of {@code fixtures/alb-basic/bad}, compared with the committed file
 * in {@code core/src/test/resources/golden/}. After an intended change of the output, rewrite them
 * with {@code mvn -pl core test -Dtest=GoldenOutputTest -Dgatelint.updateGolden=true} and review
 * the diff.
 */
class GoldenOutputTest {

  static final String UPDATE = "gatelint.updateGolden";

  private static LintResult result;

  @BeforeAll
  static void lint() {
    result = ReportFixtures.albBasicBad();
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("alb-basic-bad.txt", new TextReporter(false)),
        Arguments.of("alb-basic-bad.compact.txt", new CompactReporter()),
        Arguments.of("alb-basic-bad.json", new JsonReporter(ReportFixtures.VERSION)),
        Arguments.of("alb-basic-bad.sarif", new SarifReporter(ReportFixtures.VERSION)),
        // the default --fail-on: errors are failures, warnings and notes passing cases
        Arguments.of(
            "alb-basic-bad.junit.xml", new JunitReporter(io.gatelint.finding.Severity.ERROR)),
        Arguments.of("alb-basic-bad.github.txt", new GithubReporter()),
        Arguments.of("alb-basic-bad.gitlab.json", new GitlabReporter()),
        // a fixed root and time, so that the page does not change with the machine or the clock
        Arguments.of(
            "alb-basic-bad.html",
            new HtmlReporter(
                ReportFixtures.VERSION,
                java.nio.file.Path.of("/repo"),
                java.time.Clock.fixed(
                    java.time.Instant.parse("2026-01-02T03:04:05Z"), java.time.ZoneOffset.UTC))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void outputMatchesGoldenFile(String name, Reporter reporter) throws IOException {
    String actual = ReportFixtures.write(reporter, result);
    assertThat(actual)
        .as("output holds no machine-specific path")
        .doesNotContain(ReportFixtures.repoRoot().toString())
        .doesNotContain(System.getProperty("user.home"));
    Path golden = ReportFixtures.repoRoot().resolve("core/src/test/resources/golden").resolve(name);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s (create it with -D%s=true)", name, UPDATE).exists();
    assertThat(actual)
        .as("%s differs from its golden file; if intended, rerun with -D%s=true", name, UPDATE)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
