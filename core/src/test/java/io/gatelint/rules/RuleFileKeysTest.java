/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.LintRequest;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.config.Config;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule-file keys that make rules read well: {@code when} as a list (every entry must hold, in
 * order), {@code let} (named sub-expressions usable in {@code when}, {@code at} and {@code
 * message}), {@code since} and {@code examples}.
 */
class RuleFileKeysTest {

  private static final String HEAD =
      """
      id: ZZ100
      name: test-rule
      severity: warning
      category: test
      title: t
      description: d
      remediation: r
      helpUri: https://example.com/zz100
      facts:
        - claim: c
          source: s
          url: https://example.com
      """;

  private static String rule(String body) {
    return HEAD + body;
  }

  @Test
  void letNamesStandForTheirExpressionEverywhereButInStringsAndAfterADot() {
    Map<String, String> lets = new java.util.LinkedHashMap<>();
    lets.put("idle", "c.loadBalancer.idleTimeout");
    assertThat(RuleLoader.expand("idle != null && 'idle' == x.idle && f(idle)", lets))
        .isEqualTo(
            "(c.loadBalancer.idleTimeout) != null && 'idle' == x.idle &&"
                + " f((c.loadBalancer.idleTimeout))");
  }

  @Test
  void sinceAndExamplesAreReadIntoTheRuleInfo() {
    Rule r =
        new RuleLoader()
            .load(
                "t.yml",
                rule(
                    """
                    since: 0.1.0
                    examples:
                      - format: nginx
                        bad: keepalive_timeout 30s;
                        good: keepalive_timeout 75s;
                    for: lb in model.applicationLoadBalancers
                    when: isFalse(lb.accessLogsEnabled)
                    at: lb
                    message: m
                    """));
    assertThat(r.info().since()).isEqualTo("0.1.0");
    assertThat(r.info().examples())
        .containsExactly(
            new RuleInfo.Example("nginx", "keepalive_timeout 30s;", "keepalive_timeout 75s;"));
  }

  @Test
  void anExampleInAnUnknownFormatOrASinceThatIsNoVersionIsRefused() {
    assertThatThrownBy(
            () ->
                new RuleLoader()
                    .load(
                        "t.yml",
                        rule(
                            """
                            examples:
                              - format: helm
                                bad: a
                                good: b
                            for: lb in model.applicationLoadBalancers
                            when: isFalse(lb.accessLogsEnabled)
                            at: lb
                            message: m
                            """)))
        .hasMessageContaining("example format 'helm'");
    assertThatThrownBy(
            () ->
                new RuleLoader()
                    .load(
                        "t.yml",
                        rule(
                            """
                            since: soon
                            for: lb in model.applicationLoadBalancers
                            when: isFalse(lb.accessLogsEnabled)
                            at: lb
                            message: m
                            """)))
        .hasMessageContaining("'since' must be a version");
  }

  @Test
  void aLetNameCannotHideTheLoopVariableOrAFunction() {
    assertThatThrownBy(
            () ->
                new RuleLoader()
                    .load(
                        "t.yml",
                        rule(
                            """
                            let:
                              number: c.loadBalancer.idleTimeout
                            for: c in model.chains
                            when: known(c.loadBalancer)
                            at: c.loadBalancer
                            message: m
                            """)))
        .hasMessageContaining("'let' name 'number'");
  }

  @Test
  void aWhenListHoldsWhenEveryEntryHoldsAndLetsReachWhenAtAndMessage(@TempDir Path rules)
      throws IOException {
    // the first entry guards the second: a chain without nginx must not reach the null hop
    Files.writeString(
        rules.resolve("ZZ100-test-rule.yml"),
        rule(
            """
            let:
              keepalive: c.proxyServer.keepaliveTimeout
              idle: c.loadBalancer.idleTimeout
            for: c in model.chains
            when:
              - c.proxyServer != null
              - positive(keepalive) && atMost(keepalive, idle)
            at: keepalive
            message: "keepalive {keepalive} against idle {idle}"
            """));
    Path fixture = RepoPaths.fixtures().resolve("ecs-nginx-express/bad");
    List<Finding> found =
        new Linter()
                .lint(new LintRequest(List.of(fixture), fixture, Config.empty(), List.of(rules)))
                .active()
                .stream()
                .filter(f -> f.ruleId().equals("ZZ100"))
                .toList();
    List<Finding> gl010 =
        new Linter()
            .lint(LintRequest.of(fixture)).active().stream()
                .filter(f -> f.ruleId().equals("GL010"))
                .toList();
    assertThat(found).isNotEmpty();
    assertThat(found)
        .extracting(f -> f.location().line())
        .containsExactlyElementsOf(gl010.stream().map(f -> f.location().line()).toList());
    assertThat(found.get(0).message()).startsWith("keepalive ").contains(" against idle ");
  }

  @Test
  void theTraceSaysWhichWhenEntryDidNotHold() throws IOException {
    Rule r =
        new RuleLoader()
            .load(
                "t.yml",
                rule(
                    """
                    for: lb in model.applicationLoadBalancers
                    when:
                      - lb != null
                      - "false"
                    at: lb
                    message: m
                    """));
    assertThat(RuleEngine.whyNot(r, 1, "x"))
        .isEqualTo("ZZ100 x: 'when' entry 2 of 2 does not hold: false");
  }
}
