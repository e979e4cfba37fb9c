/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NginxLexerTest {

  private static List<NginxDirective> parse(String text) throws NginxSyntaxException {
    return NginxDirectiveParser.parse(text, "t.conf");
  }

  @Test
  void directivesCarryLineAndColumn() throws Exception {
    List<NginxDirective> d = parse("user nginx;\nhttp {\n  server {\n    listen 80;\n  }\n}\n");
    assertThat(d).hasSize(2);
    assertThat(d.get(0).name()).isEqualTo("user");
    assertThat(d.get(0).args()).containsExactly("nginx");
    assertThat(d.get(0).hasBlock()).isFalse();
    NginxDirective listen = d.get(1).block().get(0).block().get(0);
    assertThat(listen.name()).isEqualTo("listen");
    assertThat(listen.location().toString()).isEqualTo("t.conf:4:5");
  }

  @Test
  void quotedStringsWithEscapesAndBraces() throws Exception {
    List<NginxDirective> d =
        parse("add_header X 'a;{b}' \"say \\\"hi\\\"\" \"\\n\";\nblah \"hello;world\";");
    assertThat(d.get(0).args()).containsExactly("X", "a;{b}", "say \"hi\"", "\\n");
    assertThat(d.get(1).args()).containsExactly("hello;world");
    assertThat(d.get(1).line()).isEqualTo(2);
  }

  @Test
  void multilineQuotedStringKeepsLineNumbersAfterIt() throws Exception {
    List<NginxDirective> d = parse("a 'x\ny\nz';\nb c;");
    assertThat(d.get(0).args()).containsExactly("x\ny\nz");
    assertThat(d.get(1).line()).isEqualTo(4);
  }

  @Test
  void commentsOnlyWhereAWordStarts() throws Exception {
    List<NginxDirective> d =
        parse(
            "http { #c1\n log_format #c2\n  \\#arg\\ 1 #c3\n  '#arg 2' #c4\n  ;\n set $a foo#bar; }");
    assertThat(d.get(0).block().get(0).args()).containsExactly("\\#arg\\ 1", "#arg 2");
    assertThat(d.get(0).block().get(1).args()).containsExactly("$a", "foo#bar");
  }

  @Test
  void variablesWithBracesAreWords() throws Exception {
    List<NginxDirective> d =
        parse("try_files /abc/${uri} /abc/${uri}.html =404;\nlisten ${NGINX_PORT};");
    assertThat(d.get(0).args()).containsExactly("/abc/${uri}", "/abc/${uri}.html", "=404");
    assertThat(d.get(1).args()).containsExactly("${NGINX_PORT}");
  }

  @Test
  void ifParenthesesGluedToNeighbours() throws Exception {
    List<NginxDirective> d =
        parse(
            "if ($a ~ \"x\"){ return 403; }\nif ($request_filename ~* \\.(ttf|woff)$) { }\n"
                + "if( $x = (y)) {}\nif ($http_x ~* \"(a|b)\" ) {}");
    assertThat(d.get(0).args()).containsExactly("$a", "~", "x");
    assertThat(d.get(0).block()).hasSize(1);
    assertThat(d.get(1).args()).containsExactly("$request_filename", "~*", "\\.(ttf|woff)$");
    assertThat(d.get(2).name()).isEqualTo("if");
    assertThat(d.get(2).args()).containsExactly("$x", "=", "(y)");
    assertThat(d.get(3).args()).containsExactly("$http_x", "~*", "(a|b)");
  }

  @Test
  void regexLocations() throws Exception {
    List<NginxDirective> d =
        parse(
            "location ~* \\.(js|css)$ { }\nlocation ~ \"^/\\d{3}/x{1,2}$\" { }\nlocation /foo{}location /bar{}");
    assertThat(d.get(0).args()).containsExactly("~*", "\\.(js|css)$");
    assertThat(d.get(1).args()).containsExactly("~", "^/\\d{3}/x{1,2}$");
    assertThat(d)
        .extracting(NginxDirective::name)
        .containsExactly("location", "location", "location", "location");
    assertThat(d.get(3).args()).containsExactly("/bar");
  }

  @Test
  void luaBlockBodyIsOneArgument() throws Exception {
    String text =
        "http {\n"
            + "  set_by_lua_block $res { -- a comment with } and {\n"
            + "    local t = { 1, 2, \"}\" }\n"
            + "    local s = [[ } ]] .. '{'\n"
            + "    --[[ } ]]\n"
            + "    return 1\n"
            + "  }\n"
            + "  \"rewrite_by_lua_block\" { btn = iup.button({title=\"ok\"}) }\n"
            + "  server_name content_by_lua_block;\n"
            + "}\n";
    NginxDirective http = parse(text).get(0);
    assertThat(http.block()).hasSize(3);
    NginxDirective set = http.block().get(0);
    assertThat(set.name()).isEqualTo("set_by_lua_block");
    assertThat(set.hasBlock()).isFalse();
    assertThat(set.args()).hasSize(2);
    assertThat(set.arg(0)).isEqualTo("$res");
    assertThat(set.arg(1)).contains("local t = { 1, 2, \"}\" }").contains("return 1");
    assertThat(http.block().get(1).arg(0)).isEqualTo(" btn = iup.button({title=\"ok\"}) ");
    assertThat(http.block().get(2).line()).isEqualTo(9);
    assertThat(http.block().get(2).args()).containsExactly("content_by_lua_block");
  }

  @Test
  void crlfLineEndings() throws Exception {
    List<NginxDirective> d = parse("a b;\r\nc d;\r\n");
    assertThat(d.get(1).line()).isEqualTo(2);
    assertThat(d.get(1).args()).containsExactly("d");
  }

  @Test
  void errorsNameTheLineAndColumn() {
    assertThatThrownBy(() -> parse("http {\n  server {\n    listen 80\n  }\n}"))
        .isInstanceOfSatisfying(
            NginxSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.getMessage()).contains("missing ';'").contains("\"listen\" at line 3");
            });
    assertThatThrownBy(() -> parse("http {\n}\n}\n"))
        .isInstanceOfSatisfying(
            NginxSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.getMessage()).isEqualTo("unexpected '}'");
            });
    assertThatThrownBy(() -> parse("http {\n  server {\n"))
        .isInstanceOfSatisfying(
            NginxSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.getMessage()).contains("line 2 is never closed");
            });
    assertThatThrownBy(() -> parse("a 'b;\nc d;\n"))
        .isInstanceOfSatisfying(
            NginxSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(3);
            });
    assertThatThrownBy(() -> parse("content_by_lua_block {\n  x = '}'\n"))
        .isInstanceOfSatisfying(NginxSyntaxException.class, e -> assertThat(e.line()).isEqualTo(1));
    assertThatThrownBy(() -> parse("a b"))
        .isInstanceOfSatisfying(
            NginxSyntaxException.class, e -> assertThat(e.getMessage()).contains("end of file"));
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String text = "a {".repeat(5000);
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(NginxSyntaxException.class)
        .hasMessageContaining("nested more than");
  }

  @Test
  void looksLikeNginx() {
    assertThat(NginxParser.looksLikeNginx("events {}\nhttp {\n}")).isTrue();
    assertThat(NginxParser.looksLikeNginx("  server {\n listen 80; }")).isTrue();
    assertThat(NginxParser.looksLikeNginx("upstream backend {\n server a; }")).isTrue();
    assertThat(NginxParser.looksLikeNginx("\"http\" {")).isTrue();
    assertThat(NginxParser.looksLikeNginx("server\n  {")).isTrue();
    assertThat(NginxParser.looksLikeNginx("stream {\n  server { listen 53 udp; }\n}")).isTrue();
    assertThat(NginxParser.looksLikeNginx("'events' {}")).isTrue();
    assertThat(NginxParser.looksLikeNginx("location / { return 200; }")).isFalse();
    assertThat(NginxParser.looksLikeNginx("Resources:\n  server: {}")).isFalse();
    assertThat(NginxParser.looksLikeNginx("const server = http.createServer();")).isFalse();
  }
}
