/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/** A registration in a target group: an instance, IP, Lambda function or ECS container. */
public class Target {

  /** reference or literal id */
  private Value<Object> target;

  /** the registration's port; null when it registers on the target group's port */
  private Value<Object> port;

  public Value<Object> getTarget() {
    return target;
  }

  public void setTarget(Value<Object> target) {
    this.target = target;
  }

  public Value<Object> getPort() {
    return port;
  }

  public void setPort(Value<Object> port) {
    this.port = port;
  }
}
