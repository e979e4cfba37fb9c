/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EC2 targets written as a CloudFormation template and as Terraform (an Auto Scaling group from a
 * launch template, an instance registered by id): the network rules fire with the same ids on the
 * same security groups, whether the targets register through {@code TargetGroupARNs} and {@code
 * Targets} or through {@code aws_autoscaling_attachment} and {@code
 * aws_lb_target_group_attachment}, and whether the Terraform groups admit the load balancer with
 * standalone rules or inline {@code ingress} blocks.
 */
class Ec2NetworkParityTest {

  /** CloudFormation logical id → Terraform address of the resources findings name. */
  private static final Map<String, String> TWINS =
      Map.of(
          "AppSecurityGroup", "aws_security_group.app",
          "AdminSecurityGroup", "aws_security_group.admin",
          "AppTargetGroup", "aws_lb_target_group.app",
          "AdminTargetGroup", "aws_lb_target_group.admin",
          "Lb", "aws_lb.orders");

  @ParameterizedTest(name = "{0} ↔ {1}")
  @CsvSource({
    "ec2-asg-network/bad, ec2-asg-network-terraform/bad",
    "ec2-asg-network/good, ec2-asg-network-terraform/good",
    "ec2-asg-network/bad, sg-inline-terraform/bad",
    "ec2-asg-network/good, sg-inline-terraform/good",
  })
  void sameNetworkFindingsOnTheSameGroups(String cfn, String terraform) {
    List<String> fromTemplate = findings(cfn, true);
    List<String> fromPlan = findings(terraform, false);
    assertThat(fromPlan).containsExactlyInAnyOrderElementsOf(fromTemplate);
    if (cfn.endsWith("/bad")) {
      assertThat(fromPlan)
          .containsExactlyInAnyOrder(
              "GL030 aws_security_group.app", "GL031 aws_security_group.admin");
    } else {
      assertThat(fromPlan).isEmpty();
    }
  }

  /**
   * The inline fixture's plan alone: the app group's one expression names one group for its one
   * rule with unknown groups (the bastion), so its CIDR rule is still found; the admin group's
   * names two groups for two such rules, which cannot be told apart: nothing is guessed.
   */
  @Test
  void inlineRulesWithoutTheSourcesAssignOnlyWhatThePlanDecides(@TempDir Path temp)
      throws IOException {
    Files.copy(
        RepoPaths.fixtures().resolve("sg-inline-terraform/bad/infra/plan.json"),
        temp.resolve("plan.json"));
    assertThat(findings(temp, false)).containsExactly("GL030 aws_security_group.app");
    // alarm dimensions are known only after apply and the sources that name their keys are absent:
    // the alarms may watch the load balancer, so no missing-alarm finding is raised either
    Files.copy(
        RepoPaths.fixtures().resolve("sg-inline-terraform/good/infra/plan.json"),
        temp.resolve("plan.json"),
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(findings(temp, false)).isEmpty();
  }

  private static List<String> findings(String fixture, boolean translate) {
    return findings(RepoPaths.fixtures().resolve(fixture), translate);
  }

  private static List<String> findings(Path dir, boolean translate) {
    LintResult result = new Linter().lint(LintRequest.of(dir));
    assertThat(result.errors()).as("rule evaluation errors in " + dir).isEmpty();
    List<String> out = new ArrayList<>();
    for (Finding f : result.active()) {
      String resource = f.resource();
      if (translate) {
        assertThat(TWINS).as("the twin table knows " + resource).containsKey(resource);
        resource = TWINS.get(resource);
      }
      out.add(f.ruleId() + " " + resource);
    }
    return out;
  }
}
