/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint;

import io.gatelint.config.Config;
import java.nio.file.Path;
import java.util.List;

/**
 * What to lint: the paths, the root that findings' paths are relative to, the configuration, extra
 * rule directories (from {@code --rules}), the baseline file whose findings are accepted (null:
 * none), and whether files {@code .gitignore} leaves out are skipped (the default).
 *
 * <p>The root is the working directory unless the caller names one, whatever the paths are and in
 * whatever order they come: {@code lint infra deploy} and {@code lint deploy infra} report {@code
 * infra/lb.yaml} alike, with the same fingerprints. A file outside the root keeps its absolute
 * path. The command line and the Maven plugin both rely on this default.
 */
public record LintRequest(
    List<Path> paths,
    Path root,
    Config config,
    List<Path> ruleDirs,
    Path baseline,
    boolean gitignore) {

  public LintRequest {
    paths = List.copyOf(paths);
    root = (root == null ? workingDirectory() : root).toAbsolutePath().normalize();
    ruleDirs = List.copyOf(ruleDirs);
  }

  /** A request that honours {@code .gitignore}. */
  public LintRequest(
      List<Path> paths, Path root, Config config, List<Path> ruleDirs, Path baseline) {
    this(paths, root, config, ruleDirs, baseline, true);
  }

  /** A request without a baseline. */
  public LintRequest(List<Path> paths, Path root, Config config, List<Path> ruleDirs) {
    this(paths, root, config, ruleDirs, null);
  }

  /** A request rooted at the working directory. */
  public LintRequest(List<Path> paths, Config config, List<Path> ruleDirs) {
    this(paths, null, config, ruleDirs);
  }

  /**
   * The same request with a baseline: findings recorded in it are reported as suppressed
   * ("baseline"); an unreadable or malformed file is a {@link io.gatelint.config.ConfigException}.
   */
  public LintRequest withBaseline(Path file) {
    return new LintRequest(paths, root, config, ruleDirs, file, gitignore);
  }

  /**
   * The same request reading files that {@code .gitignore} files leave out ({@code
   * --no-gitignore}).
   */
  public LintRequest withoutGitignore() {
    return new LintRequest(paths, root, config, ruleDirs, baseline, false);
  }

  public static LintRequest of(Path root) {
    return new LintRequest(List.of(root), root, Config.empty(), List.of());
  }

  /** The default root: the directory the process runs in. */
  public static Path workingDirectory() {
    return Path.of("").toAbsolutePath().normalize();
  }
}
