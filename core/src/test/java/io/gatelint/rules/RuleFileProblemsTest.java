/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule file's problems are reported all at once, each with its line. */
class RuleFileProblemsTest {

  @TempDir Path tmp;

  static final String CUSTOM =
      """
      id: ACME001
      name: health-check-interval-at-most-10s
      severity: warning
      category: availability
      title: Target group health check interval above 10 seconds
      description: Our policy.
      remediation: Set the interval to 10 or less.
      for: tg in model.targetGroups
      when: number(tg.healthCheck.interval) && tg.healthCheck.interval.num() > 10
      at: tg.healthCheck.interval
      message: "Target group {tg.id} checks health every {tg.healthCheck.interval}"
      """;

  @Test
  void threeMistakesAreReportedAtOnceEachWithItsLine() {
    String text =
        CUSTOM
            .replace("title: Target group health check interval above 10 seconds\n", "")
            .replace("name: health-check-interval-at-most-10s", "name: Interval_Policy")
            .replace("number(tg.healthCheck.interval)", "number(tg.healthCheck.intervl)");
    RuleFileException e =
        catchThrowableOfType(
            () -> new RuleLoader().loadCustom("acme.yml", text), RuleFileException.class);
    assertThat(e.problems())
        .extracting(p -> p.line() + ": " + p.message())
        .containsExactly(
            "1: missing field 'title'",
            "2: name 'Interval_Policy' is not kebab-case",
            "8: rejected token 'intervl': 'intervl' is not an accessor of the model or the facts"
                + " (did you mean 'interval'?)");
    assertThat(e.getMessage()).doesNotContain("\n").contains("acme.yml:8: rejected token");
  }

  @Test
  void helpUriAndFactsAreRequiredOfBuiltInRulesOnly() {
    assertThat(new RuleLoader().loadCustom("acme.yml", CUSTOM).info().helpUri()).isNull();
    RuleFileException e =
        catchThrowableOfType(
            () -> new RuleLoader().load("rules/GL999-x.yml", CUSTOM), RuleFileException.class);
    assertThat(e.problems())
        .extracting(RuleFileException.Problem::message)
        .containsExactly("missing field 'helpUri'", "missing field 'facts'");
  }

  @Test
  void aMisspeltFieldIsNamedWhereItIs() {
    String text = CUSTOM.replace("message:", "mesage:");
    RuleFileException e =
        catchThrowableOfType(
            () -> new RuleLoader().loadCustom("acme.yml", text), RuleFileException.class);
    assertThat(e.problems())
        .extracting(p -> p.line() + ": " + p.message())
        .containsExactly(
            "11: missing field 'message' ('mesage' here looks like a misspelling of it)");
  }

  @Test
  void aSingleRuleFileIsAcceptedAndProblemsOfAllFilesAreListed() throws IOException {
    Path file = Files.writeString(tmp.resolve("ACME001-x.yml"), CUSTOM);
    assertThat(RuleSet.load(List.of(file)).rules())
        .extracting(r -> r.info().id())
        .contains("ACME001");
    Files.writeString(
        tmp.resolve("ACME002-y.yml"),
        CUSTOM.replace("ACME001", "ACME002").replace("severity: warning", "severity: loud"));
    Files.writeString(
        tmp.resolve("ACME003-z.yml"),
        CUSTOM.replace("ACME001", "ACME003").replace("for: tg in", "for: tg of"));
    RuleFileException e =
        catchThrowableOfType(() -> RuleSet.load(List.of(tmp)), RuleFileException.class);
    assertThat(e.problems())
        .extracting(p -> p.file().substring(p.file().lastIndexOf('/') + 1) + ":" + p.line())
        .containsExactly("ACME002-y.yml:3", "ACME003-z.yml:8");
    Path text = Files.writeString(tmp.resolve("notes.txt"), "x");
    assertThat(catchThrowableOfType(() -> RuleSet.load(List.of(text)), RuleFileException.class))
        .hasMessageContaining("not a rule file");
  }
}
