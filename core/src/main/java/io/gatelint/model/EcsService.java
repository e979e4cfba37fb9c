/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An ECS service. */
public class EcsService extends Resource {

  private Value<Object> taskDefinition;
  private List<EcsLoadBalancer> loadBalancers = new ArrayList<>();

  /** awsvpc network configuration security groups */
  private List<Value<Object>> securityGroups = new ArrayList<>();

  private Value<Duration> healthCheckGracePeriod;

  public Value<Object> getTaskDefinition() {
    return taskDefinition;
  }

  public void setTaskDefinition(Value<Object> taskDefinition) {
    this.taskDefinition = taskDefinition;
  }

  public List<EcsLoadBalancer> getLoadBalancers() {
    return loadBalancers;
  }

  public void setLoadBalancers(List<EcsLoadBalancer> loadBalancers) {
    this.loadBalancers = loadBalancers;
  }

  public List<Value<Object>> getSecurityGroups() {
    return securityGroups;
  }

  public void setSecurityGroups(List<Value<Object>> securityGroups) {
    this.securityGroups = securityGroups;
  }

  public Value<Duration> getHealthCheckGracePeriod() {
    return healthCheckGracePeriod;
  }

  public void setHealthCheckGracePeriod(Value<Duration> healthCheckGracePeriod) {
    this.healthCheckGracePeriod = healthCheckGracePeriod;
  }
}
