/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.report.html;

import io.gatelint.model.Chain;
import io.gatelint.model.Value;
import java.time.Duration;
import java.util.function.Function;

/**
 * A timeout that matters to a request chain, the hop it belongs to and how to read it from the
 * chain. The order of the constants is the order the picture lists them in within a hop.
 */
public enum Setting {
  LB_IDLE_TIMEOUT(
      Hop.LOAD_BALANCER,
      "idle timeout",
      c -> c.getLoadBalancer() == null ? null : c.getLoadBalancer().getIdleTimeout()),
  HEALTH_CHECK_INTERVAL(
      Hop.TARGET_GROUP,
      "health-check interval",
      c ->
          c.getTargetGroup().getHealthCheck() == null
              ? null
              : c.getTargetGroup().getHealthCheck().getInterval()),
  HEALTH_CHECK_TIMEOUT(
      Hop.TARGET_GROUP,
      "health-check timeout",
      c ->
          c.getTargetGroup().getHealthCheck() == null
              ? null
              : c.getTargetGroup().getHealthCheck().getTimeout()),
  NGINX_KEEPALIVE_TIMEOUT(
      Hop.NGINX,
      "keepalive_timeout",
      c -> c.getProxyServer() == null ? null : c.getProxyServer().getKeepaliveTimeout()),
  PROXY_READ_TIMEOUT(
      Hop.NGINX,
      "proxy_read_timeout",
      c -> c.getProxyLocation() == null ? null : c.getProxyLocation().getProxyReadTimeout()),
  UPSTREAM_KEEPALIVE_TIMEOUT(
      Hop.NGINX,
      "upstream keepalive_timeout",
      c -> c.getUpstream() == null ? null : c.getUpstream().getKeepaliveTimeout()),
  NODE_KEEPALIVE_TIMEOUT(
      Hop.NODE,
      "keepAliveTimeout",
      c -> c.getAppServer() == null ? null : c.getAppServer().getKeepAliveTimeout()),
  NODE_HEADERS_TIMEOUT(
      Hop.NODE,
      "headersTimeout",
      c -> c.getAppServer() == null ? null : c.getAppServer().getHeadersTimeout()),
  NODE_REQUEST_TIMEOUT(
      Hop.NODE,
      "requestTimeout",
      c -> c.getAppServer() == null ? null : c.getAppServer().getRequestTimeout()),
  NODE_SOCKET_TIMEOUT(
      Hop.NODE,
      "socket timeout",
      c -> c.getAppServer() == null ? null : c.getAppServer().getSocketTimeout()),
  LAMBDA_TIMEOUT(
      Hop.LAMBDA,
      "timeout",
      c -> c.getLambdaFunction() == null ? null : c.getLambdaFunction().getTimeout());

  private final Hop hop;
  private final String label;
  private final Function<Chain, Value<Duration>> read;

  Setting(Hop hop, String label, Function<Chain, Value<Duration>> read) {
    this.hop = hop;
    this.label = label;
    this.read = read;
  }

  public Hop hop() {
    return hop;
  }

  /** The setting's name as its hop's configuration spells it. */
  public String label() {
    return label;
  }

  /** The value in the chain; null when the chain has no such hop or setting. */
  public Value<Duration> read(Chain chain) {
    return read.apply(chain);
  }

  /** The id used in the page's markup, e.g. {@code nginx-keepalive-timeout}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
