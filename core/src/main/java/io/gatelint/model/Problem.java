/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * An input the parsers could not read, or read only in part: it becomes a GL000 finding and the run
 * goes on with the other files. A key repeated in one mapping of a template is read (the last value
 * wins) and becomes a GL005 finding instead.
 *
 * @param location the file and, where the parser knows it, the line and column
 * @param message the parser's reason, in words a user can act on
 * @param duplicateOf for a repeated key, where the key was first written; otherwise null
 */
public record Problem(Location location, String message, Location duplicateOf) {

  public Problem(Location location, String message) {
    this(location, message, null);
  }

  /** Whether this is a repeated key (GL005), which does not stop the file being read. */
  public boolean isDuplicateKey() {
    return duplicateOf != null;
  }
}
