/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run builds only the subcommand it runs; help, completion and the bare command see them all. */
class CommandTreeTest {

  private static final String[] ALL = {
    "lint", "baseline", "rules", "explain", "test", "new-rule", "version", "completion", "help"
  };

  @Test
  void aSubcommandRunIsBuiltAlone() {
    assertThat(Main.commandLine(new String[] {"lint", "."}).getSubcommands().keySet())
        .containsExactly("lint");
    assertThat(Main.commandLine(new String[] {"explain", "GL010"}).getSubcommands().keySet())
        .containsExactly("explain");
  }

  @Test
  void theWholeTreeWhereTheWholeTreeIsDescribed() {
    for (String[] args :
        new String[][] {
          {}, {"help"}, {"help", "lint"}, {"completion", "bash"}, {"--help"}, {"lnt"}
        }) assertThat(Main.commandLine(args).getSubcommands().keySet()).containsExactly(ALL);
  }

  @Test
  void anInheritedOptionReachesASubcommandBuiltAlone() {
    assertThat(Main.commandLine(new String[] {"lint"}).getSubcommands().get("lint"))
        .satisfies(c -> assertThat(c.getCommandSpec().findOption("--debug")).isNotNull());
  }
}
