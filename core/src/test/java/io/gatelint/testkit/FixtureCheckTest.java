/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marker engine: missing, unexpected and ok-marked findings, and the rules in scope. */
class FixtureCheckTest {

  @TempDir Path tmp;

  static String template(int interval, String mark) {
    return """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          AppTargetGroup:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              Port: 8080
              Protocol: HTTP
              VpcId: vpc-0123456789abcdef0
              HealthCheckIntervalSeconds: %d %s
        """
        .formatted(interval, mark);
  }

  Path tree(String name, String text) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("fixtures").resolve(name));
    Files.writeString(dir.resolve("template.yaml"), text);
    return dir;
  }

  Path rules() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(
        dir.resolve("ACME001-x.yml"), io.gatelint.rules.RuleFileProblemsTestAccess.custom());
    return dir;
  }

  @Test
  void reportsMissingUnexpectedAndOkMarkedFindings() throws IOException {
    FixtureCheck check = new FixtureCheck(new Linter(), List.of(rules()), Set.of("ACME001"));
    Path good = tree("good", template(30, "# ok: ACME001"));
    assertThat(check.check(good).mismatches())
        .extracting(Object::toString)
        .containsExactly("fired on a line marked ok: ACME001 template.yaml:9");
    Path bad = tree("bad", template(10, "# expect: ACME001"));
    assertThat(check.check(bad).mismatches())
        .extracting(Object::toString)
        .containsExactly("missing: ACME001 template.yaml:9");
  }

  @Test
  void aCustomRuleIsJudgedOnItsOwnFindingsNotTheBuiltInOnes() throws IOException {
    // GL020 fires too: the timeout is not below the interval
    Path bad =
        tree(
            "bad",
            template(30, "# expect: ACME001")
                .replace("Port: 8080", "HealthCheckTimeoutSeconds: 40"));
    assertThat(
            new FixtureCheck(new Linter(), List.of(rules()), Set.of("ACME001")).check(bad).passed())
        .isTrue();
    // every rule in scope: the built-in rules' findings on the same tree are unexpected
    assertThat(new FixtureCheck(new Linter(), List.of(rules()), null).check(bad).mismatches())
        .isNotEmpty()
        .extracting(Object::toString)
        .containsExactly("unexpected: GL020 template.yaml:6");
  }
}
