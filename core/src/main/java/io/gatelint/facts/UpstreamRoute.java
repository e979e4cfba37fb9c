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

  public UpstreamRoute(ProxyServer server, ProxyLocation location, Upstream upstream) {
    this.server = server;
    this.location = location;
    this.upstream = upstream;
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
