/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/** An Auto Scaling group registering instances with target groups. */
public class AutoScalingGroup extends Resource {

  private List<Value<Object>> targetGroups = new ArrayList<>();

  /**
   * the launch template or launch configuration the instances start from (a reference); null when
   * none is written
   */
  private Value<Object> launchTemplate;

  /**
   * the instances' groups, from the launch template or configuration (resolved by the linker);
   * empty or holding an unknown value when they cannot be told
   */
  private List<Value<Object>> securityGroups = new ArrayList<>();

  public Value<Object> getLaunchTemplate() {
    return launchTemplate;
  }

  public void setLaunchTemplate(Value<Object> launchTemplate) {
    this.launchTemplate = launchTemplate;
  }

  public List<Value<Object>> getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(List<Value<Object>> targetGroups) {
    this.targetGroups = targetGroups;
  }

  public List<Value<Object>> getSecurityGroups() {
    return securityGroups;
  }

  public void setSecurityGroups(List<Value<Object>> securityGroups) {
    this.securityGroups = securityGroups;
  }
}
