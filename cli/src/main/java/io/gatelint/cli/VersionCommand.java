/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gatelint version}: what {@code --version} prints, as a command. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Print the version, the commit it was built from, the rule count and the Java.")
final class VersionCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (String line : Main.Version.lines()) out.println(line);
    out.flush();
    return Main.OK;
  }
}
