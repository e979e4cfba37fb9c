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
 *
 * <p>A value class with the accessors, equality and hash code of a record of {@code (file, line,
 * column, pointer)}. It is not a record so that a pointer can be held in two parts, joined only
 * when read: the values of one plan resource share the head of their pointers (the resource's
 * address and JSON Pointer, about 80 characters), and a plan of 391,000 security group rules holds
 * more than two million of them.
 */
public final class Location implements Comparable<Location> {

  private final String file;
  private final int line;
  private final int column;
  private final String pointerHead;
  private final String pointerTail;

  public Location(String file, int line, int column, String pointer) {
    this(file, line, column, pointer == null ? "" : pointer, "");
  }

  private Location(String file, int line, int column, String pointerHead, String pointerTail) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.pointerHead = pointerHead;
    this.pointerTail = pointerTail;
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

  /**
   * The same place with the pointer {@code head + tail}, kept as the two strings given: callers
   * share one head among many locations.
   */
  public Location withPointer(String head, String tail) {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(tail, "tail");
    return new Location(file, line, column, head, tail);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String pointer() {
    return pointerTail.isEmpty() ? pointerHead : pointerHead + pointerTail;
  }

  /** {@code file:line} or {@code file:line:column}, the way editors and terminals link it. */
  public String display() {
    if (line <= 0) {
      String pointer = pointer();
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
    return c != 0 ? c : pointer().compareTo(o.pointer());
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Location l
            && line == l.line
            && column == l.column
            && file.equals(l.file)
            && pointerEquals(l);
  }

  private boolean pointerEquals(Location l) {
    if (pointerHead.equals(l.pointerHead) && pointerTail.equals(l.pointerTail)) return true;
    return pointer().equals(l.pointer());
  }

  /** The hash code a record of the four components has, so that hashed collections keep order. */
  @Override
  public int hashCode() {
    int h = file.hashCode();
    h = h * 31 + Integer.hashCode(line);
    h = h * 31 + Integer.hashCode(column);
    return h * 31 + pointer().hashCode();
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : display();
  }
}
