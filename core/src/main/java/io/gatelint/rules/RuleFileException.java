/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule file that cannot be used: missing fields, a rejected or uncompilable expression. Exit code
 * 2. It lists every problem found in the file, so that an author fixes them in one pass; the
 * message is one line, the problems separated by {@code "; "}.
 */
public class RuleFileException extends RuntimeException {

  /** One thing wrong with a rule file, at a line (0: the file as a whole). */
  public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  public RuleFileException(String file, int line, String message) {
    this(List.of(new Problem(file, line, message)));
  }

  /** Every problem of one file, in the order found; at least one. */
  public RuleFileException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) throw new IllegalArgumentException("no problem");
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  public String file() {
    return problems.get(0).file();
  }

  public int line() {
    return problems.get(0).line();
  }
}
