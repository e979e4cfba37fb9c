/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import io.gatelint.model.defaults.NginxDefaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An nginx upstream block; id is its name. */
public class Upstream extends Resource {

  /** host:port of each server */
  private List<Value<Object>> servers = new ArrayList<>();

  /** port of each server, an integer (nginx's default when not written) */
  private List<Value<Object>> serverPorts = new ArrayList<>();

  /** connections cached; unknown when unset (no cache) */
  private Value<Object> keepalive;

  /** upstream keepalive_timeout, shown in seconds */
  private Value<Duration> keepaliveTimeout;

  private String configFile = "";

  /** the nginx version that runs this configuration, with where it came from; unknown when none */
  private Value<Object> nginxVersion;

  public List<Value<Object>> getServers() {
    return servers;
  }

  public void setServers(List<Value<Object>> servers) {
    this.servers = servers;
  }

  public List<Value<Object>> getServerPorts() {
    return serverPorts;
  }

  public void setServerPorts(List<Value<Object>> serverPorts) {
    this.serverPorts = serverPorts;
  }

  public Value<Object> getKeepalive() {
    return keepalive;
  }

  public void setKeepalive(Value<Object> keepalive) {
    this.keepalive = keepalive;
  }

  public Value<Duration> getKeepaliveTimeout() {
    return keepaliveTimeout;
  }

  public void setKeepaliveTimeout(Value<Duration> keepaliveTimeout) {
    this.keepaliveTimeout = keepaliveTimeout;
  }

  public String getConfigFile() {
    return configFile;
  }

  public void setConfigFile(String configFile) {
    this.configFile = configFile;
  }

  public Value<Object> getNginxVersion() {
    return nginxVersion;
  }

  public void setNginxVersion(Value<Object> nginxVersion) {
    this.nginxVersion = nginxVersion;
  }

  /**
   * How this upstream reuses connections for requests the location forwards: a phrase for the
   * message, or null when it does not reuse them on any version the configuration may run on. Reuse
   * needs an upstream connection cache — an explicit {@code keepalive N}, or the implicit {@code
   * keepalive 32 local} of nginx 1.29.7 and later — and a location that speaks HTTP/1.1 without
   * {@code Connection: close} (the defaults from 1.29.7, explicit settings before). When the
   * version is unknown and the answer depends on it, the phrase says "on nginx 1.29.7 and later".
   */
  public String reuseThrough(ProxyLocation location) {
    if (location == null || keepalive == null) return null;
    Boolean byDefault = NginxDefaults.keepAliveByDefault(ProxyLocation.versionText(nginxVersion));
    Value<Object> blocker = location.keepaliveBlocker();
    if (blocker != null && !blocker.isDefault()) return null;
    boolean explicit = keepalive.isKnown() && !keepalive.isDefault();
    if (explicit) {
      if (!keepalive.isNumber() || keepalive.num() <= 0) return null;
      if (blocker == null) return "reuses connections (keepalive " + keepalive.describe() + ")";
      return byDefault == null
          ? "on nginx "
              + NginxDefaults.KEEPALIVE_BY_DEFAULT_SINCE
              + " and later (the version is not known) reuses connections (keepalive "
              + keepalive.describe()
              + ")"
          : null;
    }
    if (Boolean.TRUE.equals(byDefault) && blocker == null && keepalive.isNumber()) {
      return "on nginx "
          + nginxVersion.describe()
          + " reuses connections without a keepalive directive (default keepalive "
          + keepalive.display()
          + " local)";
    }
    if (byDefault == null) {
      return "on nginx "
          + NginxDefaults.KEEPALIVE_BY_DEFAULT_SINCE
          + " and later (the version is not known: "
          + (nginxVersion == null ? "none found" : nginxVersion.describe())
          + ") reuses connections without a keepalive directive (keepalive 32 local by default)";
    }
    return null;
  }
}
