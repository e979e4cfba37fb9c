/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
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

  /** what Node adds to keepAliveTimeout before it destroys an idle socket */
  private Value<Duration> keepAliveTimeoutBuffer;

  /** the socket inactivity timeout: server.timeout / setTimeout, Fastify connectionTimeout */
  private Value<Duration> socketTimeout;

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

  public Value<Duration> getKeepAliveTimeoutBuffer() {
    return keepAliveTimeoutBuffer;
  }

  public void setKeepAliveTimeoutBuffer(Value<Duration> keepAliveTimeoutBuffer) {
    this.keepAliveTimeoutBuffer = keepAliveTimeoutBuffer;
  }

  public Value<Duration> getSocketTimeout() {
    return socketTimeout;
  }

  public void setSocketTimeout(Value<Duration> socketTimeout) {
    this.socketTimeout = socketTimeout;
  }

  /**
   * When Node closes an idle keep-alive connection: keepAliveTimeout + keepAliveTimeoutBuffer,
   * located where keepAliveTimeout is; unknown when either is. keepAliveTimeout 0 (no timeout)
   * stays 0. Without a buffer it is keepAliveTimeout itself.
   */
  public Value<Duration> getKeepAliveCloseAfter() {
    if (keepAliveTimeout == null || keepAliveTimeoutBuffer == null) return keepAliveTimeout;
    if (!keepAliveTimeout.isNumber() || keepAliveTimeout.millis() == 0) return keepAliveTimeout;
    if (!keepAliveTimeoutBuffer.isNumber()) {
      return Value.unknownDuration(
          Origin.unknown(
              keepAliveTimeout.location(),
              "keepAliveTimeout "
                  + keepAliveTimeout.display()
                  + " + keepAliveTimeoutBuffer "
                  + keepAliveTimeoutBuffer.describe()),
          Value.Unit.MILLIS);
    }
    return Value.duration(
        keepAliveTimeout.raw().plus(keepAliveTimeoutBuffer.raw()),
        new Origin(
            keepAliveTimeout.origin().kind(),
            keepAliveTimeout.location(),
            "keepAliveTimeout "
                + part(keepAliveTimeout)
                + " + keepAliveTimeoutBuffer "
                + part(keepAliveTimeoutBuffer)),
        Value.Unit.MILLIS);
  }

  /** A term of the sum: {@code 5000ms (Node 26 default …)} or {@code 65000ms at server.js:4}. */
  private static String part(Value<Duration> v) {
    String note = v.origin().note();
    if (!note.isEmpty()) return v.display() + " (" + note + ")";
    return v.display() + " at " + v.location().display();
  }

  /**
   * True when the assumed Node major admits a release affected by nodejs/node#27363 (headersTimeout
   * at or below keepAliveTimeout drops reused connections): 10.x from 10.14, 11.x, 12.x before
   * 12.19.0 and 13.x before 13.13.0. gatelint knows the major, which admits such releases for 10 to
   * 13.
   */
  public boolean admitsHeadersTimeoutBug() {
    return nodeMajor != null
        && nodeMajor.raw() instanceof Number m
        && m.intValue() >= 10
        && m.intValue() <= 13;
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
