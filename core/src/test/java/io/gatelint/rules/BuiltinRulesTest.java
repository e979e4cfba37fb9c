/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinRulesTest {

  private static List<String> ids(List<Rule> rules) {
    return rules.stream().map(r -> r.info().id()).sorted().toList();
  }

  @Test
  void aStartedReadGivesTheRulesAReadOnTheCallingThreadGives() {
    List<Rule> plain = BuiltinRules.take();
    BuiltinRules.start();
    List<Rule> started = BuiltinRules.take();
    assertThat(ids(started)).isEqualTo(ids(plain)).contains("GL001", "GL010", "GL040");
    assertThat(started.get(0).info()).isEqualTo(plain.get(0).info());
  }

  @Test
  void whatWasStartedIsTakenOnceAndTheNextLoadReadsAnew() {
    BuiltinRules.start();
    BuiltinRules.start(); // a second start before a take changes nothing
    List<Rule> first = BuiltinRules.take();
    List<Rule> second = BuiltinRules.take();
    assertThat(ids(second)).isEqualTo(ids(first));
    // no rule (and so no compiled expression) shared between two runs
    for (int i = 0; i < first.size(); i++) assertThat(second.get(i)).isNotSameAs(first.get(i));
  }

  @Test
  void aRuleSetLoadTakesTheStartedRead() {
    RuleSet.startReadingBuiltin();
    assertThat(BuiltinRules.pending()).isTrue();
    RuleSet set = RuleSet.load(List.of());
    assertThat(BuiltinRules.pending()).isFalse();
    assertThat(set.rules()).hasSize(BuiltinRules.take().size());
  }
}
