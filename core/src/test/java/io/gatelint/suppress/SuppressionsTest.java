/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.config.Config;
import io.gatelint.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline suppressions and config ignores: the finding is kept, marked, and does not fail the run.
 */
class SuppressionsTest {

  @TempDir Path dir;

  private static final String TEMPLATE =
      """
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Tg:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties:
            Port: 8080
            Protocol: HTTP
            HealthCheckIntervalSeconds: 5
      %s
            HealthCheckTimeoutSeconds: 5
            Matcher:
              HttpCode: "600"
      """;

  private LintResult lint(String directive) throws Exception {
    Files.writeString(dir.resolve("stack.yaml"), TEMPLATE.formatted(directive));
    return new Linter().lint(LintRequest.of(dir));
  }

  private static String line(Finding f) {
    return f.ruleId() + " " + f.location().file() + ":" + f.location().line();
  }

  @Test
  void directiveWithReasonSuppressesTheNextLineOnly() throws Exception {
    LintResult r =
        lint("      # gatelint-disable-next-line GL020 -- interval raised by the deploy pipeline");
    assertThat(r.active())
        .extracting(SuppressionsTest::line)
        .containsExactly("GL023 stack.yaml:12");
    Finding suppressed =
        r.findings().stream().filter(Finding::isSuppressed).findFirst().orElseThrow();
    assertThat(line(suppressed)).isEqualTo("GL020 stack.yaml:10");
    assertThat(suppressed.suppression().kind()).isEqualTo("inline");
    assertThat(suppressed.suppression().reason())
        .isEqualTo("interval raised by the deploy pipeline");
    assertThat(suppressed.suppression().location().line()).isEqualTo(9);
  }

  @Test
  void directiveInATrailingCommentIsAboutItsOwnLineNotTheNext() throws Exception {
    Files.writeString(
        dir.resolve("stack.yaml"),
        TEMPLATE
            .formatted("")
            .replace(
                "HealthCheckIntervalSeconds: 5",
                "HealthCheckIntervalSeconds: 5 # gatelint-disable-next-line GL020 -- no"));
    LintResult r = new Linter().lint(LintRequest.of(dir));
    assertThat(r.active())
        .extracting(SuppressionsTest::line)
        .containsExactly("GL020 stack.yaml:10", "GL023 stack.yaml:12");
  }

  @Test
  void directiveForAnotherRuleSuppressesNothingAndIsReported() throws Exception {
    LintResult r = lint("      # gatelint-disable-next-line GL023 -- wrong line");
    assertThat(r.active())
        .extracting(f -> line(f) + " " + f.severity().label())
        .containsExactly(
            "GL004 stack.yaml:9 warning", "GL020 stack.yaml:10 error", "GL023 stack.yaml:12 error");
    assertThat(r.active().get(0).message())
        .isEqualTo(
            "suppression of GL023 suppresses nothing: no GL023 finding on line 10; remove it or move it");
  }

  @Test
  void directiveWithoutReasonStillAppliesAndIsReported() throws Exception {
    LintResult r = lint("      # gatelint-disable-next-line GL020");
    assertThat(r.active())
        .extracting(f -> line(f) + " " + f.severity().label() + " " + f.message())
        .containsExactly(
            "GL004 stack.yaml:9 warning suppression of GL020 gives no reason: say why, after '--' inline or as 'reason:' in Metadata",
            "GL023 stack.yaml:12 error " + r.active().get(1).message());
  }

  @Test
  void configIgnoreSuppressesByRuleAndResource() throws Exception {
    Files.writeString(dir.resolve("stack.yaml"), TEMPLATE.formatted(""));
    Config config =
        new Config(
            List.of(),
            List.of(),
            java.util.Optional.empty(),
            java.util.OptionalInt.empty(),
            java.util.Map.of(),
            java.util.Map.of(),
            List.of(),
            List.of(new Config.Ignore("GL023", "Tg", "legacy matcher")),
            List.of());
    LintResult r = new Linter().lint(new LintRequest(List.of(dir), dir, config, List.of()));
    assertThat(r.active())
        .extracting(SuppressionsTest::line)
        .containsExactly("GL020 stack.yaml:10");
    Finding ignored = r.findings().stream().filter(Finding::isSuppressed).findFirst().orElseThrow();
    assertThat(ignored.suppression().kind()).isEqualTo("config");
    assertThat(ignored.suppression().reason()).isEqualTo("legacy matcher");
  }

  @Test
  void resourceMetadataIgnoreSuppressesThatRuleOnThatResource() throws Exception {
    Files.writeString(
        dir.resolve("stack.yaml"),
        """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Tg:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Metadata:
              gatelint:
                ignore:
                  - rule: GL023
                    reason: the health endpoint answers 600 by design
                  - rule: GL020
            Properties:
              HealthCheckIntervalSeconds: 5
              HealthCheckTimeoutSeconds: 5
              Matcher:
                HttpCode: "600"
        """);
    LintResult r = new Linter().lint(LintRequest.of(dir));
    assertThat(r.findings())
        .extracting(f -> line(f) + " " + (f.isSuppressed() ? f.suppression().kind() : "active"))
        .containsExactly(
            "GL004 stack.yaml:10 active",
            "GL020 stack.yaml:13 metadata",
            "GL023 stack.yaml:15 metadata");
    assertThat(r.active().get(0).message())
        .isEqualTo(
            "suppression of GL020 gives no reason: say why, after '--' inline or as 'reason:' in Metadata");
  }
}
