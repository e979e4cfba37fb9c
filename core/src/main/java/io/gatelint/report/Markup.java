/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report;

/** Escaping for the markup formats (JUnit XML, HTML): text and attribute values alike. */
public final class Markup {

  private Markup() {}

  /**
   * Escapes the five markup characters and replaces what XML 1.0 cannot carry: control characters
   * other than tab and line ends become spaces; U+FFFE, U+FFFF and unpaired surrogates become
   * U+FFFD (Extensible Markup Language 1.0, section 2.2, production Char).
   */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        case '\uFFFE', '\uFFFF' -> b.append('\uFFFD');
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * Whether a URL may become a link: only {@code http} and {@code https}, so that a rule file's
   * {@code javascript:} or {@code data:} URL stays text. Compared as written, without trimming,
   * because browsers strip leading spaces and control characters before reading the scheme (WHATWG
   * URL Standard, basic URL parser).
   */
  static boolean isWebLink(String url) {
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  /**
   * A fact's source as a Markdown link when its URL is a web link, else as text with the URL in a
   * code span, which no Markdown renderer turns into a link.
   */
  static String markdownSource(String source, String url) {
    return isWebLink(url)
        ? "[" + source + "](" + url + ")"
        : source + " (`" + url.replace("`", "'") + "`)";
  }
}
