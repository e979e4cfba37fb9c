/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhenTraceTest {

  @Test
  void keepsTheFirstLinesPerRuleAndCountsTheRest() {
    WhenTrace trace = new WhenTrace(2);
    for (int i = 1; i <= 5; i++) trace.accept("GL010 item " + i + ": 'when' does not hold: x");
    trace.accept("GL020 item 1: 'when' does not hold: y");
    trace.accept("GL020 item 1: 'when' does not hold: y");
    assertThat(trace.lines())
        .containsExactly(
            "GL010 item 1: 'when' does not hold: x",
            "GL010 item 2: 'when' does not hold: x",
            "GL010 … 3 more not shown",
            "GL020 item 1: 'when' does not hold: y");
    assertThat(trace.lines("GL020")).containsExactly("GL020 item 1: 'when' does not hold: y");
    trace.clear();
    assertThat(trace.lines()).isEmpty();
  }
}
