/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository and the shared corpus are, for tests that read fixtures and corpus files.
 */
public final class RepoPaths {

  private RepoPaths() {}

  public static Path root() {
    String p = System.getProperty("gatelint.repoRoot");
    Path root = p != null ? Path.of(p) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  public static Path fixtures() {
    return root().resolve("fixtures");
  }

  /** The shared corpus of third-party files beside the repository, when it is there. */
  public static Path corpus() {
    return root().resolveSibling("shared").resolve("corpus");
  }

  public static boolean hasCorpus() {
    return Files.isDirectory(corpus());
  }
}
