/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.maven;

import io.gatelint.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code check} goal's parameters as plain values, with the decisions the goal makes on them:
 * which paths to lint, which configuration file, which threshold fails the build, and where each
 * report goes. Nothing here runs the linter, so all of it is tested without Maven.
 *
 * @param basedir the project's directory: the root findings' paths are relative to
 * @param sources the files and directories to lint; empty means the project's directory
 * @param config an explicit configuration file, or null to look for {@code gatelint.yml}
 * @param failOn error, warning, note or never; null means the configuration's, else error
 * @param formats report formats, each written to {@code outputDirectory}
 * @param outputDirectory where the reports go
 * @param baseline a baseline file whose findings neither fail the build nor are logged, or null
 * @param rules directories of extra rule files
 * @param noConfigRules refuse the rule folders the configuration's {@code ruleDirs} names: they are
 *     code from the linted repository
 * @param noGitignore also lint files that {@code .gitignore} files leave out
 */
record CheckParameters(
    Path basedir,
    List<Path> sources,
    Path config,
    String failOn,
    List<String> formats,
    Path outputDirectory,
    Path baseline,
    List<Path> rules,
    boolean noConfigRules,
    boolean noGitignore) {

  /** Report file names; one per format so that several formats can share the folder. */
  private static final Map<String, String> REPORT_FILES =
      Map.of(
          "text", "gatelint.txt",
          "compact", "gatelint-compact.txt",
          "json", "gatelint.json",
          "gitlab", "gl-code-quality-report.json",
          "sarif", "gatelint.sarif",
          "junit", "TEST-gatelint.xml",
          "github", "gatelint-github.txt",
          "html", "gatelint.html");

  CheckParameters {
    sources = sources == null || sources.isEmpty() ? List.of(basedir) : List.copyOf(sources);
    formats =
        formats == null
            ? List.of()
            : formats.stream()
                .map(f -> f.trim().toLowerCase(Locale.ROOT))
                .filter(f -> !f.isEmpty())
                .distinct()
                .toList();
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** The file the report in this format is written to. */
  Path reportFile(String format) throws InvalidParameterException {
    String name = REPORT_FILES.get(format);
    if (name == null) {
      throw new InvalidParameterException(
          "formats: unknown format '"
              + format
              + "' ("
              + String.join(", ", new java.util.TreeSet<>(REPORT_FILES.keySet()))
              + ")");
    }
    return outputDirectory.resolve(name);
  }

  /**
   * The configuration file to read, as the command line finds it: the explicit one, else {@code
   * gatelint.yml} in the first source directory, else in the project's directory.
   */
  Optional<Path> configFile() throws InvalidParameterException {
    if (config != null) {
      if (!Files.isRegularFile(config))
        throw new InvalidParameterException("config: " + config + ": no such configuration file");
      return Optional.of(config);
    }
    Path first = sources.get(0);
    return (Files.isDirectory(first) ? List.of(first, basedir) : List.of(basedir))
        .stream().map(d -> d.resolve("gatelint.yml")).filter(Files::isRegularFile).findFirst();
  }

  /**
   * The severity that fails the build, or empty for never; the configuration's applies when unset.
   */
  Optional<Severity> threshold(Optional<Severity> configured) throws InvalidParameterException {
    if (failOn == null || failOn.isBlank()) return Optional.of(configured.orElse(Severity.ERROR));
    if (failOn.trim().equalsIgnoreCase("never")) return Optional.empty();
    try {
      return Optional.of(Severity.parse(failOn));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("failOn: " + e.getMessage() + " or never");
    }
  }

  /** Sources that do not exist are a mistake in the POM, not an empty lint. */
  List<Path> existingSources() throws InvalidParameterException {
    for (Path p : sources) {
      if (!Files.exists(p)) throw new InvalidParameterException("sources: " + p + ": no such file");
    }
    return sources;
  }

  /** A parameter the goal cannot work with; the message names it. */
  static final class InvalidParameterException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidParameterException(String message) {
      super(message);
    }
  }
}
