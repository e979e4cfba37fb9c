package io.gatelint.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Node.js HTTP server found in an entrypoint; timeouts are durations read from milliseconds and
 * shown in them, defaults by Node major.
 */
public class AppServer extends Resource {

  private Framework framework = Framework.NODE_HTTP;

  private Value<Object> listenPort;

  private Value<Duration> keepAliveTimeout;

  private Value<Duration> headersTimeout;

  private Value<Duration> requestTimeout;

  private List<Route> routes = new ArrayList<>();

  /** detected Node major version, with where it came from */
  private Value<Object> nodeMajor;

  /** the folder of the package.json or entrypoint */
  private String projectDir = "";

  public Framework getFramework() {
    return framework;
  }

  public void setFramework(Framework framework) {
    this.framework = framework;
  }

  public Value<Object> getListenPort() {
    return listenPort;
  }

  public void setListenPort(Value<Object> listenPort) {
    this.listenPort = listenPort;
  }

  public Value<Duration> getKeepAliveTimeout() {
    return keepAliveTimeout;
  }

  public void setKeepAliveTimeout(Value<Duration> keepAliveTimeout) {
    this.keepAliveTimeout = keepAliveTimeout;
  }

  public Value<Duration> getHeadersTimeout() {
    return headersTimeout;
  }

  public void setHeadersTimeout(Value<Duration> headersTimeout) {
    this.headersTimeout = headersTimeout;
  }

  public Value<Duration> getRequestTimeout() {
    return requestTimeout;
  }

  public void setRequestTimeout(Value<Duration> requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  public List<Route> getRoutes() {
    return routes;
  }

  public void setRoutes(List<Route> routes) {
    this.routes = routes;
  }

  public Value<Object> getNodeMajor() {
    return nodeMajor;
  }

  public void setNodeMajor(Value<Object> nodeMajor) {
    this.nodeMajor = nodeMajor;
  }

  public String getProjectDir() {
    return projectDir;
  }

  public void setProjectDir(String projectDir) {
    this.projectDir = projectDir;
  }

  /**
   * True when a route answers the path: the same path, a route with parameters ({@code :id}, {@code
   * *}, {@code {id}}) whose fixed segments match, or a route whose path is not known.
   */
  public boolean servesPath(String path) {
    for (Route r : routes) {
      if (r.getPath() == null || r.getPath().isUnknown()) return true;
      if (Route.matches(r.getPath().text(), path)) return true;
    }
    return false;
  }

  /** True when the listen port is known and is the given port. */
  public boolean listensOn(Value<?> port) {
    return port != null
        && port.isNumber()
        && listenPort != null
        && listenPort.isNumber()
        && listenPort.num() == port.num();
  }
}
