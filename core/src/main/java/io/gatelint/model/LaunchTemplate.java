/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A launch template or launch configuration an Auto Scaling group starts its instances from: where
 * the instances' security groups are declared.
 */
public class LaunchTemplate extends Resource {

  /**
   * security group ids or names, and the groups of its network interfaces; empty when none is
   * declared
   */
  private List<Value<Object>> securityGroups = new ArrayList<>();

  public List<Value<Object>> getSecurityGroups() {
    return securityGroups;
  }

  public void setSecurityGroups(List<Value<Object>> securityGroups) {
    this.securityGroups = securityGroups;
  }
}
