/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.maven;

import io.gatelint.LintResult;
import io.gatelint.config.ConfigException;
import io.gatelint.finding.Finding;
import io.gatelint.finding.Severity;
import io.gatelint.maven.CheckParameters.InvalidParameterException;
import io.gatelint.rules.RuleFileException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's CloudFormation templates, Terraform plans, nginx configuration and Node.js
 * servers, logs each finding, writes the reports, and fails the build when a finding reaches {@code
 * failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  /**
   * Files and directories to lint. Default: the project's directory ({@code ${project.basedir}}).
   */
  @Parameter private List<File> sources;

  /**
   * The configuration file. Default: {@code gatelint.yml} in the first source directory, else in
   * the project's directory.
   */
  @Parameter private File config;

  /**
   * The lowest severity that fails the build: {@code error}, {@code warning}, {@code note} or
   * {@code never}. Default: the configuration's {@code failOn}, else {@code error}.
   */
  @Parameter(property = "gatelint.failOn")
  private String failOn;

  /**
   * Report formats, each written to the output directory: text, compact, json, sarif, junit,
   * github, gitlab, html.
   */
  @Parameter(defaultValue = "sarif,text")
  private List<String> formats;

  /** Where the reports are written, whatever the outcome. */
  @Parameter(defaultValue = "${project.build.directory}/gatelint")
  private File outputDirectory;

  /** A baseline file ({@code gatelint baseline --output FILE}): only new findings are reported. */
  @Parameter private File baseline;

  /** Directories of extra rule files, in the built-in rules' format and sandbox. */
  @Parameter private List<File> rules;

  /**
   * Refuses the rule folders the configuration's {@code ruleDirs} names: they are code from the
   * linted repository; set it where that repository's changes are not trusted.
   */
  @Parameter(property = "gatelint.noConfigRules", defaultValue = "false")
  private boolean noConfigRules;

  /**
   * Also lints files that {@code .gitignore} files leave out (generated stacks, a vendored
   * configuration), as {@code --no-gitignore} does.
   */
  @Parameter(property = "gatelint.noGitignore", defaultValue = "false")
  private boolean noGitignore;

  /** Skips the check. */
  @Parameter(property = "gatelint.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("gatelint: skipped");
      return;
    }
    LintRun.Outcome outcome;
    try {
      outcome = LintRun.run(parameters(), toolVersion());
    } catch (InvalidParameterException | ConfigException | RuleFileException e) {
      // their messages already name the parameter, or the file and line
      throw new MojoExecutionException("gatelint: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "gatelint: cannot write the reports to " + outputDirectory + ": " + e.getMessage(), e);
    }
    LintResult result = outcome.result();
    result.active().forEach(this::log);
    result
        .errors()
        .forEach(
            e ->
                getLog()
                    .error(
                        "gatelint: rule "
                            + e.ruleId()
                            + " ("
                            + e.file()
                            + ") failed to evaluate: "
                            + e.message()));
    String summary = LogLines.summary(result) + "; reports in " + outputDirectory;
    if (!result.errors().isEmpty()) {
      throw new MojoExecutionException(
          "gatelint: "
              + result.errors().size()
              + " rule evaluation error(s), the results are incomplete: "
              + summary);
    }
    Optional<Severity> threshold = outcome.threshold();
    if (threshold.isPresent() && result.fails(threshold.get())) {
      throw new MojoFailureException(
          "gatelint: " + summary + " (failOn: " + threshold.get().label() + ")");
    }
    getLog().info("gatelint: " + summary);
  }

  CheckParameters parameters() {
    return new CheckParameters(
        basedir.toPath(),
        sources == null ? List.of() : sources.stream().map(File::toPath).toList(),
        config == null ? null : config.toPath(),
        failOn,
        formats,
        outputDirectory.toPath(),
        baseline == null ? null : baseline.toPath(),
        rules == null ? List.of() : rules.stream().map(File::toPath).toList(),
        noConfigRules,
        noGitignore);
  }

  private void log(Finding f) {
    String line = LogLines.finding(f);
    switch (f.severity()) {
      case ERROR -> getLog().error(line);
      case WARNING -> getLog().warn(line);
      case NOTE -> getLog().info(line);
    }
  }

  private String toolVersion() {
    Object descriptor =
        getPluginContext() == null ? null : getPluginContext().get("pluginDescriptor");
    return descriptor instanceof PluginDescriptor d ? d.getVersion() : "unknown";
  }
}
