/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.source;

import java.nio.file.Path;

/**
 * A file found under the linted paths and what its content says it is.
 *
 * @param path the file on disk
 * @param relativePath the path shown in findings: relative to the linted root, with forward slashes
 * @param kind what the file was classified as
 * @param skipReason for a file left out although it resembles an input, why; otherwise null
 */
public record SourceFile(Path path, String relativePath, SourceKind kind, String skipReason) {

  public SourceFile(Path path, String relativePath, SourceKind kind) {
    this(path, relativePath, kind, null);
  }

  /** A file that resembles an input but is left out ({@link SourceKind#OTHER}), and why. */
  public static SourceFile skipped(Path path, String relativePath, String reason) {
    return new SourceFile(path, relativePath, SourceKind.OTHER, reason);
  }
}
