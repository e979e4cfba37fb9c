/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What reading one input file may cost: time, and the text it may build beyond what it holds (YAML
 * aliases, {@code Fn::Join}/{@code Fn::Sub}, folded JavaScript constants). {@link FileIsolation}
 * opens a budget for each file it reads; the parsers' loops call {@link #check()} and their string
 * builders {@link #expand(long)}, which throw {@link Exceeded} once the file has used up its share.
 * The exception becomes that file's GL000 and no other file is affected.
 *
 * <p>The budget is the current thread's, so that code deep inside a parser needs no extra
 * parameter; outside {@link FileIsolation} (a parser's unit test) nothing is limited but the
 * expansion.
 *
 * <p>The limits are far above any real input (the largest template of the corpus reads in well
 * under a second and builds no string longer than a few kilobytes) and far below what makes a
 * hostile one hang: a file stops within its time, and an expansion within a few milliseconds.
 */
public final class FileBudget {

  /** Wall time one file may take to read and model; checked in the parsers' loops. */
  public static final Duration TIME = Duration.ofSeconds(10);

  /**
   * Characters one file may build beyond its own text: a YAML alias repeated, a joined or
   * substituted string, a folded JavaScript constant. 16 M characters is 32 MB of heap.
   */
  public static final long MAX_EXPANSION = 16L * 1024 * 1024;

  /** The largest template or nginx file read: CloudFormation accepts at most 1 MB (its quotas). */
  public static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

  /**
   * The largest JavaScript or TypeScript source read as a possible server or Lambda handler: the
   * bound discovery applies to server candidates (the largest server entrypoint of the corpus is 27
   * KB; a larger source is a bundle or generated code, and tree-sitter's tree of it costs seconds).
   * Discovery leaves a larger source out (listed with the reason); one the user named is a GL000.
   */
  public static final long MAX_SERVER_SOURCE_BYTES =
      io.gatelint.source.ServerCandidate.MAX_SOURCE_BYTES;

  /**
   * Declarations (functions, {@code const}/{@code let}/{@code var} bindings, imports) one
   * JavaScript or TypeScript file may hold. The corpus's largest server declares a few hundred;
   * 5,000 is a generated table, and each one costs native calls into the syntax tree.
   */
  public static final int MAX_DECLARATIONS = 5_000;

  /**
   * Steps folding one JavaScript or TypeScript file's constants may take. A real file folds a few
   * hundred expressions of a few steps each; a constant defined from the previous one twice over
   * ({@code const c1 = c0 + c0}) doubles the steps with each line and stops here within
   * milliseconds.
   */
  public static final int MAX_FOLD_STEPS = 100_000;

  /**
   * The longest run of characters without a blank or line break a YAML file may hold. SnakeYAML
   * copies its whole look-ahead window for every kilobyte it reads of one such run, so a 1 MB run
   * costs gigabytes of short-lived arrays (and hundreds of MB of heap) before any alias of it is
   * counted. The longest in the corpus's YAML templates is 1,278 characters.
   */
  public static final int MAX_YAML_WORD_CHARS = 64 * 1024;

  /**
   * What a reader that passes over a file once, in bounded memory, is allowed beyond {@link #TIME}:
   * one second per 8 MB. A Terraform plan is streamed so; a 500 MB plan of a million resources
   * gatelint does not model is a long read, not a hostile one, and takes 15–25 s on a loaded 2-core
   * machine.
   */
  public static final long STREAMED_BYTES_PER_SECOND = 8L * 1024 * 1024;

  /** A file used up its budget; the message says which part and is the file's GL000. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  private static final ThreadLocal<FileBudget> CURRENT = new ThreadLocal<>();

  private long deadline;
  private long allowedNanos;
  private long expanded;

  private FileBudget(long start, long allowedNanos) {
    this.deadline = start + allowedNanos;
    this.allowedNanos = allowedNanos;
  }

  /** Opens the budget of one file for the current thread; {@link #close()} ends it. */
  static FileBudget open(Duration time) {
    FileBudget budget = new FileBudget(System.nanoTime(), time.toNanos());
    CURRENT.set(budget);
    return budget;
  }

  static void close() {
    CURRENT.remove();
  }

  /** Throws {@link Exceeded} when the current file ran out of time. */
  public static void check() {
    FileBudget b = CURRENT.get();
    if (b != null && System.nanoTime() - b.deadline > 0) {
      throw new Exceeded(
          "reading this file took longer than "
              + TimeUnit.NANOSECONDS.toSeconds(b.allowedNanos)
              + " s; it is not linted");
    }
  }

  /**
   * Gives the current file {@link #STREAMED_BYTES_PER_SECOND} more time for its {@code bytes}: for
   * a reader whose time is linear in the file's size and whose memory is bounded.
   */
  public static void allowStreamedRead(long bytes) {
    FileBudget b = CURRENT.get();
    if (b == null) return;
    long extra = TimeUnit.SECONDS.toNanos(bytes / STREAMED_BYTES_PER_SECOND);
    b.deadline += extra;
    b.allowedNanos += extra;
  }

  /**
   * Counts {@code chars} characters built from the file's text (a repeated alias, a joined or
   * folded string) and throws {@link Exceeded} beyond {@link #MAX_EXPANSION} in total, or for one
   * string beyond it when no file budget is open.
   */
  public static void expand(long chars) {
    FileBudget b = CURRENT.get();
    long total = chars;
    if (b != null) {
      b.expanded += chars;
      total = b.expanded;
    }
    if (total > MAX_EXPANSION) {
      throw new Exceeded(
          "the file's values expand to more than "
              + (MAX_EXPANSION >> 20)
              + " M characters (repeated aliases, joined, substituted or concatenated strings); it is not linted");
    }
    check();
  }

  /** The file's size when it is larger than {@code limit} bytes, as a GL000 message; else null. */
  public static String tooLarge(long size, long limit, String what) {
    if (size <= limit) return null;
    return "file of "
        + size
        + " bytes is larger than the "
        + (limit % (1 << 20) == 0 ? (limit >> 20) + " MB" : (limit >> 10) + " KB")
        + " gatelint reads as "
        + what
        + "; it is not linted";
  }
}
