/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.gatelint.LintResult;
import io.gatelint.finding.Finding;
import io.gatelint.finding.Severity;
import io.gatelint.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GitLab Code Quality report against the format GitLab documents. */
class GitlabReporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        GitlabReporterTest.class.getResourceAsStream("/schemas/gitlab-codequality-report.json")) {
      assertThat(in)
          .as("schemas/gitlab-codequality-report.json on the test class path")
          .isNotNull();
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
    }
  }

  private static JsonNode report(LintResult result) throws IOException {
    return JSON.readTree(ReportFixtures.write(new GitlabReporter(), result));
  }

  @Test
  void lintOfBadFixtureMatchesTheSchema() throws IOException {
    JsonNode report = report(ReportFixtures.albBasicBad());
    assertThat(schema.validate(report)).isEmpty();
    assertThat(report).hasSize(5);
  }

  @Test
  void awkwardFindingsMatchTheSchemaAndSuppressedOnesAreLeftOut() throws IOException {
    JsonNode report = report(ReportFixtures.awkward());
    assertThat(schema.validate(report)).isEmpty();
    assertThat(report).hasSize(2);
    JsonNode empty = report.get(0);
    assertThat(empty.get("check_name").asText()).isEqualTo("GL000");
    assertThat(empty.get("location").get("path").asText()).isEqualTo("deploy/empty file.yaml");
    assertThat(empty.get("location").get("lines").get("begin").asInt())
        .as("a finding about a whole file is on line 1")
        .isEqualTo(1);
  }

  @Test
  void schemaRejectsAnIssueWithoutFingerprintOrWithAnUnknownSeverity() throws IOException {
    JsonNode bad =
        JSON.readTree(
            "[{\"description\":\"d\",\"check_name\":\"c\",\"severity\":\"error\","
                + "\"location\":{\"path\":\"a\",\"lines\":{\"begin\":1}}}]");
    assertThat(schema.validate(bad)).hasSize(2);
  }

  @Test
  void severitiesMapAndRepeatedFingerprintsAreMadeUnique() throws IOException {
    var rule =
        ReportFixtures.rule("GL010", "nginx-keepalive-not-above-idle-timeout", Severity.ERROR);
    var note = ReportFixtures.rule("GL003", "drop-invalid-headers", Severity.NOTE);
    List<Finding> findings =
        List.of(
            new Finding(
                rule, Severity.ERROR, Location.of("a.conf", 3, 1), "same", List.of(), "", null),
            new Finding(
                rule, Severity.WARNING, Location.of("a.conf", 9, 1), "same", List.of(), "", null),
            new Finding(
                note, Severity.NOTE, Location.of("b.yaml", 2, 1), "other", List.of(), "", null));
    JsonNode report =
        report(new LintResult(findings, List.of(rule, note), List.of(), List.of(), List.of(), 2));
    assertThat(schema.validate(report)).isEmpty();
    assertThat(report.findValuesAsText("severity")).containsExactly("major", "minor", "info");
    String first = report.get(0).get("fingerprint").asText();
    assertThat(report.get(1).get("fingerprint").asText()).isEqualTo(first + "-2");
    assertThat(report.get(0).get("description").asText())
        .isEqualTo("GL010 nginx-keepalive-not-above-idle-timeout: same");
  }
}
