/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.config.RuleNames;
import io.gatelint.finding.Finding;
import io.gatelint.finding.RuleInfo;
import io.gatelint.finding.Severity;
import io.gatelint.model.Location;
import io.gatelint.parse.InlineDirectives;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every directive form in every comment syntax, rule names in any case, and expiry. */
class InlineDirectiveFormsTest {

  private static final RuleInfo GL010 =
      new RuleInfo(
          "GL010",
          "nginx-keepalive-not-above-idle-timeout",
          Severity.ERROR,
          "t",
          "t",
          "",
          "",
          "",
          List.of());
  private static final RuleNames NAMES = new RuleNames(List.of(GL010));
  private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  private static Finding at(int line) {
    return new Finding(GL010, Severity.ERROR, Location.of("f", line, 1), "m", List.of(), "", null);
  }

  private static List<String> run(String text, int... lines) {
    InlineDirectives d = new InlineDirectives();
    d.read("f", InlineDirectives.scan("f", text));
    InlineSuppressions step = new InlineSuppressions(Path.of("absent"), d, NAMES, TODAY);
    List<Finding> in = java.util.Arrays.stream(lines).mapToObj(l -> at(l)).toList();
    List<String> out = new java.util.ArrayList<>();
    for (Finding f : step.apply(in))
      out.add(f.location().line() + (f.isSuppressed() ? " suppressed" : " reported"));
    for (InvalidSuppression s : step.invalid())
      out.add("GL004 " + s.location().line() + " " + s.message());
    return out;
  }

  @Test
  void disableLineTrailsCodeInEverySyntax() {
    assertThat(run("keepalive_timeout 5s; # gatelint-disable-line GL010 -- legacy\n", 1))
        .containsExactly("1 suppressed");
    assertThat(run("a\nserver.keepAliveTimeout = 5; // gatelint-disable-line gl010 -- legacy\n", 2))
        .containsExactly("2 suppressed");
    assertThat(
            run(
                "a\nx = 1; /* gatelint-disable-line nginx-keepalive-not-above-idle-timeout -- ok */\n",
                2))
        .containsExactly("2 suppressed");
  }

  @Test
  void disableFileCoversEveryLine() {
    assertThat(run("# gatelint-disable-file GL010 -- generated\na\nb\n", 1, 3))
        .containsExactly("1 suppressed", "3 suppressed");
  }

  @Test
  void unknownRulesSayTheNearestOne() {
    assertThat(run("# gatelint-disable-next-line GL01O -- typo\na\n", 2))
        .containsExactly(
            "2 reported",
            "GL004 1 suppression names GL01O, which is not a rule: it suppresses nothing"
                + " (did you mean GL010?)");
  }

  @Test
  void anExpiredDirectiveStopsApplyingAndSaysSo() {
    assertThat(run("# gatelint-disable-next-line GL010 -- until 2027-03-31: migrating\na\n", 2))
        .containsExactly(
            "2 reported",
            "GL004 1 suppression of GL010 expired on 2027-03-31 and no longer applies: fix the"
                + " findings, or renew it with a reason");
    assertThat(run("# gatelint-disable-next-line GL010 -- until 2027-06-01: migrating\na\n", 2))
        .containsExactly("2 suppressed");
  }
}
