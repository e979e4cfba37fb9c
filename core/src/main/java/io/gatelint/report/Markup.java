package io.gatelint.report;

/** Escaping for the markup formats (JUnit XML, HTML): text and attribute values alike. */
final class Markup {

  private Markup() {}

  /**
   * Escapes the five markup characters; control characters other than tab and line ends become
   * spaces.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
      }
    }
    return b.toString();
  }
}
