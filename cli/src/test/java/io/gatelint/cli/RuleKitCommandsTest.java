/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static io.gatelint.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new-rule, test, and explain/rules with --rules, end to end. */
class RuleKitCommandsTest {

  @TempDir Path tmp;

  @Test
  void newRuleOutputPassesTestAndExplainShowsIt() {
    String dir = tmp.resolve("rules").toString();
    assertThat(run("new-rule", "ACME001", "--dir", dir).exit()).isZero();
    MainTest.Run t = run("test", "--rules", dir);
    assertThat(t.exit()).as(t.out() + t.err()).isZero();
    assertThat(t.out())
        .contains("PASS " + dir + "/fixtures/ACME001/bad")
        .contains("PASS " + dir + "/fixtures/ACME001/good");
    MainTest.Run e = run("explain", "--rules", dir, "ACME001");
    assertThat(e.exit()).isZero();
    assertThat(e.out()).startsWith("ACME001 health-check-interval-at-most-10s (warning");
    Path file = tmp.resolve("rules/ACME001-health-check-interval-at-most-10s.yml");
    assertThat(run("rules", "--rules", file.toString()).out()).contains("ACME001");
    assertThat(run("new-rule", "ACME001", "--dir", dir).err()).contains("exists, not overwritten");
  }

  @Test
  void aMismatchExitsOneNamingEachFileAndLine() throws IOException {
    String dir = tmp.resolve("rules").toString();
    run("new-rule", "ACME001", "--dir", dir);
    Path good = tmp.resolve("rules/fixtures/ACME001/good/template.yaml");
    Files.writeString(good, Files.readString(good).replace("Seconds: 10", "Seconds: 30"));
    MainTest.Run t = run("test", "--rules", dir);
    assertThat(t.exit()).isEqualTo(1);
    assertThat(t.out())
        .contains("FAIL " + tmp.resolve("rules/fixtures/ACME001/good"))
        .contains("fired on a line marked ok: ACME001 at " + good + ":12");
  }

  @Test
  void aRuleWithThreeMistakesReportsAllThree() throws IOException {
    Path rule = tmp.resolve("ACME002-x.yml");
    Files.writeString(
        rule,
        NewRuleCommand.rule("ACME002", "x")
            .replace("title: ", "titel: ")
            .replace("severity: warning", "severity: loud")
            .replace("tg.healthCheck.interval.num()", "tg.healthCheck.intervl.num()"));
    MainTest.Run r = run("lint", "--rules", rule.toString(), tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .contains("missing field 'title' ('titel' here looks like a misspelling of it)")
        .contains("severity")
        .contains("(did you mean 'interval'?)");
  }
}
