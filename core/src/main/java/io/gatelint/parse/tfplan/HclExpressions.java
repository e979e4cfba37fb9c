/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the few expression shapes an attribute's source text can be taken at its word for: a
 * literal (number, string without template, {@code true}/{@code false}) and a list of literals and
 * references ({@code [aws_security_group.lb.id, "sg-0123"]}). Anything else — function calls,
 * conditionals, {@code for}, templates, splats — is not read.
 */
final class HclExpressions {

  private static final Pattern TRAVERSAL =
      Pattern.compile("[A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*|\\[[0-9]+]|\\[\"[^\"\\\\$%]*\"])+");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

  private HclExpressions() {}

  /** A reference as written ({@code aws_security_group.lb.id}), an element of a list expression. */
  record Reference(String text) {}

  /** The literal value: String, BigDecimal or Boolean; null when the text is not a literal. */
  static Object literal(String text) {
    String t = stripComments(text).trim();
    if (t.equals("true")) return Boolean.TRUE;
    if (t.equals("false")) return Boolean.FALSE;
    if (NUMBER.matcher(t).matches()) return new BigDecimal(t);
    return string(t);
  }

  /**
   * The elements of a list written as literals and references: each a String, BigDecimal, Boolean
   * or {@link Reference}. Null when the text is not such a list.
   */
  static List<Object> list(String text) {
    String t = stripComments(text).trim();
    if (t.length() < 2 || t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']') return null;
    List<Object> out = new ArrayList<>();
    for (String item : splitTopLevel(t.substring(1, t.length() - 1))) {
      String e = item.trim();
      if (e.isEmpty()) continue;
      Object literal = literal(e);
      if (literal != null) {
        out.add(literal);
      } else if (TRAVERSAL.matcher(e).matches()) {
        out.add(new Reference(e));
      } else {
        return null;
      }
    }
    return out;
  }

  /**
   * A quoted string without templates or escapes other than {@code \"} and {@code \\}; else null.
   */
  private static String string(String t) {
    if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') return null;
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if (c == '"') return null;
      if ((c == '$' || c == '%') && i + 1 < t.length() - 1 && t.charAt(i + 1) == '{') return null;
      if (c == '\\') {
        if (i + 1 >= t.length() - 1) return null;
        char n = t.charAt(++i);
        if (n != '"' && n != '\\') return null;
        out.append(n);
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Splits on commas outside strings and brackets. */
  private static List<String> splitTopLevel(String t) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (quoted) {
        if (c == '\\') i++;
        else if (c == '"') quoted = false;
        continue;
      }
      if (c == '"') quoted = true;
      else if (c == '[' || c == '(' || c == '{') depth++;
      else if (c == ']' || c == ')' || c == '}') depth--;
      else if (c == ',' && depth == 0) {
        parts.add(t.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(t.substring(start));
    return parts;
  }

  /** The text without {@code #}, {@code //} and {@code /* *}{@code /} comments outside strings. */
  static String stripComments(String t) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (quoted) {
        out.append(c);
        if (c == '\\' && i + 1 < t.length()) out.append(t.charAt(++i));
        else if (c == '"') quoted = false;
        continue;
      }
      if (c == '"') {
        quoted = true;
        out.append(c);
      } else if (c == '#' || (c == '/' && i + 1 < t.length() && t.charAt(i + 1) == '/')) {
        while (i < t.length() && t.charAt(i) != '\n') i++;
        out.append('\n');
      } else if (c == '/' && i + 1 < t.length() && t.charAt(i + 1) == '*') {
        int end = t.indexOf("*/", i + 2);
        i = end < 0 ? t.length() : end + 1;
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
