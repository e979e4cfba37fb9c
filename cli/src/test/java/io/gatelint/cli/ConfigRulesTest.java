/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static io.gatelint.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule folders a repository's {@code gatelint.yml} names are code from that repository: {@code
 * --no-config-rules} refuses them and says so in one line.
 */
class ConfigRulesTest {

  private static final String RULE =
      """
      id: GL990
      name: repository-rule
      severity: warning
      category: observability
      title: Repository rule
      description: A rule the repository's configuration adds.
      remediation: None.
      helpUri: https://example.invalid/gl990
      facts:
        - claim: none
          source: test
          url: https://example.invalid/gl990
      for: lb in model.applicationLoadBalancers
      when: true
      at: lb
      message: "from the repository"
      """;

  @TempDir Path tmp;

  private Path tree() throws IOException {
    Path tree = Files.createDirectories(tmp.resolve("tree"));
    Files.copy(
        MainTest.FIXTURES.resolve("alb-basic-terraform/bad/plan.json"), tree.resolve("plan.json"));
    Files.createDirectories(tree.resolve("policy"));
    Files.writeString(tree.resolve("policy/GL990-repository.yml"), RULE);
    Files.writeString(tree.resolve("gatelint.yml"), "ruleDirs: [policy]\n");
    return tree;
  }

  @Test
  void theConfigurationsRuleFoldersLoadByDefault() throws IOException {
    Path tree = tree();
    Run r = run("lint", "--root=" + tree, tree.toString(), "--fail-on", "never");
    assertThat(r.out()).contains("GL990");
    assertThat(r.err()).doesNotContain("--no-config-rules");
  }

  @Test
  void noConfigRulesRefusesThemWithOneLine() throws IOException {
    Path tree = tree();
    Run r =
        run("lint", "--root=" + tree, tree.toString(), "--fail-on", "never", "--no-config-rules");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("GL990");
    assertThat(r.err().lines())
        .containsExactly(
            "gatelint: --no-config-rules: not loading the configuration's ruleDirs policy");
  }

  @Test
  void baselineTakesTheSwitchToo() throws IOException {
    Path tree = tree();
    Path baseline = tmp.resolve("baseline.json");
    Run r =
        run(
            "baseline",
            "--root=" + tree,
            tree.toString(),
            "--no-config-rules",
            "--output",
            baseline.toString());
    assertThat(r.exit()).isZero();
    assertThat(Files.readString(baseline)).doesNotContain("GL990");
  }

  @Test
  void helpMarksTheConfigurationsRuleFoldersAsRepositoryCode() {
    Run r = run("lint", "--help");
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("--no-config-rules")
        .contains("code from the linted repository");
  }
}
