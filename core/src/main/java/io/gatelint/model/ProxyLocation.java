/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.time.Duration;

/** A location of an nginx server with effective proxy settings. */
public class ProxyLocation {

  private Location location;

  /** =, ~, ~*, ^~ or empty */
  private String modifier = "";

  private String path = "";

  /** the proxy_pass URL when present */
  private Value<Object> proxyPass;

  /** the upstream block proxy_pass names, when it names one */
  private Value<Object> upstreamName;

  /** the port proxy_pass names when it is host:port, an integer */
  private Value<Object> upstreamPort;

  /** effective proxy_http_version */
  private Value<Object> proxyHttpVersion;

  /** effective proxy_set_header Connection value; nginx sends close by default */
  private Value<Object> connectionHeader;

  /** effective proxy_read_timeout, shown in seconds */
  private Value<Duration> proxyReadTimeout;

  /** effective keepalive_timeout in this location, shown in seconds */
  private Value<Duration> keepaliveTimeout;

  /** the location answers itself (return) without proxying */
  private boolean returnsDirectly;

  /** the nginx version that runs this configuration, with where it came from; unknown when none */
  private Value<Object> nginxVersion;

  public Location getLocation() {
    return location;
  }

  public void setLocation(Location location) {
    this.location = location;
  }

  public String getModifier() {
    return modifier;
  }

  public void setModifier(String modifier) {
    this.modifier = modifier;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public Value<Object> getProxyPass() {
    return proxyPass;
  }

  public void setProxyPass(Value<Object> proxyPass) {
    this.proxyPass = proxyPass;
  }

  public Value<Object> getUpstreamName() {
    return upstreamName;
  }

  public void setUpstreamName(Value<Object> upstreamName) {
    this.upstreamName = upstreamName;
  }

  public Value<Object> getUpstreamPort() {
    return upstreamPort;
  }

  public void setUpstreamPort(Value<Object> upstreamPort) {
    this.upstreamPort = upstreamPort;
  }

  public Value<Object> getProxyHttpVersion() {
    return proxyHttpVersion;
  }

  public void setProxyHttpVersion(Value<Object> proxyHttpVersion) {
    this.proxyHttpVersion = proxyHttpVersion;
  }

  public Value<Object> getConnectionHeader() {
    return connectionHeader;
  }

  public void setConnectionHeader(Value<Object> connectionHeader) {
    this.connectionHeader = connectionHeader;
  }

  public Value<Duration> getProxyReadTimeout() {
    return proxyReadTimeout;
  }

  public void setProxyReadTimeout(Value<Duration> proxyReadTimeout) {
    this.proxyReadTimeout = proxyReadTimeout;
  }

  public Value<Duration> getKeepaliveTimeout() {
    return keepaliveTimeout;
  }

  public void setKeepaliveTimeout(Value<Duration> keepaliveTimeout) {
    this.keepaliveTimeout = keepaliveTimeout;
  }

  public boolean isReturnsDirectly() {
    return returnsDirectly;
  }

  public void setReturnsDirectly(boolean returnsDirectly) {
    this.returnsDirectly = returnsDirectly;
  }

  /** True when the location forwards requests with proxy_pass. */
  public boolean isProxying() {
    return proxyPass != null && proxyPass.isKnown();
  }

  /**
   * The setting that keeps nginx from reusing upstream connections: proxy_http_version below 1.1,
   * else a Connection header that is not cleared; null when both are right or either is unknown.
   */
  public Value<Object> keepaliveBlocker() {
    if (proxyHttpVersion == null
        || proxyHttpVersion.isUnknown()
        || connectionHeader == null
        || connectionHeader.isUnknown()) {
      return null;
    }
    if (!proxyHttpVersion.text().trim().equals("1.1")) return proxyHttpVersion;
    String c = connectionHeader.text().trim();
    if (!c.isEmpty() && !c.equalsIgnoreCase("keep-alive")) return connectionHeader;
    return null;
  }

  public Value<Object> getNginxVersion() {
    return nginxVersion;
  }

  public void setNginxVersion(Value<Object> nginxVersion) {
    this.nginxVersion = nginxVersion;
  }

  /**
   * True when the setting that blocks upstream reuse is a default that holds only before nginx
   * 1.29.7 and the version running the configuration is not known: the finding then holds only on
   * those versions.
   */
  public boolean blocksOnlyBeforeKeepAliveDefault() {
    Value<Object> blocker = keepaliveBlocker();
    return blocker != null
        && blocker.isDefault()
        && io.gatelint.model.defaults.NginxDefaults.keepAliveByDefault(versionText(nginxVersion))
            == null;
  }

  static String versionText(Value<Object> version) {
    return version == null || version.isUnknown() ? null : version.text();
  }
}
