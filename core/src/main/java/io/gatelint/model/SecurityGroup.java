/*
 * Copyright 2026 the gatelint authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gatelint.model;

import java.util.ArrayList;
import java.util.List;

/** A security group with its inline rules. */
public class SecurityGroup extends Resource {

  private Value<String> groupName;

  /** inline rules; standalone ones are in Model#getSecurityGroupRules */
  private List<SecurityGroupRule> rules = new ArrayList<>();

  /**
   * CloudFormation keeps AWS's allow-all egress when no egress is declared; Terraform removes it
   */
  private boolean defaultEgressKept;

  /** whether the configuration declares egress; unknown in a plan when it cannot be told */
  private Value<Object> egressDeclared;

  public Value<String> getGroupName() {
    return groupName;
  }

  public void setGroupName(Value<String> groupName) {
    this.groupName = groupName;
  }

  public List<SecurityGroupRule> getRules() {
    return rules;
  }

  public void setRules(List<SecurityGroupRule> rules) {
    this.rules = rules;
  }

  public boolean isDefaultEgressKept() {
    return defaultEgressKept;
  }

  public void setDefaultEgressKept(boolean defaultEgressKept) {
    this.defaultEgressKept = defaultEgressKept;
  }

  public Value<Object> getEgressDeclared() {
    return egressDeclared;
  }

  public void setEgressDeclared(Value<Object> egressDeclared) {
    this.egressDeclared = egressDeclared;
  }
}
