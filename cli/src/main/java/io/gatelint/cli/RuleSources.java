/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.cli;

import io.gatelint.LintRequest;
import io.gatelint.Linter;
import io.gatelint.config.Config;
import io.gatelint.finding.RuleInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where {@code rules} and {@code explain} find rules besides the built-in ones: {@code --rules}
 * files or folders, and the rule folders of the configuration ({@code --config}, else {@code
 * gatelint.yml} in the working directory), as {@code lint} would load them.
 */
final class RuleSources {

  @Option(
      names = "--rules",
      paramLabel = "DIR|FILE",
      description = "a rule file or a directory of extra rule files (repeatable)")
  List<Path> ruleDirs = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "the configuration whose ruleDirs to load (default: ./gatelint.yml if any)")
  Path config;

  @Option(names = "--no-config-rules", description = "do not load the configuration's ruleDirs")
  boolean noConfigRules;

  List<RuleInfo> rules() {
    Path here = LintRequest.workingDirectory();
    Config cfg =
        noConfigRules && config == null ? Config.empty() : Main.loadConfig(config, here, here);
    if (noConfigRules) cfg = cfg.withoutRuleDirs();
    return new Linter()
        .rules(new LintRequest(List.of(), here, cfg, ruleDirs)).rules().stream()
            .map(r -> r.info())
            .toList();
  }
}
