/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatelint.facts.Facts;
import io.gatelint.facts.FactsBuilder;
import io.gatelint.model.Model;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvel2.MVEL;

/**
 * The built-in rules' expressions are checked when read and compiled only when a run needs them;
 * custom rules are still compiled, and refused, before anything runs.
 */
class LazyCompilationTest {

  @TempDir Path tmp;

  private static Model emptyModel() {
    Model model = new Model();
    model.freeze();
    return model;
  }

  @Test
  void builtinRulesAreReadWithoutCompilingAnExpression() {
    RuleSet rules = RuleSet.load(List.of());
    assertThat(rules.rules()).hasSizeGreaterThan(20);
    assertThat(rules.rules().stream().flatMap(r -> r.expressions().stream()))
        .noneMatch(Expression::isCompiled);
  }

  @Test
  void anEmptyModelCompilesNothing() {
    RuleSet rules = RuleSet.load(List.of());
    Model model = emptyModel();
    assertThat(new RuleEngine().evaluate(rules, model, FactsBuilder.build(model))).isEmpty();
    assertThat(rules.rules().stream().flatMap(r -> r.expressions().stream()))
        .noneMatch(Expression::isCompiled);
  }

  @Test
  void everyBuiltinForReadsAsMvelReadsIt() {
    Model model = emptyModel();
    Facts facts = FactsBuilder.build(model);
    Map<String, Object> vars = new HashMap<>();
    vars.put("model", model);
    vars.put("facts", facts);
    for (Rule r : RuleSet.load(List.of()).rules()) {
      Serializable mvel = r.select().compiled();
      assertThat(r.select().run(vars))
          .as(r.info().id() + " " + r.select().text())
          .isSameAs(MVEL.executeExpression(mvel, vars));
    }
  }

  @Test
  void aPathThatIsNotPlainGettersIsLeftToMvel() {
    Expression e = new Expression("x.yml", 3, "model.problems.size", Map.of("model", Model.class));
    Map<String, Object> vars = new HashMap<>();
    vars.put("model", emptyModel());
    assertThat(e.run(vars)).isEqualTo(0);
    assertThat(e.isCompiled()).isTrue();
  }

  @Test
  void aCustomRuleMvelRefusesIsReportedWithItsLineWhenLoaded() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("rules"));
    Files.writeString(
        dir.resolve("GL900-bad.yml"),
        String.join(
            "\n",
            "id: GL900",
            "name: bad",
            "severity: error",
            "category: test",
            "title: bad",
            "description: bad",
            "remediation: none",
            "for: lb in model.applicationLoadBalancers",
            "when: known(lb.idleTimeout) &&",
            "at: lb.idleTimeout",
            "message: bad",
            ""));
    assertThatThrownBy(() -> RuleSet.load(List.of(dir)))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("GL900-bad.yml:9: expression does not compile");
  }

  /**
   * The run trusts the jar's own rules (no guard, no compilation until used); the build does not:
   * every built-in rule file is guarded and compiled here, as the loader custom rules use does.
   */
  @Test
  void everyBuiltinRulePassesTheGuardTheRunSkips() {
    RuleLoader guarded = new RuleLoader();
    for (Map.Entry<String, String> e : RuleSet.builtinSources().entrySet()) {
      assertThat(guarded.load(e.getKey(), e.getValue()).info().id())
          .isEqualTo(e.getKey().substring("rules/".length(), "rules/".length() + 5));
    }
  }

  @Test
  void aHostileRuleIsRefusedByTheGuardTheBuildRunsOnEveryBuiltin() {
    String text =
        String.join(
            "\n",
            "id: GL900",
            "name: hostile",
            "severity: error",
            "category: test",
            "title: hostile",
            "description: hostile",
            "remediation: none",
            "helpUri: https://example.com",
            "facts:",
            "  - claim: c",
            "    source: s",
            "    url: https://example.com",
            "for: lb in model.applicationLoadBalancers",
            "when: Runtime.getRuntime().exec('touch x') != null",
            "at: lb.idleTimeout",
            "message: 'x {System.exit(3)}'",
            "");
    assertThatThrownBy(() -> new RuleLoader().load("rules/GL900-hostile.yml", text))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("GL900-hostile.yml:14: rejected token 'Runtime'")
        .hasMessageContaining("GL900-hostile.yml:16: rejected token 'System'");
  }
}
