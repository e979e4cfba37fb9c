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
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SARIF output against the official SARIF 2.1.0 schema (OASIS, JSON Schema draft-04) and the
 * properties GitHub code scanning relies on.
 */
class SarifReporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        SarifReporterTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      assertThat(in).as("schemas/sarif-schema-2.1.0.json on the test class path").isNotNull();
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in));
    }
  }

  private static JsonNode sarif(io.gatelint.LintResult result) throws IOException {
    return JSON.readTree(ReportFixtures.write(new SarifReporter(ReportFixtures.VERSION), result));
  }

  @Test
  void lintOfBadFixtureIsValidSarif() throws IOException {
    Set<ValidationMessage> errors = schema.validate(sarif(ReportFixtures.albBasicBad()));
    assertThat(errors).isEmpty();
  }

  @Test
  void awkwardFindingsAreValidSarif() throws IOException {
    Set<ValidationMessage> errors = schema.validate(sarif(ReportFixtures.awkward()));
    assertThat(errors).isEmpty();
  }

  @Test
  void schemaRejectsBrokenLog() throws IOException {
    JsonNode log = sarif(ReportFixtures.albBasicBad());
    ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0"))
        .put("level", "fatal");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            log.at("/runs/0/results/1/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    assertThat(schema.validate(log))
        .extracting(ValidationMessage::getInstanceLocation)
        .map(Object::toString)
        .contains(
            "$.runs[0].results[0].level",
            "$.runs[0].results[1].locations[0].physicalLocation.region.startLine");
  }

  @Test
  void everyRuleHasFullDescriptionHelpAndHelpUri() throws IOException {
    JsonNode rules = sarif(ReportFixtures.albBasicBad()).at("/runs/0/tool/driver/rules");
    assertThat(rules).isNotEmpty();
    for (JsonNode rule : rules) {
      String id = rule.path("id").asText();
      assertThat(rule.at("/fullDescription/text").asText())
          .as(id + " fullDescription")
          .isNotBlank();
      assertThat(rule.at("/help/text").asText()).as(id + " help.text").isNotBlank();
      assertThat(rule.at("/help/markdown").asText()).as(id + " help.markdown").isNotBlank();
      assertThat(rule.path("helpUri").asText()).as(id + " helpUri").startsWith("https://");
    }
  }

  @Test
  void resultIndexesPointAtTheirRules() throws IOException {
    JsonNode run = sarif(ReportFixtures.albBasicBad()).at("/runs/0");
    assertThat(run.path("results")).isNotEmpty();
    for (JsonNode result : run.path("results")) {
      JsonNode rule = run.at("/tool/driver/rules/" + result.path("ruleIndex").asInt());
      assertThat(rule.path("id").asText()).isEqualTo(result.path("ruleId").asText());
    }
  }

  @Test
  void everyLocationIsRelativeToSrcRoot() throws IOException {
    String text =
        ReportFixtures.write(
            new SarifReporter(ReportFixtures.VERSION), ReportFixtures.albBasicBad());
    assertThat(text).doesNotContain(ReportFixtures.repoRoot().toString());
    List<JsonNode> artifacts = new ArrayList<>(JSON.readTree(text).findValues("artifactLocation"));
    assertThat(artifacts).hasSizeGreaterThanOrEqualTo(6);
    for (JsonNode a : artifacts) {
      assertThat(a.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(a.path("uri").asText()).isEqualTo("infra/api.yaml");
    }
  }

  @Test
  void awkwardFileNamesArePercentEncodedRelativeUris() throws IOException {
    JsonNode results = sarif(ReportFixtures.awkward()).at("/runs/0/results");
    assertThat(results.findValues("uri"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "deploy/empty%20file.yaml",
            "deploy/nginx%2Cprod%3A1/nginx.conf", "infra/api.yaml", "plan.json", "infra/api.yaml");
  }

  @Test
  void partialFingerprintsArePresentAndStableAcrossRuns() throws IOException {
    List<String> first = fingerprints(sarif(ReportFixtures.albBasicBad()));
    List<String> second = fingerprints(sarif(ReportFixtures.albBasicBad()));
    assertThat(first)
        .hasSize(5)
        .doesNotContainNull()
        .doesNotHaveDuplicates()
        .allMatch(s -> s.matches("[0-9a-f]{32}"));
    assertThat(second).isEqualTo(first);
  }

  private static List<String> fingerprints(JsonNode log) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : log.at("/runs/0/results")) {
      JsonNode v = r.at("/partialFingerprints/gatelintFingerprint~1v1");
      out.add(v.isMissingNode() ? null : v.asText());
    }
    return out;
  }

  @Test
  void crossLayerFindingCarriesItsOtherEndAsRelatedLocation() throws IOException {
    JsonNode gl020 = null;
    for (JsonNode r : sarif(ReportFixtures.albBasicBad()).at("/runs/0/results")) {
      if (r.path("ruleId").asText().equals("GL020")) gl020 = r;
    }
    assertThat(gl020).as("GL020 result").isNotNull();
    assertThat(gl020.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(49);
    JsonNode related = gl020.path("relatedLocations");
    assertThat(related).hasSize(1);
    assertThat(related.at("/0/id").asInt()).isEqualTo(1);
    assertThat(related.at("/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("infra/api.yaml");
    assertThat(related.at("/0/physicalLocation/artifactLocation/uriBaseId").asText())
        .isEqualTo("%SRCROOT%");
    assertThat(related.at("/0/physicalLocation/region/startLine").asInt()).isEqualTo(48);
    assertThat(related.at("/0/message/text").asText()).contains("interval 10 s");
  }

  @Test
  void suppressedFindingsStayAsSuppressedResults() throws IOException {
    JsonNode results = sarif(ReportFixtures.awkward()).at("/runs/0/results");
    assertThat(results).hasSize(4);
    assertThat(results.at("/0/suppressions").isMissingNode()).isTrue();
    assertThat(results.at("/2/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(results.at("/2/suppressions/0/justification").asText()).isEqualTo("being replaced");
    assertThat(results.at("/3/suppressions/0/kind").asText()).isEqualTo("inSource");
  }

  @Test
  void fileOutsideTheRootIsAnAbsoluteFileUriWithoutBase() throws IOException {
    io.gatelint.LintResult awkward = ReportFixtures.awkward();
    java.nio.file.Path outside = java.nio.file.Path.of("/srv/elsewhere/lb.yaml").toAbsolutePath();
    List<io.gatelint.finding.Finding> findings = new ArrayList<>(awkward.findings());
    findings.set(
        0,
        new io.gatelint.finding.Finding(
            findings.get(0).rule(),
            findings.get(0).severity(),
            io.gatelint.model.Location.of(outside.toString().replace('\\', '/'), 3, 1),
            "outside",
            List.of(),
            "",
            null));
    JsonNode log =
        sarif(
            new io.gatelint.LintResult(
                findings, awkward.rules(), List.of(), List.of(), List.of(), 4));
    assertThat(schema.validate(log)).isEmpty();
    JsonNode artifact = log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.path("uri").asText())
        .isEqualTo(outside.toUri().toString())
        .startsWith("file:///");
    assertThat(artifact.has("uriBaseId")).isFalse();
    assertThat(
            log.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uriBaseId")
                .asText())
        .isEqualTo("%SRCROOT%");
  }

  @Test
  void completeRunIsASuccessfulInvocationWithoutNotifications() throws IOException {
    JsonNode invocation = sarif(ReportFixtures.albBasicBad()).at("/runs/0/invocations/0");
    assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
    assertThat(invocation.has("toolExecutionNotifications")).isFalse();
  }

  @Test
  void ruleThatFailedToEvaluateIsAnErrorNotificationOfAnUnsuccessfulRun() throws IOException {
    JsonNode log = sarif(ReportFixtures.withEvaluationError());
    assertThat(schema.validate(log)).isEmpty();
    JsonNode invocation = log.at("/runs/0/invocations/0");
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    JsonNode n = invocation.at("/toolExecutionNotifications/0");
    assertThat(n.path("level").asText()).isEqualTo("error");
    assertThat(n.at("/descriptor/id").asText()).isEqualTo("GL010");
    assertThat(n.at("/associatedRule/id").asText()).isEqualTo("GL010");
    assertThat(n.at("/message/text").asText()).contains("GL010").contains("NullPointerException");
  }

  @Test
  void resultsOverTheLimitAreAWarningNotification() throws IOException {
    JsonNode log =
        JSON.readTree(
            ReportFixtures.write(
                new SarifReporter(ReportFixtures.VERSION, 3), ReportFixtures.awkward()));
    assertThat(schema.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/results")).hasSize(3);
    JsonNode invocation = log.at("/runs/0/invocations/0");
    assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
    assertThat(invocation.at("/toolExecutionNotifications/0/level").asText()).isEqualTo("warning");
    assertThat(invocation.at("/toolExecutionNotifications/0/message/text").asText())
        .startsWith("1 of 4 results were left out")
        .contains("at most 3");
  }
}
