/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static io.gatelint.parse.node.NodeFixtures.onlyServer;
import static io.gatelint.parse.node.NodeFixtures.parse;
import static io.gatelint.parse.node.NodeFixtures.routes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.AppServer;
import io.gatelint.model.Framework;
import io.gatelint.model.Location;
import io.gatelint.model.Origin;
import io.gatelint.model.Value;
import org.junit.jupiter.api.Test;

class NodeServerTest {

  @Test
  void expressCommonJsFollowsTheServerThatListenReturns() {
    AppServer s = onlyServer(parse("express-cjs"));

    assertThat(s.getId()).isEqualTo("server.js:13");
    assertThat(s.getSourceType()).isEqualTo("node server");
    assertThat(s.getScope()).isEqualTo("server.js");
    assertThat(s.getLocation()).isEqualTo(Location.of("server.js", 13, 16));
    assertThat(s.getFramework()).isEqualTo(Framework.EXPRESS);
    assertThat(s.getProjectDir()).isEqualTo("");
    assertThat(s.getListenPort().raw()).isEqualTo(8080);
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(65000);
    assertThat(s.getKeepAliveTimeout().unit()).isEqualTo(Value.Unit.MILLIS);
    assertThat(s.getKeepAliveTimeout().origin().kind()).isEqualTo(Origin.Kind.EXPLICIT);
    assertThat(s.getKeepAliveTimeout().location()).isEqualTo(Location.of("server.js", 14, 1));
    // server.keepAliveTimeout + 1000 reads a property, not a constant
    assertThat(s.getHeadersTimeout().isUnknown()).isTrue();
    assertThat(s.getHeadersTimeout().location().line()).isEqualTo(15);
    assertThat(s.getRequestTimeout().millis()).isEqualTo(300000);
    assertThat(s.getRequestTimeout().origin().note())
        .isEqualTo("Node 20 default requestTimeout 300000ms");
    assertThat(s.getNodeMajor().raw()).isEqualTo(20);
    assertThat(routes(s))
        .containsExactly("GET /healthz", "GET /status", "POST /status", "GET /api/users");
    assertThat(s.getRoutes().get(3).getPath().location()).isEqualTo(Location.of("server.js", 8, 9));
    assertThat(s.getRoutes().get(3).getPath().origin().note()).isEqualTo("mounted under /api");
  }

  @Test
  void esmExpressFoldsConstChainsAndObjectProperties() {
    AppServer s = onlyServer(parse("esm-express"));

    assertThat(s.getId()).isEqualTo("index.mjs:10");
    assertThat(s.getListenPort().raw()).isEqualTo(3000);
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(65000);
    assertThat(s.getKeepAliveTimeout().location()).isEqualTo(Location.of("index.mjs", 11, 1));
    assertThat(s.getKeepAliveTimeout().origin().note()).isEqualTo("cfg.keepAlive (index.mjs:5)");
    // .nvmrc lts/iron → 20: headers default 60000
    assertThat(s.getNodeMajor().raw()).isEqualTo(20);
    assertThat(s.getHeadersTimeout().millis()).isEqualTo(60000);
    assertThat(s.getHeadersTimeout().isDefault()).isTrue();
    assertThat(routes(s)).containsExactly("GET /health");
  }

  @Test
  void fastifyInTypeScriptTakesOptionsAndFastifyDefaults() {
    AppServer s = onlyServer(parse("fastify-ts"));

    assertThat(s.getId()).isEqualTo("main.ts:3");
    assertThat(s.getFramework()).isEqualTo(Framework.FASTIFY);
    assertThat(s.getListenPort().raw()).isEqualTo(3000);
    assertThat(s.getListenPort().location().line()).isEqualTo(13);
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(72000);
    assertThat(s.getKeepAliveTimeout().origin())
        .isEqualTo(
            Origin.byDefault(
                Location.of("main.ts", 3, 30), "Fastify default keepAliveTimeout 72000ms"));
    assertThat(s.getRequestTimeout().millis()).isEqualTo(30000);
    assertThat(s.getRequestTimeout().location()).isEqualTo(Location.of("main.ts", 5, 3));
    assertThat(s.getHeadersTimeout().millis()).isEqualTo(70000);
    assertThat(s.getHeadersTimeout().location().line()).isEqualTo(11);
    assertThat(s.getNodeMajor().raw()).isEqualTo(18);
    assertThat(routes(s)).containsExactly("GET /ping", "GET /ready", "HEAD /ready");
  }

  @Test
  void createServerOptionsAndPlainUrlChecks() {
    AppServer s = onlyServer(parse("http-options"));

    assertThat(s.getFramework()).isEqualTo(Framework.NODE_HTTP);
    assertThat(s.getId()).isEqualTo("server.js:3");
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(61000);
    assertThat(s.getKeepAliveTimeout().location()).isEqualTo(Location.of("server.js", 3, 36));
    assertThat(s.getRequestTimeout().millis()).isEqualTo(120000);
    // no hint: Node 26 assumed, headersTimeout min(60000, 120000)
    assertThat(s.getNodeMajor().raw()).isEqualTo(26);
    assertThat(s.getNodeMajor().origin().note())
        .isEqualTo("assumed current LTS Node 26 (no version hint found)");
    assertThat(s.getHeadersTimeout().millis()).isEqualTo(60000);
    assertThat(s.getListenPort().raw()).isEqualTo(8000);
    assertThat(routes(s)).containsExactly("GET /healthz", "ALL /ready");
    assertThat(s.getRoutes().get(1).getPath().location())
        .isEqualTo(Location.of("server.js", 9, 10));
  }

