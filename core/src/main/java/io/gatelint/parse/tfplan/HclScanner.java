/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.tfplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds blocks, attribute assignments and nested blocks with their line and column in HCL source,
 * keeping each attribute's expression as written. It reads no expressions: strings (with {@code
 * ${…}} and {@code %{…}} templates), heredocs ({@code <<EOF}, {@code <<-EOF}), comments ({@code #},
 * {@code //}, {@code /* *}{@code /}) and bracketed values are skipped as opaque text. Malformed
 * input yields what could be read.
 */
final class HclScanner {

  private final String s;
  private int i;
  private int line = 1;
  private int col = 1;

  private HclScanner(String source) {
    this.s = source;
  }

  /** The top-level blocks of a file. */
  static List<TfBlock> scan(String source) {
    HclScanner scanner = new HclScanner(source);
    TfBlock root = new TfBlock("", List.of(), 1, 1);
    scanner.body(root, 0);
    return root.blocks;
  }

  private void body(TfBlock into, int depth) {
    while (true) {
      skipSpace(true);
      if (eof()) return;
      char c = s.charAt(i);
      if (c == '}') {
        if (depth > 0) {
          advance();
          return;
        }
        advance(); // stray brace at top level
        continue;
      }
      if (!isIdentStart(c)) {
        skipExpression(true);
        if (!eof() && s.charAt(i) != '}') advance();
        continue;
      }
      int startLine = line;
      int startCol = col;
      String name = identifier();
      skipSpace(false);
      if (peek('=') && !peekAt(1, '=')) {
        advance();
        skipSpace(false);
        Map<String, TfBlock.TfAttribute> keys = Map.of();
        int valueStart = i;
        if (peek('{')) keys = objectKeys();
        skipExpression(true);
        into.attributes.putIfAbsent(
            name,
            new TfBlock.TfAttribute(
                name, startLine, startCol, keys, s.substring(valueStart, i).trim()));
        continue;
      }
      List<String> labels = new ArrayList<>();
      while (!eof()) {
        if (peek('"')) {
          labels.add(stringLiteral());
        } else if (isIdentStart(s.charAt(i))) {
          labels.add(identifier());
        } else {
          break;
        }
        skipSpace(false);
      }
      if (peek('{')) {
        advance();
        TfBlock block = new TfBlock(name, List.copyOf(labels), startLine, startCol);
        into.blocks.add(block);
        if (depth < 64) {
          body(block, depth + 1);
        } else {
          skipBalanced();
        }
      } else {
        skipExpression(true);
      }
    }
  }

  /** Reads {@code { key = …, "key" = …, key: … }}, recording each key; leaves i after the brace. */
  private Map<String, TfBlock.TfAttribute> objectKeys() {
    Map<String, TfBlock.TfAttribute> keys = new LinkedHashMap<>();
    advance(); // {
    while (true) {
      skipSpace(true);
      if (eof()) return keys;
      char c = s.charAt(i);
      if (c == '}') {
        advance();
        return keys;
      }
      if (c == ',') {
        advance();
        continue;
      }
      int keyLine = line;
      int keyCol = col;
      String key = null;
      if (c == '"') {
        key = stringLiteral();
      } else if (isIdentStart(c)) {
        key = identifier();
      }
      skipSpace(false);
      if (key != null && (peek('=') || peek(':')) && !peekAt(1, '=')) {
        advance();
        keys.putIfAbsent(key, new TfBlock.TfAttribute(key, keyLine, keyCol, Map.of(), ""));
      }
      int before = i;
      skipValue();
      if (i == before && !eof() && s.charAt(i) != '}') advance();
    }
  }

  /**
   * Skips one value inside an object literal: up to a comma, newline or closing brace at depth 0.
   */
  private void skipValue() {
    int depth = 0;
    while (!eof()) {
      char c = s.charAt(i);
      if (depth == 0 && (c == ',' || c == '\n' || c == '}')) return;
      if (skipOpaque()) continue;
      if (c == '(' || c == '[' || c == '{') depth++;
      if (c == ')' || c == ']' || c == '}') depth--;
      advance();
    }
  }

  /**
   * Skips an expression to the end of its line (or a closing brace of the enclosing block on the
   * same line), across brackets that span lines.
   */
  private void skipExpression(boolean stopAtBrace) {
    int depth = 0;
    while (!eof()) {
      char c = s.charAt(i);
      if (depth == 0 && c == '\n') return;
      if (depth == 0 && stopAtBrace && c == '}') return;
      if (skipOpaque()) continue;
      if (c == '(' || c == '[' || c == '{') depth++;
      if (c == ')' || c == ']' || c == '}') depth = Math.max(0, depth - 1);
      advance();
    }
  }

  /** Skips to the brace closing the current block. */
  private void skipBalanced() {
    int depth = 1;
    while (!eof() && depth > 0) {
      if (skipOpaque()) continue;
      char c = s.charAt(i);
      if (c == '{') depth++;
      if (c == '}') depth--;
      advance();
    }
  }

  /** Skips a string, heredoc or comment at i; false when none starts here. */
  private boolean skipOpaque() {
    char c = s.charAt(i);
    if (c == '"') {
      stringLiteral();
      return true;
    }
    if (c == '#' || (c == '/' && peekAt(1, '/'))) {
      while (!eof() && s.charAt(i) != '\n') advance();
      return true;
    }
    if (c == '/' && peekAt(1, '*')) {
      advance();
      advance();
      while (!eof() && !(peek('*') && peekAt(1, '/'))) advance();
      if (!eof()) {
        advance();
        advance();
      }
      return true;
    }
    if (c == '<' && peekAt(1, '<') && heredoc()) return true;
    return false;
  }

  /**
   * Skips {@code <<EOF … EOF} or {@code <<-EOF … EOF}; false (nothing consumed) when not a heredoc.
   */
  private boolean heredoc() {
    int j = i + 2;
    if (j < s.length() && s.charAt(j) == '-') j++;
    int k = j;
    while (k < s.length() && isIdentPart(s.charAt(k))) k++;
    if (k == j) return false;
    String marker = s.substring(j, k);
    int eol = k;
    while (eol < s.length()
        && (s.charAt(eol) == ' ' || s.charAt(eol) == '\t' || s.charAt(eol) == '\r')) eol++;
    if (eol < s.length() && s.charAt(eol) != '\n') return false;
    while (i < eol) advance();
    while (!eof()) {
      advance(); // the newline ending the previous line
      int end = s.indexOf('\n', i);
      if (end < 0) end = s.length();
      boolean last = s.substring(i, end).trim().equals(marker);
      while (i < end) advance();
      if (last) return true;
    }
    return true;
  }

  /** Reads a quoted string (templates skipped), returning its text without quotes. */
  private String stringLiteral() {
    advance(); // "
    StringBuilder text = new StringBuilder();
    while (!eof()) {
      char c = s.charAt(i);
      if (c == '\\') {
        advance();
        if (!eof()) {
          text.append(s.charAt(i));
          advance();
        }
        continue;
      }
      if (c == '"') {
        advance();
        return text.toString();
      }
      if (c == '\n') return text.toString();
      if ((c == '$' || c == '%') && peekAt(1, '{')) {
        advance();
        advance();
        int depth = 1;
        while (!eof() && depth > 0) {
          char d = s.charAt(i);
          if (d == '"') {
            stringLiteral();
            continue;
          }
          if (d == '{') depth++;
          if (d == '}') depth--;
          advance();
        }
        text.append("${}");
        continue;
      }
      text.append(c);
      advance();
    }
    return text.toString();
  }

  private String identifier() {
    int start = i;
    while (!eof() && isIdentPart(s.charAt(i))) advance();
    return s.substring(start, i);
  }

  /** Skips blanks and comments; newlines too when {@code newlines}. */
  private void skipSpace(boolean newlines) {
    while (!eof()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF' || (newlines && c == '\n')) {
        advance();
      } else if (c == '#' || (c == '/' && (peekAt(1, '/') || peekAt(1, '*')))) {
        if (!newlines && c != '/') {
          while (!eof() && s.charAt(i) != '\n') advance();
        } else if (!newlines && peekAt(1, '/')) {
          while (!eof() && s.charAt(i) != '\n') advance();
        } else {
          skipOpaque();
        }
      } else {
        return;
      }
    }
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private boolean eof() {
    return i >= s.length();
  }

  private boolean peek(char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private boolean peekAt(int offset, char c) {
    return i + offset < s.length() && s.charAt(i + offset) == c;
  }

  private void advance() {
    if (s.charAt(i) == '\n') {
      line++;
      col = 1;
    } else {
      col++;
    }
    i++;
  }
}
