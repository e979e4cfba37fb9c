/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

/**
 * Splits nginx configuration text into words, quoted strings and the punctuation {@code ;}, {@code
 * {}, {@code }}, the way nginx's {@code ngx_conf_read_token} and crossplane do: a {@code #} starts
 * a comment only where a word could start; a backslash escapes the next character and is kept;
 * {@code ${name}} is part of a word; a quote opens a string only at the start of a word and the
 * string ends the word. Positions are 1-based lines and columns.
 *
 * <p>The lexer is pulled one token at a time, so the parser can switch it to raw mode for the body
 * of a {@code *_by_lua_block} directive ({@link #readLuaBody}).
 */
final class NginxLexer {

  enum Kind {
    WORD,
    OPEN,
    CLOSE,
    SEMICOLON,
    EOF
  }

  /** A token: its text (quotes removed), whether it was quoted, and where it starts. */
  record Token(Kind kind, String text, boolean quoted, int line, int column) {

    boolean is(Kind k) {
      return kind == k;
    }

    String describe() {
      return switch (kind) {
        case OPEN -> "'{'";
        case CLOSE -> "'}'";
        case SEMICOLON -> "';'";
        case EOF -> "end of file";
        case WORD -> "\"" + text + "\"";
      };
    }
  }

  private final String text;
  private int pos;
  private int line = 1;
  private int column = 1;

  NginxLexer(String text) {
    this.text = text;
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private char advance() {
    char c = text.charAt(pos++);
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return c;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  Token next() throws NginxSyntaxException {
    while (!atEnd()) {
      char c = peek();
      if (isSpace(c)) {
        advance();
      } else if (c == '#') {
        while (!atEnd() && peek() != '\n') advance();
      } else {
        break;
      }
    }
    int startLine = line;
    int startColumn = column;
    if (atEnd()) return new Token(Kind.EOF, "", false, startLine, startColumn);
    char c = peek();
    switch (c) {
      case '{':
        advance();
        return new Token(Kind.OPEN, "{", false, startLine, startColumn);
      case '}':
        advance();
        return new Token(Kind.CLOSE, "}", false, startLine, startColumn);
      case ';':
        advance();
        return new Token(Kind.SEMICOLON, ";", false, startLine, startColumn);
      case '"':
      case '\'':
        return quoted(startLine, startColumn);
      default:
        return word(startLine, startColumn);
    }
  }

  private Token quoted(int startLine, int startColumn) throws NginxSyntaxException {
    char quote = advance();
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (atEnd()) {
        throw new NginxSyntaxException(
            "unterminated quoted string (the "
                + quote
                + " opened at line "
                + startLine
                + ", column "
                + startColumn
                + " is never closed)",
            startLine,
            startColumn);
      }
      char c = advance();
      if (c == quote) break;
      if (c == '\\' && !atEnd()) {
        char n = advance();
        if (n == quote) {
          sb.append(quote);
        } else {
          sb.append('\\').append(n);
        }
      } else {
        sb.append(c);
      }
    }
    return new Token(Kind.WORD, sb.toString(), true, startLine, startColumn);
  }

  private Token word(int startLine, int startColumn) {
    StringBuilder sb = new StringBuilder();
    while (!atEnd()) {
      char c = peek();
      if (c == '\\') {
        sb.append(advance());
        if (!atEnd()) sb.append(advance());
        continue;
      }
      if (c == '{'
          && sb.length() > 0
          && sb.charAt(sb.length() - 1) == '$'
          && !escapedAt(sb, sb.length() - 1)) {
        // ${name}: a variable, not a block
        sb.append(advance());
        while (!atEnd() && peek() != '}' && !isSpace(peek()) && peek() != ';' && peek() != '{')
          sb.append(advance());
        if (!atEnd() && peek() == '}') sb.append(advance());
        continue;
      }
      if (isSpace(c) || c == ';' || c == '{' || c == '}') break;
      sb.append(advance());
    }
    return new Token(Kind.WORD, sb.toString(), false, startLine, startColumn);
  }

  /** True when the character at index is preceded by an odd number of backslashes. */
  private static boolean escapedAt(CharSequence sb, int index) {
    int n = 0;
    for (int i = index - 1; i >= 0 && sb.charAt(i) == '\\'; i--) n++;
    return n % 2 == 1;
  }

  /**
   * Reads the raw body of a {@code *_by_lua_block} after its opening brace, up to the matching
   * closing brace, skipping Lua strings, long brackets and comments so braces in them do not count.
   * Returns the text between the braces.
   */
  String readLuaBody(int openLine, int openColumn) throws NginxSyntaxException {
    int start = pos;
    int depth = 1;
    while (!atEnd()) {
      char c = peek();
      if (c == '"' || c == '\'') {
        int sLine = line;
        int sCol = column;
        char quote = advance();
        while (true) {
          if (atEnd()) {
            throw new NginxSyntaxException("unterminated Lua string in lua block", sLine, sCol);
          }
          char d = advance();
          if (d == '\\') {
            if (!atEnd()) advance();
          } else if (d == quote || d == '\n') {
            break;
          }
        }
      } else if (c == '[' && longBracketLevel() >= 0) {
        skipLongBracket();
      } else if (c == '-' && pos + 1 < text.length() && text.charAt(pos + 1) == '-') {
        advance();
        advance();
        if (!atEnd() && peek() == '[' && longBracketLevel() >= 0) {
          skipLongBracket();
        } else {
          while (!atEnd() && peek() != '\n') advance();
        }
      } else if (c == '{') {
        depth++;
        advance();
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          String body = text.substring(start, pos);
          advance();
          return body;
        }
        advance();
      } else {
        advance();
      }
    }
    throw new NginxSyntaxException(
        "unterminated lua block (the '{' at line "
            + openLine
            + ", column "
            + openColumn
            + " is never closed)",
        openLine,
        openColumn);
  }

  /** At a '[': the level of a Lua long bracket ({@code [[} is 0, {@code [==[} is 2), or -1. */
  private int longBracketLevel() {
    int i = pos + 1;
    int level = 0;
    while (i < text.length() && text.charAt(i) == '=') {
      level++;
      i++;
    }
    return i < text.length() && text.charAt(i) == '[' ? level : -1;
  }

  private void skipLongBracket() throws NginxSyntaxException {
    int sLine = line;
    int sCol = column;
    int level = longBracketLevel();
    String close = "]" + "=".repeat(level) + "]";
    for (int i = 0; i < level + 2; i++) advance();
    int end = text.indexOf(close, pos);
    if (end < 0)
      throw new NginxSyntaxException("unterminated Lua long string in lua block", sLine, sCol);
    while (pos < end + close.length()) advance();
  }
}
