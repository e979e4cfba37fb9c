/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Terraform twin of alb-basic linted from its plan alone, without the .tf sources: the same
 * findings, each pointing into the plan with the resource address and JSON Pointer.
 */
class ParityPlanOnlyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BAD_PLAN =
      RepoPaths.fixtures().resolve("alb-basic-terraform/bad/plan.json");

  @TempDir Path temp;

  @Test
  void withoutTfSourcesFindingsPointIntoThePlan() throws IOException {
    Files.copy(BAD_PLAN, temp.resolve("plan.json"));
    LintResult result = lint(temp);

    assertThat(result.active())
        .extracting(f -> f.ruleId() + " " + f.resource())
        .containsExactlyInAnyOrder(
            "GL001 aws_lb.api",
            "GL002 aws_lb.api",
            "GL003 aws_lb.api",
            "GL020 aws_lb_target_group.api",
            "GL023 aws_lb_target_group.api");
    for (Finding f : result.active()) {
      assertThat(f.location().file()).isEqualTo("plan.json");
      assertThat(f.location().line()).as(f.ruleId()).isPositive();
    }
    assertThat(finding(result, "GL001").location().pointer())
        .isEqualTo(
            "aws_lb.api /planned_values/root_module/resources/0/values/access_logs/0/enabled");
    assertThat(finding(result, "GL001").message())
        .contains("Terraform default: access logs off even when bucket is set");
    assertThat(finding(result, "GL002").location().pointer())
        .isEqualTo("aws_lb.api /planned_values/root_module/resources/0/values/idle_timeout");
    assertThat(finding(result, "GL002").message())
        .contains("4500 s (plan.json:")
        .contains("variable idle_timeout default");
    assertThat(finding(result, "GL020").location().pointer())
        .isEqualTo(
            "aws_lb_target_group.api /planned_values/root_module/resources/3/values/health_check/0/timeout");
    assertThat(finding(result, "GL023").location().pointer())
        .isEqualTo(
            "aws_lb_target_group.api /planned_values/root_module/resources/3/values/health_check/0/matcher");
  }

  @Test
  void aResourceBeingDestroyedIsNotLintedEvenWhenItsValuesArePlanned() throws IOException {
    // terraform leaves a destroyed resource out of planned_values; a plan that lists it anyway
    // (its last known values) must still not be linted: resource_changes says it goes away
    ObjectNode plan = (ObjectNode) JSON.readTree(BAD_PLAN.toFile());
    ObjectNode legacy =
        (ObjectNode) plan.at("/prior_state/values/root_module/resources/0").deepCopy();
    assertThat(legacy.get("address").asText()).isEqualTo("aws_lb_target_group.legacy");
    ((ArrayNode) plan.at("/planned_values/root_module/resources")).add(legacy);
    Files.writeString(temp.resolve("plan.json"), JSON.writeValueAsString(plan));

    LintResult result = lint(temp);
    assertThat(result.active())
        .extracting(Finding::resource)
        .doesNotContain("aws_lb_target_group.legacy");
    assertThat(result.active()).extracting(Finding::resource).doesNotContain("aws_lb.internal");

    // the same resource planned as kept ("update") is linted: timeout 30 ≥ interval 10
    for (var change : plan.get("resource_changes")) {
      if (change.get("address").asText().equals("aws_lb_target_group.legacy")) {
        ArrayNode actions = ((ObjectNode) change.get("change")).putArray("actions");
        actions.add("update");
      }
    }
    Files.writeString(temp.resolve("plan.json"), JSON.writeValueAsString(plan));
    assertThat(lint(temp).active())
        .extracting(f -> f.ruleId() + " " + f.resource())
        .contains("GL020 aws_lb_target_group.legacy");
  }

  @Test
  void withoutAnAccessLogsBlockGl001PointsAtTheResourceBlock() throws IOException {
    Path bad = BAD_PLAN.getParent();
    Files.copy(bad.resolve("variables.tf"), temp.resolve("variables.tf"));
    String main = Files.readString(bad.resolve("main.tf"));
    String block = "  access_logs { # expect: GL001\n    bucket = \"api-alb-logs\"\n  }\n";
    assertThat(main).contains(block);
    Files.writeString(temp.resolve("main.tf"), main.replace(block, "\n\n\n"));
    ObjectNode plan = (ObjectNode) JSON.readTree(BAD_PLAN.toFile());
    ((ObjectNode) plan.at("/planned_values/root_module/resources/0/values"))
        .putArray("access_logs");
    ((ObjectNode) plan.at("/resource_changes/1/change/after")).putArray("access_logs");
    ((ObjectNode) plan.at("/configuration/root_module/resources/1/expressions"))
        .remove("access_logs");
    assertThat(plan.at("/configuration/root_module/resources/1/address").asText())
        .isEqualTo("aws_lb.api");
    Files.writeString(temp.resolve("plan.json"), JSON.writeValueAsString(plan));

    Finding gl001 = finding(lint(temp), "GL001");
    assertThat(gl001.location().file()).isEqualTo("main.tf");
    assertThat(gl001.location().line()).as("resource \"aws_lb\" \"api\"").isEqualTo(7);
    assertThat(gl001.message())
        .contains(
            "false (Terraform default: access logs off even when bucket is set; not set at main.tf:7");
  }

  static Finding finding(LintResult result, String rule) {
    List<Finding> found = result.active().stream().filter(f -> f.ruleId().equals(rule)).toList();
    assertThat(found).as(rule).hasSize(1);
    return found.get(0);
  }

  static LintResult lint(Path dir) {
    LintResult result = new Linter().lint(LintRequest.of(dir));
    assertThat(result.errors()).isEmpty();
    return result;
  }
}
