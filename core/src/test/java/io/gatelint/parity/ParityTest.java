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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same stack written as a CloudFormation template and as a Terraform plan (with its .tf
 * sources) gets the same findings: the same rule ids on the same logical resources. The rules are
 * written once; what differs between the formats is the parsers' business.
 */
class ParityTest {

  /** CloudFormation logical id → Terraform address of the same resource in the twin fixtures. */
  private static final Map<String, String> TWINS =
      Map.of(
          "ApiLoadBalancer", "aws_lb.api",
          "LoadBalancerSecurityGroup", "aws_security_group.lb",
          "HttpListener", "aws_lb_listener.http",
          "ApiTargetGroup", "aws_lb_target_group.api");

  @ParameterizedTest(name = "{0} ↔ {1}")
  @CsvSource({
    "alb-basic/bad, alb-basic-terraform/bad",
    "alb-basic/good, alb-basic-terraform/good",
  })
  void cloudFormationAndTerraformTwinsGetTheSameRulesOnTheSameResources(
      String cfn, String terraform) {
    List<String> fromTemplate = findings(RepoPaths.fixtures().resolve(cfn), true);
    List<String> fromPlan = findings(RepoPaths.fixtures().resolve(terraform), false);
    assertThat(fromPlan).containsExactlyInAnyOrderElementsOf(fromTemplate);
    if (cfn.endsWith("/bad")) {
      assertThat(fromPlan)
          .containsExactlyInAnyOrder(
              "GL001 aws_lb.api",
              "GL002 aws_lb.api",
              "GL003 aws_lb.api",
              "GL020 aws_lb_target_group.api",
              "GL023 aws_lb_target_group.api");
    } else {
      assertThat(fromPlan).isEmpty();
    }
  }

  /** The gRPC target groups: logical id → Terraform address. */
  private static final Map<String, String> GRPC_TWINS =
      Map.of(
          "GreeterTargetGroup", "aws_lb_target_group.greeter",
          "InventoryTargetGroup", "aws_lb_target_group.inventory",
          "DefaultsTargetGroup", "aws_lb_target_group.defaults");

  /**
   * A gRPC matcher is GrpcCode in a template and health_check.matcher with protocol_version GRPC in
   * a plan: both read it as gRPC codes, 12 when not written.
   */
  @ParameterizedTest(name = "{0} ↔ {1}")
  @CsvSource({
    "grpc-target-group/bad, grpc-target-group-terraform/bad",
    "grpc-target-group/good, grpc-target-group-terraform/good",
  })
  void grpcTargetGroupTwinsGetTheSameFindings(String cfn, String terraform) {
    List<String> fromTemplate = new ArrayList<>();
    for (Finding f : lint(RepoPaths.fixtures().resolve(cfn)).active()) {
      assertThat(GRPC_TWINS).as("the twin table knows " + f.resource()).containsKey(f.resource());
      fromTemplate.add(f.ruleId() + " " + GRPC_TWINS.get(f.resource()));
    }
    List<String> fromPlan = findings(RepoPaths.fixtures().resolve(terraform), false);
    assertThat(fromPlan).containsExactlyInAnyOrderElementsOf(fromTemplate);
    assertThat(fromPlan)
        .containsExactlyElementsOf(
            cfn.endsWith("/bad") ? List.of("GL023 aws_lb_target_group.greeter") : List.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"alb-basic-terraform/bad", "alb-basic-terraform/good"})
  void everyTerraformFindingPointsAtTheTfSources(String terraform) {
    LintResult result = lint(RepoPaths.fixtures().resolve(terraform));
    for (Finding f : result.active()) {
      assertThat(f.location().file()).as(f.ruleId() + " " + f.resource()).endsWith(".tf");
      assertThat(f.location().line()).as(f.ruleId() + " " + f.resource()).isPositive();
      assertThat(f.location().pointer())
          .as("the plan's JSON Pointer is kept")
          .startsWith(f.resource() + " /");
    }
  }

  /** (rule id, resource) pairs, CloudFormation logical ids translated to Terraform addresses. */
  private static List<String> findings(Path dir, boolean translate) {
    List<String> out = new ArrayList<>();
    for (Finding f : lint(dir).active()) {
      assertThat(f.resource())
          .as("finding " + f.ruleId() + " at " + f.location() + " names its resource")
          .isNotEmpty();
      String resource = f.resource();
      if (translate) {
        assertThat(TWINS).as("the twin table knows " + resource).containsKey(resource);
        resource = TWINS.get(resource);
      }
      out.add(f.ruleId() + " " + resource);
    }
    return out;
  }

  private static LintResult lint(Path dir) {
    LintResult result = new Linter().lint(LintRequest.of(dir));
    assertThat(result.errors()).as("rule evaluation errors in " + dir).isEmpty();
    return result;
  }
}
