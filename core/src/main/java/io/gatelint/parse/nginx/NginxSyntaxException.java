/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

/** A configuration file nginx would reject at this line and column; parsing of that file stops. */
final class NginxSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  NginxSyntaxException(String message, int line, int column) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
