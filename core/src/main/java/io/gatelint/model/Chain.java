/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One request path the linker could establish: load balancer → target group → (ECS service) → nginx
 * server → upstream → Node server, or → Lambda function → handler. Each hop that is absent is null.
 * {@link #getEvidence()} says why each hop was linked.
 */
public class Chain {

  private final LoadBalancer loadBalancer;
  private final TargetGroup targetGroup;
  private EcsService ecsService;
  private ProxyServer proxyServer;
  private ProxyLocation proxyLocation;
  private Upstream upstream;
  private AppServer appServer;
  private LambdaFunction lambdaFunction;
  private LambdaHandler lambdaHandler;
  private final List<String> evidence = new ArrayList<>();

  /**
   * null for a chain as the linker built it; for one that stands for condition variants, the
   * conditions it holds under ("only when IsProd is false"), or empty when it holds under all
   */
  private String variantNote;

  /**
   * the port the load balancer sends traffic to: the ECS container port, else the target group port
   */
  private Value<Object> trafficPort;

  public Chain(LoadBalancer loadBalancer, TargetGroup targetGroup) {
    this.loadBalancer = loadBalancer;
    this.targetGroup = targetGroup;
  }

  public LoadBalancer getLoadBalancer() {
    return loadBalancer;
  }

  public TargetGroup getTargetGroup() {
    return targetGroup;
  }

  public EcsService getEcsService() {
    return ecsService;
  }

  public void setEcsService(EcsService ecsService) {
    this.ecsService = ecsService;
  }

  public ProxyServer getProxyServer() {
    return proxyServer;
  }

  public void setProxyServer(ProxyServer proxyServer) {
    this.proxyServer = proxyServer;
  }

  /** The location of the proxy server that forwards to the app, when one does. */
  public ProxyLocation getProxyLocation() {
    return proxyLocation;
  }

  public void setProxyLocation(ProxyLocation proxyLocation) {
    this.proxyLocation = proxyLocation;
  }

  public Upstream getUpstream() {
    return upstream;
  }

  public void setUpstream(Upstream upstream) {
    this.upstream = upstream;
  }

  public AppServer getAppServer() {
    return appServer;
  }

  public void setAppServer(AppServer appServer) {
    this.appServer = appServer;
  }

  public LambdaFunction getLambdaFunction() {
    return lambdaFunction;
  }

  public void setLambdaFunction(LambdaFunction lambdaFunction) {
    this.lambdaFunction = lambdaFunction;
  }

  public LambdaHandler getLambdaHandler() {
    return lambdaHandler;
  }

  public void setLambdaHandler(LambdaHandler lambdaHandler) {
    this.lambdaHandler = lambdaHandler;
  }

  public List<String> getEvidence() {
    return evidence;
  }

  public String getVariantNote() {
    return variantNote;
  }

  public void setVariantNote(String variantNote) {
    this.variantNote = variantNote;
  }

  public boolean hasProxy() {
    return proxyServer != null;
  }

  public boolean hasApp() {
    return appServer != null;
  }

  /**
   * The backend that answers the load balancer directly: the proxy when there is one, else the app.
   */
  public boolean hasBackend() {
    return proxyServer != null || appServer != null;
  }

  /**
   * {@code ApiLoadBalancer → ApiTargetGroup → nginx server deploy/nginx.conf:12 → node server
   * src/server.js:9}.
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(loadBalancer == null ? "(no load balancer)" : name(loadBalancer));
    b.append(" → ").append(name(targetGroup));
    if (ecsService != null) b.append(" → ECS service ").append(name(ecsService));
    if (proxyServer != null)
      b.append(" → nginx server ").append(proxyServer.getLocation().display());
    if (upstream != null) b.append(" → upstream ").append(upstream.getId());
    if (appServer != null)
      b.append(" → ")
          .append(appServer.getFramework())
          .append(" server ")
          .append(appServer.getLocation().display());
    if (lambdaFunction != null) b.append(" → Lambda ").append(name(lambdaFunction));
    if (lambdaHandler != null)
      b.append(" → handler ").append(lambdaHandler.getLocation().display());
    if (variantNote != null && !variantNote.isEmpty())
      b.append(" [").append(variantNote).append(']');
    return b.toString();
  }

  /** A hop's label, or its id where the chain stands for variants and says so itself. */
  private String name(Resource r) {
    return variantNote == null ? r.getLabel() : r.getId();
  }

  /**
   * The port the load balancer sends requests to: the ECS container port when a service registers,
   * else the target group port.
   */
  public Value<Object> getTrafficPort() {
    return trafficPort != null ? trafficPort : targetGroup.getPort();
  }

  public void setTrafficPort(Value<Object> trafficPort) {
    this.trafficPort = trafficPort;
  }

  /**
   * The port health checks go to: the health check's own port, or the traffic port when it says
   * traffic-port.
   */
  public Value<Object> getHealthCheckPort() {
    Value<Object> port =
        targetGroup.getHealthCheck() == null ? null : targetGroup.getHealthCheck().getPort();
    if (port != null && port.isNumber()) return port;
    if (port != null && port.isUnknown()) return port;
    return getTrafficPort();
  }

  /**
   * The listen port of the backend that answers the load balancer (the proxy when there is one).
   */
  public Value<Object> getBackendListenPort() {
    if (proxyServer != null)
      return proxyServer.getListenPorts().isEmpty() ? null : proxyServer.getListenPorts().get(0);
    return appServer == null ? null : appServer.getListenPort();
  }

  /**
   * True when the backend that answers the load balancer listens on the port — or when that cannot
   * be told (no backend, an unknown port on either side): never a false positive.
   */
  public boolean backendListens(Value<?> port) {
    if (port == null || !port.isNumber()) return true;
    if (proxyServer != null) {
      if (proxyServer.getListenPorts().stream().anyMatch(p -> !p.isNumber())) return true;
      return proxyServer.listensOn(port);
    }
    if (appServer != null) {
      if (appServer.getListenPort() == null || !appServer.getListenPort().isNumber()) return true;
      return appServer.listensOn(port);
    }
    return true;
  }
}
