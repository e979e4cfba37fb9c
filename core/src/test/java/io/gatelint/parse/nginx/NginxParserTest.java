/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Location;
import io.gatelint.model.Model;
import io.gatelint.model.Origin;
import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.Upstream;
import io.gatelint.model.Value;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NginxParserTest {

  private static final String F = "nginx.conf";

  private static Location at(String file, int line, int column) {
    return Location.of(file, line, column);
  }

  private static void assertExplicit(Value<?> v, Object value, Location where) {
    assertRaw(v, value);
    assertThat(v.origin().kind()).isEqualTo(Origin.Kind.EXPLICIT);
    assertThat(v.location()).isEqualTo(where);
  }

  private static void assertDefault(Value<?> v, Object value, Location where, String note) {
    assertRaw(v, value);
    assertThat(v.origin().kind()).isEqualTo(Origin.Kind.DEFAULT);
    assertThat(v.location()).isEqualTo(where);
    assertThat(v.origin().note()).isEqualTo(note);
  }

  /** A duration is compared in the seconds nginx writes and messages show. */
  private static void assertRaw(Value<?> v, Object value) {
    if (v.raw() instanceof Duration) {
      assertThat(v.unit()).isEqualTo(Value.Unit.SECONDS);
      assertThat(v.num()).isEqualTo(((Number) value).doubleValue());
    } else {
      assertThat(v.raw()).isEqualTo(value);
    }
  }

  private static Model inheritance() {
    return NginxTestFiles.parse(NginxTestFiles.resource("inheritance"), F);
  }

  @Test
  void serverTakesItsSettingsFromHttp() {
    Model model = inheritance();
    assertThat(model.getProblems()).isEmpty();
    assertThat(model.getProxyServers())
        .extracting(ProxyServer::getId)
        .containsExactly("nginx.conf:19", "nginx.conf:50");
    ProxyServer server = model.getProxyServers().get(0);
    assertThat(server.getSourceType()).isEqualTo("nginx server");
    assertThat(server.getScope()).isEqualTo(F);
    assertThat(server.getConfigFile()).isEqualTo(F);
    assertThat(server.getLocation()).isEqualTo(at(F, 19, 5));
    assertThat(server.getListenPorts()).hasSize(1);
    assertExplicit(server.getListenPorts().get(0), 80, at(F, 20, 9));
    assertThat(server.getServerNames())
        .extracting(Value::text)
        .containsExactly("example.com", "www.example.com");
    assertExplicit(server.getKeepaliveTimeout(), 120, at(F, 2, 5));
    assertThat(server.getKeepaliveTimeout().unit()).isEqualTo(Value.Unit.SECONDS);
    assertThat(server.getKeepaliveTimeout().millis()).isEqualTo(120_000);
    assertExplicit(server.getKeepaliveRequests(), 500, at(F, 3, 5));
  }

  @Test
  void serverOverridesHttpAndDefaultsApplyWhenUnset() {
    ProxyServer second = inheritance().getProxyServers().get(1);
    assertExplicit(second.getKeepaliveTimeout(), 30, at(F, 51, 9));
    assertThat(second.getListenPorts()).hasSize(1);
    assertDefault(second.getListenPorts().get(0), 80, at(F, 50, 5), "nginx default listen *:80");
    ProxyLocation loc = second.getLocations().get(0);
    assertThat(loc.getProxyPass().isKnown()).isFalse();
    assertThat(loc.getUpstreamName().isKnown()).isFalse();
    assertThat(loc.getUpstreamPort().isKnown()).isFalse();
  }

  @Test
  void locationsAreFlattenedWithInheritance() {
    List<ProxyLocation> locs = inheritance().getProxyServers().get(0).getLocations();
    assertThat(locs)
        .extracting(l -> l.getModifier() + " " + l.getPath())
        .containsExactly(" /", " /api/", "= /healthz", "~* \\.(js|css)$", " /nested", " /ws");

    ProxyLocation root = locs.get(0);
    assertThat(root.getLocation()).isEqualTo(at(F, 23, 9));
    assertExplicit(root.getProxyPass(), "http://app", at(F, 24, 13));
    assertExplicit(root.getUpstreamName(), "app", at(F, 24, 13));
    assertThat(root.getUpstreamPort()).isNull();
    assertExplicit(root.getProxyHttpVersion(), "1.1", at(F, 4, 5));
    assertExplicit(root.getConnectionHeader(), "", at(F, 5, 5));
    assertExplicit(root.getProxyReadTimeout(), 90, at(F, 6, 5));
    assertExplicit(root.getKeepaliveTimeout(), 120, at(F, 2, 5));
    assertThat(root.isReturnsDirectly()).isFalse();

    // one proxy_set_header in the location drops every inherited one, Connection "" included
    ProxyLocation api = locs.get(1);
    assertDefault(
        api.getConnectionHeader(),
        "close",
        at(F, 28, 13),
        "this proxy_set_header replaces every inherited one, including Connection at nginx.conf:5: nginx default: sends Connection: close before 1.29.7; the nginx version is not known");
    assertExplicit(api.getKeepaliveTimeout(), 5, at(F, 30, 13));
    assertExplicit(api.getUpstreamName(), "app", at(F, 29, 13));

    ProxyLocation health = locs.get(2);
    assertThat(health.isReturnsDirectly()).isTrue();
    assertThat(health.getProxyPass()).isNull();

    ProxyLocation regex = locs.get(3);
    assertExplicit(regex.getProxyReadTimeout(), 0.5, at(F, 38, 13));
    assertThat(regex.getProxyReadTimeout().millis()).isEqualTo(500);

    ProxyLocation nested = locs.get(4);
    assertThat(nested.getLocation()).isEqualTo(at(F, 39, 13));
    assertExplicit(nested.getProxyReadTimeout(), 0.5, at(F, 38, 13));
    assertThat(nested.getUpstreamName()).isNull();
    assertDefault(
        nested.getUpstreamPort(), 443, at(F, 40, 17), "nginx default port 443 of https://");

    ProxyLocation ws = locs.get(5);
    assertExplicit(ws.getUpstreamPort(), 8081, at(F, 45, 13));
    assertThat(ws.getConnectionHeader().isKnown()).isFalse();
    assertThat(ws.getConnectionHeader().location()).isEqualTo(at(F, 46, 13));
  }

  @Test
  void defaultsWhenNothingIsSet() {
    Model model = NginxTestFiles.parse(NginxTestFiles.resource("errors"), "minimal.conf");
    ProxyServer server = model.getProxyServers().get(0);
    Location s = at("minimal.conf", 1, 1);
    assertDefault(server.getKeepaliveTimeout(), 75, s, "nginx default keepalive_timeout 75s");
    assertThat(server.getKeepaliveTimeout().millis()).isEqualTo(75_000);
    assertDefault(server.getKeepaliveRequests(), 1000, s, "nginx default keepalive_requests 1000");
    ProxyLocation loc = server.getLocations().get(0);
    Location l = at("minimal.conf", 2, 5);
    assertDefault(
        loc.getProxyHttpVersion(),
        "1.0",
        l,
        "nginx default proxy_http_version 1.0 before 1.29.7; the nginx version is not known");
    assertDefault(
        loc.getConnectionHeader(),
        "close",
        l,
        "nginx default: sends Connection: close before 1.29.7; the nginx version is not known");
    assertDefault(loc.getProxyReadTimeout(), 60, l, "nginx default proxy_read_timeout 60s");
    assertThat(loc.getProxyReadTimeout().millis()).isEqualTo(60_000);
    assertDefault(
        loc.getUpstreamPort(), 80, at("minimal.conf", 3, 9), "nginx default port 80 of http://");
  }

  @Test
  void upstreams() {
    List<Upstream> ups = inheritance().getUpstreams();
    assertThat(ups).extracting(Upstream::getId).containsExactly("app", "plain");
    Upstream app = ups.get(0);
    assertThat(app.getSourceType()).isEqualTo("nginx upstream");
    assertThat(app.getScope()).isEqualTo(F);
    assertThat(app.getLocation()).isEqualTo(at(F, 8, 5));
    assertThat(app.getServers())
        .extracting(Value::text)
        .containsExactly("127.0.0.1:3000", "app.internal");
    assertExplicit(app.getServerPorts().get(0), 3000, at(F, 9, 9));
    assertDefault(
        app.getServerPorts().get(1),
        80,
        at(F, 10, 9),
        "nginx default port 80 of upstream server app.internal");
    assertExplicit(app.getKeepalive(), 16, at(F, 11, 9));
    assertExplicit(app.getKeepaliveTimeout(), 30, at(F, 12, 9));
    assertThat(app.getKeepaliveTimeout().millis()).isEqualTo(30_000);

    Upstream plain = ups.get(1);
    assertThat(plain.getServerPorts()).isEmpty();
    assertThat(plain.getKeepalive().isKnown()).isFalse();
    assertThat(plain.getKeepalive().location()).isEqualTo(at(F, 15, 5));
    assertDefault(
        plain.getKeepaliveTimeout(),
        60,
        at(F, 15, 5),
        "nginx default upstream keepalive_timeout 60s");
  }

  @Test
  void includesResolveAgainstTheMainFilesDirectory() {
    Path root = NginxTestFiles.resource("includes");
    NginxTestFiles.Read read =
        NginxTestFiles.read(
            root,
            new Model(),
            "nginx.conf",
            "conf.d/app.conf",
            "conf.d/other.conf",
            "conf.d/snippets/common.conf",
            "snippets/common.conf");
    Model model = read.model();
    assertThat(model.getProblems()).isEmpty();
    assertThat(read.result().trees())
        .extracting(NginxTreeReader.Tree::mainFile)
        .as("the decoy is never included, so it is a main file of its own")
        .containsExactly("nginx.conf", "conf.d/snippets/common.conf");
    assertThat(model.getProxyServers())
        .extracting(ProxyServer::getId)
        .containsExactly("conf.d/app.conf:1", "conf.d/other.conf:1");
    ProxyServer app = model.getProxyServers().get(0);
    assertThat(app.getScope()).isEqualTo("nginx.conf");
    assertExplicit(app.getKeepaliveTimeout(), 10, at("snippets/common.conf", 2, 1));
    assertExplicit(app.getListenPorts().get(0), 8080, at("conf.d/app.conf", 2, 5));
    ProxyServer other = model.getProxyServers().get(1);
    assertExplicit(other.getKeepaliveTimeout(), 65, at("nginx.conf", 3, 5));
    assertExplicit(other.getListenPorts().get(0), 9090, at("conf.d/other.conf", 2, 5));
    // /etc/nginx/mime.types is a system file outside the tree: skipped, a note at most
    assertThat(read.result().notes())
        .anyMatch(n -> n.startsWith("nginx.conf:4:5") && n.contains("/etc/nginx/mime.types"));
  }

  @Test
  void etcNginxIsMappedOntoTheTreeHoldingTheMainFile() {
    Model model =
        NginxTestFiles.parse(NginxTestFiles.resource("etc-mapping"), "etc/nginx/nginx.conf");
    assertThat(model.getProblems()).isEmpty();
    assertThat(model.getProxyServers()).hasSize(1);
    ProxyServer server = model.getProxyServers().get(0);
    assertThat(server.getId()).isEqualTo("etc/nginx/sites-enabled/default:1");
    assertExplicit(
        server.getListenPorts().get(0), 8443, at("etc/nginx/sites-enabled/default", 2, 5));
    assertExplicit(server.getKeepaliveTimeout(), 90, at("etc/nginx/sites-enabled/default", 3, 5));
  }

  @Test
  void includeLoopIsAProblemNamingTheChain() {
    Model model =
        NginxTestFiles.parse(NginxTestFiles.resource("loop"), "nginx.conf", "a.conf", "b.conf");
    assertThat(model.getProblems()).hasSize(1);
    assertThat(model.getProblems().get(0).location()).isEqualTo(at("b.conf", 1, 1));
    assertThat(model.getProblems().get(0).message())
        .isEqualTo("include loop: a.conf -> b.conf -> a.conf");
    assertThat(model.getProxyServers()).extracting(ProxyServer::getId).containsExactly("a.conf:1");
  }

  @Test
  void badFilesYieldProblemsAndTheOthersAreStillRead() {
    Model model =
        NginxTestFiles.parse(
            NginxTestFiles.resource("errors"),
            "binary.conf",
            "empty.conf",
            "latin1.conf",
            "minimal.conf",
            "missing-semicolon.conf",
            "unclosed.conf",
            "unexpected-brace.conf",
            "unterminated-quote.conf",
            "envsubst.conf.template");
    assertThat(model.getProblems())
        .extracting(p -> p.location().toString() + " " + p.message())
        .containsExactly(
            "binary.conf not nginx configuration: a binary file",
            "missing-semicolon.conf:5:5 unexpected '}' (missing ';' after directive \"proxy_pass\" at line 4?)",
            "unclosed.conf:4:1 unexpected end of file, expecting '}' (the block opened at line 1 is never closed)",
            "unexpected-brace.conf:4:1 unexpected '}'",
            "unterminated-quote.conf:3:16 unterminated quoted string (the \" opened at line 3, column 16 is never closed)");
    assertThat(model.getProxyServers())
        .extracting(ProxyServer::getId)
        .containsExactly("envsubst.conf.template:1", "latin1.conf:2", "minimal.conf:1");
    ProxyServer envsubst = model.getProxyServers().get(0);
    assertThat(envsubst.getListenPorts().get(0).isKnown()).isFalse();
    assertThat(envsubst.getKeepaliveTimeout().isKnown()).isFalse();
    assertThat(envsubst.getLocations().get(0).getUpstreamPort().isKnown()).isFalse();
    assertThat(model.getProxyServers().get(1).getServerNames())
        .extracting(Value::text)
        .containsExactly("caf\u00e9.example");
  }
}
