/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/**
 * Counts, per thread, the reads of the content of values an input marks sensitive ({@link
 * Value#asSensitive()}). A renderer compares the count before and after it evaluates what it is
 * about to print: whatever was computed from a sensitive value — its raw text, a substring, a
 * concatenation, a re-cased copy — prints as {@link #SHOWN}, so no rule or report can launder a
 * secret into text. Comparisons read the content freely; only rendering asks.
 */
public final class SensitiveReads {

  /** How every renderer shows a sensitive value or anything computed from one. */
  public static final String SHOWN = "(sensitive)";

  private static final ThreadLocal<long[]> READS = ThreadLocal.withInitial(() -> new long[1]);

  private SensitiveReads() {}

  /** Notes one read of sensitive content on this thread. */
  static void note() {
    READS.get()[0]++;
  }

  /**
   * The number of sensitive reads on this thread so far: a renderer keeps it before an evaluation
   * and asks {@link #since(long)} after it.
   */
  public static long mark() {
    return READS.get()[0];
  }

  /** True when sensitive content was read on this thread since {@code mark}. */
  public static boolean since(long mark) {
    return READS.get()[0] != mark;
  }
}
