/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.Objects;

/**
 * Where a value is written: a file relative to the linted root, a 1-based line and column, and for
 * inputs where lines mean little (a one-line Terraform plan) a pointer such as a resource address
 * or JSON Pointer. Line 0 means "the file as a whole".
 */
public record Location(String file, int line, int column, String pointer)
    implements Comparable<Location> {

  public Location {
    Objects.requireNonNull(file, "file");
    pointer = pointer == null ? "" : pointer;
  }

  public static Location of(String file, int line, int column) {
    return new Location(file, line, column, "");
  }

  public static Location file(String file) {
    return new Location(file, 0, 0, "");
  }

  public Location withPointer(String newPointer) {
    return new Location(file, line, column, newPointer);
  }

  /** {@code file:line} or {@code file:line:column}, the way editors and terminals link it. */
  public String display() {
    if (line <= 0) {
      return pointer.isEmpty() ? file : file + " " + pointer;
    }
    return file + ":" + line;
  }

  @Override
  public int compareTo(Location o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    if (c != 0) return c;
    c = Integer.compare(column, o.column);
    return c != 0 ? c : pointer.compareTo(o.pointer);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : display();
  }
}
