/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

import io.gatelint.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a run's result in one output format. Reporters see only findings and rule metadata. */
public interface Reporter {

  void write(LintResult result, Writer out) throws IOException;

  /** The format names, as {@code --format} takes them. */
  java.util.List<String> FORMATS =
      java.util.List.of("text", "compact", "json", "sarif", "junit", "github", "gitlab", "html");

  /** The formats made for people, not machines; the others must stay parseable. */
  java.util.List<String> HUMAN_FORMATS = java.util.List.of("text", "compact");

  /**
   * The format name in lower case when it is one of {@link #FORMATS}; an unknown name raises {@link
   * IllegalArgumentException} naming the known ones. Checks a name without building a reporter.
   */
  static String formatName(String format) {
    String name = format.toLowerCase(java.util.Locale.ROOT);
    if (!FORMATS.contains(name)) {
      throw new IllegalArgumentException(
          "unknown format '" + format + "' (" + String.join(", ", FORMATS) + ")");
    }
    return name;
  }

  /**
   * The reporter for a format name (one of {@link #FORMATS}, in any case); an unknown name raises
   * {@link IllegalArgumentException} naming the known ones.
   */
  static Reporter forFormat(String format, boolean color, String toolVersion) {
    return forFormat(format, color, toolVersion, java.nio.file.Path.of("").toAbsolutePath());
  }

  /** The same, for a run whose findings are relative to {@code root} (the HTML page states it). */
  static Reporter forFormat(
      String format, boolean color, String toolVersion, java.nio.file.Path root) {
    return forFormat(format, color, toolVersion, root, io.gatelint.finding.Severity.NOTE);
  }

  /**
   * The same, for a run that fails at {@code failOn} (null: never): the JUnit report marks only
   * those findings as failures.
   */
  static Reporter forFormat(
      String format,
      boolean color,
      String toolVersion,
      java.nio.file.Path root,
      io.gatelint.finding.Severity failOn) {
    return switch (formatName(format)) {
      case "text" -> new TextReporter(color);
      case "compact" -> new CompactReporter();
      case "json" -> new JsonReporter(toolVersion);
      case "sarif" -> new SarifReporter(toolVersion);
      case "junit" -> new JunitReporter(failOn);
      case "github" -> new GithubReporter();
      case "gitlab" -> new GitlabReporter();
      case "html" -> new HtmlReporter(toolVersion, root, java.time.Clock.systemUTC());
      default -> throw new IllegalStateException("format " + format + " has no reporter");
    };
  }
}
