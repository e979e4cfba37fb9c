/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An nginx server block with its effective settings after http → server inheritance; id is
 * file:line of the block.
 */
public class ProxyServer extends Resource {

  /** ports of its listen directives, integers; nginx's default when none */
  private List<Value<Object>> listenPorts = new ArrayList<>();

  private List<Value<Object>> serverNames = new ArrayList<>();

  /** effective keepalive_timeout towards clients (the load balancer), shown in seconds */
  private Value<Duration> keepaliveTimeout;

  /** effective keepalive_requests */
  private Value<Object> keepaliveRequests;

  /** locations with inheritance applied */
  private List<ProxyLocation> locations = new ArrayList<>();

  /** the main configuration file this server was read from */
  private String configFile = "";

  /** the nginx version that runs this configuration, with where it came from; unknown when none */
  private Value<Object> nginxVersion;

  public List<Value<Object>> getListenPorts() {
    return listenPorts;
  }

  public void setListenPorts(List<Value<Object>> listenPorts) {
    this.listenPorts = listenPorts;
  }

  public List<Value<Object>> getServerNames() {
    return serverNames;
  }

  public void setServerNames(List<Value<Object>> serverNames) {
    this.serverNames = serverNames;
  }

  public Value<Duration> getKeepaliveTimeout() {
    return keepaliveTimeout;
  }

  public void setKeepaliveTimeout(Value<Duration> keepaliveTimeout) {
    this.keepaliveTimeout = keepaliveTimeout;
  }

  public Value<Object> getKeepaliveRequests() {
    return keepaliveRequests;
  }

  public void setKeepaliveRequests(Value<Object> keepaliveRequests) {
    this.keepaliveRequests = keepaliveRequests;
  }

  public List<ProxyLocation> getLocations() {
    return locations;
  }

  public void setLocations(List<ProxyLocation> locations) {
    this.locations = locations;
  }

  public String getConfigFile() {
    return configFile;
  }

  public void setConfigFile(String configFile) {
    this.configFile = configFile;
  }

  /**
   * True when a request for the path reaches a location of this server: an exact ({@code =})
   * location equal to it, a prefix location it starts with ({@code /} matches everything), or any
   * regular-expression location (not evaluated: treated as matching, never a false positive). A
   * directory path such as {@code /} that matches no location is still answered: nginx serves it
   * from the server's root through the index module ({@code index index.html} by default,
   * https://nginx.org/en/docs/http/ngx_http_index_module.html), and the official image ships an
   * index.html there — what the root holds is not in the configuration, so it is not a finding.
   */
  public boolean servesPath(String path) {
    for (ProxyLocation l : locations) {
      String m = l.getModifier() == null ? "" : l.getModifier();
      if (m.startsWith("~")) return true;
      if (m.equals("=") ? l.getPath().equals(path) : path.startsWith(l.getPath())) return true;
    }
    return path.endsWith("/");
  }

  /** True when one of the listen ports is the given port. */
  public boolean listensOn(Value<?> port) {
    return port != null
        && port.isNumber()
        && listenPorts.stream().anyMatch(p -> p.isNumber() && p.num() == port.num());
  }

  public Value<Object> getNginxVersion() {
    return nginxVersion;
  }

  public void setNginxVersion(Value<Object> nginxVersion) {
    this.nginxVersion = nginxVersion;
  }
}
