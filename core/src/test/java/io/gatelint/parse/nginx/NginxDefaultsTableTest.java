/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.parse.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatelint.model.Model;
import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.Upstream;
import io.gatelint.model.Value;
import io.gatelint.model.defaults.NginxDefaults;
import io.gatelint.model.defaults.PlatformDefault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walks {@link NginxDefaults} and proves the model builder applies every row. */
class NginxDefaultsTableTest {

  private static final String CONFIG =
      """
      http {
        upstream app { server 10.0.0.1; }
        server {
          location / { proxy_pass http://app; }
          location /plain { proxy_pass http://backend; }
          location /tls { proxy_pass https://backend; }
        }
        server { listen 10.0.0.2; }
      }
      """;

  @Test
  void theBuilderAppliesEveryRow(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("nginx.conf"), CONFIG);
    Model model = NginxTestFiles.parse(root, "nginx.conf");
    assertThat(model.getProblems()).isEmpty();
    ProxyServer server = model.getProxyServers().get(0);
    ProxyServer addressOnly = model.getProxyServers().get(1);
    Upstream upstream = model.getUpstreams().get(0);

    Map<PlatformDefault, Function<Model, Value<?>>> applied = new LinkedHashMap<>();
    applied.put(NginxDefaults.KEEPALIVE_TIMEOUT, m -> server.getKeepaliveTimeout());
    applied.put(NginxDefaults.KEEPALIVE_REQUESTS, m -> server.getKeepaliveRequests());
    applied.put(NginxDefaults.LISTEN, m -> server.getListenPorts().get(0));
    applied.put(NginxDefaults.LISTEN_PORT, m -> addressOnly.getListenPorts().get(0));
    applied.put(NginxDefaults.PROXY_READ_TIMEOUT, m -> location(server, "/").getProxyReadTimeout());
    applied.put(NginxDefaults.PROXY_HTTP_VERSION, m -> location(server, "/").getProxyHttpVersion());
    applied.put(
        NginxDefaults.PROXY_CONNECTION_HEADER, m -> location(server, "/").getConnectionHeader());
    applied.put(
        NginxDefaults.PROXY_PASS_HTTP_PORT, m -> location(server, "/plain").getUpstreamPort());
    applied.put(
        NginxDefaults.PROXY_PASS_HTTPS_PORT, m -> location(server, "/tls").getUpstreamPort());
    applied.put(NginxDefaults.UPSTREAM_SERVER_PORT, m -> upstream.getServerPorts().get(0));
    applied.put(NginxDefaults.UPSTREAM_KEEPALIVE_TIMEOUT, m -> upstream.getKeepaliveTimeout());

    // the rows that changed in 1.29.7, read on a configuration nginx 1.30 runs
    Path recent = root.resolve("recent");
    Files.createDirectories(recent);
    Files.writeString(recent.resolve("nginx.conf"), CONFIG);
    Files.writeString(recent.resolve("Dockerfile"), "FROM nginx:1.30-alpine\n");
    Model since = NginxTestFiles.parse(recent, "nginx.conf", "Dockerfile");
    assertThat(since.getProblems()).isEmpty();
    ProxyServer sinceServer = since.getProxyServers().get(0);
    applied.put(
        NginxDefaults.PROXY_HTTP_VERSION_SINCE_1_29_7,
        m -> location(sinceServer, "/").getProxyHttpVersion());
    applied.put(
        NginxDefaults.PROXY_CONNECTION_HEADER_SINCE_1_29_7,
        m -> location(sinceServer, "/").getConnectionHeader());
    applied.put(
        NginxDefaults.UPSTREAM_KEEPALIVE_SINCE_1_29_7,
        m -> since.getUpstreams().get(0).getKeepalive());

    assertThat(applied.keySet()).containsExactlyInAnyOrderElementsOf(NginxDefaults.all());
    applied.forEach(
        (row, read) -> {
          Value<?> v = read.apply(model);
          assertThat(v.isDefault()).as(row.setting()).isTrue();
          assertThat(v.raw()).as(row.setting()).isEqualTo(row.value());
          assertThat(v.unit()).as(row.setting()).isEqualTo(row.shownIn());
          assertThat(v.origin().note()).as(row.setting()).startsWith(row.note());
          assertThat(row.sourceUrl()).as(row.setting()).startsWith("https://nginx.org/en/docs/");
        });
  }

  private static ProxyLocation location(ProxyServer server, String path) {
    return server.getLocations().stream().filter(l -> l.getPath().equals(path)).findFirst().get();
  }
}
