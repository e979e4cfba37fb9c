/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a parser needs to know besides the files: the root that paths in findings are relative to,
 * CloudFormation parameter values and Terraform variables for this environment, and the Node major
 * to assume when a project does not say.
 *
 * @param root the directory findings are relative to
 * @param parameters parameter overrides from the config file (name → value as written)
 * @param nodeVersion the config file's {@code nodeVersion}, when set
 * @param directives where parsers record the inline suppressions they meet in comments
 * @param nginxVersion the config file's {@code nginxVersion}, when set
 * @param projectFiles the run's project files that several parsers read, each read once
 */
public record ParseContext(
    Path root,
    Map<String, String> parameters,
    OptionalInt nodeVersion,
    InlineDirectives directives,
    Optional<String> nginxVersion,
    ProjectFileText projectFiles) {

  public ParseContext {
    root = root.toAbsolutePath().normalize();
    parameters = Map.copyOf(parameters);
  }

  public ParseContext(
      Path root,
      Map<String, String> parameters,
      OptionalInt nodeVersion,
      InlineDirectives directives,
      Optional<String> nginxVersion) {
    this(root, parameters, nodeVersion, directives, nginxVersion, new ProjectFileText());
  }

  public ParseContext(
      Path root,
      Map<String, String> parameters,
      OptionalInt nodeVersion,
      InlineDirectives directives) {
    this(root, parameters, nodeVersion, directives, Optional.empty());
  }

  public ParseContext(Path root, Map<String, String> parameters, OptionalInt nodeVersion) {
    this(root, parameters, nodeVersion, new InlineDirectives());
  }

  public ParseContext(
      Path root,
      Map<String, String> parameters,
      OptionalInt nodeVersion,
      Optional<String> nginxVersion) {
    this(root, parameters, nodeVersion, new InlineDirectives(), nginxVersion);
  }

  public static ParseContext of(Path root) {
    return new ParseContext(root, Map.of(), OptionalInt.empty());
  }

  /** The path as findings show it: relative to the root, forward slashes. */
  public String relativize(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
    String s = rel.toString().replace('\\', '/');
    return s.isEmpty() ? abs.getFileName().toString() : s;
  }
}
