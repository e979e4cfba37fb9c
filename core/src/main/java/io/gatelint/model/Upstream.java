package io.gatelint.model;

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
}
