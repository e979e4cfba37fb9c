/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resource holds no list of suppressions until one is added, and the list it gives before then
 * takes additions as its own would.
 */
class ResourceIgnoresTest {

  private final Ignore a = new Ignore("GL020", "why", Location.of("stack.yaml", 7, 11));
  private final Ignore b = new Ignore("GL023", "", Location.of("stack.yaml", 8, 11));

  @Test
  void additionsThroughTheEmptyListAreKept() {
    TargetGroup tg = new TargetGroup();
    List<Ignore> before = tg.getIgnores();
    assertThat(before).isEmpty();

    before.add(a);
    before.add(b);

    assertThat(tg.getIgnores()).containsExactly(a, b);
    assertThat(before).containsExactly(a, b);
  }

  @Test
  void addAllAndRemoveWork() {
    TargetGroup tg = new TargetGroup();
    tg.getIgnores().addAll(List.of(a, b));
    assertThat(tg.getIgnores()).containsExactly(a, b);
    tg.getIgnores().remove(a);
    assertThat(tg.getIgnores()).containsExactly(b);
  }
}
