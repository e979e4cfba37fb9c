/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.facts;

import io.gatelint.model.ProxyLocation;
import io.gatelint.model.ProxyServer;
import io.gatelint.model.Upstream;

/**
 * A location of an nginx server that proxies to an upstream block of the same configuration: the
 * hop where upstream keep-alive is either set up right or silently defeated.
 */
public final class UpstreamRoute {

  private final ProxyServer server;
  private final ProxyLocation location;
  private final Upstream upstream;

  /** every load balancer hop that reaches the server is HTTP/2 or gRPC */
  private final boolean onlyBehindHttp2OrGrpc;

  public UpstreamRoute(ProxyServer server, ProxyLocation location, Upstream upstream) {
    this(server, location, upstream, false);
  }

  public UpstreamRoute(
      ProxyServer server,
      ProxyLocation location,
      Upstream upstream,
      boolean onlyBehindHttp2OrGrpc) {
    this.server = server;
    this.location = location;
    this.upstream = upstream;
    this.onlyBehindHttp2OrGrpc = onlyBehindHttp2OrGrpc;
  }

  /**
   * True when the server is linked only to HTTP/2 or gRPC target groups: the keep-alive rules skip
   * it, as they skip such target groups.
   */
  public boolean isOnlyBehindHttp2OrGrpc() {
    return onlyBehindHttp2OrGrpc;
  }

  public ProxyServer getServer() {
    return server;
  }

  public ProxyLocation getLocation() {
    return location;
  }

  public Upstream getUpstream() {
    return upstream;
  }
}
