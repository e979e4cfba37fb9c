/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

/**
 * A rule file that cannot be used: missing fields, a rejected or uncompilable expression. Exit code
 * 2.
 */
public class RuleFileException extends RuntimeException {

  private final String file;
  private final int line;

  public RuleFileException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
