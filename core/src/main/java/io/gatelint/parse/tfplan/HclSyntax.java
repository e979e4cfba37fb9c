/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text of one HCL expression (an attribute's value as {@link HclScanner} keeps it) into
 * a tree {@link HclEvaluator} can evaluate. The grammar is HCL's native expression syntax
 * (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): literals, string templates,
 * heredocs, tuples and objects, {@code for} expressions, function calls, conditionals, unary and
 * binary operators, attribute and index traversal, and attribute and full splats. Template
 * directives ({@code %{if}}, {@code %{for}}) are kept as an opaque part. Text that is not an
 * expression raises {@link SyntaxError}.
 */
final class HclSyntax {

  /** A node of the expression tree. */
  sealed interface Node {}

  record Literal(Object value) implements Node {}

  /** A string template: literal strings and interpolated expressions; null part = a directive. */
  record Template(List<Node> parts) implements Node {}

  /** A root variable ({@code var}, {@code local}, {@code each}, a resource type, an iterator). */
  record Variable(String name) implements Node {}

  record GetAttr(Node source, String name) implements Node {}

  record Index(Node source, Node key) implements Node {}

  /** {@code source[*].rest} or {@code source.*.rest}: {@code each} is applied to each element. */
  record Splat(Node source, Node each) implements Node {}

  /** The element a splat applies its traversal to. */
  record SplatItem() implements Node {}

  record Call(String name, List<Node> args, boolean expandLast) implements Node {}

  record Conditional(Node condition, Node then, Node otherwise) implements Node {}

  record Binary(String op, Node left, Node right) implements Node {}

  record Unary(String op, Node operand) implements Node {}

  record Tuple(List<Node> items) implements Node {}

  record ObjectCons(List<Node> keys, List<Node> values) implements Node {}

  /** {@code [for k, v in c : value if cond]} or, with a key, {@code {for … : key => value}}. */
  record For(
      String keyVar,
      String valueVar,
      Node collection,
      Node key,
      Node value,
      Node cond,
      boolean group)
      implements Node {}

  /** An object key written as a bare name: the name itself, not a variable. */
  record Name(String name) implements Node {}

  static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  private static final int MAX_DEPTH = 200;

  private final String s;
  private int i;
  private int depth;

  private HclSyntax(String text) {
    this.s = text;
  }

  static Node parse(String text) {
    HclSyntax p = new HclSyntax(text);
    Node n = p.expression();
    p.space();
    if (p.i < p.s.length()) throw new SyntaxError("unexpected text: " + p.rest());
    return n;
  }

  private String rest() {
    return s.substring(i, Math.min(s.length(), i + 20));
  }

  private Node expression() {
    if (++depth > MAX_DEPTH) throw new SyntaxError("expression nested too deep");
    try {
      Node c = binary(0);
      space();
      if (peek('?')) {
        i++;
        Node then = expression();
        expect(':');
        Node otherwise = expression();
        return new Conditional(c, then, otherwise);
      }
      return c;
    } finally {
      depth--;
    }
  }

  private static final List<List<String>> LEVELS =
      List.of(
          List.of("||"),
          List.of("&&"),
          List.of("==", "!="),
          List.of("<=", ">=", "<", ">"),
          List.of("+", "-"),
          List.of("*", "/", "%"));

  private Node binary(int level) {
    if (level == LEVELS.size()) return unary();
    Node left = binary(level + 1);
    while (true) {
      space();
      String op = null;
      for (String candidate : LEVELS.get(level)) {
        if (s.startsWith(candidate, i) && !(candidate.equals("<") && s.startsWith("<<", i))) {
          op = candidate;
          break;
        }
      }
      if (op == null) return left;
      i += op.length();
      Node right = binary(level + 1);
      left = new Binary(op, left, right);
    }
  }

  private Node unary() {
    space();
    if (peek('!')) {
      i++;
      return new Unary("!", unary());
    }
    if (peek('-')) {
      i++;
      return new Unary("-", unary());
    }
    return postfix(primary());
  }

  private Node postfix(Node base) {
    Node n = base;
    while (true) {
      int save = i;
      space();
      if (peek('.')) {
        i++;
        space();
        if (peek('*')) {
          i++;
          return new Splat(n, traversal(new SplatItem(), true));
        }
        if (i < s.length() && Character.isDigit(s.charAt(i))) {
          int start = i;
          while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
          n = new Index(n, new Literal(new BigDecimal(s.substring(start, i))));
          continue;
        }
        n = new GetAttr(n, identifier());
      } else if (peek('[')) {
        i++;
        space();
        if (peek('*')) {
          i++;
          expect(']');
          return new Splat(n, traversal(new SplatItem(), false));
        }
        Node key = expression();
        expect(']');
        n = new Index(n, key);
      } else {
        i = save;
        return n;
      }
    }
  }

  /** The traversal after a splat: attributes (and, for a full splat, indexes). */
  private Node traversal(Node base, boolean attributesOnly) {
    Node n = base;
    while (true) {
      int save = i;
      space();
      if (peek('.') && !(i + 1 < s.length() && s.charAt(i + 1) == '*')) {
        i++;
        space();
        n = new GetAttr(n, identifier());
      } else if (!attributesOnly && peek('[') && !s.startsWith("[*]", i)) {
        i++;
        Node key = expression();
        expect(']');
        n = new Index(n, key);
      } else {
        i = save;
        return n;
      }
    }
  }

  private Node primary() {
    space();
    if (i >= s.length()) throw new SyntaxError("expression expected at the end");
    char c = s.charAt(i);
    if (Character.isDigit(c)) return number();
    if (c == '"') return template();
    if (c == '<' && s.startsWith("<<", i)) return heredoc();
    if (c == '(') {
      i++;
      Node n = expression();
      expect(')');
      return n;
    }
    if (c == '[') return tuple();
    if (c == '{') return object();
    if (Character.isLetter(c) || c == '_') {
      String name = identifier();
      if (name.equals("true")) return new Literal(Boolean.TRUE);
      if (name.equals("false")) return new Literal(Boolean.FALSE);
      if (name.equals("null")) return new Literal(null);
      int save = i;
      space();
      if (peek('(') || (s.startsWith("::", i))) {
        while (s.startsWith("::", i)) { // provider::name::function
          i += 2;
          name = name + "::" + identifier();
          space();
        }
        expect('(');
        List<Node> args = new ArrayList<>();
        boolean expand = false;
        while (true) {
          space();
          if (peek(')')) {
            i++;
            break;
          }
          args.add(expression());
          space();
          if (s.startsWith("...", i)) {
            i += 3;
            expand = true;
            space();
          }
          if (peek(',')) i++;
          else {
            expect(')');
            break;
          }
        }
        return new Call(name, args, expand);
      }
      i = save;
      return new Variable(name);
    }
    throw new SyntaxError("unexpected character '" + c + "'");
  }

  private Node number() {
    int start = i;
    while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
    if (i + 1 < s.length() && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1))) {
      i++;
      while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int save = i;
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
      if (i < s.length() && Character.isDigit(s.charAt(i))) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
      } else {
        i = save;
      }
    }
    return new Literal(new BigDecimal(s.substring(start, i)));
  }

  private Node tuple() {
    i++; // [
    space();
    if (startsWord("for")) {
      For f = forHead(']', false);
      return f;
    }
    List<Node> items = new ArrayList<>();
    while (true) {
      space();
      if (peek(']')) {
        i++;
        return new Tuple(items);
      }
      items.add(expression());
      space();
      if (peek(',')) i++;
      else {
        expect(']');
        return new Tuple(items);
      }
    }
  }

  private Node object() {
    i++; // {
    space();
    if (startsWord("for")) return forHead('}', true);
    List<Node> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    while (true) {
      space();
      if (peek('}')) {
        i++;
        return new ObjectCons(keys, values);
      }
      Node key;
      int save = i;
      if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
        String name = identifier();
        space();
        if (peek('=') || peek(':')) {
          key = new Name(name);
        } else {
          i = save;
          key = expression();
        }
      } else {
        key = expression();
      }
      space();
      if (peek('=') || peek(':')) i++;
      else throw new SyntaxError("'=' expected in object at " + rest());
      values.add(expression());
      keys.add(key);
      space();
      if (peek(',')) i++;
    }
  }

  private For forHead(char close, boolean object) {
    i += 3;
    space();
    String first = identifier();
    space();
    String second = null;
    if (peek(',')) {
      i++;
      space();
      second = identifier();
      space();
    }
    if (!startsWord("in")) throw new SyntaxError("'in' expected in for expression");
    i += 2;
    Node collection = expression();
    expect(':');
    Node key = null;
    Node value = expression();
    space();
    boolean group = false;
    if (object) {
      if (!s.startsWith("=>", i)) throw new SyntaxError("'=>' expected in for expression");
      i += 2;
      key = value;
      value = expression();
      space();
      if (s.startsWith("...", i)) {
        i += 3;
        group = true;
        space();
      }
    }
    Node cond = null;
    if (startsWord("if")) {
      i += 2;
      cond = expression();
    }
    expect(close);
    String keyVar = second == null ? null : first;
    String valueVar = second == null ? first : second;
    return new For(keyVar, valueVar, collection, key, value, cond, group);
  }

  private Node template() {
    i++; // "
    List<Node> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      if (i >= s.length()) throw new SyntaxError("unterminated string");
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        break;
      }
      if (c == '\\') {
        i++;
        if (i >= s.length()) throw new SyntaxError("unterminated string");
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> text.append('\n');
          case 't' -> text.append('\t');
          case 'r' -> text.append('\r');
          case '"' -> text.append('"');
          case '\\' -> text.append('\\');
          case 'u' -> {
            if (i + 4 > s.length()) throw new SyntaxError("bad escape");
            text.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw new SyntaxError("unknown escape \\" + e);
        }
        continue;
      }
      if ((c == '$' || c == '%') && s.startsWith("{", i + 1)) {
        // $${ is a literal ${
        if (i > 0 && s.charAt(i - 1) == c && text.length() > 0) {
          text.setLength(text.length() - 1);
          text.append(c).append('{');
          i += 2;
          continue;
        }
        flush(parts, text);
        i += 2;
        if (c == '%') {
          skipTo('}');
          parts.add(null);
        } else {
          space();
          if (peek('~')) i++;
          parts.add(expression());
          space();
          if (peek('~')) i++;
          expect('}');
        }
        continue;
      }
      text.append(c);
      i++;
    }
    flush(parts, text);
    if (parts.isEmpty()) return new Literal("");
    if (parts.size() == 1 && parts.get(0) instanceof Literal l) return l;
    return new Template(parts);
  }

  /** A heredoc: its text as one literal when it interpolates nothing, else an opaque template. */
  private Node heredoc() {
    i += 2;
    boolean indent = peek('-');
    if (indent) i++;
    String marker = identifier();
    int eol = s.indexOf('\n', i);
    if (eol < 0) throw new SyntaxError("heredoc without body");
    i = eol + 1;
    StringBuilder body = new StringBuilder();
    while (i < s.length()) {
      int end = s.indexOf('\n', i);
      if (end < 0) end = s.length();
      String line = s.substring(i, end);
      i = Math.min(s.length(), end + 1);
      if (line.trim().equals(marker)) {
        String text = body.toString();
        if (text.contains("${") || text.contains("%{")) {
          List<Node> parts = new ArrayList<>();
          parts.add(null);
          return new Template(parts);
        }
        return new Literal(indent ? text.stripIndent() : text);
      }
      body.append(line).append('\n');
    }
    throw new SyntaxError("unterminated heredoc");
  }

  private static void flush(List<Node> parts, StringBuilder text) {
    if (text.length() > 0) parts.add(new Literal(text.toString()));
    text.setLength(0);
  }

  private void skipTo(char close) {
    int d = 1;
    while (i < s.length() && d > 0) {
      char c = s.charAt(i++);
      if (c == '{') d++;
      if (c == close) d--;
    }
  }

  private boolean startsWord(String word) {
    return s.startsWith(word, i)
        && (i + word.length() >= s.length() || !isIdentPart(s.charAt(i + word.length())));
  }

  private String identifier() {
    int start = i;
    if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
      while (i < s.length() && isIdentPart(s.charAt(i))) i++;
    }
    if (start == i) throw new SyntaxError("name expected at " + rest());
    return s.substring(start, i);
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private boolean peek(char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private void expect(char c) {
    space();
    if (!peek(c)) throw new SyntaxError("'" + c + "' expected at " + rest());
    i++;
  }

  /** Skips blanks, newlines and comments. */
  private void space() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (c == '#' || (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/')) {
        while (i < s.length() && s.charAt(i) != '\n') i++;
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else {
        return;
      }
    }
  }
}
