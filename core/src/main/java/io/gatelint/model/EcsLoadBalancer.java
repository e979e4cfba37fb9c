/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

/** An ECS service's registration with a target group. */
public class EcsLoadBalancer {

  private Value<Object> targetGroup;
  private Value<Object> containerName;
  private Value<Object> containerPort;

  public Value<Object> getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(Value<Object> targetGroup) {
    this.targetGroup = targetGroup;
  }

  public Value<Object> getContainerName() {
    return containerName;
  }

  public void setContainerName(Value<Object> containerName) {
    this.containerName = containerName;
  }

  public Value<Object> getContainerPort() {
    return containerPort;
  }

  public void setContainerPort(Value<Object> containerPort) {
    this.containerPort = containerPort;
  }
}
