/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/** A container port mapping. */
public class PortMapping {

  private Value<Object> containerPort;
  private Value<Object> hostPort;

  public Value<Object> getContainerPort() {
    return containerPort;
  }

  public void setContainerPort(Value<Object> containerPort) {
    this.containerPort = containerPort;
  }

  public Value<Object> getHostPort() {
    return hostPort;
  }

  public void setHostPort(Value<Object> hostPort) {
    this.hostPort = hostPort;
  }
}
