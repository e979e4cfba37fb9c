/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

/**
 * Values from input files as plain-text output shows them: a template can hold any character, and a
 * line break, a carriage return or an escape sequence in a resource name must not forge a finding
 * line, a GitHub workflow command or a terminal instruction. Control characters (C0, DEL and C1,
 * which terminals interpret, ECMA-48 section 5) become visible escapes such as {@code \n} or {@code
 * \x1B}; an unpaired surrogate, which no encoding can carry, becomes U+FFFD.
 */
final class PlainText {

  private PlainText() {}

  /** The value with every control character escaped and unpaired surrogates replaced. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = replacement(s, i, c);
      if (replacement == null) {
        if (b != null) b.append(c);
        if (Character.isHighSurrogate(c)) {
          // a valid pair: copy the low half too
          i++;
          if (b != null) b.append(s.charAt(i));
        }
        continue;
      }
      if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
      b.append(replacement);
    }
    return b == null ? s : b.toString();
  }

  /**
   * Control characters other than line breaks escaped, for formats that encode line breaks
   * themselves (GitHub workflow commands turn them into {@code %0A}).
   */
  static String escapeKeepingLineBreaks(String s) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return escape(s);
    StringBuilder b = new StringBuilder(s.length());
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        b.append(escape(s.substring(start, i))).append(c);
        start = i + 1;
      }
    }
    return b.append(escape(s.substring(start))).toString();
  }

  /** What stands for the character at {@code i}, or null when it is printed as it is. */
  private static String replacement(String s, int i, char c) {
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "\uFFFD";
    }
    if (Character.isLowSurrogate(c)) return "\uFFFD";
    if (c >= 0x20 && c < 0x7f || c > 0x9f) return null;
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> String.format("\\x%02X", (int) c);
    };
  }
}
