/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import io.gatelint.parse.nginx.NginxLexer.Kind;
import io.gatelint.parse.nginx.NginxLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the directive tree of one file from its tokens. Any syntax error nginx would reject
 * (unexpected or missing brace, missing semicolon, unterminated string) stops the file with an
 * {@link NginxSyntaxException} naming the line and column.
 */
final class NginxDirectiveParser {

  /** Deeper nesting than this is not a configuration anyone writes; it guards the stack. */
  static final int MAX_DEPTH = 100;

  private final NginxLexer lexer;
  private final String file;

  private NginxDirectiveParser(String text, String file) {
    this.lexer = new NginxLexer(text);
    this.file = file;
  }

  /** Parses the text of one file; {@code file} is the name its directives carry. */
  static List<NginxDirective> parse(String text, String file) throws NginxSyntaxException {
    return new NginxDirectiveParser(text, file).block(0, null);
  }

  private List<NginxDirective> block(int depth, Token opener) throws NginxSyntaxException {
    if (depth > MAX_DEPTH) {
      throw new NginxSyntaxException(
          "blocks nested more than " + MAX_DEPTH + " deep", opener.line(), opener.column());
    }
    List<NginxDirective> directives = new ArrayList<>();
    while (true) {
      Token t = lexer.next();
      switch (t.kind()) {
        case EOF -> {
          if (opener != null) {
            throw new NginxSyntaxException(
                "unexpected end of file, expecting '}' (the block opened at line "
                    + opener.line()
                    + " is never closed)",
                t.line(),
                t.column());
          }
          return directives;
        }
        case CLOSE -> {
          if (opener == null)
            throw new NginxSyntaxException("unexpected '}'", t.line(), t.column());
          return directives;
        }
        case OPEN, SEMICOLON ->
            throw new NginxSyntaxException("unexpected " + t.describe(), t.line(), t.column());
        case WORD -> directives.add(directive(t, depth));
        default -> throw new IllegalStateException(t.kind().name());
      }
    }
  }

  private NginxDirective directive(Token nameToken, int depth) throws NginxSyntaxException {
    String name = nameToken.text();
    List<Token> args = new ArrayList<>();
    if (!nameToken.quoted() && name.startsWith("if(")) {
      // "if($x)": the parenthesis glued to the directive name
      args.add(
          new Token(Kind.WORD, name.substring(2), false, nameToken.line(), nameToken.column() + 2));
      name = "if";
    }
    boolean lua = name.endsWith("_by_lua_block");
    while (true) {
      Token t = lexer.next();
      switch (t.kind()) {
        case WORD -> args.add(t);
        case SEMICOLON -> {
          return make(name, args, nameToken, null);
        }
        case OPEN -> {
          if (lua) {
            List<String> values = texts(args);
            values.add(lexer.readLuaBody(t.line(), t.column()));
            return new NginxDirective(
                name, values, file, nameToken.line(), nameToken.column(), null);
          }
          return make(name, args, nameToken, block(depth + 1, t));
        }
        case CLOSE ->
            throw new NginxSyntaxException(
                "unexpected '}' (missing ';' after directive \""
                    + name
                    + "\" at line "
                    + nameToken.line()
                    + "?)",
                t.line(),
                t.column());
        case EOF ->
            throw new NginxSyntaxException(
                "unexpected end of file, expecting ';' or '{' after directive \""
                    + name
                    + "\" at line "
                    + nameToken.line(),
                t.line(),
                t.column());
        default -> throw new IllegalStateException(t.kind().name());
      }
    }
  }

  private NginxDirective make(String name, List<Token> args, Token at, List<NginxDirective> block) {
    List<String> values = name.equals("if") ? ifArgs(args) : texts(args);
    return new NginxDirective(name, values, file, at.line(), at.column(), block);
  }

  private static List<String> texts(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) out.add(t.text());
    return out;
  }

  /**
   * {@code if ( $a ~ "x" )}: drop the opening and closing parentheses, glued or not, as nginx does.
   */
  private static List<String> ifArgs(List<Token> tokens) {
    List<String> out = texts(tokens);
    if (out.isEmpty()) return out;
    if (!tokens.get(0).quoted() && out.get(0).startsWith("(")) out.set(0, out.get(0).substring(1));
    int last = out.size() - 1;
    if (!tokens.get(last).quoted() && out.get(last).endsWith(")")) {
      out.set(last, out.get(last).substring(0, out.get(last).length() - 1));
    }
    List<String> result = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).isEmpty() || tokens.get(i).quoted()) result.add(out.get(i));
    }
    return result;
  }
}
