/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.RepoPaths;
import io.gatelint.model.Chain;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Condition variants that change nothing along a chain are one chain; others stay apart. */
class ChainVariantsTest {

  private static final LintResult RESULT =
      new Linter().lint(LintRequest.of(RepoPaths.fixtures().resolve("condition-variants/good")));

  private static List<String> chains(String loadBalancer) {
    return RESULT.chains().stream()
        .filter(c -> c.getLoadBalancer().getId().equals(loadBalancer))
        .map(Chain::describe)
        .toList();
  }

  @Test
  void subnetsFromThreeConditionsAreOneChain() {
    assertThat(chains("SubnetsLoadBalancer"))
        .containsExactly("SubnetsLoadBalancer → SubnetsTargetGroup");
    Chain merged =
        RESULT.chains().stream()
            .filter(c -> c.getLoadBalancer().getId().equals("SubnetsLoadBalancer"))
            .findFirst()
            .orElseThrow();
    assertThat(merged.getEvidence())
        .contains(
            "8 condition variants (of IsPrivate, HasThirdZone, IsProd) hold the same values along"
                + " this chain: shown once");
  }

  @Test
  void anIdleTimeoutThatDependsOnAConditionKeepsTwoLabelledChains() {
    assertThat(chains("TimeoutLoadBalancer"))
        .containsExactly(
            "TimeoutLoadBalancer → TimeoutTargetGroup [only when IsProd is true]",
            "TimeoutLoadBalancer → TimeoutTargetGroup [only when IsProd is false]");
  }
}
