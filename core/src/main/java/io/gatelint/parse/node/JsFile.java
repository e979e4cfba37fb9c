/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import io.gatelint.model.Location;
import io.gatelint.parse.FileBudget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.treesitter.TSNode;
import org.treesitter.TSPoint;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * One JavaScript or TypeScript file parsed by tree-sitter: the syntax tree and the source it came
 * from, with the text and location of any node. tree-sitter counts bytes of UTF-8; locations are
 * turned into 1-based lines and character columns.
 */
final class JsFile {

  private final String relativePath;
  private final byte[] utf8;
  private final TSTree tree;

  JsFile(String relativePath, byte[] utf8, TSTree tree) {
    this.relativePath = relativePath;
    this.utf8 = utf8;
    this.tree = tree;
  }

  String relativePath() {
    return relativePath;
  }

  TSNode root() {
    return tree.getRootNode();
  }

  /** The source text of a node. */
  String text(TSNode node) {
    int start = node.getStartByte();
    int end = Math.min(node.getEndByte(), utf8.length);
    return start >= end ? "" : new String(utf8, start, end - start, StandardCharsets.UTF_8);
  }

  /** The text of a node shortened for a message. */
  String snippet(TSNode node) {
    String s = text(node).replaceAll("\\s+", " ").trim();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** Where the node starts: 1-based line and column (in characters). */
  Location location(TSNode node) {
    TSPoint p = node.getStartPoint();
    int lineStart = Math.max(0, node.getStartByte() - p.getColumn());
    int bytes = Math.max(0, Math.min(p.getColumn(), utf8.length - lineStart));
    int column = new String(utf8, lineStart, bytes, StandardCharsets.UTF_8).length();
    return Location.of(relativePath, p.getRow() + 1, column + 1);
  }

  /** The first node, in source order, that tree-sitter marks as an error or as missing. */
  Optional<TSNode> firstSyntaxError() {
    return firstError(root());
  }

  private static Optional<TSNode> firstError(TSNode node) {
    if (node.isError() || node.isMissing()) return Optional.of(node);
    if (!node.hasError()) return Optional.empty();
    for (int i = 0; i < node.getChildCount(); i++) {
      Optional<TSNode> found = firstError(node.getChild(i));
      if (found.isPresent()) return found;
    }
    return Optional.of(node);
  }

  // ---- small tree helpers ----

  static boolean is(TSNode node, String type) {
    return node != null && !node.isNull() && node.getType().equals(type);
  }

  static boolean present(TSNode node) {
    return node != null && !node.isNull();
  }

  static TSNode field(TSNode node, String name) {
    if (!present(node)) return null;
    TSNode child = node.getChildByFieldName(name);
    return present(child) ? child : null;
  }

  static List<TSNode> namedChildren(TSNode node) {
    List<TSNode> out = new ArrayList<>();
    if (!present(node)) return out;
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode c = node.getNamedChild(i);
      if (!c.isExtra()) out.add(c);
    }
    return out;
  }

  /** The arguments of a call, without comments. */
  static List<TSNode> arguments(TSNode call) {
    return namedChildren(field(call, "arguments"));
  }

  /**
   * Strips what does not change a value: parentheses, {@code await}, TypeScript casts and {@code
   * !}.
   */
  static TSNode unwrap(TSNode node) {
    TSNode n = node;
    while (present(n)) {
      switch (n.getType()) {
        case "parenthesized_expression",
            "await_expression",
            "as_expression",
            "satisfies_expression",
            "non_null_expression",
            "type_assertion" -> {
          TSNode inner = null;
          for (TSNode c : namedChildren(n)) {
            if (!c.getType().endsWith("type")
                && !c.getType().equals("type_arguments")
                && !c.getType().equals("type_identifier")
                && !c.getType().equals("generic_type")) {
              inner = c;
              break;
            }
          }
          if (inner == null) return n;
          n = inner;
        }
        default -> {
          return n;
        }
      }
    }
    return n;
  }

  /** Visits every node in source order. */
  /** The comments of the file in source order; tree-sitter keeps them as named nodes. */
  List<TSNode> comments() {
    List<TSNode> out = new ArrayList<>();
    walk(
        root(),
        n -> {
          if (n.getType().equals("comment")) out.add(n);
        });
    return out;
  }

  /**
   * Visits the node and its named descendants in document order. A tree cursor steps to the next
   * sibling in constant time, where {@code getNamedChild(i)} counts from the first child each time
   * (quadratic for a file of 40,000 top-level statements); the file's time budget is checked as it
   * goes.
   */
  static void walk(TSNode node, Consumer<TSNode> visitor) {
    if (!present(node)) return;
    visitor.accept(node);
    int visited = 0;
    try (TSTreeCursor cursor = new TSTreeCursor(node)) {
      if (!cursor.gotoFirstChild()) return;
      while (true) {
        TSNode current = cursor.currentNode();
        if (current.isNamed()) visitor.accept(current);
        if ((++visited & 0xfff) == 0) FileBudget.check();
        if (cursor.gotoFirstChild()) continue;
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return;
        }
      }
    }
  }

  /** A stable key for a node, to remember what was already seen. */
  static String key(TSNode node) {
    return node.getStartByte() + ":" + node.getEndByte() + ":" + node.getType();
  }

  static boolean isFunction(TSNode node) {
    if (!present(node)) return false;
    return switch (node.getType()) {
      case "arrow_function",
          "function_expression",
          "function",
          "function_declaration",
          "generator_function",
          "generator_function_declaration",
          "method_definition" ->
          true;
      default -> false;
    };
  }

  /** The property name of {@code a.b} or {@code a['b']}, or null. */
  String memberName(TSNode member) {
    if (is(member, "member_expression")) {
      TSNode p = field(member, "property");
      return p == null ? null : text(p);
    }
    if (is(member, "subscript_expression")) {
      TSNode idx = field(member, "index");
      return stringLiteral(idx);
    }
    return null;
  }

  TSNode memberObject(TSNode member) {
    return field(member, "object");
  }

  /** The content of a plain string literal (or a template without substitutions), or null. */
  String stringLiteral(TSNode node) {
    if (!present(node)) return null;
    if (is(node, "string")) {
      String t = text(node);
      return t.length() >= 2 ? unescape(t.substring(1, t.length() - 1)) : null;
    }
    if (is(node, "template_string")) {
      for (TSNode c : namedChildren(node)) if (is(c, "template_substitution")) return null;
      String t = text(node);
      return t.length() >= 2 ? t.substring(1, t.length() - 1) : null;
    }
    return null;
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) return s;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(
            switch (n) {
              case 'n' -> '\n';
              case 't' -> '\t';
              default -> n;
            });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The key of an object pair as text: {@code a}, {@code 'a'}, {@code "a"}, or null when computed.
   */
  String pairKey(TSNode pair) {
    TSNode k = field(pair, "key");
    if (k == null) return null;
    if (is(k, "property_identifier") || is(k, "identifier") || is(k, "number")) return text(k);
    return stringLiteral(k);
  }
}
