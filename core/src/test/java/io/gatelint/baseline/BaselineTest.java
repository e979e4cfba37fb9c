/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.config.ConfigException;
import io.gatelint.finding.Finding;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting gatelint on a repository with findings: old ones are accepted, new ones still fail. */
class BaselineTest {

  @TempDir Path dir;

  @Test
  void oldFindingsStayAcceptedWhenLinesMoveAndNewOnesAreReported() throws Exception {
    Path template = dir.resolve("api.yaml");
    String original =
        Files.readString(RepoPaths.fixtures().resolve("alb-basic/bad/infra/api.yaml"));
    Files.writeString(template, original);
    LintResult before = new Linter().lint(LintRequest.of(dir));
    StringWriter baselineText = new StringWriter();
    Baseline.write(before, baselineText);
    Path baselineFile = dir.resolve("gatelint-baseline.json");
    Files.writeString(baselineFile, baselineText.toString());
    Files.move(
        baselineFile,
        dir.getParent().resolve(dir.getFileName() + "-baseline.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Baseline baseline =
        Baseline.load(dir.getParent().resolve(dir.getFileName() + "-baseline.json"));

    // an unrelated edit moves every line down by two, and a new mistake appears
    String edited =
        original
            .replaceFirst("Resources:\n", "Metadata:\n  Owner: payments\nResources:\n")
            .replace(
                "HttpCode: \"200-299,502\"",
                "HttpCode: \"200-299,502\"\n      UnhealthyThresholdCount: 2")
            .replace("Default: dev", "Default: dev\n  Other:\n    Type: String");
    Files.writeString(template, edited);
    Files.writeString(
        dir.resolve("second.yaml"),
        """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          WorkerTargetGroup:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              HealthCheckIntervalSeconds: 5
              HealthCheckTimeoutSeconds: 5
        """);
    LintResult after = new Linter().lint(LintRequest.of(dir));
    var applied = baseline.apply(after.findings());
    assertThat(
            applied.stream()
                .filter(f -> !f.isSuppressed())
                .map(f -> f.ruleId() + " " + f.location().file()))
        .containsExactly("GL020 second.yaml");
    assertThat(applied.stream().filter(Finding::isSuppressed).map(f -> f.suppression().kind()))
        .hasSize(before.active().size())
        .containsOnly("baseline");
  }

  @Test
  void notABaselineIsAConfigurationError() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"findings\": 3}");
    assertThatThrownBy(() -> Baseline.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not a gatelint baseline");
  }
}
