/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chains and their evidence, structured in the JSON report and in the SARIF run. */
class ChainReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static LintResult result;

  @BeforeAll
  static void lint() {
    result =
        new Linter()
            .lint(
                LintRequest.of(
                    ReportFixtures.repoRoot().resolve("fixtures/ecs-nginx-express/bad")));
  }

  @Test
  void jsonHasTheSchemaVersionAndEveryChainWithItsHopsAndEvidence() throws Exception {
    JsonNode root = JSON.readTree(ReportFixtures.write(new JsonReporter("t"), result));
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(JsonReporter.SCHEMA_VERSION);
    JsonNode chains = root.get("chains");
    assertThat(chains).hasSize(result.chains().size()).isNotEmpty();
    JsonNode chain = chains.get(0);
    assertThat(chain.get("description").asText()).isEqualTo(result.chains().get(0).describe());
    assertThat(chain.get("hops").findValuesAsText("kind"))
        .containsSubsequence("loadBalancer", "targetGroup", "proxyServer", "appServer");
    assertThat(chain.get("hops").get(0).get("location").get("line").asInt()).isPositive();
    assertThat(chain.get("evidence")).hasSize(result.chains().get(0).getEvidence().size());
    assertThat(root.get("unlinked")).hasSize(result.unlinked().size());
  }

  @Test
  void sarifRunPropertiesHoldTheSameChains() throws Exception {
    JsonNode run =
        JSON.readTree(ReportFixtures.write(new SarifReporter("t"), result)).get("runs").get(0);
    JsonNode json = JSON.readTree(ReportFixtures.write(new JsonReporter("t"), result));
    assertThat(run.get("properties").get("gatelint/chains")).isEqualTo(json.get("chains"));
    assertThat(run.get("properties").get("gatelint/unlinked")).isEqualTo(json.get("unlinked"));
  }
}
