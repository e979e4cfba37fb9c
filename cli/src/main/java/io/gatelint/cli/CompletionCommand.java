/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gatelint completion bash|zsh}: the completion script picocli generates from the command
 * model, so that it never drifts from the options. The one script serves both shells: in zsh it
 * loads {@code bashcompinit} itself (picocli's AutoComplete documentation, "Zsh").
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for bash or zsh.",
      "  bash: source <(gatelint completion bash)",
      "  zsh:  source <(gatelint completion zsh)"
    })
final class CompletionCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "<shell>", description = "bash or zsh")
  String shell;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new Main.UsageException("completion: unknown shell '" + shell + "' (bash, zsh)");
    }
    CommandLine root = spec.root().commandLine();
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash(root.getCommandName(), root));
    out.flush();
    return Main.OK;
  }
}
