/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/** A listener of a load balancer, with the target groups its default actions forward to. */
public class Listener extends Resource {

  /** reference to the load balancer */
  private Value<Object> loadBalancer;

  private Value<Object> port;
  private Value<Object> protocol;

  /** target groups the default actions forward to */
  private List<Value<Object>> forwards = new ArrayList<>();

  public Value<Object> getLoadBalancer() {
    return loadBalancer;
  }

  public void setLoadBalancer(Value<Object> loadBalancer) {
    this.loadBalancer = loadBalancer;
  }

  public Value<Object> getPort() {
    return port;
  }

  public void setPort(Value<Object> port) {
    this.port = port;
  }

  public Value<Object> getProtocol() {
    return protocol;
  }

  public void setProtocol(Value<Object> protocol) {
    this.protocol = protocol;
  }

  public List<Value<Object>> getForwards() {
    return forwards;
  }

  public void setForwards(List<Value<Object>> forwards) {
    this.forwards = forwards;
  }
}