  @Test
  void nestServerFromGetHttpServerAndListen() {
    AppServer s = onlyServer(parse("nest"));

    assertThat(s.getFramework()).isEqualTo(Framework.NEST);
    assertThat(s.getId()).isEqualTo("main.ts:5");
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(70000);
    assertThat(s.getKeepAliveTimeout().location().line()).isEqualTo(7);
    assertThat(s.getListenPort().raw()).isEqualTo(3000);
    assertThat(s.getListenPort().origin())
        .isEqualTo(
            Origin.parameter(
                Location.of("main.ts", 8, 20), "fallback when environment variable PORT is unset"));
    assertThat(s.getKeepAliveTimeout().isDefault()).isFalse();
  }

  @Test
  void hapiListenerSettings() {
    AppServer s = onlyServer(parse("hapi"));

    assertThat(s.getFramework()).isEqualTo(Framework.HAPI);
    assertThat(s.getId()).isEqualTo("server.js:4");
    assertThat(s.getListenPort().raw()).isEqualTo(4000);
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(75000);
    assertThat(s.getHeadersTimeout().millis()).isEqualTo(76000);
    assertThat(s.getHeadersTimeout().location().line()).isEqualTo(7);
    assertThat(routes(s)).containsExactly("GET /health");
  }

  @Test
  void koaWithRouterPrefix() {
    AppServer s = onlyServer(parse("koa-plain"));

    assertThat(s.getFramework()).isEqualTo(Framework.KOA);
    assertThat(s.getId()).isEqualTo("app.js:8");
    assertThat(s.getListenPort().raw()).isEqualTo(5000);
    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(5000);
    assertThat(s.getKeepAliveTimeout().origin().note())
        .isEqualTo("Node 26 default keepAliveTimeout 5000ms");
    assertThat(s.getKeepAliveCloseAfter().millis()).isEqualTo(6000);
    assertThat(routes(s)).containsExactly("GET /v1/health");
  }

  @Test
  void environmentFallbacksAreKnownAsTheFallbackWithThatProvenance() {
    AppServer s = onlyServer(parse("env-fallback"));

    assertThat(s.getKeepAliveTimeout().millis()).isEqualTo(65000);
    assertThat(s.getKeepAliveTimeout().origin())
        .isEqualTo(
            Origin.parameter(
                Location.of("server.js", 3, 20),
                "fallback when environment variable KEEP_ALIVE_TIMEOUT is unset"));
    assertThat(s.getHeadersTimeout().millis()).isEqualTo(66000);
    assertThat(s.getHeadersTimeout().origin())
        .isEqualTo(
            Origin.parameter(
                Location.of("server.js", 9, 34),
                "fallback when environment variable HEADERS_TIMEOUT is unset"));
    // a reassigned let is not folded
    assertThat(s.getRequestTimeout().isUnknown()).isTrue();
    assertThat(s.getRequestTimeout().location()).isEqualTo(Location.of("server.js", 10, 1));
    assertThat(s.getListenPort().raw()).isEqualTo(8080);
    assertThat(s.getListenPort().origin().kind()).isEqualTo(Origin.Kind.PARAMETER);
  }

  @Test
  void configuredNodeVersionAppliesWhenTheProjectSaysNothing() {
    AppServer s = onlyServer(parse("http-options", java.util.OptionalInt.of(16)));

    assertThat(s.getNodeMajor().raw()).isEqualTo(16);
    assertThat(s.getNodeMajor().origin().kind()).isEqualTo(Origin.Kind.PARAMETER);
    assertThat(s.getHeadersTimeout().millis()).isEqualTo(60000);
    assertThat(s.getHeadersTimeout().origin().note())
        .isEqualTo("Node 16 default headersTimeout 60000ms");
  }

  @Test
  void anExpressAppPassedToCreateServerIsServedByThatServer() {
    AppServer s = onlyServer(parse("express-https"));

    assertThat(s.getId()).isEqualTo("server.ts:7");
    assertThat(s.getFramework()).isEqualTo(Framework.EXPRESS);
    assertThat(s.getListenPort().raw()).isEqualTo(443);
    assertThat(s.getRequestTimeout().millis()).isEqualTo(10000);
    // Node 26 (assumed): headersTimeout min(60000, requestTimeout)
    assertThat(s.getHeadersTimeout().millis()).isEqualTo(10000);
    assertThat(s.getHeadersTimeout().isDefault()).isTrue();
    assertThat(routes(s)).containsExactly("ALL /livez");
  }
}
