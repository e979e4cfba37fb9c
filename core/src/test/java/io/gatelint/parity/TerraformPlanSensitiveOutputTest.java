/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.config.Config;
import io.gatelint.report.Reporter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan holds sensitive values in clear text. Findings about them still fire, but no output format
 * prints them: not in messages, related locations, pointers, nor anywhere else.
 */
class TerraformPlanSensitiveOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUCKET = "acme-audit-logs-7f3a9c";
  private static final String IDLE = "4517";

  /** A rule that prints the bucket, so that a leak would show. */
  private static final String BUCKET_RULE =
      """
      id: GL990
      name: test-prints-access-log-bucket
      severity: note
      category: observability
      title: Access log bucket
      description: Prints the access log bucket, for the sensitivity test.
      remediation: None.
      helpUri: https://example.invalid/gl990
      facts:
        - claim: none
          source: test
          url: https://example.invalid/gl990
      for: lb in model.applicationLoadBalancers
      when: known(lb.accessLogsBucket)
      at: lb.accessLogsBucket
      message: "Load balancer {lb.id} logs to {lb.accessLogsBucket}, named {lb.accessLogsBucket.raw()}."
      """;

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "json", "sarif", "junit", "github"})
  void noOutputFormatPrintsAValueThePlanMarksSensitive(String format) throws IOException {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(tree.resolve("plan.json"), sensitivePlan());
    Path rules = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(rules.resolve("GL990-test.yml"), BUCKET_RULE);

    LintResult result =
        new Linter().lint(new LintRequest(List.of(tree), tree, Config.empty(), List.of(rules)));
    assertThat(result.active())
        .extracting(f -> f.ruleId() + " " + f.resource())
        .as("the rules still fire on sensitive values")
        .contains("GL002 aws_lb.api", "GL990 aws_lb.api", "GL001 aws_lb.api");

    StringWriter out = new StringWriter();
    Reporter.forFormat(format, false, "test").write(result, out);
    String text = out.toString();
    assertThat(text).contains("GL002").contains("GL990");
    assertThat(text).doesNotContain(BUCKET).doesNotContain(IDLE);
  }

  /**
   * The bad twin's plan with the access log bucket and the idle timeout (a sensitive variable)
   * marked sensitive.
   */
  private static String sensitivePlan() throws IOException {
    ObjectNode plan =
        (ObjectNode)
            JSON.readTree(
                RepoPaths.fixtures().resolve("alb-basic-terraform/bad/plan.json").toFile());
    ((ObjectNode) plan.at("/variables/idle_timeout")).put("value", Integer.parseInt(IDLE));
    ((ObjectNode) plan.at("/configuration/root_module/variables/idle_timeout"))
        .put("default", Integer.parseInt(IDLE))
        .put("sensitive", true);
    for (JsonNode resource : plan.at("/planned_values/root_module/resources")) {
      if (resource.get("address").asText().equals("aws_lb.api"))
        mark((ObjectNode) resource, "values", "sensitive_values");
    }
    for (JsonNode change : plan.at("/resource_changes")) {
      if (change.get("address").asText().equals("aws_lb.api")) {
        mark((ObjectNode) change.get("change"), "after", "after_sensitive");
      }
    }
    return JSON.writeValueAsString(plan);
  }

  private static void mark(ObjectNode holder, String valuesField, String sensitiveField) {
    ObjectNode values = (ObjectNode) holder.get(valuesField);
    ((ObjectNode) values.get("access_logs").get(0)).put("bucket", BUCKET);
    values.put("idle_timeout", Integer.parseInt(IDLE));
    ObjectNode sensitive = (ObjectNode) holder.get(sensitiveField);
    sensitive.put("idle_timeout", true);
    ((ObjectNode) sensitive.get("access_logs").get(0)).put("bucket", true);
  }
}
