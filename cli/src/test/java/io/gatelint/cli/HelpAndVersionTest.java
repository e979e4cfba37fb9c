/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.cli.MainTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Help, version and completion, as a new user meets them. */
class HelpAndVersionTest {

  @Test
  void helpCommandListsTheCommandsExitCodesAndExamples() {
    Run r = MainTest.run("help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("lint ", "baseline ", "version ", "completion ", "help ")
        .contains("Exit codes:", "Examples:", "gatelint help lint");
  }

  @Test
  void helpOfLintShowsLabelsNotFieldNames() {
    Run r = MainTest.run("help", "lint");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("--fail-on=<level>", "--format=<format>[=FILE]", "--output=FILE")
        .contains("--config=FILE", "--rules=DIR", "Exit codes:", "Examples:")
        .doesNotContain("<failOn>", "<formats>", "<output>", "<ruleDirs>", "<config>");
  }

  @Test
  void versionCommandAndOptionPrintVersionCommitRulesAndJava() {
    Run command = MainTest.run("version");
    Run option = MainTest.run("--version");
    assertThat(command.exit()).isZero();
    assertThat(option.exit()).isZero();
    assertThat(command.out()).isEqualTo(option.out());
    String[] lines = command.out().split("\\R");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).matches("gatelint \\S+");
    // built from a git checkout: an abbreviated hash; from a source archive: "unknown"
    assertThat(lines[1]).matches("commit: ([0-9a-f]{7,40}|unknown)");
    assertThat(lines[2]).matches("rules: [1-9][0-9]* built-in");
    assertThat(lines[3]).startsWith("Java: " + System.getProperty("java.version"));
  }

  @Test
  void completionScriptsComeFromPicocli() {
    Run bash = MainTest.run("completion", "bash");
    assertThat(bash.exit()).isZero();
    assertThat(bash.out()).contains("complete -F", "--fail-on", "--explain-links");
    Run zsh = MainTest.run("completion", "zsh");
    assertThat(zsh.exit()).isZero();
    assertThat(zsh.out()).contains("bashcompinit");
    Run fish = MainTest.run("completion", "fish");
    assertThat(fish.exit()).isEqualTo(2);
    assertThat(fish.err().strip())
        .isEqualTo("gatelint: completion: unknown shell 'fish' (bash, zsh)");
  }

  @Test
  void jarManifestEnablesNativeAccess() throws Exception {
    // the shaded jar is built after the tests: its manifest entries are checked where they are set
    String pom = Files.readString(MainTest.REPO.resolve("cli/pom.xml"), StandardCharsets.UTF_8);
    assertThat(pom).contains("<Enable-Native-Access>ALL-UNNAMED</Enable-Native-Access>");
  }

  @Test
  void launchersBuildWithoutMavenColours() throws Exception {
    for (String launcher : new String[] {"gatelint", "gatelint.cmd"}) {
      String text = Files.readString(MainTest.REPO.resolve(launcher), StandardCharsets.UTF_8);
      assertThat(text).as(launcher).contains("mvn -B -q -Dstyle.color=never");
    }
  }
}
