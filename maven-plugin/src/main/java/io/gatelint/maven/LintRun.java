/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.maven;

import io.gatelint.LintRequest;
import io.gatelint.LintResult;
import io.gatelint.Linter;
import io.gatelint.config.Config;
import io.gatelint.finding.Severity;
import io.gatelint.maven.CheckParameters.InvalidParameterException;
import io.gatelint.report.ReportFile;
import io.gatelint.report.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every call the {@code check} goal makes into gatelint's core, in one place: read the
 * configuration, lint, apply the baseline, write the reports. The goal itself only maps Maven's
 * parameters in and the result out.
 */
final class LintRun {

  /** The result of a run and the severity that fails the build (empty: never). */
  record Outcome(LintResult result, Optional<Severity> threshold) {}

  private LintRun() {}

  /**
   * Lints what the parameters name and writes every report, whatever the findings.
   *
   * @throws InvalidParameterException for a parameter the goal cannot use
   * @throws io.gatelint.config.ConfigException for an invalid configuration or baseline file
   * @throws io.gatelint.rules.RuleFileException for an invalid rule file
   * @throws IOException when a report cannot be written
   */
  static Outcome run(CheckParameters parameters, String toolVersion)
      throws InvalidParameterException, IOException {
    // unknown formats fail before the run, not after it
    for (String format : parameters.formats()) parameters.reportFile(format);
    Config config = parameters.configFile().map(Config::load).orElse(Config.empty());
    if (parameters.noConfigRules()) config = config.withoutRuleDirs();
    Optional<Severity> threshold = parameters.threshold(config.failOn());
    // the JUnit report marks as failures only what fails the build; the HTML page states the
    // project
    Map<Path, Reporter> reports = new LinkedHashMap<>();
    for (String format : parameters.formats()) {
      reports.put(
          parameters.reportFile(format),
          Reporter.forFormat(
              format, false, toolVersion, parameters.basedir(), threshold.orElse(null)));
    }
    LintRequest request =
        new LintRequest(
            parameters.existingSources(), parameters.basedir(), config, parameters.rules());
    if (parameters.baseline() != null) request = request.withBaseline(parameters.baseline());
    if (parameters.noGitignore()) request = request.withoutGitignore();
    LintResult result = new Linter().lint(request);
    Files.createDirectories(parameters.outputDirectory());
    for (Map.Entry<Path, Reporter> report : reports.entrySet()) {
      // whole or absent: written beside the target and renamed when complete
      ReportFile.write(report.getKey(), w -> report.getValue().write(result, w));
    }
    return new Outcome(result, threshold);
  }
}
