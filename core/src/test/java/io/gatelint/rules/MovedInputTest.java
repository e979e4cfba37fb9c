/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule inputs the facts stage took over from the model: a custom rule still written against the
 * model gets a load error naming the new path and the line, and the same rule on the new path
 * loads.
 */
class MovedInputTest {

  private static String rule(String forLine, String when) {
    return String.join(
        "\n",
        "id: GL901",
        "name: custom",
        "severity: warning",
        "category: test",
        "title: custom",
        "description: custom",
        "remediation: none",
        "helpUri: https://example.com",
        "facts:",
        "  - claim: c",
        "    source: s",
        "    url: https://example.com",
        "for: " + forLine,
        "when: " + when,
        "at: x",
        "message: m",
        "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "x in model.networkPaths                 | x.notAdmitted                                  | 13 | 'model.networkPaths' moved to 'facts.networkPaths'",
        "x in model.upstreamRoutes               | x.upstream != null                             | 13 | 'model.upstreamRoutes' moved to 'facts.upstreamRoutes'",
        "x in model.applicationLoadBalancers     | model.alarmCoverage.watching(x, 'RequestCount').isEmpty() | 14 | 'model.alarmCoverage' moved to 'facts.alarmCoverage'",
        "x in model.alarmCoverage.danglingReferences | x.dangling                                 | 13 | 'model.alarmCoverage' moved to 'facts.alarmCoverage'",
        "x in model.getNetworkPaths()            | x.notAdmitted                                  | 13 | 'model.getNetworkPaths' moved to 'facts.networkPaths'",
      })
  void aRuleOnAMovedModelPathIsRejectedNamingTheNewPath(
      String forLine, String when, int line, String message) {
    assertThatThrownBy(() -> new RuleLoader().load("custom.yml", rule(forLine, when)))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("custom.yml:" + line)
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "x in facts.networkPaths                 | x.notAdmitted",
        "x in facts.upstreamRoutes               | x.upstream != null",
        "x in model.applicationLoadBalancers     | facts.alarmCoverage.watching(x, 'RequestCount').isEmpty()",
        "x in facts.chains                       | x.proxyServer != null",
        "x in model.chains                       | x.proxyServer != null",
      })
  void theSameRuleOnTheFactsLoads(String forLine, String when) {
    assertThat(new RuleLoader().load("custom.yml", rule(forLine, when)).info().id())
        .isEqualTo("GL901");
  }
}
