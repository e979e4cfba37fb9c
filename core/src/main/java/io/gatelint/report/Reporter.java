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
      java.util.List.of("text", "compact", "json", "sarif", "junit", "github", "html");

  /**
   * The reporter for a format name (text, compact, json, sarif, junit, github or html, in any
   * case); an unknown name raises {@link IllegalArgumentException} naming the known ones.
   */
  static Reporter forFormat(String format, boolean color, String toolVersion) {
    return forFormat(format, color, toolVersion, java.nio.file.Path.of("").toAbsolutePath());
  }

  /** The same, for a run whose findings are relative to {@code root} (the HTML page states it). */
  static Reporter forFormat(
      String format, boolean color, String toolVersion, java.nio.file.Path root) {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> new TextReporter(color);
      case "compact" -> new CompactReporter();
      case "json" -> new JsonReporter(toolVersion);
      case "sarif" -> new SarifReporter(toolVersion);
      case "junit" -> new JunitReporter();
      case "github" -> new GithubReporter();
      case "html" -> new HtmlReporter(toolVersion, root, java.time.Clock.systemUTC());
      default ->
          throw new IllegalArgumentException(
              "unknown format '" + format + "' (text, compact, json, sarif, junit, github, html)");
    };
  }
}
