/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyServerPathsTest {

  private static ProxyLocation location(String modifier, String path) {
    ProxyLocation l = new ProxyLocation();
    l.setModifier(modifier);
    l.setPath(path);
    return l;
  }

  private static ProxyServer serverWith(ProxyLocation... locations) {
    ProxyServer s = new ProxyServer();
    s.setLocations(List.of(locations));
    return s;
  }

  @Test
  void aPathNoLocationMatchesIsNotServed() {
    assertThat(serverWith(location("", "/api")).servesPath("/health")).isFalse();
  }

  @Test
  void aDirectoryNoLocationMatchesIsAnsweredFromTheRootsIndex() {
    // a server with only 'location /api' still answers '/' with its root's index.html
    assertThat(serverWith(location("", "/api")).servesPath("/")).isTrue();
  }

  @Test
  void exactPrefixAndRegularExpressionLocations() {
    assertThat(serverWith(location("=", "/health")).servesPath("/health")).isTrue();
    assertThat(serverWith(location("=", "/health")).servesPath("/healthz")).isFalse();
    assertThat(serverWith(location("", "/he")).servesPath("/health")).isTrue();
    assertThat(serverWith(location("~", "^/h")).servesPath("/x")).isTrue();
  }
}
