/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.config.Config;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Location;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A configuration ignore is held to what an inline one is: a reason, a use, an expiry. */
class ConfigIgnoreTest {

  private static final RuleInfo GL010 =
      new RuleInfo("GL010", "n", Severity.ERROR, "t", "t", "", "", "", List.of());

  private static List<String> run(Config.Ignore... ignores) {
    Config config =
        new Config(
            List.of(),
            List.of(),
            Optional.empty(),
            OptionalInt.empty(),
            Map.of(),
            Map.of(),
            List.of(),
            List.of(ignores),
            List.of());
    Finding f =
        new Finding(
            GL010, Severity.ERROR, Location.of("nginx.conf", 9, 1), "m", List.of(), "Tg", null);
    ConfigSettings step = new ConfigSettings(config, Path.of("."), LocalDate.of(2027, 6, 1));
    List<String> out = new java.util.ArrayList<>();
    for (Finding g : step.apply(List.of(f), s -> null))
      out.add(g.isSuppressed() ? "suppressed" : "reported");
    for (InvalidSuppression s : step.invalid()) out.add(s.location().line() + " " + s.message());
    return out;
  }

  @Test
  void withoutAReasonItIsReported() {
    assertThat(run(new Config.Ignore("GL010", "Tg", "", Optional.empty(), 4)))
        .containsExactly(
            "suppressed",
            "4 suppression of GL010 on Tg gives no reason: say why, as 'reason:' in the"
                + " configuration's ignore entry");
  }

  @Test
  void pastItsDayItStopsApplying() {
    assertThat(
            run(new Config.Ignore("GL010", "Tg", "r", Optional.of(LocalDate.of(2027, 3, 31)), 4)))
        .containsExactly(
            "reported",
            "4 suppression of GL010 on Tg expired on 2027-03-31 and no longer applies: fix the"
                + " findings, or renew it with a reason");
  }

  @Test
  void onAnotherResourceItSuppressesNothing() {
    assertThat(run(new Config.Ignore("GL010", "Other", "r", Optional.empty(), 4)))
        .containsExactly(
            "reported",
            "4 suppression of GL010 suppresses nothing: no GL010 finding on Other; remove it or"
                + " move it");
  }
}
