/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.AppServer;
import io.gatelint.model.Model;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.NodeDefaults;
import io.gatelint.model.defaults.PlatformDefault;
import io.gatelint.parse.ParseContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walks {@link NodeDefaults} and proves the server scanner applies every row for its majors. */
class NodeDefaultsTableTest {

  private static final String PLAIN =
      "const http = require('http');\nhttp.createServer((req, res) => res.end()).listen(3000);\n";
  private static final String FASTIFY =
      "const app = require('fastify')();\napp.listen({ port: 3000 });\n";

  @Test
  void theScannerAppliesEveryRow(@TempDir Path root) throws IOException {
    List<PlatformDefault> checked = new ArrayList<>();
    Map<List<NodeDefaults.ByMajor>, Function<AppServer, Value<?>>> settings =
        Map.of(
            NodeDefaults.KEEP_ALIVE_TIMEOUT, AppServer::getKeepAliveTimeout,
            NodeDefaults.KEEP_ALIVE_TIMEOUT_BUFFER, AppServer::getKeepAliveTimeoutBuffer,
            NodeDefaults.REQUEST_TIMEOUT, AppServer::getRequestTimeout,
            NodeDefaults.HEADERS_TIMEOUT, AppServer::getHeadersTimeout,
            NodeDefaults.SOCKET_TIMEOUT, AppServer::getSocketTimeout);
    for (var setting : settings.entrySet()) {
      for (NodeDefaults.ByMajor row : setting.getKey()) {
        int major = Math.max(row.sinceMajor(), 10);
        assertThat(NodeDefaults.forMajor(setting.getKey(), major)).isEqualTo(row);
        AppServer s = server(root.resolve("plain-" + major), PLAIN, major);
        assertApplied(
            setting.getValue().apply(s), row.row(), "Node " + major + " " + row.row().note());
        checked.add(row.row());
      }
    }
    AppServer fastify = server(root.resolve("fastify"), FASTIFY, 20);
    assertApplied(
        fastify.getKeepAliveTimeout(),
        NodeDefaults.FASTIFY_KEEP_ALIVE_TIMEOUT,
        NodeDefaults.FASTIFY_KEEP_ALIVE_TIMEOUT.note());
    assertApplied(
        fastify.getRequestTimeout(),
        NodeDefaults.FASTIFY_REQUEST_TIMEOUT,
        NodeDefaults.FASTIFY_REQUEST_TIMEOUT.note());
    assertApplied(
        fastify.getSocketTimeout(),
        NodeDefaults.FASTIFY_CONNECTION_TIMEOUT,
        NodeDefaults.FASTIFY_CONNECTION_TIMEOUT.note());
    checked.add(NodeDefaults.FASTIFY_CONNECTION_TIMEOUT);
    checked.add(NodeDefaults.FASTIFY_KEEP_ALIVE_TIMEOUT);
    checked.add(NodeDefaults.FASTIFY_REQUEST_TIMEOUT);
    assertThat(checked).containsExactlyInAnyOrderElementsOf(NodeDefaults.all());
  }

  private static void assertApplied(Value<?> v, PlatformDefault row, String note) {
    assertThat(v.isDefault()).as(note).isTrue();
    assertThat(v.raw()).as(note).isEqualTo(row.value());
    assertThat(v.unit()).as(note).isEqualTo(Value.Unit.MILLIS);
    assertThat(v.origin().note()).isEqualTo(note);
    assertThat(row.sourceUrl()).as(note).startsWith("https://");
  }

  private static AppServer server(Path root, String source, int major) throws IOException {
    Files.createDirectories(root);
    Files.writeString(root.resolve("server.js"), source);
    ParseContext context = new ParseContext(root, Map.of(), OptionalInt.of(major));
    Model model = new Model();
    new NodeParser().parse(NodeFixtures.files(root, context), context, model);
    return NodeFixtures.onlyServer(model);
  }
}
