/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.rules;

import io.gatelint.finding.Suggestions;
import java.util.Set;

/**
 * The check every rule expression passes before MVEL sees it. MVEL expressions are Java: left
 * alone, a rule could start processes, exit the JVM or use reflection. This guard admits only the
 * declared input variables ({@code model}, {@code facts} and the loop variable), their accessors,
 * the engine's functions, literals and operators. There is no {@code new}, no statement separator
 * or block, no assignment, no class literal, no static access: the first name of every path must be
 * a declared variable, and every name after a dot must be a model accessor.
 */
final class ExpressionGuard {

  /** Operators and punctuation admitted, longest first. */
  private static final String[] OPERATORS = {
    "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "(", ")", ",", ".",
    "?", ":", "[", "]"
  };

  private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");

  private final Set<String> variables;
  private final Set<String> functions;
  private final Set<String> members;

  ExpressionGuard(Set<String> variables, Set<String> functions, Set<String> members) {
    this.variables = variables;
    this.functions = functions;
    this.members = members;
  }

  /** A token the guard refused, with its 0-based line and column inside the expression. */
  record Rejection(int line, int column, String token, String reason) {}

  /**
   * Longer expressions are refused: no rule needs one, and MVEL's cost grows faster than their
   * length.
   */
  static final int MAX_LENGTH = 2000;

  /** Deeper parenthesis nesting is refused for the same reason. */
  static final int MAX_DEPTH = 32;

  /** Returns null when the expression is admitted, else the first token refused. */
  Rejection check(String expression) {
    if (expression.length() > MAX_LENGTH) {
      return new Rejection(0, 0, "…", "expression longer than " + MAX_LENGTH + " characters");
    }
    int depth = 0;
    int i = 0;
    int line = 0;
    int lineStart = 0;
    String previous = "";
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int col = i - lineStart;
      if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < n && expression.charAt(j) != c) {
          if (expression.charAt(j) == '\\') {
            j++;
            // only plain escapes: a unicode escape could spell a quote MVEL reads and the guard
            // does not
            if (j < n && "\\'\"ntr".indexOf(expression.charAt(j)) < 0) {
              return new Rejection(
                  line,
                  j - 1 - lineStart,
                  "\\" + expression.charAt(j),
                  "only the escapes \\\\ \\' \\\" \\n \\t \\r are allowed in a string literal");
            }
          }
          if (j < n && expression.charAt(j) == '\n') {
            return new Rejection(
                line, col, String.valueOf(c), "string literal runs past the end of the line");
          }
          j++;
        }
        if (j >= n)
          return new Rejection(line, col, String.valueOf(c), "unterminated string literal");
        i = j + 1;
        previous = "literal";
        continue;
      }
      if (Character.isDigit(c)) {
        int j = i;
        while (j < n
            && (Character.isDigit(expression.charAt(j))
                || expression.charAt(j) == '.'
                || expression.charAt(j) == '_')) {
          j++;
        }
        if (j < n && Character.isJavaIdentifierStart(expression.charAt(j))) {
          return new Rejection(
              line, col, expression.substring(i, j + 1), "number literals take no suffix");
        }
        i = j;
        previous = "literal";
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n
            && (Character.isLetterOrDigit(expression.charAt(j)) || expression.charAt(j) == '_'))
          j++;
        String word = expression.substring(i, j);
        int k = j;
        while (k < n && Character.isWhitespace(expression.charAt(k))) k++;
        boolean call = k < n && expression.charAt(k) == '(';
        if (previous.equals(".")) {
          if (!members.contains(word)) {
            return new Rejection(
                line,
                col,
                word,
                "'"
                    + word
                    + "' is not an accessor of the model or the facts"
                    + hint(word, members));
          }
        } else if (call) {
          if (!functions.contains(word)) {
            return new Rejection(
                line,
                col,
                word,
                "'" + word + "' is not one of the engine's functions" + hint(word, functions));
          }
        } else if (!variables.contains(word) && !LITERAL_WORDS.contains(word)) {
          return new Rejection(
              line, col, word, "'" + word + "' is not a declared input of the rule");
        }
        i = j;
        previous = "name";
        continue;
      }
      if (c == '/'
          && i + 1 < n
          && (expression.charAt(i + 1) == '*' || expression.charAt(i + 1) == '/')) {
        // MVEL reads a comment here; the guard would read on into what it hides: never admit one
        return new Rejection(
            line,
            col,
            expression.substring(i, i + 2),
            "comments are not allowed in a rule expression");
      }
      String op = null;
      for (String o : OPERATORS) {
        if (expression.startsWith(o, i)) {
          op = o;
          break;
        }
      }
      if (op == null) {
        return new Rejection(
            line, col, String.valueOf(c), "'" + c + "' is not allowed in a rule expression");
      }
      if (op.equals(".")
          && !previous.equals("name")
          && !previous.equals(")")
          && !previous.equals("]")) {
        return new Rejection(line, col, op, "a member access must follow a name");
      }
      if (op.equals("?") && previous.equals(".")) {
        // MVEL's null-safe '.?name' would put the name out of the member check
        return new Rejection(
            line, col, ".?", "null-safe member access is not allowed; test '!= null' instead");
      }
      if ((op.equals("+") && previous.equals("+")) || (op.equals("-") && previous.equals("-"))) {
        return new Rejection(line, col, op + op, "increment and decrement assign: not allowed");
      }
      if (op.equals("(") && ++depth > MAX_DEPTH) {
        return new Rejection(line, col, op, "parentheses nested deeper than " + MAX_DEPTH);
      }
      if (op.equals(")")) depth--;
      i += op.length();
      previous = op;
    }
    return null;
  }

  /** " (did you mean 'x'?)" when a known name is one or two edits away; else nothing. */
  private static String hint(String word, java.util.Collection<String> known) {
    String near = Suggestions.nearest(word, known);
    return near == null ? "" : " (did you mean '" + near + "'?)";
  }
}
