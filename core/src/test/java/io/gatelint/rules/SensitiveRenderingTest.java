/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.config.Config;
import io.gatelint.finding.Finding;
import io.gatelint.model.Location;
import io.gatelint.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value the plan marks sensitive prints as {@code (sensitive)} in every place a rule renders,
 * whatever the rule makes of it: next to word characters, re-cased, cut, as the finding's resource
 * and inside an evaluation error. Nothing else is redacted.
 */
class SensitiveRenderingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUCKET = "acme-audit-logs-7f3a9c";

  @TempDir Path temp;

  @Test
  void aPlaceholderComputedFromASensitiveValuePrintsTheRedaction() throws IOException {
    LintResult result =
        lint(
            "when: lb.id == 'aws_lb.api'",
            "resource: lb.accessLogsBucket.raw()",
            "message: \"bucket_{lb.accessLogsBucket.raw()}_x {lb.accessLogsBucket.text().toUpperCase()}"
                + " {'s3://' + lb.accessLogsBucket.raw().toLowerCase()} in {lb.id} {lb.accessLogsBucket}\"");
    Finding f = only(result);
    assertThat(f.message())
        .isEqualTo(
            "bucket_(sensitive)_x (sensitive) (sensitive) in aws_lb.api (sensitive) ("
                + f.location().display()
                + ")");
    assertThat(f.resource()).isEqualTo("(sensitive)");
  }

  @Test
  void nothingElseIsRedacted() throws IOException {
    LintResult result =
        lint(
            "when: lb.id == 'aws_lb.api'",
            "resource: lb.id",
            "message: \"{lb.id} listens; audit logs go to S3 ({lb.idleTimeout.text()}s idle)\"");
    Finding f = only(result);
    assertThat(f.message()).isEqualTo("aws_lb.api listens; audit logs go to S3 (4500s idle)");
    assertThat(f.resource()).isEqualTo("aws_lb.api");
  }

  @Test
  void anEvaluationErrorNeverQuotesASensitiveValue() throws IOException {
    LintResult result =
        lint(
            "when: lb.accessLogsBucket.raw() / 2 > 1 || lb.accessLogsBucket.raw().toUpperCase().get(3)",
            "resource: lb.id",
            "message: \"never\"");
    assertThat(result.errors()).isNotEmpty();
    assertThat(result.errors())
        .allSatisfy(
            e -> assertThat(e.message()).doesNotContainIgnoringCase(BUCKET).doesNotContain("\n"));
  }

  @Test
  void aSensitiveValueReadsItsContentButShowsOnlyTheRedaction() {
    Value<Object> v =
        Value.explicit((Object) "Secret-Name", Location.file("plan.json")).asSensitive();
    assertThat(v.display()).isEqualTo("(sensitive)");
    assertThat(v.describe()).doesNotContain("Secret").startsWith("(sensitive) (");
    assertThat(v.text()).as("comparisons read the content").isEqualTo("Secret-Name");
  }

  @Test
  void whatTheEngineThreadPrintsToTheStandardStreamsIsDropped() {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      QuietOutput.run(
          () -> {
            System.out.println(BUCKET);
            return null;
          });
      System.out.println("after");
    } finally {
      System.setOut(out);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(BUCKET).contains("after");
  }

  private static Finding only(LintResult result) {
    List<Finding> mine = result.active().stream().filter(f -> f.ruleId().equals("GL990")).toList();
    assertThat(mine).hasSize(1);
    return mine.get(0);
  }

  private LintResult lint(String when, String resource, String message) throws IOException {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(tree.resolve("plan.json"), sensitivePlan());
    Path rules = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(
        rules.resolve("GL990-test.yml"),
        String.join(
            "\n",
            "id: GL990",
            "name: test-prints-access-log-bucket",
            "severity: note",
            "category: observability",
            "title: Access log bucket",
            "description: Prints the access log bucket, for the sensitivity test.",
            "remediation: None.",
            "helpUri: https://example.invalid/gl990",
            "facts:",
            "  - claim: none",
            "    source: test",
            "    url: https://example.invalid/gl990",
            "for: lb in model.applicationLoadBalancers",
            when,
            "at: lb",
            resource,
            message,
            ""));
    return new Linter().lint(new LintRequest(List.of(tree), tree, Config.empty(), List.of(rules)));
  }

  /** The bad twin's plan with the access log bucket marked sensitive. */
  private static String sensitivePlan() throws IOException {
    ObjectNode plan =
        (ObjectNode)
            JSON.readTree(
                RepoPaths.fixtures().resolve("alb-basic-terraform/bad/plan.json").toFile());
    for (JsonNode resource : plan.at("/planned_values/root_module/resources")) {
      if (resource.get("address").asText().equals("aws_lb.api"))
        mark((ObjectNode) resource, "values", "sensitive_values");
    }
    for (JsonNode change : plan.at("/resource_changes")) {
      if (change.get("address").asText().equals("aws_lb.api"))
        mark((ObjectNode) change.get("change"), "after", "after_sensitive");
    }
    return JSON.writeValueAsString(plan);
  }

  private static void mark(ObjectNode holder, String valuesField, String sensitiveField) {
    ObjectNode values = (ObjectNode) holder.get(valuesField);
    ((ObjectNode) values.get("access_logs").get(0)).put("bucket", BUCKET);
    ObjectNode sensitive = (ObjectNode) holder.get(sensitiveField);
    ((ObjectNode) sensitive.get("access_logs").get(0)).put("bucket", true);
  }
}
